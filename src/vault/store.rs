//! The vault directory on disk: the one-process lock file, the SQLite connection with its durability
//! and hygiene pragmas, the versioned schema, and the TRUNCATE checkpoint.
//!
//! Plaintext columns hold only random ids, the schema version, bucket ids, coarse timestamps, public
//! keys and staff names; every byte about a person is written here already sealed. This module never
//! sees a key or a plaintext record.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use fs4::FileExt;
use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{M, Migrations};

use super::VaultError;

pub(crate) const DB_FILE: &str = "vault.db";
pub(crate) const LOCK_FILE: &str = "tandem.lock";

/// The schema, one migration per version. Never edit a released migration: add one.
/// Version 2 adds the vault key's wraps (`vault_keys`), the seal over the key tables, settings,
/// audit head and record versions (`seal`, see `integrity`), keyed audit entries, and an index
/// of record versions small enough to read at every unlock.
/// `summary` comes before `sealed` so listing reads it from the row's first page and never walks
/// the sealed record's overflow pages.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
CREATE TABLE users (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    role      TEXT NOT NULL CHECK (role IN ('officer', 'supervisor')),
    recipient TEXT NOT NULL,
    identity  BLOB NOT NULL,
    created   TEXT NOT NULL
) STRICT;
CREATE TABLE buckets (
    id        TEXT PRIMARY KEY,
    recipient TEXT NOT NULL,
    created   TEXT NOT NULL
) STRICT;
CREATE TABLE bucket_keys (
    bucket  TEXT NOT NULL REFERENCES buckets(id) ON DELETE CASCADE,
    holder  TEXT NOT NULL,
    wrapped BLOB NOT NULL,
    PRIMARY KEY (bucket, holder)
) STRICT;
CREATE TABLE unit_keys (
    holder  TEXT PRIMARY KEY,
    wrapped BLOB NOT NULL
) STRICT;
CREATE TABLE records (
    id      TEXT PRIMARY KEY,
    bucket  TEXT NOT NULL REFERENCES buckets(id),
    version INTEGER NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    summary BLOB NOT NULL,
    sealed  BLOB NOT NULL
) STRICT;
CREATE INDEX records_bucket ON records(bucket);
CREATE TABLE partners (
    name      TEXT PRIMARY KEY,
    recipient TEXT NOT NULL,
    kind      TEXT NOT NULL
) STRICT;
CREATE TABLE packets_seen (
    id   TEXT PRIMARY KEY,
    seen TEXT NOT NULL
) STRICT;
CREATE TABLE audit (
    seq    INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    actor  TEXT NOT NULL,
    kind   TEXT NOT NULL,
    detail TEXT NOT NULL,
    hash   TEXT NOT NULL
) STRICT;
"#,
    r#"
ALTER TABLE audit ADD COLUMN keyed INTEGER NOT NULL DEFAULT 0;
CREATE TABLE vault_keys (
    holder  TEXT NOT NULL,
    epoch   INTEGER NOT NULL,
    wrapped BLOB NOT NULL,
    tag     BLOB NOT NULL,
    PRIMARY KEY (holder, epoch)
) STRICT;
CREATE TABLE seal (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    epoch       INTEGER NOT NULL,
    parts       TEXT NOT NULL,
    audit_count INTEGER NOT NULL,
    audit_head  TEXT NOT NULL,
    records     TEXT NOT NULL,
    mac         TEXT NOT NULL
) STRICT;
CREATE INDEX records_versions ON records(bucket, id, version);
"#,
];

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// The schema version this build writes.
pub(crate) fn schema_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Tries of the lock after the first, 50 ms apart.
const LOCK_RETRIES: u32 = 10;

/// The lock file, held for as long as the vault is open. The operating system drops the lock when
/// the process ends, however it ends, so a lock left by a crash never blocks.
pub(crate) struct DirLock {
    _file: File,
}

impl DirLock {
    pub(crate) fn acquire(dir: &Path) -> Result<DirLock, VaultError> {
        let path = dir.join(LOCK_FILE);
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(VaultError::io(super::IoAction::OpenLockFile, &path))?;
        // A Tandem that has just closed, or a child process still between fork and exec that
        // shares the lock for an instant, lets go within moments: wait briefly before calling
        // the vault busy.
        let mut locked = FileExt::try_lock(&file).is_ok();
        for _ in 0..LOCK_RETRIES {
            if locked {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
            locked = FileExt::try_lock(&file).is_ok();
        }
        if !locked {
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            return Err(VaultError::Busy {
                dir: dir.to_path_buf(),
                pid: text.trim().parse().ok(),
            });
        }
        // The pid only helps the next process name us; failing to write it is harmless. Written
        // over the old one, padded to the width of any pid, so the file is never truncated (a
        // journalled metadata change on every start).
        let _ = file
            .seek(SeekFrom::Start(0))
            .and_then(|_| file.write_all(format!("{:<10}\n", std::process::id()).as_bytes()));
        Ok(DirLock { _file: file })
    }
}

pub(crate) fn db_path(dir: &Path) -> PathBuf {
    dir.join(DB_FILE)
}

/// Opens (or creates) the database, applies the pragmas and brings the schema up to date.
pub(crate) fn open(dir: &Path, create: bool) -> Result<Connection, VaultError> {
    open_file(&db_path(dir), create)
}

/// Where `tandem init` builds a new vault before it gets its name: a set-up that is killed leaves
/// this file (removed by the next `init`), never a `vault.db` without users.
pub(crate) fn init_path(dir: &Path) -> PathBuf {
    dir.join(format!("{DB_FILE}.init"))
}

pub(crate) fn open_file(path: &Path, create: bool) -> Result<Connection, VaultError> {
    let path = path.to_path_buf();
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let mut conn = Connection::open_with_flags(&path, flags)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    // temp_store MEMORY first, so not even the first statement can spill to $TMPDIR; WAL for crash
    // safety with one writer; FULL so a commit is on disk when it returns; secure_delete so freed
    // pages are zeroed.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > schema_version() {
        return Err(VaultError::NewerSchema {
            found,
            known: schema_version(),
        });
    }
    migrations().to_latest(&mut conn)?;
    Ok(conn)
}

/// Folds the write-ahead log back into the database file and empties it.
/// Rebuilds the database file without the freed pages. VACUUM copies the whole database: with
/// the in-memory temporary store it would hold the vault in memory, so for this one statement
/// the copy goes to a temporary file in the vault's own directory (SQLite deletes it on close,
/// on Unix as soon as it is opened; it holds only ciphertext, like the vault).
pub(crate) fn vacuum(conn: &Connection, dir: &Path) -> Result<(), VaultError> {
    let dir = dir.to_string_lossy().replace('\'', "''");
    conn.execute_batch(&format!(
        "PRAGMA temp_store_directory = '{dir}'; PRAGMA temp_store = FILE;"
    ))?;
    let vacuumed = conn.execute_batch("VACUUM");
    let restored =
        conn.execute_batch("PRAGMA temp_store = MEMORY; PRAGMA temp_store_directory = '';");
    vacuumed?;
    restored?;
    Ok(())
}

pub(crate) fn checkpoint(conn: &Connection) -> Result<(), VaultError> {
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
    }

    #[test]
    fn pragmas_are_applied() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open(dir.path(), true).unwrap();
        let get = |p: &str| -> String {
            conn.pragma_query_value(None, p, |r| r.get::<_, rusqlite::types::Value>(0))
                .map(|v| format!("{v:?}"))
                .unwrap()
        };
        assert_eq!(get("journal_mode"), r#"Text("wal")"#);
        assert_eq!(get("synchronous"), "Integer(2)");
        assert_eq!(get("secure_delete"), "Integer(1)");
        assert_eq!(get("temp_store"), "Integer(2)");
        assert_eq!(
            get("user_version"),
            format!("Integer({})", schema_version())
        );
    }

    #[test]
    fn a_second_lock_is_refused_and_a_dropped_one_is_free() {
        let dir = tempfile::tempdir().unwrap();
        let first = DirLock::acquire(dir.path()).unwrap();
        match DirLock::acquire(dir.path()) {
            Err(VaultError::Busy { pid, .. }) => assert_eq!(pid, Some(std::process::id())),
            other => panic!("expected Busy, got {:?}", other.err()),
        }
        drop(first);
        DirLock::acquire(dir.path()).unwrap();
    }
}
