//! Text layout for the terminal: display width as the terminal draws it, grapheme-safe truncation,
//! and line breaking at real word boundaries for Thai, Lao, Khmer and Burmese (ICU's dictionary
//! line breaker), plus detection of Zawgyi-encoded Burmese.
//!
//! This module never splits a grapheme cluster, never touches the terminal itself (only `tui`
//! does), and never stores or logs the text it measures.

pub mod zawgyi;

use std::borrow::Cow;
use std::sync::LazyLock;

use icu_segmenter::LineSegmenter;
use icu_segmenter::options::LineBreakOptions;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthChar;

pub use zawgyi::zawgyi_evidence;

/// The ellipsis [`truncate`] appends (one column wide).
pub const ELLIPSIS: &str = "…";

/// Text as a terminal may print it: control characters (ESC, BEL, CR, ...) and bidirectional
/// overrides are shown as `\u{1b}` escapes, so a name typed into a record cannot move the cursor
/// or rewrite what the officer sees.
pub fn printable(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unprintable) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| {
                if is_unprintable(c) {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// Control characters (C0, DEL, C1) and the bidirectional overrides that would let text rewrite
/// what the terminal shows; tabs and line feeds are kept.
fn is_unprintable(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Display columns one character takes in the terminal.
///
/// Measured in tmux 3.3a (LANG=C.UTF-8, 80x10 pane): every code point of Latin-1, combining
/// diacritics, Thai, Lao, Myanmar, Khmer, Khmer symbols, Latin Extended Additional (Vietnamese),
/// general punctuation and Myanmar Extended-A/B was printed after a base letter and the cursor
/// advance read back with `ESC[6n`. tmux advances by `unicode_width`'s *per character* width for
/// all of them except the five overridden below. What differs is the *string* width:
/// `unicode_width::UnicodeWidthStr` counts a Khmer consonant after COENG (U+17D2) as zero
/// columns (`ក្ក` = 1), but tmux draws the subscript consonant in a cell of its own (`ក្ក` = 2,
/// `ស្ត្រី` = 3, `ខ្មែរ` = 4). So [`width`] sums per-character widths, never uses the string
/// rules. Burmese vowel sign E (U+1031) is stored after its consonant and drawn before it; tmux
/// gives it its own cell (`မေ` = 2), the same as `unicode_width`. Thai, Lao and Vietnamese
/// combining marks (also NFD Vietnamese) are zero-width in both.
pub fn char_width(c: char) -> usize {
    match c {
        // tmux draws SOFT HYPHEN as a visible hyphen.
        '\u{00AD}' => 1,
        // KHMER INDEPENDENT VOWEL QAA and KHMER SIGN BEYYAL: unicode_width counts their
        // decompositions (2 and 3 columns), tmux draws one cell.
        '\u{17A4}' | '\u{17D8}' => 1,
        // LINE and PARAGRAPH SEPARATOR: tmux does not advance.
        '\u{2028}' | '\u{2029}' => 0,
        c => c.width().unwrap_or(0),
    }
}

/// Display columns of `s` as the terminal draws it (see [`char_width`] for what was measured).
/// Control characters count zero; callers lay out one line at a time.
pub fn width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// The pieces of `s` that the terminal puts into one cell each (or two, for wide characters): a
/// character with a width and the zero-width characters after it. A renderer that places these
/// pieces cell by cell, advancing by `width(piece)`, stays in step with the terminal even where
/// a grapheme cluster spans several cells (Khmer subscripts). Zero-width characters at the start
/// join the first piece.
pub fn cells(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut seen_spacing = false;
        let mut end = rest.len();
        for (i, c) in rest.char_indices() {
            if char_width(c) > 0 {
                if seen_spacing {
                    end = i;
                    break;
                }
                seen_spacing = true;
            }
        }
        let (piece, tail) = rest.split_at(end);
        rest = tail;
        Some(piece)
    })
}

/// `s` cut to at most `max_cols` columns, ending in [`ELLIPSIS`] when anything was cut. Never
/// splits a grapheme cluster (a Thai tone mark stays on its consonant, a Khmer subscript on its
/// base). Borrowed when `s` already fits.
pub fn truncate(s: &str, max_cols: usize) -> Cow<'_, str> {
    if width(s) <= max_cols {
        return Cow::Borrowed(s);
    }
    if max_cols == 0 {
        return Cow::Borrowed("");
    }
    let budget = max_cols - width(ELLIPSIS);
    let mut used = 0;
    let mut end = 0;
    for (i, g) in s.grapheme_indices(true) {
        let w = width(g);
        if used + w > budget {
            break;
        }
        used += w;
        end = i + g.len();
    }
    let mut out = String::with_capacity(end + ELLIPSIS.len());
    out.push_str(s[..end].trim_end());
    out.push_str(ELLIPSIS);
    Cow::Owned(out)
}

/// The line breaker, built once: compiled dictionaries for Thai, Lao, Khmer and Burmese (faster
/// than the LSTM models, and what ICU uses by default for these scripts).
static LINE_SEGMENTER: LazyLock<icu_segmenter::LineSegmenterBorrowed<'static>> =
    LazyLock::new(|| LineSegmenter::new_dictionary(LineBreakOptions::default()));

/// `s` broken into lines of at most `max_cols` columns at real word boundaries (UAX #14, with
/// dictionary breaking for Thai, Lao, Khmer and Burmese, which write no spaces between words).
///
/// - `\n` ends a line; an empty input gives no lines.
/// - Spaces where a line is broken are dropped; everything else is kept, in order.
/// - A word longer than the line is broken between grapheme clusters, never inside one.
/// - Every line fits, except a single grapheme cluster wider than `max_cols`, which gets a line
///   of its own.
pub fn wrap(s: &str, max_cols: usize) -> Vec<String> {
    let mut lines = Vec::new();
    if s.is_empty() {
        return lines;
    }
    let max_cols = max_cols.max(1);
    for paragraph in s.split('\n') {
        let paragraph = paragraph.strip_suffix('\r').unwrap_or(paragraph);
        wrap_paragraph(paragraph, max_cols, &mut lines);
    }
    lines
}

fn wrap_paragraph(p: &str, max_cols: usize, lines: &mut Vec<String>) {
    if width(p) <= max_cols {
        lines.push(p.trim_end().to_owned());
        return;
    }
    let graphemes: Vec<usize> = p.grapheme_indices(true).map(|(i, _)| i).collect();
    let is_grapheme_boundary = |i: usize| i == p.len() || graphemes.binary_search(&i).is_ok();
    let mut line = String::new();
    let mut line_cols = 0;
    let mut start = 0;
    for end in LINE_SEGMENTER.segment_str(p) {
        if end == 0 || !is_grapheme_boundary(end) {
            continue;
        }
        let word = &p[start..end];
        start = end;
        let visible = word.trim_end();
        let visible_cols = width(visible);
        if line_cols + visible_cols <= max_cols {
            line.push_str(word);
            line_cols += width(word);
            continue;
        }
        if !line.trim_end().is_empty() {
            push_line(lines, &mut line);
        } else {
            line.clear();
        }
        line_cols = 0;
        if visible_cols <= max_cols {
            line.push_str(word);
            line_cols = width(word);
            continue;
        }
        // A word longer than the line: break it between grapheme clusters.
        for g in word.graphemes(true) {
            let w = width(g);
            if line_cols + w > max_cols && !line.is_empty() && !g.trim().is_empty() {
                push_line(lines, &mut line);
                line_cols = 0;
            }
            line.push_str(g);
            line_cols += w;
        }
    }
    if !line.trim_end().is_empty() || lines.is_empty() {
        push_line(lines, &mut line);
    }
}

fn push_line(lines: &mut Vec<String>, line: &mut String) {
    lines.push(line.trim_end().to_owned());
    line.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_follows_tmux_for_khmer_subscripts() {
        // (text, columns tmux 3.3a advanced the cursor by)
        let measured = [
            ("ក្ក", 2),
            ("ស្រី", 2),
            ("ស្ត្រី", 3),
            ("ខ្មែរ", 4),
            ("ព្រះរាជាណាចក្រកម្ពុជា", 17),
            ("မေ", 2),
            ("မြန်မာ", 5),
            ("ကျေးဇူးတင်ပါတယ်", 12),
            ("ที่", 1),
            ("คุณทำงานที่ไหน", 11),
            ("ເຈົ້າ", 3),
            ("Tiếng Việt", 10),
            ("Tie\u{302}\u{301}ng Vie\u{323}\u{302}t", 10),
            ("\u{17A4}", 1),
            ("\u{00AD}", 1),
        ];
        for (s, cols) in measured {
            assert_eq!(width(s), cols, "{s:?}");
        }
    }

    #[test]
    fn cells_split_khmer_subscripts_into_terminal_cells() {
        assert_eq!(cells("ក្ក").collect::<Vec<_>>(), ["ក្", "ក"]);
        assert_eq!(cells("ที่a").collect::<Vec<_>>(), ["ที่", "a"]);
        assert_eq!(cells("\u{301}a").collect::<Vec<_>>(), ["\u{301}a"]);
        assert_eq!(cells("").count(), 0);
    }

    #[test]
    fn truncate_keeps_clusters_and_adds_an_ellipsis() {
        let cases = [
            ("short", 10, "short"),
            ("abcdefgh", 5, "abcd…"),
            ("ที่นี่ที่นั่น", 4, "ที่นี่ที่…"),
            ("ស្ត្រីក", 3, "…"),
            ("a b c d", 4, "a b…"),
            ("abc", 0, ""),
        ];
        for (s, max, want) in cases {
            let got = truncate(s, max);
            assert_eq!(got, want, "{s:?} at {max}");
            assert!(width(&got) <= max);
        }
        assert!(matches!(truncate("fits", 4), Cow::Borrowed(_)));
    }
}
