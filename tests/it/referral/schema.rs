//! `referral.json` as each kind of partner receives it fits `docs/referral.schema.json`, and
//! the schema's `circumstances` names exactly the fields of `policy::REFERRAL_FIELDS`.
//! (A packet exported by the CLI from a real record is checked in `referral/cli.rs`.)

use super::fixture::{check_schema, typical_referral};
use crate::fixtures::root;
use tandem::domain::OrganisationKind as PartnerKind;
use tandem::referral::document::{Recipient, ReferralDocument};
use tandem::referral::new_header;
use tandem::referral::policy::REFERRAL_FIELDS;

fn document(kind: PartnerKind) -> serde_json::Value {
    let header = new_header("IDC Test Unit", jiff::Timestamp::now(), 30);
    let recipient = Recipient {
        name: "Partner".into(),
        kind: kind.id().into(),
        fingerprint: format!("sha256:{}", "ab".repeat(32)),
    };
    let doc = ReferralDocument::minimal(&typical_referral(), &header, recipient, kind);
    serde_json::from_slice(&doc.to_json()).unwrap()
}

#[test]
fn every_kind_of_referral_fits_the_schema() {
    for &kind in PartnerKind::ALL {
        let doc = document(kind);
        check_schema(&doc).unwrap_or_else(|e| panic!("{kind}: {e}"));
    }
}

/// A change that takes a referral outside the schema.
type Edit = fn(&mut serde_json::Value);

#[test]
fn the_schema_refuses_what_it_does_not_describe() {
    let good = document(PartnerKind::Shelter);
    let edits: [(&str, Edit); 4] = [
        ("unknown circumstances field", |d| {
            d["circumstances"]["custody"]["cell_number"] =
                d["circumstances"]["custody"]["removal_date"].clone();
        }),
        ("old schema version", |d| d["schema"] = 1.into()),
        ("dialect in the header (schema 1)", |d| {
            d["languages"]["dialect"] = "Shan".into()
        }),
        ("bad urgency", |d| d["urgency"] = "soon".into()),
    ];
    for (what, edit) in edits {
        let mut doc = good.clone();
        edit(&mut doc);
        assert!(check_schema(&doc).is_err(), "{what} should not fit");
    }
}

#[test]
fn the_schema_lists_exactly_the_referral_fields() {
    let path = root().join("docs/referral.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let groups = schema["properties"]["circumstances"]["properties"]
        .as_object()
        .unwrap();
    let mut in_schema: Vec<(String, String)> = groups
        .iter()
        .flat_map(|(g, v)| {
            v["properties"]
                .as_object()
                .unwrap()
                .keys()
                .map(move |f| (g.clone(), f.clone()))
        })
        .collect();
    let mut in_table: Vec<(String, String)> = REFERRAL_FIELDS
        .iter()
        .map(|r| (r.group.to_owned(), r.field.to_owned()))
        .collect();
    in_schema.sort();
    in_table.sort();
    assert_eq!(in_schema, in_table);
    // Each field's description names its question and who receives it.
    for r in &REFERRAL_FIELDS {
        let d = groups[r.group]["properties"][r.field]["description"]
            .as_str()
            .unwrap();
        assert!(d.contains(r.question), "{}.{}: {d}", r.group, r.field);
    }
}

#[test]
fn a_clinic_gets_the_removal_date_but_not_the_confiscated_documents() {
    let medical = document(PartnerKind::Medical);
    let c = &medical["circumstances"];
    assert!(c["custody"]["removal_date"].is_object(), "{c}");
    assert!(c["custody"]["charges_linked"].is_null(), "{c}");
    assert!(c["documents"].is_null(), "{c}");
    assert!(
        c["wishes"].is_null(),
        "the person's wish goes to placement partners: {c}"
    );
    let police = document(PartnerKind::Police);
    assert!(police["circumstances"]["wishes"].is_null());
    assert!(police["circumstances"]["documents"]["confiscated_by"].is_object());
    let shelter = document(PartnerKind::Shelter);
    assert_eq!(
        shelter["circumstances"]["communication"]["dialect"]["value"]["officer"],
        "Shan"
    );
    // The officer's stated urgency (urgent) never lowers what the open PEP window demands.
    assert_eq!(shelter["urgency"], "emergency");
}
