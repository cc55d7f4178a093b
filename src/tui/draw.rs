//! The drawing primitives every room uses: styles, a cell-exact `put`, wrapped paragraphs, filled
//! bars, numbered lists, the passphrase line, the overlay frame and the off-screen copy a long
//! prompt scrolls with. Knows nothing of any screen or of the Model: it draws what it is given.
//!
//! Text is laid out with `crate::text` (dictionary line breaks for Thai, Lao, Khmer and Burmese;
//! widths as the terminal draws them), cell by cell, so Khmer subscripts do not overlap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Block, Clear, Widget};

use crate::text;

/// The interface's colour: header bar, progress, overlay frames, the interviewee's text.
pub const ACCENT: Color = Color::Cyan;

pub fn bold() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}
pub fn dim() -> Style {
    Style::default().add_modifier(Modifier::DIM)
}
pub fn reverse() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}
/// The highlighted row of a list (reversed) when `on`, else plain.
pub fn highlight(on: bool) -> Style {
    if on { reverse() } else { Style::default() }
}

/// Writes `s` at (x, y), at most `max` columns, cell by cell as the terminal will draw it.
/// Returns the columns used.
pub fn put(buf: &mut Buffer, x: u16, y: u16, max: u16, s: &str, style: Style) -> u16 {
    let area = buf.area;
    if y >= area.bottom() || x >= area.right() {
        return 0;
    }
    let limit = max.min(area.right() - x) as usize;
    let s = text::truncate(s, limit);
    let mut col = 0usize;
    for piece in text::cells(&s) {
        let w = text::width(piece);
        if col + w > limit {
            break;
        }
        let cx = x + col as u16;
        if let Some(cell) = buf.cell_mut((cx, y)) {
            cell.set_symbol(piece).set_style(style);
        }
        for extra in 1..w {
            if let Some(cell) = buf.cell_mut((cx + extra as u16, y)) {
                cell.reset();
                cell.set_style(style);
            }
        }
        col += w;
    }
    col as u16
}

/// Fills an area with a style (for bars, banners and the highlighted row).
pub fn fill(buf: &mut Buffer, area: Rect, style: Style) {
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if let Some(c) = buf.cell_mut((x, y)) {
                c.set_symbol(" ").set_style(style);
            }
        }
    }
}

/// Writes wrapped paragraphs from row `y`; returns the next free row.
pub fn para(buf: &mut Buffer, area: Rect, y: u16, s: &str, style: Style, indent: u16) -> u16 {
    let mut y = y;
    let width = area.width.saturating_sub(indent).max(1);
    for line in text::wrap(s, width as usize) {
        if y >= area.bottom() {
            break;
        }
        put(buf, area.x + indent, y, width, &line, style);
        y += 1;
    }
    y
}

/// A numbered list (`1 …`, `2 …`) from row `*y`, the row at `cursor` highlighted; stops at the
/// bottom of `area`.
pub fn numbered_list(buf: &mut Buffer, area: Rect, y: &mut u16, items: Vec<String>, cursor: usize) {
    for (k, s) in items.iter().enumerate() {
        if *y >= area.bottom() {
            break;
        }
        let style = highlight(k == cursor);
        put(
            buf,
            area.x,
            *y,
            area.width,
            &format!("{} {s}", k + 1),
            style,
        );
        *y += 1;
    }
}

/// A passphrase being typed, as bullets and a caret; `busy` (the text to show) while it is being
/// checked.
pub fn passphrase(buf: &mut Buffer, x: u16, y: u16, w: u16, len: usize, busy: Option<&str>) {
    if let Some(busy) = busy {
        put(buf, x, y, w, busy, Style::default().fg(Color::Yellow));
    } else {
        let dots = "•".repeat(len.min(w as usize - 2));
        put(buf, x, y, w, &format!("> {dots}▏"), bold());
    }
}

/// Clears `area` and draws the overlay border around it.
pub fn frame(buf: &mut Buffer, area: Rect) {
    Clear.render(area, buf);
    Block::bordered()
        .border_style(Style::default().fg(ACCENT))
        .render(area, buf);
}

/// Copies `rows` rows from `from` (starting at row `first`) to `to` at (x, y), clipped to `to`.
pub fn blit(from: &Buffer, first: u16, rows: u16, to: &mut Buffer, x: u16, y: u16) {
    let src = from.area;
    for r in 0..rows {
        let (sy, dy) = (src.y + first + r, y + r);
        if sy >= src.bottom() || dy >= to.area.bottom() {
            break;
        }
        for c in 0..src.width {
            let dx = x + c;
            if dx >= to.area.right() {
                break;
            }
            if let (Some(cell), Some(out)) = (from.cell((src.x + c, sy)), to.cell_mut((dx, dy))) {
                *out = cell.clone();
            }
        }
    }
}
