//! The application layer: every operation on an unlocked vault, as one function taking the
//! session (and the checklists, texts and clock it needs). The command line (`cmd/`) and the
//! terminal interface's vault worker (`tui::worker`) both call it, and nothing else does: so a
//! rule held here (a status change the procedure allows, a reason for a decision that departs from
//! the computed result, consent before a referral) holds on both faces.
//!
//! - [`cases`]: the queue, opening, saving answers, stop, decide, hand off.
//! - [`referral`]: consent for a kind of partner, issuing a packet, opening a received one.
//! - [`partners`]: the receiving organisations.
//! - [`stats`]: the k-anonymised statistics export and its tables, signed.
//! - [`error`]: the one error type, explained to people by [`explain`].
//!
//! The clock is always passed in (`now`), so tests never sleep and never race midnight.

pub mod cases;
pub mod error;
pub mod explain;
pub mod partners;
pub mod referral;
pub mod stats;

pub use error::{AnswersProblem, DocumentOrigin, Error, FileRole, read_bounded};
