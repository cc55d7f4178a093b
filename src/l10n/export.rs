//! What `locales export` hands a translator: the translation units of one language, one per
//! message and attribute, in interview order, chosen by review state. A message goes out whole
//! (its text, hint and interpreter note together) when any of its parts is asked for, because it
//! is reviewed whole. Reads only; the formats are written by `xliff` and `csv`.

use std::path::Path;

use super::interviewee::carries;
use super::source::{self, RawFile};
use super::texts::Texts;
use super::unit::{TranslationUnit, UnitStatus};
use super::{L10nError, Lang, Locales, Review};
use crate::checklist::catalog::Catalog;

/// Which units to export.
#[derive(Debug, Clone, Default)]
pub struct ExportFilter {
    /// Only messages with a part in one of these states (all when empty).
    pub only: Vec<UnitStatus>,
    /// Only these files (`ui`, checklist ids); all when empty.
    pub files: Vec<String>,
}

/// The units of `lang` from the locales in `dir` (or the built-in ones). `catalog` gives the
/// interview order and the care markers of sensitive questions.
pub fn export_units(
    dir: Option<&Path>,
    catalog: Option<&Catalog>,
    lang: Lang,
    filter: &ExportFilter,
) -> Result<Vec<TranslationUnit>, L10nError> {
    let raw = match dir {
        Some(d) => source::dir_files(d)?,
        None => source::builtin_files(),
    };
    Ok(units_from(&raw, catalog, lang, filter))
}

pub(crate) fn units_from(
    raw: &[RawFile],
    catalog: Option<&Catalog>,
    lang: Lang,
    filter: &ExportFilter,
) -> Vec<TranslationUnit> {
    let locales = Locales::from_files(raw);
    let texts = Texts::from_raw(raw);
    let order: Vec<String> = catalog
        .map(|c| c.checklists().iter().map(|c| c.id.clone()).collect())
        .unwrap_or_default();
    let mut out = Vec::new();
    for file in texts.english_files(&order) {
        if !filter.files.is_empty() && !filter.files.contains(&file) {
            continue;
        }
        let Some(english) = texts.file(Lang::En, &file) else {
            continue;
        };
        for message in &english.messages {
            if !carries(lang, &file, &message.id) {
                continue;
            }
            let translated = texts
                .message(lang, &file, &message.id)
                .filter(|t| !t.zawgyi);
            let review = match locales.review(lang, &file, &message.id) {
                Review::Reviewed => UnitStatus::Reviewed,
                Review::Stale => UnitStatus::Stale,
                Review::MachineDraft | Review::Source => UnitStatus::MachineDraft,
            };
            let care = file != super::UI_FILE && is_sensitive(catalog, &message.id);
            let units: Vec<TranslationUnit> = message
                .parts
                .iter()
                .map(|p| {
                    let translation = translated
                        .and_then(|t| t.part(&p.part))
                        .map(|t| t.source.clone());
                    TranslationUnit {
                        file: file.clone(),
                        message: message.id.clone(),
                        part: p.part.clone(),
                        english: p.source.clone(),
                        status: if translation.is_some() {
                            review
                        } else {
                            UnitStatus::Missing
                        },
                        translation,
                        fingerprint: message.fingerprint.clone(),
                        care,
                        context: message
                            .parts
                            .iter()
                            .filter(|o| o.part != p.part)
                            .map(|o| (o.part.clone(), o.source.clone()))
                            .collect(),
                    }
                })
                .collect();
            let wanted =
                filter.only.is_empty() || units.iter().any(|u| filter.only.contains(&u.status));
            if wanted {
                out.extend(units);
            }
        }
    }
    out
}

/// A question (or one of its choices, `question--choice`) carrying the care marker.
fn is_sensitive(catalog: Option<&Catalog>, message: &str) -> bool {
    let question = message.split("--").next().unwrap_or(message);
    catalog
        .and_then(|c| c.find_question(question))
        .is_some_and(|(_, q)| q.sensitive)
}
