//! The review of an interview: the ILO indicator assessment the answers give (each dimension with
//! the questions behind its fired and open indicators), and the officer's decision with its
//! reason; hand-off to a supervisor; the export dialog (supervisors). A decision that departs
//! from the computed rule needs a reason (the vault refuses it too).
//!
//! Acts on the [`Interview`] of the question screen (`question`, used one-way); never shown in the
//! interpreter view.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use tui_input::Input;

use crate::checklist::model::{Dimension, Question};
use crate::checklist::scoring::{self, Assessment, DimensionStatus, RuleStatus};
use crate::domain::Outcome;
use crate::interview::answer::Answer;
use crate::text;
use crate::tui::action::Effect;
use crate::tui::content::Content;
use crate::tui::draw::{bold, dim, highlight, put};
use crate::tui::keymap::{Command, Key, KeyCode};
use crate::tui::shared::{Go, Notice, OverlayRoom, Shared};

use super::question::{self, DECISION_KEY, Interview, SaveState};

/// The officer's decisions, in the order the review offers them.
pub const OUTCOMES: &[Outcome] = Outcome::ALL;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ReviewFocus {
    Outcome,
    Reason,
}

pub struct ReviewForm {
    pub cursor: usize,
    pub outcome: Option<usize>,
    pub reason: Input,
    pub focus: ReviewFocus,
    /// The first row of the evidence shown (Ctrl-↓ / Ctrl-↑, PgDn / PgUp).
    pub scroll: u16,
}

impl ReviewForm {
    /// The review of an interview, showing the decision already taken, if any.
    pub fn open(i: &Interview) -> ReviewForm {
        let outcome = i
            .doc()
            .decision
            .as_ref()
            .and_then(|d| OUTCOMES.iter().position(|o| *o == d.outcome));
        let reason = i
            .doc()
            .decision
            .as_ref()
            .map(|d| d.reason.clone())
            .unwrap_or_default();
        ReviewForm {
            cursor: outcome.unwrap_or(0),
            outcome,
            reason: Input::new(reason),
            focus: ReviewFocus::Outcome,
            scroll: 0,
        }
    }

    /// The text field that has focus.
    pub fn focused_input(&mut self) -> Option<&mut Input> {
        (self.focus == ReviewFocus::Reason).then_some(&mut self.reason)
    }
}

/// The ILO indicator assessment of an interview, from the checklist carrying the scoring rule,
/// for the profile the answers give.
pub fn assessment(i: &Interview, content: &Content) -> Option<Assessment> {
    let checklists = content.checklists();
    let scored = checklists.iter().find(|c| c.scoring.is_some())?;
    let profile = i.flow.profile(checklists);
    scoring::assess_in(
        checklists,
        scored,
        profile,
        &i.flow.visible_answers(checklists),
    )
    .ok()
}

/// The computed rule of an interview as the domain words it: met, not met, or still open.
fn rule_met(i: &Interview, content: &Content) -> Option<bool> {
    let rule = assessment(i, content)?.rule;
    match rule {
        RuleStatus::Met => Some(true),
        RuleStatus::NotMet => Some(false),
        RuleStatus::Incomplete => None,
    }
}

/// Whether choosing `outcome` needs a reason, given the computed rule (`domain::Outcome`).
pub fn needs_reason(rule: Option<RuleStatus>, outcome: Outcome) -> bool {
    let met = match rule {
        Some(RuleStatus::Met) => Some(true),
        Some(RuleStatus::NotMet) => Some(false),
        _ => None,
    };
    outcome.departs_from_rule(met)
}

/// Sends the decision chosen on the review screen to the vault (the interview stays a draft
/// until hand-off); `Action::Changed` then shows the saved mark.
pub fn commit_decision(i: &mut Interview, form: &ReviewForm, content: &Content) -> Vec<Effect> {
    let Some(outcome) = form.outcome.map(|o| OUTCOMES[o]) else {
        return vec![];
    };
    let reason = form.reason.value().trim().to_owned();
    if i.doc()
        .decision
        .as_ref()
        .is_some_and(|d| d.outcome == outcome && d.reason == reason)
    {
        return vec![];
    }
    // A decision against the rule waits for its reason (the vault would refuse it).
    if reason.is_empty() && outcome.departs_from_rule(rule_met(i, content)) {
        return vec![];
    }
    i.sent_seq += 1;
    i.changed_at.insert(DECISION_KEY.to_owned(), i.sent_seq);
    vec![Effect::Decide {
        slot: i.slot,
        id: i.record.clone(),
        outcome,
        reason,
        seq: i.sent_seq,
    }]
}

/// Keys on the review screen (typing into the reason has already been done by `update`).
pub fn key(
    i: &mut Interview,
    form: &mut ReviewForm,
    s: &mut Shared,
    key: Key,
    cmd: Option<Command>,
) -> Vec<Effect> {
    let rule = assessment(i, &s.content).map(|a| a.rule);
    // Ctrl-↓ / Ctrl-↑ and PgDn / PgUp scroll the evidence three rows at a time, less than the
    // smallest window it gets, so no row is ever skipped (the drawing clamps it to what fits).
    let scroll = match key.code {
        KeyCode::Down | KeyCode::Up if key.ctrl || key.alt => Some(3),
        KeyCode::PageDown | KeyCode::PageUp => Some(3),
        _ => None,
    };
    if let Some(step) = scroll {
        // The screen draws the review one column in from each side.
        let last = evidence_rows(i, s, s.width.saturating_sub(2)).len() as u16;
        form.scroll = if matches!(key.code, KeyCode::Down | KeyCode::PageDown) {
            form.scroll.saturating_add(step).min(last)
        } else {
            form.scroll.saturating_sub(step)
        };
        return vec![];
    }
    if key.code == KeyCode::Tab || key.code == KeyCode::BackTab {
        form.focus = match form.focus {
            ReviewFocus::Outcome => ReviewFocus::Reason,
            ReviewFocus::Reason => ReviewFocus::Outcome,
        };
        return vec![];
    }
    match cmd {
        Some(Command::Back) if form.focus == ReviewFocus::Reason => {
            form.focus = ReviewFocus::Outcome;
        }
        Some(Command::Back) => s.go(Go::Question),
        Some(Command::Up) => form.cursor = form.cursor.saturating_sub(1),
        Some(Command::Down) => form.cursor = (form.cursor + 1).min(OUTCOMES.len() - 1),
        Some(Command::Decide) if form.focus == ReviewFocus::Outcome => {
            form.outcome = Some(form.cursor);
            form.focus = ReviewFocus::Reason;
            return commit_decision(i, form, &s.content);
        }
        Some(Command::Decide) => {
            form.focus = ReviewFocus::Outcome;
            return commit_decision(i, form, &s.content);
        }
        Some(Command::Export) => s.go(Go::Open(OverlayRoom::Export)),
        Some(Command::HandOff) => {
            let Some(outcome) = form.outcome.map(|o| OUTCOMES[o]) else {
                s.notice = Some(Notice::Error("tui-review-need-outcome", vec![]));
                return vec![];
            };
            let reason = form.reason.value().trim().to_owned();
            if reason.is_empty() && needs_reason(rule, outcome) {
                form.focus = ReviewFocus::Reason;
                s.notice = Some(Notice::Error("tui-review-need-reason", vec![]));
                return vec![];
            }
            i.sent_seq += 1;
            let seq = i.sent_seq;
            let mut effects = question::save(i, seq);
            effects.push(Effect::HandOff {
                slot: i.slot,
                id: i.record.clone(),
                outcome,
                reason,
                seq,
            });
            effects.push(Effect::ListCases);
            s.go(Go::Queue);
            s.notice = Some(Notice::Info("tui-handed-off", vec![]));
            return effects;
        }
        _ => {
            if let Some(c) = key.typed_char().filter(|c| c.is_ascii_digit() && *c != '0')
                && form.focus == ReviewFocus::Outcome
            {
                let n = c as usize - '1' as usize;
                if n < OUTCOMES.len() {
                    form.cursor = n;
                    form.outcome = Some(n);
                    form.focus = ReviewFocus::Reason;
                    return commit_decision(i, form, &s.content);
                }
            }
        }
    }
    vec![]
}

/// One line of the evidence: its text, style and indent (in columns).
type Line = (String, Style, u16);

/// Everything the review rests on, line by line: the rule's result, every dimension with the
/// questions (and the choices) behind its fired indicators and, where it could still change, the
/// questions left open and why; then the urgent needs with their windows. Drawn scrollable.
pub fn evidence(i: &Interview, s: &Shared) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    match assessment(i, &s.content) {
        None => out.push((s.t("tui-review-no-assessment"), dim(), 0)),
        Some(a) => {
            let summary = s.t(&format!("tui-rule-{}", a.rule.id()));
            out.push((
                format!(
                    "{} ({})",
                    summary,
                    s.t(&format!("tui-profile-{}", a.profile.id()))
                ),
                Style::default()
                    .fg(match a.rule.id() {
                        "met" => Color::Red,
                        "incomplete" => Color::Yellow,
                        _ => Color::Green,
                    })
                    .add_modifier(Modifier::BOLD),
                0,
            ));
            if !a.rule_verified {
                out.push((s.t("tui-rule-unverified"), dim(), 0));
            }
            for (dim_id, d) in &a.dimensions {
                let status = s.t(&format!("tui-dimension-{}", d.status.id()));
                let name = s.t(&format!("tui-dim-{}", dim_id.id()));
                let style = match d.status {
                    DimensionStatus::Positive => Style::default().fg(Color::Red),
                    DimensionStatus::Incomplete => Style::default().fg(Color::Yellow),
                    DimensionStatus::Negative => Style::default(),
                };
                out.push((
                    format!(
                        "{status:<10} {name} (S{} M{} W{})",
                        d.strong, d.medium, d.weak
                    ),
                    style,
                    0,
                ));
                let (fired, open) = dimension_questions(s, i, *dim_id, &d.fired, &d.open);
                out.extend(
                    fired
                        .into_iter()
                        .map(|t| (format!("+ {t}"), Style::default(), 2)),
                );
                if d.status != DimensionStatus::Positive && !open.is_empty() {
                    let count = open.len().to_string();
                    out.push((
                        s.t_args("tui-dimension-open", &[("count", count)]),
                        dim(),
                        2,
                    ));
                    out.extend(open.into_iter().map(|t| (format!("? {t}"), dim(), 2)));
                }
            }
        }
    }
    let urgent = question::urgent_needs(i, s);
    if !urgent.is_empty() {
        out.push((
            s.t("tui-urgent"),
            Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
            0,
        ));
        out.extend(
            urgent
                .into_iter()
                .map(|u| (format!("! {u}"), Style::default().fg(Color::Red), 2)),
        );
    }
    out
}

/// The evidence wrapped to `width` columns, one entry per screen row.
fn evidence_rows(i: &Interview, s: &Shared, width: u16) -> Vec<Line> {
    let mut rows: Vec<Line> = Vec::new();
    for (line, style, indent) in evidence(i, s) {
        // Continuation rows of an indented line line up under its text, two columns in: the
        // line is wrapped to the narrower width so no row is cut.
        let extra = if indent > 0 { 2 } else { 0 };
        let w = width.saturating_sub(indent + extra).max(1) as usize;
        for (k, part) in text::wrap(&line, w).into_iter().enumerate() {
            let at = if k > 0 { indent + extra } else { indent };
            rows.push((part, style, at.min(width.saturating_sub(1))));
        }
    }
    rows
}

/// The officer-language texts of the questions behind a dimension's fired indicators (a yes, or
/// the tagged choice picked: `question: choice`) and behind its open ones (visible, and
/// unanswered, unsure or declined: each with why it is open).
fn dimension_questions(
    s: &Shared,
    i: &Interview,
    dimension: Dimension,
    fired: &[String],
    open: &[String],
) -> (Vec<String>, Vec<String>) {
    let checklists = s.content.checklists();
    let answers = i.flow.answers();
    let text = |c: &str, q: &Question| {
        s.content
            .prompt(s.officer_lang, c, &q.id)
            .map(|p| p.text)
            .unwrap_or_else(|| q.id.clone())
    };
    let choice_text = |c: &str, q: &Question, choice: &str| {
        s.content
            .choice(s.officer_lang, c, &q.id, choice)
            .map(|t| t.text)
            .unwrap_or_else(|| choice.to_owned())
    };
    let tags = |q: &Question, ids: &[String]| -> Vec<Option<String>> {
        q.indicators
            .iter()
            .filter(|t| t.dimension == dimension && ids.contains(&t.indicator))
            .map(|t| t.choice.clone())
            .collect()
    };
    let mut yes = Vec::new();
    let mut still_open = Vec::new();
    for (c, q) in i.flow.visible_questions(checklists) {
        let fired_tags = tags(q, fired);
        let open_tags = tags(q, open);
        match answers.get(&q.id) {
            Some(Answer::Yes) if fired_tags.contains(&None) => yes.push(text(&c.id, q)),
            Some(Answer::Choices(picked)) => {
                // The question once, with every picked choice behind a fired indicator.
                let mut chosen: Vec<String> = Vec::new();
                for choice in fired_tags.iter().flatten() {
                    let t = choice_text(&c.id, q, choice);
                    if picked.contains(choice) && !chosen.contains(&t) {
                        chosen.push(t);
                    }
                }
                if !chosen.is_empty() {
                    yes.push(format!("{}: {}", text(&c.id, q), chosen.join("; ")));
                }
            }
            Some(Answer::Choice(picked)) if fired_tags.iter().flatten().any(|c| c == picked) => {
                yes.push(format!(
                    "{}: {}",
                    text(&c.id, q),
                    choice_text(&c.id, q, picked)
                ));
            }
            Some(Answer::Yes | Answer::No) => {}
            other if !open_tags.is_empty() => {
                let why = match other {
                    Some(Answer::Unsure) => s.t("tui-review-open-unsure"),
                    Some(Answer::Declined) => s.t("tui-review-open-declined"),
                    _ => s.t("tui-review-open-unanswered"),
                };
                still_open.push(format!("{} ({why})", text(&c.id, q)));
            }
            _ => {}
        }
    }
    (yes, still_open)
}

pub fn draw(i: &Interview, form: &ReviewForm, s: &Shared, buf: &mut Buffer, full: Rect) {
    // The decision keeps its rows at the bottom; the assessment gets what is left above.
    let decision_rows = 2 + OUTCOMES.len() as u16 + 1;
    let area = Rect {
        height: full.height.saturating_sub(decision_rows),
        ..full
    };
    let mut y = area.y;
    put(buf, area.x, y, area.width, &s.t("tui-review-title"), bold());
    y += 1;
    let assessment = assessment(i, &s.content);
    // The evidence, wrapped to the width, in a window that scrolls with a marker when it is
    // longer than the rows it has.
    let rows = evidence_rows(i, s, area.width);
    let room = area.bottom().saturating_sub(y);
    let total = rows.len() as u16;
    let (first, shown, marker) = if total <= room {
        (0, total, None)
    } else {
        let shown = room.saturating_sub(1);
        let first = form.scroll.min(total.saturating_sub(shown));
        let marker = if first + shown < total {
            "tui-more-below"
        } else {
            "tui-more-above"
        };
        (first, shown, Some(marker))
    };
    for (line, style, indent) in rows.iter().skip(first as usize).take(shown as usize) {
        put(
            buf,
            area.x + indent,
            y,
            area.width.saturating_sub(*indent),
            line,
            *style,
        );
        y += 1;
    }
    if let Some(marker) = marker {
        put(
            buf,
            area.x,
            y,
            area.width,
            &s.t(marker),
            Style::default()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
        );
        y += 1;
    }
    let area = full;
    y = (y + 1).min(area.bottom().saturating_sub(decision_rows - 1));
    put(
        buf,
        area.x,
        y,
        area.width,
        &s.t("tui-review-decision"),
        bold(),
    );
    y += 1;
    for (k, o) in OUTCOMES.iter().enumerate() {
        if y >= area.bottom() {
            break;
        }
        let picked = form.outcome == Some(k);
        let style = highlight(k == form.cursor && form.focus == ReviewFocus::Outcome);
        put(
            buf,
            area.x,
            y,
            area.width,
            &format!(
                "{} {} {}",
                k + 1,
                if picked { "(•)" } else { "( )" },
                s.t(&format!("tui-outcome-{o}"))
            ),
            style,
        );
        y += 1;
    }
    let need = form
        .outcome
        .is_some_and(|o| needs_reason(assessment.as_ref().map(|a| a.rule), OUTCOMES[o]));
    let label = s.t(if need {
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
        SaveState::Saved => Some((s.t("tui-saved"), Style::default().fg(Color::Green))),
        SaveState::Saving => Some((s.t("tui-saving"), dim())),
        SaveState::Nothing => None,
    };
    if let Some((s, style)) = mark {
        let w = text::width(&s) as u16;
        if let Some(row) = y.checked_sub(1 + OUTCOMES.len() as u16) {
            put(buf, area.right().saturating_sub(w), row, w, &s, style);
        }
    }
}
