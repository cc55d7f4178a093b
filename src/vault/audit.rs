//! The audit log: a chain of events that carry ids, kinds and staff names only, never personal
//! data. Each entry's hash covers the previous hash and the entry's own fields; an entry written
//! by an unlocked session is an HMAC under the vault's chain key (`keyed`), so nobody without a
//! passphrase can rewrite the chain, and the seal (see `integrity`) holds the count and hash of
//! the last entry, so cutting entries off the end is seen too. Entries written while nobody is
//! unlocked (a failed unlock, a backup, a restore, tampering found) are plain SHA-256 links, of
//! those kinds only, and are pinned by the next keyed entry. Entries from before schema 2 are
//! plain links too.
//!
//! The log is also the ledger of records: replaying creations, saves, deletions and purges gives
//! every record's expected version, which [`check_records`] compares with the table.

use std::collections::BTreeMap;

use hmac::Mac;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::integrity::VaultKey;
use super::{RecordId, TamperedPart, VaultError};

/// The kinds an entry written while nobody is unlocked may have.
const UNKEYED_KINDS: &[&str] = &[
    "unlock-failed",
    "backup-made",
    "restored",
    "tamper-detected",
];

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
    /// An unlock found the vault changed outside Tandem and refused (what, never how).
    TamperDetected {
        part: String,
    },
    /// A vault made by an older Tandem was sealed for the first time.
    VaultSealed,
    /// Keys replaced so that a removed user holds none of them: new retention bucket keys (one
    /// per month with records), the vault key's epoch, and the unit key when it was replaced.
    KeysRotated {
        buckets: Vec<String>,
        epoch: i64,
        unit_key: Option<String>,
    },
    /// The unit signing key was replaced (`tandem unit-key rotate`); its minisign key id.
    UnitKeyRotated {
        key: String,
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
            AuditEvent::TamperDetected { .. } => "tamper-detected",
            AuditEvent::VaultSealed => "vault-sealed",
            AuditEvent::KeysRotated { .. } => "keys-rotated",
            AuditEvent::UnitKeyRotated { .. } => "unit-key-rotated",
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
            AuditEvent::TamperDetected { part } => json!({ "part": part }),
            AuditEvent::VaultSealed => json!({}),
            AuditEvent::KeysRotated {
                buckets,
                epoch,
                unit_key,
            } => json!({ "buckets": buckets, "epoch": epoch, "unit_key": unit_key }),
            AuditEvent::UnitKeyRotated { key } => json!({ "key": key }),
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

fn fields<'a>(
    prev: &'a str,
    seq: &'a str,
    at: &'a str,
    actor: &'a str,
    kind: &'a str,
    detail: &'a str,
) -> [&'a str; 6] {
    [prev, seq, at, actor, kind, detail]
}

/// A plain link: SHA-256 over the previous hash and the entry's fields.
fn entry_hash(prev: &str, seq: i64, at: &str, actor: &str, kind: &str, detail: &str) -> String {
    let mut h = Sha256::new();
    for part in fields(prev, &seq.to_string(), at, actor, kind, detail) {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// A keyed link: HMAC-SHA256 under the vault's chain key over the same fields.
fn keyed_hash(
    key: &VaultKey,
    prev: &str,
    seq: i64,
    at: &str,
    actor: &str,
    kind: &str,
    detail: &str,
) -> String {
    let mut m = key.chain_mac("tandem/audit/v1");
    for part in fields(prev, &seq.to_string(), at, actor, kind, detail) {
        m.update(&(part.len() as u64).to_be_bytes());
        m.update(part.as_bytes());
    }
    hex::encode(m.finalize().into_bytes())
}

/// Appends an event; call inside the transaction that does what the event says. With the vault
/// key the entry is keyed; without it (nobody unlocked) it is a plain link.
pub(crate) fn append(
    conn: &Connection,
    key: Option<&VaultKey>,
    actor: &str,
    event: &AuditEvent,
    now: jiff::Timestamp,
) -> Result<(), VaultError> {
    let (prev_seq, prev_hash) = head(conn)?;
    let seq = prev_seq + 1;
    let at = now.strftime("%Y-%m-%dT%H:%MZ").to_string();
    let detail = event.detail().to_string();
    let kind = event.kind();
    let hash = match key {
        Some(k) => keyed_hash(k, &prev_hash, seq, &at, actor, kind, &detail),
        None => entry_hash(&prev_hash, seq, &at, actor, kind, &detail),
    };
    conn.execute(
        "INSERT INTO audit (seq, at, actor, kind, detail, hash, keyed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![seq, at, actor, kind, detail, hash, key.is_some()],
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

/// What the seal records of the log: its head as it stands.
pub(crate) fn sealed_head(conn: &Connection) -> Result<(i64, String), VaultError> {
    head(conn)
}

/// One stored entry as the checks read it.
struct Stored {
    seq: i64,
    at: String,
    actor: String,
    kind: String,
    detail: String,
    hash: String,
    keyed: bool,
}

impl Stored {
    fn read(r: &rusqlite::Row<'_>) -> rusqlite::Result<Stored> {
        Ok(Stored {
            seq: r.get(0)?,
            at: r.get(1)?,
            actor: r.get(2)?,
            kind: r.get(3)?,
            detail: r.get(4)?,
            hash: r.get(5)?,
            keyed: r.get(6)?,
        })
    }

    /// Whether the entry is what was written after `prev`; a keyed entry can be checked only
    /// with the key (`None` means unknown).
    fn links(&self, prev: &str, key: Option<&VaultKey>) -> Option<bool> {
        let (seq, at, actor, kind, detail) =
            (self.seq, &self.at, &self.actor, &self.kind, &self.detail);
        if self.keyed {
            key.map(|k| keyed_hash(k, prev, seq, at, actor, kind, detail) == self.hash)
        } else {
            Some(entry_hash(prev, seq, at, actor, kind, detail) == self.hash)
        }
    }
}

const SELECT_ENTRIES: &str =
    "SELECT seq, at, actor, kind, detail, hash, keyed FROM audit WHERE seq >= ?1 ORDER BY seq";

/// Checks the head the seal holds: the entry it counted is there, is the one written, and what
/// follows it is only entries written while nobody was unlocked, linked in order.
pub(crate) fn check_sealed_head(
    conn: &Connection,
    key: &VaultKey,
    count: i64,
    head_hash: &str,
) -> Result<(), VaultError> {
    let tampered = |part| VaultError::Tampered { part };
    let (last, _) = head(conn)?;
    if last < count {
        return Err(tampered(TamperedPart::AuditTruncated {
            sealed: count,
            found: last,
        }));
    }
    let prev: String = if count <= 1 {
        GENESIS.to_owned()
    } else {
        conn.query_row("SELECT hash FROM audit WHERE seq = ?1", [count - 1], |r| {
            r.get(0)
        })
        .optional()?
        .ok_or(tampered(TamperedPart::AuditEntry { seq: count - 1 }))?
    };
    let mut stmt = conn.prepare(SELECT_ENTRIES)?;
    let mut rows = stmt.query([count])?;
    let mut prev = prev;
    let mut expected = count;
    while let Some(r) = rows.next()? {
        let e = Stored::read(r)?;
        let sealed = e.seq == count;
        let fits = e.seq == expected
            && e.links(&prev, Some(key)) == Some(true)
            && if sealed {
                e.hash == head_hash
            } else {
                !e.keyed && UNKEYED_KINDS.contains(&e.kind.as_str())
            };
        if !fits {
            return Err(tampered(TamperedPart::AuditEntry { seq: expected }));
        }
        prev = e.hash;
        expected += 1;
    }
    if expected == count && count > 0 {
        return Err(tampered(TamperedPart::AuditEntry { seq: count }));
    }
    Ok(())
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
/// Without the key, keyed entries are checked for their place in the sequence only (their links
/// need the key); with it, every link, and that no entry after the first keyed one is a plain
/// link of a kind only an unlocked session writes.
pub(crate) fn verify(conn: &Connection, key: Option<&VaultKey>) -> Result<u64, VaultError> {
    let mut stmt = conn.prepare(SELECT_ENTRIES)?;
    let mut rows = stmt.query([1])?;
    let mut prev = GENESIS.to_string();
    let mut expected_seq = 1;
    let mut count = 0;
    let mut keyed_seen = false;
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
        let e = Stored::read(r).map_err(|_| broken("a field is not what Tandem writes"))?;
        if e.links(&prev, key) == Some(false) {
            return Err(broken(
                "its content does not match its hash (edited, or an entry before it was removed)",
            ));
        }
        if key.is_some() && keyed_seen && !e.keyed && !UNKEYED_KINDS.contains(&e.kind.as_str()) {
            return Err(broken(
                "it is not keyed, and only an unlocked Tandem writes entries of its kind",
            ));
        }
        keyed_seen |= e.keyed;
        prev = e.hash;
        expected_seq += 1;
        count += 1;
    }
    Ok(count)
}

/// A record row that does not agree with the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordProblem {
    /// The row is at an earlier version than the log's saves say (rolled back).
    RolledBack { id: String, found: i64, logged: i64 },
    /// The row has more saves than the log.
    Ahead { id: String, found: i64, logged: i64 },
    /// The log says the record exists; the table has no row.
    Missing { id: String },
    /// A row the log never saw created.
    Unlogged { id: String },
}

impl RecordProblem {
    /// The message variant (`$problem` in `cli-audit-record`), the record id, the version found
    /// and the version logged (0 where it does not apply).
    pub fn parts(&self) -> (&'static str, &str, i64, i64) {
        match self {
            RecordProblem::RolledBack { id, found, logged } => ("rolled-back", id, *found, *logged),
            RecordProblem::Ahead { id, found, logged } => ("ahead", id, *found, *logged),
            RecordProblem::Missing { id } => ("missing", id, 0, 0),
            RecordProblem::Unlogged { id } => ("unlogged", id, 0, 0),
        }
    }
}

impl std::fmt::Display for RecordProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RecordProblem::RolledBack { id, found, logged } => write!(
                f,
                "record {id} is at version {found} but the log has {logged} (rolled back)"
            ),
            RecordProblem::Ahead { id, found, logged } => write!(
                f,
                "record {id} is at version {found} but the log has only {logged}"
            ),
            RecordProblem::Missing { id } => {
                write!(
                    f,
                    "record {id} is in the log but not in the vault (deleted outside Tandem)"
                )
            }
            RecordProblem::Unlogged { id } => {
                write!(
                    f,
                    "record {id} is in the vault but was never logged (added outside Tandem)"
                )
            }
        }
    }
}

/// Replays the log's record events and compares every record row with them.
pub(crate) fn check_records(conn: &Connection) -> Result<Vec<RecordProblem>, VaultError> {
    // id -> (version, month created); a purge removes the months it names.
    let mut ledger: BTreeMap<String, (i64, String)> = BTreeMap::new();
    let mut stmt = conn.prepare("SELECT at, kind, detail FROM audit ORDER BY seq")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let at: String = r.get(0)?;
        let kind: String = r.get(1)?;
        let detail: Value = serde_json::from_str(&r.get::<_, String>(2)?).unwrap_or(Value::Null);
        let record = detail
            .get("record")
            .and_then(Value::as_str)
            .map(str::to_owned);
        match (kind.as_str(), record) {
            ("record-created", Some(id)) => {
                ledger.insert(id, (1, at.get(..7).unwrap_or_default().to_owned()));
            }
            ("record-updated", Some(id)) => {
                if let Some(entry) = ledger.get_mut(&id) {
                    entry.0 += 1;
                }
            }
            ("record-deleted", Some(id)) => {
                ledger.remove(&id);
            }
            ("purged", _) => {
                let months: Vec<String> = detail
                    .get("buckets")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(|b| super::retention::month_of(b).to_owned())
                    .collect();
                ledger.retain(|_, (_, month)| !months.contains(month));
            }
            _ => {}
        }
    }
    let mut problems = Vec::new();
    let mut stmt = conn.prepare("SELECT id, version FROM records ORDER BY id")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let found: i64 = r.get(1)?;
        match ledger.remove(&id) {
            None => problems.push(RecordProblem::Unlogged { id }),
            Some((logged, _)) if found < logged => {
                problems.push(RecordProblem::RolledBack { id, found, logged })
            }
            Some((logged, _)) if found > logged => {
                problems.push(RecordProblem::Ahead { id, found, logged })
            }
            Some(_) => {}
        }
    }
    problems.extend(ledger.into_keys().map(|id| RecordProblem::Missing { id }));
    Ok(problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE audit (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,
             kind TEXT NOT NULL, detail TEXT NOT NULL, hash TEXT NOT NULL, keyed INTEGER NOT NULL DEFAULT 0)",
        )
        .unwrap();
        let now = jiff::Timestamp::UNIX_EPOCH;
        for e in [
            AuditEvent::VaultCreated,
            AuditEvent::Unlocked,
            AuditEvent::QuickLock,
            AuditEvent::Locked,
        ] {
            append(&conn, None, "sup", &e, now).unwrap();
        }
        conn
    }

    #[test]
    fn an_intact_chain_verifies() {
        assert_eq!(verify(&log(), None).unwrap(), 4);
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
            match verify(&conn, None) {
                Err(VaultError::AuditBroken { seq, .. }) => assert_eq!(seq, want, "{sql}"),
                other => panic!("{sql}: {other:?}"),
            }
        }
    }
}
