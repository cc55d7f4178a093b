//! Detection of Zawgyi-encoded Burmese. Zawgyi is a legacy font encoding still common on phones:
//! it reuses Myanmar code points for glyphs in visual order, so Zawgyi text is garbage for any
//! Unicode reader (and for line breaking and search). Tandem detects it and refuses it; it never
//! converts or stores it.
//!
//! The heuristic looks for sequences that valid Unicode Burmese can never contain but that
//! Zawgyi writes all the time (the same structural signals myanmar-tools' model weighs most):
//!
//! 1. A Myanmar dependent sign (U+102B..=U+103E) with no Myanmar character before it (start of
//!    text, after a space or punctuation). Unicode stores vowel sign E (U+1031) and medials after
//!    their consonant; Zawgyi stores U+1031 and its medial RA (U+103B) *before* the consonant,
//!    where they are drawn, so nearly every Zawgyi sentence starts a word with one of them.
//! 2. U+1039 not followed by a consonant (U+1000..=U+1021). In Unicode U+1039 is the invisible
//!    stacker and always joins two consonants; Zawgyi uses it as the visible killer (asat), which
//!    ends a syllable: it is followed by a space, a vowel sign E, or the end of the text.
//! 3. Vowel sign E directly followed by a medial (U+103B..=U+103E). Unicode orders medials before
//!    the vowel; Zawgyi's visual order puts E first (`ေျ`).
//!
//! Broken Unicode (a stray combining mark) also trips rule 1; either way the text must be fixed.
//! Code points U+1060..=U+1097, which Zawgyi uses for stacked forms, are not used as a signal:
//! Unicode Shan, Karen and Mon letters live there too.

/// Byte offset of the first character that shows `s` is Zawgyi-encoded (or otherwise not valid
/// Unicode Burmese), or `None` when nothing does.
pub fn zawgyi_evidence(s: &str) -> Option<usize> {
    let mut prev: Option<char> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let after_myanmar = prev.is_some_and(is_myanmar);
        if is_dependent_sign(c) && !after_myanmar {
            return Some(i);
        }
        if c == '\u{1039}' && !next.is_some_and(is_consonant) {
            return Some(i);
        }
        if c == '\u{1031}' && next.is_some_and(|n| ('\u{103B}'..='\u{103E}').contains(&n)) {
            return Some(i);
        }
        prev = Some(c);
    }
    None
}

fn is_myanmar(c: char) -> bool {
    ('\u{1000}'..='\u{109F}').contains(&c)
}

fn is_dependent_sign(c: char) -> bool {
    ('\u{102B}'..='\u{103E}').contains(&c)
}

fn is_consonant(c: char) -> bool {
    ('\u{1000}'..='\u{1021}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_burmese_passes() {
        for s in [
            "မြန်မာ",
            "ကျေးဇူးတင်ပါတယ်",
            "ကျွန်ုပ် ပြောပါမယ်။",
            "သ္မီး",
            "ဗုဒ္ဓ",
            "အလုပ်က ကတိပေးထားတာနဲ့ မတူဘူးလား။",
            "Thai ไทย and English",
        ] {
            assert_eq!(zawgyi_evidence(s), None, "{s:?}");
        }
    }

    #[test]
    fn zawgyi_is_caught_where_it_starts() {
        // (Zawgyi text, byte offset of the evidence)
        let cases = [
            // "Myanmar": Zawgyi medial RA U+103B before the consonant, at the start (rule 1).
            ("\u{103B}\u{1019}\u{1014}\u{1039}\u{1019}\u{102C}", 0),
            // "thank you": vowel E first (rule 1).
            (
                "\u{1031}\u{1000}\u{103A}\u{1038}\u{1007}\u{1030}\u{1038}\u{1010}\u{1004}\u{1039}\u{1015}\u{102B}",
                0,
            ),
            // "ok " + a word ending in Zawgyi's visible killer U+1039 (rule 2).
            ("ok \u{1010}\u{101A}\u{1039}", 9),
            // Vowel E then medial RA inside a word (rule 3).
            ("\u{1000}\u{1031}\u{103B}\u{1019}", 3),
        ];
        for (s, at) in cases {
            assert_eq!(zawgyi_evidence(s), Some(at), "{s:?}");
        }
    }
}
