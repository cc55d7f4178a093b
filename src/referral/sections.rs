//! Data minimisation for referrals: which sections of a referral each kind of receiving
//! organisation gets, and whether the person's consent covers sending it at all.
//!
//! This is the one place that decides what leaves the unit. It must never widen what a partner
//! kind receives because more data happens to be at hand (IOM data protection: transfer only with
//! explicit consent, for a stated purpose, and only what that purpose needs).

use std::fmt;

use super::ReferralError;

/// The kind of a receiving organisation, as in `checklist::model::ORGANISATION_KINDS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PartnerKind {
    Shelter,
    Medical,
    LegalAid,
    SocialWelfare,
    Ngo,
    Police,
}

impl PartnerKind {
    pub const ALL: [PartnerKind; 6] = [
        PartnerKind::Shelter,
        PartnerKind::Medical,
        PartnerKind::LegalAid,
        PartnerKind::SocialWelfare,
        PartnerKind::Ngo,
        PartnerKind::Police,
    ];

    pub fn id(self) -> &'static str {
        match self {
            PartnerKind::Shelter => "shelter",
            PartnerKind::Medical => "medical",
            PartnerKind::LegalAid => "legal-aid",
            PartnerKind::SocialWelfare => "social-welfare",
            PartnerKind::Ngo => "ngo",
            PartnerKind::Police => "police",
        }
    }

    pub fn from_id(id: &str) -> Result<PartnerKind, ReferralError> {
        PartnerKind::ALL
            .into_iter()
            .find(|k| k.id() == id)
            .ok_or_else(|| ReferralError::UnknownPartnerKind {
                kind: id.to_owned(),
            })
    }

    /// The sections a referral to this kind of organisation carries (see [`SECTIONS`]).
    pub fn sections(self) -> &'static [Section] {
        SECTIONS
            .iter()
            .find(|(k, _)| *k == self)
            .map(|(_, s)| *s)
            .unwrap_or(&[])
    }

    pub fn carries(self, section: Section) -> bool {
        self.sections().contains(&section)
    }

    /// Whether an urgent need with this trigger id is this kind's business.
    pub fn takes_urgent_trigger(self, trigger: &str) -> bool {
        URGENT_TRIGGERS_BY_KIND
            .iter()
            .find(|(k, _)| *k == self)
            .is_some_and(|(_, t)| t.contains(&trigger))
    }
}

impl fmt::Display for PartnerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
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
/// `assemble::REFERRAL_FIELDS`.
pub const SECTIONS: [(PartnerKind, &[Section]); 6] = [
    (
        PartnerKind::Shelter,
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
        PartnerKind::Medical,
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
        PartnerKind::LegalAid,
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
        PartnerKind::SocialWelfare,
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
        PartnerKind::Ngo,
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
        PartnerKind::Police,
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
pub const URGENT_TRIGGERS_BY_KIND: [(PartnerKind, &[&str]); 6] = [
    (PartnerKind::Shelter, &ALL_TRIGGERS),
    (
        PartnerKind::Medical,
        &[
            "sexual-violence",
            "possible-child",
            "pregnancy",
            "medical",
            "self-harm",
        ],
    ),
    (
        PartnerKind::LegalAid,
        &[
            "possible-child",
            "security-threat",
            "removal-scheduled",
            "asks-for-help",
        ],
    ),
    (PartnerKind::SocialWelfare, &ALL_TRIGGERS),
    (PartnerKind::Ngo, &ALL_TRIGGERS),
    (
        PartnerKind::Police,
        &[
            "possible-child",
            "security-threat",
            "removal-scheduled",
            "asks-for-help",
        ],
    ),
];

const ALL_TRIGGERS: [&str; 8] = [
    "sexual-violence",
    "possible-child",
    "pregnancy",
    "medical",
    "self-harm",
    "security-threat",
    "removal-scheduled",
    "asks-for-help",
];

/// What the record says the person agreed to, as far as a referral needs it.
#[derive(Clone, Copy)]
pub struct ConsentFacts<'a> {
    pub interview: bool,
    pub share_with: &'a [String],
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
    kind: PartnerKind,
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
    if kind == PartnerKind::Police {
        if !facts.police_contact {
            return Err(ReferralError::NoPoliceConsent);
        }
    } else if !(facts.share_with.iter().any(|k| k == kind.id()) || child_override) {
        return Err(ReferralError::KindNotConsented { kind: kind.id() });
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
        share: &'a [String],
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
        for kind in PartnerKind::ALL {
            assert!(kind.carries(Section::Consent), "{kind}");
            assert!(kind.carries(Section::Identity), "{kind}");
            assert_eq!(PartnerKind::from_id(kind.id()).unwrap(), kind);
        }
        assert!(!PartnerKind::Medical.carries(Section::Screening));
        assert!(!PartnerKind::Police.carries(Section::Decision));
        assert!(PartnerKind::Medical.takes_urgent_trigger("pregnancy"));
        assert!(!PartnerKind::Medical.takes_urgent_trigger("removal-scheduled"));
        assert!(!PartnerKind::Police.takes_urgent_trigger("sexual-violence"));
    }

    /// (share_with, police, child, guardian, kind, override, expected basis or a word of the error)
    type ConsentCase<'a> = (
        &'a [String],
        bool,
        bool,
        bool,
        PartnerKind,
        Option<&'a str>,
        Result<ConsentBasis, &'a str>,
    );

    #[test]
    fn consent_table() {
        let shelter = vec!["shelter".to_owned()];
        let none: Vec<String> = vec![];
        use PartnerKind::*;
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
        let shelter = vec!["shelter".to_owned()];
        let mut f = facts(&shelter, false, false, false);
        f.interview = false;
        let err = check_consent(f, PartnerKind::Shelter, None).unwrap_err();
        assert!(matches!(err, ReferralError::NoInterviewConsent));
    }
}
