//! The interview: one question at a time, in the officer's language and the interviewee's, with
//! its answer keys or field, progress and the saved mark; past the last question, what is still
//! required. Owns the interview in progress ([`Interview`]: the engine's record and answers, where
//! the officer is, and the save sequence) and what moves through it: answering, the skip logic's
//! next question, notes saved, a stop. The review and the overlays over an interview (jump, note,
//! stop, export) act on this [`Interview`] through the functions here; this module uses none of
//! them (it asks the router to open them with [`Go`]).
//!
//! In the interpreter view it draws the prompt and its choices only: never a case reference, a
//! note, an answer already given or a score.

use crate::checklist::model::Stage;
use crate::interview::stage::{self, FirstScreenResult};
use std::collections::BTreeMap;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use tui_input::Input;

use crate::checklist::model::{Kind, Question};
use crate::domain::dates;
use crate::domain::{Lang, OfficerLang, StopReason};
use crate::interview::answer::{Answer, TimeSince, TimeUnit};
use crate::interview::flow;
use crate::interview::record::{AnswerMeta, Languages, RecordDocument};
use crate::interview::urgent;
use crate::text;
use crate::tui::action::Effect;
use crate::tui::content::Content;
use crate::tui::draw::{ACCENT, blit, bold, dim, fill, highlight, para, put, reverse};
use crate::tui::keymap::{Command, Context, Key, KeyCode};
use crate::tui::shared::{Go, Notice, OverlayRoom, Resume, Shared, list_move};

/// The answer being typed or picked for the current question.
pub enum Field {
    /// Yes-no: single keys, nothing to edit.
    Keys,
    /// Single or multiple choice: highlighted row and the ticked choices (multiple choice).
    Choice { cursor: usize, ticked: Vec<bool> },
    /// Number, date, time-since, short text.
    Text(Input),
}

/// An interview in progress: the engine's interview (record and answers) and where the officer
/// is.
pub struct Interview {
    /// Local id until the vault has given the record its id.
    pub slot: u64,
    pub record: Option<String>,
    pub flow: flow::Interview,
    /// Interviewee language.
    pub lang: Lang,
    /// The current question id; `None` once past the last question.
    pub current: Option<String>,
    pub field: Field,
    /// A problem with what was typed (message id).
    pub field_error: Option<&'static str>,
    /// Rows of a long prompt scrolled past (Ctrl-↓, Ctrl-↑); back to 0 on every new question. The
    /// view clamps it.
    pub prompt_scroll: u16,
    /// Save sequence at which each question's answer or note was last changed.
    pub changed_at: BTreeMap<String, u64>,
    pub sent_seq: u64,
    pub committed_seq: u64,
    /// The stage the interview is in (first screen, or the full interview once flagged).
    pub stage: Stage,
    /// The officer moved the highlight of this question's choice list: only then does Enter pick
    /// the highlighted choice of a question not yet answered (a first row nobody chose is not an
    /// answer).
    pub choice_moved: bool,
    /// A refusal of the interview itself waiting for its confirmation (the same key again).
    pub confirm_end: Option<Answer>,
}

impl Interview {
    pub fn new(slot: u64, lang: Lang, flow: flow::Interview) -> Interview {
        Interview {
            slot,
            record: None,
            flow,
            lang,
            current: None,
            field: Field::Keys,
            field_error: None,
            prompt_scroll: 0,
            changed_at: BTreeMap::new(),
            sent_seq: 0,
            committed_seq: 0,
            stage: Stage::FirstScreen,
            choice_moved: false,
            confirm_end: None,
        }
    }

    pub fn doc(&self) -> &RecordDocument {
        self.flow.record()
    }

    /// Saved means: the last change to this question's answer is in a committed transaction.
    pub fn save_state(&self, question: &str) -> SaveState {
        match self.changed_at.get(question) {
            None => SaveState::Nothing,
            Some(seq) if *seq <= self.committed_seq => SaveState::Saved,
            Some(_) => SaveState::Saving,
        }
    }

    pub fn resume(&self) -> Resume {
        Resume {
            slot: self.slot,
            record: self.record.clone(),
            question: self.current.clone(),
            lang: self.lang,
            review: false,
            // Text typed but not yet entered comes back after the unlock.
            typed: match &self.field {
                Field::Text(input) if !input.value().is_empty() => {
                    Some(zeroize::Zeroizing::new(input.value().to_owned()))
                }
                _ => None,
            },
        }
    }
}

/// The key under which the review decision's save sequence is kept in `changed_at` (no
/// question id starts with `#`).
pub const DECISION_KEY: &str = "#decision";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SaveState {
    Nothing,
    Saving,
    Saved,
}

/// A new interview in the interviewee's language, at the first visible question.
pub fn start(s: &mut Shared, lang: Lang) -> Interview {
    let slot = s.take_slot();
    let doc = RecordDocument {
        schema: crate::interview::record::RECORD_SCHEMA,
        checklist: "screening".to_owned(),
        languages: Some(Languages {
            officer: OfficerLang::from_lang(s.officer_lang).unwrap_or_default(),
            interviewee: lang,
        }),
        ..RecordDocument::default()
    };
    let checklists = s.content.checklists();
    let mut interview = Interview::new(slot, lang, flow::Interview::new(doc, checklists));
    let plan = stage::plan(&interview.flow, checklists, s.now);
    interview.stage = plan.stage;
    interview.current = plan
        .questions
        .first()
        .map(|q| q.question.clone())
        .or_else(|| {
            interview
                .flow
                .visible(checklists)
                .first()
                .map(|r| r.question.clone())
        });
    refresh_field(&mut interview, &s.content);
    interview
}

/// A record the vault opened, at its first open question (or where the officer was before a
/// lock); true when the officer was on its review.
pub fn open(s: &mut Shared, id: String, doc: RecordDocument) -> (Interview, bool) {
    let slot = s.take_slot();
    // A record that names no language was written by a script in English (the record
    // document's default); any other language is typed in the record and checked when read.
    let lang = doc.languages.as_ref().map_or(Lang::En, |l| l.interviewee);
    let checklists = s.content.checklists();
    let mut interview = Interview::new(slot, lang, flow::Interview::new(doc, checklists));
    interview.record = Some(id.clone());
    // Everything read from the vault is committed.
    let answered: Vec<String> = interview.flow.answers().keys().cloned().collect();
    for q in answered {
        interview.changed_at.insert(q, 0);
    }
    let resume = s
        .pending_resume
        .take()
        .filter(|r| r.record.as_deref() == Some(id.as_str()));
    let visible = interview.flow.visible(checklists);
    let to_review = resume.as_ref().is_some_and(|r| r.review);
    // A flagged case continues with the full interview where the first screen ended; a first
    // screen still open continues where it stopped.
    let plan = stage::plan(&interview.flow, checklists, s.now);
    interview.stage = plan.stage;
    let typed = resume.as_ref().and_then(|r| r.typed.clone());
    interview.current = match resume.and_then(|r| r.question) {
        Some(q) => Some(q),
        // Nothing left to ask (a first screen with no indicators, or all answered): past the
        // end, where Enter opens the review.
        None => plan.questions.first().map(|q| q.question.clone()),
    };
    let _ = visible;
    if interview.doc().decision.is_some() {
        interview.changed_at.insert(DECISION_KEY.to_owned(), 0);
    }
    refresh_field(&mut interview, &s.content);
    if let (Some(text), Field::Text(_)) = (typed, &interview.field) {
        interview.field = Field::Text(Input::new(text.to_string()));
    }
    (interview, to_review)
}

/// The worker committed a save of this interview.
pub fn saved(i: &mut Interview, id: String, seq: u64) {
    i.record = Some(id);
    i.committed_seq = i.committed_seq.max(seq);
}

/// The vault committed a status change: the screen keeps in step with it (the answers on screen
/// are the officer's; status, decision, stop and exports are the vault's).
pub fn changed(i: &mut Interview, id: String, seq: u64, doc: RecordDocument) {
    i.record = Some(id);
    i.committed_seq = i.committed_seq.max(seq);
    let mine = i.flow.record_mut();
    mine.status = doc.status;
    mine.decision = doc.decision;
    mine.stopped = doc.stopped;
    mine.exports = doc.exports;
}

/// Sets the input field for the current question from its answer.
pub fn refresh_field(i: &mut Interview, content: &Content) {
    i.field_error = None;
    i.choice_moved = false;
    i.confirm_end = None;
    i.prompt_scroll = 0;
    let Some(q) = i
        .current
        .as_ref()
        .and_then(|q| content.find(q))
        .map(|(_, q)| q)
    else {
        i.field = Field::Keys;
        return;
    };
    let existing = i.flow.answers().get(&q.id);
    i.field = field_for(q, existing);
}

fn field_for(q: &Question, existing: Option<&Answer>) -> Field {
    match &q.kind {
        Kind::YesNo => Field::Keys,
        Kind::SingleChoice { choices } | Kind::MultipleChoice { choices } => {
            let ticked: Vec<bool> = choices
                .iter()
                .map(|c| match existing {
                    Some(Answer::Choice(x)) => x == c,
                    Some(Answer::Choices(xs)) => xs.contains(c),
                    _ => false,
                })
                .collect();
            let cursor = ticked.iter().position(|t| *t).unwrap_or(0);
            Field::Choice { cursor, ticked }
        }
        _ => {
            let text = match existing {
                Some(Answer::Number(n)) => n.to_string(),
                Some(Answer::Date(d)) => d.to_string(),
                Some(Answer::TimeSince(t)) => format!(
                    "{}{}",
                    t.amount,
                    match t.unit {
                        TimeUnit::Hours => "h",
                        TimeUnit::Days => "d",
                        TimeUnit::Weeks => "w",
                        TimeUnit::Months => "m",
                    }
                ),
                Some(Answer::Text(s)) => s.clone(),
                _ => String::new(),
            };
            Field::Text(Input::new(text))
        }
    }
}

/// The officer's request for services (assessment checklist), checked against consent.
const SERVICES_QUESTION: &str = "assessment-services";

/// A typed date, `YYYY-MM-DD`, in either era (`domain::dates`), stored as C.E.
/// `Err(tui-field-date)` for another shape, `Err(tui-field-date-impossible)` for a day the
/// calendar does not have (30 February).
pub fn typed_date(text: &str) -> Result<jiff::civil::Date, &'static str> {
    dates::parse_either_era(text).map_err(|p| match p {
        dates::DateProblem::Shape => "tui-field-date",
        dates::DateProblem::Impossible => "tui-field-date-impossible",
    })
}

/// A date as the officer reads it: the Buddhist Era year for a Thai officer
/// (`2569-12-01 พ.ศ.`), the Common Era's for the others.
pub fn shown_date(s: &Shared, d: jiff::civil::Date) -> String {
    if s.officer_lang == Lang::Th {
        format!("{} {}", dates::ymd(d, true), s.t("tui-era-be"))
    } else {
        dates::ymd(d, false)
    }
}

/// The same, without the era's name, where a row has no room for it (the queue): a year of
/// 2569 can only be Buddhist Era.
pub fn shown_date_compact(s: &Shared, d: jiff::civil::Date) -> String {
    dates::ymd(d, s.officer_lang == Lang::Th)
}

/// Pairs of date questions that must come in order (the first not after the second): a
/// contradiction is flagged when the second is answered, never refused (the officer checks).
const DATES_IN_ORDER: [(&str, &str); 1] = [("detention-start", "holding-deadline")];

/// Reads a typed answer: `Err(message id)` when it does not fit the question.
pub fn parse_typed(q: &Question, text: &str) -> Result<Answer, &'static str> {
    let text = text.trim();
    match &q.kind {
        Kind::Number { min, max, .. } => {
            let n: i64 = text.parse().map_err(|_| "tui-field-number")?;
            if n < *min || n > *max {
                return Err("tui-field-range");
            }
            Ok(Answer::Number(n))
        }
        Kind::Date => typed_date(text).map(Answer::Date),
        Kind::TimeSince => {
            let digits: String = text.chars().take_while(|c| c.is_ascii_digit()).collect();
            let unit = text[digits.len()..].trim();
            let amount: u32 = digits.parse().map_err(|_| "tui-field-time-since")?;
            let unit = match unit.chars().next() {
                Some('h') => TimeUnit::Hours,
                Some('d') => TimeUnit::Days,
                Some('w') => TimeUnit::Weeks,
                Some('m') => TimeUnit::Months,
                _ => return Err("tui-field-time-since"),
            };
            Ok(Answer::TimeSince(TimeSince { amount, unit }))
        }
        Kind::ShortText { max_chars } => {
            if text.chars().count() > *max_chars {
                Err("tui-field-too-long")
            } else {
                Ok(Answer::Text(text.to_owned()))
            }
        }
        _ => Err("tui-field-number"),
    }
}

/// Records an answer, saves, and moves on (or stops, when consent is refused).
pub fn answer(i: &mut Interview, s: &mut Shared, qid: &str, a: Answer) -> Vec<Effect> {
    let content = s.content.clone();
    let checklists = content.checklists();
    let meta = AnswerMeta {
        lang: i.lang,
        at: s.now,
    };
    if i.flow.set_answer(checklists, qid, a, meta).is_err() {
        i.field_error = Some("tui-field-invalid");
        return vec![];
    }
    i.sent_seq += 1;
    i.changed_at.insert(qid.to_owned(), i.sent_seq);
    let seq = i.sent_seq;
    // Dates that contradict each other are flagged (a typing slip or a wrong document), kept.
    for (before, after) in DATES_IN_ORDER {
        if qid != before && qid != after {
            continue;
        }
        let answers = i.flow.answers();
        if let (Some(Answer::Date(b)), Some(Answer::Date(a))) =
            (answers.get(before), answers.get(after))
            && a < b
        {
            s.notice = Some(Notice::Error(
                "tui-dates-contradict",
                vec![("first", shown_date(s, *b)), ("second", shown_date(s, *a))],
            ));
        }
    }
    if i.flow.consent_refused(checklists) {
        return stop(i, s, StopReason::ConsentRefused, "");
    }
    if INTERPRETER_DAY_RECORD.contains(&qid) {
        remember_interpreter(i, s);
    }
    let effects = save(i, seq);
    let before = i.stage;
    let plan = stage::plan(&i.flow, checklists, s.now);
    i.stage = plan.stage;
    if before == Stage::FirstScreen && plan.stage == Stage::Full {
        // Flagged: the full interview goes on with the same record; the officer sees why.
        s.notice = Some(Notice::Info(
            "tui-stage-to-full",
            vec![("reasons", reasons_text(s, &plan.reasons))],
        ));
    } else if plan.stage == Stage::FirstScreen
        && plan.questions.is_empty()
        && plan.result == FirstScreenResult::NoIndicators
    {
        s.notice = Some(Notice::Info("tui-stage-no-indicators", vec![]));
    }
    // What must not wait for the officer to notice: an interpreter who did not declare a clear
    // yes (the interview waits for another interpreter or the officer's reason), and age
    // answers that disagree (the person is treated as a child until the age is verified).
    if i.flow.block(checklists).is_some() {
        s.notice = Some(Notice::Error("tui-interview-blocked", vec![]));
    } else if i.flow.age_disagreement(checklists).is_some() {
        s.notice = Some(Notice::Error("tui-age-disagreement", vec![]));
    }
    go_after_in_plan(i, &content, qid, &plan);
    effects
}

/// The reasons of a plan in the officer's language: `gateway:deceived-about-job` reads as the
/// gateway reason naming its question.
fn reasons_text(s: &Shared, reasons: &[String]) -> String {
    reasons
        .iter()
        .map(|r| {
            let (key, detail) = r.split_once(':').unwrap_or((r, ""));
            // An urgent need by its name on the banner, not its id.
            let detail = if key == "urgent" {
                s.t(&format!("tui-trigger-{detail}"))
            } else {
                detail.to_owned()
            };
            s.t_args(&format!("plan-reason-{key}"), &[("detail", detail)])
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Every question's place in the interview (checklists in order, questions in file order).
fn interview_order(content: &Content) -> std::collections::HashMap<&str, usize> {
    content
        .checklists()
        .iter()
        .flat_map(|c| c.questions.iter().map(|q| q.id.as_str()))
        .enumerate()
        .map(|(n, q)| (q, n))
        .collect()
}

/// Moves to the next question the plan still asks after `qid` (in checklist order): within the
/// first screen while it lasts, on into the full interview once the first screen flags it, or
/// past the end when the first screen found nothing further to ask.
fn go_after_in_plan(i: &mut Interview, content: &Content, qid: &str, plan: &stage::Plan) {
    let order = interview_order(content);
    let rank = |q: &str| order.get(q).copied().unwrap_or(0);
    let here = rank(qid);
    let next = plan
        .questions
        .iter()
        .map(|q| q.question.clone())
        .find(|q| rank(q) > here)
        // A question the plan needs first (an interpreter block's lift) comes before.
        .or_else(|| {
            let blocked = plan.reasons.iter().any(|r| r.starts_with("blocked:"));
            plan.questions
                .first()
                .filter(|_| blocked)
                .map(|q| q.question.clone())
        })
        .filter(|q| q != qid);
    go_to(i, content, next);
}

/// Asks for the record to be saved; `Action::Saved` comes back after the commit.
pub fn save(i: &Interview, seq: u64) -> Vec<Effect> {
    vec![Effect::Save {
        slot: i.slot,
        id: i.record.clone(),
        doc: Box::new(i.flow.record().clone()),
        seq,
    }]
}

/// Saves what there is to save before the interview leaves the screen (pause, lock, shutdown).
pub fn save_draft(i: &Interview) -> Vec<Effect> {
    if i.flow.answers().is_empty() && i.doc().question_notes.is_empty() {
        return vec![];
    }
    save(i, i.sent_seq)
}

/// Sets (or, empty, removes) the note on the current question and saves it.
pub fn set_note(i: &mut Interview, text: String) -> Vec<Effect> {
    let Some(q) = i.current.clone() else {
        return vec![];
    };
    let notes = &mut i.flow.record_mut().question_notes;
    if text.is_empty() {
        notes.remove(&q);
    } else {
        notes.insert(q.clone(), text);
    }
    i.sent_seq += 1;
    i.changed_at.insert(q, i.sent_seq);
    save(i, i.sent_seq)
}

/// Stops the interview: the draft is saved, then the vault records the stop with its reason
/// (`app::cases::stop`; when consent was refused, it keeps only what the person agreed to). The
/// officer goes back to the queue.
pub fn stop(i: &mut Interview, s: &mut Shared, reason: StopReason, detail: &str) -> Vec<Effect> {
    i.sent_seq += 1;
    let seq = i.sent_seq;
    let mut effects = save(i, seq);
    effects.push(Effect::Stop {
        slot: i.slot,
        id: i.record.clone(),
        reason,
        detail: detail.to_owned(),
        seq,
    });
    effects.push(Effect::ListCases);
    s.go(Go::Queue);
    s.notice = Some(Notice::Info(
        if reason == StopReason::ConsentRefused {
            "tui-stopped-consent"
        } else {
            "tui-stopped"
        },
        vec![],
    ));
    effects
}

pub fn go_to(i: &mut Interview, content: &Content, q: Option<String>) {
    i.current = q;
    refresh_field(i, content);
}

/// Moves to the next visible question after `qid` (the skip logic may have changed), or past
/// the end.
fn go_after(i: &mut Interview, content: &Content, qid: &str) {
    let order = interview_order(content);
    let rank = |q: &str| order.get(q).copied().unwrap_or(0);
    let here = rank(qid);
    let next = i
        .flow
        .visible(content.checklists())
        .into_iter()
        .map(|r| r.question)
        .find(|q| rank(q) > here);
    go_to(i, content, next);
}

fn go_relative(i: &mut Interview, content: &Content, delta: i32) {
    let ids: Vec<String> = i
        .flow
        .visible(content.checklists())
        .into_iter()
        .map(|r| r.question)
        .collect();
    let target = match &i.current {
        None if delta < 0 => ids.last().cloned(),
        None => None,
        Some(cur) => match ids.iter().position(|q| q == cur) {
            Some(0) if delta < 0 => Some(cur.clone()),
            Some(p) if delta < 0 => Some(ids[p - 1].clone()),
            Some(p) => ids.get(p + 1).cloned(),
            // A later answer hid the current question: go to the next visible one.
            None => {
                let cur = cur.clone();
                go_after(i, content, &cur);
                return;
            }
        },
    };
    go_to(i, content, target);
}

/// The first open question of the urgent-needs checklist (else its first one); without that
/// checklist, of the questions carrying urgent tags.
pub fn urgent_target(i: &Interview, content: &Content) -> Option<String> {
    let visible = i.flow.visible_questions(content.checklists());
    let in_checklist: Vec<String> = visible
        .iter()
        .filter(|(c, _)| c.id == "urgent-needs")
        .map(|(_, q)| q.id.clone())
        .collect();
    let urgent = if in_checklist.is_empty() {
        visible
            .iter()
            .filter(|(_, q)| q.urgent.is_some())
            .map(|(_, q)| q.id.clone())
            .collect()
    } else {
        in_checklist
    };
    urgent
        .iter()
        .find(|q| !i.flow.answers().contains_key(*q))
        .or(urgent.first())
        .cloned()
}

fn current_question(i: &Interview, content: &Content) -> Option<Question> {
    let qid = i.current.as_ref()?;
    content.find(qid).map(|(_, q)| q.clone())
}

/// Keys on a question (typing into a field has already been done by `update`).
pub fn key(i: &mut Interview, s: &mut Shared, key: Key, cmd: Option<Command>) -> Vec<Effect> {
    let content = s.content.clone();
    let Some(q) = current_question(i, &content) else {
        // Past the last question: Enter goes to review, Esc back.
        match cmd {
            Some(Command::Previous | Command::Back) => go_relative(i, &content, -1),
            Some(Command::Next | Command::Review) => s.go(Go::Review),
            Some(Command::JumpSection) => s.go(Go::Open(OverlayRoom::JumpSection)),
            _ => {}
        }
        return vec![];
    };
    if (key.ctrl || key.alt) && matches!(key.code, KeyCode::Down | KeyCode::Up) {
        // Ctrl-↓ / Ctrl-↑ scroll a long prompt (the drawing also clamps it to what fits).
        let last = prompt_height(i, s).saturating_sub(3);
        i.prompt_scroll = if key.code == KeyCode::Down {
            i.prompt_scroll.saturating_add(3).min(last)
        } else {
            i.prompt_scroll.saturating_sub(3)
        };
        return vec![];
    }
    let is_choice = matches!(
        q.kind,
        Kind::SingleChoice { .. } | Kind::MultipleChoice { .. }
    );
    // Digits and arrows on a choice list.
    if is_choice && let Field::Choice { cursor, ticked } = &mut i.field {
        let len = ticked.len();
        let digit = key.typed_char().filter(|c| c.is_ascii_digit());
        match (key.code, digit) {
            (KeyCode::Up, _) | (KeyCode::Down, _) => {
                list_move(cursor, len, key);
                i.choice_moved = true;
                return vec![];
            }
            (_, Some(c)) => {
                // `1`–`9` pick the first nine choices, `0` the tenth.
                let n = if c == '0' {
                    9
                } else {
                    c as usize - '1' as usize
                };
                if n >= len {
                    return vec![];
                }
                *cursor = n;
                if let Kind::SingleChoice { choices } = &q.kind {
                    return answer(i, s, &q.id, Answer::Choice(choices[n].clone()));
                }
                ticked[n] = !ticked[n];
                return vec![];
            }
            (KeyCode::Char(' '), None) if !key.ctrl && !key.alt => {
                if let Kind::MultipleChoice { .. } = &q.kind {
                    ticked[*cursor] = !ticked[*cursor];
                }
                return vec![];
            }
            (KeyCode::Enter, None) => {
                let picked: Vec<String> = q
                    .kind
                    .choices()
                    .iter()
                    .zip(ticked.iter())
                    .filter(|(_, t)| **t)
                    .map(|(c, _)| c.clone())
                    .collect();
                let answered = i.flow.answers().contains_key(&q.id);
                let a = match &q.kind {
                    // Nobody chose the highlighted first row: moving on records nothing.
                    Kind::SingleChoice { .. } if !answered && !i.choice_moved => None,
                    Kind::SingleChoice { choices } => {
                        Some(Answer::Choice(choices[*cursor].clone()))
                    }
                    // Nothing ticked is not "none of these": moving on records nothing.
                    _ if picked.is_empty() && !answered => None,
                    _ if picked.len() > 1 && picked.iter().any(|c| c == "none") => {
                        i.field_error = Some("tui-field-none-exclusive");
                        return vec![];
                    }
                    _ => Some(Answer::Choices(picked)),
                };
                return match a {
                    Some(a) => answer(i, s, &q.id, a),
                    None => {
                        go_relative(i, &content, 1);
                        vec![]
                    }
                };
            }
            _ => {}
        }
    }
    // A "no" to the interview itself ends it: one key must not do that by accident. The same
    // key again confirms; anything else goes back to the question.
    let refusal = match cmd {
        Some(Command::No) if q.kind == Kind::YesNo => Some(Answer::No),
        Some(Command::Unsure) => Some(Answer::Unsure),
        Some(Command::Declined) => Some(Answer::Declined),
        _ => None,
    };
    if q.fills.as_deref() == Some("consent.interview") {
        let pending = i.confirm_end.take();
        if let Some(a) = refusal {
            if pending.as_ref() != Some(&a) {
                i.confirm_end = Some(a);
                s.notice = Some(Notice::Error("tui-confirm-end", vec![]));
                return vec![];
            }
            return answer(i, s, &q.id, a);
        }
    }
    match cmd {
        Some(Command::Yes) if q.kind == Kind::YesNo => answer(i, s, &q.id, Answer::Yes),
        Some(Command::No) if q.kind == Kind::YesNo => answer(i, s, &q.id, Answer::No),
        Some(Command::Unsure) => answer(i, s, &q.id, Answer::Unsure),
        Some(Command::Declined) => answer(i, s, &q.id, Answer::Declined),
        Some(Command::Next) => {
            if key.code == KeyCode::Enter
                && let Field::Text(input) = &i.field
            {
                let text = input.value().to_owned();
                if !text.trim().is_empty() {
                    return match parse_typed(&q, &text) {
                        Ok(a) => answer(i, s, &q.id, a),
                        Err(msg) => {
                            i.field_error = Some(msg);
                            vec![]
                        }
                    };
                }
            }
            go_relative(i, &content, 1);
            vec![]
        }
        Some(Command::Previous | Command::Back) => {
            go_relative(i, &content, -1);
            vec![]
        }
        Some(Command::JumpSection) => {
            s.go(Go::Open(OverlayRoom::JumpSection));
            vec![]
        }
        Some(Command::Note) => {
            s.go(Go::Open(OverlayRoom::Note));
            vec![]
        }
        Some(Command::Review) => {
            s.go(Go::Review);
            vec![]
        }
        Some(Command::SameInterpreter) if q.id == INTERPRETER_QUESTION => same_interpreter(i, s),
        _ => vec![],
    }
}

/// The question that opens the interpreter record.
const INTERPRETER_QUESTION: &str = "interpreter-present";

/// The parts of the interpreter record that hold for the officer's whole day. The no-conflict
/// declaration is not among them: whether the interpreter knows this person, their recruiter or
/// their group is declared again for every interview (WHO 2003, recommendation 4).
const INTERPRETER_DAY_RECORD: [&str; 6] = [
    "interpreter-present",
    "interpreter-id",
    "interpreter-language",
    "interpreter-gender",
    "interpreter-affiliation",
    "interpreter-confidentiality",
];

/// Remembers today's interpreter from this interview's answers (when one was present).
fn remember_interpreter(i: &Interview, s: &mut Shared) {
    let answers = i.flow.answers();
    if answers.get(INTERPRETER_QUESTION) != Some(&Answer::Yes) {
        return;
    }
    let record: Vec<(String, Answer)> = INTERPRETER_DAY_RECORD
        .iter()
        .filter_map(|q| answers.get(*q).map(|a| ((*q).to_owned(), a.clone())))
        .collect();
    let today = jiff::tz::Offset::UTC.to_datetime(s.now).date();
    s.interpreter_today = Some((today, record));
}

/// Today's interpreter, if one was recorded today and this interview has not answered it yet.
pub fn interpreter_offer<'s>(i: &Interview, s: &'s Shared) -> Option<&'s [(String, Answer)]> {
    let (day, record) = s.interpreter_today.as_ref()?;
    let today = jiff::tz::Offset::UTC.to_datetime(s.now).date();
    (*day == today && !i.flow.answers().contains_key(INTERPRETER_QUESTION) && !record.is_empty())
        .then_some(record.as_slice())
}

/// One key: today's interpreter record into this interview, then on to what is left of it (the
/// no-conflict declaration for this person).
fn same_interpreter(i: &mut Interview, s: &mut Shared) -> Vec<Effect> {
    let Some(record) = interpreter_offer(i, s).map(<[_]>::to_vec) else {
        return vec![];
    };
    let content = s.content.clone();
    let checklists = content.checklists();
    let meta = AnswerMeta {
        lang: i.lang,
        at: s.now,
    };
    let mut last = None;
    for (q, a) in record {
        if i.flow.set_answer(checklists, &q, a, meta.clone()).is_ok() {
            i.sent_seq += 1;
            i.changed_at.insert(q.clone(), i.sent_seq);
            last = Some(q);
        }
    }
    if last.is_none() {
        return vec![];
    }
    let effects = save(i, i.sent_seq);
    // On to what is left of the record, the no-conflict declaration first.
    let plan = stage::plan(&i.flow, checklists, s.now);
    go_after_in_plan(i, &content, INTERPRETER_QUESTION, &plan);
    s.notice = Some(Notice::Info("tui-same-interpreter-done", vec![]));
    effects
}

/// Each urgent need that fired, in the officer's words, with every window its questions opened
/// and how long each has left (hours up to three days, then days).
pub fn urgent_needs(i: &Interview, s: &Shared) -> Vec<String> {
    let flags = urgent::fired(&i.flow, s.content.checklists(), s.now);
    // One entry per trigger, with every window its questions opened.
    let mut items: Vec<(String, String)> = Vec::new();
    for f in &flags {
        let k = match items.iter().position(|(t, _)| *t == f.trigger) {
            Some(k) => k,
            None => {
                items.push((
                    f.trigger.clone(),
                    s.t(&format!("tui-trigger-{}", f.trigger)),
                ));
                items.len() - 1
            }
        };
        for w in &f.windows {
            let name = s.t(&format!("tui-window-{}", w.id));
            let part = match w.remaining(s.now) {
                Some(left) if left.as_hours() > 72 => s.t_args(
                    "tui-window-closes-days",
                    &[
                        ("window", name),
                        ("days", (left.as_hours() / 24).to_string()),
                    ],
                ),
                Some(left) => s.t_args(
                    "tui-window-closes",
                    &[
                        ("window", name),
                        ("hours", left.as_hours().max(0).to_string()),
                    ],
                ),
                None => s.t_args("tui-window-closed", &[("window", name)]),
            };
            items[k].1.push_str(" — ");
            items[k].1.push_str(&part);
        }
    }
    items.into_iter().map(|(_, s)| s).collect()
}

/// The urgent banner: pinned at the top of every interview screen once a trigger fires.
pub fn urgent_banner(i: &Interview, s: &Shared, buf: &mut Buffer, body: Rect) -> u16 {
    let items = urgent_needs(i, s);
    if items.is_empty() {
        return 0;
    }
    let text = format!("{} {}", s.t("tui-urgent"), items.join(" · "));
    let style = Style::default()
        .bg(Color::Red)
        .fg(Color::White)
        .add_modifier(Modifier::BOLD);
    let lines = text::wrap(&text, body.width.saturating_sub(2) as usize);
    let n = (lines.len() as u16).min(3);
    fill(buf, Rect { height: n, ..body }, style);
    for (k, line) in lines.iter().take(n as usize).enumerate() {
        put(
            buf,
            body.x + 1,
            body.y + k as u16,
            body.width - 2,
            line,
            style,
        );
    }
    n
}

fn kind_hint(s: &Shared, q: &Question) -> String {
    match &q.kind {
        Kind::Number { min, max, unit } => {
            let u = unit
                .as_ref()
                .map(|u| s.t(&format!("unit-{u}")))
                .unwrap_or_default();
            s.t_args(
                "tui-field-hint-number",
                &[
                    ("min", min.to_string()),
                    ("max", max.to_string()),
                    ("unit", u),
                ],
            )
        }
        Kind::Date => s.t("tui-field-hint-date"),
        Kind::TimeSince => s.t("tui-field-hint-time-since"),
        Kind::ShortText { .. } => s.t("tui-field-hint-text"),
        _ => String::new(),
    }
}

pub fn draw(i: &Interview, s: &Shared, buf: &mut Buffer, area: Rect) {
    let content = &s.content;
    let Some((checklist, q)) = i.current.as_ref().and_then(|q| content.find(q)) else {
        let mut y = para(
            buf,
            area,
            area.y + 1,
            &s.t("tui-end-of-questions"),
            bold(),
            0,
        );
        let missing = i.flow.missing_required(content.checklists());
        if !missing.is_empty() {
            y = para(
                buf,
                area,
                y + 1,
                &s.t_args(
                    "tui-missing-required",
                    &[("count", missing.len().to_string())],
                ),
                Style::default().fg(Color::Yellow),
                0,
            );
            // Name them, so the officer knows where to go back to.
            let room = area.bottom().saturating_sub(y + 2) as usize;
            for r in missing.iter().take(room) {
                let t = content
                    .prompt(s.officer_lang, &r.checklist, &r.question)
                    .map(|p| p.text)
                    .unwrap_or_else(|| r.question.clone());
                put(
                    buf,
                    area.x + 2,
                    y,
                    area.width.saturating_sub(2),
                    &format!("? {t}"),
                    dim(),
                );
                y += 1;
            }
        }
        para(
            buf,
            area,
            y + 1,
            &s.t("tui-end-go-review"),
            Style::default(),
            0,
        );
        return;
    };
    let mut y = area.y;
    if !s.interpreter_view {
        let visible = i.flow.visible(content.checklists());
        let pos = visible
            .iter()
            .position(|r| r.question == q.id)
            .map_or(0, |p| p + 1);
        let progress = i.flow.progress(content.checklists());
        let where_ = format!(
            "{} › {}",
            content.checklist_title(s.officer_lang, checklist),
            content.section(s.officer_lang, &checklist.id, &q.section)
        );
        let count = s.t_args(
            "tui-progress",
            &[
                ("position", pos.to_string()),
                ("total", visible.len().to_string()),
                ("answered", progress.answered.to_string()),
            ],
        );
        // This question's answer when it has one, else everything so far.
        let state = match i.save_state(&q.id) {
            SaveState::Nothing if i.sent_seq > 0 => {
                if i.committed_seq >= i.sent_seq {
                    SaveState::Saved
                } else {
                    SaveState::Saving
                }
            }
            s => s,
        };
        let (saved, style) = match state {
            SaveState::Saved => (s.t("tui-saved"), Style::default().fg(Color::Green)),
            SaveState::Saving => (s.t("tui-saving"), Style::default().fg(Color::Yellow)),
            SaveState::Nothing => (String::new(), Style::default()),
        };
        let sw = text::width(&saved) as u16;
        let cw = text::width(&count) as u16;
        put(
            buf,
            area.x,
            y,
            area.width.saturating_sub(sw + cw + 4),
            &where_,
            dim(),
        );
        put(
            buf,
            area.right().saturating_sub(sw + cw + 3),
            y,
            cw,
            &count,
            dim(),
        );
        put(buf, area.right().saturating_sub(sw), y, sw, &saved, style);
        y += 1;
        // A one-row progress bar.
        let bar_w = area.width as usize;
        let done = (bar_w * progress.answered)
            .checked_div(progress.visible)
            .unwrap_or(0);
        put(
            buf,
            area.x,
            y,
            area.width,
            &"━".repeat(done),
            Style::default().fg(ACCENT),
        );
        put(
            buf,
            area.x + done as u16,
            y,
            area.width - done as u16,
            &"─".repeat(bar_w - done),
            dim(),
        );
        y += 1;
    }
    y += 1;
    // The prompt and the answer are laid out off-screen first, so that the answer keeps its rows
    // at the bottom and a long prompt scrolls (Ctrl-↓, Ctrl-↑) with a visible marker instead of
    // pushing the answer keys off the screen.
    let prompt = scratch(area);
    let mut pbuf = Buffer::empty(prompt);
    let prompt_h = prompt_rows(s, i, checklist, q, &mut pbuf, prompt);
    let mut abuf = Buffer::empty(prompt);
    let mut layout = AnswerLayout::default();
    let mut ay = answer_area(
        s,
        i,
        checklist.id.as_str(),
        q,
        &mut abuf,
        prompt,
        0,
        &mut layout,
    );
    if !s.interpreter_view {
        if let Some(e) = i.field_error {
            ay = para(
                &mut abuf,
                prompt,
                ay,
                &s.t(e),
                Style::default().fg(Color::Red),
                0,
            );
        }
        if q.id == INTERPRETER_QUESTION
            && let Some(record) = interpreter_offer(i, s)
        {
            let part = |id: &str| match record.iter().find(|(q, _)| q == id) {
                Some((_, Answer::Text(t))) => crate::text::printable(t).into_owned(),
                _ => "-".to_owned(),
            };
            ay = para(
                &mut abuf,
                prompt,
                ay + 1,
                &s.t_args(
                    "tui-same-interpreter",
                    &[
                        ("id", part("interpreter-id")),
                        ("language", part("interpreter-language")),
                    ],
                ),
                Style::default().fg(Color::Cyan),
                0,
            );
        }
        if let Some(note) = i.doc().question_notes.get(&q.id) {
            ay = para(
                &mut abuf,
                prompt,
                ay + 1,
                &format!("{}: {note}", s.t("tui-note")),
                dim(),
                0,
            );
        }
    }
    let answer_h = ay;
    let room = area.bottom().saturating_sub(y);
    if prompt_h + 1 + answer_h <= room {
        blit(&pbuf, 0, prompt_h, buf, area.x, y);
        blit(&abuf, 0, answer_h, buf, area.x, y + prompt_h + 1);
        return;
    }
    // Too long: the answer first, then the prompt window; the prompt keeps at least three rows,
    // and up to half of the room, so the person's question stays in sight beside a long list.
    let prompt_keeps = (prompt_h + 2).min(room / 2).max(4);
    let answer_rows = answer_h.min(room.saturating_sub(prompt_keeps));
    let window = room.saturating_sub(answer_rows + 1).max(1);
    let shown = window.saturating_sub(1).max(1);
    let scroll = i.prompt_scroll.min(prompt_h.saturating_sub(shown));
    blit(&pbuf, scroll, shown, buf, area.x, y);
    let more = if scroll + shown < prompt_h {
        s.t("tui-more-below")
    } else {
        s.t("tui-more-above")
    };
    put(
        buf,
        area.x,
        y + shown,
        area.width,
        &more,
        Style::default()
            .fg(Color::Yellow)
            .add_modifier(Modifier::BOLD),
    );
    let top = area.bottom() - answer_rows;
    if answer_rows >= answer_h {
        blit(&abuf, 0, answer_rows, buf, area.x, top);
        return;
    }
    // The answer itself is longer than its rows (many choices, in two languages): a window that
    // follows the cursor, with a marker row, so every choice can be reached and seen.
    // A drafted list keeps its mark on the last row, under the marker of more choices.
    let marks = if layout.marker.is_some() { 2 } else { 1 };
    let shown = answer_rows.saturating_sub(marks).max(1);
    let (start, end) = layout.cursor.unwrap_or((0, 0));
    let first = if end + 1 > shown {
        (end + 1 - shown).min(start)
    } else {
        0
    }
    .min(answer_h.saturating_sub(shown));
    blit(&abuf, first, shown, buf, area.x, top);
    put(
        buf,
        area.x,
        top + shown,
        area.width,
        &s.t("tui-more-choices"),
        Style::default()
            .fg(Color::Yellow)
            .add_modifier(Modifier::BOLD),
    );
    if let Some(mk) = layout.marker {
        put(
            buf,
            area.x,
            top + shown + 1,
            area.width,
            &s.t(mk),
            Style::default().fg(Color::Yellow),
        );
    }
}

/// What the answer area tells the layout: where the cursor's choice is, and the translation
/// mark of its list (shown once).
#[derive(Default)]
struct AnswerLayout {
    cursor: Option<(u16, u16)>,
    marker: Option<&'static str>,
}

/// Rows enough for any prompt and answer list, laid out off-screen at the width of `area`.
const SCRATCH_ROWS: u16 = 96;

/// The rows the current question's prompt takes at the Model's width (for `update` to stop
/// scrolling at its end).
pub fn prompt_height(i: &Interview, s: &Shared) -> u16 {
    let Some((checklist, q)) = i.current.as_ref().and_then(|q| s.content.find(q)) else {
        return 0;
    };
    let area = scratch(Rect {
        x: 0,
        y: 0,
        width: s.width.saturating_sub(2).max(1),
        height: 1,
    });
    prompt_rows(s, i, checklist, q, &mut Buffer::empty(area), area)
}

fn scratch(area: Rect) -> Rect {
    Rect {
        x: area.x,
        y: 0,
        width: area.width,
        height: SCRATCH_ROWS,
    }
}

/// The bilingual prompt, the sensitive mark, the translation marker, the hint and the interpreter
/// note, from row 0 of `area`; returns the rows used.
fn prompt_rows(
    s: &Shared,
    i: &Interview,
    checklist: &crate::checklist::model::Checklist,
    q: &Question,
    buf: &mut Buffer,
    area: Rect,
) -> u16 {
    let content = &s.content;
    let mut y = area.y;
    // Officer language first, then the interviewee's, each on its own full-width lines.
    let officer = content.prompt(s.officer_lang, &checklist.id, &q.id);
    let theirs = content.prompt(i.lang, &checklist.id, &q.id);
    let tag = |lang: Lang| format!("[{}] ", lang.tag().to_uppercase());
    match &officer {
        Some(p) => {
            y = para(
                buf,
                area,
                y,
                &format!("{}{}", tag(s.officer_lang), p.text),
                bold(),
                0,
            );
            // The officer's own text can be a draft too (Thai): marked like the person's.
            if let Some(mk) = p.marker {
                y = para(
                    buf,
                    area,
                    y,
                    &s.t(mk),
                    Style::default().fg(Color::Yellow),
                    5,
                );
            }
        }
        None => {
            y = para(
                buf,
                area,
                y,
                &format!("{}{}", tag(s.officer_lang), s.t("tui-text-missing")),
                Style::default().fg(Color::Red),
                0,
            )
        }
    }
    if q.sensitive && !s.interpreter_view {
        y = para(
            buf,
            area,
            y,
            &s.t("tui-sensitive"),
            Style::default().fg(Color::Magenta),
            0,
        );
    }
    if i.lang != s.officer_lang {
        y += 1;
        match &theirs {
            Some(p) => {
                y = para(
                    buf,
                    area,
                    y,
                    &format!("{}{}", tag(i.lang), p.text),
                    Style::default().fg(ACCENT).add_modifier(Modifier::BOLD),
                    0,
                );
                if let Some(mk) = p.marker {
                    y = para(
                        buf,
                        area,
                        y,
                        &s.t(mk),
                        Style::default().fg(Color::Yellow),
                        5,
                    );
                }
            }
            None => {
                y = para(
                    buf,
                    area,
                    y,
                    &format!("{}{}", tag(i.lang), s.t("tui-text-missing")),
                    Style::default().fg(Color::Red),
                    0,
                )
            }
        }
    }
    if let Some(p) = &officer {
        if let Some(h) = &p.hint {
            y = para(buf, area, y, h, dim(), 5);
        }
        if let Some(n) = &p.interpreter {
            y += 1;
            y = para(
                buf,
                area,
                y,
                &format!("{}: {n}", s.t("tui-interpreter-note")),
                Style::default().fg(Color::Yellow),
                0,
            );
        }
    }
    y - area.y
}

#[allow(clippy::too_many_arguments)]
fn answer_area(
    s: &Shared,
    i: &Interview,
    checklist: &str,
    q: &Question,
    buf: &mut Buffer,
    area: Rect,
    mut y: u16,
    layout: &mut AnswerLayout,
) -> u16 {
    // The interpreter view never shows the officer's own answers (an officer-only question's
    // answer, the outcome) nor anything computed.
    let hide = s.interpreter_view && !q.to_person();
    let current = i.flow.answers().get(&q.id).filter(|_| !hide);
    let open_answers = [
        (
            Command::Unsure,
            crate::interview::answer::Answer::Unsure,
            "answer-unsure",
        ),
        (
            Command::Declined,
            crate::interview::answer::Answer::Declined,
            "answer-declined",
        ),
    ];
    // While a field takes typing, show the key that still works (e.g. M-u, not u).
    let typing = matches!(i.field, Field::Text(_));
    let key_of = |c: Command| {
        s.keymap
            .entries(Context::Question)
            .find(|(cmd, _)| *cmd == c)
            .and_then(|(_, keys)| {
                keys.iter()
                    .find(|k| !typing || k.typed_char().is_none())
                    .copied()
            })
            .map(|k| k.to_string())
            .unwrap_or_default()
    };
    let mut chips: Vec<(String, bool)> = Vec::new();
    match &q.kind {
        Kind::YesNo => {
            for (c, a, id) in [
                (
                    Command::Yes,
                    crate::interview::answer::Answer::Yes,
                    "answer-yes",
                ),
                (
                    Command::No,
                    crate::interview::answer::Answer::No,
                    "answer-no",
                ),
            ] {
                chips.push((
                    format!("[{}] {}", key_of(c), both(s, i, id)),
                    current == Some(&a),
                ));
            }
        }
        Kind::SingleChoice { choices } | Kind::MultipleChoice { choices } => {
            let (cursor, ticked) = match &i.field {
                Field::Choice { cursor, ticked } if !hide => (*cursor, ticked.clone()),
                _ => (0, vec![false; choices.len()]),
            };
            let multi = matches!(q.kind, Kind::MultipleChoice { .. });
            // Drafts are marked once under the list, not on every choice.
            let mut drafted: Option<&'static str> = None;
            let mut untranslated = false;
            for (k, c) in choices.iter().enumerate() {
                if y >= area.bottom() {
                    break;
                }
                let officer = s.content.choice(s.officer_lang, checklist, &q.id, c);
                let theirs = (i.lang != s.officer_lang)
                    .then(|| s.content.choice(i.lang, checklist, &q.id, c));
                for mk in [
                    officer.as_ref().and_then(|o| o.marker),
                    theirs
                        .as_ref()
                        .and_then(|t| t.as_ref().and_then(|t| t.marker)),
                ]
                .into_iter()
                .flatten()
                {
                    drafted = drafted.or(Some(mk));
                }
                let officer = officer.map(|o| o.text).unwrap_or_else(|| c.clone());
                // A missing translation is said once under the list, not on every choice.
                let theirs = match theirs {
                    Some(Some(t)) => Some(t.text),
                    Some(None) => {
                        untranslated = true;
                        None
                    }
                    None => None,
                };
                // 1–9, then 0 for the tenth choice.
                let digit = match k {
                    0..=8 => format!("{}", k + 1),
                    9 => "0".into(),
                    _ => " ".into(),
                };
                let tick = if multi {
                    if ticked[k] { "[x] " } else { "[ ] " }
                } else if ticked[k] {
                    "(•) "
                } else {
                    "( ) "
                };
                let prefix = format!("{digit} {tick}");
                let indent = text::width(&prefix) as u16;
                let room = area.width.saturating_sub(indent).max(1) as usize;
                let style = highlight(k == cursor && !s.interpreter_view);
                // One line when both languages fit; else each wrapped on its own rows, never cut.
                let one = match &theirs {
                    Some(t) => format!("{officer} / {t}"),
                    None => officer.clone(),
                };
                let rows: Vec<(String, Style)> = if text::width(&one) <= room {
                    vec![(one, style)]
                } else {
                    let mut rows: Vec<(String, Style)> = text::wrap(&officer, room)
                        .into_iter()
                        .map(|r| (r, style))
                        .collect();
                    if let Some(t) = &theirs {
                        let accent = if k == cursor && !s.interpreter_view {
                            style
                        } else {
                            Style::default().fg(ACCENT)
                        };
                        rows.extend(text::wrap(t, room).into_iter().map(|r| (r, accent)));
                    }
                    rows
                };
                let start = y;
                for (n, (row, st)) in rows.iter().enumerate() {
                    if y >= area.bottom() {
                        break;
                    }
                    if n == 0 {
                        put(buf, area.x, y, indent, &prefix, style);
                    }
                    put(buf, area.x + indent, y, area.width - indent, row, *st);
                    y += 1;
                }
                if k == cursor {
                    layout.cursor = Some((start, y.saturating_sub(1)));
                }
            }
            if untranslated && y < area.bottom() {
                y = para(
                    buf,
                    area,
                    y,
                    &s.t("tui-choices-text-missing"),
                    Style::default().fg(Color::Red),
                    0,
                );
            }
            // Services the person did not agree to share with that kind of organisation will
            // not be in any referral: said at the question, before a supervisor finds out.
            if q.id == SERVICES_QUESTION && !s.interpreter_view {
                let share_with = &i.doc().consent.share_with;
                let left_out: Vec<String> = choices
                    .iter()
                    .zip(&ticked)
                    .filter(|(c, t)| {
                        **t && !crate::domain::organisation::service_consented(c, share_with)
                    })
                    .map(|(c, _)| {
                        s.content
                            .choice(s.officer_lang, checklist, &q.id, c)
                            .map_or_else(|| c.clone(), |t| t.text)
                    })
                    .collect();
                if !left_out.is_empty() && y < area.bottom() {
                    y = para(
                        buf,
                        area,
                        y,
                        &s.t_args(
                            "tui-services-not-consented",
                            &[("services", left_out.join(", "))],
                        ),
                        Style::default().fg(Color::Red),
                        0,
                    );
                }
            }
            // The list's own, shorter mark: it must fit one row of the narrowest screen.
            let drafted = drafted.map(|mk| match mk {
                "tui-stale" => "tui-stale-choices",
                _ => "tui-machine-draft-choices",
            });
            layout.marker = drafted;
            if let Some(mk) = drafted
                && y < area.bottom()
            {
                y = para(
                    buf,
                    area,
                    y,
                    &s.t(mk),
                    Style::default().fg(Color::Yellow),
                    0,
                );
            }
        }
        _ => {
            if let Field::Text(input) = &i.field
                && !s.interpreter_view
            {
                let hint = kind_hint(s, q);
                put(buf, area.x, y, area.width, &hint, dim());
                y += 1;
                let value = input.value();
                let shown = format!("> {value}");
                put(buf, area.x, y, area.width, &shown, bold());
                // The caret after the text (the input keeps the cursor position).
                let before: String = value.chars().take(input.cursor()).collect();
                let cx = area.x + 2 + text::width(&before) as u16;
                if cx < area.right()
                    && let Some(cell) = buf.cell_mut((cx, y))
                {
                    cell.set_style(reverse());
                }
                y += 1;
            }
            if let Some(a) = current.filter(|a| !a.is_open()) {
                let v = a.to_json();
                let shown = match (a, v) {
                    (crate::interview::answer::Answer::Date(d), _) => shown_date(s, *d),
                    (_, v) => match v {
                        serde_json::Value::String(s) => s,
                        serde_json::Value::Object(_) => match a {
                            crate::interview::answer::Answer::TimeSince(t) => {
                                format!("{} {:?}", t.amount, t.unit).to_lowercase()
                            }
                            _ => String::new(),
                        },
                        other => other.to_string(),
                    },
                };
                if !s.interpreter_view {
                    put(
                        buf,
                        area.x,
                        y,
                        area.width,
                        &format!("{}: {shown}", s.t("tui-answer")),
                        Style::default().fg(Color::Green),
                    );
                    y += 1;
                }
            }
        }
    }
    for (c, a, id) in open_answers {
        chips.push((
            format!("[{}] {}", key_of(c), both(s, i, id)),
            current == Some(&a),
        ));
    }
    y += 1;
    let mut x = area.x;
    for (chip, on) in chips {
        let w = text::width(&chip) as u16 + 2;
        if x + w > area.right() {
            x = area.x;
            y += 1;
        }
        if y >= area.bottom() {
            break;
        }
        put(
            buf,
            x,
            y,
            w,
            &format!(" {chip} "),
            if on {
                Style::default().bg(Color::Green).fg(Color::Black)
            } else {
                Style::default()
            },
        );
        x += w + 1;
    }
    y + 1
}

/// An answer word in the officer's language, then the interviewee's when it differs.
fn both(s: &Shared, i: &Interview, id: &str) -> String {
    let a = s.t(id);
    if i.lang == s.officer_lang {
        return a;
    }
    let b = s.content.ui(i.lang, id, &[]);
    if a == b { a } else { format!("{a} / {b}") }
}
