//! Every parser of outside input, fed mutations of a real, valid input: the record document, a
//! checklist TOML, a keymap TOML, an FTL file, a translator's XLIFF and CSV, and a referral packet
//! (tar, manifest, signature, payload). Each must answer with a value or an error, never a panic;
//! a mutated packet that still opens must be the packet that was signed.
//!
//! Mutations (byte flips, insertions, deletions, truncation) of a valid seed reach far deeper into
//! a parser than random bytes, which most parsers refuse at the first byte. This is the seeded
//! short run inside `cargo test`; `PROPTEST_CASES=5000 cargo test --test it robustness` runs
//! longer.

use std::path::PathBuf;

use proptest::prelude::*;
use proptest::sample::Index;

use super::fixtures::root;
use super::referral::fixture::{self, keys, labels, partner, typical_referral};
use tandem::checklist::Catalog;
use tandem::domain::OrganisationKind;
use tandem::referral::{self, packet::PartnerIdentity};

#[derive(Clone, Debug)]
enum Mutation {
    Flip(Index, u8),
    Insert(Index, u8),
    Delete(Index, u8),
    Truncate(Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<Index>(), 1u8..=255).prop_map(|(i, b)| Mutation::Flip(i, b)),
        2 => (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Insert(i, b)),
        2 => (any::<Index>(), 1u8..16).prop_map(|(i, n)| Mutation::Delete(i, n)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
    ]
}

fn mutations() -> impl Strategy<Value = Vec<Mutation>> {
    prop::collection::vec(mutation(), 1..6)
}

fn mutate(seed: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for m in mutations {
        if bytes.is_empty() {
            break;
        }
        match m {
            Mutation::Flip(i, b) => {
                let i = i.index(bytes.len());
                bytes[i] ^= b;
            }
            Mutation::Insert(i, b) => {
                let i = i.index(bytes.len() + 1);
                bytes.insert(i, *b);
            }
            Mutation::Delete(i, n) => {
                let i = i.index(bytes.len());
                let end = (i + *n as usize).min(bytes.len());
                bytes.drain(i..end);
            }
            Mutation::Truncate(i) => {
                let i = i.index(bytes.len());
                bytes.truncate(i);
            }
        }
    }
    bytes
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn shipped_checklists() -> Vec<(PathBuf, String)> {
    let dir = root().join("checklists");
    let mut files: Vec<(PathBuf, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .collect();
    files.sort();
    files
}

fn record_seed() -> String {
    let doc = tandem::interview::record::parse_document(
        r#"{"checklist":"screening","case_ref":"REF-1","subject":{"name":"Seed Name"},
            "notes":"a note","answers":{"consent-interview":"yes","age-years":16},
            "question_notes":{"consent-interview":"through the interpreter"}}"#,
    )
    .unwrap();
    serde_json::to_string_pretty(&doc).unwrap()
}

const KEYMAP_SEED: &str = "[global]\nquick-lock = [\"f12\", \"ctrl-l\"]\ninterpreter-view = \"f2\"\n\n\
[question]\nyes = [\"y\", \"j\"]\nprevious = [\"left\", \"pageup\", \"b\"]\n";

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn a_mutated_record_document_is_read_or_refused(m in mutations()) {
        let seed = record_seed();
        let _ = tandem::interview::record::parse_document(&text(&mutate(seed.as_bytes(), &m)));
    }

    #[test]
    fn a_mutated_keymap_is_read_or_refused_with_a_message(m in mutations()) {
        if let Err(e) = tandem::tui::keymap::Keymap::with_overrides(&text(&mutate(KEYMAP_SEED.as_bytes(), &m))) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn a_mutated_checklist_is_read_or_refused(file in any::<Index>(), m in mutations()) {
        let mut sources = shipped_checklists();
        let i = file.index(sources.len());
        sources[i].1 = text(&mutate(sources[i].1.as_bytes(), &m));
        let _ = Catalog::from_sources(sources);
    }

    #[test]
    fn a_mutated_translator_file_is_read_or_refused(m in mutations()) {
        let xliff = include_str!("l10n/seed.xlf");
        let _ = tandem::l10n::xliff::read_xliff(&text(&mutate(xliff.as_bytes(), &m)));
        let csv = include_str!("l10n/seed.csv");
        let _ = tandem::l10n::csv::read_csv(&mutate(csv.as_bytes(), &m));
    }
}

proptest! {
    // Each case loads a whole locale directory: fewer cases.
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn a_mutated_ftl_file_is_read_or_refused(m in mutations()) {
        let dir = english_and_khmer_locales();
        let target = dir.path().join("km").join("consent.ftl");
        let seed = std::fs::read(&target).unwrap();
        std::fs::write(&target, mutate(&seed, &m)).unwrap();
        let _ = tandem::l10n::Locales::from_dir(dir.path());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn a_mutated_packet_is_refused_or_is_the_packet_that_was_signed(m in mutations()) {
        let (keys, sealed) = &*PACKET;
        let now = jiff::Timestamp::now();
        let identity = PartnerIdentity::from_identity(keys.partner.clone());
        let original = referral::open(&sealed.bytes, &keys.unit.pk, &identity, now).unwrap();
        let bytes = mutate(&sealed.bytes, &m);
        if let Ok(opened) = referral::open(&bytes, &keys.unit.pk, &identity, now) {
            prop_assert_eq!(&opened.manifest, &original.manifest);
            prop_assert_eq!(&opened.referral_json, &original.referral_json);
            prop_assert_eq!(&opened.referral_html, &original.referral_html);
        }
    }
}

/// A copy of the shipped English and Khmer locales, to damage one file of.
fn english_and_khmer_locales() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = root().join("locales");
    for lang in ["en", "km"] {
        std::fs::create_dir(dir.path().join(lang)).unwrap();
        for entry in std::fs::read_dir(from.join(lang)).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, dir.path().join(lang).join(path.file_name().unwrap())).unwrap();
        }
    }
    dir
}

static PACKET: std::sync::LazyLock<(fixture::Keys, referral::SealedPacket)> =
    std::sync::LazyLock::new(|| {
        let keys = keys();
        let header = referral::new_header("IDC Bangkok screening unit", jiff::Timestamp::now(), 30);
        let sealed = referral::export(
            &typical_referral(),
            &partner(&keys, OrganisationKind::Shelter),
            &header,
            &labels(),
            &keys.unit.sk,
        )
        .unwrap();
        (keys, sealed)
    });

#[test]
fn the_unmutated_seeds_are_valid_so_the_mutations_start_from_real_input() {
    assert!(tandem::interview::record::parse_document(&record_seed()).is_ok());
    assert!(tandem::tui::keymap::Keymap::with_overrides(KEYMAP_SEED).is_ok());
    assert!(Catalog::from_sources(shipped_checklists()).is_ok());
    assert!(tandem::l10n::xliff::read_xliff(include_str!("l10n/seed.xlf")).is_ok());
    assert!(tandem::l10n::csv::read_csv(include_bytes!("l10n/seed.csv")).is_ok());
    let dir = english_and_khmer_locales();
    assert!(tandem::l10n::Locales::from_dir(dir.path()).is_ok());
}
