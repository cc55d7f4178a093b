//! The languages Tandem speaks: which ones an officer may use, which ones an interviewee may use,
//! and how each names itself in a language picker. An unknown tag is refused where it enters
//! (command line, record document, settings): an interview text never falls back to English.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language with texts under `locales/<tag>/`; every one of them can be an interviewee's.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
#[value(rename_all = "lowercase")]
pub enum Lang {
    En,
    Th,
    My,
    Km,
    Lo,
    Vi,
}

/// Languages the interface (`ui.ftl`) is complete in: the officer's language.
pub const OFFICER_LANGS: [Lang; 2] = [Lang::En, Lang::Th];

/// The language an officer works in: the interface, errors, the officer's column.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
#[value(rename_all = "lowercase")]
pub enum OfficerLang {
    #[default]
    En,
    Th,
}

impl OfficerLang {
    pub fn lang(self) -> Lang {
        match self {
            OfficerLang::En => Lang::En,
            OfficerLang::Th => Lang::Th,
        }
    }

    pub fn from_lang(lang: Lang) -> Option<OfficerLang> {
        match lang {
            Lang::En => Some(OfficerLang::En),
            Lang::Th => Some(OfficerLang::Th),
            _ => None,
        }
    }

    pub fn tag(self) -> &'static str {
        self.lang().tag()
    }
}

impl fmt::Display for OfficerLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// Languages an interview can be held in, in the order a picker offers them.
pub const INTERVIEWEE_LANGS: [Lang; 6] =
    [Lang::My, Lang::Km, Lang::Lo, Lang::Vi, Lang::Th, Lang::En];

impl Lang {
    /// Every language, English (the source) first.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Th, Lang::My, Lang::Km, Lang::Lo, Lang::Vi];

    /// The tag used in directory names and records: `en`, `th`, `my`, `km`, `lo`, `vi`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Th => "th",
            Lang::My => "my",
            Lang::Km => "km",
            Lang::Lo => "lo",
            Lang::Vi => "vi",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The language's name in itself, for pickers (a person finds her own language by its own
    /// script, not by an English word).
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Th => "ไทย",
            Lang::My => "မြန်မာ",
            Lang::Km => "ខ្មែរ",
            Lang::Lo => "ລາວ",
            Lang::Vi => "Tiếng Việt",
        }
    }

    pub fn is_officer_lang(self) -> bool {
        OFFICER_LANGS.contains(&self)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// An unknown language tag; the message lists the tags Tandem knows.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{0}`; use one of: en, th, my, km, lo, vi")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        Lang::from_tag(s).ok_or_else(|| UnknownLang(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_and_unknown_tags_say_what_to_use() {
        for l in Lang::ALL {
            assert_eq!(l.tag().parse::<Lang>(), Ok(l));
        }
        let err = "de".parse::<Lang>().unwrap_err().to_string();
        assert!(
            err.contains("unknown language `de`") && err.contains("km"),
            "{err}"
        );
    }

    #[test]
    fn officers_use_english_or_thai_and_interviews_run_in_all_six() {
        assert!(OFFICER_LANGS.iter().all(|l| l.is_officer_lang()));
        assert!(!Lang::My.is_officer_lang());
        let mut all = INTERVIEWEE_LANGS;
        all.sort();
        assert_eq!(all, Lang::ALL);
    }
}
