//! What can happen to the interface (Action) and what it asks the runtime to do (Effect).
//! Both cross threads; their `Debug` shows kinds and ids only, never case data.
//!
//! Errors from the vault worker arrive already explained ([`Explanation`]: a message id and its
//! arguments); the screen renders them in the officer's language with the screen's wording.

use std::fmt;
use std::path::PathBuf;

use secrecy::SecretString;

use crate::app::cases::CaseRow;
use crate::app::partners::PartnerRow;
use crate::domain::{Explanation, OrganisationKind, Outcome, StopReason};
use crate::interview::record::{Export, RecordDocument};

use super::keymap::Key;
use super::shared::UserRow;

pub enum Action {
    Key(Key),
    /// Pasted text (bracketed paste): goes into the focused field only.
    Paste(String),
    Resize(u16, u16),
    Tick(jiff::Timestamp),
    /// SIGHUP or SIGTERM (or closing the console on Windows): save the draft, lock, leave.
    Shutdown,
    // From the vault worker:
    VaultMissing,
    VaultOpened {
        users: Vec<UserRow>,
        unit: String,
    },
    Unlocked {
        user: UserRow,
        unit: String,
    },
    UnlockFailed {
        error: Explanation,
        wrong_passphrase: bool,
    },
    Cases(Vec<CaseRow>),
    Opened {
        id: String,
        doc: Box<RecordDocument>,
    },
    Saved {
        slot: u64,
        id: String,
        seq: u64,
    },
    /// A status change (stop, decision, hand-off) was committed: the record as it now is.
    Changed {
        slot: u64,
        id: String,
        seq: u64,
        doc: Box<RecordDocument>,
    },
    VaultFailed {
        error: Explanation,
    },
    Locked,
    /// Partners and referral exports (`partners`, `export`).
    Referral(ReferralAction),
}

pub enum Effect {
    CreateVault {
        supervisor: String,
        unit: String,
        passphrase: SecretString,
        /// The offline recovery recipient (`age1…`), when the officer gave one.
        recovery: Option<String>,
    },
    Unlock {
        user: String,
        passphrase: SecretString,
    },
    ListCases,
    OpenCase {
        id: String,
    },
    /// Create (no id yet) or update the record's answers and notes; answered by
    /// `Action::Saved` after the commit. Never changes the record's status or decision.
    Save {
        slot: u64,
        id: Option<String>,
        doc: Box<RecordDocument>,
        seq: u64,
    },
    /// Stop the interview of this slot (saved first), with the reason.
    Stop {
        slot: u64,
        id: Option<String>,
        reason: StopReason,
        detail: String,
        seq: u64,
    },
    /// Record the officer's decision for this slot.
    Decide {
        slot: u64,
        id: Option<String>,
        outcome: Outcome,
        reason: String,
        seq: u64,
    },
    /// Record the decision and hand the case to a supervisor.
    HandOff {
        slot: u64,
        id: Option<String>,
        outcome: Outcome,
        reason: String,
        seq: u64,
    },
    Audit(AuditKind),
    /// Lock the session: keys are zeroized; the passphrase is needed again.
    Lock,
    /// Finish queued work, lock, and leave.
    Quit,
    /// Partners and referral exports (`partners`, `export`).
    Referral(ReferralEffect),
}

/// Answers from the vault worker about partners and exports (the partners screen and the
/// export dialog).
pub enum ReferralAction {
    Partners(Vec<PartnerRow>),
    /// A partner was added or removed (message id, partner name).
    PartnerChanged(&'static str, String),
    Exported {
        path: String,
        fingerprint: String,
        /// What the vault added to the record's `exports`, so the open interview matches it.
        export: Export,
    },
    /// Whether the person's consent lets the referral go to the chosen partner's kind.
    Consent {
        refusal: Option<Explanation>,
        /// A supervisor's child-protection override would let it through.
        override_helps: bool,
    },
    /// An error, explained; carries no personal data.
    Failed(Explanation),
}

/// Vault work for partners and exports.
pub enum ReferralEffect {
    ListPartners,
    AddPartner {
        name: String,
        recipient: String,
        kind: OrganisationKind,
    },
    RemovePartner {
        name: String,
    },
    /// The consent check on the record as the review screen holds it (the export checks again
    /// on the sealed record).
    CheckConsent {
        doc: Box<RecordDocument>,
        kind: OrganisationKind,
        override_reason: Option<String>,
        now: jiff::Timestamp,
    },
    Export(Box<ExportRequest>),
}

/// What the worker needs to export: ids and the supervisor's choices, no case data but the
/// override reason (which goes into the signed, encrypted packet and nowhere else).
pub struct ExportRequest {
    pub record: String,
    pub partner: String,
    pub override_reason: Option<String>,
    pub dir: PathBuf,
    pub now: jiff::Timestamp,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AuditKind {
    QuickLock,
    IdleLock,
}

impl fmt::Debug for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Action::Key(k) => write!(f, "Key({k})"),
            Action::Paste(_) => f.write_str("Paste(..)"),
            Action::Resize(w, h) => write!(f, "Resize({w}, {h})"),
            Action::Tick(t) => write!(f, "Tick({t})"),
            Action::Shutdown => f.write_str("Shutdown"),
            Action::VaultMissing => f.write_str("VaultMissing"),
            Action::VaultOpened { users, .. } => write!(f, "VaultOpened({} users)", users.len()),
            Action::Unlocked { .. } => f.write_str("Unlocked"),
            Action::UnlockFailed { error, .. } => write!(f, "UnlockFailed({})", error.id),
            Action::Cases(c) => write!(f, "Cases({})", c.len()),
            Action::Opened { .. } => f.write_str("Opened"),
            Action::Saved { slot, seq, .. } => write!(f, "Saved(slot {slot}, seq {seq})"),
            Action::Changed { slot, seq, .. } => write!(f, "Changed(slot {slot}, seq {seq})"),
            Action::VaultFailed { error } => write!(f, "VaultFailed({})", error.id),
            Action::Locked => f.write_str("Locked"),
            Action::Referral(a) => write!(f, "Referral({a:?})"),
        }
    }
}

impl fmt::Debug for Effect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Effect::CreateVault { .. } => f.write_str("CreateVault"),
            Effect::Unlock { .. } => f.write_str("Unlock"),
            Effect::ListCases => f.write_str("ListCases"),
            Effect::OpenCase { .. } => f.write_str("OpenCase"),
            Effect::Save { slot, id, seq, .. } => {
                write!(f, "Save(slot {slot}, new: {}, seq {seq})", id.is_none())
            }
            // Why an interview stopped and what was decided are about the person: kinds only.
            Effect::Stop { slot, .. } => write!(f, "Stop(slot {slot})"),
            Effect::Decide { slot, .. } => write!(f, "Decide(slot {slot})"),
            Effect::HandOff { slot, .. } => write!(f, "HandOff(slot {slot})"),
            Effect::Audit(k) => write!(f, "Audit({k:?})"),
            Effect::Lock => f.write_str("Lock"),
            Effect::Quit => f.write_str("Quit"),
            Effect::Referral(e) => write!(f, "Referral({e:?})"),
        }
    }
}

impl fmt::Debug for ReferralAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReferralAction::Partners(rows) => write!(f, "Partners({})", rows.len()),
            ReferralAction::PartnerChanged(id, _) => write!(f, "PartnerChanged({id})"),
            ReferralAction::Exported { .. } => f.write_str("Exported"),
            ReferralAction::Consent { refusal, .. } => {
                write!(f, "Consent({})", refusal.as_ref().map_or("ok", |e| e.id))
            }
            ReferralAction::Failed(e) => write!(f, "Failed({})", e.id),
        }
    }
}

impl fmt::Debug for ReferralEffect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReferralEffect::ListPartners => f.write_str("ListPartners"),
            ReferralEffect::AddPartner { kind, .. } => write!(f, "AddPartner({})", kind.id()),
            ReferralEffect::RemovePartner { .. } => f.write_str("RemovePartner"),
            ReferralEffect::CheckConsent { kind, .. } => write!(f, "CheckConsent({kind})"),
            ReferralEffect::Export(_) => f.write_str("Export"),
        }
    }
}

impl fmt::Debug for ExportRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExportRequest")
            .field("record", &self.record)
            .field("override", &self.override_reason.is_some())
            .finish_non_exhaustive()
    }
}
