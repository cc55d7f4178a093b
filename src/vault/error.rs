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
    #[error("{part} is damaged or tampered; it was not used")]
    Damaged { part: VaultPart },
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
    #[error("a vault set-up in {dir} was interrupted before its first user was saved")]
    InterruptedInit { dir: PathBuf },
    #[error("`{zone}` is not a time zone this machine knows")]
    UnknownTimeZone { zone: String },
    #[error(
        "the recovery identity does not open this vault's keys; check that it is the unit's recovery key file"
    )]
    WrongRecoveryIdentity,
    #[error("{role} is not a valid age key")]
    BadKey { role: KeyRole },
    #[error("a {what} must be 1 to 64 printable characters")]
    BadName { what: NameRole },
    #[error("the scrypt work factor must be between 1 and {max}")]
    BadWorkFactor { max: u8 },
    #[error("the retention period must be between 1 and 120 months")]
    BadRetention,
    #[error("a partner named `{name}` already exists")]
    PartnerExists { name: String },
    #[error("there is no partner `{name}`")]
    UnknownPartner { name: String },
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
    #[error("could not {action} {path}: {source}")]
    Io {
        action: IoAction,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} already exists; choose a new file name for the backup")]
    BackupExists { path: PathBuf },
    #[error("{path} is not a whole Tandem vault backup; check that it is the right file")]
    NotABackup { path: PathBuf },
    #[error("{dir} is not empty; restore into a new, empty directory")]
    RestoreNotEmpty { dir: PathBuf },
    #[error(
        "the vault file was changed outside Tandem ({part}); nothing was unlocked. Keep the file as it is, restore the last backup into a new directory (`tandem restore FILE --vault DIR`) and tell your supervisor"
    )]
    Tampered { part: TamperedPart },
    #[error(
        "the audit log does not match the records: {problems} problem(s), the first: {first}; keep the vault as it is and tell your supervisor"
    )]
    RecordsDisagreeWithLog { problems: usize, first: String },
    #[error("encryption failed ({0}); this should not happen, please report it")]
    Crypto(String),
}

/// The part of the vault found damaged (named in the message, never its contents).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VaultPart {
    UsersTable,
    UnitPublicKey,
    UnitSigningKey,
    RetentionSetting,
    UserKey { name: String },
    Record { id: String },
    Summary { id: String },
    BucketKey { bucket: String },
    BucketId { bucket: String },
    Setting { key: String },
}

impl VaultPart {
    /// The message variant (`$part` in `err-vault-damaged`) and the id or name it concerns.
    pub fn id_and_subject(&self) -> (&'static str, &str) {
        match self {
            VaultPart::UsersTable => ("users", ""),
            VaultPart::UnitPublicKey => ("unit-public-key", ""),
            VaultPart::UnitSigningKey => ("unit-signing-key", ""),
            VaultPart::RetentionSetting => ("retention", ""),
            VaultPart::UserKey { name } => ("user-key", name),
            VaultPart::Record { id } => ("record", id),
            VaultPart::Summary { id } => ("summary", id),
            VaultPart::BucketKey { bucket } => ("bucket-key", bucket),
            VaultPart::BucketId { bucket } => ("bucket-id", bucket),
            VaultPart::Setting { key } => ("setting", key),
        }
    }
}

impl std::fmt::Display for VaultPart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (part, subject) = self.id_and_subject();
        if subject.is_empty() {
            f.write_str(part)
        } else {
            write!(f, "{part} {subject}")
        }
    }
}

/// What a check of the seal found changed outside Tandem (see `integrity`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TamperedPart {
    /// The seal itself is missing, from another key, or from another epoch.
    Seal,
    /// A table the seal covers by digest (`settings`, `users`, `buckets`, `bucket-keys`,
    /// `unit-keys`, `vault-keys`, `partners`, `packets-seen`).
    Table { name: &'static str },
    /// Entries the seal counted are gone.
    AuditTruncated { sealed: i64, found: i64 },
    /// The sealed last entry, or one after it, is not what was written.
    AuditEntry { seq: i64 },
    /// A record row was rolled back, removed or added.
    Records,
    /// This user's copy of the vault key is missing or was not made by Tandem.
    VaultKey,
}

impl TamperedPart {
    /// The message variant (`$part` in `err-vault-tampered`) and what it concerns.
    pub fn id_and_subject(&self) -> (&'static str, String) {
        match self {
            TamperedPart::Seal => ("seal", String::new()),
            TamperedPart::Table { name } => ("table", (*name).to_owned()),
            TamperedPart::AuditTruncated { sealed, found } => {
                ("audit-truncated", format!("{found}/{sealed}"))
            }
            TamperedPart::AuditEntry { seq } => ("audit-entry", seq.to_string()),
            TamperedPart::Records => ("records", String::new()),
            TamperedPart::VaultKey => ("vault-key", String::new()),
        }
    }
}

impl std::fmt::Display for TamperedPart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TamperedPart::Seal => f.write_str("the seal over the vault's keys and settings"),
            TamperedPart::Table { name } => write!(f, "the {name} table"),
            TamperedPart::AuditTruncated { sealed, found } => write!(
                f,
                "the audit log holds {found} entries where {sealed} were sealed"
            ),
            TamperedPart::AuditEntry { seq } => write!(f, "audit entry {seq}"),
            TamperedPart::Records => f.write_str("a record was rolled back, removed or added"),
            TamperedPart::VaultKey => f.write_str("your copy of the vault key"),
        }
    }
}

/// Which key a refused key text was meant to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyRole {
    RecoveryRecipient,
    PartnerRecipient,
    StoredUserKey,
    RecoveryIdentity,
}

impl KeyRole {
    pub fn id(self) -> &'static str {
        match self {
            KeyRole::RecoveryRecipient => "recovery-recipient",
            KeyRole::PartnerRecipient => "partner-recipient",
            KeyRole::StoredUserKey => "stored-user-key",
            KeyRole::RecoveryIdentity => "recovery-identity",
        }
    }
}

impl std::fmt::Display for KeyRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// What the vault was doing with a file when the system refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoAction {
    CreateVaultDir,
    OpenLockFile,
    WriteBackup,
    ReadBackup,
}

impl IoAction {
    pub fn id(self) -> &'static str {
        match self {
            IoAction::CreateVaultDir => "create-vault-dir",
            IoAction::OpenLockFile => "open-lock-file",
            IoAction::WriteBackup => "write-backup",
            IoAction::ReadBackup => "read-backup",
        }
    }
}

impl std::fmt::Display for IoAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// What a refused name was for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameRole {
    User,
    Unit,
    Partner,
}

impl NameRole {
    pub fn id(self) -> &'static str {
        match self {
            NameRole::User => "user",
            NameRole::Unit => "unit",
            NameRole::Partner => "partner",
        }
    }
}

impl std::fmt::Display for NameRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

impl VaultError {
    pub(crate) fn io(
        action: IoAction,
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
                | VaultError::BadName { .. }
                | VaultError::BadWorkFactor { .. }
                | VaultError::BadRetention
                | VaultError::PartnerExists { .. }
                | VaultError::UnknownPartner { .. }
                | VaultError::NotFound { .. }
                | VaultError::AlreadyExists { .. }
                | VaultError::NoRecoveryRecipient
                | VaultError::UnknownTimeZone { .. }
                | VaultError::InterruptedInit { .. }
                | VaultError::BackupExists { .. }
                | VaultError::NotABackup { .. }
                | VaultError::RestoreNotEmpty { .. }
        )
    }
}
