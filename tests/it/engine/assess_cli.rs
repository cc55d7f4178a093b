//! `tandem assess`: the JSON contract, the officer's table, and errors that name the problem,
//! say what to do, never echo an answer value, and exit 2.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::command::{Scratch, Tandem};

const TEST_CHECKLIST: &str = r#"
id = "mini-indicators"
version = 1
title = "Mini indicators"
position = 50

[[sections]]
id = "work"

[[questions]]
id = "work-type"
section = "work"
kind = "single-choice"
choices = ["fishing", "factory"]

[[questions]]
id = "job-differs"
section = "work"
kind = "yes-no"
  [[questions.indicators]]
  dimension = "deceptive-recruitment"
  indicator = "nature-of-job"
  phase = "recruitment"
  strength = { adult-labour = "strong", adult-sexual = "strong", child-labour = "strong", child-sexual = "strong" }

[[questions]]
id = "pay-differs"
section = "work"
kind = "yes-no"
  [[questions.indicators]]
  dimension = "deceptive-recruitment"
  indicator = "wages"
  phase = "recruitment"
  strength = { adult-labour = "strong", adult-sexual = "strong", child-labour = "strong", child-sexual = "strong" }

[[questions]]
id = "long-hours"
section = "work"
kind = "yes-no"
  [[questions.indicators]]
  dimension = "exploitative-conditions"
  indicator = "excessive-hours"
  phase = "destination"
  strength = { adult-labour = "strong", adult-sexual = "strong", child-labour = "strong", child-sexual = "strong" }

[[questions]]
id = "no-pay"
section = "work"
kind = "yes-no"
  [[questions.indicators]]
  dimension = "exploitative-conditions"
  indicator = "no-wages"
  phase = "destination"
  strength = { adult-labour = "strong", adult-sexual = "strong", child-labour = "strong", child-sexual = "strong" }

[[questions]]
id = "at-sea"
section = "work"
kind = "yes-no"
show_if = "work-type == 'fishing'"
  [[questions.indicators]]
  dimension = "coercion-at-destination"
  indicator = "confinement"
  phase = "destination"
  strength = { adult-labour = "strong", adult-sexual = "strong", child-labour = "strong", child-sexual = "strong" }

[[questions]]
id = "threatened"
section = "work"
kind = "yes-no"
  [[questions.indicators]]
  dimension = "coercion-at-destination"
  indicator = "threats"
  phase = "destination"
  strength = { adult-labour = "strong", adult-sexual = "strong", child-labour = "strong", child-sexual = "strong" }

[[questions]]
id = "hours-per-day"
section = "work"
kind = "number"
min = 0
max = 24

[scoring.dimension_rule]
source = "test"
verified = false
alternatives = [
  { strong = 2 },
  { strong = 1, medium_or_weak = 1 },
  { medium = 3 },
  { medium = 2, weak = 1 },
]

[scoring.rules.adult-labour]
source = "test"
verified = false
all_of = [
  ["deceptive-recruitment", "coercive-recruitment", "recruitment-abuse-of-vulnerability"],
  ["exploitative-conditions"],
  ["coercion-at-destination", "abuse-of-vulnerability-at-destination"],
]

[scoring.rules.adult-sexual]
source = "test"
verified = false
all_of = [["deceptive-recruitment"], ["exploitative-conditions"]]

[scoring.rules.child-labour]
source = "test"
verified = false
all_of = [["exploitative-conditions"]]

[scoring.rules.child-sexual]
source = "test"
verified = false
all_of = [["exploitative-conditions"]]
"#;

struct Setup {
    scratch: Scratch,
}

impl Setup {
    fn new() -> Setup {
        let scratch = Scratch::new();
        scratch.write("checklists/mini-indicators.toml", TEST_CHECKLIST);
        Setup { scratch }
    }

    fn checklists(&self) -> PathBuf {
        self.scratch.path("checklists")
    }

    fn answers(&self, text: &str) -> PathBuf {
        self.scratch.write("answers.json", text)
    }

    fn tandem(&self) -> Tandem {
        self.scratch.tandem()
    }

    fn assess(&self, profile: &str, answers: &Path, extra: &[&str]) -> Tandem {
        self.tandem()
            .arg("--checklists")
            .arg(self.checklists())
            .args([
                "assess",
                "--checklist",
                "mini-indicators",
                "--profile",
                profile,
            ])
            .arg("--answers")
            .arg(answers)
            .args(extra)
    }

    fn json(&self, profile: &str, answers: Value) -> Value {
        let path = self.answers(&answers.to_string());
        self.assess(profile, &path, &["--json"])
            .context(&answers)
            .run()
            .json()
    }
}

fn dim(status: &str, strong: u32, fired: &[&str]) -> Value {
    json!({"status": status, "strong": strong, "medium": 0, "weak": 0, "fired": fired})
}

#[test]
fn json_has_the_contracted_shape_for_all_six_dimensions() {
    let s = Setup::new();
    let got = s.json(
        "adult-labour",
        json!({"job-differs": "yes", "pay-differs": "yes", "long-hours": "yes", "no-pay": "unsure",
               "threatened": "yes", "work-type": "fishing", "hours-per-day": 14}),
    );
    let want = json!({
        "profile": "adult-labour",
        "rule": "incomplete",
        "dimensions": {
            "deceptive-recruitment": dim("positive", 2, &["nature-of-job", "wages"]),
            "coercive-recruitment": dim("negative", 0, &[]),
            "recruitment-abuse-of-vulnerability": dim("negative", 0, &[]),
            "exploitative-conditions": dim("incomplete", 1, &["excessive-hours"]),
            "coercion-at-destination": dim("incomplete", 1, &["threats"]),
            "abuse-of-vulnerability-at-destination": dim("negative", 0, &[]),
        }
    });
    assert_eq!(got, want);
}

#[test]
fn rule_outcomes_follow_the_answers() {
    let s = Setup::new();
    // (profile, answers, rule)
    let cases = [
        // at-sea is hidden until the work is fishing, so one open strong indicator is not enough.
        ("adult-labour", json!({}), "not-met"),
        (
            "adult-labour",
            json!({"work-type": "fishing"}),
            "incomplete",
        ),
        (
            "adult-labour",
            json!({"job-differs": "yes", "pay-differs": "yes", "long-hours": "yes", "no-pay": "yes",
                   "work-type": "fishing", "at-sea": "yes", "threatened": "yes"}),
            "met",
        ),
        // Hidden by skip logic: at-sea's yes does not count when the work is not fishing.
        (
            "adult-labour",
            json!({"job-differs": "yes", "pay-differs": "yes", "long-hours": "yes", "no-pay": "yes",
                   "work-type": "factory", "at-sea": "yes", "threatened": "no"}),
            "not-met",
        ),
        (
            "child-labour",
            json!({"job-differs": "no", "long-hours": "yes", "no-pay": "yes"}),
            "met",
        ),
        ("child-labour", json!({"long-hours": "no"}), "not-met"),
        (
            "child-labour",
            json!({"long-hours": "declined"}),
            "incomplete",
        ),
        // null means "not answered".
        (
            "child-labour",
            json!({"long-hours": null, "no-pay": "yes"}),
            "incomplete",
        ),
    ];
    for (profile, answers, rule) in cases {
        let got = s.json(profile, answers.clone());
        assert_eq!(got["rule"], rule, "{profile} {answers}");
        assert_eq!(got["profile"], profile);
    }
}

#[test]
fn table_says_refer_never_victim() {
    let s = Setup::new();
    let path = s.answers(
        &json!({"job-differs": "yes", "pay-differs": "yes", "long-hours": "yes", "no-pay": "yes",
                "work-type": "fishing", "at-sea": "yes", "threatened": "yes"})
        .to_string(),
    );
    let text = s.assess("adult-labour", &path, &[]).run().stdout;
    assert!(text.contains("Indicators present: refer"), "{text}");
    assert!(!text.to_lowercase().contains("victim"), "{text}");
    for d in [
        "Deceptive recruitment",
        "Abuse of vulnerability at destination",
    ] {
        assert!(text.contains(d), "{text}");
    }
    assert!(text.contains("not verified"), "{text}");

    let path = s.answers(r#"{"long-hours": "no"}"#);
    let text = s.assess("child-labour", &path, &[]).run().stdout;
    assert!(text.contains("not present by the rule"), "{text}");
    assert!(!text.contains("present: refer"), "{text}");
}

#[test]
fn bad_input_is_named_with_what_to_do_and_exits_2() {
    let s = Setup::new();
    // (answers file text, profile, expected parts of stderr)
    let cases: [(&str, &str, &[&str]); 7] = [
        (
            r#"{"no-such-question": "yes"}"#,
            "adult-labour",
            &[
                "no question `no-such-question`",
                "checklist show mini-indicators",
            ],
        ),
        (
            r#"{"job-differs": "maybe-SECRET"}"#,
            "adult-labour",
            &["`job-differs`", "\"unsure\" or \"declined\""],
        ),
        (
            r#"{"work-type": "mining-SECRET"}"#,
            "adult-labour",
            &[
                "`work-type` is not one of its choices",
                "Use one of: fishing, factory",
            ],
        ),
        (
            r#"{"hours-per-day": 25}"#,
            "adult-labour",
            &["from 0 to 24"],
        ),
        (
            r#"{"job-differs": "yes""#,
            "adult-labour",
            &["not valid JSON", "line 1"],
        ),
        (r#"["yes"]"#, "adult-labour", &["not a JSON object"]),
        (
            "{}",
            "adult-trafficked",
            &["no profile `adult-trafficked`", "child-sexual"],
        ),
    ];
    for (text, profile, parts) in cases {
        let path = s.answers(text);
        let out = s
            .assess(profile, &path, &["--json"])
            .code(2)
            .context(text)
            .run();
        let err = out.stderr;
        assert!(out.stdout.is_empty(), "{text}");
        for part in parts {
            assert!(err.contains(part), "{text}: {err}");
        }
        assert!(!err.contains("SECRET"), "an answer value leaked: {err}");
    }
}

#[test]
fn unknown_checklist_profile_rule_or_file_exits_2() {
    let s = Setup::new();
    let answers = s.answers("{}");
    let fails = |args: &[&str]| {
        s.tandem()
            .arg("--checklists")
            .arg(s.checklists())
            .arg("assess")
            .args(args)
            .code(2)
            .run()
            .stderr
    };
    let a = answers.to_str().unwrap();
    let err = fails(&[
        "--checklist",
        "nope",
        "--profile",
        "adult-labour",
        "--answers",
        a,
    ]);
    assert!(
        err.contains("no checklist `nope`") && err.contains("mini-indicators"),
        "{err}"
    );

    // An invalid --checklists directory is the user's input too.
    let broken = s.scratch.write("broken/mini-indicators.toml", "id = [");
    let broken = broken.parent().unwrap();
    let err = s
        .tandem()
        .arg("--checklists")
        .arg(broken)
        .args([
            "assess",
            "--checklist",
            "mini-indicators",
            "--profile",
            "adult-labour",
        ])
        .arg("--answers")
        .arg(&answers)
        .code(2)
        .run()
        .stderr;
    assert!(err.contains("mini-indicators.toml:1:"), "{err}");

    let err = s
        .tandem()
        .args(["--officer-lang", "xx", "--checklists"])
        .arg(s.checklists())
        .args([
            "assess",
            "--checklist",
            "mini-indicators",
            "--profile",
            "adult-labour",
        ])
        .arg("--answers")
        .arg(&answers)
        .code(2)
        .run()
        .stderr;
    assert!(
        err.contains("invalid value 'xx' for '--officer-lang") && err.contains("en, th"),
        "{err}"
    );

    let missing = s.scratch.path("missing.json");
    let err = fails(&[
        "--checklist",
        "mini-indicators",
        "--profile",
        "adult-labour",
        "--answers",
        missing.to_str().unwrap(),
    ]);
    assert!(err.contains("Cannot read the answers file"), "{err}");
}

#[test]
fn shipped_checklist_assesses_and_reads_the_gateways_of_the_first_screen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.json");
    let assess = |answers: &str| {
        std::fs::write(&path, answers).unwrap();
        std::process::Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args([
                "assess",
                "--checklist",
                "trafficking-indicators",
                "--profile",
                "adult-labour",
            ])
            .arg("--answers")
            .arg(&path)
            .arg("--json")
            .output()
            .unwrap()
    };
    let out = assess(r#"{"exploitation-type": ["forced-labour"], "promised-differed": ["job"]}"#);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["dimensions"].as_object().unwrap().len(), 6);
    assert_eq!(
        v["dimensions"]["deceptive-recruitment"]["fired"],
        json!(["nature-of-job-location-or-employer"])
    );

    // An answer of another checklist is read: the first-screen gateway answered no closes the
    // detailed question under it, whose answer then counts for nothing.
    let out = assess(r#"{"deceived-about-job": "no", "promised-differed": ["job"]}"#);
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["dimensions"]["deceptive-recruitment"]["fired"], json!([]));
    assert_eq!(
        v["dimensions"]["deceptive-recruitment"]["status"],
        "negative"
    );

    // A question of no checklist: named, exit 2.
    let out = assess(r#"{"no-such-question": "yes"}"#);
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("no question `no-such-question`"), "{err}");
}
