//! `render`: draws the Model, nothing else. Pure: reads the Model, writes only the frame.
//! Lays out the frame (header, body, notice line, footer, the overlay's frame) and asks the room
//! that has the body, and the overlay, to draw itself (`screens`); the primitives are in `draw`.
//! The interpreter view and the lock screen must never draw a name, case reference, note or score.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use crate::text;

use super::draw::{self, ACCENT, bold, dim, fill, para, put, reverse};
use super::keymap::{Command, Context};
use super::model::{Model, Overlay, Screen};
use super::screens::{
    export, help, jump, lock, new_interview, note, partners, question, queue, review, setup, stop,
    unlock,
};
use super::shared::{MIN_HEIGHT, MIN_WIDTH, Notice};

pub fn render(m: &Model, f: &mut Frame) {
    let area = f.area();
    let buf = f.buffer_mut();
    let s = &m.shared;
    if s.too_small() {
        too_small(m, buf, area);
        return;
    }
    if let Some(l) = &m.lock {
        // Blank but for the passphrase: nothing of the case stays on screen.
        lock::draw(l, s, buf, area);
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
    if !s.interpreter_view
        && let Some(i) = m.interview()
    {
        let used = question::urgent_banner(i, s, buf, body);
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
    if s.interpreter_view && !interpretable {
        para(
            buf,
            inner,
            inner.y + 1,
            &s.t("tui-interpreter-nothing"),
            dim(),
            0,
        );
        draw_footer(m, buf, footer);
        return;
    }
    match &m.screen {
        Screen::Starting(why) => match why {
            None => {
                put(
                    buf,
                    inner.x,
                    inner.y + 1,
                    inner.width,
                    &s.t("tui-starting"),
                    dim(),
                );
            }
            Some(error) => {
                let y = crate::tui::draw::para(
                    buf,
                    inner,
                    inner.y + 1,
                    &s.explain(error),
                    ratatui::style::Style::default().fg(ratatui::style::Color::Red),
                    0,
                );
                crate::tui::draw::para(buf, inner, y + 1, &s.t("tui-starting-leave"), dim(), 0);
            }
        },
        Screen::Setup(form) => setup::draw(form, s, buf, inner),
        Screen::Unlock(form) => unlock::draw(form, s, buf, inner),
        Screen::Queue(q) => queue::draw(q, s, buf, inner),
        Screen::Interview(i) => question::draw(i, s, buf, inner),
        Screen::Review(i, form) => review::draw(i, form, s, buf, inner),
        Screen::Partners(p) => partners::draw(p, s, buf, inner),
    }
    if let Some(n) = &s.notice {
        let (text, style) = match n {
            Notice::Info(id, args) => (s.t_args(id, args), Style::default().fg(Color::Green)),
            Notice::Error(id, args) => (s.t_args(id, args), Style::default().fg(Color::Red)),
            Notice::Failure(e) => (s.explain(e), Style::default().fg(Color::Red)),
        };
        put(
            buf,
            notice_row.x + 1,
            notice_row.y,
            notice_row.width - 2,
            &text,
            style,
        );
    }
    draw_footer(m, buf, footer);
    if let Some(o) = &m.overlay {
        overlay(m, o, buf, body);
    }
}

/// The rows the current question's prompt takes at the Model's width (for scrolling to stop at
/// its end).
pub fn prompt_height(m: &Model) -> u16 {
    m.interview()
        .map_or(0, |i| question::prompt_height(i, &m.shared))
}

fn too_small(m: &Model, buf: &mut Buffer, area: Rect) {
    let s = m.t_args(
        "tui-too-small",
        &[
            ("width", m.width.to_string()),
            ("height", m.height.to_string()),
            ("min_width", MIN_WIDTH.to_string()),
            ("min_height", MIN_HEIGHT.to_string()),
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
        // A supervisor's main action on the review is the export: it stays in sight too.
        let supervisor = m.user.as_ref().is_some_and(|u| u.supervisor);
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
                ) || (supervisor && *c == Command::Export)
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

/// The overlay's frame over the body (help takes the whole body), and the overlay inside it.
fn overlay(m: &Model, o: &Overlay, buf: &mut Buffer, body: Rect) {
    let s = &m.shared;
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
    draw::frame(buf, area);
    let inner = Rect {
        x: area.x + 2,
        y: area.y + 1,
        width: w.saturating_sub(4),
        height: h.saturating_sub(2),
    };
    match o {
        Overlay::Help => help::draw(m.screen.context(), s, buf, inner),
        Overlay::NewInterview(pick) => new_interview::draw(pick, s, buf, inner),
        Overlay::JumpSection(j) => jump::draw(j, m.interview(), s, buf, inner),
        Overlay::Note(input) => note::draw(input, s, buf, inner),
        Overlay::Export(d) => export::draw(d, s, buf, inner),
        Overlay::Stop { cursor, detail } => stop::draw(*cursor, detail.as_ref(), s, buf, inner),
    }
}
