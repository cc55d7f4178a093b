//! `referral.json`'s `htcds` object: the standard's names and codes for what the packet may
//! carry, cut per kind of partner by the same sections as the rest of the packet, never free
//! text. (The CLI export of a real record is checked in `referral/cli.rs`.)

use crate::referral::fixture::{check_schema, typical_referral};
use tandem::domain::OrganisationKind as PartnerKind;
use tandem::domain::htcds::Standard;
use tandem::referral::document::{Recipient, ReferralDocument};
use tandem::referral::new_header;
use tandem::referral::policy::KindPolicy;
use tandem::referral::policy::Section;

fn htcds(kind: PartnerKind) -> serde_json::Map<String, serde_json::Value> {
    let header = new_header("IDC Test Unit", jiff::Timestamp::now(), 30);
    let recipient = Recipient {
        name: "Baan Kred Trakarn".into(),
        kind: kind.id().into(),
        fingerprint: format!("sha256:{}", "ab".repeat(32)),
    };
    let doc = ReferralDocument::minimal(&typical_referral(), &header, recipient, kind);
    let json: serde_json::Value = serde_json::from_slice(&doc.to_json()).unwrap();
    check_schema(&json).unwrap_or_else(|e| panic!("{kind}: {e}"));
    json["htcds"].as_object().unwrap().clone()
}

#[test]
fn every_field_and_value_is_the_standards() {
    let std = Standard::get();
    for &kind in PartnerKind::ALL {
        for (field, value) in htcds(kind) {
            assert!(std.check_field(&field).is_ok(), "{kind}: {field}");
            let codes: Vec<String> = match &value {
                serde_json::Value::Array(a) => {
                    a.iter().map(|v| v.as_str().unwrap().to_owned()).collect()
                }
                serde_json::Value::String(s) if std.field(&field).unwrap().kind.is_coded() => {
                    vec![s.clone()]
                }
                _ => vec![],
            };
            for c in codes {
                assert!(std.check_value(&field, &c).is_ok(), "{kind}: {field} = {c}");
            }
        }
    }
}

#[test]
fn the_envelope_always_goes_and_the_rest_only_with_its_section() {
    for &kind in PartnerKind::ALL {
        let h = htcds(kind);
        assert_eq!(h["cas_ReferringOrganisation"], "IDC Test Unit");
        assert_eq!(h["cas_ReferredOrganisation"], "Baan Kred Trakarn");
        assert_eq!(h["cas_ReferringPrimaryCaseWorker"], "Officer Nok / นก");
        assert_eq!(h["prs_PrimaryLanguage"], "mya");
        assert!(h["cas_OutgoingReferralDate"].as_str().unwrap().len() == 10);
        // Free text never leaves as a standard field.
        assert!(!h.contains_key("vic_LocationOfExploitation"), "{kind}");
        assert_eq!(
            h.contains_key("vic_MethodsOfControl"),
            kind.carries(Section::Screening),
            "{kind}"
        );
        assert_eq!(
            h.contains_key("vic_TraffickingStatus"),
            kind.carries(Section::Decision),
            "{kind}"
        );
        assert_eq!(
            h.contains_key("prs_Citizenship"),
            kind.carries(Section::Identity),
            "{kind}"
        );
    }
    let shelter = htcds(PartnerKind::Shelter);
    assert_eq!(
        shelter["vic_MethodsOfControl"],
        serde_json::json!(["DebtBondage", "WithholdsDocuments"])
    );
    assert_eq!(shelter["prs_Citizenship"], serde_json::json!(["MM"]));
    assert_eq!(shelter["prs_Gender"], "Feminine");
    assert_eq!(shelter["con_Consent"], true);
    assert_eq!(
        shelter["vic_TraffickingStatus"],
        "PossibleVictimOfTrafficking"
    );
    // Medical staff get identity and urgent needs, not the screening.
    let medical = htcds(PartnerKind::Medical);
    assert!(!medical.contains_key("vic_TypeOfExploitation"));
}
