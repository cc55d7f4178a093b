//! Reading one checklist file: TOML text to the [`Checklist`] model, reporting every problem of
//! the file at its `file:line:col`. It walks toml's spanned document tree by hand rather than
//! through serde so that it can go on after the first problem and name each unknown key where it
//! stands. It never reads the disk (the catalog hands it text) and never guesses: whatever it
//! does not understand is an error, so a broken checklist can never reach an interview.
//!
//! Rooms: [`reader`] (the TOML tree, typed reads, diagnostics), [`questions`] (sections,
//! questions, kinds, fills, conditions), [`tags`] (indicator, urgent and profile tags, the
//! scoring and first-screen rules). This file holds the checklist's top level and what the
//! catalog-wide checks need.

mod questions;
mod reader;
mod tags;

use std::collections::BTreeSet;
use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::checklist::model::{Checklist, Condition, FirstScreenRule, ReasonTest, Stage};
use crate::checklist::validate::{self, ConditionRole, QuestionRef};
use crate::diagnostic::{Diagnostic, LineIndex};

pub use questions::set_condition;
use reader::{PendingCondition, Reader, Value};

const TOP_KEYS: [&str; 9] = [
    "id",
    "version",
    "title",
    "position",
    "stage",
    "sections",
    "questions",
    "scoring",
    "first_screen",
];
const SECTION_KEYS: [&str; 1] = ["id"];
const QUESTION_KEYS: [&str; 21] = [
    "id",
    "section",
    "kind",
    "required",
    "ask",
    "show_if",
    "indicators",
    "urgent",
    "htcds",
    "htcds_values",
    "profile",
    "sensitive",
    "fills",
    "gateway",
    "blocks",
    "lifts",
    "choices",
    "min",
    "max",
    "unit",
    "max_chars",
];
const INDICATOR_KEYS: [&str; 5] = ["dimension", "indicator", "phase", "choice", "strength"];
const URGENT_KEYS: [&str; 4] = ["trigger", "if", "windows", "within_days"];
const WINDOW_KEYS: [&str; 3] = ["id", "hours", "days"];
const PROFILE_KEYS: [&str; 3] = ["field", "map", "below"];
const SCORING_KEYS: [&str; 2] = ["dimension_rule", "rules"];
const DIMENSION_RULE_KEYS: [&str; 3] = ["source", "verified", "alternatives"];
const THRESHOLD_KEYS: [&str; 4] = ["strong", "medium", "weak", "medium_or_weak"];
const RULE_KEYS: [&str; 4] = ["source", "verified", "all_of", "note"];
const FIRST_SCREEN_KEYS: [&str; 3] = ["source", "verified", "reasons"];
const REASON_KEYS: [&str; 3] = ["id", "any", "if"];
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

/// Whose condition a deferred condition is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    /// The question with this id (its `show_if` or urgent `if`).
    Question(String),
    /// The first-screen reason at this index.
    Reason(usize),
}

/// A condition that names a question its file does not have: the catalog checks it against
/// the questions of the earlier checklists (by position) and puts it in place.
pub struct Deferred {
    pub owner: Owner,
    pending: PendingCondition,
    /// The problems found against this file alone, reported as they are when the file cannot
    /// join the catalog.
    local: Vec<validate::ConditionProblem>,
}

impl Deferred {
    pub fn role(&self) -> ConditionRole {
        self.pending.role
    }
    pub fn condition(&self) -> &Condition {
        &self.pending.condition
    }
    pub fn source(&self) -> &str {
        &self.pending.source
    }
    /// The file offset of a problem found at `offset` in the condition's text.
    pub fn file_offset(&self, text: &str, offset: usize) -> usize {
        self.pending.file_offset(text, offset)
    }
}

impl std::fmt::Debug for Deferred {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Deferred")
            .field("owner", &self.owner)
            .field("source", &self.pending.source)
            .finish()
    }
}

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
    /// (line, col) of the `id` key when the checklist carries indicator tags.
    pub indicators_at: Option<(usize, usize)>,
    /// The file has a `[scoring]` table (even one with problems, reported already).
    pub has_scoring_table: bool,
    /// Conditions naming questions of other checklists, for the catalog to check.
    pub deferred: Vec<Deferred>,
    /// The file's text, to place the catalog's diagnostics.
    pub text: String,
}

/// Puts a checked condition in the first-screen reason at `index`.
pub fn set_reason(rule: &mut FirstScreenRule, index: usize, condition: Condition) {
    if let Some(ReasonTest::Condition { condition: c, .. }) =
        rule.reasons.get_mut(index).map(|r| &mut r.test)
    {
        *c = condition;
    }
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

impl Reader<'_> {
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
        let stage = top.get("stage").map_or(Some(Stage::Full), |v| {
            self.one_of(
                v,
                "stage",
                "stage",
                &[("first-screen", Stage::FirstScreen), ("full", Stage::Full)],
            )
        });

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
                        slots.push(self.question(q, &section_ids, stage.unwrap_or_default()));
                    }
                }
            }
            None => self.report(
                top.at,
                "the checklist has no questions",
                "add `[[questions]]` entries (see docs/checklist-format.md)",
            ),
        }
        let mut deferred = self.check_conditions(&mut slots);
        self.check_indicators(&slots);
        self.check_blocks(&slots);

        let scoring = top.get("scoring").and_then(|v| self.scoring(v));
        let has_indicators = slots
            .iter()
            .filter_map(|s| s.question.as_ref())
            .any(|q| !q.indicators.is_empty());

        let mut reason_conditions = Vec::new();
        let mut first_screen = top
            .get("first_screen")
            .and_then(|v| self.first_screen(v, &mut reason_conditions));
        if let (Some(Stage::Full), Some(_)) = (stage, top.get("first_screen")) {
            self.report(
                top.key_at("first_screen"),
                "a checklist of the full interview holds the first-screen rule",
                "set `stage = \"first-screen\"` or move `[first_screen]` to a first-screen checklist",
            );
        }
        // Every question of the file comes before a reason's condition.
        let refs: Vec<QuestionRef> = slots
            .iter()
            .map(|s| QuestionRef {
                id: s.id.as_deref().unwrap_or(""),
                kind: s.kind.as_ref(),
            })
            .collect();
        for (reason, c) in reason_conditions {
            let problems = validate::check_condition(
                &c.condition,
                &c.source,
                &refs,
                refs.len(),
                ConditionRole::ReasonIf,
            );
            if problems.iter().any(|p| p.unknown) {
                deferred.push(Deferred {
                    owner: Owner::Reason(reason),
                    pending: c,
                    local: problems,
                });
                continue;
            }
            for p in &problems {
                let offset = c.file_offset(self.text, p.offset);
                self.report(offset, p.what.clone(), p.todo.clone());
            }
            if problems.is_empty()
                && let Some(rule) = first_screen.as_mut()
            {
                set_reason(rule, reason, c.condition);
            }
        }

        let (Some(id), Some(version), Some(title), Some(position), Some(stage)) =
            (id, version, title, position, stage)
        else {
            // The file cannot join the catalog: what its conditions name stays unknown.
            for d in &deferred {
                for p in &d.local {
                    let offset = d.file_offset(self.text, p.offset);
                    self.report(offset, p.what.clone(), p.todo.clone());
                }
            }
            return None;
        };
        let lines = LineIndex::new(self.text);
        let line_col = |offset: usize| lines.line_col(self.text, offset);
        let mut questions = Vec::new();
        let mut question_at = Vec::new();
        let mut fills_at = Vec::new();
        for slot in slots {
            if let Some(q) = slot.question {
                questions.push(q);
                question_at.push(line_col(slot.id_at));
                fills_at.push(slot.fills_at.map(line_col));
            }
        }
        Some(LoadedChecklist {
            checklist: Checklist {
                id,
                version: u32::try_from(version).ok()?,
                title,
                position: u32::try_from(position).ok()?,
                stage,
                sections,
                questions,
                scoring,
                first_screen,
            },
            id_at: line_col(id_v.map_or(0, |v| v.span().start)),
            position_at: line_col(position_v.map_or(0, |v| v.span().start)),
            question_at,
            fills_at,
            indicators_at: has_indicators.then(|| line_col(top.key_at("id"))),
            has_scoring_table: top.get("scoring").is_some(),
            deferred,
            text: self.text.to_owned(),
        })
    }

    /// Each block needs a question after its declaration that lifts it.
    fn check_blocks(&mut self, slots: &[questions::Slot]) {
        for (i, slot) in slots.iter().enumerate() {
            let Some(q) = &slot.question else { continue };
            let Some(block) = &q.blocks else { continue };
            let lifted = slots[i + 1..]
                .iter()
                .filter_map(|s| s.question.as_ref())
                .any(|l| l.lifts.as_deref() == Some(block));
            if !lifted {
                self.report(
                    slot.id_at,
                    format!("question `{}` blocks `{block}`, but no later question lifts it", q.id),
                    format!("add a later question with `lifts = \"{block}\"` (for example the officer's reason to go on)"),
                );
            }
        }
    }
}
