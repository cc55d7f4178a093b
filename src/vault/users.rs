//! Staff accounts: officers and supervisors, each with an X25519 identity wrapped with their
//! passphrase; adding, removing and re-keying them, and the unit signing key that supervisors hold.

use super::*;

pub(super) fn role_from_id(s: &str) -> Result<Role, VaultError> {
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

/// Wraps bucket keys, and the unit signing key when given, to a user whose key is already
/// committed (a key is always on disk before anything is wrapped to it).
pub(super) fn grant_keys<'b>(
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

pub(super) fn user_row(
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

/// A user who holds keys: their id, role and X25519 recipient.
pub(super) struct Holder {
    pub(super) id: String,
    pub(super) supervisor: bool,
    pub(super) recipient: age::x25519::Recipient,
}

/// Every user, from the users table the seal has vouched for.
pub(super) fn key_holders(conn: &Connection) -> Result<Vec<Holder>, VaultError> {
    let mut stmt = conn.prepare("SELECT id, role, recipient FROM users ORDER BY id")?;
    let rows: Vec<(String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    rows.into_iter()
        .map(|(id, role, recipient)| {
            Ok(Holder {
                supervisor: role_from_id(&role)? == Role::Supervisor,
                recipient: keys::parse_recipient(&recipient, KeyRole::StoredUserKey)?,
                id,
            })
        })
        .collect()
}

/// The offline recovery recipient, when one is set.
pub(super) fn recovery_recipient(
    conn: &Connection,
) -> Result<Option<age::x25519::Recipient>, VaultError> {
    let text = setting(conn, "recovery_recipient")?;
    if text.is_empty() {
        return Ok(None);
    }
    keys::parse_recipient(&text, KeyRole::RecoveryRecipient).map(Some)
}

/// A new unit signing key wrapped to every supervisor and the recovery recipient, the old
/// wraps deleted and the public key replaced; returns its minisign key id and secret.
fn replace_unit_key(
    tx: &Connection,
    holders: &[Holder],
    recovery: Option<&age::x25519::Recipient>,
) -> Result<(String, SecretBytes), VaultError> {
    let unit = minisign::KeyPair::generate_unencrypted_keypair()
        .map_err(|e| VaultError::Crypto(e.to_string()))?;
    let secret = Zeroizing::new(unit.sk.to_bytes());
    tx.execute("DELETE FROM unit_keys", [])?;
    let supervisors = holders
        .iter()
        .filter(|h| h.supervisor)
        .map(|h| (h.id.as_str(), &h.recipient));
    for (holder, recipient) in supervisors.chain(recovery.map(|r| (RECOVERY, r))) {
        let w = keys::wrap_to(std::slice::from_ref(recipient), &secret)?;
        tx.execute(
            "INSERT INTO unit_keys (holder, wrapped) VALUES (?1, ?2)",
            params![holder, w],
        )?;
    }
    tx.execute(
        "UPDATE settings SET value = ?1 WHERE key = 'unit_public_key'",
        [unit.pk.to_base64()],
    )?;
    Ok((crate::referral::packet::key_id(unit.pk.keynum()), secret))
}

pub(super) fn check_name(name: &str, what: NameRole) -> Result<(), VaultError> {
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

impl Vault {
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
}

impl Session {
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
        let wrapped = keys::wrap_with_passphrase(
            &UserSecret::to_bytes(&fresh, &self.sealing.key),
            passphrase,
            kdf_log_n,
        )?;
        let user_id = random_id();
        let now = Timestamp::now();
        let tx = self.sealing.begin(&mut self.vault.conn)?;
        tx.execute(
            "INSERT INTO users (id, name, role, recipient, identity, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![user_id, name, role.id(), fresh.recipient.to_string(), wrapped, day(now)],
        )?;
        let event = AuditEvent::UserAdded {
            user: name.to_string(),
            role: role.id().into(),
        };
        self.sealing.append(&tx, &self.user.name, &event, now)?;
        // The user and every key wrapped to them in one transaction: a kill leaves either no new
        // user or one who can read what their role allows.
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
        self.sealing.commit(tx)?;
        Ok(())
    }

    /// Removes a user and every key wrapped to them (supervisors only; never the last
    /// supervisor), and replaces what they held, in the same transaction: every month with a
    /// retention bucket gets a new bucket key (records saved from now on, new or changed, are
    /// sealed under a key the removed user never held), the vault key gets a new seal key, and
    /// when a supervisor is removed the unit signing key is replaced too (its new key id is
    /// returned, for partners to pin).
    pub fn remove_user(&mut self, name: &str) -> Result<Option<String>, VaultError> {
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
        let was_supervisor = role == Role::Supervisor.id();
        let now = Timestamp::now();
        let tx = self.sealing.begin(&mut self.vault.conn)?;
        tx.execute("DELETE FROM bucket_keys WHERE holder = ?1", [&user_id])?;
        tx.execute("DELETE FROM unit_keys WHERE holder = ?1", [&user_id])?;
        tx.execute("DELETE FROM vault_keys WHERE holder = ?1", [&user_id])?;
        tx.execute("DELETE FROM users WHERE id = ?1", [&user_id])?;
        let event = AuditEvent::UserRemoved {
            user: name.to_string(),
        };
        self.sealing.append(&tx, &self.user.name, &event, now)?;
        let holders = key_holders(&tx)?;
        let recovery = recovery_recipient(&tx)?;
        let new_buckets = retention::rotate_buckets(&tx, &holders, recovery.as_ref(), now)?;
        let unit = if was_supervisor {
            Some(replace_unit_key(&tx, &holders, recovery.as_ref())?)
        } else {
            None
        };
        let users: Vec<(String, age::x25519::Recipient)> = holders
            .iter()
            .map(|h| (h.id.clone(), h.recipient.clone()))
            .collect();
        let next = self.sealing.rotate(&tx, &users, recovery.as_ref())?;
        let event = AuditEvent::KeysRotated {
            buckets: new_buckets.iter().map(|b| b.id.clone()).collect(),
            epoch: next.epoch,
            unit_key: unit.as_ref().map(|(id, _)| id.clone()),
        };
        self.sealing.append(&tx, &self.user.name, &event, now)?;
        self.sealing.commit_rotated(tx, next)?;
        for b in new_buckets {
            self.buckets.insert(b.id.clone(), b);
        }
        Ok(unit.map(|(id, secret)| {
            self.unit_secret = Some(secret);
            id
        }))
    }

    /// Replaces the unit signing key (supervisors only): a new minisign key wrapped to every
    /// supervisor and the recovery recipient, the old wraps deleted, the public key in the vault
    /// replaced, all in one transaction. Returns the new key's id. Packets signed from now on
    /// name it; partners must pin the new public key (`tandem unit-key export`).
    pub fn rotate_unit_key(&mut self) -> Result<String, VaultError> {
        self.require_supervisor()?;
        let tx = self.sealing.begin(&mut self.vault.conn)?;
        let holders = key_holders(&tx)?;
        let recovery = recovery_recipient(&tx)?;
        let (id, secret) = replace_unit_key(&tx, &holders, recovery.as_ref())?;
        let event = AuditEvent::UnitKeyRotated { key: id.clone() };
        self.sealing
            .append(&tx, &self.user.name, &event, Timestamp::now())?;
        self.sealing.commit(tx)?;
        self.unit_secret = Some(secret);
        Ok(id)
    }

    /// Re-wraps this user's key with a new passphrase.
    pub fn change_passphrase(
        &mut self,
        new_passphrase: &SecretString,
        kdf_log_n: Option<u8>,
    ) -> Result<(), VaultError> {
        let wrapped = self.wrap_own_secret(new_passphrase, kdf_log_n)?;
        let tx = self.sealing.begin(&mut self.vault.conn)?;
        tx.execute(
            "UPDATE users SET identity = ?1 WHERE id = ?2",
            params![wrapped, self.user_id],
        )?;
        // The wrap now holds the current vault key: offers made to this user are spent.
        tx.execute("DELETE FROM vault_keys WHERE holder = ?1", [&self.user_id])?;
        let event = AuditEvent::PassphraseChanged {
            user: self.user.name.clone(),
        };
        self.sealing
            .append(&tx, &self.user.name, &event, Timestamp::now())?;
        self.sealing.commit(tx)
    }

    /// A new passphrase and a new key: every bucket key this user holds (and the unit key, for a
    /// supervisor) is wrapped again to the new key and the old wraps deleted, in one transaction.
    /// Someone who kept a copy of the old wrapped key and learnt the old passphrase opens nothing
    /// wrapped from now on.
    pub fn replace_identity(
        &mut self,
        new_passphrase: &SecretString,
        kdf_log_n: Option<u8>,
    ) -> Result<(), VaultError> {
        let fresh = KeyPair::generate();
        let wrapped = keys::wrap_with_passphrase(
            &UserSecret::to_bytes(&fresh, &self.sealing.key),
            new_passphrase,
            kdf_log_n,
        )?;
        let tx = self.sealing.begin(&mut self.vault.conn)?;
        tx.execute(
            "UPDATE users SET recipient = ?1, identity = ?2 WHERE id = ?3",
            params![fresh.recipient.to_string(), wrapped, self.user_id],
        )?;
        tx.execute("DELETE FROM vault_keys WHERE holder = ?1", [&self.user_id])?;
        tx.execute("DELETE FROM bucket_keys WHERE holder = ?1", [&self.user_id])?;
        tx.execute("DELETE FROM unit_keys WHERE holder = ?1", [&self.user_id])?;
        let unit_secret = self
            .unit_secret
            .as_deref()
            .filter(|_| self.user.role == Role::Supervisor);
        grant_keys(
            &tx,
            &self.user_id,
            &fresh.recipient,
            self.buckets.values(),
            unit_secret.map(Vec::as_slice),
        )?;
        let event = AuditEvent::IdentityReplaced {
            user: self.user.name.clone(),
        };
        self.sealing
            .append(&tx, &self.user.name, &event, Timestamp::now())?;
        self.sealing.commit(tx)?;
        self.identity = fresh;
        Ok(())
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

    pub(super) fn require_supervisor(&self) -> Result<(), VaultError> {
        match self.user.role {
            Role::Supervisor => Ok(()),
            Role::Officer => Err(VaultError::SupervisorOnly),
        }
    }
}

impl Session {
    /// Sets or replaces the offline recovery recipient (supervisors): in one transaction, every
    /// retention bucket's key and the unit signing key are wrapped to it, the keys wrapped to a
    /// recipient it replaces are removed, and the change is audited. Refused, changing nothing,
    /// when this supervisor does not hold the key of every bucket in the vault. Returns the
    /// recipient as stored.
    pub fn set_recovery(&mut self, recipient: &str) -> Result<String, VaultError> {
        self.require_supervisor()?;
        let to = keys::parse_recipient(recipient, KeyRole::RecoveryRecipient)?;
        let ids: Vec<String> = {
            let mut stmt = self
                .vault
                .conn
                .prepare("SELECT id FROM buckets ORDER BY id")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        if let Some(missing) = ids.iter().find(|id| !self.buckets.contains_key(*id)) {
            return Err(VaultError::NoBucketKey {
                bucket: missing.clone(),
            });
        }
        // The recipient is a public key: it may stand in the audit log as it is.
        let fingerprint = to.to_string();
        let tx = self.sealing.begin(&mut self.vault.conn)?;
        tx.execute("DELETE FROM bucket_keys WHERE holder = ?1", [RECOVERY])?;
        tx.execute("DELETE FROM unit_keys WHERE holder = ?1", [RECOVERY])?;
        integrity::wrap_for_recovery(&tx, &self.sealing.key, &to)?;
        grant_keys(
            &tx,
            RECOVERY,
            &to,
            self.buckets.values(),
            self.unit_secret.as_deref().map(|s| &s[..]),
        )?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES ('recovery_recipient', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [to.to_string()],
        )?;
        let event = AuditEvent::RecoverySet {
            fingerprint: fingerprint.clone(),
        };
        self.sealing
            .append(&tx, &self.user.name, &event, Timestamp::now())?;
        self.sealing.commit(tx)?;
        Ok(fingerprint)
    }
}
