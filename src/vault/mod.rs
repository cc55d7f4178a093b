//! The encrypted vault: one directory holding one SQLite database and a lock file. It owns users and
//! their keys, monthly retention buckets, sealed interview records, partners, the audit chain and
//! retention purges. Only `vault` and `referral` touch `age`.
//!
//! Must never: write a byte about a person unencrypted (names, notes, answers, free text), put one
//! in an error, log or `Debug` output, or keep a key outside zeroizing memory.
//!
//! Keys: each user has an X25519 identity wrapped with their passphrase (age scrypt). Each month's
//! retention bucket has its own X25519 identity, wrapped to every user and to the offline recovery
//! recipient; records of that month are sealed to it (see [`seal`]). The unit's minisign signing key
//! is wrapped to supervisors (and the recovery recipient) only. A new key is always committed before
//! anything is wrapped to it, so a crash never leaves data sealed to a key that is not on disk.
//!
//! The vault key (inside each user's passphrase wrap) seals everything that is not sealed per
//! record: the key tables, users and roles, settings, partners, the audit log's head and every
//! record's version (see [`integrity`]). Removing a user gives every month with records a new
//! bucket key, replaces the vault key's seal key and, for a supervisor, the unit signing key.
//!
//! Listing uses an encrypted summary index (a small sealed summary per row under a per-bucket
//! symmetric key), so unlock plus list does not decrypt every record.

mod audit;
mod backup;
mod error;
mod integrity;
mod keys;
mod partners;
mod records;
mod retention;
mod seal;
mod store;
mod unlock;
mod users;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use jiff::{Timestamp, tz::TimeZone};
use rand::RngCore;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::domain::OrganisationKind;
use crate::interview::record::RecordDocument;

pub use age::secrecy::{ExposeSecret, SecretString};
pub use audit::{AuditEntry, AuditEvent, RecordProblem};
pub use backup::BackupReport;
pub use error::{IoAction, KeyRole, NameRole, TamperedPart, VaultError, VaultPart};
pub use keys::MAX_KDF_LOG_N;
pub use partners::Partner;
pub use records::RecordSummary;
pub use retention::{PurgeReport, bucket_expiry, bucket_of};
pub use unlock::Inspection;
pub use users::UserInfo;

use integrity::{Rows, Sealing, UserSecret, VaultKey};
use keys::{KeyPair, PassphraseUnwrap, SecretBytes};
use seal::Binding;
use store::DirLock;

use retention::BucketKey;
use retention::check_retention;
use users::{check_name, grant_keys, role_from_id, user_row};

/// The audit actor written when nobody is unlocked.
const NOBODY: &str = "-";
/// The key holder id of the offline recovery recipient (user ids are 16 hex digits).
const RECOVERY: &str = "recovery";

pub use crate::platform::{default_vault_dir as default_dir, harden_process};

pub use crate::domain::Role;

pub struct InitOptions {
    pub supervisor: String,
    pub passphrase: SecretString,
    pub recovery_recipient: Option<String>,
    /// scrypt work factor (log2 N); `None` calibrates to about one second.
    pub kdf_log_n: Option<u8>,
    pub retention_months: u32,
    pub unit: String,
}

/// A record's random id: 16 lowercase hexadecimal digits.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct RecordId(String);

impl RecordId {
    fn random() -> RecordId {
        let mut b = [0u8; 8];
        rand::rngs::OsRng.fill_bytes(&mut b);
        RecordId(hex::encode(b))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for RecordId {
    type Err = VaultError;
    fn from_str(s: &str) -> Result<RecordId, VaultError> {
        let s = s.trim();
        if s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit()) {
            Ok(RecordId(s.to_ascii_lowercase()))
        } else {
            // Only echo what looks like an id attempt (hex digits): never a pasted name or note.
            let shown = if s.len() <= 32 && s.bytes().all(|b| b.is_ascii_hexdigit()) {
                s
            } else {
                "…"
            };
            Err(VaultError::BadRecordId {
                value: shown.to_string(),
            })
        }
    }
}

/// An open vault directory: holds the one-process lock and the database; no keys.
pub struct Vault {
    dir: PathBuf,
    conn: Connection,
    _lock: DirLock,
}

impl Drop for Vault {
    fn drop(&mut self) {
        // Exit path: fold the WAL back so no stale pages linger in vault.db-wal (unless a lock
        // just did: truncating an empty log again is a journalled write for nothing).
        let wal = self.dir.join(format!("{}-wal", store::DB_FILE));
        if std::fs::metadata(wal).map_or(true, |m| m.len() > 0) {
            let _ = store::checkpoint(&self.conn);
        }
    }
}

impl fmt::Debug for Vault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Vault")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

/// An unlocked vault for one user. `Send`. Keys live in zeroizing memory and go when it drops.
pub struct Session {
    vault: Vault,
    unit: String,
    user: UserInfo,
    user_id: String,
    identity: KeyPair,
    buckets: BTreeMap<String, BucketKey>,
    unit_secret: Option<SecretBytes>,
    sealing: Sealing,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("user", &self.user)
            .field("dir", &self.vault.dir)
            .finish_non_exhaustive()
    }
}

fn setting(conn: &Connection, key: &str) -> Result<String, VaultError> {
    conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
        r.get(0)
    })
    .optional()?
    .ok_or_else(|| VaultError::Damaged {
        part: VaultPart::Setting {
            key: key.to_owned(),
        },
    })
}

fn random_id() -> String {
    RecordId::random().0
}

fn restrict_permissions(path: &Path) {
    crate::platform::restrict_to_owner(path);
}

/// The coarse (day) timestamp kept in plaintext columns.
fn day(t: Timestamp) -> String {
    t.strftime("%Y-%m-%d").to_string()
}

/// Serialises into zeroizing memory of the exact size, so no growing buffer leaves copies behind.
fn to_json<T: Serialize>(value: &T) -> Result<SecretBytes, VaultError> {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0 += b.len();
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let crypto = |e: serde_json::Error| VaultError::Crypto(e.to_string());
    let mut count = Count(0);
    serde_json::to_writer(&mut count, value).map_err(crypto)?;
    let mut out = Zeroizing::new(Vec::with_capacity(count.0));
    serde_json::to_writer(&mut *out, value).map_err(crypto)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_expire_after_their_month_plus_retention() {
        let cases = [
            ("2026-01", 12, "2027-02-01T00:00:00Z"),
            ("2026-12", 1, "2027-02-01T00:00:00Z"),
            ("2025-06", 3, "2025-10-01T00:00:00Z"),
        ];
        for (bucket, months, want) in cases {
            assert_eq!(
                bucket_expiry(bucket, months).unwrap().to_string(),
                want,
                "{bucket} +{months}"
            );
        }
        assert!(bucket_expiry("garbage", 12).is_err());
    }

    #[test]
    fn record_ids_parse_strictly_and_never_echo_free_text() {
        assert!("0123456789ABCDEF".parse::<RecordId>().is_ok());
        for bad in [
            "",
            "0123",
            "0123456789abcdeg",
            "Aye Aye Khaing is here",
            "Maung",
        ] {
            let err = bad.parse::<RecordId>().unwrap_err().to_string();
            assert!(!err.contains("Aye") && !err.contains("Maung"), "{err}");
        }
        let err = "0123".parse::<RecordId>().unwrap_err().to_string();
        assert!(err.contains("`0123`"), "a mistyped id is shown: {err}");
    }
}
