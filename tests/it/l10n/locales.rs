//! Locales as the interview uses them: lookup with and without fallback, review states, NFC,
//! Zawgyi refusal, validation diagnostics, `locales draft` and `locales check`.

use std::path::{Path, PathBuf};

use tandem::checklist::catalog::Catalog;
use tandem::l10n::{self, Lang, Locales, Review, validate_locales};

use crate::command::Tandem;

/// A locales directory written from `(relative path, text)` pairs.
fn locales_dir(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (rel, text) in files {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

const EN_UI: &str = "app-name = Tandem\nanswer-yes = Yes\ngreeting = Hello { $name }\n";
const EN_DEMO: &str = "\
checklist-title = Demo
section-work = Work
paid = Were you paid what was agreed?
    .hint = Wages, deductions, debts.
    .interpreter = Ask plainly; do not suggest an amount.
hours = How many hours a day did you work?
kind = What work did you do?
kind--fishing = Fishing
";

/// The English fingerprint of a message of `EN_DEMO`, as `locales draft` records it.
fn english_fingerprint(id: &str) -> String {
    let r = fluent_syntax::parser::parse(EN_DEMO).unwrap();
    r.body
        .iter()
        .find_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) if m.id.name == id => {
                Some(l10n::ftl::fingerprint(m))
            }
            _ => None,
        })
        .unwrap()
}

fn record(id: &str, status: &str, source: &str) -> String {
    let reviewed = if status == "reviewed" {
        "reviewer = \"A. Translator, accredited\"\nreviewed_on = \"2026-11-20\"\n"
    } else {
        ""
    };
    format!("[messages.{id}]\nstatus = \"{status}\"\nsource = \"{source}\"\n{reviewed}\n")
}

fn demo_locales() -> tempfile::TempDir {
    let th_review = [
        record("paid", "reviewed", &english_fingerprint("paid")),
        record("hours", "reviewed", "0000000000000000"),
        record(
            "checklist-title",
            "machine-draft",
            &english_fingerprint("checklist-title"),
        ),
    ]
    .concat();
    locales_dir(&[
        ("en/ui.ftl", EN_UI),
        ("en/demo.ftl", EN_DEMO),
        ("th/ui.ftl", "answer-yes = ใช่\n"),
        (
            "th/demo.ftl",
            "checklist-title = ทดสอบ\npaid = คุณได้รับค่าจ้างตามที่ตกลงไว้หรือไม่\n    .hint = ค่าจ้าง\nhours = คุณทำงานวันละกี่ชั่วโมง\nkind--fishing = ประมง\n",
        ),
        ("th/demo.review.toml", &th_review),
        // Decomposed Vietnamese (NFD): served as NFC.
        (
            "vi/demo.ftl",
            "paid = Ba\u{323}n co\u{301} đươ\u{323}c tra\u{309} lương không?\n",
        ),
        // Zawgyi-encoded Burmese: never served.
        (
            "my/demo.ftl",
            "paid = \u{1031}\u{1000}\u{103A}\u{1038}\u{1007}\u{1030}\u{1038}\nhours = တစ်ရက် ဘယ်နှစ်နာရီ အလုပ်လုပ်ခဲ့လဲ။\n",
        ),
    ])
}

#[test]
fn interface_texts_fall_back_to_english_then_to_the_id() {
    let dir = demo_locales();
    let l = Locales::from_dir(dir.path()).unwrap();
    assert_eq!(l.ui(Lang::Th, "answer-yes", &[]), "ใช่");
    assert_eq!(l.ui(Lang::Th, "app-name", &[]), "Tandem");
    assert_eq!(l.ui(Lang::Km, "app-name", &[]), "Tandem");
    assert_eq!(l.ui(Lang::En, "err-nowhere", &[]), "err-nowhere");
    // No bidi isolation marks around placeables: they would show as garbage in a terminal.
    assert_eq!(
        l.ui(Lang::En, "greeting", &[("name", "Somchai".into())]),
        "Hello Somchai"
    );
}

#[test]
fn locales_can_be_shared_between_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Locales>();
}

#[test]
fn interview_texts_never_fall_back_to_english() {
    let dir = demo_locales();
    let l = Locales::from_dir(dir.path()).unwrap();
    let en = l.question(Lang::En, "demo", "paid").unwrap();
    assert_eq!(en.hint.as_deref(), Some("Wages, deductions, debts."));
    assert_eq!(en.review, Review::Source);
    let th = l.question(Lang::Th, "demo", "paid").unwrap();
    assert_eq!(th.text, "คุณได้รับค่าจ้างตามที่ตกลงไว้หรือไม่");
    assert_eq!(th.hint.as_deref(), Some("ค่าจ้าง"));
    assert_eq!(
        th.interpreter, None,
        "no English interpreter note in a Thai text"
    );
    assert_eq!(l.question(Lang::Th, "demo", "kind"), None);
    assert_eq!(l.question(Lang::Km, "demo", "paid"), None);
    assert_eq!(l.section(Lang::Th, "demo", "work"), None);
    assert_eq!(l.section(Lang::En, "demo", "work").unwrap().text, "Work");
    assert_eq!(
        l.choice(Lang::Th, "demo", "kind", "fishing").unwrap().text,
        "ประมง"
    );
    assert_eq!(l.checklist_title(Lang::Th, "demo").unwrap().text, "ทดสอบ");
}

#[test]
fn review_states_follow_the_records_and_the_english_fingerprint() {
    let dir = demo_locales();
    let l = Locales::from_dir(dir.path()).unwrap();
    let cases = [
        ("paid", Review::Reviewed),
        // Reviewed against an older English text.
        ("hours", Review::Stale),
        ("checklist-title", Review::MachineDraft),
        // No record at all.
        ("kind--fishing", Review::MachineDraft),
    ];
    for (id, want) in cases {
        assert_eq!(l.review(Lang::Th, "demo", id), want, "{id}");
    }
    assert_eq!(
        l.question(Lang::Th, "demo", "hours").unwrap().review,
        Review::Stale
    );
}

#[test]
fn vietnamese_is_served_as_nfc_and_zawgyi_is_never_served() {
    let dir = demo_locales();
    let l = Locales::from_dir(dir.path()).unwrap();
    let vi = l.question(Lang::Vi, "demo", "paid").unwrap().text;
    assert_eq!(vi, "Bạn có được trả lương không?");
    assert!(unicode_normalization::is_nfc(&vi));
    assert_eq!(l.question(Lang::My, "demo", "paid"), None);
    assert!(l.question(Lang::My, "demo", "hours").is_some());
}

#[test]
fn builtin_texts_load_and_are_valid() {
    let l = Locales::builtin();
    assert_eq!(l.ui(Lang::En, "answer-yes", &[]), "Yes");
    // Every interface id the code derives from data exists in English.
    let mut ids: Vec<String> = [
        "answer-yes",
        "answer-no",
        "answer-unsure",
        "answer-declined",
        "text-missing",
    ]
    .map(String::from)
    .to_vec();
    ids.extend(Lang::ALL.map(|lang| format!("lang-{lang}")));
    ids.extend([Review::MachineDraft, Review::Stale].map(|r| r.marker_id().unwrap().to_owned()));
    for id in ids {
        assert_ne!(l.ui(Lang::En, &id, &[]), id, "en/ui.ftl lacks `{id}`");
    }
    let catalog = Catalog::builtin().expect("built-in checklists");
    let diags = validate_locales(Some(&catalog), None);
    assert!(
        diags.is_empty(),
        "{}",
        diags.iter().map(|d| format!("{d}\n")).collect::<String>()
    );
}

/// Each broken locale set must fail with this diagnostic (among possibly others).
#[test]
fn broken_locales_fail_with_located_messages() {
    let cases: &[(&[(&str, &str)], &str)] = &[
        (
            &[("en/ui.ftl", "a = A\nb = { $x\n")],
            "en/ui.ftl:2:9: FTL syntax error: Expected a token starting with \"}\"",
        ),
        (
            &[("en/ui.ftl", "a = A\na = B\n")],
            "en/ui.ftl:2:1: message `a` is defined twice; keep one definition",
        ),
        (
            &[
                ("en/ui.ftl", "g = Hi { $name }\n"),
                ("th/ui.ftl", "\ng = สวัสดี { $nom }\n"),
            ],
            "th/ui.ftl:2:1: variables of `g` ($nom) differ from English ($name)",
        ),
        (
            &[("en/ui.ftl", "a = A\n"), ("th/ui.ftl", "a = ก\nzz = ข\n")],
            "th/ui.ftl:2:1: message `zz` is not in English",
        ),
        (
            &[
                ("en/ui.ftl", "a = A\n"),
                ("th/ui.ftl", "a = ก\n    .hint = ข\n"),
            ],
            "th/ui.ftl:1:1: attribute `.hint` of `a` is not in English",
        ),
        (
            &[("en/ui.ftl", "a = Vie\u{323}\u{302}t\n")],
            "en/ui.ftl:1:7: text is not in Unicode NFC",
        ),
        (
            &[
                ("en/ui.ftl", "a = A\n"),
                ("my/ui.ftl", "a = \u{1031}\u{1000}\u{103A}\u{1038}\n"),
            ],
            "my/ui.ftl:1:5: Burmese text in the Zawgyi encoding",
        ),
        (
            &[
                ("en/ui.ftl", "a = A\n"),
                ("th/ui.ftl", "a = ก\n"),
                (
                    "th/ui.review.toml",
                    "[messages.a]\nstatus = \"reviewed\"\nsource = \"0123456789abcdef\"\n",
                ),
            ],
            "th/ui.review.toml:1:11: `a` is marked reviewed without `reviewer` and `reviewed_on`",
        ),
        (
            &[
                ("en/ui.ftl", "a = A\n"),
                ("th/ui.ftl", "a = ก\n"),
                (
                    "th/ui.review.toml",
                    "[messages.gone]\nstatus = \"machine-draft\"\nsource = \"0123456789abcdef\"\n",
                ),
            ],
            "th/ui.review.toml:1:1: review record for `gone`, which `th/ui.ftl` does not have",
        ),
        (
            &[("en/ui.ftl", "a = A\n"), ("de/ui.ftl", "a = A\n")],
            "de/ui.ftl:1:1: unexpected file `de/ui.ftl`",
        ),
        (
            &[("en/ui.ftl", "a = A\n"), ("th/extra.ftl", "a = ก\n")],
            "th/extra.ftl:1:1: there is no English `extra.ftl`",
        ),
        (
            &[("th/ui.ftl", "a = ก\n")],
            "en/ui.ftl:1:1: the English interface texts are missing",
        ),
        (
            &[("en/ui.ftl", "a = A\n"), ("en/ui.review.toml", "")],
            "en/ui.review.toml:1:1: English is the source text",
        ),
    ];
    for (files, want) in cases {
        let dir = locales_dir(files);
        let diags: Vec<String> = validate_locales(None, Some(dir.path()))
            .iter()
            .map(|d| {
                d.to_string()
                    .replace(&format!("{}/", dir.path().display()), "")
            })
            .collect();
        assert!(
            diags.iter().any(|d| d.starts_with(want)),
            "want {want}\ngot {diags:#?}"
        );
    }
}

#[test]
fn checklist_texts_must_exist_in_english() {
    let toml = "id = \"demo\"\nversion = 1\ntitle = \"Demo\"\nposition = 1\n\n[[sections]]\nid = \"work\"\n\n\
                [[questions]]\nid = \"paid\"\nsection = \"work\"\nkind = \"yes-no\"\n\n\
                [[questions]]\nid = \"kind\"\nsection = \"work\"\nkind = \"single-choice\"\nchoices = [\"fishing\", \"farm\"]\n";
    let catalog =
        Catalog::from_sources(vec![(PathBuf::from("demo.toml"), toml.to_owned())]).unwrap();
    let dir = locales_dir(&[
        ("en/ui.ftl", EN_UI),
        (
            "en/demo.ftl",
            "checklist-title = Demo\nsection-work = Work\npaid = Paid?\nkind = Kind?\nkind--fishing = Fishing\nkind--fihsing = typo\n",
        ),
    ]);
    let diags: Vec<String> = validate_locales(Some(&catalog), Some(dir.path()))
        .iter()
        .map(|d| {
            d.to_string()
                .replace(&format!("{}/", dir.path().display()), "")
        })
        .collect();
    let want = [
        "en/demo.ftl:1:1: choice `kind--farm` of checklist `demo` has no English text; add `kind--farm = ...` to this file",
        "en/demo.ftl:6:1: message `kind--fihsing` is not a question, choice, section or title of `demo`",
    ];
    for w in want {
        assert!(
            diags.iter().any(|d| d.starts_with(w)),
            "want {w}\ngot {diags:#?}"
        );
    }
    assert_eq!(diags.len(), 2, "{diags:#?}");
}

#[test]
fn draft_records_new_messages_as_machine_drafts_only() {
    let dir = demo_locales();
    let written = l10n::draft_records(dir.path(), Lang::Th).unwrap();
    let review = dir.path().join("th/demo.review.toml");
    assert_eq!(
        written,
        vec![
            (review.clone(), 1),
            (dir.path().join("th/ui.review.toml"), 1)
        ]
    );
    let text = std::fs::read_to_string(&review).unwrap();
    // The existing records are kept as they were; the new one is a machine draft.
    let want = format!(
        "[messages.kind--fishing]\nstatus = \"machine-draft\"\nsource = \"{}\"\n",
        english_fingerprint("kind--fishing")
    );
    assert!(text.contains(&want), "{text}");
    assert!(
        text.contains("reviewer = \"A. Translator, accredited\""),
        "{text}"
    );
    assert!(
        text.contains("source = \"0000000000000000\""),
        "stale record kept: {text}"
    );
    let ids: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("[messages."))
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    let review_problems: Vec<_> = validate_locales(None, Some(dir.path()))
        .into_iter()
        .filter(|d| d.file.to_string_lossy().ends_with(".review.toml"))
        .collect();
    assert!(review_problems.is_empty(), "{review_problems:?}");
    // Nothing left to draft.
    assert!(
        l10n::draft_records(dir.path(), Lang::Th)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn coverage_counts_present_missing_stale_unreviewed_reviewed() {
    let dir = demo_locales();
    let l = Locales::from_dir(dir.path()).unwrap();
    let c = l10n::coverage(&l);
    let th = &c.languages[&Lang::Th].files["demo"];
    assert_eq!(
        (
            th.messages,
            th.present,
            th.missing,
            th.stale,
            th.unreviewed,
            th.reviewed
        ),
        (6, 4, 2, 1, 2, 1)
    );
    // Khmer interviews show only the interviewee-facing interface texts: of `EN_UI` only
    // `answer-yes` counts (`app-name` and `greeting` are the officer's), with the 6 of demo.
    let km = &c.languages[&Lang::Km].total;
    assert_eq!((km.present, km.missing), (0, 7));
    let th = &c.languages[&Lang::Th].files["ui"];
    assert_eq!(
        th.messages, 3,
        "Thai is an officer language: every interface text counts"
    );
}

fn tandem(dir: &Path, args: &[&str]) -> Tandem {
    Tandem::new().arg("--locales").arg(dir).args(args)
}

#[test]
fn locales_check_prints_a_table_and_json_keyed_by_language() {
    let dir = demo_locales();
    let json = tandem(dir.path(), &["locales", "check", "--json"])
        .run()
        .json();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["en", "km", "lo", "my", "th", "vi"]);
    assert_eq!(json["th"]["files"]["demo"]["stale"], 1);
    assert_eq!(json["th"]["total"]["reviewed"], 1);

    let table = tandem(dir.path(), &["locales", "check"]).run().stdout;
    assert!(table.contains("th  ไทย"), "{table}");
    let demo_row = table
        .lines()
        .find(|l| l.trim_start().starts_with("demo"))
        .unwrap();
    let cells: Vec<&str> = demo_row.split_whitespace().collect();
    assert_eq!(
        cells,
        ["demo", "6", "6", "0", "0", "0", "0"],
        "English row first"
    );
}

#[test]
fn locales_draft_refuses_english_and_unknown_languages() {
    let dir = demo_locales();
    for (lang, want) in [
        ("en", "English is the source"),
        ("de", "`de` is not a language"),
    ] {
        let out = tandem(dir.path(), &["locales", "draft", "--lang", lang])
            .code(2)
            .run();
        assert!(out.stderr.contains(want), "{}", out.stderr);
    }
    let out = tandem(dir.path(), &["locales", "draft", "--lang", "th"]).run();
    assert!(
        out.stdout
            .contains("demo.review.toml: 1 new machine-draft record(s)"),
        "{}",
        out.stdout
    );
}
