//! The partners screen (supervisors): the receiving organisations referral packets go to, listed
//! with their kind and a short recipient fingerprint; add one (name, `age1…` recipient, kind) or
//! remove one after a confirmation. The worker does the vault work (`ReferralEffect`) and
//! answers with `ReferralAction`s, which `update` routes here and to the export dialog.
//!
//! Partners are organisations, not case data. This module never reads a record; it never decides
//! who may export (the vault refuses officers as well).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use tui_input::Input;

use crate::app::partners::PartnerRow;
use crate::domain::{Explanation, OrganisationKind};
use crate::tui::action::{Effect, ReferralEffect};
use crate::tui::draw::{bold, dim, fill, highlight, para, put};
use crate::tui::keymap::{Command, Context, Key, KeyCode};
use crate::tui::shared::{Go, Notice, Shared};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AddField {
    Name,
    Recipient,
    Kind,
}

pub struct AddForm {
    pub name: Input,
    pub recipient: Input,
    /// Index into `OrganisationKind::ALL`.
    pub kind: usize,
    pub focus: AddField,
    /// What is wrong with what was typed, ready to show.
    pub error: Option<String>,
    /// Sent to the vault; the form stays (and keeps what was typed) until the vault answers.
    pub pending: bool,
}

pub enum PartnersMode {
    List,
    Add(AddForm),
    ConfirmRemove,
}

pub struct PartnersScreen {
    pub rows: Vec<PartnerRow>,
    pub selected: usize,
    pub loading: bool,
    pub mode: PartnersMode,
}

impl PartnersScreen {
    /// Whether a text field has focus (plain characters are typed, not commands).
    pub fn typing(&self) -> bool {
        matches!(&self.mode, PartnersMode::Add(f) if f.focus != AddField::Kind)
    }

    pub fn focused_input(&mut self) -> Option<&mut Input> {
        match &mut self.mode {
            PartnersMode::Add(f) => match f.focus {
                AddField::Name => Some(&mut f.name),
                AddField::Recipient => Some(&mut f.recipient),
                AddField::Kind => None,
            },
            _ => None,
        }
    }
}

/// From the case queue: the partners screen, for supervisors only (else a notice and `None`).
pub fn open(s: &mut Shared) -> Option<(PartnersScreen, Vec<Effect>)> {
    if !s.is_supervisor() {
        s.notice = Some(Notice::Error("tui-supervisors-only", vec![]));
        return None;
    }
    let screen = PartnersScreen {
        rows: vec![],
        selected: 0,
        loading: true,
        mode: PartnersMode::List,
    };
    Some((screen, vec![Effect::Referral(ReferralEffect::ListPartners)]))
}

/// The worker's list of partners.
pub fn listed(p: &mut PartnersScreen, rows: Vec<PartnerRow>) {
    p.rows = rows;
    p.loading = false;
    p.selected = p.selected.min(p.rows.len().saturating_sub(1));
}

/// A partner was added or removed: back to the list (the worker's new list follows).
pub fn changed(p: &mut PartnersScreen) {
    p.mode = PartnersMode::List;
}

/// A failure from the worker; true when the add form took it (a refused partner: the form keeps
/// what was typed, with what is wrong).
pub fn failed(p: &mut PartnersScreen, error: &Explanation, message: &str) -> bool {
    p.loading = false;
    if let PartnersMode::Add(form) = &mut p.mode
        && form.pending
    {
        form.pending = false;
        form.error = Some(message.to_owned());
        form.focus = match error.id {
            "bad-key" | "bad-recipient" => AddField::Recipient,
            _ => AddField::Name,
        };
        return true;
    }
    false
}

/// Keys on the partners screen (text editing has already been done by `update`).
pub fn key(p: &mut PartnersScreen, s: &mut Shared, key: Key, cmd: Option<Command>) -> Vec<Effect> {
    match &mut p.mode {
        PartnersMode::List => match cmd {
            Some(Command::Up) => p.selected = p.selected.saturating_sub(1),
            Some(Command::Down) => {
                p.selected = (p.selected + 1).min(p.rows.len().saturating_sub(1))
            }
            Some(Command::AddPartner) => {
                p.mode = PartnersMode::Add(AddForm {
                    name: Input::default(),
                    recipient: Input::default(),
                    kind: 0,
                    focus: AddField::Name,
                    error: None,
                    pending: false,
                });
            }
            Some(Command::RemovePartner) if !p.rows.is_empty() => {
                p.mode = PartnersMode::ConfirmRemove;
            }
            Some(Command::Back) => {
                s.go(Go::Queue);
                return vec![Effect::ListCases];
            }
            _ => {}
        },
        PartnersMode::ConfirmRemove => {
            let yes = key.typed_char() == Some('y') || key.code == KeyCode::Enter;
            let name = p.rows.get(p.selected).map(|r| r.name.clone());
            p.mode = PartnersMode::List;
            if yes && let Some(name) = name {
                p.loading = true;
                return vec![Effect::Referral(ReferralEffect::RemovePartner { name })];
            }
        }
        PartnersMode::Add(form) => {
            let next = |f: AddField| match f {
                AddField::Name => AddField::Recipient,
                AddField::Recipient => AddField::Kind,
                AddField::Kind => AddField::Name,
            };
            let prev = |f: AddField| next(next(f));
            let kinds = OrganisationKind::ALL.len();
            if form.pending {
                return vec![];
            }
            match key.code {
                KeyCode::Esc => p.mode = PartnersMode::List,
                KeyCode::Tab => form.focus = next(form.focus),
                KeyCode::BackTab => form.focus = prev(form.focus),
                KeyCode::Up | KeyCode::Left if form.focus == AddField::Kind => {
                    form.kind = (form.kind + kinds - 1) % kinds
                }
                KeyCode::Down | KeyCode::Right if form.focus == AddField::Kind => {
                    form.kind = (form.kind + 1) % kinds
                }
                KeyCode::Up => form.focus = prev(form.focus),
                KeyCode::Down => form.focus = next(form.focus),
                KeyCode::Char(c)
                    if form.focus == AddField::Kind
                        && ('1'..='9').contains(&c)
                        && (c as usize - '1' as usize) < kinds =>
                {
                    form.kind = c as usize - '1' as usize;
                }
                KeyCode::Enter if form.focus != AddField::Kind => form.focus = next(form.focus),
                KeyCode::Enter => {
                    let name = form.name.value().trim().to_owned();
                    let recipient = form.recipient.value().trim().to_owned();
                    let problem = if name.is_empty() {
                        Some((s.t("tui-partners-need-name"), AddField::Name))
                    } else if p.rows.iter().any(|r| r.name == name) {
                        Some((
                            s.t_args("tui-partners-duplicate", &[("name", name.clone())]),
                            AddField::Name,
                        ))
                    } else if recipient.is_empty() {
                        Some((s.t("tui-partners-need-recipient"), AddField::Recipient))
                    } else {
                        None
                    };
                    if let Some((message, field)) = problem {
                        form.error = Some(message);
                        form.focus = field;
                        return vec![];
                    }
                    let kind = OrganisationKind::ALL[form.kind];
                    // The vault checks the recipient; the form waits for its answer.
                    form.pending = true;
                    form.error = None;
                    p.loading = true;
                    return vec![Effect::Referral(ReferralEffect::AddPartner {
                        name,
                        recipient,
                        kind,
                    })];
                }
                _ => {}
            }
        }
    }
    vec![]
}

/// Draws the partners screen in the body area.
pub fn draw(p: &PartnersScreen, s: &Shared, buf: &mut Buffer, area: Rect) {
    let mut y = area.y;
    put(
        buf,
        area.x,
        y,
        area.width,
        &s.t("tui-partners-title"),
        bold(),
    );
    y += 2;
    if let PartnersMode::Add(form) = &p.mode {
        draw_add(form, s, buf, area, y);
        return;
    }
    if p.loading && p.rows.is_empty() {
        put(
            buf,
            area.x,
            y,
            area.width,
            &s.t("tui-partners-loading"),
            dim(),
        );
        return;
    }
    if p.rows.is_empty() {
        let add = s
            .keymap
            .first_key(Context::Partners, Command::AddPartner)
            .map(|k| k.to_string())
            .unwrap_or_default();
        para(
            buf,
            area,
            y,
            &s.t_args("tui-partners-empty", &[("key", add)]),
            dim(),
            0,
        );
        return;
    }
    let kind_w = OrganisationKind::ALL
        .iter()
        .map(|k| k.id().len())
        .max()
        .unwrap_or(0) as u16;
    let fp_w = p
        .rows
        .iter()
        .map(|r| r.fingerprint.len())
        .max()
        .unwrap_or(0) as u16;
    let name_w = area.width.saturating_sub(kind_w + fp_w + 4).max(8);
    put(buf, area.x, y, name_w, &s.t("tui-partners-col-name"), dim());
    put(
        buf,
        area.x + name_w + 2,
        y,
        kind_w,
        &s.t("tui-partners-col-kind"),
        dim(),
    );
    put(
        buf,
        area.x + name_w + kind_w + 4,
        y,
        fp_w,
        &s.t("tui-partners-col-recipient"),
        dim(),
    );
    y += 1;
    let bottom = area.bottom().saturating_sub(2);
    let room = bottom.saturating_sub(y) as usize;
    let first = p.selected.saturating_sub(room.saturating_sub(1));
    for (k, r) in p.rows.iter().enumerate().skip(first).take(room) {
        let style = highlight(k == p.selected);
        let row = Rect {
            x: area.x,
            y,
            width: area.width,
            height: 1,
        };
        if k == p.selected {
            fill(buf, row, style);
        }
        put(buf, area.x, y, name_w, &r.name, style);
        put(buf, area.x + name_w + 2, y, kind_w, r.kind.id(), style);
        put(
            buf,
            area.x + name_w + kind_w + 4,
            y,
            fp_w,
            &r.fingerprint,
            style,
        );
        y += 1;
    }
    if matches!(p.mode, PartnersMode::ConfirmRemove)
        && let Some(r) = p.rows.get(p.selected)
    {
        para(
            buf,
            area,
            bottom,
            &s.t_args("tui-partners-confirm-remove", &[("name", r.name.clone())]),
            bold(),
            0,
        );
    }
}

fn draw_add(form: &AddForm, s: &Shared, buf: &mut Buffer, area: Rect, y: u16) {
    let mut y = y;
    put(
        buf,
        area.x,
        y,
        area.width,
        &s.t("tui-partners-add-title"),
        bold(),
    );
    y += 2;
    let label = |f: AddField| match f {
        AddField::Name => "tui-partners-field-name",
        AddField::Recipient => "tui-partners-field-recipient",
        AddField::Kind => "tui-partners-field-kind",
    };
    for (field, value) in [
        (AddField::Name, form.name.value()),
        (AddField::Recipient, form.recipient.value()),
    ] {
        let style = if form.focus == field {
            bold()
        } else {
            Style::default()
        };
        put(buf, area.x, y, area.width, &s.t(label(field)), style);
        y += 1;
        let cursor = if form.focus == field { "▏" } else { "" };
        y = para(
            buf,
            area,
            y,
            &format!("{value}{cursor}"),
            Style::default(),
            2,
        );
    }
    let style = if form.focus == AddField::Kind {
        bold()
    } else {
        Style::default()
    };
    put(
        buf,
        area.x,
        y,
        area.width,
        &s.t(label(AddField::Kind)),
        style,
    );
    y += 1;
    let mut x = area.x + 2;
    for (k, kind) in OrganisationKind::ALL.iter().enumerate() {
        let text = format!("{} {}", k + 1, kind.id());
        let w = crate::text::width(&text) as u16;
        if x + w > area.right() {
            y += 1;
            x = area.x + 2;
        }
        let s = highlight(k == form.kind);
        x += put(buf, x, y, area.right().saturating_sub(x), &text, s) + 2;
    }
    y += 2;
    if let Some(e) = &form.error {
        y = para(
            buf,
            area,
            y,
            e,
            Style::default().fg(ratatui::style::Color::Red),
            0,
        );
    }
    para(buf, area, y, &s.t("tui-partners-add-help"), dim(), 0);
}
