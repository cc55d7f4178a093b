//! Opening and unlocking the vault: creating it (one transaction, keys committed before
//! anything is wrapped to them), opening it, unlocking a user with the passphrase (failed attempts
//! audited; the seal checked before anything is read), recovering a user with the offline
//! recovery identity, and locking again.

use super::*;

pub(super) struct Unlocked {
    pub(super) unit: String,
    pub(super) user: UserInfo,
    pub(super) user_id: String,
    pub(super) identity: KeyPair,
    pub(super) buckets: BTreeMap<String, BucketKey>,
    pub(super) unit_secret: Option<SecretBytes>,
    pub(super) sealing: Sealing,
    pub(super) adopt: Adopt,
}

/// What `tandem audit verify` found (see [`Vault::inspect`]).
#[derive(Debug)]
pub struct Inspection {
    /// What the seal found changed outside Tandem.
    pub tampered: Vec<TamperedPart>,
    /// The audit chain: its length, or the first broken entry.
    pub audit: Result<u64, VaultError>,
    /// Record rows that disagree with the log.
    pub records: Vec<RecordProblem>,
    /// False when no vault key could be had for a sealed vault, so keyed links were not checked.
    pub keyed: bool,
}

impl Inspection {
    pub fn is_clean(&self) -> bool {
        self.tampered.is_empty() && self.audit.is_ok() && self.records.is_empty() && self.keyed
    }
}

/// What an unlock still has to write about the vault key, once the seal has been checked.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Adopt {
    /// The user's passphrase wrap already holds the current key.
    Nothing,
    /// The user took a key offered to them: it goes inside their passphrase wrap.
    Keep,
    /// A vault from before schema 2: sealed now, on trust, and the key offered to the others.
    SealFirst,
}

/// A vault sealed for the first time: its key offered, untagged, to every user but `except`,
/// and wrapped to the recovery recipient.
fn offer_to_others(tx: &Connection, key: &VaultKey, except: &str) -> Result<(), VaultError> {
    let others: Vec<(String, String)> = {
        let mut stmt = tx.prepare("SELECT id, recipient FROM users WHERE id != ?1")?;
        stmt.query_map([except], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?
    };
    for (id, recipient) in others {
        let to = keys::parse_recipient(&recipient, KeyRole::StoredUserKey)?;
        integrity::offer_untagged(tx, key, &id, &to)?;
    }
    if let Some(to) = users::recovery_recipient(tx)? {
        integrity::wrap_for_recovery(tx, key, &to)?;
    }
    Ok(())
}

pub(super) fn load_buckets(
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

impl Vault {
    pub fn exists(dir: &Path) -> bool {
        store::db_path(dir).exists()
    }

    /// Refuses a directory that already holds a vault: `AlreadyExists`, or `InterruptedInit` for a
    /// vault without users (a set-up by an older Tandem that was killed), with how to start again.
    pub fn ensure_absent(dir: &Path) -> Result<(), VaultError> {
        if !Vault::exists(dir) {
            return Ok(());
        }
        let users = store::open(dir, false).ok().and_then(|c| {
            c.query_row("SELECT count(*) FROM users", [], |r| r.get::<_, i64>(0))
                .ok()
        });
        Err(if users == Some(0) {
            VaultError::InterruptedInit {
                dir: dir.to_path_buf(),
            }
        } else {
            VaultError::AlreadyExists {
                dir: dir.to_path_buf(),
            }
        })
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
        Vault::ensure_absent(dir)?;
        // The vault is built under another name and renamed into place only when whole: a kill
        // at any moment leaves either no vault or a complete one.
        let building = store::init_path(dir);
        for stale in ["", "-wal", "-shm", "-journal"] {
            let mut p = building.as_os_str().to_owned();
            p.push(stale);
            let _ = std::fs::remove_file(PathBuf::from(p));
        }
        let mut conn = store::open_file(&building, true)?;
        restrict_permissions(&building);

        let user = KeyPair::generate();
        let vault_key = VaultKey::generate();
        let wrapped = keys::wrap_with_passphrase(
            &UserSecret::to_bytes(&user, &vault_key),
            &opts.passphrase,
            opts.kdf_log_n,
        )?;
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
        if let Some(r) = &recovery {
            integrity::wrap_for_recovery(&tx, &vault_key, r)?;
        }
        let mut holders = vec![(user_id.clone(), user.recipient.clone())];
        holders.extend(recovery.map(|r| (RECOVERY.to_string(), r)));
        for (holder, recipient) in &holders {
            let w = keys::wrap_to(std::slice::from_ref(recipient), &unit_secret)?;
            tx.execute(
                "INSERT INTO unit_keys (holder, wrapped) VALUES (?1, ?2)",
                params![holder, w],
            )?;
        }
        let key = Some(&vault_key);
        audit::append(&tx, key, &opts.supervisor, &AuditEvent::VaultCreated, now)?;
        let event = AuditEvent::UserAdded {
            user: opts.supervisor.clone(),
            role: Role::Supervisor.id().into(),
        };
        audit::append(&tx, key, &opts.supervisor, &event, now)?;
        let mut sealing = Sealing::fresh(&tx, vault_key)?;
        sealing.commit(tx)?;
        store::checkpoint(&conn)?;
        // Closed cleanly, the write-ahead log is folded in and removed; then the whole file is
        // made durable and takes its name in one rename.
        drop(conn);
        let io = |e| VaultError::io(IoAction::CreateVaultDir, dir)(e);
        std::fs::File::open(&building)
            .and_then(|f| f.sync_all())
            .map_err(io)?;
        std::fs::rename(&building, store::db_path(dir)).map_err(io)?;
        crate::platform::sync_dir(dir);
        let conn = store::open(dir, false)?;
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

    pub fn unit_name(&self) -> Result<String, VaultError> {
        setting(&self.conn, "unit")
    }

    pub fn unit_public_key(&self) -> Result<minisign::PublicKey, VaultError> {
        let text = setting(&self.conn, "unit_public_key")?;
        minisign::PublicKey::from_base64(&text).map_err(|_| VaultError::Damaged {
            part: VaultPart::UnitPublicKey,
        })
    }

    /// True when an offline recovery recipient was set at init.
    pub fn has_recovery(&self) -> Result<bool, VaultError> {
        Ok(!setting(&self.conn, "recovery_recipient")?.is_empty())
    }

    pub fn audit_entries(&self) -> Result<Vec<AuditEntry>, VaultError> {
        audit::entries(&self.conn)
    }

    /// Checks what of the audit chain can be checked without a key (its sequence and the links
    /// written while nobody was unlocked); returns how many entries it holds or names the first
    /// broken one. [`Session::verify_audit`] checks every link, the seal and the records.
    pub fn verify_audit(&self) -> Result<u64, VaultError> {
        audit::verify(&self.conn, None)
    }

    #[allow(clippy::result_large_err)]
    pub fn unlock(
        self,
        user: &str,
        passphrase: &SecretString,
    ) -> Result<Session, (Vault, VaultError)> {
        self.unlock_logged(user, passphrase, false)
    }

    /// Unlocks like [`Vault::unlock`], but the `unlocked` entry is written first in the
    /// session's first commit instead of a commit of its own: for a command that shows nothing
    /// from the vault before its first commit (`referral export`, whose first commit logs the
    /// record's view and the export together). One write to the disk fewer.
    #[allow(clippy::result_large_err)]
    pub fn unlock_deferred(
        self,
        user: &str,
        passphrase: &SecretString,
    ) -> Result<Session, (Vault, VaultError)> {
        self.unlock_logged(user, passphrase, true)
    }

    #[allow(clippy::result_large_err)]
    fn unlock_logged(
        self,
        user: &str,
        passphrase: &SecretString,
        deferred: bool,
    ) -> Result<Session, (Vault, VaultError)> {
        match self.try_unlock(user, passphrase) {
            Ok(parts) => {
                let adopt = parts.adopt;
                let mut session = Session {
                    vault: self,
                    user: parts.user,
                    user_id: parts.user_id,
                    identity: parts.identity,
                    buckets: parts.buckets,
                    unit_secret: parts.unit_secret,
                    unit: parts.unit,
                    sealing: parts.sealing,
                };
                let done = session.adopt_vault_key(adopt, passphrase).and_then(|()| {
                    if deferred {
                        let name = session.user.name.clone();
                        session
                            .sealing
                            .defer(&name, AuditEvent::Unlocked, Timestamp::now());
                        Ok(())
                    } else {
                        session.audit(AuditEvent::Unlocked)
                    }
                });
                match done {
                    Ok(()) => Ok(session),
                    Err(e) => Err((session.vault, e)),
                }
            }
            Err(e) => {
                let event = match &e {
                    VaultError::WrongPassphrase { .. } => Some(AuditEvent::UnlockFailed {
                        user: user.to_string(),
                    }),
                    VaultError::Tampered { part } => {
                        let (what, subject) = part.id_and_subject();
                        let part = if subject.is_empty() {
                            what.to_owned()
                        } else {
                            format!("{what} {subject}")
                        };
                        Some(AuditEvent::TamperDetected { part })
                    }
                    _ => None,
                };
                if let Some(event) = event
                    && let Err(audit_err) = self.audit_alone(&event)
                {
                    return Err((self, audit_err));
                }
                Err((self, e))
            }
        }
    }

    /// An entry written while nobody is unlocked: a plain link, of the kinds the seal lets
    /// follow its head.
    pub(super) fn audit_alone(&self, event: &AuditEvent) -> Result<(), VaultError> {
        let tx = self.conn.unchecked_transaction()?;
        audit::append(&tx, None, NOBODY, event, Timestamp::now())?;
        tx.commit()?;
        Ok(())
    }

    pub(super) fn try_unlock(
        &self,
        name: &str,
        passphrase: &SecretString,
    ) -> Result<Unlocked, VaultError> {
        let (user_id, role, secret) = self.open_user_secret(name, passphrase)?;
        let identity = secret.pair;
        // The seal first: nothing in the tables is used before it is known to be Tandem's.
        let (key, adopt) =
            self.resolve_vault_key(&user_id, &identity.identity, secret.vault_key)?;
        let sealing = if adopt == Adopt::SealFirst {
            Sealing::fresh(&self.conn, key)?
        } else {
            let checked = integrity::check(&self.conn, &key)?;
            Sealing::checked(&self.conn, key, checked)?
        };
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
            sealing,
            adopt,
        })
    }

    /// The user's row and what their passphrase opens.
    fn open_user_secret(
        &self,
        name: &str,
        passphrase: &SecretString,
    ) -> Result<(String, String, UserSecret), VaultError> {
        let (user_id, role, recipient, wrapped) = user_row(&self.conn, name)?;
        let secret = match keys::unwrap_with_passphrase(&wrapped, passphrase) {
            PassphraseUnwrap::Opened(secret) => UserSecret::parse(&secret),
            PassphraseUnwrap::Wrong => {
                return Err(VaultError::WrongPassphrase {
                    user: name.to_string(),
                });
            }
            PassphraseUnwrap::Damaged => None,
        }
        .filter(|s| s.pair.recipient.to_string() == recipient)
        .ok_or_else(|| VaultError::Damaged {
            part: VaultPart::UserKey {
                name: name.to_owned(),
            },
        })?;
        Ok((user_id, role, secret))
    }

    /// The vault key this user reaches: the one in their passphrase wrap, the newer ones
    /// offered to them, or (a vault never sealed) a new one; and what the unlock must then write.
    fn resolve_vault_key(
        &self,
        user_id: &str,
        identity: &age::x25519::Identity,
        held: Option<VaultKey>,
    ) -> Result<(VaultKey, Adopt), VaultError> {
        let tampered = |part| VaultError::Tampered { part };
        let sealed_epoch = integrity::read_seal(&self.conn)?.map(|s| s.epoch);
        Ok(match (held, sealed_epoch) {
            (Some(k), Some(e)) if k.epoch == e => (k, Adopt::Nothing),
            (Some(k), Some(e)) if k.epoch < e => {
                let k = integrity::take_offers(&self.conn, user_id, identity, Some(k), e)?;
                (k, Adopt::Keep)
            }
            (Some(_), _) => return Err(tampered(TamperedPart::Seal)),
            (None, Some(e)) => {
                let k = integrity::take_offers(&self.conn, user_id, identity, None, e)?;
                (k, Adopt::Keep)
            }
            (None, None) => {
                // Never sealed: a vault from before schema 2, unless keyed entries say otherwise
                // (then the seal was deleted).
                if self.has_keyed_entries()? {
                    return Err(tampered(TamperedPart::Seal));
                }
                (VaultKey::generate(), Adopt::SealFirst)
            }
        })
    }

    /// Whether any audit entry is keyed (so the vault has been sealed).
    fn has_keyed_entries(&self) -> Result<bool, VaultError> {
        let keyed: i64 =
            self.conn
                .query_row("SELECT count(*) FROM audit WHERE keyed = 1", [], |r| {
                    r.get(0)
                })?;
        Ok(keyed > 0)
    }

    /// A full inspection for `tandem audit verify`, which reads and writes nothing else: with
    /// the user's vault key, everything the seal finds changed, every link of the audit chain,
    /// and every record row against the log. Unlike an unlock it does not stop at the first
    /// finding, so a supervisor sees all of them.
    pub fn inspect(&self, name: &str, passphrase: &SecretString) -> Result<Inspection, VaultError> {
        let (user_id, _, secret) = self.open_user_secret(name, passphrase)?;
        let identity = secret.pair;
        let held = secret.vault_key;
        // The chain key never changes: the user's own copy checks the links even when the seal
        // cannot be trusted.
        let fallback = held.as_ref().map(VaultKey::duplicate);
        let mut tampered = Vec::new();
        let mut never_sealed = false;
        let key = match self.resolve_vault_key(&user_id, &identity.identity, held) {
            Ok((_, Adopt::SealFirst)) => {
                never_sealed = true;
                None
            }
            Ok((k, _)) => Some(k),
            Err(VaultError::Tampered { part }) => {
                tampered.push(part);
                fallback
            }
            Err(e) => return Err(e),
        };
        if let Some(k) = &key
            && tampered.is_empty()
        {
            tampered.extend(integrity::findings(&self.conn, k, true)?.0);
        }
        Ok(Inspection {
            tampered,
            audit: audit::verify(&self.conn, key.as_ref()),
            records: audit::check_records(&self.conn)?,
            keyed: key.is_some() || never_sealed,
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
        // The recovery key's copy of the vault key must open the seal before anything is
        // trusted; a vault never sealed (made by an older Tandem, nobody unlocked since) is
        // sealed now, on trust, as a first unlock would.
        let never_sealed =
            integrity::read_seal(&self.conn)?.is_none() && !self.has_keyed_entries()?;
        let mut sealing = if never_sealed {
            Sealing::fresh(&self.conn, VaultKey::generate())?
        } else {
            let key = integrity::recovery_key(&self.conn, &recovery.identity)?;
            let checked = integrity::check(&self.conn, &key)?;
            Sealing::checked(&self.conn, key, checked)?
        };
        // Everything the recovery key opens is read first; then the new key, the audit entry and
        // every key re-wrapped to it go in one transaction: a kill leaves the account as it was
        // or wholly recovered, never with a new key that opens nothing.
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
        let fresh = KeyPair::generate();
        let wrapped = keys::wrap_with_passphrase(
            &UserSecret::to_bytes(&fresh, &sealing.key),
            new_passphrase,
            kdf_log_n,
        )?;
        let now = Timestamp::now();
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE users SET recipient = ?1, identity = ?2 WHERE id = ?3",
            params![fresh.recipient.to_string(), wrapped, user_id],
        )?;
        tx.execute("DELETE FROM vault_keys WHERE holder = ?1", [&user_id])?;
        if never_sealed {
            offer_to_others(&tx, &sealing.key, &user_id)?;
            sealing.append(&tx, NOBODY, &AuditEvent::VaultSealed, now)?;
        }
        sealing.append(
            &tx,
            NOBODY,
            &AuditEvent::UserRecovered {
                user: name.to_string(),
            },
            now,
        )?;
        tx.execute("DELETE FROM bucket_keys WHERE holder = ?1", [&user_id])?;
        tx.execute("DELETE FROM unit_keys WHERE holder = ?1", [&user_id])?;
        grant_keys(
            &tx,
            &user_id,
            &fresh.recipient,
            buckets.values(),
            unit_secret.as_deref().map(Vec::as_slice),
        )?;
        sealing.commit(tx)?;
        Ok(())
    }
}

impl Session {
    pub fn user(&self) -> &UserInfo {
        &self.user
    }

    pub fn unit_name(&self) -> &str {
        &self.unit
    }

    /// Locks: writes the audit entry, checkpoints (TRUNCATE), and drops every key.
    ///
    /// The entry and the checkpoint share one flush to the disk: the entry is committed
    /// without a sync of its own (`synchronous = NORMAL` for that commit), and the checkpoint
    /// syncs the log before it copies it into the database file, then the file. When `lock`
    /// returns, the entry is on the disk as with any other commit.
    pub fn lock(mut self) -> Result<Vault, VaultError> {
        let conn = &self.vault.conn;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        let locked = self
            .audit(AuditEvent::Locked)
            .and_then(|()| store::checkpoint(&self.vault.conn));
        let restored = self.vault.conn.pragma_update(None, "synchronous", "FULL");
        locked?;
        restored?;
        Ok(self.vault)
    }

    pub(super) fn audit(&mut self, event: AuditEvent) -> Result<(), VaultError> {
        let tx = self.sealing.begin_records(&mut self.vault.conn)?;
        self.sealing
            .append(&tx, &self.user.name, &event, Timestamp::now())?;
        let changes = self.sealing.changes();
        self.sealing.commit_records(tx, changes)
    }

    /// This user's X25519 key and the vault key as held now, wrapped under `passphrase`: what
    /// the `users` row keeps (see [`UserSecret`]).
    pub(super) fn wrap_own_secret(
        &self,
        passphrase: &SecretString,
        log_n: Option<u8>,
    ) -> Result<Vec<u8>, VaultError> {
        keys::wrap_with_passphrase(
            &UserSecret::to_bytes(&self.identity, &self.sealing.key),
            passphrase,
            log_n,
        )
    }

    /// Puts the vault key this unlock took inside the user's passphrase wrap (same passphrase,
    /// same work factor); for a vault never sealed, also offers it to every other user and the
    /// recovery recipient, and seals.
    fn adopt_vault_key(
        &mut self,
        adopt: Adopt,
        passphrase: &SecretString,
    ) -> Result<(), VaultError> {
        if adopt == Adopt::Nothing {
            return Ok(());
        }
        let (_, _, _, old) = user_row(&self.vault.conn, &self.user.name)?;
        let wrapped = self.wrap_own_secret(passphrase, keys::stored_log_n(&old))?;
        let tx = self.sealing.begin(&mut self.vault.conn)?;
        tx.execute(
            "UPDATE users SET identity = ?1 WHERE id = ?2",
            params![wrapped, self.user_id],
        )?;
        tx.execute(
            "DELETE FROM vault_keys WHERE holder = ?1 AND epoch <= ?2",
            params![self.user_id, self.sealing.key.epoch],
        )?;
        if adopt == Adopt::SealFirst {
            offer_to_others(&tx, &self.sealing.key, &self.user_id)?;
            self.sealing.append(
                &tx,
                &self.user.name,
                &AuditEvent::VaultSealed,
                Timestamp::now(),
            )?;
        }
        self.sealing.commit(tx)
    }

    /// Audit events carry ids and kinds only, never personal data.
    pub fn record_event(&mut self, event: AuditEvent) -> Result<(), VaultError> {
        self.audit(event)
    }

    /// Writes the entries kept for the next commit (a deferred unlock, a record read for an
    /// export) now, in a commit of their own: for an act that stopped before it wrote.
    pub fn commit_deferred(&mut self) -> Result<(), VaultError> {
        self.record_events(&[])
    }

    /// Several events of one act, committed together (one write to the disk, not one each).
    pub fn record_events(&mut self, events: &[AuditEvent]) -> Result<(), VaultError> {
        let tx = self.sealing.begin_records(&mut self.vault.conn)?;
        let now = Timestamp::now();
        for event in events {
            self.sealing.append(&tx, &self.user.name, event, now)?;
        }
        let changes = self.sealing.changes();
        self.sealing.commit_records(tx, changes)
    }

    pub fn audit_entries(&self) -> Result<Vec<AuditEntry>, VaultError> {
        self.vault.audit_entries()
    }

    /// Checks every link of the audit chain with the vault key, the seal (as at unlock), and
    /// every record row against the log; returns how many entries the log holds.
    pub fn verify_audit(&self) -> Result<u64, VaultError> {
        let count = audit::verify(&self.vault.conn, Some(&self.sealing.key))?;
        let (found, _) = integrity::findings(&self.vault.conn, &self.sealing.key, true)?;
        if let Some(part) = found.into_iter().next() {
            return Err(VaultError::Tampered { part });
        }
        let problems = self.record_problems()?;
        if let Some(first) = problems.first() {
            return Err(VaultError::RecordsDisagreeWithLog {
                problems: problems.len(),
                first: first.to_string(),
            });
        }
        Ok(count)
    }

    /// Every record row that does not agree with the audit log (rolled back, deleted, added).
    pub fn record_problems(&self) -> Result<Vec<RecordProblem>, VaultError> {
        audit::check_records(&self.vault.conn)
    }
}
