//! The help overlay: every key of the current screen's context and of the global one, with what
//! it does, generated from the keymap (so it never drifts from the keys that work). Any key
//! closes it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::tui::draw::{ACCENT, bold, put};
use crate::tui::keymap::Context;
use crate::tui::shared::{Go, Shared};

/// Any key closes the help (the key that opened it toggles it in `update`).
pub fn key(s: &mut Shared) {
    s.go(Go::Close);
}

/// Draws the help for the screen's context `ctx` inside the overlay frame.
pub fn draw(ctx: Context, s: &Shared, buf: &mut Buffer, inner: Rect) {
    let mut y = inner.y;
    put(buf, inner.x, y, inner.width, &s.t("tui-help-title"), bold());
    y += 2;
    let mut ctxs = vec![Context::Global];
    if ctx != Context::Global {
        ctxs.insert(0, ctx);
    }
    // (heading?, keys, label) rows, laid out in as many columns as the height needs.
    let mut rows: Vec<(bool, String, String)> = Vec::new();
    for c in ctxs {
        rows.push((true, s.t(&format!("tui-context-{}", c.id())), String::new()));
        for (cmd, keys) in s.keymap.entries(c) {
            let ks: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
            rows.push((false, ks.join(" "), s.t(&format!("tui-cmd-{}", cmd.id()))));
        }
    }
    let height = inner.bottom().saturating_sub(y).max(1) as usize;
    let columns = rows.len().div_ceil(height).max(1) as u16;
    let col_w = inner.width / columns;
    for (k, (heading, keys, label)) in rows.iter().enumerate() {
        let x = inner.x + (k / height) as u16 * col_w;
        let row = y + (k % height) as u16;
        if *heading {
            put(buf, x, row, col_w, keys, Style::default().fg(ACCENT));
        } else {
            let kw = 13.min(col_w / 2);
            put(buf, x + 1, row, kw, keys, bold());
            put(
                buf,
                x + 1 + kw,
                row,
                col_w.saturating_sub(kw + 2),
                label,
                Style::default(),
            );
        }
    }
}
