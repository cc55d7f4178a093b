//! One checklist file as `--checklists DIR` reads it, through the whole catalog's checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = tandem::checklist::Catalog::from_sources(vec![(
            std::path::PathBuf::from("checklists/fuzz.toml"),
            text.to_owned(),
        )]);
    }
});
