//! Urgent triggers (SCREENING.md §5): which fired, from which question, and the medical time
//! windows they open ("PEP within 72 h of the exposure"). A window is computed from when the
//! answer was given: it closes at `answered_at - time since + window length`. An expired window
//! is reported as closed, never hidden.
//!
//! Uncertainty never hides urgency: a time not known (unsure, declined, or not asked yet) opens
//! every window as "time unknown: treat as open", and a date tagged `within_days` (a removal
//! date) fires whatever the yes-no question beside it says.
//!
//! Pure: the current time is passed in; nothing is read from the clock, disk or terminal.

use std::collections::BTreeMap;
use std::fmt;

use jiff::{SignedDuration, Timestamp};

use crate::checklist::answer::Answer;
use crate::checklist::condition::{Facts, eval};
use crate::checklist::model::{Checklist, Kind, Question};
use crate::interview::flow::Interview;
use crate::interview::record::AnswerMeta;

/// A fired urgent trigger and the question that fired it.
#[derive(Clone, PartialEq, Eq)]
pub struct UrgentFlag {
    /// Trigger id, one of `checklist::model::URGENT_TRIGGERS`.
    pub trigger: String,
    pub question: String,
    /// Time windows (time-since questions only), open or closed.
    pub windows: Vec<OpenWindow>,
}

/// A time window of an urgent trigger. The name says what matters: whether it is still open.
#[derive(Clone, PartialEq, Eq)]
pub struct OpenWindow {
    /// Window id, e.g. `pep`, `emergency-contraception`, `hepatitis-b`.
    pub id: String,
    /// When it closes. With the time unknown: the latest it could close (as if the event
    /// happened when the question was answered), so that it is treated as open until then.
    pub closes_at: Timestamp,
    /// The time of the event is not known (unsure, declined or not yet answered): show "time
    /// unknown: treat as open".
    pub time_unknown: bool,
}

impl OpenWindow {
    /// Time left at `now`; `None` once the window has closed.
    pub fn remaining(&self, now: Timestamp) -> Option<SignedDuration> {
        let left = self.closes_at.duration_since(now);
        left.is_positive().then_some(left)
    }

    pub fn is_closed(&self, now: Timestamp) -> bool {
        self.remaining(now).is_none()
    }
}

// Window times derive from what the person said about an assault: shape only.
impl fmt::Debug for OpenWindow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "OpenWindow({}, ..)", self.id)
    }
}

impl fmt::Debug for UrgentFlag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UrgentFlag")
            .field("trigger", &self.trigger)
            .field("question", &self.question)
            .field("windows", &self.windows)
            .finish()
    }
}

/// Whether a question's urgent tag fires for these (visible) answers. `soon` says whether a
/// date answer falls inside the tag's `within_days`.
fn fires(q: &Question, condition_holds: Option<bool>, answer: Option<&Answer>, soon: bool) -> bool {
    let time_unknown = q.kind == Kind::TimeSince
        && q.urgent.as_ref().is_some_and(|t| !t.windows.is_empty())
        && answer.is_none_or(Answer::is_open);
    if time_unknown || soon {
        return true;
    }
    match condition_holds {
        Some(holds) => holds,
        None => match (&q.kind, answer) {
            (Kind::YesNo, Some(a)) => *a == Answer::Yes,
            (Kind::Date, Some(_)) if q.urgent.as_ref().is_some_and(|t| t.within_days.is_some()) => {
                false
            }
            (_, Some(a)) => !a.is_open(),
            (_, None) => false,
        },
    }
}

/// The urgent flags of an interview, in interview order. Only visible questions fire. An
/// answer without a readable time counts as given at `now`. Conditions on the profile see it as
/// the answers give it: an age group nobody has answered yet is not a child here (the flow
/// still treats it as one).
pub fn fired(interview: &Interview, checklists: &[Checklist], now: Timestamp) -> Vec<UrgentFlag> {
    let (age_group, exploitation) = interview.profile_facts(checklists);
    let visible = interview.visible_questions(checklists);
    let answers = interview.visible_answers(checklists);
    let facts = Facts {
        answers: &answers,
        age_group,
        exploitation,
    };
    flags(
        visible.iter().map(|(_, q)| *q),
        &facts,
        &interview.record().answered,
        now,
    )
}

/// The urgent flags for `questions` (the visible ones, in order) given `facts` (answers of
/// visible questions and the profile) and when each answer was given.
pub fn flags<'q>(
    questions: impl IntoIterator<Item = &'q Question>,
    facts: &Facts,
    answered: &BTreeMap<String, AnswerMeta>,
    now: Timestamp,
) -> Vec<UrgentFlag> {
    let mut out = Vec::new();
    for q in questions {
        let Some(tag) = &q.urgent else {
            continue;
        };
        let answer = facts.answers.get(&q.id);
        let holds = tag.fires_if.as_ref().map(|c| eval(c, facts));
        let at = answered.get(&q.id).map(|m| m.at).unwrap_or(now);
        let soon = match (answer, tag.within_days) {
            (Some(Answer::Date(d)), Some(days)) => {
                let answered_on = jiff::tz::Offset::UTC.to_datetime(at).date();
                answered_on
                    .checked_add(jiff::Span::new().days(i64::from(days)))
                    .is_ok_and(|limit| *d <= limit)
            }
            _ => false,
        };
        if !fires(q, holds, answer, soon) {
            continue;
        }
        let windows = match answer {
            None | Some(Answer::Unsure | Answer::Declined) => tag
                .windows
                .iter()
                .map(|w| OpenWindow {
                    id: w.id.clone(),
                    closes_at: at
                        .checked_add(SignedDuration::from_hours(i64::from(w.hours)))
                        .unwrap_or(Timestamp::MAX),
                    time_unknown: true,
                })
                .collect(),
            Some(Answer::TimeSince(since)) => {
                let since_hours = i64::try_from(since.hours()).unwrap_or(i64::MAX / 3600);
                tag.windows
                    .iter()
                    .map(|w| {
                        let shift = i64::from(w.hours).saturating_sub(since_hours);
                        // Clamped (about 114 years back) so absurd amounts cannot overflow.
                        let closes_at = at
                            .checked_add(SignedDuration::from_hours(shift.max(-1_000_000)))
                            .unwrap_or(Timestamp::MIN);
                        OpenWindow {
                            id: w.id.clone(),
                            closes_at,
                            time_unknown: false,
                        }
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        out.push(UrgentFlag {
            trigger: tag.trigger.clone(),
            question: q.id.clone(),
            windows,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::condition::parse;
    use crate::checklist::model::{Section, UrgentTag, UrgentWindow};
    use crate::interview::record::RecordDocument;
    use serde_json::json;

    fn q(id: &str, kind: Kind, show_if: Option<&str>, urgent: Option<UrgentTag>) -> Question {
        Question {
            show_if: show_if.map(|s| parse(s).unwrap()),
            show_if_source: show_if.map(str::to_owned),
            urgent,
            ..Question::new(id, "s", kind)
        }
    }

    fn tag(trigger: &str, fires_if: Option<&str>, windows: &[(&str, u32)]) -> Option<UrgentTag> {
        Some(UrgentTag {
            trigger: trigger.into(),
            fires_if: fires_if.map(|s| parse(s).unwrap()),
            fires_if_source: fires_if.map(str::to_owned),
            windows: windows
                .iter()
                .map(|(id, hours)| UrgentWindow {
                    id: (*id).into(),
                    hours: *hours,
                })
                .collect(),
            within_days: None,
        })
    }

    fn catalog() -> Vec<Checklist> {
        vec![Checklist {
            id: "urgent-needs".into(),
            version: 1,
            title: "Urgent".into(),
            position: 20,
            sections: vec![Section { id: "s".into() }],
            questions: vec![
                q(
                    "sexual-violence",
                    Kind::YesNo,
                    None,
                    tag("sexual-violence", None, &[]),
                ),
                q(
                    "sexual-violence-when",
                    Kind::TimeSince,
                    Some("sexual-violence == 'yes'"),
                    tag(
                        "sexual-violence",
                        None,
                        &[
                            ("pep", 72),
                            ("emergency-contraception", 120),
                            ("hepatitis-b", 90 * 24),
                        ],
                    ),
                ),
                q(
                    "pregnancy-weeks",
                    Kind::Number {
                        min: 0,
                        max: 45,
                        unit: None,
                    },
                    None,
                    tag("pregnancy", Some("pregnancy-weeks > 0"), &[]),
                ),
                q(
                    "overheard",
                    Kind::YesNo,
                    None,
                    tag(
                        "security-threat",
                        Some("overheard in ['yes', 'unsure']"),
                        &[],
                    ),
                ),
                q(
                    "removal-date",
                    Kind::Date,
                    None,
                    tag("removal-scheduled", None, &[]),
                ),
                q(
                    "removal-before-screening",
                    Kind::YesNo,
                    None,
                    tag("removal-scheduled", None, &[]),
                ),
                q(
                    "removal-on",
                    Kind::Date,
                    None,
                    Some(UrgentTag {
                        within_days: Some(7),
                        ..tag("removal-scheduled", None, &[]).unwrap()
                    }),
                ),
            ],
            stage: Default::default(),
            first_screen: None,
            scoring: None,
        }]
    }

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn interview(answers: serde_json::Value, at: &str) -> Interview {
        let ids: Vec<String> = answers.as_object().unwrap().keys().cloned().collect();
        let mut answered = serde_json::Map::new();
        for id in ids {
            answered.insert(id, json!({"lang": "my", "at": at}));
        }
        let record: RecordDocument = serde_json::from_value(json!({
            "checklist": "screening",
            "answers": answers,
            "answered": answered,
        }))
        .unwrap();
        Interview::new(record, &catalog())
    }

    fn triggers(flags: &[UrgentFlag]) -> Vec<(&str, &str)> {
        flags
            .iter()
            .map(|f| (f.trigger.as_str(), f.question.as_str()))
            .collect()
    }

    #[test]
    fn triggers_fire_as_tagged() {
        let now = ts("2026-11-28T12:00:00Z");
        // (answers, fired (trigger, question))
        let cases = [
            (json!({}), vec![]),
            // The time not asked yet: its windows open as "time unknown".
            (
                json!({"sexual-violence": "yes"}),
                vec![
                    ("sexual-violence", "sexual-violence"),
                    ("sexual-violence", "sexual-violence-when"),
                ],
            ),
            (
                json!({"sexual-violence": "yes", "sexual-violence-when": "declined"}),
                vec![
                    ("sexual-violence", "sexual-violence"),
                    ("sexual-violence", "sexual-violence-when"),
                ],
            ),
            (json!({"sexual-violence": "unsure"}), vec![]),
            (json!({"pregnancy-weeks": 0}), vec![]),
            (
                json!({"pregnancy-weeks": 12}),
                vec![("pregnancy", "pregnancy-weeks")],
            ),
            (json!({"pregnancy-weeks": "declined"}), vec![]),
            (
                json!({"overheard": "unsure"}),
                vec![("security-threat", "overheard")],
            ),
            (json!({"overheard": "no"}), vec![]),
            // Default for a non-yes-no question: any real value fires.
            (
                json!({"removal-date": "2026-12-01"}),
                vec![("removal-scheduled", "removal-date")],
            ),
            (json!({"removal-date": "unsure"}), vec![]),
            // A date inside the window fires whatever the yes-no beside it says; one after it
            // does not (answered 2026-11-28, window 7 days).
            (
                json!({"removal-before-screening": "no", "removal-on": "2026-11-29"}),
                vec![("removal-scheduled", "removal-on")],
            ),
            (
                json!({"removal-on": "2026-12-05"}),
                vec![("removal-scheduled", "removal-on")],
            ),
            (json!({"removal-on": "2026-12-06"}), vec![]),
            (json!({"removal-on": "declined"}), vec![]),
            // Hidden questions never fire.
            (
                json!({"sexual-violence": "no", "sexual-violence-when": {"amount": 1, "unit": "days"}}),
                vec![],
            ),
        ];
        for (answers, want) in cases {
            let i = interview(answers.clone(), "2026-11-28T10:00:00Z");
            let got = fired(&i, &catalog(), now);
            assert_eq!(triggers(&got), want, "{answers}");
        }
    }

    #[test]
    fn windows_close_from_the_time_of_the_event() {
        // Answered at 10:00 that it happened 30 hours before: the event was at 04:00 the day before.
        let i = interview(
            json!({"sexual-violence": "yes", "sexual-violence-when": {"amount": 30, "unit": "hours"}}),
            "2026-11-28T10:00:00Z",
        );
        let flags = fired(&i, &catalog(), ts("2026-11-28T12:00:00Z"));
        assert_eq!(flags.len(), 2);
        let windows = &flags[1].windows;
        let got: Vec<(&str, Timestamp)> = windows
            .iter()
            .map(|w| (w.id.as_str(), w.closes_at))
            .collect();
        assert_eq!(
            got,
            [
                ("pep", ts("2026-11-30T04:00:00Z")),
                ("emergency-contraception", ts("2026-12-02T04:00:00Z")),
                ("hepatitis-b", ts("2027-02-25T04:00:00Z")),
            ]
        );
        // (now, remaining of pep)
        let cases = [
            ("2026-11-28T12:00:00Z", Some(SignedDuration::from_hours(40))),
            ("2026-11-30T03:00:00Z", Some(SignedDuration::from_hours(1))),
            ("2026-11-30T04:00:00Z", None),
            ("2026-12-01T00:00:00Z", None),
        ];
        for (now, want) in cases {
            assert_eq!(windows[0].remaining(ts(now)), want, "{now}");
            assert_eq!(windows[0].is_closed(ts(now)), want.is_none());
        }
    }

    #[test]
    fn an_unknown_time_opens_every_window_as_time_unknown() {
        for when in [json!("unsure"), json!("declined")] {
            let i = interview(
                json!({"sexual-violence": "yes", "sexual-violence-when": when}),
                "2026-11-28T10:00:00Z",
            );
            let flags = fired(&i, &catalog(), ts("2026-11-28T12:00:00Z"));
            let windows = &flags[1].windows;
            assert_eq!(windows.len(), 3, "{when}");
            assert!(windows.iter().all(|w| w.time_unknown), "{when}");
            // Treated as open: the latest the window could close, from the answer time.
            assert_eq!(windows[0].closes_at, ts("2026-12-01T10:00:00Z"));
            assert!(!windows[0].is_closed(ts("2026-11-28T12:00:00Z")));
        }
    }

    #[test]
    fn expired_windows_are_reported_closed_not_hidden() {
        let i = interview(
            json!({"sexual-violence": "yes", "sexual-violence-when": {"amount": 4, "unit": "months"}}),
            "2026-11-28T10:00:00Z",
        );
        let now = ts("2026-11-28T10:00:00Z");
        let flags = fired(&i, &catalog(), now);
        let windows = &flags[1].windows;
        assert_eq!(windows.len(), 3);
        assert!(windows.iter().all(|w| w.is_closed(now)));
    }

    #[test]
    fn missing_answer_time_counts_from_now() {
        let record: RecordDocument = serde_json::from_value(json!({
            "checklist": "screening",
            "answers": {"sexual-violence": "yes", "sexual-violence-when": {"amount": 2, "unit": "hours"}},
        }))
        .unwrap();
        let i = Interview::new(record, &catalog());
        let now = ts("2026-11-28T10:00:00Z");
        let flags = fired(&i, &catalog(), now);
        assert_eq!(flags[1].windows[0].closes_at, ts("2026-12-01T08:00:00Z"));
    }

    #[test]
    fn debug_hides_times() {
        let w = OpenWindow {
            id: "pep".into(),
            closes_at: ts("2026-11-30T04:00:00Z"),
            time_unknown: false,
        };
        assert!(!format!("{w:?}").contains("2026"));
    }
}
