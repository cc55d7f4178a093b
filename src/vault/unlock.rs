//! Opening and unlocking the vault: creating it (one transaction, keys committed before
//! anything is wrapped to them), opening it, unlocking a user with the passphrase (failed attempts
//! audited), recovering a user with the offline recovery identity, and locking again.

use super::*;

pub(super) struct Unlocked {
    pub(super) unit: String,
    pub(super) user: UserInfo,
    pub(super) user_id: String,
    pub(super) identity: KeyPair,
    pub(super) buckets: BTreeMap<String, BucketKey>,
    pub(super) unit_secret: Option<SecretBytes>,
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

    /// Checks the audit chain; returns how many entries it holds or names the first broken one.
    pub fn verify_audit(&self) -> Result<u64, VaultError> {
        audit::verify(&self.conn)
    }

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

    pub(super) fn audit_alone(&self, event: &AuditEvent) -> Result<(), VaultError> {
        let tx = self.conn.unchecked_transaction()?;
        audit::append(&tx, NOBODY, event, Timestamp::now())?;
        tx.commit()?;
        Ok(())
    }

    pub(super) fn try_unlock(
        &self,
        name: &str,
        passphrase: &SecretString,
    ) -> Result<Unlocked, VaultError> {
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

impl Session {
    pub fn user(&self) -> &UserInfo {
        &self.user
    }

    pub fn unit_name(&self) -> &str {
        &self.unit
    }

    /// Locks: writes the audit entry, checkpoints (TRUNCATE), and drops every key.
    pub fn lock(mut self) -> Result<Vault, VaultError> {
        self.audit(AuditEvent::Locked)?;
        store::checkpoint(&self.vault.conn)?;
        Ok(self.vault)
    }

    pub(super) fn audit(&mut self, event: AuditEvent) -> Result<(), VaultError> {
        let tx = self.vault.conn.transaction()?;
        audit::append(&tx, &self.user.name, &event, Timestamp::now())?;
        tx.commit()?;
        Ok(())
    }

    /// Audit events carry ids and kinds only, never personal data.
    pub fn record_event(&mut self, event: AuditEvent) -> Result<(), VaultError> {
        self.audit(event)
    }

    /// Several events of one act, committed together (one write to the disk, not one each).
    pub fn record_events(&mut self, events: &[AuditEvent]) -> Result<(), VaultError> {
        let tx = self.vault.conn.transaction()?;
        let now = Timestamp::now();
        for event in events {
            audit::append(&tx, &self.user.name, event, now)?;
        }
        tx.commit()?;
        Ok(())
    }

    pub fn audit_entries(&self) -> Result<Vec<AuditEntry>, VaultError> {
        self.vault.audit_entries()
    }

    pub fn verify_audit(&self) -> Result<u64, VaultError> {
        self.vault.verify_audit()
    }
}
