//! The unlock screen at start-up: pick who you are (when the vault has several users), type the
//! passphrase; the worker checks it (scrypt, on its own thread) and answers `Unlocked` or
//! `UnlockFailed`. The passphrase is shown only as bullets and zeroized once sent.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};

use crate::domain::Explanation;
use crate::tui::action::Effect;
use crate::tui::draw::{self, bold, dim, highlight, para, put};
use crate::tui::keymap::{Key, KeyCode};
use crate::tui::shared::{Passphrase, Shared, UserRow};

pub struct UnlockForm {
    pub users: Vec<UserRow>,
    pub selected: usize,
    pub passphrase: Passphrase,
    pub unlocking: bool,
    pub error: Option<Explanation>,
}

impl UnlockForm {
    pub fn new(users: Vec<UserRow>) -> UnlockForm {
        UnlockForm {
            users,
            selected: 0,
            passphrase: Passphrase::default(),
            unlocking: false,
            error: None,
        }
    }
}

pub fn key(form: &mut UnlockForm, key: Key) -> Vec<Effect> {
    if form.unlocking {
        return vec![];
    }
    if form.passphrase.key(key) {
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

pub fn draw(form: &UnlockForm, s: &Shared, buf: &mut Buffer, area: Rect) {
    let mut y = area.y + 1;
    put(buf, area.x, y, area.width, &s.t("tui-unlock-title"), bold());
    y += 2;
    if form.users.len() > 1 {
        put(
            buf,
            area.x,
            y,
            area.width,
            &s.t("tui-unlock-pick-user"),
            dim(),
        );
        y += 1;
        for (k, u) in form.users.iter().enumerate() {
            let role = s.t(if u.supervisor {
                "tui-role-supervisor"
            } else {
                "tui-role-officer"
            });
            let style = highlight(k == form.selected);
            put(
                buf,
                area.x + 2,
                y,
                area.width - 2,
                &format!(" {} ({role}) ", u.name),
                style,
            );
            y += 1;
        }
        y += 1;
    } else if let Some(u) = form.users.first() {
        put(
            buf,
            area.x,
            y,
            area.width,
            &s.t_args("tui-unlock-as", &[("user", u.name.clone())]),
            Style::default(),
        );
        y += 2;
    }
    put(
        buf,
        area.x,
        y,
        area.width,
        &s.t("tui-unlock-passphrase"),
        Style::default(),
    );
    let busy = form.unlocking.then(|| s.t("tui-unlocking"));
    draw::passphrase(
        buf,
        area.x,
        y + 1,
        area.width,
        form.passphrase.len(),
        busy.as_deref(),
    );
    if let Some(e) = &form.error {
        let e = s.explain(e);
        para(buf, area, y + 3, &e, Style::default().fg(Color::Red), 0);
    }
}
