//! Referral packets as operations: issuing a packet from a record in the vault (the one sequence
//! that `tandem referral export` and the terminal interface's export dialog both run), checking
//! consent before a partner is chosen for good, and opening a received packet.
//!
//! Issuing: consent is checked before anything is signed; the export (and any child-protection
//! override) is audited before the file exists; the file is never overwritten; the sealed record
//! then notes the export and becomes `referred`. Opening: the signature is verified against the
//! pinned unit key before anything is decrypted; a packet already opened in this vault is refused
//! as a possible replay; the two plaintext files are written 0600, never over existing files.

use std::io::Write;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::checklist::model::Checklist;
use crate::domain::{OrganisationKind, Transition};
use crate::interview::record::{Export, RecordDocument};
use crate::l10n::Locales;
use crate::referral::packet::{self, PartnerIdentity};
use crate::referral::{
    ConsentBasis, Labels, PartnerRef, ReferralError, assemble, export, new_header,
};
use crate::vault::{AuditEvent, RecordId, Session};

use super::Error;

/// Days until an exported packet expires, unless asked otherwise.
pub const EXPIRES_DAYS: u32 = 30;

/// What to export, to whom, and where.
pub struct IssueRequest<'a> {
    pub record: &'a RecordId,
    /// The partner's name, as `tandem partner list` shows it.
    pub partner: &'a str,
    pub child_protection_override: Option<&'a str>,
    /// A directory (the file is named `<packet-id>.tandem`) or a new file's path.
    pub out: &'a Path,
    pub expires_days: u32,
    pub now: Timestamp,
}

/// A packet that was written.
#[derive(Debug)]
pub struct Issued {
    pub path: PathBuf,
    pub packet_id: String,
    pub partner: String,
    pub kind: OrganisationKind,
    pub expires: Timestamp,
    /// The entry added to the sealed record's `exports`.
    pub export: Export,
    /// The unit key's fingerprint, to read to the partner over the phone.
    pub unit_key_fingerprint: String,
}

/// Whether the person's consent lets a referral go to `kind`, on the record as it is (the export
/// checks again on the sealed record). `Ok` names the grounds.
pub fn consent_for(
    doc: &RecordDocument,
    checklists: &[Checklist],
    locales: &Locales,
    kind: OrganisationKind,
    child_protection_override: Option<&str>,
    now: Timestamp,
) -> Result<ConsentBasis, Error> {
    Ok(assemble::prepare(
        doc,
        checklists,
        locales,
        "",
        kind,
        child_protection_override,
        now,
    )?
    .basis)
}

/// Exports one record to one partner (supervisors only: the unit key is theirs).
pub fn issue(
    session: &mut Session,
    checklists: &[Checklist],
    locales: &Locales,
    req: &IssueRequest<'_>,
) -> Result<Issued, Error> {
    // Officers cannot sign: say so before touching the record.
    let signing_key = session.unit_signing_key()?;
    let partner = session
        .partners()?
        .into_iter()
        .find(|p| p.name == req.partner)
        .ok_or_else(|| Error::NoSuchPartner {
            name: req.partner.to_owned(),
        })?;
    let kind = partner.kind;
    // The record's view is logged with the export's own entry (one commit), or alone below
    // when the export is refused.
    let mut doc = session.read_record_to_write(req.record)?;
    let built = match build(
        session,
        checklists,
        locales,
        req,
        &partner,
        &doc,
        &signing_key,
    ) {
        Ok(built) => built,
        Err(e) => {
            session.commit_deferred()?;
            return Err(e);
        }
    };
    let Built {
        referred,
        prepared,
        header,
        sealed,
        path,
    } = built;
    // Audit first: a packet that exists must be in the log, even if writing then fails.
    let exported = AuditEvent::RecordExported {
        record: req.record.clone(),
        partner: partner.name.clone(),
        packet_id: header.packet_id.clone(),
    };
    let override_reason = match &prepared.basis {
        ConsentBasis::ChildProtectionOverride { reason } => {
            session.record_events(&[
                AuditEvent::ChildProtectionOverride {
                    record: req.record.clone(),
                },
                exported,
            ])?;
            Some(reason.clone())
        }
        ConsentBasis::Person | ConsentBasis::Guardian => {
            session.record_event(exported)?;
            None
        }
    };
    write_new(&path, &sealed.bytes)?;
    // The override reason stays with the case, sealed, not only in the packet that left.
    let entry = Export {
        packet_id: header.packet_id.clone(),
        partner: partner.name.clone(),
        kind: Some(kind),
        at: req.now,
        child_protection_override: override_reason,
    };
    doc.exports.push(entry.clone());
    doc.status = referred;
    doc.queue = Some(super::cases::queue_facts(checklists, &doc, req.now));
    session.update_record(req.record, &doc)?;
    let unit_key_fingerprint = packet::phone_fingerprint(&session.unit_public_key()?);
    Ok(Issued {
        path,
        packet_id: header.packet_id,
        partner: partner.name,
        kind,
        expires: header.expires,
        export: entry,
        unit_key_fingerprint,
    })
}

/// A packet built from a record, not yet written, and what the record becomes.
struct Built {
    referred: crate::domain::RecordStatus,
    prepared: assemble::Prepared,
    header: crate::referral::PacketHeader,
    sealed: crate::referral::SealedPacket,
    path: PathBuf,
}

/// Everything of an export between reading the record and logging it: the status and consent
/// checks, the referral in the record's two languages, the packet sealed and where it goes.
fn build(
    session: &Session,
    checklists: &[Checklist],
    locales: &Locales,
    req: &IssueRequest<'_>,
    partner: &crate::vault::Partner,
    doc: &RecordDocument,
    signing_key: &minisign::SecretKey,
) -> Result<Built, Error> {
    let referred = doc
        .status
        .apply(Transition::Export)
        .ok_or(Error::NotAllowed {
            from: doc.status,
            transition: Transition::Export,
        })?;
    // The referral shows every answer in both of the record's languages.
    let (officer, person) = assemble::record_langs(doc);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    locales.parse_languages(&[officer, person], cores);
    let prepared = assemble::prepare(
        doc,
        checklists,
        locales,
        &session.user().name,
        partner.kind,
        req.child_protection_override,
        req.now,
    )?;
    let labels = Labels::from_locales(locales, officer, person);
    let mut header = new_header(session.unit_name(), req.now, req.expires_days);
    header.time_zone = session.time_zone()?;
    let to = PartnerRef {
        name: partner.name.clone(),
        kind: partner.kind,
        recipient: partner.recipient.clone(),
    };
    let sealed = export(&prepared.referral, &to, &header, &labels, signing_key)?;
    let path = if req.out.is_dir() {
        req.out
            .join(format!("{}.{}", header.packet_id, packet::EXTENSION))
    } else {
        req.out.to_path_buf()
    };
    Ok(Built {
        referred,
        prepared,
        header,
        sealed,
        path,
    })
}

/// A received packet, opened: where its two files were written.
#[derive(Debug)]
pub struct Opened {
    pub packet_id: String,
    pub dir: PathBuf,
    /// False when no vault was at hand, so a second copy would not be noticed.
    pub replay_checked: bool,
}

/// Verifies, decrypts and writes a received packet into `out` (created 0700 if missing). With a
/// session, a packet already opened in this vault is refused as a replay, and the opening is
/// audited.
pub fn open_packet(
    session: Option<&mut Session>,
    bytes: &[u8],
    unit_key: &minisign::PublicKey,
    identity: &PartnerIdentity,
    out: &Path,
    now: Timestamp,
) -> Result<Opened, Error> {
    let verified = crate::referral::verify(bytes, unit_key)?;
    let packet_id = verified.manifest.packet_id.clone();
    // Replay is checked in a vault, between verification and decryption.
    let mut session = session;
    if let Some(s) = session.as_deref_mut()
        && s.packet_seen(&packet_id)?
    {
        return Err(ReferralError::Replayed { packet_id }.into());
    }
    let opened = verified.decrypt(identity, now)?;
    create_private_dir(out)?;
    write_new(&out.join(packet::REFERRAL_JSON), &opened.referral_json)?;
    write_new(&out.join(packet::REFERRAL_HTML), &opened.referral_html)?;
    let replay_checked = session.is_some();
    if let Some(s) = session {
        s.mark_packet_seen(&packet_id)?;
        s.record_event(AuditEvent::PacketOpened {
            packet_id: packet_id.clone(),
        })?;
    }
    Ok(Opened {
        packet_id,
        dir: out.to_path_buf(),
        replay_checked,
    })
}

/// Writes a file that must not exist yet, readable by its owner only, durably.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    let mut f = crate::platform::owner_only_file(&mut options)
        .open(path)
        .map_err(Error::write(path))?;
    f.write_all(bytes)
        .and_then(|()| f.sync_all())
        .map_err(Error::write(path))
}

/// Creates a directory for plaintext output, readable by its owner only.
pub fn create_private_dir(dir: &Path) -> Result<(), Error> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    crate::platform::owner_only_dir(builder.recursive(true))
        .create(dir)
        .map_err(Error::write(dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_existing_file_is_never_overwritten() {
        let out = tempfile::tempdir().unwrap();
        let path = out.path().join("p.tandem");
        std::fs::write(&path, b"earlier packet").unwrap();
        let err = write_new(&path, b"new packet").unwrap_err();
        assert!(matches!(err, Error::Exists { .. }), "{err:?}");
        assert_eq!(std::fs::read(&path).unwrap(), b"earlier packet");
    }

    #[test]
    fn plaintext_is_written_for_its_owner_only() {
        let out = tempfile::tempdir().unwrap();
        let dir = out.path().join("opened");
        create_private_dir(&dir).unwrap();
        write_new(&dir.join("referral.json"), b"{}").unwrap();
        if let Some(mode) = crate::platform::mode(&dir) {
            assert_eq!(mode, 0o700);
            assert_eq!(
                crate::platform::mode(&dir.join("referral.json")),
                Some(0o600)
            );
        }
    }
}
