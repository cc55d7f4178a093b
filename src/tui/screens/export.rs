//! Exporting a referral packet from the review screen (supervisors): pick a partner; the consent
//! check runs at once and a refusal names what is missing (for a possible child, a
//! child-protection override with a reason is offered, and audited); then a directory; the
//! packet is signed, encrypted and written by the vault worker, never over an existing file, and
//! the record becomes *referred*.
//!
//! The dialog never holds the packet or its plaintext; the worker re-reads the record from the
//! vault and checks consent again before anything is signed. It reads the [`Interview`] under it
//! (`question`, used one-way) for the record id and the consent answers.

use std::path::PathBuf;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use tui_input::Input;

use crate::app::partners::PartnerRow;
use crate::domain::{Explanation, RecordStatus};
use crate::interview::record::Export;
use crate::tui::action::{Effect, ExportRequest, ReferralEffect};
use crate::tui::draw::{bold, dim, highlight, para, put};
use crate::tui::keymap::{Key, KeyCode};
use crate::tui::shared::{Go, Notice, Shared};

use super::question::Interview;

/// Where the export dialog is.
pub enum ExportStage {
    Pick,
    /// Consent is missing for a possible child: the supervisor may override, with a reason.
    Override {
        reason: Input,
    },
    Destination {
        dir: Input,
        override_reason: Option<String>,
    },
    /// The worker is checking consent for the chosen partner.
    Checking {
        override_reason: Option<String>,
    },
    Running,
    Done {
        path: String,
        fingerprint: String,
    },
}

pub struct ExportDialog {
    /// `None` while the list is loading.
    pub partners: Option<Vec<PartnerRow>>,
    /// The highlighted, then the chosen, partner.
    pub cursor: usize,
    pub stage: ExportStage,
    /// The last refusal or failure, ready to show (no personal data).
    pub error: Option<String>,
}

impl ExportDialog {
    pub fn typing(&self) -> bool {
        matches!(
            self.stage,
            ExportStage::Override { .. } | ExportStage::Destination { .. }
        )
    }

    pub fn focused_input(&mut self) -> Option<&mut Input> {
        match &mut self.stage {
            ExportStage::Override { reason } => Some(reason),
            ExportStage::Destination { dir, .. } => Some(dir),
            _ => None,
        }
    }

    fn chosen(&self) -> Option<&PartnerRow> {
        self.partners.as_ref()?.get(self.cursor)
    }
}

/// From the review screen: the dialog (supervisors, saved records only; else a notice and
/// `None`).
pub fn open(s: &mut Shared, i: Option<&Interview>) -> Option<(ExportDialog, Vec<Effect>)> {
    if !s.is_supervisor() {
        s.notice = Some(Notice::Error("tui-supervisors-only", vec![]));
        return None;
    }
    if i.and_then(|i| i.record.as_ref()).is_none() {
        s.notice = Some(Notice::Error("tui-export-unsaved", vec![]));
        return None;
    }
    let dialog = ExportDialog {
        partners: None,
        cursor: 0,
        stage: ExportStage::Pick,
        error: None,
    };
    Some((dialog, vec![Effect::Referral(ReferralEffect::ListPartners)]))
}

/// The worker's list of partners, to pick from.
pub fn listed(d: &mut ExportDialog, rows: Vec<PartnerRow>) {
    d.partners = Some(rows);
}

/// Asks the worker whether consent covers the chosen partner's kind, on the record as the review
/// screen holds it (the export checks again on the sealed record).
fn check_consent(
    d: &mut ExportDialog,
    i: Option<&Interview>,
    now: jiff::Timestamp,
    override_reason: Option<String>,
) -> Vec<Effect> {
    let Some(doc) = i.map(|i| i.doc().clone()) else {
        return vec![];
    };
    let Some(kind) = d.chosen().map(|p| p.kind) else {
        return vec![];
    };
    d.stage = ExportStage::Checking {
        override_reason: override_reason.clone(),
    };
    vec![Effect::Referral(ReferralEffect::CheckConsent {
        doc: Box::new(doc),
        kind,
        override_reason,
        now,
    })]
}

/// The worker's answer to [`check_consent`]: on to the directory, or the refusal (with the
/// override offered where it would help: a possible child, never police contact).
pub fn consent_checked(
    d: &mut ExportDialog,
    s: &Shared,
    refusal: Option<Explanation>,
    override_helps: bool,
) -> Vec<Effect> {
    let message = refusal.as_ref().map(|e| s.explain(e));
    let ExportStage::Checking { override_reason } = &mut d.stage else {
        return vec![];
    };
    let override_reason = override_reason.take();
    match message {
        None => {
            d.error = None;
            d.stage = destination(override_reason);
        }
        Some(message) => {
            d.error = Some(message);
            d.stage = match override_reason {
                Some(reason) => ExportStage::Override {
                    reason: Input::new(reason),
                },
                None if override_helps => ExportStage::Override {
                    reason: Input::default(),
                },
                None => ExportStage::Pick,
            };
        }
    }
    vec![]
}

/// Keys in the export dialog (text editing has already been done by `update`); `back` is Esc or
/// the Back command.
pub fn key(
    d: &mut ExportDialog,
    i: Option<&Interview>,
    s: &mut Shared,
    key: Key,
    back: bool,
) -> Vec<Effect> {
    match &mut d.stage {
        ExportStage::Running | ExportStage::Checking { .. } => {}
        ExportStage::Done { .. } => {
            if back || key.code == KeyCode::Enter {
                s.go(Go::Close);
            }
        }
        ExportStage::Pick if back => s.go(Go::Close),
        ExportStage::Override { .. } | ExportStage::Destination { .. } if back => {
            d.stage = ExportStage::Pick;
            d.error = None;
        }
        ExportStage::Pick => {
            let len = d.partners.as_ref().map_or(0, Vec::len);
            match key.code {
                KeyCode::Up => d.cursor = d.cursor.saturating_sub(1),
                KeyCode::Down => d.cursor = (d.cursor + 1).min(len.saturating_sub(1)),
                KeyCode::Char(c) if c.is_ascii_digit() && c != '0' && !key.ctrl && !key.alt => {
                    let n = c as usize - '1' as usize;
                    if n < len {
                        d.cursor = n;
                        // The partner is chosen: check consent before anything else.
                        return check_consent(d, i, s.now, None);
                    }
                }
                KeyCode::Enter if len > 0 => return check_consent(d, i, s.now, None),
                _ => {}
            }
        }
        ExportStage::Override { reason } => {
            if key.code == KeyCode::Enter {
                let reason = reason.value().trim().to_owned();
                if reason.is_empty() {
                    d.error = Some(s.explain(&Explanation::new("override-without-reason")));
                    return vec![];
                }
                return check_consent(d, i, s.now, Some(reason));
            }
        }
        ExportStage::Destination {
            dir,
            override_reason,
        } => {
            if key.code == KeyCode::Enter {
                let dir = match dir.value().trim() {
                    "" => ".".to_owned(),
                    d => d.to_owned(),
                };
                let override_reason = override_reason.take();
                let Some(partner) = d.chosen().map(|p| p.name.clone()) else {
                    return vec![];
                };
                let Some(record) = i.and_then(|i| i.record.clone()) else {
                    return vec![];
                };
                d.stage = ExportStage::Running;
                d.error = None;
                return vec![Effect::Referral(ReferralEffect::Export(Box::new(
                    ExportRequest {
                        record,
                        partner,
                        override_reason,
                        dir: PathBuf::from(dir),
                        now: s.now,
                    },
                )))];
            }
        }
    }
    vec![]
}

fn destination(override_reason: Option<String>) -> ExportStage {
    ExportStage::Destination {
        dir: Input::new(".".to_owned()),
        override_reason,
    }
}

/// The packet is written: shown in the dialog (where, and the unit key fingerprint), or as a
/// notice once the dialog is closed; the open interview's record is referred.
pub fn exported(
    d: Option<&mut ExportDialog>,
    i: Option<&mut Interview>,
    s: &mut Shared,
    path: String,
    fingerprint: String,
    export: Export,
) -> Vec<Effect> {
    if let Some(i) = i {
        let doc = i.flow.record_mut();
        // What the vault committed (app::referral::issue), kept in step on screen.
        doc.status = RecordStatus::Referred;
        doc.exports.push(export);
    }
    match d {
        Some(d) => {
            d.error = None;
            d.stage = ExportStage::Done { path, fingerprint };
        }
        None => {
            s.notice = Some(Notice::Info(
                "tui-export-written",
                vec![("path", path), ("fingerprint", fingerprint)],
            ));
        }
    }
    vec![Effect::ListCases]
}

/// A failure while the dialog waits: shown in the dialog, which goes back to the directory.
/// False when no export was running.
pub fn failed(d: &mut ExportDialog, message: &str) -> bool {
    if matches!(d.stage, ExportStage::Running) {
        d.error = Some(message.to_owned());
        d.stage = destination(None);
        true
    } else if d.partners.is_none() {
        d.error = Some(message.to_owned());
        d.partners = Some(vec![]);
        true
    } else {
        false
    }
}

/// Draws the export dialog inside the overlay frame.
pub fn draw(d: &ExportDialog, s: &Shared, buf: &mut Buffer, area: Rect) {
    let mut y = area.y;
    put(buf, area.x, y, area.width, &s.t("tui-export-title"), bold());
    y += 2;
    let error = |buf: &mut Buffer, y: u16| match &d.error {
        Some(e) => {
            let y = para(
                buf,
                area,
                y,
                &s.t_args("tui-export-refused", &[("reason", e.clone())]),
                Style::default().fg(Color::Red),
                0,
            );
            y + 1
        }
        None => y,
    };
    let chosen = d
        .chosen()
        .map(|p| format!("{} ({})", p.name, p.kind.id()))
        .unwrap_or_default();
    match &d.stage {
        ExportStage::Pick => {
            y = error(buf, y);
            let Some(partners) = &d.partners else {
                put(
                    buf,
                    area.x,
                    y,
                    area.width,
                    &s.t("tui-partners-loading"),
                    dim(),
                );
                return;
            };
            if partners.is_empty() {
                para(buf, area, y, &s.t("tui-export-no-partners"), dim(), 0);
                return;
            }
            y = para(buf, area, y, &s.t("tui-export-pick"), Style::default(), 0);
            for (k, p) in partners.iter().enumerate() {
                if y >= area.bottom() {
                    break;
                }
                let style = highlight(k == d.cursor);
                let line = format!("{} {}  {}  {}", k + 1, p.name, p.kind.id(), p.fingerprint);
                put(buf, area.x, y, area.width, &line, style);
                y += 1;
            }
        }
        ExportStage::Override { reason } => {
            put(buf, area.x, y, area.width, &chosen, Style::default());
            y += 2;
            put(
                buf,
                area.x,
                y,
                area.width,
                &s.t("tui-export-override-title"),
                bold(),
            );
            y += 1;
            // The reason field first, so it stays on screen in a small terminal.
            y = para(
                buf,
                area,
                y,
                &format!("{}▏", reason.value()),
                Style::default(),
                2,
            );
            y += 1;
            y = para(buf, area, y, &s.t("tui-export-override-help"), dim(), 0);
            error(buf, y + 1);
        }
        ExportStage::Destination {
            dir,
            override_reason,
        } => {
            put(buf, area.x, y, area.width, &chosen, Style::default());
            y += 1;
            if override_reason.is_some() {
                put(
                    buf,
                    area.x,
                    y,
                    area.width,
                    &s.t("tui-export-with-override"),
                    dim(),
                );
                y += 1;
            }
            y += 1;
            y = error(buf, y);
            y = para(buf, area, y, &s.t("tui-export-dir"), Style::default(), 0);
            y = para(
                buf,
                area,
                y,
                &format!("{}▏", dir.value()),
                Style::default(),
                2,
            );
            para(buf, area, y + 1, &s.t("tui-export-dir-help"), dim(), 0);
        }
        ExportStage::Running | ExportStage::Checking { .. } => {
            put(buf, area.x, y, area.width, &chosen, Style::default());
            y += 2;
            put(
                buf,
                area.x,
                y,
                area.width,
                &s.t("tui-export-running"),
                dim(),
            );
        }
        ExportStage::Done { path, fingerprint } => {
            y = para(buf, area, y, &s.t("tui-export-done"), Style::default(), 0);
            y = para(buf, area, y, path, bold(), 2);
            y += 1;
            y = para(
                buf,
                area,
                y,
                &s.t("tui-export-fingerprint"),
                Style::default(),
                0,
            );
            y = para(buf, area, y, fingerprint, bold(), 2);
            y += 1;
            para(buf, area, y, &s.t("tui-export-done-help"), dim(), 0);
        }
    }
}
