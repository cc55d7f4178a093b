//! What `locales check` lists for a coordinator, message by message, per language: stale texts
//! with the English change, unreviewed machine drafts, missing messages, missing attributes
//! (hint, interpreter note), texts still in English and texts in another script. Counts stay in
//! `coverage`; this module names the messages. Reads only.

use std::path::Path;

use serde::Serialize;

use super::interviewee::carries;
use super::script::{Script, ScriptProblem, script_problem};
use super::source;
use super::texts::Texts;
use super::{L10nError, Lang, Locales, Review};

/// A message of a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MessageRef {
    pub file: String,
    pub message: String,
}

/// A part (value or attribute) of a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartRef {
    pub file: String,
    pub message: String,
    pub part: String,
}

/// A translation written or reviewed against an older English text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaleMessage {
    pub file: String,
    pub message: String,
    /// The English fingerprint the translation was written against, and today's.
    pub fingerprint_then: String,
    pub fingerprint_now: String,
    /// The English text then, when its record kept it (records older than `locales import`
    /// keep only the fingerprint).
    pub english_then: Option<String>,
    pub english_now: String,
}

impl StaleMessage {
    /// The English change, line by line: `-` removed, `+` added, ` ` kept. Empty when the old
    /// text was not recorded.
    pub fn change(&self) -> Vec<(char, String)> {
        let Some(then) = &self.english_then else {
            return Vec::new();
        };
        similar::TextDiff::from_lines(then.as_str(), self.english_now.as_str())
            .iter_all_changes()
            .map(|c| {
                let tag = match c.tag() {
                    similar::ChangeTag::Delete => '-',
                    similar::ChangeTag::Insert => '+',
                    similar::ChangeTag::Equal => ' ',
                };
                (tag, c.value().trim_end_matches('\n').to_owned())
            })
            .collect()
    }
}

/// A part in the wrong script.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WrongScript {
    pub file: String,
    pub message: String,
    pub part: String,
    pub script: Script,
}

/// Everything to look at in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LangReport {
    pub stale: Vec<StaleMessage>,
    /// Machine drafts, or texts with no review record.
    pub unreviewed: Vec<MessageRef>,
    /// In English, not in this language (for Burmese, Khmer, Lao and Vietnamese only the
    /// interviewee-facing interface texts count).
    pub missing: Vec<MessageRef>,
    /// The message is there, but without an attribute English has (hint, interpreter note).
    pub missing_attributes: Vec<PartRef>,
    pub still_english: Vec<PartRef>,
    pub wrong_script: Vec<WrongScript>,
}

/// The report of every translation in `dir` (or the built-in locales), keyed by language.
pub fn locale_report(dir: Option<&Path>) -> Result<Vec<(Lang, LangReport)>, L10nError> {
    let raw = match dir {
        Some(d) => source::dir_files(d)?,
        None => source::builtin_files(),
    };
    let locales = Locales::from_files(&raw);
    let texts = Texts::from_raw(&raw);
    let mut out = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let mut r = LangReport::default();
        for file in texts.english_files(&[]) {
            let Some(english) = texts.file(Lang::En, &file) else {
                continue;
            };
            for en in &english.messages {
                if !carries(lang, &file, &en.id) {
                    continue;
                }
                let message = || MessageRef {
                    file: file.clone(),
                    message: en.id.clone(),
                };
                let Some(t) = texts.message(lang, &file, &en.id).filter(|t| !t.zawgyi) else {
                    r.missing.push(message());
                    continue;
                };
                match locales.review(lang, &file, &en.id) {
                    Review::Stale => {
                        let record = locales.record(lang, &file, &en.id);
                        r.stale.push(StaleMessage {
                            file: file.clone(),
                            message: en.id.clone(),
                            fingerprint_then: record.map(|x| x.source.clone()).unwrap_or_default(),
                            fingerprint_now: en.fingerprint.clone(),
                            english_then: record.and_then(|x| x.english.clone()),
                            english_now: locales
                                .english_canonical(&file, &en.id)
                                .unwrap_or_default()
                                .to_owned(),
                        });
                    }
                    Review::MachineDraft => r.unreviewed.push(message()),
                    Review::Reviewed | Review::Source => {}
                }
                for part in &en.parts {
                    let part_ref = || PartRef {
                        file: file.clone(),
                        message: en.id.clone(),
                        part: part.part.name().to_owned(),
                    };
                    let Some(tp) = t.part(&part.part) else {
                        r.missing_attributes.push(part_ref());
                        continue;
                    };
                    match script_problem(lang, &part.literals, &tp.literals) {
                        Some(ScriptProblem::StillEnglish) => r.still_english.push(part_ref()),
                        Some(ScriptProblem::WrongScript(script)) => {
                            r.wrong_script.push(WrongScript {
                                file: file.clone(),
                                message: en.id.clone(),
                                part: part.part.name().to_owned(),
                                script,
                            })
                        }
                        None => {}
                    }
                }
            }
        }
        out.push((lang, r));
    }
    Ok(out)
}
