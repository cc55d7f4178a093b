//! What every screen shares: the [`Shared`] part of the Model (texts, keymap, clock, size, who is
//! unlocked, the notice line), the small types several screens hold (a [`Passphrase`], a
//! [`Resume`] point), the text-field and list keys they all handle the same way, and [`Go`]: what
//! a screen asks of the router when its key opens or leaves a room.
//!
//! A screen never sees the whole Model, so it cannot replace itself or another screen: it changes
//! its own state and `Shared`, and asks for the rest with [`Shared::go`]; `update` carries the
//! requests out, in order, before it returns. Holds no case data (user and unit names, message
//! ids and explained errors only); every `Debug` here is written by hand.

use std::fmt;
use std::sync::Arc;

use tui_input::{Input, InputRequest};
use zeroize::Zeroizing;

use crate::domain::{Explanation, Lang};

use super::content::Content;
use super::keymap::{Key, KeyCode, Keymap};

/// Below this size the interface shows a "terminal too small" screen instead of garbage.
pub const MIN_WIDTH: u16 = 50;
pub const MIN_HEIGHT: u16 = 16;

/// The part of the Model every screen may read and change: never a screen's own state.
pub struct Shared {
    pub content: Arc<Content>,
    pub keymap: Keymap,
    /// English or Thai (Ctrl-T switches).
    pub officer_lang: Lang,
    pub width: u16,
    pub height: u16,
    /// The clock as last told by a tick; `update` never reads the system clock itself.
    pub now: jiff::Timestamp,
    pub last_activity: jiff::Timestamp,
    pub idle_lock_after: jiff::SignedDuration,
    pub interpreter_view: bool,
    /// Who is unlocked (None before the first unlock).
    pub user: Option<UserRow>,
    pub unit: String,
    /// A one-line message for the officer (errors they can act on, confirmations).
    pub notice: Option<Notice>,
    /// Set when the runtime should leave once the worker has finished.
    pub quitting: bool,
    /// After an unlock from the lock screen: the interview to reopen, and where.
    pub pending_resume: Option<Resume>,
    /// The interpreter recorded in this officer's last interview today (the day, and the
    /// answers of the interpreter record), so the next interview confirms it with one key
    /// instead of typing it again. In memory only; gone when Tandem closes.
    pub interpreter_today: Option<(
        jiff::civil::Date,
        Vec<(String, crate::checklist::answer::Answer)>,
    )>,
    next_slot: u64,
    /// What screens asked of the router during this update (see [`Go`]).
    going: Vec<Go>,
}

/// A room a screen asks the router to open or leave for. Screens name rooms; only the router
/// (`update`) builds and replaces them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Go {
    /// Back to the case queue (reloading): closes any overlay and the interpreter view.
    Queue,
    /// From the question to the review of the same interview.
    Review,
    /// From the review back to the question.
    Question,
    /// The partners screen (supervisors).
    Partners,
    /// A new interview in the interviewee's language.
    StartInterview(Lang),
    /// An overlay over the current screen.
    Open(OverlayRoom),
    /// Closes the overlay.
    Close,
}

/// The overlays a screen's key opens (help and stop are opened by global keys in `update`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum OverlayRoom {
    NewInterview,
    JumpSection,
    Note,
    Export,
}

#[derive(Clone, PartialEq, Eq)]
pub struct UserRow {
    pub name: String,
    pub supervisor: bool,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Notice {
    /// A message id in the `## tui` section of ui.ftl, with its arguments.
    Info(&'static str, Vec<(&'static str, String)>),
    Error(&'static str, Vec<(&'static str, String)>),
    /// An error from the vault worker, explained (what happened, what to do); no personal data.
    Failure(Explanation),
}

/// A passphrase being typed: zeroized on drop, shown only as bullets.
#[derive(Default)]
pub struct Passphrase(pub Zeroizing<String>);

impl Passphrase {
    pub fn len(&self) -> usize {
        self.0.chars().count()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn take(&mut self) -> secrecy::SecretString {
        let s = secrecy::SecretString::from(self.0.as_str());
        self.0 = Zeroizing::new(String::new());
        s
    }
    /// Typing and Backspace; false when the key is neither.
    pub fn key(&mut self, key: Key) -> bool {
        if let Some(c) = key.typed_char() {
            self.0.push(c);
            true
        } else if key.code == KeyCode::Backspace {
            self.0.pop();
            true
        } else {
            false
        }
    }
}

/// Where to come back to after an unlock: the interview's record and question, and the text
/// typed into the answer field but not yet entered (kept in memory only, wiped when dropped,
/// never saved or shown while locked).
#[derive(Clone, PartialEq, Eq)]
pub struct Resume {
    pub slot: u64,
    pub record: Option<String>,
    pub question: Option<String>,
    pub lang: Lang,
    /// The officer was on the review screen.
    pub review: bool,
    pub typed: Option<Zeroizing<String>>,
}

impl std::fmt::Debug for Resume {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Ids only: the typed text is case data.
        f.debug_struct("Resume")
            .field("record", &self.record)
            .field("question", &self.question)
            .field("review", &self.review)
            .field("typed", &self.typed.is_some())
            .finish_non_exhaustive()
    }
}

/// Keys that edit a text field; false when the key is not an edit.
pub fn edit_input(input: &mut Input, key: Key) -> bool {
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

/// Arrows and digits on a numbered list of `len` rows; false when the key is neither (or a
/// digit past the end).
pub fn list_move(cursor: &mut usize, len: usize, key: Key) -> bool {
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

impl Shared {
    pub fn new(
        content: Arc<Content>,
        keymap: Keymap,
        officer_lang: crate::domain::OfficerLang,
        now: jiff::Timestamp,
    ) -> Shared {
        Shared {
            content,
            keymap,
            officer_lang: officer_lang.lang(),
            width: 80,
            height: 24,
            now,
            last_activity: now,
            idle_lock_after: jiff::SignedDuration::from_secs(5 * 60),
            interpreter_view: false,
            user: None,
            unit: String::new(),
            notice: None,
            quitting: false,
            pending_resume: None,
            interpreter_today: None,
            next_slot: 1,
            going: Vec::new(),
        }
    }

    /// Asks the router to open or leave for a room once the screen's key is handled.
    pub fn go(&mut self, to: Go) {
        self.going.push(to);
    }

    /// The rooms asked for, oldest first (for `update` only).
    pub fn take_going(&mut self) -> Vec<Go> {
        std::mem::take(&mut self.going)
    }

    pub fn take_slot(&mut self) -> u64 {
        let s = self.next_slot;
        self.next_slot += 1;
        s
    }

    pub fn too_small(&self) -> bool {
        self.width < MIN_WIDTH || self.height < MIN_HEIGHT
    }

    pub fn is_supervisor(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.supervisor)
    }

    /// An interface text in the officer's language.
    pub fn t(&self, id: &str) -> String {
        self.content.ui(self.officer_lang, id, &[])
    }

    pub fn t_args(&self, id: &str, args: &[(&str, String)]) -> String {
        self.content.ui(self.officer_lang, id, args)
    }

    /// An error explained in the officer's language, worded for the screen: what happened, then
    /// what to do (and each cause the same way).
    pub fn explain(&self, x: &Explanation) -> String {
        self.content
            .locales()
            .explain(self.officer_lang, crate::domain::Face::Screen, x)
            .into_iter()
            .map(|(what, todo)| format!("{what} {todo}"))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl fmt::Debug for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Shared")
            .field("interpreter_view", &self.interpreter_view)
            .field("officer_lang", &self.officer_lang)
            .field("unlocked", &self.user.is_some())
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for UserRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("UserRow(..)")
    }
}
