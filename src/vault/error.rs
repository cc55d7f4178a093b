//! The vault's error boundary: every failure a caller of `vault` can see, each message saying what
//! happened and what to do. Messages name ids, user names and files, never personal data.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("there is no vault in {dir}; create one with `tandem init --name NAME`")]
    NotFound { dir: PathBuf },
    #[error("a vault already exists in {dir}; use it, or choose another directory with --vault")]
    AlreadyExists { dir: PathBuf },
    #[error(
        "another Tandem process{} is using the vault in {dir}; close it and try again",
        pid.map(|p| format!(" (pid {p})")).unwrap_or_default()
    )]
    Busy { dir: PathBuf, pid: Option<u32> },
    #[error("there is no user `{name}` in this vault; `tandem user list` shows who there is")]
    UnknownUser { name: String },
    #[error("a user `{name}` already exists; choose another name")]
    UserExists { name: String },
    #[error(
        "wrong passphrase for `{user}`; try again (the failed attempt was recorded in the audit log)"
    )]
    WrongPassphrase { user: String },
    #[error("only a supervisor may do this; unlock as a supervisor (--user NAME)")]
    SupervisorOnly,
    #[error("`{name}` is the last supervisor; add another supervisor before removing this one")]
    LastSupervisor { name: String },
    #[error("there is no record {id}; `tandem record list` shows the records you can open")]
    RecordNotFound { id: String },
    #[error(
        "`{value}` is not a record id (16 hexadecimal characters); copy it from `tandem record list`"
    )]
    BadRecordId { value: String },
    #[error(
        "{what} is damaged or tampered; it was not used. Keep the vault as it is and tell your supervisor"
    )]
    Damaged { what: String },
    #[error(
        "you hold no key for retention bucket {bucket}; ask a supervisor to re-add your account, or recover it with the recovery key"
    )]
    NoBucketKey { bucket: String },
    #[error(
        "retention bucket {bucket} has expired and was destroyed; its records can no longer be read"
    )]
    BucketExpired { bucket: String },
    #[error(
        "your account holds no copy of the unit signing key; ask another supervisor to remove and re-add you, or recover your account"
    )]
    NoUnitKey,
    #[error("this vault has no recovery recipient, so accounts cannot be recovered")]
    NoRecoveryRecipient,
    #[error(
        "the recovery identity does not open this vault's keys; check that it is the unit's recovery key file"
    )]
    WrongRecoveryIdentity,
    #[error("{what} is not a valid age {expected}; {hint}")]
    BadKey {
        what: String,
        expected: &'static str,
        hint: &'static str,
    },
    #[error("{0}")]
    Invalid(String),
    #[error(
        "the audit log is broken at entry {seq}: {reason}; keep the vault as it is and tell your supervisor"
    )]
    AuditBroken { seq: i64, reason: String },
    #[error(
        "this vault was written by a newer Tandem (schema {found}, this one knows {known}); use the newer Tandem"
    )]
    NewerSchema { found: i64, known: i64 },
    #[error(
        "the vault database failed ({0}); check free disk space and permissions, then try again"
    )]
    Storage(#[from] rusqlite::Error),
    #[error(
        "the vault database could not be upgraded ({0}); keep a copy of the vault directory and report this"
    )]
    Migration(#[from] rusqlite_migration::Error),
    #[error("could not {action} {path}: {source}; check the path and its permissions")]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("encryption failed ({0}); this should not happen, please report it")]
    Crypto(String),
}

impl VaultError {
    pub(crate) fn io(
        action: &'static str,
        path: impl Into<PathBuf>,
    ) -> impl FnOnce(std::io::Error) -> Self {
        let path = path.into();
        move |source| VaultError::Io {
            action,
            path,
            source,
        }
    }

    /// True for errors caused by what the person typed or chose (exit code 2 in the binary).
    pub fn is_input(&self) -> bool {
        matches!(
            self,
            VaultError::UnknownUser { .. }
                | VaultError::UserExists { .. }
                | VaultError::WrongPassphrase { .. }
                | VaultError::SupervisorOnly
                | VaultError::LastSupervisor { .. }
                | VaultError::RecordNotFound { .. }
                | VaultError::BadRecordId { .. }
                | VaultError::WrongRecoveryIdentity
                | VaultError::BadKey { .. }
                | VaultError::Invalid(_)
                | VaultError::NotFound { .. }
                | VaultError::AlreadyExists { .. }
                | VaultError::NoRecoveryRecipient
        )
    }
}
