//! The two stages on the shipped checklists, case by case: every example interview in
//! `tests/cases/` walked question by question the way the interface walks it (always the first
//! question the plan lists, answered from the case), with the limits of issue 10 checked on the
//! path; the plan of `tandem interview plan --json` equal to the engine's for the same record;
//! and the rules of issue 11 (a child by any source, uncertainty never hides urgency, the
//! interpreter's declarations block) on the shipped data.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use jiff::Timestamp;
use serde_json::{Value, json};
use tandem::checklist::Catalog;
use tandem::checklist::model::{AgeGroup, Checklist, Stage};
use tandem::interview::flow::Interview;
use tandem::interview::record::RecordDocument;
use tandem::interview::stage::{self, FirstScreenResult, Plan};
use tandem::interview::urgent;

const AT: &str = "2026-11-28T10:00:00Z";

fn now() -> Timestamp {
    "2026-11-28T12:00:00Z".parse().unwrap()
}

fn catalog() -> Vec<Checklist> {
    Catalog::builtin()
        .expect("the shipped checklists load")
        .checklists()
        .to_vec()
}

fn record(answers: &serde_json::Map<String, Value>) -> RecordDocument {
    let answered: serde_json::Map<String, Value> = answers
        .keys()
        .map(|k| (k.clone(), json!({"lang": "my", "at": AT})))
        .collect();
    serde_json::from_value(json!({
        "checklist": "screening",
        "answers": answers,
        "answered": answered,
    }))
    .unwrap()
}

fn plan_of(answers: &serde_json::Map<String, Value>, c: &[Checklist]) -> Plan {
    let i = Interview::read(record(answers), c).expect("the answers fit the checklists");
    stage::plan(&i, c, now())
}

fn cases() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let v = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            (name, v)
        })
        .collect()
}

/// One question put during the walk: its stage at the time, id, and whether to the person.
#[derive(Debug, Clone)]
struct Asked {
    stage: Stage,
    id: String,
    to_person: bool,
}

/// Walks a case: ask the first question the plan lists; answer it from the case, or, for an
/// optional question the case leaves unanswered, pass it (it was still asked). A required
/// question the case does not answer is a broken case.
fn walk(name: &str, case: &Value, c: &[Checklist]) -> (Vec<Asked>, Plan) {
    let story = case["answers"].as_object().unwrap();
    let mut answers = serde_json::Map::new();
    let mut passed = BTreeSet::new();
    let mut path = Vec::new();
    for _ in 0..400 {
        let p = plan_of(&answers, c);
        let Some(q) = p.questions.iter().find(|q| !passed.contains(&q.question)) else {
            return (path, p);
        };
        path.push(Asked {
            stage: p.stage,
            id: q.question.clone(),
            to_person: q.to_person,
        });
        match story.get(&q.question) {
            Some(v) => {
                answers.insert(q.question.clone(), v.clone());
            }
            None => {
                let required = c
                    .iter()
                    .find_map(|c| c.question(&q.question))
                    .is_some_and(|q| q.required);
                assert!(!required, "{name}: no answer for `{}`", q.question);
                passed.insert(q.question.clone());
            }
        }
    }
    panic!("{name}: the walk does not end");
}

#[test]
fn every_case_walks_both_stages_within_the_limits_of_issue_10() {
    let c = catalog();
    let mut failures = Vec::new();
    for (name, case) in cases() {
        let (path, last) = walk(&name, &case, &c);
        let first: Vec<&Asked> = path
            .iter()
            .filter(|a| a.stage == Stage::FirstScreen)
            .collect();
        let to_person_first = first.iter().filter(|a| a.to_person).count();
        let to_person_all = path.iter().filter(|a| a.to_person).count();
        // At most 25 questions to the person at the first screen.
        if to_person_first > 25 {
            failures.push(format!(
                "{name}: {to_person_first} first-screen questions to the person"
            ));
        }
        // The opening consent is the first question put to the person.
        let opening = path.iter().find(|a| a.to_person).map(|a| a.id.as_str());
        if opening != Some("consent-interview") {
            failures.push(format!(
                "{name}: first question to the person is {opening:?}"
            ));
        }
        // Nothing asked twice, and nothing asked that Tandem knows.
        let mut seen = BTreeSet::new();
        for a in &path {
            if !seen.insert(a.id.clone()) {
                failures.push(format!("{name}: `{}` asked twice", a.id));
            }
        }
        // The first screen comes first; the full interview only after a full-interview result.
        let stages: Vec<Stage> = path.iter().map(|a| a.stage).collect();
        if stages
            .windows(2)
            .any(|w| w[0] == Stage::Full && w[1] == Stage::FirstScreen)
        {
            failures.push(format!(
                "{name}: a first-screen question after the full interview began"
            ));
        }
        let want = case["expect"]["first_screen"].as_str().unwrap();
        if last.result.id() != want {
            failures.push(format!(
                "{name}: first screen {}, expected {want}",
                last.result.id()
            ));
        }
        let went_on = stages.contains(&Stage::Full);
        if went_on != (want == "full-interview") {
            failures.push(format!("{name}: full interview reached: {went_on}"));
        }
        // Every answer of the case was asked for on the path (the case is a real path).
        for id in case["answers"].as_object().unwrap().keys() {
            if !seen.contains(id) {
                failures.push(format!("{name}: `{id}` is answered but never asked"));
            }
        }
        // The flagged adult of issue 10: at most 75 questions to the person over both stages.
        if name == "deceived-factory-worker" && to_person_all > 75 {
            failures.push(format!("{name}: {to_person_all} questions to the person"));
        }
        // What the plan still lists at the end was passed: optional questions only.
        for q in &last.questions {
            let required = c
                .iter()
                .find_map(|c| c.question(&q.question))
                .is_some_and(|q| q.required);
            assert!(!required, "{name}: the walk ended before `{}`", q.question);
        }
    }
    assert!(failures.is_empty(), "\n{}\n", failures.join("\n"));
}

#[test]
fn the_known_facts_are_not_asked() {
    let c = catalog();
    let ids: BTreeSet<&str> = c
        .iter()
        .flat_map(|c| c.questions.iter().map(|q| q.id.as_str()))
        .collect();
    // Unit and date (vault and clock), the person's language (chosen at the start), older age
    // (from the age), the outcome and whether it differs from the rule (the review).
    for known in [
        "setup-unit",
        "setup-date",
        "setup-place",
        "interviewee-language",
        "vul-older",
        "assessment-outcome",
        "assessment-differs",
        "assessment-reason",
    ] {
        assert!(!ids.contains(known), "`{known}` is still asked");
    }
    // The same fact asked once: documents taken, dependants, sexual abuse.
    for (fact, questions) in [
        ("documents taken", vec!["documents-taken"]),
        ("dependants", vec!["has-dependants"]),
        ("sexual violence", vec!["sexual-violence"]),
    ] {
        for q in &questions {
            assert!(ids.contains(q), "{fact}: `{q}` missing");
        }
    }
    for gone in [
        "journey-papers-taken",
        "control-papers-taken",
        "before-family-depends",
        "control-hurt",
        "journey-hurt",
    ] {
        assert!(!ids.contains(gone), "`{gone}` asks a fact asked elsewhere");
    }
}

#[test]
fn the_command_prints_the_engines_plan_for_the_same_record() {
    let c = catalog();
    let dir = tempfile::tempdir().unwrap();
    for (name, case) in cases() {
        let story = case["answers"].as_object().unwrap();
        // The whole record, and the record cut after its first 30 answers (mid first screen or
        // early full interview, depending on the case).
        let cut: serde_json::Map<String, Value> = story
            .iter()
            .take(30)
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for answers in [story.clone(), cut] {
            let path = dir.path().join(format!("{name}.json"));
            std::fs::write(&path, serde_json::to_vec(&record(&answers)).unwrap()).unwrap();
            let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
                .args(["interview", "plan", "--json", "--answers"])
                .arg(&path)
                .env("TANDEM_VAULT", dir.path().join("no-vault"))
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{name}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let got: Value = serde_json::from_slice(&out.stdout).unwrap();
            let p = plan_of(&answers, &c);
            let want = json!({
                "stage": p.stage.id(),
                "questions": p.questions.iter().map(|q| json!({
                    "id": q.question, "checklist": q.checklist, "to_person": q.to_person
                })).collect::<Vec<_>>(),
                "profile": {
                    "age_group": match p.age_group { AgeGroup::Adult => "adult", AgeGroup::Child => "child" },
                    "exploitation": format!("{:?}", p.exploitation).to_lowercase(),
                },
                "result": p.result.id(),
                "reasons": p.reasons,
            });
            assert_eq!(got, want, "{name}");
            let keys: BTreeSet<&str> = got
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            assert_eq!(
                keys,
                BTreeSet::from(["stage", "questions", "profile", "result", "reasons"])
            );
        }
    }
}

fn answers(list: &[(&str, Value)]) -> serde_json::Map<String, Value> {
    list.iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

/// The first screen answered with every question no, adult, no concern: a base to vary.
fn quiet_first_screen() -> Vec<(&'static str, Value)> {
    vec![
        ("case-ref", json!("C-1")),
        ("privacy-overheard", json!("no")),
        ("privacy-screen", json!("yes")),
        ("interpreter-present", json!("no")),
        ("consent-interview", json!("yes")),
        ("interviewer-gender-preference", json!("no-preference")),
        ("age-years", json!(30)),
        ("age-basis", json!("own-statement")),
        ("possible-child", json!("no")),
        ("sex-gender", json!("male")),
        ("injury-illness", json!("no")),
        ("withdrawal", json!("no")),
        ("self-harm-thoughts", json!("no")),
        ("self-harm-acts", json!("no")),
        ("sexual-violence", json!("no")),
        ("threat-in-facility", json!("no")),
        ("threat-to-family", json!("no")),
        ("asks-for-help", json!("no")),
        ("removal-before-screening", json!("no")),
        ("deceived-about-job", json!("no")),
        ("forced-to-go", json!("no")),
        ("work-long-hours", json!("no")),
        ("work-low-pay", json!("no")),
        ("documents-taken", json!("no")),
        ("debt-owed", json!("no")),
        ("kept-from-leaving", json!("no")),
        ("hurt-at-work", json!("no")),
        ("forced-acts", json!("no")),
        ("now-afraid", json!("no")),
        ("officer-concern", json!("no")),
    ]
}

fn with(
    base: Vec<(&'static str, Value)>,
    changes: &[(&'static str, Value)],
) -> serde_json::Map<String, Value> {
    let mut a = answers(&base);
    for (k, v) in changes {
        a.insert((*k).to_owned(), v.clone());
    }
    a
}

#[test]
fn the_first_screen_rule_sends_on_for_each_of_its_reasons_and_only_then() {
    let c = catalog();
    let p = plan_of(&answers(&quiet_first_screen()), &c);
    assert_eq!(p.result, FirstScreenResult::NoIndicators);
    assert_eq!(p.stage, Stage::FirstScreen);
    assert!(p.questions.is_empty(), "nothing more to ask");
    assert_eq!(
        p.reasons,
        [
            "no-gateway",
            "no-urgent",
            "no-possible-child",
            "no-officer-concern"
        ]
    );
    // (change, a reason that must be listed)
    let table: Vec<(Vec<(&'static str, Value)>, &str)> = vec![
        (
            vec![("documents-taken", json!("yes"))],
            "gateway:documents-taken",
        ),
        (vec![("now-afraid", json!("unsure"))], "gateway:now-afraid"),
        (
            vec![("forced-acts", json!("declined"))],
            "gateway:forced-acts",
        ),
        (
            vec![("asks-for-help", json!("yes"))],
            "urgent:asks-for-help",
        ),
        (vec![("age-years", json!(16))], "possible-child"),
        (vec![("age-years", json!(16))], "urgent:possible-child"),
        (
            vec![
                ("officer-concern", json!("yes")),
                ("officer-concern-reason", json!("scripted answers")),
            ],
            "officer-concern",
        ),
    ];
    for (change, reason) in table {
        let p = plan_of(&with(quiet_first_screen(), &change), &c);
        assert_eq!(p.result, FirstScreenResult::FullInterview, "{change:?}");
        assert!(
            p.reasons.iter().any(|r| r == reason),
            "{change:?}: {:?}",
            p.reasons
        );
        if !change.iter().any(|(k, _)| *k == "officer-concern") {
            assert_eq!(p.stage, Stage::Full, "{change:?}");
            assert_eq!(p.questions[0].checklist, "consent", "{change:?}");
        }
    }
    // Questions remain: incomplete, and the reasons name them.
    let mut partial = answers(&quiet_first_screen());
    partial.remove("now-afraid");
    let p = plan_of(&partial, &c);
    assert_eq!(p.result, FirstScreenResult::Incomplete);
    assert_eq!(p.reasons, ["unanswered:now-afraid"]);
    // Still listed: it, and the optional questions passed on the way (dialect, removal date).
    let ids: Vec<&str> = p.questions.iter().map(|q| q.question.as_str()).collect();
    assert_eq!(ids, ["interviewee-dialect", "removal-date", "now-afraid"]);
}

#[test]
fn a_refusal_ends_the_interview() {
    let c = catalog();
    let a = answers(&[
        ("case-ref", json!("C-2")),
        ("privacy-overheard", json!("no")),
        ("privacy-screen", json!("yes")),
        ("interpreter-present", json!("no")),
        ("consent-interview", json!("no")),
    ]);
    let p = plan_of(&a, &c);
    assert_eq!(p.result, FirstScreenResult::Incomplete);
    assert_eq!(p.reasons, ["consent-refused"]);
    assert!(p.questions.is_empty());
}

#[test]
fn a_child_is_a_child_whatever_the_source() {
    let c = catalog();
    // A stated age of 16 with the officer's estimate "no": a child, and the trigger fires.
    let a = with(quiet_first_screen(), &[("age-years", json!(16))]);
    let i = Interview::read(record(&a), &c).unwrap();
    assert_eq!(i.profile(&c).age_group(), AgeGroup::Child);
    let flags = urgent::fired(&i, &c, now());
    assert!(
        flags.iter().any(|f| f.trigger == "possible-child"),
        "{flags:?}"
    );
    let d = i.age_disagreement(&c).expect("16 against the officer's no");
    let groups: BTreeMap<&str, AgeGroup> = d
        .readings
        .iter()
        .map(|r| (r.question.as_str(), r.group))
        .collect();
    assert_eq!(groups["age-years"], AgeGroup::Child);
    assert_eq!(groups["possible-child"], AgeGroup::Adult);
    // The child questions and the guardian's consent show.
    let visible: Vec<String> = i.visible(&c).into_iter().map(|r| r.question).collect();
    for q in [
        "consent-guardian",
        "accompanied-by-relative",
        "child-age-started",
        "vul-child-separated",
    ] {
        assert!(visible.iter().any(|v| v == q), "{q} hidden for a child");
    }
    // A birth date under 18 years before the answers were given, after an adult age.
    let a = with(
        quiet_first_screen(),
        &[
            ("birth-date", json!("2010-03-01")),
            ("consent-research", json!("yes")),
        ],
    );
    let i = Interview::read(record(&a), &c).unwrap();
    assert_eq!(i.profile(&c).age_group(), AgeGroup::Child);
    assert!(i.age_disagreement(&c).is_some());
    assert!(
        urgent::fired(&i, &c, now())
            .iter()
            .any(|f| f.trigger == "possible-child")
    );
    // An adult by every source: no trigger, no disagreement.
    let i = Interview::read(record(&answers(&quiet_first_screen())), &c).unwrap();
    assert_eq!(i.profile(&c).age_group(), AgeGroup::Adult);
    assert!(i.age_disagreement(&c).is_none());
}

#[test]
fn uncertainty_never_hides_urgency() {
    let c = catalog();
    let fired = |changes: &[(&'static str, Value)]| {
        let i = Interview::read(record(&with(quiet_first_screen(), changes)), &c).unwrap();
        urgent::fired(&i, &c, now())
    };
    // Unsure pregnancy raises the trigger.
    let f = fired(&[
        ("sex-gender", json!("female")),
        ("pregnancy", json!("unsure")),
    ]);
    assert!(f.iter().any(|f| f.trigger == "pregnancy"), "{f:?}");
    let f = fired(&[("sex-gender", json!("female")), ("pregnancy", json!([]))]);
    assert!(!f.iter().any(|f| f.trigger == "pregnancy"), "{f:?}");
    // Sexual violence with the time declined or unknown: the windows show, time unknown, open.
    for when in [json!("declined"), json!("unsure")] {
        let f = fired(&[
            ("sexual-violence", json!("yes")),
            ("sexual-violence-when", when.clone()),
        ]);
        let windows: Vec<_> = f.iter().flat_map(|f| &f.windows).collect();
        assert_eq!(windows.len(), 3, "{when}");
        assert!(
            windows
                .iter()
                .all(|w| w.time_unknown && !w.is_closed(now())),
            "{when}"
        );
    }
    // A removal date inside the screening window fires whatever the yes-no says.
    let f = fired(&[
        ("removal-date", json!("2026-11-30")),
        ("removal-before-screening", json!("no")),
    ]);
    assert!(f.iter().any(|f| f.trigger == "removal-scheduled"), "{f:?}");
    let f = fired(&[
        ("removal-date", json!("2027-03-01")),
        ("removal-before-screening", json!("no")),
    ]);
    assert!(!f.iter().any(|f| f.trigger == "removal-scheduled"), "{f:?}");
    // The threat to the family is urgent and an indicator.
    let f = fired(&[("threat-to-family", json!("yes"))]);
    assert!(f.iter().any(|f| f.trigger == "security-threat"), "{f:?}");
}

#[test]
fn a_no_to_the_interpreters_declarations_blocks_until_lifted() {
    let c = catalog();
    let setup = |decl: &str, extra: &[(&str, Value)]| {
        let mut a = answers(&[
            ("case-ref", json!("C-3")),
            ("privacy-overheard", json!("no")),
            ("privacy-screen", json!("yes")),
            ("interpreter-present", json!("yes")),
            ("interpreter-id", json!("INT-1")),
            ("interpreter-language", json!("mya")),
            ("interpreter-gender", json!("female")),
            ("interpreter-affiliation", json!("ngo")),
            ("interpreter-no-conflict", json!(decl)),
            ("interpreter-confidentiality", json!("yes")),
        ]);
        for (k, v) in extra {
            a.insert((*k).to_owned(), v.clone());
        }
        a
    };
    for decl in ["no", "unsure", "declined"] {
        let p = plan_of(&setup(decl, &[]), &c);
        assert_eq!(p.result, FirstScreenResult::Incomplete, "{decl}");
        assert_eq!(p.reasons, ["blocked:interpreter"], "{decl}");
        let ids: Vec<&str> = p.questions.iter().map(|q| q.question.as_str()).collect();
        assert_eq!(
            ids,
            ["interpreter-continue-reason"],
            "{decl}: only the lift is asked"
        );
        let i = Interview::read(record(&setup(decl, &[])), &c).unwrap();
        let block = i.block(&c).expect("blocked");
        assert_eq!(block.by[0].question, "interpreter-no-conflict");
    }
    // The officer records why it goes on: lifted.
    let a = setup(
        "no",
        &[(
            "interpreter-continue-reason",
            json!("removal tomorrow, no other Shan interpreter"),
        )],
    );
    let p = plan_of(&a, &c);
    assert!(
        !p.reasons.iter().any(|r| r.starts_with("blocked")),
        "{:?}",
        p.reasons
    );
    assert!(
        p.questions
            .iter()
            .any(|q| q.question == "consent-interview")
    );
    // Another interpreter recorded (the declarations answered yes again): lifted.
    let p = plan_of(&setup("yes", &[]), &c);
    assert!(!p.reasons.iter().any(|r| r.starts_with("blocked")));
}

#[test]
fn the_irregular_migrant_is_not_met_for_every_profile() {
    let case = cases()
        .into_iter()
        .find(|(n, _)| n == "irregular-migrant-hard-migration")
        .unwrap()
        .1;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.json");
    std::fs::write(&path, serde_json::to_vec(&case["answers"]).unwrap()).unwrap();
    for profile in [
        "adult-labour",
        "adult-sexual",
        "child-labour",
        "child-sexual",
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args([
                "assess",
                "--checklist",
                "trafficking-indicators",
                "--profile",
                profile,
                "--json",
            ])
            .arg("--answers")
            .arg(&path)
            .env("TANDEM_VAULT", dir.path().join("no-vault"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["rule"], "not-met", "{profile}: {v}");
    }
}
