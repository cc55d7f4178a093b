//! The translator's workflow end to end: `locales export` to XLIFF 2.1 and CSV, a reviewer's
//! changes, `locales import --reviewer`, what `locales check` and the screen then show, and
//! staleness after an English change. Every test works on a copy in a temp directory.

use std::path::Path;
use std::process::{Command, Output};

use tandem::checklist::catalog::Catalog;
use tandem::l10n::{Lang, Locales, Review};
use tandem::tui::content::Content;

const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:2.0";

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of the shipped locales (whatever the checklists hold today).
fn shipped_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"),
        &dir.path().join("locales"),
    );
    dir
}

fn tandem(locales: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tandem"))
        .arg("--locales")
        .arg(locales)
        .args(args)
        .env_remove("TANDEM_LANG")
        .output()
        .unwrap()
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn check_json(locales: &Path) -> serde_json::Value {
    serde_json::from_str(&ok(&tandem(locales, &["locales", "check", "--json"]))).unwrap()
}

/// Three Khmer questions that have a translation: the first three value units of questions in
/// the export, whatever the checklists hold. Returns (checklist, question).
fn three_questions(units: &[(String, String, String)]) -> Vec<(String, String)> {
    let catalog = Catalog::builtin().unwrap();
    let mut picked: Vec<(String, String)> = Vec::new();
    for (file, message, part) in units {
        if part == "value"
            && catalog.find_question(message).is_some()
            && !picked.iter().any(|(_, m)| m == message)
        {
            picked.push((file.clone(), message.clone()));
        }
        if picked.len() == 3 {
            break;
        }
    }
    assert_eq!(picked.len(), 3, "the shipped Khmer texts have questions");
    picked
}

/// Makes every picked message's English say something else.
fn change_english(locales: &Path, picked: &[(String, String)]) {
    for (file, id) in picked {
        let path = locales.join("en").join(format!("{file}.ftl"));
        let text = std::fs::read_to_string(&path).unwrap();
        let span = tandem::l10n::ftl::message_span(&text, id).unwrap();
        let line_end = span.start + text[span.clone()].find('\n').unwrap();
        let mut changed = text.clone();
        changed.insert_str(line_end, " Take your time.");
        std::fs::write(&path, changed).unwrap();
    }
}

/// After the import: three reviewed Khmer messages, not marked on screen, every other Khmer
/// text as it was; then an English change makes them stale, listed with the change.
fn reviewed_then_stale(dir: &Path, picked: &[(String, String)], before: &Locales) {
    let locales = dir.join("locales");
    let json = check_json(&locales);
    assert_eq!(
        json["km"]["total"]["reviewed"], 3,
        "{}",
        json["km"]["total"]
    );
    assert_eq!(json["km"]["total"]["stale"], 0);

    let after = Locales::from_dir(&locales).unwrap();
    let content = Content::new(Catalog::builtin().unwrap(), after);
    for (file, id) in picked {
        assert_eq!(
            content.locales().review(Lang::Km, file, id),
            Review::Reviewed
        );
        let prompt = content.prompt(tandem::l10n::Lang::Km, file, id).unwrap();
        assert_eq!(prompt.marker, None, "{id} is no longer marked as a draft");
        let was = before.question(Lang::Km, file, id).unwrap().text;
        assert_eq!(prompt.text, format!("{was} ដោយប្រុងប្រយ័ត្ន"));
    }
    // Nothing else changed: every other Khmer question reads as before.
    for c in Catalog::builtin().unwrap().checklists() {
        for q in &c.questions {
            if picked.iter().any(|(_, id)| id == &q.id) {
                continue;
            }
            assert_eq!(
                content.locales().question(Lang::Km, &c.id, &q.id),
                before.question(Lang::Km, &c.id, &q.id),
                "{}",
                q.id
            );
        }
    }
    // The .ftl files are still valid, and their review records too.
    let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .arg("--locales")
        .arg(&locales)
        .arg("check")
        .output()
        .unwrap();
    ok(&out);

    change_english(&locales, picked);
    let stale = Locales::from_dir(&locales).unwrap();
    for (file, id) in picked {
        assert_eq!(stale.review(Lang::Km, file, id), Review::Stale, "{id}");
    }
    assert_eq!(check_json(&locales)["km"]["total"]["stale"], 3);
    let listing = ok(&tandem(&locales, &["locales", "check", "--lang", "km"]));
    assert!(listing.contains("stale (3)"), "{listing}");
    for (file, id) in picked {
        let at = listing.find(&format!("{file}/{id} ")).unwrap();
        let entry = &listing[at..];
        let added = entry
            .lines()
            .find(|l| l.trim_start().starts_with("+ "))
            .unwrap();
        assert!(added.ends_with(" Take your time."), "{entry}");
        assert!(
            entry.lines().any(|l| l.trim_start().starts_with("- ")),
            "{entry}"
        );
    }
}

#[test]
fn xliff_round_trip_three_khmer_messages_reviewed_then_stale() {
    let dir = shipped_copy();
    let locales = dir.path().join("locales");
    let before = Locales::from_dir(&locales).unwrap();
    let xlf = dir.path().join("km.xlf");
    let out = tandem(
        &locales,
        &[
            "locales", "export", "--lang", "km", "--format", "xliff", "--out",
        ],
    );
    assert!(!out.status.success(), "--out needs a file");
    ok(&tandem(
        &locales,
        &[
            "locales",
            "export",
            "--lang",
            "km",
            "--format",
            "xliff",
            "--out",
            xlf.to_str().unwrap(),
        ],
    ));
    let text = std::fs::read_to_string(&xlf).unwrap();

    // A standard XML parser reads it as XLIFF 2.1.
    let doc = roxmltree::Document::parse(&text).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some(XLIFF_NS));
    assert_eq!(root.tag_name().name(), "xliff");
    assert_eq!(root.attribute("version"), Some("2.1"));
    assert_eq!(root.attribute("srcLang"), Some("en"));
    assert_eq!(root.attribute("trgLang"), Some("km"));
    let mut units = Vec::new();
    for file in root
        .children()
        .filter(|n| n.has_tag_name((XLIFF_NS, "file")))
    {
        let mut ids = std::collections::BTreeSet::new();
        for unit in file
            .children()
            .filter(|n| n.has_tag_name((XLIFF_NS, "unit")))
        {
            let id = unit.attribute("id").unwrap();
            assert!(
                ids.insert(id.to_owned()),
                "unit ids are unique in a file: {id}"
            );
            let segment = unit
                .children()
                .find(|n| n.has_tag_name((XLIFF_NS, "segment")))
                .unwrap();
            assert!(
                segment
                    .children()
                    .any(|n| n.has_tag_name((XLIFF_NS, "source")))
            );
            let (message, part) = id.split_once('.').unwrap_or((id, "value"));
            units.push((
                file.attribute("id").unwrap().to_owned(),
                message.to_owned(),
                part.to_owned(),
            ));
        }
    }
    // One unit per message and attribute, and the interface counts only what the person reads.
    let json = check_json(&locales);
    assert_eq!(
        units.iter().filter(|u| u.2 == "value").count() as u64,
        json["km"]["total"]["messages"].as_u64().unwrap()
    );
    assert_eq!(json["km"]["files"]["ui"]["messages"], 20);

    // A reviewer changes three targets.
    let picked = three_questions(&units);
    let mut edited = text.clone();
    for (_, id) in picked.iter().rev() {
        let doc = roxmltree::Document::parse(&edited).unwrap();
        let target = doc
            .descendants()
            .find(|n| n.has_tag_name((XLIFF_NS, "unit")) && n.attribute("id") == Some(id))
            .and_then(|u| {
                u.descendants()
                    .find(|n| n.has_tag_name((XLIFF_NS, "target")))
            })
            .unwrap();
        let at = target.first_child().unwrap().range().end;
        edited.insert_str(at, " ដោយប្រុងប្រយ័ត្ន");
    }
    std::fs::write(&xlf, &edited).unwrap();
    let out = ok(&tandem(
        &locales,
        &[
            "locales",
            "import",
            xlf.to_str().unwrap(),
            "--reviewer",
            "S. Chan, accredited translator",
            "--date",
            "2026-12-01",
        ],
    ));
    assert!(out.contains("3 changed, 0 confirmed as reviewed"), "{out}");
    let records = std::fs::read_to_string(
        locales
            .join("km")
            .join(format!("{}.review.toml", picked[0].0)),
    )
    .unwrap();
    assert!(
        records.contains("reviewer = \"S. Chan, accredited translator\""),
        "{records}"
    );
    assert!(records.contains("reviewed_on = \"2026-12-01\""));
    reviewed_then_stale(dir.path(), &picked, &before);
}

#[test]
fn csv_round_trip_three_khmer_messages_reviewed_then_stale() {
    let dir = shipped_copy();
    let locales = dir.path().join("locales");
    let before = Locales::from_dir(&locales).unwrap();
    let path = dir.path().join("km.csv");
    ok(&tandem(
        &locales,
        &[
            "locales",
            "export",
            "--lang",
            "km",
            "--format",
            "csv",
            "--out",
            path.to_str().unwrap(),
        ],
    ));
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "a BOM, for Excel");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let units: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| {
            (
                r[col("file")].to_owned(),
                r[col("message")].to_owned(),
                r[col("part")].to_owned(),
            )
        })
        .collect();
    let picked = three_questions(&units);
    // The reviewer's spreadsheet saves with semicolons (a decimal-comma locale) and CRLF.
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    writer.write_record(&headers).unwrap();
    for r in &rows {
        let mut fields: Vec<String> = r.iter().map(str::to_owned).collect();
        if fields[col("part")] == "value"
            && picked
                .iter()
                .any(|(f, m)| *f == fields[col("file")] && *m == fields[col("message")])
        {
            fields[col("translation")].push_str(" ដោយប្រុងប្រយ័ត្ន");
        }
        writer.write_record(&fields).unwrap();
    }
    std::fs::write(&path, writer.into_inner().unwrap()).unwrap();
    let out = ok(&tandem(
        &locales,
        &[
            "locales",
            "import",
            path.to_str().unwrap(),
            "--reviewer",
            "S. Chan, accredited translator",
            "--date",
            "2026-12-01",
        ],
    ));
    assert!(out.contains("3 changed, 0 confirmed as reviewed"), "{out}");
    reviewed_then_stale(dir.path(), &picked, &before);
}

/// A small locale set in `locales/` of a temp directory; exported files go beside it.
fn small(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (rel, text) in files {
        let path = dir.path().join("locales").join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

const EN_UI: &str = "answer-yes = Yes\ntui-setup-title = Set up Tandem\n";
const EN_DEMO: &str = "\
### Demo checklist
checklist-title = Demo
paid = Were you paid what was agreed?
    .hint = Wages, deductions & \"debts\" <owed>.
    .interpreter = Ask plainly.
hours = { $count ->
    [one] Did you work one hour?
   *[other] Did you work { $count } hours?
}
kind--fishing = Fishing
";
const LO_DEMO: &str = "\
### ລາວ: ທົດລອງ
checklist-title = ທົດລອງ

# A comment a translator wrote, which must stay.
paid = ເຈົ້າໄດ້ຮັບຄ່າຈ້າງຕາມທີ່ຕົກລົງບໍ່?
    .hint = ຄ່າຈ້າງ, ການຫັກເງິນ ແລະ ໜີ້.
    .interpreter = ຖາມກົງໆ.

kind--fishing = ການຫາປາ
";

fn demo() -> tempfile::TempDir {
    small(&[
        ("en/ui.ftl", EN_UI),
        ("en/demo.ftl", EN_DEMO),
        ("lo/demo.ftl", LO_DEMO),
    ])
}

fn export(loc: &Path, lang: &str, format: &str, extra: &[&str]) -> String {
    let out = loc
        .parent()
        .unwrap()
        .join(format!("export-{lang}.{format}"));
    let _ = std::fs::remove_file(&out);
    let mut args = vec!["locales", "export", "--lang", lang, "--format", format];
    args.extend(extra);
    args.extend(["--out", out.to_str().unwrap()]);
    ok(&tandem(loc, &args));
    std::fs::read_to_string(out).unwrap()
}

fn import(loc: &Path, name: &str, text: &str, extra: &[&str]) -> Output {
    let path = loc.parent().unwrap().join(name);
    std::fs::write(&path, text).unwrap();
    let mut args = vec![
        "locales",
        "import",
        path.to_str().unwrap(),
        "--reviewer",
        "N. Vong",
        "--date",
        "2026-12-02",
    ];
    args.extend(extra);
    tandem(loc, &args)
}

#[test]
fn an_unchanged_round_trip_changes_nothing_and_escapes_markup() {
    let dir = demo();
    let loc = &dir.path().join("locales");
    let lo = loc.join("lo/demo.ftl");
    for format in ["xliff", "csv"] {
        let text = export(loc, "lo", format, &[]);
        if format == "xliff" {
            // Markup in a text is escaped, never markup.
            assert!(text.contains("Wages, deductions &amp; &quot;debts&quot; &lt;owed&gt;."));
            roxmltree::Document::parse(&text).unwrap();
        }
        let out = import(loc, &format!("back.{format}"), &text, &[]);
        let stdout = ok(&out);
        assert!(
            stdout.contains("0 changed, 0 confirmed as reviewed, 5 unchanged, 0 refused"),
            "{format}: {stdout}"
        );
        assert_eq!(std::fs::read_to_string(&lo).unwrap(), LO_DEMO, "{format}");
        assert!(!loc.join("lo/demo.review.toml").exists());
    }
}

#[test]
fn import_keeps_layout_and_comments_inserts_new_messages_in_english_order() {
    let dir = demo();
    let loc = &dir.path().join("locales");
    let text = export(loc, "lo", "xliff", &[]);
    // Translate the missing `hours` (a select expression), correct `paid`'s hint.
    let hours =
        "{ $count ->\n    [one] ເຈົ້າເຮັດວຽກໜຶ່ງຊົ່ວໂມງບໍ່?\n   *[other] ເຈົ້າເຮັດວຽກ { $count } ຊົ່ວໂມງບໍ່?\n}";
    let mut edited = text.replace(
        "<target xml:space=\"preserve\">ຄ່າຈ້າງ, ການຫັກເງິນ ແລະ ໜີ້.</target>",
        "<target xml:space=\"preserve\">ຄ່າຈ້າງ, ການຫັກເງິນ ແລະ ໜີ້ສິນ.</target>",
    );
    let at = edited.find("<unit id=\"hours\"").unwrap();
    let source_end = at + edited[at..].find("</source>").unwrap() + "</source>".len();
    edited.insert_str(
        source_end,
        &format!(
            "<target xml:space=\"preserve\">{}</target>",
            hours.replace('>', "&gt;")
        ),
    );
    let out = ok(&import(loc, "back.xlf", &edited, &[]));
    assert!(out.contains("2 changed"), "{out}");
    let ftl = std::fs::read_to_string(loc.join("lo/demo.ftl")).unwrap();
    let want = "\
### ລາວ: ທົດລອງ
checklist-title = ທົດລອງ

# A comment a translator wrote, which must stay.
paid = ເຈົ້າໄດ້ຮັບຄ່າຈ້າງຕາມທີ່ຕົກລົງບໍ່?
    .hint = ຄ່າຈ້າງ, ການຫັກເງິນ ແລະ ໜີ້ສິນ.
    .interpreter = ຖາມກົງໆ.
hours = { $count ->
        [one] ເຈົ້າເຮັດວຽກໜຶ່ງຊົ່ວໂມງບໍ່?
       *[other] ເຈົ້າເຮັດວຽກ { $count } ຊົ່ວໂມງບໍ່?
    }

kind--fishing = ການຫາປາ
";
    assert_eq!(ftl, want);
    let l = Locales::from_dir(loc).unwrap();
    assert_eq!(l.review(Lang::Lo, "demo", "hours"), Review::Reviewed);
    assert_eq!(l.review(Lang::Lo, "demo", "paid"), Review::Reviewed);
    assert_eq!(
        l.review(Lang::Lo, "demo", "kind--fishing"),
        Review::MachineDraft
    );
    // A language without the file gets a new one.
    let vi = export(loc, "vi", "csv", &["--file", "demo"]);
    let vi = vi.replace(",missing,,Fishing,,", ",missing,,Fishing,Đánh cá,");
    assert!(vi.contains("Đánh cá"), "{vi}");
    ok(&import(loc, "vi.csv", &vi, &[]));
    let vi_ftl = std::fs::read_to_string(loc.join("vi/demo.ftl")).unwrap();
    assert!(vi_ftl.ends_with("kind--fishing = Đánh cá\n"), "{vi_ftl}");
    let problems = tandem::l10n::validate_locales(None, Some(loc));
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn every_refusal_is_named_and_nothing_of_a_refused_message_is_written() {
    let dir = demo();
    let loc = &dir.path().join("locales");
    let text = export(loc, "lo", "csv", &[]);
    let set = |text: &str, message: &str, part: &str, new: &str| -> String {
        let mut r = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let headers = r.headers().unwrap().clone();
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(&headers).unwrap();
        for rec in r.records() {
            let mut f: Vec<String> = rec.unwrap().iter().map(str::to_owned).collect();
            if f[2] == message && f[3] == part {
                f[7] = new.to_owned();
            }
            w.write_record(&f).unwrap();
        }
        String::from_utf8(w.into_inner().unwrap()).unwrap()
    };
    let cases = [
        (
            "paid",
            "value",
            "ເຈົ້າໄດ້ຮັບ { $amount } ບໍ່?",
            "its variables ($amount) differ from English (none)",
        ),
        ("paid", "value", "ເຈົ້າໄດ້ຮັບ { $amount", "Fluent syntax"),
        (
            "paid",
            "value",
            "Were you paid what was agreed?",
            "the text is still in English",
        ),
        (
            "paid",
            "value",
            "คุณได้รับค่าจ้างไหม",
            "letters of the Thai script",
        ),
        ("paid", "value", "ເຈົ້າໄດ້ຮັບຄ່າຈ້າງບໍ່\u{0EB5}\u{0EC8}?", ""),
        (
            "paid",
            "hint",
            "Ba\u{0323}n co\u{0301}",
            "not in Unicode NFC",
        ),
        (
            "hours",
            "value",
            "{ $count ->\n   *[other] ເຈົ້າເຮັດວຽກ { $count } ຊົ່ວໂມງບໍ່?\n}",
            "",
        ),
    ];
    for (message, part, new, want) in cases {
        let out = import(loc, "bad.csv", &set(&text, message, part, new), &[]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        if want.is_empty() {
            // Valid texts are taken (reset afterwards).
            assert!(out.status.success(), "{new}: {stderr}");
            std::fs::write(loc.join("lo/demo.ftl"), LO_DEMO).unwrap();
            let _ = std::fs::remove_file(loc.join("lo/demo.review.toml"));
            continue;
        }
        assert_eq!(out.status.code(), Some(2), "{new}");
        let line = format!("refused: {message}");
        assert!(
            stderr
                .lines()
                .any(|l| l.starts_with(&line) && l.contains(want)),
            "{new}: want {want}, got {stderr}"
        );
        assert_eq!(
            std::fs::read_to_string(loc.join("lo/demo.ftl")).unwrap(),
            LO_DEMO
        );
    }

    // A message is reviewed whole: a new Vietnamese text without its hint is refused.
    let vi = export(loc, "vi", "csv", &["--file", "demo"]);
    let vi = set(
        &vi,
        "paid",
        "value",
        "Bạn có được trả lương như đã thỏa thuận không?",
    );
    let out = import(loc, "vi.csv", &vi, &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("refused: paid.hint (demo): its hint has no translation"),
        "{stderr}"
    );
    assert!(!loc.join("vi/demo.ftl").exists());

    // Zawgyi-encoded Burmese.
    let my = export(loc, "my", "csv", &["--file", "demo"]);
    let my = set(
        &my,
        "kind--fishing",
        "value",
        "\u{1031}\u{1000}\u{103A}\u{1038}",
    );
    let out = import(loc, "my.csv", &my, &[]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Zawgyi"));
    assert!(!loc.join("my/demo.ftl").exists());

    // An officer-only interface text offered for Lao.
    let ui = "lang,file,message,part,translation,fingerprint\nlo,ui,tui-setup-title,value,ຕັ້ງຄ່າ,fp-0000000000000000\n";
    let out = import(loc, "ui.csv", ui, &[]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("officer-only interface text"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // English changed since the export: refused, named, with both fingerprints.
    let edited = set(&text, "kind--fishing", "value", "ການຫາປາທະເລ");
    let en = loc.join("en/demo.ftl");
    std::fs::write(&en, EN_DEMO.replace("Fishing", "Fishing at sea")).unwrap();
    let out = import(loc, "late.csv", &edited, &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("refused: kind--fishing (demo): its English changed since the export"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(loc.join("lo/demo.ftl")).unwrap(),
        LO_DEMO
    );
}

#[test]
fn confirming_marks_reviewed_and_a_dry_run_writes_nothing() {
    let dir = demo();
    let loc = &dir.path().join("locales");
    let text = export(loc, "lo", "xliff", &["--only", "unreviewed"]);
    assert!(
        !text.contains("<unit id=\"hours\""),
        "missing messages are not unreviewed ones"
    );
    let confirmed = text.replacen(
        "<segment state=\"translated\" subState=\"tandem:machine-draft\">",
        "<segment state=\"final\">",
        1,
    );
    let out = ok(&import(loc, "c.xlf", &confirmed, &["--dry-run"]));
    assert!(
        out.contains("1 confirmed as reviewed") && out.contains("Dry run"),
        "{out}"
    );
    assert!(!loc.join("lo/demo.review.toml").exists());
    ok(&import(loc, "c.xlf", &confirmed, &[]));
    let l = Locales::from_dir(loc).unwrap();
    assert_eq!(
        l.review(Lang::Lo, "demo", "checklist-title"),
        Review::Reviewed
    );
    assert_eq!(
        std::fs::read_to_string(loc.join("lo/demo.ftl")).unwrap(),
        LO_DEMO
    );
    // Imported again, it is unchanged: the record keeps its reviewer and date.
    let out = ok(&import(loc, "c.xlf", &confirmed, &[]));
    assert!(out.contains("0 confirmed as reviewed"), "{out}");
    // The reviewed message is not exported as unreviewed any more; stale ones are asked for.
    let again = export(loc, "lo", "csv", &["--only", "stale,missing"]);
    assert!(again.contains(",hours,value,missing,"), "{again}");
    assert!(!again.contains(",paid,"), "{again}");
    // An existing file is never overwritten.
    let out_file = loc.join("taken.csv");
    std::fs::write(&out_file, "a translator's work").unwrap();
    let out = tandem(
        loc,
        &[
            "locales",
            "export",
            "--lang",
            "lo",
            "--format",
            "csv",
            "--out",
            out_file.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(&out_file).unwrap(),
        "a translator's work"
    );
}

#[test]
fn check_lists_missing_attributes_english_leftovers_and_counts_only_interviewee_texts() {
    let dir = small(&[
        ("en/ui.ftl", EN_UI),
        ("en/demo.ftl", EN_DEMO),
        ("km/ui.ftl", "answer-yes = បាទ/ចាស\n"),
        (
            "km/demo.ftl",
            "checklist-title = សាកល្បង\npaid = Were you paid what was agreed?\nkind--fishing = ນេសາດ\n",
        ),
    ]);
    let loc = &dir.path().join("locales");
    let json = check_json(loc);
    let km = &json["km"];
    assert_eq!(
        km["files"]["ui"]["messages"], 1,
        "tui-setup-title is the officer's"
    );
    assert_eq!(json["th"]["files"]["ui"]["messages"], 2);
    let m = &km["messages"];
    let ids = |key: &str| -> Vec<String> {
        m[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| {
                format!(
                    "{}.{}",
                    x["message"].as_str().unwrap(),
                    x["part"].as_str().unwrap_or("")
                )
            })
            .collect()
    };
    assert_eq!(ids("missing_attributes"), ["paid.hint", "paid.interpreter"]);
    assert_eq!(ids("still_english"), ["paid.value"]);
    assert_eq!(ids("wrong_script"), ["kind--fishing.value"]);
    assert_eq!(m["wrong_script"][0]["script"], "lao");
    assert_eq!(ids("missing"), ["hours."]);
    let text = ok(&tandem(loc, &["locales", "check", "--lang", "km"]));
    for want in [
        "missing attributes (hint, interpreter note) (2):",
        "    demo: paid.hint paid.interpreter",
        "still in English (1):",
        "in another script (1):",
        "kind--fishing.value (Lao)",
    ] {
        assert!(text.contains(want), "want {want}\n{text}");
    }
    assert!(!text.contains("th  ไทย"), "--lang km shows Khmer only");
}

#[test]
fn the_booklet_prints_as_a_review_proof_of_a_checklist_or_the_interface() {
    let dir = tempfile::tempdir().unwrap();
    let run = |checklist: &str, lang: &str, name: &str| {
        let out = dir.path().join(name);
        let o = Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args([
                "booklet",
                "--proof",
                "--checklist",
                checklist,
                "--lang",
                lang,
                "--out",
            ])
            .arg(&out)
            .env_remove("TANDEM_LANG")
            .output()
            .unwrap();
        (o, out)
    };
    let (o, path) = run("ui", "km", "ui-km.html");
    assert!(String::from_utf8_lossy(&o.stdout).contains("Review proof of ui in km"));
    let html = std::fs::read_to_string(path).unwrap();
    assert!(
        html.contains("<td class=\"id\">answer-yes<br>"),
        "every message id"
    );
    assert!(html.contains("<span lang=\"km\">បាទ/ចាស</span>"));
    assert!(html.contains("Unreviewed machine draft"));
    assert_eq!(
        html.matches("<td class=\"corr\"></td>").count(),
        tandem::l10n::INTERVIEWEE_UI.len(),
        "one corrections cell per interviewee-facing interface text"
    );
    let catalog = Catalog::builtin().unwrap();
    let first = &catalog.checklists()[0];
    let (o, path) = run(&first.id, "th", "checklist-th.html");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let html = std::fs::read_to_string(path).unwrap();
    for q in &first.questions {
        assert!(
            html.contains(&format!("<td class=\"id\">{}<br>", q.id)),
            "{}",
            q.id
        );
    }
    let (o, _) = run(&first.id, "en", "en.html");
    assert_eq!(o.status.code(), Some(2), "English has nothing to review");
}
