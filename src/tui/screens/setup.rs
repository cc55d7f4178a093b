//! The set-up screen, shown once when there is no vault: the first supervisor's name, the unit,
//! a passphrase typed twice, and the unit's offline recovery key (an `age1…` recipient; skipping
//! it is allowed, with a plain warning, and `tandem recovery set` adds it later). Checks what was typed before asking the worker to create the
//! vault; never holds the passphrase longer than it takes to send it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use tui_input::Input;

use crate::tui::action::Effect;
use crate::tui::draw::{bold, dim, para, put};
use crate::tui::keymap::{Key, KeyCode};
use crate::tui::shared::{Notice, Passphrase, Shared, edit_input};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SetupField {
    Name,
    Unit,
    Passphrase,
    Repeat,
    Recovery,
}

pub struct SetupForm {
    pub name: Input,
    pub unit: Input,
    pub passphrase: Passphrase,
    pub repeat: Passphrase,
    /// The recovery recipient (a public key; may be left empty).
    pub recovery: Input,
    /// Enter was pressed once with no recovery key: the warning is shown, a second Enter goes on.
    pub warned: bool,
    pub focus: SetupField,
    pub creating: bool,
}

impl SetupForm {
    pub fn new() -> SetupForm {
        SetupForm {
            name: Input::default(),
            unit: Input::default(),
            passphrase: Passphrase::default(),
            repeat: Passphrase::default(),
            recovery: Input::default(),
            warned: false,
            focus: SetupField::Name,
            creating: false,
        }
    }

    /// The text field that has focus (the passphrases are not text fields).
    pub fn focused_input(&mut self) -> Option<&mut Input> {
        match self.focus {
            SetupField::Name => Some(&mut self.name),
            SetupField::Unit => Some(&mut self.unit),
            SetupField::Recovery => Some(&mut self.recovery),
            _ => None,
        }
    }
}

impl Default for SetupForm {
    fn default() -> SetupForm {
        SetupForm::new()
    }
}

pub fn key(form: &mut SetupForm, s: &mut Shared, key: Key) -> Vec<Effect> {
    if form.creating {
        return vec![];
    }
    let next = |f: SetupField| match f {
        SetupField::Name => SetupField::Unit,
        SetupField::Unit => SetupField::Passphrase,
        SetupField::Passphrase => SetupField::Repeat,
        SetupField::Repeat => SetupField::Recovery,
        SetupField::Recovery => SetupField::Name,
    };
    let prev = |f: SetupField| match f {
        SetupField::Name => SetupField::Recovery,
        SetupField::Recovery => SetupField::Repeat,
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
        KeyCode::Enter if form.focus != SetupField::Recovery => {
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
            } else if form.recovery.value().trim().is_empty() && !form.warned {
                // Skipping is allowed, but only after the officer has read what it costs.
                form.warned = true;
                Some(("tui-setup-no-recovery", SetupField::Recovery))
            } else {
                None
            };
            if let Some((msg, field)) = problem {
                form.focus = field;
                if field == SetupField::Repeat {
                    form.repeat.take();
                }
                s.notice = Some(Notice::Error(msg, vec![]));
                return vec![];
            }
            form.creating = true;
            form.repeat.take();
            let recovery = Some(form.recovery.value().trim().to_owned()).filter(|r| !r.is_empty());
            return vec![Effect::CreateVault {
                supervisor: name,
                unit,
                passphrase: form.passphrase.take(),
                recovery,
            }];
        }
        _ => {}
    }
    match form.focus {
        SetupField::Name => edit_input(&mut form.name, key),
        SetupField::Unit => edit_input(&mut form.unit, key),
        SetupField::Passphrase => form.passphrase.key(key),
        SetupField::Repeat => form.repeat.key(key),
        SetupField::Recovery => {
            form.warned = false;
            edit_input(&mut form.recovery, key)
        }
    };
    vec![]
}

pub fn draw(form: &SetupForm, s: &Shared, buf: &mut Buffer, area: Rect) {
    let mut y = area.y + 1;
    put(buf, area.x, y, area.width, &s.t("tui-setup-title"), bold());
    y = para(buf, area, y + 2, &s.t("tui-setup-intro"), dim(), 0) + 1;
    let rows = [
        (
            SetupField::Name,
            "tui-setup-name",
            form.name.value().to_owned(),
        ),
        (
            SetupField::Unit,
            "tui-setup-unit",
            form.unit.value().to_owned(),
        ),
        (
            SetupField::Passphrase,
            "tui-setup-passphrase",
            "•".repeat(form.passphrase.len()),
        ),
        (
            SetupField::Repeat,
            "tui-setup-repeat",
            "•".repeat(form.repeat.len()),
        ),
        (
            SetupField::Recovery,
            "tui-setup-recovery",
            form.recovery.value().to_owned(),
        ),
    ];
    for (field, label, value) in rows {
        let focus = form.focus == field;
        let marker = if focus { "▶ " } else { "  " };
        let used = put(
            buf,
            area.x,
            y,
            area.width,
            &format!("{marker}{}: ", s.t(label)),
            if focus { bold() } else { Style::default() },
        );
        let caret = if focus && !form.creating { "▏" } else { "" };
        put(
            buf,
            area.x + used,
            y,
            area.width - used,
            &format!("{value}{caret}"),
            Style::default(),
        );
        y += 1;
    }
    if form.creating {
        put(
            buf,
            area.x,
            y + 1,
            area.width,
            &s.t("tui-setup-creating"),
            Style::default().fg(Color::Yellow),
        );
    }
}
