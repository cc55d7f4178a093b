//! One answer to one question, in the form the interview, the vault document and the command line
//! share. JSON forms: `"yes"`, `"no"`, `"unsure"`, `"declined"`, a choice id (`"fishing"`), a list
//! of choice ids, an integer, a date `"2026-11-28"`, `{"amount": 30, "unit": "hours"}`, or text.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::checklist::model::{Kind, Question};

/// An answer, checked against its question's kind.
///
/// `Debug` is written by hand: free text and choices can be personal data and must never reach
/// a log or panic message.
#[derive(Clone, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
    Unsure,
    Declined,
    Choice(String),
    Choices(Vec<String>),
    Number(i64),
    Date(jiff::civil::Date),
    TimeSince(TimeSince),
    Text(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeSince {
    pub amount: u32,
    pub unit: TimeUnit,
}

impl TimeSince {
    pub fn hours(self) -> u64 {
        let per = match self.unit {
            TimeUnit::Hours => 1,
            TimeUnit::Days => 24,
            TimeUnit::Weeks => 24 * 7,
            TimeUnit::Months => 24 * 30,
        };
        u64::from(self.amount) * per
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimeUnit {
    Hours,
    Days,
    Weeks,
    Months,
}

impl fmt::Debug for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Answer::Yes => f.write_str("Yes"),
            Answer::No => f.write_str("No"),
            Answer::Unsure => f.write_str("Unsure"),
            Answer::Declined => f.write_str("Declined"),
            Answer::Choice(_) => f.write_str("Choice(..)"),
            Answer::Choices(c) => write!(f, "Choices({} items)", c.len()),
            Answer::Number(_) => f.write_str("Number(..)"),
            Answer::Date(_) => f.write_str("Date(..)"),
            Answer::TimeSince(_) => f.write_str("TimeSince(..)"),
            Answer::Text(_) => f.write_str("Text(..)"),
        }
    }
}

/// Why a JSON value is not a valid answer. Never carries the value itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("question `{question}` takes {expected}")]
    WrongType {
        question: String,
        expected: &'static str,
    },
    /// Carries the allowed choice ids, never the value given: it may be free text about a person.
    #[error("question `{question}` takes one of: {allowed}")]
    UnknownChoice { question: String, allowed: String },
    #[error("question `{question}` takes a number from {min} to {max}")]
    OutOfRange {
        question: String,
        min: i64,
        max: i64,
    },
    #[error("question `{question}` takes a date written YYYY-MM-DD")]
    BadDate { question: String },
    #[error("question `{question}` takes at most {max} characters")]
    TooLong { question: String, max: usize },
}

impl Answer {
    /// `unsure` or `declined`: an answer, but not a fact. Never counts as "no".
    pub fn is_open(&self) -> bool {
        matches!(self, Answer::Unsure | Answer::Declined)
    }

    /// Reads a JSON value as an answer to `question`.
    pub fn from_json(question: &Question, value: &Value) -> Result<Answer, AnswerError> {
        let q = || question.id.clone();
        if let Value::String(s) = value {
            match s.as_str() {
                "unsure" => return Ok(Answer::Unsure),
                "declined" => return Ok(Answer::Declined),
                _ => {}
            }
        }
        match &question.kind {
            Kind::YesNo => match value.as_str() {
                Some("yes") => Ok(Answer::Yes),
                Some("no") => Ok(Answer::No),
                _ => Err(AnswerError::WrongType {
                    question: q(),
                    expected: "\"yes\", \"no\", \"unsure\" or \"declined\"",
                }),
            },
            Kind::SingleChoice { choices } => {
                let s = value.as_str().ok_or_else(|| AnswerError::WrongType {
                    question: q(),
                    expected: "one choice id",
                })?;
                if choices.iter().any(|c| c == s) {
                    Ok(Answer::Choice(s.to_owned()))
                } else {
                    Err(AnswerError::UnknownChoice {
                        question: q(),
                        allowed: choices.join(", "),
                    })
                }
            }
            Kind::MultipleChoice { choices } => {
                let list = value.as_array().ok_or_else(|| AnswerError::WrongType {
                    question: q(),
                    expected: "a list of choice ids",
                })?;
                let mut picked = Vec::new();
                for item in list {
                    let s = item.as_str().ok_or_else(|| AnswerError::WrongType {
                        question: q(),
                        expected: "a list of choice ids",
                    })?;
                    if !choices.iter().any(|c| c == s) {
                        return Err(AnswerError::UnknownChoice {
                            question: q(),
                            allowed: choices.join(", "),
                        });
                    }
                    if !picked.iter().any(|p| p == s) {
                        picked.push(s.to_owned());
                    }
                }
                // Keep the checklist's order so equal answers compare equal.
                picked.sort_by_key(|p| choices.iter().position(|c| c == p));
                Ok(Answer::Choices(picked))
            }
            Kind::Number { min, max, .. } => {
                let n = value.as_i64().ok_or_else(|| AnswerError::WrongType {
                    question: q(),
                    expected: "a whole number",
                })?;
                if n < *min || n > *max {
                    return Err(AnswerError::OutOfRange {
                        question: q(),
                        min: *min,
                        max: *max,
                    });
                }
                Ok(Answer::Number(n))
            }
            Kind::Date => {
                let s = value
                    .as_str()
                    .ok_or_else(|| AnswerError::BadDate { question: q() })?;
                let d: jiff::civil::Date = s
                    .parse()
                    .map_err(|_| AnswerError::BadDate { question: q() })?;
                Ok(Answer::Date(d))
            }
            Kind::TimeSince => {
                let t: TimeSince =
                    serde_json::from_value(value.clone()).map_err(|_| AnswerError::WrongType {
                        question: q(),
                        expected: "{\"amount\": N, \"unit\": \"hours\"|\"days\"|\"weeks\"|\"months\"}",
                    })?;
                Ok(Answer::TimeSince(t))
            }
            Kind::ShortText { max_chars } => {
                let s = value.as_str().ok_or_else(|| AnswerError::WrongType {
                    question: q(),
                    expected: "text",
                })?;
                if s.chars().count() > *max_chars {
                    return Err(AnswerError::TooLong {
                        question: q(),
                        max: *max_chars,
                    });
                }
                Ok(Answer::Text(s.to_owned()))
            }
        }
    }

    /// The JSON form (inverse of [`Answer::from_json`]).
    pub fn to_json(&self) -> Value {
        match self {
            Answer::Yes => Value::from("yes"),
            Answer::No => Value::from("no"),
            Answer::Unsure => Value::from("unsure"),
            Answer::Declined => Value::from("declined"),
            Answer::Choice(c) => Value::from(c.as_str()),
            Answer::Choices(c) => Value::from(c.clone()),
            Answer::Number(n) => Value::from(*n),
            Answer::Date(d) => Value::from(d.to_string()),
            Answer::TimeSince(t) => serde_json::to_value(t).unwrap_or(Value::Null),
            Answer::Text(s) => Value::from(s.as_str()),
        }
    }

    /// The value a condition compares against: `yes`/`no`/`unsure`/`declined`, a choice id.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Answer::Yes => Some("yes"),
            Answer::No => Some("no"),
            Answer::Unsure => Some("unsure"),
            Answer::Declined => Some("declined"),
            Answer::Choice(c) | Answer::Text(c) => Some(c),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::model::Kind;
    use serde_json::json;

    fn q(kind: Kind) -> Question {
        Question::new("q", "s", kind)
    }

    #[test]
    fn round_trips_every_kind() {
        let cases = [
            (Kind::YesNo, json!("yes")),
            (Kind::YesNo, json!("declined")),
            (
                Kind::SingleChoice {
                    choices: vec!["a".into(), "b".into()],
                },
                json!("b"),
            ),
            (
                Kind::MultipleChoice {
                    choices: vec!["a".into(), "b".into()],
                },
                json!(["a", "b"]),
            ),
            (
                Kind::Number {
                    min: 0,
                    max: 10,
                    unit: None,
                },
                json!(7),
            ),
            (Kind::Date, json!("2026-11-28")),
            (Kind::TimeSince, json!({"amount": 30, "unit": "hours"})),
            (Kind::ShortText { max_chars: 20 }, json!("Mya")),
        ];
        for (kind, value) in cases {
            let a = Answer::from_json(&q(kind), &value).unwrap();
            assert_eq!(a.to_json(), value);
        }
    }

    #[test]
    fn refuses_bad_values_without_echoing_them() {
        let err = Answer::from_json(&q(Kind::YesNo), &json!("maybe")).unwrap_err();
        assert!(!err.to_string().contains("maybe"));
        let choices = || vec!["a".to_string(), "b".to_string()];
        let given = [
            (Kind::SingleChoice { choices: choices() }, json!("Aye Aye")),
            (
                Kind::MultipleChoice { choices: choices() },
                json!(["a", "Aye Aye"]),
            ),
        ];
        for (kind, value) in given {
            let err = Answer::from_json(&q(kind), &value).unwrap_err();
            for shown in [err.to_string(), format!("{err:?}")] {
                assert!(!shown.contains("Aye"), "{shown}");
                assert!(shown.contains("a, b"), "{shown}");
            }
        }
        assert!(
            Answer::from_json(
                &q(Kind::Number {
                    min: 0,
                    max: 5,
                    unit: None
                }),
                &json!(6)
            )
            .is_err()
        );
        assert!(Answer::from_json(&q(Kind::Date), &json!("28/11/2026")).is_err());
    }

    #[test]
    fn debug_never_shows_text() {
        let a = Answer::Text("Secret Name".into());
        assert!(!format!("{a:?}").contains("Secret"));
    }
}
