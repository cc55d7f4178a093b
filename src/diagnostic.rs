//! A problem found in a data file (checklist or locale), located by `file:line:col`, that says what
//! is wrong and what to do. Validation collects every diagnostic instead of stopping at the first.

use std::fmt;
use std::path::PathBuf;

/// One problem in a data file. Displays as `file:line:col: what is wrong; what to do`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as the user knows it: a path on disk, or `checklists/x.toml` for built-in data.
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub col: usize,
    /// What is wrong, e.g. "unknown dimension `deceptive`".
    pub what: String,
    /// What to do, e.g. "use one of: deceptive-recruitment, ...".
    pub todo: String,
}

impl Diagnostic {
    pub fn new(
        file: impl Into<PathBuf>,
        line: usize,
        col: usize,
        what: impl Into<String>,
        todo: impl Into<String>,
    ) -> Self {
        Diagnostic {
            file: file.into(),
            line,
            col,
            what: what.into(),
            todo: todo.into(),
        }
    }

    /// A diagnostic located at a byte offset of `source`.
    pub fn at_offset(
        file: impl Into<PathBuf>,
        source: &str,
        offset: usize,
        what: impl Into<String>,
        todo: impl Into<String>,
    ) -> Self {
        let (line, col) = line_col(source, offset);
        Diagnostic::new(file, line, col, what, todo)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}; {}",
            self.file.display(),
            self.line,
            self.col,
            self.what,
            self.todo
        )
    }
}

/// 1-based line and character column of a byte offset (clamped to the source).
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(source).line_col(source, offset)
}

/// Where each line of a source starts, so that many positions in one file cost a binary search
/// each rather than a scan from the start.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { starts }
    }

    /// 1-based (line, column in characters) of a byte offset of `source`.
    pub fn line_col(&self, source: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let line_start = self.starts[line - 1];
        let col = source[line_start..offset].chars().count() + 1;
        (line, col)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line_col_by_scan(source: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &source[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = source[line_start..offset].chars().count() + 1;
        (line, col)
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let src = "a = 1\nทดสอบ = x\n";
        let off = src.find('=').unwrap();
        assert_eq!(line_col(src, off), (1, 3));
        let off = src.rfind('=').unwrap();
        assert_eq!(line_col(src, off), (2, 7));
        for o in 0..=src.len() {
            assert_eq!(line_col(src, o), line_col_by_scan(src, o), "{o}");
        }
    }

    #[test]
    fn displays_file_line_col_what_todo() {
        let d = Diagnostic::new("checklists/x.toml", 3, 7, "unknown key `foo`", "remove it");
        assert_eq!(
            d.to_string(),
            "checklists/x.toml:3:7: unknown key `foo`; remove it"
        );
    }
}
