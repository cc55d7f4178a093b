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

/// A time zone by its IANA name (`Asia/Bangkok`, case as written or not), from the time zone
/// database built into Tandem: the same zones on every laptop, Linux or Windows, found without
/// reading the disk (the system's database is listed in full on its first use, which took longer
/// than the rest of an export).
pub fn time_zone(name: &str) -> Option<jiff::tz::TimeZone> {
    static BUILT_IN: std::sync::OnceLock<jiff::tz::TimeZoneDatabase> = std::sync::OnceLock::new();
    BUILT_IN
        .get_or_init(jiff::tz::TimeZoneDatabase::bundled)
        .get(name)
        .ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn time_zones_come_from_the_built_in_database() {
        for zone in [
            "Asia/Bangkok",
            "Asia/Yangon",
            "Asia/Phnom_Penh",
            "Asia/Vientiane",
            "UTC",
        ] {
            assert!(super::time_zone(zone).is_some(), "{zone}");
        }
        let yangon = super::time_zone("Asia/Yangon").unwrap();
        let at: jiff::Timestamp = "2026-12-01T00:00:00Z".parse().unwrap();
        assert_eq!(yangon.to_offset(at).seconds(), 6 * 3600 + 30 * 60);
        for zone in ["Mars/Olympus", "", "../../etc/passwd", "Asia/"] {
            assert!(super::time_zone(zone).is_none(), "{zone}");
        }
    }
}
