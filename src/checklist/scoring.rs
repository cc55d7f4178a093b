//! Skip logic and the ILO indicator assessment: which questions are visible for given answers
//! (across checklists: a `show_if` may name a question of an earlier checklist), and, for a
//! profile, each dimension's status and the combination rule's result. The indicator tags
//! counted are those of the checklist holding the rule and of every checklist without a rule
//! of its own (the urgent-needs threat to the family, for instance).
//!
//! Pure: no disk, no terminal. The result says "indicators present, refer"; it never says
//! anyone is or is not a victim. Unsure and declined never count as "no".

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::checklist::answer::Answer;
use crate::checklist::condition::{Facts, eval};
use crate::checklist::model::{
    Checklist, Dimension, DimensionRule, Profile, Question, Strength, Threshold,
};

/// Why a checklist cannot be assessed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScoringError {
    #[error(
        "checklist `{checklist}` has no scoring rule; assess the checklist that carries the ILO \
         indicators (see `tandem checklist list`)"
    )]
    NoScoringRule { checklist: String },
    #[error(
        "checklist `{checklist}` has no combination rule for profile `{profile}`; add \
         `[scoring.rules.{profile}]` to the checklist or choose another profile"
    )]
    NoRuleForProfile { checklist: String, profile: Profile },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DimensionStatus {
    Positive,
    Negative,
    /// Not positive now, but would be if every open indicator question were answered yes.
    Incomplete,
}

impl DimensionStatus {
    pub fn id(self) -> &'static str {
        match self {
            DimensionStatus::Positive => "positive",
            DimensionStatus::Negative => "negative",
            DimensionStatus::Incomplete => "incomplete",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleStatus {
    Met,
    NotMet,
    /// Not met now, but would be if every incomplete dimension were positive.
    Incomplete,
}

impl RuleStatus {
    pub fn id(self) -> &'static str {
        match self {
            RuleStatus::Met => "met",
            RuleStatus::NotMet => "not-met",
            RuleStatus::Incomplete => "incomplete",
        }
    }
}

/// One dimension's result. Which indicators fired says what the person answered, so `Debug`
/// (written by hand below) shows only the status.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct DimensionAssessment {
    pub status: DimensionStatus,
    /// Indicators answered yes, by their strength for the profile (each counted once).
    pub strong: u32,
    pub medium: u32,
    pub weak: u32,
    /// Indicator ids that fired, sorted.
    pub fired: Vec<String>,
    /// Indicator ids that have not fired but still could: a visible question carrying them is
    /// unanswered, unsure or declined. Sorted.
    pub open: Vec<String>,
}

/// The assessment of one checklist for one profile.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub profile: Profile,
    pub rule: RuleStatus,
    /// Where the combination rule comes from and whether someone checked it against the source.
    pub rule_source: String,
    pub rule_verified: bool,
    pub rule_note: Option<String>,
    pub dimension_rule_source: String,
    pub dimension_rule_verified: bool,
    /// All six dimensions.
    pub dimensions: BTreeMap<Dimension, DimensionAssessment>,
}

impl fmt::Debug for DimensionAssessment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DimensionAssessment({}, ..)", self.status.id())
    }
}

impl fmt::Debug for Assessment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Assessment")
            .field("profile", &self.profile)
            .field("rule", &self.rule)
            .field("dimensions", &self.dimensions)
            .finish_non_exhaustive()
    }
}

/// The questions of one checklist shown for these facts, in checklist order. A `show_if` sees
/// the answers of visible earlier questions of the checklist only (a hidden question counts as
/// unanswered) and, for questions of other checklists, whatever `facts` holds: the caller
/// passes only the answers of visible questions there.
pub fn visible_questions<'c>(checklist: &'c Checklist, facts: &Facts) -> Vec<&'c Question> {
    visible_in_order(std::iter::once(checklist), facts)
        .into_iter()
        .map(|(_, q)| q)
        .collect()
}

/// The questions shown for these facts across `checklists`, taken in the order given (the
/// interview order). Each `show_if` sees the answers of the visible questions before it, in
/// its own and in earlier checklists; answers of questions outside `checklists` come from
/// `facts` as they are.
pub fn visible_in_order<'c>(
    checklists: impl IntoIterator<Item = &'c Checklist> + Clone,
    facts: &Facts,
) -> Vec<(&'c Checklist, &'c Question)> {
    let inside: std::collections::BTreeSet<&str> = checklists
        .clone()
        .into_iter()
        .flat_map(|c| c.questions.iter().map(|q| q.id.as_str()))
        .collect();
    let mut seen: BTreeMap<String, Answer> = facts
        .answers
        .iter()
        .filter(|(id, _)| !inside.contains(id.as_str()))
        .map(|(id, a)| (id.clone(), a.clone()))
        .collect();
    let mut out = Vec::new();
    for c in checklists {
        for q in &c.questions {
            let shown = match &q.show_if {
                None => true,
                Some(cond) => eval(
                    cond,
                    &Facts {
                        answers: &seen,
                        ..*facts
                    },
                ),
            };
            if shown {
                out.push((c, q));
                if let Some(a) = facts.answers.get(&q.id) {
                    seen.insert(q.id.clone(), a.clone());
                }
            }
        }
    }
    out
}

/// Whether counts of "yes" indicators meet one alternative of the dimension rule.
pub fn meets(rule: &DimensionRule, strong: u32, medium: u32, weak: u32) -> bool {
    rule.alternatives
        .iter()
        .any(|t| meets_threshold(t, strong, medium, weak))
}

fn meets_threshold(t: &Threshold, strong: u32, medium: u32, weak: u32) -> bool {
    strong >= t.strong && medium >= t.medium && weak >= t.weak && medium + weak >= t.medium_or_weak
}

/// What one indicator contributes for the profile.
#[derive(Clone, Copy, PartialEq, Eq)]
enum IndicatorState {
    Fired,
    Open,
    No,
}

/// Assesses `checklist` alone for `profile` (answers of other checklists' questions still open
/// or close its `show_if` conditions). Visibility uses the profile's age group and exploitation
/// type; answers of hidden questions are ignored.
pub fn assess(
    checklist: &Checklist,
    profile: Profile,
    answers: &BTreeMap<String, Answer>,
) -> Result<Assessment, ScoringError> {
    assess_in(std::slice::from_ref(checklist), checklist, profile, answers)
}

/// Assesses the checklist `scored` (which holds the rule) for `profile` within `catalog` (every
/// checklist, in any order): the indicator tags of `scored` and of every catalog checklist with
/// no scoring rule of its own count, on the questions visible in interview order.
pub fn assess_in(
    catalog: &[Checklist],
    scored: &Checklist,
    profile: Profile,
    answers: &BTreeMap<String, Answer>,
) -> Result<Assessment, ScoringError> {
    let checklist = scored;
    let scoring = checklist
        .scoring
        .as_ref()
        .ok_or_else(|| ScoringError::NoScoringRule {
            checklist: checklist.id.clone(),
        })?;
    let rule = scoring
        .rules
        .get(&profile)
        .ok_or_else(|| ScoringError::NoRuleForProfile {
            checklist: checklist.id.clone(),
            profile,
        })?;
    let facts = Facts {
        answers,
        age_group: Some(profile.age_group()),
        exploitation: Some(profile.exploitation()),
    };

    let mut order: Vec<&Checklist> = catalog
        .iter()
        .filter(|c| c.id != checklist.id)
        .chain(std::iter::once(checklist))
        .collect();
    order.sort_by(|a, b| (a.position, &a.id).cmp(&(b.position, &b.id)));
    let counted = |c: &Checklist| c.id == checklist.id || c.scoring.is_none();

    // (dimension, indicator) -> (strength, state). A yes (or the tagged choice) on any carrying
    // question fires it.
    let mut indicators: BTreeMap<(Dimension, &str), (Strength, IndicatorState)> = BTreeMap::new();
    for (c, q) in visible_in_order(order.iter().copied(), &facts) {
        if !counted(c) {
            continue;
        }
        let answer = answers.get(&q.id);
        for tag in &q.indicators {
            let Some(&strength) = tag.strength.get(&profile) else {
                continue;
            };
            let state = match (answer, &tag.choice) {
                (None, _) => IndicatorState::Open,
                (Some(a), _) if a.is_open() => IndicatorState::Open,
                (Some(Answer::Yes), None) => IndicatorState::Fired,
                (Some(Answer::Choices(picked)), Some(choice)) if picked.contains(choice) => {
                    IndicatorState::Fired
                }
                (Some(_), _) => IndicatorState::No,
            };
            let entry = indicators
                .entry((tag.dimension, tag.indicator.as_str()))
                .or_insert((strength, IndicatorState::No));
            // Two questions with the same indicator should agree on strength (the loader
            // checks); if not, the stronger reading counts.
            entry.0 = entry.0.min(strength);
            entry.1 = match (entry.1, state) {
                (IndicatorState::Fired, _) | (_, IndicatorState::Fired) => IndicatorState::Fired,
                (IndicatorState::Open, _) | (_, IndicatorState::Open) => IndicatorState::Open,
                _ => IndicatorState::No,
            };
        }
    }

    let mut dimensions = BTreeMap::new();
    for dim in Dimension::ALL {
        let mut now = [0u32; 3];
        let mut possible = [0u32; 3];
        let mut fired = Vec::new();
        let mut open = Vec::new();
        for ((_, id), (strength, state)) in
            indicators.range((dim, "")..).take_while(|e| e.0.0 == dim)
        {
            let slot = match strength {
                Strength::Strong => 0,
                Strength::Medium => 1,
                Strength::Weak => 2,
            };
            match state {
                IndicatorState::Fired => {
                    now[slot] += 1;
                    possible[slot] += 1;
                    fired.push((*id).to_owned());
                }
                IndicatorState::Open => {
                    possible[slot] += 1;
                    open.push((*id).to_owned());
                }
                IndicatorState::No => {}
            }
        }
        let rule_now = meets(&scoring.dimension_rule, now[0], now[1], now[2]);
        let status = if rule_now {
            DimensionStatus::Positive
        } else if meets(
            &scoring.dimension_rule,
            possible[0],
            possible[1],
            possible[2],
        ) {
            DimensionStatus::Incomplete
        } else {
            DimensionStatus::Negative
        };
        dimensions.insert(
            dim,
            DimensionAssessment {
                status,
                strong: now[0],
                medium: now[1],
                weak: now[2],
                fired,
                open,
            },
        );
    }

    let group_has = |group: &Vec<Dimension>, ok: &dyn Fn(DimensionStatus) -> bool| {
        group.iter().any(|d| ok(dimensions[d].status))
    };
    let met = rule
        .all_of
        .iter()
        .all(|g| group_has(g, &|s| s == DimensionStatus::Positive));
    let could = rule
        .all_of
        .iter()
        .all(|g| group_has(g, &|s| s != DimensionStatus::Negative));
    let status = if met {
        RuleStatus::Met
    } else if could {
        RuleStatus::Incomplete
    } else {
        RuleStatus::NotMet
    };

    Ok(Assessment {
        profile,
        rule: status,
        rule_source: rule.source.clone(),
        rule_verified: rule.verified,
        rule_note: rule.note.clone(),
        dimension_rule_source: scoring.dimension_rule.source.clone(),
        dimension_rule_verified: scoring.dimension_rule.verified,
        dimensions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::condition::parse;
    use crate::checklist::model::{CombinationRule, IndicatorTag, Kind, Phase, Scoring, Section};
    use Dimension::*;
    use Strength::*;

    fn yes_no(id: &str, show_if: Option<&str>, tags: &[(Dimension, &str, Strength)]) -> Question {
        Question {
            show_if: show_if.map(|s| parse(s).unwrap()),
            show_if_source: show_if.map(str::to_owned),
            indicators: tags
                .iter()
                .map(|(d, i, s)| IndicatorTag {
                    dimension: *d,
                    indicator: (*i).into(),
                    phase: Phase::Recruitment,
                    choice: None,
                    strength: [(Profile::AdultLabour, *s), (Profile::ChildLabour, *s)]
                        .into_iter()
                        .collect(),
                })
                .collect(),
            ..Question::new(id, "s", Kind::YesNo)
        }
    }

    fn ilo_rule() -> DimensionRule {
        let t = |strong, medium, weak, medium_or_weak| Threshold {
            strong,
            medium,
            weak,
            medium_or_weak,
        };
        DimensionRule {
            alternatives: vec![t(2, 0, 0, 0), t(1, 0, 0, 1), t(0, 3, 0, 0), t(0, 2, 1, 0)],
            source: "test".into(),
            verified: false,
        }
    }

    fn checklist(questions: Vec<Question>) -> Checklist {
        let rules = [
            (
                Profile::AdultLabour,
                CombinationRule {
                    all_of: vec![
                        vec![DeceptiveRecruitment, CoerciveRecruitment],
                        vec![ExploitativeConditions],
                    ],
                    source: "test".into(),
                    verified: false,
                    note: None,
                },
            ),
            (
                Profile::ChildLabour,
                CombinationRule {
                    all_of: vec![vec![ExploitativeConditions]],
                    source: "test".into(),
                    verified: false,
                    note: Some("means not required".into()),
                },
            ),
        ];
        Checklist {
            id: "t".into(),
            version: 1,
            title: "T".into(),
            position: 1,
            sections: vec![Section { id: "s".into() }],
            questions,
            stage: Default::default(),
            first_screen: None,
            scoring: Some(Scoring {
                dimension_rule: ilo_rule(),
                rules: rules.into_iter().collect(),
            }),
        }
    }

    fn answers(list: &[(&str, Answer)]) -> BTreeMap<String, Answer> {
        list.iter()
            .map(|(q, a)| ((*q).to_owned(), a.clone()))
            .collect()
    }

    #[test]
    fn dimension_rule_alternatives() {
        let rule = ilo_rule();
        // (strong, medium, weak, positive)
        let cases = [
            (0, 0, 0, false),
            (1, 0, 0, false),
            (2, 0, 0, true),
            (1, 1, 0, true),
            (1, 0, 1, true),
            (0, 3, 0, true),
            (0, 2, 0, false),
            (0, 2, 1, true),
            (0, 1, 2, false),
            (0, 0, 4, false),
        ];
        for (s, m, w, want) in cases {
            assert_eq!(
                meets(&rule, s, m, w),
                want,
                "{s} strong, {m} medium, {w} weak"
            );
        }
    }

    #[test]
    fn visibility_follows_show_if_and_hidden_counts_as_unanswered() {
        let c = checklist(vec![
            yes_no("a", None, &[]),
            yes_no("b", Some("a == 'yes'"), &[]),
            yes_no("c", Some("b == 'yes'"), &[]),
            yes_no("d", Some("not answered(b)"), &[]),
            yes_no("e", Some("profile.age-group == 'child'"), &[]),
        ]);
        let ids = |list: &[(&str, Answer)], age| {
            let a = answers(list);
            let facts = Facts {
                answers: &a,
                age_group: age,
                exploitation: None,
            };
            visible_questions(&c, &facts)
                .iter()
                .map(|q| q.id.clone())
                .collect::<Vec<_>>()
        };
        use crate::checklist::model::AgeGroup::*;
        assert_eq!(ids(&[], None), ["a", "d"]);
        assert_eq!(
            ids(&[("a", Answer::Yes)], Some(Child)),
            ["a", "b", "d", "e"]
        );
        assert_eq!(
            ids(&[("a", Answer::Yes), ("b", Answer::Yes)], Some(Adult)),
            ["a", "b", "c"]
        );
        // b's stale yes is ignored once a no longer shows b: c hides, d shows.
        assert_eq!(
            ids(&[("a", Answer::No), ("b", Answer::Yes)], None),
            ["a", "d"]
        );
    }

    fn labour_checklist() -> Checklist {
        checklist(vec![
            yes_no("gate", None, &[]),
            yes_no("d1", None, &[(DeceptiveRecruitment, "job", Strong)]),
            yes_no("d2", None, &[(DeceptiveRecruitment, "pay", Strong)]),
            // Same indicator on two questions: counts once.
            yes_no("d3", None, &[(DeceptiveRecruitment, "pay", Strong)]),
            yes_no("e1", None, &[(ExploitativeConditions, "hours", Medium)]),
            yes_no("e2", None, &[(ExploitativeConditions, "wages", Medium)]),
            yes_no(
                "e3",
                Some("gate == 'yes'"),
                &[(ExploitativeConditions, "housing", Weak)],
            ),
        ])
    }

    #[test]
    fn assesses_dimensions_and_rule() {
        let c = labour_checklist();
        use Answer::*;
        // (answers, deceptive status, exploitative status, rule)
        type Case = (
            Vec<(&'static str, Answer)>,
            DimensionStatus,
            DimensionStatus,
            RuleStatus,
        );
        let cases: Vec<Case> = vec![
            (
                vec![],
                DimensionStatus::Incomplete,
                DimensionStatus::Negative,
                RuleStatus::NotMet,
            ),
            (
                vec![("gate", Yes)],
                DimensionStatus::Incomplete,
                DimensionStatus::Incomplete,
                RuleStatus::Incomplete,
            ),
            (
                vec![
                    ("d1", Yes),
                    ("d2", Yes),
                    ("gate", Yes),
                    ("e1", Yes),
                    ("e2", Yes),
                    ("e3", Yes),
                ],
                DimensionStatus::Positive,
                DimensionStatus::Positive,
                RuleStatus::Met,
            ),
            // Two yes on the same indicator: one strong only.
            (
                vec![("d1", No), ("d2", Yes), ("d3", Yes)],
                DimensionStatus::Negative,
                DimensionStatus::Negative,
                RuleStatus::NotMet,
            ),
            // Unsure and declined stay open, never count as no.
            (
                vec![
                    ("d1", Unsure),
                    ("d2", Yes),
                    ("gate", Yes),
                    ("e1", Declined),
                    ("e2", Yes),
                    ("e3", Yes),
                ],
                DimensionStatus::Incomplete,
                DimensionStatus::Incomplete,
                RuleStatus::Incomplete,
            ),
            // e3 hidden (gate no): its yes does not count and it does not stay open.
            (
                vec![
                    ("d1", Yes),
                    ("d2", Yes),
                    ("gate", No),
                    ("e1", Yes),
                    ("e2", No),
                    ("e3", Yes),
                ],
                DimensionStatus::Positive,
                DimensionStatus::Negative,
                RuleStatus::NotMet,
            ),
        ];
        for (list, dec, exp, rule) in cases {
            let a = assess(&c, Profile::AdultLabour, &answers(&list)).unwrap();
            let got = (
                a.dimensions[&DeceptiveRecruitment].status,
                a.dimensions[&ExploitativeConditions].status,
                a.rule,
            );
            assert_eq!(got, (dec, exp, rule), "{list:?}");
            assert_eq!(a.dimensions.len(), 6);
        }
    }

    #[test]
    fn counts_fired_and_open_indicators() {
        let c = labour_checklist();
        let a = assess(
            &c,
            Profile::AdultLabour,
            &answers(&[
                ("d2", Answer::Yes),
                ("d3", Answer::Yes),
                ("d1", Answer::Unsure),
            ]),
        )
        .unwrap();
        let d = &a.dimensions[&DeceptiveRecruitment];
        assert_eq!((d.strong, d.medium, d.weak), (1, 0, 0));
        assert_eq!(d.fired, ["pay"]);
        assert_eq!(d.open, ["job"]);
        let e = &a.dimensions[&ExploitativeConditions];
        assert_eq!(e.open, ["hours", "wages"]);
        assert_eq!(
            a.dimensions[&CoercionAtDestination].status,
            DimensionStatus::Negative
        );
    }

    #[test]
    fn indicators_without_a_strength_for_the_profile_are_ignored() {
        let mut c = labour_checklist();
        c.scoring.as_mut().unwrap().rules.insert(
            Profile::AdultSexual,
            CombinationRule {
                all_of: vec![vec![DeceptiveRecruitment]],
                source: "t".into(),
                verified: true,
                note: None,
            },
        );
        let a = assess(&c, Profile::AdultSexual, &answers(&[("d1", Answer::Yes)])).unwrap();
        let d = &a.dimensions[&DeceptiveRecruitment];
        assert_eq!((d.strong, d.status), (0, DimensionStatus::Negative));
        assert!(d.fired.is_empty() && d.open.is_empty());
        assert_eq!(a.rule, RuleStatus::NotMet);
    }

    #[test]
    fn child_rule_needs_only_exploitation() {
        let c = labour_checklist();
        let list = [
            ("gate", Answer::Yes),
            ("e1", Answer::Yes),
            ("e2", Answer::Yes),
            ("e3", Answer::Yes),
        ];
        let adult = assess(&c, Profile::AdultLabour, &answers(&list)).unwrap();
        let child = assess(&c, Profile::ChildLabour, &answers(&list)).unwrap();
        assert_eq!(adult.rule, RuleStatus::Incomplete);
        assert_eq!(child.rule, RuleStatus::Met);
        assert_eq!(child.rule_note.as_deref(), Some("means not required"));
    }

    #[test]
    fn a_choice_fires_its_own_tag_and_other_checklists_count() {
        let mut multi = yes_no("how", None, &[]);
        multi.kind = Kind::MultipleChoice {
            choices: vec!["lied-job".into(), "lied-pay".into()],
        };
        for (choice, ind, strength) in [("lied-job", "job", Strong), ("lied-pay", "pay", Medium)] {
            multi.indicators.push(IndicatorTag {
                dimension: DeceptiveRecruitment,
                indicator: ind.into(),
                phase: Phase::Recruitment,
                choice: Some(choice.into()),
                strength: [(Profile::AdultLabour, strength)].into_iter().collect(),
            });
        }
        // The detail opens under a gateway of an earlier checklist (answered no: closed).
        multi.show_if = Some(parse("not gate == 'no'").unwrap());
        let scored = checklist(vec![multi]);
        let mut first = checklist(vec![
            yes_no("gate", None, &[]),
            yes_no("family", None, &[(ExploitativeConditions, "hours", Strong)]),
        ]);
        first.id = "first".into();
        first.position = 0;
        first.scoring = None;
        let catalog = [first, scored.clone()];
        let choices = |c: &[&str]| Answer::Choices(c.iter().map(|s| (*s).to_owned()).collect());
        let dec = |list: &[(&str, Answer)]| {
            let a = assess_in(&catalog, &scored, Profile::AdultLabour, &answers(list)).unwrap();
            let d = &a.dimensions[&DeceptiveRecruitment];
            let e = &a.dimensions[&ExploitativeConditions];
            (d.status, d.fired.clone(), d.open.clone(), e.fired.clone())
        };
        use DimensionStatus::*;
        assert_eq!(
            dec(&[("how", choices(&["lied-job", "lied-pay"]))]),
            (Positive, vec!["job".into(), "pay".into()], vec![], vec![])
        );
        assert_eq!(
            dec(&[("how", choices(&["lied-pay"]))]),
            (Negative, vec!["pay".into()], vec![], vec![])
        );
        assert_eq!(
            dec(&[("how", Answer::Unsure)]),
            (Incomplete, vec![], vec!["job".into(), "pay".into()], vec![])
        );
        // The gateway answered no hides the detail: its picks count for nothing.
        assert_eq!(
            dec(&[
                ("gate", Answer::No),
                ("how", choices(&["lied-job", "lied-pay"]))
            ]),
            (Negative, vec![], vec![], vec![])
        );
        // A tag on a checklist without a rule of its own counts for the rule.
        assert_eq!(dec(&[("family", Answer::Yes)]).3, vec!["hours".to_owned()]);
    }

    #[test]
    fn debug_shows_no_indicator_ids() {
        let c = labour_checklist();
        let a = assess(&c, Profile::AdultLabour, &answers(&[("d1", Answer::Yes)])).unwrap();
        let shown = format!("{a:?}");
        assert!(
            shown.contains("AdultLabour") && !shown.contains("job"),
            "{shown}"
        );
    }

    #[test]
    fn errors_name_the_missing_rule() {
        let mut c = labour_checklist();
        let e = assess(&c, Profile::ChildSexual, &BTreeMap::new()).unwrap_err();
        assert_eq!(
            e,
            ScoringError::NoRuleForProfile {
                checklist: "t".into(),
                profile: Profile::ChildSexual
            }
        );
        assert!(e.to_string().contains("[scoring.rules.child-sexual]"));
        c.scoring = None;
        let e = assess(&c, Profile::AdultLabour, &BTreeMap::new()).unwrap_err();
        assert!(e.to_string().contains("no scoring rule"));
    }
}
