//! The record document: everything Tandem keeps about one interview, as one JSON document that
//! the vault seals whole. It is also the scripting face (`tandem record add` reads it on stdin);
//! its JSON Schema is `docs/record.schema.json`. Only `checklist` is required; unknown fields are
//! refused with the field named.
//!
//! Everything in here is personal data. `Debug` is written by hand and shows only shape.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

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
    pub status: Status,
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
}

fn default_schema() -> u32 {
    RECORD_SCHEMA
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    Draft,
    Stopped,
    AwaitingReview,
    Referred,
    Closed,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Stopped => "stopped",
            Status::AwaitingReview => "awaiting-review",
            Status::Referred => "referred",
            Status::Closed => "closed",
        }
    }
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
    pub share_with: Vec<String>,
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
    /// Language tag the question was asked in (`my`, `km`, ...).
    pub lang: String,
    /// When the answer was given (RFC 3339, UTC).
    pub at: String,
}

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Languages {
    pub officer: String,
    pub interviewee: String,
}

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// `refer-presumed-victim`, `refer-further-interview`, `vulnerable-other-referral`,
    /// `no-referral`.
    pub outcome: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    pub by: String,
    pub at: String,
}

/// One referral packet that left the unit.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export {
    pub packet_id: String,
    /// The partner's name.
    pub partner: String,
    pub at: String,
    /// A supervisor's child-protection override reason, when it stood in for a guardian's consent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_protection_override: Option<String>,
}

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stopped {
    pub reason: String,
    pub at: String,
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

macro_rules! redacted_debug {
    ($($t:ty),*) => {$(
        impl fmt::Debug for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($t), "(..)"))
            }
        }
    )*};
}
redacted_debug!(
    Subject, Consent, AnswerMeta, Languages, Decision, Stopped, Export
);

/// Why a record document was refused. The message names fields and positions, never a value
/// (serde's own messages quote values, which may be personal data).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct DocumentError(pub String);

/// Parses one record document (the JSON of `docs/record.schema.json`): refuses unknown fields and
/// unknown organisation kinds in `consent.share_with`, naming them.
pub fn parse_document(text: &str) -> Result<RecordDocument, DocumentError> {
    let doc: RecordDocument = serde_json::from_str(text).map_err(|e| {
        let msg = e.to_string();
        let at = format!("line {}, column {}", e.line(), e.column());
        let named = ["unknown field `", "missing field `", "duplicate field `"]
            .iter()
            .find_map(|p| msg.find(p).map(|i| &msg[i..]))
            .and_then(|m| m.match_indices('`').nth(1).map(|(end, _)| &m[..=end]));
        DocumentError(match (e.classify(), named) {
            (_, Some(what)) => {
                // `unknown field `KEY``: the key is the user's text; echo it only if it looks
                // like a field name.
                let (head, key) = what.split_once('`').unwrap_or((what, "`"));
                let key = key.trim_end_matches('`');
                format!(
                    "{head}`{}` at {at}; see docs/record.schema.json",
                    echo_safe(key)
                )
            }
            (_, None) if msg.contains("unknown variant") => {
                format!(
                    "a value is not one of the allowed ones at {at}; see docs/record.schema.json"
                )
            }
            (serde_json::error::Category::Data, None) => {
                format!("a value has the wrong type at {at}; see docs/record.schema.json")
            }
            (serde_json::error::Category::Eof, _) => format!("the JSON ends too early ({at})"),
            _ => format!("this is not valid JSON ({at})"),
        })
    })?;
    if doc.schema != RECORD_SCHEMA {
        return Err(DocumentError(format!(
            "schema {} is not supported; this Tandem reads schema {RECORD_SCHEMA}",
            doc.schema
        )));
    }
    let kinds = crate::checklist::model::ORGANISATION_KINDS;
    if let Some(bad) = doc
        .consent
        .share_with
        .iter()
        .find(|k| !kinds.contains(&k.as_str()))
    {
        return Err(DocumentError(format!(
            "consent.share_with: `{}` is not an organisation kind; use {}",
            echo_safe(bad),
            kinds.join(", ")
        )));
    }
    Ok(doc)
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
                "not an organisation kind",
            ),
            (r#"{"checklist":"x","notes":"Aye Aye"#, "ends too early"),
        ];
        for (json, want) in cases {
            let err = parse_document(json).unwrap_err().0;
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
