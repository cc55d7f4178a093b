//! Referral packets: what leaves the unit about one person, for one receiving organisation.
//!
//! - [`policy`]: what each kind of organisation receives (sections, urgent needs, fields), and
//!   the consent check.
//! - [`assemble`]: everything a referral could carry, from a record.
//! - [`document`]: `referral.json`, versioned, cut down to one partner kind.
//! - [`html`]: `referral.html` and the interpreter booklet, printable on A4.
//! - [`packet`]: the `.tandem` file: tar, minisign signature, age encryption; verify and open.
//!
//! This module must never write plaintext personal data to disk, and never decrypt a packet
//! before its signature, manifest and payload hash have been checked. It holds no keys of its
//! own: the caller passes the unit signing key (from the vault) or the partner's identity.

pub mod assemble;
pub mod document;
pub mod html;
pub mod packet;
pub mod policy;

use crate::domain::OrganisationKind;
pub use document::{PacketHeader, REFERRAL_SCHEMA, Referral, ReferralDocument};
pub use html::Labels;
pub use packet::{OpenedPacket, PartnerIdentity, SealedPacket, VerifiedPacket, open, verify};
pub use policy::{ConsentBasis, ConsentFacts, KindPolicy, Section, check_consent};

/// A receiving organisation as the packet needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerRef {
    pub name: String,
    pub kind: OrganisationKind,
    /// The partner's X25519 `age1…` recipient.
    pub recipient: String,
}

/// A fresh random packet id: 32 hex digits.
pub fn new_packet_id() -> String {
    hex::encode(rand::random::<[u8; 16]>())
}

/// The header of a new packet: a fresh id, `now`, and an expiry `days` later.
pub fn new_header(unit: &str, now: jiff::Timestamp, days: u32) -> PacketHeader {
    // Whole seconds: the times are printed for people.
    let now = now.round(jiff::Unit::Second).unwrap_or(now);
    let expires = now
        .checked_add(jiff::SignedDuration::from_hours(24 * i64::from(days)))
        .unwrap_or(jiff::Timestamp::MAX);
    PacketHeader {
        packet_id: new_packet_id(),
        created: now,
        expires,
        unit: unit.to_owned(),
        time_zone: document::DEFAULT_TIME_ZONE.to_owned(),
    }
}

/// Builds the packet for one partner: minimises the referral for the partner's kind, renders the
/// HTML, encrypts to the partner and signs with the unit key. Consent is checked by the caller
/// with [`check_consent`] before the referral is assembled (its basis is part of the referral).
pub fn export(
    referral: &Referral,
    to: &PartnerRef,
    header: &PacketHeader,
    labels: &Labels,
    signing_key: &minisign::SecretKey,
) -> Result<SealedPacket, ReferralError> {
    let recipient = document::Recipient {
        name: to.name.clone(),
        kind: to.kind.id().to_owned(),
        fingerprint: packet::recipient_fingerprint(&to.recipient),
    };
    let doc = ReferralDocument::minimal(referral, header, recipient, to.kind);
    let html = html::referral_html(&doc, labels);
    packet::seal(&doc, &html, header, &to.recipient, signing_key)
}

/// Everything that can go wrong with a referral, each with what happened and what to do.
/// Messages never carry personal data.
#[derive(Debug, thiserror::Error)]
pub enum ReferralError {
    #[error(
        "the person did not consent to the interview, so nothing may be referred; record their \
         consent first (or, for a possible child, give a child-protection override with a reason)"
    )]
    NoInterviewConsent,
    #[error(
        "the person's consent does not cover {kind} organisations; ask the person and record \
         `{kind}` under consent to share, or choose a partner of a kind they agreed to"
    )]
    KindNotConsented { kind: OrganisationKind },
    #[error(
        "the person did not opt in to police contact; a police partner needs that explicit \
         consent, which no override replaces"
    )]
    NoPoliceConsent,
    #[error(
        "the person may be a child and no guardian's or social worker's consent is recorded; \
         record that consent, or give a supervisor's child-protection override with a reason \
         (--child-protection-override REASON), which is audited"
    )]
    ChildWithoutGuardianConsent,
    #[error("a child-protection override needs a reason; write why the referral cannot wait")]
    OverrideWithoutReason,
    #[error(
        "the recipient is not an age X25519 public key; ask the organisation for the `age1…` \
         line that `age-keygen` printed for its key"
    )]
    BadRecipient,
    #[error("the packet could not be built ({reason}); nothing was written, try again")]
    Build { reason: String },
    #[error(
        "this file is not a Tandem referral packet ({reason}); check you were sent the \
         `.tandem` file itself"
    )]
    MalformedPacket { reason: String },
    #[error(
        "the packet has no signature (`manifest.toml.minisig`); do not open it, ask the sending \
         unit to export it again"
    )]
    MissingSignature,
    #[error(
        "the packet's signature is damaged or forged; do not open it, and ask the sending unit \
         by phone whether they sent it"
    )]
    BadSignature,
    #[error(
        "the packet was signed by unit key {packet_key}, not by the pinned unit key \
         {pinned_key}; do not open it: confirm the unit's key fingerprint by phone \
         (`tandem unit-key export --fingerprint`)"
    )]
    WrongUnitKey {
        packet_key: String,
        pinned_key: String,
    },
    #[error(
        "the manifest was changed after it was signed; do not open the packet, ask the sending \
         unit to export it again"
    )]
    TamperedManifest,
    #[error(
        "the encrypted payload does not match the signed manifest (it was changed or swapped); \
         do not use it, ask the sending unit to export it again"
    )]
    TamperedPayload,
    #[error("the signed manifest cannot be read ({reason}); update Tandem or ask the sender")]
    MalformedManifest { reason: String },
    #[error(
        "the packet uses packet schema {found}, which this Tandem does not read; update Tandem"
    )]
    UnsupportedSchema { found: u32 },
    #[error(
        "the key file holds no `AGE-SECRET-KEY-1…` line; pass the key file your organisation \
         made with `age-keygen`"
    )]
    BadIdentityFile,
    #[error(
        "the unit key file is not a minisign public key; pass the file from \
         `tandem unit-key export` (its second line starts with `RW`)"
    )]
    BadUnitKey,
    #[error(
        "this packet was encrypted for \"{packet_for}\", not for the key given; open it with \
         that organisation's key, or ask the unit to export it to you"
    )]
    WrongIdentity { packet_for: String },
    #[error(
        "the packet expired at {expires}; it was not opened, ask the sending unit for a new one"
    )]
    Expired { expires: String },
    #[error(
        "packet {packet_id} was already opened in this vault; a second copy may be a replay, \
         so it was not opened again; ask the sending unit if they sent it twice"
    )]
    Replayed { packet_id: String },
    #[error(
        "the payload could not be decrypted after verification ({reason}); ask the sending unit \
         to export it again"
    )]
    Decrypt { reason: String },
}
