//! - Rebuild when a checklist or locale file is added or removed: `include_dir!` compiles these
//!   directories into the binary, but on stable Rust cargo only sees the files that existed at
//!   the last build, not new ones.
//! - Read the built-in review records (`locales/<tag>/<file>.review.toml`) once, here, into a
//!   table the binary carries (`$OUT_DIR/built_in_reviews.rs`, used by `l10n::review`), so that
//!   a referral or an interview does not parse TOML on every start. The records are checked at
//!   run time as any review file's are; a file this script cannot read is left out of the table
//!   and parsed at run time, so its diagnostics are the same as ever.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    #[serde(default)]
    messages: BTreeMap<String, RecordToml>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordToml {
    status: String,
    source: String,
    reviewer: Option<String>,
    reviewed_on: Option<String>,
    english: Option<String>,
}

fn main() {
    println!("cargo::rerun-if-changed=checklists");
    println!("cargo::rerun-if-changed=locales");
    let mut files: Vec<(String, FileToml)> = Vec::new();
    let root = Path::new("locales");
    let mut dirs: Vec<_> = std::fs::read_dir(root)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    dirs.sort();
    for dir in dirs.iter().filter(|d| d.is_dir()) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        entries.sort();
        for path in entries {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !name.ends_with(".review.toml") {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            if let Ok(file) = toml::from_str::<FileToml>(&text) {
                let rel = path.strip_prefix(root).unwrap_or(&path);
                let rel = rel.to_string_lossy().replace('\\', "/");
                files.push((rel, file));
            }
        }
    }
    // One text and integers into it: a table of `&str` would be thousands of pointers for the
    // loader to relocate at every start.
    let mut text = String::new();
    let mut span = |s: Option<&str>| -> [u32; 2] {
        match s {
            None => [u32::MAX, 0],
            Some(s) => {
                let start = text.len() as u32;
                text.push_str(s);
                [start, s.len() as u32]
            }
        }
    };
    let mut file_rows = String::new();
    let mut record_rows = String::new();
    let mut count = 0u32;
    for (rel, file) in &files {
        let [start, len] = span(Some(rel));
        let first = count;
        for (id, r) in &file.messages {
            let fields = [
                span(Some(id)),
                span(Some(&r.status)),
                span(Some(&r.source)),
                span(r.reviewer.as_deref()),
                span(r.reviewed_on.as_deref()),
                span(r.english.as_deref()),
            ];
            let _ = writeln!(record_rows, "    {:?},", fields.concat());
            count += 1;
        }
        let _ = writeln!(file_rows, "    [{start}, {len}, {first}, {count}],");
    }
    let out = format!(
        "/// Every string of the built-in review records, one after another.\n\
         pub static TEXT: &str = {text:?};\n\
         /// Per file: where its path is in `TEXT` (start, length), and its records (from, to).\n\
         pub static FILES: &[[u32; 4]] = &[\n{file_rows}];\n\
         /// Per record: id, status, source, reviewer, reviewed_on, english as (start, length) in\n\
         /// `TEXT`; a start of u32::MAX is a field the record does not have.\n\
         pub static RECORDS: &[[u32; 12]] = &[\n{record_rows}];\n"
    );
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("built_in_reviews.rs");
    std::fs::write(dest, out).expect("write the built-in review table");
}
