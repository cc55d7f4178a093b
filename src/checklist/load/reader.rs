//! The TOML reader under the checklist loader: a spanned document tree walked by hand, typed
//! reads of its values (text, integers, ids, lists, one-of-a-set), and diagnostics placed at the
//! `file:line:col` where each problem stands. It knows nothing of questions or indicators; the
//! sibling modules build the model with it.

use std::path::Path;
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use crate::checklist::condition;
use crate::checklist::model::Condition;
use crate::checklist::validate::{ConditionRole, did_you_mean, id_todo, is_id};
use crate::diagnostic::Diagnostic;

pub(super) type Value<'i> = Spanned<DeValue<'i>>;

/// Reads one file's tree and collects its diagnostics.
pub(super) struct Reader<'s> {
    pub(super) file: &'s Path,
    pub(super) text: &'s str,
    pub(super) diags: &'s mut Vec<Diagnostic>,
}

/// A table being read: its entries, where it starts, and how messages name it.
pub(super) struct Fields<'t, 'i> {
    pub(super) table: &'t DeTable<'i>,
    pub(super) at: usize,
    pub(super) name: String,
}

impl<'t, 'i> Fields<'t, 'i> {
    pub(super) fn get(&self, key: &str) -> Option<&'t Value<'i>> {
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
    }

    pub(super) fn key_at(&self, key: &str) -> usize {
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map_or(self.at, |(k, _)| k.span().start)
    }
}

/// A condition whose text parsed; it is checked once every question of the file is known (and,
/// when it names a question of another checklist, once the whole catalog is).
pub(super) struct PendingCondition {
    pub(super) role: ConditionRole,
    pub(super) condition: Condition,
    pub(super) source: String,
    /// Offset of the condition text's first character in the file.
    pub(super) at: usize,
}

impl PendingCondition {
    /// The file offset of `offset` inside the condition's text: escapes make the file text differ
    /// from the value, and then the string's start is the best place to point at.
    pub(super) fn file_offset(&self, text: &str, offset: usize) -> usize {
        let verbatim = text.get(self.at..self.at + self.source.len()) == Some(&self.source[..]);
        if verbatim { self.at + offset } else { self.at }
    }
}

impl<'s> Reader<'s> {
    pub(super) fn report(
        &mut self,
        offset: usize,
        what: impl Into<String>,
        todo: impl Into<String>,
    ) {
        self.diags.push(Diagnostic::at_offset(
            self.file, self.text, offset, what, todo,
        ));
    }

    /// Reads `v` as a table, reporting every key not in `allowed`.
    pub(super) fn fields<'t, 'i>(
        &mut self,
        v: &'t Value<'i>,
        name: impl Into<String>,
        allowed: &[&str],
    ) -> Option<Fields<'t, 'i>> {
        let name = name.into();
        let Some(table) = v.get_ref().as_table() else {
            self.report(
                v.span().start,
                format!("{name} must be a table, found {}", v.get_ref().type_str()),
                "write it as `{ key = value, ... }` or as a `[table]` section",
            );
            return None;
        };
        for (k, _) in table.iter() {
            let key = k.get_ref().as_ref();
            if !allowed.contains(&key) {
                let hint = did_you_mean(key, allowed.iter().copied());
                self.report(
                    k.span().start,
                    format!("unknown key `{key}` in {name}{hint}"),
                    format!("remove it; {name} takes: {}", allowed.join(", ")),
                );
            }
        }
        Some(Fields {
            table,
            at: v.span().start,
            name,
        })
    }

    /// The value of a key that must be present.
    pub(super) fn required<'t, 'i>(
        &mut self,
        f: &Fields<'t, 'i>,
        key: &str,
        example: &str,
    ) -> Option<&'t Value<'i>> {
        let v = f.get(key);
        if v.is_none() {
            self.report(
                f.at,
                format!("{} has no `{key}`", f.name),
                format!("add `{key} = {example}`"),
            );
        }
        v
    }

    pub(super) fn wrong_type(&mut self, v: &Value, key: &str, want: &str, example: &str) {
        self.report(
            v.span().start,
            format!("`{key}` must be {want}, found {}", v.get_ref().type_str()),
            format!("write `{key} = {example}`"),
        );
    }

    pub(super) fn string(&mut self, v: &Value, key: &str) -> Option<String> {
        match v.get_ref().as_str() {
            Some(s) => Some(s.to_owned()),
            None => {
                self.wrong_type(v, key, "a text in double quotes", "\"...\"");
                None
            }
        }
    }

    pub(super) fn integer(&mut self, v: &Value, key: &str) -> Option<i64> {
        let Some(i) = v.get_ref().as_integer() else {
            self.wrong_type(v, key, "an integer", "1");
            return None;
        };
        match i64::from_str_radix(i.as_str(), i.radix()) {
            Ok(n) => Some(n),
            Err(_) => {
                self.report(
                    v.span().start,
                    format!("`{key}` is too large"),
                    "use a smaller integer",
                );
                None
            }
        }
    }

    /// An integer within `lo..=hi`.
    pub(super) fn bounded(&mut self, v: &Value, key: &str, lo: i64, hi: i64) -> Option<i64> {
        let n = self.integer(v, key)?;
        if n < lo || n > hi {
            self.report(
                v.span().start,
                format!("`{key}` is {n}, outside {lo} to {hi}"),
                format!("use an integer from {lo} to {hi}"),
            );
            return None;
        }
        Some(n)
    }

    pub(super) fn boolean(&mut self, v: &Value, key: &str) -> Option<bool> {
        match v.get_ref().as_bool() {
            Some(b) => Some(b),
            None => {
                self.wrong_type(v, key, "true or false", "true");
                None
            }
        }
    }

    pub(super) fn array<'t, 'i>(&mut self, v: &'t Value<'i>, key: &str) -> Option<&'t DeArray<'i>> {
        match v.get_ref().as_array() {
            Some(a) => Some(a),
            None => {
                self.wrong_type(v, key, "a list", "[...]");
                None
            }
        }
    }

    /// A string that must be a valid id.
    pub(super) fn id(&mut self, v: &Value, key: &str, of: &str) -> Option<String> {
        let s = self.string(v, key)?;
        if !is_id(&s) {
            self.report(
                v.span().start,
                format!("`{s}` is not a valid {of} id"),
                id_todo(),
            );
            return None;
        }
        Some(s)
    }

    /// A string that must be one of `options`, mapped to its value.
    pub(super) fn one_of<T: Copy>(
        &mut self,
        v: &Value,
        key: &str,
        what: &str,
        options: &[(&str, T)],
    ) -> Option<T> {
        let s = self.string(v, key)?;
        if let Some((_, t)) = options.iter().find(|(name, _)| *name == s) {
            return Some(*t);
        }
        let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
        self.report(
            v.span().start,
            format!(
                "unknown {what} `{s}`{}",
                did_you_mean(&s, names.iter().copied())
            ),
            format!("use one of: {}", names.join(", ")),
        );
        None
    }

    /// Offset of the first character inside a string value's quotes.
    pub(super) fn content_start(&self, v: &Value) -> usize {
        let start = v.span().start;
        let rest = &self.text[start.min(self.text.len())..];
        if rest.starts_with("\"\"\"") || rest.starts_with("'''") {
            start + 3
        } else if rest.starts_with('"') || rest.starts_with('\'') {
            start + 1
        } else {
            start
        }
    }

    /// Parses a condition's text; a parse error is reported at its place inside the string.
    pub(super) fn parse_condition(
        &mut self,
        v: &Value,
        src: &str,
        role: ConditionRole,
        pending: &mut Vec<PendingCondition>,
    ) {
        let at = self.content_start(v);
        // Escapes make the file text differ from the value: then point at the string's start.
        let verbatim = self.text.get(at..at + src.len()) == Some(src);
        match condition::parse(src) {
            Ok(condition) => pending.push(PendingCondition {
                role,
                condition,
                source: src.to_owned(),
                at,
            }),
            Err(e) => {
                let offset = if verbatim { at + e.offset } else { at };
                self.report(offset, format!("{}: {}", role.key(), e.what), e.todo);
            }
        }
    }
}
