//! The shared vocabulary of Tandem as types: languages, kinds of receiving organisation, the
//! officer's decision outcomes, reasons for stopping an interview, urgent triggers, a record's
//! status and the moves between statuses, and the shape every error takes to reach a person.
//!
//! A leaf: it imports nothing from the rest of the crate, and everything else may import it.
//! Each word is defined once here, with its id (as written in records, checklists and commands),
//! serde and clap derived from the same list, so an unknown value is refused where it enters.

#[macro_use]
mod vocabulary;

pub mod explain;
pub mod lang;
pub mod organisation;
pub mod outcome;
pub mod role;
pub mod status;
pub mod stop;
pub mod urgent;

pub use explain::{Arg, Explain, Explanation, Face};
pub use lang::{Lang, OfficerLang};
pub use organisation::OrganisationKind;
pub use outcome::Outcome;
pub use role::Role;
pub use status::{CaseStep, RecordStatus, Transition};
pub use stop::StopReason;
pub use urgent::UrgentTrigger;
pub use vocabulary::UnknownValue;
