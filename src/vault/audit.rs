//! The audit log: a hash chain of events that carry ids, kinds and staff names only, never personal
//! data. Each entry's hash covers the previous hash and the entry's own fields, so an edited,
//! inserted or deleted entry breaks the chain at that point and `verify` names it.

use rusqlite::{Connection, params};
use serde::Serialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::{RecordId, VaultError};

/// An event worth auditing. Ids and kinds only: never a name, note or answer of a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuditEvent {
    VaultCreated,
    Unlocked,
    /// A wrong passphrase for this user name (staff).
    UnlockFailed {
        user: String,
    },
    Locked,
    RecordCreated {
        record: RecordId,
    },
    RecordViewed {
        record: RecordId,
    },
    RecordUpdated {
        record: RecordId,
    },
    RecordDeleted {
        record: RecordId,
    },
    RecordExported {
        record: RecordId,
        partner: String,
        packet_id: String,
    },
    ChildProtectionOverride {
        record: RecordId,
    },
    PacketOpened {
        packet_id: String,
    },
    InterviewStopped {
        record: RecordId,
    },
    QuickLock,
    IdleLock,
    UserAdded {
        user: String,
        role: String,
    },
    UserRemoved {
        user: String,
    },
    PassphraseChanged {
        user: String,
    },
    UserRecovered {
        user: String,
    },
    /// A user's passphrase and key were both replaced (`user passwd --new-identity`).
    IdentityReplaced {
        user: String,
    },
    /// The offline recovery recipient was set or replaced (a public key, not a secret).
    RecoverySet {
        fingerprint: String,
    },
    PartnerAdded {
        partner: String,
    },
    PartnerRemoved {
        partner: String,
    },
    RetentionChanged {
        months: u32,
    },
    /// The unit's time zone (an IANA name, not personal data) was set.
    TimeZoneSet {
        zone: String,
    },
    /// Retention buckets destroyed and how many records went with them.
    Purged {
        buckets: Vec<String>,
        records: u64,
    },
    /// A verified backup of the whole (still encrypted) vault was written.
    BackupMade {
        entries: u64,
    },
    /// This vault was restored from a backup whose audit chain held `entries` entries.
    Restored {
        entries: u64,
    },
    /// A k-anonymised statistics export: records read (research consent in the period), rows
    /// released, the k used.
    StatisticsExported {
        records: u64,
        released: u64,
        k: u64,
    },
}

impl AuditEvent {
    /// The stable kind name written to the log.
    pub fn kind(&self) -> &'static str {
        match self {
            AuditEvent::VaultCreated => "vault-created",
            AuditEvent::Unlocked => "unlocked",
            AuditEvent::UnlockFailed { .. } => "unlock-failed",
            AuditEvent::Locked => "locked",
            AuditEvent::RecordCreated { .. } => "record-created",
            AuditEvent::RecordViewed { .. } => "record-viewed",
            AuditEvent::RecordUpdated { .. } => "record-updated",
            AuditEvent::RecordDeleted { .. } => "record-deleted",
            AuditEvent::RecordExported { .. } => "record-exported",
            AuditEvent::ChildProtectionOverride { .. } => "child-protection-override",
            AuditEvent::PacketOpened { .. } => "packet-opened",
            AuditEvent::InterviewStopped { .. } => "interview-stopped",
            AuditEvent::QuickLock => "quick-lock",
            AuditEvent::IdleLock => "idle-lock",
            AuditEvent::UserAdded { .. } => "user-added",
            AuditEvent::UserRemoved { .. } => "user-removed",
            AuditEvent::PassphraseChanged { .. } => "passphrase-changed",
            AuditEvent::UserRecovered { .. } => "user-recovered",
            AuditEvent::IdentityReplaced { .. } => "identity-replaced",
            AuditEvent::RecoverySet { .. } => "recovery-set",
            AuditEvent::PartnerAdded { .. } => "partner-added",
            AuditEvent::PartnerRemoved { .. } => "partner-removed",
            AuditEvent::RetentionChanged { .. } => "retention-changed",
            AuditEvent::TimeZoneSet { .. } => "time-zone-set",
            AuditEvent::Purged { .. } => "purged",
            AuditEvent::BackupMade { .. } => "backup-made",
            AuditEvent::Restored { .. } => "restored",
            AuditEvent::StatisticsExported { .. } => "statistics-exported",
        }
    }

    fn detail(&self) -> Value {
        match self {
            AuditEvent::VaultCreated
            | AuditEvent::Unlocked
            | AuditEvent::Locked
            | AuditEvent::QuickLock
            | AuditEvent::IdleLock => json!({}),
            AuditEvent::UnlockFailed { user }
            | AuditEvent::UserRemoved { user }
            | AuditEvent::PassphraseChanged { user }
            | AuditEvent::UserRecovered { user }
            | AuditEvent::IdentityReplaced { user } => json!({ "user": user }),
            AuditEvent::RecoverySet { fingerprint } => json!({ "recipient": fingerprint }),
            AuditEvent::UserAdded { user, role } => json!({ "user": user, "role": role }),
            AuditEvent::RecordCreated { record }
            | AuditEvent::RecordViewed { record }
            | AuditEvent::RecordUpdated { record }
            | AuditEvent::RecordDeleted { record }
            | AuditEvent::ChildProtectionOverride { record }
            | AuditEvent::InterviewStopped { record } => json!({ "record": record.to_string() }),
            AuditEvent::RecordExported {
                record,
                partner,
                packet_id,
            } => {
                json!({ "record": record.to_string(), "partner": partner, "packet": packet_id })
            }
            AuditEvent::PacketOpened { packet_id } => json!({ "packet": packet_id }),
            AuditEvent::PartnerAdded { partner } | AuditEvent::PartnerRemoved { partner } => {
                json!({ "partner": partner })
            }
            AuditEvent::RetentionChanged { months } => json!({ "months": months }),
            AuditEvent::TimeZoneSet { zone } => json!({ "zone": zone }),
            AuditEvent::Purged { buckets, records } => {
                json!({ "buckets": buckets, "records": records })
            }
            AuditEvent::BackupMade { entries } | AuditEvent::Restored { entries } => {
                json!({ "audit_entries": entries })
            }
            AuditEvent::StatisticsExported {
                records,
                released,
                k,
            } => json!({ "records": records, "released": released, "k": k }),
        }
    }
}

/// One entry of the log as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub seq: i64,
    /// UTC, to the minute.
    pub at: String,
    /// The staff user who acted, or `-` when nobody was unlocked.
    pub actor: String,
    pub kind: String,
    /// Ids that the event concerns (`record`, `packet`, `partner`, `user`, ...).
    pub detail: Value,
    pub hash: String,
}

const GENESIS: &str = "tandem-audit-v1";

fn entry_hash(prev: &str, seq: i64, at: &str, actor: &str, kind: &str, detail: &str) -> String {
    let mut h = Sha256::new();
    for part in [prev, &seq.to_string(), at, actor, kind, detail] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// Appends an event; call inside the transaction that does what the event says.
pub(crate) fn append(
    conn: &Connection,
    actor: &str,
    event: &AuditEvent,
    now: jiff::Timestamp,
) -> Result<(), VaultError> {
    let (prev_seq, prev_hash) = head(conn)?;
    let seq = prev_seq + 1;
    let at = now.strftime("%Y-%m-%dT%H:%MZ").to_string();
    let detail = event.detail().to_string();
    let hash = entry_hash(&prev_hash, seq, &at, actor, event.kind(), &detail);
    conn.execute(
        "INSERT INTO audit (seq, at, actor, kind, detail, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![seq, at, actor, event.kind(), detail, hash],
    )?;
    Ok(())
}

/// The last entry's sequence number and hash; `(0, genesis)` for an empty log.
pub(crate) fn head(conn: &Connection) -> Result<(i64, String), VaultError> {
    Ok(conn
        .query_row(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok((0, GENESIS.to_string())),
            e => Err(e),
        })?)
}

pub(crate) fn entries(conn: &Connection) -> Result<Vec<AuditEntry>, VaultError> {
    let mut stmt =
        conn.prepare("SELECT seq, at, actor, kind, detail, hash FROM audit ORDER BY seq")?;
    let rows = stmt.query_map([], |r| {
        let detail: String = r.get(4)?;
        Ok(AuditEntry {
            seq: r.get(0)?,
            at: r.get(1)?,
            actor: r.get(2)?,
            kind: r.get(3)?,
            detail: serde_json::from_str(&detail).unwrap_or(Value::String(detail)),
            hash: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Walks the chain from the start; returns the number of entries, or names the first broken one.
pub(crate) fn verify(conn: &Connection) -> Result<u64, VaultError> {
    let mut stmt =
        conn.prepare("SELECT seq, at, actor, kind, detail, hash FROM audit ORDER BY seq")?;
    let mut rows = stmt.query([])?;
    let mut prev = GENESIS.to_string();
    let mut expected_seq = 1;
    let mut count = 0;
    while let Some(r) = rows.next()? {
        let seq: i64 = r.get(0)?;
        let broken = |reason: &str| VaultError::AuditBroken {
            seq,
            reason: reason.to_string(),
        };
        if seq != expected_seq {
            return Err(VaultError::AuditBroken {
                seq: expected_seq,
                reason: format!("the entry is missing (the next one is {seq})"),
            });
        }
        let text = |i: usize| -> Result<String, VaultError> {
            r.get::<_, String>(i)
                .map_err(|_| broken("a field is not text"))
        };
        let hash = text(5)?;
        if entry_hash(&prev, seq, &text(1)?, &text(2)?, &text(3)?, &text(4)?) != hash {
            return Err(broken(
                "its content does not match its hash (edited, or an entry before it was removed)",
            ));
        }
        prev = hash;
        expected_seq += 1;
        count += 1;
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE audit (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,
             kind TEXT NOT NULL, detail TEXT NOT NULL, hash TEXT NOT NULL)",
        )
        .unwrap();
        let now = jiff::Timestamp::UNIX_EPOCH;
        for e in [
            AuditEvent::VaultCreated,
            AuditEvent::Unlocked,
            AuditEvent::QuickLock,
            AuditEvent::Locked,
        ] {
            append(&conn, "sup", &e, now).unwrap();
        }
        conn
    }

    #[test]
    fn an_intact_chain_verifies() {
        assert_eq!(verify(&log()).unwrap(), 4);
    }

    #[test]
    fn every_kind_of_tampering_names_the_entry() {
        let cases: [(&str, i64); 5] = [
            ("UPDATE audit SET actor = 'x' WHERE seq = 2", 2),
            ("UPDATE audit SET kind = 'unlocked' WHERE seq = 3", 3),
            ("UPDATE audit SET at = '1999-01-01T00:00Z' WHERE seq = 1", 1),
            ("DELETE FROM audit WHERE seq = 2", 2),
            ("UPDATE audit SET detail = '{\"a\":1}' WHERE seq = 4", 4),
        ];
        for (sql, want) in cases {
            let conn = log();
            conn.execute(sql, []).unwrap();
            match verify(&conn) {
                Err(VaultError::AuditBroken { seq, .. }) => assert_eq!(seq, want, "{sql}"),
                other => panic!("{sql}: {other:?}"),
            }
        }
    }
}
