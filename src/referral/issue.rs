//! Issuing a packet from a record in the vault: the one sequence that both `tandem referral
//! export` and the terminal interface's export dialog run. Consent is checked before anything is
//! signed; the export (and any child-protection override) is audited before the file exists; the
//! file is never overwritten; the sealed record then notes the export and becomes `referred`.

use std::io::Write;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::checklist::model::Checklist;
use crate::interview::record::{Export, Status};
use crate::l10n::Locales;
use crate::referral::packet;
use crate::referral::{
    ConsentBasis, Labels, PartnerKind, PartnerRef, ReferralError, assemble, export, new_header,
};
use crate::vault::{AuditEvent, RecordId, Session, VaultError};

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
    pub kind: PartnerKind,
    pub expires: Timestamp,
    /// The entry added to the sealed record's `exports`.
    pub export: Export,
}

#[derive(Debug, thiserror::Error)]
pub enum IssueError {
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error(transparent)]
    Referral(#[from] ReferralError),
    #[error(
        "there is no partner named `{0}`; `tandem partner list` shows them, `tandem partner add` adds one"
    )]
    NoSuchPartner(String),
    #[error(
        "cannot write {path}: {source}; choose another name or directory, or remove the old file"
    )]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl IssueError {
    /// Caused by what the user asked for (exit code 2 on the command line), not by a fault.
    pub fn is_input(&self) -> bool {
        match self {
            IssueError::Vault(e) => e.is_input(),
            IssueError::Referral(e) => !matches!(e, ReferralError::Build { .. }),
            IssueError::NoSuchPartner(_) | IssueError::Write { .. } => true,
        }
    }
}

/// Exports one record to one partner (supervisors only: the unit key is theirs).
pub fn issue(
    session: &mut Session,
    checklists: &[Checklist],
    locales: &Locales,
    req: &IssueRequest<'_>,
) -> Result<Issued, IssueError> {
    // Officers cannot sign: say so before touching the record.
    let signing_key = session.unit_signing_key()?;
    let partner = session
        .partners()?
        .into_iter()
        .find(|p| p.name == req.partner)
        .ok_or_else(|| IssueError::NoSuchPartner(req.partner.to_owned()))?;
    let kind = PartnerKind::from_id(&partner.kind)?;
    let mut doc = session.read_record(req.record)?;
    let prepared = assemble::prepare(
        &doc,
        checklists,
        locales,
        &session.user().name,
        kind,
        req.child_protection_override,
        req.now,
    )?;
    let (officer, person) = assemble::record_langs(&doc);
    let labels = Labels::from_locales(locales, officer, person);
    let header = new_header(session.unit_name(), req.now, req.expires_days);
    let to = PartnerRef {
        name: partner.name.clone(),
        kind,
        recipient: partner.recipient.clone(),
    };
    let sealed = export(&prepared.referral, &to, &header, &labels, &signing_key)?;
    let path = if req.out.is_dir() {
        req.out
            .join(format!("{}.{}", header.packet_id, packet::EXTENSION))
    } else {
        req.out.to_path_buf()
    };
    // Audit first: a packet that exists must be in the log, even if writing then fails.
    let override_reason = match &prepared.basis {
        ConsentBasis::ChildProtectionOverride { reason } => {
            session.record_event(AuditEvent::ChildProtectionOverride {
                record: req.record.clone(),
            })?;
            Some(reason.clone())
        }
        ConsentBasis::Person | ConsentBasis::Guardian => None,
    };
    session.record_event(AuditEvent::RecordExported {
        record: req.record.clone(),
        partner: partner.name.clone(),
        packet_id: header.packet_id.clone(),
    })?;
    write_new(&path, &sealed.bytes)?;
    // The override reason stays with the case, sealed, not only in the packet that left.
    let entry = Export {
        packet_id: header.packet_id.clone(),
        partner: partner.name.clone(),
        at: req.now.to_string(),
        child_protection_override: override_reason,
    };
    doc.exports.push(entry.clone());
    doc.status = Status::Referred;
    session.update_record(req.record, &doc)?;
    Ok(Issued {
        path,
        packet_id: header.packet_id,
        partner: partner.name,
        kind,
        expires: header.expires,
        export: entry,
    })
}

/// Writes a file that must not exist yet, durably.
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), IssueError> {
    let fail = |source| IssueError::Write {
        path: path.to_path_buf(),
        source,
    };
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(fail)?;
    f.write_all(bytes).and_then(|()| f.sync_all()).map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_existing_file_is_never_overwritten() {
        let out = tempfile::tempdir().unwrap();
        let path = out.path().join("p.tandem");
        std::fs::write(&path, b"earlier packet").unwrap();
        let message = write_new(&path, b"new packet").unwrap_err().to_string();
        assert!(message.contains("remove the old file"), "{message}");
        assert_eq!(std::fs::read(&path).unwrap(), b"earlier packet");
    }
}
