//! `update`: the only place the Model changes, and the router between the rooms. Pure: no
//! terminal, no disk, no clock (time comes in with `Action::Tick`). Anything slow or outside
//! (vault, scrypt) goes out as an `Effect`.
//!
//! It hands each Action to the room it concerns, and each key to the room that has it (the lock
//! screen, else the overlay, else the screen) once the keys that work everywhere are handled
//! here: quick lock, help, interpreter view, language switch, and on an interview urgent, stop
//! and pause. Then it carries out what the rooms asked for ([`Go`]), in order.

use tui_input::{Input, InputRequest};

use crate::domain::Lang;
use crate::interview::answer::Answer;
use crate::interview::record::RecordDocument;

use super::action::{Action, AuditKind, Effect, ReferralAction, ReferralEffect};
use super::keymap::{Command, Context, Key, KeyCode};
use super::model::{Model, Overlay, Screen};
use super::screens::jump::{self, JumpSection};
use super::screens::lock::{self, LockReason, LockScreen};
use super::screens::new_interview::{self, LanguagePick};
use super::screens::question::{self, Field};
use super::screens::queue::{self, Queue};
use super::screens::review::{self, ReviewForm};
use super::screens::setup::{self, SetupForm};
use super::screens::unlock::{self, UnlockForm};
use super::screens::{export, help, note, partners, stop};
use super::shared::{Go, Notice, OverlayRoom, Resume, edit_input};

// The paths the tests name (`tui::update::…`) from before the rooms had modules.
pub use super::screens::jump::SectionEntry;
pub use super::screens::question::parse_typed;
pub use super::screens::queue::sort_queue;
pub use super::screens::review::needs_reason;

pub fn update(m: &mut Model, action: Action) -> Vec<Effect> {
    let mut effects = on_action(m, action);
    effects.extend(follow(m));
    effects
}

fn on_action(m: &mut Model, action: Action) -> Vec<Effect> {
    match action {
        Action::Tick(now) => {
            let s = &mut m.shared;
            s.now = now;
            if s.user.is_some()
                && m.lock.is_none()
                && !s.quitting
                && now.duration_since(s.last_activity) >= s.idle_lock_after
            {
                return lock(m, LockReason::Idle);
            }
            vec![]
        }
        Action::Resize(w, h) => {
            m.shared.width = w;
            m.shared.height = h;
            vec![]
        }
        Action::Shutdown => {
            m.shared.quitting = true;
            let mut effects = save_draft(m);
            effects.push(Effect::Lock);
            effects.push(Effect::Quit);
            effects
        }
        Action::VaultMissing => {
            m.screen = Screen::Setup(SetupForm::new());
            vec![]
        }
        Action::VaultOpened { users, unit } => {
            m.shared.unit = unit;
            m.screen = Screen::Unlock(UnlockForm::new(users));
            vec![]
        }
        Action::Unlocked { user, unit } => {
            let s = &mut m.shared;
            s.user = Some(user);
            s.unit = unit;
            s.last_activity = s.now;
            let mut effects = vec![Effect::ListCases];
            if let Some(lock) = m.lock.take()
                && let Some(resume) = lock.resume
            {
                if let Some(id) = &resume.record {
                    effects.push(Effect::OpenCase { id: id.clone() });
                }
                s.pending_resume = Some(resume);
            }
            m.screen = Screen::Queue(Queue::loading());
            effects
        }
        Action::UnlockFailed { error, .. } => {
            if let Some(lock) = &mut m.lock {
                lock.unlocking = false;
                lock.error = Some(error);
            } else if let Screen::Unlock(form) = &mut m.screen {
                form.unlocking = false;
                form.error = Some(error);
            } else if let Screen::Setup(form) = &mut m.screen {
                form.creating = false;
                m.shared.notice = Some(Notice::Failure(error));
            }
            vec![]
        }
        Action::Cases(rows) => {
            if let Screen::Queue(q) = &mut m.screen {
                q.listed(rows);
            }
            vec![]
        }
        Action::Opened { id, doc } => {
            open_interview(m, id, *doc);
            vec![]
        }
        Action::Saved { slot, id, seq } => {
            if let Some(i) = m.interview_mut().filter(|i| i.slot == slot) {
                question::saved(i, id.clone(), seq);
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
        Action::Changed { slot, id, seq, doc } => {
            if let Some(i) = m.interview_mut().filter(|i| i.slot == slot) {
                question::changed(i, id, seq, *doc);
            }
            vec![]
        }
        Action::VaultFailed { error } => {
            if let Screen::Queue(q) = &mut m.screen {
                q.loading = false;
            }
            if let Screen::Setup(form) = &mut m.screen {
                form.creating = false;
            }
            if let Screen::Starting(why) = &mut m.screen {
                *why = Some(error);
                return vec![];
            }
            m.shared.notice = Some(Notice::Failure(error));
            vec![]
        }
        Action::Locked => vec![],
        Action::Referral(a) => on_referral(m, a),
        Action::Paste(text) => {
            m.shared.last_activity = m.shared.now;
            if let Some(input) = focused_input(m) {
                for c in text.chars().filter(|c| !c.is_control()) {
                    input.handle(InputRequest::InsertChar(c));
                }
            }
            vec![]
        }
        Action::Key(key) => {
            m.shared.last_activity = m.shared.now;
            // Behind the "too small" screen nobody can see the question: no key may answer it.
            // Only the quick lock still works (a lock screen is drawn at any size).
            if m.shared.too_small() {
                let lock = m
                    .shared
                    .keymap
                    .lookup(crate::tui::keymap::Context::Global, key, true)
                    == Some(crate::tui::keymap::Command::QuickLock);
                if !lock {
                    return vec![];
                }
            }
            m.shared.notice = None;
            on_key(m, key)
        }
    }
}

/// The worker's answers about partners and exports, to the partners screen and the export
/// dialog.
fn on_referral(m: &mut Model, a: ReferralAction) -> Vec<Effect> {
    match a {
        ReferralAction::Partners(rows) => {
            if let Screen::Partners(p) = &mut m.screen {
                partners::listed(p, rows.clone());
            }
            if let Some(Overlay::Export(d)) = &mut m.overlay {
                export::listed(d, rows);
            }
            vec![]
        }
        ReferralAction::PartnerChanged(id, name) => {
            if let Screen::Partners(p) = &mut m.screen {
                partners::changed(p);
            }
            m.shared.notice = Some(Notice::Info(id, vec![("name", name)]));
            vec![Effect::Referral(ReferralEffect::ListPartners)]
        }
        ReferralAction::Consent {
            refusal,
            override_helps,
        } => match &mut m.overlay {
            Some(Overlay::Export(d)) => {
                export::consent_checked(d, &m.shared, refusal, override_helps)
            }
            _ => vec![],
        },
        ReferralAction::Exported {
            path,
            fingerprint,
            export,
        } => {
            let dialog = match &mut m.overlay {
                Some(Overlay::Export(d)) => Some(&mut **d),
                _ => None,
            };
            let interview = m.screen.interview_mut();
            export::exported(dialog, interview, &mut m.shared, path, fingerprint, export)
        }
        ReferralAction::Failed(error) => {
            let message = m.shared.explain(&error);
            if let Screen::Partners(p) = &mut m.screen
                && partners::failed(p, &error, &message)
            {
                return vec![];
            }
            if let Some(Overlay::Export(d)) = &mut m.overlay
                && export::failed(d, &message)
            {
                return vec![];
            }
            m.shared.notice = Some(Notice::Failure(error));
            vec![]
        }
    }
}

/// Carries out the rooms' requests, oldest first; returns the effects opening a room asks for.
fn follow(m: &mut Model) -> Vec<Effect> {
    let mut effects = Vec::new();
    loop {
        let going = m.shared.take_going();
        if going.is_empty() {
            return effects;
        }
        for go in going {
            match go {
                Go::Queue => leave_to_queue(m),
                Go::Review => open_review(m),
                Go::Question => back_from_review(m),
                Go::Partners => {
                    if let Some((p, e)) = partners::open(&mut m.shared) {
                        m.screen = Screen::Partners(Box::new(p));
                        effects.extend(e);
                    }
                }
                Go::StartInterview(lang) => start_interview(m, lang),
                Go::Open(room) => effects.extend(open_overlay(m, room)),
                Go::Close => m.overlay = None,
            }
        }
    }
}

fn open_overlay(m: &mut Model, room: OverlayRoom) -> Vec<Effect> {
    let overlay = match room {
        OverlayRoom::NewInterview => Overlay::NewInterview(LanguagePick::default()),
        OverlayRoom::JumpSection => Overlay::JumpSection(JumpSection::default()),
        OverlayRoom::Note => Overlay::Note(note::open(m.interview())),
        OverlayRoom::Export => {
            let Some((d, effects)) = export::open(&mut m.shared, m.screen.interview()) else {
                return vec![];
            };
            m.overlay = Some(Overlay::Export(Box::new(d)));
            return effects;
        }
    };
    m.overlay = Some(overlay);
    vec![]
}

fn on_key(m: &mut Model, key: Key) -> Vec<Effect> {
    if let Some(l) = &mut m.lock {
        let user = m.shared.user.as_ref().map(|u| u.name.clone());
        return lock::key(l, user.unwrap_or_default(), key);
    }
    match &mut m.screen {
        // Start-up: nothing to do but wait, or leave (a busy or broken vault never traps the
        // officer here).
        Screen::Starting(_) => {
            if key.code == KeyCode::Esc || key.typed_char() == Some('q') {
                m.shared.quitting = true;
                return vec![Effect::Quit];
            }
            vec![]
        }
        Screen::Setup(form) => setup::key(form, &mut m.shared, key),
        Screen::Unlock(form) => unlock::key(form, key),
        _ => unlocked_key(m, key),
    }
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
    if m.overlay.is_some() || m.shared.interpreter_view {
        return None;
    }
    match &mut m.screen {
        Screen::Queue(q) => q.search.as_mut(),
        Screen::Interview(i) => match &mut i.field {
            Field::Text(input) => Some(input),
            _ => None,
        },
        Screen::Review(_, form) => form.focused_input(),
        Screen::Partners(p) => p.focused_input(),
        Screen::Setup(form) => form.focused_input(),
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
    if m.overlay.is_some() || m.shared.interpreter_view {
        return false;
    }
    match &m.screen {
        Screen::Queue(q) => q.search.is_some(),
        Screen::Interview(i) => matches!(i.field, Field::Text(_)),
        Screen::Review(_, f) => f.focus == review::ReviewFocus::Reason,
        Screen::Partners(p) => p.typing(),
        Screen::Setup(_) | Screen::Unlock(_) => true,
        Screen::Starting(_) => false,
    }
}

/// Keys once unlocked: text editing, the global commands, then the overlay or the screen.
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
    let cmd = m.shared.keymap.lookup(ctx, key, is_typing);
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
            m.shared.officer_lang = if m.shared.officer_lang == Lang::En {
                Lang::Th
            } else {
                Lang::En
            };
            return vec![];
        }
        Some(Command::InterpreterView)
            if !matches!(
                m.screen,
                Screen::Setup(_) | Screen::Unlock(_) | Screen::Starting(_)
            ) =>
        {
            m.shared.interpreter_view = !m.shared.interpreter_view;
            m.overlay = None;
            return vec![];
        }
        Some(Command::Urgent) if in_interview => {
            m.overlay = None;
            m.shared.interpreter_view = false;
            go_urgent(m);
            return vec![];
        }
        Some(Command::Stop) if in_interview => {
            m.shared.interpreter_view = false;
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
    if m.shared.interpreter_view && cmd == Some(Command::Back) {
        m.shared.interpreter_view = false;
        return vec![];
    }
    // Nothing changes behind the interpreter's back: off a question, keys wait for the view to
    // close.
    if m.shared.interpreter_view
        && !matches!(&m.screen, Screen::Interview(i) if i.current.is_some())
    {
        return vec![];
    }
    let s = &mut m.shared;
    match &mut m.screen {
        Screen::Queue(q) => queue::key(q, s, key, cmd),
        Screen::Interview(i) => question::key(i, s, key, cmd),
        Screen::Review(i, form) => review::key(i, form, s, key, cmd),
        Screen::Partners(p) => partners::key(p, s, key, cmd),
        _ => vec![],
    }
}

/// Keys while an overlay is open: to the overlay, with the interview under it (if any).
fn overlay_key(m: &mut Model, key: Key, cmd: Option<Command>) -> Vec<Effect> {
    let back = cmd == Some(Command::Back) || key.code == KeyCode::Esc;
    let Some(overlay) = &mut m.overlay else {
        return vec![];
    };
    let s = &mut m.shared;
    let interview = m.screen.interview_mut();
    match overlay {
        Overlay::Help => {
            help::key(s);
            vec![]
        }
        Overlay::NewInterview(pick) => {
            new_interview::key(pick, s, key, back);
            vec![]
        }
        Overlay::JumpSection(j) => {
            jump::key(j, interview, s, key, back);
            vec![]
        }
        Overlay::Note(input) => note::key(input, interview, s, key, back),
        Overlay::Stop { cursor, detail } => stop::key(cursor, detail, interview, s, key, back),
        Overlay::Export(d) => export::key(d, interview.as_deref(), s, key, back),
    }
}

/// Starts a new interview in the interviewee's language at the first visible question.
pub fn start_interview(m: &mut Model, lang: Lang) {
    let interview = question::start(&mut m.shared, lang);
    m.screen = Screen::Interview(Box::new(interview));
    m.shared.interpreter_view = false;
}

/// Opens a record the vault read, and its review when the officer was there before a lock.
fn open_interview(m: &mut Model, id: String, doc: RecordDocument) {
    let (interview, to_review) = question::open(&mut m.shared, id, doc);
    m.screen = Screen::Interview(Box::new(interview));
    if to_review {
        open_review(m);
    }
}

/// Records an answer to the open interview, saves, and moves on (or stops, when consent is
/// refused).
pub fn answer(m: &mut Model, qid: &str, a: Answer) -> Vec<Effect> {
    let Some(i) = m.screen.interview_mut() else {
        return vec![];
    };
    let mut effects = question::answer(i, &mut m.shared, qid, a);
    effects.extend(follow(m));
    effects
}

/// Sections of the open interview with at least one visible question, in interview order.
pub fn sections(m: &Model) -> Vec<SectionEntry> {
    m.interview()
        .map_or_else(Vec::new, |i| jump::sections(i, &m.shared.content))
}

fn open_review(m: &mut Model) {
    let screen = std::mem::replace(&mut m.screen, Screen::Starting(None));
    m.screen = match screen {
        Screen::Interview(i) => {
            let form = ReviewForm::open(&i);
            Screen::Review(i, form)
        }
        other => other,
    };
}

fn back_from_review(m: &mut Model) {
    let screen = std::mem::replace(&mut m.screen, Screen::Starting(None));
    m.screen = match screen {
        Screen::Review(i, _) => Screen::Interview(i),
        other => other,
    };
    if let Some(i) = m.screen.interview_mut() {
        question::refresh_field(i, &m.shared.content);
    }
}

fn leave_to_queue(m: &mut Model) {
    m.overlay = None;
    m.shared.interpreter_view = false;
    m.screen = Screen::Queue(Queue::loading());
}

/// Goes to the first open question about urgent needs, from the question or the review.
fn go_urgent(m: &mut Model) {
    let Some(i) = m.interview() else { return };
    let target = question::urgent_target(i, &m.shared.content);
    if let Screen::Review(..) = m.screen {
        back_from_review(m);
    }
    if target.is_some()
        && let Some(i) = m.screen.interview_mut()
    {
        question::go_to(i, &m.shared.content, target);
    }
}

fn save_draft(m: &Model) -> Vec<Effect> {
    m.interview().map_or_else(Vec::new, question::save_draft)
}

fn pause(m: &mut Model) -> Vec<Effect> {
    let mut effects = save_draft(m);
    effects.push(Effect::ListCases);
    leave_to_queue(m);
    m.shared.notice = Some(Notice::Info("tui-paused", vec![]));
    effects
}

fn lock(m: &mut Model, reason: LockReason) -> Vec<Effect> {
    // A decision chosen on the review screen is kept before the Model forgets it.
    let mut effects = match &mut m.screen {
        Screen::Review(i, form) => review::commit_decision(i, form, &m.shared.content),
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
    m.shared.interpreter_view = false;
    m.shared.notice = None;
    m.lock = Some(LockScreen::new(reason, resume));
    effects.push(Effect::Audit(match reason {
        LockReason::Quick => AuditKind::QuickLock,
        LockReason::Idle => AuditKind::IdleLock,
    }));
    effects.push(Effect::Lock);
    effects
}

/// Context for the footer and help: the screen's, or global on screens without a keymap.
pub fn context(m: &Model) -> Context {
    m.screen.context()
}
