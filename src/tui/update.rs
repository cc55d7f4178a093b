//! `update`: the only place the Model changes. Pure: no terminal, no disk, no clock (time comes
//! in with `Action::Tick`). Anything slow or outside (vault, scrypt) goes out as an `Effect`.

use tui_input::{Input, InputRequest};

use crate::checklist::model::{Kind, Question};
use crate::checklist::scoring::{self, Assessment, RuleStatus};
use crate::interview::answer::{Answer, TimeSince, TimeUnit};
use crate::interview::flow;
use crate::interview::record::{AnswerMeta, Decision, Languages, RecordDocument, Status, Stopped};

use super::action::{Action, AuditKind, Effect};
use super::keymap::{Command, Context, Key, KeyCode};
use super::model::{
    CaseRow, DECISION_KEY, Field, INTERVIEWEE_LANGUAGES, Interview, LockReason, LockScreen, Model,
    Notice, OUTCOMES, Overlay, Passphrase, Queue, Resume, ReviewFocus, ReviewForm, STOP_DETAIL_MAX,
    STOP_REASONS, Screen, SetupField, SetupForm, UnlockForm,
};

/// The stop reason recorded when the person does not consent to the interview.
pub const CONSENT_REFUSED: &str = "consent-refused";

pub fn update(m: &mut Model, action: Action) -> Vec<Effect> {
    match action {
        Action::Tick(now) => {
            m.now = now;
            if m.user.is_some()
                && m.lock.is_none()
                && !m.quitting
                && now.duration_since(m.last_activity) >= m.idle_lock_after
            {
                return lock(m, LockReason::Idle);
            }
            vec![]
        }
        Action::Resize(w, h) => {
            m.width = w;
            m.height = h;
            vec![]
        }
        Action::Shutdown => {
            m.quitting = true;
            let mut effects = save_draft(m);
            effects.push(Effect::Lock);
            effects.push(Effect::Quit);
            effects
        }
        Action::VaultMissing => {
            m.screen = Screen::Setup(SetupForm {
                name: Input::default(),
                unit: Input::default(),
                passphrase: Passphrase::default(),
                repeat: Passphrase::default(),
                focus: SetupField::Name,
                creating: false,
            });
            vec![]
        }
        Action::VaultOpened { users, unit } => {
            m.unit = unit;
            m.screen = Screen::Unlock(UnlockForm {
                users,
                selected: 0,
                passphrase: Passphrase::default(),
                unlocking: false,
                error: None,
            });
            vec![]
        }
        Action::Unlocked { user, unit } => {
            m.user = Some(user);
            m.unit = unit;
            m.last_activity = m.now;
            let mut effects = vec![Effect::ListCases];
            if let Some(lock) = m.lock.take()
                && let Some(resume) = lock.resume
            {
                if let Some(id) = &resume.record {
                    effects.push(Effect::OpenCase { id: id.clone() });
                }
                m.pending_resume = Some(resume);
            }
            m.screen = Screen::Queue(Queue {
                loading: true,
                ..Queue::default()
            });
            effects
        }
        Action::UnlockFailed {
            message,
            wrong_passphrase,
        } => {
            let text = if wrong_passphrase {
                m.t("tui-unlock-wrong")
            } else {
                message
            };
            if let Some(lock) = &mut m.lock {
                lock.unlocking = false;
                lock.error = Some(text);
            } else if let Screen::Unlock(form) = &mut m.screen {
                form.unlocking = false;
                form.error = Some(text);
            } else if let Screen::Setup(form) = &mut m.screen {
                form.creating = false;
                m.notice = Some(Notice::Failure(text));
            }
            vec![]
        }
        Action::Cases(mut rows) => {
            sort_queue(&mut rows);
            if let Screen::Queue(q) = &mut m.screen {
                q.cases = rows;
                q.loading = false;
                q.selected = q.selected.min(q.cases.len().saturating_sub(1));
            }
            vec![]
        }
        Action::Opened { id, doc } => {
            open_interview(m, id, *doc);
            vec![]
        }
        Action::Saved { slot, id, seq } => {
            if let Some(i) = m.interview_mut().filter(|i| i.slot == slot) {
                i.record = Some(id.clone());
                i.committed_seq = i.committed_seq.max(seq);
            }
            if let Some(r) = m
                .lock
                .as_mut()
                .and_then(|l| l.resume.as_mut())
                .filter(|r| r.slot == slot)
            {
                r.record = Some(id);
            }
            vec![]
        }
        Action::VaultFailed { message } => {
            if let Screen::Queue(q) = &mut m.screen {
                q.loading = false;
            }
            if let Screen::Setup(form) = &mut m.screen {
                form.creating = false;
            }
            m.notice = Some(Notice::Failure(message));
            vec![]
        }
        Action::Locked => vec![],
        Action::Referral(a) => super::partners::on_action(m, a),
        Action::Paste(text) => {
            m.last_activity = m.now;
            if let Some(input) = focused_input(m) {
                for c in text.chars().filter(|c| !c.is_control()) {
                    input.handle(InputRequest::InsertChar(c));
                }
            }
            vec![]
        }
        Action::Key(key) => {
            m.last_activity = m.now;
            m.notice = None;
            on_key(m, key)
        }
    }
}

/// Urgent cases first (more triggers first), then the earliest scheduled removal, then the most
/// recently touched.
pub fn sort_queue(rows: &mut [CaseRow]) {
    rows.sort_by(|a, b| {
        b.urgent
            .len()
            .cmp(&a.urgent.len())
            .then_with(|| match (a.removal, b.removal) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
            .then_with(|| b.updated.cmp(&a.updated))
    });
}

fn on_key(m: &mut Model, key: Key) -> Vec<Effect> {
    if m.lock.is_some() {
        return lock_key(m, key);
    }
    match &m.screen {
        Screen::Starting => vec![],
        Screen::Setup(_) => setup_key(m, key),
        Screen::Unlock(_) => unlock_key(m, key),
        _ => unlocked_key(m, key),
    }
}

fn passphrase_key(p: &mut Passphrase, key: Key) -> bool {
    if let Some(c) = key.typed_char() {
        p.0.push(c);
        true
    } else if key.code == KeyCode::Backspace {
        p.0.pop();
        true
    } else {
        false
    }
}

fn lock_key(m: &mut Model, key: Key) -> Vec<Effect> {
    let user = m.user.as_ref().map(|u| u.name.clone()).unwrap_or_default();
    let Some(lock) = &mut m.lock else {
        return vec![];
    };
    if lock.unlocking {
        return vec![];
    }
    if passphrase_key(&mut lock.passphrase, key) {
        return vec![];
    }
    match key.code {
        KeyCode::Enter if !lock.passphrase.is_empty() => {
            lock.unlocking = true;
            lock.error = None;
            vec![Effect::Unlock {
                user,
                passphrase: lock.passphrase.take(),
            }]
        }
        KeyCode::Esc => {
            lock.passphrase.take();
            vec![]
        }
        _ => vec![],
    }
}

fn setup_key(m: &mut Model, key: Key) -> Vec<Effect> {
    let Screen::Setup(form) = &mut m.screen else {
        return vec![];
    };
    if form.creating {
        return vec![];
    }
    let next = |f: SetupField| match f {
        SetupField::Name => SetupField::Unit,
        SetupField::Unit => SetupField::Passphrase,
        SetupField::Passphrase => SetupField::Repeat,
        SetupField::Repeat => SetupField::Name,
    };
    let prev = |f: SetupField| match f {
        SetupField::Name => SetupField::Repeat,
        SetupField::Unit => SetupField::Name,
        SetupField::Passphrase => SetupField::Unit,
        SetupField::Repeat => SetupField::Passphrase,
    };
    match key.code {
        KeyCode::Tab | KeyCode::Down => {
            form.focus = next(form.focus);
            return vec![];
        }
        KeyCode::BackTab | KeyCode::Up => {
            form.focus = prev(form.focus);
            return vec![];
        }
        KeyCode::Enter if form.focus != SetupField::Repeat => {
            form.focus = next(form.focus);
            return vec![];
        }
        KeyCode::Enter => {
            let name = form.name.value().trim().to_owned();
            let unit = form.unit.value().trim().to_owned();
            let problem = if name.is_empty() {
                Some(("tui-setup-need-name", SetupField::Name))
            } else if unit.is_empty() {
                Some(("tui-setup-need-unit", SetupField::Unit))
            } else if form.passphrase.len() < 8 {
                Some(("tui-setup-short-passphrase", SetupField::Passphrase))
            } else if *form.passphrase.0 != *form.repeat.0 {
                Some(("tui-setup-mismatch", SetupField::Repeat))
            } else {
                None
            };
            if let Some((msg, field)) = problem {
                form.focus = field;
                if field == SetupField::Repeat {
                    form.repeat.take();
                }
                m.notice = Some(Notice::Error(msg, vec![]));
                return vec![];
            }
            form.creating = true;
            form.repeat.take();
            return vec![Effect::CreateVault {
                supervisor: name,
                unit,
                passphrase: form.passphrase.take(),
            }];
        }
        _ => {}
    }
    match form.focus {
        SetupField::Name => edit_input(&mut form.name, key),
        SetupField::Unit => edit_input(&mut form.unit, key),
        SetupField::Passphrase => passphrase_key(&mut form.passphrase, key),
        SetupField::Repeat => passphrase_key(&mut form.repeat, key),
    };
    vec![]
}

fn unlock_key(m: &mut Model, key: Key) -> Vec<Effect> {
    let Screen::Unlock(form) = &mut m.screen else {
        return vec![];
    };
    if form.unlocking {
        return vec![];
    }
    if passphrase_key(&mut form.passphrase, key) {
        form.error = None;
        return vec![];
    }
    match key.code {
        KeyCode::Up => form.selected = form.selected.saturating_sub(1),
        KeyCode::Down | KeyCode::Tab => {
            form.selected = (form.selected + 1).min(form.users.len().saturating_sub(1))
        }
        KeyCode::Enter if !form.passphrase.is_empty() => {
            let Some(user) = form.users.get(form.selected) else {
                return vec![];
            };
            form.unlocking = true;
            form.error = None;
            return vec![Effect::Unlock {
                user: user.name.clone(),
                passphrase: form.passphrase.take(),
            }];
        }
        KeyCode::Esc => {
            form.passphrase.take();
        }
        _ => {}
    }
    vec![]
}

/// Keys that edit a text field; false when the key is not an edit.
fn edit_input(input: &mut Input, key: Key) -> bool {
    if key.ctrl || key.alt {
        return false;
    }
    let req = match key.code {
        KeyCode::Char(c) => InputRequest::InsertChar(c),
        KeyCode::Backspace => InputRequest::DeletePrevChar,
        KeyCode::Delete => InputRequest::DeleteNextChar,
        KeyCode::Left => InputRequest::GoToPrevChar,
        KeyCode::Right => InputRequest::GoToNextChar,
        KeyCode::Home => InputRequest::GoToStart,
        KeyCode::End => InputRequest::GoToEnd,
        _ => return false,
    };
    input.handle(req);
    true
}

/// The text field that has focus, if any.
pub fn focused_input(m: &mut Model) -> Option<&mut Input> {
    if m.lock.is_some() {
        return None;
    }
    if matches!(
        m.overlay,
        Some(
            Overlay::Note(_)
                | Overlay::Stop {
                    detail: Some(_),
                    ..
                }
        )
    ) {
        return match &mut m.overlay {
            Some(Overlay::Note(input))
            | Some(Overlay::Stop {
                detail: Some(input),
                ..
            }) => Some(input),
            _ => None,
        };
    }
    if matches!(m.overlay, Some(Overlay::Export(_))) {
        return match &mut m.overlay {
            Some(Overlay::Export(d)) => d.focused_input(),
            _ => None,
        };
    }
    if m.overlay.is_some() || m.interpreter_view {
        return None;
    }
    match &mut m.screen {
        Screen::Queue(q) => q.search.as_mut(),
        Screen::Interview(i) => match &mut i.field {
            Field::Text(input) => Some(input),
            _ => None,
        },
        Screen::Review(_, form) if form.focus == ReviewFocus::Reason => Some(&mut form.reason),
        Screen::Partners(p) => p.focused_input(),
        Screen::Setup(form) => match form.focus {
            SetupField::Name => Some(&mut form.name),
            SetupField::Unit => Some(&mut form.unit),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a text field has focus (plain characters are typed, not commands).
pub fn typing(m: &Model) -> bool {
    if m.lock.is_some() {
        return true;
    }
    if matches!(
        m.overlay,
        Some(
            Overlay::Note(_)
                | Overlay::Stop {
                    detail: Some(_),
                    ..
                }
        )
    ) {
        return true;
    }
    if let Some(Overlay::Export(d)) = &m.overlay {
        return d.typing();
    }
    if m.overlay.is_some() || m.interpreter_view {
        return false;
    }
    match &m.screen {
        Screen::Queue(q) => q.search.is_some(),
        Screen::Interview(i) => matches!(i.field, Field::Text(_)),
        Screen::Review(_, f) => f.focus == ReviewFocus::Reason,
        Screen::Partners(p) => p.typing(),
        Screen::Setup(_) | Screen::Unlock(_) => true,
        Screen::Starting => false,
    }
}

fn unlocked_key(m: &mut Model, key: Key) -> Vec<Effect> {
    let is_typing = typing(m);
    if is_typing
        && let Some(input) = focused_input(m)
        && edit_input(input, key)
    {
        if let Some(i) = m.interview_mut() {
            i.field_error = None;
        }
        if let Screen::Queue(q) = &mut m.screen {
            q.selected = 0;
        }
        return vec![];
    }
    let ctx = m.screen.context();
    let cmd = m.keymap.lookup(ctx, key, is_typing);
    let in_interview = matches!(m.screen, Screen::Interview(_) | Screen::Review(..));
    match cmd {
        Some(Command::QuickLock) => return lock(m, LockReason::Quick),
        Some(Command::Help) => {
            m.overlay = match m.overlay {
                Some(Overlay::Help) => None,
                _ => Some(Overlay::Help),
            };
            return vec![];
        }
        Some(Command::SwitchLanguage) => {
            m.officer_lang = if m.officer_lang == "en" { "th" } else { "en" }.to_owned();
            return vec![];
        }
        Some(Command::InterpreterView)
            if !matches!(
                m.screen,
                Screen::Setup(_) | Screen::Unlock(_) | Screen::Starting
            ) =>
        {
            m.interpreter_view = !m.interpreter_view;
            m.overlay = None;
            return vec![];
        }
        Some(Command::Urgent) if in_interview => {
            m.overlay = None;
            m.interpreter_view = false;
            go_urgent(m);
            return vec![];
        }
        Some(Command::Stop) if in_interview => {
            m.interpreter_view = false;
            m.overlay = Some(Overlay::Stop {
                cursor: 0,
                detail: None,
            });
            return vec![];
        }
        Some(Command::Pause) if in_interview => return pause(m),
        _ => {}
    }
    if m.overlay.is_some() {
        return overlay_key(m, key, cmd);
    }
    if m.interpreter_view && cmd == Some(Command::Back) {
        m.interpreter_view = false;
        return vec![];
    }
    // Nothing changes behind the interpreter's back: off a question, keys wait for the view to
    // close.
    if m.interpreter_view && !matches!(&m.screen, Screen::Interview(i) if i.current.is_some()) {
        return vec![];
    }
    match &m.screen {
        Screen::Queue(_) => queue_key(m, key, cmd),
        Screen::Interview(_) => question_key(m, key, cmd),
        Screen::Review(..) => review_key(m, key, cmd),
        Screen::Partners(_) => super::partners::key(m, key, cmd),
        _ => vec![],
    }
}

fn list_move(cursor: &mut usize, len: usize, key: Key) -> bool {
    match key.code {
        KeyCode::Up => *cursor = cursor.saturating_sub(1),
        KeyCode::Down => *cursor = (*cursor + 1).min(len.saturating_sub(1)),
        KeyCode::Char(c) if c.is_ascii_digit() && c != '0' && !key.ctrl && !key.alt => {
            let n = c as usize - '1' as usize;
            if n < len {
                *cursor = n;
            } else {
                return false;
            }
        }
        _ => return false,
    }
    true
}

fn overlay_key(m: &mut Model, key: Key, cmd: Option<Command>) -> Vec<Effect> {
    let sections = match m.overlay {
        Some(Overlay::JumpSection { .. }) => sections(m),
        _ => vec![],
    };
    let Some(overlay) = &mut m.overlay else {
        return vec![];
    };
    let back = cmd == Some(Command::Back) || key.code == KeyCode::Esc;
    match overlay {
        Overlay::Export(_) => super::export::key(m, key, cmd),
        Overlay::Help => {
            m.overlay = None;
            vec![]
        }
        Overlay::NewInterview { cursor } => {
            if back {
                m.overlay = None;
                return vec![];
            }
            let digit = key.typed_char().is_some_and(|c| c.is_ascii_digit());
            if list_move(cursor, INTERVIEWEE_LANGUAGES.len(), key) && !digit {
                return vec![];
            }
            if key.code == KeyCode::Enter || digit {
                let lang = INTERVIEWEE_LANGUAGES[*cursor];
                m.overlay = None;
                start_interview(m, lang);
            }
            vec![]
        }
        Overlay::JumpSection { cursor, typed } => {
            if back {
                m.overlay = None;
                return vec![];
            }
            let len = sections.len();
            // Section numbers take one or two digits: `1` waits while `10`–`19` exist.
            let digit = key
                .typed_char()
                .and_then(|c| c.to_digit(10))
                .map(|d| d as usize);
            let jump = match (digit, typed.take()) {
                (Some(d), Some(first)) if (1..=len).contains(&(first * 10 + d)) => {
                    *cursor = first * 10 + d - 1;
                    true
                }
                (Some(_), Some(_)) | (Some(0), None) => false,
                (Some(d), None) if d <= len => {
                    *cursor = d - 1;
                    if d * 10 < len + 1 {
                        *typed = Some(d);
                        false
                    } else {
                        true
                    }
                }
                (Some(_), None) => false,
                (None, _) => {
                    list_move(cursor, len, key);
                    key.code == KeyCode::Enter
                }
            };
            if jump {
                let target = sections.get(*cursor).map(|s| s.first_question.clone());
                m.overlay = None;
                if let Some(q) = target {
                    go_to(m, Some(q));
                }
            }
            vec![]
        }
        Overlay::Note(input) => {
            if back {
                m.overlay = None;
                return vec![];
            }
            if key.code == KeyCode::Enter {
                let text = input.value().trim().to_owned();
                m.overlay = None;
                let seq_effects = {
                    let Some(i) = m.interview_mut() else {
                        return vec![];
                    };
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
                    i.sent_seq
                };
                return save(m, seq_effects);
            }
            vec![]
        }
        Overlay::Stop { cursor, detail } => {
            if let Some(input) = detail {
                if back {
                    *detail = None;
                    return vec![];
                }
                if key.code == KeyCode::Enter {
                    let text: String = input
                        .value()
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ");
                    let id = STOP_REASONS[*cursor];
                    let reason = if text.is_empty() {
                        id.to_owned()
                    } else {
                        format!("{id}: {text}")
                    };
                    m.overlay = None;
                    return stop(m, &reason);
                }
                if input.value().chars().count() < STOP_DETAIL_MAX
                    || !matches!(key.code, KeyCode::Char(_))
                {
                    edit_input(input, key);
                }
                return vec![];
            }
            if back {
                m.overlay = None;
                return vec![];
            }
            let digit = key.typed_char().is_some_and(|c| c.is_ascii_digit());
            if list_move(cursor, STOP_REASONS.len(), key) && !digit {
                return vec![];
            }
            if key.code == KeyCode::Enter || digit {
                *detail = Some(Input::default());
            }
            vec![]
        }
    }
}

fn queue_key(m: &mut Model, key: Key, cmd: Option<Command>) -> Vec<Effect> {
    let Screen::Queue(q) = &mut m.screen else {
        return vec![];
    };
    let len = q.visible().len();
    match cmd {
        Some(Command::Up) => q.selected = q.selected.saturating_sub(1),
        Some(Command::Down) => q.selected = (q.selected + 1).min(len.saturating_sub(1)),
        Some(Command::Search) => {
            q.search = Some(Input::default());
            q.selected = 0;
        }
        Some(Command::Back) => {
            q.search = None;
        }
        Some(Command::Open) => {
            if let Some(row) = q.visible().get(q.selected) {
                let id = row.id.clone();
                q.loading = true;
                return vec![Effect::OpenCase { id }];
            }
        }
        Some(Command::Partners) => return super::partners::open(m),
        Some(Command::NewInterview) => {
            m.overlay = Some(Overlay::NewInterview { cursor: 0 });
        }
        Some(Command::Quit) => {
            m.quitting = true;
            return vec![Effect::Lock, Effect::Quit];
        }
        _ => {
            let _ = key;
        }
    }
    vec![]
}

/// Starts a new interview in the interviewee's language at the first visible question.
pub fn start_interview(m: &mut Model, lang: &str) {
    let slot = m.take_slot();
    let doc = RecordDocument {
        schema: crate::interview::record::RECORD_SCHEMA,
        checklist: "screening".to_owned(),
        languages: Some(Languages {
            officer: m.officer_lang.clone(),
            interviewee: lang.to_owned(),
        }),
        ..RecordDocument::default()
    };
    let mut interview = Interview::new(
        slot,
        lang,
        flow::Interview::new(doc, m.content.checklists()),
    );
    interview.current = interview
        .flow
        .visible(m.content.checklists())
        .first()
        .map(|r| r.question.clone());
    m.screen = Screen::Interview(Box::new(interview));
    m.interpreter_view = false;
    refresh_field(m);
}

fn open_interview(m: &mut Model, id: String, doc: RecordDocument) {
    let slot = m.take_slot();
    let lang = doc
        .languages
        .as_ref()
        .map(|l| l.interviewee.clone())
        .unwrap_or_else(|| "en".to_owned());
    let checklists = m.content.checklists();
    let mut interview = Interview::new(slot, &lang, flow::Interview::new(doc, checklists));
    interview.record = Some(id.clone());
    // Everything read from the vault is committed.
    let answered: Vec<String> = interview.flow.answers().keys().cloned().collect();
    for q in answered {
        interview.changed_at.insert(q, 0);
    }
    let resume = m
        .pending_resume
        .take()
        .filter(|r| r.record.as_deref() == Some(id.as_str()));
    let visible = interview.flow.visible(checklists);
    let to_review = resume.as_ref().is_some_and(|r| r.review);
    interview.current = match resume.and_then(|r| r.question) {
        Some(q) => Some(q),
        None => interview
            .flow
            .next_unanswered(checklists, None)
            .or_else(|| visible.last().cloned())
            .map(|r| r.question),
    };
    if interview.doc().decision.is_some() {
        interview.changed_at.insert(DECISION_KEY.to_owned(), 0);
    }
    m.screen = Screen::Interview(Box::new(interview));
    refresh_field(m);
    if to_review {
        open_review(m);
    }
}

/// Sets the input field for the current question from its answer.
fn refresh_field(m: &mut Model) {
    let content = m.content.clone();
    let Some(i) = m.interview_mut() else { return };
    i.field_error = None;
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
        Kind::Date => text
            .parse::<jiff::civil::Date>()
            .map(Answer::Date)
            .map_err(|_| "tui-field-date"),
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

fn current_question(m: &Model) -> Option<Question> {
    let i = m.interview()?;
    let qid = i.current.as_ref()?;
    m.content.find(qid).map(|(_, q)| q.clone())
}

fn question_key(m: &mut Model, key: Key, cmd: Option<Command>) -> Vec<Effect> {
    let Some(q) = current_question(m) else {
        // Past the last question: Enter goes to review, Esc back.
        return match cmd {
            Some(Command::Previous | Command::Back) => {
                go_relative(m, -1);
                vec![]
            }
            Some(Command::Next | Command::Review) => {
                open_review(m);
                vec![]
            }
            Some(Command::JumpSection) => {
                m.overlay = Some(Overlay::JumpSection {
                    cursor: 0,
                    typed: None,
                });
                vec![]
            }
            _ => vec![],
        };
    };
    if (key.ctrl || key.alt) && matches!(key.code, KeyCode::Down | KeyCode::Up) {
        // Ctrl-↓ / Ctrl-↑ scroll a long prompt (the view also clamps it to what fits).
        let last = super::view::prompt_height(m).saturating_sub(3);
        let Some(i) = m.interview_mut() else {
            return vec![];
        };
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
    if is_choice {
        let Some(i) = m.interview_mut() else {
            return vec![];
        };
        if let Field::Choice { cursor, ticked } = &mut i.field {
            let len = ticked.len();
            let digit = key.typed_char().filter(|c| c.is_ascii_digit() && *c != '0');
            match (key.code, digit) {
                (KeyCode::Up, _) | (KeyCode::Down, _) => {
                    list_move(cursor, len, key);
                    return vec![];
                }
                (_, Some(c)) => {
                    let n = c as usize - '1' as usize;
                    if n >= len {
                        return vec![];
                    }
                    *cursor = n;
                    if let Kind::SingleChoice { choices } = &q.kind {
                        return answer(m, &q.id, Answer::Choice(choices[n].clone()));
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
                    let a = match &q.kind {
                        Kind::SingleChoice { choices } => Answer::Choice(choices[*cursor].clone()),
                        _ => Answer::Choices(picked),
                    };
                    return answer(m, &q.id, a);
                }
                _ => {}
            }
        }
    }
    match cmd {
        Some(Command::Yes) if q.kind == Kind::YesNo => answer(m, &q.id, Answer::Yes),
        Some(Command::No) if q.kind == Kind::YesNo => answer(m, &q.id, Answer::No),
        Some(Command::Unsure) => answer(m, &q.id, Answer::Unsure),
        Some(Command::Declined) => answer(m, &q.id, Answer::Declined),
        Some(Command::Next) => {
            if key.code == KeyCode::Enter
                && let Some(i) = m.interview_mut()
                && let Field::Text(input) = &i.field
            {
                let text = input.value().to_owned();
                if !text.trim().is_empty() {
                    return match parse_typed(&q, &text) {
                        Ok(a) => answer(m, &q.id, a),
                        Err(msg) => {
                            i.field_error = Some(msg);
                            vec![]
                        }
                    };
                }
            }
            go_relative(m, 1);
            vec![]
        }
        Some(Command::Previous | Command::Back) => {
            go_relative(m, -1);
            vec![]
        }
        Some(Command::JumpSection) => {
            m.overlay = Some(Overlay::JumpSection {
                cursor: 0,
                typed: None,
            });
            vec![]
        }
        Some(Command::Note) => {
            let existing = m
                .interview()
                .and_then(|i| i.doc().question_notes.get(&q.id).cloned())
                .unwrap_or_default();
            m.overlay = Some(Overlay::Note(Input::new(existing)));
            vec![]
        }
        Some(Command::Review) => {
            open_review(m);
            vec![]
        }
        _ => vec![],
    }
}

/// Records an answer, saves, and moves on (or stops, when consent is refused).
pub fn answer(m: &mut Model, qid: &str, a: Answer) -> Vec<Effect> {
    let now = m.now;
    let content = m.content.clone();
    let checklists = content.checklists();
    let Some(i) = m.interview_mut() else {
        return vec![];
    };
    let meta = AnswerMeta {
        lang: i.lang.clone(),
        at: now.to_string(),
    };
    if i.flow.set_answer(checklists, qid, a, meta).is_err() {
        i.field_error = Some("tui-field-invalid");
        return vec![];
    }
    i.sent_seq += 1;
    i.changed_at.insert(qid.to_owned(), i.sent_seq);
    let seq = i.sent_seq;
    if i.flow.consent_refused(checklists) {
        return stop(m, CONSENT_REFUSED);
    }
    let effects = save(m, seq);
    go_after(m, qid);
    effects
}

/// Asks for the record to be saved; `Action::Saved` comes back after the commit.
fn save(m: &mut Model, seq: u64) -> Vec<Effect> {
    let Some(i) = m.interview_mut() else {
        return vec![];
    };
    vec![Effect::Save {
        slot: i.slot,
        id: i.record.clone(),
        doc: Box::new(i.flow.record().clone()),
        seq,
    }]
}

fn go_to(m: &mut Model, q: Option<String>) {
    if let Some(i) = m.interview_mut() {
        i.current = q;
    }
    refresh_field(m);
}

/// Moves to the next visible question after `qid` (the skip logic may have changed), or past
/// the end.
fn go_after(m: &mut Model, qid: &str) {
    let content = m.content.clone();
    let Some(i) = m.interview() else { return };
    let order: Vec<&str> = content
        .checklists()
        .iter()
        .flat_map(|c| c.questions.iter().map(|q| q.id.as_str()))
        .collect();
    let rank = |q: &str| order.iter().position(|o| *o == q).unwrap_or(0);
    let here = rank(qid);
    let next = i
        .flow
        .visible(content.checklists())
        .into_iter()
        .map(|r| r.question)
        .find(|q| rank(q) > here);
    go_to(m, next);
}

fn go_relative(m: &mut Model, delta: i32) {
    let content = m.content.clone();
    let Some(i) = m.interview() else { return };
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
                go_after(m, &cur);
                return;
            }
        },
    };
    go_to(m, target);
}

/// Goes to the first open question of the urgent-needs checklist (else the first one); without
/// that checklist, to the questions carrying urgent tags.
fn go_urgent(m: &mut Model) {
    let content = m.content.clone();
    let Some(i) = m.interview() else { return };
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
    let target = urgent
        .iter()
        .find(|q| !i.flow.answers().contains_key(*q))
        .or(urgent.first())
        .cloned();
    if let Screen::Review(..) = m.screen {
        back_from_review(m);
    }
    if target.is_some() {
        go_to(m, target);
    }
}

pub struct SectionEntry {
    pub checklist: String,
    pub section: String,
    pub first_question: String,
    pub answered: usize,
    pub total: usize,
}

/// Sections with at least one visible question, in interview order.
pub fn sections(m: &Model) -> Vec<SectionEntry> {
    let Some(i) = m.interview() else {
        return vec![];
    };
    let mut out: Vec<SectionEntry> = Vec::new();
    for (c, q) in i.flow.visible_questions(m.content.checklists()) {
        let answered = usize::from(i.flow.answers().contains_key(&q.id));
        match out.last_mut() {
            Some(e) if e.checklist == c.id && e.section == q.section => {
                e.total += 1;
                e.answered += answered;
            }
            _ => out.push(SectionEntry {
                checklist: c.id.clone(),
                section: q.section.clone(),
                first_question: q.id.clone(),
                answered,
                total: 1,
            }),
        }
    }
    out
}

fn save_draft(m: &mut Model) -> Vec<Effect> {
    let Some(i) = m.interview() else {
        return vec![];
    };
    if i.flow.answers().is_empty() && i.doc().question_notes.is_empty() {
        return vec![];
    }
    let seq = i.sent_seq;
    save(m, seq)
}

fn pause(m: &mut Model) -> Vec<Effect> {
    let mut effects = save_draft(m);
    effects.push(Effect::ListCases);
    leave_to_queue(m);
    m.notice = Some(Notice::Info("tui-paused", vec![]));
    effects
}

fn leave_to_queue(m: &mut Model) {
    m.overlay = None;
    m.interpreter_view = false;
    m.screen = Screen::Queue(Queue {
        loading: true,
        ..Queue::default()
    });
}

/// Stops the interview: saved with the reason. When consent was refused, only what the person
/// agreed to is kept (the engine decides what that is).
fn stop(m: &mut Model, reason: &str) -> Vec<Effect> {
    let now = m.now;
    let content = m.content.clone();
    let Some(i) = m.interview_mut() else {
        return vec![];
    };
    if reason == CONSENT_REFUSED {
        i.flow.keep_only_consented(content.checklists());
    }
    let doc = i.flow.record_mut();
    doc.status = Status::Stopped;
    doc.stopped = Some(Stopped {
        reason: reason.to_owned(),
        at: now.to_string(),
    });
    i.sent_seq += 1;
    let seq = i.sent_seq;
    let slot = i.slot;
    let mut effects = save(m, seq);
    effects.push(Effect::Audit(AuditKind::InterviewStopped { slot }));
    effects.push(Effect::ListCases);
    leave_to_queue(m);
    m.notice = Some(Notice::Info(
        if reason == CONSENT_REFUSED {
            "tui-stopped-consent"
        } else {
            "tui-stopped"
        },
        vec![],
    ));
    effects
}

fn lock(m: &mut Model, reason: LockReason) -> Vec<Effect> {
    // A decision chosen on the review screen is kept before the Model forgets it.
    let mut effects = match m.screen {
        Screen::Review(..) => commit_decision(m),
        _ => vec![],
    };
    let on_review = matches!(m.screen, Screen::Review(..));
    let resume = m.interview().map(|i| Resume {
        review: on_review,
        ..i.resume()
    });
    // The screen and every piece of case data in the Model go now; the vault keeps the draft.
    m.screen = Screen::Queue(Queue::default());
    m.overlay = None;
    m.interpreter_view = false;
    m.notice = None;
    m.lock = Some(LockScreen {
        reason,
        passphrase: Passphrase::default(),
        unlocking: false,
        error: None,
        resume,
    });
    effects.push(Effect::Audit(match reason {
        LockReason::Quick => AuditKind::QuickLock,
        LockReason::Idle => AuditKind::IdleLock,
    }));
    effects.push(Effect::Lock);
    effects
}

/// Writes the decision chosen on the review screen into the record (the interview stays a
/// draft until hand-off) and saves it; `Action::Saved` then shows the saved mark.
fn commit_decision(m: &mut Model) -> Vec<Effect> {
    let user = m.user.as_ref().map(|u| u.name.clone()).unwrap_or_default();
    let now = m.now;
    let Screen::Review(i, form) = &mut m.screen else {
        return vec![];
    };
    let Some(outcome) = form.outcome.map(|o| OUTCOMES[o]) else {
        return vec![];
    };
    let reason = form.reason.value().trim().to_owned();
    let doc = i.flow.record_mut();
    if doc
        .decision
        .as_ref()
        .is_some_and(|d| d.outcome == outcome && d.reason == reason)
    {
        return vec![];
    }
    doc.decision = Some(Decision {
        outcome: outcome.to_owned(),
        reason,
        by: user,
        at: now.to_string(),
    });
    i.sent_seq += 1;
    i.changed_at.insert(DECISION_KEY.to_owned(), i.sent_seq);
    let seq = i.sent_seq;
    save(m, seq)
}

fn open_review(m: &mut Model) {
    let screen = std::mem::replace(&mut m.screen, Screen::Starting);
    m.screen = match screen {
        Screen::Interview(i) => {
            let outcome = i
                .doc()
                .decision
                .as_ref()
                .and_then(|d| OUTCOMES.iter().position(|o| *o == d.outcome));
            let reason = i
                .doc()
                .decision
                .as_ref()
                .map(|d| d.reason.clone())
                .unwrap_or_default();
            Screen::Review(
                i,
                ReviewForm {
                    cursor: outcome.unwrap_or(0),
                    outcome,
                    reason: Input::new(reason),
                    focus: ReviewFocus::Outcome,
                },
            )
        }
        other => other,
    };
}

fn back_from_review(m: &mut Model) {
    let screen = std::mem::replace(&mut m.screen, Screen::Starting);
    m.screen = match screen {
        Screen::Review(i, _) => Screen::Interview(i),
        other => other,
    };
    refresh_field(m);
}

/// The ILO indicator assessment of the open interview, from the checklist carrying the scoring
/// rule, for the profile the answers give.
pub fn assessment(m: &Model) -> Option<Assessment> {
    let i = m.interview()?;
    let checklists = m.content.checklists();
    let scored = checklists.iter().find(|c| c.scoring.is_some())?;
    let profile = i.flow.profile(checklists);
    scoring::assess_in(
        checklists,
        scored,
        profile,
        &i.flow.visible_answers(checklists),
    )
    .ok()
}

/// A decision that departs from the computed rule needs a reason: referring as a presumed
/// victim when the rule is not met, or anything else when it is.
pub fn needs_reason(rule: Option<RuleStatus>, outcome: &str) -> bool {
    match rule {
        Some(RuleStatus::Met) => outcome != OUTCOMES[0],
        Some(RuleStatus::NotMet) => outcome == OUTCOMES[0],
        _ => false,
    }
}

fn review_key(m: &mut Model, key: Key, cmd: Option<Command>) -> Vec<Effect> {
    let rule = assessment(m).map(|a| a.rule);
    let user = m.user.as_ref().map(|u| u.name.clone()).unwrap_or_default();
    let now = m.now;
    let Screen::Review(_, form) = &mut m.screen else {
        return vec![];
    };
    if key.code == KeyCode::Tab || key.code == KeyCode::BackTab {
        form.focus = match form.focus {
            ReviewFocus::Outcome => ReviewFocus::Reason,
            ReviewFocus::Reason => ReviewFocus::Outcome,
        };
        return vec![];
    }
    match cmd {
        Some(Command::Back) if form.focus == ReviewFocus::Reason => {
            form.focus = ReviewFocus::Outcome;
        }
        Some(Command::Back) => back_from_review(m),
        Some(Command::Up) => form.cursor = form.cursor.saturating_sub(1),
        Some(Command::Down) => form.cursor = (form.cursor + 1).min(OUTCOMES.len() - 1),
        Some(Command::Decide) if form.focus == ReviewFocus::Outcome => {
            form.outcome = Some(form.cursor);
            form.focus = ReviewFocus::Reason;
            return commit_decision(m);
        }
        Some(Command::Decide) => {
            form.focus = ReviewFocus::Outcome;
            return commit_decision(m);
        }
        Some(Command::Export) => return super::export::open(m),
        Some(Command::HandOff) => {
            let Some(outcome) = form.outcome.map(|o| OUTCOMES[o]) else {
                m.notice = Some(Notice::Error("tui-review-need-outcome", vec![]));
                return vec![];
            };
            let reason = form.reason.value().trim().to_owned();
            if reason.is_empty() && needs_reason(rule, outcome) {
                form.focus = ReviewFocus::Reason;
                m.notice = Some(Notice::Error("tui-review-need-reason", vec![]));
                return vec![];
            }
            let Some(i) = m.interview_mut() else {
                return vec![];
            };
            let doc = i.flow.record_mut();
            doc.decision = Some(Decision {
                outcome: outcome.to_owned(),
                reason,
                by: user,
                at: now.to_string(),
            });
            doc.status = Status::AwaitingReview;
            i.sent_seq += 1;
            let seq = i.sent_seq;
            let mut effects = save(m, seq);
            effects.push(Effect::ListCases);
            leave_to_queue(m);
            m.notice = Some(Notice::Info("tui-handed-off", vec![]));
            return effects;
        }
        _ => {
            if let Some(c) = key.typed_char().filter(|c| c.is_ascii_digit() && *c != '0')
                && form.focus == ReviewFocus::Outcome
            {
                let n = c as usize - '1' as usize;
                if n < OUTCOMES.len() {
                    form.cursor = n;
                    form.outcome = Some(n);
                    form.focus = ReviewFocus::Reason;
                    return commit_decision(m);
                }
            }
        }
    }
    vec![]
}

/// Context for the footer and help: the screen's, or global on screens without a keymap.
pub fn context(m: &Model) -> Context {
    m.screen.context()
}
