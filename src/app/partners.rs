//! Receiving organisations: listing, adding and removing the partners referral packets go to
//! (supervisors; the vault refuses officers). Partners are organisations, not case data.

use std::fmt;

use crate::domain::OrganisationKind;
use crate::referral::packet;
use crate::vault::{Partner, Session};

use super::Error;

/// One partner as the screens and the command line show it.
#[derive(Clone, PartialEq, Eq)]
pub struct PartnerRow {
    pub name: String,
    pub kind: OrganisationKind,
    /// The short fingerprint of the partner's recipient, as printed in packet manifests.
    pub fingerprint: String,
    pub recipient: String,
}

impl fmt::Debug for PartnerRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PartnerRow")
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

pub fn list(session: &mut Session) -> Result<Vec<PartnerRow>, Error> {
    Ok(session
        .partners()?
        .into_iter()
        .map(|p| PartnerRow {
            fingerprint: packet::recipient_fingerprint(&p.recipient),
            kind: p.kind,
            name: p.name,
            recipient: p.recipient,
        })
        .collect())
}

/// Adds a partner; the recipient must be an age X25519 `age1…` key.
pub fn add(
    session: &mut Session,
    name: &str,
    recipient: &str,
    kind: OrganisationKind,
) -> Result<PartnerRow, Error> {
    let partner = Partner {
        name: name.trim().to_owned(),
        recipient: recipient.trim().to_owned(),
        kind,
    };
    session.add_partner(&partner)?;
    Ok(PartnerRow {
        fingerprint: packet::recipient_fingerprint(&partner.recipient),
        name: partner.name,
        recipient: partner.recipient,
        kind,
    })
}

pub fn remove(session: &mut Session, name: &str) -> Result<(), Error> {
    Ok(session.remove_partner(name)?)
}
