//! The vault as a library: sealed records, tampering, moved rows, passphrases, users, keys,
//! partners, retention. Every test has its own temporary vault with a low scrypt work factor.

use std::path::Path;

use rusqlite::Connection;
use tandem::domain::RecordStatus as Status;
use tandem::interview::record::{RecordDocument, parse_document};
use tandem::vault::{
    AuditEvent, InitOptions, Partner, RecordId, Role, SecretString, Session, Vault, VaultError,
};

const PASS: &str = "correct horse battery staple";

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

fn create(dir: &Path, recovery: Option<String>) -> Vault {
    Vault::create(
        dir,
        InitOptions {
            supervisor: "sup".into(),
            passphrase: secret(PASS),
            recovery_recipient: recovery,
            kdf_log_n: Some(4),
            retention_months: 12,
            unit: "Unit 7".into(),
        },
    )
    .unwrap()
}

fn unlocked(dir: &Path) -> Session {
    create(dir, None).unlock("sup", &secret(PASS)).unwrap()
}

fn doc(name: &str) -> RecordDocument {
    parse_document(&format!(
        r#"{{"checklist":"screening","subject":{{"name":"{name}"}},"notes":"note about {name}",
            "answers":{{"q1":"yes","q2":"free text {name}"}},
            "consent":{{"interview":true,"share_with":["shelter"],"police_contact":false}}}}"#
    ))
    .unwrap()
}

fn db(dir: &Path) -> Connection {
    Connection::open(dir.join("vault.db")).unwrap()
}

fn sealed_of(dir: &Path, id: &RecordId) -> Vec<u8> {
    db(dir)
        .query_row(
            "SELECT sealed FROM records WHERE id = ?1",
            [id.as_str()],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn a_record_round_trips_and_updates_bump_its_version() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let id = s.create_record(&doc("Aye Aye")).unwrap();
    assert_eq!(s.read_record(&id).unwrap(), doc("Aye Aye"));

    let mut changed = doc("Aye Aye");
    changed.status = Status::AwaitingReview;
    s.update_record(&id, &changed).unwrap();
    assert_eq!(s.read_record(&id).unwrap(), changed);
    let version: i64 = db(dir.path())
        .query_row("SELECT version FROM records", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 2);

    let list = s.list_records().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, id);
    assert_eq!(list[0].document.status, Status::AwaitingReview);
    assert_eq!(list[0].document.subject.name.as_deref(), Some("Aye Aye"));
    assert_eq!(list[0].answers, 2);
    assert!(list[0].document.answers.is_empty() && list[0].document.notes.is_empty());
    assert!(list[0].created <= list[0].updated);

    s.delete_record(&id).unwrap();
    assert!(matches!(
        s.read_record(&id),
        Err(VaultError::RecordNotFound { .. })
    ));
    assert!(s.list_records().unwrap().is_empty());
}

#[test]
fn every_single_byte_flip_of_a_stored_record_is_refused_as_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let id = s.create_record(&doc("Flip Test")).unwrap();
    let original = sealed_of(dir.path(), &id);
    let conn = db(dir.path());
    let mut stmt = conn
        .prepare("UPDATE records SET sealed = ?1 WHERE id = ?2")
        .unwrap();
    for i in 0..original.len() {
        let mut bad = original.clone();
        bad[i] ^= 0x20;
        stmt.execute(rusqlite::params![bad, id.as_str()]).unwrap();
        match s.read_record(&id) {
            Err(e @ VaultError::Damaged { .. }) => {
                assert!(e.to_string().contains("damaged or tampered"), "{e}")
            }
            other => panic!(
                "byte {i} of {}: expected Damaged, got {other:?}",
                original.len()
            ),
        }
    }
    stmt.execute(rusqlite::params![original, id.as_str()])
        .unwrap();
    assert_eq!(s.read_record(&id).unwrap(), doc("Flip Test"));
}

#[test]
fn a_ciphertext_moved_or_replayed_into_another_row_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let a = s.create_record(&doc("Row A")).unwrap();
    let b = s.create_record(&doc("Row B")).unwrap();
    let conn = db(dir.path());

    // A's ciphertext copied into B's row.
    conn.execute(
        "UPDATE records SET sealed = (SELECT sealed FROM records WHERE id = ?1) WHERE id = ?2",
        [a.as_str(), b.as_str()],
    )
    .unwrap();
    assert!(matches!(s.read_record(&b), Err(VaultError::Damaged { .. })));
    assert_eq!(s.read_record(&a).unwrap(), doc("Row A"));

    // An old version of A replayed after an update.
    let old = sealed_of(dir.path(), &a);
    s.update_record(&a, &doc("Row A changed")).unwrap();
    conn.execute(
        "UPDATE records SET sealed = ?1 WHERE id = ?2",
        rusqlite::params![old, a.as_str()],
    )
    .unwrap();
    assert!(matches!(s.read_record(&a), Err(VaultError::Damaged { .. })));

    // A summary moved between rows is refused too, so the list fails loudly rather than lying.
    conn.execute(
        "UPDATE records SET summary = (SELECT summary FROM records WHERE id = ?1) WHERE id = ?2",
        [b.as_str(), a.as_str()],
    )
    .unwrap();
    assert!(matches!(s.list_records(), Err(VaultError::Damaged { .. })));
}

#[test]
fn a_wrong_passphrase_is_refused_clearly_and_audited() {
    let dir = tempfile::tempdir().unwrap();
    let vault = create(dir.path(), None);
    let (vault, err) = vault.unlock("sup", &secret("wrong")).unwrap_err();
    assert!(matches!(err, VaultError::WrongPassphrase { .. }));
    assert!(
        err.to_string().contains("wrong passphrase for `sup`"),
        "{err}"
    );
    let last = vault.audit_entries().unwrap().pop().unwrap();
    assert_eq!(
        (last.kind.as_str(), last.detail["user"].as_str()),
        ("unlock-failed", Some("sup"))
    );
    let (vault, err) = vault.unlock("nobody", &secret(PASS)).unwrap_err();
    assert!(matches!(err, VaultError::UnknownUser { .. }));
    assert!(vault.unlock("sup", &secret(PASS)).is_ok());
}

#[test]
fn an_edited_audit_entry_is_named_by_verify() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let id = s.create_record(&doc("Audit")).unwrap();
    s.read_record(&id).unwrap();
    s.record_event(AuditEvent::QuickLock).unwrap();
    let vault = s.lock().unwrap();
    let kinds: Vec<_> = vault
        .audit_entries()
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            "vault-created",
            "user-added",
            "unlocked",
            "record-created",
            "record-viewed",
            "quick-lock",
            "locked"
        ]
    );
    assert_eq!(vault.verify_audit().unwrap(), 7);
    db(dir.path())
        .execute("UPDATE audit SET actor = 'someone else' WHERE seq = 4", [])
        .unwrap();
    // Without a key the keyed links cannot be checked; an unlocked session checks them all.
    assert_eq!(vault.verify_audit().unwrap(), 7);
    let s = vault
        .unlock("sup", &secret(PASS))
        .map_err(|(_, e)| e)
        .unwrap();
    match s.verify_audit() {
        Err(e @ VaultError::AuditBroken { seq: 4, .. }) => {
            assert!(e.to_string().contains("entry 4"), "{e}")
        }
        other => panic!("expected entry 4 named, got {other:?}"),
    }
}

#[test]
fn the_audit_log_carries_no_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let id = s.create_record(&doc("Hidden Person")).unwrap();
    s.update_record(&id, &doc("Hidden Person")).unwrap();
    s.read_record(&id).unwrap();
    let all = serde_json::to_string(&s.audit_entries().unwrap()).unwrap();
    assert!(!all.contains("Hidden"), "{all}");
}

#[test]
fn a_second_open_gets_a_clear_message_and_a_closed_vault_opens_again() {
    let dir = tempfile::tempdir().unwrap();
    let first = create(dir.path(), None);
    let err = Vault::open(dir.path()).unwrap_err();
    assert!(matches!(err, VaultError::Busy { .. }));
    assert!(err.to_string().contains("another Tandem process"), "{err}");
    drop(first);
    // A lock file left behind (with a dead pid in it) does not block.
    std::fs::write(dir.path().join("tandem.lock"), "999999").unwrap();
    Vault::open(dir.path()).unwrap();
}

#[test]
fn users_are_added_removed_and_lose_their_keys() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let id = s.create_record(&doc("Shared")).unwrap();
    s.add_user("officer1", Role::Officer, &secret("officer pass"), Some(4))
        .unwrap();
    s.add_user("sup2", Role::Supervisor, &secret("sup2 pass"), Some(4))
        .unwrap();
    assert!(matches!(
        s.add_user("officer1", Role::Officer, &secret("x"), Some(4)),
        Err(VaultError::UserExists { .. })
    ));
    let vault = s.lock().unwrap();
    assert_eq!(
        vault
            .users()
            .unwrap()
            .iter()
            .map(|u| (u.name.as_str(), u.role))
            .collect::<Vec<_>>(),
        [
            ("sup", Role::Supervisor),
            ("officer1", Role::Officer),
            ("sup2", Role::Supervisor)
        ]
    );

    // An officer reads records but cannot sign packets or manage users.
    let mut officer = vault.unlock("officer1", &secret("officer pass")).unwrap();
    assert_eq!(officer.read_record(&id).unwrap(), doc("Shared"));
    assert!(matches!(
        officer.unit_signing_key(),
        Err(VaultError::SupervisorOnly)
    ));
    assert!(matches!(
        officer.remove_user("sup"),
        Err(VaultError::SupervisorOnly)
    ));
    let vault = officer.lock().unwrap();

    // The second supervisor got the unit key; it matches the public key.
    let sup2 = vault.unlock("sup2", &secret("sup2 pass")).unwrap();
    let key = sup2.unit_signing_key().unwrap();
    assert_eq!(key.keynum(), sup2.unit_public_key().unwrap().keynum());
    let mut sup2 = sup2;
    sup2.remove_user("officer1").unwrap();
    let held: i64 = db(dir.path())
        .query_row(
            "SELECT count(*) FROM bucket_keys WHERE holder NOT IN (SELECT id FROM users)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(held, 0, "a removed user's wrapped keys must be gone");
    sup2.remove_user("sup").unwrap();
    assert!(matches!(
        sup2.remove_user("sup2"),
        Err(VaultError::LastSupervisor { .. })
    ));
    let vault = sup2.lock().unwrap();
    assert!(matches!(
        vault.unlock("officer1", &secret("officer pass")),
        Err((_, VaultError::UnknownUser { .. }))
    ));
}

#[test]
fn a_passphrase_change_keeps_the_key_and_recovery_gives_a_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = age::x25519::Identity::generate();
    let vault = create(dir.path(), Some(recovery.to_public().to_string()));
    let mut s = vault.unlock("sup", &secret(PASS)).unwrap();
    let id = s.create_record(&doc("Recover Me")).unwrap();
    s.change_passphrase(&secret("second pass"), Some(4))
        .unwrap();
    let vault = s.lock().unwrap();
    let (mut vault, _) = vault.unlock("sup", &secret(PASS)).unwrap_err();

    // The forgotten passphrase is replaced with the offline recovery identity.
    use age::secrecy::ExposeSecret;
    let file = format!("# recovery key\n{}\n", recovery.to_string().expose_secret());
    let wrong = age::x25519::Identity::generate();
    let wrong_file = SecretString::from(wrong.to_string().expose_secret().to_string());
    assert!(matches!(
        vault.recover_user("sup", &wrong_file, &secret("third"), Some(4)),
        Err(VaultError::WrongRecoveryIdentity)
    ));
    vault
        .recover_user(
            "sup",
            &SecretString::from(file),
            &secret("third pass"),
            Some(4),
        )
        .unwrap();
    let s = vault.unlock("sup", &secret("third pass")).unwrap();
    assert!(s.unit_signing_key().is_ok());
    let mut s = s;
    assert_eq!(s.read_record(&id).unwrap(), doc("Recover Me"));
}

#[test]
fn purge_destroys_expired_buckets_keys_first_and_keeps_current_ones() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let id = s.create_record(&doc("Old")).unwrap();
    let now = jiff::Timestamp::now();
    let bucket = tandem::vault::bucket_of(now);

    let report = s.purge_at(now, false).unwrap();
    assert!(report.buckets.is_empty());
    let later = now
        .checked_add(jiff::SignedDuration::from_hours(24 * 400))
        .unwrap();
    let dry = s.purge_at(later, true).unwrap();
    assert_eq!(
        (dry.buckets.clone(), dry.records),
        (vec![bucket.clone()], 1)
    );
    assert_eq!(
        s.read_record(&id).unwrap(),
        doc("Old"),
        "a dry run destroys nothing"
    );

    let report = s.purge_at(later, false).unwrap();
    assert_eq!((report.buckets, report.records), (vec![bucket], 1));
    assert!(matches!(
        s.read_record(&id),
        Err(VaultError::RecordNotFound { .. })
    ));
    let conn = db(dir.path());
    for table in ["records", "buckets", "bucket_keys"] {
        let n: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0, "{table}");
    }
    let last = s.audit_entries().unwrap().pop().unwrap();
    assert_eq!(last.kind, "purged");
    // A new record after the purge gets a fresh bucket.
    let again = s.create_record(&doc("New")).unwrap();
    assert_eq!(s.read_record(&again).unwrap(), doc("New"));
    assert!(matches!(s.purge_at(later, false), Ok(r) if r.buckets.len() == 1));
}

#[test]
fn officers_cannot_purge_or_change_retention() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    s.add_user("o", Role::Officer, &secret("o pass"), Some(4))
        .unwrap();
    let mut o = s.lock().unwrap().unlock("o", &secret("o pass")).unwrap();
    assert!(matches!(o.purge(true), Err(VaultError::SupervisorOnly)));
    assert!(matches!(
        o.set_retention_months(1),
        Err(VaultError::SupervisorOnly)
    ));
    let mut s = o.lock().unwrap().unlock("sup", &secret(PASS)).unwrap();
    s.set_retention_months(6).unwrap();
    assert_eq!(s.retention_months().unwrap(), 6);
    assert!(s.set_retention_months(0).is_err());
}

#[test]
fn partners_and_seen_packets_persist() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let recipient = age::x25519::Identity::generate().to_public().to_string();
    let p = Partner {
        name: "Safe House".into(),
        recipient,
        kind: tandem::domain::OrganisationKind::Shelter,
    };
    s.add_partner(&p).unwrap();
    assert!(s.add_partner(&p).is_err());
    // A kind outside the vocabulary cannot even be written down.
    assert!(
        "bakery"
            .parse::<tandem::domain::OrganisationKind>()
            .is_err()
    );
    assert!(
        s.add_partner(&Partner {
            recipient: "age1nope".into(),
            name: "Y".into(),
            ..p.clone()
        })
        .is_err()
    );
    assert_eq!(s.partners().unwrap(), vec![p.clone()]);
    s.remove_partner("Safe House").unwrap();
    assert!(s.partners().unwrap().is_empty());

    assert!(!s.packet_seen("pkt-1").unwrap());
    s.mark_packet_seen("pkt-1").unwrap();
    s.mark_packet_seen("pkt-1").unwrap();
    let vault = s.lock().unwrap();
    drop(vault);
    let mut s = Vault::open(dir.path())
        .unwrap()
        .unlock("sup", &secret(PASS))
        .unwrap();
    assert!(s.packet_seen("pkt-1").unwrap());
    assert_eq!(s.unit_name(), "Unit 7");
}

#[test]
fn a_session_can_move_to_another_thread() {
    fn is_send<T: Send>() {}
    is_send::<Session>();
    is_send::<Vault>();
}

#[test]
fn the_queue_comes_from_the_summaries_and_ten_visits_add_no_audit_entry() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let catalog = tandem::checklist::Catalog::builtin().unwrap();
    let docs: Vec<_> = (0..30).map(|i| Ok(doc(&format!("person {i}")))).collect();
    let ids =
        tandem::app::cases::import(&mut s, catalog.checklists(), docs, jiff::Timestamp::now())
            .unwrap();
    assert_eq!(ids.len(), 30);
    let before = s.audit_entries().unwrap().len();
    for _ in 0..10 {
        let rows = tandem::app::cases::queue(&mut s, catalog.checklists()).unwrap();
        assert_eq!(rows.len(), 30);
    }
    assert_eq!(s.audit_entries().unwrap().len(), before);
    // Opening a case is audited, once.
    tandem::app::cases::open(&mut s, &ids[0]).unwrap();
    assert_eq!(s.audit_entries().unwrap().len(), before + 1);
}

#[test]
fn an_import_that_fails_part_way_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let catalog = tandem::checklist::Catalog::builtin().unwrap();
    let docs = (0..5).map(|i| {
        if i == 3 {
            Err(tandem::app::Error::NoDecision)
        } else {
            Ok(doc(&format!("person {i}")))
        }
    });
    assert!(
        tandem::app::cases::import(&mut s, catalog.checklists(), docs, jiff::Timestamp::now())
            .is_err()
    );
    assert!(s.list_records().unwrap().is_empty());
}

/// `user passwd --new-identity`: the old wrapped key, opened with the old passphrase (someone kept
/// a copy of the file and learnt it), opens none of the keys wrapped afterwards; the user reads
/// every record with the new passphrase.
#[test]
fn a_new_identity_leaves_the_old_key_opening_nothing() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let mut s = unlocked(dir.path());
    let id = s.create_record(&doc("Aye Aye")).unwrap();
    let old_blob: Vec<u8> = db(dir.path())
        .query_row("SELECT identity FROM users WHERE name = 'sup'", [], |r| {
            r.get(0)
        })
        .unwrap();
    s.replace_identity(&secret("a new passphrase"), Some(4))
        .unwrap();
    drop(s.lock().unwrap());

    // The old key, as an attacker with the copy and the old passphrase would open it.
    let old = {
        let mut id = age::scrypt::Identity::new(secret(PASS));
        id.set_max_work_factor(22);
        let d = age::Decryptor::new_buffered(&old_blob[..]).unwrap();
        let mut r = d
            .decrypt(std::iter::once(&id as &dyn age::Identity))
            .unwrap();
        let mut text = String::new();
        r.read_to_string(&mut text).unwrap();
        // The identity's line; the vault key's line follows it.
        text.lines()
            .next()
            .unwrap()
            .parse::<age::x25519::Identity>()
            .unwrap()
    };
    let conn = db(dir.path());
    let mut stmt = conn
        .prepare(
            "SELECT wrapped FROM bucket_keys WHERE holder = (SELECT id FROM users WHERE name = 'sup') \
             UNION ALL SELECT wrapped FROM unit_keys WHERE holder = (SELECT id FROM users WHERE name = 'sup')",
        )
        .unwrap();
    let wraps: Vec<Vec<u8>> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(wraps.len() >= 2, "a bucket key and the unit key");
    for w in &wraps {
        let d = age::Decryptor::new_buffered(&w[..]).unwrap();
        assert!(
            d.decrypt(std::iter::once(&old as &dyn age::Identity))
                .is_err(),
            "the old key still opens a wrap"
        );
    }
    let audit = Vault::open(dir.path()).unwrap();
    let mut s = audit.unlock("sup", &secret("a new passphrase")).unwrap();
    assert_eq!(
        s.read_record(&id).unwrap().subject.name.as_deref(),
        Some("Aye Aye")
    );
    assert!(s.unit_signing_key().is_ok());
    assert!(
        s.audit_entries()
            .unwrap()
            .iter()
            .any(|e| e.kind == "identity-replaced")
    );
    drop(s.lock().unwrap());
    // The old passphrase no longer unlocks.
    assert!(
        Vault::open(dir.path())
            .unwrap()
            .unlock("sup", &secret(PASS))
            .is_err()
    );
}
