//! `referral.json`: the referral as data, versioned ([`REFERRAL_SCHEMA`]), with its JSON Schema
//! in `docs/referral.schema.json`. A [`Referral`] is everything the unit could send; a
//! [`ReferralDocument`] is what one partner receives, cut down by `sections::SECTIONS`.
//!
//! Everything here is personal data: `Debug` is written by hand and shows only shape. Nothing in
//! this module touches the disk.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::policy::{ConsentBasis, KindPolicy, REFERRAL_FIELDS, Section, carries_htcds};
use crate::domain::{OrganisationKind, Outcome, UrgentTrigger};
use crate::interview::htcds::HtcdsFacts;
use crate::l10n::{Lang, Locales, Review, UI_FILE};

/// Version of `referral.json`; bump on any change a receiver's parser would notice.
pub const REFERRAL_SCHEMA: u32 = 4;

/// Printed on every referral: screening finds indicators, it does not identify victims.
pub const NOT_IDENTIFICATION: &str = "Screening found indicators of trafficking and the need \
for referral. It is not identification: formal identification is made later by a \
multidisciplinary team.";

/// A text in the officer's language and, where one exists, in the person's language.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    pub officer: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// The person's-language text is a draft no qualified translator has reviewed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unreviewed: bool,
}

impl Bilingual {
    pub fn officer_only(text: impl Into<String>) -> Bilingual {
        Bilingual {
            officer: text.into(),
            person: None,
            unreviewed: false,
        }
    }
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Languages {
    /// Officer language tag, e.g. `en`, `th`.
    pub officer: String,
    /// The person's language tag, e.g. `my`, `km`. The language and dialect as the person
    /// named them are in `circumstances.communication`.
    pub person: String,
}

/// Ordered from most to least urgent, so the more urgent of two is their `min`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    /// Act now: life, safety or a medical window at stake (UNHCR priority levels).
    Emergency,
    /// Act within weeks.
    Urgent,
    Normal,
}

impl Urgency {
    pub fn id(self) -> &'static str {
        match self {
            Urgency::Emergency => "emergency",
            Urgency::Urgent => "urgent",
            Urgency::Normal => "normal",
        }
    }

    pub fn from_id(id: &str) -> Option<Urgency> {
        [Urgency::Emergency, Urgency::Urgent, Urgency::Normal]
            .into_iter()
            .find(|u| u.id() == id)
    }

    /// Emergency when life or safety is at stake now (self-harm, a threat, an open medical
    /// window); urgent for any other urgent need; normal otherwise.
    pub fn of(needs: &[UrgentNeed]) -> Urgency {
        let emergency = needs.iter().any(|n| {
            matches!(
                n.trigger,
                UrgentTrigger::SelfHarm | UrgentTrigger::SecurityThreat
            ) || n.windows.iter().any(|w| w.open)
        });
        if emergency {
            Urgency::Emergency
        } else if needs.is_empty() {
            Urgency::Normal
        } else {
            Urgency::Urgent
        }
    }
}

/// The receiving organisation.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    pub name: String,
    /// One of `shelter`, `medical`, `legal-aid`, `social-welfare`, `ngo`, `police`.
    pub kind: String,
    /// `sha256:` and the hex SHA-256 of the partner's `age1…` recipient string.
    pub fingerprint: String,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentSection {
    pub interview: bool,
    /// Organisation kinds the person agreed to share with.
    pub share_with: Vec<OrganisationKind>,
    pub police_contact: bool,
    pub guardian_consent: bool,
    /// `person`, `guardian` or `child-protection-override`.
    pub basis: String,
    /// The supervisor's reason, when `basis` is `child-protection-override`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub override_reason: Option<String>,
    /// What the person asked to keep out of any referral, and who must not be told.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restrictions: Option<String>,
}

impl ConsentSection {
    pub fn basis(basis: &ConsentBasis) -> (String, Option<String>) {
        match basis {
            ConsentBasis::Person => ("person".into(), None),
            ConsentBasis::Guardian => ("guardian".into(), None),
            ConsentBasis::ChildProtectionOverride { reason } => {
                ("child-protection-override".into(), Some(reason.clone()))
            }
        }
    }
}

/// One answered question: an identity field (mapped to an HTCDS `prs_` field) or a field of
/// `circumstances` (see `assemble::REFERRAL_FIELDS`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// HTCDS field (e.g. `prs_Gender`) for identity details, else the question id.
    pub id: String,
    pub label: Bilingual,
    pub value: Bilingual,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentitySection {
    /// Name or alias, as the person gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The unit's pseudonymous case reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_ref: Option<String>,
    /// `adult`, `child`, or `unknown` (treated as a possible child).
    pub age_group: String,
    /// The age, how it was established, and what made the age group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeDetails>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<Field>,
}

/// The age of SCREENING.md §6 ("age or date of birth and whether estimated"): in years when
/// known (stated, or from the birth date), its CTDC band, how it was established, the profile
/// screened, and the answers that made the age group (a child by any of them is a child).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgeDetails {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<String>,
    /// How the age was established: `document`, `own-statement`, `officer-estimate`,
    /// `family-or-other`, `professional-assessment` (the `age-basis` question).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
    /// The age was estimated (not read from a document or a professional assessment).
    pub estimated: bool,
    /// The profile screened: `adult-labour`, `adult-sexual`, `child-labour`, `child-sexual`.
    pub profile: String,
    /// The questions whose answers made the age group, e.g. `age-years` for a stated age under 18.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub group_from: Vec<String>,
    /// The age sources disagree (stated age, birth date, the officer's estimate).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sources_disagree: bool,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UrgentNeed {
    /// SCREENING.md §5, e.g. `sexual-violence`, `pregnancy`.
    pub trigger: UrgentTrigger,
    pub label: Bilingual,
    /// The answers that say what the need is (`policy::URGENT_DETAILS`): weeks of pregnancy,
    /// when the violence happened.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<Field>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub windows: Vec<UrgentWindow>,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UrgentWindow {
    /// Window id, e.g. `pep` (72 h), `emergency-contraception` (120 h), `hepatitis-b`.
    pub id: String,
    pub label: Bilingual,
    pub hours: u32,
    /// When the window closes (RFC 3339, UTC), computed from the time the answer was given;
    /// absent when the time of the event is not known (treat the window as open).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_until: Option<String>,
    /// Whether the window was still open when the packet was made.
    pub open: bool,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScreeningSection {
    /// `adult-labour`, `adult-sexual`, `child-labour` or `child-sexual`.
    pub profile: String,
    /// `indicators-present`, `incomplete` or `not-met`.
    pub result: String,
    /// Whether the combination rule applied was checked against its source.
    pub rule_verified: bool,
    pub dimensions: Vec<DimensionResult>,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionResult {
    /// One of the six ILO dimension ids.
    pub id: String,
    pub label: Bilingual,
    /// `positive`, `incomplete` or `negative`.
    pub status: String,
    /// The indicators answered "yes".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<FiredIndicator>,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FiredIndicator {
    pub id: String,
    /// `strong`, `medium` or `weak` for the profile.
    pub strength: String,
    /// The question that was asked.
    pub question: Bilingual,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionSection {
    pub outcome: Outcome,
    /// The outcome in words, in the officer's and the person's language.
    pub label: Bilingual,
}

/// Everything the unit could send about one person, before minimisation. Built by the caller
/// from the record, the assessment and the texts; never written anywhere as it is.
#[derive(Clone)]
pub struct Referral {
    /// The exporting supervisor, as printed on the referral.
    pub officer: String,
    /// The officer who interviewed and decided (the decision's author), when recorded.
    pub interviewing_officer: Option<String>,
    pub languages: Languages,
    pub consent: ConsentSection,
    pub identity: IdentitySection,
    pub urgent_needs: Vec<UrgentNeed>,
    pub screening: Option<ScreeningSection>,
    pub decision: Option<DecisionSection>,
    /// Answered fields of `assemble::REFERRAL_FIELDS`: group, then referral field name.
    pub circumstances: Circumstances,
    /// The officer's stated urgency (assessment checklist), when given.
    pub assessed_urgency: Option<Urgency>,
    /// The record in the names of HTCDS 2.0 (answers, language, decision), before minimisation.
    pub htcds: HtcdsFacts,
}

/// Group (`communication`, `dependants`, `documents`, `custody`, `wishes`, `services`), then
/// field name (e.g. `removal_date`), to the answered question.
pub type Circumstances = BTreeMap<String, BTreeMap<String, Field>>;

/// The envelope of one packet: known before any personal data is selected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PacketHeader {
    pub packet_id: String,
    pub created: jiff::Timestamp,
    pub expires: jiff::Timestamp,
    pub unit: String,
    /// The unit's time zone (IANA name), in which `referral.html` shows every time.
    pub time_zone: String,
}

/// `referral.json`: what one receiving organisation gets.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferralDocument {
    pub schema: u32,
    pub packet_id: String,
    /// RFC 3339, UTC.
    pub created: String,
    pub expires: String,
    pub unit: String,
    /// The unit's time zone (IANA name, e.g. `Asia/Bangkok`): `referral.html` shows every time
    /// in it; the times in this file stay UTC.
    #[serde(default = "default_time_zone")]
    pub time_zone: String,
    /// The supervisor who exported the packet.
    pub officer: String,
    /// The officer who interviewed the person and recorded the decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interviewing_officer: Option<String>,
    pub recipient: Recipient,
    pub languages: Languages,
    pub urgency: Urgency,
    /// Always [`NOT_IDENTIFICATION`].
    pub notice: String,
    /// Ids of the sections this kind of organisation receives (`sections::SECTIONS`).
    pub sections: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<ConsentSection>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<IdentitySection>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urgent_needs: Option<Vec<UrgentNeed>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub screening: Option<ScreeningSection>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<DecisionSection>,
    /// Only the fields `assemble::REFERRAL_FIELDS` sends to this kind of organisation.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub circumstances: Circumstances,
    /// What this packet carries, again in the field names and codes of IOM's Human Trafficking
    /// Case Data Standard 2.0 (`policy::HTCDS_FIELDS`), for loading into a case-management
    /// system without retyping.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub htcds: BTreeMap<String, serde_json::Value>,
}

impl ReferralDocument {
    /// Cuts a referral down to what `kind` receives (the only place that does).
    pub fn minimal(
        referral: &Referral,
        header: &PacketHeader,
        recipient: Recipient,
        kind: OrganisationKind,
    ) -> ReferralDocument {
        let take = |s: Section| kind.carries(s);
        let urgent_needs: Vec<UrgentNeed> = referral
            .urgent_needs
            .iter()
            .filter(|n| kind.takes_urgent_trigger(n.trigger))
            .cloned()
            .collect();
        ReferralDocument {
            schema: REFERRAL_SCHEMA,
            packet_id: header.packet_id.clone(),
            created: header.created.to_string(),
            expires: header.expires.to_string(),
            unit: header.unit.clone(),
            time_zone: header.time_zone.clone(),
            officer: referral.officer.clone(),
            interviewing_officer: referral.interviewing_officer.clone(),
            languages: referral.languages.clone(),
            // The officer may judge it more urgent than the needs alone; never less.
            urgency: referral
                .assessed_urgency
                .map_or(Urgency::of(&urgent_needs), |u| {
                    u.min(Urgency::of(&urgent_needs))
                }),
            notice: NOT_IDENTIFICATION.to_owned(),
            sections: kind.sections().iter().map(|s| s.id().to_owned()).collect(),
            consent: take(Section::Consent).then(|| referral.consent.clone()),
            identity: take(Section::Identity).then(|| referral.identity.clone()),
            urgent_needs: take(Section::UrgentNeeds).then_some(urgent_needs),
            screening: referral
                .screening
                .clone()
                .filter(|_| take(Section::Screening)),
            decision: referral
                .decision
                .clone()
                .filter(|_| take(Section::Decision)),
            circumstances: minimal_circumstances(&referral.circumstances, kind),
            htcds: minimal_htcds(referral, header, &recipient, kind),
            recipient,
        }
    }

    pub fn to_json(&self) -> Vec<u8> {
        let mut out = serde_json::to_vec_pretty(self).expect("a referral document serialises");
        out.push(b'\n');
        out
    }
}

/// The `htcds` object: the envelope's fields, and the record's where `kind` carries them.
fn minimal_htcds(
    referral: &Referral,
    header: &PacketHeader,
    recipient: &Recipient,
    kind: OrganisationKind,
) -> BTreeMap<String, serde_json::Value> {
    let mut out: BTreeMap<String, serde_json::Value> = referral
        .htcds
        .fields
        .iter()
        .filter(|(field, _)| carries_htcds(kind, field))
        .map(|(field, value)| {
            (
                field.clone(),
                crate::interview::htcds::to_json(field, value),
            )
        })
        .collect();
    out.insert(
        "cas_ReferringOrganisation".into(),
        header.unit.clone().into(),
    );
    out.insert(
        "cas_ReferringPrimaryCaseWorker".into(),
        referral
            .interviewing_officer
            .clone()
            .unwrap_or_else(|| referral.officer.clone())
            .into(),
    );
    out.insert(
        "cas_ReferredOrganisation".into(),
        recipient.name.clone().into(),
    );
    out.insert(
        "cas_OutgoingReferralDate".into(),
        jiff::tz::Offset::UTC
            .to_datetime(header.created)
            .date()
            .to_string()
            .into(),
    );
    out
}

fn default_time_zone() -> String {
    DEFAULT_TIME_ZONE.to_owned()
}

pub use crate::domain::DEFAULT_TIME_ZONE;

/// Keeps the fields whose row in [`REFERRAL_FIELDS`] sends them to `kind`, in a section `kind`
/// carries; a field with no row is never sent.
fn minimal_circumstances(all: &Circumstances, kind: OrganisationKind) -> Circumstances {
    let mut out = Circumstances::new();
    for (group, fields) in all {
        for (name, field) in fields {
            let sent = REFERRAL_FIELDS.iter().any(|row| {
                row.group == group
                    && row.field == name
                    && row.to.contains(&kind)
                    && kind.carries(row.section)
            });
            if sent {
                out.entry(group.clone())
                    .or_default()
                    .insert(name.clone(), field.clone());
            }
        }
    }
    out
}

impl fmt::Debug for Referral {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Referral")
            .field("urgent_needs", &self.urgent_needs.len())
            .field("screening", &self.screening.is_some())
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for ReferralDocument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReferralDocument")
            .field("schema", &self.schema)
            .field("packet_id", &self.packet_id)
            .field("recipient_kind", &self.recipient.kind)
            .field("sections", &self.sections)
            .finish_non_exhaustive()
    }
}

redacted_debug!(
    Bilingual,
    Languages,
    Recipient,
    ConsentSection,
    Field,
    IdentitySection,
    UrgentNeed,
    UrgentWindow,
    ScreeningSection,
    DimensionResult,
    FiredIndicator,
    DecisionSection
);

/// An interface message in the officer's language and, where it was written, the person's.
pub fn ui_pair(locales: &Locales, officer: Lang, person: Lang, id: &str) -> Bilingual {
    let officer_text = locales.ui(officer, id, &[]);
    let person_text = locales.ui(person, id, &[]);
    // `ui` falls back to English; an English text in the person's column is no translation.
    let written = person == Lang::En || person_text != locales.ui(Lang::En, id, &[]);
    let review = locales.review(person, UI_FILE, id);
    Bilingual {
        officer: officer_text,
        person: written.then_some(person_text),
        unreviewed: !matches!(review, Review::Reviewed | Review::Source),
    }
}
