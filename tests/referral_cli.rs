//! The referral commands end to end in a scratch vault: partners, the unit key, export refused
//! without consent or by an officer, export, verify, open, and replay refused.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

mod referral_fixture;

struct Unit {
    dir: tempfile::TempDir,
}

impl Unit {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn run(&self, vault: &str, args: &[&str], stdin: Option<&str>) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_tandem"));
        cmd.arg("--vault")
            .arg(self.path(vault))
            .arg("--passphrase-file")
            .arg(self.path("pass"))
            .args(args)
            .env_remove("TANDEM_PASSPHRASE")
            .env_remove("TANDEM_USER")
            .env_remove("TANDEM_VAULT")
            .env_remove("TANDEM_LANG")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        if let Some(input) = stdin {
            child
                .stdin
                .take()
                .unwrap()
                .write_all(input.as_bytes())
                .unwrap();
        }
        drop(child.stdin.take());
        child.wait_with_output().unwrap()
    }

    fn ok(&self, vault: &str, args: &[&str], stdin: Option<&str>) -> String {
        let out = self.run(vault, args, stdin);
        assert!(
            out.status.success(),
            "tandem {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn fails(&self, vault: &str, args: &[&str]) -> String {
        let out = self.run(vault, args, None);
        assert!(!out.status.success(), "tandem {args:?} should fail");
        String::from_utf8(out.stderr).unwrap()
    }
}

fn record(share_with: &[&str], possible_child: &str, guardian: bool) -> String {
    let case: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("tests/cases/adult-labour-trafficking-fishing.json").unwrap(),
    )
    .unwrap();
    let mut answers = case["answers"].clone();
    let a = answers.as_object_mut().unwrap();
    a.insert("possible-child".into(), possible_child.into());
    a.insert("sex-gender".into(), "female".into());
    a.insert("citizenship".into(), "myanmar".into());
    a.insert("sexual-violence".into(), "yes".into());
    a.insert(
        "sexual-violence-when".into(),
        serde_json::json!({"amount": 30, "unit": "hours"}),
    );
    // SCREENING.md §6 fields beyond the screening: dialect, custody, documents, wishes, services
    // (the language itself is `languages.interviewee`, chosen when the interview starts).
    for (q, v) in [
        ("interviewee-dialect", "Shan"),
        ("interpreter-present", "yes"),
        ("interpreter-language", "Burmese"),
        ("interviewer-gender-preference", "female"),
        ("documents-taken", "yes"),
        ("detention-start", "2026-11-01"),
        ("removal-date", "2026-12-15"),
        ("charges-linked", "no"),
        ("vul-rating", "high"),
        ("vul-wish", "shelter"),
        ("assessment-urgency", "urgent"),
    ] {
        a.insert(q.into(), v.into());
    }
    a.insert("documents-taken-by".into(), serde_json::json!(["employer"]));
    a.insert(
        "assessment-services".into(),
        serde_json::json!(["shelter", "medical"]),
    );
    serde_json::json!({
        "checklist": "screening",
        "case_ref": "IDC-T-7",
        "subject": {"name": "Aye Aye Mya"},
        "notes": "private officer note",
        "consent": {
            "interview": true,
            "share_with": share_with,
            "guardian_consent": guardian,
            "restrictions": "do not contact the employer"
        },
        "languages": {"officer": "en", "interviewee": "my"},
        "answers": answers,
        "decision": {"outcome": "refer-presumed-victim", "reason": "secret reasoning", "by": "sup", "at": "2026-11-28T10:00:00Z"}
    })
    .to_string()
}

fn age_keygen(dir: &Path, name: &str) -> (PathBuf, String) {
    let key = age::x25519::Identity::generate();
    let path = dir.join(name);
    std::fs::write(
        &path,
        format!(
            "# public key: {}\n{}\n",
            key.to_public(),
            secrecy::ExposeSecret::expose_secret(&key.to_string())
        ),
    )
    .unwrap();
    (path, key.to_public().to_string())
}

fn setup() -> (Unit, String, PathBuf) {
    let unit = Unit {
        dir: tempfile::tempdir().unwrap(),
    };
    std::fs::write(unit.path("pass"), "correct horse battery staple\n").unwrap();
    unit.ok(
        "v",
        &[
            "init",
            "--name",
            "sup",
            "--kdf-log-n",
            "10",
            "--unit",
            "IDC Test Unit",
        ],
        None,
    );
    let (key, recipient) = age_keygen(unit.dir.path(), "shelter-key.txt");
    unit.ok(
        "v",
        &[
            "partner",
            "add",
            "Safe House",
            "--recipient",
            &recipient,
            "--kind",
            "shelter",
        ],
        None,
    );
    (unit, recipient, key)
}

#[test]
fn export_verify_open_and_replay() {
    let (unit, recipient, key) = setup();
    let list = unit.ok("v", &["partner", "list", "--json"], None);
    let list: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(list[0]["recipient"], recipient);
    assert!(
        list[0]["fingerprint"]
            .as_str()
            .unwrap()
            .starts_with("sha256:")
    );

    let pubfile = unit.ok("v", &["unit-key", "export"], None);
    assert!(pubfile.starts_with("untrusted comment: minisign public key "));
    std::fs::write(unit.path("unit.pub"), &pubfile).unwrap();
    let fp = unit.ok("v", &["unit-key", "export", "--fingerprint"], None);
    assert_eq!(fp.trim().len(), 19, "{fp}");
    assert!(pubfile.contains(&fp.trim().replace(' ', "")));

    let id = unit.ok(
        "v",
        &["record", "add"],
        Some(&record(&["shelter"], "no", false)),
    );
    let id = id.trim();
    let packet = unit.path("p.tandem");
    unit.ok(
        "v",
        &[
            "referral",
            "export",
            id,
            "--to",
            "Safe House",
            "--out",
            packet.to_str().unwrap(),
        ],
        None,
    );
    let audit = unit.ok("v", &["audit", "list", "--json"], None);
    assert!(audit.contains("export"), "the export is audited: {audit}");

    let unit_pub = unit.path("unit.pub");
    let out = unit.ok(
        "v",
        &[
            "referral",
            "verify",
            packet.to_str().unwrap(),
            "--unit-key",
            unit_pub.to_str().unwrap(),
        ],
        None,
    );
    assert!(out.contains("verified"), "{out}");
    assert_eq!(
        unit.run(
            "v",
            &[
                "referral",
                "verify",
                packet.to_str().unwrap(),
                "--unit-key",
                unit_pub.to_str().unwrap()
            ],
            None
        )
        .status
        .code(),
        Some(0)
    );

    // The receiving organisation has its own vault: replay is checked there.
    std::fs::write(unit.path("pass"), "correct horse battery staple\n").unwrap();
    unit.ok(
        "recv",
        &[
            "init",
            "--name",
            "ngo",
            "--kdf-log-n",
            "10",
            "--unit",
            "Safe House",
        ],
        None,
    );
    let open_args = |dir: &str| -> Vec<String> {
        vec![
            "referral".into(),
            "open".into(),
            packet.to_str().unwrap().into(),
            "--identity".into(),
            key.to_str().unwrap().into(),
            "--unit-key".into(),
            unit_pub.to_str().unwrap().into(),
            "--out".into(),
            unit.path(dir).to_str().unwrap().into(),
        ]
    };
    let args = open_args("opened");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    unit.ok("recv", &args, None);
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(unit.path("opened/referral.json")).unwrap()).unwrap();
    assert_eq!(json["recipient"]["kind"], "shelter");
    assert_eq!(json["identity"]["name"], "Aye Aye Mya");
    assert_eq!(json["screening"]["result"], "indicators-present");
    let needs = json["urgent_needs"].as_array().unwrap();
    assert!(
        needs.iter().any(|n| n["trigger"] == "sexual-violence"),
        "{needs:?}"
    );
    let text =
        String::from_utf8(std::fs::read(unit.path("opened/referral.json")).unwrap()).unwrap();
    referral_fixture::check_schema(&json).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let c = &json["circumstances"];
    for (group, field, officer_text) in [
        ("communication", "dialect", "Shan"),
        ("communication", "interviewer_gender", "A woman"),
        ("custody", "removal_date", "2026-12-15"),
        ("custody", "charges_linked", "No"),
        ("wishes", "vulnerability_rating", "High"),
    ] {
        assert_eq!(
            c[group][field]["value"]["officer"], officer_text,
            "{group}.{field}: {c}"
        );
    }
    assert!(c["documents"]["confiscated_by"].is_object(), "{c}");
    assert!(
        c["services"]["requested"]["value"]["officer"].is_string(),
        "{c}"
    );
    for never in ["private officer note", "secret reasoning"] {
        assert!(!text.contains(never), "`{never}` must never leave the unit");
    }
    assert!(unit.path("opened/referral.html").exists());

    let args = open_args("again");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = unit.fails("recv", &args);
    assert!(err.contains("already opened"), "{err}");
    assert!(
        !unit.path("again/referral.json").exists(),
        "nothing decrypted on replay"
    );
}

#[test]
fn verify_of_an_expired_packet_gives_one_outcome_and_exit_code_3() {
    let (unit, _, _) = setup();
    std::fs::write(
        unit.path("unit.pub"),
        unit.ok("v", &["unit-key", "export"], None),
    )
    .unwrap();
    let id = unit.ok(
        "v",
        &["record", "add"],
        Some(&record(&["shelter"], "no", false)),
    );
    let packet = unit.path("old.tandem");
    let packet = packet.to_str().unwrap();
    unit.ok(
        "v",
        &[
            "referral",
            "export",
            id.trim(),
            "--to",
            "Safe House",
            "--out",
            packet,
            "--expires-days",
            "0",
        ],
        None,
    );
    // The expiry is `now` rounded to the second: wait until it is past.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let unit_pub = unit.path("unit.pub");
    let out = unit.run(
        "v",
        &[
            "referral",
            "verify",
            packet,
            "--unit-key",
            unit_pub.to_str().unwrap(),
        ],
        None,
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(3), "{stdout}{stderr}");
    assert!(stdout.is_empty(), "no `verified` line: {stdout}");
    assert_eq!(stderr.lines().count(), 1, "one outcome: {stderr}");
    for words in [
        "signature is valid",
        "expired at",
        "do not act on it",
        "new packet",
    ] {
        assert!(stderr.contains(words), "`{words}` in: {stderr}");
    }
}

#[test]
fn export_is_refused_without_matching_consent() {
    let (unit, _, _) = setup();
    let (_, medical) = age_keygen(unit.dir.path(), "clinic-key.txt");
    unit.ok(
        "v",
        &[
            "partner",
            "add",
            "Clinic",
            "--recipient",
            &medical,
            "--kind",
            "medical",
        ],
        None,
    );
    let (_, police) = age_keygen(unit.dir.path(), "police-key.txt");
    unit.ok(
        "v",
        &[
            "partner",
            "add",
            "ATPD",
            "--recipient",
            &police,
            "--kind",
            "police",
        ],
        None,
    );
    let adult = unit.ok(
        "v",
        &["record", "add"],
        Some(&record(&["shelter"], "no", false)),
    );
    let child = unit.ok(
        "v",
        &["record", "add"],
        Some(&record(&["shelter"], "yes", false)),
    );
    let out = |n: &str| unit.path(n).to_str().unwrap().to_owned();

    // partner, record, extra args, what the message must name
    let cases: [(&str, &str, &[&str], &str); 4] = [
        ("Clinic", adult.trim(), &[], "medical"),
        ("ATPD", adult.trim(), &[], "police contact"),
        ("Safe House", child.trim(), &[], "guardian"),
        (
            "ATPD",
            child.trim(),
            &["--child-protection-override", "urgent"],
            "police contact",
        ),
    ];
    for (i, (partner, id, extra, word)) in cases.into_iter().enumerate() {
        let file = out(&format!("refused-{i}.tandem"));
        let mut args = vec!["referral", "export", id, "--to", partner, "--out", &file];
        args.extend_from_slice(extra);
        let err = unit.fails("v", &args);
        assert!(err.contains(word), "{partner}: `{err}` should name {word}");
        assert!(!Path::new(&file).exists(), "no packet written when refused");
    }

    // A child with a supervisor's override, audited.
    let file = out("child.tandem");
    unit.ok(
        "v",
        &[
            "referral",
            "export",
            child.trim(),
            "--to",
            "Safe House",
            "--out",
            &file,
            "--child-protection-override",
            "no guardian reachable; removal tomorrow",
        ],
        None,
    );
    let audit = unit.ok("v", &["audit", "list", "--json"], None);
    assert!(audit.to_lowercase().contains("override"), "{audit}");
    assert!(
        !audit.contains("no guardian reachable"),
        "the audit log holds no reason text"
    );

    // The record is now referred, and the reason stays with the case, sealed in the vault.
    let shown: serde_json::Value =
        serde_json::from_str(&unit.ok("v", &["record", "show", child.trim(), "--json"], None))
            .unwrap();
    assert_eq!(shown["status"], "referred");
    assert_eq!(
        shown["exports"][0]["child_protection_override"],
        "no guardian reachable; removal tomorrow"
    );
    assert_eq!(shown["exports"][0]["partner"], "Safe House");
}

#[test]
fn officers_cannot_export() {
    let (unit, _, _) = setup();
    let id = unit.ok(
        "v",
        &["record", "add"],
        Some(&record(&["shelter"], "no", false)),
    );
    std::fs::write(unit.path("officer-pass"), "another long passphrase here\n").unwrap();
    unit.ok(
        "v",
        &[
            "user",
            "add",
            "off",
            "--role",
            "officer",
            "--kdf-log-n",
            "10",
            "--new-passphrase-file",
            unit.path("officer-pass").to_str().unwrap(),
        ],
        None,
    );
    std::fs::write(unit.path("pass"), "another long passphrase here\n").unwrap();
    let file = unit.path("x.tandem");
    let err = unit.fails(
        "v",
        &[
            "--user",
            "off",
            "referral",
            "export",
            id.trim(),
            "--to",
            "Safe House",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    assert!(err.to_lowercase().contains("supervisor"), "{err}");
    assert!(!file.exists());
}

#[test]
fn booklet_is_bilingual_and_printable() {
    let unit = Unit {
        dir: tempfile::tempdir().unwrap(),
    };
    std::fs::write(unit.path("pass"), "x\n").unwrap();
    let file = unit.path("booklet.html");
    unit.ok(
        "v",
        &[
            "booklet",
            "--checklist",
            "urgent-needs",
            "--lang",
            "th",
            "--out",
            file.to_str().unwrap(),
        ],
        None,
    );
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains("@page"));
    assert!(
        html.contains("<html lang=\"en\">"),
        "officer language English by default"
    );
    let thai = html.split("lang=\"th\">").skip(1).any(|part| {
        part.chars()
            .take(40)
            .any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c))
    });
    assert!(thai, "Thai texts in Thai-marked spans");
    assert!(html.contains("possible-child"));
    // A language without texts shows the gap instead of English in its place.
    let file = unit.path("booklet-km.html");
    unit.ok(
        "v",
        &[
            "booklet",
            "--checklist",
            "urgent-needs",
            "--lang",
            "km",
            "--out",
            file.to_str().unwrap(),
        ],
        None,
    );
    let html = std::fs::read_to_string(&file).unwrap();
    if !html.contains("lang=\"km\">") {
        assert!(html.contains("No translation yet"), "gaps are visible");
    }
    // The officer's language is its own option: both languages in one command line.
    let file = unit.path("booklet-th-my.html");
    unit.ok(
        "v",
        &[
            "booklet",
            "--checklist",
            "urgent-needs",
            "--lang",
            "my",
            "--officer-lang",
            "th",
            "--out",
            file.to_str().unwrap(),
        ],
        None,
    );
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains("<html lang=\"th\">"), "officer language Thai");
    assert!(
        html.contains("lang=\"my\">"),
        "interviewee language Burmese"
    );
    let err = unit.fails(
        "v",
        &[
            "booklet",
            "--checklist",
            "nope",
            "--lang",
            "my",
            "--out",
            unit.path("b2.html").to_str().unwrap(),
        ],
    );
    assert!(err.contains("checklist list"), "{err}");
}
