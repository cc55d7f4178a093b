//! A translation unit: one part of one message (its value, or one attribute such as `.hint`),
//! with what a translator needs beside it (the English, the current translation, the English
//! context, the care marker, the review state and the English fingerprint). It is what
//! `locales export` writes, one unit per message and attribute, and what `locales import`
//! reads back; the formats (`xliff`, `csv`) only carry it.

use std::fmt;

use serde::Serialize;

use super::Lang;

/// Which part of a message a unit holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    Value,
    Attribute(String),
}

impl Part {
    /// `value`, or the attribute's name (`hint`, `interpreter`).
    pub fn name(&self) -> &str {
        match self {
            Part::Value => "value",
            Part::Attribute(a) => a,
        }
    }

    pub fn from_name(name: &str) -> Part {
        match name {
            "value" | "" => Part::Value,
            other => Part::Attribute(other.to_owned()),
        }
    }

    /// The unit id: the message id, with `.attribute` for an attribute.
    pub fn unit_id(&self, message: &str) -> String {
        match self {
            Part::Value => message.to_owned(),
            Part::Attribute(a) => format!("{message}.{a}"),
        }
    }

    /// How a translator knows the part: "text", "hint", "interpreter note".
    pub fn label(&self) -> &str {
        match self {
            Part::Value => "text",
            Part::Attribute(a) if a == "interpreter" => "interpreter note",
            Part::Attribute(a) => a,
        }
    }
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where a unit's translation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnitStatus {
    /// No translation of this part yet.
    Missing,
    /// Machine-drafted, or with no review record.
    MachineDraft,
    /// Written against an older English text.
    Stale,
    /// Reviewed by a qualified translator against the current English.
    Reviewed,
}

impl UnitStatus {
    pub fn tag(self) -> &'static str {
        match self {
            UnitStatus::Missing => "missing",
            UnitStatus::MachineDraft => "machine-draft",
            UnitStatus::Stale => "stale",
            UnitStatus::Reviewed => "reviewed",
        }
    }

    pub fn from_tag(tag: &str) -> Option<UnitStatus> {
        [
            UnitStatus::Missing,
            UnitStatus::MachineDraft,
            UnitStatus::Stale,
            UnitStatus::Reviewed,
        ]
        .into_iter()
        .find(|s| s.tag() == tag)
    }
}

/// One part of one message, as exported for a translator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationUnit {
    /// The locale file without `.ftl`: `ui`, or a checklist id.
    pub file: String,
    pub message: String,
    pub part: Part,
    /// The English text (Fluent pattern syntax: `{ $name }` stays as it is).
    pub english: String,
    pub translation: Option<String>,
    pub status: UnitStatus,
    /// Fingerprint of the whole English message: import refuses the unit when it has changed.
    pub fingerprint: String,
    /// The question touches on sexual abuse or self-harm: gentle wording, never more explicit.
    pub care: bool,
    /// The message's other English parts, for context (its text, hint, interpreter note).
    pub context: Vec<(Part, String)>,
}

impl TranslationUnit {
    pub fn unit_id(&self) -> String {
        self.part.unit_id(&self.message)
    }

    /// The English context as lines a translator reads: `Hint: ...`.
    pub fn context_lines(&self) -> Vec<String> {
        self.context
            .iter()
            .map(|(part, text)| {
                let label = part.label();
                let mut label = label.to_owned();
                if let Some(first) = label.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                format!("{label} (English): {text}")
            })
            .collect()
    }
}

/// A unit as read back from a translator's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedUnit {
    pub file: String,
    pub message: String,
    pub part: Part,
    /// The English fingerprint the unit was exported with.
    pub fingerprint: Option<String>,
    /// The translator's text; `None` or empty when they gave none.
    pub target: Option<String>,
    /// The reviewer marked it reviewed (XLIFF state `reviewed` or `final`; CSV status
    /// `reviewed`) without necessarily changing it.
    pub confirmed: bool,
}

/// A translator's file, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedFile {
    pub lang: Lang,
    pub units: Vec<ImportedUnit>,
}

/// What a translator's file gets wrong as a whole (each unit's problems are refusals, see
/// `import`). Never quotes the file's texts.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExchangeError {
    #[error("the file is not UTF-8; save it as UTF-8 (in a spreadsheet: \"CSV UTF-8\")")]
    NotUtf8,
    #[error("the file is not well-formed XML ({0}); open it in the CAT tool and export it again")]
    Xml(String),
    #[error(
        "the file is not XLIFF 2.x (root `{0}`); give the XLIFF 2.1 file `tandem locales export` wrote, or its CSV"
    )]
    NotXliff(String),
    #[error("XLIFF version {0} is not supported; give XLIFF 2.0 or 2.1")]
    XliffVersion(String),
    #[error("the source language is `{0}`, not English (en); export again from Tandem")]
    SourceNotEnglish(String),
    #[error("the target language `{0}` is not one Tandem has; use th, my, km, lo or vi")]
    UnknownLanguage(String),
    #[error("the file has no target language; export again with `--lang`")]
    NoLanguage,
    #[error("the file mixes languages ({0} and {1}); import one language at a time")]
    MixedLanguages(String, String),
    #[error("unit `{0}` has inline markup Tandem does not use ({1}); type the text plainly")]
    InlineMarkup(String, String),
    #[error("the CSV has no `{0}` column; keep the columns `tandem locales export` wrote")]
    MissingColumn(&'static str),
    #[error("the CSV cannot be read at line {0}; keep one row per unit, quoted as exported")]
    Csv(u64),
    #[error(
        "text holds a control character that XML cannot carry (in `{0}`); remove it from the .ftl file"
    )]
    ControlCharacter(String),
}
