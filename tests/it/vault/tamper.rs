//! Attacks on `vault.db` by someone who can write the file but knows no passphrase (a colleague
//! on a shared laptop, whoever has the laptop for an hour), and by a user who was removed: each
//! one refused or reported, with the message a user sees, and nothing used that was planted.

use std::io::{Read, Write};

use age::secrecy::ExposeSecret;
use rusqlite::{Connection, params};
use sha2::{Digest, Sha256};

use super::cli::{PASS, World};

fn db(w: &World) -> Connection {
    Connection::open(w.vault.join("vault.db")).unwrap()
}

fn user_id(w: &World, name: &str) -> String {
    db(w)
        .query_row("SELECT id FROM users WHERE name = ?1", [name], |r| r.get(0))
        .unwrap()
}

fn user_recipient(w: &World, name: &str) -> age::x25519::Recipient {
    let text: String = db(w)
        .query_row("SELECT recipient FROM users WHERE name = ?1", [name], |r| {
            r.get(0)
        })
        .unwrap();
    text.parse().unwrap()
}

fn wrap_to(to: &age::x25519::Recipient, plain: &[u8]) -> Vec<u8> {
    let e = age::Encryptor::with_recipients(std::iter::once(to as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let mut w = e.wrap_output(&mut out).unwrap();
    w.write_all(plain).unwrap();
    w.finish().unwrap();
    out
}

fn wrap_with_passphrase(pass: &str, plain: &[u8]) -> Vec<u8> {
    let mut r = age::scrypt::Recipient::new(age::secrecy::SecretString::from(pass.to_owned()));
    r.set_work_factor(4);
    let e = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let mut w = e.wrap_output(&mut out).unwrap();
    w.write_all(plain).unwrap();
    w.finish().unwrap();
    out
}

fn open_with_passphrase(pass: &str, blob: &[u8]) -> String {
    let mut id = age::scrypt::Identity::new(age::secrecy::SecretString::from(pass.to_owned()));
    id.set_max_work_factor(22);
    let d = age::Decryptor::new_buffered(blob).unwrap();
    let mut r = d
        .decrypt(std::iter::once(&id as &dyn age::Identity))
        .unwrap();
    let mut text = String::new();
    r.read_to_string(&mut text).unwrap();
    text
}

fn try_open(identity: &age::x25519::Identity, blob: &[u8]) -> Option<Vec<u8>> {
    let d = age::Decryptor::new_buffered(blob).ok()?;
    let mut r = d
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .ok()?;
    let mut out = Vec::new();
    r.read_to_end(&mut out).ok()?;
    Some(out)
}

/// The command is refused as tampered, names `what`, says what to do, and the refusal is the
/// last entry of the audit log.
fn refused(w: &World, args: &[&str], what: &str) -> String {
    let err = w.tandem(args).fails().run().stderr;
    assert!(
        err.contains("The vault file was changed outside Tandem"),
        "{args:?}: {err}"
    );
    assert!(err.contains(what), "{args:?} should name {what:?}: {err}");
    assert!(err.contains("tandem restore"), "says what to do: {err}");
    let last: String = db(w)
        .query_row(
            "SELECT kind FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(last, "tamper-detected", "{args:?}");
    err
}

fn add_user(w: &World, name: &str, role: &str, pass: &str) {
    let file = w.tmp.join(format!("{name}-pass"));
    std::fs::write(&file, format!("{pass}\n")).unwrap();
    w.ok(&[
        "user",
        "add",
        name,
        "--role",
        role,
        "--kdf-log-n",
        "4",
        "--new-passphrase-file",
        file.to_str().unwrap(),
    ]);
}

fn add_officer(w: &World, name: &str, pass: &str) {
    add_user(w, name, "officer", pass);
}

/// A receiving organisation `Shelter` with a fresh key, added the proper way.
fn add_shelter(w: &World) {
    let partner = age::x25519::Identity::generate().to_public().to_string();
    w.ok(&[
        "partner",
        "add",
        "Shelter",
        "--recipient",
        &partner,
        "--kind",
        "shelter",
    ]);
}

/// A supervisor `mallory` written straight into the users table, her key wrapped with her own
/// passphrase `mallory`.
fn inject_mallory(w: &World) {
    let me = age::x25519::Identity::generate();
    let blob = wrap_with_passphrase("mallory", me.to_string().expose_secret().as_bytes());
    db(w)
        .execute(
            "INSERT INTO users (id, name, role, recipient, identity, created) VALUES ('00000000deadbeef', 'mallory', 'supervisor', ?1, ?2, '2026-12-01')",
            params![me.to_public().to_string(), blob],
        )
        .unwrap();
}

fn this_month() -> String {
    jiff::Timestamp::now().strftime("%Y-%m").to_string()
}

#[test]
fn a_bucket_planted_for_this_or_a_later_month_is_refused_before_anything_is_sealed_to_it() {
    for month in [this_month(), "2099-01".to_owned()] {
        let w = World::new();
        w.init();
        let planted = age::x25519::Identity::generate();
        let secret = planted.to_string();
        let wrapped = wrap_to(
            &user_recipient(&w, "sup"),
            secret.expose_secret().as_bytes(),
        );
        db(&w)
            .execute_batch(&format!(
                "INSERT INTO buckets (id, recipient, created) VALUES ('{month}', '{}', '2026-12-01');",
                planted.to_public()
            ))
            .unwrap();
        db(&w)
            .execute(
                "INSERT INTO bucket_keys (bucket, holder, wrapped) VALUES (?1, ?2, ?3)",
                params![month, user_id(&w, "sup"), wrapped],
            )
            .unwrap();
        let err = w
            .tandem(&["record", "add"])
            .stdin(r#"{"checklist":"screening","subject":{"name":"Aye"}}"#)
            .fails()
            .run()
            .stderr;
        assert!(err.contains("the buckets table differs"), "{month}: {err}");
        let records: i64 = db(&w)
            .query_row("SELECT count(*) FROM records", [], |r| r.get(0))
            .unwrap();
        assert_eq!(records, 0, "nothing was sealed to the planted key");
    }
}

#[test]
fn a_swapped_recovery_recipient_partner_key_injected_user_or_raised_role_is_refused() {
    let attacker = age::x25519::Identity::generate().to_public().to_string();
    type Attack<'a> = Box<dyn Fn(&World) + 'a>;
    let cases: [(&str, Attack<'_>, &str); 4] = [
        (
            "recovery recipient",
            Box::new(|w: &World| {
                w.sql(&format!(
                    "UPDATE settings SET value = '{attacker}' WHERE key = 'recovery_recipient'"
                ))
            }),
            "the settings table differs",
        ),
        (
            "partner recipient",
            Box::new(|w: &World| w.sql(&format!("UPDATE partners SET recipient = '{attacker}'"))),
            "the partners table differs",
        ),
        (
            "injected supervisor",
            Box::new(inject_mallory),
            "the users table differs",
        ),
        (
            "officer made supervisor",
            Box::new(|w: &World| w.sql("UPDATE users SET role = 'supervisor' WHERE name = 'ana'")),
            "the users table differs",
        ),
    ];
    for (attack, tamper, says) in cases {
        let w = World::new();
        w.init();
        add_officer(&w, "ana", "ana passphrase");
        add_shelter(&w);
        tamper(&w);
        let err = refused(&w, &["partner", "list"], says);
        assert!(!err.contains("Shelter"), "{attack}: nothing shown: {err}");
    }

    // The injected user cannot unlock either: their wrap holds no vault key Tandem made.
    let w = World::new();
    w.init();
    inject_mallory(&w);
    let err = w
        .tandem(&["user", "add", "eve", "--role", "supervisor"])
        .args(["--user", "mallory"])
        .passphrase("mallory")
        .fails()
        .run()
        .stderr;
    assert!(err.contains("changed outside Tandem"), "{err}");
    assert!(err.contains("your copy of the vault key"), "{err}");
}

#[test]
fn a_cut_short_audit_log_is_refused_and_a_missing_seal_too() {
    let w = World::new();
    w.init();
    w.add(r#"{"checklist":"screening"}"#);
    w.sql("DELETE FROM audit WHERE seq > (SELECT max(seq) - 2 FROM audit)");
    refused(&w, &["record", "list"], "the audit log was cut short");

    let w = World::new();
    w.init();
    w.sql("DELETE FROM seal");
    refused(
        &w,
        &["record", "list"],
        "the seal over its keys and settings",
    );
}

/// SHA-256 links, as an attacker without the key would write them over the whole log.
fn rehash_unkeyed(conn: &Connection) {
    let rows: Vec<(i64, String, String, String, String)> = {
        let mut stmt = conn
            .prepare("SELECT seq, at, actor, kind, detail FROM audit ORDER BY seq")
            .unwrap();
        stmt.query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    };
    conn.execute("DELETE FROM audit", []).unwrap();
    let mut prev = "tandem-audit-v1".to_owned();
    for (i, (_, at, actor, kind, detail)) in rows.into_iter().enumerate() {
        let seq = i as i64 + 1;
        let mut h = Sha256::new();
        for part in [&prev, &seq.to_string(), &at, &actor, &kind, &detail] {
            h.update((part.len() as u64).to_be_bytes());
            h.update(part.as_bytes());
        }
        let hash = hex::encode(h.finalize());
        conn.execute(
            "INSERT INTO audit (seq, at, actor, kind, detail, hash, keyed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)",
            params![seq, at, actor, kind, detail, hash],
        )
        .unwrap();
        prev = hash;
    }
}

#[test]
fn a_record_deleted_with_its_entries_and_the_log_rehashed_is_seen() {
    let w = World::new();
    w.init();
    let keep = w.add(r#"{"checklist":"screening","subject":{"name":"Keep"}}"#);
    let gone = w.add(r#"{"checklist":"screening","subject":{"name":"Gone"}}"#);
    let conn = db(&w);
    conn.execute("DELETE FROM records WHERE id = ?1", [&gone])
        .unwrap();
    conn.execute(
        "DELETE FROM audit WHERE detail LIKE '%' || ?1 || '%'",
        [&gone],
    )
    .unwrap();
    rehash_unkeyed(&conn);
    drop(conn);
    refused(&w, &["record", "list"], "changed outside Tandem");
    assert!(!keep.is_empty());
}

#[test]
fn a_record_rolled_back_or_deleted_is_refused_before_it_is_read_and_named_by_audit_verify() {
    let w = World::new();
    w.init();
    let id = w.add(r#"{"checklist":"screening","subject":{"name":"Aye"}}"#);
    let old: (i64, Vec<u8>, Vec<u8>, String) = db(&w)
        .query_row(
            "SELECT version, sealed, summary, updated FROM records WHERE id = ?1",
            [&id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    // A save after the copy was taken (as an export would be), then the old row put back.
    w.ok(&["record", "stop", &id, "--reason", "distress"]);
    db(&w)
        .execute(
            "UPDATE records SET version = ?1, sealed = ?2, summary = ?3, updated = ?4 WHERE id = ?5",
            params![old.0, old.1, old.2, old.3, id],
        )
        .unwrap();
    refused(
        &w,
        &["record", "show", &id],
        "a record was rolled back, removed or added",
    );
    refused(
        &w,
        &["record", "list"],
        "a record was rolled back, removed or added",
    );
    let err = w.tandem(&["audit", "verify"]).fails().run().stderr;
    assert!(
        err.contains(&format!("Record {id} is at version 1 but the log has 2")),
        "{err}"
    );

    // Deleted outright.
    let w = World::new();
    w.init();
    let id = w.add(r#"{"checklist":"screening"}"#);
    w.sql(&format!("DELETE FROM records WHERE id = '{id}'"));
    refused(
        &w,
        &["record", "list"],
        "a record was rolled back, removed or added",
    );
    let err = w.tandem(&["audit", "verify"]).fails().run().stderr;
    assert!(
        err.contains(&format!("Record {id} is in the log but not in the vault")),
        "{err}"
    );
}

#[test]
fn an_intact_vault_verifies_and_listing_adds_no_warning() {
    let w = World::new();
    w.init();
    add_officer(&w, "ana", "ana passphrase");
    w.add(r#"{"checklist":"screening"}"#);
    assert!(w.ok(&["audit", "verify"]).contains("intact"));
    // A failed unlock is written with no key; it may follow the sealed head.
    w.tandem(&["record", "list"])
        .passphrase("wrong")
        .fails()
        .run();
    assert!(w.ok(&["audit", "verify"]).contains("intact"));
    w.ok(&["record", "list"]);
}

#[test]
fn after_a_removal_nothing_saved_opens_with_what_the_removed_user_held() {
    let w = World::new();
    w.init();
    add_officer(&w, "ana", "ana passphrase");
    add_officer(&w, "cid", "cid passphrase");
    let before = w.add(r#"{"checklist":"screening","subject":{"name":"Before"}}"#);
    // Ana keeps a copy of the vault as it is, and her passphrase.
    let copy = w.tmp.join("copy.db");
    db(&w)
        .execute("VACUUM INTO ?1", [copy.to_str().unwrap()])
        .unwrap();

    let said = w.ok(&["user", "remove", "ana"]);
    assert!(
        said.contains("retention key and the vault key were replaced"),
        "{said}"
    );
    let after = w.add(r#"{"checklist":"screening","subject":{"name":"After"}}"#);
    w.ok(&["record", "stop", &before, "--reason", "distress"]);

    // Everything Ana's old copy lets her open: her identity, then every bucket key wrapped to her.
    let old = Connection::open(&copy).unwrap();
    let blob: Vec<u8> = old
        .query_row("SELECT identity FROM users WHERE name = 'ana'", [], |r| {
            r.get(0)
        })
        .unwrap();
    let text = open_with_passphrase("ana passphrase", &blob);
    let ana: age::x25519::Identity = text.lines().next().unwrap().parse().unwrap();
    let mut held = Vec::new();
    let mut stmt = old
        .prepare("SELECT wrapped FROM bucket_keys WHERE holder = (SELECT id FROM users WHERE name = 'ana')")
        .unwrap();
    for wrapped in stmt.query_map([], |r| r.get::<_, Vec<u8>>(0)).unwrap() {
        let plain = try_open(&ana, &wrapped.unwrap()).expect("her own copy opens");
        let key: age::x25519::Identity = String::from_utf8(plain).unwrap().trim().parse().unwrap();
        held.push(key);
    }
    assert!(!held.is_empty());
    let now = db(&w);
    for id in [&after, &before] {
        let (bucket, sealed): (String, Vec<u8>) = now
            .query_row(
                "SELECT bucket, sealed FROM records WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert!(
            bucket.ends_with(".2"),
            "{id} saved into a new generation: {bucket}"
        );
        for key in &held {
            assert!(
                try_open(key, &sealed).is_none(),
                "{id} opens with Ana's old key"
            );
        }
    }
    // The users who remain take the new keys at their next unlock, and read both records.
    for (user, pass) in [("sup", PASS), ("cid", "cid passphrase")] {
        let list = w
            .tandem(&["record", "list", "--json"])
            .args(["--user", user])
            .passphrase(pass)
            .run()
            .stdout;
        assert!(
            list.contains(&before) && list.contains(&after),
            "{user}: {list}"
        );
    }
    let offers: i64 = db(&w)
        .query_row(
            "SELECT count(*) FROM vault_keys WHERE holder != 'recovery'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(offers, 0, "every offer was taken into a passphrase wrap");
    assert!(w.ok(&["audit", "verify"]).contains("intact"));
}

#[test]
fn removing_a_supervisor_or_rotating_replaces_the_unit_key_and_packets_name_it() {
    let w = World::new();
    w.init();
    add_user(&w, "bob", "supervisor", "bob passphrase");
    let first = w.ok(&["unit-key", "export"]);
    let said = w.ok(&["user", "remove", "bob"]);
    assert!(
        said.contains("The unit signing key was replaced: key id"),
        "{said}"
    );
    let second = w.ok(&["unit-key", "export"]);
    assert_ne!(first, second);
    let bob_wraps: i64 = db(&w)
        .query_row("SELECT count(*) FROM unit_keys WHERE holder NOT IN (SELECT id FROM users) AND holder != 'recovery'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(bob_wraps, 0);

    let said = w.ok(&["unit-key", "rotate"]);
    assert!(said.contains("read it over the phone as"), "{said}");
    let third = w.ok(&["unit-key", "export"]);
    assert_ne!(second, third);
    let key_id = third
        .lines()
        .next()
        .unwrap()
        .rsplit(' ')
        .next()
        .unwrap()
        .to_owned();
    assert!(said.contains(&key_id), "{said} names {key_id}");
    let kinds: Vec<String> = {
        let conn = db(&w);
        let mut stmt = conn.prepare("SELECT kind FROM audit ORDER BY seq").unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert!(kinds.contains(&"keys-rotated".to_owned()));
    assert!(kinds.contains(&"unit-key-rotated".to_owned()));
}

/// Puts the vault back as an older Tandem left it: no seal, no vault key in any passphrase wrap
/// (the identity alone), plain links in the audit log.
fn as_before_the_seal(w: &World, users: &[(&str, &str)]) {
    let conn = db(w);
    conn.execute_batch("DELETE FROM seal; DELETE FROM vault_keys;")
        .unwrap();
    for (name, pass) in users {
        let blob: Vec<u8> = conn
            .query_row("SELECT identity FROM users WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .unwrap();
        let text = open_with_passphrase(pass, &blob);
        let identity_only = wrap_with_passphrase(pass, text.lines().next().unwrap().as_bytes());
        conn.execute(
            "UPDATE users SET identity = ?1 WHERE name = ?2",
            params![identity_only, name],
        )
        .unwrap();
    }
    rehash_unkeyed(&conn);
}

#[test]
fn a_vault_from_before_the_seal_is_sealed_at_its_first_unlock() {
    let w = World::new();
    w.init();
    add_officer(&w, "ana", "ana passphrase");
    add_officer(&w, "cid", "cid passphrase");
    w.add(r#"{"checklist":"screening"}"#);
    as_before_the_seal(
        &w,
        &[
            ("sup", PASS),
            ("ana", "ana passphrase"),
            ("cid", "cid passphrase"),
        ],
    );
    w.ok(&["record", "list"]);
    let sealed: i64 = db(&w)
        .query_row(
            "SELECT count(*) FROM audit WHERE kind = 'vault-sealed'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(sealed, 1);
    // A removal before Ana's first unlock: she takes the first key offered, then the next.
    w.ok(&["user", "remove", "cid"]);
    for _ in 0..2 {
        let list = w
            .tandem(&["record", "list"])
            .args(["--user", "ana"])
            .passphrase("ana passphrase")
            .run()
            .stdout;
        assert_eq!(list.lines().count(), 1, "{list}");
    }
    assert!(w.ok(&["audit", "verify"]).contains("intact"));
}

#[test]
fn an_account_of_a_vault_from_before_the_seal_is_recovered_before_anyone_unlocks() {
    let w = World::new();
    w.init();
    let recovery = age::x25519::Identity::generate();
    w.ok(&["recovery", "set", &recovery.to_public().to_string()]);
    add_officer(&w, "ana", "ana passphrase");
    w.add(r#"{"checklist":"screening"}"#);
    as_before_the_seal(&w, &[("sup", PASS), ("ana", "ana passphrase")]);
    let key_file = w.tmp.join("recovery.key");
    std::fs::write(&key_file, recovery.to_string().expose_secret()).unwrap();
    w.tandem(&[
        "user",
        "recover",
        "sup",
        "--recovery-identity",
        key_file.to_str().unwrap(),
        "--kdf-log-n",
        "4",
    ])
    .env("TANDEM_NEW_PASSPHRASE", "brand new passphrase")
    .run();
    w.tandem(&["record", "list"])
        .passphrase("brand new passphrase")
        .run();
    let list = w
        .tandem(&["record", "list"])
        .args(["--user", "ana"])
        .passphrase("ana passphrase")
        .run()
        .stdout;
    assert_eq!(list.lines().count(), 1, "{list}");
    w.tandem(&["audit", "verify"])
        .passphrase("brand new passphrase")
        .run();
}

/// One cell changed as an attacker with `sqlite3` would: a text's last character replaced, a
/// blob's middle byte flipped, an integer moved by one.
fn change_cell(conn: &Connection, table: &str, column: &str, rowid: i64) {
    let value: rusqlite::types::Value = conn
        .query_row(
            &format!("SELECT {column} FROM {table} WHERE rowid = ?1"),
            [rowid],
            |r| r.get(0),
        )
        .unwrap();
    use rusqlite::types::Value;
    let changed = match value {
        // Roles are checked by the schema: the one change that passes is to the other role.
        Value::Text(t) if t == "officer" => Value::Text("supervisor".into()),
        Value::Text(t) if t == "supervisor" => Value::Text("officer".into()),
        Value::Text(t) if !t.is_empty() => {
            let mut chars: Vec<char> = t.chars().collect();
            let last = chars.len() - 1;
            chars[last] = if chars[last] == 'a' { 'b' } else { 'a' };
            Value::Text(chars.into_iter().collect())
        }
        Value::Text(_) => Value::Text("a".into()),
        Value::Blob(mut b) if !b.is_empty() => {
            let mid = b.len() / 2;
            b[mid] ^= 0x01;
            Value::Blob(b)
        }
        Value::Blob(_) => Value::Blob(vec![0]),
        Value::Integer(n) => Value::Integer(n + 1),
        other => panic!("{table}.{column}: {other:?}"),
    };
    conn.execute(
        &format!("UPDATE {table} SET {column} = ?1 WHERE rowid = ?2"),
        params![changed, rowid],
    )
    .unwrap();
}

#[test]
fn a_change_to_any_cell_of_the_sealed_tables_is_refused() {
    let w = World::new();
    w.init();
    add_officer(&w, "ana", "ana passphrase");
    add_shelter(&w);
    let recovery = age::x25519::Identity::generate().to_public().to_string();
    w.ok(&["recovery", "set", &recovery]);
    w.add(r#"{"checklist":"screening","subject":{"name":"Aye"}}"#);
    let pristine = std::fs::read(w.vault.join("vault.db")).unwrap();
    let tables: &[(&str, &[&str])] = &[
        ("settings", &["key", "value"]),
        (
            "users",
            &["id", "name", "role", "recipient", "identity", "created"],
        ),
        ("buckets", &["id", "recipient", "created"]),
        ("bucket_keys", &["holder", "wrapped"]),
        ("unit_keys", &["holder", "wrapped"]),
        ("vault_keys", &["holder", "epoch", "wrapped", "tag"]),
        ("partners", &["name", "recipient", "kind"]),
        (
            "seal",
            &[
                "epoch",
                "parts",
                "audit_count",
                "audit_head",
                "records",
                "mac",
            ],
        ),
        ("records", &["id", "version"]),
    ];
    let mut cells = 0;
    for (table, columns) in tables {
        let rowids: Vec<i64> = {
            let conn = db(&w);
            let mut stmt = conn.prepare(&format!("SELECT rowid FROM {table}")).unwrap();
            stmt.query_map([], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap()
        };
        for rowid in rowids {
            for column in *columns {
                std::fs::write(w.vault.join("vault.db"), &pristine).unwrap();
                let conn = db(&w);
                conn.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
                change_cell(&conn, table, column, rowid);
                drop(conn);
                let err = w
                    .tandem(&["record", "list"])
                    .fails()
                    .context(format!("{table}.{column} of row {rowid}"))
                    .run()
                    .stderr;
                assert!(
                    err.contains("changed outside Tandem")
                        || err.contains("damaged or was tampered with")
                        || err.contains("no user")
                        || err.contains("wrong passphrase"),
                    "{table}.{column} of row {rowid}: {err}"
                );
                cells += 1;
            }
        }
    }
    eprintln!("{cells} cells changed, each refused");
    assert!(cells >= 45, "{cells}");

    // Any entry of the audit log: the unlock checks its head; `audit verify` every link.
    let entries: i64 = {
        std::fs::write(w.vault.join("vault.db"), &pristine).unwrap();
        db(&w)
            .query_row("SELECT count(*) FROM audit", [], |r| r.get(0))
            .unwrap()
    };
    for seq in 1..=entries {
        for column in ["at", "actor", "kind", "detail", "hash"] {
            std::fs::write(w.vault.join("vault.db"), &pristine).unwrap();
            change_cell(&db(&w), "audit", column, seq);
            let err = w
                .tandem(&["audit", "verify"])
                .fails()
                .context(format!("audit.{column} of entry {seq}"))
                .run()
                .stderr;
            assert!(
                err.contains(&format!("broken at entry {seq}"))
                    || err.contains("changed outside Tandem"),
                "audit.{column} of entry {seq}: {err}"
            );
        }
    }
}

#[test]
fn a_table_changed_while_a_session_is_open_is_never_sealed_in() {
    use tandem::domain::OrganisationKind;
    use tandem::vault::{Partner, SecretString, TamperedPart, Vault, VaultError};
    let w = World::new();
    w.init();
    let id: tandem::vault::RecordId = w.add(r#"{"checklist":"screening"}"#).parse().unwrap();
    let vault = Vault::open(&w.vault).unwrap();
    let mut s = vault
        .unlock("sup", &SecretString::from(PASS.to_owned()))
        .map_err(|(_, e)| e)
        .unwrap();
    // Someone with the file, while the interface is open.
    let attacker = age::x25519::Identity::generate().to_public().to_string();
    db(&w)
        .execute(
            "UPDATE settings SET value = ?1 WHERE key = 'recovery_recipient'",
            [&attacker],
        )
        .unwrap();
    let partner = Partner {
        name: "Shelter".into(),
        recipient: age::x25519::Identity::generate().to_public().to_string(),
        kind: OrganisationKind::Shelter,
    };
    match s.add_partner(&partner) {
        Err(VaultError::Tampered {
            part: TamperedPart::Table { name: "settings" },
        }) => {}
        other => panic!("expected the settings table named, got {other:?}"),
    }
    // Saving a record goes on (it touches no table the seal digests) and seals the old digests:
    // the next unlock still sees the change.
    let doc = s.read_record(&id).unwrap();
    s.update_record(&id, &doc).unwrap();
    drop(s.lock().unwrap());
    refused(&w, &["record", "list"], "the settings table differs");
}
