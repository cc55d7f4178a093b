//! Every shipped tag names a field of HTCDS 2.0 and every mapped value is in its picklist, read
//! here straight from `standards/htcds-2.0.toml` (not through the loader that enforces it), and
//! `tandem check` refuses a wrong tag in the shipped files with file and line.

use std::collections::BTreeMap;

use crate::command::{Scratch, Tandem};
use crate::fixtures::root;

/// The standard's fields as the data file writes them: name to (status, type, values).
fn standard() -> BTreeMap<String, (String, String, Vec<String>, Option<String>)> {
    let text = std::fs::read_to_string(root().join("standards/htcds-2.0.toml")).unwrap();
    let doc: toml::Table = toml::from_str(&text).unwrap();
    doc["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let s = |k: &str| f.get(k).and_then(|v| v.as_str()).map(str::to_owned);
            let values = f
                .get("values")
                .and_then(|v| v.as_array())
                .map(|a| a.iter().map(|v| v.as_str().unwrap().to_owned()).collect())
                .unwrap_or_default();
            (
                s("name").unwrap(),
                (s("status").unwrap(), s("type").unwrap(), values, s("codes")),
            )
        })
        .collect()
}

#[test]
fn the_data_file_is_the_standard() {
    let std = standard();
    // HTCDS.md: 67 fields in the five prefixes Tandem maps to; the spreadsheet has more.
    for prefix in ["cas_", "con_", "org_", "per_", "prs_", "vic_"] {
        assert!(std.keys().any(|k| k.starts_with(prefix)), "{prefix}");
    }
    assert!(!std.contains_key("prs_Nationality"));
    assert_eq!(std["vic_Vulnerabilities"].0, "deprecated");
    assert_eq!(std["vic_MethodsOfControl"].1, "multiselect");
    assert_eq!(std["vic_TypeOfExploitation"].2.len(), 11);
    assert_eq!(
        std["prs_Citizenship"].3.as_deref(),
        Some("iso-3166-1-alpha-2")
    );
    assert!(
        std["vic_RelationshipToTrafficker"]
            .2
            .contains(&"Unaquainted".to_owned())
    );
}

#[test]
fn every_shipped_tag_names_a_live_field_and_every_value_is_in_its_list() {
    let std = standard();
    let countries: Vec<String> = {
        let text = std::fs::read_to_string(root().join("standards/htcds-2.0.toml")).unwrap();
        let doc: toml::Table = toml::from_str(&text).unwrap();
        doc["codes"]["iso-3166-1-alpha-2"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    };
    let mut tags = 0;
    let mut values = 0;
    for entry in std::fs::read_dir(root().join("checklists")).unwrap() {
        let path = entry.unwrap().path();
        let doc: toml::Table = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for q in doc["questions"].as_array().unwrap() {
            let Some(field) = q.get("htcds").and_then(|v| v.as_str()) else {
                assert!(
                    q.get("htcds_values").is_none(),
                    "{path:?}: values with no field"
                );
                continue;
            };
            tags += 1;
            let (status, _, picklist, codes) = std
                .get(field)
                .unwrap_or_else(|| panic!("{path:?}: `{field}` is not in HTCDS 2.0"));
            assert_eq!(status, "draft", "{path:?}: `{field}` is deprecated");
            let Some(map) = q.get("htcds_values").and_then(|v| v.as_table()) else {
                continue;
            };
            for (choice, v) in map {
                let list: Vec<&str> = match v {
                    toml::Value::String(s) => vec![s.as_str()],
                    toml::Value::Array(a) => a.iter().map(|x| x.as_str().unwrap()).collect(),
                    other => panic!("{path:?}: {choice} = {other}"),
                };
                for code in list {
                    values += 1;
                    let ok = match codes.as_deref() {
                        Some("iso-3166-1-alpha-2") => countries.iter().any(|c| c == code),
                        _ if field == "con_Consent" => code == "TRUE" || code == "FALSE",
                        _ => picklist.iter().any(|p| p == code),
                    };
                    assert!(ok, "{path:?}: `{code}` is not a value of `{field}`");
                }
            }
        }
    }
    assert!(tags >= 15 && values >= 40, "{tags} tags, {values} values");
}

#[test]
fn methods_of_control_are_mapped_from_the_indicator_questions() {
    let catalog = tandem::checklist::Catalog::builtin().unwrap();
    let mut mapped: Vec<String> = catalog
        .checklists()
        .iter()
        .flat_map(|c| &c.questions)
        .filter(|q| q.htcds.as_deref() == Some("vic_MethodsOfControl"))
        .flat_map(|q| q.htcds_values.values().flatten().cloned())
        .collect();
    mapped.sort();
    mapped.dedup();
    for v in [
        "DebtBondage",
        "ExcessiveWorkingHours",
        "FalsePromises",
        "PhysicalAbuse",
        "PhysicalThreats",
        "PsychologicalAbuse",
        "TakesEarnings",
        "ThreatensChildrenFamily",
        "ThreatsLawEnforcement",
        "WithholdsDocuments",
    ] {
        assert!(mapped.iter().any(|m| m == v), "{v} in {mapped:?}");
    }
    // The outcome is not the case lifecycle, and consent is one field on one question.
    let tagged = |field: &str| {
        catalog
            .checklists()
            .iter()
            .flat_map(|c| &c.questions)
            .filter(|q| q.htcds.as_deref() == Some(field))
            .count()
    };
    assert_eq!(tagged("cas_Status"), 0);
    assert_eq!(tagged("con_Consent"), 1);
    assert_eq!(tagged("vic_MethodOfRecruitment"), 0);
}

#[test]
fn check_refuses_a_field_that_is_not_in_the_standard_with_file_and_line() {
    let s = Scratch::new();
    let dir = s.path("checklists");
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(root().join("checklists")).unwrap() {
        let path = entry.unwrap().path();
        let mut text = std::fs::read_to_string(&path).unwrap();
        if path.ends_with("profile.toml") {
            text = text.replacen(
                "htcds = \"prs_Citizenship\"",
                "htcds = \"prs_Nationality\"",
                1,
            );
        }
        std::fs::write(dir.join(path.file_name().unwrap()), text).unwrap();
    }
    let line = std::fs::read_to_string(dir.join("profile.toml"))
        .unwrap()
        .lines()
        .position(|l| l.contains("prs_Nationality"))
        .unwrap()
        + 1;
    let ran = Tandem::new()
        .arg("check")
        .arg("--checklists")
        .arg(&dir)
        .code(1)
        .run();
    let want = format!("profile.toml:{line}:9: `prs_Nationality` is not a field of HTCDS 2.0");
    assert!(ran.stderr.contains(&want), "{}", ran.stderr);
}
