//! Format drift: a vault written by an earlier build (tests/data/frozen-vault/vault.db, passphrase
//! below, scrypt work factor 4) must still open, its sealed record must still decrypt to
//! tests/data/frozen-record.json, and its audit chain must still verify. If this fails, the
//! on-disk format changed: add a migration or a format version, never silently re-seal.
//!
//! Regenerate only on purpose: `cargo test --test it -- --ignored vault::format::regenerate`.

use std::path::PathBuf;

use tandem::interview::record::parse_document;
use tandem::vault::{InitOptions, SecretString, Vault};

use crate::fixtures::root;

const PASS: &str = "frozen vault passphrase";
const RECORD_ID: &str = "frozen-record-id";

fn data() -> PathBuf {
    root().join("tests/data")
}

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

#[test]
fn the_frozen_vault_still_opens_and_its_record_still_decrypts() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        data().join("frozen-vault/vault.db"),
        dir.path().join("vault.db"),
    )
    .unwrap();
    let id = std::fs::read_to_string(data().join("frozen-vault").join(RECORD_ID)).unwrap();
    let want = parse_document(&std::fs::read_to_string(data().join("frozen-record.json")).unwrap())
        .unwrap();

    let vault = Vault::open(dir.path()).unwrap();
    assert_eq!(
        vault.verify_audit().unwrap(),
        4,
        "vault-created, user-added, unlocked, record-created"
    );
    let mut s = vault.unlock("frozen", &secret(PASS)).unwrap();
    assert_eq!(s.read_record(&id.trim().parse().unwrap()).unwrap(), want);
    assert_eq!(s.list_records().unwrap().len(), 1);
    assert!(s.unit_signing_key().is_ok());
    s.lock().unwrap().verify_audit().unwrap();
}

#[test]
#[ignore = "writes tests/data/frozen-vault; run on purpose only"]
fn regenerate() {
    let out = data().join("frozen-vault");
    let _ = std::fs::remove_dir_all(&out);
    let vault = Vault::create(
        &out,
        InitOptions {
            supervisor: "frozen".into(),
            passphrase: secret(PASS),
            recovery_recipient: None,
            kdf_log_n: Some(4),
            retention_months: 120,
            unit: "Frozen unit".into(),
        },
    )
    .unwrap();
    let doc = parse_document(&std::fs::read_to_string(data().join("frozen-record.json")).unwrap())
        .unwrap();
    let mut s = vault.unlock("frozen", &secret(PASS)).unwrap();
    let id = s.create_record(&doc).unwrap();
    drop(s);
    std::fs::write(out.join(RECORD_ID), id.to_string()).unwrap();
    for extra in ["tandem.lock", "vault.db-wal", "vault.db-shm"] {
        let _ = std::fs::remove_file(out.join(extra));
    }
}
