//! The new-interview overlay (from the case queue): which language the interviewee speaks. Every
//! interview text is then shown in that language beside the officer's, never English in its
//! place.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::domain::lang::INTERVIEWEE_LANGS;
use crate::tui::draw::{bold, numbered_list, put};
use crate::tui::keymap::{Key, KeyCode};
use crate::tui::shared::{Go, Shared, list_move};

/// The highlighted language.
#[derive(Default)]
pub struct LanguagePick {
    pub cursor: usize,
}

/// Arrows move, a digit or Enter starts the interview; `back` (Esc) closes.
pub fn key(pick: &mut LanguagePick, s: &mut Shared, key: Key, back: bool) {
    if back {
        s.go(Go::Close);
        return;
    }
    let digit = key.typed_char().is_some_and(|c| c.is_ascii_digit());
    if list_move(&mut pick.cursor, INTERVIEWEE_LANGS.len(), key) && !digit {
        return;
    }
    if key.code == KeyCode::Enter || digit {
        s.go(Go::Close);
        s.go(Go::StartInterview(INTERVIEWEE_LANGS[pick.cursor]));
    }
}

pub fn draw(pick: &LanguagePick, s: &Shared, buf: &mut Buffer, inner: Rect) {
    let mut y = inner.y;
    put(buf, inner.x, y, inner.width, &s.t("tui-new-title"), bold());
    y += 2;
    let items = INTERVIEWEE_LANGS
        .iter()
        .map(|l| format!("{} ({})", l.endonym(), l.tag()))
        .collect();
    numbered_list(buf, inner, &mut y, items, pick.cursor);
}
