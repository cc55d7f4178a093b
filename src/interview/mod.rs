//! The interview as data: the visible-question flow across checklists, the two stages (first
//! screen, full interview) and what to ask next, the profile that follows from the answers,
//! urgent triggers, and the record document. Pure: no terminal, no disk, no keys.

pub mod flow;
pub mod htcds;
pub mod profile;
pub mod record;
pub mod stage;
pub mod urgent;

/// Answers live in [`crate::checklist::answer`] (conditions and scoring read them, and
/// `checklist` must not import `interview`). This alias keeps `interview::answer::Answer`
/// working for the terminal interface and the referral code, which other branches are
/// refactoring at the same time; new code names `checklist::answer`.
pub use crate::checklist::answer;
