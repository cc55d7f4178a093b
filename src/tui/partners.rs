//! The partners screen (supervisors): the receiving organisations referral packets go to, listed
//! with their kind and a short recipient fingerprint; add one (name, `age1…` recipient, kind) or
//! remove one after a confirmation. Also owns the referral Actions and Effects, which the vault
//! worker runs (the export dialog itself is in `export`).
//!
//! Partners are organisations, not case data. This module never reads a record; it never decides
//! who may export (the vault refuses officers as well).

use std::fmt;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use tui_input::Input;

pub use crate::app::partners::PartnerRow;
use crate::domain::{Explanation, OrganisationKind};
use crate::interview::record::{Export, RecordDocument};

use super::action::Effect;
use super::export::{self, ExportRequest};
use super::keymap::{Command, Context, Key, KeyCode};
use super::model::{Model, Notice, Overlay, Queue, Screen};
use super::view::{bold, dim, para, put, reverse};

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

/// Answers from the vault worker about partners and exports.
pub enum ReferralAction {
    Partners(Vec<PartnerRow>),
    /// A partner was added or removed (message id, partner name).
    PartnerChanged(&'static str, String),
    Exported {
        path: String,
        fingerprint: String,
        /// What the vault added to the record's `exports`, so the open interview matches it.
        export: Export,
    },
    /// Whether the person's consent lets the referral go to the chosen partner's kind.
    Consent {
        refusal: Option<Explanation>,
        /// A supervisor's child-protection override would let it through.
        override_helps: bool,
    },
    /// An error, explained; carries no personal data.
    Failed(Explanation),
}

/// Vault work for partners and exports.
pub enum ReferralEffect {
    ListPartners,
    AddPartner {
        name: String,
        recipient: String,
        kind: OrganisationKind,
    },
    RemovePartner {
        name: String,
    },
    /// The consent check on the record as the review screen holds it (the export checks again
    /// on the sealed record).
    CheckConsent {
        doc: Box<RecordDocument>,
        kind: OrganisationKind,
        override_reason: Option<String>,
        now: jiff::Timestamp,
    },
    Export(Box<ExportRequest>),
}

impl fmt::Debug for ReferralAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReferralAction::Partners(rows) => write!(f, "Partners({})", rows.len()),
            ReferralAction::PartnerChanged(id, _) => write!(f, "PartnerChanged({id})"),
            ReferralAction::Exported { .. } => f.write_str("Exported"),
            ReferralAction::Consent { refusal, .. } => {
                write!(f, "Consent({})", refusal.as_ref().map_or("ok", |e| e.id))
            }
            ReferralAction::Failed(e) => write!(f, "Failed({})", e.id),
        }
    }
}

impl fmt::Debug for ReferralEffect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReferralEffect::ListPartners => f.write_str("ListPartners"),
            ReferralEffect::AddPartner { kind, .. } => write!(f, "AddPartner({})", kind.id()),
            ReferralEffect::RemovePartner { .. } => f.write_str("RemovePartner"),
            ReferralEffect::CheckConsent { kind, .. } => write!(f, "CheckConsent({kind})"),
            ReferralEffect::Export(_) => f.write_str("Export"),
        }
    }
}

pub(super) fn is_supervisor(m: &Model) -> bool {
    m.user.as_ref().is_some_and(|u| u.supervisor)
}

/// From the case queue: the partners screen, for supervisors only.
pub fn open(m: &mut Model) -> Vec<Effect> {
    if !is_supervisor(m) {
        m.notice = Some(Notice::Error("tui-supervisors-only", vec![]));
        return vec![];
    }
    m.screen = Screen::Partners(Box::new(PartnersScreen {
        rows: vec![],
        selected: 0,
        loading: true,
        mode: PartnersMode::List,
    }));
    vec![Effect::Referral(ReferralEffect::ListPartners)]
}

/// What the worker answered.
pub fn on_action(m: &mut Model, a: ReferralAction) -> Vec<Effect> {
    match a {
        ReferralAction::Partners(rows) => {
            if let Screen::Partners(p) = &mut m.screen {
                p.rows = rows.clone();
                p.loading = false;
                p.selected = p.selected.min(p.rows.len().saturating_sub(1));
            }
            if let Some(Overlay::Export(d)) = &mut m.overlay {
                d.partners = Some(rows);
            }
            vec![]
        }
        ReferralAction::PartnerChanged(id, name) => {
            if let Screen::Partners(p) = &mut m.screen {
                p.mode = PartnersMode::List;
            }
            m.notice = Some(Notice::Info(id, vec![("name", name)]));
            vec![Effect::Referral(ReferralEffect::ListPartners)]
        }
        ReferralAction::Consent {
            refusal,
            override_helps,
        } => export::consent_checked(m, refusal, override_helps),
        ReferralAction::Exported {
            path,
            fingerprint,
            export,
        } => export::exported(m, path, fingerprint, export),
        ReferralAction::Failed(error) => {
            let message = m.explain(&error);
            if let Screen::Partners(p) = &mut m.screen {
                p.loading = false;
                // A refused partner: the form keeps what was typed, with what is wrong.
                if let PartnersMode::Add(form) = &mut p.mode
                    && form.pending
                {
                    form.pending = false;
                    form.error = Some(message);
                    form.focus = match error.id {
                        "bad-key" | "bad-recipient" => AddField::Recipient,
                        _ => AddField::Name,
                    };
                    return vec![];
                }
            }
            if export::failed(m, &message) {
                return vec![];
            }
            m.notice = Some(Notice::Failure(error));
            vec![]
        }
    }
}

/// Keys on the partners screen (text editing has already been done by `update`).
pub fn key(m: &mut Model, key: Key, cmd: Option<Command>) -> Vec<Effect> {
    let Screen::Partners(p) = &mut m.screen else {
        return vec![];
    };
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
                m.screen = Screen::Queue(Queue {
                    loading: true,
                    ..Queue::default()
                });
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
                        Some((
                            m.content.ui(m.officer_lang, "tui-partners-need-name", &[]),
                            AddField::Name,
                        ))
                    } else if p.rows.iter().any(|r| r.name == name) {
                        Some((
                            m.content.ui(
                                m.officer_lang,
                                "tui-partners-duplicate",
                                &[("name", name.clone())],
                            ),
                            AddField::Name,
                        ))
                    } else if recipient.is_empty() {
                        Some((
                            m.content
                                .ui(m.officer_lang, "tui-partners-need-recipient", &[]),
                            AddField::Recipient,
                        ))
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
pub fn draw(m: &Model, p: &PartnersScreen, buf: &mut Buffer, area: Rect) {
    let mut y = area.y;
    put(
        buf,
        area.x,
        y,
        area.width,
        &m.t("tui-partners-title"),
        bold(),
    );
    y += 2;
    if let PartnersMode::Add(form) = &p.mode {
        draw_add(m, form, buf, area, y);
        return;
    }
    if p.loading && p.rows.is_empty() {
        put(
            buf,
            area.x,
            y,
            area.width,
            &m.t("tui-partners-loading"),
            dim(),
        );
        return;
    }
    if p.rows.is_empty() {
        let add = m
            .keymap
            .first_key(Context::Partners, Command::AddPartner)
            .map(|k| k.to_string())
            .unwrap_or_default();
        para(
            buf,
            area,
            y,
            &m.t_args("tui-partners-empty", &[("key", add)]),
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
    put(buf, area.x, y, name_w, &m.t("tui-partners-col-name"), dim());
    put(
        buf,
        area.x + name_w + 2,
        y,
        kind_w,
        &m.t("tui-partners-col-kind"),
        dim(),
    );
    put(
        buf,
        area.x + name_w + kind_w + 4,
        y,
        fp_w,
        &m.t("tui-partners-col-recipient"),
        dim(),
    );
    y += 1;
    let bottom = area.bottom().saturating_sub(2);
    let room = bottom.saturating_sub(y) as usize;
    let first = p.selected.saturating_sub(room.saturating_sub(1));
    for (k, r) in p.rows.iter().enumerate().skip(first).take(room) {
        let style = if k == p.selected {
            reverse()
        } else {
            Style::default()
        };
        let row = Rect {
            x: area.x,
            y,
            width: area.width,
            height: 1,
        };
        if k == p.selected {
            for x in row.left()..row.right() {
                if let Some(c) = buf.cell_mut((x, y)) {
                    c.set_symbol(" ").set_style(style);
                }
            }
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
            &m.t_args("tui-partners-confirm-remove", &[("name", r.name.clone())]),
            bold(),
            0,
        );
    }
}

fn draw_add(m: &Model, form: &AddForm, buf: &mut Buffer, area: Rect, y: u16) {
    let mut y = y;
    put(
        buf,
        area.x,
        y,
        area.width,
        &m.t("tui-partners-add-title"),
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
        put(buf, area.x, y, area.width, &m.t(label(field)), style);
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
        &m.t(label(AddField::Kind)),
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
        let s = if k == form.kind {
            reverse()
        } else {
            Style::default()
        };
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
    para(buf, area, y, &m.t("tui-partners-add-help"), dim(), 0);
}
