//! Every message of every locale file, split into its parts (value, attributes) as the text a
//! translator edits: what export writes, import compares against, and `locales check` lists.
//! Read from the same raw files as `Locales` (NFC-normalised like it); never writes.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::Entry;
use unicode_normalization::UnicodeNormalization;

use super::source::{FileKind, RawFile};
use super::unit::Part;
use super::{Lang, ftl};

/// One part of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PartText {
    pub part: Part,
    /// As [`ftl::pattern_source`] writes it.
    pub source: String,
    /// Literal text, select variants included.
    pub literals: String,
    pub variables: BTreeSet<String>,
}

/// A message and its parts, value first, attributes in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MessageText {
    pub id: String,
    pub parts: Vec<PartText>,
    pub fingerprint: String,
    /// Holds Zawgyi-encoded Burmese: treated as no translation.
    pub zawgyi: bool,
}

impl MessageText {
    pub fn part(&self, part: &Part) -> Option<&PartText> {
        self.parts.iter().find(|p| &p.part == part)
    }
}

/// The messages of one `.ftl` file, in file order (the first definition of a duplicate id).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct FileTexts {
    pub messages: Vec<MessageText>,
}

impl FileTexts {
    pub fn parse(text: &str) -> FileTexts {
        let text: String = text.nfc().collect();
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let mut messages: Vec<MessageText> = Vec::new();
        for entry in &resource.body {
            let Entry::Message(m) = entry else { continue };
            if messages.iter().any(|x| x.id == m.id.name) {
                continue;
            }
            let mut parts = Vec::new();
            let patterns = m.value.iter().map(|v| (Part::Value, v)).chain(
                m.attributes
                    .iter()
                    .map(|a| (Part::Attribute(a.id.name.to_owned()), &a.value)),
            );
            for (part, pattern) in patterns {
                parts.push(PartText {
                    part,
                    source: ftl::pattern_source(pattern),
                    literals: ftl::pattern_literals(pattern),
                    variables: ftl::pattern_variable_names(pattern),
                });
            }
            messages.push(MessageText {
                id: m.id.name.to_owned(),
                parts,
                fingerprint: ftl::fingerprint(m),
                zawgyi: crate::text::zawgyi_evidence(&ftl::literal_text(m)).is_some(),
            });
        }
        FileTexts { messages }
    }

    pub fn message(&self, id: &str) -> Option<&MessageText> {
        self.messages.iter().find(|m| m.id == id)
    }
}

/// The parsed `.ftl` files of a locales source, keyed by (language, file name).
#[derive(Debug, Clone, Default)]
pub(crate) struct Texts {
    pub files: BTreeMap<(Lang, String), FileTexts>,
}

impl Texts {
    pub fn from_raw(raw: &[RawFile]) -> Texts {
        let mut files = BTreeMap::new();
        for f in raw {
            let (Some(text), FileKind::Ftl { lang, name }) = (f.text(), f.kind()) else {
                continue;
            };
            files.insert((lang, name), FileTexts::parse(text));
        }
        Texts { files }
    }

    pub fn file(&self, lang: Lang, name: &str) -> Option<&FileTexts> {
        self.files.get(&(lang, name.to_owned()))
    }

    pub fn message(&self, lang: Lang, name: &str, id: &str) -> Option<&MessageText> {
        self.file(lang, name)?.message(id)
    }

    /// File names English has, checklists first in `order` (interview order), then the rest
    /// alphabetically, the interface (`ui`) last.
    pub fn english_files(&self, order: &[String]) -> Vec<String> {
        let mut names: Vec<String> = self
            .files
            .keys()
            .filter(|(l, _)| *l == Lang::En)
            .map(|(_, n)| n.clone())
            .collect();
        names.sort_by_key(|n| {
            let pos = order.iter().position(|o| o == n).unwrap_or(usize::MAX);
            (n == super::UI_FILE, pos, n.clone())
        });
        names
    }
}
