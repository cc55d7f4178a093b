//! The ILO indicator rule read plainly from SCREENING.md §2, written apart from the engine so
//! that the two can be checked against each other (`rules.rs` on a checklist built in code,
//! `shipped.rs` on the shipped one). It shares nothing with `checklist::scoring` but the types:
//! a bug copied into both would have to be written twice.
//!
//! Which questions are visible is the caller's business (each test has its own reading of
//! `show_if`); this module takes the indicator tags of the visible questions and the answers.

use std::collections::BTreeMap;

use tandem::checklist::model::{Checklist, Dimension, DimensionRule, Profile, Strength};
use tandem::checklist::scoring::{assess, meets};
use tandem::interview::answer::Answer;

use Dimension::*;

/// Answers by question id.
pub type Answers = BTreeMap<String, Answer>;

/// "2 strong, or 1 strong + 1 medium or weak, or 3 medium, or 2 medium + 1 weak".
pub fn ilo_positive(strong: u32, medium: u32, weak: u32) -> bool {
    strong >= 2 || (strong >= 1 && medium + weak >= 1) || medium >= 3 || (medium >= 2 && weak >= 1)
}

/// The combination rule per profile: adults need a recruitment dimension, exploitation and a
/// destination dimension; children only exploitation.
pub fn groups(profile: Profile) -> Vec<Vec<Dimension>> {
    match profile {
        Profile::AdultLabour | Profile::AdultSexual => vec![
            vec![
                DeceptiveRecruitment,
                CoerciveRecruitment,
                RecruitmentAbuseOfVulnerability,
            ],
            vec![ExploitativeConditions],
            vec![CoercionAtDestination, AbuseOfVulnerabilityAtDestination],
        ],
        Profile::ChildLabour | Profile::ChildSexual => vec![vec![ExploitativeConditions]],
    }
}

/// `rule` decides like [`ilo_positive`] for every count up to four of each strength.
pub fn assert_dimension_rule_is_ilo(rule: &DimensionRule) {
    let mut positives = 0;
    for strong in 0..=4 {
        for medium in 0..=4 {
            for weak in 0..=4 {
                let want = ilo_positive(strong, medium, weak);
                assert_eq!(
                    meets(rule, strong, medium, weak),
                    want,
                    "{strong} strong, {medium} medium, {weak} weak"
                );
                positives += usize::from(want);
            }
        }
    }
    // Guard against a vacuous oracle: both outcomes occur.
    assert!(positives > 0 && positives < 125);
}

/// An assessment as plain data: the rule's outcome (`met`, `incomplete`, `not-met`) and, per
/// dimension, its status, the fired indicators counted as [strong, medium, weak], and their ids.
#[derive(Debug, PartialEq)]
pub struct Plain {
    pub rule: &'static str,
    pub dimensions: BTreeMap<Dimension, (&'static str, [u32; 3], Vec<String>)>,
}

/// One indicator tag of a visible question that counts for the profile, with that question's
/// answer (`None`: not answered).
pub struct Sighting<'a> {
    pub dimension: Dimension,
    pub indicator: &'a str,
    pub strength: Strength,
    pub answer: Option<&'a Answer>,
}

fn slot(s: Strength) -> usize {
    match s {
        Strength::Strong => 0,
        Strength::Medium => 1,
        Strength::Weak => 2,
    }
}

/// The assessment from the visible questions' tags, in question order: an indicator counts once
/// in its dimension however many questions carry it; a yes fires it; no answer, unsure or
/// declined leave it open. A dimension is positive when its fired indicators meet the rule,
/// incomplete when fired and open ones together could, negative otherwise. The profile's rule
/// is met when every group holds a positive dimension, incomplete when every group holds one
/// that is not negative, not met otherwise.
pub fn plain_assessment<'a>(
    sightings: impl IntoIterator<Item = Sighting<'a>>,
    profile: Profile,
) -> Plain {
    let mut fired: BTreeMap<Dimension, BTreeMap<&str, Strength>> = BTreeMap::new();
    let mut open: BTreeMap<Dimension, BTreeMap<&str, Strength>> = BTreeMap::new();
    for s in sightings {
        let into = match s.answer {
            Some(Answer::Yes) => &mut fired,
            None | Some(Answer::Unsure | Answer::Declined) => &mut open,
            Some(_) => continue,
        };
        into.entry(s.dimension)
            .or_default()
            .insert(s.indicator, s.strength);
    }
    let mut dimensions = BTreeMap::new();
    for dim in Dimension::ALL {
        let yes = fired.remove(&dim).unwrap_or_default();
        let maybe = open.remove(&dim).unwrap_or_default();
        let mut now = [0u32; 3];
        for s in yes.values() {
            now[slot(*s)] += 1;
        }
        let mut could = now;
        for (id, s) in &maybe {
            if !yes.contains_key(id) {
                could[slot(*s)] += 1;
            }
        }
        let status = if ilo_positive(now[0], now[1], now[2]) {
            "positive"
        } else if ilo_positive(could[0], could[1], could[2]) {
            "incomplete"
        } else {
            "negative"
        };
        let ids = yes.keys().map(|id| id.to_string()).collect();
        dimensions.insert(dim, (status, now, ids));
    }
    let g = groups(profile);
    let every_group = |ok: &dyn Fn(&str) -> bool| {
        g.iter()
            .all(|group| group.iter().any(|d| ok(dimensions[d].0)))
    };
    let rule = if every_group(&|s| s == "positive") {
        "met"
    } else if every_group(&|s| s != "negative") {
        "incomplete"
    } else {
        "not-met"
    };
    Plain { rule, dimensions }
}

/// What the engine says, in the same shape.
pub fn engine(c: &Checklist, answers: &Answers, profile: Profile) -> Plain {
    let a = assess(c, profile, answers).unwrap();
    Plain {
        rule: a.rule.id(),
        dimensions: a
            .dimensions
            .into_iter()
            .map(|(d, x)| (d, (x.status.id(), [x.strong, x.medium, x.weak], x.fired)))
            .collect(),
    }
}
