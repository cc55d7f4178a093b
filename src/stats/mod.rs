//! Statistics safe to share: a unit's screenings as one row per person in the names of IOM's
//! Human Trafficking Case Data Standard, k-anonymised ([`anonymise`]), and aggregate tables with
//! every small cell suppressed ([`tables`]). CTDC publishes HTCDS-shaped data with k = 11; nothing
//! here releases with less.
//!
//! What a row holds is decided here ([`COLUMNS`]): the person's gender, CTDC age band and
//! citizenship, the types of exploitation, the industry, the methods of control, the trafficking
//! status a screening gives, the year, the kinds of organisation referred to, and the unit. No
//! name, case reference, free text, place below country or exact date ever enters a row.
//!
//! Pure: records and checklists in, rows and counts out; the application layer reads the vault,
//! writes and signs the files.

pub mod anonymise;

use std::collections::BTreeMap;

use crate::checklist::answer::Answer;
use crate::checklist::model::{AgeGroup, Checklist, Dimension};
use crate::checklist::scoring::{self, DimensionStatus};
use crate::domain::OrganisationKind;
use crate::domain::htcds::{self, Standard};
use crate::interview::flow::Interview;
use crate::interview::htcds as record_htcds;
use crate::interview::record::RecordDocument;

pub use anonymise::{ANY, Column, Ladder, MIN_K, OTHER, Release, Report, anonymise};

/// The consent question that gates every statistic: research use of non-identifying data.
pub const RESEARCH_CONSENT: &str = "consent-research";

/// Separates the values of a multi-valued cell (codes in the standard's order).
pub const SEPARATOR: &str = ";";

/// The released columns, in order, each with how much it is worth keeping: the person's gender,
/// age group and the unit last (tier 3), then citizenship, type of exploitation and trafficking
/// status (2); industry, methods of control, year and kinds referred to are generalised first (1). HTCDS field names where the standard has the field; CTDC's
/// names for the age band and year; `tandem_ReferredTo` for Tandem's kinds of receiving
/// organisation (the standard has no field for them).
pub const COLUMNS: [Column; 10] = [
    Column {
        name: "prs_Gender",
        ladder: Ladder::Category,
        tier: 3,
    },
    Column {
        name: "ctdc_AgeBroad",
        ladder: Ladder::AgeBand,
        tier: 3,
    },
    Column {
        name: "prs_Citizenship",
        ladder: Ladder::Category,
        tier: 2,
    },
    Column {
        name: "vic_TypeOfExploitation",
        ladder: Ladder::Category,
        tier: 2,
    },
    Column {
        name: "vic_ForcedLabourIndustry",
        ladder: Ladder::Category,
        tier: 1,
    },
    Column {
        name: "vic_MethodsOfControl",
        ladder: Ladder::Category,
        tier: 1,
    },
    Column {
        name: "vic_TraffickingStatus",
        ladder: Ladder::Category,
        tier: 2,
    },
    Column {
        name: "ctdc_YearOfRegistration",
        ladder: Ladder::Year,
        tier: 1,
    },
    Column {
        name: "tandem_ReferredTo",
        ladder: Ladder::Category,
        tier: 1,
    },
    Column {
        name: "cas_ReferringOrganisation",
        ladder: Ladder::Constant,
        tier: 3,
    },
];

/// What one screening contributes: the row, and what the tables count. Personal data (it is
/// about one person): `Debug` shows nothing.
#[derive(Clone, PartialEq, Eq)]
pub struct Screening {
    /// One value per [`COLUMNS`] entry.
    pub row: Vec<String>,
    /// ILO dimensions found positive.
    pub dimensions: Vec<&'static str>,
    /// Indicators that fired.
    pub indicators: Vec<String>,
    /// `vic_TypeOfExploitation` codes.
    pub exploitation: Vec<String>,
    pub referred_to: Vec<OrganisationKind>,
}

redacted_debug!(Screening);

/// When a screening took place, for the period of an export: the decision, else the first answer.
pub fn screened_on(doc: &RecordDocument) -> Option<jiff::civil::Date> {
    let at = doc
        .decision
        .as_ref()
        .map(|d| d.at)
        .or_else(|| doc.answered.values().map(|m| m.at).min())?;
    Some(jiff::tz::Offset::UTC.to_datetime(at).date())
}

/// Whether the person agreed that non-identifying data from their interview may be used for
/// research and statistics (a yes, nothing else).
pub fn consented_to_research(doc: &RecordDocument) -> bool {
    doc.answers.get(RESEARCH_CONSENT).and_then(|v| v.as_str()) == Some("yes")
}

/// The statistics of one record: `None` without research consent or without a screening date.
/// `referred_to` gives the kind of each partner the record was exported to.
pub fn screening(
    doc: &RecordDocument,
    checklists: &[Checklist],
    referred_to: &[OrganisationKind],
    unit: &str,
) -> Option<Screening> {
    if !consented_to_research(doc) {
        return None;
    }
    let on = screened_on(doc)?;
    let interview = Interview::new(doc.clone(), checklists).with_today(on);
    // A child's yes (or a possible child's) counts only with a guardian's or social worker's
    // consent recorded beside it.
    let (group, _) = interview.profile_facts(checklists);
    if group != Some(AgeGroup::Adult) && !doc.consent.guardian_consent {
        return None;
    }
    let facts = record_htcds::facts(&interview, checklists);
    let joined = |field: &str| facts.codes(field).join(SEPARATOR);
    let age = {
        let years = interview
            .age_readings(checklists)
            .iter()
            .find_map(|r| r.years);
        match (years, group) {
            // A child by any source is a child, whatever a stated age says.
            (Some(y), Some(AgeGroup::Child)) if y >= 18 => "0-17".to_owned(),
            (Some(y), _) => htcds::age_band(y).to_owned(),
            (None, Some(AgeGroup::Child)) => "0-17".to_owned(),
            (None, Some(AgeGroup::Adult)) => "18+".to_owned(),
            (None, None) => "unknown".to_owned(),
        }
    };
    let gender = facts
        .codes("prs_Gender")
        .first()
        .cloned()
        .unwrap_or_else(|| "NonSpecifiedUnknown".to_owned());
    let status = doc
        .decision
        .as_ref()
        .and_then(|d| htcds::trafficking_status(d.outcome))
        .unwrap_or("")
        .to_owned();
    let mut kinds: Vec<OrganisationKind> = referred_to.to_vec();
    kinds.sort_by_key(|k| OrganisationKind::ALL.iter().position(|a| a == k));
    kinds.dedup();
    let row = vec![
        gender,
        age,
        joined("prs_Citizenship"),
        joined("vic_TypeOfExploitation"),
        joined("vic_ForcedLabourIndustry"),
        joined("vic_MethodsOfControl"),
        status,
        on.year().to_string(),
        kinds
            .iter()
            .map(|k| k.id())
            .collect::<Vec<_>>()
            .join(SEPARATOR),
        unit.to_owned(),
    ];
    debug_assert_eq!(row.len(), COLUMNS.len());
    let (dimensions, indicators) = assessment(&interview, checklists);
    Some(Screening {
        row,
        dimensions,
        indicators,
        exploitation: facts.codes("vic_TypeOfExploitation").to_vec(),
        referred_to: kinds,
    })
}

fn assessment(interview: &Interview, checklists: &[Checklist]) -> (Vec<&'static str>, Vec<String>) {
    let Some(scored) = checklists.iter().find(|c| c.scoring.is_some()) else {
        return (Vec::new(), Vec::new());
    };
    let answers: BTreeMap<String, Answer> = interview.visible_answers(checklists);
    let Ok(a) = scoring::assess_in(checklists, scored, interview.profile(checklists), &answers)
    else {
        return (Vec::new(), Vec::new());
    };
    let dimensions = a
        .dimensions
        .iter()
        .filter(|(_, d)| d.status == DimensionStatus::Positive)
        .map(|(dim, _)| dim.id())
        .collect();
    let mut indicators: Vec<String> = a
        .dimensions
        .values()
        .flat_map(|d| d.fired.iter().cloned())
        .collect();
    indicators.sort();
    indicators.dedup();
    (dimensions, indicators)
}

/// One cell of an aggregate table: a count of at least k, or suppressed (0 to k - 1 alike).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Shown(usize),
    Suppressed,
}

/// One row of the aggregate tables: which table, which value, how many people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// `records`, `dimension`, `indicator`, `vic_TypeOfExploitation`, `tandem_ReferredTo`.
    pub table: &'static str,
    pub value: String,
    pub count: Count,
}

/// Counts per dimension, indicator, type of exploitation and kind of organisation referred to,
/// over every possible value (so a missing row says nothing), each under k suppressed. People
/// are counted once per value; a person may have several, so no table sums to the total.
pub fn tables(screenings: &[Screening], checklists: &[Checklist], k: usize) -> Vec<Cell> {
    let count = |n: usize| {
        if n >= k {
            Count::Shown(n)
        } else {
            Count::Suppressed
        }
    };
    let mut out = vec![Cell {
        table: "records",
        value: "all".into(),
        count: count(screenings.len()),
    }];
    for dim in Dimension::ALL {
        let n = screenings
            .iter()
            .filter(|s| s.dimensions.contains(&dim.id()))
            .count();
        out.push(Cell {
            table: "dimension",
            value: dim.id().into(),
            count: count(n),
        });
    }
    let mut indicators: Vec<&str> = checklists
        .iter()
        .flat_map(|c| &c.questions)
        .flat_map(|q| &q.indicators)
        .map(|t| t.indicator.as_str())
        .collect();
    indicators.sort_unstable();
    indicators.dedup();
    for i in indicators {
        let n = screenings
            .iter()
            .filter(|s| s.indicators.iter().any(|x| x == i))
            .count();
        out.push(Cell {
            table: "indicator",
            value: i.into(),
            count: count(n),
        });
    }
    let types = Standard::get()
        .field("vic_TypeOfExploitation")
        .map(|f| f.values.clone())
        .unwrap_or_default();
    for t in types {
        let n = screenings
            .iter()
            .filter(|s| s.exploitation.contains(&t))
            .count();
        out.push(Cell {
            table: "vic_TypeOfExploitation",
            value: t,
            count: count(n),
        });
    }
    for kind in OrganisationKind::ALL {
        let n = screenings
            .iter()
            .filter(|s| s.referred_to.contains(kind))
            .count();
        out.push(Cell {
            table: "tandem_ReferredTo",
            value: kind.id().into(),
            count: count(n),
        });
    }
    out
}
