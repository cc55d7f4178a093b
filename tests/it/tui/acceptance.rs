//! What the screen records and shows, checked in a real terminal (tmux) at 80x24 and at 60x20
//! on the shipped checklists: Enter through unanswered choice questions records nothing; keys
//! behind the too-small screen change nothing; the review of a case with more than twenty fired
//! indicators scrolls to every one; the interpreter view of the review shows no chosen outcome
//! and no result; a Thai officer reads a 2026 date as 2569 (the Buddhist Era, the year Thai
//! officers write and read: 2026 + 543), stored as 2026.

use tandem::checklist::model::Kind;

use super::review::heavy_case;
use crate::command::{BIN, Scratch};
use crate::tmux::Tmux;
use crate::tools::{self, TMUX};

const PASS: &str = "correct horse battery";

#[test]
fn the_screen_records_and_shows_exactly_what_was_said_at_both_sizes() {
    if tools::require([&TMUX]).is_none() {
        return;
    }
    let tmux = Tmux::server();
    for (w, h) in [(80u16, 24u16), (60, 20)] {
        let scratch = Scratch::new();
        scratch
            .tandem()
            .passphrase(PASS)
            .args([
                "init",
                "--name",
                "Somchai",
                "--unit",
                "E2E Unit",
                "--kdf-log-n",
                "10",
            ])
            .run();
        let mut doc = serde_json::to_value(heavy_case()).unwrap();
        doc["answers"]["removal-date"] = "2026-12-15".into();
        doc["case_ref"] = "IDC-A-1".into();
        let id = scratch
            .tandem()
            .passphrase(PASS)
            .args(["record", "add"])
            .stdin(doc.to_string())
            .run()
            .stdout
            .trim()
            .to_owned();
        let before: serde_json::Value = scratch
            .tandem()
            .passphrase(PASS)
            .args(["record", "show", &id, "--json"])
            .run()
            .json();

        // The questions Enter will pass: at least one single and one multiple choice.
        let catalog = tandem::checklist::Catalog::builtin().unwrap();
        let flow = tandem::interview::flow::Interview::new(heavy_case(), catalog.checklists());
        let plan =
            tandem::interview::stage::plan(&flow, catalog.checklists(), jiff::Timestamp::now());
        let kinds: Vec<&Kind> = plan
            .questions
            .iter()
            .map(|p| &catalog.find_question(&p.question).unwrap().1.kind)
            .collect();
        let single = kinds
            .iter()
            .position(|k| matches!(k, Kind::SingleChoice { .. }));
        let multi = kinds
            .iter()
            .position(|k| matches!(k, Kind::MultipleChoice { .. }));
        let (Some(single), Some(multi)) = (single, multi) else {
            panic!("the plan has no single and multiple choice: {kinds:?}");
        };
        let passes = single.max(multi) + 1;

        let command = format!(
            "env -u TANDEM_PASSPHRASE TANDEM_VAULT='{}' TERM=xterm-256color '{BIN}'; echo TANDEM-EXIT=$?; sleep 600",
            scratch.vault().display()
        );
        let t = tmux.session(&format!("accept{w}"), w, h, &command);
        t.wait_for("Passphrase, then Enter");
        t.text(PASS);
        t.keys(&["Enter"]);
        t.wait_for("IDC-A-1");
        // A Thai officer: the removal date in the Buddhist Era.
        t.keys(&["C-t"]);
        let thai = t.wait_for("2569-12-15");
        assert!(!thai.contains("2026-12-15"), "{thai}");
        t.keys(&["C-t"]);
        t.wait_for("IDC-A-1");
        t.keys(&["Enter"]);
        std::thread::sleep(std::time::Duration::from_millis(500));

        // Enter through the unanswered questions, choice questions among them.
        for _ in 0..passes {
            t.keys(&["Enter"]);
            std::thread::sleep(std::time::Duration::from_millis(80));
        }

        // The review: scroll to the end, every fired indicator passes by.
        t.keys(&["C-r"]);
        let first = t.wait_for("Review: ILO indicators");
        assert!(first.contains("more below"), "{first}");
        let window = |frame: &str| -> Vec<String> {
            frame
                .lines()
                .skip_while(|l| !l.contains("Review: ILO indicators"))
                .skip(1)
                .take_while(|l| !l.contains("more below") && !l.contains("more above"))
                .map(|l| l.trim().to_owned())
                .collect()
        };
        let mut rows = window(&first);
        let mut reached = false;
        for _ in 0..150 {
            t.keys(&["PageDown"]);
            std::thread::sleep(std::time::Duration::from_millis(60));
            let s = t.screen();
            let next = window(&s);
            let overlap = (0..=next.len())
                .rev()
                .find(|&k| rows.ends_with(&next[..k]))
                .unwrap_or(0);
            rows.extend(next[overlap..].iter().cloned());
            if s.contains("more above") {
                reached = true;
                break;
            }
        }
        assert!(reached, "{w}x{h}: the end was not reached");
        let evidence = rows
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // Every fired indicator, by its question (a yes) or its choice (picked), in English.
        let content = super::support::shipped_content();
        let answers = flow.visible_answers(catalog.checklists());
        let scored = catalog
            .checklists()
            .iter()
            .find(|c| c.scoring.is_some())
            .unwrap();
        let assessed = tandem::checklist::scoring::assess_in(
            catalog.checklists(),
            scored,
            flow.profile(catalog.checklists()),
            &answers,
        )
        .unwrap();
        let mut checked = 0;
        for c in catalog.checklists() {
            for q in &c.questions {
                for tag in &q.indicators {
                    let fired = assessed
                        .dimensions
                        .get(&tag.dimension)
                        .is_some_and(|d| d.fired.contains(&tag.indicator));
                    let answered = match (answers.get(&q.id), &tag.choice) {
                        (Some(tandem::interview::answer::Answer::Yes), None) => true,
                        (Some(tandem::interview::answer::Answer::Choices(p)), Some(ch)) => {
                            p.contains(ch)
                        }
                        _ => false,
                    };
                    if !fired || !answered {
                        continue;
                    }
                    let text = match &tag.choice {
                        Some(ch) => {
                            content
                                .choice(tandem::l10n::Lang::En, &c.id, &q.id, ch)
                                .unwrap()
                                .text
                        }
                        None => {
                            content
                                .prompt(tandem::l10n::Lang::En, &c.id, &q.id)
                                .unwrap()
                                .text
                        }
                    };
                    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    assert!(evidence.contains(&text), "{w}x{h}: `{text}` never shown");
                    checked += 1;
                }
            }
        }
        assert!(checked >= 20, "{w}x{h}: only {checked} fired indicators");

        // The interpreter view of the review: a neutral page, no outcome, no result.
        t.keys(&["C-v"]);
        let iv = t.wait_for("Interpreter view");
        assert!(
            !iv.contains("(•)") && !iv.contains("Indicators present") && !iv.contains("Refer"),
            "{iv}"
        );
        t.keys(&["C-v"]);
        t.wait_for("Review: ILO indicators");

        // Behind the too-small screen, keys change nothing: no outcome is picked.
        t.resize(40, 12);
        t.wait_for("too small");
        t.keys(&["1"]);
        t.keys(&["Enter"]);
        t.resize(w, h);
        let review = t.wait_for("Review: ILO indicators");
        assert!(
            !review.contains("(•)"),
            "an outcome was picked behind the screen:\n{review}"
        );

        // Leave: pause saves the draft, then quit from the queue.
        t.keys(&["C-p"]);
        t.wait_for("IDC-A-1");
        t.keys(&["q"]);
        t.wait_for("TANDEM-EXIT=0");
        drop(t);

        let after: serde_json::Value = scratch
            .tandem()
            .passphrase(PASS)
            .args(["record", "show", &id, "--json"])
            .run()
            .json();
        assert_eq!(
            after["answers"], before["answers"],
            "{w}x{h}: Enter and the keys behind the small screen recorded answers nobody gave"
        );
        assert!(
            after.get("decision").is_none_or(|d| d.is_null()),
            "{after:#}"
        );
        // Stored in the Common Era.
        assert_eq!(after["answers"]["removal-date"], "2026-12-15");
    }
}
