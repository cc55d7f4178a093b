//! What the interface reads but never changes: the checklists and the texts. Loaded once (the
//! built-in checklists by the vault worker once the vault is open, the texts of a
//! language when one of them is first shown) and shared read-only. Holds no case data.

use std::sync::OnceLock;

use crate::checklist::catalog::Catalog;
use crate::checklist::model::{Checklist, Question};
use crate::l10n::{FluentValue, Lang, Locales, Review};

/// A text in one language with the marker the screen must show beside it, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub text: String,
    /// `tui-machine-draft` or `tui-stale` when nobody qualified checked this text.
    pub marker: Option<&'static str>,
}

/// A question's texts in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prompt {
    pub text: String,
    pub hint: Option<String>,
    pub interpreter: Option<String>,
    pub marker: Option<&'static str>,
}

pub struct Content {
    catalog: OnceLock<Catalog>,
    locales: Locales,
}

fn marker(review: Review) -> Option<&'static str> {
    match review {
        Review::Source | Review::Reviewed => None,
        Review::MachineDraft => Some("tui-machine-draft"),
        Review::Stale => Some("tui-stale"),
    }
}

impl Content {
    pub fn new(catalog: Catalog, locales: Locales) -> Content {
        Content {
            catalog: OnceLock::from(catalog),
            locales,
        }
    }

    /// The built-in checklists, parsed the first time they are needed rather than before the
    /// first screen: the unlock screen needs none of them, and the vault worker asks for them as
    /// soon as the vault is open, on its own thread.
    pub fn with_builtin_checklists(locales: Locales) -> Content {
        Content {
            catalog: OnceLock::new(),
            locales,
        }
    }

    fn catalog(&self) -> &Catalog {
        self.catalog.get_or_init(|| {
            // `cargo test` and `tandem check` validate the built-in checklists: they load.
            Catalog::builtin().expect("the built-in checklists are valid")
        })
    }

    /// The texts (for referral packets, which carry both languages).
    pub fn locales(&self) -> &Locales {
        &self.locales
    }

    /// Every checklist, in interview order.
    pub fn checklists(&self) -> &[Checklist] {
        self.catalog().checklists()
    }

    /// The checklist holding a question, and the question.
    pub fn find(&self, question: &str) -> Option<(&Checklist, &Question)> {
        self.catalog().find_question(question)
    }

    /// An interface string (falls back to English, then to its id).
    pub fn ui(&self, lang: Lang, id: &str, args: &[(&str, String)]) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = args
            .iter()
            .map(|(k, v)| {
                let value = match v.parse::<i64>() {
                    Ok(n) => FluentValue::from(n),
                    Err(_) => FluentValue::from(v.as_str()),
                };
                (*k, value)
            })
            .collect();
        self.locales.ui(lang, id, &args)
    }

    /// A question in one language; `None` when that language has no text for it (never English
    /// in its place: the screen shows the gap).
    pub fn prompt(&self, lang: Lang, checklist: &str, question: &str) -> Option<Prompt> {
        self.locales
            .question(lang, checklist, question)
            .map(|q| Prompt {
                text: q.text,
                hint: q.hint,
                interpreter: q.interpreter,
                marker: marker(q.review),
            })
    }

    pub fn choice(
        &self,
        lang: Lang,
        checklist: &str,
        question: &str,
        choice: &str,
    ) -> Option<Shown> {
        self.locales
            .choice(lang, checklist, question, choice)
            .map(|l| Shown {
                text: l.text,
                marker: marker(l.review),
            })
    }

    /// A section title, in the language asked, else English, else its id.
    pub fn section(&self, lang: Lang, checklist: &str, section: &str) -> String {
        [lang, Lang::En]
            .into_iter()
            .find_map(|l| self.locales.section(l, checklist, section))
            .map(|l| l.text)
            .unwrap_or_else(|| section.to_owned())
    }

    /// A checklist title, in the language asked, else English, else the file's title.
    pub fn checklist_title(&self, lang: Lang, checklist: &Checklist) -> String {
        [lang, Lang::En]
            .into_iter()
            .find_map(|l| self.locales.checklist_title(l, &checklist.id))
            .map(|l| l.text)
            .unwrap_or_else(|| checklist.title.clone())
    }
}
