//! The jump-to-section overlay: the interview's sections with a visible question, each with how
//! many of its questions are answered; a number (one or two digits) or Enter goes to the
//! section's first question.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::content::Content;
use crate::tui::draw::{bold, numbered_list, put};
use crate::tui::keymap::{Key, KeyCode};
use crate::tui::shared::{Go, Shared, list_move};

use super::question::{self, Interview};

#[derive(Default)]
pub struct JumpSection {
    pub cursor: usize,
    /// The first digit of a two-digit section number, while the second may follow.
    pub typed: Option<usize>,
}

pub struct SectionEntry {
    pub checklist: String,
    pub section: String,
    pub first_question: String,
    pub answered: usize,
    pub total: usize,
}

/// Sections with at least one visible question, in interview order.
pub fn sections(i: &Interview, content: &Content) -> Vec<SectionEntry> {
    let mut out: Vec<SectionEntry> = Vec::new();
    for (c, q) in i.flow.visible_questions(content.checklists()) {
        let answered = usize::from(i.flow.answers().contains_key(&q.id));
        match out.last_mut() {
            Some(e) if e.checklist == c.id && e.section == q.section => {
                e.total += 1;
                e.answered += answered;
            }
            _ => out.push(SectionEntry {
                checklist: c.id.clone(),
                section: q.section.clone(),
                first_question: q.id.clone(),
                answered,
                total: 1,
            }),
        }
    }
    out
}

/// Digits, arrows and Enter; `back` (Esc) closes.
pub fn key(
    jump: &mut JumpSection,
    i: Option<&mut Interview>,
    s: &mut Shared,
    key: Key,
    back: bool,
) {
    if back {
        s.go(Go::Close);
        return;
    }
    let sections = i
        .as_deref()
        .map_or_else(Vec::new, |i| sections(i, &s.content));
    let len = sections.len();
    let JumpSection { cursor, typed } = jump;
    // Section numbers take one or two digits: `1` waits while `10`–`19` exist.
    let digit = key
        .typed_char()
        .and_then(|c| c.to_digit(10))
        .map(|d| d as usize);
    let go = match (digit, typed.take()) {
        (Some(d), Some(first)) if (1..=len).contains(&(first * 10 + d)) => {
            *cursor = first * 10 + d - 1;
            true
        }
        (Some(_), Some(_)) | (Some(0), None) => false,
        (Some(d), None) if d <= len => {
            *cursor = d - 1;
            if d * 10 < len + 1 {
                *typed = Some(d);
                false
            } else {
                true
            }
        }
        (Some(_), None) => false,
        (None, _) => {
            list_move(cursor, len, key);
            key.code == KeyCode::Enter
        }
    };
    if go {
        let target = sections.get(*cursor).map(|e| e.first_question.clone());
        s.go(Go::Close);
        if let (Some(q), Some(i)) = (target, i) {
            question::go_to(i, &s.content, Some(q));
        }
    }
}

pub fn draw(jump: &JumpSection, i: Option<&Interview>, s: &Shared, buf: &mut Buffer, inner: Rect) {
    let mut y = inner.y;
    put(buf, inner.x, y, inner.width, &s.t("tui-jump-title"), bold());
    y += 2;
    let items: Vec<String> = i
        .map_or_else(Vec::new, |i| sections(i, &s.content))
        .iter()
        .map(|e| {
            format!(
                "{} ({}/{})",
                s.content.section(s.officer_lang, &e.checklist, &e.section),
                e.answered,
                e.total
            )
        })
        .collect();
    let cursor = jump.cursor;
    let first = cursor.saturating_sub(inner.height.saturating_sub(3) as usize);
    numbered_list(
        buf,
        inner,
        &mut y,
        items.into_iter().skip(first).collect(),
        cursor - first,
    );
}
