//! k-anonymity by generalisation, then suppression: every combination of the released columns
//! is held by at least `k` rows, or the rows that hold it are not released.
//!
//! The method is a greedy full-domain generalisation in the manner of Datafly (Sweeney 1998),
//! deterministic: while more rows than the suppression allowance sit in combinations held by
//! fewer than `k`, the one column whose next level leaves the fewest such rows is generalised (an age band to child or adult, a year to the span of the
//! export, a rare value to `Other`, at last the whole column to `*`); then the rows still in
//! small combinations are suppressed. The result is checked again before it is returned.
//!
//! Pure: rows in, released rows and a report out.

use std::collections::BTreeMap;

/// The smallest k Tandem releases with: CTDC's own (HTCDS.md, "Safe statistics").
pub const MIN_K: usize = 11;

/// Written for a column generalised away entirely.
pub const ANY: &str = "*";
/// Written for a value held by fewer than k rows, grouped with the other rare ones.
pub const OTHER: &str = "Other";

/// How a column's values are generalised, level by level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ladder {
    /// The same for every row (the unit): never generalised.
    Constant,
    /// CTDC age bands: 1 child or adult (`0-17`, `18+`), 2 `*`.
    AgeBand,
    /// A year: 1 the span of years in the export (`2025-2026`), which is one value.
    Year,
    /// Any value (or `;`-joined set): 1 values held by fewer than k rows become `Other`, 2 `*`.
    Category,
}

impl Ladder {
    fn top(self) -> usize {
        match self {
            Ladder::Constant => 0,
            Ladder::Year => 1,
            Ladder::AgeBand | Ladder::Category => 2,
        }
    }
}

/// A column of the release.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub ladder: Ladder,
    /// How much the column is worth keeping: columns of a lower tier are generalised first
    /// (the details before the person's gender, age group and citizenship).
    pub tier: u8,
}

/// What was done to reach k, for the report on stderr.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub k: usize,
    /// Rows offered (records with research consent in the period).
    pub rows_in: usize,
    pub released: usize,
    pub suppressed: usize,
    /// Each generalised column and the level it reached, e.g. `("ctdc_AgeBroad", "child-or-adult")`.
    pub generalised: Vec<(&'static str, &'static str)>,
    /// Distinct combinations released, and the smallest one's size.
    pub combinations: usize,
    pub smallest: Option<usize>,
}

/// Rows that may leave, sorted (their order says nothing of the vault's), and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Release {
    pub rows: Vec<Vec<String>>,
    pub report: Report,
}

/// Why no release was made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnonymiseError {
    #[error("k must be at least {MIN_K}, not {0}")]
    KTooSmall(usize),
}

/// Generalises and suppresses `rows` (one value per column, in `columns` order) until every
/// released combination is held by at least `k` rows.
pub fn anonymise(
    columns: &[Column],
    rows: &[Vec<String>],
    k: usize,
) -> Result<Release, AnonymiseError> {
    if k < MIN_K {
        return Err(AnonymiseError::KTooSmall(k));
    }
    let counts: Vec<BTreeMap<&str, usize>> = (0..columns.len())
        .map(|c| {
            let mut m = BTreeMap::new();
            for r in rows {
                *m.entry(r[c].as_str()).or_insert(0) += 1;
            }
            m
        })
        .collect();
    let years: Vec<&str> = columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.ladder == Ladder::Year)
        .map(|(i, _)| i)
        .flat_map(|i| rows.iter().map(move |r| r[i].as_str()))
        .filter(|y| !y.is_empty())
        .collect();
    let span = match (years.iter().min(), years.iter().max()) {
        (Some(lo), Some(hi)) if lo == hi => (*lo).to_owned(),
        (Some(lo), Some(hi)) => format!("{lo}-{hi}"),
        _ => String::new(),
    };
    let general = |c: usize, level: usize, value: &str| -> String {
        match (columns[c].ladder, level) {
            (_, 0) | (Ladder::Constant, _) => value.to_owned(),
            (Ladder::AgeBand, 1) => crate::domain::htcds::coarse_age_band(value).to_owned(),
            (Ladder::Year, _) => span.clone(),
            (Ladder::Category, 1) if counts[c].get(value).copied().unwrap_or(0) < k => {
                OTHER.to_owned()
            }
            (Ladder::Category, 1) => value.to_owned(),
            _ => ANY.to_owned(),
        }
    };
    let mut levels = vec![0usize; columns.len()];
    // Datafly suppresses at most k rows; a few more (5 %) keeps more detail in a large export.
    let allowance = k.max(rows.len() / 20);
    let generalise_all = |levels: &[usize]| -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| {
                r.iter()
                    .enumerate()
                    .map(|(c, v)| general(c, levels[c], v))
                    .collect()
            })
            .collect()
    };
    // Rows left in combinations held by fewer than k, at these levels.
    let small_at = |levels: &[usize]| {
        let trial = generalise_all(levels);
        let sizes = class_sizes(&trial);
        trial.iter().filter(|r| sizes[*r] < k).count()
    };
    while small_at(&levels) > allowance {
        // Within the lowest tier that can still be generalised, the step that leaves the fewest
        // rows in small combinations (ties: the earlier column).
        let pick = (0..columns.len())
            .filter(|&c| levels[c] < columns[c].ladder.top())
            .min_by_key(|&c| {
                let mut next = levels.clone();
                next[c] += 1;
                (columns[c].tier, small_at(&next), c)
            });
        let Some(c) = pick else { break };
        levels[c] += 1;
    }
    // Then give detail back where the allowance still holds: the most valued columns first,
    // one level at a time, until no column can go down without passing the allowance.
    loop {
        let mut order: Vec<usize> = (0..columns.len()).filter(|&c| levels[c] > 0).collect();
        order.sort_by_key(|&c| (std::cmp::Reverse(columns[c].tier), c));
        let back = order.into_iter().find(|&c| {
            let mut next = levels.clone();
            next[c] -= 1;
            small_at(&next) <= allowance
        });
        let Some(c) = back else { break };
        levels[c] -= 1;
    }
    let current = generalise_all(&levels);
    let sizes = class_sizes(&current);
    let mut released: Vec<Vec<String>> =
        current.iter().filter(|r| sizes[*r] >= k).cloned().collect();
    released.sort();
    let final_sizes = class_sizes(&released);
    // The guarantee, checked on what is released, not on how it was made.
    assert!(
        final_sizes.values().all(|&n| n >= k),
        "a released combination is held by fewer than k rows"
    );
    let generalised = columns
        .iter()
        .zip(&levels)
        .filter(|(_, l)| **l > 0)
        .map(|(c, &l)| (c.name, level_name(c.ladder, l)))
        .collect();
    Ok(Release {
        report: Report {
            k,
            rows_in: rows.len(),
            released: released.len(),
            suppressed: rows.len() - released.len(),
            generalised,
            combinations: final_sizes.len(),
            smallest: final_sizes.values().min().copied(),
        },
        rows: released,
    })
}

fn class_sizes(rows: &[Vec<String>]) -> BTreeMap<&Vec<String>, usize> {
    let mut m = BTreeMap::new();
    for r in rows {
        *m.entry(r).or_insert(0) += 1;
    }
    m
}

/// The level a column reached, as an id (`stats-level-<id>` in `ui.ftl` says it in words).
pub fn level_name(ladder: Ladder, level: usize) -> &'static str {
    match (ladder, level) {
        (_, 0) | (Ladder::Constant, _) => "as-recorded",
        (Ladder::AgeBand, 1) => "child-or-adult",
        (Ladder::Year, _) => "span-of-years",
        (Ladder::Category, 1) => "rare-as-other",
        _ => "removed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: [Column; 3] = [
        Column {
            name: "age",
            ladder: Ladder::AgeBand,
            tier: 3,
        },
        Column {
            name: "citizenship",
            ladder: Ladder::Category,
            tier: 2,
        },
        Column {
            name: "year",
            ladder: Ladder::Year,
            tier: 1,
        },
    ];

    fn row(age: &str, c: &str, y: &str) -> Vec<String> {
        vec![age.into(), c.into(), y.into()]
    }

    fn check_k(release: &Release, k: usize) {
        let mut m: BTreeMap<&Vec<String>, usize> = BTreeMap::new();
        for r in &release.rows {
            *m.entry(r).or_default() += 1;
        }
        assert!(m.values().all(|&n| n >= k), "{m:?}");
    }

    #[test]
    fn k_below_eleven_is_refused() {
        assert_eq!(
            anonymise(&COLUMNS, &[], 10),
            Err(AnonymiseError::KTooSmall(10))
        );
    }

    #[test]
    fn a_large_uniform_group_is_released_as_it_is() {
        let rows: Vec<_> = (0..30).map(|_| row("24-26", "MM", "2026")).collect();
        let r = anonymise(&COLUMNS, &rows, 11).unwrap();
        assert_eq!(r.rows.len(), 30);
        assert!(r.report.generalised.is_empty());
        check_k(&r, 11);
    }

    #[test]
    fn rare_values_are_generalised_then_suppressed() {
        let mut rows: Vec<_> = (0..40)
            .map(|i| row(["18-20", "21-23"][i % 2], "MM", "2026"))
            .collect();
        rows.extend((0..12).map(|i| row(["0-8", "9-17"][i % 2], "KH", "2025")));
        rows.push(row("48+", "VN", "2026"));
        let r = anonymise(&COLUMNS, &rows, 11).unwrap();
        check_k(&r, 11);
        assert_eq!(r.report.rows_in, 53);
        assert_eq!(r.report.released + r.report.suppressed, 53);
        // The lone Vietnamese adult is not released as such.
        assert!(!r.rows.iter().any(|x| x[1] == "VN"));
        // A child is never grouped with adults.
        assert!(
            r.rows
                .iter()
                .all(|x| !(x[0] == "18+" && x[1] == "KH") && x[0] != "0-8-18+")
        );
    }

    #[test]
    fn fewer_rows_than_k_release_nothing() {
        let rows: Vec<_> = (0..10).map(|_| row("24-26", "MM", "2026")).collect();
        let r = anonymise(&COLUMNS, &rows, 11).unwrap();
        assert!(r.rows.is_empty());
        assert_eq!(r.report.suppressed, 10);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// Whatever the rows, every released combination is held by at least k of them, and the
        /// released rows are rows offered (generalised), never more of them.
        #[test]
        fn every_release_holds_k(
            rows in proptest::collection::vec(
                (0usize..9, 0usize..6, 0usize..3),
                0..300,
            ),
            k in 11usize..30,
        ) {
            let bands = crate::domain::htcds::AGE_BANDS;
            let rows: Vec<Vec<String>> = rows
                .iter()
                .map(|(a, c, y)| row(bands[*a], ["MM", "KH", "LA", "VN", "TH", ""][*c], ["2024", "2025", "2026"][*y]))
                .collect();
            let r = anonymise(&COLUMNS, &rows, k).unwrap();
            check_k(&r, k);
            proptest::prop_assert!(r.rows.len() <= rows.len());
            proptest::prop_assert_eq!(r.report.released + r.report.suppressed, rows.len());
        }
    }
}
