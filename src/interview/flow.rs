//! The standard interview as data: every checklist in order of `position`, the questions the
//! skip logic shows, moving to the next or previous open question, progress, keeping the record's
//! structured fields (`subject.name`, `case_ref`, `consent.*`) in step with the answers, and what
//! is kept when consent is refused.
//!
//! Pure: no disk, no terminal, no clock (times are passed in). Holds personal data, so `Debug`
//! is written by hand and shows only counts.

use std::collections::BTreeMap;
use std::fmt;

use jiff::civil::Date;

use crate::checklist::answer::{Answer, AnswerError};
use crate::checklist::condition::Facts;
use crate::checklist::model::{AgeGroup, Checklist, Exploitation, Kind, Profile, Question};
use crate::checklist::scoring::visible_in_order;
use crate::interview::profile::{self, AgeDisagreement};
use crate::interview::record::{AnswerMeta, RecordDocument};

/// Checklists whose answers are kept when consent is refused: the session record made before the
/// person came in (it holds the opening consent itself), and the urgent needs.
///
/// The opening consent comes first among the questions put to the person, so a refusal there
/// leaves only the session-setup record. Urgent needs answered before a later withdrawal are
/// kept because the duty of care does not depend on consent to the interview: a possible child
/// must be treated as a child, and an open PEP window or a risk of self-harm must still reach a
/// doctor.
pub const KEPT_ON_REFUSAL: [&str; 2] = ["session-setup", "urgent-needs"];

/// One question of the interview, named by its checklist and its id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuestionRef {
    pub checklist: String,
    pub question: String,
}

/// Answered (unsure and declined count) out of visible questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub visible: usize,
}

/// Why an answer cannot be set.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FlowError {
    #[error("no checklist has a question `{question}`; the checklists may have changed since")]
    UnknownQuestion { question: String },
    #[error(transparent)]
    Answer(#[from] AnswerError),
}

/// An interview that may not go on: a declaration that must hold does not (the interpreter's
/// no-conflict declaration or confidentiality pledge answered other than yes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The block id of the checklist data, e.g. `interpreter`.
    pub id: String,
    /// The declarations that block, in interview order.
    pub by: Vec<QuestionRef>,
    /// The visible question whose answer lifts the block (the officer's reason to go on), if any;
    /// answering the declarations yes again (another interpreter recorded) lifts it too.
    pub lift: Option<QuestionRef>,
}

/// An interview in progress: the record document (what the vault seals) and the typed answers
/// read from it. The two are kept in step by [`Interview::set_answer`] and
/// [`Interview::clear_answer`].
#[derive(Clone)]
pub struct Interview {
    record: RecordDocument,
    answers: BTreeMap<String, Answer>,
    /// Question ids in the record whose value no current checklist can read (kept as is).
    unreadable: Vec<String>,
    /// Today, for a birth date when no answer carries a time (see [`Interview::with_today`]).
    today: Option<Date>,
}

impl fmt::Debug for Interview {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Interview")
            .field("record", &self.record)
            .field("answers", &self.answers.len())
            .field("unreadable", &self.unreadable.len())
            .finish_non_exhaustive()
    }
}

/// The checklists in interview order (position, then id).
fn ordered(checklists: &[Checklist]) -> Vec<&Checklist> {
    let mut list: Vec<&Checklist> = checklists.iter().collect();
    list.sort_by(|a, b| (a.position, &a.id).cmp(&(b.position, &b.id)));
    list
}

fn find<'c>(checklists: &'c [Checklist], question: &str) -> Option<(&'c Checklist, &'c Question)> {
    checklists
        .iter()
        .find_map(|c| c.question(question).map(|q| (c, q)))
}

impl Interview {
    /// Reads the answers of `record` against `checklists`. Values that no longer fit their
    /// question (or whose question is gone) stay in the record untouched and are listed by
    /// [`Interview::unreadable`].
    pub fn new(record: RecordDocument, checklists: &[Checklist]) -> Interview {
        let mut answers = BTreeMap::new();
        let mut unreadable = Vec::new();
        for (id, value) in &record.answers {
            match find(checklists, id).map(|(_, q)| Answer::from_json(q, value)) {
                Some(Ok(a)) => {
                    answers.insert(id.clone(), a);
                }
                _ => unreadable.push(id.clone()),
            }
        }
        Interview {
            record,
            answers,
            unreadable,
            today: None,
        }
    }

    /// Like [`Interview::new`], but refuses a record with an answer its question cannot take,
    /// naming the question (never the value): the strict reading for scripts. Answers to
    /// questions no checklist has (an older checklist version's) are kept unread, as
    /// [`Interview::new`] keeps them, and listed by [`Interview::unreadable`].
    pub fn read(record: RecordDocument, checklists: &[Checklist]) -> Result<Interview, FlowError> {
        for (id, value) in &record.answers {
            if let Some((_, q)) = find(checklists, id) {
                Answer::from_json(q, value)?;
            }
        }
        Ok(Interview::new(record, checklists))
    }

    /// Sets the date a birth date is measured at when no answer of the record carries a time
    /// (a record written by a script). The interview otherwise uses when the birth date, or the
    /// latest answer, was given.
    pub fn with_today(mut self, today: Date) -> Interview {
        self.today = Some(today);
        self
    }

    /// The date the age from a birth date is measured at: when that answer was given, else the
    /// latest answer time of the record, else today when known.
    pub fn age_measured_on(&self, checklists: &[Checklist]) -> Option<Date> {
        let date_of = |m: &AnswerMeta| Some(jiff::tz::Offset::UTC.to_datetime(m.at).date());
        let birth = checklists.iter().flat_map(|c| &c.questions).find(|q| {
            q.kind == Kind::Date
                && matches!(
                    q.sets_profile,
                    Some(crate::checklist::model::ProfileSetting::AgeBelow { .. })
                )
        });
        birth
            .and_then(|q| self.record.answered.get(&q.id))
            .and_then(date_of)
            .or_else(|| self.record.answered.values().filter_map(date_of).max())
            .or(self.today)
    }

    pub fn record(&self) -> &RecordDocument {
        &self.record
    }

    /// The record for fields the interview does not derive (notes, decision, languages).
    pub fn record_mut(&mut self) -> &mut RecordDocument {
        &mut self.record
    }

    pub fn into_record(self) -> RecordDocument {
        self.record
    }

    pub fn answers(&self) -> &BTreeMap<String, Answer> {
        &self.answers
    }

    pub fn unreadable(&self) -> &[String] {
        &self.unreadable
    }

    /// Sets an answer from its JSON form, records when and in which language it was given,
    /// and updates the fields the question fills.
    pub fn set_answer_json(
        &mut self,
        checklists: &[Checklist],
        question: &str,
        value: &serde_json::Value,
        meta: AnswerMeta,
    ) -> Result<(), FlowError> {
        let (_, q) = find(checklists, question).ok_or_else(|| FlowError::UnknownQuestion {
            question: question.to_owned(),
        })?;
        let answer = Answer::from_json(q, value)?;
        self.set_answer(checklists, question, answer, meta)
    }

    /// Sets a typed answer (checked against the question's kind through its JSON form).
    pub fn set_answer(
        &mut self,
        checklists: &[Checklist],
        question: &str,
        answer: Answer,
        meta: AnswerMeta,
    ) -> Result<(), FlowError> {
        let (c, q) = find(checklists, question).ok_or_else(|| FlowError::UnknownQuestion {
            question: question.to_owned(),
        })?;
        let json = answer.to_json();
        // Round-trip through the checked reader so no ill-typed answer gets in.
        let answer = Answer::from_json(q, &json)?;
        self.record.answers.insert(question.to_owned(), json);
        self.record.answered.insert(question.to_owned(), meta);
        self.record
            .checklist_versions
            .insert(c.id.clone(), c.version);
        self.answers.insert(question.to_owned(), answer);
        self.unreadable.retain(|u| u != question);
        apply_fills(&mut self.record, checklists, &self.answers, |q| {
            q.id == question
        });
        Ok(())
    }

    /// Removes an answer (and its time and note-free metadata).
    pub fn clear_answer(&mut self, checklists: &[Checklist], question: &str) {
        self.answers.remove(question);
        self.record.answers.remove(question);
        self.record.answered.remove(question);
        self.unreadable.retain(|u| u != question);
        apply_fills(&mut self.record, checklists, &self.answers, |q| {
            q.id == question
        });
    }

    /// Age group and exploitation type as the visible answers give them (`None`: unknown).
    pub fn profile_facts(
        &self,
        checklists: &[Checklist],
    ) -> (Option<AgeGroup>, Option<Exploitation>) {
        // A profile question hidden by skip logic must not set the profile; visibility itself
        // depends on the profile, so derive from all answers first, then from the visible ones.
        let on = self.age_measured_on(checklists);
        let first = profile::derive_all(checklists, &self.answers, on);
        let shown = self.visible_with(checklists, profile::effective(first.0, first.1));
        profile::derive(shown.iter().map(|(_, q)| *q), &self.answers, on)
    }

    /// What each visible, answered source of the age says (stated age, birth date, the
    /// officer's estimate), in interview order.
    pub fn age_readings(&self, checklists: &[Checklist]) -> Vec<profile::AgeReading> {
        let on = self.age_measured_on(checklists);
        let shown = self.visible_questions(checklists);
        profile::age_readings(shown.iter().map(|(_, q)| *q), &self.answers, on)
    }

    /// Whether the visible sources of the age (stated age, birth date, the under-18 answer, the
    /// officer's estimate) disagree, for the screen to flag. The child profile stands either way.
    pub fn age_disagreement(&self, checklists: &[Checklist]) -> Option<AgeDisagreement> {
        let on = self.age_measured_on(checklists);
        let shown = self.visible_questions(checklists);
        profile::age_disagreement(shown.iter().map(|(_, q)| *q), &self.answers, on)
    }

    /// The profile the interview works with (unknown age: child; unknown type: labour).
    pub fn profile(&self, checklists: &[Checklist]) -> Profile {
        let (age, exploitation) = self.profile_facts(checklists);
        profile::effective(age, exploitation)
    }

    fn visible_with<'c>(
        &self,
        checklists: &'c [Checklist],
        profile: Profile,
    ) -> Vec<(&'c Checklist, &'c Question)> {
        let facts = Facts {
            answers: &self.answers,
            age_group: Some(profile.age_group()),
            exploitation: Some(profile.exploitation()),
        };
        visible_in_order(ordered(checklists), &facts)
    }

    /// Visible questions with their checklists, in interview order.
    pub fn visible_questions<'c>(
        &self,
        checklists: &'c [Checklist],
    ) -> Vec<(&'c Checklist, &'c Question)> {
        self.visible_with(checklists, self.profile(checklists))
    }

    /// The visible question sequence across all checklists, in interview order.
    pub fn visible(&self, checklists: &[Checklist]) -> Vec<QuestionRef> {
        self.visible_questions(checklists)
            .into_iter()
            .map(|(c, q)| QuestionRef {
                checklist: c.id.clone(),
                question: q.id.clone(),
            })
            .collect()
    }

    /// Answers of visible questions only: what the assessment, urgent flags and referral see.
    pub fn visible_answers(&self, checklists: &[Checklist]) -> BTreeMap<String, Answer> {
        self.visible_questions(checklists)
            .into_iter()
            .filter_map(|(_, q)| self.answers.get(&q.id).map(|a| (q.id.clone(), a.clone())))
            .collect()
    }

    /// The first visible unanswered question after `after` (from the start when `None`).
    pub fn next_unanswered(
        &self,
        checklists: &[Checklist],
        after: Option<&QuestionRef>,
    ) -> Option<QuestionRef> {
        let visible = self.visible(checklists);
        let start = after
            .and_then(|a| visible.iter().position(|v| v == a))
            .map_or(0, |i| i + 1);
        visible
            .into_iter()
            .skip(start)
            .find(|v| !self.answers.contains_key(&v.question))
    }

    /// The last visible unanswered question before `before` (from the end when `None`).
    pub fn previous_unanswered(
        &self,
        checklists: &[Checklist],
        before: Option<&QuestionRef>,
    ) -> Option<QuestionRef> {
        let visible = self.visible(checklists);
        let end = before
            .and_then(|b| visible.iter().position(|v| v == b))
            .unwrap_or(visible.len());
        visible
            .into_iter()
            .take(end)
            .rev()
            .find(|v| !self.answers.contains_key(&v.question))
    }

    pub fn progress(&self, checklists: &[Checklist]) -> Progress {
        let visible = self.visible(checklists);
        Progress {
            answered: visible
                .iter()
                .filter(|v| self.answers.contains_key(&v.question))
                .count(),
            visible: visible.len(),
        }
    }

    /// Visible required questions not yet answered (unsure and declined are answers).
    pub fn missing_required(&self, checklists: &[Checklist]) -> Vec<QuestionRef> {
        self.visible_questions(checklists)
            .into_iter()
            .filter(|(_, q)| q.required && !self.answers.contains_key(&q.id))
            .map(|(c, q)| QuestionRef {
                checklist: c.id.clone(),
                question: q.id.clone(),
            })
            .collect()
    }

    /// The block on the interview, if a declaration that must hold does not: a visible question
    /// with `blocks` answered other than yes, and no visible question that lifts it answered with
    /// text.
    pub fn block(&self, checklists: &[Checklist]) -> Option<Block> {
        let visible = self.visible_questions(checklists);
        let at = |c: &Checklist, q: &Question| QuestionRef {
            checklist: c.id.clone(),
            question: q.id.clone(),
        };
        let mut by: Vec<(String, QuestionRef)> = Vec::new();
        for (c, q) in &visible {
            if let (Some(id), Some(a)) = (&q.blocks, self.answers.get(&q.id))
                && *a != Answer::Yes
            {
                by.push((id.clone(), at(c, q)));
            }
        }
        let (id, _) = by.first()?.clone();
        let lifter = visible
            .iter()
            .find(|(_, q)| q.lifts.as_deref() == Some(id.as_str()));
        let lifted = lifter.is_some_and(|(_, q)| {
            matches!(self.answers.get(&q.id), Some(Answer::Text(t)) if !t.trim().is_empty())
        });
        if lifted {
            return None;
        }
        Some(Block {
            by: by
                .into_iter()
                .filter(|(b, _)| *b == id)
                .map(|(_, r)| r)
                .collect(),
            lift: lifter.map(|(c, q)| at(c, q)),
            id,
        })
    }

    /// Whether the person refused the interview: the `consent.interview` question was answered
    /// no, unsure or declined. Unanswered is not (yet) a refusal.
    pub fn consent_refused(&self, checklists: &[Checklist]) -> bool {
        consent_question(checklists).is_some_and(|q| {
            self.answers
                .get(&q.id)
                .is_some_and(|a| !matches!(a, Answer::Yes))
        })
    }

    /// After a refusal: drops every answer, time and note outside [`KEPT_ON_REFUSAL`] (but the
    /// refusal itself), and brings the filled fields in step. Returns how many answers were dropped.
    pub fn keep_only_consented(&mut self, checklists: &[Checklist]) -> usize {
        // The refusal itself is kept wherever its question stands.
        let kept = |id: &str| {
            find(checklists, id).is_some_and(|(c, q)| {
                KEPT_ON_REFUSAL.contains(&c.id.as_str())
                    || q.fills.as_deref() == Some("consent.interview")
            })
        };
        let before = self.record.answers.len();
        self.answers.retain(|id, _| kept(id));
        self.record.answers.retain(|id, _| kept(id));
        self.record.answered.retain(|id, _| kept(id));
        self.record.question_notes.retain(|id, _| kept(id));
        self.unreadable.retain(|id| kept(id));
        // Every field a dropped checklist fills goes, even one that came in the document itself.
        apply_fills(&mut self.record, checklists, &self.answers, |q| {
            !kept(&q.id)
        });
        before - self.record.answers.len()
    }
}

fn consent_question(checklists: &[Checklist]) -> Option<&Question> {
    checklists
        .iter()
        .flat_map(|c| &c.questions)
        .find(|q| q.fills.as_deref() == Some("consent.interview"))
}

/// Sets `subject.name`, `case_ref` and `consent.*` from the answers of the `touched` questions
/// that fill them: a field whose question is unanswered, unsure or declined is cleared (for
/// consent: false, empty). Fields of other questions are left alone, so a field the record
/// document brought without an answer (`tandem record add`) survives the next answer.
fn apply_fills(
    record: &mut RecordDocument,
    checklists: &[Checklist],
    answers: &BTreeMap<String, Answer>,
    touched: impl Fn(&Question) -> bool,
) {
    for q in checklists.iter().flat_map(|c| &c.questions) {
        let Some(target) = q.fills.as_deref().filter(|_| touched(q)) else {
            continue;
        };
        let answer = answers.get(&q.id);
        let text = match answer {
            Some(Answer::Text(t)) if !t.trim().is_empty() => Some(t.clone()),
            _ => None,
        };
        let yes = matches!(answer, Some(Answer::Yes));
        match target {
            "subject.name" => record.subject.name = text,
            "case-ref" => record.case_ref = text,
            "consent.restrictions" => record.consent.restrictions = text.unwrap_or_default(),
            "consent.interview" => record.consent.interview = yes,
            "consent.police-contact" => record.consent.police_contact = yes,
            "consent.guardian-consent" => record.consent.guardian_consent = yes,
            "consent.share-with" => {
                record.consent.share_with = match (answer, &q.kind) {
                    (Some(Answer::Choices(c)), Kind::MultipleChoice { .. }) => {
                        // The loader holds these choices to organisation kinds.
                        c.iter().filter_map(|k| k.parse().ok()).collect()
                    }
                    _ => Vec::new(),
                }
            }
            // The loader refuses other targets.
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::condition::parse;
    use crate::checklist::model::{ProfileSetting, Section};
    use serde_json::json;

    fn q(id: &str, kind: Kind, show_if: Option<&str>) -> Question {
        Question {
            show_if: show_if.map(|s| parse(s).unwrap()),
            show_if_source: show_if.map(str::to_owned),
            ..Question::new(id, "s", kind)
        }
    }

    fn fills(mut q: Question, target: &str) -> Question {
        q.fills = Some(target.into());
        q
    }

    fn checklist(id: &str, position: u32, questions: Vec<Question>) -> Checklist {
        Checklist {
            id: id.into(),
            version: 2,
            title: id.into(),
            position,
            sections: vec![Section { id: "s".into() }],
            questions,
            stage: Default::default(),
            first_screen: None,
            scoring: None,
        }
    }

    /// A miniature standard interview, deliberately listed out of position order.
    fn catalog() -> Vec<Checklist> {
        let mut possible_child = q("possible-child", Kind::YesNo, None);
        possible_child.sets_profile = Some(ProfileSetting::AgeGroup {
            map: [
                ("yes".to_owned(), AgeGroup::Child),
                ("no".to_owned(), AgeGroup::Adult),
            ]
            .into_iter()
            .collect(),
        });
        let text = Kind::ShortText { max_chars: 40 };
        vec![
            checklist(
                "profile",
                40,
                vec![
                    fills(q("subject-name", text.clone(), None), "subject.name"),
                    q(
                        "accompanied",
                        Kind::YesNo,
                        Some("profile.age-group == 'child'"),
                    ),
                ],
            ),
            checklist(
                "session-setup",
                10,
                vec![fills(q("case-ref", text.clone(), None), "case-ref")],
            ),
            checklist("urgent-needs", 20, vec![possible_child]),
            checklist(
                "consent",
                30,
                vec![
                    fills(
                        q("consent-interview", Kind::YesNo, None),
                        "consent.interview",
                    ),
                    fills(
                        q(
                            "consent-share-with",
                            Kind::MultipleChoice {
                                choices: vec!["shelter".into(), "medical".into()],
                            },
                            Some("consent-interview == 'yes'"),
                        ),
                        "consent.share-with",
                    ),
                    fills(
                        q("consent-police", Kind::YesNo, None),
                        "consent.police-contact",
                    ),
                    fills(
                        q("consent-restrictions", text, None),
                        "consent.restrictions",
                    ),
                    fills(
                        q(
                            "consent-guardian",
                            Kind::YesNo,
                            Some("profile.age-group == 'child'"),
                        ),
                        "consent.guardian-consent",
                    ),
                ],
            ),
        ]
    }

    fn meta() -> AnswerMeta {
        AnswerMeta {
            lang: crate::domain::Lang::My,
            at: "2026-11-28T10:00:00Z".parse().unwrap(),
        }
    }

    fn interview() -> Interview {
        Interview::new(
            serde_json::from_value(json!({"checklist": "screening"})).unwrap(),
            &catalog(),
        )
    }

    fn ids(refs: &[QuestionRef]) -> Vec<&str> {
        refs.iter().map(|r| r.question.as_str()).collect()
    }

    fn set(i: &mut Interview, c: &[Checklist], question: &str, value: serde_json::Value) {
        i.set_answer_json(c, question, &value, meta()).unwrap();
    }

    #[test]
    fn sequence_follows_position_and_skip_logic() {
        let c = catalog();
        let mut i = interview();
        // Unknown age: treated as a child, so the child questions show.
        assert_eq!(
            ids(&i.visible(&c)),
            [
                "case-ref",
                "possible-child",
                "consent-interview",
                "consent-police",
                "consent-restrictions",
                "consent-guardian",
                "subject-name",
                "accompanied"
            ]
        );
        assert_eq!(i.profile(&c), Profile::ChildLabour);
        set(&mut i, &c, "possible-child", json!("no"));
        set(&mut i, &c, "consent-interview", json!("yes"));
        assert_eq!(i.profile(&c), Profile::AdultLabour);
        assert_eq!(
            ids(&i.visible(&c)),
            [
                "case-ref",
                "possible-child",
                "consent-interview",
                "consent-share-with",
                "consent-police",
                "consent-restrictions",
                "subject-name"
            ]
        );
        assert_eq!(
            i.progress(&c),
            Progress {
                answered: 2,
                visible: 7
            }
        );
    }

    #[test]
    fn moves_to_next_and_previous_open_question() {
        let c = catalog();
        let mut i = interview();
        set(&mut i, &c, "possible-child", json!("no"));
        set(&mut i, &c, "consent-interview", json!("yes"));
        set(&mut i, &c, "consent-police", json!("declined"));
        let at = |q: &str| QuestionRef {
            checklist: find(&c, q).unwrap().0.id.clone(),
            question: q.into(),
        };
        let next = |after: Option<&str>| {
            i.next_unanswered(&c, after.map(at).as_ref())
                .map(|r| r.question)
        };
        let prev = |before: Option<&str>| {
            i.previous_unanswered(&c, before.map(at).as_ref())
                .map(|r| r.question)
        };
        assert_eq!(next(None).as_deref(), Some("case-ref"));
        assert_eq!(
            next(Some("case-ref")).as_deref(),
            Some("consent-share-with")
        );
        // Declined is an answer: skipped.
        assert_eq!(
            next(Some("consent-share-with")).as_deref(),
            Some("consent-restrictions")
        );
        assert_eq!(next(Some("subject-name")), None);
        assert_eq!(prev(None).as_deref(), Some("subject-name"));
        assert_eq!(
            prev(Some("consent-restrictions")).as_deref(),
            Some("consent-share-with")
        );
        assert_eq!(prev(Some("case-ref")), None);
        assert_eq!(
            ids(&i.missing_required(&c)),
            [
                "case-ref",
                "consent-share-with",
                "consent-restrictions",
                "subject-name"
            ]
        );
    }

    #[test]
    fn fills_keep_the_record_in_step() {
        let c = catalog();
        let mut i = interview();
        set(&mut i, &c, "case-ref", json!("IDC-2026-114"));
        set(&mut i, &c, "subject-name", json!("Aye Aye"));
        set(&mut i, &c, "consent-interview", json!("yes"));
        set(
            &mut i,
            &c,
            "consent-share-with",
            json!(["medical", "shelter"]),
        );
        set(&mut i, &c, "consent-police", json!("no"));
        set(&mut i, &c, "consent-restrictions", json!("not my family"));
        set(&mut i, &c, "consent-guardian", json!("yes"));
        let r = i.record();
        assert_eq!(r.case_ref.as_deref(), Some("IDC-2026-114"));
        assert_eq!(r.subject.name.as_deref(), Some("Aye Aye"));
        assert!(r.consent.interview && r.consent.guardian_consent && !r.consent.police_contact);
        use crate::domain::OrganisationKind;
        assert_eq!(
            r.consent.share_with,
            [OrganisationKind::Shelter, OrganisationKind::Medical]
        );
        assert_eq!(r.consent.restrictions, "not my family");
        assert_eq!(r.checklist_versions.get("consent"), Some(&2));
        assert_eq!(r.answered["case-ref"].lang, crate::domain::Lang::My);

        // Declining or clearing an answer clears what it filled.
        set(&mut i, &c, "subject-name", json!("declined"));
        set(&mut i, &c, "consent-interview", json!("unsure"));
        i.clear_answer(&c, "consent-share-with");
        let r = i.record();
        assert_eq!(r.subject.name, None);
        assert!(!r.consent.interview);
        assert!(r.consent.share_with.is_empty());
        assert!(!r.answers.contains_key("consent-share-with"));
    }

    #[test]
    fn fields_the_document_brought_survive_other_answers() {
        let c = catalog();
        let mut record = RecordDocument {
            checklist: "screening".into(),
            ..RecordDocument::default()
        };
        record.subject.name = Some("Aye Aye".into());
        record.case_ref = Some("IDC-7".into());
        let mut i = Interview::new(record, &c);
        set(&mut i, &c, "consent-interview", json!("yes"));
        i.clear_answer(&c, "consent-police");
        assert_eq!(i.record().subject.name.as_deref(), Some("Aye Aye"));
        assert_eq!(i.record().case_ref.as_deref(), Some("IDC-7"));
        set(&mut i, &c, "consent-interview", json!("no"));
        i.keep_only_consented(&c);
        assert_eq!(i.record().subject.name, None, "refusal drops the name");
        assert_eq!(
            i.record().case_ref.as_deref(),
            Some("IDC-7"),
            "setup is kept"
        );
    }

    #[test]
    fn refusal_keeps_only_setup_urgent_needs_and_the_refusal() {
        let c = catalog();
        let mut i = interview();
        set(&mut i, &c, "case-ref", json!("IDC-1"));
        set(&mut i, &c, "possible-child", json!("yes"));
        set(&mut i, &c, "subject-name", json!("Aye Aye"));
        i.record_mut()
            .question_notes
            .insert("subject-name".into(), "note".into());
        assert!(!i.consent_refused(&c), "unanswered is not a refusal");
        for (value, refused) in [
            ("yes", false),
            ("no", true),
            ("unsure", true),
            ("declined", true),
        ] {
            set(&mut i, &c, "consent-interview", json!(value));
            assert_eq!(i.consent_refused(&c), refused, "{value}");
        }
        assert_eq!(i.keep_only_consented(&c), 1);
        let r = i.record();
        assert_eq!(
            r.answers.keys().map(String::as_str).collect::<Vec<_>>(),
            ["case-ref", "consent-interview", "possible-child"]
        );
        assert!(r.question_notes.is_empty() && !r.answered.contains_key("subject-name"));
        assert_eq!(r.subject.name, None);
        assert_eq!(r.case_ref.as_deref(), Some("IDC-1"));
        assert!(
            i.answers().contains_key("possible-child"),
            "urgent needs are kept for the duty of care"
        );
    }

    #[test]
    fn refuses_bad_answers_and_keeps_unreadable_values() {
        let c = catalog();
        let mut i = interview();
        assert!(matches!(
            i.set_answer_json(&c, "nope", &json!("yes"), meta()),
            Err(FlowError::UnknownQuestion { .. })
        ));
        assert!(matches!(
            i.set_answer(&c, "consent-police", Answer::Number(3), meta()),
            Err(FlowError::Answer(_))
        ));
        let record: RecordDocument = serde_json::from_value(json!({
            "checklist": "screening",
            "answers": {"gone-question": "yes", "consent-police": 7, "case-ref": "X"}
        }))
        .unwrap();
        let i = Interview::new(record, &c);
        assert_eq!(i.unreadable(), ["consent-police", "gone-question"]);
        assert_eq!(i.answers().len(), 1);
        assert_eq!(i.record().answers.len(), 3);
    }

    #[test]
    fn hidden_profile_question_does_not_set_the_profile() {
        let mut c = catalog();
        c[2].questions.insert(0, q("ask-age", Kind::YesNo, None));
        c[2].questions[1].show_if = Some(parse("ask-age == 'yes'").unwrap());
        let mut i = interview();
        set(&mut i, &c, "possible-child", json!("no"));
        assert_eq!(i.profile(&c), Profile::ChildLabour);
        set(&mut i, &c, "ask-age", json!("yes"));
        assert_eq!(i.profile(&c), Profile::AdultLabour);
    }

    #[test]
    fn interview_types_can_cross_threads() {
        fn send<T: Send + Sync>() {}
        send::<Interview>();
        send::<QuestionRef>();
        send::<crate::interview::urgent::UrgentFlag>();
        send::<crate::checklist::scoring::Assessment>();
    }

    #[test]
    fn debug_shows_no_answers() {
        let c = catalog();
        let mut i = interview();
        set(&mut i, &c, "subject-name", json!("Aye Aye"));
        assert!(!format!("{i:?}").contains("Aye"));
    }
}
