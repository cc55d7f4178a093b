//! Cases: the queue, opening a record, saving the interview's answers, and every change of a
//! record's status (stop, decide, hand off). Status changes go through
//! `domain::RecordStatus::apply`, and a decision that departs from the computed rule needs the
//! officer's reason (`domain::Outcome::departs_from_rule`): the command line and the terminal
//! interface get the same rules because both come here.
//!
//! The `apply_*` functions are pure (a document in, the changed document out) and tested without a
//! vault or a terminal; the session functions read the sealed record, apply, and seal it again.

use std::fmt;

use jiff::Timestamp;

use crate::checklist::model::{Checklist, Kind};
use crate::checklist::scoring::{self, RuleStatus};
use crate::domain::{CaseStep, Outcome, RecordStatus, StopReason, Transition, UrgentTrigger};
use crate::interview::answer::Answer;
use crate::interview::flow::Interview;
use crate::interview::record::{Decision, QueueFacts, RecordDocument, Stopped};
use crate::interview::stage::{self, FirstScreenResult};
use crate::interview::urgent;
use crate::vault::{AuditEvent, RecordId, Session};

use super::Error;

/// One row of the case queue: what the unit's day plan needs, no name, no answer.
#[derive(Clone, PartialEq, Eq)]
pub struct CaseRow {
    pub id: String,
    pub case_ref: Option<String>,
    pub status: RecordStatus,
    /// Urgent triggers that fired, each once.
    pub urgent: Vec<UrgentTrigger>,
    /// Scheduled removal, when the interview recorded one.
    pub removal: Option<jiff::civil::Date>,
    /// Where the case stands in the day plan.
    pub step: CaseStep,
    pub updated: Timestamp,
}

impl fmt::Debug for CaseRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Which urgent needs a person has is about the person: counts only.
        f.debug_struct("CaseRow")
            .field("id", &self.id)
            .field("status", &self.status)
            .field("urgent", &self.urgent.len())
            .finish_non_exhaustive()
    }
}

/// The profile question that records the scheduled removal date (no tag names it yet).
const REMOVAL_DATE_QUESTION: &str = "removal-date";

/// What the queue shows of a record, computed from its answers (urgent triggers as of `now`, the
/// scheduled removal).
pub fn queue_facts(checklists: &[Checklist], doc: &RecordDocument, now: Timestamp) -> QueueFacts {
    let interview = Interview::new(doc.clone(), checklists);
    let mut urgent: Vec<UrgentTrigger> = Vec::new();
    for f in urgent::fired(&interview, checklists, now) {
        if let Some(t) = UrgentTrigger::from_id(&f.trigger)
            && !urgent.contains(&t)
        {
            urgent.push(t);
        }
    }
    let removal = checklists
        .iter()
        .flat_map(|c| &c.questions)
        .filter(|q| {
            q.kind == Kind::Date
                && (q
                    .urgent
                    .as_ref()
                    .is_some_and(|u| u.trigger == UrgentTrigger::RemovalScheduled.id())
                    || q.id == REMOVAL_DATE_QUESTION)
        })
        .find_map(|q| match interview.answers().get(&q.id) {
            Some(Answer::Date(d)) => Some(*d),
            _ => None,
        });
    QueueFacts {
        urgent,
        removal,
        step: Some(step_of(checklists, &interview, doc.status, now)),
    }
}

/// Where a record stands: its status, and while it is a draft, the stage its plan is in.
fn step_of(
    checklists: &[Checklist],
    interview: &Interview,
    status: RecordStatus,
    now: Timestamp,
) -> CaseStep {
    match status {
        RecordStatus::AwaitingReview => CaseStep::AwaitingSupervisor,
        RecordStatus::Referred => CaseStep::Referred,
        RecordStatus::Stopped => CaseStep::Stopped,
        RecordStatus::Closed => CaseStep::Closed,
        RecordStatus::Draft => {
            let plan = stage::plan(interview, checklists, now);
            match (plan.stage, plan.result) {
                (crate::checklist::model::Stage::Full, _) => CaseStep::FullInterview,
                (_, FirstScreenResult::NoIndicators) if plan.questions.is_empty() => {
                    CaseStep::NoIndicators
                }
                _ => CaseStep::FirstScreen,
            }
        }
    }
}

/// The queue row of a record (its queue facts computed when they were not stored).
pub fn case_row(
    checklists: &[Checklist],
    id: String,
    doc: &RecordDocument,
    updated: Timestamp,
) -> CaseRow {
    let facts = doc
        .queue
        .clone()
        .unwrap_or_else(|| queue_facts(checklists, doc, updated));
    let step = facts.step.unwrap_or_else(|| {
        step_of(
            checklists,
            &Interview::new(doc.clone(), checklists),
            doc.status,
            updated,
        )
    });
    CaseRow {
        id,
        case_ref: doc.case_ref.clone(),
        status: doc.status,
        urgent: facts.urgent,
        removal: facts.removal,
        step,
        updated,
    }
}

/// Every case the session can read, as queue rows, from the sealed summaries alone: no record is
/// decrypted and no audit entry written per row (opening a case writes one).
pub fn queue(session: &mut Session, checklists: &[Checklist]) -> Result<Vec<CaseRow>, Error> {
    let mut rows = Vec::new();
    for r in session.list_records()? {
        // A record saved before its summary carried the queue facts is read once, whole.
        let doc = match r.document.queue {
            Some(_) => r.document,
            None => session.read_record(&r.id).unwrap_or(r.document),
        };
        rows.push(case_row(checklists, r.id.to_string(), &doc, r.updated));
    }
    Ok(rows)
}

/// Stores one new record as given (see [`add`]).
pub fn add_one(
    session: &mut Session,
    checklists: &[Checklist],
    doc: &RecordDocument,
    now: Timestamp,
) -> Result<RecordId, Error> {
    let mut d = doc.clone();
    d.queue = Some(queue_facts(checklists, &d, now));
    Ok(session.create_record(&d)?)
}

/// Stores the records `docs` yields, each with its queue facts, in one transaction (all or
/// none), holding one document at a time.
pub fn import(
    session: &mut Session,
    checklists: &[Checklist],
    docs: impl IntoIterator<Item = Result<RecordDocument, Error>>,
    now: Timestamp,
) -> Result<Vec<RecordId>, Error> {
    session.create_records_from(docs.into_iter().map(|d| {
        let mut d = d?;
        d.queue = Some(queue_facts(checklists, &d, now));
        Ok(d)
    }))
}

/// Opens a record to continue or review it.
pub fn open(session: &mut Session, id: &RecordId) -> Result<RecordDocument, Error> {
    Ok(session.read_record(id)?)
}

/// Saves the interview's answers and notes: creates the record (a draft) when `id` is `None`.
/// Whatever the status, decision, stop and exports of the sealed record are, they stay: only the
/// operations below change them. Answering a stopped interview resumes it.
pub fn save(
    session: &mut Session,
    checklists: &[Checklist],
    id: Option<&RecordId>,
    doc: &RecordDocument,
    now: Timestamp,
) -> Result<RecordId, Error> {
    match id {
        None => {
            let mut new = doc.clone();
            new.status = RecordStatus::Draft;
            new.decision = None;
            new.stopped = None;
            new.exports.clear();
            new.queue = Some(queue_facts(checklists, &new, now));
            Ok(session.create_record(&new)?)
        }
        Some(id) => {
            // The record's state from its summary: no decryption of the record and no "viewed"
            // entry in the audit log for every answer saved.
            let stored = session.record_state(id)?;
            let mut merged = merge_interview(&stored, doc)?;
            merged.queue = Some(queue_facts(checklists, &merged, now));
            session.update_record(id, &merged)?;
            Ok(id.clone())
        }
    }
}

/// The interview's answers, notes and languages from `edited`, with what only the procedure
/// changes (status, decision, stop, exports) from the stored record's state. An answer given
/// after a stop resumes the interview; a closed case takes no more answers.
pub fn merge_interview(
    stored: &RecordDocument,
    edited: &RecordDocument,
) -> Result<RecordDocument, Error> {
    if stored.status == RecordStatus::Closed {
        return Err(Error::NotAllowed {
            from: stored.status,
            transition: Transition::Resume,
        });
    }
    let mut merged = edited.clone();
    merged.status = stored.status;
    merged.decision = stored.decision.clone();
    merged.stopped = stored.stopped.clone();
    merged.exports = stored.exports.clone();
    if let Some(stop) = &stored.stopped
        && stored.status == RecordStatus::Stopped
        && edited.answered.values().any(|m| m.at > stop.at)
    {
        merged.status = transition(stored.status, Transition::Resume)?;
        merged.stopped = None;
    }
    Ok(merged)
}

fn transition(from: RecordStatus, t: Transition) -> Result<RecordStatus, Error> {
    from.apply(t).ok_or(Error::NotAllowed {
        from,
        transition: t,
    })
}

/// Stops the interview with a reason. When consent was refused, only what the person agreed to
/// is kept (the engine decides what that is).
pub fn apply_stop(
    doc: &RecordDocument,
    checklists: &[Checklist],
    reason: StopReason,
    detail: &str,
    now: Timestamp,
) -> Result<RecordDocument, Error> {
    let status = transition(doc.status, Transition::Stop)?;
    let mut interview = Interview::new(doc.clone(), checklists);
    if reason == StopReason::ConsentRefused {
        interview.keep_only_consented(checklists);
    }
    let mut out = interview.into_record();
    out.status = status;
    out.stopped = Some(Stopped {
        reason,
        detail: detail
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .take(StopReason::DETAIL_MAX)
            .collect(),
        at: now,
    });
    Ok(out)
}

/// The computed rule for a record: `Some(true)` met, `Some(false)` not met, `None` incomplete or
/// not computable (no scored checklist).
pub fn rule_met(doc: &RecordDocument, checklists: &[Checklist]) -> Option<bool> {
    let scored = checklists.iter().find(|c| c.scoring.is_some())?;
    let interview = Interview::new(doc.clone(), checklists);
    let profile = interview.profile(checklists);
    match scoring::assess_in(
        checklists,
        scored,
        profile,
        &interview.visible_answers(checklists),
    )
    .ok()?
    .rule
    {
        RuleStatus::Met => Some(true),
        RuleStatus::NotMet => Some(false),
        RuleStatus::Incomplete => None,
    }
}

/// Records the officer's decision (the record stays a draft until hand-off).
pub fn apply_decision(
    doc: &RecordDocument,
    checklists: &[Checklist],
    outcome: Outcome,
    reason: &str,
    by: &str,
    now: Timestamp,
) -> Result<RecordDocument, Error> {
    if !doc.status.is_open() && doc.status != RecordStatus::AwaitingReview {
        return Err(Error::NotAllowed {
            from: doc.status,
            transition: Transition::HandOff,
        });
    }
    let reason = reason.trim();
    if reason.is_empty() && outcome.departs_from_rule(rule_met(doc, checklists)) {
        return Err(Error::ReasonRequired);
    }
    let mut out = doc.clone();
    out.decision = Some(Decision {
        outcome,
        reason: reason.to_owned(),
        by: by.to_owned(),
        at: now,
    });
    Ok(out)
}

/// Hands the case to a supervisor: the decision must be there, with its reason when it departs
/// from the computed rule.
pub fn apply_hand_off(
    doc: &RecordDocument,
    checklists: &[Checklist],
) -> Result<RecordDocument, Error> {
    let decision = doc.decision.as_ref().ok_or(Error::NoDecision)?;
    if decision.reason.trim().is_empty()
        && decision
            .outcome
            .departs_from_rule(rule_met(doc, checklists))
    {
        return Err(Error::ReasonRequired);
    }
    let mut out = doc.clone();
    out.status = transition(doc.status, Transition::HandOff)?;
    Ok(out)
}

/// Stops the interview in the vault, and audits that it stopped (never why: the reason is in the
/// sealed record only).
pub fn stop(
    session: &mut Session,
    checklists: &[Checklist],
    id: &RecordId,
    reason: StopReason,
    detail: &str,
    now: Timestamp,
) -> Result<RecordDocument, Error> {
    let mut doc = apply_stop(&session.read_record(id)?, checklists, reason, detail, now)?;
    doc.queue = Some(queue_facts(checklists, &doc, now));
    session.update_record(id, &doc)?;
    session.record_event(AuditEvent::InterviewStopped { record: id.clone() })?;
    Ok(doc)
}

/// Records the decision in the vault.
pub fn decide(
    session: &mut Session,
    checklists: &[Checklist],
    id: &RecordId,
    outcome: Outcome,
    reason: &str,
    now: Timestamp,
) -> Result<RecordDocument, Error> {
    let by = session.user().name.clone();
    let doc = apply_decision(
        &session.read_record(id)?,
        checklists,
        outcome,
        reason,
        &by,
        now,
    )?;
    session.update_record(id, &doc)?;
    Ok(doc)
}

/// Hands the case off in the vault, recording the decision first when one is given.
pub fn hand_off(
    session: &mut Session,
    checklists: &[Checklist],
    id: &RecordId,
    decision: Option<(Outcome, &str)>,
    now: Timestamp,
) -> Result<RecordDocument, Error> {
    let by = session.user().name.clone();
    let mut doc = session.read_record(id)?;
    if let Some((outcome, reason)) = decision {
        doc = apply_decision(&doc, checklists, outcome, reason, &by, now)?;
    }
    let mut doc = apply_hand_off(&doc, checklists)?;
    doc.queue = Some(queue_facts(checklists, &doc, now));
    session.update_record(id, &doc)?;
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::catalog::Catalog;

    fn checklists() -> Vec<Checklist> {
        Catalog::builtin().unwrap().checklists().to_vec()
    }

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn draft() -> RecordDocument {
        serde_json::from_str(r#"{"checklist":"screening","consent":{"interview":true}}"#).unwrap()
    }

    #[test]
    fn a_stop_keeps_the_reason_and_the_time_and_is_refused_twice() {
        let cl = checklists();
        let now = t("2026-12-01T08:00:00Z");
        let stopped = apply_stop(
            &draft(),
            &cl,
            StopReason::Distress,
            "  asked   for a break ",
            now,
        )
        .unwrap();
        assert_eq!(stopped.status, RecordStatus::Stopped);
        let s = stopped.stopped.as_ref().unwrap();
        assert_eq!(
            (s.reason, s.detail.as_str(), s.at),
            (StopReason::Distress, "asked for a break", now)
        );
        let again = apply_stop(&stopped, &cl, StopReason::Other, "", now).unwrap_err();
        assert!(matches!(
            again,
            Error::NotAllowed {
                from: RecordStatus::Stopped,
                transition: Transition::Stop
            }
        ));
    }

    #[test]
    fn a_decision_against_the_rule_needs_a_reason_and_hand_off_needs_a_decision() {
        let cl = checklists();
        let now = t("2026-12-01T08:00:00Z");
        let doc = draft();
        // Nothing answered: the rule is incomplete, so no outcome departs from it.
        assert_eq!(rule_met(&doc, &cl), None);
        assert!(matches!(apply_hand_off(&doc, &cl), Err(Error::NoDecision)));
        let decided = apply_decision(
            &doc,
            &cl,
            Outcome::ReferFurtherInterview,
            "",
            "officer",
            now,
        )
        .unwrap();
        let handed = apply_hand_off(&decided, &cl).unwrap();
        assert_eq!(handed.status, RecordStatus::AwaitingReview);
        assert_eq!(
            handed.decision.as_ref().unwrap().outcome,
            Outcome::ReferFurtherInterview
        );
        // Handed off once: a second hand-off is not a move the procedure has.
        assert!(matches!(
            apply_hand_off(&handed, &cl),
            Err(Error::NotAllowed {
                from: RecordStatus::AwaitingReview,
                transition: Transition::HandOff
            })
        ));
    }

    #[test]
    fn saving_answers_never_changes_status_decision_or_exports() {
        let now = t("2026-12-01T08:00:00Z");
        let cl = checklists();
        let decided = apply_decision(&draft(), &cl, Outcome::NoReferral, "", "o", now).unwrap();
        let handed = apply_hand_off(&decided, &cl).unwrap();
        let mut stale = draft();
        stale.notes = "more".into();
        let merged = merge_interview(&handed, &stale).unwrap();
        assert_eq!(merged.status, RecordStatus::AwaitingReview);
        assert_eq!(merged.decision, handed.decision);
        assert_eq!(merged.notes, "more");
        // Answering a stopped interview resumes it.
        let stopped = apply_stop(&draft(), &cl, StopReason::Distress, "", now).unwrap();
        // A save without a new answer (a note) keeps it stopped.
        let mut noted = stopped.clone();
        noted.notes = "a note".into();
        assert_eq!(
            merge_interview(&stopped, &noted).unwrap().status,
            RecordStatus::Stopped
        );
        let mut answered = stopped.clone();
        answered
            .answers
            .insert("needs-now".into(), serde_json::Value::from("no"));
        answered.answered.insert(
            "needs-now".into(),
            crate::interview::record::AnswerMeta {
                lang: crate::domain::Lang::My,
                at: t("2026-12-01T09:00:00Z"),
            },
        );
        let resumed = merge_interview(&stopped, &answered).unwrap();
        assert_eq!(resumed.status, RecordStatus::Draft);
        assert!(resumed.stopped.is_none());
    }

    #[test]
    fn the_queue_opens_no_record_and_writes_no_audit_entry() {
        use crate::vault::{InitOptions, SecretString, Vault};
        let dir = tempfile::tempdir().unwrap();
        let pass = SecretString::from("correct horse battery staple".to_owned());
        let mut s = Vault::create(
            &dir.path().join("v"),
            InitOptions {
                supervisor: "sup".into(),
                passphrase: pass.clone(),
                recovery_recipient: None,
                kdf_log_n: Some(4),
                retention_months: 12,
                unit: "Unit".into(),
            },
        )
        .unwrap()
        .unlock("sup", &pass)
        .unwrap();
        let cl = checklists();
        let now = t("2026-12-01T08:00:00Z");
        let mut doc = draft();
        doc.answers
            .insert("possible-child".into(), serde_json::Value::from("yes"));
        let id = save(&mut s, &cl, None, &doc, now).unwrap();
        let before = s.audit_entries().unwrap().len();
        for _ in 0..10 {
            let rows = queue(&mut s, &cl).unwrap();
            assert_eq!(rows.len(), 1);
            assert_eq!(rows[0].id, id.to_string());
            assert!(rows[0].urgent.contains(&UrgentTrigger::PossibleChild));
        }
        assert_eq!(s.audit_entries().unwrap().len(), before);
        // Saving an answer is one "updated" entry, not a read of the record as well.
        let mut more = doc.clone();
        more.notes = "more".into();
        save(&mut s, &cl, Some(&id), &more, now).unwrap();
        let entries = s.audit_entries().unwrap();
        assert_eq!(entries.len(), before + 1);
        assert_eq!(entries.last().unwrap().kind, "record-updated");
        let before = entries.len();
        // Opening the case is the one audited read.
        open(&mut s, &id).unwrap();
        assert_eq!(s.audit_entries().unwrap().len(), before + 1);
    }
}
