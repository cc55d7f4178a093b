//! The interface's behaviour, driven through `update()` alone: no terminal, no vault. Each test
//! reads as one thing an officer does and what must follow.

use super::support::*;
use tandem::domain::{Lang, OrganisationKind, Outcome, StopReason};
use tandem::interview::answer::Answer;
use tandem::tui::action::{Action, Effect};
use tandem::tui::keymap::KeyCode;
use tandem::tui::model::{LockReason, Overlay, SaveState, Screen};
use tandem::tui::update;

/// The stops asked of the vault: reason and the officer's few words.
fn stops(effects: &[Effect]) -> Vec<(StopReason, String)> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Stop { reason, detail, .. } => Some((*reason, detail.clone())),
            _ => None,
        })
        .collect()
}

fn saves(effects: &[Effect]) -> Vec<(u64, Option<String>, u64)> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Save { slot, id, seq, .. } => Some((*slot, id.clone(), *seq)),
            _ => None,
        })
        .collect()
}

fn current(m: &tandem::tui::Model) -> Option<String> {
    m.interview().and_then(|i| i.current.clone())
}

#[test]
fn unlock_sends_the_passphrase_off_the_ui_thread_and_a_wrong_one_can_be_retried() {
    let mut m = fresh(content());
    run(
        &mut m,
        [Action::VaultOpened {
            users: vec![officer()],
            unit: "U".into(),
        }],
    );
    let effects = typed(&mut m, "secret-pass");
    assert!(effects.is_empty(), "typing does no work");
    let effects = run(&mut m, [code(KeyCode::Enter)]);
    assert!(matches!(&effects[..], [Effect::Unlock { user, .. }] if user == "Somchai"));
    let Screen::Unlock(form) = &m.screen else {
        panic!("{m:?}")
    };
    assert!(form.unlocking && form.passphrase.is_empty());
    // Keys while scrypt runs are ignored, not queued into the next attempt.
    assert!(typed(&mut m, "xyz").is_empty());
    run(
        &mut m,
        [Action::UnlockFailed {
            error: tandem::domain::Explanation::new("wrong-passphrase").arg("user", "Somchai"),
            wrong_passphrase: true,
        }],
    );
    let Screen::Unlock(form) = &m.screen else {
        panic!()
    };
    assert!(!form.unlocking && form.passphrase.is_empty());
    assert_eq!(
        m.explain(form.error.as_ref().unwrap()),
        "Wrong passphrase for `Somchai`. The failed attempt was recorded in the audit log. \
         Try again, slowly; check the keyboard language (Thai or English)."
    );
    typed(&mut m, "right");
    assert!(matches!(
        &run(&mut m, [code(KeyCode::Enter)])[..],
        [Effect::Unlock { .. }]
    ));
}

#[test]
fn several_users_are_picked_with_the_arrows() {
    let mut m = fresh(content());
    let other = tandem::tui::model::UserRow {
        name: "Nok".into(),
        supervisor: false,
    };
    run(
        &mut m,
        [Action::VaultOpened {
            users: vec![officer(), other],
            unit: "U".into(),
        }],
    );
    run(&mut m, [code(KeyCode::Down)]);
    typed(&mut m, "pw");
    let effects = run(&mut m, [code(KeyCode::Enter)]);
    assert!(matches!(&effects[..], [Effect::Unlock { user, .. }] if user == "Nok"));
}

#[test]
fn first_run_set_up_checks_the_form_before_creating_the_vault() {
    let mut m = fresh(content());
    run(&mut m, [Action::VaultMissing]);
    typed(&mut m, "Somchai");
    run(&mut m, [code(KeyCode::Enter)]);
    typed(&mut m, "IDC Bangkok");
    run(&mut m, [code(KeyCode::Enter)]);
    typed(&mut m, "long-passphrase");
    run(&mut m, [code(KeyCode::Enter)]);
    typed(&mut m, "long-passphrasX");
    run(&mut m, [code(KeyCode::Enter)]); // on to the recovery key
    assert!(
        run(&mut m, [code(KeyCode::Enter)]).is_empty(),
        "mismatch creates nothing"
    );
    assert!(m.notice.is_some());
    typed(&mut m, "long-passphrase");
    run(&mut m, [code(KeyCode::Enter)]);
    // No recovery key: a plain warning first, then Enter again goes on without one.
    assert!(run(&mut m, [code(KeyCode::Enter)]).is_empty());
    assert_eq!(
        m.notice,
        Some(tandem::tui::model::Notice::Error(
            "tui-setup-no-recovery",
            vec![]
        ))
    );
    let effects = run(&mut m, [code(KeyCode::Enter)]);
    assert!(matches!(
        &effects[..],
        [Effect::CreateVault { supervisor, unit, recovery: None, .. }] if supervisor == "Somchai" && unit == "IDC Bangkok"
    ));
}

#[test]
fn first_run_set_up_takes_the_recovery_key() {
    let mut m = fresh(content());
    run(&mut m, [Action::VaultMissing]);
    for text in [
        "Somchai",
        "IDC Bangkok",
        "long-passphrase",
        "long-passphrase",
    ] {
        typed(&mut m, text);
        run(&mut m, [code(KeyCode::Enter)]);
    }
    let key = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";
    run(&mut m, [Action::Paste(key.into())]);
    let effects = run(&mut m, [code(KeyCode::Enter)]);
    assert!(matches!(
        &effects[..],
        [Effect::CreateVault { recovery: Some(r), .. }] if r == key
    ));
}

#[test]
fn the_queue_is_the_days_plan_earliest_removal_first_then_urgency() {
    let mut m = unlocked();
    run(
        &mut m,
        [Action::Cases(vec![
            case("a", "C-1", &[], None, 1),
            case("b", "C-2", &[], Some("2026-12-05"), 50),
            case("c", "C-3", &["pregnancy"], Some("2026-12-20"), 5),
            case("d", "C-4", &[], Some("2026-12-01"), 9),
            case("e", "C-5", &["self-harm", "medical"], None, 3),
        ])],
    );
    let Screen::Queue(q) = &m.screen else {
        panic!()
    };
    let order: Vec<&str> = q.visible().iter().map(|c| c.id.as_str()).collect();
    // The day plan: the earliest removal first, then the more urgent, then the most recent.
    assert_eq!(order, ["d", "b", "c", "e", "a"]);
}

#[test]
fn slash_searches_by_case_reference_and_esc_clears_it() {
    let mut m = unlocked();
    run(
        &mut m,
        [Action::Cases(vec![
            case("a", "BKK-101", &[], None, 1),
            case("b", "BKK-202", &[], None, 2),
        ])],
    );
    run(&mut m, [key('/')]);
    typed(&mut m, "202");
    let Screen::Queue(q) = &m.screen else {
        panic!()
    };
    assert_eq!(q.visible().len(), 1);
    let effects = run(&mut m, [code(KeyCode::Enter)]);
    assert!(matches!(&effects[..], [Effect::OpenCase { id }] if id == "b"));
    run(&mut m, [code(KeyCode::Esc)]);
    let Screen::Queue(q) = &m.screen else {
        panic!()
    };
    assert_eq!(q.visible().len(), 2);
}

#[test]
fn q_quits_after_locking() {
    let mut m = unlocked();
    let effects = run(&mut m, [key('q')]);
    assert!(matches!(&effects[..], [Effect::Lock, Effect::Quit]));
    assert!(m.quitting);
}

#[test]
fn a_new_interview_starts_at_the_first_question_in_the_chosen_language() {
    let m = interviewing("km");
    let i = m.interview().unwrap();
    assert_eq!(i.lang, Lang::Km);
    assert_eq!(current(&m).as_deref(), Some("consent-interview"));
}

#[test]
fn an_answer_is_saved_and_marked_saved_only_after_the_commit() {
    let mut m = interviewing("my");
    let effects = run(&mut m, [key('y')]);
    assert_eq!(saves(&effects), [(1, None, 1)]);
    let i = m.interview().unwrap();
    assert_eq!(
        i.flow.answers().get("consent-interview"),
        Some(&Answer::Yes)
    );
    assert_eq!(i.save_state("consent-interview"), SaveState::Saving);
    // The skip logic shows share-with once consent is given.
    assert_eq!(current(&m).as_deref(), Some("share-with"));
    run(
        &mut m,
        [Action::Saved {
            slot: 1,
            id: "00aa00aa00aa00aa".into(),
            seq: 1,
        }],
    );
    let i = m.interview().unwrap();
    assert_eq!(i.save_state("consent-interview"), SaveState::Saved);
    // The next save updates the same record.
    let effects = run(&mut m, [key('1'), key('3'), code(KeyCode::Enter)]);
    assert_eq!(saves(&effects), [(1, Some("00aa00aa00aa00aa".into()), 2)]);
    let i = m.interview().unwrap();
    assert_eq!(
        i.flow.answers().get("share-with"),
        Some(&Answer::Choices(vec!["shelter".into(), "legal-aid".into()]))
    );
    assert_eq!(
        i.doc().consent.share_with,
        [OrganisationKind::Shelter, OrganisationKind::LegalAid]
    );
}

#[test]
fn refused_consent_stops_the_interview_and_keeps_only_what_was_agreed() {
    let mut m = interviewing("lo");
    // One `n` asks to confirm; nothing is recorded yet.
    assert!(run(&mut m, [key('n')]).is_empty());
    assert_eq!(
        m.notice,
        Some(tandem::tui::model::Notice::Error("tui-confirm-end", vec![]))
    );
    assert!(m.interview().unwrap().flow.answers().is_empty());
    // Any other key goes back; the same key twice ends it.
    assert!(run(&mut m, [code(KeyCode::Down)]).is_empty());
    assert!(run(&mut m, [key('n')]).is_empty());
    let effects = run(&mut m, [key('n')]);
    // The answer is saved, then the vault stops the record (app::cases::stop keeps only what
    // the person agreed to, and audits the stop).
    let Some(Effect::Save { doc, .. }) = effects.first() else {
        panic!("{effects:?}")
    };
    assert!(!doc.consent.interview);
    assert_eq!(
        stops(&effects),
        [(StopReason::ConsentRefused, String::new())]
    );
    assert!(matches!(m.screen, Screen::Queue(_)));
}

#[test]
fn skip_logic_and_profile_follow_the_answers() {
    let mut m = interviewing("vi");
    run(&mut m, [key('y'), code(KeyCode::Enter)]); // consent, share-with left open
    typed(&mut m, "Mya");
    run(&mut m, [code(KeyCode::Enter)]);
    assert_eq!(current(&m).as_deref(), Some("under-18"));
    run(&mut m, [key('y')]);
    let i = m.interview().unwrap();
    assert_eq!(i.doc().subject.name.as_deref(), Some("Mya"));
    assert_eq!(
        i.flow.profile(m.content.checklists()),
        tandem::checklist::model::Profile::ChildLabour
    );
    assert_eq!(current(&m).as_deref(), Some("exploitation-type"));
    run(&mut m, [key('4')]); // sexual: hides excessive-hours
    let i = m.interview().unwrap();
    let visible: Vec<String> = i
        .flow
        .visible(m.content.checklists())
        .into_iter()
        .map(|r| r.question)
        .collect();
    assert!(!visible.contains(&"excessive-hours".to_owned()));
    assert!(!visible.contains(&"debt-grew".to_owned()));
    run(&mut m, [key('y'), key('y')]); // deceived-job, deceived-conditions
    assert_eq!(
        current(&m).as_deref(),
        Some("no-pay"),
        "excessive-hours is skipped"
    );
}

#[test]
fn typed_answers_are_checked_and_unsure_works_while_typing() {
    let mut m = interviewing("en");
    run(&mut m, [key('y'), code(KeyCode::Enter)]);
    assert_eq!(current(&m).as_deref(), Some("alias"));
    // alt-u answers unsure even though plain `u` would be typed.
    run(
        &mut m,
        [Action::Key(
            tandem::tui::keymap::Key::parse("alt-u").unwrap(),
        )],
    );
    assert_eq!(
        m.interview().unwrap().flow.answers().get("alias"),
        Some(&Answer::Unsure)
    );
    // Jump to the number question through the section list.
    run(&mut m, [key('s')]);
    let sections = update::sections(&m);
    let work = sections.iter().position(|s| s.section == "work").unwrap();
    run(&mut m, [key(char::from(b'1' + work as u8))]);
    assert_eq!(current(&m).as_deref(), Some("exploitation-type"));
    for _ in 0..6 {
        run(&mut m, [code(KeyCode::Right)]);
    }
    assert_eq!(current(&m).as_deref(), Some("work-months"));
    typed(&mut m, "9999");
    run(&mut m, [code(KeyCode::Enter)]);
    assert_eq!(m.interview().unwrap().field_error, Some("tui-field-range"));
    run(&mut m, [code(KeyCode::Backspace), code(KeyCode::Backspace)]);
    run(&mut m, [code(KeyCode::Enter)]);
    assert_eq!(
        m.interview().unwrap().flow.answers().get("work-months"),
        Some(&Answer::Number(99))
    );
}

#[test]
fn time_since_is_typed_as_an_amount_and_a_unit() {
    let c = content();
    let (_, q) = c.find("sexual-violence-when").unwrap();
    let cases = [
        ("30h", true),
        ("3 d", true),
        ("2w", true),
        ("1m", true),
        ("30", false),
        ("h", false),
        ("3y", false),
    ];
    for (text, ok) in cases {
        assert_eq!(update::parse_typed(q, text).is_ok(), ok, "{text}");
    }
}

#[test]
fn urgent_key_goes_to_the_open_urgent_questions() {
    let mut m = interviewing("en");
    run(&mut m, [ctrl('u')]);
    assert_eq!(current(&m).as_deref(), Some("under-18"));
    run(&mut m, [key('n')]);
    run(&mut m, [ctrl('u')]);
    assert_eq!(current(&m).as_deref(), Some("sexual-violence"));
}

#[test]
fn quick_lock_drops_the_case_from_the_screen_and_resumes_after_the_passphrase() {
    let mut m = interviewing("my");
    run(&mut m, [key('y')]);
    run(
        &mut m,
        [Action::Saved {
            slot: 1,
            id: "00aa00aa00aa00aa".into(),
            seq: 1,
        }],
    );
    let effects = run(&mut m, [ctrl('l')]);
    assert!(matches!(&effects[..], [Effect::Audit(_), Effect::Lock]));
    assert!(m.interview().is_none(), "no case data left in the model");
    assert_eq!(m.lock.as_ref().unwrap().reason, LockReason::Quick);
    // Global keys do nothing while locked.
    assert!(run(&mut m, [ctrl('v'), key('?')]).is_empty());
    typed(&mut m, "pw");
    let effects = run(&mut m, [code(KeyCode::Enter)]);
    assert!(matches!(&effects[..], [Effect::Unlock { user, .. }] if user == "Somchai"));
    let effects = run(
        &mut m,
        [Action::Unlocked {
            user: officer(),
            unit: "U".into(),
        }],
    );
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::OpenCase { id } if id == "00aa00aa00aa00aa"))
    );
    let mut doc = tandem::interview::record::RecordDocument {
        checklist: "screening".into(),
        ..Default::default()
    };
    doc.answers.insert("consent-interview".into(), "yes".into());
    run(
        &mut m,
        [Action::Opened {
            id: "00aa00aa00aa00aa".into(),
            doc: Box::new(doc),
        }],
    );
    assert_eq!(current(&m).as_deref(), Some("share-with"));
}

#[test]
fn the_screen_locks_after_the_idle_time_and_not_before() {
    let mut m = interviewing("en");
    let at = |mins: i64| t0() + jiff::SignedDuration::from_mins(mins);
    assert!(run(&mut m, [Action::Tick(at(4))]).is_empty());
    run(&mut m, [key('?'), key('?')]); // activity at minute 4
    assert!(run(&mut m, [Action::Tick(at(8))]).is_empty());
    let effects = run(&mut m, [Action::Tick(at(9))]);
    assert!(matches!(&effects[..], [Effect::Audit(_), Effect::Lock]));
    assert_eq!(m.lock.as_ref().unwrap().reason, LockReason::Idle);
}

#[test]
fn a_signal_saves_the_draft_locks_and_quits() {
    let mut m = interviewing("en");
    run(&mut m, [key('y')]);
    let effects = run(&mut m, [Action::Shutdown]);
    assert!(matches!(
        &effects[..],
        [Effect::Save { .. }, Effect::Lock, Effect::Quit]
    ));
}

#[test]
fn interpreter_view_toggles_and_esc_leaves_it() {
    let mut m = interviewing("th");
    run(&mut m, [ctrl('v')]);
    assert!(m.interpreter_view);
    run(&mut m, [code(KeyCode::Esc)]);
    assert!(!m.interpreter_view);
    run(&mut m, [ctrl('v'), ctrl('v')]);
    assert!(!m.interpreter_view);
}

#[test]
fn stop_asks_for_a_reason_and_saves_with_it() {
    let mut m = interviewing("en");
    run(&mut m, [key('y')]);
    run(&mut m, [ctrl('x')]);
    assert!(matches!(m.overlay, Some(Overlay::Stop { .. })));
    // A fixed reason first, then a short free text (typed letters are text, not commands).
    assert!(run(&mut m, [key('2')]).is_empty());
    assert!(typed(&mut m, "guard  came in").is_empty());
    let effects = run(&mut m, [code(KeyCode::Enter)]);
    let Some(Effect::Save { doc, .. }) = effects.first() else {
        panic!()
    };
    assert_eq!(
        stops(&effects),
        [(StopReason::PrivacyRisk, "guard came in".to_owned())]
    );
    assert!(
        !format!("{effects:?}").contains("guard"),
        "the effects' Debug carries no free text"
    );
    assert_eq!(
        doc.answers.len(),
        1,
        "a stop for another reason keeps the answers"
    );
}

#[test]
fn pause_saves_a_draft_and_returns_to_the_queue() {
    let mut m = interviewing("en");
    run(&mut m, [key('y')]);
    let effects = run(&mut m, [ctrl('p')]);
    let Some(Effect::Save { doc, .. }) = effects.first() else {
        panic!()
    };
    assert_eq!(doc.answers.len(), 1);
    assert!(stops(&effects).is_empty(), "a pause is not a stop");
    assert!(matches!(m.screen, Screen::Queue(_)));
}

#[test]
fn review_needs_a_decision_and_a_reason_when_it_departs_from_the_rule() {
    let mut m = interviewing("en");
    run(&mut m, [key('y'), code(KeyCode::Enter)]);
    run(&mut m, [ctrl('r')]);
    assert!(matches!(m.screen, Screen::Review(..)));
    assert!(run(&mut m, [ctrl('o')]).is_empty(), "no decision yet");
    run(&mut m, [key('4')]); // no referral
    let effects = run(&mut m, [ctrl('o')]);
    let handoff = effects.iter().find_map(|e| match e {
        Effect::HandOff {
            outcome, reason, ..
        } => Some((*outcome, reason.clone())),
        _ => None,
    });
    assert_eq!(handoff, Some((Outcome::NoReferral, String::new())));
    assert!(matches!(m.screen, Screen::Queue(_)));
}

#[test]
fn a_decision_against_a_met_rule_needs_a_reason() {
    use tandem::checklist::scoring::RuleStatus;
    assert!(update::needs_reason(
        Some(RuleStatus::Met),
        Outcome::NoReferral
    ));
    assert!(!update::needs_reason(
        Some(RuleStatus::Met),
        Outcome::ReferPresumedVictim
    ));
    assert!(update::needs_reason(
        Some(RuleStatus::NotMet),
        Outcome::ReferPresumedVictim
    ));
    assert!(!update::needs_reason(
        Some(RuleStatus::Incomplete),
        Outcome::NoReferral
    ));
}

#[test]
fn the_officer_language_switches_between_english_and_thai() {
    let mut m = unlocked();
    run(&mut m, [ctrl('t')]);
    assert_eq!(m.officer_lang, Lang::Th);
    run(&mut m, [ctrl('t')]);
    assert_eq!(m.officer_lang, Lang::En);
}

#[test]
fn debug_output_carries_no_case_data() {
    let mut m = interviewing("en");
    run(&mut m, [key('y'), code(KeyCode::Enter)]);
    typed(&mut m, "Aye Aye Secret");
    let effects = run(&mut m, [code(KeyCode::Enter)]);
    let shown = format!("{m:?} {effects:?}");
    assert!(!shown.contains("Aye"), "{shown}");
}

#[test]
fn stop_without_free_text_keeps_the_reason_id_and_esc_goes_back_to_the_reasons() {
    let mut m = interviewing("en");
    run(&mut m, [key('y'), ctrl('x'), key('3')]);
    run(&mut m, [code(KeyCode::Esc)]);
    assert!(matches!(
        m.overlay,
        Some(Overlay::Stop { detail: None, .. })
    ));
    let effects = run(&mut m, [code(KeyCode::Enter), code(KeyCode::Enter)]);
    assert_eq!(stops(&effects), [(StopReason::Distress, String::new())]);
}

/// The decisions asked of the vault.
fn decisions(effects: &[Effect]) -> Vec<(Outcome, String, u64)> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Decide {
                outcome,
                reason,
                seq,
                ..
            } => Some((*outcome, reason.clone(), *seq)),
            _ => None,
        })
        .collect()
}

/// What the vault worker answers to a decision: `app::cases` applied to the record.
fn vault_decides(m: &tandem::tui::Model, outcome: Outcome, reason: &str, seq: u64) -> Action {
    let doc = m.interview().unwrap().doc().clone();
    let decided = tandem::app::cases::apply_decision(
        &doc,
        m.content.checklists(),
        outcome,
        reason,
        "Somchai",
        t0(),
    )
    .unwrap();
    Action::Changed {
        slot: 1,
        id: "00bb00bb00bb00bb".into(),
        seq,
        doc: Box::new(decided),
    }
}

#[test]
fn the_review_decision_is_saved_on_enter_and_comes_back_after_a_quick_lock() {
    let mut m = interviewing("en");
    run(&mut m, [key('y'), code(KeyCode::Enter)]);
    run(&mut m, [ctrl('r'), key('2')]);
    typed(&mut m, "needs a second talk");
    let effects = run(&mut m, [code(KeyCode::Enter)]);
    let [(outcome, reason, seq)] = &decisions(&effects)[..] else {
        panic!("Enter on the reason records the decision: {effects:?}")
    };
    assert_eq!(
        (*outcome, reason.as_str()),
        (Outcome::ReferFurtherInterview, "needs a second talk")
    );
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::HandOff { .. })),
        "a decision is not a hand-off"
    );
    let seq = *seq;
    let i = m.interview().unwrap();
    assert_eq!(i.save_state("#decision"), SaveState::Saving);
    let changed = vault_decides(
        &m,
        Outcome::ReferFurtherInterview,
        "needs a second talk",
        seq,
    );
    run(&mut m, [changed]);
    assert_eq!(
        m.interview().unwrap().save_state("#decision"),
        SaveState::Saved
    );
    let saved = m.interview().unwrap().doc().clone();
    assert_eq!(
        saved.decision.as_ref().map(|d| d.outcome),
        Some(Outcome::ReferFurtherInterview)
    );
    run(&mut m, [ctrl('l')]);
    typed(&mut m, "pw");
    run(&mut m, [code(KeyCode::Enter)]);
    run(
        &mut m,
        [
            Action::Unlocked {
                user: officer(),
                unit: "U".into(),
            },
            Action::Opened {
                id: "00bb00bb00bb00bb".into(),
                doc: Box::new(saved),
            },
        ],
    );
    let Screen::Review(_, form) = &m.screen else {
        panic!("back on the review screen: {m:?}")
    };
    assert_eq!(form.outcome, Some(1));
    assert_eq!(form.reason.value(), "needs a second talk");
}

#[test]
fn locking_on_the_review_screen_keeps_a_decision_not_yet_entered() {
    let mut m = interviewing("en");
    run(
        &mut m,
        [key('y'), code(KeyCode::Enter), ctrl('r'), key('4')],
    );
    typed(&mut m, "half typed");
    let effects = run(&mut m, [ctrl('l')]);
    assert_eq!(
        decisions(&effects)
            .into_iter()
            .map(|(o, r, _)| (o, r))
            .collect::<Vec<_>>(),
        [(Outcome::NoReferral, "half typed".to_owned())]
    );
    assert!(matches!(effects.last(), Some(Effect::Lock)));
}

#[test]
fn the_interpreter_view_works_everywhere_and_freezes_screens_without_a_prompt() {
    let mut m = unlocked();
    run(&mut m, [ctrl('v')]);
    assert!(m.interpreter_view, "on the case queue too");
    assert!(run(&mut m, [key('n'), code(KeyCode::Enter)]).is_empty());
    assert!(m.overlay.is_none(), "keys wait while the interpreter looks");
    run(&mut m, [code(KeyCode::Esc)]);
    assert!(!m.interpreter_view);
    let mut m = interviewing("en");
    run(
        &mut m,
        [key('y'), code(KeyCode::Enter), ctrl('r'), ctrl('v')],
    );
    assert!(m.interpreter_view);
    assert!(run(&mut m, [key('1')]).is_empty());
    let Screen::Review(_, form) = &m.screen else {
        panic!()
    };
    assert_eq!(form.outcome, None, "no decision taken behind the view");
}

#[test]
fn ctrl_arrows_scroll_a_long_prompt_and_a_new_question_starts_at_the_top() {
    use tandem::tui::keymap::Key;
    let mut m = interviewing("my");
    run(&mut m, [Action::Resize(50, 16)]);
    let down = || {
        Action::Key(Key {
            code: KeyCode::Down,
            ctrl: true,
            alt: false,
        })
    };
    run(&mut m, [down(), down(), down(), down(), down(), down()]);
    let scrolled = m.interview().unwrap().prompt_scroll;
    let last = tandem::tui::view::prompt_height(&m).saturating_sub(3);
    assert!(scrolled <= last, "stops at the end of the prompt");
    run(
        &mut m,
        [Action::Key(Key {
            code: KeyCode::Up,
            ctrl: true,
            alt: false,
        })],
    );
    assert_eq!(
        m.interview().unwrap().prompt_scroll,
        scrolled.saturating_sub(3)
    );
    run(&mut m, [key('y')]);
    assert_eq!(m.interview().unwrap().prompt_scroll, 0);
}

#[test]
fn section_jump_takes_two_digit_numbers() {
    let mut m = fresh(shipped_content());
    run(
        &mut m,
        [Action::Unlocked {
            user: officer(),
            unit: "U".into(),
        }],
    );
    update::start_interview(&mut m, Lang::En);
    let sections = update::sections(&m);
    assert!(
        sections.len() >= 13,
        "the shipped interview has 13+ sections"
    );
    run(&mut m, [ctrl('g'), key('1')]);
    assert!(m.overlay.is_some(), "1 waits: 10-19 exist");
    run(&mut m, [key('3')]);
    assert!(m.overlay.is_none());
    assert_eq!(current(&m), Some(sections[12].first_question.clone()));
    run(&mut m, [ctrl('g'), key('1'), code(KeyCode::Enter)]);
    assert_eq!(current(&m), Some(sections[0].first_question.clone()));
    run(&mut m, [ctrl('g'), key('9')]);
    assert_eq!(
        current(&m),
        Some(sections[8].first_question.clone()),
        "9 jumps at once: there is no section 90"
    );
}

/// The two stages on the screen: an irregular migrant with nothing pointing further ends at the
/// first screen ("no indicators at first screen", then the review); the same first screen with
/// one gateway answered unsure goes on into the full interview, on the same record, and a case
/// reopened from the vault continues where the first screen ended.
#[test]
fn the_first_screen_ends_or_goes_on_to_the_full_interview() {
    use tandem::interview::answer::Answer;
    let answers: Vec<(&str, Answer)> = vec![
        ("case-ref", Answer::Text("IDC-1".into())),
        ("privacy-overheard", Answer::No),
        ("privacy-screen", Answer::Yes),
        ("interpreter-present", Answer::No),
        ("interviewee-dialect", Answer::Text("Yangon".into())),
        ("consent-interview", Answer::Yes),
        (
            "interviewer-gender-preference",
            Answer::Choice("no-preference".into()),
        ),
        ("age-years", Answer::Number(30)),
        ("age-basis", Answer::Choice("own-statement".into())),
        ("possible-child", Answer::No),
        ("sex-gender", Answer::Choice("male".into())),
        ("injury-illness", Answer::No),
        ("withdrawal", Answer::No),
        ("self-harm-thoughts", Answer::No),
        ("self-harm-acts", Answer::No),
        ("sexual-violence", Answer::No),
        ("threat-in-facility", Answer::No),
        ("threat-to-family", Answer::No),
        ("asks-for-help", Answer::No),
        ("removal-date", Answer::Date("2030-01-15".parse().unwrap())),
        ("removal-before-screening", Answer::No),
        ("deceived-about-job", Answer::No),
        ("forced-to-go", Answer::No),
        ("work-long-hours", Answer::No),
        ("work-low-pay", Answer::No),
        ("documents-taken", Answer::No),
        ("debt-owed", Answer::No),
        ("kept-from-leaving", Answer::No),
        ("hurt-at-work", Answer::No),
        ("forced-acts", Answer::No),
        ("now-afraid", Answer::No),
    ];
    let walk = |gateway: Answer| {
        let mut m = fresh(shipped_content());
        run(
            &mut m,
            [Action::Unlocked {
                user: officer(),
                unit: "U".into(),
            }],
        );
        update::start_interview(&mut m, Lang::My);
        for (q, a) in &answers {
            let a = if *q == "now-afraid" {
                gateway.clone()
            } else {
                a.clone()
            };
            update::answer(&mut m, q, a);
        }
        update::answer(&mut m, "officer-concern", Answer::No);
        m
    };

    // Nothing points further: past the end of the first screen, with the result said.
    let m = walk(Answer::No);

    assert_eq!(current(&m), None, "the first screen asks nothing more");
    assert_eq!(
        m.notice,
        Some(tandem::tui::model::Notice::Info(
            "tui-stage-no-indicators",
            vec![]
        ))
    );

    // A gateway answered unsure: the full interview follows, with the reason named.
    let m = walk(Answer::Unsure);
    let next = current(&m).expect("the full interview goes on");
    let checklist = m.content.find(&next).map(|(c, _)| c.id.clone()).unwrap();
    assert_ne!(checklist, "first-screen", "{next}");
    assert!(
        matches!(&m.notice, Some(tandem::tui::model::Notice::Info("tui-stage-to-full", args))
            if args[0].1.contains("now-afraid")),
        "{:?}",
        m.notice
    );

    // Reopened from the vault, the flagged case continues with that same question.
    let doc = m.interview().unwrap().doc().clone();
    let mut again = fresh(shipped_content());
    run(
        &mut again,
        [
            Action::Unlocked {
                user: officer(),
                unit: "U".into(),
            },
            Action::Opened {
                id: "00cc00cc00cc00cc".into(),
                doc: Box::new(doc),
            },
        ],
    );
    assert_eq!(current(&again), Some(next));
}

/// The interpreter of the officer's last interview today is confirmed with one key in the next
/// one; the no-conflict declaration is asked again, for this person.
#[test]
fn the_same_interpreter_is_confirmed_with_one_key() {
    use tandem::interview::answer::Answer;
    let mut m = fresh(shipped_content());
    run(
        &mut m,
        [Action::Unlocked {
            user: officer(),
            unit: "U".into(),
        }],
    );
    update::start_interview(&mut m, Lang::Km);
    for (q, a) in [
        ("interpreter-present", Answer::Yes),
        ("interpreter-id", Answer::Text("INT-7".into())),
        ("interpreter-language", Answer::Text("Khmer".into())),
        ("interpreter-gender", Answer::Choice("female".into())),
        ("interpreter-affiliation", Answer::Choice("ngo".into())),
        ("interpreter-no-conflict", Answer::Yes),
        ("interpreter-confidentiality", Answer::Yes),
    ] {
        update::answer(&mut m, q, a);
    }
    assert!(m.interpreter_today.is_some(), "today's interpreter is kept");
    // The next interview, the same day.
    run(&mut m, [ctrl('p')]);
    update::start_interview(&mut m, Lang::Km);
    update::answer(&mut m, "case-ref", Answer::Text("IDC-2".into()));
    update::answer(&mut m, "privacy-overheard", Answer::No);
    update::answer(&mut m, "privacy-screen", Answer::Yes);
    assert_eq!(current(&m).as_deref(), Some("interpreter-present"));
    let effects = run(&mut m, [key('a')]);
    assert!(
        effects.iter().any(|e| matches!(e, Effect::Save { .. })),
        "{effects:?}"
    );
    let i = m.interview().unwrap();
    assert_eq!(
        i.flow.answers().get("interpreter-id"),
        Some(&Answer::Text("INT-7".into()))
    );
    assert_eq!(
        i.flow.answers().get("interpreter-confidentiality"),
        Some(&Answer::Yes)
    );
    assert_eq!(i.flow.answers().get("interpreter-no-conflict"), None);
    assert_eq!(current(&m).as_deref(), Some("interpreter-no-conflict"));
}

/// Only what the person said is recorded: Enter on a choice list nobody chose from moves on
/// without an answer; a multiple choice with nothing ticked is not "none"; and behind the "too
/// small" screen no key answers the question nobody can see.
#[test]
fn enter_and_hidden_keys_record_nothing_that_was_not_said() {
    let mut m = fresh(shipped_content());
    run(
        &mut m,
        [Action::Unlocked {
            user: officer(),
            unit: "U".into(),
        }],
    );
    update::start_interview(&mut m, Lang::En);
    use tandem::interview::answer::Answer;
    // To the single choice of the interviewer's gender preference.
    for (q, a) in [
        ("case-ref", Answer::Text("IDC-3".into())),
        ("privacy-overheard", Answer::No),
        ("privacy-screen", Answer::Yes),
        ("interpreter-present", Answer::No),
        ("interviewee-dialect", Answer::Text("-".into())),
        ("consent-interview", Answer::Yes),
    ] {
        update::answer(&mut m, q, a);
    }
    assert_eq!(
        current(&m).as_deref(),
        Some("interviewer-gender-preference")
    );
    let effects = run(&mut m, [code(KeyCode::Enter)]);
    assert!(saves(&effects).is_empty(), "{effects:?}");
    let i = m.interview().unwrap();
    assert!(
        !i.flow
            .answers()
            .contains_key("interviewer-gender-preference")
    );
    assert_ne!(
        current(&m).as_deref(),
        Some("interviewer-gender-preference")
    );

    // Moving the highlight and Enter is a choice.
    run(&mut m, [code(KeyCode::PageUp)]);
    assert_eq!(
        current(&m).as_deref(),
        Some("interviewer-gender-preference")
    );
    run(&mut m, [code(KeyCode::Down), code(KeyCode::Enter)]);
    assert!(
        m.interview()
            .unwrap()
            .flow
            .answers()
            .contains_key("interviewer-gender-preference")
    );

    // Too small to see: `n` answers nothing; the quick lock still locks.
    let before = m.interview().unwrap().flow.answers().len();
    run(&mut m, [Action::Resize(40, 12), key('n'), key('y')]);
    assert_eq!(m.interview().unwrap().flow.answers().len(), before);
    let effects = run(&mut m, [ctrl('l')]);
    assert!(matches!(effects.last(), Some(Effect::Lock)), "{effects:?}");
}

/// A vault another Tandem holds (or one that cannot be opened) never traps the officer on
/// "Opening the vault…": the reason is shown whole and `q` leaves.
#[test]
fn a_busy_vault_says_why_and_q_leaves() {
    let mut m = fresh(content());
    let busy = tandem::vault::VaultError::Busy {
        dir: "/tmp/v".into(),
        pid: Some(42),
    };
    run(
        &mut m,
        [Action::VaultFailed {
            error: tandem::domain::Explain::explain(&busy),
        }],
    );
    let shown = draw(&mut m, 80, 24);
    assert!(shown.contains("Another Tandem (process 42)"), "{shown}");
    assert!(shown.contains("q or Esc"), "{shown}");
    let effects = run(&mut m, [key('q')]);
    assert!(matches!(effects.as_slice(), [Effect::Quit]), "{effects:?}");
    assert!(m.quitting);
}

/// The screen and `tandem interview plan` are one plan: for every example case, reduced to its
/// first screen, the question the screen opens at is the command's first question still to ask,
/// or the screen is past the end when the command has nothing more to ask.
#[test]
fn the_screen_and_interview_plan_agree_on_what_comes_next() {
    let scratch = crate::command::Scratch::new();
    let dir = crate::fixtures::root().join("tests/cases");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 10, "{cases:?}");
    for path in cases {
        let case: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let doc = serde_json::json!({
            "checklist": "screening",
            "languages": {"officer": "en", "interviewee": "my"},
            "answers": case["answers"],
        });
        let file = scratch.write(format!("{name}.json"), doc.to_string());
        let plan = crate::command::Tandem::new()
            .args(["interview", "plan", "--json", "--answers"])
            .arg(&file)
            .context(&name)
            .run()
            .json();
        let expected = plan["questions"][0]["id"].as_str().map(str::to_owned);

        let record = tandem::interview::record::parse_document(&doc.to_string()).unwrap();
        let mut m = fresh(shipped_content());
        run(
            &mut m,
            [
                Action::Unlocked {
                    user: officer(),
                    unit: "U".into(),
                },
                Action::Opened {
                    id: "00dd00dd00dd00dd".into(),
                    doc: Box::new(record),
                },
            ],
        );
        assert_eq!(current(&m), expected, "{name}");
    }
}

#[test]
fn dates_are_read_in_either_era_and_an_impossible_day_is_named() {
    let c = super::support::shipped_content();
    let (_, q) = c.find("detention-start").unwrap();
    let date = |text: &str| match update::parse_typed(q, text) {
        Ok(tandem::interview::answer::Answer::Date(d)) => Ok(d.to_string()),
        Ok(other) => panic!("{other:?}"),
        Err(e) => Err(e),
    };
    assert_eq!(date("2026-12-01"), Ok("2026-12-01".into()));
    // A Buddhist Era year is stored as the Common Era's.
    assert_eq!(date("2569-12-01"), Ok("2026-12-01".into()));
    assert_eq!(date("2025-02-30"), Err("tui-field-date-impossible"));
    assert_eq!(date("2568-02-29"), Err("tui-field-date-impossible"));
    assert_eq!(date("2024-02-29"), Ok("2024-02-29".into()));
    assert_eq!(date("01/12/2026"), Err("tui-field-date"));
    assert_eq!(date("2026-1-5"), Ok("2026-01-05".into()));
}

#[test]
fn a_thai_officer_sees_the_buddhist_era_and_contradicting_dates_are_flagged() {
    use tandem::tui::keymap::Keymap;
    use tandem::tui::model::{Model, Screen};
    let content = super::support::shipped_content();
    let mut m = Model::new(
        content.clone(),
        Keymap::default(),
        tandem::domain::OfficerLang::Th,
        super::support::t0(),
    );
    run(
        &mut m,
        [Action::Unlocked {
            user: super::support::officer(),
            unit: "Ranong IDC".into(),
        }],
    );
    update::start_interview(&mut m, "my".parse().unwrap());
    let go = |m: &mut Model, qid: &str| {
        if let Screen::Interview(i) = &mut m.screen {
            tandem::tui::screens::question::go_to(i, &content, Some(qid.to_owned()));
        }
    };
    go(&mut m, "detention-start");
    typed(&mut m, "2569-11-10");
    run(&mut m, [code(KeyCode::Enter)]);
    go(&mut m, "detention-start");
    let screen = super::support::draw(&mut m, 80, 24);
    assert!(screen.contains("2569-11-10 พ.ศ."), "{screen}");
    go(&mut m, "holding-deadline");
    typed(&mut m, "2026-11-01");
    run(&mut m, [code(KeyCode::Enter)]);
    let screen = super::support::draw(&mut m, 80, 24);
    assert!(
        screen.contains("กรุณาตรวจสอบวันที่") && screen.contains("2569-11-01 พ.ศ."),
        "flagged with both dates: {screen}"
    );
    let Screen::Interview(i) = &m.screen else {
        panic!("not in the interview")
    };
    // Kept as typed, stored in the Common Era.
    assert_eq!(
        i.flow
            .answers()
            .get("holding-deadline")
            .map(|a| a.to_json()),
        Some(serde_json::json!("2026-11-01"))
    );
    assert_eq!(
        i.flow.answers().get("detention-start").map(|a| a.to_json()),
        Some(serde_json::json!("2026-11-10"))
    );
}

#[test]
fn a_lock_keeps_text_typed_but_not_entered_and_gives_it_back() {
    let mut m = interviewing("my");
    run(&mut m, [key('y'), key('1'), code(KeyCode::Enter)]);
    run(
        &mut m,
        [Action::Saved {
            slot: 1,
            id: "00aa00aa00aa00aa".into(),
            seq: 1,
        }],
    );
    let asking = current(&m);
    typed(&mut m, "Aye Aye");
    run(&mut m, [ctrl('l')]);
    assert!(m.interview().is_none(), "no case data on the lock screen");
    let locked = draw(&mut m, 80, 24);
    assert!(!locked.contains("Aye Aye"), "{locked}");
    typed(&mut m, "pw");
    run(&mut m, [code(KeyCode::Enter)]);
    run(
        &mut m,
        [Action::Unlocked {
            user: officer(),
            unit: "U".into(),
        }],
    );
    let mut doc = tandem::interview::record::RecordDocument {
        checklist: "screening".into(),
        ..Default::default()
    };
    doc.answers.insert("consent-interview".into(), "yes".into());
    doc.answers
        .insert("share-with".into(), serde_json::json!(["shelter"]));
    run(
        &mut m,
        [Action::Opened {
            id: "00aa00aa00aa00aa".into(),
            doc: Box::new(doc),
        }],
    );
    assert_eq!(current(&m), asking);
    let back = draw(&mut m, 80, 24);
    assert!(
        back.contains("> Aye Aye"),
        "the typed text is back:\n{back}"
    );
    // Nothing was recorded that was not entered.
    let Screen::Interview(i) = &m.screen else {
        panic!()
    };
    assert!(i.flow.answers().get(asking.as_deref().unwrap()).is_none());
}

#[test]
fn asking_for_a_service_the_person_did_not_consent_to_is_warned_at_the_question() {
    let content = super::support::shipped_content();
    let mut m = fresh(content.clone());
    let mut doc = tandem::interview::record::RecordDocument {
        checklist: "screening".into(),
        ..Default::default()
    };
    doc.consent.interview = true;
    doc.consent.share_with = vec![OrganisationKind::Shelter];
    doc.answers.insert("consent-interview".into(), "yes".into());
    run(
        &mut m,
        [
            Action::Unlocked {
                user: officer(),
                unit: "U".into(),
            },
            Action::Opened {
                id: "00aa00aa00aa00aa".into(),
                doc: Box::new(doc),
            },
        ],
    );
    if let Screen::Interview(i) = &mut m.screen {
        tandem::tui::screens::question::go_to(i, &content, Some("assessment-services".into()));
    }
    let (_, q) = content.find("assessment-services").unwrap();
    let legal = q
        .kind
        .choices()
        .iter()
        .position(|c| c == "legal-aid")
        .unwrap();
    let shelter = q
        .kind
        .choices()
        .iter()
        .position(|c| c == "shelter")
        .unwrap();
    run(&mut m, [key(char::from(b'1' + shelter as u8))]);
    let screen = draw(&mut m, 80, 24);
    assert!(!screen.contains("Not in any referral"), "{screen}");
    run(&mut m, [key(char::from(b'1' + legal as u8))]);
    let screen = draw(&mut m, 80, 24);
    assert!(
        screen.contains("Not in any referral") && screen.contains("Legal"),
        "{screen}"
    );
}
