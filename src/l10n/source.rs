//! Where locale files come from: the `locales/` directory compiled into the binary, or a
//! directory on disk that replaces it (`--locales DIR`). Only reads; never writes.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use super::{L10nError, Lang};

static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// One file under a locales directory. The built-in files are borrowed from the binary, not
/// copied, and checked as UTF-8 only when read: a file nobody reads costs nothing.
pub(crate) struct RawFile {
    /// The path as the user knows it (`locales/th/ui.ftl` for built-in data).
    pub path: PathBuf,
    /// Relative to the locales directory, with `/` separators: `th/ui.ftl`.
    pub rel: String,
    pub bytes: Cow<'static, [u8]>,
}

/// What a file under `locales/` is, from its name.
pub(crate) enum FileKind {
    /// `<tag>/<name>.ftl`
    Ftl { lang: Lang, name: String },
    /// `<tag>/<name>.review.toml`
    Review { lang: Lang, name: String },
    /// Documentation next to the data (`*.md`), ignored.
    Doc,
    /// Anything else: a diagnostic says what is expected.
    Unexpected,
}

impl RawFile {
    /// The text; `None` when the file is not UTF-8.
    pub fn text(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }

    /// Compiled into the binary (borrowed from it), not read from a directory.
    pub fn is_built_in(&self) -> bool {
        matches!(self.bytes, Cow::Borrowed(_))
    }

    pub fn kind(&self) -> FileKind {
        if self.rel.ends_with(".md") {
            return FileKind::Doc;
        }
        let Some((tag, file)) = self.rel.split_once('/') else {
            return FileKind::Unexpected;
        };
        let Some(lang) = Lang::from_tag(tag) else {
            return FileKind::Unexpected;
        };
        if file.contains('/') {
            return FileKind::Unexpected;
        }
        if let Some(name) = file.strip_suffix(".review.toml") {
            return FileKind::Review {
                lang,
                name: name.to_owned(),
            };
        }
        if let Some(name) = file.strip_suffix(".ftl") {
            return FileKind::Ftl {
                lang,
                name: name.to_owned(),
            };
        }
        FileKind::Unexpected
    }
}

pub(crate) fn builtin_files() -> Vec<RawFile> {
    let mut out = Vec::new();
    collect_builtin(&BUILTIN, &mut out);
    out.sort_by(|a, b| a.rel.cmp(&b.rel));
    out
}

fn collect_builtin(dir: &Dir<'static>, out: &mut Vec<RawFile>) {
    for f in dir.files() {
        let rel = f.path().to_string_lossy().replace('\\', "/");
        out.push(RawFile {
            path: Path::new("locales").join(&rel),
            rel,
            bytes: Cow::Borrowed(f.contents()),
        });
    }
    for d in dir.dirs() {
        collect_builtin(d, out);
    }
}

pub(crate) fn dir_files(root: &Path) -> Result<Vec<RawFile>, L10nError> {
    let mut out = Vec::new();
    collect_dir(root, root, 0, &mut out)?;
    out.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(out)
}

fn collect_dir(
    root: &Path,
    dir: &Path,
    depth: usize,
    out: &mut Vec<RawFile>,
) -> Result<(), L10nError> {
    let io = |source| L10nError::Read {
        path: dir.to_owned(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        if path.is_dir() {
            // Deeper directories are not part of the layout; report them as unexpected files.
            if depth < 2 {
                collect_dir(root, &path, depth + 1, out)?;
            }
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|source| L10nError::Read {
            path: path.clone(),
            source,
        })?;
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        out.push(RawFile {
            rel,
            bytes: Cow::Owned(bytes),
            path,
        });
    }
    Ok(())
}
