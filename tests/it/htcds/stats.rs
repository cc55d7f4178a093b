//! `tandem stats export` on a synthetic vault of 600 varied screenings: k checked independently
//! on every released combination, small table cells suppressed, nothing identifying in the
//! files, refused consent keeping a record out, the signature verified by stock `minisign`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::command::{Scratch, Tandem};
use crate::tools::{self, MINISIGN};

const PASS: &str = "correct horse battery staple";

struct Unit {
    scratch: Scratch,
    vault: PathBuf,
}

impl Unit {
    fn new() -> Unit {
        let scratch = Scratch::new();
        let vault = scratch.vault();
        let u = Unit { scratch, vault };
        u.tandem(&[
            "init",
            "--name",
            "sup",
            "--kdf-log-n",
            "4",
            "--unit",
            "IDC Unit 7",
        ])
        .run();
        u.tandem(&[
            "partner",
            "add",
            "Baan Kred",
            "--kind",
            "shelter",
            "--recipient",
            RECIPIENT,
        ])
        .run();
        u
    }

    fn tandem(&self, args: &[&str]) -> Tandem {
        Tandem::new()
            .args(args)
            .arg("--vault")
            .arg(&self.vault)
            .passphrase(PASS)
    }

    fn import(&self, docs: &[serde_json::Value]) {
        let lines: String = docs.iter().map(|d| format!("{d}\n")).collect();
        let file = self.scratch.write("records.jsonl", lines);
        self.tandem(&["record", "import", file.to_str().unwrap()])
            .run();
    }

    /// `tandem stats export` over 2025 and 2026 into `out`, with `extra` options.
    fn stats(&self, out: &Path, extra: &[&str]) -> Tandem {
        let mut args = vec![
            "stats",
            "export",
            "--from",
            "2025-01-01",
            "--to",
            "2026-12-31",
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        self.tandem(&args)
    }

    fn out(&self, name: &str) -> PathBuf {
        self.scratch.path(name)
    }
}

const RECIPIENT: &str = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";

/// A canary that must never reach a statistics file.
fn name(i: usize) -> String {
    format!("Canary Name {i:04}")
}

/// A screening as an officer would record it, varied by `rng`. `consent` answers the research
/// consent question.
fn screening(i: usize, rng: &mut StdRng, consent: &str) -> serde_json::Value {
    let pick = |rng: &mut StdRng, xs: &[&'static str]| xs[rng.gen_range(0..xs.len())];
    let child = rng.gen_bool(0.2);
    let age = if child {
        rng.gen_range(9..18)
    } else {
        rng.gen_range(18..55)
    };
    let year = pick(rng, &["2025", "2026"]);
    let day = format!(
        "{year}-{:02}-{:02}",
        rng.gen_range(1..13),
        rng.gen_range(1..29)
    );
    let at = format!("{day}T09:30:00Z");
    let mut answers = serde_json::json!({
        "consent-interview": "yes",
        "consent-research": consent,
        "age-years": age,
        "possible-child": if child { "yes" } else { "no" },
        "sex-gender": pick(rng, &["female", "female", "female", "male", "transgender-non-conforming"]),
        "citizenship": pick(rng, &["myanmar", "myanmar", "myanmar", "cambodia", "laos", "vietnam", "stateless"]),
        "deceived-about-job": pick(rng, &["yes", "no"]),
        "debt-owed": pick(rng, &["yes", "no"]),
        "work-long-hours": pick(rng, &["yes", "no"]),
        "exploitation-type": [pick(rng, &["forced-labour", "forced-labour", "sexual-exploitation", "forced-criminality", "servitude"])],
        "work-industry": pick(rng, &["fishing", "fishing", "agriculture", "construction", "domestic-work", "hospitality", "scam-compound"]),
        "case-ref": format!("IDC-{year}-{i:04}"),
    });
    if answers["debt-owed"] == "yes" {
        answers["debt-used"] =
            serde_json::json!([pick(rng, &["tied-before-work", "kept-working"])]);
    }
    if answers["work-long-hours"] == "yes" {
        answers["work-hours-excessive"] = serde_json::json!(pick(rng, &["yes", "no"]));
    }
    let outcome = pick(
        rng,
        &[
            "refer-presumed-victim",
            "refer-presumed-victim",
            "refer-further-interview",
            "no-referral",
        ],
    );
    let mut doc = serde_json::json!({
        "checklist": "screening",
        "case_ref": format!("IDC-{year}-{i:04}"),
        "subject": { "name": name(i) },
        "notes": format!("Canary note {i}: boat 7, Pattani pier"),
        "status": "awaiting-review",
        "answers": answers,
        "answered": { "consent-research": { "lang": "my", "at": at } },
        "languages": { "officer": "en", "interviewee": "my" },
        "consent": {
            "interview": true,
            "share_with": ["shelter"],
            "police_contact": false,
            // Most children's research consent has a guardian's beside it; some not.
            "guardian_consent": child && !i.is_multiple_of(4),
        },
        "decision": { "outcome": outcome, "by": "officer-nok", "at": at, "reason": if outcome == "no-referral" { "checked" } else { "" } },
    });
    if outcome == "refer-presumed-victim" && rng.gen_bool(0.7) {
        doc["exports"] = serde_json::json!([{ "packet_id": format!("p{i}"), "partner": "Baan Kred", "kind": "shelter", "at": at }]);
        doc["status"] = "referred".into();
    }
    doc
}

fn vault_of(n: usize, seed: u64, consent: impl Fn(usize) -> &'static str) -> Unit {
    vault_and_docs(n, seed, consent).0
}

fn vault_and_docs(
    n: usize,
    seed: u64,
    consent: impl Fn(usize) -> &'static str,
) -> (Unit, Vec<serde_json::Value>) {
    let unit = Unit::new();
    let mut rng = StdRng::seed_from_u64(seed);
    let docs: Vec<_> = (0..n).map(|i| screening(i, &mut rng, consent(i))).collect();
    unit.import(&docs);
    (unit, docs)
}

/// Who may be counted: research consent, and for a (possible) child a guardian's consent too.
fn countable(d: &serde_json::Value) -> bool {
    d["answers"]["consent-research"] == "yes"
        && (d["answers"]["possible-child"] == "no" || d["consent"]["guardian_consent"] == true)
}

fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap();
    let header = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

/// k over every released combination, counted here from the file alone.
fn smallest_combination(rows: &[Vec<String>]) -> Option<usize> {
    let mut m: BTreeMap<&Vec<String>, usize> = BTreeMap::new();
    for r in rows {
        *m.entry(r).or_default() += 1;
    }
    m.values().min().copied()
}

#[test]
fn a_unit_of_600_screenings_releases_only_combinations_of_at_least_k() {
    // Every seventh person refused research use; some children have no guardian's consent.
    let (unit, docs) = vault_and_docs(600, 7, |i| if i % 7 == 0 { "no" } else { "yes" });
    let out = unit.out("stats-2026.csv");
    let ran = unit.stats(&out, &["--tables"]).run();
    let (header, rows) = read_csv(&out);
    assert_eq!(
        header,
        [
            "prs_Gender",
            "ctdc_AgeBroad",
            "prs_Citizenship",
            "vic_TypeOfExploitation",
            "vic_ForcedLabourIndustry",
            "vic_MethodsOfControl",
            "vic_TraffickingStatus",
            "ctdc_YearOfRegistration",
            "tandem_ReferredTo",
            "cas_ReferringOrganisation"
        ]
    );
    assert!(!rows.is_empty(), "{}", ran.stderr);
    assert!(smallest_combination(&rows).unwrap() >= 11, "{rows:?}");
    // A larger k holds as well, counted again from its own file.
    let strict = unit.out("strict.csv");
    unit.stats(&strict, &["--k", "40"]).run();
    let (_, strict_rows) = read_csv(&strict);
    assert!(!strict_rows.is_empty());
    assert!(
        smallest_combination(&strict_rows).unwrap() >= 40,
        "{strict_rows:?}"
    );
    // Released and suppressed add up to those who may be counted, no more.
    let consented = docs.iter().filter(|d| countable(d)).count();
    assert!(
        consented < (0..600).filter(|i| i % 7 != 0).count(),
        "children without a guardian's consent are left out"
    );
    assert!(rows.len() <= consented);
    assert!(
        ran.stderr.contains(&format!("{consented} were screened")),
        "{}",
        ran.stderr
    );
    assert!(ran.stderr.contains("Suppressed"), "{}", ran.stderr);
    // Nothing identifying: no name, reference, note, exact date.
    let text = std::fs::read_to_string(&out).unwrap();
    let tables = std::fs::read_to_string(unit.out("stats-2026.tables.csv")).unwrap();
    for t in [&text, &tables] {
        for needle in ["Canary", "IDC-20", "Pattani", "officer-nok", "T09:30"] {
            assert!(!t.contains(needle), "{needle} in\n{t}");
        }
        assert!(
            !t.split(|c: char| !c.is_ascii_digit() && c != '-')
                .any(|w| w.len() == 10 && w.as_bytes()[4] == b'-'),
            "an exact date in\n{t}"
        );
    }
    // The standard's codes, children kept apart from adults.
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    for r in &rows {
        assert!(
            [
                "0-8", "9-17", "0-17", "18-20", "21-23", "24-26", "27-29", "30-38", "39-47", "48+",
                "18+", "unknown", "*"
            ]
            .contains(&r[col("ctdc_AgeBroad")].as_str()),
            "{r:?}"
        );
        assert!(
            [
                "Feminine",
                "Masculine",
                "NonConforming",
                "NonSpecifiedUnknown",
                "Other",
                "*"
            ]
            .contains(&r[col("prs_Gender")].as_str()),
            "{r:?}"
        );
        assert_eq!(r[col("cas_ReferringOrganisation")], "IDC Unit 7");
    }
    // Tables: every cell at least k or suppressed.
    let mut seen = 0;
    for line in tables.lines().skip(1) {
        let n = line.rsplit(',').next().unwrap();
        assert!(n == "<11" || n.parse::<usize>().unwrap() >= 11, "{line}");
        seen += 1;
    }
    assert!(seen > 30, "{tables}");
    assert!(tables.contains("dimension,deceptive-recruitment,"));
    // Audited once per export, with the counts.
    let audit = unit.tandem(&["audit", "list", "--json"]).run().stdout;
    assert_eq!(audit.matches("statistics-exported").count(), 2, "{audit}");
    assert!(
        !audit.contains("record-viewed"),
        "no per-record view entries"
    );
}

#[test]
fn refusing_research_use_keeps_a_record_out() {
    // 300 people who agreed, none of them Vietnamese; then 24 Vietnamese people who refused:
    // alike enough to make combinations of their own, yet none of them may appear or be counted.
    let unit = Unit::new();
    let mut rng = StdRng::seed_from_u64(11);
    let agreed: Vec<_> = (0..300)
        .map(|i| {
            let mut d = screening(i, &mut rng, "yes");
            if d["answers"]["citizenship"] == "vietnam" {
                d["answers"]["citizenship"] = "myanmar".into();
            }
            d
        })
        .collect();
    let refused: Vec<_> = (1000..1024)
        .map(|i| {
            let mut d = screening(i, &mut rng, "no");
            d["answers"]["citizenship"] = "vietnam".into();
            d
        })
        .collect();
    unit.import(&agreed);
    unit.import(&refused);
    let out = unit.out("s.csv");
    let ran = unit.stats(&out, &["--tables"]).run();
    let counted = agreed.iter().filter(|d| countable(d)).count();
    assert!(
        ran.stderr
            .contains(&format!("Read 324 records; {counted} were screened")),
        "{}",
        ran.stderr
    );
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(!text.contains("VN"), "{text}");
    let (_, rows) = read_csv(&out);
    assert!(!rows.is_empty() && rows.len() <= 300);
    assert!(smallest_combination(&rows).unwrap() >= 11);
    let tables = std::fs::read_to_string(unit.out("s.tables.csv")).unwrap();
    let total = tables
        .lines()
        .find(|l| l.starts_with("records,all,"))
        .unwrap();
    assert_eq!(total, format!("records,all,{counted}"));

    // A vault where nobody consented releases the header and nothing else.
    let none = vault_of(40, 3, |_| "no");
    let out = none.out("none.csv");
    let ran = none.stats(&out, &[]).run();
    assert_eq!(read_csv(&out).1.len(), 0);
    assert!(ran.stderr.contains("Nothing released"), "{}", ran.stderr);
}

#[test]
fn k_below_eleven_a_reversed_period_and_an_officer_are_refused() {
    let unit = vault_of(20, 5, |_| "yes");
    let out = unit.out("s.csv");
    let o = out.to_str().unwrap();
    let ran = unit.stats(&out, &["--k", "10"]).code(2).run();
    assert!(ran.stderr.contains("k = 10 is too small"), "{}", ran.stderr);
    let ran = unit
        .tandem(&[
            "stats",
            "export",
            "--from",
            "2026-12-31",
            "--to",
            "2025-01-01",
            "--out",
            o,
        ])
        .code(2)
        .run();
    assert!(ran.stderr.contains("after it ends"), "{}", ran.stderr);
    let ran = unit
        .stats(&out, &["--k", "5", "--officer-lang", "th"])
        .code(2)
        .run();
    assert!(ran.stderr.contains("น้อยเกินไป"), "{}", ran.stderr);
    assert!(!out.exists(), "nothing written on a refusal");
    // A Buddhist Era year is the same period.
    unit.tandem(&[
        "stats",
        "export",
        "--from",
        "2568-01-01",
        "--to",
        "2569-12-31",
        "--out",
        o,
    ])
    .run();
    // Never over an existing file.
    unit.stats(&out, &[]).code(2).run();
    // Officers hold no unit key.
    unit.tandem(&[
        "user",
        "add",
        "nok",
        "--role",
        "officer",
        "--kdf-log-n",
        "4",
    ])
    .env("TANDEM_NEW_PASSPHRASE", "officer nok passphrase")
    .run();
    let other = unit.out("o.csv");
    unit.stats(&other, &["--user", "nok"])
        .passphrase("officer nok passphrase")
        .fails()
        .run();
    assert!(!other.exists());
}

#[test]
fn the_export_verifies_with_stock_minisign() {
    let Some([minisign]) = tools::require([&MINISIGN]) else {
        return;
    };
    let unit = vault_of(60, 9, |_| "yes");
    let out = unit.out("stats.csv");
    unit.stats(&out, &["--tables"]).run();
    let pubkey = unit.tandem(&["unit-key", "export"]).run().stdout;
    let pk = unit.scratch.write("unit.pub", pubkey);
    for file in [out.clone(), unit.out("stats.tables.csv")] {
        let ran = std::process::Command::new(minisign)
            .arg("-Vm")
            .arg(&file)
            .arg("-p")
            .arg(&pk)
            .output()
            .unwrap();
        assert!(ran.status.success(), "{ran:?}");
        // A changed byte fails.
        let mut bytes = std::fs::read(&file).unwrap();
        bytes.push(b'\n');
        let tampered = unit.out("tampered.csv");
        std::fs::write(&tampered, &bytes).unwrap();
        std::fs::copy(
            format!("{}.minisig", file.display()),
            format!("{}.minisig", tampered.display()),
        )
        .unwrap();
        let ran = std::process::Command::new(minisign)
            .arg("-Vm")
            .arg(&tampered)
            .arg("-p")
            .arg(&pk)
            .output()
            .unwrap();
        assert!(!ran.status.success());
        std::fs::remove_file(&tampered).unwrap();
        std::fs::remove_file(format!("{}.minisig", tampered.display())).unwrap();
    }
    if let Some(mode) = tandem::platform::mode(&out) {
        assert_eq!(mode, 0o600);
    }
}
