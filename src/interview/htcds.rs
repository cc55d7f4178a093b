//! What a record says in the names of IOM's Human Trafficking Case Data Standard 2.0: each HTCDS
//! field a visible, answered question is tagged with, and the value the answer gives it (the
//! codes of `htcds_values` for a coded field, the answer itself for a text, number or date
//! field). Unsure and declined are not facts and give nothing; a choice with no code gives
//! nothing. Several questions tagged with one multi-select field add up (methods of control);
//! for a single-value field the first answered question in interview order gives the value.
//!
//! Personal data: `Debug` shows only which fields have a value.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value;

use crate::checklist::answer::Answer;
use crate::checklist::model::Checklist;
use crate::domain::htcds::{FieldType, Standard};

use super::flow::Interview;

/// The value a record gives one HTCDS field.
#[derive(Clone, PartialEq, Eq)]
pub enum FieldValue {
    /// Picklist or code-list values, in the standard's order, each once.
    Codes(Vec<String>),
    Text(String),
    Number(i64),
    Date(jiff::civil::Date),
}

/// HTCDS field name to the value the record gives it.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct HtcdsFacts {
    pub fields: BTreeMap<String, FieldValue>,
}

impl fmt::Debug for HtcdsFacts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("HtcdsFacts")
            .field(&self.fields.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl HtcdsFacts {
    /// The codes a coded field holds (empty when none).
    pub fn codes(&self, field: &str) -> &[String] {
        match self.fields.get(field) {
            Some(FieldValue::Codes(c)) => c,
            _ => &[],
        }
    }

    /// Sets a coded field to these codes (for facts from outside the answers: languages, the
    /// decision), replacing what was there.
    pub fn set_codes(&mut self, field: &str, codes: Vec<String>) {
        if !codes.is_empty() {
            self.fields
                .insert(field.to_owned(), FieldValue::Codes(codes));
        }
    }
}

/// A field's value as JSON of the field's type: an array for a multi-select, one string for a
/// picklist, `true` / `false` for a checkbox, a number, a `YYYY-MM-DD` date, or text.
pub fn to_json(field: &str, value: &FieldValue) -> Value {
    let kind = Standard::get().field(field).map(|f| f.kind);
    match value {
        FieldValue::Codes(codes) => match kind {
            Some(FieldType::Multiselect) => Value::from(codes.clone()),
            Some(FieldType::Checkbox) => Value::Bool(codes.first().is_some_and(|c| c == "TRUE")),
            _ => codes.first().cloned().map_or(Value::Null, Value::String),
        },
        FieldValue::Text(t) => Value::String(t.clone()),
        FieldValue::Number(n) => Value::from(*n),
        FieldValue::Date(d) => Value::String(d.to_string()),
    }
}

/// The HTCDS facts of the answers of an interview's visible questions.
pub fn facts(interview: &Interview, checklists: &[Checklist]) -> HtcdsFacts {
    let standard = Standard::get();
    let mut out = HtcdsFacts::default();
    for (_, q) in interview.visible_questions(checklists) {
        let (Some(field), Some(answer)) = (q.htcds.as_deref(), interview.answers().get(&q.id))
        else {
            continue;
        };
        let Some(def) = standard.field(field) else {
            continue;
        };
        let keys: Vec<&str> = match answer {
            Answer::Yes => vec!["yes"],
            Answer::No => vec!["no"],
            Answer::Choice(c) => vec![c.as_str()],
            Answer::Choices(cs) => cs.iter().map(String::as_str).collect(),
            Answer::Number(n) => {
                if def.kind == FieldType::Number {
                    out.fields
                        .entry(field.to_owned())
                        .or_insert(FieldValue::Number(*n));
                }
                continue;
            }
            Answer::Date(d) => {
                if def.kind == FieldType::Date {
                    out.fields
                        .entry(field.to_owned())
                        .or_insert(FieldValue::Date(*d));
                }
                continue;
            }
            Answer::Text(t) => {
                if !def.kind.is_coded() && !t.trim().is_empty() {
                    out.fields
                        .entry(field.to_owned())
                        .or_insert_with(|| FieldValue::Text(t.clone()));
                }
                continue;
            }
            Answer::Unsure | Answer::Declined | Answer::TimeSince(_) => continue,
        };
        let codes: Vec<&String> = keys
            .iter()
            .filter_map(|k| q.htcds_values.get(*k))
            .flatten()
            .collect();
        if codes.is_empty() {
            continue;
        }
        let single = def.kind != FieldType::Multiselect;
        let entry = out
            .fields
            .entry(field.to_owned())
            .or_insert_with(|| FieldValue::Codes(Vec::new()));
        let FieldValue::Codes(have) = entry else {
            continue;
        };
        if single && !have.is_empty() {
            continue;
        }
        for c in codes {
            if !have.contains(c) {
                have.push(c.clone());
            }
            if single {
                break;
            }
        }
        // The standard's order, so equal sets read (and group) alike.
        let order = |c: &String| def.values.iter().position(|v| v == c).unwrap_or(usize::MAX);
        have.sort_by(|a, b| order(a).cmp(&order(b)).then_with(|| a.cmp(b)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::model::{Kind, Question, Section};
    use crate::interview::record::RecordDocument;

    fn checklist() -> Checklist {
        let mut q1 = Question::new(
            "journey-forced",
            "s",
            Kind::MultipleChoice {
                choices: vec!["hurt-you".into(), "money-kept".into(), "taken".into()],
            },
        );
        q1.htcds = Some("vic_MethodsOfControl".into());
        q1.htcds_values = [
            ("hurt-you".to_owned(), vec!["PhysicalAbuse".to_owned()]),
            ("money-kept".to_owned(), vec!["TakesEarnings".to_owned()]),
        ]
        .into();
        let mut q2 = Question::new("debt", "s", Kind::YesNo);
        q2.htcds = Some("vic_MethodsOfControl".into());
        q2.htcds_values = [("yes".to_owned(), vec!["DebtBondage".to_owned()])].into();
        let mut q3 = Question::new(
            "citizenship",
            "s",
            Kind::SingleChoice {
                choices: vec!["myanmar".into(), "stateless".into()],
            },
        );
        q3.htcds = Some("prs_Citizenship".into());
        q3.htcds_values = [("myanmar".to_owned(), vec!["MM".to_owned()])].into();
        let mut q4 = Question::new(
            "age-started",
            "s",
            Kind::Number {
                min: 0,
                max: 99,
                unit: None,
            },
        );
        q4.htcds = Some("vic_AgeWhenTrafficked".into());
        Checklist {
            id: "c".into(),
            version: 1,
            title: "C".into(),
            position: 1,
            stage: Default::default(),
            sections: vec![Section { id: "s".into() }],
            questions: vec![q1, q2, q3, q4],
            scoring: None,
            first_screen: None,
        }
    }

    fn facts_of(answers: serde_json::Value) -> HtcdsFacts {
        let c = vec![checklist()];
        let doc = RecordDocument {
            checklist: "c".into(),
            answers: serde_json::from_value(answers).unwrap(),
            ..RecordDocument::default()
        };
        facts(&Interview::new(doc, &c), &c)
    }

    #[test]
    fn answers_give_the_codes_of_their_tags_in_the_standards_order() {
        let f = facts_of(serde_json::json!({
            "journey-forced": ["money-kept", "hurt-you", "taken"],
            "debt": "yes",
            "citizenship": "myanmar",
            "age-started": 14,
        }));
        assert_eq!(
            f.codes("vic_MethodsOfControl"),
            ["DebtBondage", "PhysicalAbuse", "TakesEarnings"]
        );
        assert_eq!(
            to_json("vic_MethodsOfControl", &f.fields["vic_MethodsOfControl"]),
            serde_json::json!(["DebtBondage", "PhysicalAbuse", "TakesEarnings"])
        );
        assert_eq!(
            to_json("prs_Citizenship", &f.fields["prs_Citizenship"]),
            serde_json::json!(["MM"])
        );
        assert!(f.fields["vic_AgeWhenTrafficked"] == FieldValue::Number(14));
    }

    #[test]
    fn unsure_declined_and_choices_without_a_code_give_nothing() {
        let f = facts_of(serde_json::json!({
            "journey-forced": ["taken"],
            "debt": "declined",
            "citizenship": "stateless",
        }));
        assert!(f.fields.is_empty(), "{f:?}");
    }
}
