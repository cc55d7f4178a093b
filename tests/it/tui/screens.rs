//! Every screen drawn on a TestBackend at 80x24 and 60x20, and the question screen in every
//! interviewee language, as insta snapshots (`tests/it/tui/snapshots/`). Review a changed snapshot as
//! you would review the screen itself.

use super::support::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;
use tandem::tui::action::Action;
use tandem::tui::keymap::KeyCode;
use tandem::tui::model::{Screen, UserRow};
use tandem::tui::{Model, render};

#[test]
fn setup_screen() {
    snap!("setup", || {
        let mut m = fresh(content());
        run(&mut m, [Action::VaultMissing]);
        typed(&mut m, "Somchai");
        run(&mut m, [code(KeyCode::Tab)]);
        typed(&mut m, "IDC Bangkok");
        run(&mut m, [code(KeyCode::Tab)]);
        typed(&mut m, "secret");
        m
    });
}

#[test]
fn unlock_screens() {
    let opened = |users: Vec<UserRow>| {
        let mut m = fresh(content());
        run(
            &mut m,
            [Action::VaultOpened {
                users,
                unit: "IDC Bangkok".into(),
            }],
        );
        m
    };
    snap!("unlock", || {
        let mut m = opened(vec![officer()]);
        typed(&mut m, "abc");
        m
    });
    snap!("unlock_pick_user_wrong_passphrase", || {
        let mut m = opened(vec![
            officer(),
            UserRow {
                name: "Nok".into(),
                supervisor: false,
            },
        ]);
        typed(&mut m, "abc");
        run(
            &mut m,
            [
                code(KeyCode::Enter),
                Action::UnlockFailed {
                    error: tandem::domain::Explanation::new("wrong-passphrase").arg("user", "aye"),
                    wrong_passphrase: true,
                },
            ],
        );
        m
    });
    snap!("unlocking", || {
        let mut m = opened(vec![officer()]);
        typed(&mut m, "abc");
        run(&mut m, [code(KeyCode::Enter)]);
        m
    });
}

fn queue_with_cases() -> Model {
    let mut m = unlocked();
    run(
        &mut m,
        [Action::Cases(vec![
            case("a", "BKK-2026-101", &[], None, 1),
            case("b", "BKK-2026-102", &[], Some("2026-12-05"), 50),
            case("c", "BKK-2026-103", &["pregnancy"], Some("2026-12-20"), 5),
            case("e", "BKK-2026-105", &["self-harm", "medical"], None, 3),
        ])],
    );
    m
}

#[test]
fn queue_screens() {
    snap!("queue_empty", unlocked);
    snap!("queue", queue_with_cases);
    snap!("queue_search", || {
        let mut m = queue_with_cases();
        run(&mut m, [key('/')]);
        typed(&mut m, "10");
        m
    });
    snap!("new_interview_language", || {
        let mut m = unlocked();
        run(&mut m, [key('n'), code(KeyCode::Down)]);
        m
    });
    snap!("help_overlay_queue", || {
        let mut m = unlocked();
        run(&mut m, [key('?')]);
        m
    });
}

#[test]
fn question_screen_in_every_interviewee_language() {
    for lang in ["my", "km", "lo", "vi", "th", "en"] {
        snap!(&format!("question_{lang}"), || interviewing(lang));
    }
}

/// The shipped texts (machine drafts for th, my, km, lo, vi): each prompt wraps between words
/// and carries the "unreviewed machine draft" marker; a long prompt keeps the answer keys on
/// screen and says there is more.
#[test]
fn shipped_question_screen_in_every_interviewee_language() {
    for lang in ["my", "km", "lo", "vi", "th", "en"] {
        for qid in ["consent-interview", "injury-illness"] {
            snap!(&format!("shipped_{qid}_{lang}"), || {
                let mut m = fresh(shipped_content());
                run(
                    &mut m,
                    [Action::Unlocked {
                        user: officer(),
                        unit: "Ranong IDC".into(),
                    }],
                );
                tandem::tui::update::start_interview(&mut m, lang.parse().unwrap());
                // Both are yes-no questions: single keys, no text field.
                if let Screen::Interview(i) = &mut m.screen {
                    i.current = Some(qid.into());
                    i.field = tandem::tui::model::Field::Keys;
                }
                m
            });
        }
    }
}

/// A shipped choice question with long labels, in two languages: every label wrapped, never cut
/// with "…"; when the list is longer than the screen, a window follows the cursor and says there
/// are more; each machine-drafted block is marked once.
#[test]
fn shipped_choice_lists_wrap_and_follow_the_cursor() {
    for lang in ["my", "th"] {
        for qid in ["work-industry", "recruitment-used-what"] {
            snap!(&format!("shipped_choices_{qid}_{lang}"), || {
                let mut m = fresh(shipped_content());
                run(
                    &mut m,
                    [Action::Unlocked {
                        user: officer(),
                        unit: "Ranong IDC".into(),
                    }],
                );
                tandem::tui::update::start_interview(&mut m, lang.parse().unwrap());
                if let Screen::Interview(i) = &mut m.screen {
                    let n = shipped_content()
                        .find(qid)
                        .map(|(_, q)| q.kind.choices().len())
                        .unwrap();
                    i.current = Some(qid.into());
                    // The cursor on the last choice: the window must have followed it.
                    i.field = tandem::tui::model::Field::Choice {
                        cursor: n - 1,
                        ticked: vec![false; n],
                    };
                }
                m
            });
        }
    }
}

/// An interview past consent, at the exploitation-type question, with an urgent trigger fired.
fn in_screening() -> Model {
    let mut m = interviewing("my");
    run(&mut m, [key('y'), key('1'), code(KeyCode::Enter)]);
    typed(&mut m, "Mya");
    run(&mut m, [code(KeyCode::Enter), key('y')]);
    m
}

#[test]
fn interview_screens() {
    snap!("question_choice_urgent_banner", in_screening);
    snap!("question_text_field", || {
        let mut m = interviewing("vi");
        run(&mut m, [key('y'), code(KeyCode::Enter)]);
        typed(&mut m, "Lan");
        m
    });
    snap!("question_time_since_banner_windows", || {
        let mut m = in_screening();
        // Jump to the health section, answer sexual violence yes and "30 hours ago".
        run(&mut m, [ctrl('u'), key('y')]);
        typed(&mut m, "30h");
        run(&mut m, [code(KeyCode::Enter)]);
        m
    });
    snap!("question_saved_mark", || {
        let mut m = interviewing("th");
        run(&mut m, [key('y')]);
        run(
            &mut m,
            [Action::Saved {
                slot: 1,
                id: "00aa00aa00aa00aa".into(),
                seq: 1,
            }],
        );
        m
    });
    snap!("interpreter_view", || {
        let mut m = in_screening();
        run(&mut m, [ctrl('v')]);
        m
    });
    snap!("jump_section", || {
        let mut m = in_screening();
        run(&mut m, [key('s')]);
        m
    });
    snap!("note", || {
        let mut m = in_screening();
        run(&mut m, [ctrl('n')]);
        typed(&mut m, "Asked twice");
        m
    });
    snap!("stop_reason", || {
        let mut m = in_screening();
        run(&mut m, [ctrl('x')]);
        m
    });
    snap!("help_overlay_question", || {
        let mut m = in_screening();
        run(
            &mut m,
            [Action::Key(tandem::tui::keymap::Key::plain(KeyCode::F(1)))],
        );
        m
    });
    snap!("review", || {
        let mut m = in_screening();
        run(&mut m, [key('1'), key('y'), key('y'), key('y'), key('y')]);
        run(&mut m, [ctrl('r'), key('2')]);
        m
    });
    snap!("end_of_questions", || {
        let mut m = interviewing("en");
        run(&mut m, [ctrl('u')]);
        for _ in 0..3 {
            run(&mut m, [code(KeyCode::PageDown)]);
        }
        m
    });
}

#[test]
fn lock_and_too_small_screens() {
    snap!("quick_lock", || {
        let mut m = in_screening();
        run(&mut m, [ctrl('l')]);
        typed(&mut m, "abc");
        m
    });
    snap!("idle_lock", || {
        let mut m = in_screening();
        run(
            &mut m,
            [Action::Tick(t0() + jiff::SignedDuration::from_mins(6))],
        );
        m
    });
    let mut m = in_screening();
    insta::assert_snapshot!("too_small_40x12", draw(&mut m, 40, 12));
}

#[test]
fn locked_and_interpreter_screens_show_no_case_data() {
    for make in [
        |m: &mut Model| {
            run(m, [ctrl('l')]);
        },
        |m: &mut Model| {
            run(m, [ctrl('v')]);
        },
    ] {
        let mut m = in_screening();
        run(&mut m, [ctrl('n')]);
        typed(&mut m, "SecretNote");
        run(&mut m, [code(KeyCode::Enter)]);
        make(&mut m);
        for (w, h) in SIZES {
            let screen = draw(&mut m, w, h);
            for secret in ["Mya", "SecretNote", "IDC Bangkok", "positive"] {
                assert!(!screen.contains(secret), "{secret} on screen:\n{screen}");
            }
        }
    }
}

#[test]
fn the_urgent_banner_is_red_and_pinned_under_the_header() {
    let mut m = in_screening();
    update_size(&mut m, 80, 24);
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| render(&m, f)).unwrap();
    let buf = t.backend().buffer();
    assert_eq!(buf[(0, 1)].bg, Color::Red);
    assert_eq!(buf[(79, 1)].bg, Color::Red);
    assert_ne!(buf[(0, 5)].bg, Color::Red);
}

fn update_size(m: &mut Model, w: u16, h: u16) {
    tandem::tui::update(m, Action::Resize(w, h));
}
