//! Texts in six languages: the interface (`ui.ftl`) and every checklist's questions, choices and
//! sections (`<checklist>.ftl`), as Fluent bundles, with each translation's review state.
//!
//! Owns loading (built into the binary, or a `--locales DIR` that replaces it), lookup, review
//! records, coverage counts and locale validation. It must never fall back to English for an
//! interview text in the interviewee's language (a wrong-language question read aloud is worse
//! than a visible gap), never show Zawgyi-encoded text, and never mark a text reviewed.
//!
//! ```
//! use tandem::l10n::{Lang, Locales};
//! let locales = Locales::builtin();
//! assert_eq!(locales.ui(Lang::En, "answer-yes", &[]), "Yes");
//! // A message nobody wrote shows its id, so the gap is visible.
//! assert_eq!(locales.ui(Lang::En, "no-such-message", &[]), "no-such-message");
//! ```

mod coverage;
pub mod csv;
mod draft;
pub mod export;
pub mod ftl;
pub mod import;
mod interviewee;
pub mod report;
pub mod review;
mod script;
mod source;
mod texts;
pub mod unit;
mod validate;
pub mod xliff;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast::Entry;
use unicode_normalization::UnicodeNormalization;

pub use crate::domain::lang::{INTERVIEWEE_LANGS, Lang, OFFICER_LANGS, OfficerLang, UnknownLang};
use crate::domain::{Arg, Explanation, Face};
pub use coverage::{Coverage, FileCoverage, coverage};
pub use draft::draft_records;
pub use export::{ExportFilter, export_units};
pub use fluent_bundle::FluentValue;
pub use import::{ImportOptions, ImportReport, import_units};
pub use interviewee::{INTERVIEWEE_UI, is_interviewee_ui};
pub use report::{LangReport, locale_report};
pub use review::Review;
pub use script::{Script, ScriptProblem, script_problem};
pub use unit::{ExchangeError, ImportedFile, Part, TranslationUnit, UnitStatus};
pub use validate::validate_locales;

use review::ReviewRecord;
use source::{FileKind, RawFile};

/// The file of interface strings in every language directory.
pub const UI_FILE: &str = "ui";

/// Errors reading a locale directory.
#[derive(Debug, thiserror::Error)]
pub enum L10nError {
    #[error("cannot read locales from {}: {source}; check the --locales path", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write review records to {}: {source}; check that the directory is writable", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{} has malformed review records; fix them first (`tandem check` shows where)", path.display())]
    MalformedReview { path: PathBuf },
    /// A safety check: the rewritten file would not read back as intended. Nothing was written.
    #[error("importing into {} would change message `{id}` in a way that was not asked for; nothing was written: report this, with the file", path.display())]
    ImportCheck { path: PathBuf, id: String },
}

/// A question's texts in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionText {
    pub text: String,
    pub hint: Option<String>,
    /// Guidance for the interpreter (how to ask gently, a term that needs care).
    pub interpreter: Option<String>,
    pub review: Review,
}

/// A displayed text and how far it can be trusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized {
    pub text: String,
    pub review: Review,
}

/// All texts, one Fluent bundle per (language, file): every checklist file has its own
/// `checklist-title`, so they are never merged.
///
/// A file is parsed the first time one of its texts is asked for, and its review records and
/// the English fingerprints they are checked against the first time a review state is: start-up
/// reads only the interface in the officer's language, and an interview only its own language.
pub struct Locales {
    files: BTreeMap<(Lang, String), LocaleFile>,
}

struct LocaleFile {
    lang: Lang,
    path: PathBuf,
    /// The file as it is (borrowed from the binary for the built-in texts); not UTF-8 reads as
    /// an empty file (validation reports it).
    source: Cow<'static, [u8]>,
    /// The review records' path and bytes, when the file has any.
    review_source: Option<(PathBuf, Cow<'static, [u8]>)>,
    /// The built-in review records as the build script read them (`build.rs`), when it could.
    review_table: Option<review::BuiltInRecords>,
    parsed: OnceLock<Parsed>,
    /// The file's `## start-up` section when it comes first (the interface's first screens),
    /// parsed on its own so those screens do not wait for the whole file.
    head: OnceLock<Option<Parsed>>,
    /// Well-formed review records (translations only).
    review: OnceLock<BTreeMap<String, ReviewRecord>>,
}

struct Parsed {
    /// The messages as parsed, shared with the bundle: a fingerprint is computed from its
    /// message when one is asked for.
    resource: Arc<FluentResource>,
    bundle: FluentBundle<Arc<FluentResource>>,
    /// Message ids in file order.
    ids: Vec<String>,
    /// Where each id's first definition is among the resource's entries.
    entry_of: HashMap<String, usize>,
    /// Messages holding Zawgyi-encoded Burmese: never shown (validation reports them).
    rejected: BTreeSet<String>,
}

impl fmt::Debug for Locales {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.files.values().map(|file| file.path.display()))
            .finish()
    }
}

impl Locales {
    /// The texts compiled into the binary (`locales/` at build time).
    pub fn builtin() -> Locales {
        Locales::from_files(&source::builtin_files())
    }

    /// The texts of a directory laid out like `locales/` (it replaces the built-in texts).
    pub fn from_dir(dir: &Path) -> Result<Locales, L10nError> {
        Ok(Locales::from_files(&source::dir_files(dir)?))
    }

    /// `--locales DIR` when given, else the built-in texts.
    pub fn load(override_dir: Option<&Path>) -> Result<Locales, L10nError> {
        match override_dir {
            Some(dir) => Locales::from_dir(dir),
            None => Ok(Locales::builtin()),
        }
    }

    /// Loading keeps what can be used: a file with a syntax error keeps its good messages, a
    /// malformed review record counts as none. `validate_locales` reports all of it.
    fn from_files(raw: &[RawFile]) -> Locales {
        let mut files = BTreeMap::new();
        let mut reviews = BTreeMap::new();
        for f in raw {
            match f.kind() {
                FileKind::Ftl { lang, name } => {
                    files.insert(
                        (lang, name),
                        LocaleFile {
                            lang,
                            path: f.path.clone(),
                            source: f.bytes.clone(),
                            review_source: None,
                            review_table: None,
                            parsed: OnceLock::new(),
                            head: OnceLock::new(),
                            review: OnceLock::new(),
                        },
                    );
                }
                FileKind::Review { lang, name } => {
                    let table = f
                        .is_built_in()
                        .then(|| review::built_in_file(&f.rel))
                        .flatten();
                    reviews.insert((lang, name), (f.path.clone(), f.bytes.clone(), table));
                }
                FileKind::Doc | FileKind::Unexpected => {}
            }
        }
        for (key, (path, bytes, table)) in reviews {
            if let Some(file) = files.get_mut(&key) {
                file.review_source = Some((path, bytes));
                file.review_table = table;
            }
        }
        Locales { files }
    }

    /// Parses every file of `langs` now, with their review records and the English files their
    /// review states are checked against, on up to `threads` threads (1: this one alone). For
    /// work known to need whole languages (a referral shows every answer in two), which would
    /// otherwise parse one file after another as its texts are asked for. Files already parsed
    /// are skipped.
    pub fn parse_languages(&self, langs: &[Lang], threads: usize) {
        let english_too = langs.iter().any(|l| *l != Lang::En);
        let mut work: Vec<&LocaleFile> = self
            .files
            .values()
            .filter(|f| langs.contains(&f.lang) || (english_too && f.lang == Lang::En))
            .filter(|f| f.parsed.get().is_none() || f.review.get().is_none())
            .collect();
        // The longest first, so that no core is left with one long file at the end.
        work.sort_by_key(|f| std::cmp::Reverse(f.work()));
        let threads = threads.min(work.len());
        let next = std::sync::atomic::AtomicUsize::new(0);
        let parse = || {
            while let Some(f) = work.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed)) {
                f.parsed();
                f.review();
            }
        };
        std::thread::scope(|s| {
            for _ in 1..threads {
                crate::threads::spawn_scoped(s, parse);
            }
            parse();
        });
    }

    /// An interface string in `lang`, else in English, else its id (so a gap is visible and
    /// nothing panics). `args` fill the message's variables: `&[("path", path.into())]`.
    pub fn ui(&self, lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        [lang, Lang::En]
            .into_iter()
            .find_map(|l| self.format(l, UI_FILE, id, None, args))
            .unwrap_or_else(|| id.to_owned())
    }

    /// Whether `lang`'s `ui.ftl` has message `id` (no fallback).
    pub fn has_ui_message(&self, lang: Lang, id: &str) -> bool {
        self.has_message(lang, UI_FILE, id)
    }

    /// An error explained in `lang` (English where a message is missing), as shown on `face`:
    /// for the error and then each cause, what happened (`err-…`) and what to do (`rec-…`).
    pub fn explain(&self, lang: Lang, face: Face, x: &Explanation) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut level = Some(x);
        while let Some(x) = level {
            let mut args: Vec<(&str, FluentValue<'_>)> = x
                .args
                .iter()
                .map(|(k, v)| {
                    let v = match v {
                        Arg::Text(t) => FluentValue::from(t.as_str()),
                        Arg::Number(n) => FluentValue::from(*n),
                    };
                    (*k, v)
                })
                .collect();
            args.push(("face", FluentValue::from(face.id())));
            out.push((
                self.ui(lang, &format!("err-{}", x.id), &args),
                self.ui(lang, &format!("rec-{}", x.id), &args),
            ));
            level = x.cause.as_deref();
        }
        out
    }

    /// A question's text, hint and interpreter note in `lang`. `None` when `lang` has no text
    /// for it: never English instead (the caller shows the gap).
    pub fn question(&self, lang: Lang, checklist: &str, qid: &str) -> Option<QuestionText> {
        let text = self.format(lang, checklist, qid, None, &[])?;
        Some(QuestionText {
            text,
            hint: self.format(lang, checklist, qid, Some("hint"), &[]),
            interpreter: self.format(lang, checklist, qid, Some("interpreter"), &[]),
            review: self.review(lang, checklist, qid),
        })
    }

    /// A choice's text (message `<question>--<choice>`), never falling back to English.
    pub fn choice(
        &self,
        lang: Lang,
        checklist: &str,
        qid: &str,
        choice: &str,
    ) -> Option<Localized> {
        self.localized(lang, checklist, &format!("{qid}--{choice}"))
    }

    /// A section's title (message `section-<id>`), never falling back to English.
    pub fn section(&self, lang: Lang, checklist: &str, section: &str) -> Option<Localized> {
        self.localized(lang, checklist, &format!("section-{section}"))
    }

    /// A checklist's displayed title (message `checklist-title`), never falling back to English.
    pub fn checklist_title(&self, lang: Lang, checklist: &str) -> Option<Localized> {
        self.localized(lang, checklist, "checklist-title")
    }

    /// Whether a translation was reviewed against the current English text.
    pub fn review(&self, lang: Lang, file: &str, id: &str) -> Review {
        if lang == Lang::En {
            return Review::Source;
        }
        let record = self
            .files
            .get(&(lang, file.to_owned()))
            .and_then(|f| f.review().get(id));
        ReviewRecord::review(record, self.english_fingerprint(file, id).as_deref())
    }

    fn localized(&self, lang: Lang, file: &str, id: &str) -> Option<Localized> {
        let text = self.format(lang, file, id, None, &[])?;
        Some(Localized {
            text,
            review: self.review(lang, file, id),
        })
    }

    fn english_fingerprint(&self, file: &str, id: &str) -> Option<String> {
        self.english_canonical(file, id)
            .map(|text| ftl::fingerprint_of(&text))
    }

    /// The English text a fingerprint is computed over (`ftl::canonical_text`).
    fn english_canonical(&self, file: &str, id: &str) -> Option<String> {
        let en = self.files.get(&(Lang::En, file.to_owned()))?.parsed();
        let index = *en.entry_of.get(id)?;
        match en.resource.entries().nth(index)? {
            Entry::Message(m) => Some(ftl::canonical_text(m)),
            _ => None,
        }
    }

    fn record(&self, lang: Lang, file: &str, id: &str) -> Option<&ReviewRecord> {
        self.files
            .get(&(lang, file.to_owned()))
            .and_then(|f| f.review().get(id))
    }

    fn format(
        &self,
        lang: Lang,
        file: &str,
        id: &str,
        attribute: Option<&str>,
        args: &[(&str, FluentValue<'_>)],
    ) -> Option<String> {
        let file = self.files.get(&(lang, file.to_owned()))?;
        // Until the whole file is needed, a start-up text comes from its own section.
        let f = match file.parsed.get() {
            Some(whole) => whole,
            None => match file.head().filter(|h| h.entry_of.contains_key(id)) {
                Some(head) => head,
                None => file.parsed(),
            },
        };
        if f.rejected.contains(id) {
            return None;
        }
        let message = f.bundle.get_message(id)?;
        let pattern = match attribute {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(*k, v.clone());
        }
        // Formatting errors (a missing variable) leave `{$name}` in the text: visible, not fatal.
        let mut errors = Vec::new();
        let args = (!args.is_empty()).then_some(&fluent_args);
        Some(
            f.bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }

    fn messages(&self, lang: Lang, file: &str) -> &[String] {
        self.files
            .get(&(lang, file.to_owned()))
            .map_or(&[], |f| &f.parsed().ids)
    }

    fn has_message(&self, lang: Lang, file: &str, id: &str) -> bool {
        self.files.get(&(lang, file.to_owned())).is_some_and(|f| {
            let p = f.parsed();
            !p.rejected.contains(id) && p.bundle.has_message(id)
        })
    }

    fn file_names(&self) -> BTreeSet<&str> {
        self.files.keys().map(|(_, name)| name.as_str()).collect()
    }
}

impl LocaleFile {
    /// Built into the binary (borrowed from it): its text is NFC and holds no Zawgyi, which the
    /// test of the shipped locales (`validate_locales` on them) makes sure of before anything is
    /// built from them, so those checks are not run again on every start. A `--locales DIR`
    /// file is checked.
    fn built_in(&self) -> bool {
        matches!(self.source, Cow::Borrowed(_))
    }

    /// How much parsing the file and its review records takes, roughly: their length in bytes.
    fn work(&self) -> usize {
        self.source.len() + self.review_source.as_ref().map_or(0, |(_, b)| b.len())
    }

    fn parsed(&self) -> &Parsed {
        self.parsed
            .get_or_init(|| Parsed::new(self, std::str::from_utf8(&self.source).unwrap_or("")))
    }

    /// The `## start-up` section, parsed alone: only when it is the file's first group heading
    /// (so it ends where the next one begins).
    fn head(&self) -> Option<&Parsed> {
        self.head
            .get_or_init(|| {
                let text = std::str::from_utf8(&self.source).ok()?;
                let heading = "## start-up\n";
                let start = if text.starts_with(heading) {
                    0
                } else {
                    text.find(&format!("\n{heading}"))? + 1
                };
                if text[..start].lines().any(|l| l.starts_with("## ")) {
                    return None;
                }
                let body = &text[start..];
                let end = body[heading.len()..]
                    .find("\n## ")
                    .map_or(body.len(), |i| heading.len() + i + 1);
                Some(Parsed::new(self, &body[..end]))
            })
            .as_ref()
    }

    fn review(&self) -> &BTreeMap<String, ReviewRecord> {
        self.review
            .get_or_init(|| match (self.review_table, &self.review_source) {
                (Some(table), _) => review::built_in_records(table),
                (None, source) => Self::parse_review(source),
            })
    }

    fn parse_review(
        source: &Option<(PathBuf, Cow<'static, [u8]>)>,
    ) -> BTreeMap<String, ReviewRecord> {
        match source {
            Some((path, bytes)) => match std::str::from_utf8(bytes) {
                Ok(text) => review::parse_records(path, text).0,
                Err(_) => BTreeMap::new(),
            },
            None => BTreeMap::new(),
        }
    }
}

impl Parsed {
    fn new(file: &LocaleFile, text: &str) -> Parsed {
        let lang = file.lang;
        // Texts are compared, searched and measured as NFC (Vietnamese may arrive decomposed);
        // the shipped files already are.
        let text: String = if file.built_in()
            || unicode_normalization::is_nfc_quick(text.chars())
                == unicode_normalization::IsNormalized::Yes
        {
            text.to_owned()
        } else {
            text.nfc().collect()
        };
        let resource = Arc::new(match FluentResource::try_new(text) {
            Ok(r) => r,
            Err((r, _syntax_errors)) => r,
        });
        let entries = resource.entries().count();
        let mut ids = Vec::with_capacity(entries);
        let mut entry_of = HashMap::with_capacity(entries);
        let mut rejected = BTreeSet::new();
        for (index, entry) in resource.entries().enumerate() {
            if let Entry::Message(m) = entry {
                let id = m.id.name.to_owned();
                // Zawgyi is an encoding of Burmese: only Burmese files can hold it.
                if lang == Lang::My
                    && !file.built_in()
                    && crate::text::zawgyi_evidence(&ftl::literal_text(m)).is_some()
                {
                    rejected.insert(id.clone());
                }
                if let std::collections::hash_map::Entry::Vacant(slot) = entry_of.entry(id.clone())
                {
                    slot.insert(index);
                    ids.push(id);
                }
            }
        }
        let langid = lang.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Fluent wraps every placeable in Unicode bidi isolation marks (U+2068, U+2069) for
        // right-to-left text. None of Tandem's languages is right-to-left, and terminals draw the
        // marks as garbage (or zero-width junk that breaks width counts) in our terminal and
        // HTML output, so they are switched off.
        bundle.set_use_isolating(false);
        // A duplicate id is an error `validate_locales` reports; the first definition wins.
        let _ = bundle.add_resource(resource.clone());
        Parsed {
            resource,
            bundle,
            ids,
            entry_of,
            rejected,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_screens_read_the_start_up_section_alone_and_say_the_same() {
        for lang in [Lang::En, Lang::Th] {
            let early = Locales::builtin();
            let ids = ["tui-starting", "tui-unlock-title", "tui-setup-title"];
            let said: Vec<String> = ids.iter().map(|id| early.ui(lang, id, &[])).collect();
            let as_user = early.ui(lang, "tui-unlock-as", &[("user", "Nok".into())]);
            let file = &early.files[&(lang, UI_FILE.to_owned())];
            assert!(
                file.head.get().is_some_and(Option::is_some),
                "{lang:?}: no section"
            );
            assert!(
                file.parsed.get().is_none(),
                "{lang:?}: the whole file was parsed"
            );

            // The same texts from the whole file, and any other text parses it.
            let whole = Locales::builtin();
            let _ = whole.ui(lang, "tui-queue-title", &[]);
            assert!(
                whole.files[&(lang, UI_FILE.to_owned())]
                    .parsed
                    .get()
                    .is_some()
            );
            let again: Vec<String> = ids.iter().map(|id| whole.ui(lang, id, &[])).collect();
            assert_eq!(said, again, "{lang:?}");
            assert_eq!(
                as_user,
                whole.ui(lang, "tui-unlock-as", &[("user", "Nok".into())])
            );
            assert!(as_user.contains("Nok"), "{as_user}");
        }
    }

    #[test]
    fn languages_parsed_ahead_on_two_threads_say_what_lookups_say() {
        let ahead = Locales::builtin();
        ahead.parse_languages(&[Lang::My, Lang::Th], 2);
        let lazy = Locales::builtin();
        let mut compared = 0;
        for lang in [Lang::My, Lang::Th, Lang::En] {
            for ((l, file), f) in &ahead.files {
                if *l != lang {
                    continue;
                }
                assert!(
                    f.parsed.get().is_some() && f.review.get().is_some(),
                    "{lang} {file}"
                );
                for id in ahead.messages(lang, file) {
                    assert_eq!(
                        ahead.format(lang, file, id, None, &[]),
                        lazy.format(lang, file, id, None, &[]),
                        "{lang} {file} {id}"
                    );
                    assert_eq!(ahead.review(lang, file, id), lazy.review(lang, file, id));
                    compared += 1;
                }
            }
        }
        assert!(compared > 1000, "{compared}");
        // Languages not asked for are left for later.
        assert!(
            ahead
                .files
                .iter()
                .any(|((l, _), f)| *l == Lang::Km && f.parsed.get().is_none())
        );
    }

    #[test]
    fn a_start_up_section_counts_only_when_it_comes_first() {
        let file = |text: &'static str| LocaleFile {
            lang: Lang::En,
            path: PathBuf::from("en/ui.ftl"),
            source: Cow::Borrowed(text.as_bytes()),
            review_source: None,
            review_table: None,
            parsed: OnceLock::new(),
            head: OnceLock::new(),
            review: OnceLock::new(),
        };
        let first = file("### header\n\n## start-up\n\na = A\n\n## later\n\nb = B\n");
        let head = first.head().expect("a first section");
        assert!(head.entry_of.contains_key("a") && !head.entry_of.contains_key("b"));
        let second = file("## common\n\nx = X\n\n## start-up\n\na = A\n");
        assert!(second.head().is_none());
        assert!(file("a = A\n").head().is_none());
    }
}
