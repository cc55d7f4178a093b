//! Retention buckets: one X25519 key per month, wrapped to every user and the recovery
//! recipient; records are sealed to their month's bucket. When a bucket expires its key and rows are
//! destroyed, so leftover ciphertext can no longer be read.
//!
//! A month's bucket has generations: `2026-11`, then `2026-11.2`, ... Removing a user gives every
//! month a new generation wrapped to the users who remain; records are created in, and saved
//! into, the newest generation of their month, so nothing saved after a removal is sealed under
//! a key the removed user held. All generations of a month expire together.

use super::*;

/// What a purge destroyed (or, in a dry run, would destroy).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PurgeReport {
    pub buckets: Vec<String>,
    pub records: u64,
    pub dry_run: bool,
}

/// A retention bucket's keys, held only while unlocked.
pub(super) struct BucketKey {
    pub(super) id: String,
    pub(super) pair: KeyPair,
    pub(super) index: Zeroizing<[u8; 32]>,
}

pub(super) fn check_retention(months: u32) -> Result<(), VaultError> {
    if (1..=120).contains(&months) {
        Ok(())
    } else {
        Err(VaultError::BadRetention)
    }
}

/// The retention bucket (UTC month) a moment falls in.
pub fn bucket_of(t: Timestamp) -> String {
    t.strftime("%Y-%m").to_string()
}

/// The month (`YYYY-MM`) of a bucket id, whatever its generation.
pub(crate) fn month_of(bucket: &str) -> &str {
    bucket.split_once('.').map_or(bucket, |(month, _)| month)
}

/// A bucket id's generation: 1 for `2026-11`, 2 for `2026-11.2`; `None` when malformed.
fn generation(bucket: &str) -> Option<u32> {
    match bucket.split_once('.') {
        None => Some(1),
        Some((_, g)) => g.parse().ok().filter(|g| *g >= 2),
    }
}

/// The id of a month's bucket at a generation.
fn generation_id(month: &str, generation: u32) -> String {
    if generation <= 1 {
        month.to_owned()
    } else {
        format!("{month}.{generation}")
    }
}

/// The newest generation of `month` in the vault, if the month has a bucket.
fn newest_generation(conn: &Connection, month: &str) -> Result<Option<String>, VaultError> {
    let mut stmt =
        conn.prepare_cached("SELECT id FROM buckets WHERE id = ?1 OR id LIKE ?1 || '.%'")?;
    let ids: Vec<String> = stmt
        .query_map([month], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(ids
        .into_iter()
        .filter_map(|id| generation(&id).map(|g| (g, id)))
        .max()
        .map(|(_, id)| id))
}

/// Gives every month that has a bucket a new generation, wrapped to `holders` and the recovery
/// recipient; the caller commits. Returns the new buckets' keys.
pub(super) fn rotate_buckets(
    tx: &Connection,
    holders: &[users::Holder],
    recovery: Option<&age::x25519::Recipient>,
    now: Timestamp,
) -> Result<Vec<BucketKey>, VaultError> {
    let months: std::collections::BTreeSet<String> = {
        let mut stmt = tx.prepare("SELECT id FROM buckets")?;
        stmt.query_map([], |r| r.get::<_, String>(0))?
            .map(|id| id.map(|id| month_of(&id).to_owned()))
            .collect::<Result<_, _>>()?
    };
    let mut made = Vec::new();
    for month in months {
        let newest = newest_generation(tx, &month)?.unwrap_or_else(|| month.clone());
        let next = generation(&newest).unwrap_or(1) + 1;
        let id = generation_id(&month, next);
        let pair = KeyPair::generate();
        insert_bucket(
            tx,
            &id,
            &pair,
            holders.iter().map(|h| (h.id.as_str(), &h.recipient)),
            recovery,
            now,
        )?;
        let index = keys::index_key(&pair);
        made.push(BucketKey { id, pair, index });
    }
    Ok(made)
}

/// Inserts a bucket and its key wrapped to every holder given and the recovery recipient.
fn insert_bucket<'r>(
    tx: &Connection,
    id: &str,
    pair: &KeyPair,
    holders: impl Iterator<Item = (&'r str, &'r age::x25519::Recipient)>,
    recovery: Option<&'r age::x25519::Recipient>,
    now: Timestamp,
) -> Result<(), VaultError> {
    let secret = pair.secret_bytes();
    tx.execute(
        "INSERT INTO buckets (id, recipient, created) VALUES (?1, ?2, ?3)",
        params![id, pair.recipient.to_string(), day(now)],
    )?;
    for (holder, recipient) in holders.chain(recovery.map(|r| (RECOVERY, r))) {
        let w = keys::wrap_to(std::slice::from_ref(recipient), &secret)?;
        tx.execute(
            "INSERT INTO bucket_keys (bucket, holder, wrapped) VALUES (?1, ?2, ?3)",
            params![id, holder, w],
        )?;
    }
    Ok(())
}

/// When a bucket expires: the start of the month `retention_months` after the bucket's month ends.
pub fn bucket_expiry(bucket: &str, retention_months: u32) -> Result<Timestamp, VaultError> {
    let damaged = || VaultError::Damaged {
        part: VaultPart::BucketId {
            bucket: bucket.to_owned(),
        },
    };
    generation(bucket).ok_or_else(damaged)?;
    let (y, m) = month_of(bucket).split_once('-').ok_or_else(damaged)?;
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

impl Vault {
    pub fn retention_months(&self) -> Result<u32, VaultError> {
        setting(&self.conn, "retention_months")?
            .parse()
            .map_err(|_| VaultError::Damaged {
                part: VaultPart::RetentionSetting,
            })
    }
}

impl Session {
    /// The unit's time zone (IANA name), in which times are shown to people: `Asia/Bangkok`
    /// until a supervisor sets another.
    pub fn time_zone(&self) -> Result<String, VaultError> {
        Ok(self
            .vault
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = 'time_zone'",
                [],
                |r| r.get::<_, String>(0),
            )
            .optional()?
            .filter(|z| crate::domain::time_zone(z).is_some())
            .unwrap_or_else(|| crate::domain::DEFAULT_TIME_ZONE.to_owned()))
    }

    /// Sets the unit's time zone (supervisors only); it must be one the machine's time zone
    /// database (built into Tandem) knows, e.g. `Asia/Bangkok`, `Asia/Yangon`.
    pub fn set_time_zone(&mut self, zone: &str) -> Result<(), VaultError> {
        self.require_supervisor()?;
        if zone.len() > 64 || crate::domain::time_zone(zone).is_none() {
            return Err(VaultError::UnknownTimeZone {
                zone: zone.to_owned(),
            });
        }
        let tx = self.sealing.begin(&mut self.vault.conn)?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES ('time_zone', ?1) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [zone],
        )?;
        let event = AuditEvent::TimeZoneSet {
            zone: zone.to_owned(),
        };
        self.sealing
            .append(&tx, &self.user.name, &event, Timestamp::now())?;
        self.sealing.commit(tx)
    }

    pub fn retention_months(&self) -> Result<u32, VaultError> {
        self.vault.retention_months()
    }

    /// Supervisors only.
    pub fn set_retention_months(&mut self, months: u32) -> Result<(), VaultError> {
        self.require_supervisor()?;
        check_retention(months)?;
        let tx = self.sealing.begin(&mut self.vault.conn)?;
        tx.execute(
            "UPDATE settings SET value = ?1 WHERE key = 'retention_months'",
            [months.to_string()],
        )?;
        self.sealing.append(
            &tx,
            &self.user.name,
            &AuditEvent::RetentionChanged { months },
            Timestamp::now(),
        )?;
        self.sealing.commit(tx)
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
        // What is destroyed must be what Tandem wrote: a bucket tampered with is refused first.
        self.check_records(Rows::All)?;
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
        let tx = self.sealing.begin(&mut self.vault.conn)?;
        for b in &report.buckets {
            tx.execute("DELETE FROM bucket_keys WHERE bucket = ?1", [b])?;
        }
        self.sealing.commit(tx)?;
        let tx = self.sealing.begin(&mut self.vault.conn)?;
        let mut changes = self.sealing.changes();
        for b in &report.buckets {
            {
                let mut stmt = tx.prepare("SELECT id, version FROM records WHERE bucket = ?1")?;
                let mut rows = stmt.query([b])?;
                while let Some(r) = rows.next()? {
                    changes.toggle(
                        b,
                        r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?,
                        r.get(1)?,
                    );
                }
            }
            tx.execute("DELETE FROM records WHERE bucket = ?1", [b])?;
            tx.execute("DELETE FROM buckets WHERE id = ?1", [b])?;
        }
        let event = AuditEvent::Purged {
            buckets: report.buckets.clone(),
            records,
        };
        self.sealing
            .append(&tx, &self.user.name, &event, Timestamp::now())?;
        self.sealing.commit_with(tx, changes)?;
        for b in &report.buckets {
            self.buckets.remove(b);
        }
        store::checkpoint(&self.vault.conn)?;
        store::vacuum(&self.vault.conn, &self.vault.dir)?;
        store::checkpoint(&self.vault.conn)?;
        Ok(report)
    }

    /// The bucket records of `month` are sealed into now: its newest generation, made (its keys
    /// committed, wrapped to every user and the recovery recipient) before any record is sealed
    /// to it when the month has none yet.
    pub(super) fn ensure_bucket(
        &mut self,
        month: &str,
        now: Timestamp,
    ) -> Result<String, VaultError> {
        if let Some(id) = newest_generation(&self.vault.conn, month)? {
            return if self.buckets.contains_key(&id) {
                Ok(id)
            } else {
                Err(VaultError::NoBucketKey { bucket: id })
            };
        }
        let pair = KeyPair::generate();
        let tx = self.sealing.begin(&mut self.vault.conn)?;
        let holders = users::key_holders(&tx)?;
        let recovery = users::recovery_recipient(&tx)?;
        insert_bucket(
            &tx,
            month,
            &pair,
            holders.iter().map(|h| (h.id.as_str(), &h.recipient)),
            recovery.as_ref(),
            now,
        )?;
        self.sealing.commit(tx)?;
        let index = keys::index_key(&pair);
        self.buckets.insert(
            month.to_string(),
            BucketKey {
                id: month.to_string(),
                pair,
                index,
            },
        );
        Ok(month.to_owned())
    }

    /// The bucket a record of `bucket`'s month is saved into now (its month's newest generation).
    pub(super) fn saving_bucket(&self, bucket: &str) -> Result<String, VaultError> {
        let newest = newest_generation(&self.vault.conn, month_of(bucket))?
            .unwrap_or_else(|| bucket.to_owned());
        if self.buckets.contains_key(&newest) {
            Ok(newest)
        } else {
            Err(VaultError::NoBucketKey { bucket: newest })
        }
    }

    pub(super) fn bucket_key(&self, bucket: &str) -> Result<&BucketKey, VaultError> {
        self.buckets
            .get(bucket)
            .ok_or_else(|| VaultError::NoBucketKey {
                bucket: bucket.to_string(),
            })
    }
}
