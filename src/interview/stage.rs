//! The two stages of an interview and what to ask next: the first screen for everyone (the
//! opening consent, urgent needs, the age, the gateway questions, the officer's own concern),
//! its result under the first-screen rule held in the checklist data, and, for those it flags,
//! the full interview on the same record. [`plan`] is the one function the terminal interface
//! and `tandem interview plan` both call.
//!
//! The result is "full interview" or "no indicators at first screen", always with its reasons;
//! it never says anyone is or is not a victim. Pure: the current time is passed in.

use std::collections::BTreeMap;

use jiff::Timestamp;

use crate::checklist::answer::Answer;
use crate::checklist::condition::{Facts, eval};
use crate::checklist::model::{
    AgeGroup, Checklist, Exploitation, FirstScreenRule, ReasonTest, Stage,
};
use crate::interview::flow::Interview;
use crate::interview::urgent;

/// The first screen's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FirstScreenResult {
    /// A reason of the rule holds: go on to the full interview.
    FullInterview,
    /// The first screen is answered and no reason holds. Not "not a victim": nothing the first
    /// screen asks pointed further.
    NoIndicators,
    /// Questions remain, the interview is blocked, or consent was refused.
    Incomplete,
}

impl FirstScreenResult {
    pub fn id(self) -> &'static str {
        match self {
            FirstScreenResult::FullInterview => "full-interview",
            FirstScreenResult::NoIndicators => "no-indicators",
            FirstScreenResult::Incomplete => "incomplete",
        }
    }
}

/// One question still to ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedQuestion {
    pub checklist: String,
    pub question: String,
    /// False for questions the officer answers alone.
    pub to_person: bool,
}

/// What the interview does next.
#[derive(Clone, PartialEq, Eq)]
pub struct Plan {
    /// The stage the next questions belong to (or, when none remain, the stage reached).
    pub stage: Stage,
    /// The visible questions still to ask, in order. Empty when the interview has nothing more
    /// to ask: the first screen found no indicators, consent was refused, or all is answered.
    /// While blocked: only the question that lifts the block.
    pub questions: Vec<PlannedQuestion>,
    pub age_group: AgeGroup,
    pub exploitation: Exploitation,
    pub result: FirstScreenResult,
    /// Why, as ids: `gateway:<question>`, `urgent:<trigger>`, a reason id of the rule (e.g.
    /// `possible-child`, `officer-concern`); for no indicators `no-<reason id>` for each reason
    /// checked; for incomplete `unanswered:<question>`, `consent-refused` or `blocked:<id>`.
    pub reasons: Vec<String>,
}

// Reasons name questions and triggers, which say what the person answered: counts only.
impl std::fmt::Debug for Plan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Plan")
            .field("stage", &self.stage)
            .field("questions", &self.questions.len())
            .field("result", &self.result)
            .field("reasons", &self.reasons.len())
            .finish_non_exhaustive()
    }
}

/// The first-screen rule of the catalog, if any checklist holds one.
pub fn rule(checklists: &[Checklist]) -> Option<&FirstScreenRule> {
    checklists.iter().find_map(|c| c.first_screen.as_ref())
}

fn stage_of(checklists: &[Checklist], id: &str) -> Stage {
    checklists
        .iter()
        .find(|c| c.id == id)
        .map_or(Stage::Full, |c| c.stage)
}

/// The first screen's result and its reasons, for the answers so far.
pub fn first_screen(
    interview: &Interview,
    checklists: &[Checklist],
    now: Timestamp,
) -> (FirstScreenResult, Vec<String>) {
    if interview.consent_refused(checklists) {
        return (
            FirstScreenResult::Incomplete,
            vec!["consent-refused".into()],
        );
    }
    if let Some(block) = interview.block(checklists) {
        return (
            FirstScreenResult::Incomplete,
            vec![format!("blocked:{}", block.id)],
        );
    }
    let Some(rule) = rule(checklists) else {
        // A catalog without a first screen: everyone has the full interview.
        return (
            FirstScreenResult::FullInterview,
            vec!["no-first-screen".into()],
        );
    };
    let visible = interview.visible_questions(checklists);
    let answers: BTreeMap<String, Answer> = interview.visible_answers(checklists);
    let (age_group, exploitation) = interview.profile_facts(checklists);
    let facts = Facts {
        answers: &answers,
        age_group,
        exploitation,
    };
    let mut held = Vec::new();
    for reason in &rule.reasons {
        match &reason.test {
            ReasonTest::Gateway => {
                for (_, q) in visible.iter().filter(|(_, q)| q.gateway) {
                    if answers.get(&q.id).is_some_and(|a| *a != Answer::No) {
                        held.push(format!("gateway:{}", q.id));
                    }
                }
            }
            ReasonTest::Urgent => {
                for flag in urgent::fired(interview, checklists, now) {
                    let r = format!("urgent:{}", flag.trigger);
                    if !held.contains(&r) {
                        held.push(r);
                    }
                }
            }
            ReasonTest::Condition { condition, .. } => {
                if eval(condition, &facts) {
                    held.push(reason.id.clone());
                }
            }
        }
    }
    if !held.is_empty() {
        return (FirstScreenResult::FullInterview, held);
    }
    let unanswered: Vec<String> = visible
        .iter()
        .filter(|(c, q)| {
            c.stage == Stage::FirstScreen && q.required && !interview.answers().contains_key(&q.id)
        })
        .map(|(_, q)| format!("unanswered:{}", q.id))
        .collect();
    if !unanswered.is_empty() {
        return (FirstScreenResult::Incomplete, unanswered);
    }
    (
        FirstScreenResult::NoIndicators,
        rule.reasons
            .iter()
            .map(|r| format!("no-{}", r.id))
            .collect(),
    )
}

/// What the interview does next: the stage, the questions still to ask, the profile, and the
/// first screen's result with its reasons.
pub fn plan(interview: &Interview, checklists: &[Checklist], now: Timestamp) -> Plan {
    let (result, reasons) = first_screen(interview, checklists, now);
    let profile = interview.profile(checklists);
    let visible = interview.visible_questions(checklists);
    let open = |stage: Stage| -> Vec<PlannedQuestion> {
        visible
            .iter()
            .filter(|(c, q)| c.stage == stage && !interview.answers().contains_key(&q.id))
            .map(|(c, q)| PlannedQuestion {
                checklist: c.id.clone(),
                question: q.id.clone(),
                to_person: q.to_person(),
            })
            .collect()
    };
    let first_screen_done = !visible.iter().any(|(c, q)| {
        c.stage == Stage::FirstScreen && q.required && !interview.answers().contains_key(&q.id)
    });
    let has_first_screen = checklists.iter().any(|c| c.stage == Stage::FirstScreen);
    let mut stage =
        if has_first_screen && !(first_screen_done && result == FirstScreenResult::FullInterview) {
            Stage::FirstScreen
        } else {
            Stage::Full
        };
    let questions = if interview.consent_refused(checklists) {
        Vec::new()
    } else if let Some(block) = interview.block(checklists) {
        if let Some(lift) = &block.lift {
            stage = stage_of(checklists, &lift.checklist);
        }
        block
            .lift
            .iter()
            .filter(|l| !interview.answers().contains_key(&l.question))
            .filter_map(|l| {
                let (_, q) = visible.iter().find(|(_, q)| q.id == l.question)?;
                Some(PlannedQuestion {
                    checklist: l.checklist.clone(),
                    question: l.question.clone(),
                    to_person: q.to_person(),
                })
            })
            .collect()
    } else if stage == Stage::FirstScreen && !first_screen_done {
        open(Stage::FirstScreen)
    } else if stage == Stage::Full {
        open(Stage::Full)
    } else {
        // The first screen is answered and sends nobody on: nothing more to ask.
        Vec::new()
    };
    Plan {
        stage,
        questions,
        age_group: profile.age_group(),
        exploitation: profile.exploitation(),
        result,
        reasons,
    }
}
