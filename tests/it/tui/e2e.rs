//! End to end in a real terminal (tmux at 100x30): create a vault with `tandem init`, start
//! `tandem`, fail then pass the unlock, answer a whole interview (fixture checklists), quick-lock
//! and come back, look at the interpreter view, help and a too-small window, hand off, quit,
//! check the scrollback holds no personal data, restart, and read every answer back with
//! `tandem record show --json`. Without tmux these tests fail under `CI` and are skipped (with
//! a note) elsewhere.

use std::path::Path;
use std::time::Duration;

use crate::command::{BIN, Scratch, Tandem};
use crate::fixtures::{self, root};
use crate::tmux::{Session, Tmux};
use crate::tools::{self, TMUX};

const PASS: &str = "correct horse battery";

/// `tandem` on the scratch vault with the given checklists and locales, passphrase in the
/// environment.
fn tandem(scratch: &Scratch, checklists: &Path, locales: &Path) -> Tandem {
    scratch
        .tandem()
        .passphrase(PASS)
        .arg("--checklists")
        .arg(checklists)
        .arg("--locales")
        .arg(locales)
}

/// The shell command tmux runs: the interface on the scratch vault, without the passphrase in
/// its environment (it must be typed), then the exit code, then a pause that keeps the pane.
fn interface(scratch: &Scratch, checklists: &Path, locales: &Path) -> String {
    format!(
        "env -u TANDEM_PASSPHRASE TANDEM_VAULT='{}' TERM=xterm-256color '{}' --checklists '{}' --locales '{}'; echo TANDEM-EXIT=$?; sleep 600",
        scratch.vault().display(),
        BIN,
        checklists.display(),
        locales.display()
    )
}

#[test]
fn a_whole_interview_in_tmux_survives_a_restart_and_leaves_no_trace_in_scrollback() {
    if tools::require([&TMUX]).is_none() {
        return;
    }
    let scratch = Scratch::new();
    let checklists = fixtures::checklists();
    let locales = scratch.path("locales");
    fixtures::english_locales(&locales);
    tandem(&scratch, &checklists, &locales)
        .args([
            "init",
            "--name",
            "Somchai",
            "--unit",
            "E2E Unit",
            "--kdf-log-n",
            "10",
        ])
        .run();

    let command = interface(&scratch, &checklists, &locales);
    let tmux = Tmux::server();
    let t = tmux.session("tandem", 100, 30, &command);
    t.wait_for("Passphrase, then Enter");
    t.text("not the passphrase");
    t.keys(&["Enter"]);
    t.wait_for("Wrong passphrase");
    t.text(PASS);
    t.keys(&["Enter"]);
    t.wait_for("No interviews yet");
    t.keys(&["n"]);
    t.wait_for("Interviewee language");
    t.keys(&["1"]); // Burmese
    t.wait_for("Do you agree to talk with us today?");

    // Consent, then who may receive the referral (shelter and legal aid).
    t.keys(&["y"]);
    t.wait_for("Who may we share");
    t.keys(&["1", "3", "Enter"]);
    t.wait_for("What name should we use");
    t.text("Aye Aye Mya");
    t.keys(&["Enter"]);
    t.wait_for("under 18");

    // Quick lock: the next frame is blank but for the passphrase.
    t.keys(&["C-l"]);
    let locked = t.wait_for("type your passphrase to come back");
    assert!(
        !locked.contains("under 18") && !locked.contains("E2E Unit"),
        "{locked}"
    );
    t.text(PASS);
    t.keys(&["Enter"]);
    t.wait_for("under 18");

    t.keys(&["n"]); // adult
    t.wait_for("Fishing or work");
    // Interpreter view: prompt and choices, no unit or case reference.
    t.keys(&["C-v"]);
    let iv = t.wait_for("Interpreter view");
    assert!(!iv.contains("E2E Unit") && !iv.contains("Somchai"), "{iv}");
    t.keys(&["C-v"]);
    // Help, generated from the keymap.
    t.keys(&["F1"]);
    t.wait_for("Everywhere");
    t.keys(&["Escape"]);
    // A window too small for the screen, then back.
    t.resize(40, 12);
    t.wait_for("too small");
    t.resize(100, 30);
    t.wait_for("Fishing or work");

    t.keys(&["1"]); // fishing
    for k in ["y", "y", "y", "y", "n"] {
        t.keys(&[k]); // deceived-job .. hazardous-work
        std::thread::sleep(Duration::from_millis(150));
    }
    t.wait_for("A number from");
    t.text("14");
    t.keys(&["Enter"]);
    for k in ["y", "y", "y", "u", "n"] {
        t.keys(&[k]); // documents-kept, debt, debt-grew, locked-in, sexual-violence
        std::thread::sleep(Duration::from_millis(150));
    }
    t.wait_for("A number from 0 to 45");
    t.text("0");
    t.keys(&["Enter"]);
    t.wait_for("That was the last question");
    t.keys(&["Enter"]);
    t.wait_for("Review: ILO indicators");
    t.keys(&["1", "C-o"]);
    t.wait_for("awaiting supervisor");
    t.keys(&["q"]);
    t.wait_for("TANDEM-EXIT=0");
    let history = t.history();
    for secret in ["Aye Aye Mya", "Do you agree", "Somchai", "E2E Unit"] {
        assert!(
            !history.contains(secret),
            "{secret:?} left in the scrollback:\n{history}"
        );
    }
    drop(t);

    // Every answer is in the vault.
    let list = tandem(&scratch, &checklists, &locales)
        .args(["record", "list", "--json"])
        .run()
        .json();
    let id = list[0]["id"].as_str().unwrap().to_owned();
    let doc = tandem(&scratch, &checklists, &locales)
        .args(["record", "show", &id, "--json"])
        .run()
        .json();
    let doc = if doc.get("document").is_some() {
        &doc["document"]
    } else {
        &doc
    };
    let expected = serde_json::json!({
        "consent-interview": "yes",
        "share-with": ["shelter", "legal-aid"],
        "alias": "Aye Aye Mya",
        "under-18": "no",
        "exploitation-type": "fishing",
        "deceived-job": "yes",
        "deceived-conditions": "yes",
        "excessive-hours": "yes",
        "no-pay": "yes",
        "hazardous-work": "no",
        "work-months": 14,
        "documents-kept": "yes",
        "debt": "yes",
        "debt-grew": "yes",
        "locked-in": "unsure",
        "sexual-violence": "no",
        "pregnancy-weeks": 0,
    });
    assert_eq!(doc["answers"], expected);
    assert_eq!(doc["status"], "awaiting-review");
    assert_eq!(doc["subject"]["name"], "Aye Aye Mya");
    assert_eq!(doc["decision"]["outcome"], "refer-presumed-victim");

    // A restart finds the case, handed off, in the queue.
    let t = tmux.session("tandem", 100, 30, &command);
    t.wait_for("Passphrase, then Enter");
    t.text(PASS);
    t.keys(&["Enter"]);
    t.wait_for("awaiting supervisor");
    t.keys(&["Enter"]);
    // Every question answered: it opens past the last one, where Enter reviews.
    let s = t.wait_for("That was the last question");
    assert!(s.contains("Enter: review"), "{s}");
    t.keys(&["C-p"]);
    t.wait_for("Cases");
    t.keys(&["q"]);
    t.wait_for("TANDEM-EXIT=0");
}

/// The shipped checklists and texts (checklists/, locales/), as an officer gets them: a Burmese
/// interview through session set-up with the opening consent, urgent needs, the first screen,
/// the consent items and the first profile question; paused, quit, restarted and resumed; every answer read back from the vault, and
/// nothing typed about the person left in the scrollback.
#[test]
fn the_shipped_checklists_in_burmese_survive_a_restart() {
    if tools::require([&TMUX]).is_none() {
        return;
    }
    let scratch = Scratch::new();
    let (checklists, locales) = (root().join("checklists"), root().join("locales"));
    tandem(&scratch, &checklists, &locales)
        .args([
            "init",
            "--name",
            "Somchai",
            "--unit",
            "E2E Unit",
            "--kdf-log-n",
            "10",
        ])
        .run();
    let command = interface(&scratch, &checklists, &locales);
    let tmux = Tmux::server();
    let t = tmux.session("tandem", 100, 30, &command);
    t.wait_for("Passphrase, then Enter");
    t.text(PASS);
    t.keys(&["Enter"]);
    t.wait_for("No interviews yet");
    t.keys(&["n"]);
    t.wait_for("Interviewee language");
    t.keys(&["1"]); // Burmese
    t.wait_for("[MY]");
    let mut answered = 0;
    let mut step = |t: &Session, typed: Option<&str>, keys: &[&str]| {
        if let Some(s) = typed {
            t.text(s);
        }
        t.keys(keys);
        answered += 1;
        t.wait_for(&format!("· {answered} answered"));
    };
    // Session set-up: the officer's record (the unit and the date come from the vault and the
    // clock, the language from the start), then the opening consent.
    step(&t, Some("MM-E2E-1"), &["Enter"]);
    for k in ["n", "y", "n"] {
        step(&t, None, &[k]); // privacy-overheard, privacy-screen, interpreter-present
    }
    step(&t, Some("Yangon"), &["Enter"]); // interviewee-dialect
    step(&t, None, &["y"]); // consent-interview: the opening consent
    step(&t, None, &["3"]); // interviewer-gender-preference: no preference
    // Urgent needs: the age, then none of the triggers.
    step(&t, Some("30"), &["Enter"]); // age-years
    step(&t, None, &["2"]); // age-basis: own statement
    step(&t, None, &["n"]); // possible-child (the officer's estimate)
    step(&t, None, &["2"]); // sex-gender: male (no pregnancy question)
    for _ in 0..8 {
        step(&t, None, &["n"]);
    }
    step(&t, Some("2030-01-15"), &["Enter"]); // removal-date
    step(&t, None, &["n"]); // removal-before-screening
    // First screen: ten gateways all no, then the officer's own concern, with its reason: the
    // first screen sends the case on to the full interview, on the same record.
    for _ in 0..10 {
        step(&t, None, &["n"]);
    }
    step(&t, None, &["y"]); // officer-concern
    step(&t, Some("story changes"), &["Enter"]); // officer-concern-reason
    t.wait_for("full interview next");
    // Consent: every explanation understood, the shelter may receive.
    for _ in 0..5 {
        step(&t, None, &["y"]);
    }
    step(&t, None, &["1", "Enter"]);
    step(&t, None, &["n"]);
    step(&t, None, &["n"]);
    step(&t, Some("none"), &["Enter"]);
    // Profile.
    step(&t, Some("Aye Aye Mya"), &["Enter"]);
    t.keys(&["C-p"]);
    t.wait_for("paused and saved");
    t.keys(&["q"]);
    t.wait_for("TANDEM-EXIT=0");
    drop(t);

    // Restart and resume: the interview opens where it was left, every answer counted.
    let t = tmux.session("tandem", 100, 30, &command);
    t.wait_for("Passphrase, then Enter");
    t.text(PASS);
    t.keys(&["Enter"]);
    t.wait_for("MM-E2E-1");
    t.keys(&["Enter"]);
    t.wait_for(&format!("· {answered} answered"));
    t.keys(&["C-p"]);
    t.wait_for("paused and saved");
    t.keys(&["q"]);
    t.wait_for("TANDEM-EXIT=0");
    let history = t.history();
    for secret in ["Aye Aye Mya", "Yangon", "Somchai", "story changes"] {
        assert!(
            !history.contains(secret),
            "{secret:?} left in the scrollback:\n{history}"
        );
    }
    drop(t);

    let list = tandem(&scratch, &checklists, &locales)
        .args(["record", "list", "--json"])
        .run()
        .json();
    let id = list[0]["id"].as_str().unwrap().to_owned();
    let doc = tandem(&scratch, &checklists, &locales)
        .args(["record", "show", &id, "--json"])
        .run()
        .json();
    let doc = if doc.get("document").is_some() {
        &doc["document"]
    } else {
        &doc
    };
    let answers = doc["answers"].as_object().unwrap();
    assert_eq!(answers.len(), answered, "{answers:?}");
    for (q, v) in [
        ("case-ref", serde_json::json!("MM-E2E-1")),
        ("privacy-overheard", serde_json::json!("no")),
        ("interviewee-dialect", serde_json::json!("Yangon")),
        ("removal-date", serde_json::json!("2030-01-15")),
        ("removal-before-screening", serde_json::json!("no")),
        ("officer-concern", serde_json::json!("yes")),
        ("interpreter-present", serde_json::json!("no")),
        ("possible-child", serde_json::json!("no")),
        ("asks-for-help", serde_json::json!("no")),
        ("consent-interview", serde_json::json!("yes")),
        ("consent-share-with", serde_json::json!(["shelter"])),
        ("consent-restrictions", serde_json::json!("none")),
        ("subject-name", serde_json::json!("Aye Aye Mya")),
        ("sex-gender", serde_json::json!("male")),
        ("age-years", serde_json::json!(30)),
    ] {
        assert_eq!(answers.get(q), Some(&v), "{q}");
    }
    assert_eq!(doc["languages"]["interviewee"], "my");
    assert_eq!(doc["subject"]["name"], "Aye Aye Mya");
}
