//! The floor for `tandem record import` (`bench/floors`): SQLite as Tandem configures it (WAL,
//! `synchronous=FULL`), inserting N rows of random bytes the size of a sealed record and its
//! summary, one transaction, no encryption. Usage: floor_sqlite DB N [BYTES].

use rand::RngCore;
use rusqlite::{Connection, params};

fn main() -> rusqlite::Result<()> {
    let mut args = std::env::args().skip(1);
    let db = args.next().expect("floor_sqlite DB N [BYTES]");
    let n: usize = args.next().and_then(|a| a.parse().ok()).expect("N");
    let bytes: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(4096);
    let mut conn = Connection::open(db)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS records (id TEXT PRIMARY KEY, sealed BLOB, summary BLOB)",
    )?;
    let mut rng = rand::thread_rng();
    let tx = conn.transaction()?;
    {
        let mut insert = tx.prepare("INSERT INTO records VALUES (?1, ?2, ?3)")?;
        let mut sealed = vec![0u8; bytes];
        let mut summary = vec![0u8; 512];
        for i in 0..n {
            rng.fill_bytes(&mut sealed);
            rng.fill_bytes(&mut summary);
            insert.execute(params![format!("{i:016x}"), sealed, summary])?;
        }
    }
    tx.commit()
}
