//! Handlers: `locales check` (coverage per language and file, then the messages to look at),
//! `locales draft` (review records for new machine drafts), `locales export` (a language's
//! texts for a translator, as XLIFF 2.1 or CSV) and `locales import` (a reviewer's texts back).
//! `draft` writes only `machine-draft` records; `import` writes `reviewed` only for the reviewer
//! named on its command line.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{Result, say};
use crate::cli::{ExchangeFormat, Global, LocalesCommand, OnlyArg};
use tandem::app;
use tandem::checklist::catalog::Catalog;
use tandem::l10n::import::{Refusal, Refused};
use tandem::l10n::report::LangReport;
use tandem::l10n::{
    self, Coverage, ExportFilter, FileCoverage, FluentValue, ImportOptions, Lang, UnitStatus,
};
use tandem::text::width;

pub fn locales(g: &Global, c: LocalesCommand) -> Result<ExitCode> {
    match c {
        LocalesCommand::Check { json, lang } => check(g, json, lang.as_deref()),
        LocalesCommand::Draft { lang } => draft(g, &lang),
        LocalesCommand::Export {
            lang,
            format,
            only,
            file,
            out,
        } => export(g, &lang, format, &only, file, &out),
        LocalesCommand::Import {
            file,
            reviewer,
            date,
            dry_run,
        } => import(g, &file, &reviewer, date.as_deref(), dry_run),
    }
}

/// A translation's language: known, and not English (the source has nothing to translate).
fn translation_lang(tag: &str) -> Result<Lang> {
    let lang: Lang = tag.parse().map_err(|_| tandem::domain::UnknownValue {
        kind: "language",
        value: tag.to_owned(),
        allowed: &["th", "my", "km", "lo", "vi"],
    })?;
    if lang == Lang::En {
        return Err(app::Error::EnglishIsTheSource.into());
    }
    Ok(lang)
}

fn check(g: &Global, json: bool, only: Option<&str>) -> Result<ExitCode> {
    let only = only.map(translation_lang).transpose()?;
    let locales = super::locales(g)?;
    let mut coverage = l10n::coverage(locales);
    let mut reports = l10n::locale_report(g.locales.as_deref())?;
    if let Some(lang) = only {
        coverage.languages.retain(|l, _| *l == lang);
        reports.retain(|(l, _)| *l == lang);
    }
    if json {
        let mut value = serde_json::to_value(&coverage)?;
        for (lang, report) in &reports {
            if let Some(entry) = value.get_mut(lang.tag()) {
                entry["messages"] = serde_json::to_value(report)?;
            }
        }
        println!("{}", serde_json::to_string_pretty(&value)?);
    } else {
        print!("{}", table(&coverage));
        for (lang, report) in &reports {
            print!("{}", list(*lang, report));
        }
    }
    Ok(ExitCode::SUCCESS)
}

const COLUMNS: [&str; 6] = [
    "messages",
    "present",
    "missing",
    "stale",
    "unreviewed",
    "reviewed",
];

fn table(coverage: &Coverage) -> String {
    let name_cols = coverage
        .languages
        .values()
        .flat_map(|l| l.files.keys())
        .map(|f| width(f) + 2)
        .chain([width("total")])
        .max()
        .unwrap_or(5);
    let mut out = String::new();
    let row = |out: &mut String, name: &str, c: &FileCoverage| {
        let cells = [
            c.messages,
            c.present,
            c.missing,
            c.stale,
            c.unreviewed,
            c.reviewed,
        ];
        let pad = name_cols.saturating_sub(width(name));
        let _ = write!(out, "{name}{}", " ".repeat(pad));
        for (n, head) in cells.iter().zip(COLUMNS) {
            let _ = write!(out, "  {n:>w$}", w = head.len());
        }
        out.push('\n');
    };
    for (lang, lc) in &coverage.languages {
        let role = match lang {
            Lang::En => "source language",
            l if l.is_officer_lang() => "officer and interviewee language",
            _ => "interviewee language; `ui` counts only the interviewee-facing interface texts",
        };
        let _ = writeln!(out, "{lang}  {} ({role})", lang.endonym());
        let _ = write!(out, "{}", " ".repeat(name_cols));
        for head in COLUMNS {
            let _ = write!(out, "  {head}");
        }
        out.push('\n');
        for (file, c) in &lc.files {
            row(&mut out, &format!("  {file}"), c);
        }
        row(&mut out, "total", &lc.total);
        out.push('\n');
    }
    out.push_str(
        "stale: written against an older English text. unreviewed: machine draft or no review \
         record; shown marked as such.\n",
    );
    out
}

/// The messages of one language to look at, most urgent first. Long lists of ids are wrapped,
/// grouped by file.
fn list(lang: Lang, r: &LangReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "\n{lang}  {}: messages to look at", lang.endonym());
    let nothing = r.stale.is_empty()
        && r.missing.is_empty()
        && r.missing_attributes.is_empty()
        && r.still_english.is_empty()
        && r.wrong_script.is_empty()
        && r.unreviewed.is_empty();
    if nothing {
        out.push_str("  nothing: every text is present and reviewed against the current English\n");
        return out;
    }
    if !r.stale.is_empty() {
        let _ = writeln!(
            out,
            "  stale ({}): the English changed after the translation was written or reviewed",
            r.stale.len()
        );
        for s in &r.stale {
            let _ = writeln!(
                out,
                "    {}/{}  (written against {}, English now {})",
                s.file, s.message, s.fingerprint_then, s.fingerprint_now
            );
            let change = s.change();
            if change.is_empty() {
                let _ = writeln!(
                    out,
                    "      the English it was written against was not recorded; English now:"
                );
                for line in s.english_now.lines() {
                    let _ = writeln!(out, "        {line}");
                }
            }
            for (tag, line) in change.iter().filter(|(t, _)| *t != ' ') {
                let _ = writeln!(out, "      {tag} {line}");
            }
        }
    }
    let sections: [(&str, Vec<String>); 5] = [
        (
            "missing",
            r.missing
                .iter()
                .map(|m| format!("{}/{}", m.file, m.message))
                .collect(),
        ),
        (
            "missing attributes (hint, interpreter note)",
            r.missing_attributes
                .iter()
                .map(|p| format!("{}/{}.{}", p.file, p.message, p.part))
                .collect(),
        ),
        (
            "still in English",
            r.still_english
                .iter()
                .map(|p| format!("{}/{}.{}", p.file, p.message, p.part))
                .collect(),
        ),
        (
            "in another script",
            r.wrong_script
                .iter()
                .map(|p| format!("{}/{}.{} ({})", p.file, p.message, p.part, p.script.name()))
                .collect(),
        ),
        (
            "unreviewed (machine drafts)",
            r.unreviewed
                .iter()
                .map(|m| format!("{}/{}", m.file, m.message))
                .collect(),
        ),
    ];
    for (title, items) in sections {
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "  {title} ({}):", items.len());
        wrap_ids(&mut out, &items);
    }
    out
}

/// `file/id` items as lines of at most 100 columns, one line group per file.
fn wrap_ids(out: &mut String, items: &[String]) {
    let mut line = String::new();
    let mut file = "";
    for item in items {
        let (f, id) = item.split_once('/').unwrap_or(("", item));
        if f != file || width(&line) + width(id) + 1 > 100 {
            if !line.is_empty() {
                let _ = writeln!(out, "{line}");
            }
            line = if f != file {
                format!("    {f}: {id}")
            } else {
                format!("      {id}")
            };
            file = f;
        } else {
            line.push(' ');
            line.push_str(id);
        }
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{line}");
    }
}

fn locales_dir(g: &Global) -> Result<PathBuf> {
    let dir = g
        .locales
        .clone()
        .unwrap_or_else(|| PathBuf::from("locales"));
    if !dir.is_dir() {
        return Err(app::Error::NoLocalesDir { path: dir }.into());
    }
    Ok(dir)
}

fn draft(g: &Global, tag: &str) -> Result<ExitCode> {
    let lang = translation_lang(tag)?;
    let dir = locales_dir(g)?;
    let written = l10n::draft_records(&dir, lang)?;
    if written.is_empty() {
        println!("every `{lang}` message already has a review record");
    }
    for (path, added) in written {
        println!("{}: {added} new machine-draft record(s)", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn export(
    g: &Global,
    tag: &str,
    format: ExchangeFormat,
    only: &[OnlyArg],
    files: Vec<String>,
    out: &Path,
) -> Result<ExitCode> {
    let lang = translation_lang(tag)?;
    if out.exists() {
        return Err(app::Error::Exists {
            path: out.to_path_buf(),
        }
        .into());
    }
    let catalog = Catalog::load(g.checklists.as_deref())?;
    let filter = ExportFilter {
        only: only
            .iter()
            .map(|o| match o {
                OnlyArg::Missing => UnitStatus::Missing,
                OnlyArg::Unreviewed => UnitStatus::MachineDraft,
                OnlyArg::Stale => UnitStatus::Stale,
                OnlyArg::Reviewed => UnitStatus::Reviewed,
            })
            .collect(),
        files,
    };
    let units = l10n::export_units(g.locales.as_deref(), Some(&catalog), lang, &filter)?;
    let lang_name: FluentValue = lang.tag().into();
    if units.is_empty() {
        println!("{}", say(g, "locales-export-empty", &[("lang", lang_name)]));
        return Ok(ExitCode::SUCCESS);
    }
    let text = match format {
        ExchangeFormat::Xliff => {
            l10n::xliff::write_xliff(lang, &units).map_err(|source| app::Error::Exchange {
                path: out.to_path_buf(),
                source,
            })?
        }
        ExchangeFormat::Csv => l10n::csv::write_csv(lang, &units),
    };
    // Texts, not case data; written like every other file Tandem makes: new, never over one.
    app::referral::write_new(out, text.as_bytes())?;
    let mut messages: Vec<(&str, &str)> = units
        .iter()
        .map(|u| (u.file.as_str(), u.message.as_str()))
        .collect();
    messages.dedup();
    println!(
        "{}",
        say(
            g,
            "locales-exported",
            &[
                ("units", units.len().into()),
                ("messages", messages.len().into()),
                ("lang", lang_name),
                ("path", out.display().to_string().into()),
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}

fn import(
    g: &Global,
    path: &Path,
    reviewer: &str,
    date: Option<&str>,
    dry_run: bool,
) -> Result<ExitCode> {
    let reviewer = reviewer.trim();
    if reviewer.is_empty() || reviewer.contains(['\n', '\r']) || reviewer.chars().count() > 120 {
        return Err(app::Error::BadReviewer.into());
    }
    let date = match date {
        Some(d) => d
            .parse::<jiff::civil::Date>()
            .map_err(|_| app::Error::BadDate {
                value: d.to_owned(),
            })?,
        None => jiff::Timestamp::now()
            .to_zoned_datetime(jiff::tz::TimeZone::system())
            .date(),
    };
    let dir = locales_dir(g)?;
    let bytes = std::fs::read(path).map_err(app::Error::read(app::FileRole::Exchange, path))?;
    let file = read_exchange(&bytes).map_err(|source| app::Error::Exchange {
        path: path.to_path_buf(),
        source,
    })?;
    if file.lang == Lang::En {
        return Err(app::Error::TargetIsEnglish {
            path: path.to_path_buf(),
        }
        .into());
    }
    let options = ImportOptions {
        reviewer: reviewer.to_owned(),
        date,
        dry_run,
    };
    let report = l10n::import_units(&dir, &file, &options)?;
    let lang: FluentValue = report.lang.tag().into();
    for t in &report.taken {
        let line = if t.changed.is_empty() {
            say(
                g,
                "locales-import-confirmed",
                &[
                    ("message", t.message.as_str().into()),
                    ("file", t.file.as_str().into()),
                ],
            )
        } else {
            say(
                g,
                "locales-import-changed",
                &[
                    ("message", t.message.as_str().into()),
                    ("file", t.file.as_str().into()),
                    ("parts", t.changed.join(", ").into()),
                ],
            )
        };
        println!("{line}");
    }
    for r in &report.refused {
        eprintln!("{}", refused_line(g, report.lang, r));
    }
    let confirmed = report.taken.iter().filter(|t| t.changed.is_empty()).count();
    println!(
        "{}",
        say(
            g,
            "locales-import-summary",
            &[
                ("lang", lang),
                ("changed", (report.taken.len() - confirmed).into()),
                ("confirmed", confirmed.into()),
                ("unchanged", report.unchanged.into()),
                ("refused", report.refused.len().into()),
                ("reviewer", reviewer.into()),
                ("date", date.to_string().into()),
            ]
        )
    );
    if dry_run {
        println!("{}", say(g, "locales-import-dry-run", &[]));
    }
    for p in &report.written {
        println!(
            "{}",
            say(
                g,
                "locales-import-written",
                &[("path", p.display().to_string().into())]
            )
        );
    }
    Ok(if report.refused.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// XLIFF when the file starts with markup, else CSV.
fn read_exchange(bytes: &[u8]) -> std::result::Result<l10n::ImportedFile, l10n::ExchangeError> {
    let text = std::str::from_utf8(bytes).map_err(|_| l10n::ExchangeError::NotUtf8)?;
    let start = text.trim_start_matches('\u{feff}').trim_start();
    if start.starts_with('<') {
        l10n::xliff::read_xliff(start)
    } else {
        l10n::csv::read_csv(bytes)
    }
}

fn refused_line(g: &Global, lang: Lang, r: &Refused) -> String {
    let list = |v: &[String]| {
        if v.is_empty() {
            "none".to_owned()
        } else {
            v.iter()
                .map(|x| format!("${x}"))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let part: String = r.part.clone().unwrap_or_default();
    let lang_name = format!("{} ({})", lang.endonym(), lang.tag());
    let (id, args): (&str, Vec<(&str, FluentValue)>) = match &r.refusal {
        Refusal::EnglishChanged { exported, current } => (
            "locales-refusal-english-changed",
            vec![
                ("exported", exported.as_str().into()),
                ("current", current.as_str().into()),
            ],
        ),
        Refusal::NoFingerprint => ("locales-refusal-no-fingerprint", vec![]),
        Refusal::NotInEnglish => ("locales-refusal-not-in-english", vec![]),
        Refusal::OfficerOnly => (
            "locales-refusal-officer-only",
            vec![("lang", lang_name.as_str().into())],
        ),
        Refusal::Duplicate => ("locales-refusal-duplicate", vec![]),
        Refusal::Syntax { detail } => (
            "locales-refusal-syntax",
            vec![("detail", detail.as_str().into())],
        ),
        Refusal::Variables { found, english } => (
            "locales-refusal-variables",
            vec![
                ("found", list(found).into()),
                ("english", list(english).into()),
            ],
        ),
        Refusal::NotNfc => ("locales-refusal-not-nfc", vec![]),
        Refusal::Zawgyi => ("locales-refusal-zawgyi", vec![]),
        Refusal::WrongScript { script } => (
            "locales-refusal-wrong-script",
            vec![
                ("script", script.name().into()),
                ("lang", lang_name.as_str().into()),
            ],
        ),
        Refusal::StillEnglish => ("locales-refusal-still-english", vec![]),
        Refusal::Incomplete => (
            "locales-refusal-incomplete",
            vec![("part", part.as_str().into())],
        ),
        Refusal::PartNotInFile => (
            "locales-refusal-part-not-in-file",
            vec![("part", part.as_str().into())],
        ),
    };
    let reason = say(g, id, &args);
    let where_ = match &r.part {
        Some(p) if p != "value" => format!(".{p}"),
        _ => String::new(),
    };
    say(
        g,
        "locales-import-refused",
        &[
            ("message", format!("{}{where_}", r.message).into()),
            ("file", r.file.as_str().into()),
            ("reason", reason.into()),
        ],
    )
}
