//! The catalog as others use it: the fixture set in `tests/fixtures/checklists` read into the
//! model with every field and default as the format doc says, the shipped set valid, and the
//! `check` / `checklist list|show` commands.

use std::collections::BTreeMap;
use std::path::PathBuf;

use proptest::prelude::*;
use serde_json::Value;
use tandem::checklist::model::{
    AgeGroup, Comparison, Condition, Dimension, Exploitation, Kind, Literal, Phase, Profile,
    ProfileSetting, Strength, Subject,
};
use tandem::checklist::{Catalog, ChecklistError};

use crate::command::Tandem;
use crate::fixtures::{self, root};

fn fixtures() -> Catalog {
    Catalog::from_dir(&fixtures::checklists()).expect("the fixture checklists are valid")
}

#[test]
fn checklists_come_in_interview_order() {
    let catalog = fixtures();
    let ids: Vec<&str> = catalog.checklists().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["intake", "screening"]);
    assert_eq!(catalog.get("screening").map(|c| c.version), Some(2));
    assert!(catalog.get("nope").is_none());
}

#[test]
fn questions_are_found_across_the_catalog() {
    let catalog = fixtures();
    let (c, q) = catalog.find_question("debt").expect("debt exists");
    assert_eq!(
        (c.id.as_str(), q.section.as_str()),
        ("screening", "control")
    );
    let (c, _) = catalog.find_question("under-18").expect("under-18 exists");
    assert_eq!(c.id, "intake");
    assert!(catalog.find_question("ghost").is_none());
}

#[test]
fn kinds_and_defaults_are_read_as_documented() {
    let catalog = fixtures();
    let q = |id: &str| catalog.find_question(id).expect(id).1.clone();

    assert_eq!(q("deceived-job").kind, Kind::YesNo);
    assert!(q("deceived-job").required, "required defaults to true");
    assert!(!q("deceived-job").sensitive, "sensitive defaults to false");
    assert!(q("locked-in").sensitive);
    assert!(!q("alias").required);
    assert_eq!(q("alias").kind, Kind::ShortText { max_chars: 80 });
    assert_eq!(
        q("work-months").kind,
        Kind::Number {
            min: 0,
            max: 600,
            unit: Some("months".into())
        }
    );
    assert_eq!(q("sexual-violence-when").kind, Kind::TimeSince);
    assert_eq!(
        q("share-with").kind,
        Kind::MultipleChoice {
            choices: vec!["shelter".into(), "medical".into(), "legal-aid".into()]
        }
    );
    assert_eq!(q("share-with").fills.as_deref(), Some("consent.share-with"));
    assert_eq!(
        q("exploitation-type").htcds.as_deref(),
        Some("vic_TypeOfExploitation")
    );
}

#[test]
fn conditions_keep_their_source_and_parse() {
    let catalog = fixtures();
    let q = |id: &str| catalog.find_question(id).expect(id).1.clone();
    let debt_grew = q("debt-grew");
    assert_eq!(debt_grew.show_if_source.as_deref(), Some("debt == 'yes'"));
    assert_eq!(
        debt_grew.show_if,
        Some(Condition::Compare {
            subject: Subject::Question("debt".into()),
            cmp: Comparison::Eq,
            value: Literal::Text("yes".into()),
        })
    );
    assert!(q("debt").show_if.is_none());
    let urgent = q("pregnancy-weeks").urgent.expect("urgent tag");
    assert_eq!(urgent.trigger, "pregnancy");
    assert_eq!(
        urgent.fires_if_source.as_deref(),
        Some("pregnancy-weeks > 0")
    );
    assert!(urgent.fires_if.is_some());
}

#[test]
fn indicator_tags_carry_dimension_phase_and_strength_per_profile() {
    let catalog = fixtures();
    let (_, q) = catalog.find_question("excessive-hours").expect("exists");
    assert_eq!(q.indicators.len(), 1);
    let tag = &q.indicators[0];
    assert_eq!(tag.dimension, Dimension::ExploitativeConditions);
    assert_eq!(tag.indicator, "excessive-working-hours");
    assert_eq!(tag.phase, Phase::Destination);
    let want: BTreeMap<Profile, Strength> = [
        (Profile::AdultLabour, Strength::Strong),
        (Profile::ChildLabour, Strength::Strong),
    ]
    .into();
    assert_eq!(tag.strength, want, "profiles left out do not count");

    let screening = catalog.get("screening").expect("exists");
    let dims: std::collections::BTreeSet<Dimension> = screening
        .questions
        .iter()
        .flat_map(|q| q.indicators.iter().map(|t| t.dimension))
        .collect();
    assert_eq!(dims.len(), 3, "the fixture covers three dimensions");
    let scoring = screening.scoring.as_ref().expect("scoring rule");
    assert_eq!(scoring.dimension_rule.alternatives.len(), 4);
    assert_eq!(scoring.dimension_rule.alternatives[1].medium_or_weak, 1);
    assert_eq!(scoring.rules.len(), 4);
    assert_eq!(
        scoring.rules[&Profile::ChildLabour].all_of,
        vec![vec![Dimension::ExploitativeConditions]]
    );
    assert!(!scoring.rules[&Profile::AdultLabour].verified);
}

#[test]
fn profile_settings_and_urgent_windows_are_read() {
    let catalog = fixtures();
    let (_, under18) = catalog.find_question("under-18").expect("exists");
    match &under18.sets_profile {
        Some(ProfileSetting::AgeGroup { map }) => {
            assert_eq!(map.get("yes"), Some(&AgeGroup::Child));
            assert_eq!(map.get("no"), Some(&AgeGroup::Adult));
            assert_eq!(map.get("unsure"), None, "unmapped answers leave it unknown");
        }
        other => panic!("age-group setting expected, got {other:?}"),
    }
    let (_, kind) = catalog.find_question("exploitation-type").expect("exists");
    match &kind.sets_profile {
        Some(ProfileSetting::Exploitation { map }) => {
            assert_eq!(map.get("sexual"), Some(&Exploitation::Sexual));
            assert_eq!(map.get("fishing"), Some(&Exploitation::Labour));
        }
        other => panic!("exploitation setting expected, got {other:?}"),
    }
    let (_, when) = catalog
        .find_question("sexual-violence-when")
        .expect("exists");
    let windows: Vec<(&str, u32)> = when
        .urgent
        .as_ref()
        .expect("urgent")
        .windows
        .iter()
        .map(|w| (w.id.as_str(), w.hours))
        .collect();
    assert_eq!(
        windows,
        [
            ("pep", 72),
            ("emergency-contraception", 120),
            ("hepatitis-b", 90 * 24)
        ]
    );
}

#[test]
fn the_shipped_checklists_are_valid() {
    match Catalog::builtin() {
        Ok(c) => assert!(!c.checklists().is_empty()),
        Err(e) => panic!("{e}"),
    }
    // Built-in files display as `checklists/<file>.toml`.
    let Err(ChecklistError::Invalid(diags)) = Catalog::from_sources(vec![(
        PathBuf::from("checklists/x.toml"),
        "id = \"x\"\nversion = 0\n".into(),
    )]) else {
        panic!("invalid source loaded");
    };
    assert_eq!(
        diags[0].to_string().split(':').next(),
        Some("checklists/x.toml")
    );
}

#[test]
fn check_passes_on_the_fixtures_and_the_shipped_data() {
    Tandem::new()
        .arg("check")
        .arg("--checklists")
        .arg(fixtures::checklists())
        .arg("--locales")
        .arg(root().join("tests/fixtures/locales"))
        .run();
    Tandem::new().arg("check").run();
}

#[test]
fn checklist_list_starts_each_line_with_an_id() {
    let stdout = Tandem::new()
        .args(["checklist", "list", "--checklists"])
        .arg(fixtures::checklists())
        .run()
        .stdout;
    let lines: Vec<Vec<&str>> = stdout
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(
        lines,
        [vec!["intake", "Intake"], vec!["screening", "Screening"]]
    );
}

#[test]
fn checklist_show_json_has_the_promised_shape() {
    let v: Value = Tandem::new()
        .args(["checklist", "show", "screening", "--json", "--checklists"])
        .arg(fixtures::checklists())
        .run()
        .json();
    assert_eq!(v["id"], "screening");
    assert_eq!(v["version"], 2);
    let questions = v["questions"].as_array().expect("questions");
    assert_eq!(questions.len(), 14);
    let q = |id: &str| {
        questions
            .iter()
            .find(|q| q["id"] == id)
            .unwrap_or_else(|| panic!("{id} in JSON"))
    };
    assert_eq!(q("deceived-job")["kind"], "yes-no");
    assert_eq!(q("deceived-job")["section"], "work");
    assert_eq!(q("deceived-job")["show_if"], Value::Null);
    assert_eq!(q("debt-grew")["show_if"], "debt == 'yes'");
    assert_eq!(
        q("excessive-hours")["indicators"],
        serde_json::json!([{
            "dimension": "exploitative-conditions",
            "indicator": "excessive-working-hours",
            "phase": "destination",
            "strength": { "adult-labour": "strong", "child-labour": "strong" }
        }])
    );
    assert_eq!(q("work-months")["min"], 0);
    assert_eq!(q("exploitation-type")["choices"][0], "fishing");
}

#[test]
fn checklist_show_outlines_sections_and_tags() {
    let stdout = Tandem::new()
        .args(["checklist", "show", "screening", "--checklists"])
        .arg(fixtures::checklists())
        .run()
        .stdout;
    for want in [
        "screening (version 2, position 20): Screening",
        "  section control",
        "    debt-grew  yes-no",
        "      show if: debt == 'yes'",
        "      indicator coercion-at-destination/debt-bondage (destination): adult-labour strong,",
        "      urgent: sexual-violence; pep window 72 h; emergency-contraception window 120 h; hepatitis-b window 2160 h",
    ] {
        assert!(stdout.contains(want), "missing {want:?} in:\n{stdout}");
    }
}

#[test]
fn an_unknown_checklist_is_bad_input() {
    let stderr = Tandem::new()
        .args(["checklist", "show", "nope", "--checklists"])
        .arg(fixtures::checklists())
        .code(2)
        .run()
        .stderr;
    assert!(stderr.contains("no checklist `nope`"), "{stderr}");
    assert!(
        stderr.contains("tandem checklist list"),
        "says what to do: {stderr}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever line is inserted into a valid checklist, loading never panics, and a failure
    /// always names a line of the file.
    #[test]
    fn any_edit_fails_closed_with_a_located_diagnostic(
        at in 0usize..60,
        line in "[a-z_\\[\\]=\" {}'.,0-9-]{0,40}",
    ) {
        let path = fixtures::checklists().join("screening.toml");
        let text = std::fs::read_to_string(&path).expect("fixture");
        let mut lines: Vec<&str> = text.lines().collect();
        let at = at.min(lines.len());
        lines.insert(at, &line);
        let edited = lines.join("\n");
        let total = edited.lines().count().max(1);
        if let Err(ChecklistError::Invalid(diags)) =
            Catalog::from_sources(vec![(PathBuf::from("screening.toml"), edited)])
        {
            prop_assert!(!diags.is_empty());
            for d in diags {
                prop_assert!(d.line >= 1 && d.line <= total + 1, "{}", d);
                prop_assert!(!d.what.is_empty() && !d.todo.is_empty(), "{}", d);
            }
        }
    }
}
