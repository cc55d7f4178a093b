//! The record document: everything Tandem keeps about one interview, as one JSON document that
//! the vault seals whole. It is also the scripting face (`tandem record add` reads it on stdin);
//! its JSON Schema is `docs/record.schema.json`. Only `checklist` is required; unknown fields are
//! refused with the field named.
//!
//! Everything in here is personal data. `Debug` is written by hand and shows only shape.

use std::collections::BTreeMap;
use std::fmt;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use crate::domain::RecordStatus;
use crate::domain::{Lang, OfficerLang, OrganisationKind, Outcome, StopReason};

/// Record document schema version, stored in the document and checked on read.
pub const RECORD_SCHEMA: u32 = 1;

#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordDocument {
    #[serde(default = "default_schema")]
    pub schema: u32,
    /// The checklist this record answers: a checklist id, or `screening` for the standard
    /// interview that runs every checklist in order of `position`.
    pub checklist: String,
    /// Checklist id to the version the answers were given against.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub checklist_versions: BTreeMap<String, u32>,
    /// The unit's own case reference (pseudonymous), for search in the case queue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_ref: Option<String>,
    #[serde(default)]
    pub status: RecordStatus,
    #[serde(default)]
    pub subject: Subject,
    /// Free notes on the whole interview.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Question id to answer value (JSON forms of `interview::answer::Answer`).
    #[serde(default)]
    pub answers: BTreeMap<String, Value>,
    /// Question id to when and in which language it was asked.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answered: BTreeMap<String, AnswerMeta>,
    /// Question id to the officer's short note on that question.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub question_notes: BTreeMap<String, String>,
    #[serde(default)]
    pub consent: Consent,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Languages>,
    /// The officer's decision at review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// Set when the interview was stopped before its end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped: Option<Stopped>,
    /// Referral packets exported from this record, newest last.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exports: Vec<Export>,
    /// What the case queue shows, computed from the answers each time the record is saved
    /// (`app::cases`), so listing the queue needs no record opened. Never typed by hand: a
    /// document given without it gets it computed when it is stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queue: Option<QueueFacts>,
}

/// The facts of a record the case queue orders and marks by: no name, no answer.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueueFacts {
    /// Urgent triggers that fired, each once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub urgent: Vec<crate::domain::UrgentTrigger>,
    /// The scheduled removal, when the interview recorded one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removal: Option<jiff::civil::Date>,
    /// Where the case stands in the two stages and the procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<crate::domain::CaseStep>,
}

fn default_schema() -> u32 {
    RECORD_SCHEMA
}

#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    /// Name or alias, as the person gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// The person consents (a child assents) to the interview.
    #[serde(default)]
    pub interview: bool,
    /// Organisation kinds (`shelter`, `medical`, `legal-aid`, `social-welfare`, `ngo`) the person
    /// agreed their referral may go to. Police contact is the separate opt-in below.
    #[serde(default)]
    pub share_with: Vec<OrganisationKind>,
    #[serde(default)]
    pub police_contact: bool,
    /// For a child: a guardian's or social worker's consent was recorded.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub guardian_consent: bool,
    /// What the person asked to keep out of any referral, in their words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub restrictions: String,
}

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerMeta {
    /// The language the question was asked in (`my`, `km`, ...).
    pub lang: Lang,
    /// When the answer was given (RFC 3339, UTC).
    pub at: Timestamp,
}

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Languages {
    pub officer: OfficerLang,
    pub interviewee: Lang,
}

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub outcome: Outcome,
    /// Required when the outcome departs from the computed rule (`Outcome::departs_from_rule`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    pub by: String,
    pub at: Timestamp,
}

/// One referral packet that left the unit.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export {
    pub packet_id: String,
    /// The partner's name.
    pub partner: String,
    /// The partner's kind when the packet was made (older records name only the partner).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<OrganisationKind>,
    pub at: Timestamp,
    /// A supervisor's child-protection override reason, when it stood in for a guardian's consent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_protection_override: Option<String>,
}

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StoppedForm")]
pub struct Stopped {
    pub reason: StopReason,
    /// The officer's few words on the reason (at most `StopReason::DETAIL_MAX` characters).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detail: String,
    pub at: Timestamp,
}

/// `stopped` as read: records written before the reason became its own word kept the officer's
/// detail after it (`"distress: asked for a break"`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StoppedForm {
    reason: StoppedReasonForm,
    #[serde(default)]
    detail: String,
    at: Timestamp,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum StoppedReasonForm {
    Word(StopReason),
    Legacy(String),
}

impl From<StoppedForm> for Stopped {
    fn from(f: StoppedForm) -> Stopped {
        let (reason, detail) = match f.reason {
            StoppedReasonForm::Word(r) => (r, f.detail),
            StoppedReasonForm::Legacy(text) => {
                let (id, rest) = text.split_once(':').unwrap_or((&text, ""));
                let reason = id.trim().parse().unwrap_or(StopReason::Other);
                let detail = if f.detail.is_empty() {
                    rest.trim().to_owned()
                } else {
                    f.detail
                };
                (reason, detail)
            }
        };
        Stopped {
            reason,
            detail,
            at: f.at,
        }
    }
}

impl fmt::Debug for RecordDocument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecordDocument")
            .field("checklist", &self.checklist)
            .field("status", &self.status)
            .field("answers", &self.answers.len())
            .finish_non_exhaustive()
    }
}

redacted_debug!(
    Subject, Consent, AnswerMeta, Languages, Decision, Stopped, Export, QueueFacts
);

/// Why a record document was refused. Names fields by their path and positions, never a value
/// (serde's own messages quote values, which may be personal data).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentError {
    /// A field the schema does not have (`field` is `…` when it does not look like a name).
    /// `path` is where it stands (`top` for the document itself).
    #[error("unknown field `{field}` in `{path}` at {at}")]
    UnknownField {
        field: String,
        path: String,
        at: String,
    },
    #[error("missing field `{field}` in `{path}` at {at}")]
    MissingField {
        field: String,
        path: String,
        at: String,
    },
    #[error("duplicate field `{field}` in `{path}` at {at}")]
    DuplicateField {
        field: String,
        path: String,
        at: String,
    },
    #[error("`{path}` is not one of the allowed values at {at}")]
    NotAllowed { path: String, at: String },
    #[error("`{path}` has the wrong type at {at}")]
    WrongType { path: String, at: String },
    #[error("the JSON ends too early ({at})")]
    Truncated { at: String },
    #[error("this is not valid JSON ({at})")]
    NotJson { at: String },
    #[error("schema {found} is not supported; this Tandem reads schema {known}")]
    Schema { found: u32, known: u32 },
    #[error("consent.share_with: police contact is its own opt-in (`consent.police_contact`)")]
    PoliceInShareWith,
    #[error("the document is larger than {limit} bytes")]
    TooLarge { limit: usize },
    #[error("`{path}` is longer than {limit} characters")]
    TooLong { path: String, limit: usize },
}

/// The largest record document Tandem reads (a whole interview is a few tens of kilobytes).
pub const MAX_DOCUMENT_BYTES: usize = 1024 * 1024;
/// The longest text any one field may hold (a note, an answer, a name).
pub const MAX_FIELD_CHARS: usize = 10_000;

/// The first string in `value` longer than [`MAX_FIELD_CHARS`], by its path.
fn overlong(value: &Value, path: &mut Vec<String>) -> Option<String> {
    match value {
        Value::String(s) if s.chars().count() > MAX_FIELD_CHARS => Some(path.join(".")),
        Value::Array(items) => items.iter().enumerate().find_map(|(i, v)| {
            path.push(i.to_string());
            let found = overlong(v, path);
            path.pop();
            found
        }),
        Value::Object(map) => map.iter().find_map(|(k, v)| {
            path.push(echo_safe(k).to_owned());
            let found = overlong(v, path);
            path.pop();
            found
        }),
        _ => None,
    }
}

/// Parses one record document (the JSON of `docs/record.schema.json`): refuses unknown fields and
/// values outside their vocabulary (languages, organisation kinds, outcomes, statuses), naming the
/// field by its path, never quoting a value that may be personal data.
pub fn parse_document(text: &str) -> Result<RecordDocument, DocumentError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(DocumentError::TooLarge {
            limit: MAX_DOCUMENT_BYTES,
        });
    }
    if let Ok(value) = serde_json::from_str::<Value>(text)
        && let Some(path) = overlong(&value, &mut Vec::new())
    {
        return Err(DocumentError::TooLong {
            path,
            limit: MAX_FIELD_CHARS,
        });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let doc: RecordDocument = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        // The path of the value being read; for a field that should not be there, its parent.
        let full = e.path().to_string();
        let inner = e.into_inner();
        let msg = inner.to_string();
        let at = format!("line {}, column {}", inner.line(), inner.column());
        let named = |prefix: &str| {
            let rest = &msg[msg.find(prefix)? + prefix.len()..];
            // `unknown field `KEY``: the key is the user's text; echo it only if it looks like a
            // field name.
            Some(echo_safe(&rest[..rest.find('`')?]).to_owned())
        };
        let parent = |field: &str| {
            let p = full
                .strip_suffix(field)
                .unwrap_or(&full)
                .trim_end_matches('.');
            if p.is_empty() || p == "." {
                "top".to_owned()
            } else {
                echo_safe_path(p)
            }
        };
        let path = echo_safe_path(&full);
        if let Some(field) = named("unknown field `") {
            let path = parent(&field);
            DocumentError::UnknownField { field, path, at }
        } else if let Some(field) = named("missing field `") {
            let path = if full.is_empty() || full == "." {
                "top".to_owned()
            } else {
                path
            };
            DocumentError::MissingField { field, path, at }
        } else if let Some(field) = named("duplicate field `") {
            DocumentError::DuplicateField { field, path, at }
        } else if msg.contains("unknown variant") || msg.contains("did not match any") {
            DocumentError::NotAllowed { path, at }
        } else {
            match inner.classify() {
                serde_json::error::Category::Data => DocumentError::WrongType { path, at },
                serde_json::error::Category::Eof => DocumentError::Truncated { at },
                _ => DocumentError::NotJson { at },
            }
        }
    })?;
    if doc.schema != RECORD_SCHEMA {
        return Err(DocumentError::Schema {
            found: doc.schema,
            known: RECORD_SCHEMA,
        });
    }
    if doc.consent.share_with.contains(&OrganisationKind::Police) {
        return Err(DocumentError::PoliceInShareWith);
    }
    Ok(doc)
}

/// A serde path (`answers.q1`, `consent.share_with[0]`) as an error may show it: keys that do not
/// look like ids (they may be text pasted in the wrong place) become `…`.
fn echo_safe_path(path: &str) -> String {
    path.split('.')
        .map(|part| {
            let (key, index) = part.split_once('[').map_or((part, ""), |(k, i)| (k, i));
            let key = echo_safe(key);
            if index.is_empty() {
                key.to_owned()
            } else {
                format!("{key}[{index}")
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// What an error may quote of a value the user gave: the value itself when it looks like an id or
/// a field name (ASCII letters, digits, `-` and `_`, at most 32 bytes), else `…`. Anything else
/// may be a name or a note pasted in the wrong place.
pub fn echo_safe(given: &str) -> &str {
    let id_like = !given.is_empty()
        && given.len() <= 32
        && given
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if id_like { given } else { "…" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_checklist_is_required() {
        let d: RecordDocument = serde_json::from_str(r#"{"checklist":"consent"}"#).unwrap();
        assert_eq!(d.checklist, "consent");
        assert_eq!(d.schema, RECORD_SCHEMA);
        assert!(serde_json::from_str::<RecordDocument>("{}").is_err());
    }

    #[test]
    fn unknown_fields_are_named() {
        let err = serde_json::from_str::<RecordDocument>(r#"{"checklist":"x","nmae":"a"}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("nmae"), "{err}");
        let err =
            serde_json::from_str::<RecordDocument>(r#"{"checklist":"x","subject":{"nam":"a"}}"#)
                .unwrap_err()
                .to_string();
        assert!(err.contains("nam"), "{err}");
    }

    #[test]
    fn parse_errors_name_fields_but_never_values() {
        let cases = [
            (
                r#"{"checklist":"x","nmae":"Aye Aye"}"#,
                "unknown field `nmae`",
            ),
            (r#"{"notes":"Aye Aye"}"#, "missing field `checklist`"),
            (r#"{"checklist":"x","Aye Aye":1}"#, "unknown field `…`"),
            (
                r#"{"checklist":"x","consent":{"interview":"Aye Aye"}}"#,
                "wrong type",
            ),
            (
                r#"{"checklist":"x","status":"Aye Aye"}"#,
                "not one of the allowed",
            ),
            (
                r#"{"checklist":"x","consent":{"share_with":["Aye Aye"]}}"#,
                "`consent.share_with[0]` is not one of the allowed",
            ),
            (
                r#"{"checklist":"x","languages":{"officer":"en","interviewee":"xx"}}"#,
                "`languages.interviewee` is not one of the allowed",
            ),
            (
                r#"{"checklist":"x","answered":{"q":{"lang":"Aye Aye","at":"x"}}}"#,
                "`answered.q.lang` is not one of the allowed",
            ),
            (r#"{"checklist":"x","notes":"Aye Aye"#, "ends too early"),
        ];
        for (json, want) in cases {
            let err = parse_document(json).unwrap_err().to_string();
            assert!(err.contains(want), "{json}: {err}");
            if !want.contains("Aye") {
                assert!(!err.contains("Aye"), "{json}: {err}");
            }
        }
        assert!(
            parse_document(r#"{"checklist":"x","consent":{"share_with":["shelter"]}}"#).is_ok()
        );
    }

    #[test]
    fn hostile_sizes_are_refused_with_the_limit_named() {
        let long = "x".repeat(MAX_FIELD_CHARS + 1);
        let err = parse_document(&format!(r#"{{"checklist":"x","notes":"{long}"}}"#)).unwrap_err();
        assert_eq!(
            err,
            DocumentError::TooLong {
                path: "notes".into(),
                limit: MAX_FIELD_CHARS
            }
        );
        let huge = "y".repeat(MAX_DOCUMENT_BYTES);
        let err = parse_document(&format!(r#"{{"checklist":"{huge}"}}"#)).unwrap_err();
        assert!(matches!(err, DocumentError::TooLarge { .. }));
    }

    #[test]
    fn a_stop_reason_written_with_its_detail_reads_as_the_word_and_the_detail() {
        let d = parse_document(
            r#"{"checklist":"x","stopped":{"reason":"distress: asked for a break","at":"2026-01-01T00:00:00Z"}}"#,
        )
        .unwrap();
        let s = d.stopped.unwrap();
        assert_eq!(s.reason, StopReason::Distress);
        assert_eq!(s.detail, "asked for a break");
        let d = parse_document(
            r#"{"checklist":"x","stopped":{"reason":"privacy-risk","detail":"door open","at":"2026-01-01T00:00:00Z"}}"#,
        )
        .unwrap();
        assert_eq!(d.stopped.unwrap().reason, StopReason::PrivacyRisk);
    }

    #[test]
    fn debug_shows_no_personal_data() {
        let mut d: RecordDocument = serde_json::from_str(
            r#"{"checklist":"x","subject":{"name":"Aye Aye"},"notes":"secret note"}"#,
        )
        .unwrap();
        d.answers.insert("q".into(), Value::from("Hidden"));
        let s = format!("{d:?}");
        assert!(
            !s.contains("Aye") && !s.contains("secret") && !s.contains("Hidden"),
            "{s}"
        );
    }
}
