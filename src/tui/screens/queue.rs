//! The case queue: every record the vault holds for this unit, urgent ones first, with a search
//! on the case reference. Opens a case (the worker reads it), starts a new interview (the
//! language overlay), goes to partners (supervisors), quits.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use tui_input::Input;

use crate::app::cases::CaseRow;
use crate::domain::CaseStep;
use crate::tui::action::Effect;
use crate::tui::draw::{bold, dim, fill, highlight, para, put};
use crate::tui::keymap::{Command, Key};
use crate::tui::shared::{Go, OverlayRoom, Shared};

#[derive(Default)]
pub struct Queue {
    pub cases: Vec<CaseRow>,
    pub selected: usize,
    pub search: Option<Input>,
    pub loading: bool,
}

impl Queue {
    /// An empty queue waiting for the worker's list.
    pub fn loading() -> Queue {
        Queue {
            loading: true,
            ..Queue::default()
        }
    }

    /// The rows the search lets through, in queue order.
    pub fn visible(&self) -> Vec<&CaseRow> {
        let needle = self
            .search
            .as_ref()
            .map(|s| s.value().to_lowercase())
            .unwrap_or_default();
        self.cases
            .iter()
            .filter(|c| {
                needle.is_empty()
                    || c.case_ref
                        .as_deref()
                        .is_some_and(|r| r.to_lowercase().contains(&needle))
            })
            .collect()
    }

    /// The worker's list, in queue order.
    pub fn listed(&mut self, mut rows: Vec<CaseRow>) {
        sort_queue(&mut rows);
        self.cases = rows;
        self.loading = false;
        self.selected = self.selected.min(self.cases.len().saturating_sub(1));
    }
}

/// The unit's day plan: cases with work left before those done (a first screen, a full
/// interview, a decision, a supervisor), then the earliest scheduled removal, then the more
/// urgent (more triggers), then the most recently touched.
pub fn sort_queue(rows: &mut [CaseRow]) {
    let done = |r: &CaseRow| matches!(r.step, CaseStep::Referred | CaseStep::Closed);
    rows.sort_by(|a, b| {
        done(a)
            .cmp(&done(b))
            .then_with(|| match (a.removal, b.removal) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
            .then_with(|| b.urgent.len().cmp(&a.urgent.len()))
            .then_with(|| b.updated.cmp(&a.updated))
    });
}

/// Whether a removal date falls within 72 hours of `now` (the end of that day, unit time): the
/// row stands out, since a full interview may no longer fit before it.
pub fn removal_is_near(removal: jiff::civil::Date, now: jiff::Timestamp) -> bool {
    let today = jiff::tz::Offset::UTC.to_datetime(now).date();
    let days = today.until(removal).map_or(0, |s| s.get_days());
    days <= 3
}

/// Keys on the queue (typing into the search has already been done by `update`).
pub fn key(q: &mut Queue, s: &mut Shared, _key: Key, cmd: Option<Command>) -> Vec<Effect> {
    let len = q.visible().len();
    match cmd {
        Some(Command::Up) => q.selected = q.selected.saturating_sub(1),
        Some(Command::Down) => q.selected = (q.selected + 1).min(len.saturating_sub(1)),
        Some(Command::Search) => {
            q.search = Some(Input::default());
            q.selected = 0;
        }
        Some(Command::Back) => {
            q.search = None;
        }
        Some(Command::Open) => {
            if let Some(row) = q.visible().get(q.selected) {
                let id = row.id.clone();
                q.loading = true;
                return vec![Effect::OpenCase { id }];
            }
        }
        Some(Command::Partners) => s.go(Go::Partners),
        Some(Command::NewInterview) => s.go(Go::Open(OverlayRoom::NewInterview)),
        Some(Command::Quit) => {
            s.quitting = true;
            return vec![Effect::Lock, Effect::Quit];
        }
        _ => {}
    }
    vec![]
}

pub fn draw(q: &Queue, s: &Shared, buf: &mut Buffer, area: Rect) {
    let mut y = area.y;
    put(buf, area.x, y, area.width, &s.t("tui-queue-title"), bold());
    if let Some(search) = &q.search {
        let label = s.t("tui-queue-search");
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
            &format!("{}▏", search.value()),
            Style::default(),
        );
    }
    y += 2;
    let rows = q.visible();
    if q.loading && rows.is_empty() {
        put(buf, area.x, y, area.width, &s.t("tui-loading"), dim());
        return;
    }
    if rows.is_empty() {
        para(buf, area, y, &s.t("tui-queue-empty"), dim(), 0);
        return;
    }
    // On a narrow screen the columns give way so the removal date keeps its room.
    let w_ref = 18u16.min(area.width / 4);
    // As wide as the longest step label in the officer's language.
    let w_status = CaseStep::ALL
        .iter()
        .map(|st| crate::text::width(&s.t(&format!("tui-step-{}", st.id()))) as u16 + 2)
        .max()
        .unwrap_or(17)
        .clamp(10, 26)
        .min(area.width / 3);
    put(buf, area.x + 2, y, w_ref, &s.t("tui-queue-col-case"), dim());
    put(
        buf,
        area.x + 2 + w_ref,
        y,
        w_status,
        &s.t("tui-queue-col-status"),
        dim(),
    );
    put(
        buf,
        area.x + 2 + w_ref + w_status,
        y,
        area.width.saturating_sub(2 + w_ref + w_status),
        &s.t("tui-queue-col-urgent"),
        dim(),
    );
    y += 1;
    let height = area.bottom().saturating_sub(y) as usize;
    let first = q.selected.saturating_sub(height.saturating_sub(1));
    for (k, row) in rows.iter().enumerate().skip(first).take(height) {
        let selected = k == q.selected;
        let style = highlight(selected);
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
        let near = row.removal.is_some_and(|d| removal_is_near(d, s.now));
        let mark = if row.urgent.is_empty() && !near {
            "  "
        } else {
            "! "
        };
        put(buf, area.x, y, 2, mark, style.fg(Color::Red));
        let r = row
            .case_ref
            .clone()
            .unwrap_or_else(|| s.t("tui-no-case-ref"));
        put(buf, area.x + 2, y, w_ref - 1, &r, style);
        put(
            buf,
            area.x + 2 + w_ref,
            y,
            w_status - 1,
            &s.t(&format!("tui-step-{}", row.step.id())),
            style,
        );
        let mut extra: Vec<String> = row
            .urgent
            .iter()
            .map(|t| s.t(&format!("tui-trigger-{t}")))
            .collect();
        if let Some(d) = row.removal {
            extra.insert(
                0,
                s.t_args(
                    if near {
                        "tui-queue-removal-near"
                    } else {
                        "tui-queue-removal"
                    },
                    &[("date", super::question::shown_date_compact(s, d))],
                ),
            );
        }
        let x = area.x + 2 + w_ref + w_status;
        let extra_style = if near {
            style
                .fg(Color::Red)
                .add_modifier(ratatui::style::Modifier::BOLD)
        } else {
            style
        };
        put(
            buf,
            x,
            y,
            area.right().saturating_sub(x),
            &extra.join(", "),
            extra_style,
        );
        y += 1;
    }
}
