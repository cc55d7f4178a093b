//! The stop overlay: why the interview stops (a fixed reason), then a short free text kept with
//! it in the sealed record. The stop itself is the interview's (`question::stop`): the draft is
//! saved and the vault records the stop.
//!
//! Its state is the `Overlay::Stop { cursor, detail }` variant's two fields.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use tui_input::Input;

use crate::domain::StopReason;
use crate::tui::action::Effect;
use crate::tui::draw::{bold, numbered_list, para, put};
use crate::tui::keymap::{Key, KeyCode};
use crate::tui::shared::{Go, Shared, edit_input, list_move};

use super::question::{self, Interview};

/// A reason first (`cursor`), then, once picked, the free text (`detail`); `back` (Esc) steps
/// back from the text, then closes.
pub fn key(
    cursor: &mut usize,
    detail: &mut Option<Input>,
    i: Option<&mut Interview>,
    s: &mut Shared,
    key: Key,
    back: bool,
) -> Vec<Effect> {
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
            let reason = StopReason::OFFERED[*cursor];
            s.go(Go::Close);
            return match i {
                Some(i) => question::stop(i, s, reason, &text),
                None => vec![],
            };
        }
        if input.value().chars().count() < StopReason::DETAIL_MAX
            || !matches!(key.code, KeyCode::Char(_))
        {
            edit_input(input, key);
        }
        return vec![];
    }
    if back {
        s.go(Go::Close);
        return vec![];
    }
    let digit = key.typed_char().is_some_and(|c| c.is_ascii_digit());
    if list_move(cursor, StopReason::OFFERED.len(), key) && !digit {
        return vec![];
    }
    if key.code == KeyCode::Enter || digit {
        *detail = Some(Input::default());
    }
    vec![]
}

pub fn draw(cursor: usize, detail: Option<&Input>, s: &Shared, buf: &mut Buffer, inner: Rect) {
    let mut y = inner.y;
    put(buf, inner.x, y, inner.width, &s.t("tui-stop-title"), bold());
    y += 2;
    let items = StopReason::OFFERED
        .iter()
        .map(|r| s.t(&format!("tui-stop-{r}")))
        .collect();
    numbered_list(buf, inner, &mut y, items, cursor);
    if let Some(input) = detail {
        y += 1;
        y = para(buf, inner, y, &s.t("tui-stop-detail"), bold(), 0);
        put(
            buf,
            inner.x,
            y,
            inner.width,
            &format!("> {}▏", input.value()),
            Style::default(),
        );
    }
}
