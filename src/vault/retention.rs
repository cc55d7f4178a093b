//! Retention buckets: one X25519 key per month, wrapped to every user and the recovery
//! recipient; records are sealed to their month's bucket. When a bucket expires its key and rows are
//! destroyed, so leftover ciphertext can no longer be read.

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
            .filter(|z| jiff::tz::TimeZone::get(z).is_ok())
            .unwrap_or_else(|| crate::domain::DEFAULT_TIME_ZONE.to_owned()))
    }

    /// Sets the unit's time zone (supervisors only); it must be one the machine's time zone
    /// database knows, e.g. `Asia/Bangkok`, `Asia/Yangon`.
    pub fn set_time_zone(&mut self, zone: &str) -> Result<(), VaultError> {
        self.require_supervisor()?;
        if zone.len() > 64 || jiff::tz::TimeZone::get(zone).is_err() {
            return Err(VaultError::UnknownTimeZone {
                zone: zone.to_owned(),
            });
        }
        let tx = self.vault.conn.transaction()?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES ('time_zone', ?1) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [zone],
        )?;
        audit::append(
            &tx,
            &self.user.name,
            &AuditEvent::TimeZoneSet {
                zone: zone.to_owned(),
            },
            Timestamp::now(),
        )?;
        tx.commit()?;
        Ok(())
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
        store::vacuum(&self.vault.conn, &self.vault.dir)?;
        store::checkpoint(&self.vault.conn)?;
        Ok(report)
    }

    /// Makes sure this month's bucket exists. A new bucket's keys are committed, wrapped to every
    /// user and the recovery recipient, before any record is sealed to it.
    pub(super) fn ensure_bucket(
        &mut self,
        bucket_id: &str,
        now: Timestamp,
    ) -> Result<(), VaultError> {
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

    pub(super) fn bucket_key(&self, bucket: &str) -> Result<&BucketKey, VaultError> {
        self.buckets
            .get(bucket)
            .ok_or_else(|| VaultError::NoBucketKey {
                bucket: bucket.to_string(),
            })
    }
}
