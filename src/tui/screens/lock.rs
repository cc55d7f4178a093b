//! The lock screen (quick lock, idle lock): blank but for whose passphrase to type. Nothing of a
//! case stays in the Model while it shows (`update` clears the screen when it locks); it keeps
//! only where to come back to, as ids. Never draws a name of a person, a case reference, a note
//! or a score.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};

use crate::domain::Explanation;
use crate::tui::action::Effect;
use crate::tui::draw::{self, bold, para, put};
use crate::tui::keymap::{Key, KeyCode};
use crate::tui::shared::{Passphrase, Resume, Shared};

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

impl LockScreen {
    pub fn new(reason: LockReason, resume: Option<Resume>) -> LockScreen {
        LockScreen {
            reason,
            passphrase: Passphrase::default(),
            unlocking: false,
            error: None,
            resume,
        }
    }
}

/// Keys while locked: the passphrase of `user` (the one who was unlocked), Enter, Esc.
pub fn key(lock: &mut LockScreen, user: String, key: Key) -> Vec<Effect> {
    if lock.unlocking {
        return vec![];
    }
    if lock.passphrase.key(key) {
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

/// Draws the whole terminal area (no header, no footer).
pub fn draw(lock: &LockScreen, s: &Shared, buf: &mut Buffer, area: Rect) {
    let title = match lock.reason {
        LockReason::Quick => s.t("tui-lock-quick"),
        LockReason::Idle => s.t("tui-lock-idle"),
    };
    let y = area.y + area.height / 3;
    put(buf, area.x + 2, y, area.width - 4, &title, bold());
    let user = s.user.as_ref().map(|u| u.name.clone()).unwrap_or_default();
    put(
        buf,
        area.x + 2,
        y + 2,
        area.width - 4,
        &s.t_args("tui-lock-prompt", &[("user", user)]),
        Style::default(),
    );
    let busy = lock.unlocking.then(|| s.t("tui-unlocking"));
    draw::passphrase(
        buf,
        area.x + 2,
        y + 3,
        area.width - 4,
        lock.passphrase.len(),
        busy.as_deref(),
    );
    if let Some(e) = &lock.error {
        let e = s.explain(e);
        para(buf, area, y + 5, &e, Style::default().fg(Color::Red), 2);
    }
}
