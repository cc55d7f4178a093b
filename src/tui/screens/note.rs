//! The note overlay: a short note on the current question, kept in the sealed record. Enter saves
//! (an empty note removes it), Esc leaves it as it was.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use tui_input::Input;

use crate::tui::action::Effect;
use crate::tui::draw::{bold, dim, para, put};
use crate::tui::keymap::{Key, KeyCode};
use crate::tui::shared::{Go, Shared};

use super::question::{self, Interview};

/// The field, holding the current question's note if it has one.
pub fn open(i: Option<&Interview>) -> Input {
    let existing = i
        .and_then(|i| {
            let q = i.current.as_ref()?;
            i.doc().question_notes.get(q).cloned()
        })
        .unwrap_or_default();
    Input::new(existing)
}

/// Enter saves the note on the interview's current question; `back` (Esc) closes.
pub fn key(
    input: &mut Input,
    i: Option<&mut Interview>,
    s: &mut Shared,
    key: Key,
    back: bool,
) -> Vec<Effect> {
    if back {
        s.go(Go::Close);
        return vec![];
    }
    if key.code != KeyCode::Enter {
        return vec![];
    }
    let text = input.value().trim().to_owned();
    s.go(Go::Close);
    match i {
        Some(i) => question::set_note(i, text),
        None => vec![],
    }
}

pub fn draw(input: &Input, s: &Shared, buf: &mut Buffer, inner: Rect) {
    let mut y = inner.y;
    put(buf, inner.x, y, inner.width, &s.t("tui-note-title"), bold());
    y += 2;
    y = para(
        buf,
        inner,
        y,
        &format!("{}▏", input.value()),
        Style::default(),
        0,
    );
    para(buf, inner, y + 1, &s.t("tui-note-help"), dim(), 0);
}
