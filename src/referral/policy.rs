//! Data minimisation for referrals, in one place: which sections of a referral each kind of
//! receiving organisation gets ([`SECTIONS`]), which urgent needs ([`URGENT_TRIGGERS_BY_KIND`]),
//! which further questions ([`REFERRAL_FIELDS`]), which fields of the case data standard
//! ([`HTCDS_FIELDS`]), and whether the person's consent covers sending
//! it at all ([`check_consent`]).
//!
//! This is the one place that decides what leaves the unit. It must never widen what a partner
//! kind receives because more data happens to be at hand (IOM data protection: transfer only with
//! explicit consent, for a stated purpose, and only what that purpose needs).

use super::ReferralError;
use crate::domain::{OrganisationKind, UrgentTrigger};

/// What each kind of organisation receives (the tables below), as methods on the kind.
pub trait KindPolicy {
    /// The sections a referral to this kind of organisation carries (see [`SECTIONS`]).
    fn sections(self) -> &'static [Section];
    fn carries(self, section: Section) -> bool;
    /// Whether an urgent need with this trigger is this kind's business.
    fn takes_urgent_trigger(self, trigger: UrgentTrigger) -> bool;
}

impl KindPolicy for OrganisationKind {
    fn sections(self) -> &'static [Section] {
        SECTIONS
            .iter()
            .find(|(k, _)| *k == self)
            .map(|(_, s)| *s)
            .unwrap_or(&[])
    }

    fn carries(self, section: Section) -> bool {
        self.sections().contains(&section)
    }

    fn takes_urgent_trigger(self, trigger: UrgentTrigger) -> bool {
        URGENT_TRIGGERS_BY_KIND
            .iter()
            .find(|(k, _)| *k == self)
            .is_some_and(|(_, t)| t.contains(&trigger))
    }
}

/// A section of `referral.json` beyond the header (packet id, times, unit, recipient, urgency),
/// which every referral carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// What the person agreed to, restrictions in their words, child-protection override.
    Consent,
    /// Name or alias, case reference, age group, languages.
    Identity,
    /// Urgent needs with their time windows, filtered per kind by [`URGENT_TRIGGERS_BY_KIND`].
    UrgentNeeds,
    /// Dimension results, the combination rule outcome, the indicators that fired.
    Screening,
    /// The officer's referral decision (outcome only; its free-text reason never leaves).
    Decision,
    /// Detention start, holding deadline, scheduled removal, charges linked to the exploitation.
    Custody,
    /// The vulnerability rating and the person's own view of their safety and wishes.
    Wishes,
    /// Services the officer requests and how urgently.
    Services,
}

impl Section {
    pub fn id(self) -> &'static str {
        match self {
            Section::Consent => "consent",
            Section::Identity => "identity",
            Section::UrgentNeeds => "urgent-needs",
            Section::Screening => "screening",
            Section::Decision => "decision",
            Section::Custody => "custody",
            Section::Wishes => "wishes",
            Section::Services => "services",
        }
    }
}

/// Partner kind to the sections it receives. Medical staff get who the person is and what is
/// urgent, not how they were exploited; police get the screening only with the person's explicit
/// opt-in to police contact (checked by [`check_consent`]), and never the person's wishes.
/// Which fields of a section each kind gets is refined per question in
/// [`REFERRAL_FIELDS`].
pub const SECTIONS: [(OrganisationKind, &[Section]); 6] = [
    (
        OrganisationKind::Shelter,
        &[
            Section::Consent,
            Section::Identity,
            Section::UrgentNeeds,
            Section::Screening,
            Section::Decision,
            Section::Custody,
            Section::Wishes,
            Section::Services,
        ],
    ),
    (
        OrganisationKind::Medical,
        &[
            Section::Consent,
            Section::Identity,
            Section::UrgentNeeds,
            Section::Custody,
            Section::Wishes,
            Section::Services,
        ],
    ),
    (
        OrganisationKind::LegalAid,
        &[
            Section::Consent,
            Section::Identity,
            Section::UrgentNeeds,
            Section::Screening,
            Section::Decision,
            Section::Custody,
            Section::Wishes,
            Section::Services,
        ],
    ),
    (
        OrganisationKind::SocialWelfare,
        &[
            Section::Consent,
            Section::Identity,
            Section::UrgentNeeds,
            Section::Screening,
            Section::Decision,
            Section::Custody,
            Section::Wishes,
            Section::Services,
        ],
    ),
    (
        OrganisationKind::Ngo,
        &[
            Section::Consent,
            Section::Identity,
            Section::UrgentNeeds,
            Section::Screening,
            Section::Decision,
            Section::Custody,
            Section::Wishes,
            Section::Services,
        ],
    ),
    (
        OrganisationKind::Police,
        &[
            Section::Consent,
            Section::Identity,
            Section::UrgentNeeds,
            Section::Screening,
            Section::Custody,
            Section::Services,
        ],
    ),
];

/// Urgent triggers (SCREENING.md §5) each kind acts on. Health triggers go to medical and care
/// partners; legal aid and police get the ones that bear on removal, protection and security.
pub const URGENT_TRIGGERS_BY_KIND: [(OrganisationKind, &[UrgentTrigger]); 6] = [
    (OrganisationKind::Shelter, &ALL_TRIGGERS),
    (
        OrganisationKind::Medical,
        &[
            UrgentTrigger::SexualViolence,
            UrgentTrigger::PossibleChild,
            UrgentTrigger::Pregnancy,
            UrgentTrigger::Medical,
            UrgentTrigger::SelfHarm,
        ],
    ),
    (
        OrganisationKind::LegalAid,
        &[
            UrgentTrigger::PossibleChild,
            UrgentTrigger::SecurityThreat,
            UrgentTrigger::RemovalScheduled,
            UrgentTrigger::AsksForHelp,
        ],
    ),
    (OrganisationKind::SocialWelfare, &ALL_TRIGGERS),
    (OrganisationKind::Ngo, &ALL_TRIGGERS),
    (
        OrganisationKind::Police,
        &[
            UrgentTrigger::PossibleChild,
            UrgentTrigger::SecurityThreat,
            UrgentTrigger::RemovalScheduled,
            UrgentTrigger::AsksForHelp,
        ],
    ),
];

const ALL_TRIGGERS: [UrgentTrigger; 8] = [
    UrgentTrigger::SexualViolence,
    UrgentTrigger::PossibleChild,
    UrgentTrigger::Pregnancy,
    UrgentTrigger::Medical,
    UrgentTrigger::SelfHarm,
    UrgentTrigger::SecurityThreat,
    UrgentTrigger::RemovalScheduled,
    UrgentTrigger::AsksForHelp,
];

/// One question a referral carries beyond identity details, urgent needs and the screening.
#[derive(Debug, Clone, Copy)]
pub struct FieldRow {
    /// Question id in the shipped checklists.
    pub question: &'static str,
    /// The question's kind there (`Kind::name`); a test holds the catalog to it.
    pub kind: &'static str,
    /// `circumstances.<group>.<field>` in `referral.json`.
    pub group: &'static str,
    pub field: &'static str,
    /// The section of `sections::SECTIONS` it belongs to: a kind that does not carry the
    /// section never gets the field, whatever `to` says.
    pub section: Section,
    /// The partner kinds that receive it.
    pub to: &'static [OrganisationKind],
}

use OrganisationKind::{LegalAid, Medical, Ngo, Police, Shelter, SocialWelfare};
const ALL: &[OrganisationKind] = OrganisationKind::ALL;
/// Everyone but the clinic: a medical partner needs the person's situation, not the evidence.
const NOT_MEDICAL: &[OrganisationKind] = &[Shelter, LegalAid, SocialWelfare, Ngo, Police];
/// Care and advice, not enforcement: the person's family and own wishes stay out of police hands.
const CARE: &[OrganisationKind] = &[Shelter, Medical, LegalAid, SocialWelfare, Ngo];
/// Those who act on where the person goes next.
const PLACEMENT: &[OrganisationKind] = &[Shelter, LegalAid, SocialWelfare, Ngo];

/// The questions of SCREENING.md §6 not covered elsewhere, and who receives them. Unsure,
/// declined and unasked (hidden) questions are left out: "if asked" is built in.
#[rustfmt::skip]
pub const REFERRAL_FIELDS: [FieldRow; 22] = [
    // Talking to the person: every partner needs it before the first meeting (the language
    // itself is `languages.person`, chosen when the interview started).
    row("interviewee-dialect", "short-text", "communication", "dialect", Section::Identity, ALL),
    row("interviewer-gender-preference", "single-choice", "communication", "interviewer_gender", Section::Identity, ALL),
    row("interpreter-present", "yes-no", "communication", "interpreter_used", Section::Consent, ALL),
    row("interpreter-language", "short-text", "communication", "interpreter_language", Section::Consent, ALL),
    row("interpreter-accepted", "yes-no", "communication", "interpreter_accepted", Section::Consent, ALL),
    // Dependants; whether a child is unaccompanied goes to everyone (child protection).
    row("has-dependants", "yes-no", "dependants", "has_dependants", Section::Identity, CARE),
    row("dependants-here", "yes-no", "dependants", "dependants_here", Section::Identity, CARE),
    row("accompanied-by-relative", "yes-no", "dependants", "accompanied_by_relative", Section::Identity, ALL),
    // Documents: confiscation is an indicator (control), so not for a clinic.
    row("documents-held", "multiple-choice", "documents", "held", Section::Identity, NOT_MEDICAL),
    row("documents-taken", "yes-no", "documents", "confiscated", Section::Screening, NOT_MEDICAL),
    row("documents-taken-by", "multiple-choice", "documents", "confiscated_by", Section::Screening, NOT_MEDICAL),
    // Custody: a clinic needs the removal date (fitness to travel), not the legal position.
    row("detention-start", "date", "custody", "detention_start", Section::Custody, ALL),
    row("removal-date", "date", "custody", "removal_date", Section::Custody, ALL),
    row("holding-deadline", "date", "custody", "holding_deadline", Section::Custody, NOT_MEDICAL),
    row("charges-linked", "yes-no", "custody", "charges_linked", Section::Custody, NOT_MEDICAL),
    // The rating and the person's own view (WHO recommendation 7).
    row("vul-rating", "single-choice", "wishes", "vulnerability_rating", Section::Wishes, CARE),
    row("vul-own-safety", "single-choice", "wishes", "own_safety", Section::Wishes, CARE),
    row("vul-wish", "single-choice", "wishes", "wish", Section::Wishes, PLACEMENT),
    row("vul-contact-family", "yes-no", "wishes", "contact_family", Section::Wishes, PLACEMENT),
    // The short summary the person agreed to send (its question shows only after that consent).
    row("narrative-summary", "short-text", "narrative", "summary", Section::Screening, PLACEMENT),
    // What the officer asks for, and how soon.
    row("assessment-services", "multiple-choice", "services", "requested", Section::Services, ALL),
    row("assessment-urgency", "single-choice", "services", "urgency", Section::Services, ALL),
];

const fn row(
    question: &'static str,
    kind: &'static str,
    group: &'static str,
    field: &'static str,
    section: Section,
    to: &'static [OrganisationKind],
) -> FieldRow {
    FieldRow {
        question,
        kind,
        group,
        field,
        section,
        to,
    }
}

/// The answers that say what an urgent need is, sent with the need to whoever takes it: how far
/// a pregnancy is, when the sexual violence happened (its medical windows count from then).
#[rustfmt::skip]
pub const URGENT_DETAILS: [(UrgentTrigger, &[&str]); 2] = [
    (UrgentTrigger::Pregnancy, &["pregnancy", "pregnancy-weeks"]),
    (UrgentTrigger::SexualViolence, &["sexual-violence-when"]),
];

pub use crate::domain::organisation::{SERVICE_KINDS, service_consented};

/// Where an HTCDS field of `referral.json`'s `htcds` object comes from and which section of the
/// packet must be carried for it to go: the same data as that section, in the standard's codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HtcdsCarried {
    /// The envelope every packet has (referring and referred organisation, date, languages).
    Always,
    In(Section),
}

/// The HTCDS fields a packet may carry. A field not listed never leaves the unit, whatever the
/// record holds (free-text fields such as `vic_LocationOfExploitation` are not listed).
#[rustfmt::skip]
pub const HTCDS_FIELDS: [(&str, HtcdsCarried); 16] = [
    ("cas_ReferringOrganisation", HtcdsCarried::Always),
    ("cas_ReferringPrimaryCaseWorker", HtcdsCarried::Always),
    ("cas_ReferredOrganisation", HtcdsCarried::Always),
    ("cas_OutgoingReferralDate", HtcdsCarried::Always),
    ("prs_PrimaryLanguage", HtcdsCarried::Always),
    ("prs_FirstName", HtcdsCarried::In(Section::Identity)),
    ("prs_Birthdate", HtcdsCarried::In(Section::Identity)),
    ("prs_Gender", HtcdsCarried::In(Section::Identity)),
    ("prs_Citizenship", HtcdsCarried::In(Section::Identity)),
    ("con_Consent", HtcdsCarried::In(Section::Consent)),
    ("vic_TypeOfExploitation", HtcdsCarried::In(Section::Screening)),
    ("vic_ForcedLabourIndustry", HtcdsCarried::In(Section::Screening)),
    ("vic_MethodsOfControl", HtcdsCarried::In(Section::Screening)),
    ("vic_RelationshipToTrafficker", HtcdsCarried::In(Section::Screening)),
    ("vic_AgeWhenTrafficked", HtcdsCarried::In(Section::Screening)),
    ("vic_TraffickingStatus", HtcdsCarried::In(Section::Decision)),
];

/// Whether a packet to `kind` carries the HTCDS field `field`.
pub fn carries_htcds(kind: OrganisationKind, field: &str) -> bool {
    HTCDS_FIELDS
        .iter()
        .find(|(f, _)| *f == field)
        .is_some_and(|(_, c)| match c {
            HtcdsCarried::Always => true,
            HtcdsCarried::In(section) => kind.carries(*section),
        })
}

/// What the record says the person agreed to, as far as a referral needs it.
#[derive(Clone, Copy)]
pub struct ConsentFacts<'a> {
    pub interview: bool,
    pub share_with: &'a [OrganisationKind],
    pub police_contact: bool,
    pub guardian_consent: bool,
    /// The age group is child or still unknown: treated as a child until age is verified.
    pub possible_child: bool,
}

/// On what grounds a referral may go out. `Debug` is written by hand: the override reason is
/// free text about a child's case.
#[derive(Clone, PartialEq, Eq)]
pub enum ConsentBasis {
    /// The person (an adult) consented to this kind of organisation.
    Person,
    /// A child assented and a guardian or social worker consented.
    Guardian,
    /// A supervisor's child-protection override; the reason is audited and printed.
    ChildProtectionOverride { reason: String },
}

impl std::fmt::Debug for ConsentBasis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ConsentBasis::Person => "Person",
            ConsentBasis::Guardian => "Guardian",
            ConsentBasis::ChildProtectionOverride { .. } => "ChildProtectionOverride(..)",
        })
    }
}

/// Refuses a referral the consent does not cover, naming what is missing. For a possible child
/// without a guardian's consent, a supervisor's child-protection override (with a reason) stands
/// in for the missing consent, but never for the opt-in to police contact.
pub fn check_consent(
    facts: ConsentFacts<'_>,
    kind: OrganisationKind,
    child_protection_override: Option<&str>,
) -> Result<ConsentBasis, ReferralError> {
    let override_reason = child_protection_override
        .map(str::trim)
        .filter(|r| !r.is_empty());
    if child_protection_override.is_some() && override_reason.is_none() {
        return Err(ReferralError::OverrideWithoutReason);
    }
    // A child-protection override may stand in for consent to the interview itself only for a
    // possible child: protecting a child does not wait for the child's paperwork.
    let child_override = facts.possible_child && override_reason.is_some();
    if !(facts.interview || child_override) {
        return Err(ReferralError::NoInterviewConsent);
    }
    if kind == OrganisationKind::Police {
        if !facts.police_contact {
            return Err(ReferralError::NoPoliceConsent);
        }
    } else if !(facts.share_with.contains(&kind) || child_override) {
        return Err(ReferralError::KindNotConsented { kind });
    }
    if !facts.possible_child {
        return Ok(ConsentBasis::Person);
    }
    if facts.guardian_consent && facts.interview {
        return Ok(ConsentBasis::Guardian);
    }
    match override_reason {
        Some(reason) => Ok(ConsentBasis::ChildProtectionOverride {
            reason: reason.to_owned(),
        }),
        None => Err(ReferralError::ChildWithoutGuardianConsent),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts<'a>(
        share: &'a [OrganisationKind],
        police: bool,
        child: bool,
        guardian: bool,
    ) -> ConsentFacts<'a> {
        ConsentFacts {
            interview: true,
            share_with: share,
            police_contact: police,
            guardian_consent: guardian,
            possible_child: child,
        }
    }

    #[test]
    fn every_kind_has_a_row_and_carries_consent() {
        for kind in OrganisationKind::ALL {
            assert!(kind.carries(Section::Consent), "{kind}");
            assert!(kind.carries(Section::Identity), "{kind}");
            assert_eq!(OrganisationKind::from_id(kind.id()).unwrap(), *kind);
        }
        assert!(!OrganisationKind::Medical.carries(Section::Screening));
        assert!(!OrganisationKind::Police.carries(Section::Decision));
        assert!(OrganisationKind::Medical.takes_urgent_trigger(UrgentTrigger::Pregnancy));
        assert!(!OrganisationKind::Medical.takes_urgent_trigger(UrgentTrigger::RemovalScheduled));
        assert!(!OrganisationKind::Police.takes_urgent_trigger(UrgentTrigger::SexualViolence));
    }

    /// (share_with, police, child, guardian, kind, override, expected basis or a word of the error)
    type ConsentCase<'a> = (
        &'a [OrganisationKind],
        bool,
        bool,
        bool,
        OrganisationKind,
        Option<&'a str>,
        Result<ConsentBasis, &'a str>,
    );

    #[test]
    fn consent_table() {
        let shelter = vec![OrganisationKind::Shelter];
        let none: Vec<OrganisationKind> = vec![];
        use OrganisationKind::*;
        // (share_with, police, child, guardian, kind, override, expected)
        let cases: Vec<ConsentCase<'_>> = vec![
            (
                &shelter,
                false,
                false,
                false,
                Shelter,
                None,
                Ok(ConsentBasis::Person),
            ),
            (&shelter, false, false, false, Medical, None, Err("medical")),
            (&none, false, false, false, Ngo, None, Err("ngo")),
            (
                &shelter,
                false,
                false,
                false,
                Police,
                None,
                Err("police contact"),
            ),
            (
                &none,
                true,
                false,
                false,
                Police,
                None,
                Ok(ConsentBasis::Person),
            ),
            (&shelter, false, true, false, Shelter, None, Err("guardian")),
            (
                &shelter,
                false,
                true,
                true,
                Shelter,
                None,
                Ok(ConsentBasis::Guardian),
            ),
            (
                &shelter,
                false,
                true,
                false,
                Shelter,
                Some("no guardian reachable"),
                Ok(ConsentBasis::ChildProtectionOverride {
                    reason: "no guardian reachable".into(),
                }),
            ),
            (
                &shelter,
                false,
                true,
                false,
                Shelter,
                Some("  "),
                Err("reason"),
            ),
            (
                &shelter,
                false,
                true,
                false,
                Police,
                Some("child at risk"),
                Err("police contact"),
            ),
        ];
        for (share, police, child, guardian, kind, ovr, expected) in cases {
            let got = check_consent(facts(share, police, child, guardian), kind, ovr);
            match (got, expected) {
                (Ok(b), Ok(e)) => assert_eq!(b, e, "{kind}"),
                (Err(err), Err(word)) => {
                    let msg = err.to_string();
                    assert!(msg.contains(word), "{kind}: `{msg}` should name `{word}`");
                }
                (got, expected) => panic!("{kind}: got {got:?}, expected {expected:?}"),
            }
        }
    }

    #[test]
    fn no_interview_consent_refuses_an_adult() {
        let shelter = vec![OrganisationKind::Shelter];
        let mut f = facts(&shelter, false, false, false);
        f.interview = false;
        let err = check_consent(f, OrganisationKind::Shelter, None).unwrap_err();
        assert!(matches!(err, ReferralError::NoInterviewConsent));
    }
}
