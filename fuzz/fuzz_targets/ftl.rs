//! A translated `.ftl` file as `--locales DIR` reads it: written over one file of a copy of the
//! shipped English and Khmer texts, then the whole directory loaded.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

static DIR: LazyLock<scratch::Dir> = LazyLock::new(scratch::Dir::new);

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let target = DIR.0.join("km").join("consent.ftl");
    std::fs::write(&target, data).unwrap();
    let _ = tandem::l10n::Locales::from_dir(&DIR.0);
});

mod scratch {
    use super::*;

    /// A copy of the shipped `locales/en` and `locales/km` (public texts, no personal data).
    pub struct Dir(pub PathBuf);

    impl Dir {
        pub fn new() -> Dir {
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
            let dir = std::env::temp_dir().join(format!("tandem-fuzz-ftl-{}", std::process::id()));
            for lang in ["en", "km"] {
                std::fs::create_dir_all(dir.join(lang)).unwrap();
                for entry in std::fs::read_dir(root.join(lang)).unwrap() {
                    let path = entry.unwrap().path();
                    std::fs::copy(&path, dir.join(lang).join(path.file_name().unwrap())).unwrap();
                }
            }
            Dir(dir)
        }
    }
}
