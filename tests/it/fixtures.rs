//! Where the tests find the source tree's data, and the small locale set built from it that
//! the terminal tests run on. The files themselves are described in `tests/fixtures/README.md`.

use std::path::{Path, PathBuf};

/// The package root: `checklists/`, `locales/`, `docs/` and `tests/` are under it.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The small valid checklist set (`intake`, `screening`), for tests only.
pub fn checklists() -> PathBuf {
    root().join("tests/fixtures/checklists")
}

/// Writes, under `dir`, English texts for the fixture checklists beside the shipped English
/// interface texts, and returns `dir`: a complete English locale for `--locales`.
pub fn english_locales(dir: &Path) -> &Path {
    let en = dir.join("en");
    std::fs::create_dir_all(&en).unwrap();
    std::fs::copy(root().join("locales/en/ui.ftl"), en.join("ui.ftl")).unwrap();
    for f in ["intake.ftl", "screening.ftl"] {
        std::fs::copy(root().join("tests/fixtures/locales/en").join(f), en.join(f)).unwrap();
    }
    dir
}
