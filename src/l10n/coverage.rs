//! How complete and how trustworthy each language is: per language and file, the messages
//! present, missing, stale, unreviewed and reviewed, measured against the English source. For
//! Burmese, Khmer, Lao and Vietnamese the interface counts only the interviewee-facing texts
//! (`interviewee::INTERVIEWEE_UI`): the officer's screens are never shown in those languages.

use std::collections::BTreeMap;

use serde::Serialize;

use super::interviewee::carries;
use super::{Lang, Locales, Review};

/// Counts for one file of one language. For English every message is the source: present.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FileCoverage {
    /// Messages in the English file.
    pub messages: usize,
    pub present: usize,
    pub missing: usize,
    /// Present, but written against an older English text.
    pub stale: usize,
    /// Present and current, but machine-drafted or without a review record.
    pub unreviewed: usize,
    /// Present, current and reviewed by a qualified translator.
    pub reviewed: usize,
}

impl FileCoverage {
    fn add(&mut self, other: &FileCoverage) {
        self.messages += other.messages;
        self.present += other.present;
        self.missing += other.missing;
        self.stale += other.stale;
        self.unreviewed += other.unreviewed;
        self.reviewed += other.reviewed;
    }
}

/// Coverage of every language; serialises as an object keyed by language tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Coverage {
    pub languages: BTreeMap<Lang, LangCoverage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LangCoverage {
    pub total: FileCoverage,
    /// Keyed by file name without `.ftl` (`ui`, `consent`, ...).
    pub files: BTreeMap<String, FileCoverage>,
}

/// Counts every language's messages against the English files.
pub fn coverage(locales: &Locales) -> Coverage {
    let english_files: Vec<&str> = locales
        .file_names()
        .into_iter()
        .filter(|name| !locales.messages(Lang::En, name).is_empty())
        .collect();
    let mut languages = BTreeMap::new();
    for lang in Lang::ALL {
        let mut files = BTreeMap::new();
        let mut total = FileCoverage::default();
        for &name in &english_files {
            let mut c = FileCoverage::default();
            for id in locales.messages(Lang::En, name) {
                // Burmese, Khmer, Lao and Vietnamese interviews show only the interviewee-facing
                // interface texts; the officer-only ones are not theirs to count.
                if !carries(lang, name, id) {
                    continue;
                }
                c.messages += 1;
                if !locales.has_message(lang, name, id) {
                    c.missing += 1;
                    continue;
                }
                c.present += 1;
                match locales.review(lang, name, id) {
                    Review::Stale => c.stale += 1,
                    Review::MachineDraft => c.unreviewed += 1,
                    Review::Reviewed => c.reviewed += 1,
                    Review::Source => {}
                }
            }
            total.add(&c);
            files.insert(name.to_owned(), c);
        }
        languages.insert(lang, LangCoverage { total, files });
    }
    Coverage { languages }
}
