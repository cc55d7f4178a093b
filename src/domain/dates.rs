//! Dates as Thai officers write and read them: a year from 2400 is the Buddhist Era's (2026 C.E.
//! is B.E. 2569), stored as the Common Era's. One reading and one writing of a day, shared by the
//! interface, the command line and the referral pages.

use jiff::civil::Date;

/// Years from this one on are Buddhist Era years: no interview, birth or removal is dated after
/// 2400 C.E.
pub const BUDDHIST_ERA_FROM: i16 = 2400;
/// B.E. = C.E. + 543.
pub const BUDDHIST_ERA_OFFSET: i16 = 543;

/// Why a typed day was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// Not `YYYY-MM-DD`.
    Shape,
    /// A day the calendar does not have (30 February).
    Impossible,
}

/// A typed day, `YYYY-MM-DD`, in either era, as a Common Era date.
pub fn parse_either_era(text: &str) -> Result<Date, DateProblem> {
    let mut parts = text.trim().splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(DateProblem::Shape);
    };
    let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(y, 4..=4) || !digits(m, 1..=2) || !digits(d, 1..=2) {
        return Err(DateProblem::Shape);
    }
    let (Ok(mut y), Ok(m), Ok(d)) = (y.parse::<i16>(), m.parse::<i8>(), d.parse::<i8>()) else {
        return Err(DateProblem::Shape);
    };
    if y >= BUDDHIST_ERA_FROM {
        y -= BUDDHIST_ERA_OFFSET;
    }
    Date::new(y, m, d).map_err(|_| DateProblem::Impossible)
}

/// The year as it is written in the era asked for.
pub fn year_in(year: i16, buddhist: bool) -> i32 {
    i32::from(year)
        + if buddhist {
            i32::from(BUDDHIST_ERA_OFFSET)
        } else {
            0
        }
}

/// `YYYY-MM-DD` in the era asked for.
pub fn ymd(d: Date, buddhist: bool) -> String {
    format!(
        "{}-{:02}-{:02}",
        year_in(d.year(), buddhist),
        d.month(),
        d.day()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn either_era_reads_as_the_common_era_and_writes_back() {
        let d = parse_either_era("2569-12-01").unwrap();
        assert_eq!(d.to_string(), "2026-12-01");
        assert_eq!(ymd(d, true), "2569-12-01");
        assert_eq!(ymd(d, false), "2026-12-01");
        assert_eq!(parse_either_era("2025-02-30"), Err(DateProblem::Impossible));
        assert_eq!(parse_either_era("01/12/2026"), Err(DateProblem::Shape));
    }
}
