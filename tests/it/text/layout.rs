//! Line breaking, truncation and width: what the question screen relies on to draw Thai, Lao,
//! Khmer, Burmese and Vietnamese without cutting a word or a character in half.

use proptest::prelude::*;
use tandem::text::{truncate, width, wrap};
use unicode_segmentation::UnicodeSegmentation;

#[test]
fn wraps_between_words_in_every_interviewee_script() {
    // (sentence, columns, lines): every break falls between two words of the language.
    let cases: &[(&str, usize, &[&str])] = &[
        (
            // "Were you paid what was agreed?": คุณ|ได้รับ|ค่าจ้าง|ตาม|ที่|ตกลง|ไว้|หรือ|ไม่
            "คุณได้รับค่าจ้างตามที่ตกลงไว้หรือไม่",
            12,
            &["คุณได้รับค่าจ้าง", "ตามที่ตกลงไว้", "หรือไม่"],
        ),
        (
            "အလုပ်က ကတိပေးထားတာနဲ့ မတူဘူးလား။",
            12,
            &["အလုပ်က ကတိပေး", "ထားတာနဲ့ မတူဘူး", "လား။"],
        ),
        (
            // តើ|ការងារ|ខុស|ពី|អ្វី|ដែល|គេ|បាន|សន្យា|ទេ
            "តើការងារខុសពីអ្វីដែលគេបានសន្យាទេ?",
            12,
            &["តើការងារខុសពី", "អ្វីដែលគេបាន", "សន្យាទេ?"],
        ),
        (
            // ວຽກ|ແຕກຕ່າງ|ຈາກ|ທີ່|ເຂົາ|ສັນຍາ|ໄວ້|ບໍ່
            "ວຽກແຕກຕ່າງຈາກທີ່ເຂົາສັນຍາໄວ້ບໍ່?",
            12,
            &["ວຽກແຕກຕ່າງຈາກ", "ທີ່ເຂົາສັນຍາໄວ້ບໍ່?"],
        ),
        (
            "Công việc có khác với những gì bạn được hứa không?",
            12,
            &[
                "Công việc có",
                "khác với",
                "những gì bạn",
                "được hứa",
                "không?",
            ],
        ),
        ("Was the work different?", 80, &["Was the work different?"]),
        ("first\n\nsecond", 80, &["first", "", "second"]),
        ("", 10, &[]),
        // A word longer than the line breaks between characters, never inside a cluster.
        ("abcdefghij", 4, &["abcd", "efgh", "ij"]),
    ];
    for (text, cols, want) in cases {
        let got = wrap(text, *cols);
        assert_eq!(&got, want, "wrap({text:?}, {cols})");
        for line in &got {
            assert!(width(line) <= *cols, "{line:?} is wider than {cols}");
        }
    }
}

#[test]
fn truncation_never_splits_a_cluster() {
    let cases = [
        ("ภาษาไทย", 4, "ภาษ…"),
        // ខ្មែ is one cluster of three columns: it does not fit in the five left before the ellipsis.
        ("ភាសាខ្មែរ", 6, "ភាសា…"),
        ("မြန်မာ", 3, "မြ…"),
        ("Tiếng Việt", 6, "Tiếng…"),
    ];
    for (s, cols, want) in cases {
        assert_eq!(truncate(s, cols), want, "truncate({s:?}, {cols})");
    }
}

/// Pieces the generator strings together: words and syllables with combining marks in every
/// interviewee script, spaces, and a newline.
const FRAGMENTS: &[&str] = &[
    "คุณ",
    "ได้รับ",
    "ค่าจ้าง",
    "ที่",
    "น้ำ",
    "ក្ក",
    "ស្ត្រី",
    "ការងារ",
    "ខ្មែរ",
    "မြန်မာ",
    "ကျေးဇူး",
    "ပြော",
    "ເຈົ້າ",
    "ນ້ຳ",
    "ວຽກ",
    "Việt",
    "người",
    "e\u{302}\u{301}",
    "work",
    "a",
    "中文",
    " ",
    " ",
    "  ",
    "\n",
    ", ",
    "?",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..40).prop_map(|v| v.concat())
}

fn is_boundary(text: &str, at: usize) -> bool {
    at == 0 || at == text.len() || text.grapheme_indices(true).any(|(i, _)| i == at)
}

proptest! {
    #[test]
    fn wrapped_lines_fit_keep_the_text_and_never_split_a_grapheme(
        text in text(),
        cols in 1usize..30,
    ) {
        let lines = wrap(&text, cols);
        for line in &lines {
            let single_grapheme = line.graphemes(true).count() <= 1;
            prop_assert!(width(line) <= cols || single_grapheme, "{line:?} wider than {cols}");
        }
        // The lines are the text in order; only whitespace lies between them.
        let mut at = 0;
        for line in &lines {
            let found = text[at..].find(line.as_str());
            prop_assert!(found.is_some(), "{line:?} not found after byte {at}");
            let start = at + found.unwrap_or(0);
            prop_assert!(text[at..start].chars().all(char::is_whitespace),
                "non-space {:?} dropped before {line:?}", &text[at..start]);
            prop_assert!(is_boundary(&text, start) && is_boundary(&text, start + line.len()),
                "{line:?} starts or ends inside a grapheme cluster");
            at = start + line.len();
        }
        prop_assert!(text[at..].chars().all(char::is_whitespace), "tail {:?} lost", &text[at..]);
    }

    #[test]
    fn truncated_text_fits_and_is_a_prefix(text in text(), cols in 0usize..30) {
        let text = text.replace('\n', " ");
        let cut = truncate(&text, cols);
        prop_assert!(width(&cut) <= cols);
        let kept = cut.strip_suffix(tandem::text::ELLIPSIS).unwrap_or(&cut);
        prop_assert!(text.starts_with(kept));
        prop_assert!(is_boundary(&text, kept.len()));
    }
}
