//! `render`: draws the Model, nothing else. Pure: reads the Model, writes only the frame.
//! Text is laid out with `crate::text` (dictionary line breaks for Thai, Lao, Khmer and Burmese;
//! widths as the terminal draws them), cell by cell, so Khmer subscripts do not overlap.
//! The interpreter view and the lock screen must never draw a name, case reference, note or score.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Block, Clear, Widget};

use crate::checklist::model::{Dimension, Kind, Question};
use crate::checklist::scoring::DimensionStatus;
use crate::interview::answer::Answer;
use crate::interview::urgent;
use crate::text;

use super::keymap::{Command, Context};
use super::model::{
    DECISION_KEY, Field, Interview, LockReason, Model, Notice, OUTCOMES, Overlay, ReviewFocus,
    ReviewForm, SaveState, Screen, SetupField,
};
use super::update::{assessment, needs_reason, sections};
use crate::domain::StopReason;
use crate::domain::lang::{INTERVIEWEE_LANGS, Lang};

const ACCENT: Color = Color::Cyan;

pub(super) fn bold() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}
pub(super) fn dim() -> Style {
    Style::default().add_modifier(Modifier::DIM)
}
pub(super) fn reverse() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}

/// Writes `s` at (x, y), at most `max` columns, cell by cell as the terminal will draw it.
/// Returns the columns used.
pub(super) fn put(buf: &mut Buffer, x: u16, y: u16, max: u16, s: &str, style: Style) -> u16 {
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

/// Fills a row with a style (for bars and banners).
fn fill(buf: &mut Buffer, area: Rect, style: Style) {
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if let Some(c) = buf.cell_mut((x, y)) {
                c.set_symbol(" ").set_style(style);
            }
        }
    }
}

/// Writes wrapped paragraphs from row `y`; returns the next free row.
pub(super) fn para(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    s: &str,
    style: Style,
    indent: u16,
) -> u16 {
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

pub fn render(m: &Model, f: &mut Frame) {
    let area = f.area();
    let buf = f.buffer_mut();
    if m.too_small() {
        too_small(m, buf, area);
        return;
    }
    if let Some(lock) = &m.lock {
        // Blank but for the passphrase: nothing of the case stays on screen.
        let title = match lock.reason {
            LockReason::Quick => m.t("tui-lock-quick"),
            LockReason::Idle => m.t("tui-lock-idle"),
        };
        let y = area.y + area.height / 3;
        put(buf, area.x + 2, y, area.width - 4, &title, bold());
        let user = m.user.as_ref().map(|u| u.name.clone()).unwrap_or_default();
        put(
            buf,
            area.x + 2,
            y + 2,
            area.width - 4,
            &m.t_args("tui-lock-prompt", &[("user", user)]),
            Style::default(),
        );
        passphrase_line(
            m,
            buf,
            area.x + 2,
            y + 3,
            area.width - 4,
            lock.passphrase.len(),
            lock.unlocking,
        );
        if let Some(e) = &lock.error {
            let e = m.explain(e);
            para(buf, area, y + 5, &e, Style::default().fg(Color::Red), 2);
        }
        return;
    }
    let header = Rect { height: 1, ..area };
    let footer = Rect {
        y: area.bottom() - 1,
        height: 1,
        ..area
    };
    let notice_row = Rect {
        y: area.bottom() - 2,
        height: 1,
        ..area
    };
    let mut body = Rect {
        y: area.y + 1,
        height: area.height - 3,
        ..area
    };
    draw_header(m, buf, header);
    if !m.interpreter_view
        && let Some(i) = m.interview()
    {
        let used = urgent_banner(m, i, buf, body);
        body.y += used;
        body.height -= used;
    }
    let inner = Rect {
        x: body.x + 1,
        width: body.width.saturating_sub(2),
        ..body
    };
    // The interpreter sees a prompt and its choices, nothing else: every other screen (queue,
    // review with its scores and reasons) gives way to a neutral page.
    let interpretable = matches!(&m.screen, Screen::Interview(i) if i.current.is_some());
    if m.interpreter_view && !interpretable {
        para(
            buf,
            inner,
            inner.y + 1,
            &m.t("tui-interpreter-nothing"),
            dim(),
            0,
        );
        draw_footer(m, buf, footer);
        return;
    }
    match &m.screen {
        Screen::Starting => {
            put(
                buf,
                inner.x,
                inner.y + 1,
                inner.width,
                &m.t("tui-starting"),
                dim(),
            );
        }
        Screen::Setup(_) => setup(m, buf, inner),
        Screen::Unlock(_) => unlock(m, buf, inner),
        Screen::Queue(_) => queue(m, buf, inner),
        Screen::Interview(i) => question(m, i, buf, inner),
        Screen::Review(i, form) => review(m, i, form, buf, inner),
        Screen::Partners(p) => super::partners::draw(m, p, buf, inner),
    }
    if let Some(n) = &m.notice {
        let (s, style) = match n {
            Notice::Info(id, args) => (m.t_args(id, args), Style::default().fg(Color::Green)),
            Notice::Error(id, args) => (m.t_args(id, args), Style::default().fg(Color::Red)),
            Notice::Failure(e) => (m.explain(e), Style::default().fg(Color::Red)),
        };
        put(
            buf,
            notice_row.x + 1,
            notice_row.y,
            notice_row.width - 2,
            &s,
            style,
        );
    }
    draw_footer(m, buf, footer);
    if let Some(o) = &m.overlay {
        overlay(m, o, buf, body);
    }
}

fn too_small(m: &Model, buf: &mut Buffer, area: Rect) {
    let s = m.t_args(
        "tui-too-small",
        &[
            ("width", m.width.to_string()),
            ("height", m.height.to_string()),
            ("min_width", super::model::MIN_WIDTH.to_string()),
            ("min_height", super::model::MIN_HEIGHT.to_string()),
        ],
    );
    para(buf, area, area.y, &s, bold(), 0);
}

fn draw_header(m: &Model, buf: &mut Buffer, area: Rect) {
    let style = Style::default().bg(ACCENT).fg(Color::Black);
    fill(buf, area, style);
    let mut left = String::from("Tandem");
    if m.interpreter_view {
        left.push_str(" · ");
        left.push_str(&m.t("tui-interpreter-view"));
    } else {
        if !m.unit.is_empty() {
            left.push_str(" · ");
            left.push_str(&m.unit);
        }
        if let Some(i) = m.interview() {
            let r = i
                .doc()
                .case_ref
                .clone()
                .unwrap_or_else(|| m.t("tui-no-case-ref"));
            left.push_str(" · ");
            left.push_str(&r);
        }
    }
    let right = match (&m.user, m.interpreter_view) {
        (Some(u), false) => format!("{} · {}", u.name, m.officer_lang.tag().to_uppercase()),
        _ => m.officer_lang.tag().to_uppercase(),
    };
    let rw = text::width(&right) as u16;
    put(
        buf,
        area.x + 1,
        area.y,
        area.width.saturating_sub(rw + 3),
        &left,
        style.add_modifier(Modifier::BOLD),
    );
    put(
        buf,
        area.right().saturating_sub(rw + 1),
        area.y,
        rw,
        &right,
        style,
    );
}

fn draw_footer(m: &Model, buf: &mut Buffer, area: Rect) {
    fill(buf, area, reverse());
    let ctx = m.screen.context();
    let mut parts: Vec<String> = Vec::new();
    let unlocked = m.user.is_some() && !matches!(m.screen, Screen::Setup(_) | Screen::Unlock(_));
    if m.interpreter_view {
        for cmd in [Command::InterpreterView, Command::Back] {
            if let Some(k) = m.keymap.first_key(Context::Global, cmd) {
                parts.push(format!("{k} {}", m.t(&format!("tui-cmd-{}", cmd.id()))));
            }
        }
    } else if unlocked {
        let in_interview = m.interview().is_some();
        // Answer keys are on the answer chips; the footer keeps the keys that work everywhere
        // first, so a narrow terminal still shows lock, help and urgent.
        let global = m.keymap.entries(Context::Global).filter(|(c, _)| {
            in_interview
                || !matches!(
                    c,
                    Command::Urgent | Command::Stop | Command::Pause | Command::InterpreterView
                )
        });
        let screen_cmds = m.keymap.entries(ctx).filter(|(c, _)| {
            ctx != Context::Global
                && !matches!(
                    c,
                    Command::Yes | Command::No | Command::Unsure | Command::Declined
                )
        });
        let (first, rest): (Vec<_>, Vec<_>) = global
            .chain(screen_cmds)
            .filter(|(c, _)| c.in_footer())
            .partition(|(c, _)| {
                matches!(
                    c,
                    Command::QuickLock
                        | Command::Help
                        | Command::Urgent
                        | Command::Open
                        | Command::NewInterview
                        | Command::Next
                        | Command::Decide
                        | Command::HandOff
                )
            });
        for (cmd, keys) in first.into_iter().chain(rest) {
            if let Some(k) = keys.first() {
                parts.push(format!("{k} {}", m.t(&format!("tui-cmd-{}", cmd.id()))));
            }
        }
    } else {
        parts.push(m.t("tui-footer-before-unlock"));
    }
    put(
        buf,
        area.x + 1,
        area.y,
        area.width - 2,
        &parts.join("  "),
        reverse(),
    );
}

/// The urgent banner: pinned at the top of every interview screen once a trigger fires.
fn urgent_banner(m: &Model, i: &Interview, buf: &mut Buffer, body: Rect) -> u16 {
    let flags = urgent::fired(&i.flow, m.content.checklists(), m.now);
    if flags.is_empty() {
        return 0;
    }
    // One entry per trigger, with every window its questions opened.
    let mut items: Vec<(String, String)> = Vec::new();
    for f in &flags {
        let k = match items.iter().position(|(t, _)| *t == f.trigger) {
            Some(k) => k,
            None => {
                items.push((
                    f.trigger.clone(),
                    m.t(&format!("tui-trigger-{}", f.trigger)),
                ));
                items.len() - 1
            }
        };
        for w in &f.windows {
            let name = m.t(&format!("tui-window-{}", w.id));
            let part = match w.remaining(m.now) {
                Some(left) if left.as_hours() > 72 => m.t_args(
                    "tui-window-closes-days",
                    &[
                        ("window", name),
                        ("days", (left.as_hours() / 24).to_string()),
                    ],
                ),
                Some(left) => m.t_args(
                    "tui-window-closes",
                    &[
                        ("window", name),
                        ("hours", left.as_hours().max(0).to_string()),
                    ],
                ),
                None => m.t_args("tui-window-closed", &[("window", name)]),
            };
            items[k].1.push_str(" — ");
            items[k].1.push_str(&part);
        }
    }
    let items: Vec<String> = items.into_iter().map(|(_, s)| s).collect();
    let text = format!("{} {}", m.t("tui-urgent"), items.join(" · "));
    let style = Style::default()
        .bg(Color::Red)
        .fg(Color::White)
        .add_modifier(Modifier::BOLD);
    let lines = text::wrap(&text, body.width.saturating_sub(2) as usize);
    let n = (lines.len() as u16).min(3);
    fill(buf, Rect { height: n, ..body }, style);
    for (k, line) in lines.iter().take(n as usize).enumerate() {
        put(
            buf,
            body.x + 1,
            body.y + k as u16,
            body.width - 2,
            line,
            style,
        );
    }
    n
}

fn passphrase_line(m: &Model, buf: &mut Buffer, x: u16, y: u16, w: u16, len: usize, busy: bool) {
    if busy {
        put(
            buf,
            x,
            y,
            w,
            &m.t("tui-unlocking"),
            Style::default().fg(Color::Yellow),
        );
    } else {
        let dots = "•".repeat(len.min(w as usize - 2));
        put(buf, x, y, w, &format!("> {dots}▏"), bold());
    }
}

fn setup(m: &Model, buf: &mut Buffer, area: Rect) {
    let Screen::Setup(form) = &m.screen else {
        return;
    };
    let mut y = area.y + 1;
    put(buf, area.x, y, area.width, &m.t("tui-setup-title"), bold());
    y = para(buf, area, y + 2, &m.t("tui-setup-intro"), dim(), 0) + 1;
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
    ];
    for (field, label, value) in rows {
        let focus = form.focus == field;
        let marker = if focus { "▶ " } else { "  " };
        let used = put(
            buf,
            area.x,
            y,
            area.width,
            &format!("{marker}{}: ", m.t(label)),
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
            &m.t("tui-setup-creating"),
            Style::default().fg(Color::Yellow),
        );
    }
}

fn unlock(m: &Model, buf: &mut Buffer, area: Rect) {
    let Screen::Unlock(form) = &m.screen else {
        return;
    };
    let mut y = area.y + 1;
    put(buf, area.x, y, area.width, &m.t("tui-unlock-title"), bold());
    y += 2;
    if form.users.len() > 1 {
        put(
            buf,
            area.x,
            y,
            area.width,
            &m.t("tui-unlock-pick-user"),
            dim(),
        );
        y += 1;
        for (k, u) in form.users.iter().enumerate() {
            let role = m.t(if u.supervisor {
                "tui-role-supervisor"
            } else {
                "tui-role-officer"
            });
            let style = if k == form.selected {
                reverse()
            } else {
                Style::default()
            };
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
            &m.t_args("tui-unlock-as", &[("user", u.name.clone())]),
            Style::default(),
        );
        y += 2;
    }
    put(
        buf,
        area.x,
        y,
        area.width,
        &m.t("tui-unlock-passphrase"),
        Style::default(),
    );
    passphrase_line(
        m,
        buf,
        area.x,
        y + 1,
        area.width,
        form.passphrase.len(),
        form.unlocking,
    );
    if let Some(e) = &form.error {
        let e = m.explain(e);
        para(buf, area, y + 3, &e, Style::default().fg(Color::Red), 0);
    }
}

fn queue(m: &Model, buf: &mut Buffer, area: Rect) {
    let Screen::Queue(q) = &m.screen else { return };
    let mut y = area.y;
    put(buf, area.x, y, area.width, &m.t("tui-queue-title"), bold());
    if let Some(s) = &q.search {
        let label = m.t("tui-queue-search");
        let used = put(
            buf,
            area.x + 20.min(area.width / 3),
            y,
            area.width,
            &format!("{label}: "),
            Style::default().fg(Color::Yellow),
        );
        put(
            buf,
            area.x + 20.min(area.width / 3) + used,
            y,
            area.width,
            &format!("{}▏", s.value()),
            Style::default(),
        );
    }
    y += 2;
    let rows = q.visible();
    if q.loading && rows.is_empty() {
        put(buf, area.x, y, area.width, &m.t("tui-loading"), dim());
        return;
    }
    if rows.is_empty() {
        para(buf, area, y, &m.t("tui-queue-empty"), dim(), 0);
        return;
    }
    let w_ref = 18u16.min(area.width / 3);
    let w_status = 17u16;
    put(buf, area.x + 2, y, w_ref, &m.t("tui-queue-col-case"), dim());
    put(
        buf,
        area.x + 2 + w_ref,
        y,
        w_status,
        &m.t("tui-queue-col-status"),
        dim(),
    );
    put(
        buf,
        area.x + 2 + w_ref + w_status,
        y,
        area.width.saturating_sub(2 + w_ref + w_status),
        &m.t("tui-queue-col-urgent"),
        dim(),
    );
    y += 1;
    let height = area.bottom().saturating_sub(y) as usize;
    let first = q.selected.saturating_sub(height.saturating_sub(1));
    for (k, row) in rows.iter().enumerate().skip(first).take(height) {
        let selected = k == q.selected;
        let style = if selected {
            reverse()
        } else {
            Style::default()
        };
        if selected {
            fill(
                buf,
                Rect {
                    x: area.x,
                    y,
                    width: area.width,
                    height: 1,
                },
                style,
            );
        }
        let mark = if row.urgent.is_empty() { "  " } else { "! " };
        put(buf, area.x, y, 2, mark, style.fg(Color::Red));
        let r = row
            .case_ref
            .clone()
            .unwrap_or_else(|| m.t("tui-no-case-ref"));
        put(buf, area.x + 2, y, w_ref - 1, &r, style);
        put(
            buf,
            area.x + 2 + w_ref,
            y,
            w_status - 1,
            &m.t(&format!("tui-status-{}", row.status.id())),
            style,
        );
        let mut extra: Vec<String> = row
            .urgent
            .iter()
            .map(|t| m.t(&format!("tui-trigger-{t}")))
            .collect();
        if let Some(d) = row.removal {
            extra.push(m.t_args("tui-queue-removal", &[("date", d.to_string())]));
        }
        let x = area.x + 2 + w_ref + w_status;
        put(
            buf,
            x,
            y,
            area.right().saturating_sub(x),
            &extra.join(", "),
            style,
        );
        y += 1;
    }
}

fn kind_hint(m: &Model, q: &Question) -> String {
    match &q.kind {
        Kind::Number { min, max, unit } => {
            let u = unit
                .as_ref()
                .map(|u| m.t(&format!("unit-{u}")))
                .unwrap_or_default();
            m.t_args(
                "tui-field-hint-number",
                &[
                    ("min", min.to_string()),
                    ("max", max.to_string()),
                    ("unit", u),
                ],
            )
        }
        Kind::Date => m.t("tui-field-hint-date"),
        Kind::TimeSince => m.t("tui-field-hint-time-since"),
        Kind::ShortText { .. } => m.t("tui-field-hint-text"),
        _ => String::new(),
    }
}

fn question(m: &Model, i: &Interview, buf: &mut Buffer, area: Rect) {
    let content = &m.content;
    let Some((checklist, q)) = i.current.as_ref().and_then(|q| content.find(q)) else {
        let mut y = para(
            buf,
            area,
            area.y + 1,
            &m.t("tui-end-of-questions"),
            bold(),
            0,
        );
        let missing = i.flow.missing_required(content.checklists());
        if !missing.is_empty() {
            y = para(
                buf,
                area,
                y + 1,
                &m.t_args(
                    "tui-missing-required",
                    &[("count", missing.len().to_string())],
                ),
                Style::default().fg(Color::Yellow),
                0,
            );
            // Name them, so the officer knows where to go back to.
            let room = area.bottom().saturating_sub(y + 2) as usize;
            for r in missing.iter().take(room) {
                let t = content
                    .prompt(m.officer_lang, &r.checklist, &r.question)
                    .map(|p| p.text)
                    .unwrap_or_else(|| r.question.clone());
                put(
                    buf,
                    area.x + 2,
                    y,
                    area.width.saturating_sub(2),
                    &format!("? {t}"),
                    dim(),
                );
                y += 1;
            }
        }
        para(
            buf,
            area,
            y + 1,
            &m.t("tui-end-go-review"),
            Style::default(),
            0,
        );
        return;
    };
    let mut y = area.y;
    if !m.interpreter_view {
        let visible = i.flow.visible(content.checklists());
        let pos = visible
            .iter()
            .position(|r| r.question == q.id)
            .map_or(0, |p| p + 1);
        let progress = i.flow.progress(content.checklists());
        let where_ = format!(
            "{} › {}",
            content.checklist_title(m.officer_lang, checklist),
            content.section(m.officer_lang, &checklist.id, &q.section)
        );
        let count = m.t_args(
            "tui-progress",
            &[
                ("position", pos.to_string()),
                ("total", visible.len().to_string()),
                ("answered", progress.answered.to_string()),
            ],
        );
        // This question's answer when it has one, else everything so far.
        let state = match i.save_state(&q.id) {
            SaveState::Nothing if i.sent_seq > 0 => {
                if i.committed_seq >= i.sent_seq {
                    SaveState::Saved
                } else {
                    SaveState::Saving
                }
            }
            s => s,
        };
        let (saved, style) = match state {
            SaveState::Saved => (m.t("tui-saved"), Style::default().fg(Color::Green)),
            SaveState::Saving => (m.t("tui-saving"), Style::default().fg(Color::Yellow)),
            SaveState::Nothing => (String::new(), Style::default()),
        };
        let sw = text::width(&saved) as u16;
        let cw = text::width(&count) as u16;
        put(
            buf,
            area.x,
            y,
            area.width.saturating_sub(sw + cw + 4),
            &where_,
            dim(),
        );
        put(
            buf,
            area.right().saturating_sub(sw + cw + 3),
            y,
            cw,
            &count,
            dim(),
        );
        put(buf, area.right().saturating_sub(sw), y, sw, &saved, style);
        y += 1;
        // A one-row progress bar.
        let bar_w = area.width as usize;
        let done = (bar_w * progress.answered)
            .checked_div(progress.visible)
            .unwrap_or(0);
        put(
            buf,
            area.x,
            y,
            area.width,
            &"━".repeat(done),
            Style::default().fg(ACCENT),
        );
        put(
            buf,
            area.x + done as u16,
            y,
            area.width - done as u16,
            &"─".repeat(bar_w - done),
            dim(),
        );
        y += 1;
    }
    y += 1;
    // The prompt and the answer are laid out off-screen first, so that the answer keeps its rows
    // at the bottom and a long prompt scrolls (Ctrl-↓, Ctrl-↑) with a visible marker instead of
    // pushing the answer keys off the screen.
    let prompt = scratch(area);
    let mut pbuf = Buffer::empty(prompt);
    let prompt_h = prompt_rows(m, i, checklist, q, &mut pbuf, prompt);
    let mut abuf = Buffer::empty(prompt);
    let mut ay = answer_area(m, i, checklist.id.as_str(), q, &mut abuf, prompt, 0);
    if !m.interpreter_view {
        if let Some(e) = i.field_error {
            ay = para(
                &mut abuf,
                prompt,
                ay,
                &m.t(e),
                Style::default().fg(Color::Red),
                0,
            );
        }
        if let Some(note) = i.doc().question_notes.get(&q.id) {
            ay = para(
                &mut abuf,
                prompt,
                ay + 1,
                &format!("{}: {note}", m.t("tui-note")),
                dim(),
                0,
            );
        }
    }
    let answer_h = ay;
    let room = area.bottom().saturating_sub(y);
    if prompt_h + 1 + answer_h <= room {
        blit(&pbuf, 0, prompt_h, buf, area.x, y);
        blit(&abuf, 0, answer_h, buf, area.x, y + prompt_h + 1);
        return;
    }
    // Too long: the answer first (at least three prompt rows stay), then the prompt window.
    let answer_rows = answer_h.min(room.saturating_sub(4));
    let window = room.saturating_sub(answer_rows + 1).max(1);
    let shown = window.saturating_sub(1).max(1);
    let scroll = i.prompt_scroll.min(prompt_h.saturating_sub(shown));
    blit(&pbuf, scroll, shown, buf, area.x, y);
    let more = if scroll + shown < prompt_h {
        m.t("tui-more-below")
    } else {
        m.t("tui-more-above")
    };
    put(
        buf,
        area.x,
        y + shown,
        area.width,
        &more,
        Style::default()
            .fg(Color::Yellow)
            .add_modifier(Modifier::BOLD),
    );
    blit(
        &abuf,
        0,
        answer_rows,
        buf,
        area.x,
        area.bottom() - answer_rows,
    );
}

/// Rows enough for any prompt and answer list, laid out off-screen at the width of `area`.
const SCRATCH_ROWS: u16 = 96;

/// The rows the current question's prompt takes at the Model's width (for `update` to stop
/// scrolling at its end).
pub fn prompt_height(m: &Model) -> u16 {
    let Some(i) = m.interview() else { return 0 };
    let Some((checklist, q)) = i.current.as_ref().and_then(|q| m.content.find(q)) else {
        return 0;
    };
    let area = scratch(Rect {
        x: 0,
        y: 0,
        width: m.width.saturating_sub(2).max(1),
        height: 1,
    });
    prompt_rows(m, i, checklist, q, &mut Buffer::empty(area), area)
}

fn scratch(area: Rect) -> Rect {
    Rect {
        x: area.x,
        y: 0,
        width: area.width,
        height: SCRATCH_ROWS,
    }
}

/// Copies `rows` rows from `from` (starting at row `first`) to `to` at (x, y), clipped to `to`.
fn blit(from: &Buffer, first: u16, rows: u16, to: &mut Buffer, x: u16, y: u16) {
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

/// The bilingual prompt, the sensitive mark, the translation marker, the hint and the interpreter
/// note, from row 0 of `area`; returns the rows used.
fn prompt_rows(
    m: &Model,
    i: &Interview,
    checklist: &crate::checklist::model::Checklist,
    q: &Question,
    buf: &mut Buffer,
    area: Rect,
) -> u16 {
    let content = &m.content;
    let mut y = area.y;
    // Officer language first, then the interviewee's, each on its own full-width lines.
    let officer = content.prompt(m.officer_lang, &checklist.id, &q.id);
    let theirs = content.prompt(i.lang, &checklist.id, &q.id);
    let tag = |lang: Lang| format!("[{}] ", lang.tag().to_uppercase());
    match &officer {
        Some(p) => {
            y = para(
                buf,
                area,
                y,
                &format!("{}{}", tag(m.officer_lang), p.text),
                bold(),
                0,
            );
        }
        None => {
            y = para(
                buf,
                area,
                y,
                &format!("{}{}", tag(m.officer_lang), m.t("tui-text-missing")),
                Style::default().fg(Color::Red),
                0,
            )
        }
    }
    if q.sensitive && !m.interpreter_view {
        y = para(
            buf,
            area,
            y,
            &m.t("tui-sensitive"),
            Style::default().fg(Color::Magenta),
            0,
        );
    }
    if i.lang != m.officer_lang {
        y += 1;
        match &theirs {
            Some(p) => {
                y = para(
                    buf,
                    area,
                    y,
                    &format!("{}{}", tag(i.lang), p.text),
                    Style::default().fg(ACCENT).add_modifier(Modifier::BOLD),
                    0,
                );
                if let Some(mk) = p.marker {
                    y = para(
                        buf,
                        area,
                        y,
                        &m.t(mk),
                        Style::default().fg(Color::Yellow),
                        5,
                    );
                }
            }
            None => {
                y = para(
                    buf,
                    area,
                    y,
                    &format!("{}{}", tag(i.lang), m.t("tui-text-missing")),
                    Style::default().fg(Color::Red),
                    0,
                )
            }
        }
    }
    if let Some(p) = &officer {
        if let Some(h) = &p.hint {
            y = para(buf, area, y, h, dim(), 5);
        }
        if let Some(n) = &p.interpreter {
            y += 1;
            y = para(
                buf,
                area,
                y,
                &format!("{}: {n}", m.t("tui-interpreter-note")),
                Style::default().fg(Color::Yellow),
                0,
            );
        }
    }
    y - area.y
}

fn answer_area(
    m: &Model,
    i: &Interview,
    checklist: &str,
    q: &Question,
    buf: &mut Buffer,
    area: Rect,
    mut y: u16,
) -> u16 {
    let current = i.flow.answers().get(&q.id);
    let open_answers = [
        (
            Command::Unsure,
            crate::interview::answer::Answer::Unsure,
            "answer-unsure",
        ),
        (
            Command::Declined,
            crate::interview::answer::Answer::Declined,
            "answer-declined",
        ),
    ];
    // While a field takes typing, show the key that still works (e.g. M-u, not u).
    let typing = matches!(i.field, Field::Text(_));
    let key_of = |c: Command| {
        m.keymap
            .entries(Context::Question)
            .find(|(cmd, _)| *cmd == c)
            .and_then(|(_, keys)| {
                keys.iter()
                    .find(|k| !typing || k.typed_char().is_none())
                    .copied()
            })
            .map(|k| k.to_string())
            .unwrap_or_default()
    };
    let mut chips: Vec<(String, bool)> = Vec::new();
    match &q.kind {
        Kind::YesNo => {
            for (c, a, id) in [
                (
                    Command::Yes,
                    crate::interview::answer::Answer::Yes,
                    "answer-yes",
                ),
                (
                    Command::No,
                    crate::interview::answer::Answer::No,
                    "answer-no",
                ),
            ] {
                chips.push((
                    format!("[{}] {}", key_of(c), both(m, i, id)),
                    current == Some(&a),
                ));
            }
        }
        Kind::SingleChoice { choices } | Kind::MultipleChoice { choices } => {
            let (cursor, ticked) = match &i.field {
                Field::Choice { cursor, ticked } => (*cursor, ticked.clone()),
                _ => (0, vec![false; choices.len()]),
            };
            let multi = matches!(q.kind, Kind::MultipleChoice { .. });
            for (k, c) in choices.iter().enumerate() {
                if y >= area.bottom() {
                    break;
                }
                let officer = m
                    .content
                    .choice(m.officer_lang, checklist, &q.id, c)
                    .map(|s| s.text)
                    .unwrap_or_else(|| c.clone());
                let theirs = if i.lang != m.officer_lang {
                    m.content
                        .choice(i.lang, checklist, &q.id, c)
                        .map(|s| s.text)
                        .unwrap_or_else(|| m.t("tui-text-missing"))
                } else {
                    String::new()
                };
                let digit = if k < 9 {
                    format!("{}", k + 1)
                } else {
                    " ".into()
                };
                let tick = if multi {
                    if ticked[k] { "[x] " } else { "[ ] " }
                } else if ticked[k] {
                    "(•) "
                } else {
                    "( ) "
                };
                let label = if theirs.is_empty() {
                    officer
                } else {
                    format!("{officer} / {theirs}")
                };
                let style = if k == cursor && !m.interpreter_view {
                    reverse()
                } else {
                    Style::default()
                };
                put(
                    buf,
                    area.x,
                    y,
                    area.width,
                    &format!("{digit} {tick}{label}"),
                    style,
                );
                y += 1;
            }
        }
        _ => {
            if let Field::Text(input) = &i.field
                && !m.interpreter_view
            {
                let hint = kind_hint(m, q);
                put(buf, area.x, y, area.width, &hint, dim());
                y += 1;
                let value = input.value();
                let shown = format!("> {value}");
                put(buf, area.x, y, area.width, &shown, bold());
                // The caret after the text (the input keeps the cursor position).
                let before: String = value.chars().take(input.cursor()).collect();
                let cx = area.x + 2 + text::width(&before) as u16;
                if cx < area.right()
                    && let Some(cell) = buf.cell_mut((cx, y))
                {
                    cell.set_style(reverse());
                }
                y += 1;
            }
            if let Some(a) = current.filter(|a| !a.is_open()) {
                let v = a.to_json();
                let shown = match v {
                    serde_json::Value::String(s) => s,
                    serde_json::Value::Object(_) => match a {
                        crate::interview::answer::Answer::TimeSince(t) => {
                            format!("{} {:?}", t.amount, t.unit).to_lowercase()
                        }
                        _ => String::new(),
                    },
                    other => other.to_string(),
                };
                if !m.interpreter_view {
                    put(
                        buf,
                        area.x,
                        y,
                        area.width,
                        &format!("{}: {shown}", m.t("tui-answer")),
                        Style::default().fg(Color::Green),
                    );
                    y += 1;
                }
            }
        }
    }
    for (c, a, id) in open_answers {
        chips.push((
            format!("[{}] {}", key_of(c), both(m, i, id)),
            current == Some(&a),
        ));
    }
    y += 1;
    let mut x = area.x;
    for (chip, on) in chips {
        let w = text::width(&chip) as u16 + 2;
        if x + w > area.right() {
            x = area.x;
            y += 1;
        }
        if y >= area.bottom() {
            break;
        }
        put(
            buf,
            x,
            y,
            w,
            &format!(" {chip} "),
            if on {
                Style::default().bg(Color::Green).fg(Color::Black)
            } else {
                Style::default()
            },
        );
        x += w + 1;
    }
    y + 1
}

/// An answer word in the officer's language, then the interviewee's when it differs.
fn both(m: &Model, i: &Interview, id: &str) -> String {
    let a = m.t(id);
    if i.lang == m.officer_lang {
        return a;
    }
    let b = m.content.ui(i.lang, id, &[]);
    if a == b { a } else { format!("{a} / {b}") }
}

/// The officer-language texts of the questions behind a dimension's fired indicators (answered
/// yes) and behind its open ones (visible, and unanswered, unsure or declined).
/// Puts lines indented by two columns while rows and the shared `spare` budget last.
fn indented(
    buf: &mut Buffer,
    area: Rect,
    y: &mut u16,
    spare: &mut u16,
    lines: &[String],
    style: Style,
) {
    for line in lines {
        if *y >= area.bottom() || *spare == 0 {
            break;
        }
        *spare -= 1;
        put(
            buf,
            area.x + 2,
            *y,
            area.width.saturating_sub(2),
            line,
            style,
        );
        *y += 1;
    }
}

fn dimension_questions(
    m: &Model,
    i: &Interview,
    dimension: Dimension,
    fired: &[String],
    open: &[String],
) -> (Vec<String>, Vec<String>) {
    let checklists = m.content.checklists();
    let answers = i.flow.answers();
    let text = |c: &str, q: &Question| {
        m.content
            .prompt(m.officer_lang, c, &q.id)
            .map(|p| p.text)
            .unwrap_or_else(|| q.id.clone())
    };
    let carries = |q: &Question, ids: &[String]| {
        q.indicators
            .iter()
            .any(|t| t.dimension == dimension && ids.contains(&t.indicator))
    };
    let mut yes = Vec::new();
    let mut still_open = Vec::new();
    for (c, q) in i.flow.visible_questions(checklists) {
        match answers.get(&q.id) {
            Some(Answer::Yes) if carries(q, fired) => yes.push(text(&c.id, q)),
            Some(Answer::Yes | Answer::No) => {}
            _ if carries(q, open) => still_open.push(text(&c.id, q)),
            _ => {}
        }
    }
    (yes, still_open)
}

fn review(m: &Model, i: &Interview, form: &ReviewForm, buf: &mut Buffer, full: Rect) {
    // The decision keeps its rows at the bottom; the assessment gets what is left above.
    let decision_rows = 2 + OUTCOMES.len() as u16 + 1;
    let area = Rect {
        height: full.height.saturating_sub(decision_rows),
        ..full
    };
    let mut y = area.y;
    put(buf, area.x, y, area.width, &m.t("tui-review-title"), bold());
    y += 1;
    let assessment = assessment(m);
    match &assessment {
        None => y = para(buf, area, y, &m.t("tui-review-no-assessment"), dim(), 0),
        Some(a) => {
            let summary = m.t(&format!("tui-rule-{}", a.rule.id()));
            y = para(
                buf,
                area,
                y,
                &format!(
                    "{} ({})",
                    summary,
                    m.t(&format!("tui-profile-{}", a.profile.id()))
                ),
                Style::default()
                    .fg(match a.rule.id() {
                        "met" => Color::Red,
                        "incomplete" => Color::Yellow,
                        _ => Color::Green,
                    })
                    .add_modifier(Modifier::BOLD),
                0,
            );
            if !a.rule_verified {
                y = para(buf, area, y, &m.t("tui-rule-unverified"), dim(), 0);
            }
            // Every dimension gets its line; the questions behind it share what rows are left.
            let mut spare = area
                .bottom()
                .saturating_sub(y)
                .saturating_sub(a.dimensions.len() as u16);
            for (dim_id, d) in &a.dimensions {
                if y >= area.bottom() {
                    break;
                }
                let status = m.t(&format!("tui-dimension-{}", d.status.id()));
                let name = m.t(&format!("tui-dim-{}", dim_id.id()));
                let line = format!(
                    "{status:<10} {name} (S{} M{} W{})",
                    d.strong, d.medium, d.weak
                );
                let style = match d.status {
                    DimensionStatus::Positive => Style::default().fg(Color::Red),
                    DimensionStatus::Incomplete => Style::default().fg(Color::Yellow),
                    DimensionStatus::Negative => Style::default(),
                };
                put(buf, area.x, y, area.width, &line, style);
                y += 1;
                // Each fired indicator by the question that carries it, in the officer's words.
                let (fired, open) = dimension_questions(m, i, *dim_id, &d.fired, &d.open);
                let fired: Vec<String> = fired.iter().map(|t| format!("+ {t}")).collect();
                indented(buf, area, &mut y, &mut spare, &fired, Style::default());
                if d.status == DimensionStatus::Incomplete && !open.is_empty() {
                    let count = open.len().to_string();
                    let mut lines = vec![m.t_args("tui-dimension-open", &[("count", count)])];
                    lines.extend(open.iter().map(|t| format!("? {t}")));
                    indented(buf, area, &mut y, &mut spare, &lines, dim());
                }
            }
        }
    }
    let area = full;
    y = (y + 1).min(area.bottom().saturating_sub(decision_rows - 1));
    put(
        buf,
        area.x,
        y,
        area.width,
        &m.t("tui-review-decision"),
        bold(),
    );
    y += 1;
    for (k, o) in OUTCOMES.iter().enumerate() {
        if y >= area.bottom() {
            break;
        }
        let picked = form.outcome == Some(k);
        let style = if k == form.cursor && form.focus == ReviewFocus::Outcome {
            reverse()
        } else {
            Style::default()
        };
        put(
            buf,
            area.x,
            y,
            area.width,
            &format!(
                "{} {} {}",
                k + 1,
                if picked { "(•)" } else { "( )" },
                m.t(&format!("tui-outcome-{o}"))
            ),
            style,
        );
        y += 1;
    }
    let need = form
        .outcome
        .is_some_and(|o| needs_reason(assessment.as_ref().map(|a| a.rule), OUTCOMES[o]));
    let label = m.t(if need {
        "tui-review-reason-required"
    } else {
        "tui-review-reason"
    });
    let focus = form.focus == ReviewFocus::Reason;
    let used = put(
        buf,
        area.x,
        y,
        area.width,
        &format!("{label}: "),
        if focus { bold() } else { Style::default() },
    );
    put(
        buf,
        area.x + used,
        y,
        area.width - used,
        &format!("{}{}", form.reason.value(), if focus { "▏" } else { "" }),
        Style::default(),
    );
    // The saved mark, only once the decision is in a committed transaction.
    let mark = match i.save_state(DECISION_KEY) {
        SaveState::Saved => Some((m.t("tui-saved"), Style::default().fg(Color::Green))),
        SaveState::Saving => Some((m.t("tui-saving"), dim())),
        SaveState::Nothing => None,
    };
    if let Some((s, style)) = mark {
        let w = text::width(&s) as u16;
        if let Some(row) = y.checked_sub(1 + OUTCOMES.len() as u16) {
            put(buf, area.right().saturating_sub(w), row, w, &s, style);
        }
    }
}

fn overlay(m: &Model, o: &Overlay, buf: &mut Buffer, body: Rect) {
    let wide = matches!(o, Overlay::Help);
    let w = if wide {
        body.width
    } else {
        body.width.saturating_sub(4).min(70)
    };
    let h = if wide {
        body.height
    } else {
        body.height.saturating_sub(1)
    };
    let area = Rect {
        x: body.x + (body.width - w) / 2,
        y: body.y + u16::from(!wide),
        width: w,
        height: h,
    };
    Clear.render(area, buf);
    Block::bordered()
        .border_style(Style::default().fg(ACCENT))
        .render(area, buf);
    let inner = Rect {
        x: area.x + 2,
        y: area.y + 1,
        width: w.saturating_sub(4),
        height: h.saturating_sub(2),
    };
    let mut y = inner.y;
    let list = |buf: &mut Buffer, y: &mut u16, items: Vec<String>, cursor: usize| {
        for (k, s) in items.iter().enumerate() {
            if *y >= inner.bottom() {
                break;
            }
            let style = if k == cursor {
                reverse()
            } else {
                Style::default()
            };
            put(
                buf,
                inner.x,
                *y,
                inner.width,
                &format!("{} {s}", k + 1),
                style,
            );
            *y += 1;
        }
    };
    match o {
        Overlay::Help => {
            put(buf, inner.x, y, inner.width, &m.t("tui-help-title"), bold());
            y += 2;
            let ctx = m.screen.context();
            let mut ctxs = vec![Context::Global];
            if ctx != Context::Global {
                ctxs.insert(0, ctx);
            }
            // (heading?, keys, label) rows, laid out in as many columns as the height needs.
            let mut rows: Vec<(bool, String, String)> = Vec::new();
            for c in ctxs {
                rows.push((true, m.t(&format!("tui-context-{}", c.id())), String::new()));
                for (cmd, keys) in m.keymap.entries(c) {
                    let ks: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
                    rows.push((false, ks.join(" "), m.t(&format!("tui-cmd-{}", cmd.id()))));
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
        Overlay::NewInterview { cursor } => {
            put(buf, inner.x, y, inner.width, &m.t("tui-new-title"), bold());
            y += 2;
            let items = INTERVIEWEE_LANGS
                .iter()
                .map(|l| format!("{} ({})", l.endonym(), l.tag()))
                .collect();
            list(buf, &mut y, items, *cursor);
        }
        Overlay::JumpSection { cursor, .. } => {
            put(buf, inner.x, y, inner.width, &m.t("tui-jump-title"), bold());
            y += 2;
            let items = sections(m)
                .iter()
                .map(|s| {
                    format!(
                        "{} ({}/{})",
                        m.content.section(m.officer_lang, &s.checklist, &s.section),
                        s.answered,
                        s.total
                    )
                })
                .collect();
            let first = cursor.saturating_sub(inner.height.saturating_sub(3) as usize);
            let items: Vec<String> = items;
            list(
                buf,
                &mut y,
                items.into_iter().skip(first).collect(),
                cursor - first,
            );
        }
        Overlay::Note(input) => {
            put(buf, inner.x, y, inner.width, &m.t("tui-note-title"), bold());
            y += 2;
            y = para(
                buf,
                inner,
                y,
                &format!("{}▏", input.value()),
                Style::default(),
                0,
            );
            para(buf, inner, y + 1, &m.t("tui-note-help"), dim(), 0);
        }
        Overlay::Export(d) => super::export::draw(m, d, buf, inner),
        Overlay::Stop { cursor, detail } => {
            put(buf, inner.x, y, inner.width, &m.t("tui-stop-title"), bold());
            y += 2;
            let items = StopReason::OFFERED
                .iter()
                .map(|r| m.t(&format!("tui-stop-{r}")))
                .collect();
            list(buf, &mut y, items, *cursor);
            if let Some(input) = detail {
                y += 1;
                y = para(buf, inner, y, &m.t("tui-stop-detail"), bold(), 0);
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
    }
}
