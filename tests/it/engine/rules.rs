//! The ILO indicator rule, as a specification: the dimension rule exhaustively, monotonicity
//! (a new "yes" never weakens a result), completion of incomplete results, and a randomized
//! cross-check of `assess` against the plain reading in `oracle.rs`, on a checklist built here.

use std::collections::BTreeSet;

use proptest::prelude::*;
use tandem::checklist::condition::parse;
use tandem::checklist::model::{
    Checklist, CombinationRule, Dimension, DimensionRule, IndicatorTag, Kind, Phase, Profile,
    Question, Scoring, Section, Strength, Threshold,
};
use tandem::checklist::scoring::{DimensionStatus, RuleStatus, assess};
use tandem::interview::answer::Answer;

use super::oracle::{self, Plain, Sighting, engine, groups};

use Dimension::*;
use Strength::*;

/// The rule of SCREENING.md §2 as the checklist format writes it.
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

#[test]
fn dimension_rule_exhaustively_up_to_four_of_each_strength() {
    oracle::assert_dimension_rule_is_ilo(&ilo_rule());
}

// -------------------------------------------------------------------------------------------
// A test checklist, built in code. Each question carries its `show_if` twice: as text for the
// engine and as a plain Rust predicate for the oracle.

type Ans = oracle::Answers;
type Shown = fn(&Ans, Profile) -> bool;

struct Spec {
    id: &'static str,
    kind: Kind,
    show_if: Option<(&'static str, Shown)>,
    /// (dimension, indicator, strengths for adult-labour, adult-sexual, child-labour,
    /// child-sexual; None = does not count there)
    tags: Vec<(Dimension, &'static str, [Option<Strength>; 4])>,
}

fn is(a: &Ans, q: &str, v: &Answer) -> bool {
    a.get(q) == Some(v)
}

fn all(s: Strength) -> [Option<Strength>; 4] {
    [Some(s); 4]
}

fn specs() -> Vec<Spec> {
    let yn = |id, show_if, tags| Spec {
        id,
        kind: Kind::YesNo,
        show_if,
        tags,
    };
    vec![
        // Gates: no indicators, so answering an indicator question never changes visibility.
        Spec {
            id: "work",
            kind: Kind::SingleChoice {
                choices: vec!["fishing".into(), "factory".into(), "domestic".into()],
            },
            show_if: None,
            tags: vec![],
        },
        yn("moved", None, vec![]),
        yn(
            "moved-border",
            Some(("moved == 'yes'", |a, _| is(a, "moved", &Answer::Yes))),
            vec![],
        ),
        Spec {
            id: "hours",
            kind: Kind::Number {
                min: 0,
                max: 24,
                unit: None,
            },
            show_if: None,
            tags: vec![],
        },
        // Indicator questions.
        yn(
            "deceived-job",
            None,
            vec![(DeceptiveRecruitment, "nature-of-job", all(Strong))],
        ),
        yn(
            "deceived-pay",
            Some((
                "work != 'domestic'",
                |a, _| matches!(a.get("work"), Some(v) if *v != Answer::Choice("domestic".into())),
            )),
            vec![(
                DeceptiveRecruitment,
                "wages",
                [Some(Strong), None, Some(Medium), Some(Weak)],
            )],
        ),
        // Same indicator as deceived-pay: counts once.
        yn(
            "deceived-pay-again",
            None,
            vec![(
                DeceptiveRecruitment,
                "wages",
                [Some(Strong), None, Some(Medium), Some(Weak)],
            )],
        ),
        yn(
            "debt",
            Some(("moved-border == 'yes'", |a, _| {
                is(a, "moved-border", &Answer::Yes)
            })),
            vec![
                (CoerciveRecruitment, "debt-bondage", all(Strong)),
                (CoercionAtDestination, "debt-bondage", all(Strong)),
            ],
        ),
        yn(
            "threats",
            None,
            vec![(CoerciveRecruitment, "threats", all(Medium))],
        ),
        yn(
            "abducted",
            Some(("profile.age-group == 'child'", |_, p| {
                matches!(p, Profile::ChildLabour | Profile::ChildSexual)
            })),
            vec![(CoerciveRecruitment, "abduction", all(Strong))],
        ),
        yn(
            "poverty",
            None,
            vec![(RecruitmentAbuseOfVulnerability, "poverty", all(Weak))],
        ),
        yn(
            "no-papers",
            None,
            vec![(
                RecruitmentAbuseOfVulnerability,
                "irregular-status",
                all(Medium),
            )],
        ),
        yn(
            "family-pressure",
            None,
            vec![(
                RecruitmentAbuseOfVulnerability,
                "family",
                [None, None, Some(Medium), Some(Medium)],
            )],
        ),
        yn(
            "long-hours",
            Some(("hours > 12 or not answered(hours)", |a, _| {
                match a.get("hours") {
                    Some(Answer::Number(n)) => *n > 12,
                    Some(_) => false,
                    None => true,
                }
            })),
            vec![(ExploitativeConditions, "excessive-hours", all(Strong))],
        ),
        yn(
            "no-wages",
            None,
            vec![(ExploitativeConditions, "no-wages", all(Medium))],
        ),
        yn(
            "bad-housing",
            Some((
                "work in ['fishing', 'factory']",
                |a, _| matches!(a.get("work"), Some(Answer::Choice(c)) if c == "fishing" || c == "factory"),
            )),
            vec![(ExploitativeConditions, "housing", all(Medium))],
        ),
        yn(
            "forced-sex",
            Some(("profile.exploitation == 'sexual'", |_, p| {
                matches!(p, Profile::AdultSexual | Profile::ChildSexual)
            })),
            vec![(
                ExploitativeConditions,
                "sexual-services",
                [None, Some(Strong), None, Some(Strong)],
            )],
        ),
        yn(
            "hazard",
            None,
            vec![(ExploitativeConditions, "hazardous-work", all(Weak))],
        ),
        yn(
            "confined",
            None,
            vec![(CoercionAtDestination, "confinement", all(Strong))],
        ),
        yn(
            "documents-kept",
            Some(("moved == 'yes' and not (work == 'domestic')", |a, _| {
                is(a, "moved", &Answer::Yes) && !is(a, "work", &Answer::Choice("domestic".into()))
            })),
            vec![(CoercionAtDestination, "documents", all(Medium))],
        ),
        yn(
            "isolated",
            None,
            vec![(CoercionAtDestination, "isolation", all(Weak))],
        ),
        yn(
            "language",
            None,
            vec![(AbuseOfVulnerabilityAtDestination, "language", all(Medium))],
        ),
        yn(
            "dependency",
            None,
            vec![(AbuseOfVulnerabilityAtDestination, "dependency", all(Medium))],
        ),
        yn(
            "no-contacts",
            Some(("moved-border != 'no'", |a, _| {
                a.get("moved-border").is_some_and(|v| *v != Answer::No)
            })),
            vec![(AbuseOfVulnerabilityAtDestination, "isolation", all(Weak))],
        ),
    ]
}

/// Built once: the checklist is immutable and parsing its conditions each case is wasted work.
static CHECKLIST: std::sync::LazyLock<Checklist> = std::sync::LazyLock::new(checklist);

fn checklist() -> Checklist {
    let questions = specs()
        .into_iter()
        .map(|s| Question {
            id: s.id.into(),
            section: "s".into(),
            kind: s.kind,
            required: true,
            show_if: s.show_if.map(|(src, _)| parse(src).unwrap()),
            show_if_source: s.show_if.map(|(src, _)| src.to_owned()),
            indicators: s
                .tags
                .iter()
                .map(|(d, i, st)| IndicatorTag {
                    dimension: *d,
                    indicator: (*i).into(),
                    phase: Phase::Recruitment,
                    choice: None,
                    strength: Profile::ALL
                        .into_iter()
                        .zip(st)
                        .filter_map(|(p, s)| s.map(|s| (p, s)))
                        .collect(),
                })
                .collect(),
            urgent: None,
            htcds: None,
            sets_profile: None,
            sensitive: false,
            fills: None,
            ask: Default::default(),
            gateway: false,
            blocks: None,
            lifts: None,
            htcds_values: Default::default(),
        })
        .collect();
    Checklist {
        id: "engine-test".into(),
        version: 1,
        title: "Engine test".into(),
        position: 1,
        sections: vec![Section { id: "s".into() }],
        questions,
        stage: Default::default(),
        first_screen: None,
        scoring: Some(Scoring {
            dimension_rule: ilo_rule(),
            rules: Profile::ALL
                .into_iter()
                .map(|p| {
                    (
                        p,
                        CombinationRule {
                            all_of: groups(p),
                            source: "test".into(),
                            verified: false,
                            note: None,
                        },
                    )
                })
                .collect(),
        }),
    }
}

// -------------------------------------------------------------------------------------------
// The oracle: visibility from the specs' own predicates, then the plain reading.

fn plain_assess(answers: &Ans, profile: Profile) -> Plain {
    let p = Profile::ALL.iter().position(|x| *x == profile).unwrap();
    let mut seen = Ans::new();
    let mut visible = Vec::new();
    for s in specs() {
        if s.show_if.is_none_or(|(_, f)| f(&seen, profile)) {
            if let Some(a) = answers.get(s.id) {
                seen.insert(s.id.to_owned(), a.clone());
            }
            visible.push(s);
        }
    }
    let sightings = visible.iter().flat_map(|s| {
        s.tags
            .iter()
            .filter_map(move |(dimension, indicator, strengths)| {
                strengths[p].map(|strength| Sighting {
                    dimension: *dimension,
                    indicator,
                    strength,
                    answer: answers.get(s.id),
                })
            })
    });
    oracle::plain_assessment(sightings, profile)
}

// -------------------------------------------------------------------------------------------
// Random answer sets.

fn answer_for(kind: &Kind) -> BoxedStrategy<Option<Answer>> {
    let common = prop_oneof![
        Just(None),
        Just(Some(Answer::Unsure)),
        Just(Some(Answer::Declined)),
    ];
    match kind {
        Kind::YesNo => prop_oneof![
            2 => Just(Some(Answer::Yes)),
            2 => Just(Some(Answer::No)),
            2 => common,
        ]
        .boxed(),
        Kind::SingleChoice { choices } => prop_oneof![
            3 => proptest::sample::select(choices.clone()).prop_map(|c| Some(Answer::Choice(c))),
            1 => common,
        ]
        .boxed(),
        Kind::Number { min, max, .. } => prop_oneof![
            3 => (*min..=*max).prop_map(|n| Some(Answer::Number(n))),
            1 => common,
        ]
        .boxed(),
        _ => common.boxed(),
    }
}

fn answer_sets() -> impl Strategy<Value = Ans> {
    let strategies: Vec<_> = specs()
        .into_iter()
        .map(|s| {
            let id = s.id;
            answer_for(&s.kind).prop_map(move |a| (id, a))
        })
        .collect();
    strategies.prop_map(|list| {
        list.into_iter()
            .filter_map(|(id, a)| a.map(|a| (id.to_owned(), a)))
            .collect()
    })
}

fn profiles() -> impl Strategy<Value = Profile> {
    proptest::sample::select(Profile::ALL.to_vec())
}

fn indicator_questions() -> Vec<&'static str> {
    specs()
        .into_iter()
        .filter(|s| !s.tags.is_empty())
        .map(|s| s.id)
        .collect()
}

fn dim_rank(s: DimensionStatus) -> u8 {
    match s {
        DimensionStatus::Negative => 0,
        DimensionStatus::Incomplete => 1,
        DimensionStatus::Positive => 2,
    }
}

fn rule_rank(s: RuleStatus) -> u8 {
    match s {
        RuleStatus::NotMet => 0,
        RuleStatus::Incomplete => 1,
        RuleStatus::Met => 2,
    }
}

macro_rules! cross_check {
    ($name:ident, $profile:expr) => {
        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2500))]
            #[test]
            fn $name(answers in answer_sets()) {
                let c = &*CHECKLIST;
                prop_assert_eq!(engine(c, &answers, $profile), plain_assess(&answers, $profile));
            }
        }
    };
}

cross_check!(agrees_with_plain_reading_adult_labour, Profile::AdultLabour);
cross_check!(agrees_with_plain_reading_adult_sexual, Profile::AdultSexual);
cross_check!(agrees_with_plain_reading_child_labour, Profile::ChildLabour);
cross_check!(agrees_with_plain_reading_child_sexual, Profile::ChildSexual);

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn adding_a_yes_never_weakens_a_result(
        answers in answer_sets(),
        profile in profiles(),
        pick in any::<proptest::sample::Index>(),
    ) {
        let c = &*CHECKLIST;
        let qs = indicator_questions();
        let q = qs[pick.index(qs.len())];
        let before = assess(c, profile, &answers).unwrap();
        let mut more = answers.clone();
        more.insert(q.to_owned(), Answer::Yes);
        let after = assess(c, profile, &more).unwrap();
        for dim in Dimension::ALL {
            prop_assert!(
                dim_rank(after.dimensions[&dim].status) >= dim_rank(before.dimensions[&dim].status),
                "{} got weaker after `{}` = yes", dim, q
            );
        }
        prop_assert!(rule_rank(after.rule) >= rule_rank(before.rule));
        if before.rule == RuleStatus::Met {
            prop_assert_eq!(after.rule, RuleStatus::Met);
        }
    }

    #[test]
    fn an_incomplete_result_completes_to_met(answers in answer_sets(), profile in profiles()) {
        let c = &*CHECKLIST;
        let a = assess(c, profile, &answers).unwrap();
        if a.rule != RuleStatus::Incomplete {
            // Nothing to complete; the_random_answer_sets_reach_every_outcome shows this case is common.
            return Ok(());
        }
        // Answer yes to every visible indicator question still unanswered, unsure or declined.
        let mut completed = answers.clone();
        for q in indicator_questions() {
            if !matches!(answers.get(q), Some(Answer::Yes | Answer::No)) {
                completed.insert(q.to_owned(), Answer::Yes);
            }
        }
        let done = assess(c, profile, &completed).unwrap();
        prop_assert_eq!(done.rule, RuleStatus::Met);
        for dim in Dimension::ALL {
            if a.dimensions[&dim].status == DimensionStatus::Incomplete {
                prop_assert_eq!(done.dimensions[&dim].status, DimensionStatus::Positive);
            }
        }
    }

    #[test]
    fn open_indicators_are_exactly_those_that_could_still_fire(
        answers in answer_sets(),
        profile in profiles(),
    ) {
        let c = &*CHECKLIST;
        let a = assess(c, profile, &answers).unwrap();
        for dim in Dimension::ALL {
            let d = &a.dimensions[&dim];
            for id in &d.open {
                prop_assert!(!d.fired.contains(id));
            }
            if d.status == DimensionStatus::Incomplete {
                prop_assert!(!d.open.is_empty());
            }
        }
    }
}

#[test]
fn the_random_answer_sets_reach_every_outcome() {
    // Without this, a generator that never produced `met` would make the properties vacuous.
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let c = &*CHECKLIST;
    let mut runner = TestRunner::deterministic();
    let mut seen = BTreeSet::new();
    for _ in 0..3000 {
        let answers = answer_sets().new_tree(&mut runner).unwrap().current();
        for p in Profile::ALL {
            seen.insert((p, assess(c, p, &answers).unwrap().rule.id()));
        }
    }
    for p in Profile::ALL {
        for r in ["met", "not-met", "incomplete"] {
            assert!(seen.contains(&(p, r)), "{p} never {r}");
        }
    }
}
