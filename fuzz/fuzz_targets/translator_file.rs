//! A reviewer's file coming back to `tandem locales import`: XLIFF 2.1 and CSV.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = tandem::l10n::xliff::read_xliff(text);
    }
    let _ = tandem::l10n::csv::read_csv(data);
});
