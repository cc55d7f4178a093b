//! The vault through the `tandem` binary: provisioning, records on stdin and as JSON, the lock,
//! wrong passphrases, audit tampering, and the two acceptance tests that need real processes:
//! no plaintext on disk, and crash safety under SIGKILL.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rand::Rng;
use tandem::vault::{SecretString, Vault};

use crate::command::{Scratch, Tandem};

pub(super) const PASS: &str = "correct horse battery staple";

/// One test's world: a vault directory and its own TMPDIR, both inside one scratch directory.
pub(super) struct World {
    pub(super) scratch: Scratch,
    pub(super) vault: PathBuf,
    pub(super) tmp: PathBuf,
}

impl World {
    pub(super) fn new() -> World {
        let scratch = Scratch::new();
        World {
            vault: scratch.vault(),
            tmp: scratch.tmp(),
            scratch,
        }
    }

    /// `tandem ARGS --vault VAULT` with the passphrase in the environment.
    pub(super) fn tandem(&self, args: &[&str]) -> Tandem {
        on_vault(self, &self.vault, args)
    }

    /// Gives `sup` the passphrase "brand new passphrase" through the offline recovery key.
    fn recover_sup(&self, recovery: &age::x25519::Identity) {
        use age::secrecy::ExposeSecret;
        let key_file = self.tmp.join("recovery.key");
        std::fs::write(
            &key_file,
            format!("{}\n", recovery.to_string().expose_secret()),
        )
        .unwrap();
        self.tandem(&[
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
    }

    pub(super) fn ok(&self, args: &[&str]) -> String {
        self.tandem(args).run().stdout
    }

    pub(super) fn add(&self, json: &str) -> String {
        let out = self.tandem(&["record", "add"]).stdin(json).run();
        out.stdout.trim().to_string()
    }

    pub(super) fn init(&self) {
        let err = self
            .tandem(&[
                "init",
                "--name",
                "sup",
                "--kdf-log-n",
                "4",
                "--unit",
                "Unit 7",
            ])
            .run()
            .stderr;
        assert!(
            err.contains("no recovery recipient"),
            "init must warn: {err}"
        );
    }

    pub(super) fn sql(&self, sql: &str) {
        rusqlite::Connection::open(self.vault.join("vault.db"))
            .unwrap()
            .execute_batch(sql)
            .unwrap();
    }
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn assert_nowhere(world: &World, needles: &[String], when: &str) {
    let mut files = Vec::new();
    files_under(&world.vault, &mut files);
    files_under(&world.tmp, &mut files);
    assert!(files.iter().any(|f| f.ends_with("vault.db")));
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        for needle in needles {
            let found = bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
            assert!(
                !found,
                "{when}: `{needle}` is readable in {}",
                file.display()
            );
        }
    }
}

#[test]
fn fifty_unique_strings_never_reach_the_disk_before_or_after_a_purge() {
    let w = World::new();
    w.init();
    let needles: Vec<String> = (0..50)
        .map(|i| match i % 5 {
            0 => format!("CanaryName{i:02}Zq"),
            1 => format!("ကနေရီ{i:02}ဗမာ"),
            2 => format!("นกขมิ้น{i:02}ไทย"),
            3 => format!("canary-note-{i:02}-xj"),
            _ => format!("CANARY_ANSWER_{i:02}_Q"),
        })
        .collect();
    let mut ids = Vec::new();
    for chunk in needles.chunks(5) {
        let doc = serde_json::json!({
            "checklist": "screening",
            "case_ref": "REF-1",
            "subject": {"name": chunk[0]},
            "notes": format!("{} and {}", chunk[1], chunk[3]),
            "answers": {"q1": chunk[2], "q2": chunk[4]},
            "question_notes": {"q1": chunk[3]},
        });
        ids.push(w.add(&doc.to_string()));
    }
    // Reading and listing must not spill either (temp files, logs).
    let shown = w.ok(&["record", "show", &ids[0], "--json"]);
    assert!(shown.contains(&needles[0]));
    w.ok(&["record", "list", "--json"]);
    assert_nowhere(&w, &needles, "before purge");

    let vault = Vault::open(&w.vault).unwrap();
    let mut s = vault
        .unlock("sup", &SecretString::from(PASS.to_string()))
        .unwrap();
    let later = jiff::Timestamp::now()
        .checked_add(jiff::SignedDuration::from_hours(24 * 400))
        .unwrap();
    let report = s.purge_at(later, false).unwrap();
    assert_eq!(report.records, 10);
    drop(s.lock().unwrap());
    assert_nowhere(&w, &needles, "after purge");
    let list = w.ok(&["record", "list", "--json"]);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&list).unwrap(),
        serde_json::json!([])
    );
}

#[test]
fn hundreds_of_killed_record_adds_lose_no_printed_record() {
    let w = World::new();
    w.init();
    let doc = r#"{"checklist":"screening","subject":{"name":"Crash Test"},"notes":"n"}"#;
    // Time one whole run so the kills land anywhere in a process's life, commit included.
    let start = Instant::now();
    let mut printed = vec![w.add(doc)];
    let life = start.elapsed().as_micros() as u64;
    let mut rng = rand::thread_rng();
    let mut killed = 0;
    let runs = super::kills::kills();
    for _ in 0..runs {
        let mut child = w.tandem(&["record", "add"]).stdin(doc).spawn();
        std::thread::sleep(Duration::from_micros(rng.gen_range(0..life * 6 / 5 + 1)));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        printed.extend(stdout.lines().filter(|l| l.len() == 16).map(str::to_string));
    }
    eprintln!(
        "{killed} of {runs} killed; {} ids printed; one add takes {life} µs",
        printed.len()
    );
    assert!(
        killed >= runs / 4,
        "only {killed} of {runs} processes were killed; the test proves little"
    );

    let vault = Vault::open(&w.vault).unwrap();
    let mut s = vault
        .unlock("sup", &SecretString::from(PASS.to_string()))
        .unwrap();
    let listed = s.list_records().unwrap();
    for id in &printed {
        let doc = s.read_record(&id.parse().unwrap()).unwrap();
        assert_eq!(doc.subject.name.as_deref(), Some("Crash Test"));
    }
    assert!(listed.len() >= printed.len());
    drop(s.lock().unwrap());
    let conn = rusqlite::Connection::open(w.vault.join("vault.db")).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    w.ok(&["audit", "verify"]);
}

#[test]
fn records_go_in_on_stdin_and_come_out_as_json() {
    let w = World::new();
    w.init();
    let id = w.add(r#"{"checklist":"screening","consent":{"interview":true,"share_with":["ngo"],"police_contact":true}}"#);
    assert_eq!(id.len(), 16);
    let list: serde_json::Value =
        serde_json::from_str(&w.ok(&["record", "list", "--json"])).unwrap();
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(list[0]["status"], "draft");
    assert!(list[0]["updated"].as_str().unwrap().ends_with('Z'));
    let shown: serde_json::Value =
        serde_json::from_str(&w.ok(&["record", "show", &id, "--json"])).unwrap();
    assert_eq!(shown["consent"]["share_with"], serde_json::json!(["ngo"]));
    assert_eq!(shown["checklist"], "screening");

    // Unknown fields are refused with the field named, and nothing is stored.
    let err = w
        .tandem(&["record", "add"])
        .stdin(r#"{"checklist":"x","subjekt":{"name":"Secret Name"}}"#)
        .code(2)
        .run()
        .stderr;
    assert!(
        err.contains("no field `subjekt` in the document") && !err.contains("Secret Name"),
        "{err}"
    );

    let jsonl = w.tmp.join("batch.jsonl");
    std::fs::write(&jsonl, "{\"checklist\":\"a\"}\n\n{\"checklist\":\"b\"}\n").unwrap();
    let imported = w.ok(&["record", "import", jsonl.to_str().unwrap()]);
    assert_eq!(imported.lines().count(), 2);
    std::fs::write(
        &jsonl,
        "{\"checklist\":\"a\"}\n{\"checklist\":\"b\",\"oops\":1}\n",
    )
    .unwrap();
    let err = w
        .tandem(&["record", "import", jsonl.to_str().unwrap()])
        .fails()
        .run()
        .stderr;
    assert!(
        err.contains("Line 2 of")
            && err.contains("no field `oops`")
            && err.contains("nothing was imported"),
        "{err}"
    );

    w.ok(&["record", "delete", &id]);
    let err = w.tandem(&["record", "show", &id]).code(2).run().stderr;
    assert!(err.contains("There is no record"), "{err}");
    let list: serde_json::Value =
        serde_json::from_str(&w.ok(&["record", "list", "--json"])).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2);
}

#[test]
fn a_wrong_passphrase_exits_2_with_a_clear_message_and_an_audit_entry() {
    let w = World::new();
    w.init();
    let err = w
        .tandem(&["record", "list"])
        .passphrase("nope")
        .code(2)
        .run()
        .stderr;
    assert!(err.contains("Wrong passphrase for `sup`"), "{err}");
    let audit: serde_json::Value =
        serde_json::from_str(&w.ok(&["audit", "list", "--json"])).unwrap();
    let last = audit.as_array().unwrap().last().unwrap();
    assert_eq!(last["kind"], "unlock-failed");
}

#[test]
fn a_second_process_is_told_the_vault_is_in_use() {
    let w = World::new();
    w.init();
    let held = Vault::open(&w.vault).unwrap();
    let err = w.tandem(&["record", "list"]).code(1).run().stderr;
    assert!(
        err.contains(&format!("Another Tandem (process {})", std::process::id())),
        "{err}"
    );
    drop(held);
    w.ok(&["record", "list"]);
}

#[test]
fn audit_verify_names_the_edited_entry() {
    let w = World::new();
    w.init();
    w.add(r#"{"checklist":"screening"}"#);
    assert!(w.ok(&["audit", "verify"]).contains("intact"));
    w.sql("UPDATE audit SET kind = 'record-viewed' WHERE seq = 4");
    let err = w.tandem(&["audit", "verify"]).code(1).run().stderr;
    assert!(err.contains("broken at entry 4"), "{err}");
}

#[test]
fn users_are_provisioned_from_the_command_line() {
    let w = World::new();
    w.init();
    let pass_file = w.tmp.join("new-pass");
    std::fs::write(&pass_file, "officer passphrase\n").unwrap();
    let pf = pass_file.to_str().unwrap();
    w.ok(&[
        "user",
        "add",
        "ana",
        "--role",
        "officer",
        "--kdf-log-n",
        "4",
        "--new-passphrase-file",
        pf,
    ]);
    assert_eq!(w.ok(&["user", "list"]), "sup\tsupervisor\nana\tofficer\n");
    let as_ana = |args: &[&str]| {
        w.tandem(args)
            .args(["--user", "ana", "--passphrase-file", pf])
    };
    as_ana(&["record", "list"]).run();
    let err = as_ana(&["purge", "--dry-run"]).fails().run().stderr;
    assert!(err.contains("Only a supervisor"), "{err}");

    std::fs::write(&pass_file, "changed passphrase\n").unwrap();
    w.tandem(&[
        "user",
        "passwd",
        "ana",
        "--kdf-log-n",
        "4",
        "--new-passphrase-file",
        pf,
    ])
    .passphrase("officer passphrase")
    .run();
    as_ana(&["record", "list"]).run();

    assert!(w.ok(&["purge", "--dry-run"]).contains("nothing to destroy"));
    w.ok(&["user", "remove", "ana"]);
    assert_eq!(w.ok(&["user", "list"]), "sup\tsupervisor\n");
    let err = w.tandem(&["user", "remove", "sup"]).fails().run().stderr;
    assert!(err.contains("last supervisor"), "{err}");
}

#[test]
fn recovery_gives_a_forgotten_user_a_new_passphrase() {
    let w = World::new();
    let recovery = age::x25519::Identity::generate();
    let recipient = recovery.to_public().to_string();
    let err = w
        .tandem(&[
            "init",
            "--name",
            "sup",
            "--kdf-log-n",
            "4",
            "--recovery-recipient",
            &recipient,
        ])
        .run()
        .stderr;
    assert!(!err.contains("WARNING"), "{err}");
    let id = w.add(r#"{"checklist":"screening","notes":"kept"}"#);
    w.recover_sup(&recovery);
    let shown = w
        .tandem(&["record", "show", &id, "--json"])
        .passphrase("brand new passphrase")
        .run()
        .stdout;
    assert!(shown.contains("kept"), "{shown}");
}

/// A vault made without a recovery key gets one later, and it opens what was saved before and
/// after: every bucket and the unit key are wrapped to it. An officer cannot set it.
#[test]
fn a_recovery_key_added_later_recovers_records_saved_before_it() {
    let w = World::new();
    w.init();
    let before = w.add(r#"{"checklist":"screening","notes":"saved before the key"}"#);
    let recovery = age::x25519::Identity::generate();
    let recipient = recovery.to_public().to_string();
    // Officers cannot change it.
    w.tandem(&[
        "user",
        "add",
        "ana",
        "--role",
        "officer",
        "--kdf-log-n",
        "4",
    ])
    .env("TANDEM_NEW_PASSPHRASE", "ana passphrase")
    .run();
    let err = w
        .tandem(&["recovery", "set", &recipient, "--user", "ana"])
        .passphrase("ana passphrase")
        .code(2)
        .run()
        .stderr;
    assert!(err.contains("Only a supervisor"), "{err}");
    // A key that is not one is refused with what to do.
    let err = w
        .tandem(&["recovery", "set", "age1nope"])
        .code(2)
        .run()
        .stderr;
    assert!(err.contains("age-keygen"), "{err}");
    let out = w.ok(&["recovery", "set", &recipient]);
    assert!(out.contains(&recipient), "{out}");
    let after = w.add(r#"{"checklist":"screening","notes":"saved after the key"}"#);
    assert!(w.ok(&["audit", "list"]).contains("recovery-set"));

    w.recover_sup(&recovery);
    for (id, note) in [
        (before, "saved before the key"),
        (after, "saved after the key"),
    ] {
        let shown = w
            .tandem(&["record", "show", &id, "--json"])
            .passphrase("brand new passphrase")
            .run()
            .stdout;
        assert!(shown.contains(note), "{shown}");
    }
}

/// `tandem ARGS` on another vault directory, with the same passphrase.
fn on_vault(w: &World, dir: &Path, args: &[&str]) -> Tandem {
    w.scratch
        .tandem()
        .args(args)
        .arg("--vault")
        .arg(dir)
        .passphrase(PASS)
}

fn record_ids(listing: &str) -> Vec<String> {
    let list: serde_json::Value = serde_json::from_str(listing).unwrap();
    let mut ids: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    ids
}

#[test]
fn a_backup_restores_into_an_empty_directory_and_opens_with_the_same_passphrase() {
    let w = World::new();
    w.init();
    let canary = "BackupCanaryName7Qx";
    for i in 0..3 {
        w.add(&format!(
            r#"{{"checklist":"screening","subject":{{"name":"{canary}{i}"}}}}"#
        ));
    }
    let before = record_ids(&w.ok(&["record", "list", "--json"]));
    let file = w.scratch.path("unit7-backup.tandem");
    let said = w
        .ok(&["backup", "--out", file.to_str().unwrap()])
        .to_string();
    assert!(said.contains("3 sealed records"), "{said}");
    assert!(said.contains("audit log intact"), "{said}");
    // One file, owner-only, still encrypted, no temporary left beside it.
    if let Some(mode) = tandem::platform::mode(&file) {
        assert_eq!(mode, 0o600);
    }
    let beside: Vec<_> = std::fs::read_dir(w.scratch.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("unit7-backup"))
        .collect();
    assert_eq!(beside, ["unit7-backup.tandem"]);
    let bytes = std::fs::read(&file).unwrap();
    assert!(
        !bytes.windows(canary.len()).any(|w| w == canary.as_bytes()),
        "a name is readable in the backup"
    );
    // The vault's own audit log records the backup.
    let audit: serde_json::Value =
        serde_json::from_str(&w.ok(&["audit", "list", "--json"])).unwrap();
    assert_eq!(
        audit.as_array().unwrap().last().unwrap()["kind"],
        "backup-made"
    );

    // A backup is never overwritten.
    let err = w
        .tandem(&["backup", "--out", file.to_str().unwrap()])
        .code(2)
        .run()
        .stderr;
    assert!(err.contains("already exists"), "{err}");

    let restored = w.scratch.path("restored");
    let said = on_vault(&w, &restored, &["restore", file.to_str().unwrap()])
        .run()
        .stdout;
    assert!(said.contains("restored"), "{said}");
    if let Some(mode) = tandem::platform::mode(&restored) {
        assert_eq!(mode, 0o700);
    }
    let after = record_ids(
        &on_vault(&w, &restored, &["record", "list", "--json"])
            .run()
            .stdout,
    );
    assert_eq!(after, before);
    let shown = on_vault(&w, &restored, &["record", "show", &before[0], "--json"])
        .run()
        .stdout;
    assert!(shown.contains(canary), "the restored record must open");
    let verify = on_vault(&w, &restored, &["audit", "verify"]).run().stdout;
    assert!(verify.contains("intact"), "{verify}");

    // A restore never writes over a vault, nor into a directory that holds anything.
    let err = on_vault(&w, &restored, &["restore", file.to_str().unwrap()])
        .code(2)
        .run()
        .stderr;
    assert!(err.contains("is not empty"), "{err}");
    assert_eq!(
        record_ids(
            &on_vault(&w, &restored, &["record", "list", "--json"])
                .run()
                .stdout
        ),
        before
    );
}

#[test]
fn a_backup_is_safe_while_tandem_has_the_vault_open() {
    let w = World::new();
    w.init();
    w.add(r#"{"checklist":"screening"}"#);
    let held = Vault::open(&w.vault).unwrap();
    let file = w.scratch.path("while-open.tandem");
    let said = w.ok(&["backup", "--out", file.to_str().unwrap()]);
    assert!(said.contains("one sealed record,"), "{said}");
    assert!(said.contains("not in the vault's audit log"), "{said}");
    drop(held);
    let restored = w.scratch.path("restored");
    on_vault(&w, &restored, &["restore", file.to_str().unwrap()]).run();
    assert_eq!(
        record_ids(
            &on_vault(&w, &restored, &["record", "list", "--json"])
                .run()
                .stdout
        )
        .len(),
        1
    );
}

#[test]
fn a_damaged_or_foreign_backup_is_refused_and_the_directory_stays_empty() {
    let w = World::new();
    w.init();
    w.add(r#"{"checklist":"screening"}"#);
    let file = w.scratch.path("good.tandem");
    w.ok(&["backup", "--out", file.to_str().unwrap()]);
    let good = std::fs::read(&file).unwrap();

    let not_sqlite = w
        .scratch
        .write("photo.jpg", [0xffu8, 0xd8, 0xff, 0xe0].repeat(1000));
    let truncated = w.scratch.write("truncated.tandem", &good[..good.len() / 2]);
    let foreign = w.scratch.path("foreign.db");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let tampered = w.scratch.write("tampered.tandem", &good);
    rusqlite::Connection::open(&tampered)
        .unwrap()
        .execute_batch("DELETE FROM audit WHERE seq = 2")
        .unwrap();

    for (file, says) in [
        (&not_sqlite, "is not a whole Tandem vault backup"),
        (&truncated, "is not a whole Tandem vault backup"),
        (&foreign, "is not a whole Tandem vault backup"),
        (&tampered, "audit log is broken at entry 2"),
    ] {
        let dir = w.scratch.path(format!(
            "into-{}",
            file.file_name().unwrap().to_string_lossy()
        ));
        let err = on_vault(&w, &dir, &["restore", file.to_str().unwrap()])
            .fails()
            .context(file.display())
            .run()
            .stderr;
        assert!(err.contains(says), "{}: {err}", file.display());
        assert!(
            !dir.exists() || std::fs::read_dir(&dir).unwrap().next().is_none(),
            "{}: a refused restore left files behind",
            file.display()
        );
    }

    // An edited keyed entry cannot be seen without the vault key: the restore goes through and
    // says to verify, and `audit verify` (which unlocks) names the entry.
    let edited = w.scratch.write("edited.tandem", &good);
    rusqlite::Connection::open(&edited)
        .unwrap()
        .execute_batch("UPDATE audit SET actor = 'someone' WHERE seq = 2")
        .unwrap();
    let dir = w.scratch.path("into-edited");
    let said = on_vault(&w, &dir, &["restore", edited.to_str().unwrap()])
        .run()
        .stdout;
    assert!(
        said.contains("`tandem audit verify` then checks every entry"),
        "{said}"
    );
    let err = on_vault(&w, &dir, &["audit", "verify"])
        .code(1)
        .run()
        .stderr;
    assert!(err.contains("broken at entry 2"), "{err}");
}

/// `tandem init` killed anywhere in its life leaves either no vault (and `init` then works) or a
/// whole one that unlocks: never a vault without its supervisor.
#[test]
fn two_hundred_killed_inits_leave_no_vault_or_a_whole_one() {
    let init = [
        "init",
        "--name",
        "sup",
        "--kdf-log-n",
        "4",
        "--unit",
        "Unit 7",
    ];
    let timing = World::new();
    let start = Instant::now();
    timing.tandem(&init).run();
    let life = start.elapsed().as_micros() as u64;
    let mut rng = rand::thread_rng();
    let (mut none, mut whole, mut killed) = (0, 0, 0);
    for _ in 0..200 {
        let w = World::new();
        let mut child = w.tandem(&init).spawn();
        std::thread::sleep(Duration::from_micros(rng.gen_range(0..life + 1)));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        let _ = child.wait_with_output().unwrap();
        if w.vault.join("vault.db").exists() {
            // Whole: it unlocks and its supervisor is there.
            assert_eq!(w.ok(&["user", "list"]), "sup\tsupervisor\n");
            whole += 1;
        } else {
            // Nothing: a new set-up works at once.
            w.tandem(&init).run();
            assert_eq!(w.ok(&["user", "list"]), "sup\tsupervisor\n");
            none += 1;
        }
    }
    eprintln!("{killed} of 200 inits killed: {none} left no vault, {whole} a whole one");
    assert!(
        killed >= 50,
        "only {killed} kills landed; the test proves little"
    );
    assert!(none > 0 && whole > 0, "{none} none, {whole} whole");
}

/// A vault left without users by an interrupted set-up of an older Tandem: `init` says how to
/// start again instead of "a vault already exists".
#[test]
fn init_over_a_half_made_vault_says_how_to_start_again() {
    let w = World::new();
    w.init();
    w.sql("DELETE FROM unit_keys; DELETE FROM users;");
    let err = w
        .tandem(&[
            "init",
            "--name",
            "sup",
            "--kdf-log-n",
            "4",
            "--unit",
            "Unit 7",
        ])
        .fails()
        .run()
        .stderr;
    assert!(err.contains("was interrupted"), "{err}");
    assert!(err.contains("vault.db away"), "{err}");
}

/// `tandem user add` killed anywhere leaves no new user or one who can read the unit's records:
/// never an account without its keys.
#[test]
fn two_hundred_killed_user_adds_leave_no_user_or_one_with_every_key() {
    let w = World::new();
    w.init();
    w.add(r#"{"checklist":"screening","notes":"n"}"#);
    let add = |name: &str| {
        w.tandem(&[
            "user",
            "add",
            name,
            "--role",
            "supervisor",
            "--kdf-log-n",
            "4",
        ])
        .env("TANDEM_NEW_PASSPHRASE", "new user passphrase")
    };
    let start = Instant::now();
    add("timing").run();
    let life = start.elapsed().as_micros() as u64;
    let mut rng = rand::thread_rng();
    let (mut killed, mut present) = (0, 0);
    for i in 0..200 {
        let name = format!("nok{i}");
        let mut child = add(&name).spawn();
        std::thread::sleep(Duration::from_micros(rng.gen_range(0..life + 1)));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        let _ = child.wait_with_output().unwrap();
        if w.ok(&["user", "list"]).contains(&format!("{name}\t")) {
            present += 1;
            let list = w
                .tandem(&["record", "list", "--user", &name])
                .passphrase("new user passphrase")
                .run()
                .stdout;
            assert_eq!(
                list.lines().count(),
                1,
                "{name} cannot read the record: {list}"
            );
            w.tandem(&["user", "remove", &name]).run();
        }
    }
    eprintln!("{killed} of 200 user adds killed; {present} users made");
    assert!(killed >= 50, "only {killed} kills landed");
}
