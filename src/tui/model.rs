//! The one Model of the terminal interface: everything the screen shows, as plain data. Changed
//! only by `update`, read only by `render`. Holds case data in memory while unlocked, never on
//! disk and never in `Debug` output (every `Debug` here is written by hand).
//!
//! The Model is what every screen shares ([`Shared`], below the screens) plus the state of the
//! screen, the overlay and the lock screen (each defined by its room in `screens`). It derefs to
//! `Shared`, so `m.notice` or `m.t(..)` read as fields of the Model; `update` borrows the parts
//! apart to hand a room its state and `Shared` at once.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use tui_input::Input;

use super::content::Content;
use super::keymap::{Context, Keymap};
use super::screens::export::ExportDialog;
use super::screens::jump::JumpSection;
use super::screens::lock::LockScreen;
use super::screens::new_interview::LanguagePick;
use super::screens::partners::PartnersScreen;
use super::screens::question::Interview;
use super::screens::queue::Queue;
use super::screens::review::ReviewForm;
use super::screens::setup::SetupForm;
use super::screens::unlock::UnlockForm;
use super::shared::Shared;

// The paths the tests and benches name (`tui::model::…`) from before the rooms had modules.
pub use super::screens::lock::LockReason;
pub use super::screens::question::{Field, SaveState};
pub use super::shared::{Notice, UserRow};
pub use crate::app::cases::CaseRow;

pub struct Model {
    pub shared: Shared,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    /// While set, the screen is blank but for the passphrase field.
    pub lock: Option<LockScreen>,
}

pub enum Screen {
    /// The vault is being opened (start-up); the reason it could not be, when it failed (a
    /// vault in use by another Tandem, a damaged file): shown whole, and `q` or Esc leaves.
    Starting(Option<crate::domain::Explanation>),
    Setup(SetupForm),
    Unlock(UnlockForm),
    Queue(Queue),
    Interview(Box<Interview>),
    Review(Box<Interview>, ReviewForm),
    /// Receiving organisations (supervisors).
    Partners(Box<PartnersScreen>),
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

    /// The interview on the question or review screen.
    pub fn interview(&self) -> Option<&Interview> {
        match self {
            Screen::Interview(i) | Screen::Review(i, _) => Some(i),
            _ => None,
        }
    }

    pub fn interview_mut(&mut self) -> Option<&mut Interview> {
        match self {
            Screen::Interview(i) | Screen::Review(i, _) => Some(i),
            _ => None,
        }
    }
}

pub enum Overlay {
    Help,
    /// Interviewee language for a new interview.
    NewInterview(LanguagePick),
    JumpSection(JumpSection),
    Note(Input),
    /// A fixed reason (cursor), then, once picked, a short free text (`detail`) kept with it
    /// in the sealed record.
    Stop {
        cursor: usize,
        detail: Option<Input>,
    },
    /// Exporting a referral packet from the review screen (supervisors).
    Export(Box<ExportDialog>),
}

impl Model {
    pub fn new(
        content: Arc<Content>,
        keymap: Keymap,
        officer_lang: crate::domain::OfficerLang,
        now: jiff::Timestamp,
    ) -> Model {
        Model {
            shared: Shared::new(content, keymap, officer_lang, now),
            screen: Screen::Starting(None),
            overlay: None,
            lock: None,
        }
    }

    pub fn interview(&self) -> Option<&Interview> {
        self.screen.interview()
    }

    pub fn interview_mut(&mut self) -> Option<&mut Interview> {
        self.screen.interview_mut()
    }
}

impl Deref for Model {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.shared
    }
}

impl DerefMut for Model {
    fn deref_mut(&mut self) -> &mut Shared {
        &mut self.shared
    }
}

impl fmt::Debug for Model {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Model")
            .field("screen", &self.screen)
            .field("locked", &self.lock.is_some())
            .field("interpreter_view", &self.shared.interpreter_view)
            .field("officer_lang", &self.shared.officer_lang)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for Screen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Screen::Starting(_) => "Starting",
            Screen::Setup(_) => "Setup",
            Screen::Unlock(_) => "Unlock",
            Screen::Queue(_) => "Queue",
            Screen::Interview(_) => "Interview",
            Screen::Review(..) => "Review",
            Screen::Partners(_) => "Partners",
        })
    }
}
