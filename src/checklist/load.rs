//! Reading one checklist file: TOML text to the [`Checklist`] model, reporting every problem of
//! the file at its `file:line:col`. It walks toml's spanned document tree by hand rather than
//! through serde so that it can go on after the first problem and name each unknown key where it
//! stands. It never reads the disk (the catalog hands it text) and never guesses: whatever it
//! does not understand is an error, so a broken checklist can never reach an interview.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use crate::checklist::condition;
use crate::checklist::model::{
    AgeGroup, Checklist, CombinationRule, Condition, Dimension, DimensionRule, Exploitation,
    FILL_TARGETS, IndicatorTag, Kind, ORGANISATION_KINDS, Phase, Profile, ProfileSetting, Question,
    Scoring, Section, Strength, Threshold, URGENT_TRIGGERS, UrgentTag, UrgentWindow,
};
use crate::checklist::validate::{
    self, ConditionRole, OPEN_ANSWERS, QuestionRef, did_you_mean, id_todo, is_id,
};
use crate::diagnostic::{Diagnostic, line_col};

type Value<'i> = Spanned<DeValue<'i>>;

const TOP_KEYS: [&str; 7] = [
    "id",
    "version",
    "title",
    "position",
    "sections",
    "questions",
    "scoring",
];
const SECTION_KEYS: [&str; 1] = ["id"];
const QUESTION_KEYS: [&str; 16] = [
    "id",
    "section",
    "kind",
    "required",
    "show_if",
    "indicators",
    "urgent",
    "htcds",
    "profile",
    "sensitive",
    "fills",
    "choices",
    "min",
    "max",
    "unit",
    "max_chars",
];
const INDICATOR_KEYS: [&str; 4] = ["dimension", "indicator", "phase", "strength"];
const URGENT_KEYS: [&str; 3] = ["trigger", "if", "windows"];
const WINDOW_KEYS: [&str; 3] = ["id", "hours", "days"];
const PROFILE_KEYS: [&str; 2] = ["field", "map"];
const SCORING_KEYS: [&str; 2] = ["dimension_rule", "rules"];
const DIMENSION_RULE_KEYS: [&str; 3] = ["source", "verified", "alternatives"];
const THRESHOLD_KEYS: [&str; 4] = ["strong", "medium", "weak", "medium_or_weak"];
const RULE_KEYS: [&str; 4] = ["source", "verified", "all_of", "note"];
const KINDS: [&str; 7] = [
    "yes-no",
    "single-choice",
    "multiple-choice",
    "number",
    "date",
    "time-since",
    "short-text",
];
const DEFAULT_MAX_CHARS: usize = 200;

/// A checklist read from one file, with the places the catalog-wide checks point at.
#[derive(Debug)]
pub struct LoadedChecklist {
    pub checklist: Checklist,
    /// (line, col) of the `id` value.
    pub id_at: (usize, usize),
    /// (line, col) of the `position` value.
    pub position_at: (usize, usize),
    /// (line, col) of each question's `id` value, in the order of `checklist.questions`.
    pub question_at: Vec<(usize, usize)>,
    /// (line, col) of each question's `fills` value, where it has one.
    pub fills_at: Vec<Option<(usize, usize)>>,
}

/// Reads one checklist file. `file` is the name diagnostics show; `stem` the file name without
/// `.toml`, which must equal the checklist id. Problems are appended to `diags`; the checklist is
/// returned whenever its top-level fields could be read, so that the catalog-wide checks still
/// run, but any diagnostic makes the whole catalog invalid.
pub fn load_checklist(
    file: &Path,
    stem: &str,
    text: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<LoadedChecklist> {
    let (doc, errors) = DeTable::parse_recoverable(text);
    let mut r = Reader { file, text, diags };
    if !errors.is_empty() {
        // A recovered tree after a syntax error mostly yields follow-on noise: stop here.
        for e in errors {
            let offset = e.span().map_or(0, |s| s.start);
            r.report(
                offset,
                format!("TOML syntax error: {}", e.message().trim()),
                "fix the syntax here (strings in double quotes, one `key = value` per line)",
            );
        }
        return None;
    }
    let doc = Spanned::new(doc.span(), DeValue::Table(doc.into_inner()));
    r.checklist(&doc, stem)
}

struct Reader<'s> {
    file: &'s Path,
    text: &'s str,
    diags: &'s mut Vec<Diagnostic>,
}

/// A table being read: its entries, where it starts, and how messages name it.
struct Fields<'t, 'i> {
    table: &'t DeTable<'i>,
    at: usize,
    name: String,
}

impl<'t, 'i> Fields<'t, 'i> {
    fn get(&self, key: &str) -> Option<&'t Value<'i>> {
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
    }

    fn key_at(&self, key: &str) -> usize {
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map_or(self.at, |(k, _)| k.span().start)
    }
}

/// A question as far as it could be read, kept in file order for the condition checks.
struct Slot {
    id: Option<String>,
    kind: Option<Kind>,
    question: Option<Question>,
    id_at: usize,
    fills_at: Option<usize>,
    conditions: Vec<PendingCondition>,
}

/// A condition whose text parsed; it is checked once every question of the file is known.
struct PendingCondition {
    role: ConditionRole,
    condition: Condition,
    source: String,
    /// Offset of the condition text's first character in the file.
    at: usize,
}

impl<'s> Reader<'s> {
    fn report(&mut self, offset: usize, what: impl Into<String>, todo: impl Into<String>) {
        self.diags.push(Diagnostic::at_offset(
            self.file, self.text, offset, what, todo,
        ));
    }

    /// Reads `v` as a table, reporting every key not in `allowed`.
    fn fields<'t, 'i>(
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
    fn required<'t, 'i>(
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

    fn wrong_type(&mut self, v: &Value, key: &str, want: &str, example: &str) {
        self.report(
            v.span().start,
            format!("`{key}` must be {want}, found {}", v.get_ref().type_str()),
            format!("write `{key} = {example}`"),
        );
    }

    fn string(&mut self, v: &Value, key: &str) -> Option<String> {
        match v.get_ref().as_str() {
            Some(s) => Some(s.to_owned()),
            None => {
                self.wrong_type(v, key, "a text in double quotes", "\"...\"");
                None
            }
        }
    }

    fn integer(&mut self, v: &Value, key: &str) -> Option<i64> {
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
    fn bounded(&mut self, v: &Value, key: &str, lo: i64, hi: i64) -> Option<i64> {
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

    fn boolean(&mut self, v: &Value, key: &str) -> Option<bool> {
        match v.get_ref().as_bool() {
            Some(b) => Some(b),
            None => {
                self.wrong_type(v, key, "true or false", "true");
                None
            }
        }
    }

    fn array<'t, 'i>(&mut self, v: &'t Value<'i>, key: &str) -> Option<&'t DeArray<'i>> {
        match v.get_ref().as_array() {
            Some(a) => Some(a),
            None => {
                self.wrong_type(v, key, "a list", "[...]");
                None
            }
        }
    }

    /// A string that must be a valid id.
    fn id(&mut self, v: &Value, key: &str, of: &str) -> Option<String> {
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
    fn one_of<T: Copy>(
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
    fn content_start(&self, v: &Value) -> usize {
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

    fn checklist(&mut self, doc: &Value, stem: &str) -> Option<LoadedChecklist> {
        let top = self.fields(doc, "the checklist", &TOP_KEYS)?;

        let id_v = self.required(&top, "id", &format!("\"{stem}\""));
        let id = id_v.and_then(|v| self.id(v, "id", "checklist"));
        if let (Some(v), Some(id)) = (id_v, &id)
            && id != stem
        {
            self.report(
                v.span().start,
                format!("checklist id `{id}` differs from its file name `{stem}.toml`"),
                format!("rename the file to `{id}.toml` or set `id = \"{stem}\"`"),
            );
        }
        let version = self
            .required(&top, "version", "1")
            .and_then(|v| self.bounded(v, "version", 1, i64::from(u32::MAX)));
        let title = self
            .required(&top, "title", "\"...\"")
            .and_then(|v| self.string(v, "title"));
        let position_v = self.required(&top, "position", "10");
        let position = position_v.and_then(|v| self.bounded(v, "position", 0, i64::from(u32::MAX)));

        let sections = match top.get("sections") {
            Some(v) => self.sections(v),
            None => {
                self.report(
                    top.at,
                    "the checklist has no sections",
                    "add at least one `[[sections]]` with an `id`",
                );
                Vec::new()
            }
        };
        let section_ids: BTreeSet<&str> = sections.iter().map(|s| s.id.as_str()).collect();

        let mut slots = Vec::new();
        match top.get("questions") {
            Some(v) => {
                if let Some(list) = self.array(v, "questions") {
                    for q in list.iter() {
                        slots.push(self.question(q, &section_ids));
                    }
                }
            }
            None => self.report(
                top.at,
                "the checklist has no questions",
                "add `[[questions]]` entries (see docs/checklist-format.md)",
            ),
        }
        self.check_conditions(&mut slots);
        self.check_indicators(&slots);

        let scoring = top.get("scoring").and_then(|v| self.scoring(v));
        let has_indicators = slots
            .iter()
            .filter_map(|s| s.question.as_ref())
            .any(|q| !q.indicators.is_empty());
        if has_indicators && scoring.is_none() && top.get("scoring").is_none() {
            self.report(
                top.key_at("id"),
                "the checklist carries indicator tags but no scoring rule",
                "add `[scoring.dimension_rule]` and `[scoring.rules.<profile>]` tables (see docs/checklist-format.md)",
            );
        }

        let (id, version, title, position) = (id?, version?, title?, position?);
        let mut questions = Vec::new();
        let mut question_at = Vec::new();
        let mut fills_at = Vec::new();
        for slot in slots {
            if let Some(q) = slot.question {
                questions.push(q);
                question_at.push(line_col(self.text, slot.id_at));
                fills_at.push(slot.fills_at.map(|o| line_col(self.text, o)));
            }
        }
        Some(LoadedChecklist {
            checklist: Checklist {
                id,
                version: u32::try_from(version).ok()?,
                title,
                position: u32::try_from(position).ok()?,
                sections,
                questions,
                scoring,
            },
            id_at: line_col(self.text, id_v.map_or(0, |v| v.span().start)),
            position_at: line_col(self.text, position_v.map_or(0, |v| v.span().start)),
            question_at,
            fills_at,
        })
    }

    fn sections(&mut self, v: &Value) -> Vec<Section> {
        let mut out: Vec<Section> = Vec::new();
        let Some(list) = self.array(v, "sections") else {
            return out;
        };
        for s in list.iter() {
            let Some(f) = self.fields(s, "a section", &SECTION_KEYS) else {
                continue;
            };
            let Some(idv) = self.required(&f, "id", "\"recruitment\"") else {
                continue;
            };
            let Some(id) = self.id(idv, "id", "section") else {
                continue;
            };
            if out.iter().any(|x| x.id == id) {
                self.report(
                    idv.span().start,
                    format!("duplicate section id `{id}`"),
                    "give each section its own id, or remove the repeat",
                );
                continue;
            }
            out.push(Section { id });
        }
        out
    }

    fn question(&mut self, v: &Value, sections: &BTreeSet<&str>) -> Slot {
        let mut slot = Slot {
            id: None,
            kind: None,
            question: None,
            id_at: v.span().start,
            fills_at: None,
            conditions: Vec::new(),
        };
        // Name the question in messages about its keys when its id can be read.
        let name = v
            .get_ref()
            .as_table()
            .and_then(|t| t.iter().find(|(k, _)| k.get_ref().as_ref() == "id"))
            .and_then(|(_, id)| id.get_ref().as_str())
            .map_or("a question".to_owned(), |id| format!("question `{id}`"));
        let Some(f) = self.fields(v, name, &QUESTION_KEYS) else {
            return slot;
        };
        let Some(idv) = self.required(&f, "id", "\"deceived-job\"") else {
            return slot;
        };
        slot.id_at = idv.span().start;
        let Some(id) = self.id(idv, "id", "question") else {
            return slot;
        };
        slot.id = Some(id.clone());

        let section = self
            .required(&f, "section", "\"...\"")
            .and_then(|v| Some((v, self.string(v, "section")?)));
        if let Some((v, s)) = &section
            && !sections.contains(s.as_str())
        {
            self.report(
                v.span().start,
                format!(
                    "question `{id}` is in unknown section `{s}`{}",
                    did_you_mean(s, sections.iter().copied())
                ),
                format!(
                    "add `[[sections]] id = \"{s}\"` or use one of: {}",
                    sections.iter().copied().collect::<Vec<_>>().join(", ")
                ),
            );
        }
        let kind = self.kind(&f, &id);
        slot.kind = kind.clone();

        let required = f
            .get("required")
            .map_or(Some(true), |v| self.boolean(v, "required"));
        let sensitive = f
            .get("sensitive")
            .map_or(Some(false), |v| self.boolean(v, "sensitive"));
        let htcds = f.get("htcds").and_then(|v| {
            let s = self.string(v, "htcds")?;
            if s.trim().is_empty() {
                self.report(
                    v.span().start,
                    "`htcds` is empty",
                    "name an HTCDS field (e.g. \"vic_MethodsOfControl\") or remove the key",
                );
            }
            Some(s)
        });

        let show_if_source = f.get("show_if").and_then(|v| {
            let src = self.string(v, "show_if")?;
            self.parse_condition(v, &src, ConditionRole::ShowIf, &mut slot.conditions);
            Some(src)
        });

        let indicators = match f.get("indicators") {
            Some(v) => self.indicators(v, &id, kind.as_ref()),
            None => Vec::new(),
        };
        let urgent = f
            .get("urgent")
            .and_then(|v| self.urgent(v, &id, kind.as_ref(), &mut slot.conditions));
        let sets_profile = f
            .get("profile")
            .and_then(|v| self.profile(v, &id, kind.as_ref()));
        let fills = f.get("fills").and_then(|v| {
            slot.fills_at = Some(v.span().start);
            self.fills(v, &id, kind.as_ref())
        });

        let (Some(kind), Some((_, section)), Some(required), Some(sensitive)) =
            (kind, section, required, sensitive)
        else {
            return slot;
        };
        slot.question = Some(Question {
            id,
            section,
            kind,
            required,
            show_if: None,
            show_if_source,
            indicators,
            urgent,
            htcds,
            sets_profile,
            sensitive,
            fills,
        });
        slot
    }

    fn kind(&mut self, f: &Fields, id: &str) -> Option<Kind> {
        let v = self.required(f, "kind", "\"yes-no\"")?;
        let name = self.string(v, "kind")?;
        let takes: &[&str] = match name.as_str() {
            "single-choice" | "multiple-choice" => &["choices"],
            "number" => &["min", "max", "unit"],
            "short-text" => &["max_chars"],
            "yes-no" | "date" | "time-since" => &[],
            _ => {
                self.report(
                    v.span().start,
                    format!(
                        "unknown kind `{name}`{}",
                        did_you_mean(&name, KINDS.iter().copied())
                    ),
                    format!("use one of: {}", KINDS.join(", ")),
                );
                return None;
            }
        };
        for key in ["choices", "min", "max", "unit", "max_chars"] {
            if f.get(key).is_some() && !takes.contains(&key) {
                self.report(
                    f.key_at(key),
                    format!("`{key}` does not apply to {name} question `{id}`"),
                    "remove it, or change the kind (see docs/checklist-format.md)",
                );
            }
        }
        match name.as_str() {
            "yes-no" => Some(Kind::YesNo),
            "date" => Some(Kind::Date),
            "time-since" => Some(Kind::TimeSince),
            "single-choice" => Some(Kind::SingleChoice {
                choices: self.choices(f, id)?,
            }),
            "multiple-choice" => Some(Kind::MultipleChoice {
                choices: self.choices(f, id)?,
            }),
            "number" => {
                let min = self
                    .required(f, "min", "0")
                    .and_then(|v| self.integer(v, "min"));
                let max = self
                    .required(f, "max", "100")
                    .and_then(|v| self.integer(v, "max"));
                let unit = f.get("unit").and_then(|v| self.id(v, "unit", "unit"));
                let (min, max) = (min?, max?);
                if min > max {
                    self.report(
                        f.key_at("max"),
                        format!("`max` ({max}) is below `min` ({min})"),
                        "make `min` at most `max`",
                    );
                    return None;
                }
                Some(Kind::Number { min, max, unit })
            }
            _ => {
                let max_chars = match f.get("max_chars") {
                    Some(v) => usize::try_from(self.bounded(v, "max_chars", 1, 100_000)?).ok()?,
                    None => DEFAULT_MAX_CHARS,
                };
                Some(Kind::ShortText { max_chars })
            }
        }
    }

    fn choices(&mut self, f: &Fields, id: &str) -> Option<Vec<String>> {
        let v = self.required(f, "choices", "[\"a\", \"b\"]")?;
        let list = self.array(v, "choices")?;
        let mut out: Vec<String> = Vec::new();
        let mut ok = true;
        for c in list.iter() {
            let Some(choice) = self.id(c, "choices", "choice") else {
                ok = false;
                continue;
            };
            if OPEN_ANSWERS.contains(&choice.as_str()) {
                self.report(
                    c.span().start,
                    format!("choice `{choice}` of question `{id}` is reserved"),
                    "remove it: every question already accepts `unsure` and `declined`",
                );
                ok = false;
            } else if out.contains(&choice) {
                self.report(
                    c.span().start,
                    format!("duplicate choice `{choice}` in question `{id}`"),
                    "list each choice once",
                );
                ok = false;
            } else {
                out.push(choice);
            }
        }
        if ok && out.len() < 2 {
            self.report(
                v.span().start,
                format!("question `{id}` has fewer than two choices"),
                "list at least two choices, or make it a yes-no question",
            );
            return None;
        }
        ok.then_some(out)
    }

    /// Parses a condition's text; a parse error is reported at its place inside the string.
    fn parse_condition(
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
                let key = match role {
                    ConditionRole::ShowIf => "show_if",
                    ConditionRole::UrgentIf => "urgent `if`",
                };
                self.report(offset, format!("{key}: {}", e.what), e.todo);
            }
        }
    }

    /// Checks every parsed condition against the questions of the file, in file order.
    fn check_conditions(&mut self, slots: &mut [Slot]) {
        let refs: Vec<QuestionRef> = slots
            .iter()
            .map(|s| QuestionRef {
                id: s.id.as_deref().unwrap_or(""),
                kind: s.kind.as_ref(),
            })
            .collect();
        let mut parsed: Vec<(usize, ConditionRole, Condition)> = Vec::new();
        for (i, slot) in slots.iter().enumerate() {
            for c in &slot.conditions {
                let problems = validate::check_condition(&c.condition, &c.source, &refs, i, c.role);
                let verbatim = self.text.get(c.at..c.at + c.source.len()) == Some(&c.source[..]);
                for p in &problems {
                    let offset = if verbatim { c.at + p.offset } else { c.at };
                    self.report(offset, p.what.clone(), p.todo.clone());
                }
                if problems.is_empty() {
                    parsed.push((i, c.role, c.condition.clone()));
                }
            }
        }
        for (i, role, cond) in parsed {
            let Some(q) = slots[i].question.as_mut() else {
                continue;
            };
            match role {
                ConditionRole::ShowIf => q.show_if = Some(cond),
                ConditionRole::UrgentIf => {
                    if let Some(u) = q.urgent.as_mut() {
                        u.fires_if = Some(cond);
                    }
                }
            }
        }
    }

    fn indicators(&mut self, v: &Value, id: &str, kind: Option<&Kind>) -> Vec<IndicatorTag> {
        let mut out: Vec<IndicatorTag> = Vec::new();
        if let Some(k) = kind
            && *k != Kind::YesNo
        {
            self.report(
                v.span().start,
                format!("indicator tags on {} question `{id}`", k.name()),
                "put indicator tags only on yes-no questions (a \"yes\" fires them)",
            );
            return out;
        }
        let Some(list) = self.array(v, "indicators") else {
            return out;
        };
        let dimensions: Vec<(&str, Dimension)> =
            Dimension::ALL.iter().map(|d| (d.id(), *d)).collect();
        let phases = [
            ("recruitment", Phase::Recruitment),
            ("destination", Phase::Destination),
        ];
        for t in list.iter() {
            let Some(f) = self.fields(
                t,
                format!("an indicator of question `{id}`"),
                &INDICATOR_KEYS,
            ) else {
                continue;
            };
            let dimension = self
                .required(&f, "dimension", "\"deceptive-recruitment\"")
                .and_then(|v| self.one_of(v, "dimension", "dimension", &dimensions));
            let indicator_v = self.required(&f, "indicator", "\"nature-of-job\"");
            let indicator = indicator_v.and_then(|v| self.id(v, "indicator", "indicator"));
            let phase = self
                .required(&f, "phase", "\"recruitment\"")
                .and_then(|v| self.one_of(v, "phase", "phase", &phases));
            let strength = self
                .required(&f, "strength", "{ adult-labour = \"strong\" }")
                .and_then(|v| self.strength(v, id));
            let (Some(dimension), Some(indicator), Some(phase), Some(strength)) =
                (dimension, indicator, phase, strength)
            else {
                continue;
            };
            if out
                .iter()
                .any(|x| x.dimension == dimension && x.indicator == indicator)
            {
                self.report(
                    indicator_v.map_or(f.at, |v| v.span().start),
                    format!("question `{id}` carries indicator `{dimension}/{indicator}` twice"),
                    "remove the repeated tag",
                );
                continue;
            }
            out.push(IndicatorTag {
                dimension,
                indicator,
                phase,
                strength,
            });
        }
        out
    }

    fn strength(&mut self, v: &Value, id: &str) -> Option<BTreeMap<Profile, Strength>> {
        let Some(table) = v.get_ref().as_table() else {
            self.wrong_type(v, "strength", "a table", "{ adult-labour = \"strong\" }");
            return None;
        };
        let strengths = [
            ("strong", Strength::Strong),
            ("medium", Strength::Medium),
            ("weak", Strength::Weak),
        ];
        let mut out = BTreeMap::new();
        let mut ok = true;
        for (k, sv) in table.iter() {
            let key = k.get_ref().as_ref();
            let Some(profile) = Profile::from_id(key) else {
                self.report(
                    k.span().start,
                    format!(
                        "unknown profile `{key}` in the strength of question `{id}`{}",
                        did_you_mean(key, Profile::ALL.iter().map(|p| p.id()))
                    ),
                    "use adult-labour, adult-sexual, child-labour or child-sexual",
                );
                ok = false;
                continue;
            };
            match self.one_of(sv, key, "strength", &strengths) {
                Some(s) => {
                    out.insert(profile, s);
                }
                None => ok = false,
            }
        }
        if ok && out.is_empty() {
            self.report(
                v.span().start,
                format!("an indicator of question `{id}` counts for no profile"),
                "give a strength for at least one profile, e.g. `{ adult-labour = \"medium\" }`",
            );
            return None;
        }
        ok.then_some(out)
    }

    fn urgent(
        &mut self,
        v: &Value,
        id: &str,
        kind: Option<&Kind>,
        pending: &mut Vec<PendingCondition>,
    ) -> Option<UrgentTag> {
        let f = self.fields(
            v,
            format!("the urgent tag of question `{id}`"),
            &URGENT_KEYS,
        )?;
        let triggers: Vec<(&str, &str)> = URGENT_TRIGGERS.iter().map(|t| (*t, *t)).collect();
        let trigger = self
            .required(&f, "trigger", "\"medical\"")
            .and_then(|v| self.one_of(v, "trigger", "urgent trigger", &triggers));
        let fires_if_source = f.get("if").and_then(|v| {
            let src = self.string(v, "if")?;
            self.parse_condition(v, &src, ConditionRole::UrgentIf, pending);
            Some(src)
        });
        let mut windows: Vec<UrgentWindow> = Vec::new();
        if let Some(wv) = f.get("windows") {
            if let Some(k) = kind.filter(|k| **k != Kind::TimeSince) {
                self.report(
                    f.key_at("windows"),
                    format!("time windows on {} question `{id}`", k.name()),
                    "put `windows` only on time-since questions (the window runs from the time ago given)",
                );
            } else if let Some(list) = self.array(wv, "windows") {
                for w in list.iter() {
                    if let Some(window) = self.window(w, id, &windows) {
                        windows.push(window);
                    }
                }
            }
        }
        Some(UrgentTag {
            trigger: trigger?.to_owned(),
            fires_if: None,
            fires_if_source,
            windows,
        })
    }

    fn window(&mut self, v: &Value, id: &str, earlier: &[UrgentWindow]) -> Option<UrgentWindow> {
        let f = self.fields(v, format!("a window of question `{id}`"), &WINDOW_KEYS)?;
        let wid_v = self.required(&f, "id", "\"pep\"")?;
        let wid = self.id(wid_v, "id", "window")?;
        if earlier.iter().any(|w| w.id == wid) {
            self.report(
                wid_v.span().start,
                format!("duplicate window `{wid}` on question `{id}`"),
                "give each window its own id",
            );
            return None;
        }
        let max_days = i64::from(u32::MAX / 24);
        let hours = match (f.get("hours"), f.get("days")) {
            (Some(h), None) => self.bounded(h, "hours", 1, i64::from(u32::MAX))?,
            (None, Some(d)) => self.bounded(d, "days", 1, max_days)? * 24,
            (Some(_), Some(_)) => {
                self.report(
                    f.key_at("days"),
                    format!("window `{wid}` has both `hours` and `days`"),
                    "keep one of them",
                );
                return None;
            }
            (None, None) => {
                self.report(
                    f.at,
                    format!("window `{wid}` has no length"),
                    "add `hours = 72` or `days = 90`",
                );
                return None;
            }
        };
        Some(UrgentWindow {
            id: wid,
            hours: u32::try_from(hours).ok()?,
        })
    }

    fn profile(&mut self, v: &Value, id: &str, kind: Option<&Kind>) -> Option<ProfileSetting> {
        let f = self.fields(
            v,
            format!("the profile setting of question `{id}`"),
            &PROFILE_KEYS,
        )?;
        let field = self.required(&f, "field", "\"age-group\"").and_then(|v| {
            self.one_of(
                v,
                "field",
                "profile field",
                &[("age-group", true), ("exploitation", false)],
            )
        });
        let map_v = self.required(&f, "map", "{ yes = \"child\", no = \"adult\" }")?;
        let answers: Vec<String> = match kind {
            Some(Kind::YesNo) => ["yes", "no"].iter().map(|s| s.to_string()).collect(),
            Some(Kind::SingleChoice { choices }) => choices.clone(),
            Some(k) => {
                self.report(
                    v.span().start,
                    format!("{} question `{id}` cannot set the profile", k.name()),
                    "set the profile from a yes-no or single-choice question",
                );
                return None;
            }
            None => return None,
        };
        let answers: Vec<&str> = answers
            .iter()
            .map(String::as_str)
            .chain(OPEN_ANSWERS)
            .collect();
        let Some(table) = map_v.get_ref().as_table() else {
            self.wrong_type(
                map_v,
                "map",
                "a table",
                "{ yes = \"child\", no = \"adult\" }",
            );
            return None;
        };
        if table.is_empty() {
            self.report(
                map_v.span().start,
                format!("the profile map of question `{id}` is empty"),
                "map at least one answer, e.g. `{ yes = \"child\" }`",
            );
            return None;
        }
        let age_group = field?;
        let values: &[&str] = if age_group {
            &["adult", "child"]
        } else {
            &["labour", "sexual"]
        };
        let mut ages = BTreeMap::new();
        let mut exploitations = BTreeMap::new();
        let mut ok = true;
        for (k, mv) in table.iter() {
            let key = k.get_ref().as_ref();
            if !answers.contains(&key) {
                self.report(
                    k.span().start,
                    format!(
                        "question `{id}` has no answer `{key}` to map{}",
                        did_you_mean(key, answers.iter().copied())
                    ),
                    format!("map only its answers: {}", answers.join(", ")),
                );
                ok = false;
                continue;
            }
            let Some(value) = self.string(mv, key) else {
                ok = false;
                continue;
            };
            match (age_group, value.as_str()) {
                (true, "adult") => {
                    ages.insert(key.to_owned(), AgeGroup::Adult);
                }
                (true, "child") => {
                    ages.insert(key.to_owned(), AgeGroup::Child);
                }
                (false, "labour") => {
                    exploitations.insert(key.to_owned(), Exploitation::Labour);
                }
                (false, "sexual") => {
                    exploitations.insert(key.to_owned(), Exploitation::Sexual);
                }
                _ => {
                    self.report(
                        mv.span().start,
                        format!(
                            "`{value}` is not a value of the profile's {}",
                            if age_group {
                                "age group"
                            } else {
                                "exploitation type"
                            }
                        ),
                        format!("use `{}` or `{}`", values[0], values[1]),
                    );
                    ok = false;
                }
            }
        }
        if !ok {
            return None;
        }
        Some(if age_group {
            ProfileSetting::AgeGroup { map: ages }
        } else {
            ProfileSetting::Exploitation { map: exploitations }
        })
    }

    fn fills(&mut self, v: &Value, id: &str, kind: Option<&Kind>) -> Option<String> {
        let targets: Vec<(&str, &str)> = FILL_TARGETS.iter().map(|t| (*t, *t)).collect();
        let target = self.one_of(v, "fills", "record field", &targets)?;
        let kind = kind?;
        let wanted = match target {
            "subject.name" | "case-ref" | "consent.restrictions" => "short-text",
            "consent.share-with" => "multiple-choice",
            _ => "yes-no",
        };
        if kind.name() != wanted {
            self.report(
                v.span().start,
                format!(
                    "`{target}` takes a {wanted} answer, but question `{id}` is {}",
                    kind.name()
                ),
                format!("make question `{id}` a {wanted} question or fill another field"),
            );
            return None;
        }
        if target == "consent.share-with" {
            let strange: Vec<&str> = kind
                .choices()
                .iter()
                .map(String::as_str)
                .filter(|c| !ORGANISATION_KINDS.contains(c))
                .collect();
            if !strange.is_empty() {
                self.report(
                    v.span().start,
                    format!(
                        "question `{id}` fills `consent.share-with` but has choices that are not organisation kinds: {}",
                        strange.join(", ")
                    ),
                    format!("use only: {}", ORGANISATION_KINDS.join(", ")),
                );
                return None;
            }
        }
        Some(target.to_owned())
    }

    /// Two tags of one indicator must agree, or "counts once" would be ambiguous.
    fn check_indicators(&mut self, slots: &[Slot]) {
        let mut seen: BTreeMap<(Dimension, &str), (&str, &IndicatorTag)> = BTreeMap::new();
        for slot in slots {
            let Some(q) = &slot.question else { continue };
            for tag in &q.indicators {
                let key = (tag.dimension, tag.indicator.as_str());
                match seen.get(&key) {
                    Some((other, first))
                        if first.phase != tag.phase || first.strength != tag.strength =>
                    {
                        self.report(
                            slot.id_at,
                            format!(
                                "question `{}` tags indicator `{}/{}` with another phase or strength than question `{other}`",
                                q.id, tag.dimension, tag.indicator
                            ),
                            "an indicator counts once: give both tags the same phase and strengths",
                        );
                    }
                    Some(_) => {}
                    None => {
                        seen.insert(key, (q.id.as_str(), tag));
                    }
                }
            }
        }
    }

    fn scoring(&mut self, v: &Value) -> Option<Scoring> {
        let f = self.fields(v, "`scoring`", &SCORING_KEYS)?;
        let dimension_rule = self
            .required(&f, "dimension_rule", "{ ... }")
            .and_then(|v| self.dimension_rule(v));
        let rules = self
            .required(&f, "rules", "{ ... }")
            .and_then(|v| self.rules(v));
        Some(Scoring {
            dimension_rule: dimension_rule?,
            rules: rules?,
        })
    }

    fn source_and_verified(&mut self, f: &Fields) -> (Option<String>, Option<bool>) {
        let source = self
            .required(f, "source", "\"where the rule comes from\"")
            .and_then(|v| self.string(v, "source"));
        let verified = self
            .required(f, "verified", "false")
            .and_then(|v| self.boolean(v, "verified"));
        (source, verified)
    }

    fn dimension_rule(&mut self, v: &Value) -> Option<DimensionRule> {
        let f = self.fields(v, "`scoring.dimension_rule`", &DIMENSION_RULE_KEYS)?;
        let (source, verified) = self.source_and_verified(&f);
        let list_v = self.required(&f, "alternatives", "[{ strong = 2 }]")?;
        let list = self.array(list_v, "alternatives")?;
        let mut alternatives = Vec::new();
        let mut ok = true;
        for a in list.iter() {
            match self.threshold(a) {
                Some(t) => alternatives.push(t),
                None => ok = false,
            }
        }
        if ok && alternatives.is_empty() {
            self.report(
                list_v.span().start,
                "`alternatives` is empty: no dimension could ever be positive",
                "add at least one alternative, e.g. `{ strong = 2 }`",
            );
            return None;
        }
        Some(DimensionRule {
            alternatives: ok.then_some(alternatives)?,
            source: source?,
            verified: verified?,
        })
    }

    fn threshold(&mut self, v: &Value) -> Option<Threshold> {
        let f = self.fields(v, "an alternative", &THRESHOLD_KEYS)?;
        let mut count = |key: &str| match f.get(key) {
            Some(v) => self.bounded(v, key, 0, 1000).map(|n| n as u32),
            None => Some(0),
        };
        let t = Threshold {
            strong: count("strong")?,
            medium: count("medium")?,
            weak: count("weak")?,
            medium_or_weak: count("medium_or_weak")?,
        };
        if t == Threshold::default() {
            self.report(
                f.at,
                "an alternative with no counts would make every dimension positive",
                "give at least one count above zero, e.g. `{ strong = 2 }`",
            );
            return None;
        }
        Some(t)
    }

    fn rules(&mut self, v: &Value) -> Option<BTreeMap<Profile, CombinationRule>> {
        let Some(table) = v.get_ref().as_table() else {
            self.wrong_type(v, "rules", "a table", "{ adult-labour = { ... } }");
            return None;
        };
        let mut out = BTreeMap::new();
        let mut ok = true;
        for (k, rv) in table.iter() {
            let key = k.get_ref().as_ref();
            let Some(profile) = Profile::from_id(key) else {
                self.report(
                    k.span().start,
                    format!(
                        "unknown profile `{key}` in `scoring.rules`{}",
                        did_you_mean(key, Profile::ALL.iter().map(|p| p.id()))
                    ),
                    "use adult-labour, adult-sexual, child-labour or child-sexual",
                );
                ok = false;
                continue;
            };
            match self.rule(rv, key) {
                Some(r) => {
                    out.insert(profile, r);
                }
                None => ok = false,
            }
        }
        if ok {
            for p in Profile::ALL {
                if !out.contains_key(&p) {
                    self.report(
                        v.span().start,
                        format!("`scoring.rules` has no rule for profile `{p}`"),
                        format!("add `[scoring.rules.{p}]` with `all_of`, `source` and `verified`"),
                    );
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }

    fn rule(&mut self, v: &Value, profile: &str) -> Option<CombinationRule> {
        let f = self.fields(v, format!("`scoring.rules.{profile}`"), &RULE_KEYS)?;
        let (source, verified) = self.source_and_verified(&f);
        let note = f.get("note").and_then(|v| self.string(v, "note"));
        let groups_v = self.required(&f, "all_of", "[[\"exploitative-conditions\"]]")?;
        let groups = self.array(groups_v, "all_of")?;
        let dimensions: Vec<(&str, Dimension)> =
            Dimension::ALL.iter().map(|d| (d.id(), *d)).collect();
        let mut all_of = Vec::new();
        let mut ok = true;
        for g in groups.iter() {
            let Some(list) = self.array(g, "all_of") else {
                ok = false;
                continue;
            };
            if list.is_empty() {
                self.report(
                    g.span().start,
                    "an empty group in `all_of` can never be met",
                    "list at least one dimension in each group",
                );
                ok = false;
                continue;
            }
            let mut group = Vec::new();
            for d in list.iter() {
                match self.one_of(d, "all_of", "dimension", &dimensions) {
                    Some(d) => group.push(d),
                    None => ok = false,
                }
            }
            all_of.push(group);
        }
        if ok && all_of.is_empty() {
            self.report(
                groups_v.span().start,
                format!("`all_of` of profile `{profile}` is empty: the rule would always be met"),
                "list the groups of dimensions, e.g. `[[\"exploitative-conditions\"]]`",
            );
            return None;
        }
        Some(CombinationRule {
            all_of: ok.then_some(all_of)?,
            source: source?,
            verified: verified?,
            note,
        })
    }
}
