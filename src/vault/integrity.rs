//! The vault key and the seal: what stops someone who can write `vault.db` but knows no
//! passphrase from planting a key, a user, a role, a partner or a setting, cutting the audit log
//! short, or rolling a record back.
//!
//! The **vault key** is two 32-byte keys and an epoch: `seal` (replaced whenever a user is
//! removed) and `chain` (kept for the vault's life; it keys the audit chain and the record
//! tokens). It lives inside each user's passphrase-wrapped key (see [`UserSecret`]), so nobody
//! can learn it, or slip in another, without a passphrase; the offline recovery recipient holds a
//! copy wrapped to it. When the seal key is replaced, each remaining user is offered the new one
//! wrapped to their X25519 key and tagged with the key they already hold; they take it at their
//! next unlock and keep it inside their passphrase wrap from then on.
//!
//! The **seal** is one row: a SHA-256 digest of every table that is not sealed per record
//! (settings, users and roles, buckets and bucket keys, unit keys, vault key wraps, partners,
//! packets already opened), the audit log's head (count and hash of the last entry), and, per
//! slice of a retention bucket (the rows of one month whose ids begin with the same hex digit),
//! the XOR of a keyed token per record row and version; all under an HMAC with the seal key.
//! Every write made by an unlocked session reseals in the same transaction. Every unlock checks
//! the seal, the tables and the audit head before anything is read, wrapped or shown, and names
//! what differs; a slice's record rows are checked against their tokens before the first record
//! of that slice is read (the case queue reads them all, so the interface checks every slice as
//! it unlocks; a command that opens one record checks a sixteenth of one month, so that an
//! export costs the same in a vault of 50,000 records as in one of 1,000). A seal written before
//! buckets were sliced holds one XOR per bucket: the unlock checks those buckets whole and the
//! session's first commit writes them as slices.
//!
//! What it cannot see: a copy of the whole vault put back in place of a newer one (that is what a
//! backup is); in the moment between a user's removal and a remaining user's next unlock, a seal
//! key the removed user forges for that one user; and, for a vault made before schema 2, what was
//! changed before its first unlock by this version (which seals it as it finds it). The removed
//! user keeps the chain key, but without the seal key cannot move the sealed head or the record
//! tokens the seal holds. Entries written while nobody is unlocked
//! (failed unlocks, backups, restores, tampering found) cannot be keyed; they follow the sealed
//! head, are limited to those kinds, and are pinned by the next keyed entry.

use hmac::{Hmac, Mac};
use rusqlite::types::ValueRef;
use sha2::{Digest, Sha256};

use super::*;

type HmacSha256 = Hmac<Sha256>;

const KEY_LEN: usize = 32;
/// The line of a user's passphrase-wrapped secret that carries the vault key.
const VAULT_KEY_LINE: &str = "TANDEM-VAULT-KEY-1";

/// The vault's own keys (see the module documentation). Never formatted.
pub(super) struct VaultKey {
    pub(super) epoch: i64,
    seal: Zeroizing<[u8; KEY_LEN]>,
    chain: Zeroizing<[u8; KEY_LEN]>,
}

impl VaultKey {
    pub(super) fn generate() -> VaultKey {
        let mut seal = Zeroizing::new([0u8; KEY_LEN]);
        let mut chain = Zeroizing::new([0u8; KEY_LEN]);
        rand::rngs::OsRng.fill_bytes(&mut seal[..]);
        rand::rngs::OsRng.fill_bytes(&mut chain[..]);
        VaultKey {
            epoch: 1,
            seal,
            chain,
        }
    }

    /// A second copy (zeroized on drop like the first).
    pub(super) fn duplicate(&self) -> VaultKey {
        VaultKey {
            epoch: self.epoch,
            seal: self.seal.clone(),
            chain: self.chain.clone(),
        }
    }

    /// The next epoch's key: a new seal key, the same chain key.
    pub(super) fn successor(&self) -> VaultKey {
        let mut seal = Zeroizing::new([0u8; KEY_LEN]);
        rand::rngs::OsRng.fill_bytes(&mut seal[..]);
        VaultKey {
            epoch: self.epoch.saturating_add(1),
            seal,
            chain: self.chain.clone(),
        }
    }

    fn keyed(key: &[u8; KEY_LEN], label: &str) -> HmacSha256 {
        let sub = Zeroizing::new(age_core::primitives::hkdf(b"", label.as_bytes(), key));
        HmacSha256::new_from_slice(&sub[..]).expect("HMAC takes a key of any length")
    }

    /// An HMAC under the seal key, ready for input.
    fn seal_mac(&self, label: &str) -> HmacSha256 {
        VaultKey::keyed(&self.seal, label)
    }

    /// An HMAC under the chain key, ready for input.
    pub(super) fn chain_mac(&self, label: &str) -> HmacSha256 {
        VaultKey::keyed(&self.chain, label)
    }

    /// `VAULT_KEY_LINE epoch seal-hex chain-hex`, in zeroizing memory.
    fn line(&self) -> SecretBytes {
        let mut out = Zeroizing::new(Vec::with_capacity(200));
        out.extend_from_slice(VAULT_KEY_LINE.as_bytes());
        out.extend_from_slice(format!(" {} ", self.epoch).as_bytes());
        let mut hexed = Zeroizing::new([0u8; KEY_LEN * 2]);
        for (i, key) in [&self.seal, &self.chain].into_iter().enumerate() {
            if i > 0 {
                out.push(b' ');
            }
            hex::encode_to_slice(&key[..], &mut hexed[..]).expect("64 hex digits for 32 bytes");
            out.extend_from_slice(&hexed[..]);
        }
        out
    }

    fn from_line(line: &str) -> Option<VaultKey> {
        let mut words = line.split_ascii_whitespace();
        if words.next()? != VAULT_KEY_LINE {
            return None;
        }
        let epoch: i64 = words.next()?.parse().ok().filter(|e| *e >= 1)?;
        let mut seal = Zeroizing::new([0u8; KEY_LEN]);
        let mut chain = Zeroizing::new([0u8; KEY_LEN]);
        hex::decode_to_slice(words.next()?, &mut seal[..]).ok()?;
        hex::decode_to_slice(words.next()?, &mut chain[..]).ok()?;
        words
            .next()
            .is_none()
            .then_some(VaultKey { epoch, seal, chain })
    }
}

/// What a user's passphrase opens: their X25519 identity, and (from schema 2 on) the vault key.
pub(super) struct UserSecret {
    pub(super) pair: KeyPair,
    pub(super) vault_key: Option<VaultKey>,
}

impl UserSecret {
    /// The identity as age writes it, a newline, the vault key line.
    pub(super) fn to_bytes(pair: &KeyPair, key: &VaultKey) -> SecretBytes {
        let mut out = pair.secret_bytes();
        out.push(b'\n');
        out.extend_from_slice(&key.line());
        out.push(b'\n');
        out
    }

    /// `None` when the bytes are not a secret Tandem wrote.
    pub(super) fn parse(bytes: &[u8]) -> Option<UserSecret> {
        let text = std::str::from_utf8(bytes).ok()?;
        let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
        let pair = KeyPair::from_secret_bytes(lines.next()?.as_bytes())?;
        let vault_key = match lines.next() {
            None => None,
            Some(line) => Some(VaultKey::from_line(line)?),
        };
        lines
            .next()
            .is_none()
            .then_some(UserSecret { pair, vault_key })
    }
}

/// The parts of the vault the seal covers by digest, each with the query that reads it in a
/// fixed order. Records are covered by their tokens instead; the audit log by its head.
const PARTS: &[(&str, &str)] = &[
    ("settings", "SELECT key, value FROM settings ORDER BY key"),
    (
        "users",
        "SELECT id, name, role, recipient, identity, created FROM users ORDER BY id",
    ),
    (
        "buckets",
        "SELECT id, recipient, created FROM buckets ORDER BY id",
    ),
    (
        "bucket-keys",
        "SELECT bucket, holder, wrapped FROM bucket_keys ORDER BY bucket, holder",
    ),
    (
        "unit-keys",
        "SELECT holder, wrapped FROM unit_keys ORDER BY holder",
    ),
    (
        "vault-keys",
        "SELECT holder, epoch, wrapped, tag FROM vault_keys ORDER BY holder, epoch",
    ),
    (
        "partners",
        "SELECT name, recipient, kind FROM partners ORDER BY name",
    ),
    (
        "packets-seen",
        "SELECT id, seen FROM packets_seen ORDER BY id",
    ),
];

fn part_digest(conn: &Connection, sql: &str) -> Result<[u8; 32], VaultError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let columns = stmt.column_count();
    let mut rows = stmt.query([])?;
    let mut h = Sha256::new();
    while let Some(r) = rows.next()? {
        h.update(b"R");
        for i in 0..columns {
            match r.get_ref(i)? {
                ValueRef::Null => h.update(b"n"),
                ValueRef::Integer(n) => {
                    h.update(b"i");
                    h.update(n.to_be_bytes());
                }
                ValueRef::Real(x) => {
                    h.update(b"f");
                    h.update(x.to_be_bytes());
                }
                ValueRef::Text(b) | ValueRef::Blob(b) => {
                    h.update(b"b");
                    h.update((b.len() as u64).to_be_bytes());
                    h.update(b);
                }
            }
        }
    }
    Ok(h.finalize().into())
}

fn digests(conn: &Connection) -> Result<Vec<(&'static str, [u8; 32])>, VaultError> {
    PARTS
        .iter()
        .map(|(name, sql)| Ok((*name, part_digest(conn, sql)?)))
        .collect()
}

/// The tables whose digest now differs from the digests `sealed` (as the seal stores them).
fn changed_parts(conn: &Connection, sealed: &str) -> Result<Vec<&'static str>, VaultError> {
    let sealed: BTreeMap<&str, &str> = sealed
        .split(' ')
        .filter_map(|p| p.split_once('='))
        .collect();
    Ok(digests(conn)?
        .into_iter()
        .filter(|(name, digest)| sealed.get(name).copied() != Some(hex::encode(digest).as_str()))
        .map(|(name, _)| name)
        .collect())
}

fn parts_text(parts: &[(&str, [u8; 32])]) -> String {
    parts
        .iter()
        .map(|(name, d)| format!("{name}={}", hex::encode(d)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A keyed token per record row and version; the seal holds their XOR. Without the chain key
/// nobody can make the token of a version, so a row rolled back, removed or added changes the
/// XOR in a way nobody can compensate.
pub(super) struct RecordTokens(HmacSha256);

impl RecordTokens {
    pub(super) fn new(key: &VaultKey) -> RecordTokens {
        RecordTokens(key.chain_mac("tandem/record-version/v1"))
    }

    fn token(&self, id: &str, version: i64) -> [u8; 32] {
        let mut m = self.0.clone();
        m.update(&(id.len() as u64).to_be_bytes());
        m.update(id.as_bytes());
        m.update(&version.to_be_bytes());
        m.finalize().into_bytes().into()
    }
}

fn xor_into(acc: &mut [u8; 32], token: &[u8; 32]) {
    for (a, t) in acc.iter_mut().zip(token) {
        *a ^= t;
    }
}

/// Per slice of a retention bucket, the XOR of the tokens of its record rows (slices without
/// rows left out), from the index of buckets, ids and versions: a small read, never the sealed
/// records. A slice is the rows of one bucket whose ids begin with the same character
/// (`2026-12:a`), so that reading one record checks a sixteenth of its month, not all of it.
pub(super) type BucketTokens = BTreeMap<String, [u8; 32]>;

/// The slice of `bucket` that record `id` belongs to: `<bucket>:<first character of the id>`.
pub(super) fn slice_of(bucket: &str, id: &str) -> String {
    let first = id.chars().next().map_or(String::new(), String::from);
    format!("{bucket}{SLICE}{first}")
}

/// Between a bucket and an id's first character in a slice's name (a bucket holds none).
const SLICE: char = ':';

/// The rows one check reads.
#[derive(Clone, Copy)]
pub(super) enum Rows<'a> {
    All,
    /// The slice of `bucket` that record `id` belongs to.
    SliceOf {
        bucket: &'a str,
        id: &'a str,
    },
}

fn records_tokens(
    conn: &Connection,
    key: &VaultKey,
    only: Rows<'_>,
) -> Result<BucketTokens, VaultError> {
    let tokens = RecordTokens::new(key);
    // One statement per shape: `?1 IS NULL OR bucket = ?1` would scan the whole index.
    let (mut stmt, bounds) = match only {
        Rows::SliceOf { bucket, id } => {
            // Ids from the first character up to (not including) the next one: a range of the
            // index. (An empty id, which no record has, is the range from "" to "\0".)
            let first = id.chars().next();
            let from = first.map_or(String::new(), String::from);
            let until = String::from(
                first
                    .map_or(Some('\0'), |c| char::from_u32(c as u32 + 1))
                    .unwrap_or(char::MAX),
            );
            let stmt = conn.prepare_cached(
                "SELECT bucket, id, version FROM records INDEXED BY records_versions
                 WHERE bucket = ?1 AND id >= ?2 AND id < ?3",
            )?;
            (stmt, Some((bucket, from, until)))
        }
        Rows::All => (
            conn.prepare_cached(
                "SELECT bucket, id, version FROM records INDEXED BY records_versions",
            )?,
            None,
        ),
    };
    let mut rows = match &bounds {
        Some((bucket, from, until)) => stmt.query(params![bucket, from, until])?,
        None => stmt.query([])?,
    };
    let mut acc = BucketTokens::new();
    while let Some(r) = rows.next()? {
        let bucket = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
        let id = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
        let token = tokens.token(id, r.get(2)?);
        xor_into(acc.entry(slice_of(bucket, id)).or_insert([0u8; 32]), &token);
    }
    acc.retain(|_, a| *a != [0u8; 32]);
    Ok(acc)
}

/// The slices of one bucket (the check of a seal written before buckets were sliced).
fn records_tokens_of_bucket(
    conn: &Connection,
    key: &VaultKey,
    bucket: &str,
) -> Result<BucketTokens, VaultError> {
    let tokens = RecordTokens::new(key);
    let mut stmt = conn.prepare_cached(
        "SELECT id, version FROM records INDEXED BY records_versions WHERE bucket = ?1",
    )?;
    let mut rows = stmt.query([bucket])?;
    let mut acc = BucketTokens::new();
    while let Some(r) = rows.next()? {
        let id = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
        let token = tokens.token(id, r.get(1)?);
        xor_into(acc.entry(slice_of(bucket, id)).or_insert([0u8; 32]), &token);
    }
    acc.retain(|_, a| *a != [0u8; 32]);
    Ok(acc)
}

/// Whether the rows found agree with what the seal holds. A seal written before buckets were
/// sliced holds a whole bucket's XOR under the bucket's name: the XOR of its slices.
fn agree(found: &BucketTokens, sealed: &BucketTokens) -> bool {
    let mut found = found.clone();
    for whole in sealed.keys().filter(|k| !k.contains(SLICE)) {
        let prefix = format!("{whole}{SLICE}");
        let slices: Vec<String> = found
            .keys()
            .filter(|k| k.starts_with(&prefix))
            .cloned()
            .collect();
        let mut acc = [0u8; 32];
        for k in slices {
            if let Some(t) = found.remove(&k) {
                xor_into(&mut acc, &t);
            }
        }
        if acc != [0u8; 32] {
            found.insert(whole.clone(), acc);
        }
    }
    &found == sealed
}

fn tokens_text(acc: &BucketTokens) -> String {
    acc.iter()
        .map(|(bucket, a)| format!("{bucket}={}", hex::encode(a)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn parse_tokens(text: &str) -> Option<BucketTokens> {
    let mut acc = BucketTokens::new();
    for item in text.split(' ').filter(|i| !i.is_empty()) {
        let (bucket, hexed) = item.split_once('=')?;
        let mut a = [0u8; 32];
        hex::decode_to_slice(hexed, &mut a).ok()?;
        acc.insert(bucket.to_owned(), a);
    }
    Some(acc)
}

/// The seal row as stored.
pub(super) struct StoredSeal {
    pub(super) epoch: i64,
    parts: String,
    audit_count: i64,
    audit_head: String,
    records: String,
    mac: String,
}

pub(super) fn read_seal(conn: &Connection) -> Result<Option<StoredSeal>, VaultError> {
    Ok(conn
        .query_row(
            "SELECT epoch, parts, audit_count, audit_head, records, mac FROM seal WHERE id = 1",
            [],
            |r| {
                Ok(StoredSeal {
                    epoch: r.get(0)?,
                    parts: r.get(1)?,
                    audit_count: r.get(2)?,
                    audit_head: r.get(3)?,
                    records: r.get(4)?,
                    mac: r.get(5)?,
                })
            },
        )
        .optional()?)
}

fn seal_mac(
    key: &VaultKey,
    parts: &str,
    audit_count: i64,
    audit_head: &str,
    records: &str,
) -> String {
    let mut m = key.seal_mac("tandem/seal/v1");
    for field in [
        &key.epoch.to_string(),
        parts,
        &audit_count.to_string(),
        audit_head,
        records,
    ] {
        m.update(&(field.len() as u64).to_be_bytes());
        m.update(field.as_bytes());
    }
    hex::encode(m.finalize().into_bytes())
}

/// Writes the seal over the vault as it now stands inside `conn`'s transaction. `parts`: the
/// tables' digests when the transaction changed none of them (only records and the log), so
/// they need not be read again. Returns the digests sealed.
fn write_seal(
    conn: &Connection,
    key: &VaultKey,
    records: &BucketTokens,
    parts: Option<String>,
) -> Result<String, VaultError> {
    let parts = match parts {
        Some(p) => p,
        None => parts_text(&digests(conn)?),
    };
    let (count, head) = audit::sealed_head(conn)?;
    let records = tokens_text(records);
    let mac = seal_mac(key, &parts, count, &head, &records);
    conn.execute(
        "INSERT INTO seal (id, epoch, parts, audit_count, audit_head, records, mac)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET epoch = excluded.epoch, parts = excluded.parts,
           audit_count = excluded.audit_count, audit_head = excluded.audit_head,
           records = excluded.records, mac = excluded.mac",
        params![key.epoch, parts, count, head, records, mac],
    )?;
    Ok(parts)
}

fn tampered(part: TamperedPart) -> VaultError {
    VaultError::Tampered { part }
}

/// Checks the seal with `key`: its MAC, every part's digest, the audit head and what follows it.
/// Returns the record tokens it holds per bucket, for the session to check each bucket's rows
/// against before it reads them ([`Sealing::check_records`]), or the first thing found changed.
pub(super) fn check(conn: &Connection, key: &VaultKey) -> Result<Checked, VaultError> {
    let (found, checked) = findings(conn, key, false)?;
    match found.into_iter().next() {
        Some(part) => Err(tampered(part)),
        None => Ok(checked),
    }
}

/// What a checked seal vouches for: the record tokens per bucket and the tables' digests.
pub(super) struct Checked {
    records: BucketTokens,
    parts: Option<String>,
}

/// Everything the seal finds changed (empty when all is as Tandem wrote it), with every
/// bucket's record rows too when `all_records`; and what the seal holds.
pub(super) fn findings(
    conn: &Connection,
    key: &VaultKey,
    all_records: bool,
) -> Result<(Vec<TamperedPart>, Checked), VaultError> {
    let Some(seal) = read_seal(conn)? else {
        let none = Checked {
            records: BucketTokens::new(),
            parts: None,
        };
        return Ok((vec![TamperedPart::Seal], none));
    };
    let mut found = Vec::new();
    let expected = seal_mac(
        key,
        &seal.parts,
        seal.audit_count,
        &seal.audit_head,
        &seal.records,
    );
    if seal.epoch != key.epoch || !subtle_eq(expected.as_bytes(), seal.mac.as_bytes()) {
        found.push(TamperedPart::Seal);
    }
    found.extend(
        changed_parts(conn, &seal.parts)?
            .into_iter()
            .map(|name| TamperedPart::Table { name }),
    );
    match audit::check_sealed_head(conn, key, seal.audit_count, &seal.audit_head) {
        Ok(()) => {}
        Err(VaultError::Tampered { part }) => found.push(part),
        Err(e) => return Err(e),
    }
    let records = match parse_tokens(&seal.records) {
        Some(r) => r,
        None => {
            found.push(TamperedPart::Seal);
            BucketTokens::new()
        }
    };
    if all_records && !agree(&records_tokens(conn, key, Rows::All)?, &records) {
        found.push(TamperedPart::Records);
    }
    Ok((
        found,
        Checked {
            records,
            parts: Some(seal.parts),
        },
    ))
}

fn subtle_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

/// An unlocked session's part in keeping the seal: the vault key, the record tokens per bucket,
/// and which buckets' rows have been checked against them.
pub(super) struct Sealing {
    pub(super) key: VaultKey,
    records: BucketTokens,
    /// The tables' digests as last sealed (or checked), reused by writes that change no table.
    parts: Option<String>,
    checked: std::collections::BTreeSet<String>,
    all_checked: bool,
    /// Entries to be written at the start of the session's next transaction (by whom, what,
    /// when), dropped from here only once that transaction is committed.
    pending: Vec<(String, AuditEvent, Timestamp)>,
}

/// The record versions one transaction adds or removes, folded into the seal at commit.
pub(super) struct Changes {
    tokens: RecordTokens,
    records: BucketTokens,
}

impl Changes {
    /// A record row `id` at `version` appears in or disappears from `bucket`.
    pub(super) fn toggle(&mut self, bucket: &str, id: &str, version: i64) {
        let t = self.tokens.token(id, version);
        let slice = slice_of(bucket, id);
        let a = self.records.entry(slice.clone()).or_insert([0u8; 32]);
        xor_into(a, &t);
        if *a == [0u8; 32] {
            self.records.remove(&slice);
        }
    }
}

impl Sealing {
    /// A sealing that carries on from a checked seal. A bucket the seal holds whole (sealed
    /// before buckets were sliced) has its rows checked now and is held in slices from here on,
    /// written so by the session's first commit (the unlock's own entry).
    pub(super) fn checked(
        conn: &Connection,
        key: VaultKey,
        checked: Checked,
    ) -> Result<Sealing, VaultError> {
        let mut records = checked.records;
        let mut done = std::collections::BTreeSet::new();
        let whole: Vec<String> = records
            .keys()
            .filter(|k| !k.contains(SLICE))
            .cloned()
            .collect();
        for bucket in whole {
            let sealed = records.remove(&bucket).unwrap_or_default();
            let found = records_tokens_of_bucket(conn, &key, &bucket)?;
            let mut acc = [0u8; 32];
            for t in found.values() {
                xor_into(&mut acc, t);
            }
            if acc != sealed {
                return Err(tampered(TamperedPart::Records));
            }
            done.extend(found.keys().cloned());
            records.extend(found);
        }
        Ok(Sealing {
            key,
            records,
            parts: checked.parts,
            checked: done,
            all_checked: false,
            pending: Vec::new(),
        })
    }

    /// For a vault being sealed for the first time: the tokens of the records already there.
    pub(super) fn fresh(conn: &Connection, key: VaultKey) -> Result<Sealing, VaultError> {
        let records = records_tokens(conn, &key, Rows::All)?;
        Ok(Sealing {
            key,
            records,
            parts: None,
            checked: Default::default(),
            all_checked: true,
            pending: Vec::new(),
        })
    }

    /// Checks the record rows of a slice (every slice for `Rows::All`) against the seal's
    /// tokens, once per session: a row rolled back, removed or added outside Tandem is refused
    /// before any record of that slice is read. The session's own writes keep them in step.
    pub(super) fn check_records(
        &mut self,
        conn: &Connection,
        rows: Rows<'_>,
    ) -> Result<(), VaultError> {
        let slice = match rows {
            Rows::All => None,
            Rows::SliceOf { bucket, id } => Some(slice_of(bucket, id)),
        };
        if self.all_checked || slice.as_ref().is_some_and(|s| self.checked.contains(s)) {
            return Ok(());
        }
        let found = records_tokens(conn, &self.key, rows)?;
        let expected: BucketTokens = match &slice {
            None => self.records.clone(),
            Some(s) => self
                .records
                .get(s)
                .map(|a| BucketTokens::from([(s.clone(), *a)]))
                .unwrap_or_default(),
        };
        if found != expected {
            return Err(tampered(TamperedPart::Records));
        }
        match slice {
            None => self.all_checked = true,
            Some(s) => {
                self.checked.insert(s);
            }
        }
        Ok(())
    }

    pub(super) fn changes(&self) -> Changes {
        Changes {
            tokens: RecordTokens::new(&self.key),
            records: self.records.clone(),
        }
    }

    /// Appends a keyed audit entry by `actor` inside `tx`; the commit seals it.
    pub(super) fn append(
        &self,
        tx: &Connection,
        actor: &str,
        event: &AuditEvent,
        now: Timestamp,
    ) -> Result<(), VaultError> {
        audit::append(tx, Some(&self.key), actor, event, now)
    }

    /// Keeps an entry to be written first in the session's next transaction, whatever that
    /// is, instead of a commit of its own: for an act that shows nothing before it writes.
    pub(super) fn defer(&mut self, actor: &str, event: AuditEvent, now: Timestamp) {
        self.pending.push((actor.to_owned(), event, now));
    }

    /// Begins a transaction that may change the sealed tables, once they are found as last
    /// sealed: what someone changed in the file while this session was open is refused, never
    /// sealed in with the session's own change.
    pub(super) fn begin<'c>(
        &self,
        conn: &'c mut Connection,
    ) -> Result<rusqlite::Transaction<'c>, VaultError> {
        if let Some(sealed) = &self.parts
            && let Some(name) = changed_parts(conn, sealed)?.into_iter().next()
        {
            return Err(tampered(TamperedPart::Table { name }));
        }
        self.begin_records(conn)
    }

    /// Begins a transaction of record rows and log entries; the deferred entries come first.
    pub(super) fn begin_records<'c>(
        &self,
        conn: &'c mut Connection,
    ) -> Result<rusqlite::Transaction<'c>, VaultError> {
        let tx = conn.transaction()?;
        for (actor, event, at) in &self.pending {
            self.append(&tx, actor, event, *at)?;
        }
        Ok(tx)
    }

    /// Reseals and commits a transaction that changed no record row.
    pub(super) fn commit(&mut self, tx: rusqlite::Transaction<'_>) -> Result<(), VaultError> {
        let changes = self.changes();
        self.commit_with(tx, changes)
    }

    /// Reseals with the record changes and commits; the session's tokens move only once the
    /// commit is on disk.
    pub(super) fn commit_with(
        &mut self,
        tx: rusqlite::Transaction<'_>,
        changes: Changes,
    ) -> Result<(), VaultError> {
        self.seal_and_commit(tx, changes, false)
    }

    /// For a transaction that changed only record rows and the audit log (an answer saved, an
    /// entry written): the tables' digests are the ones last sealed.
    pub(super) fn commit_records(
        &mut self,
        tx: rusqlite::Transaction<'_>,
        changes: Changes,
    ) -> Result<(), VaultError> {
        self.seal_and_commit(tx, changes, true)
    }

    fn seal_and_commit(
        &mut self,
        tx: rusqlite::Transaction<'_>,
        changes: Changes,
        tables_unchanged: bool,
    ) -> Result<(), VaultError> {
        let cached = self.parts.clone().filter(|_| tables_unchanged);
        // The digests last sealed, even if a table was changed in the file meanwhile: such a
        // change then still differs from the seal at the next unlock.
        let parts = write_seal(&tx, &self.key, &changes.records, cached)?;
        tx.commit()?;
        self.records = changes.records;
        self.parts = Some(parts);
        self.pending.clear();
        Ok(())
    }

    /// A new seal key (a user was removed), offered to every holder given, wrapped to them and
    /// tagged with the key being replaced, and to the recovery recipient. Takes effect with
    /// [`Sealing::commit_rotated`].
    pub(super) fn rotate(
        &self,
        tx: &rusqlite::Transaction<'_>,
        holders: &[(String, age::x25519::Recipient)],
        recovery: Option<&age::x25519::Recipient>,
    ) -> Result<VaultKey, VaultError> {
        let next = self.key.successor();
        for (holder, recipient) in holders {
            offer(tx, &self.key, &next, holder, recipient)?;
        }
        if let Some(r) = recovery {
            wrap_for_recovery(tx, &next, r)?;
        }
        Ok(next)
    }

    /// Seals under the new key and commits; the session holds the new key only once the
    /// commit is on disk.
    pub(super) fn commit_rotated(
        &mut self,
        tx: rusqlite::Transaction<'_>,
        next: VaultKey,
    ) -> Result<(), VaultError> {
        let parts = write_seal(&tx, &next, &self.records, None)?;
        tx.commit()?;
        self.key = next;
        self.parts = Some(parts);
        self.pending.clear();
        Ok(())
    }
}

fn offer_tag(previous: &VaultKey, holder: &str, epoch: i64, wrapped: &[u8]) -> Vec<u8> {
    let mut m = previous.seal_mac("tandem/key-offer/v1");
    for field in [holder.as_bytes(), &epoch.to_be_bytes(), wrapped] {
        m.update(&(field.len() as u64).to_be_bytes());
        m.update(field);
    }
    m.finalize().into_bytes().to_vec()
}

/// Offers `next` to `holder`, tagged with `previous` (the key they hold now).
pub(super) fn offer(
    tx: &Connection,
    previous: &VaultKey,
    next: &VaultKey,
    holder: &str,
    to: &age::x25519::Recipient,
) -> Result<(), VaultError> {
    let wrapped = keys::wrap_to(std::slice::from_ref(to), &next.line())?;
    let tag = offer_tag(previous, holder, next.epoch, &wrapped);
    tx.execute(
        "INSERT OR REPLACE INTO vault_keys (holder, epoch, wrapped, tag) VALUES (?1, ?2, ?3, ?4)",
        params![holder, next.epoch, wrapped, tag],
    )?;
    Ok(())
}

/// Offers `key` untagged to a user who holds no vault key yet (a vault sealed for the first
/// time by this version): taken on trust at their next unlock.
pub(super) fn offer_untagged(
    tx: &Connection,
    key: &VaultKey,
    holder: &str,
    to: &age::x25519::Recipient,
) -> Result<(), VaultError> {
    let wrapped = keys::wrap_to(std::slice::from_ref(to), &key.line())?;
    tx.execute(
        "INSERT OR REPLACE INTO vault_keys (holder, epoch, wrapped, tag) VALUES (?1, ?2, ?3, x'')",
        params![holder, key.epoch, wrapped],
    )?;
    Ok(())
}

/// The recovery recipient's copy of the current vault key (only the newest is kept).
pub(super) fn wrap_for_recovery(
    tx: &Connection,
    key: &VaultKey,
    to: &age::x25519::Recipient,
) -> Result<(), VaultError> {
    tx.execute("DELETE FROM vault_keys WHERE holder = ?1", [RECOVERY])?;
    let wrapped = keys::wrap_to(std::slice::from_ref(to), &key.line())?;
    tx.execute(
        "INSERT INTO vault_keys (holder, epoch, wrapped, tag) VALUES (?1, ?2, ?3, x'')",
        params![RECOVERY, key.epoch, wrapped],
    )?;
    Ok(())
}

fn open_wrapped_key(wrapped: &[u8], identity: &age::x25519::Identity) -> Option<VaultKey> {
    let plain = keys::read_through(wrapped, identity).ok()?;
    let text = std::str::from_utf8(&plain).ok()?;
    VaultKey::from_line(text.trim())
}

/// The vault key a holder reaches from the one they hold (`None`: they hold none yet) by the
/// offers made to them, up to `epoch`. Each offer must carry the tag of the key before it; an
/// untagged offer is taken only by a holder who has no key at all.
pub(super) fn take_offers(
    conn: &Connection,
    holder: &str,
    identity: &age::x25519::Identity,
    held: Option<VaultKey>,
    epoch: i64,
) -> Result<VaultKey, VaultError> {
    let missing = || tampered(TamperedPart::VaultKey);
    let row = |e: i64| -> Result<(Vec<u8>, Vec<u8>), VaultError> {
        conn.query_row(
            "SELECT wrapped, tag FROM vault_keys WHERE holder = ?1 AND epoch = ?2",
            params![holder, e],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(missing)
    };
    let mut key = match held {
        Some(k) => k,
        None => {
            // The untagged offer made when the vault was first sealed; later ones chain from it.
            let (first, wrapped): (i64, Vec<u8>) = conn
                .query_row(
                    "SELECT epoch, wrapped FROM vault_keys WHERE holder = ?1 AND tag = x''
                     ORDER BY epoch DESC LIMIT 1",
                    [holder],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .ok_or_else(missing)?;
            let k = open_wrapped_key(&wrapped, identity).ok_or_else(missing)?;
            if k.epoch != first || first > epoch {
                return Err(missing());
            }
            k
        }
    };
    while key.epoch < epoch {
        let next_epoch = key.epoch.saturating_add(1);
        let (wrapped, tag) = row(next_epoch)?;
        let want = offer_tag(&key, holder, next_epoch, &wrapped);
        if !subtle_eq(&want, &tag) {
            return Err(missing());
        }
        let next = open_wrapped_key(&wrapped, identity).ok_or_else(missing)?;
        if next.epoch != next_epoch {
            return Err(missing());
        }
        key = next;
    }
    Ok(key)
}

/// The recovery recipient's copy of the vault key.
pub(super) fn recovery_key(
    conn: &Connection,
    identity: &age::x25519::Identity,
) -> Result<VaultKey, VaultError> {
    let wrapped: Vec<u8> = conn
        .query_row(
            "SELECT wrapped FROM vault_keys WHERE holder = ?1 ORDER BY epoch DESC LIMIT 1",
            [RECOVERY],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(tampered(TamperedPart::VaultKey))?;
    open_wrapped_key(&wrapped, identity).ok_or(tampered(TamperedPart::VaultKey))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_secret_round_trips_and_refuses_anything_else() {
        let pair = KeyPair::generate();
        let key = VaultKey::generate();
        let bytes = UserSecret::to_bytes(&pair, &key);
        let back = UserSecret::parse(&bytes).unwrap();
        assert_eq!(back.pair.recipient.to_string(), pair.recipient.to_string());
        let k = back.vault_key.unwrap();
        assert_eq!(
            (k.epoch, &k.seal[..], &k.chain[..]),
            (1, &key.seal[..], &key.chain[..])
        );
        // A secret from before schema 2: the identity alone.
        let old = UserSecret::parse(&pair.secret_bytes()).unwrap();
        assert!(old.vault_key.is_none());
        let mut extra = bytes.to_vec();
        extra.extend_from_slice(b"more\n");
        assert!(UserSecret::parse(&extra).is_none());
        assert!(UserSecret::parse(b"AGE-SECRET-KEY-1\nTANDEM-VAULT-KEY-1 1 00 00").is_none());
    }

    fn records_table(rows: &[(&str, &str, i64)]) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE records (id TEXT, bucket TEXT, version INTEGER);
             CREATE INDEX records_versions ON records(bucket, id, version);",
        )
        .unwrap();
        for (bucket, id, version) in rows {
            conn.execute(
                "INSERT INTO records (id, bucket, version) VALUES (?1, ?2, ?3)",
                params![id, bucket, version],
            )
            .unwrap();
        }
        conn
    }

    #[test]
    fn reading_a_record_checks_its_slice_and_finds_a_change_there() {
        let rows = [
            ("2026-11", "0a00000000000000", 3),
            ("2026-12", "0b00000000000000", 1),
            ("2026-12", "0c00000000000000", 2),
            ("2026-12", "9f00000000000000", 1),
            ("2026-12", "a100000000000000", 4),
        ];
        let conn = records_table(&rows);
        let key = VaultKey::generate();
        let all = records_tokens(&conn, &key, Rows::All).unwrap();
        assert_eq!(
            all.keys().collect::<Vec<_>>(),
            ["2026-11:0", "2026-12:0", "2026-12:9", "2026-12:a"]
        );
        // One slice's rows only: the index range of one bucket and one first character.
        let slice = Rows::SliceOf {
            bucket: "2026-12",
            id: "0c00000000000000",
        };
        let one = records_tokens(&conn, &key, slice).unwrap();
        assert_eq!(one.keys().collect::<Vec<_>>(), ["2026-12:0"]);
        assert_eq!(one["2026-12:0"], all["2026-12:0"]);
        let checked = |records: &BucketTokens| Checked {
            records: records.clone(),
            parts: None,
        };
        let mut sealing = Sealing::checked(&conn, key, checked(&all)).unwrap();
        // A row rolled back in one slice is refused there, before that slice's record is read.
        conn.execute(
            "UPDATE records SET version = 3 WHERE id = 'a100000000000000'",
            [],
        )
        .unwrap();
        sealing.check_records(&conn, slice).unwrap();
        let a = Rows::SliceOf {
            bucket: "2026-12",
            id: "a100000000000000",
        };
        assert!(matches!(
            sealing.check_records(&conn, a),
            Err(VaultError::Tampered {
                part: TamperedPart::Records
            })
        ));
        assert!(sealing.check_records(&conn, Rows::All).is_err());
    }

    #[test]
    fn a_seal_holding_whole_buckets_is_checked_and_held_in_slices() {
        let rows = [
            ("2026-12", "0b00000000000000", 1),
            ("2026-12", "9f00000000000000", 2),
            ("2026-12", "a100000000000000", 4),
        ];
        let conn = records_table(&rows);
        let key = VaultKey::generate();
        let sliced = records_tokens(&conn, &key, Rows::All).unwrap();
        let mut whole = [0u8; 32];
        for t in sliced.values() {
            xor_into(&mut whole, t);
        }
        let before = BucketTokens::from([("2026-12".to_owned(), whole)]);
        assert!(agree(&sliced, &before));
        let old = Checked {
            records: before.clone(),
            parts: None,
        };
        let sealing = Sealing::checked(&conn, key, old).unwrap();
        assert_eq!(sealing.records, sliced);
        assert_eq!(sealing.checked.len(), 3);
        // A whole bucket that disagrees with its rows is refused, as a slice would be.
        conn.execute("DELETE FROM records WHERE id = '9f00000000000000'", [])
            .unwrap();
        assert!(!agree(
            &records_tokens(&conn, &sealing.key, Rows::All).unwrap(),
            &before
        ));
        let old = Checked {
            records: before,
            parts: None,
        };
        assert!(matches!(
            Sealing::checked(&conn, sealing.key, old),
            Err(VaultError::Tampered {
                part: TamperedPart::Records
            })
        ));
    }

    #[test]
    fn tokens_differ_by_version_and_by_key() {
        let key = VaultKey::generate();
        let t = RecordTokens::new(&key);
        assert_ne!(t.token("a", 1), t.token("a", 2));
        assert_ne!(
            t.token("a", 1),
            RecordTokens::new(&VaultKey::generate()).token("a", 1)
        );
        // The chain key survives rotation, so tokens do too.
        let next = key.successor();
        assert_eq!(t.token("a", 1), RecordTokens::new(&next).token("a", 1));
        assert_eq!(next.epoch, 2);
        assert_ne!(&next.seal[..], &key.seal[..]);
    }
}
