//! A record document as `tandem record add` and `record import` read it (JSON).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = tandem::interview::record::parse_document(text);
    }
});
