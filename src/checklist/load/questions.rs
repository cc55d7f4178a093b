//! The questions of a checklist file: sections, each question's keys and kind, what it fills,
//! and its conditions, checked against the earlier questions of the file. A condition that names
//! a question this file does not have is handed on to the catalog, which knows the earlier
//! checklists.

use std::collections::{BTreeMap, BTreeSet};

use crate::checklist::model::{
    Ask, Condition, FILL_TARGETS, Kind, ORGANISATION_KINDS, Question, Section, Stage,
};
use crate::checklist::validate::{self, ConditionRole, OPEN_ANSWERS, QuestionRef, did_you_mean};
use crate::domain::htcds::{FieldType, Standard, TagProblem};

use super::reader::{Fields, PendingCondition, Reader, Value};
use super::{DEFAULT_MAX_CHARS, Deferred, KINDS, Owner, QUESTION_KEYS, SECTION_KEYS};

/// A question as far as it could be read, kept in file order for the condition checks.
pub(super) struct Slot {
    pub(super) id: Option<String>,
    pub(super) kind: Option<Kind>,
    pub(super) question: Option<Question>,
    pub(super) id_at: usize,
    pub(super) fills_at: Option<usize>,
    pub(super) conditions: Vec<PendingCondition>,
}

impl Reader<'_> {
    pub(super) fn sections(&mut self, v: &Value) -> Vec<Section> {
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

    pub(super) fn question(&mut self, v: &Value, sections: &BTreeSet<&str>, stage: Stage) -> Slot {
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
            self.htcds_field(v, &s, &id, kind.as_ref()).then_some(s)
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
        let ask = f.get("ask").map_or(Some(Ask::Person), |v| {
            self.one_of(
                v,
                "ask",
                "asker",
                &[("person", Ask::Person), ("officer", Ask::Officer)],
            )
        });
        let gateway = f
            .get("gateway")
            .map_or(Some(false), |v| self.boolean(v, "gateway"));
        if let (Some(true), Some(k)) = (gateway, kind.as_ref())
            && *k != Kind::YesNo
        {
            self.report(
                f.key_at("gateway"),
                format!("gateway question `{id}` is {}", k.name()),
                "make a gateway a yes-no question (yes, unsure or declined opens the full interview)",
            );
        }
        if gateway == Some(true) && stage != Stage::FirstScreen {
            self.report(
                f.key_at("gateway"),
                format!("gateway question `{id}` is in a checklist of the full interview"),
                "put gateway questions in a checklist with `stage = \"first-screen\"`",
            );
        }
        let blocks = f.get("blocks").and_then(|v| {
            let b = self.id(v, "blocks", "block")?;
            if let Some(k) = kind.as_ref().filter(|k| **k != Kind::YesNo) {
                self.report(
                    v.span().start,
                    format!("`blocks` on {} question `{id}`", k.name()),
                    "only a yes-no declaration can block the interview (any answer but yes blocks)",
                );
                return None;
            }
            Some(b)
        });
        let lifts = f.get("lifts").and_then(|v| self.id(v, "lifts", "block"));
        let htcds_values = match f.get("htcds_values") {
            Some(v) => self.htcds_values(
                v,
                &id,
                kind.as_ref(),
                htcds.as_deref(),
                f.get("htcds").is_some(),
            ),
            None => {
                self.htcds_values_missing(&f, &id, kind.as_ref(), htcds.as_deref());
                Some(BTreeMap::new())
            }
        };

        let (
            Some(kind),
            Some((_, section)),
            Some(required),
            Some(sensitive),
            Some(ask),
            Some(gateway),
            Some(htcds_values),
        ) = (
            kind,
            section,
            required,
            sensitive,
            ask,
            gateway,
            htcds_values,
        )
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
            ask,
            gateway,
            blocks,
            lifts,
            htcds_values,
        });
        slot
    }

    pub(super) fn kind(&mut self, f: &Fields, id: &str) -> Option<Kind> {
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

    pub(super) fn choices(&mut self, f: &Fields, id: &str) -> Option<Vec<String>> {
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

    pub(super) fn fills(&mut self, v: &Value, id: &str, kind: Option<&Kind>) -> Option<String> {
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

    /// `htcds = "field"`: a field of HTCDS 2.0 still in use, of a type the question's answers can
    /// fill. False (reported) when it is not.
    fn htcds_field(&mut self, v: &Value, name: &str, id: &str, kind: Option<&Kind>) -> bool {
        let standard = Standard::get();
        let field = match standard.check_field(name) {
            Ok(f) => f,
            Err(problem) => {
                let (what, todo) = match problem {
                    TagProblem::Deprecated => (
                        format!(
                            "HTCDS field `{name}` is deprecated in HTCDS {}",
                            standard.version
                        ),
                        "remove the tag (vulnerability is recorded by Tandem's own questions)"
                            .to_owned(),
                    ),
                    TagProblem::UnknownField { nearest } => (
                        format!(
                            "`{name}` is not a field of HTCDS {}{}",
                            standard.version,
                            nearest.map_or(String::new(), |n| format!(" (did you mean `{n}`?)"))
                        ),
                        "name a field of standards/htcds-2.0.toml, exactly as written there"
                            .to_owned(),
                    ),
                    TagProblem::UnknownValue { .. } | TagProblem::NotCoded => unreachable!(),
                };
                self.report(v.span().start, what, todo);
                return false;
            }
        };
        let Some(kind) = kind else { return true };
        let takes_codes = matches!(
            kind,
            Kind::YesNo | Kind::SingleChoice { .. } | Kind::MultipleChoice { .. }
        );
        if field.kind.is_coded() && !takes_codes {
            self.report(
                v.span().start,
                format!(
                    "HTCDS field `{name}` takes coded values, but question `{id}` is {}",
                    kind.name()
                ),
                "tag a yes-no or choice question and map its answers with `htcds_values`",
            );
            return false;
        }
        if field.kind == FieldType::Checkbox && *kind != Kind::YesNo {
            self.report(
                v.span().start,
                format!(
                    "HTCDS field `{name}` is a checkbox, but question `{id}` is {}",
                    kind.name()
                ),
                "tag a yes-no question, with `htcds_values = { yes = \"TRUE\", no = \"FALSE\" }`",
            );
            return false;
        }
        true
    }

    /// A coded field with no `htcds_values` says nothing: refused.
    fn htcds_values_missing(
        &mut self,
        f: &Fields,
        id: &str,
        kind: Option<&Kind>,
        field: Option<&str>,
    ) {
        let (Some(kind), Some(name)) = (kind, field) else {
            return;
        };
        let standard = Standard::get();
        let Some(field) = standard.field(name).filter(|f| f.kind.is_coded()) else {
            return;
        };
        let key = match kind {
            Kind::YesNo => "yes",
            k => k.choices().first().map_or("choice", String::as_str),
        };
        let value = field.values.first().map_or("Code", String::as_str);
        self.report(
            f.key_at("htcds"),
            format!("question `{id}` is tagged `{name}` but maps no answer to its values"),
            format!(
                "add `htcds_values = {{ {key} = \"{value}\" }}` with values from: {}",
                standard.allowed(name)
            ),
        );
    }

    /// `htcds_values = { choice = "Code", other = ["Code", "Code"] }`: every key one of the
    /// question's choices (`yes` or `no` for a yes-no question), every code a value of the
    /// question's HTCDS field.
    fn htcds_values(
        &mut self,
        v: &Value,
        id: &str,
        kind: Option<&Kind>,
        field: Option<&str>,
        tagged: bool,
    ) -> Option<BTreeMap<String, Vec<String>>> {
        let Some(table) = v.get_ref().as_table() else {
            self.wrong_type(
                v,
                "htcds_values",
                "a table",
                "{ forced-labour = \"ForcedLabour\" }",
            );
            return None;
        };
        let Some(field) = field else {
            if tagged {
                // The tag itself was refused, and said so.
                return None;
            }
            self.report(
                v.span().start,
                format!("question `{id}` maps answers to HTCDS values but names no field"),
                "add `htcds = \"<field>\"` naming the field the values belong to",
            );
            return None;
        };
        let standard = Standard::get();
        if standard.field(field).is_some_and(|f| !f.kind.is_coded()) {
            self.report(
                v.span().start,
                format!(
                    "HTCDS field `{field}` takes free text, a number or a date, not coded values"
                ),
                "remove `htcds_values`: the answer itself is the field's value",
            );
            return None;
        }
        let choices: Vec<&str> = match kind {
            Some(Kind::YesNo) => vec!["yes", "no"],
            Some(k) => k.choices().iter().map(String::as_str).collect(),
            None => Vec::new(),
        };
        let mut out = BTreeMap::new();
        let mut ok = true;
        for (k, cv) in table.iter() {
            let key = k.get_ref().as_ref();
            if kind.is_some() && !choices.contains(&key) {
                self.report(
                    k.span().start,
                    format!(
                        "question `{id}` has no choice `{key}`{}",
                        did_you_mean(key, choices.iter().copied())
                    ),
                    format!("give codes only for its choices: {}", choices.join(", ")),
                );
                ok = false;
                continue;
            }
            let codes: Vec<(usize, String)> = match (cv.get_ref().as_str(), cv.get_ref().as_array())
            {
                (Some(s), _) => vec![(cv.span().start, s.to_owned())],
                (None, Some(items)) => items
                    .iter()
                    .filter_map(|i| Some((i.span().start, i.get_ref().as_str()?.to_owned())))
                    .collect(),
                _ => {
                    self.wrong_type(cv, key, "a code or a list of codes", "\"ForcedLabour\"");
                    ok = false;
                    continue;
                }
            };
            if codes.is_empty() {
                self.report(
                    cv.span().start,
                    format!("the HTCDS code of choice `{key}` is empty"),
                    "write the code, e.g. \"ForcedLabour\", or remove the entry",
                );
                ok = false;
                continue;
            }
            let mut mapped = Vec::new();
            for (at, code) in codes {
                match standard.check_value(field, &code) {
                    Ok(()) => mapped.push(code),
                    Err(problem) => {
                        if let TagProblem::UnknownValue { nearest } = problem {
                            self.report(
                                at,
                                format!(
                                    "`{code}` is not a value of HTCDS field `{field}`{}",
                                    nearest.map_or(String::new(), |n| format!(
                                        " (did you mean `{n}`?)"
                                    ))
                                ),
                                format!("use one of: {}", standard.allowed(field)),
                            );
                        }
                        // A bad field was reported at `htcds`.
                        ok = false;
                    }
                }
            }
            out.insert(key.to_owned(), mapped);
        }
        ok.then_some(out)
    }

    /// Checks every parsed condition against the questions of the file, in file order. One
    /// that names a question the file does not have is returned for the catalog to check.
    pub(super) fn check_conditions(&mut self, slots: &mut [Slot]) -> Vec<Deferred> {
        let pending: Vec<Vec<PendingCondition>> = slots
            .iter_mut()
            .map(|s| std::mem::take(&mut s.conditions))
            .collect();
        let refs: Vec<QuestionRef> = slots
            .iter()
            .map(|s| QuestionRef {
                id: s.id.as_deref().unwrap_or(""),
                kind: s.kind.as_ref(),
            })
            .collect();
        let mut parsed: Vec<(usize, ConditionRole, Condition)> = Vec::new();
        let mut deferred = Vec::new();
        for (i, list) in pending.into_iter().enumerate() {
            for c in list {
                let problems = validate::check_condition(&c.condition, &c.source, &refs, i, c.role);
                if problems.iter().any(|p| p.unknown) {
                    if let Some(id) = &slots[i].id {
                        deferred.push(Deferred {
                            owner: Owner::Question(id.clone()),
                            pending: c,
                            local: problems,
                        });
                    }
                    continue;
                }
                for p in &problems {
                    let offset = c.file_offset(self.text, p.offset);
                    self.report(offset, p.what.clone(), p.todo.clone());
                }
                if problems.is_empty() {
                    parsed.push((i, c.role, c.condition.clone()));
                }
            }
        }
        for (i, role, cond) in parsed {
            if let Some(q) = slots[i].question.as_mut() {
                set_condition(q, role, cond);
            }
        }
        deferred
    }
}

/// Puts a checked condition where it belongs on its question.
pub fn set_condition(q: &mut Question, role: ConditionRole, cond: Condition) {
    match role {
        ConditionRole::ShowIf => q.show_if = Some(cond),
        ConditionRole::UrgentIf => {
            if let Some(u) = q.urgent.as_mut() {
                u.fires_if = Some(cond);
            }
        }
        ConditionRole::ReasonIf => {}
    }
}
