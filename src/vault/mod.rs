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
//! Listing uses an encrypted summary index (a small sealed summary per row under a per-bucket
//! symmetric key), so unlock plus list does not decrypt every record.

mod audit;
mod error;
mod keys;
mod seal;
mod store;

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
pub use audit::{AuditEntry, AuditEvent};
pub use error::{IoAction, KeyRole, NameRole, VaultError, VaultPart};
pub use keys::MAX_KDF_LOG_N;

use keys::{KeyPair, PassphraseUnwrap, SecretBytes};
use seal::Binding;
use store::DirLock;

/// The audit actor written when nobody is unlocked.
const NOBODY: &str = "-";
/// The key holder id of the offline recovery recipient (user ids are 16 hex digits).
const RECOVERY: &str = "recovery";

pub use crate::platform::{default_vault_dir as default_dir, harden_process};


pub use crate::domain::Role;

fn role_from_id(s: &str) -> Result<Role, VaultError> {
    Role::from_id(s).ok_or(VaultError::Damaged {
        part: VaultPart::UsersTable,
    })
}

/// A staff account (names of staff are not case data; they stay readable so a user can be chosen
/// before unlocking).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserInfo {
    pub name: String,
    pub role: Role,
}

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

/// One row of the case list, from the encrypted summary index.
///
/// `document` is the record without its heavy, free-text parts: `notes`, `answers`, `answered` and
/// `question_notes` are empty here (read the record for them); `answers` counts the answers.
pub struct RecordSummary {
    pub id: RecordId,
    pub created: Timestamp,
    pub updated: Timestamp,
    pub document: RecordDocument,
    pub answers: usize,
    /// The retention bucket (month, `YYYY-MM`) the record lives in.
    pub bucket: String,
}

impl fmt::Debug for RecordSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecordSummary")
            .field("id", &self.id)
            .field("created", &self.created)
            .field("updated", &self.updated)
            .field("document", &self.document)
            .field("answers", &self.answers)
            .finish()
    }
}

/// A receiving organisation. Organisations are not case data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Partner {
    pub name: String,
    /// age X25519 recipient, `age1...`.
    pub recipient: String,
    pub kind: OrganisationKind,
}

/// What a purge destroyed (or, in a dry run, would destroy).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PurgeReport {
    pub buckets: Vec<String>,
    pub records: u64,
    pub dry_run: bool,
}

/// An open vault directory: holds the one-process lock and the database; no keys.
pub struct Vault {
    dir: PathBuf,
    conn: Connection,
    _lock: DirLock,
}

impl Drop for Vault {
    fn drop(&mut self) {
        // Exit path: fold the WAL back so no stale pages linger in vault.db-wal.
        let _ = store::checkpoint(&self.conn);
    }
}

impl fmt::Debug for Vault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Vault")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

impl Vault {
    pub fn exists(dir: &Path) -> bool {
        store::db_path(dir).exists()
    }

    /// Creates the vault, its first supervisor and the unit signing key.
    pub fn create(dir: &Path, opts: InitOptions) -> Result<Vault, VaultError> {
        check_name(&opts.supervisor, NameRole::User)?;
        check_name(&opts.unit, NameRole::Unit)?;
        check_retention(opts.retention_months)?;
        if let Some(n) = opts.kdf_log_n {
            keys::check_log_n(n)?;
        }
        let recovery = opts
            .recovery_recipient
            .as_deref()
            .map(|r| keys::parse_recipient(r, KeyRole::RecoveryRecipient))
            .transpose()?;
        std::fs::create_dir_all(dir).map_err(VaultError::io(IoAction::CreateVaultDir, dir))?;
        restrict_permissions(dir);
        let lock = DirLock::acquire(dir)?;
        if Vault::exists(dir) {
            return Err(VaultError::AlreadyExists {
                dir: dir.to_path_buf(),
            });
        }
        let mut conn = store::open(dir, true)?;
        restrict_permissions(&store::db_path(dir));

        let user = KeyPair::generate();
        let wrapped =
            keys::wrap_with_passphrase(&user.secret_bytes(), &opts.passphrase, opts.kdf_log_n)?;
        let unit = minisign::KeyPair::generate_unencrypted_keypair()
            .map_err(|e| VaultError::Crypto(e.to_string()))?;
        let unit_secret = Zeroizing::new(unit.sk.to_bytes());
        let user_id = random_id();
        let now = Timestamp::now();

        let tx = conn.transaction()?;
        for (key, value) in [
            ("unit", opts.unit.clone()),
            ("retention_months", opts.retention_months.to_string()),
            ("unit_public_key", unit.pk.to_base64()),
            (
                "recovery_recipient",
                recovery.as_ref().map(|r| r.to_string()).unwrap_or_default(),
            ),
            ("created", day(now)),
        ] {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)",
                params![key, value],
            )?;
        }
        tx.execute(
            "INSERT INTO users (id, name, role, recipient, identity, created) VALUES (?1, ?2, 'supervisor', ?3, ?4, ?5)",
            params![user_id, opts.supervisor, user.recipient.to_string(), wrapped, day(now)],
        )?;
        let mut holders = vec![(user_id.clone(), user.recipient.clone())];
        holders.extend(recovery.map(|r| (RECOVERY.to_string(), r)));
        for (holder, recipient) in &holders {
            let w = keys::wrap_to(std::slice::from_ref(recipient), &unit_secret)?;
            tx.execute(
                "INSERT INTO unit_keys (holder, wrapped) VALUES (?1, ?2)",
                params![holder, w],
            )?;
        }
        audit::append(&tx, &opts.supervisor, &AuditEvent::VaultCreated, now)?;
        let event = AuditEvent::UserAdded {
            user: opts.supervisor.clone(),
            role: Role::Supervisor.id().into(),
        };
        audit::append(&tx, &opts.supervisor, &event, now)?;
        tx.commit()?;
        store::checkpoint(&conn)?;
        Ok(Vault {
            dir: dir.to_path_buf(),
            conn,
            _lock: lock,
        })
    }

    /// Takes the one-process lock and brings the schema up to date.
    pub fn open(dir: &Path) -> Result<Vault, VaultError> {
        if !Vault::exists(dir) {
            return Err(VaultError::NotFound {
                dir: dir.to_path_buf(),
            });
        }
        let lock = DirLock::acquire(dir)?;
        let conn = store::open(dir, false)?;
        Ok(Vault {
            dir: dir.to_path_buf(),
            conn,
            _lock: lock,
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn users(&self) -> Result<Vec<UserInfo>, VaultError> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, role FROM users ORDER BY rowid")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        rows.map(|row| {
            let (name, role) = row?;
            Ok(UserInfo {
                name,
                role: role_from_id(&role)?,
            })
        })
        .collect()
    }

    pub fn unit_name(&self) -> Result<String, VaultError> {
        setting(&self.conn, "unit")
    }

    pub fn unit_public_key(&self) -> Result<minisign::PublicKey, VaultError> {
        let text = setting(&self.conn, "unit_public_key")?;
        minisign::PublicKey::from_base64(&text).map_err(|_| VaultError::Damaged {
            part: VaultPart::UnitPublicKey,
        })
    }

    pub fn retention_months(&self) -> Result<u32, VaultError> {
        setting(&self.conn, "retention_months")?
            .parse()
            .map_err(|_| VaultError::Damaged {
                part: VaultPart::RetentionSetting,
            })
    }

    /// True when an offline recovery recipient was set at init.
    pub fn has_recovery(&self) -> Result<bool, VaultError> {
        Ok(!setting(&self.conn, "recovery_recipient")?.is_empty())
    }

    pub fn audit_entries(&self) -> Result<Vec<AuditEntry>, VaultError> {
        audit::entries(&self.conn)
    }

    /// Checks the audit chain; returns how many entries it holds or names the first broken one.
    pub fn verify_audit(&self) -> Result<u64, VaultError> {
        audit::verify(&self.conn)
    }

    /// Slow (scrypt, about 1 s). A failed unlock is audited and gives the Vault back.
    // The error carries the Vault back by value: the shape agreed with the TUI (VAULT_API.md).
    #[allow(clippy::result_large_err)]
    pub fn unlock(
        self,
        user: &str,
        passphrase: &SecretString,
    ) -> Result<Session, (Vault, VaultError)> {
        match self.try_unlock(user, passphrase) {
            Ok(parts) => {
                let mut session = Session {
                    vault: self,
                    user: parts.user,
                    user_id: parts.user_id,
                    identity: parts.identity,
                    buckets: parts.buckets,
                    unit_secret: parts.unit_secret,
                    unit: parts.unit,
                };
                match session.audit(AuditEvent::Unlocked) {
                    Ok(()) => Ok(session),
                    Err(e) => Err((session.vault, e)),
                }
            }
            Err(e) => {
                if let VaultError::WrongPassphrase { .. } = e
                    && let Err(audit_err) = self.audit_alone(&AuditEvent::UnlockFailed {
                        user: user.to_string(),
                    })
                {
                    return Err((self, audit_err));
                }
                Err((self, e))
            }
        }
    }

    fn audit_alone(&self, event: &AuditEvent) -> Result<(), VaultError> {
        let tx = self.conn.unchecked_transaction()?;
        audit::append(&tx, NOBODY, event, Timestamp::now())?;
        tx.commit()?;
        Ok(())
    }

    fn try_unlock(&self, name: &str, passphrase: &SecretString) -> Result<Unlocked, VaultError> {
        let (user_id, role, recipient, wrapped) = user_row(&self.conn, name)?;
        let identity = match keys::unwrap_with_passphrase(&wrapped, passphrase) {
            PassphraseUnwrap::Opened(secret) => KeyPair::from_secret_bytes(&secret),
            PassphraseUnwrap::Wrong => {
                return Err(VaultError::WrongPassphrase {
                    user: name.to_string(),
                });
            }
            PassphraseUnwrap::Damaged => None,
        }
        .filter(|k| k.recipient.to_string() == recipient)
        .ok_or_else(|| VaultError::Damaged {
            part: VaultPart::UserKey {
                name: name.to_owned(),
            },
        })?;
        let buckets = load_buckets(&self.conn, &user_id, &identity.identity)?;
        let unit_secret = self
            .conn
            .query_row(
                "SELECT wrapped FROM unit_keys WHERE holder = ?1",
                [&user_id],
                |r| r.get::<_, Vec<u8>>(0),
            )
            .optional()?
            .map(|w| {
                keys::read_through(&w, &identity.identity).map_err(|_| VaultError::Damaged {
                    part: VaultPart::UnitSigningKey,
                })
            })
            .transpose()?;
        Ok(Unlocked {
            unit: self.unit_name()?,
            user: UserInfo {
                name: name.to_string(),
                role: role_from_id(&role)?,
            },
            user_id,
            identity,
            buckets,
            unit_secret,
        })
    }

    /// Gives `name` a new passphrase (and a new key) with the unit's offline recovery identity
    /// (the text of an age identity file). Every bucket key, and the unit key for a supervisor, is
    /// re-wrapped to the new key after the new key is on disk.
    pub fn recover_user(
        &mut self,
        name: &str,
        recovery_identity: &SecretString,
        new_passphrase: &SecretString,
        kdf_log_n: Option<u8>,
    ) -> Result<(), VaultError> {
        let expected = setting(&self.conn, "recovery_recipient")?;
        if expected.is_empty() {
            return Err(VaultError::NoRecoveryRecipient);
        }
        let recovery = keys::parse_identity_file(recovery_identity)?;
        if recovery.recipient.to_string() != expected {
            return Err(VaultError::WrongRecoveryIdentity);
        }
        let (user_id, role, _, _) = user_row(&self.conn, name)?;
        let fresh = KeyPair::generate();
        let wrapped = keys::wrap_with_passphrase(&fresh.secret_bytes(), new_passphrase, kdf_log_n)?;
        let now = Timestamp::now();
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE users SET recipient = ?1, identity = ?2 WHERE id = ?3",
            params![fresh.recipient.to_string(), wrapped, user_id],
        )?;
        audit::append(
            &tx,
            NOBODY,
            &AuditEvent::UserRecovered {
                user: name.to_string(),
            },
            now,
        )?;
        tx.commit()?;

        let buckets = load_buckets(&self.conn, RECOVERY, &recovery.identity)?;
        let unit_secret = if role == Role::Supervisor.id() {
            self.conn
                .query_row(
                    "SELECT wrapped FROM unit_keys WHERE holder = ?1",
                    [RECOVERY],
                    |r| r.get::<_, Vec<u8>>(0),
                )
                .optional()?
                .map(|w| {
                    keys::read_through(&w, &recovery.identity).map_err(|_| VaultError::Damaged {
                        part: VaultPart::UnitSigningKey,
                    })
                })
                .transpose()?
        } else {
            None
        };
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM bucket_keys WHERE holder = ?1", [&user_id])?;
        tx.execute("DELETE FROM unit_keys WHERE holder = ?1", [&user_id])?;
        grant_keys(
            &tx,
            &user_id,
            &fresh.recipient,
            buckets.values(),
            unit_secret.as_deref().map(Vec::as_slice),
        )?;
        tx.commit()?;
        Ok(())
    }
}

struct Unlocked {
    unit: String,
    user: UserInfo,
    user_id: String,
    identity: KeyPair,
    buckets: BTreeMap<String, BucketKey>,
    unit_secret: Option<SecretBytes>,
}

/// A retention bucket's keys, held only while unlocked.
struct BucketKey {
    id: String,
    pair: KeyPair,
    index: Zeroizing<[u8; 32]>,
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
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("user", &self.user)
            .field("dir", &self.vault.dir)
            .finish_non_exhaustive()
    }
}

/// The part of a summary that is not the document itself.
#[derive(Serialize, Deserialize)]
struct SummaryBody {
    created: String,
    updated: String,
    answers: usize,
    document: RecordDocument,
}

impl Session {
    pub fn user(&self) -> &UserInfo {
        &self.user
    }

    pub fn unit_name(&self) -> &str {
        &self.unit
    }

    pub fn retention_months(&self) -> Result<u32, VaultError> {
        self.vault.retention_months()
    }

    /// Supervisors only.
    pub fn set_retention_months(&mut self, months: u32) -> Result<(), VaultError> {
        self.require_supervisor()?;
        check_retention(months)?;
        let tx = self.vault.conn.transaction()?;
        tx.execute(
            "UPDATE settings SET value = ?1 WHERE key = 'retention_months'",
            [months.to_string()],
        )?;
        audit::append(
            &tx,
            &self.user.name,
            &AuditEvent::RetentionChanged { months },
            Timestamp::now(),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Seals and stores a new record; returns after COMMIT.
    pub fn create_record(&mut self, doc: &RecordDocument) -> Result<RecordId, VaultError> {
        let mut ids = self.create_records(std::slice::from_ref(doc))?;
        Ok(ids.remove(0))
    }

    /// Seals and stores several records in one transaction (all or none); returns after COMMIT.
    pub fn create_records(&mut self, docs: &[RecordDocument]) -> Result<Vec<RecordId>, VaultError> {
        let now = Timestamp::now();
        let bucket_id = bucket_of(now);
        self.ensure_bucket(&bucket_id, now)?;
        let bucket = &self.buckets[&bucket_id];
        let tx = self.vault.conn.transaction()?;
        let mut ids = Vec::with_capacity(docs.len());
        for doc in docs {
            let id = RecordId::random();
            let at = Binding {
                record: id.as_str(),
                bucket: &bucket_id,
                version: 1,
            };
            let sealed = seal::seal_record(&bucket.pair.recipient, at, &to_json(doc)?)?;
            let summary = seal::seal_summary(&bucket.index, at, &summary_json(doc, now, now)?)?;
            tx.execute(
                "INSERT INTO records (id, bucket, version, created, updated, sealed, summary) VALUES (?1, ?2, 1, ?3, ?3, ?4, ?5)",
                params![id.as_str(), bucket_id, day(now), sealed, summary],
            )?;
            let event = AuditEvent::RecordCreated { record: id.clone() };
            audit::append(&tx, &self.user.name, &event, now)?;
            ids.push(id);
        }
        tx.commit()?;
        Ok(ids)
    }

    /// Replaces a record's document; returns after COMMIT.
    pub fn update_record(&mut self, id: &RecordId, doc: &RecordDocument) -> Result<(), VaultError> {
        let now = Timestamp::now();
        let (bucket_id, version, summary) = self.record_row(id, "summary")?;
        let bucket = self.bucket_key(&bucket_id)?;
        let old = Binding {
            record: id.as_str(),
            bucket: &bucket_id,
            version,
        };
        let created = open_summary_body(&bucket.index, old, &summary)?.created;
        let created = parse_time(&created, id)?;
        let at = Binding {
            version: version + 1,
            ..old
        };
        let sealed = seal::seal_record(&bucket.pair.recipient, at, &to_json(doc)?)?;
        let summary = seal::seal_summary(&bucket.index, at, &summary_json(doc, created, now)?)?;
        let tx = self.vault.conn.transaction()?;
        let changed = tx.execute(
            "UPDATE records SET version = ?1, updated = ?2, sealed = ?3, summary = ?4 WHERE id = ?5 AND version = ?6",
            params![version + 1, day(now), sealed, summary, id.as_str(), version],
        )?;
        if changed != 1 {
            return Err(VaultError::RecordNotFound { id: id.to_string() });
        }
        audit::append(
            &tx,
            &self.user.name,
            &AuditEvent::RecordUpdated { record: id.clone() },
            now,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Opens a record (audited as a view).
    pub fn read_record(&mut self, id: &RecordId) -> Result<RecordDocument, VaultError> {
        let (bucket_id, version, sealed) = self.record_row(id, "sealed")?;
        let bucket = self.bucket_key(&bucket_id)?;
        let at = Binding {
            record: id.as_str(),
            bucket: &bucket_id,
            version,
        };
        let plain = seal::open_record(&bucket.pair.identity, at, &sealed)?;
        let doc = serde_json::from_slice(&plain).map_err(|_| VaultError::Damaged {
            part: VaultPart::Record { id: id.to_string() },
        })?;
        self.audit(AuditEvent::RecordViewed { record: id.clone() })?;
        Ok(doc)
    }

    /// The case list, newest change first, from the encrypted summary index. Records in buckets
    /// this user holds no key for are left out.
    pub fn list_records(&mut self) -> Result<Vec<RecordSummary>, VaultError> {
        let mut stmt = self
            .vault
            .conn
            .prepare("SELECT id, bucket, version, summary FROM records")?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let id = RecordId(r.get(0)?);
            let bucket_id: String = r.get(1)?;
            let Some(bucket) = self.buckets.get(&bucket_id) else {
                continue;
            };
            let at = Binding {
                record: id.as_str(),
                bucket: &bucket_id,
                version: r.get(2)?,
            };
            let body = open_summary_body(
                &bucket.index,
                at,
                r.get_ref(3)?.as_blob().map_err(rusqlite::Error::from)?,
            )?;
            out.push(RecordSummary {
                created: parse_time(&body.created, &id)?,
                updated: parse_time(&body.updated, &id)?,
                answers: body.answers,
                document: body.document,
                bucket: bucket_id,
                id,
            });
        }
        out.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
        Ok(out)
    }

    pub fn delete_record(&mut self, id: &RecordId) -> Result<(), VaultError> {
        let tx = self.vault.conn.transaction()?;
        if tx.execute("DELETE FROM records WHERE id = ?1", [id.as_str()])? == 0 {
            return Err(VaultError::RecordNotFound { id: id.to_string() });
        }
        audit::append(
            &tx,
            &self.user.name,
            &AuditEvent::RecordDeleted { record: id.clone() },
            Timestamp::now(),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Audit events carry ids and kinds only, never personal data.
    pub fn record_event(&mut self, event: AuditEvent) -> Result<(), VaultError> {
        self.audit(event)
    }

    pub fn audit_entries(&self) -> Result<Vec<AuditEntry>, VaultError> {
        self.vault.audit_entries()
    }

    pub fn verify_audit(&self) -> Result<u64, VaultError> {
        self.vault.verify_audit()
    }

    /// The unit's signing key: supervisors only.
    pub fn unit_signing_key(&self) -> Result<minisign::SecretKey, VaultError> {
        self.require_supervisor()?;
        let secret = self.unit_secret.as_ref().ok_or(VaultError::NoUnitKey)?;
        minisign::SecretKey::from_bytes(secret).map_err(|_| VaultError::Damaged {
            part: VaultPart::UnitSigningKey,
        })
    }

    pub fn unit_public_key(&self) -> Result<minisign::PublicKey, VaultError> {
        self.vault.unit_public_key()
    }

    pub fn users(&self) -> Result<Vec<UserInfo>, VaultError> {
        self.vault.users()
    }

    /// Adds a user (supervisors only). The new key is committed first; then every bucket key this
    /// supervisor holds, and the unit key for a new supervisor, is wrapped to it.
    pub fn add_user(
        &mut self,
        name: &str,
        role: Role,
        passphrase: &SecretString,
        kdf_log_n: Option<u8>,
    ) -> Result<(), VaultError> {
        self.require_supervisor()?;
        check_name(name, NameRole::User)?;
        if user_row(&self.vault.conn, name).is_ok() {
            return Err(VaultError::UserExists {
                name: name.to_string(),
            });
        }
        let fresh = KeyPair::generate();
        let wrapped = keys::wrap_with_passphrase(&fresh.secret_bytes(), passphrase, kdf_log_n)?;
        let user_id = random_id();
        let now = Timestamp::now();
        let tx = self.vault.conn.transaction()?;
        tx.execute(
            "INSERT INTO users (id, name, role, recipient, identity, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![user_id, name, role.id(), fresh.recipient.to_string(), wrapped, day(now)],
        )?;
        let event = AuditEvent::UserAdded {
            user: name.to_string(),
            role: role.id().into(),
        };
        audit::append(&tx, &self.user.name, &event, now)?;
        tx.commit()?;

        let tx = self.vault.conn.transaction()?;
        let unit_secret = self
            .unit_secret
            .as_deref()
            .filter(|_| role == Role::Supervisor);
        grant_keys(
            &tx,
            &user_id,
            &fresh.recipient,
            self.buckets.values(),
            unit_secret.map(Vec::as_slice),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Removes a user and every key wrapped to them (supervisors only; never the last supervisor).
    pub fn remove_user(&mut self, name: &str) -> Result<(), VaultError> {
        self.require_supervisor()?;
        let (user_id, role, _, _) = user_row(&self.vault.conn, name)?;
        let supervisors: i64 = self.vault.conn.query_row(
            "SELECT count(*) FROM users WHERE role = 'supervisor'",
            [],
            |r| r.get(0),
        )?;
        if role == Role::Supervisor.id() && supervisors <= 1 {
            return Err(VaultError::LastSupervisor {
                name: name.to_string(),
            });
        }
        let tx = self.vault.conn.transaction()?;
        tx.execute("DELETE FROM bucket_keys WHERE holder = ?1", [&user_id])?;
        tx.execute("DELETE FROM unit_keys WHERE holder = ?1", [&user_id])?;
        tx.execute("DELETE FROM users WHERE id = ?1", [&user_id])?;
        audit::append(
            &tx,
            &self.user.name,
            &AuditEvent::UserRemoved {
                user: name.to_string(),
            },
            Timestamp::now(),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Re-wraps this user's key with a new passphrase.
    pub fn change_passphrase(
        &mut self,
        new_passphrase: &SecretString,
        kdf_log_n: Option<u8>,
    ) -> Result<(), VaultError> {
        let wrapped =
            keys::wrap_with_passphrase(&self.identity.secret_bytes(), new_passphrase, kdf_log_n)?;
        let tx = self.vault.conn.transaction()?;
        tx.execute(
            "UPDATE users SET identity = ?1 WHERE id = ?2",
            params![wrapped, self.user_id],
        )?;
        let event = AuditEvent::PassphraseChanged {
            user: self.user.name.clone(),
        };
        audit::append(&tx, &self.user.name, &event, Timestamp::now())?;
        tx.commit()?;
        Ok(())
    }

    /// Supervisors only. `recipient` must be an age X25519 recipient.
    pub fn add_partner(&mut self, p: &Partner) -> Result<(), VaultError> {
        self.require_supervisor()?;
        check_name(&p.name, NameRole::Partner)?;
        keys::parse_recipient(&p.recipient, KeyRole::PartnerRecipient)?;
        let tx = self.vault.conn.transaction()?;
        let added = tx.execute(
            "INSERT OR IGNORE INTO partners (name, recipient, kind) VALUES (?1, ?2, ?3)",
            params![p.name, p.recipient.trim(), p.kind.id()],
        )?;
        if added == 0 {
            return Err(VaultError::PartnerExists {
                name: p.name.clone(),
            });
        }
        audit::append(
            &tx,
            &self.user.name,
            &AuditEvent::PartnerAdded {
                partner: p.name.clone(),
            },
            Timestamp::now(),
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn partners(&mut self) -> Result<Vec<Partner>, VaultError> {
        let mut stmt = self
            .vault
            .conn
            .prepare("SELECT name, recipient, kind FROM partners ORDER BY name")?;
        let rows = stmt.query_map([], |r| {
            Ok(Partner {
                name: r.get(0)?,
                recipient: r.get(1)?,
                kind: {
                    let id: String = r.get(2)?;
                    // An unknown kind would be a newer vault, or a tampered row.
                    id.parse().map_err(|e: crate::domain::UnknownValue| {
                        rusqlite::Error::FromSqlConversionFailure(
                            2,
                            rusqlite::types::Type::Text,
                            Box::new(e),
                        )
                    })?
                },
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Supervisors only.
    pub fn remove_partner(&mut self, name: &str) -> Result<(), VaultError> {
        self.require_supervisor()?;
        let tx = self.vault.conn.transaction()?;
        if tx.execute("DELETE FROM partners WHERE name = ?1", [name])? == 0 {
            return Err(VaultError::UnknownPartner {
                name: name.to_owned(),
            });
        }
        audit::append(
            &tx,
            &self.user.name,
            &AuditEvent::PartnerRemoved {
                partner: name.to_string(),
            },
            Timestamp::now(),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Replay check when receiving a packet.
    pub fn packet_seen(&mut self, packet_id: &str) -> Result<bool, VaultError> {
        let n: i64 = self.vault.conn.query_row(
            "SELECT count(*) FROM packets_seen WHERE id = ?1",
            [packet_id],
            |r| r.get(0),
        )?;
        Ok(n > 0)
    }

    pub fn mark_packet_seen(&mut self, packet_id: &str) -> Result<(), VaultError> {
        self.vault.conn.execute(
            "INSERT OR IGNORE INTO packets_seen (id, seen) VALUES (?1, ?2)",
            params![packet_id, day(Timestamp::now())],
        )?;
        Ok(())
    }

    /// Destroys expired retention buckets as of now. Supervisors only.
    pub fn purge(&mut self, dry_run: bool) -> Result<PurgeReport, VaultError> {
        self.purge_at(Timestamp::now(), dry_run)
    }

    /// [`Session::purge`] as of `now` (the clock is a parameter so retention can be tested).
    /// Keys are destroyed and committed first, then the rows; then the WAL is checkpointed and
    /// the database vacuumed so no page of an old record remains in the files.
    pub fn purge_at(&mut self, now: Timestamp, dry_run: bool) -> Result<PurgeReport, VaultError> {
        self.require_supervisor()?;
        let months = self.vault.retention_months()?;
        let all: Vec<String> = {
            let mut stmt = self
                .vault
                .conn
                .prepare("SELECT id FROM buckets ORDER BY id")?;
            stmt.query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        let mut expired = Vec::new();
        for b in all {
            if bucket_expiry(&b, months)? <= now {
                expired.push(b);
            }
        }
        let mut records = 0u64;
        for b in &expired {
            let n: i64 = self.vault.conn.query_row(
                "SELECT count(*) FROM records WHERE bucket = ?1",
                [b],
                |r| r.get(0),
            )?;
            records += n as u64;
        }
        let report = PurgeReport {
            buckets: expired,
            records,
            dry_run,
        };
        if dry_run || report.buckets.is_empty() {
            return Ok(report);
        }
        let tx = self.vault.conn.transaction()?;
        for b in &report.buckets {
            tx.execute("DELETE FROM bucket_keys WHERE bucket = ?1", [b])?;
        }
        tx.commit()?;
        let tx = self.vault.conn.transaction()?;
        for b in &report.buckets {
            tx.execute("DELETE FROM records WHERE bucket = ?1", [b])?;
            tx.execute("DELETE FROM buckets WHERE id = ?1", [b])?;
        }
        let event = AuditEvent::Purged {
            buckets: report.buckets.clone(),
            records,
        };
        audit::append(&tx, &self.user.name, &event, Timestamp::now())?;
        tx.commit()?;
        for b in &report.buckets {
            self.buckets.remove(b);
        }
        store::checkpoint(&self.vault.conn)?;
        self.vault.conn.execute_batch("VACUUM")?;
        store::checkpoint(&self.vault.conn)?;
        Ok(report)
    }

    /// Locks: writes the audit entry, checkpoints (TRUNCATE), and drops every key.
    pub fn lock(mut self) -> Result<Vault, VaultError> {
        self.audit(AuditEvent::Locked)?;
        store::checkpoint(&self.vault.conn)?;
        Ok(self.vault)
    }

    fn audit(&mut self, event: AuditEvent) -> Result<(), VaultError> {
        let tx = self.vault.conn.transaction()?;
        audit::append(&tx, &self.user.name, &event, Timestamp::now())?;
        tx.commit()?;
        Ok(())
    }

    fn require_supervisor(&self) -> Result<(), VaultError> {
        match self.user.role {
            Role::Supervisor => Ok(()),
            Role::Officer => Err(VaultError::SupervisorOnly),
        }
    }

    fn bucket_key(&self, bucket: &str) -> Result<&BucketKey, VaultError> {
        self.buckets
            .get(bucket)
            .ok_or_else(|| VaultError::NoBucketKey {
                bucket: bucket.to_string(),
            })
    }

    /// (bucket, version, the named blob column) of a record row.
    fn record_row(
        &self,
        id: &RecordId,
        column: &str,
    ) -> Result<(String, i64, Vec<u8>), VaultError> {
        let sql = format!("SELECT bucket, version, {column} FROM records WHERE id = ?1");
        self.vault
            .conn
            .query_row(&sql, [id.as_str()], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?
            .ok_or_else(|| VaultError::RecordNotFound { id: id.to_string() })
    }

    /// Makes sure this month's bucket exists. A new bucket's keys are committed, wrapped to every
    /// user and the recovery recipient, before any record is sealed to it.
    fn ensure_bucket(&mut self, bucket_id: &str, now: Timestamp) -> Result<(), VaultError> {
        if self.buckets.contains_key(bucket_id) {
            return Ok(());
        }
        let exists: i64 = self.vault.conn.query_row(
            "SELECT count(*) FROM buckets WHERE id = ?1",
            [bucket_id],
            |r| r.get(0),
        )?;
        if exists > 0 {
            return Err(VaultError::NoBucketKey {
                bucket: bucket_id.to_string(),
            });
        }
        let pair = KeyPair::generate();
        let secret = pair.secret_bytes();
        let mut holders: Vec<(String, String)> = {
            let mut stmt = self.vault.conn.prepare("SELECT id, recipient FROM users")?;
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?
        };
        let recovery = setting(&self.vault.conn, "recovery_recipient")?;
        if !recovery.is_empty() {
            holders.push((RECOVERY.to_string(), recovery));
        }
        let tx = self.vault.conn.transaction()?;
        tx.execute(
            "INSERT INTO buckets (id, recipient, created) VALUES (?1, ?2, ?3)",
            params![bucket_id, pair.recipient.to_string(), day(now)],
        )?;
        for (holder, recipient) in holders {
            let r = keys::parse_recipient(&recipient, KeyRole::StoredUserKey)?;
            let w = keys::wrap_to(&[r], &secret)?;
            tx.execute(
                "INSERT INTO bucket_keys (bucket, holder, wrapped) VALUES (?1, ?2, ?3)",
                params![bucket_id, holder, w],
            )?;
        }
        tx.commit()?;
        let index = keys::index_key(&pair);
        self.buckets.insert(
            bucket_id.to_string(),
            BucketKey {
                id: bucket_id.to_string(),
                pair,
                index,
            },
        );
        Ok(())
    }
}

/// Wraps bucket keys, and the unit signing key when given, to a user whose key is already
/// committed (a key is always on disk before anything is wrapped to it).
fn grant_keys<'b>(
    tx: &rusqlite::Transaction<'_>,
    user_id: &str,
    recipient: &age::x25519::Recipient,
    buckets: impl Iterator<Item = &'b BucketKey>,
    unit_secret: Option<&[u8]>,
) -> Result<(), VaultError> {
    let to = std::slice::from_ref(recipient);
    for bucket in buckets {
        let w = keys::wrap_to(to, &bucket.pair.secret_bytes())?;
        tx.execute(
            "INSERT INTO bucket_keys (bucket, holder, wrapped) VALUES (?1, ?2, ?3)",
            params![bucket.id, user_id, w],
        )?;
    }
    if let Some(secret) = unit_secret {
        let w = keys::wrap_to(to, secret)?;
        tx.execute(
            "INSERT INTO unit_keys (holder, wrapped) VALUES (?1, ?2)",
            params![user_id, w],
        )?;
    }
    Ok(())
}

fn load_buckets(
    conn: &Connection,
    holder: &str,
    identity: &age::x25519::Identity,
) -> Result<BTreeMap<String, BucketKey>, VaultError> {
    let mut stmt = conn.prepare(
        "SELECT k.bucket, k.wrapped, b.recipient FROM bucket_keys k JOIN buckets b ON b.id = k.bucket WHERE k.holder = ?1",
    )?;
    let mut rows = stmt.query([holder])?;
    let mut out = BTreeMap::new();
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let recipient: String = r.get(2)?;
        let damaged = || VaultError::Damaged {
            part: VaultPart::BucketKey { bucket: id.clone() },
        };
        let secret = keys::read_through(
            r.get_ref(1)?.as_blob().map_err(rusqlite::Error::from)?,
            identity,
        )
        .map_err(|_| damaged())?;
        let pair = KeyPair::from_secret_bytes(&secret)
            .filter(|p| p.recipient.to_string() == recipient)
            .ok_or_else(damaged)?;
        let index = keys::index_key(&pair);
        out.insert(id.clone(), BucketKey { id, pair, index });
    }
    Ok(out)
}

fn user_row(
    conn: &Connection,
    name: &str,
) -> Result<(String, String, String, Vec<u8>), VaultError> {
    conn.query_row(
        "SELECT id, role, recipient, identity FROM users WHERE name = ?1",
        [name],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )
    .optional()?
    .ok_or_else(|| VaultError::UnknownUser {
        name: name.to_string(),
    })
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

fn check_name(name: &str, what: NameRole) -> Result<(), VaultError> {
    let ok = !name.trim().is_empty()
        && name.chars().count() <= 64
        && !name.chars().any(char::is_control)
        && name != NOBODY;
    if ok {
        Ok(())
    } else {
        Err(VaultError::BadName { what })
    }
}

fn check_retention(months: u32) -> Result<(), VaultError> {
    if (1..=120).contains(&months) {
        Ok(())
    } else {
        Err(VaultError::BadRetention)
    }
}

fn restrict_permissions(path: &Path) {
    crate::platform::restrict_to_owner(path);
}

/// The coarse (day) timestamp kept in plaintext columns.
fn day(t: Timestamp) -> String {
    t.strftime("%Y-%m-%d").to_string()
}

/// The retention bucket (UTC month) a moment falls in.
pub fn bucket_of(t: Timestamp) -> String {
    t.strftime("%Y-%m").to_string()
}

/// When a bucket expires: the start of the month `retention_months` after the bucket's month ends.
pub fn bucket_expiry(bucket: &str, retention_months: u32) -> Result<Timestamp, VaultError> {
    let damaged = || VaultError::Damaged {
        part: VaultPart::BucketId {
            bucket: bucket.to_owned(),
        },
    };
    let (y, m) = bucket.split_once('-').ok_or_else(damaged)?;
    let (y, m): (i16, i8) = (
        y.parse().map_err(|_| damaged())?,
        m.parse().map_err(|_| damaged())?,
    );
    let start = jiff::civil::Date::new(y, m, 1).map_err(|_| damaged())?;
    let end = start
        .checked_add(jiff::Span::new().months(i64::from(retention_months) + 1))
        .map_err(|_| damaged())?;
    Ok(end
        .to_zoned_datetime(TimeZone::UTC)
        .map_err(|_| damaged())?
        .timestamp())
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

fn summary_json(
    doc: &RecordDocument,
    created: Timestamp,
    updated: Timestamp,
) -> Result<SecretBytes, VaultError> {
    let document = RecordDocument {
        notes: String::new(),
        answers: BTreeMap::new(),
        answered: BTreeMap::new(),
        question_notes: BTreeMap::new(),
        ..doc.clone()
    };
    to_json(&SummaryBody {
        created: created.to_string(),
        updated: updated.to_string(),
        answers: doc.answers.len(),
        document,
    })
}

fn open_summary_body(
    index: &[u8; 32],
    at: Binding<'_>,
    sealed: &[u8],
) -> Result<SummaryBody, VaultError> {
    let plain = seal::open_summary(index, at, sealed)?;
    serde_json::from_slice(&plain).map_err(|_| VaultError::Damaged {
        part: VaultPart::Summary {
            id: at.record.to_string(),
        },
    })
}

fn parse_time(s: &str, id: &RecordId) -> Result<Timestamp, VaultError> {
    s.parse().map_err(|_| VaultError::Damaged {
        part: VaultPart::Summary { id: id.to_string() },
    })
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
