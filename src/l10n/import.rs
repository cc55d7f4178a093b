//! `locales import`: a reviewer's texts back into `locales/<tag>/*.ftl` and their review records.
//!
//! A message is taken whole or refused whole, never half-written. It is refused, named, when
//! its English changed since the export (the fingerprint differs), when English has no such
//! message or part, when a text is not valid Fluent, uses other variables than English, is not
//! NFC, is Zawgyi-encoded Burmese, is in the wrong script or still in English, or when a part
//! the message needs has no text. A message the reviewer changed or confirmed is written and
//! recorded `reviewed` by the named reviewer on the given date against the current English; a
//! message left as it was keeps its record. This is the only place that writes `reviewed`, and
//! only for a person named on the command line.
//!
//! The `.ftl` files keep their layout and comments: only the lines of a changed message are
//! replaced (a new message goes after its English predecessor), and before anything is written
//! the new file is parsed again to check that every other message is exactly as it was.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use super::interviewee::carries;
use super::review::{self, ReviewRecord, ReviewStatus};
use super::script::{Script, ScriptProblem, script_problem};
use super::source::{self, RawFile};
use super::texts::{FileTexts, MessageText, PartText, Texts};
use super::unit::{ImportedFile, ImportedUnit, Part};
use super::{L10nError, Lang, Locales, Review, ftl};

/// Who reviewed, and when.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The qualified translator's name, as it goes into the review records.
    pub reviewer: String,
    pub date: jiff::civil::Date,
    /// Check and report, write nothing.
    pub dry_run: bool,
}

/// Why a message was not taken. Never holds the texts themselves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Refusal {
    /// The English changed since the export.
    EnglishChanged {
        exported: String,
        current: String,
    },
    /// No fingerprint came back with the unit.
    NoFingerprint,
    /// English has no such message, or no such part of it.
    NotInEnglish,
    /// An officer-only interface text offered for an interviewee-only language.
    OfficerOnly,
    /// The same part given twice.
    Duplicate,
    /// Not a valid Fluent pattern.
    Syntax {
        detail: String,
    },
    /// Other variables than the English text.
    Variables {
        found: Vec<String>,
        english: Vec<String>,
    },
    NotNfc,
    Zawgyi,
    WrongScript {
        script: Script,
    },
    StillEnglish,
    /// A part English has is left without a text (a message is reviewed whole).
    Incomplete,
    /// A part English has was not in the file at all.
    PartNotInFile,
}

/// One refused message, with the part that made it so (if one did).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Refused {
    pub file: String,
    pub message: String,
    pub part: Option<String>,
    #[serde(flatten)]
    pub refusal: Refusal,
}

/// A message taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Taken {
    pub file: String,
    pub message: String,
    /// The parts whose text changed (empty: confirmed as it was).
    pub changed: Vec<String>,
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub lang: Lang,
    /// Written (where changed) and recorded reviewed.
    pub taken: Vec<Taken>,
    /// Messages that came back as they went out: records kept.
    pub unchanged: usize,
    pub refused: Vec<Refused>,
    /// Files written (none in a dry run).
    pub written: Vec<PathBuf>,
}

/// Imports a reviewer's file into the locales directory `dir`.
pub fn import_units(
    dir: &Path,
    file: &ImportedFile,
    options: &ImportOptions,
) -> Result<ImportReport, L10nError> {
    let raw = source::dir_files(dir)?;
    let plan = plan(&raw, file);
    let mut report = ImportReport {
        lang: file.lang,
        taken: plan.taken.iter().map(|t| t.taken.clone()).collect(),
        unchanged: plan.unchanged,
        refused: plan.refused,
        written: Vec::new(),
    };
    if options.dry_run || plan.taken.is_empty() {
        return Ok(report);
    }
    let texts = Texts::from_raw(&raw);
    let locales = Locales::from_files(&raw);
    let mut by_file: BTreeMap<&str, Vec<&Accepted>> = BTreeMap::new();
    for a in &plan.taken {
        by_file.entry(a.taken.file.as_str()).or_default().push(a);
    }
    // Everything is prepared and checked before the first file is written.
    let mut writes: Vec<(PathBuf, String)> = Vec::new();
    for (name, accepted) in by_file {
        // `name` is the name of an English file of `dir` (`plan` takes nothing else), so every
        // path written stays inside `dir`, whatever the imported file claims.
        let lang_dir = dir.join(file.lang.tag());
        let ftl_path = lang_dir.join(format!("{name}.ftl"));
        let changed: Vec<&Accepted> = accepted
            .iter()
            .copied()
            .filter(|a| !a.taken.changed.is_empty())
            .collect();
        if !changed.is_empty() {
            let old = read_or_empty(&ftl_path)?;
            let english = texts.file(Lang::En, name).cloned().unwrap_or_default();
            let new = rewrite_ftl(&old, file.lang, name, &english, &changed);
            verify(&old, &new, &changed).map_err(|id| L10nError::ImportCheck {
                path: ftl_path.clone(),
                id,
            })?;
            writes.push((ftl_path, new));
        }
        let review_path = lang_dir.join(format!("{name}.review.toml"));
        let mut records = match std::fs::read_to_string(&review_path) {
            Ok(text) => {
                let (records, diags) = review::parse_records(&review_path, &text);
                if !diags.is_empty() {
                    return Err(L10nError::MalformedReview { path: review_path });
                }
                records
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => BTreeMap::new(),
            Err(source) => {
                return Err(L10nError::Read {
                    path: review_path,
                    source,
                });
            }
        };
        for a in &accepted {
            let id = &a.taken.message;
            records.insert(
                id.clone(),
                ReviewRecord {
                    status: ReviewStatus::Reviewed,
                    source: a.fingerprint.clone(),
                    reviewer: Some(options.reviewer.clone()),
                    reviewed_on: Some(options.date.to_string()),
                    english: locales.english_canonical(name, id),
                },
            );
        }
        writes.push((review_path, review::write_records(&records)));
    }
    for (path, text) in writes {
        write_replacing(&path, &text)?;
        report.written.push(path);
    }
    Ok(report)
}

/// A message that will be taken, with its new parts in English order.
struct Accepted {
    taken: Taken,
    fingerprint: String,
    parts: Vec<(Part, String)>,
}

struct Plan {
    taken: Vec<Accepted>,
    unchanged: usize,
    refused: Vec<Refused>,
}

/// Decides, message by message, what is taken and what is refused. Writes nothing.
fn plan(raw: &[RawFile], file: &ImportedFile) -> Plan {
    let texts = Texts::from_raw(raw);
    let locales = Locales::from_files(raw);
    let lang = file.lang;
    // Units grouped by message, in the file's order.
    let mut groups: Vec<((String, String), Vec<&ImportedUnit>)> = Vec::new();
    for u in &file.units {
        let key = (u.file.clone(), u.message.clone());
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, g)) => g.push(u),
            None => groups.push((key, vec![u])),
        }
    }
    let mut out = Plan {
        taken: Vec::new(),
        unchanged: 0,
        refused: Vec::new(),
    };
    for ((name, id), units) in groups {
        let refuse = |part: Option<&Part>, refusal: Refusal| Refused {
            file: name.clone(),
            message: id.clone(),
            part: part.map(|p| p.name().to_owned()),
            refusal,
        };
        // English is the source: nothing of it is imported.
        let english = texts
            .message(Lang::En, &name, &id)
            .filter(|_| lang != Lang::En);
        let Some(english) = english else {
            out.refused.push(refuse(None, Refusal::NotInEnglish));
            continue;
        };
        if !carries(lang, &name, &id) {
            out.refused.push(refuse(None, Refusal::OfficerOnly));
            continue;
        }
        let current = texts.message(lang, &name, &id).filter(|m| !m.zawgyi);
        match decide(lang, english, current, &units) {
            Err((part, refusal)) => out.refused.push(refuse(part.as_ref(), refusal)),
            Ok(Decision::Unchanged) => out.unchanged += 1,
            Ok(Decision::Confirmed(parts)) | Ok(Decision::Changed(_, parts))
                if locales.review(lang, &name, &id) == Review::Reviewed
                    && parts_equal(current, &parts) =>
            {
                out.unchanged += 1;
            }
            Ok(Decision::Confirmed(parts)) => out.taken.push(Accepted {
                taken: Taken {
                    file: name.clone(),
                    message: id.clone(),
                    changed: Vec::new(),
                },
                fingerprint: english.fingerprint.clone(),
                parts,
            }),
            Ok(Decision::Changed(changed, parts)) => out.taken.push(Accepted {
                taken: Taken {
                    file: name.clone(),
                    message: id.clone(),
                    changed,
                },
                fingerprint: english.fingerprint.clone(),
                parts,
            }),
        }
    }
    out
}

enum Decision {
    Unchanged,
    /// Marked reviewed as it is.
    Confirmed(Vec<(Part, String)>),
    /// These parts changed; the message's parts as they will be.
    Changed(Vec<String>, Vec<(Part, String)>),
}

fn parts_equal(current: Option<&MessageText>, parts: &[(Part, String)]) -> bool {
    current.is_some_and(|c| {
        c.parts.len() == parts.len()
            && parts
                .iter()
                .all(|(p, t)| c.part(p).is_some_and(|x| &x.source == t))
    })
}

/// One message: its units checked against English and the current translation.
fn decide(
    lang: Lang,
    english: &MessageText,
    current: Option<&MessageText>,
    units: &[&ImportedUnit],
) -> Result<Decision, (Option<Part>, Refusal)> {
    let mut given: BTreeMap<Part, String> = BTreeMap::new();
    let mut confirmed = false;
    for u in units {
        let part = Some(u.part.clone());
        let Some(en) = english.part(&u.part) else {
            return Err((part, Refusal::NotInEnglish));
        };
        match &u.fingerprint {
            None => return Err((part, Refusal::NoFingerprint)),
            Some(f) if *f != english.fingerprint => {
                return Err((
                    part,
                    Refusal::EnglishChanged {
                        exported: f.clone(),
                        current: english.fingerprint.clone(),
                    },
                ));
            }
            Some(_) => {}
        }
        if given.contains_key(&u.part) {
            return Err((part, Refusal::Duplicate));
        }
        confirmed |= u.confirmed;
        let Some(target) = u.target.as_deref().filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        let source = check_text(lang, en, target).map_err(|r| (part, r))?;
        given.insert(u.part.clone(), source);
    }
    let mut changed = Vec::new();
    let mut parts = Vec::new();
    for en in &english.parts {
        let now = current.and_then(|c| c.part(&en.part)).map(|p| &p.source);
        match (given.get(&en.part), now) {
            (Some(new), Some(old)) if new == old => parts.push((en.part.clone(), new.clone())),
            (Some(new), _) => {
                changed.push(en.part.name().to_owned());
                parts.push((en.part.clone(), new.clone()));
            }
            (None, Some(old)) => parts.push((en.part.clone(), old.clone())),
            (None, None) => parts.push((en.part.clone(), String::new())),
        }
    }
    if changed.is_empty() && !confirmed {
        return Ok(Decision::Unchanged);
    }
    // Reviewed means reviewed whole: every part English has came back, with a text.
    for (part, text) in &parts {
        if !units.iter().any(|u| &u.part == part) {
            return Err((Some(part.clone()), Refusal::PartNotInFile));
        }
        if text.is_empty() {
            return Err((Some(part.clone()), Refusal::Incomplete));
        }
    }
    Ok(if changed.is_empty() {
        Decision::Confirmed(parts)
    } else {
        Decision::Changed(changed, parts)
    })
}

/// One part's text checked: encoding, Fluent syntax, variables, script. Returns the text as
/// it will be written.
fn check_text(lang: Lang, english: &PartText, target: &str) -> Result<String, Refusal> {
    if !unicode_normalization::is_nfc(target) {
        return Err(Refusal::NotNfc);
    }
    if crate::text::zawgyi_evidence(target).is_some() {
        return Err(Refusal::Zawgyi);
    }
    let parsed = ftl::parse_part(target).map_err(|detail| Refusal::Syntax { detail })?;
    if parsed.variables != english.variables {
        return Err(Refusal::Variables {
            found: parsed.variables.into_iter().collect(),
            english: english.variables.iter().cloned().collect(),
        });
    }
    match script_problem(lang, &english.literals, &parsed.literals) {
        Some(ScriptProblem::WrongScript(script)) => Err(Refusal::WrongScript { script }),
        Some(ScriptProblem::StillEnglish) => Err(Refusal::StillEnglish),
        None => Ok(parsed.source),
    }
}

/// The file text with each changed message replaced where it stands, or inserted after the
/// nearest message that precedes it in English (at the end when none does).
fn rewrite_ftl(
    old: &str,
    lang: Lang,
    name: &str,
    english: &FileTexts,
    changed: &[&Accepted],
) -> String {
    let mut text: String = if old.trim().is_empty() {
        format!(
            "### {name}: {} texts, written by `tandem locales import` from reviewed translations.\n\n",
            lang.endonym()
        )
    } else {
        old.nfc().collect()
    };
    if !text.ends_with('\n') {
        text.push('\n');
    }
    for a in changed {
        let id = &a.taken.message;
        let value = a
            .parts
            .iter()
            .find(|(p, _)| *p == Part::Value)
            .map(|(_, t)| t.as_str());
        let attributes: Vec<(&str, &str)> = a
            .parts
            .iter()
            .filter_map(|(p, t)| match p {
                Part::Attribute(n) => Some((n.as_str(), t.as_str())),
                Part::Value => None,
            })
            .collect();
        let lines = ftl::message_source(id, value, &attributes);
        if let Some(span) = ftl::message_span(&text, id) {
            text.replace_range(span, &lines);
            continue;
        }
        let before = english
            .messages
            .iter()
            .take_while(|m| &m.id != id)
            .filter_map(|m| ftl::message_span(&text, &m.id))
            .last();
        match before {
            Some(span) => text.insert_str(span.end, &lines),
            None => text.push_str(&lines),
        }
    }
    text
}

/// Every message not taken is exactly as it was, and every taken one reads as intended.
/// Returns the id of the first message that does not.
fn verify(old: &str, new: &str, changed: &[&Accepted]) -> Result<(), String> {
    let before = FileTexts::parse(old);
    let after = FileTexts::parse(new);
    for m in &before.messages {
        if changed.iter().any(|a| a.taken.message == m.id) {
            continue;
        }
        if after.message(&m.id).map(|x| &x.fingerprint) != Some(&m.fingerprint) {
            return Err(m.id.clone());
        }
    }
    for a in changed {
        let ok = after.message(&a.taken.message).is_some_and(|m| {
            m.parts.len() == a.parts.len()
                && a.parts
                    .iter()
                    .all(|(p, t)| m.part(p).is_some_and(|x| &x.source == t))
        });
        if !ok {
            return Err(a.taken.message.clone());
        }
    }
    let junk = |t: &str| match fluent_syntax::parser::parse(t) {
        Ok(_) => 0,
        Err((r, _)) => r
            .body
            .iter()
            .filter(|e| matches!(e, fluent_syntax::ast::Entry::Junk { .. }))
            .count(),
    };
    if junk(new) > junk(old) {
        return Err(changed
            .first()
            .map(|a| a.taken.message.clone())
            .unwrap_or_default());
    }
    Ok(())
}

fn read_or_empty(path: &Path) -> Result<String, L10nError> {
    match std::fs::read_to_string(path) {
        Ok(t) => Ok(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(source) => Err(L10nError::Read {
            path: path.to_owned(),
            source,
        }),
    }
}

/// Writes through a temporary file beside the target, so a failure never leaves half a file.
fn write_replacing(path: &Path, text: &str) -> Result<(), L10nError> {
    let io = |source| L10nError::Write {
        path: path.to_owned(),
        source,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io)?;
    }
    let tmp = path.with_extension("import-tmp");
    std::fs::write(&tmp, text).map_err(io)?;
    std::fs::rename(&tmp, path).map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::unit::ImportedUnit;

    const EN: &str = "q = Were you paid?\n    .hint = Wages.\n";

    fn dir() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("en")).unwrap();
        std::fs::write(d.path().join("en/demo.ftl"), EN).unwrap();
        std::fs::write(d.path().join("en/ui.ftl"), "answer-yes = Yes\n").unwrap();
        d
    }

    fn fp() -> String {
        FileTexts::parse(EN).messages[0].fingerprint.clone()
    }

    fn unit(message: &str, part: &str, target: &str, fingerprint: Option<String>) -> ImportedUnit {
        ImportedUnit {
            file: "demo".into(),
            message: message.into(),
            part: Part::from_name(part),
            fingerprint,
            target: Some(target.into()),
            confirmed: false,
        }
    }

    /// Refusals as (part, reason).
    type Named = Vec<(Option<String>, Refusal)>;

    fn refusals(units: Vec<ImportedUnit>) -> Named {
        let d = dir();
        let options = ImportOptions {
            reviewer: "A. Translator".into(),
            date: "2026-12-01".parse().unwrap(),
            dry_run: true,
        };
        let file = ImportedFile {
            lang: Lang::Km,
            units,
        };
        let report = import_units(d.path(), &file, &options).unwrap();
        assert!(report.written.is_empty(), "a dry run writes nothing");
        report
            .refused
            .into_iter()
            .map(|r| (r.part, r.refusal))
            .collect()
    }

    #[test]
    fn message_level_refusals_name_the_part() {
        let yes = "តើអ្នកបានទទួលប្រាក់ទេ?";
        let hint = "ប្រាក់ឈ្នួល។";
        let part = |p: &str| Some(p.to_owned());
        let cases: Vec<(Vec<ImportedUnit>, Named)> = vec![
            (
                vec![
                    unit("q", "value", yes, Some(fp())),
                    unit("q", "hint", hint, Some(fp())),
                ],
                vec![],
            ),
            (
                vec![unit("q", "value", yes, Some("0000000000000000".into()))],
                vec![(
                    part("value"),
                    Refusal::EnglishChanged {
                        exported: "0000000000000000".into(),
                        current: fp(),
                    },
                )],
            ),
            (
                vec![unit("q", "value", yes, None)],
                vec![(part("value"), Refusal::NoFingerprint)],
            ),
            (
                vec![
                    unit("q", "value", yes, Some(fp())),
                    unit("q", "value", yes, Some(fp())),
                ],
                vec![(part("value"), Refusal::Duplicate)],
            ),
            (
                vec![unit("q", "value", yes, Some(fp()))],
                vec![(part("hint"), Refusal::PartNotInFile)],
            ),
            (
                vec![unit("q", "note", yes, Some(fp()))],
                vec![(part("note"), Refusal::NotInEnglish)],
            ),
            (
                vec![unit("gone", "value", yes, Some(fp()))],
                vec![(None, Refusal::NotInEnglish)],
            ),
            // A file name that points outside the locales directory is no English file.
            (
                vec![ImportedUnit {
                    file: "../../demo".into(),
                    ..unit("q", "value", yes, Some(fp()))
                }],
                vec![(None, Refusal::NotInEnglish)],
            ),
        ];
        for (units, want) in cases {
            assert_eq!(refusals(units.clone()), want, "{units:?}");
        }
    }

    #[test]
    fn the_review_record_names_the_reviewer_and_keeps_the_english() {
        let d = dir();
        let options = ImportOptions {
            reviewer: "A. Translator".into(),
            date: "2026-12-01".parse().unwrap(),
            dry_run: false,
        };
        let file = ImportedFile {
            lang: Lang::Km,
            units: vec![
                unit("q", "value", "តើអ្នកបានទទួលប្រាក់ទេ?", Some(fp())),
                unit("q", "hint", "ប្រាក់ឈ្នួល។", Some(fp())),
            ],
        };
        let report = import_units(d.path(), &file, &options).unwrap();
        assert_eq!(report.taken[0].changed, ["value", "hint"]);
        let text = std::fs::read_to_string(d.path().join("km/demo.review.toml")).unwrap();
        let (records, diags) = review::parse_records(Path::new("x"), &text);
        assert!(diags.is_empty(), "{diags:?}");
        let r = &records["q"];
        assert_eq!(r.status, ReviewStatus::Reviewed);
        assert_eq!(r.source, fp());
        assert_eq!(r.reviewer.as_deref(), Some("A. Translator"));
        assert_eq!(r.reviewed_on.as_deref(), Some("2026-12-01"));
        assert_eq!(r.english.as_deref(), Some("Were you paid?\nhint=Wages."));
        let ftl = std::fs::read_to_string(d.path().join("km/demo.ftl")).unwrap();
        assert!(
            ftl.ends_with("q = តើអ្នកបានទទួលប្រាក់ទេ?\n    .hint = ប្រាក់ឈ្នួល។\n"),
            "{ftl}"
        );
    }
}
