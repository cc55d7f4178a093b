//! docs/record.schema.json stays in step with `interview::record::RecordDocument`: the same fields
//! at every level, the same status and organisation kinds.

use std::collections::BTreeSet;

use serde_json::Value;
use tandem::checklist::model::ORGANISATION_KINDS;
use tandem::domain::RecordStatus as Status;
use tandem::interview::record::{RecordDocument, parse_document};

use crate::fixtures::root;

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap()
}

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

#[test]
fn the_schema_names_exactly_the_document_fields() {
    let schema: Value = serde_json::from_str(&read("docs/record.schema.json")).unwrap();
    let mut full: Value = serde_json::from_str(&read("tests/data/frozen-record.json")).unwrap();
    full["stopped"] = serde_json::json!({"reason": "distress", "detail": "asked for a break", "at": "2026-01-01T00:00:00Z"});
    full["queue"] = serde_json::json!({"urgent": ["pregnancy"], "removal": "2026-12-05"});
    full["exports"] = serde_json::json!([{"packet_id": "p", "partner": "Shelter", "kind": "shelter",
        "at": "2026-01-02T00:00:00Z", "child_protection_override": "no guardian reachable"}]);
    let doc: RecordDocument = parse_document(&full.to_string()).unwrap();
    let written = serde_json::to_value(&doc).unwrap();

    let props = &schema["properties"];
    assert_eq!(keys(&written), keys(props), "top-level fields");
    assert_eq!(
        keys(&written["exports"][0]),
        keys(&props["exports"]["items"]["properties"]),
        "exports"
    );
    for nested in [
        "subject",
        "consent",
        "languages",
        "decision",
        "stopped",
        "queue",
    ] {
        assert_eq!(
            keys(&written[nested]),
            keys(&props[nested]["properties"]),
            "{nested}"
        );
    }
    assert_eq!(schema["required"], serde_json::json!(["checklist"]));

    let statuses: Vec<&str> = [
        Status::Draft,
        Status::Stopped,
        Status::AwaitingReview,
        Status::Referred,
        Status::Closed,
    ]
    .iter()
    .map(|s| s.id())
    .collect();
    assert_eq!(props["status"]["enum"], serde_json::json!(statuses));
    assert_eq!(
        props["consent"]["properties"]["share_with"]["items"]["enum"],
        serde_json::json!(ORGANISATION_KINDS)
    );
}
