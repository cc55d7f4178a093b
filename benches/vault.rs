//! Vault figures for BENCHMARKS.md (issue 4 acceptance):
//! - unlock plus listing 10,000 records must cost at most 150 ms beyond the scrypt time itself
//!   (compare "unlock + list 10,000" with "unlock, empty vault", both at scrypt log N 10);
//! - saving one answer (seal + commit) at most twice a bare rusqlite insert + commit of a blob of
//!   the same size under the same pragmas;
//! - memory under 100 MB (peak RSS printed after the 10,000-record list);
//! - the calibrated (about one second) unlock, for the record.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use tandem::interview::record::{RecordDocument, parse_document};
use tandem::vault::{InitOptions, RecordId, SecretString, Session, Vault};

const PASS: &str = "benchmark passphrase";

fn secret() -> SecretString {
    SecretString::from(PASS.to_string())
}

/// A typical finished screening: 40 answers, a few notes.
fn typical() -> RecordDocument {
    let answers: Vec<String> = (0..40)
        .map(|i| format!("\"section.question_{i}\":\"yes\""))
        .collect();
    let notes: Vec<String> = (0..8)
        .map(|i| format!("\"section.question_{i}\":\"short officer note {i}\""))
        .collect();
    parse_document(&format!(
        r#"{{"checklist":"screening","case_ref":"IDC-2026-0001","status":"awaiting-review",
            "subject":{{"name":"Benchmark Subject"}},"notes":"{}","answers":{{{}}},"question_notes":{{{}}},
            "consent":{{"interview":true,"share_with":["shelter","legal-aid"],"police_contact":false}},
            "languages":{{"officer":"en","interviewee":"my"}}}}"#,
        "General notes on the interview. ".repeat(10),
        answers.join(","),
        notes.join(",")
    ))
    .unwrap()
}

fn create(dir: &Path, kdf_log_n: Option<u8>) -> Vault {
    Vault::create(
        dir,
        InitOptions {
            supervisor: "sup".into(),
            passphrase: secret(),
            recovery_recipient: None,
            kdf_log_n,
            retention_months: 12,
            unit: "Bench unit".into(),
        },
    )
    .unwrap()
}

fn unlock(dir: &Path) -> Session {
    Vault::open(dir).unwrap().unlock("sup", &secret()).unwrap()
}

fn peak_rss_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.split_whitespace().nth(1)?.parse::<u64>().ok()? / 1024)
}

fn unlock_and_list(c: &mut Criterion) {
    let empty = tempfile::tempdir().unwrap();
    drop(create(empty.path(), Some(10)));
    let full = tempfile::tempdir().unwrap();
    let mut s = create(full.path(), Some(10))
        .unlock("sup", &secret())
        .unwrap();
    let docs = vec![typical(); 500];
    for _ in 0..20 {
        s.create_records(&docs).unwrap();
    }
    drop(s.lock().unwrap());

    let mut g = c.benchmark_group("vault unlock");
    g.sample_size(20);
    g.bench_function("unlock, empty vault (scrypt log N 10)", |b| {
        b.iter(|| black_box(unlock(empty.path()).lock().unwrap()))
    });
    g.bench_function("unlock + list 10,000 records (scrypt log N 10)", |b| {
        b.iter(|| {
            let mut s = unlock(full.path());
            assert_eq!(black_box(s.list_records().unwrap()).len(), 10_000);
            s.lock().unwrap()
        })
    });
    g.finish();
    if let Some(mb) = peak_rss_mb() {
        eprintln!("peak RSS after unlocking and listing 10,000 records: {mb} MB");
    }
}

fn save_answer(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = create(dir.path(), Some(10))
        .unlock("sup", &secret())
        .unwrap();
    let mut doc = typical();
    let id: RecordId = s.create_record(&doc).unwrap();
    let size: i64 = {
        let conn = rusqlite::Connection::open(dir.path().join("vault.db")).unwrap();
        conn.query_row(
            "SELECT length(sealed) + length(summary) FROM records",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    let mut n = 0u64;
    let mut g = c.benchmark_group("vault save");
    g.bench_function("save one answer (seal + commit)", |b| {
        b.iter(|| {
            n += 1;
            doc.answers
                .insert("section.question_0".into(), serde_json::Value::from(n));
            s.update_record(&id, &doc).unwrap()
        })
    });

    let bare_dir = tempfile::tempdir().unwrap();
    let conn = rusqlite::Connection::open(bare_dir.path().join("bare.db")).unwrap();
    for (k, v) in [
        ("journal_mode", "WAL"),
        ("synchronous", "FULL"),
        ("secure_delete", "ON"),
        ("temp_store", "MEMORY"),
    ] {
        conn.pragma_update(None, k, v).unwrap();
    }
    conn.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, blob BLOB NOT NULL)")
        .unwrap();
    let blob = vec![0x5au8; size as usize];
    g.bench_function(
        format!("bare rusqlite insert + commit ({size} bytes, same pragmas)"),
        |b| {
            b.iter(|| {
                conn.execute("INSERT INTO t (blob) VALUES (?1)", [&blob])
                    .unwrap()
            })
        },
    );
    g.finish();
}

fn calibrated_unlock(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    drop(create(dir.path(), None));
    let mut g = c.benchmark_group("vault calibrated");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .warm_up_time(Duration::from_secs(1));
    g.bench_function("unlock with the calibrated work factor (about 1 s)", |b| {
        b.iter(|| black_box(unlock(dir.path()).lock().unwrap()))
    });
    g.finish();
}

criterion_group!(benches, unlock_and_list, save_answer, calibrated_unlock);
criterion_main!(benches);
