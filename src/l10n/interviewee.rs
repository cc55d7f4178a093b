//! The interface texts the interviewee and the interpreter read, as data: the answer words, the
//! notices beside an interviewee-language text, every string of the interpreter view, and the
//! interpreter booklet's headings in the person's column. Burmese, Khmer, Lao and Vietnamese
//! carry only these in `ui.ftl`; coverage, export and import count and accept only these there.
//!
//! Also the lookup the screen uses for the interviewee's column: the text in the interviewee's
//! language with its review state, or `None`, never English (the screen shows the gap).
//!
//! The list comes from reading `src/tui/view.rs` (question screen, answer chips, interpreter
//! view, header and footer in interpreter view) and the booklet in `src/referral/html.rs`. A
//! test checks that English has every one.

use super::{FluentValue, Lang, Locales, Localized, UI_FILE};

/// Interface messages an interviewee or interpreter reads, in screen order.
pub const INTERVIEWEE_UI: [&str; 20] = [
    // The answer words on every question's chips.
    "answer-yes",
    "answer-no",
    "answer-unsure",
    "answer-declined",
    // Beside the interviewee-language text: no translation, unreviewed, out of date.
    "text-missing",
    "tui-text-missing",
    "tui-machine-draft",
    "tui-stale",
    // The interpreter view: header, body, scroll markers, footer, the neutral page.
    "tui-interpreter-view",
    "tui-interpreter-note",
    "tui-more-below",
    "tui-more-above",
    "tui-cmd-interpreter-view",
    "tui-cmd-back",
    "tui-interpreter-nothing",
    "tui-too-small",
    // The interpreter booklet's headings in the person's column.
    "referral-booklet-title",
    "referral-interpreter-note",
    "referral-no-translation",
    "referral-unreviewed",
];

/// Whether an interface message is one the interviewee or interpreter reads.
pub fn is_interviewee_ui(id: &str) -> bool {
    INTERVIEWEE_UI.contains(&id)
}

/// Whether `lang`'s `file` carries message `id`: interviewee-only languages carry only the
/// interviewee-facing interface texts; every language carries every checklist text.
pub fn carries(lang: Lang, file: &str, id: &str) -> bool {
    lang.is_officer_lang() || file != UI_FILE || is_interviewee_ui(id)
}

impl Locales {
    /// An interface message in the interviewee's language with its review state, for the
    /// interviewee's column of the screen. `None` when `lang` has no such text (or only a
    /// Zawgyi-encoded one): never English in its place, so the screen can show the gap.
    ///
    /// ```
    /// use tandem::l10n::{Lang, Locales, Review};
    /// let locales = Locales::builtin();
    /// let yes = locales.interviewee_ui(Lang::Km, "answer-yes", &[]).unwrap();
    /// assert_eq!(yes.review, Review::MachineDraft);
    /// assert_ne!(yes.text, "Yes");
    /// assert_eq!(locales.interviewee_ui(Lang::Km, "tui-setup-title", &[]), None);
    /// assert_eq!(locales.interviewee_ui(Lang::En, "answer-yes", &[]).unwrap().text, "Yes");
    /// ```
    pub fn interviewee_ui(
        &self,
        lang: Lang,
        id: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> Option<Localized> {
        let text = self.format(lang, UI_FILE, id, None, args)?;
        Some(Localized {
            text,
            review: self.review(lang, UI_FILE, id),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::{INTERVIEWEE_LANGS, Review};

    fn dir(files: &[(&str, &str)]) -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        for (rel, text) in files {
            let p = d.path().join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        d
    }

    #[test]
    fn english_has_every_interviewee_text_and_each_interviewee_language_has_them() {
        let l = Locales::builtin();
        for id in INTERVIEWEE_UI {
            assert!(l.has_message(Lang::En, UI_FILE, id), "en/ui.ftl lacks {id}");
            for lang in INTERVIEWEE_LANGS {
                let shown = l.interviewee_ui(lang, id, &[]);
                let shown = shown.unwrap_or_else(|| panic!("{lang}/ui.ftl lacks {id}"));
                if lang != Lang::En {
                    // Drafted by a machine: the screen must keep marking them.
                    assert_ne!(shown.review, Review::Reviewed, "{lang} {id}");
                    assert_ne!(shown.review, Review::Source, "{lang} {id}");
                }
            }
        }
    }

    #[test]
    fn the_interviewee_column_gets_its_language_or_nothing_with_the_review_state() {
        let en = "answer-yes = Yes\nanswer-no = No\ntui-too-small = Too small ({ $width })\n";
        let km_fp = {
            let r = fluent_syntax::parser::parse(en).unwrap();
            match &r.body[0] {
                fluent_syntax::ast::Entry::Message(m) => crate::l10n::ftl::fingerprint(m),
                _ => unreachable!(),
            }
        };
        let review = format!(
            "[messages.answer-yes]\nstatus = \"reviewed\"\nsource = \"{km_fp}\"\n\
             reviewer = \"A. Translator\"\nreviewed_on = \"2026-12-01\"\n"
        );
        let d = dir(&[
            ("en/ui.ftl", en),
            (
                "km/ui.ftl",
                "answer-yes = បាទ/ចាស\ntui-too-small = តូចពេក ({ $width })\n",
            ),
            ("km/ui.review.toml", &review),
            (
                "my/ui.ftl",
                "answer-yes = \u{1031}\u{1000}\u{103A}\u{1038}\n",
            ),
        ]);
        let l = Locales::from_dir(d.path()).unwrap();
        let yes = l.interviewee_ui(Lang::Km, "answer-yes", &[]).unwrap();
        assert_eq!(
            (yes.text.as_str(), yes.review),
            ("បាទ/ចាស", Review::Reviewed)
        );
        // No Khmer text: nothing, not the English word.
        assert_eq!(l.interviewee_ui(Lang::Km, "answer-no", &[]), None);
        assert_eq!(
            l.ui(Lang::Km, "answer-no", &[]),
            "No",
            "ui() still falls back"
        );
        // No record: a machine draft. Variables are filled.
        let small = l
            .interviewee_ui(Lang::Km, "tui-too-small", &[("width", 40.into())])
            .unwrap();
        assert_eq!(small.text, "តូចពេក (40)");
        assert_eq!(small.review, Review::MachineDraft);
        // Zawgyi-encoded Burmese is never shown.
        assert_eq!(l.interviewee_ui(Lang::My, "answer-yes", &[]), None);
        // No file at all for the language.
        assert_eq!(l.interviewee_ui(Lang::Lo, "answer-yes", &[]), None);
        assert_eq!(
            l.interviewee_ui(Lang::En, "answer-yes", &[])
                .unwrap()
                .review,
            Review::Source
        );
    }

    #[test]
    fn only_officer_languages_carry_officer_texts() {
        assert!(carries(Lang::Th, UI_FILE, "tui-setup-title"));
        assert!(!carries(Lang::Km, UI_FILE, "tui-setup-title"));
        assert!(carries(Lang::Km, UI_FILE, "answer-yes"));
        assert!(carries(Lang::Km, "consent", "consent-purpose"));
    }
}
