//! A typical referral and fresh keys, shared by the referral tests and the benchmark.
#![allow(dead_code)]

use tandem::domain::{OrganisationKind as PartnerKind, Outcome, UrgentTrigger};
use tandem::interview::htcds::{FieldValue, HtcdsFacts};
use tandem::referral::document::{
    AgeDetails, Bilingual, Circumstances, ConsentSection, DecisionSection, DimensionResult, Field,
    FiredIndicator, IdentitySection, Languages, ScreeningSection, Urgency, UrgentNeed,
    UrgentWindow,
};
use tandem::referral::{PartnerRef, Referral};

fn codes(c: &[&str]) -> FieldValue {
    FieldValue::Codes(c.iter().map(|s| (*s).to_owned()).collect())
}

pub fn bi(officer: &str, person: &str, unreviewed: bool) -> Bilingual {
    Bilingual {
        officer: officer.into(),
        person: Some(person.into()),
        unreviewed,
    }
}

/// A referral as a screening unit would send it: Burmese-speaking woman, open PEP window,
/// indicators in three dimensions. Texts in all six scripts (en, th, my, km, lo, vi).
pub fn typical_referral() -> Referral {
    Referral {
        officer: "Supervisor Somchai / สมชาย".into(),
        interviewing_officer: Some("Officer Nok / นก".into()),
        languages: Languages {
            officer: "en".into(),
            person: "my".into(),
        },
        consent: ConsentSection {
            interview: true,
            share_with: vec![PartnerKind::Shelter, PartnerKind::Medical, PartnerKind::Ngo],
            police_contact: false,
            guardian_consent: false,
            basis: "person".into(),
            override_reason: None,
            restrictions: Some("Do not contact the employer <Mr. X> & family".into()),
        },
        identity: IdentitySection {
            name: Some("Aye Aye Mya / အေးအေးမြ".into()),
            case_ref: Some("IDC-2026-0142".into()),
            age_group: "adult".into(),
            age: Some(AgeDetails {
                years: Some(27),
                band: Some("27-29".into()),
                basis: Some("own-statement".into()),
                estimated: true,
                profile: "adult-labour".into(),
                group_from: vec!["age-years".into(), "possible-child".into()],
                sources_disagree: false,
            }),
            details: vec![
                Field {
                    id: "prs_Gender".into(),
                    label: bi("Gender", "ကျား၊မ", false),
                    value: bi("Female", "မ", false),
                },
                Field {
                    id: "prs_Citizenship".into(),
                    label: bi("Citizenship", "နိုင်ငံသား", true),
                    value: Bilingual::officer_only("MM"),
                },
                Field {
                    id: "prs_Languages".into(),
                    label: bi("Also speaks", "ភាសាខ្មែរ", true),
                    value: bi(
                        "Khmer, Lao, Vietnamese",
                        "ພາສາລາວ · Tiếng Việt có dấu",
                        true,
                    ),
                },
            ],
        },
        urgent_needs: vec![
            UrgentNeed {
                trigger: UrgentTrigger::SexualViolence,
                label: bi("Sexual violence: medical care needed", "ลิ่งဖျော်ဖြေ", true),
                details: vec![Field {
                    id: "sexual-violence-when".into(),
                    label: bi("How long ago?", "ဘယ်လောက်ကြာပြီလဲ", true),
                    value: Bilingual::officer_only("30 hours"),
                }],
                windows: vec![
                    UrgentWindow {
                        id: "pep".into(),
                        label: bi("HIV post-exposure prophylaxis", "ဆေး", true),
                        hours: 72,
                        open_until: Some("2099-01-01T00:00:00Z".into()),
                        open: true,
                    },
                    UrgentWindow {
                        id: "emergency-contraception".into(),
                        label: Bilingual::officer_only("Emergency contraception"),
                        hours: 120,
                        open_until: Some("2099-01-03T00:00:00Z".into()),
                        open: true,
                    },
                ],
            },
            UrgentNeed {
                trigger: UrgentTrigger::RemovalScheduled,
                details: vec![],
                label: bi(
                    "Removal scheduled before screening ends",
                    "กำหนดส่งกลับ",
                    false,
                ),
                windows: vec![],
            },
        ],
        screening: Some(ScreeningSection {
            profile: "adult-labour".into(),
            result: "indicators-present".into(),
            rule_verified: false,
            dimensions: vec![
                DimensionResult {
                    id: "deceptive-recruitment".into(),
                    label: bi("Deceptive recruitment", "การหลอกลวง", false),
                    status: "positive".into(),
                    indicators: vec![FiredIndicator {
                        id: "nature-of-job".into(),
                        strength: "strong".into(),
                        question: bi(
                            "Was the work different from what you were promised?",
                            "ကတိပေးထားတဲ့ အလုပ်နဲ့ မတူဘူးလား။",
                            true,
                        ),
                    }],
                },
                DimensionResult {
                    id: "exploitative-conditions".into(),
                    label: bi("Exploitative conditions", "ສະພາບການເຮັດວຽກ", true),
                    status: "positive".into(),
                    indicators: vec![FiredIndicator {
                        id: "excessive-hours".into(),
                        strength: "strong".into(),
                        question: bi("Did you work very long days?", "តើអ្នកធ្វើការយូរម៉ោងពេកទេ?", true),
                    }],
                },
                DimensionResult {
                    id: "coercion-at-destination".into(),
                    label: bi("Coercion at destination", "Cưỡng ép tại nơi đến", true),
                    status: "incomplete".into(),
                    indicators: vec![],
                },
            ],
        }),
        decision: Some(DecisionSection {
            outcome: Outcome::ReferPresumedVictim,
            label: bi(
                "Refer: indicators present",
                "လွှဲပြောင်းရန်: ညွှန်ပြချက်များ ရှိသည်",
                true,
            ),
        }),
        circumstances: circumstances(),
        assessed_urgency: Some(Urgency::Urgent),
        htcds: HtcdsFacts {
            fields: [
                (
                    "prs_FirstName",
                    FieldValue::Text("Aye Aye Mya / အေးအေးမြ".into()),
                ),
                ("prs_Gender", codes(&["Feminine"])),
                ("prs_Citizenship", codes(&["MM"])),
                ("prs_PrimaryLanguage", codes(&["mya"])),
                ("con_Consent", codes(&["TRUE"])),
                ("vic_TypeOfExploitation", codes(&["ForcedLabour"])),
                (
                    "vic_ForcedLabourIndustry",
                    codes(&["A_AgricultureForestryAndFishing"]),
                ),
                (
                    "vic_MethodsOfControl",
                    codes(&["DebtBondage", "WithholdsDocuments"]),
                ),
                (
                    "vic_TraffickingStatus",
                    codes(&["PossibleVictimOfTrafficking"]),
                ),
                // Free text the policy never lets out.
                (
                    "vic_LocationOfExploitation",
                    FieldValue::Text("Boat 7, Pattani".into()),
                ),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
        },
    }
}

fn field(id: &str, label: Bilingual, value: Bilingual) -> Field {
    Field {
        id: id.into(),
        label,
        value,
    }
}

/// One field of every group, keyed as in `assemble::REFERRAL_FIELDS`.
fn circumstances() -> Circumstances {
    let mut c = Circumstances::new();
    let mut put = |group: &str, name: &str, f: Field| {
        c.entry(group.into()).or_default().insert(name.into(), f);
    };
    put(
        "communication",
        "dialect",
        field(
            "interviewee-dialect",
            Bilingual::officer_only("Dialect"),
            Bilingual::officer_only("Shan"),
        ),
    );
    put(
        "communication",
        "interviewer_gender",
        field(
            "interviewer-gender-preference",
            bi("Interviewer preferred", "ကြိုက်နှစ်သက်သူ", true),
            bi("Female", "မ", true),
        ),
    );
    put(
        "documents",
        "confiscated_by",
        field(
            "documents-taken-by",
            Bilingual::officer_only("Who holds your documents?"),
            Bilingual::officer_only("Boat captain"),
        ),
    );
    put(
        "custody",
        "removal_date",
        field(
            "removal-date",
            Bilingual::officer_only("Scheduled removal"),
            Bilingual::officer_only("2099-02-01"),
        ),
    );
    put(
        "custody",
        "charges_linked",
        field(
            "charges-linked",
            Bilingual::officer_only("Charged with an offence linked to the exploitation?"),
            Bilingual::officer_only("Yes"),
        ),
    );
    put(
        "wishes",
        "wish",
        field(
            "vul-wish",
            Bilingual::officer_only("What would you like to happen next?"),
            Bilingual::officer_only("Go to a shelter"),
        ),
    );
    put(
        "services",
        "requested",
        field(
            "assessment-services",
            Bilingual::officer_only("Services requested"),
            Bilingual::officer_only("Shelter, Medical"),
        ),
    );
    c
}

pub struct Keys {
    pub unit: minisign::KeyPair,
    pub partner: age::x25519::Identity,
}

pub fn keys() -> Keys {
    Keys {
        unit: minisign::KeyPair::generate_unencrypted_keypair().unwrap(),
        partner: age::x25519::Identity::generate(),
    }
}

/// An age identity file as `age-keygen` writes it: the public key as a comment, the secret.
pub fn key_file(identity: &age::x25519::Identity) -> String {
    format!(
        "# public key: {}\n{}\n",
        identity.to_public(),
        secrecy::ExposeSecret::expose_secret(&identity.to_string())
    )
}

pub fn partner(keys: &Keys, kind: PartnerKind) -> PartnerRef {
    PartnerRef {
        name: "Baan Kred Trakarn Shelter".into(),
        kind,
        recipient: keys.partner.to_public().to_string(),
    }
}

pub fn labels() -> tandem::referral::Labels {
    use tandem::l10n::{Lang, Locales};
    tandem::referral::Labels::from_locales(&Locales::builtin(), Lang::En, Lang::My)
}

/// Validates a `referral.json` against `docs/referral.schema.json` (draft 2020-12, formats
/// asserted); the error lists every place that does not fit.
pub fn check_schema(doc: &serde_json::Value) -> Result<(), String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/referral.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let url = schema["$id"].as_str().unwrap().to_owned();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.enable_format_assertions();
    compiler.add_resource(&url, schema).unwrap();
    let index = compiler
        .compile(&url, &mut schemas)
        .map_err(|e| format!("the schema does not compile: {e:#}"))?;
    schemas.validate(doc, index).map_err(|e| format!("{e:#}"))
}
