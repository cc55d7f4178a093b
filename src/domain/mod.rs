//! The shared vocabulary of Tandem as types: languages, kinds of receiving organisation, the
//! officer's decision outcomes, reasons for stopping an interview, urgent triggers, a record's
//! status and the moves between statuses, and the shape every error takes to reach a person.
//!
//! A leaf: it imports nothing from the rest of the crate, and everything else may import it.
//! Each word is defined once here, with its id (as written in records, checklists and commands),
//! serde and clap derived from the same list, so an unknown value is refused where it enters.

#[macro_use]
mod vocabulary;

/// `Debug` for types that hold personal data: the type's name and nothing of its contents, so
/// no name, note or answer can reach a log, a panic message or a test failure.
macro_rules! redacted_debug {
    ($($t:ty),* $(,)?) => {$(
        impl ::std::fmt::Debug for $t {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(concat!(stringify!($t), "(..)"))
            }
        }
    )*};
}

pub mod dates;
pub mod explain;
pub mod htcds;
pub mod lang;
pub mod organisation;
pub mod outcome;
pub mod role;
pub mod status;
pub mod stop;
pub mod suggest;
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

/// The time zone (IANA name) of a unit that has not set one: the detention centres Tandem was
/// made for. Times are stored in UTC and shown to people in the unit's time zone.
pub const DEFAULT_TIME_ZONE: &str = "Asia/Bangkok";
