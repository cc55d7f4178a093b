//! The one Model of the terminal interface: everything the screen shows, as plain data. Changed
//! only by `update`, read only by `render`. Holds case data in memory while unlocked, never on
//! disk and never in `Debug` output (every `Debug` here is written by hand).

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use tui_input::Input;
use zeroize::Zeroizing;

pub use crate::app::cases::CaseRow;
use crate::domain::{Explanation, Lang, Outcome};
use crate::interview::flow;
use crate::interview::record::RecordDocument;

use super::content::Content;
use super::keymap::{Context, Keymap};

/// Below this size the interface shows a "terminal too small" screen instead of garbage.
pub const MIN_WIDTH: u16 = 50;
pub const MIN_HEIGHT: u16 = 16;

/// The officer's decisions, in the order the review offers them.
pub const OUTCOMES: &[Outcome] = Outcome::ALL;

pub struct Model {
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
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    /// While set, the screen is blank but for the passphrase field.
    pub lock: Option<LockScreen>,
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
    next_slot: u64,
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

pub enum Screen {
    /// The vault is being opened (start-up).
    Starting,
    Setup(SetupForm),
    Unlock(UnlockForm),
    Queue(Queue),
    Interview(Box<Interview>),
    Review(Box<Interview>, ReviewForm),
    /// Receiving organisations (supervisors).
    Partners(Box<super::partners::PartnersScreen>),
}

impl Screen {
    pub fn context(&self) -> Context {
        match self {
            Screen::Queue(_) => Context::Queue,
            Screen::Interview(_) => Context::Question,
            Screen::Review(..) => Context::Review,
            Screen::Partners(_) => Context::Partners,
            _ => Context::Global,
        }
    }
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
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SetupField {
    Name,
    Unit,
    Passphrase,
    Repeat,
}

pub struct SetupForm {
    pub name: Input,
    pub unit: Input,
    pub passphrase: Passphrase,
    pub repeat: Passphrase,
    pub focus: SetupField,
    pub creating: bool,
}

pub struct UnlockForm {
    pub users: Vec<UserRow>,
    pub selected: usize,
    pub passphrase: Passphrase,
    pub unlocking: bool,
    pub error: Option<Explanation>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LockReason {
    Quick,
    Idle,
}

pub struct LockScreen {
    pub reason: LockReason,
    pub passphrase: Passphrase,
    pub unlocking: bool,
    pub error: Option<Explanation>,
    /// Where to come back to: the interview's record and question (ids only, no case data).
    pub resume: Option<Resume>,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Resume {
    pub slot: u64,
    pub record: Option<String>,
    pub question: Option<String>,
    pub lang: Lang,
    /// The officer was on the review screen.
    pub review: bool,
}

#[derive(Default)]
pub struct Queue {
    pub cases: Vec<CaseRow>,
    pub selected: usize,
    pub search: Option<Input>,
    pub loading: bool,
}

impl Queue {
    /// The rows the search lets through, in queue order.
    pub fn visible(&self) -> Vec<&CaseRow> {
        let needle = self
            .search
            .as_ref()
            .map(|s| s.value().to_lowercase())
            .unwrap_or_default();
        self.cases
            .iter()
            .filter(|c| {
                needle.is_empty()
                    || c.case_ref
                        .as_deref()
                        .is_some_and(|r| r.to_lowercase().contains(&needle))
            })
            .collect()
    }
}

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

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ReviewFocus {
    Outcome,
    Reason,
}

pub struct ReviewForm {
    pub cursor: usize,
    pub outcome: Option<usize>,
    pub reason: Input,
    pub focus: ReviewFocus,
}

pub enum Overlay {
    Help,
    /// Interviewee language for a new interview.
    NewInterview {
        cursor: usize,
    },
    JumpSection {
        cursor: usize,
        /// The first digit of a two-digit section number, while the second may follow.
        typed: Option<usize>,
    },
    Note(Input),
    /// A fixed reason (cursor), then, once picked, a short free text (`detail`) kept with it
    /// in the sealed record.
    Stop {
        cursor: usize,
        detail: Option<Input>,
    },
    /// Exporting a referral packet from the review screen (supervisors).
    Export(Box<super::export::ExportDialog>),
}

impl Model {
    pub fn new(
        content: Arc<Content>,
        keymap: Keymap,
        officer_lang: crate::domain::OfficerLang,
        now: jiff::Timestamp,
    ) -> Model {
        Model {
            content,
            keymap,
            officer_lang: officer_lang.lang(),
            width: 80,
            height: 24,
            now,
            last_activity: now,
            idle_lock_after: jiff::SignedDuration::from_secs(5 * 60),
            screen: Screen::Starting,
            overlay: None,
            lock: None,
            interpreter_view: false,
            user: None,
            unit: String::new(),
            notice: None,
            quitting: false,
            pending_resume: None,
            next_slot: 1,
        }
    }

    pub fn take_slot(&mut self) -> u64 {
        let s = self.next_slot;
        self.next_slot += 1;
        s
    }

    pub fn too_small(&self) -> bool {
        self.width < MIN_WIDTH || self.height < MIN_HEIGHT
    }

    /// An interface text in the officer's language.
    pub fn t(&self, id: &str) -> String {
        self.content.ui(self.officer_lang, id, &[])
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

    pub fn t_args(&self, id: &str, args: &[(&str, String)]) -> String {
        self.content.ui(self.officer_lang, id, args)
    }

    pub fn interview(&self) -> Option<&Interview> {
        match &self.screen {
            Screen::Interview(i) | Screen::Review(i, _) => Some(i),
            _ => None,
        }
    }

    pub fn interview_mut(&mut self) -> Option<&mut Interview> {
        match &mut self.screen {
            Screen::Interview(i) | Screen::Review(i, _) => Some(i),
            _ => None,
        }
    }
}

impl fmt::Debug for Model {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Model")
            .field("screen", &self.screen)
            .field("locked", &self.lock.is_some())
            .field("interpreter_view", &self.interpreter_view)
            .field("officer_lang", &self.officer_lang)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for Screen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Screen::Starting => "Starting",
            Screen::Setup(_) => "Setup",
            Screen::Unlock(_) => "Unlock",
            Screen::Queue(_) => "Queue",
            Screen::Interview(_) => "Interview",
            Screen::Review(..) => "Review",
            Screen::Partners(_) => "Partners",
        })
    }
}

impl fmt::Debug for UserRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("UserRow(..)")
    }
}
