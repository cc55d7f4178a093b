//! Review records (`locales/<tag>/<file>.review.toml`): per translated message, whether a
//! qualified translator reviewed it and against which English text (a fingerprint, and from now
//! on the English text itself). This module parses them, reports malformed ones, and writes them.
//!
//! It decides nothing: a record says `reviewed` only when a person said so, by editing it with
//! their name and the date or by `tandem locales import --reviewer NAME` of the texts they
//! reviewed. A malformed record counts as no record (unreviewed).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Diagnostic;

/// How far a displayed text can be trusted. The interface marks everything but `Source` and
/// `Reviewed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Review {
    /// English: the source text itself.
    Source,
    /// A qualified translator reviewed this text against the current English.
    Reviewed,
    /// Machine-drafted (or with no review record): nobody qualified has checked it.
    MachineDraft,
    /// Written against an older English text: the meaning may have changed since.
    Stale,
}

impl Review {
    /// The `ui.ftl` message that marks a text on screen, for states that need a marker.
    pub fn marker_id(self) -> Option<&'static str> {
        match self {
            Review::Source | Review::Reviewed => None,
            Review::MachineDraft => Some("review-machine-draft"),
            Review::Stale => Some("review-stale"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewStatus {
    MachineDraft,
    Reviewed,
}

/// One message's record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRecord {
    pub status: ReviewStatus,
    /// Fingerprint of the English message the text was written against.
    pub source: String,
    pub reviewer: Option<String>,
    pub reviewed_on: Option<String>,
    /// The English text (`ftl::canonical_text`) the fingerprint was computed over, so a stale
    /// translation can show what changed. Records written before it was kept have none.
    pub english: Option<String>,
}

impl ReviewRecord {
    /// The review state of a translation, given the current English fingerprint. Stale wins over
    /// everything: a reviewed text of an old question is not a reviewed text of this one.
    pub fn review(record: Option<&ReviewRecord>, english_fingerprint: Option<&str>) -> Review {
        match record {
            None => Review::MachineDraft,
            Some(r) if english_fingerprint.is_some_and(|f| f != r.source) => Review::Stale,
            Some(r) if r.status == ReviewStatus::Reviewed => Review::Reviewed,
            Some(_) => Review::MachineDraft,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    #[serde(default)]
    messages: BTreeMap<Spanned<String>, Spanned<RecordToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordToml {
    status: Spanned<String>,
    source: Spanned<String>,
    reviewer: Option<String>,
    reviewed_on: Option<Spanned<String>>,
    english: Option<Spanned<String>>,
}

/// The fields of one record as written, before they are checked.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RecordFields<'a> {
    pub status: &'a str,
    pub source: &'a str,
    pub reviewer: Option<&'a str>,
    pub reviewed_on: Option<&'a str>,
    pub english: Option<&'a str>,
}

/// The built-in review files' records, read by the build script (`build.rs`) with the same TOML
/// layout as [`parse_records`] reads: what the binary carries instead of parsing the TOML on
/// every start. The records are checked as [`parse_records`] checks them.
mod built_in {
    include!(concat!(env!("OUT_DIR"), "/built_in_reviews.rs"));
}

/// A built-in file's records: a range of the build script's table.
pub(crate) type BuiltInRecords = (usize, usize);

/// The records the build script read from built-in review file `rel` (`my/ui.review.toml`).
pub(crate) fn built_in_file(rel: &str) -> Option<BuiltInRecords> {
    built_in::FILES
        .iter()
        .find(|[start, len, _, _]| text_at(*start, *len) == Some(rel))
        .map(|[_, _, from, to]| (*from as usize, *to as usize))
}

fn text_at(start: u32, len: u32) -> Option<&'static str> {
    let start = start as usize;
    built_in::TEXT.get(start..start + len as usize)
}

fn built_in_record(fields: &[u32; 12]) -> (&'static str, RecordFields<'static>) {
    let at = |i: usize| text_at(fields[2 * i], fields[2 * i + 1]);
    (
        at(0).unwrap_or_default(),
        RecordFields {
            status: at(1).unwrap_or_default(),
            source: at(2).unwrap_or_default(),
            reviewer: at(3),
            reviewed_on: at(4),
            english: at(5),
        },
    )
}

/// The field of a record a problem is in, to point at it.
enum Field {
    Id,
    Status,
    Source,
    ReviewedOn,
    English,
}

/// What is wrong with a record, if anything: where, what, and what to do.
fn problem(id: &str, r: &RecordFields<'_>) -> Option<(Field, String, &'static str)> {
    if !matches!(r.status, "machine-draft" | "reviewed") {
        return Some((
            Field::Status,
            format!("unknown review status `{}` for `{id}`", r.status),
            "use \"machine-draft\" or \"reviewed\"",
        ));
    }
    if r.source.len() != 16
        || !r
            .source
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    {
        return Some((
            Field::Source,
            format!("`source` of `{id}` is not a 16-digit lowercase hex fingerprint"),
            "run `tandem locales draft` for new texts, or copy the fingerprint `tandem locales check --json` shows",
        ));
    }
    if let Some(date) = r.reviewed_on
        && date.parse::<jiff::civil::Date>().is_err()
    {
        return Some((
            Field::ReviewedOn,
            format!("`reviewed_on` of `{id}` is not a date"),
            "write the date as \"YYYY-MM-DD\"",
        ));
    }
    if let Some(english) = r.english
        && super::ftl::fingerprint_of(english) != r.source
    {
        return Some((
            Field::English,
            format!("`english` of `{id}` does not match its `source` fingerprint"),
            "remove `english`, or run `tandem locales import` or `draft` to write the record again",
        ));
    }
    if r.status == "reviewed"
        && (r.reviewer.is_none_or(|n| n.trim().is_empty()) || r.reviewed_on.is_none())
    {
        return Some((
            Field::Id,
            format!("`{id}` is marked reviewed without `reviewer` and `reviewed_on`"),
            "add the translator's name and the review date, or set status = \"machine-draft\"",
        ));
    }
    None
}

fn record_of(r: &RecordFields<'_>) -> ReviewRecord {
    ReviewRecord {
        status: if r.status == "reviewed" {
            ReviewStatus::Reviewed
        } else {
            ReviewStatus::MachineDraft
        },
        source: r.source.to_owned(),
        reviewer: r.reviewer.map(str::to_owned),
        reviewed_on: r.reviewed_on.map(str::to_owned),
        english: r.english.map(str::to_owned),
    }
}

/// The well-formed records of a built-in review file, as [`parse_records`] would give them.
pub(crate) fn built_in_records((from, to): BuiltInRecords) -> BTreeMap<String, ReviewRecord> {
    well_formed(
        built_in::RECORDS
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .map(built_in_record),
    )
}

fn well_formed<'a>(
    records: impl Iterator<Item = (&'a str, RecordFields<'a>)>,
) -> BTreeMap<String, ReviewRecord> {
    records
        .filter(|(id, r)| problem(id, r).is_none())
        .map(|(id, r)| (id.to_owned(), record_of(&r)))
        .collect()
}

/// The well-formed records of a review file, and a diagnostic for each malformed one (which is
/// left out, so its message counts as unreviewed).
pub fn parse_records(path: &Path, text: &str) -> (BTreeMap<String, ReviewRecord>, Vec<Diagnostic>) {
    let mut records = BTreeMap::new();
    let mut diags = Vec::new();
    let file: FileToml = match toml::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            let offset = e.span().map_or(0, |s| s.start);
            let what = format!("invalid review record: {}", e.message().trim_end());
            let todo = "write `[messages.<id>]` tables with `status` and `source` (docs/checklist-format.md)";
            diags.push(Diagnostic::at_offset(path, text, offset, what, todo));
            return (records, diags);
        }
    };
    for (id, rec) in file.messages {
        let id_start = id.span().start;
        let id = id.into_inner();
        let rec = rec.into_inner();
        let fields = RecordFields {
            status: rec.status.get_ref(),
            source: rec.source.get_ref(),
            reviewer: rec.reviewer.as_deref(),
            reviewed_on: rec.reviewed_on.as_ref().map(|d| d.get_ref().as_str()),
            english: rec.english.as_ref().map(|e| e.get_ref().as_str()),
        };
        match problem(&id, &fields) {
            None => {
                records.insert(id, record_of(&fields));
            }
            Some((field, what, todo)) => {
                let offset = match field {
                    Field::Id => id_start,
                    Field::Status => rec.status.span().start,
                    Field::Source => rec.source.span().start,
                    Field::ReviewedOn => rec
                        .reviewed_on
                        .as_ref()
                        .map_or(id_start, |d| d.span().start),
                    Field::English => rec.english.as_ref().map_or(id_start, |e| e.span().start),
                };
                diags.push(Diagnostic::at_offset(path, text, offset, what, todo));
            }
        }
    }
    (records, diags)
}

/// The text of a review file holding `records`, sorted by message id.
pub fn write_records(records: &BTreeMap<String, ReviewRecord>) -> String {
    let mut out = String::from(
        "# Review records: one table per translated message (docs/checklist-format.md).\n\
         # Only a qualified translator sets status = \"reviewed\", with reviewer and reviewed_on.\n",
    );
    for (id, r) in records {
        out.push_str(&format!("\n[messages.{id}]\n"));
        let status = match r.status {
            ReviewStatus::MachineDraft => "machine-draft",
            ReviewStatus::Reviewed => "reviewed",
        };
        out.push_str(&format!(
            "status = \"{status}\"\nsource = \"{}\"\n",
            r.source
        ));
        if let Some(reviewer) = &r.reviewer {
            out.push_str(&format!("reviewer = {}\n", toml_string(reviewer)));
        }
        if let Some(date) = &r.reviewed_on {
            out.push_str(&format!("reviewed_on = {}\n", toml_string(date)));
        }
        if let Some(english) = &r.english {
            out.push_str(&format!("english = {}\n", toml_string(english)));
        }
    }
    out
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (BTreeMap<String, ReviewRecord>, Vec<String>) {
        let (r, d) = parse_records(Path::new("th/x.review.toml"), text);
        (r, d.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn well_formed_records_parse_and_round_trip() {
        let english = "Were you paid?\nhint=Wages \"agreed\"";
        let text = format!(
            "[messages.a]\nstatus = \"machine-draft\"\nsource = \"0123456789abcdef\"\n\n\
             [messages.b]\nstatus = \"reviewed\"\nsource = \"0123456789abcdef\"\n\
             reviewer = \"N. Surname, \\\"accredited\\\"\"\nreviewed_on = \"2026-11-20\"\n\n\
             [messages.c]\nstatus = \"machine-draft\"\nsource = \"{}\"\nenglish = {}\n",
            crate::l10n::ftl::fingerprint_of(english),
            toml_string(english)
        );
        let (records, diags) = parse(&text);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(records.len(), 3);
        assert_eq!(records["c"].english.as_deref(), Some(english));
        assert_eq!(records["b"].status, ReviewStatus::Reviewed);
        let (again, _) = parse(&write_records(&records));
        assert_eq!(again, records);
    }

    #[test]
    fn malformed_records_are_reported_and_left_out() {
        // (record body, expected diagnostic start)
        let cases = [
            (
                "status = \"done\"\nsource = \"0123456789abcdef\"\n",
                "th/x.review.toml:2:10: unknown review status `done`",
            ),
            (
                "status = \"machine-draft\"\nsource = \"abc\"\n",
                "th/x.review.toml:3:10: `source` of `q`",
            ),
            (
                "status = \"reviewed\"\nsource = \"0123456789abcdef\"\n",
                "th/x.review.toml:1:11: `q` is marked reviewed without",
            ),
            (
                "status = \"reviewed\"\nsource = \"0123456789abcdef\"\nreviewer = \"A\"\nreviewed_on = \"soon\"\n",
                "th/x.review.toml:5:15: `reviewed_on` of `q` is not a date",
            ),
            (
                "status = \"machine-draft\"\nsource = \"0123456789abcdef\"\nenglish = \"Hello\"\n",
                "th/x.review.toml:4:11: `english` of `q` does not match its `source` fingerprint",
            ),
            (
                "status = \"machine-draft\"\nsource = \"0123456789abcdef\"\nby = \"x\"\n",
                "th/x.review.toml:4:1: invalid review record: unknown field `by`",
            ),
        ];
        for (body, want) in cases {
            let (records, diags) = parse(&format!("[messages.q]\n{body}"));
            assert!(records.is_empty(), "{body}");
            assert_eq!(diags.len(), 1, "{body}: {diags:?}");
            assert!(diags[0].starts_with(want), "{body}: got {}", diags[0]);
        }
    }

    #[test]
    fn the_built_in_table_holds_what_the_files_say() {
        let mut files = 0;
        for f in crate::l10n::source::builtin_files() {
            if !f.rel.ends_with(".review.toml") {
                continue;
            }
            let table = built_in_file(&f.rel)
                .unwrap_or_else(|| panic!("{} is not in the build script's table", f.rel));
            let (parsed, diags) = parse_records(&f.path, f.text().expect("UTF-8"));
            assert!(diags.is_empty(), "{}: {diags:?}", f.rel);
            assert_eq!(built_in_records(table), parsed, "{}", f.rel);
            files += 1;
        }
        assert!(files >= 40, "only {files} review files");
    }

    #[test]
    fn a_malformed_built_in_record_counts_as_none() {
        let good = RecordFields {
            status: "machine-draft",
            source: "0123456789abcdef",
            reviewer: None,
            reviewed_on: None,
            english: None,
        };
        let bad = [
            RecordFields {
                status: "done",
                ..good
            },
            RecordFields {
                source: "0123",
                ..good
            },
            RecordFields {
                status: "reviewed",
                ..good
            },
            RecordFields {
                english: Some("Hello"),
                ..good
            },
        ];
        for b in bad {
            let records = well_formed([("a", good), ("b", b)].into_iter());
            assert_eq!(records.keys().collect::<Vec<_>>(), ["a"], "{b:?}");
        }
    }

    #[test]
    fn stale_wins_and_no_record_means_unreviewed() {
        let rec = |status| ReviewRecord {
            status,
            source: "aaaaaaaaaaaaaaaa".into(),
            reviewer: None,
            reviewed_on: None,
            english: None,
        };
        let reviewed = rec(ReviewStatus::Reviewed);
        let draft = rec(ReviewStatus::MachineDraft);
        let cases = [
            (None, Some("aaaaaaaaaaaaaaaa"), Review::MachineDraft),
            (Some(&reviewed), Some("aaaaaaaaaaaaaaaa"), Review::Reviewed),
            (Some(&reviewed), Some("bbbbbbbbbbbbbbbb"), Review::Stale),
            (Some(&draft), Some("bbbbbbbbbbbbbbbb"), Review::Stale),
            (Some(&draft), Some("aaaaaaaaaaaaaaaa"), Review::MachineDraft),
        ];
        for (record, english, want) in cases {
            assert_eq!(ReviewRecord::review(record, english), want);
        }
    }
}
