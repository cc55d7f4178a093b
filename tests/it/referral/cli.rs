//! The referral commands end to end in a scratch vault: partners, the unit key, export refused
//! without consent or by an officer, export, verify, open, and replay refused.

use std::path::{Path, PathBuf};

use super::fixture;
use crate::command::{Scratch, Tandem};
use crate::fixtures::root;

/// A screening unit's directory: its vault `v/` (and a receiving organisation's `recv/`), the
/// passphrase file `pass` both read, keys and packets.
struct Unit {
    scratch: Scratch,
}

impl Unit {
    fn new() -> Unit {
        Unit {
            scratch: Scratch::new(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.scratch.path(name)
    }

    /// `tandem` on the vault `vault`, the passphrase read from `pass`.
    fn tandem(&self, vault: &str) -> Tandem {
        self.scratch
            .tandem()
            .vault(self.path(vault))
            .arg("--passphrase-file")
            .arg(self.path("pass"))
    }
}

fn record(share_with: &[&str], possible_child: &str, guardian: bool) -> String {
    let case: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/cases/adult-labour-trafficking-fishing.json"))
            .unwrap(),
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

/// The kinds of the vault's audit entries, as `audit list` shows them (it opens the vault
/// without unlocking it, so it adds none).
fn audit_kinds(unit: &Unit) -> Vec<String> {
    let list = unit
        .tandem("v")
        .args(["audit", "list", "--json"])
        .run()
        .stdout;
    let entries: Vec<serde_json::Value> = serde_json::from_str(&list).unwrap();
    entries
        .iter()
        .map(|e| e["kind"].as_str().unwrap_or_default().to_owned())
        .collect()
}

fn age_keygen(dir: &Path, name: &str) -> (PathBuf, String) {
    let key = age::x25519::Identity::generate();
    let path = dir.join(name);
    std::fs::write(&path, fixture::key_file(&key)).unwrap();
    (path, key.to_public().to_string())
}

fn setup() -> (Unit, String, PathBuf) {
    let unit = Unit::new();
    std::fs::write(unit.path("pass"), "correct horse battery staple\n").unwrap();
    unit.tandem("v")
        .args([
            "init",
            "--name",
            "sup",
            "--kdf-log-n",
            "10",
            "--unit",
            "IDC Test Unit",
        ])
        .run();
    let (key, recipient) = age_keygen(unit.scratch.root(), "shelter-key.txt");
    unit.tandem("v")
        .args([
            "partner",
            "add",
            "Safe House",
            "--recipient",
            &recipient,
            "--kind",
            "shelter",
        ])
        .run();
    (unit, recipient, key)
}

#[test]
fn export_verify_open_and_replay() {
    let (unit, recipient, key) = setup();
    let list = unit
        .tandem("v")
        .args(["partner", "list", "--json"])
        .run()
        .stdout;
    let list: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(list[0]["recipient"], recipient);
    assert!(
        list[0]["fingerprint"]
            .as_str()
            .unwrap()
            .starts_with("sha256:")
    );

    let pubfile = unit.tandem("v").args(["unit-key", "export"]).run().stdout;
    assert!(pubfile.starts_with("untrusted comment: minisign public key "));
    std::fs::write(unit.path("unit.pub"), &pubfile).unwrap();
    let fp = unit
        .tandem("v")
        .args(["unit-key", "export", "--fingerprint"])
        .run()
        .stdout;
    assert_eq!(fp.trim().len(), 19, "{fp}");
    assert!(pubfile.contains(&fp.trim().replace(' ', "")));

    let id = unit
        .tandem("v")
        .args(["record", "add"])
        .stdin(record(&["shelter"], "no", false))
        .run()
        .stdout;
    let id = id.trim();
    let packet = unit.path("p.tandem");
    unit.tandem("v")
        .args([
            "referral",
            "export",
            id,
            "--to",
            "Safe House",
            "--out",
            packet.to_str().unwrap(),
        ])
        .run();
    let audit = unit
        .tandem("v")
        .args(["audit", "list", "--json"])
        .run()
        .stdout;
    assert!(audit.contains("export"), "the export is audited: {audit}");

    let unit_pub = unit.path("unit.pub");
    let out = unit
        .tandem("v")
        .args([
            "referral",
            "verify",
            packet.to_str().unwrap(),
            "--unit-key",
            unit_pub.to_str().unwrap(),
        ])
        .run()
        .stdout;
    assert!(out.contains("verified"), "{out}");
    unit.tandem("v")
        .args([
            "referral",
            "verify",
            packet.to_str().unwrap(),
            "--unit-key",
            unit_pub.to_str().unwrap(),
        ])
        .code(0)
        .run();

    // The receiving organisation has its own vault: replay is checked there.
    std::fs::write(unit.path("pass"), "correct horse battery staple\n").unwrap();
    unit.tandem("recv")
        .args([
            "init",
            "--name",
            "ngo",
            "--kdf-log-n",
            "10",
            "--unit",
            "Safe House",
        ])
        .run();
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
    unit.tandem("recv").args(&args).run();
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
    fixture::check_schema(&json).unwrap_or_else(|e| panic!("{e}\n{text}"));
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
    let err = unit.tandem("recv").args(&args).fails().run().stderr;
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
        unit.tandem("v").args(["unit-key", "export"]).run().stdout,
    )
    .unwrap();
    let id = unit
        .tandem("v")
        .args(["record", "add"])
        .stdin(record(&["shelter"], "no", false))
        .run()
        .stdout;
    let packet = unit.path("old.tandem");
    let packet = packet.to_str().unwrap();
    unit.tandem("v")
        .args([
            "referral",
            "export",
            id.trim(),
            "--to",
            "Safe House",
            "--out",
            packet,
            "--expires-days",
            "0",
        ])
        .run();
    // The expiry is `now` rounded to the second: wait until it is past.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let unit_pub = unit.path("unit.pub");
    let out = unit
        .tandem("v")
        .args([
            "referral",
            "verify",
            packet,
            "--unit-key",
            unit_pub.to_str().unwrap(),
        ])
        .code(3)
        .run();
    let (stdout, stderr) = (out.stdout, out.stderr);
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
    let (_, medical) = age_keygen(unit.scratch.root(), "clinic-key.txt");
    unit.tandem("v")
        .args([
            "partner",
            "add",
            "Clinic",
            "--recipient",
            &medical,
            "--kind",
            "medical",
        ])
        .run();
    let (_, police) = age_keygen(unit.scratch.root(), "police-key.txt");
    unit.tandem("v")
        .args([
            "partner",
            "add",
            "ATPD",
            "--recipient",
            &police,
            "--kind",
            "police",
        ])
        .run();
    let adult = unit
        .tandem("v")
        .args(["record", "add"])
        .stdin(record(&["shelter"], "no", false))
        .run()
        .stdout;
    let child = unit
        .tandem("v")
        .args(["record", "add"])
        .stdin(record(&["shelter"], "yes", false))
        .run()
        .stdout;
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
        let before = audit_kinds(&unit).len();
        let err = unit.tandem("v").args(&args).fails().run().stderr;
        assert!(err.contains(word), "{partner}: `{err}` should name {word}");
        assert!(!Path::new(&file).exists(), "no packet written when refused");
        // The record was read to be refused: its view is in the log, and nothing else.
        let kinds = audit_kinds(&unit);
        assert_eq!(
            kinds[before..],
            ["unlocked", "record-viewed"],
            "{partner}: {kinds:?}"
        );
    }

    // A child with a supervisor's override, audited: the unlock, the view, the override and the
    // export in one commit before the file exists, then the record saved, then the lock.
    let before = audit_kinds(&unit).len();
    let file = out("child.tandem");
    unit.tandem("v")
        .args([
            "referral",
            "export",
            child.trim(),
            "--to",
            "Safe House",
            "--out",
            &file,
            "--child-protection-override",
            "no guardian reachable; removal tomorrow",
        ])
        .run();
    let kinds = audit_kinds(&unit);
    assert_eq!(
        kinds[before..],
        [
            "unlocked",
            "record-viewed",
            "child-protection-override",
            "record-exported",
            "record-updated",
            "locked"
        ],
        "{kinds:?}"
    );
    let audit = unit
        .tandem("v")
        .args(["audit", "list", "--json"])
        .run()
        .stdout;
    assert!(audit.to_lowercase().contains("override"), "{audit}");
    assert!(
        !audit.contains("no guardian reachable"),
        "the audit log holds no reason text"
    );

    // The record is now referred, and the reason stays with the case, sealed in the vault.
    let shown: serde_json::Value = serde_json::from_str(
        &unit
            .tandem("v")
            .args(["record", "show", child.trim(), "--json"])
            .run()
            .stdout,
    )
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
    let id = unit
        .tandem("v")
        .args(["record", "add"])
        .stdin(record(&["shelter"], "no", false))
        .run()
        .stdout;
    std::fs::write(unit.path("officer-pass"), "another long passphrase here\n").unwrap();
    unit.tandem("v")
        .args([
            "user",
            "add",
            "off",
            "--role",
            "officer",
            "--kdf-log-n",
            "10",
            "--new-passphrase-file",
            unit.path("officer-pass").to_str().unwrap(),
        ])
        .run();
    std::fs::write(unit.path("pass"), "another long passphrase here\n").unwrap();
    let file = unit.path("x.tandem");
    let err = unit
        .tandem("v")
        .args([
            "--user",
            "off",
            "referral",
            "export",
            id.trim(),
            "--to",
            "Safe House",
            "--out",
            file.to_str().unwrap(),
        ])
        .fails()
        .run()
        .stderr;
    assert!(err.to_lowercase().contains("supervisor"), "{err}");
    assert!(!file.exists());
}

#[test]
fn booklet_is_bilingual_and_printable() {
    let unit = Unit::new();
    std::fs::write(unit.path("pass"), "x\n").unwrap();
    let file = unit.path("booklet.html");
    unit.tandem("v")
        .args([
            "booklet",
            "--checklist",
            "urgent-needs",
            "--lang",
            "th",
            "--out",
            file.to_str().unwrap(),
        ])
        .run();
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
    unit.tandem("v")
        .args([
            "booklet",
            "--checklist",
            "urgent-needs",
            "--lang",
            "km",
            "--out",
            file.to_str().unwrap(),
        ])
        .run();
    let html = std::fs::read_to_string(&file).unwrap();
    if !html.contains("lang=\"km\">") {
        assert!(html.contains("No translation yet"), "gaps are visible");
    }
    // The officer's language is its own option: both languages in one command line.
    let file = unit.path("booklet-th-my.html");
    unit.tandem("v")
        .args([
            "booklet",
            "--checklist",
            "urgent-needs",
            "--lang",
            "my",
            "--officer-lang",
            "th",
            "--out",
            file.to_str().unwrap(),
        ])
        .run();
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains("<html lang=\"th\">"), "officer language Thai");
    assert!(
        html.contains("lang=\"my\">"),
        "interviewee language Burmese"
    );
    let err = unit
        .tandem("v")
        .args([
            "booklet",
            "--checklist",
            "nope",
            "--lang",
            "my",
            "--out",
            unit.path("b2.html").to_str().unwrap(),
        ])
        .fails()
        .run()
        .stderr;
    assert!(err.contains("checklist list"), "{err}");
}

/// A pregnant woman, raped 30 hours before the interview: the shelter's packet names the weeks,
/// when the PEP window closes in the unit's time and how long is left, the interviewing officer
/// and the exporting supervisor, the kinds of organisation in words, and only the services she
/// agreed to.
#[test]
fn a_packet_names_the_weeks_the_local_closing_time_and_the_interviewing_officer() {
    let (unit, _, key) = setup();
    let answered = jiff::Timestamp::now().round(jiff::Unit::Second).unwrap();
    let mut doc: serde_json::Value =
        serde_json::from_str(&record(&["shelter"], "no", false)).unwrap();
    doc["answers"]["pregnancy"] = serde_json::json!(["pregnant"]);
    doc["answers"]["pregnancy-weeks"] = 20.into();
    // Legal aid asked for, but she agreed to share with shelters only.
    doc["answers"]["assessment-services"] = serde_json::json!(["shelter", "legal-aid"]);
    doc["answered"] = serde_json::json!({
        "sexual-violence-when": {"lang": "my", "at": answered.to_string()},
        "pregnancy-weeks": {"lang": "my", "at": answered.to_string()},
    });
    doc["decision"]["by"] = "officer-nok".into();
    let id = unit
        .tandem("v")
        .args(["record", "add"])
        .stdin(doc.to_string())
        .run()
        .stdout;
    unit.tandem("v").args(["time-zone", "Asia/Bangkok"]).run();
    let packet = unit.path("p.tandem");
    unit.tandem("v")
        .args([
            "referral",
            "export",
            id.trim(),
            "--to",
            "Safe House",
            "--out",
            packet.to_str().unwrap(),
        ])
        .run();
    std::fs::write(
        unit.path("unit.pub"),
        unit.tandem("v").args(["unit-key", "export"]).run().stdout,
    )
    .unwrap();
    let out = unit.path("opened");
    unit.tandem("v")
        .args(["referral", "open", packet.to_str().unwrap(), "--identity"])
        .arg(&key)
        .arg("--unit-key")
        .arg(unit.path("unit.pub"))
        .arg("--out")
        .arg(&out)
        .run();
    let html = std::fs::read_to_string(out.join("referral.html")).unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("referral.json")).unwrap()).unwrap();

    // The weeks of pregnancy travel with the need.
    let pregnancy = json["urgent_needs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["trigger"] == "pregnancy")
        .expect("the pregnancy is an urgent need");
    assert!(
        pregnancy["details"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["id"] == "pregnancy-weeks" && d["value"]["officer"] == "20 weeks"),
        "{pregnancy:#}"
    );
    assert!(html.contains("20 weeks"), "{html}");

    // PEP closes 72 hours after the violence, 30 hours before the answer: 42 hours after it,
    // shown in Bangkok time (UTC+7), with the hours left.
    let closes = answered
        .checked_add(jiff::SignedDuration::from_hours(42))
        .unwrap()
        .to_zoned_datetime(jiff::tz::TimeZone::get("Asia/Bangkok").unwrap());
    let local = format!(
        "{}-{:02}-{:02} {:02}:{:02} (Asia/Bangkok)",
        closes.year(),
        closes.month(),
        closes.day(),
        closes.hour(),
        closes.minute()
    );
    assert!(html.contains(&local), "{local} not in\n{html}");
    assert!(
        html.contains("41 hours") || html.contains("42 hours"),
        "hours left: {html}"
    );
    assert_eq!(json["time_zone"], "Asia/Bangkok");

    // Who interviewed and who exported, both named.
    assert_eq!(json["interviewing_officer"], "officer-nok");
    assert_eq!(json["officer"], "sup");
    assert!(html.contains("officer-nok") && html.contains("Interviewing officer"));
    // Kinds in words, not ids.
    assert!(
        html.contains("Safe House (<span lang=\"en\">Shelter</span>)"),
        "{html}"
    );
    assert!(html.contains("PEP</span> (72 hours)"), "{html}");
    // Only the service she consented to.
    let services = json["circumstances"]["services"]["requested"]["value"]["officer"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(!services.to_lowercase().contains("legal"), "{services}");
}
