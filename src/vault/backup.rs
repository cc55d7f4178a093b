//! Backup and restore of the still-encrypted vault. A backup is SQLite's online backup of the
//! database: a consistent snapshot copied page by page, safe while a Tandem is using the vault,
//! then verified by reopening the copy and checking its audit chain and that its head is an entry
//! of the vault's own chain. Nothing is decrypted: a backup file is as safe as the vault it came
//! from, and opens with the same passphrases.
//!
//! A backup is one self-contained file (rollback journal, no `-wal` beside it), written under a
//! temporary name (0600) and renamed into place only when verified, so a failed or killed backup
//! never leaves a file that looks complete. A restore only goes into an empty directory: it never
//! merges into or overwrites a vault.

use super::*;

use rusqlite::OpenFlags;

/// What a verified backup holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupReport {
    /// Entries in the copy's audit chain, all intact.
    pub audit_entries: u64,
    /// The hash of the copy's last audit entry.
    pub audit_head: String,
    /// Records in the copy (sealed; none was opened).
    pub records: u64,
    /// False when another Tandem held the vault, so the backup could not be written to its audit
    /// log (it was still copied and verified).
    pub audited: bool,
}

impl Vault {
    /// Copies the vault in `dir` into the new file `out` and verifies the copy.
    pub fn backup(dir: &Path, out: &Path) -> Result<BackupReport, VaultError> {
        if !Vault::exists(dir) {
            return Err(VaultError::NotFound {
                dir: dir.to_path_buf(),
            });
        }
        if out.exists() {
            return Err(VaultError::BackupExists {
                path: out.to_path_buf(),
            });
        }
        // With the lock, the backup goes into the audit log. Without it (a Tandem is open), the
        // copy is made through a connection that only reads, so the running Tandem's saves are
        // never disturbed.
        let held = match Vault::open(dir) {
            Ok(vault) => Some(vault),
            Err(VaultError::Busy { .. }) => None,
            Err(e) => return Err(e),
        };
        let reader;
        let source = match &held {
            Some(vault) => &vault.conn,
            None => {
                reader = open_existing(&store::db_path(dir), OpenFlags::SQLITE_OPEN_READ_ONLY)?;
                &reader
            }
        };
        let partial = partial_path(out);
        let _ = std::fs::remove_file(&partial);
        let made = copy_into(source, &partial).and_then(|()| {
            let (report, seq) = verify_backup(&partial)?;
            // The copy's head must be an entry of the vault's own chain: a copy of this vault,
            // not of another.
            let ours: Option<String> = source
                .query_row("SELECT hash FROM audit WHERE seq = ?1", [seq], |r| r.get(0))
                .optional()?;
            if ours.as_deref() != Some(report.audit_head.as_str()) {
                return Err(VaultError::NotABackup {
                    path: out.to_path_buf(),
                });
            }
            Ok(report)
        });
        let mut report = match made {
            Ok(report) => report,
            Err(e) => {
                let _ = std::fs::remove_file(&partial);
                return Err(e);
            }
        };
        std::fs::rename(&partial, out).map_err(VaultError::io(IoAction::WriteBackup, out))?;
        sync_parent(out);
        if let Some(vault) = &held {
            vault.audit_alone(&AuditEvent::BackupMade {
                entries: report.audit_entries,
            })?;
            report.audited = true;
        }
        Ok(report)
    }

    /// Restores the backup `file` into `dir`, which must be empty or not yet exist, and opens the
    /// result to prove it is a working vault.
    pub fn restore(file: &Path, dir: &Path) -> Result<BackupReport, VaultError> {
        let (report, _) = verify_backup(file)?;
        if let Ok(mut entries) = std::fs::read_dir(dir)
            && entries.next().is_some()
        {
            return Err(VaultError::RestoreNotEmpty {
                dir: dir.to_path_buf(),
            });
        }
        let mut builder = std::fs::DirBuilder::new();
        crate::platform::owner_only_dir(builder.recursive(true))
            .create(dir)
            .map_err(VaultError::io(IoAction::CreateVaultDir, dir))?;
        restrict_permissions(dir);
        let lock = DirLock::acquire(dir)?;
        let source = open_existing(file, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let db = store::db_path(dir);
        let restored = copy_into(&source, &db).and_then(|()| {
            drop(lock);
            let vault = Vault::open(dir)?;
            let entries = vault.verify_audit()?;
            if entries != report.audit_entries {
                return Err(VaultError::NotABackup {
                    path: file.to_path_buf(),
                });
            }
            vault.audit_alone(&AuditEvent::Restored { entries })?;
            Ok(())
        });
        if let Err(e) = restored {
            // Leave the directory as empty as it was given.
            for leftover in [
                db.clone(),
                dir.join(format!("{}-wal", store::DB_FILE)),
                dir.join(format!("{}-shm", store::DB_FILE)),
                dir.join(format!("{}-journal", store::DB_FILE)),
                dir.join(store::LOCK_FILE),
            ] {
                let _ = std::fs::remove_file(leftover);
            }
            return Err(e);
        }
        Ok(BackupReport {
            audited: true,
            ..report
        })
    }
}

/// Checks that `file` is a whole Tandem vault: a SQLite database this Tandem can read, passing
/// SQLite's own check, with the vault's tables and settings and an intact audit chain. Returns
/// what it holds and the sequence number of its last audit entry.
fn verify_backup(file: &Path) -> Result<(BackupReport, i64), VaultError> {
    let not_a_backup = || VaultError::NotABackup {
        path: file.to_path_buf(),
    };
    if !file.is_file() {
        return Err(VaultError::Io {
            action: IoAction::ReadBackup,
            path: file.to_path_buf(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        });
    }
    let conn = open_existing(file, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|_| not_a_backup())?;
    if version > store::schema_version() {
        return Err(VaultError::NewerSchema {
            found: version,
            known: store::schema_version(),
        });
    }
    if version < 1 {
        return Err(not_a_backup());
    }
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|_| not_a_backup())?;
    if check != "ok" {
        return Err(not_a_backup());
    }
    setting(&conn, "unit_public_key").map_err(|_| not_a_backup())?;
    let users: i64 = conn.query_row("SELECT count(*) FROM users", [], |r| r.get(0))?;
    if users == 0 {
        return Err(not_a_backup());
    }
    let audit_entries = audit::verify(&conn, None)?;
    let (head_seq, audit_head) = audit::head(&conn)?;
    let records: i64 = conn.query_row("SELECT count(*) FROM records", [], |r| r.get(0))?;
    let report = BackupReport {
        audit_entries,
        audit_head,
        records: records as u64,
        audited: false,
    };
    Ok((report, head_seq))
}

/// Opens an existing database file without creating one; no statement spills to `$TMPDIR`. A file
/// that is not a database is named, not described by SQLite's wording.
fn open_existing(path: &Path, access: OpenFlags) -> Result<Connection, VaultError> {
    let conn = Connection::open_with_flags(path, access | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    // Reading the schema is the first thing that fails on a file that is not a database.
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|_| VaultError::NotABackup {
        path: path.to_path_buf(),
    })?;
    Ok(conn)
}

/// Copies `source` page by page into the new file `target` (0600), then makes the copy one
/// self-contained file on disk.
fn copy_into(source: &Connection, target: &Path) -> Result<(), VaultError> {
    let mut options = std::fs::OpenOptions::new();
    crate::platform::owner_only_file(options.write(true).create_new(true))
        .open(target)
        .map_err(VaultError::io(IoAction::WriteBackup, target))?;
    let mut copy = Connection::open_with_flags(
        target,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    copy.pragma_update(None, "temp_store", "MEMORY")?;
    copy.pragma_update(None, "synchronous", "FULL")?;
    {
        let backup = rusqlite::backup::Backup::new(source, &mut copy)?;
        // All pages in one step: the snapshot is consistent and nothing waits between steps.
        backup.step(-1)?;
    }
    drop(copy);
    // The copy carries the vault's WAL flag; turn it into a rollback-journal file so that the
    // backup is exactly one file, and flush it to disk.
    let copy = Connection::open_with_flags(
        target,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    copy.pragma_update(None, "temp_store", "MEMORY")?;
    let _: String = copy.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    drop(copy);
    std::fs::File::open(target)
        .and_then(|f| f.sync_all())
        .map_err(VaultError::io(IoAction::WriteBackup, target))?;
    Ok(())
}

fn partial_path(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "backup".to_owned());
    out.with_file_name(format!(".{name}.partial"))
}

/// Makes a rename durable: best effort, as not every platform can open a directory.
fn sync_parent(path: &Path) {
    if let Some(parent) = path.parent() {
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        if let Ok(dir) = std::fs::File::open(parent) {
            let _ = dir.sync_all();
        }
    }
}
