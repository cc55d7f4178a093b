//! Handlers: `locales check` (coverage and review status per language and file) and
//! `locales draft` (review records for new machine drafts). Only `draft` writes, and only
//! `machine-draft` records.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use super::Result;
use crate::cli::{Global, LocalesCommand};
use tandem::app;
use tandem::l10n::{self, Coverage, FileCoverage, Lang, Locales};
use tandem::text::width;

pub fn locales(g: &Global, c: LocalesCommand) -> Result<ExitCode> {
    match c {
        LocalesCommand::Check { json } => check(g, json),
        LocalesCommand::Draft { lang } => draft(g, &lang),
    }
}

fn check(g: &Global, json: bool) -> Result<ExitCode> {
    let locales = Locales::load(g.locales.as_deref())?;
    let coverage = l10n::coverage(&locales);
    if json {
        println!("{}", serde_json::to_string_pretty(&coverage)?);
    } else {
        print!("{}", table(&coverage));
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
            _ => "interviewee language; the interface falls back to English",
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

fn draft(g: &Global, tag: &str) -> Result<ExitCode> {
    let lang: Lang = tag.parse().map_err(|_| tandem::domain::UnknownValue {
        kind: "language",
        value: tag.to_owned(),
        allowed: &["th", "my", "km", "lo", "vi"],
    })?;
    if lang == Lang::En {
        return Err(app::Error::EnglishIsTheSource.into());
    }
    let dir = g
        .locales
        .clone()
        .unwrap_or_else(|| PathBuf::from("locales"));
    if !dir.is_dir() {
        return Err(app::Error::NoLocalesDir { path: dir }.into());
    }
    let written = l10n::draft_records(&dir, lang)?;
    if written.is_empty() {
        println!("every `{lang}` message already has a review record");
    }
    for (path, added) in written {
        println!("{}: {added} new machine-draft record(s)", path.display());
    }
    Ok(ExitCode::SUCCESS)
}
