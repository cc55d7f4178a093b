//! The officer's keymap file (`keymap.toml`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = tandem::tui::keymap::Keymap::with_overrides(text);
    }
});
