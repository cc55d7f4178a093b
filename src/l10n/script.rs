//! Which script a translated text is written in: the checks that catch English left in a Lao
//! message, Thai pasted into a Lao one, or Burmese in a Khmer file. They look at letters only
//! (placeables, digits, punctuation and symbols say nothing about the language).
//!
//! NFC and Zawgyi have their own checks (`unicode_normalization`, `crate::text::zawgyi_evidence`);
//! this module only sorts letters by script.

use serde::Serialize;

use super::Lang;

/// The scripts of Tandem's languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    Latin,
    Thai,
    Lao,
    Khmer,
    Myanmar,
}

impl Script {
    pub fn name(self) -> &'static str {
        match self {
            Script::Latin => "Latin",
            Script::Thai => "Thai",
            Script::Lao => "Lao",
            Script::Khmer => "Khmer",
            Script::Myanmar => "Myanmar (Burmese)",
        }
    }

    /// The script of a letter or combining mark, if it is one of ours.
    pub fn of(c: char) -> Option<Script> {
        let script = match c as u32 {
            0x0E00..=0x0E7F => Script::Thai,
            0x0E80..=0x0EFF => Script::Lao,
            0x1780..=0x17FF | 0x19E0..=0x19FF => Script::Khmer,
            0x1000..=0x109F | 0xA9E0..=0xA9FF | 0xAA60..=0xAA7F => Script::Myanmar,
            0x0041..=0x005A | 0x0061..=0x007A | 0x00C0..=0x024F | 0x1E00..=0x1EFF
                if c.is_alphabetic() =>
            {
                Script::Latin
            }
            // Combining diacritics (a decomposed Vietnamese tone mark) belong to Latin text.
            0x0300..=0x036F => Script::Latin,
            _ => return None,
        };
        // Digits and punctuation of these blocks are not letters.
        let letter = c.is_alphabetic() || (0x0300..=0x036F).contains(&(c as u32)) || is_mark(c);
        letter.then_some(script)
    }
}

/// Combining vowel signs and tone marks of the Southeast Asian scripts, which `is_alphabetic`
/// does not always include.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E |
        0x0EB1 | 0x0EB4..=0x0EBC | 0x0EC8..=0x0ECE |
        0x17B4..=0x17D3 | 0x17DD |
        0x102B..=0x103E | 0x1056..=0x1059 | 0x105E..=0x1060 | 0x1062..=0x1064 |
        0x1067..=0x106D | 0x1071..=0x1074 | 0x1082..=0x108D | 0x108F | 0x109A..=0x109D)
}

impl Lang {
    /// The script this language is written in.
    pub fn script(self) -> Script {
        match self {
            Lang::En | Lang::Vi => Script::Latin,
            Lang::Th => Script::Thai,
            Lang::Lo => Script::Lao,
            Lang::Km => Script::Khmer,
            Lang::My => Script::Myanmar,
        }
    }
}

/// What is wrong with the script of a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", content = "script", rename_all = "kebab-case")]
pub enum ScriptProblem {
    /// Letters of another Southeast Asian script than the language's own (Thai in a Lao text).
    WrongScript(Script),
    /// The English text, or English words and none of the language's own letters.
    StillEnglish,
}

/// Checks the literal text of one part of a translation into `lang` against the English text
/// of the same part. A single word the same as English ("PEP", "Tandem") is not flagged: names
/// and abbreviations stay as they are.
pub fn script_problem(lang: Lang, english: &str, text: &str) -> Option<ScriptProblem> {
    let own = lang.script();
    let mut own_letters = 0;
    for c in text.chars() {
        match Script::of(c) {
            Some(s) if s == own => own_letters += 1,
            Some(Script::Latin) | None => {}
            Some(other) => return Some(ScriptProblem::WrongScript(other)),
        }
    }
    let latin_words = text
        .split_whitespace()
        .filter(|w| w.chars().any(|c| Script::of(c) == Some(Script::Latin)))
        .count();
    let same_as_english = squash(text) == squash(english) && latin_words >= 2;
    let english_only = own != Script::Latin && own_letters == 0 && latin_words >= 2;
    (same_as_english || english_only).then_some(ScriptProblem::StillEnglish)
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_sorted_by_script_and_marks_count_as_letters() {
        assert_eq!(Script::of('ก'), Some(Script::Thai));
        assert_eq!(Script::of('\u{0E48}'), Some(Script::Thai), "Thai tone mark");
        assert_eq!(Script::of('ກ'), Some(Script::Lao));
        assert_eq!(Script::of('ក'), Some(Script::Khmer));
        assert_eq!(Script::of('\u{17D2}'), Some(Script::Khmer), "COENG");
        assert_eq!(Script::of('က'), Some(Script::Myanmar));
        assert_eq!(Script::of('ệ'), Some(Script::Latin));
        for not_a_letter in ['1', '๑', '໑', '១', '၁', '?', ' ', '{', '↓'] {
            assert_eq!(Script::of(not_a_letter), None, "{not_a_letter}");
        }
    }

    #[test]
    fn english_left_in_a_translation_and_foreign_scripts_are_found() {
        let cases = [
            (Lang::Lo, "Were you paid?", "ເຈົ້າໄດ້ຮັບຄ່າຈ້າງບໍ?", None),
            (
                Lang::Lo,
                "Were you paid?",
                "Were you paid?",
                Some(ScriptProblem::StillEnglish),
            ),
            (
                Lang::Lo,
                "Were you paid?",
                "Did they pay you?",
                Some(ScriptProblem::StillEnglish),
            ),
            (
                Lang::Lo,
                "Were you paid?",
                "คุณได้รับค่าจ้างไหม",
                Some(ScriptProblem::WrongScript(Script::Thai)),
            ),
            (
                Lang::Km,
                "Yes",
                "ဟုတ်ကဲ့",
                Some(ScriptProblem::WrongScript(Script::Myanmar)),
            ),
            // Names and abbreviations stay; a Latin word inside a translation is fine.
            (Lang::Km, "PEP", "PEP", None),
            (Lang::Th, "Tandem", "Tandem", None),
            (
                Lang::Km,
                "↓ more below: Ctrl-↓",
                "↓ មានបន្ថែមខាងក្រោម: Ctrl-↓",
                None,
            ),
            (Lang::Vi, "Yes", "Có", None),
            (
                Lang::Vi,
                "Declined to answer",
                "Declined  to answer",
                Some(ScriptProblem::StillEnglish),
            ),
            (
                Lang::Vi,
                "Yes",
                "ใช่",
                Some(ScriptProblem::WrongScript(Script::Thai)),
            ),
        ];
        for (lang, english, text, want) in cases {
            assert_eq!(script_problem(lang, english, text), want, "{lang} {text}");
        }
    }
}
