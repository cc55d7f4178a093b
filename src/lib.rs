//! Tandem: bilingual, keyboard-driven screening interviews for officers in immigration detention,
//! encrypted at rest, with signed and encrypted referral packets for receiving organisations.
//!
//! The library is organised by domain, one job per module:
//!
//! - [`domain`]: the shared vocabulary as types (languages, organisation kinds, outcomes, stop
//!   reasons, urgent triggers, record status and its transitions, how errors are explained). A
//!   leaf: it imports nothing from the crate.
//! - [`app`]: every operation on an unlocked vault; the command line and the terminal
//!   interface's vault worker both call it, and nothing else does.
//! - [`checklist`]: the checklist files (questions, skip logic, ILO indicator tags, the scoring rule),
//!   their validation with `file:line:col` diagnostics, and the assessment engine.
//! - [`l10n`]: Fluent bundles, bilingual pairs, locale coverage and translation review status.
//! - [`text`]: display width, grapheme-safe truncation, line breaking for Thai, Lao, Khmer, Burmese.
//! - [`interview`]: the interview as data: answers, the visible-question flow, urgent triggers.
//! - [`vault`]: the encrypted store. Only `vault` and `referral` touch `age`.
//! - [`referral`]: referral packets: building, signing, encryption, verification, HTML summary.
//! - [`stats`]: statistics safe to share: one row per person in HTCDS names, k-anonymised, and
//!   aggregate tables with small cells suppressed.
//! - [`tui`]: the terminal interface. Only `tui` touches the terminal.
//!
//! The screening output is always "indicators present, refer", never "is a victim": screening is
//! not identification.
#![forbid(unsafe_code)]

#[macro_use]
pub mod domain;

pub mod app;
pub mod checklist;
pub mod diagnostic;
pub mod interview;
pub mod l10n;
pub mod platform;
pub mod referral;
pub mod stats;
pub mod text;
pub mod threads;
pub mod tui;
pub mod vault;
