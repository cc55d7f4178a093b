//! The kinds of organisation a referral can go to. A partner has one kind; a person's consent to
//! share names kinds; what each kind receives is decided in `referral::policy`.

vocabulary! {
    /// A kind of receiving organisation.
    pub enum OrganisationKind as "kind of organisation" {
        Shelter = "shelter",
        Medical = "medical",
        LegalAid = "legal-aid",
        SocialWelfare = "social-welfare",
        Ngo = "ngo",
        /// Police receive a referral only with the person's separate opt-in to police contact.
        Police = "police",
    }
}

impl OrganisationKind {
    /// Kinds a person can agree to share with in the consent question (police contact is its
    /// own opt-in, never one choice among these).
    pub const SHAREABLE: [OrganisationKind; 5] = [
        OrganisationKind::Shelter,
        OrganisationKind::Medical,
        OrganisationKind::LegalAid,
        OrganisationKind::SocialWelfare,
        OrganisationKind::Ngo,
    ];
}

/// The kind of organisation that gives each service an officer may request (the assessment's
/// services question): a request goes into a referral only where the person agreed to share
/// with that kind.
#[rustfmt::skip]
pub const SERVICE_KINDS: [(&str, OrganisationKind); 9] = [
    ("shelter", OrganisationKind::Shelter),
    ("medical", OrganisationKind::Medical),
    ("mental-health", OrganisationKind::Medical),
    ("legal-aid", OrganisationKind::LegalAid),
    ("asylum", OrganisationKind::LegalAid),
    ("social-welfare", OrganisationKind::SocialWelfare),
    ("child-protection", OrganisationKind::SocialWelfare),
    ("family-tracing", OrganisationKind::Ngo),
    ("safe-return", OrganisationKind::Ngo),
];

/// Whether the person's consent covers the service `service` ([`SERVICE_KINDS`]).
pub fn service_consented(service: &str, share_with: &[OrganisationKind]) -> bool {
    SERVICE_KINDS
        .iter()
        .find(|(s, _)| *s == service)
        .is_some_and(|(_, kind)| share_with.contains(kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text_serde_and_clap() {
        for k in OrganisationKind::ALL {
            assert_eq!(k.id().parse::<OrganisationKind>(), Ok(*k));
            let json = serde_json::to_string(k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.id()));
            let v = <OrganisationKind as clap::ValueEnum>::to_possible_value(k).unwrap();
            assert_eq!(v.get_name(), k.id());
        }
        let e = "hospital"
            .parse::<OrganisationKind>()
            .unwrap_err()
            .to_string();
        assert!(e.contains("`hospital`") && e.contains("legal-aid"), "{e}");
        let e = "Mrs Aye Aye"
            .parse::<OrganisationKind>()
            .unwrap_err()
            .to_string();
        assert!(
            !e.contains("Aye"),
            "a value that is not an id is never quoted: {e}"
        );
    }
}
