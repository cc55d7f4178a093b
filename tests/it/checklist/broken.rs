//! Broken checklists must fail closed, each with a precise `file:line:col: what; what to do`.
//!
//! `tests/broken/<id>.toml` holds one broken checklist per file; its first lines say what
//! `tandem check` must report, exactly and nothing else:
//!
//! ```toml
//! # expect: 15:15: unknown dimension `deceptive`
//! ```

use std::fs;
use std::path::{Path, PathBuf};

use tandem::checklist::{Catalog, ChecklistError};
use tandem::diagnostic::Diagnostic;

use crate::command::Tandem;
use crate::fixtures::{self, root};

fn broken_fixtures() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join("tests/broken"))
        .expect("tests/broken exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

fn expectations(text: &str) -> Vec<String> {
    text.lines()
        .map_while(|l| l.strip_prefix("# expect: "))
        .map(str::to_owned)
        .collect()
}

/// Loads `files` as a checklist directory of their own; the diagnostics, or a panic if valid.
fn diagnostics_of(dir: &Path) -> Vec<Diagnostic> {
    match Catalog::from_dir(dir) {
        Err(ChecklistError::Invalid(diags)) => diags,
        Err(other) => panic!("expected diagnostics, got: {other}"),
        Ok(_) => panic!("{} loaded although it is broken", dir.display()),
    }
}

#[test]
fn every_broken_fixture_fails_with_exactly_its_expected_diagnostics() {
    let fixtures = broken_fixtures();
    assert!(
        fixtures.len() >= 20,
        "only {} broken fixtures",
        fixtures.len()
    );
    let mut failures = Vec::new();
    for fixture in &fixtures {
        let name = fixture.file_name().expect("file name");
        let text = fs::read_to_string(fixture).expect("fixture readable");
        let expected = expectations(&text);
        assert!(
            !expected.is_empty(),
            "{}: no `# expect:` line",
            fixture.display()
        );

        let dir = tempfile::tempdir().expect("temp dir");
        fs::copy(fixture, dir.path().join(name)).expect("copy fixture");
        let diags = diagnostics_of(dir.path());

        for d in &diags {
            assert_eq!(d.file, dir.path().join(name), "diagnostic names the file");
            assert!(!d.todo.trim().is_empty(), "{d}: says what to do");
        }
        let got: Vec<String> = diags
            .iter()
            .map(|d| format!("{}:{}: {}", d.line, d.col, d.what))
            .collect();
        if got != expected {
            failures.push(format!(
                "{}\n  expected: {expected:#?}\n  got:      {got:#?}",
                fixture.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn check_prints_each_problem_as_file_line_col_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["many-problems.toml", "syntax-error.toml"] {
        fs::copy(
            root().join("tests/broken").join(name),
            dir.path().join(name),
        )
        .expect("copy");
    }
    let stderr = Tandem::new()
        .arg("check")
        .arg("--checklists")
        .arg(dir.path())
        .code(1)
        .run()
        .stderr;
    let many = dir.path().join("many-problems.toml");
    let syntax = dir.path().join("syntax-error.toml");
    for want in [
        format!(
            "{}:9:12: `position` must be an integer, found string; write `position = 1`",
            many.display()
        ),
        format!(
            "{}:20:15: unknown dimension `deceptive`; use one of: deceptive-recruitment,",
            many.display()
        ),
        format!(
            "{}:29:12: show_if names unknown question `q9`;",
            many.display()
        ),
        format!(
            "{}:4:16: TOML syntax error: invalid basic string",
            syntax.display()
        ),
    ] {
        assert!(stderr.contains(&want), "missing {want:?} in:\n{stderr}");
    }
    let located = stderr
        .lines()
        .filter(|l| l.starts_with(&dir.path().display().to_string()))
        .count();
    assert_eq!(
        located, 6,
        "five problems in one file, one in the other:\n{stderr}"
    );
}

#[test]
fn a_syntax_error_in_any_shipped_checklist_fails_naming_file_and_line() {
    let shipped: Vec<PathBuf> = fs::read_dir(root().join("checklists"))
        .expect("checklists/ exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    assert!(!shipped.is_empty(), "no shipped checklists");
    for victim in &shipped {
        let dir = tempfile::tempdir().expect("temp dir");
        for file in &shipped {
            let mut text = fs::read_to_string(file).expect("readable");
            if file == victim {
                // Break line 3 of this file only: a key without a value.
                let mut lines: Vec<&str> = text.lines().collect();
                lines.insert(2, "broken-key =");
                text = lines.join("\n");
            }
            fs::write(dir.path().join(file.file_name().expect("name")), text).expect("write");
        }
        let stderr = Tandem::new()
            .arg("check")
            .arg("--checklists")
            .arg(dir.path())
            .code(1)
            .context(victim.display())
            .run()
            .stderr;
        let at = format!(
            "{}:3:",
            dir.path().join(victim.file_name().expect("name")).display()
        );
        assert!(
            stderr
                .lines()
                .any(|l| l.starts_with(&at) && l.contains("TOML syntax error")),
            "no `{at}` syntax error in:\n{stderr}"
        );
    }
}

/// The fixture set plus one extra file, as sources.
fn fixtures_with(extra_name: &str, extra: &str) -> Vec<(PathBuf, String)> {
    let mut sources = Vec::new();
    for name in ["intake.toml", "screening.toml"] {
        let path = fixtures::checklists().join(name);
        let text = fs::read_to_string(&path).expect("fixture");
        sources.push((PathBuf::from(name), text));
    }
    sources.push((PathBuf::from(extra_name), extra.to_owned()));
    sources
}

#[test]
fn rules_across_files_are_checked_catalog_wide() {
    let extra = r#"id = "extra"
version = 1
title = "Extra"
position = 10

[[sections]]
id = "s"

[[questions]]
id = "debt"
section = "s"
kind = "yes-no"

[[questions]]
id = "name"
section = "s"
kind = "short-text"
fills = "subject.name"
"#;
    let Err(ChecklistError::Invalid(diags)) =
        Catalog::from_sources(fixtures_with("extra.toml", extra))
    else {
        panic!("a repeated question id, position and record field must not load");
    };
    let got: Vec<String> = diags.iter().map(ToString::to_string).collect();
    assert_eq!(
        got,
        vec![
            "extra.toml:4:12: position 10 is also used by checklist `intake`; give each checklist its own position (it sets the interview order)",
            "extra.toml:10:6: duplicate question id `debt` (first used at screening.toml:99); question ids must be unique across all checklists: rename one",
            "extra.toml:18:9: question `alias` already fills `subject.name`; let one question fill each record field",
        ]
    );
}

#[test]
fn a_file_that_is_not_utf8_is_reported_at_its_start() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("latin1.toml"), b"title = \"caf\xe9\"\n").expect("write");
    let diags = diagnostics_of(dir.path());
    assert_eq!(diags.len(), 1);
    assert_eq!((diags[0].line, diags[0].col), (1, 1));
    assert!(diags[0].what.contains("not UTF-8"), "{}", diags[0]);
}

#[test]
fn a_directory_without_checklists_is_an_error_not_an_empty_catalog() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert!(matches!(
        Catalog::from_dir(dir.path()),
        Err(ChecklistError::Empty(_))
    ));
    assert!(matches!(
        Catalog::from_dir(&dir.path().join("missing")),
        Err(ChecklistError::Read { .. })
    ));
    Tandem::new()
        .arg("check")
        .arg("--checklists")
        .arg(dir.path().join("missing"))
        .code(2)
        .context("a missing directory is bad input")
        .run();
}

/// Two-stage rules that span files: a condition may name a question of an earlier checklist
/// (checked against its kind), never one of a later checklist; the first screen comes before
/// the full interview; one first-screen rule; the opening consent first among the questions put
/// to the person.
#[test]
fn stages_and_conditions_across_files_are_checked_catalog_wide() {
    let first = r#"id = "first"
version = 1
title = "First"
position = 1
stage = "first-screen"

[[sections]]
id = "s"

[[questions]]
id = "consent"
section = "s"
kind = "yes-no"
fills = "consent.interview"

[[questions]]
id = "gate"
section = "s"
kind = "yes-no"
gateway = true

[first_screen]
source = "test"
verified = false
reasons = [{ id = "gateway", any = "gateway" }]
"#;
    let full = |show_if: &str| {
        format!(
            r#"id = "full"
version = 1
title = "Full"
position = 2

[[sections]]
id = "s"

[[questions]]
id = "detail"
section = "s"
kind = "yes-no"
show_if = "{show_if}"
"#
        )
    };
    let load = |files: Vec<(&str, String)>| {
        Catalog::from_sources(
            files
                .into_iter()
                .map(|(n, t)| (std::path::PathBuf::from(n), t))
                .collect(),
        )
    };
    // A gateway of an earlier checklist opens a question: valid.
    let ok = load(vec![
        ("first.toml", first.to_owned()),
        ("full.toml", full("not gate == 'no'")),
    ])
    .expect("a show_if may name a question of an earlier checklist");
    let detail = ok.find_question("detail").unwrap().1;
    assert!(detail.show_if.is_some());

    let problems = |files: Vec<(&str, String)>| -> Vec<String> {
        match load(files) {
            Err(ChecklistError::Invalid(d)) => d
                .iter()
                .map(|d| format!("{}:{}:{}: {}", d.file.display(), d.line, d.col, d.what))
                .collect(),
            other => panic!("expected diagnostics, got {other:?}"),
        }
    };
    // An impossible value for the earlier question, located in the later file.
    assert_eq!(
        problems(vec![
            ("first.toml", first.to_owned()),
            ("full.toml", full("gate == 'maybe'")),
        ]),
        ["full.toml:13:20: yes-no question `gate` can never be 'maybe'"]
    );
    // A question of a later checklist is not known to an earlier one.
    let early = first.replace(
        "gateway = true\n",
        "gateway = true\nshow_if = \"detail == 'yes'\"\n",
    );
    assert_eq!(
        problems(vec![
            ("first.toml", early),
            ("full.toml", full("not gate == 'no'")),
        ]),
        ["first.toml:21:12: show_if names unknown question `detail`"]
    );
    // The first screen after the full interview; a second first-screen rule.
    let late = first
        .replace("position = 1", "position = 3")
        .replace("id = \"first\"", "id = \"late\"")
        .replace("id = \"consent\"", "id = \"consent-2\"")
        .replace("id = \"gate\"", "id = \"gate-2\"")
        .replace("fills = \"consent.interview\"\n", "");
    assert_eq!(
        problems(vec![
            ("first.toml", first.to_owned()),
            ("full.toml", full("not gate == 'no'")),
            ("late.toml", late),
        ]),
        [
            "late.toml:1:6: checklist `late` holds a second first-screen rule (the first is in `first`)",
            "late.toml:4:12: first-screen checklist `late` comes after full-interview checklist `full`",
        ]
    );
    // A question put to the person before the opening consent.
    let before = first.replace(
        "[[questions]]\nid = \"consent\"",
        "[[questions]]\nid = \"hurt\"\nsection = \"s\"\nkind = \"yes-no\"\n\n[[questions]]\nid = \"consent\"",
    );
    assert_eq!(
        problems(vec![
            ("first.toml", before),
            ("full.toml", full("not gate == 'no'"))
        ]),
        ["first.toml:11:6: question `hurt` is put to the person before the opening consent"]
    );
}
