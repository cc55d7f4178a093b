//! Administration that a kill cannot break: `user remove` (with its new bucket, vault and unit
//! keys), `unit-key rotate`, `recovery set` and `user recover`, each killed at a random moment
//! of its life 200 times (`TANDEM_KILLS` for more), leave the state before or the state after,
//! and a vault every remaining user can unlock with an intact seal and audit log.

use std::time::{Duration, Instant};

use age::secrecy::ExposeSecret;
use rand::Rng;

use super::cli::{PASS, World};
use crate::command::Tandem;

pub(super) fn kills() -> usize {
    std::env::var("TANDEM_KILLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(200)
}

/// Runs `make(i)` `kills()` times, each killed at a random moment of one run's life (timed on a
/// first, whole run of `make(0)`), then calls `after(i)`. Returns how many were killed.
fn kill_at_random(mut make: impl FnMut(usize) -> Tandem, mut after: impl FnMut(usize)) -> usize {
    let start = Instant::now();
    make(0).run();
    let life = start.elapsed().as_micros() as u64;
    after(0);
    let mut rng = rand::thread_rng();
    let mut killed = 0;
    for i in 1..=kills() {
        let mut child = make(i).spawn();
        std::thread::sleep(Duration::from_micros(rng.gen_range(0..life + 1)));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        let _ = child.wait_with_output().unwrap();
        after(i);
    }
    killed
}

fn unlocks(w: &World, user: &str, pass: &str) -> bool {
    w.tandem(&["record", "list", "--user", user])
        .passphrase(pass)
        .spawn()
        .wait_with_output()
        .unwrap()
        .status
        .success()
}

fn add_user(w: &World, name: &str, role: &str, pass: &str) {
    w.tandem(&["user", "add", name, "--role", role, "--kdf-log-n", "4"])
        .env("TANDEM_NEW_PASSPHRASE", pass)
        .run();
}

#[test]
fn killed_user_removals_leave_the_user_or_none_and_every_key_replaced() {
    let w = World::new();
    w.init();
    add_user(&w, "cid", "officer", "cid passphrase");
    w.add(r#"{"checklist":"screening","notes":"n"}"#);
    let mut removed = 0;
    let killed = kill_at_random(
        |i| {
            let role = if i % 2 == 0 { "supervisor" } else { "officer" };
            add_user(&w, &format!("k{i}"), role, "k passphrase");
            w.tandem(&["user", "remove", &format!("k{i}")])
        },
        |i| {
            let present = w.ok(&["user", "list"]).contains(&format!("k{i}\t"));
            if present {
                assert!(unlocks(&w, &format!("k{i}"), "k passphrase"), "k{i}");
                w.tandem(&["user", "remove", &format!("k{i}")]).run();
            }
            removed += usize::from(!present);
            assert!(unlocks(&w, "cid", "cid passphrase"), "cid after k{i}");
        },
    );
    assert!(unlocks(&w, "sup", PASS));
    assert!(w.ok(&["audit", "verify"]).contains("intact"));
    eprintln!("{killed} of {} removals killed", kills());
    assert!(killed >= kills() / 4, "only {killed} kills landed");
}

#[test]
fn killed_unit_key_rotations_and_recovery_sets_leave_the_old_key_or_the_new() {
    let w = World::new();
    w.init();
    add_user(&w, "cid", "officer", "cid passphrase");
    let killed = kill_at_random(
        |_| w.tandem(&["unit-key", "rotate"]),
        |_| {
            assert!(unlocks(&w, "cid", "cid passphrase"));
            w.ok(&["unit-key", "export"]);
        },
    );
    eprintln!("{killed} of {} unit-key rotations killed", kills());
    assert!(killed >= kills() / 4, "only {killed} rotations killed");

    let mut identities = std::collections::BTreeMap::new();
    let killed = kill_at_random(
        |_| {
            let id = age::x25519::Identity::generate();
            let recipient = id.to_public().to_string();
            identities.insert(recipient.clone(), id);
            w.tandem(&["recovery", "set", &recipient])
        },
        |_| assert!(unlocks(&w, "cid", "cid passphrase")),
    );
    eprintln!("{killed} of {} recovery sets killed", kills());
    assert!(killed >= kills() / 4, "only {killed} recovery sets killed");
    // The recipient the vault holds now is one whole set: its identity recovers an account.
    let current: String = rusqlite::Connection::open(w.vault.join("vault.db"))
        .unwrap()
        .query_row(
            "SELECT value FROM settings WHERE key = 'recovery_recipient'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let key_file = w.tmp.join("recovery.key");
    std::fs::write(&key_file, identities[&current].to_string().expose_secret()).unwrap();
    w.tandem(&[
        "user",
        "recover",
        "cid",
        "--recovery-identity",
        key_file.to_str().unwrap(),
        "--kdf-log-n",
        "4",
    ])
    .env("TANDEM_NEW_PASSPHRASE", "recovered passphrase")
    .run();
    assert!(unlocks(&w, "cid", "recovered passphrase"));
    assert!(w.ok(&["audit", "verify"]).contains("intact"));
}

#[test]
fn killed_recoveries_leave_the_old_passphrase_or_the_new() {
    let w = World::new();
    w.init();
    let recovery = age::x25519::Identity::generate();
    w.ok(&["recovery", "set", &recovery.to_public().to_string()]);
    add_user(&w, "cid", "officer", "pass 0");
    w.add(r#"{"checklist":"screening","notes":"n"}"#);
    let key_file = w.tmp.join("recovery.key");
    std::fs::write(&key_file, recovery.to_string().expose_secret()).unwrap();
    let mut current = "pass 0".to_owned();
    let killed = kill_at_random(
        |i| {
            w.tandem(&[
                "user",
                "recover",
                "cid",
                "--recovery-identity",
                key_file.to_str().unwrap(),
                "--kdf-log-n",
                "4",
            ])
            .env("TANDEM_NEW_PASSPHRASE", format!("pass {}", i + 1))
        },
        |i| {
            let new = format!("pass {}", i + 1);
            if unlocks(&w, "cid", &new) {
                current = new;
            } else {
                assert!(unlocks(&w, "cid", &current), "neither passphrase after {i}");
            }
        },
    );
    eprintln!("{killed} of {} recoveries killed", kills());
    assert!(killed >= kills() / 4, "only {killed} recoveries killed");
    assert!(w.ok(&["audit", "verify"]).contains("intact"));
}
