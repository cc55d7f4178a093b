//! The review shows all the evidence: a case with twenty and more fired indicators, on the
//! shipped checklists, scrolls at 80x24 and at 60x20 to every one of them, with a "more" marker
//! while some are still out of sight; the urgent needs are there too.

use std::collections::BTreeMap;

use tandem::checklist::model::Kind;
use tandem::interview::record::RecordDocument;
use tandem::tui::action::Action;
use tandem::tui::keymap::KeyCode;

use super::support::{SIZES, code, ctrl, draw, fresh, officer, run, shipped_content};

/// Answers that fire every indicator of an adult labour case: every yes-no indicator question
/// answered yes, every tagged choice picked, through open gateways.
pub(super) fn heavy_case() -> RecordDocument {
    let content = shipped_content();
    let mut answers: BTreeMap<String, serde_json::Value> = BTreeMap::new();
    for (q, v) in [
        ("consent-interview", serde_json::json!("yes")),
        ("age-years", 30.into()),
        ("possible-child", "no".into()),
        ("sex-gender", "female".into()),
        ("sexual-violence", "yes".into()),
        ("exploitation-type", serde_json::json!(["forced-labour"])),
    ] {
        answers.insert(q.into(), v);
    }
    for c in content.checklists() {
        for q in &c.questions {
            if q.gateway {
                answers.insert(q.id.clone(), "yes".into());
            }
            if q.indicators.is_empty() || answers.contains_key(&q.id) {
                continue;
            }
            let value = match &q.kind {
                Kind::YesNo => serde_json::json!("yes"),
                Kind::MultipleChoice { .. } => serde_json::json!(
                    q.indicators
                        .iter()
                        .filter_map(|t| t.choice.clone())
                        .collect::<Vec<_>>()
                ),
                _ => continue,
            };
            answers.insert(q.id.clone(), value);
        }
    }
    serde_json::from_value(serde_json::json!({
        "checklist": "screening",
        "answers": answers,
        "answered": { "sexual-violence-when": { "lang": "my", "at": "2026-11-28T09:00:00Z" } },
        "languages": { "officer": "en", "interviewee": "my" },
        "consent": { "interview": true, "share_with": ["shelter"], "police_contact": false },
    }))
    .unwrap()
}

#[test]
fn a_review_with_many_fired_indicators_scrolls_to_every_one_at_both_sizes() {
    let doc = heavy_case();
    let content = shipped_content();
    // What must be found: each fired indicator's question text, in English (the officer's).
    let assessed = {
        let i = tandem::interview::flow::Interview::new(doc.clone(), content.checklists());
        let scored = content
            .checklists()
            .iter()
            .find(|c| c.scoring.is_some())
            .unwrap();
        tandem::checklist::scoring::assess_in(
            content.checklists(),
            scored,
            i.profile(content.checklists()),
            &i.visible_answers(content.checklists()),
        )
        .unwrap()
    };
    let fired: usize = assessed.dimensions.values().map(|d| d.fired.len()).sum();
    assert!(fired >= 20, "only {fired} indicators fired");

    for (w, h) in SIZES {
        let mut m = fresh(content.clone());
        run(
            &mut m,
            [
                Action::VaultOpened {
                    users: vec![officer()],
                    unit: "IDC Bangkok".into(),
                },
                Action::Unlocked {
                    user: officer(),
                    unit: "IDC Bangkok".into(),
                },
                Action::Cases(vec![]),
                Action::Opened {
                    id: "0123456789abcdef".into(),
                    doc: Box::new(doc.clone()),
                },
            ],
        );
        run(&mut m, [ctrl('r')]);
        let first = draw(&mut m, w, h);
        assert!(first.contains("Review: ILO indicators"), "{first}");
        assert!(
            first.contains("more below"),
            "a marker says there is more:\n{first}"
        );
        // Scroll to the end, keeping every row of the evidence once, in order (a window
        // overlaps the one before it).
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
        let mut seen = first.clone();
        for _ in 0..200 {
            run(&mut m, [code(KeyCode::PageDown)]);
            let frame = draw(&mut m, w, h);
            let next = window(&frame);
            let overlap = (0..=next.len())
                .rev()
                .find(|&k| rows.ends_with(&next[..k]))
                .unwrap_or(0);
            rows.extend(next[overlap..].iter().cloned());
            seen.push_str(&frame);
            if frame.contains("more above") {
                break;
            }
        }
        assert!(seen.contains("more above"), "the end is reached at {w}x{h}");
        let evidence = rows
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // Every fired indicator's question (a yes) or choice (picked), in the officer's words.
        for c in content.checklists() {
            for q in &c.questions {
                for tag in &q.indicators {
                    let Some(d) = assessed.dimensions.get(&tag.dimension) else {
                        continue;
                    };
                    if !d.fired.contains(&tag.indicator) || !doc.answers.contains_key(&q.id) {
                        continue;
                    }
                    let text = match &tag.choice {
                        Some(choice) => {
                            content
                                .choice(tandem::l10n::Lang::En, &c.id, &q.id, choice)
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
                    assert!(
                        evidence.contains(&text),
                        "{w}x{h}: `{text}` not shown\n{evidence}"
                    );
                }
            }
        }
        // Every dimension is there, and the urgent need with its windows.
        for dim in [
            "Deceptive recruitment",
            "Coercive recruitment",
            "Exploitative conditions",
            "Coercion at destination",
        ] {
            assert!(seen.contains(dim), "{dim} at {w}x{h}");
        }
        assert!(
            seen.contains("sexual violence") || seen.contains("Sexual violence"),
            "{seen}"
        );
        assert!(seen.contains("PEP"), "the windows are shown: {seen}");
        // Back up to the top.
        for _ in 0..200 {
            run(&mut m, [code(KeyCode::PageUp)]);
        }
        assert!(draw(&mut m, w, h).contains("more below"));
    }
}
