//! Locale validation for `tandem check`: every problem in the locale files as
//! `file:line:col: what; what to do`. It reads the raw files (before NFC normalisation) so that
//! positions point at what the translator wrote, and it fails closed: what it cannot read is an
//! error, never skipped.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Message, Resource};
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use super::source::{self, FileKind, RawFile};
use super::{Lang, UI_FILE, ftl, review};
use crate::checklist::catalog::Catalog;
use crate::checklist::model::Checklist;
use crate::diagnostic::Diagnostic;

/// Every problem in the locale files of `dir` (or the built-in ones), checked against the
/// checklists of `catalog` when given (which texts English must have, which messages exist).
pub fn validate_locales(catalog: Option<&Catalog>, dir: Option<&Path>) -> Vec<Diagnostic> {
    let root = dir.unwrap_or(Path::new("locales"));
    let raw = match dir {
        Some(d) => match source::dir_files(d) {
            Ok(files) => files,
            Err(e) => {
                let what = match &e {
                    super::L10nError::Read { path, source } => {
                        format!("cannot read {} ({source})", path.display())
                    }
                    other => other.to_string(),
                };
                return vec![Diagnostic::new(d, 1, 1, what, "check the --locales path")];
            }
        },
        None => source::builtin_files(),
    };
    let checklists = catalog.map(Catalog::checklists);
    validate_files(&raw, root, checklists)
}

/// A parsed `.ftl` file with what the cross-file checks need.
struct Parsed<'a> {
    path: &'a Path,
    text: &'a str,
    resource: Resource<&'a str>,
}

impl Parsed<'_> {
    fn messages(&self) -> impl Iterator<Item = &Message<&str>> {
        self.resource.body.iter().filter_map(|e| match e {
            Entry::Message(m) => Some(m),
            _ => None,
        })
    }

    fn message(&self, id: &str) -> Option<&Message<&str>> {
        self.messages().find(|m| m.id.name == id)
    }

    fn at(&self, id: &str, what: String, todo: impl Into<String>) -> Diagnostic {
        let offset = ftl::message_offset(self.text, id).unwrap_or(0);
        Diagnostic::at_offset(self.path, self.text, offset, what, todo)
    }
}

fn validate_files(
    raw: &[RawFile],
    root: &Path,
    checklists: Option<&[Checklist]>,
) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut ftls: BTreeMap<(Lang, String), Parsed> = BTreeMap::new();
    let mut reviews: Vec<(Lang, String, &RawFile, &str)> = Vec::new();
    for f in raw {
        let kind = f.kind();
        if matches!(kind, FileKind::Doc) {
            continue;
        }
        let Some(text) = f.text() else {
            diags.push(Diagnostic::new(
                &f.path,
                1,
                1,
                "file is not UTF-8",
                "save it as UTF-8",
            ));
            continue;
        };
        match kind {
            FileKind::Ftl { lang, name } => {
                script_checks(&f.path, text, &mut diags);
                let resource = match fluent_syntax::parser::parse(text) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            // An error found at the end of the file belongs to the last text
                            // line, not to an empty line after it.
                            let offset = e.pos.start.min(text.trim_end().len());
                            diags.push(Diagnostic::at_offset(
                                &f.path,
                                text,
                                offset,
                                format!("FTL syntax error: {}", e.kind),
                                "fix the syntax (https://projectfluent.org/fluent/guide/)",
                            ));
                        }
                        r
                    }
                };
                let parsed = Parsed { path: &f.path, text, resource };
                duplicate_checks(&parsed, &mut diags);
                ftls.insert((lang, name), parsed);
            }
            FileKind::Review { lang, name } => reviews.push((lang, name, f, text)),
            FileKind::Doc => {}
            FileKind::Unexpected => diags.push(Diagnostic::new(
                &f.path,
                1,
                1,
                format!("unexpected file `{}` in the locales directory", f.rel),
                "locale files are <tag>/<name>.ftl and <tag>/<name>.review.toml, tags en th my km lo vi",
            )),
        }
    }

    if !ftls.contains_key(&(Lang::En, UI_FILE.to_owned())) {
        diags.push(Diagnostic::new(
            root.join("en").join("ui.ftl"),
            1,
            1,
            "the English interface texts are missing",
            "create en/ui.ftl in the locales directory",
        ));
    }
    if let Some(checklists) = checklists {
        for c in checklists {
            english_texts(c, root, ftls.get(&(Lang::En, c.id.clone())), &mut diags);
        }
        for ((lang, name), parsed) in &ftls {
            if name != UI_FILE && !checklists.iter().any(|c| &c.id == name) {
                diags.push(Diagnostic::new(
                    parsed.path,
                    1,
                    1,
                    format!("`{lang}/{name}.ftl` belongs to no checklist"),
                    "name the file after a checklist id, or remove it",
                ));
            }
        }
    }
    for ((lang, name), parsed) in &ftls {
        if *lang == Lang::En {
            continue;
        }
        match ftls.get(&(Lang::En, name.clone())) {
            Some(english) => translation_checks(parsed, english, &mut diags),
            None => diags.push(Diagnostic::new(
                parsed.path,
                1,
                1,
                format!("there is no English `{name}.ftl` for this translation"),
                "add the English source file first, or remove this one",
            )),
        }
    }
    for (lang, name, f, text) in reviews {
        let (records, review_diags) = review::parse_records(&f.path, text);
        diags.extend(review_diags);
        if lang == Lang::En {
            diags.push(Diagnostic::new(
                &f.path,
                1,
                1,
                "English is the source text and has no review record",
                "delete this file",
            ));
            continue;
        }
        let translation = ftls.get(&(lang, name.clone()));
        for id in records.keys() {
            if translation.is_some_and(|t| t.message(id).is_some()) {
                continue;
            }
            let header = format!("[messages.{id}]");
            let offset = text.find(&header).unwrap_or(0);
            diags.push(Diagnostic::at_offset(
                &f.path,
                text,
                offset,
                format!("review record for `{id}`, which `{lang}/{name}.ftl` does not have"),
                "remove the record, or fix the message id",
            ));
        }
    }
    diags
}

/// Non-NFC text and Zawgyi-encoded Burmese, found in the raw text line by line.
fn script_checks(path: &Path, text: &str, diags: &mut Vec<Diagnostic>) {
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        if !unicode_normalization::is_nfc(line) {
            let at = line
                .grapheme_indices(true)
                .find(|(_, g)| !unicode_normalization::is_nfc(g))
                .map_or(0, |(i, _)| i);
            let cluster: String = line[at..]
                .graphemes(true)
                .next()
                .unwrap_or("")
                .nfc()
                .collect();
            diags.push(Diagnostic::at_offset(
                path,
                text,
                line_start + at,
                "text is not in Unicode NFC (decomposed characters)",
                format!("save the file normalised to NFC (here: `{cluster}`)"),
            ));
        }
        if let Some(at) = crate::text::zawgyi_evidence(line) {
            diags.push(Diagnostic::at_offset(
                path,
                text,
                line_start + at,
                "Burmese text in the Zawgyi encoding (or broken Unicode)",
                "convert it to Unicode Burmese (e.g. with a Zawgyi-to-Unicode converter) and check it",
            ));
        }
        line_start += line.len();
    }
}

fn duplicate_checks(parsed: &Parsed, diags: &mut Vec<Diagnostic>) {
    let mut seen = BTreeMap::new();
    for m in parsed.messages() {
        let id = m.id.name;
        let n = seen.entry(id).or_insert(0usize);
        *n += 1;
        if *n == 1 {
            continue;
        }
        let offset = ftl::message_offsets(parsed.text, id)
            .get(*n - 1)
            .copied()
            .unwrap_or(0);
        diags.push(Diagnostic::at_offset(
            parsed.path,
            parsed.text,
            offset,
            format!("message `{id}` is defined twice"),
            "keep one definition",
        ));
    }
}

/// English must have a text for the checklist's title, sections, questions and choices, and no
/// message that is none of those.
fn english_texts(
    c: &Checklist,
    root: &Path,
    english: Option<&Parsed>,
    diags: &mut Vec<Diagnostic>,
) {
    let Some(english) = english else {
        diags.push(Diagnostic::new(
            root.join("en").join(format!("{}.ftl", c.id)),
            1,
            1,
            format!("checklist `{}` has no English texts", c.id),
            format!(
                "create en/{}.ftl with checklist-title, its sections, questions and choices",
                c.id
            ),
        ));
        return;
    };
    let mut expected = vec![("checklist-title".to_owned(), "the checklist title")];
    expected.extend(
        c.sections
            .iter()
            .map(|s| (format!("section-{}", s.id), "section")),
    );
    for q in &c.questions {
        expected.push((q.id.clone(), "question"));
        expected.extend(
            q.kind
                .choices()
                .iter()
                .map(|ch| (format!("{}--{ch}", q.id), "choice")),
        );
    }
    for (id, what) in &expected {
        if english.message(id).and_then(|m| m.value.as_ref()).is_none() {
            diags.push(Diagnostic::new(
                english.path,
                1,
                1,
                format!("{what} `{id}` of checklist `{}` has no English text", c.id),
                format!("add `{id} = ...` to this file"),
            ));
        }
    }
    for m in english.messages() {
        let id = m.id.name;
        if !expected.iter().any(|(e, _)| e == id) {
            diags.push(english.at(
                id,
                format!(
                    "message `{id}` is not a question, choice, section or title of `{}`",
                    c.id
                ),
                "fix its id to match the checklist, or remove it",
            ));
        }
    }
}

/// A translation may only have messages and attributes English has, with the same variables.
fn translation_checks(t: &Parsed, english: &Parsed, diags: &mut Vec<Diagnostic>) {
    for m in t.messages() {
        let id = m.id.name;
        let Some(en) = english.message(id) else {
            diags.push(t.at(
                id,
                format!(
                    "message `{id}` is not in English `{}`",
                    english.path.display()
                ),
                "remove it or fix its id",
            ));
            continue;
        };
        let (vars, en_vars) = (ftl::variables(m), ftl::variables(en));
        if vars != en_vars {
            let list = |v: &BTreeSet<String>| {
                if v.is_empty() {
                    "none".to_owned()
                } else {
                    v.iter()
                        .map(|x| format!("${x}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            };
            diags.push(t.at(
                id,
                format!(
                    "variables of `{id}` ({}) differ from English ({})",
                    list(&vars),
                    list(&en_vars)
                ),
                "use exactly the English variables, untranslated",
            ));
        }
        for a in &m.attributes {
            if !en.attributes.iter().any(|e| e.id.name == a.id.name) {
                diags.push(t.at(
                    id,
                    format!("attribute `.{}` of `{id}` is not in English", a.id.name),
                    "remove it, or add it to English first",
                ));
            }
        }
    }
}
