//! The assessment of the shipped `trafficking-indicators` checklist agrees with a plain second
//! implementation (written here, with its own condition evaluator and the rule as SCREENING.md
//! §2 states it) on thousands of random answer sets for every profile.

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;
use tandem::checklist::Catalog;
use tandem::checklist::model::{
    Checklist, Comparison, Condition, Dimension, Kind, Literal, Profile, Strength, Subject,
};
use tandem::checklist::scoring::assess;
use tandem::interview::answer::{Answer, TimeSince, TimeUnit};

type Ans = BTreeMap<String, Answer>;

static SHIPPED: std::sync::LazyLock<Checklist> = std::sync::LazyLock::new(|| {
    Catalog::builtin()
        .expect("the built-in checklists load")
        .get("trafficking-indicators")
        .expect("trafficking-indicators is shipped")
        .clone()
});

// -------------------------------------------------------------------------------------------
// The oracle.

fn ilo_positive(strong: u32, medium: u32, weak: u32) -> bool {
    strong >= 2 || (strong >= 1 && medium + weak >= 1) || medium >= 3 || (medium >= 2 && weak >= 1)
}

fn groups(profile: Profile) -> Vec<Vec<Dimension>> {
    use Dimension::*;
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

/// The format doc's reading of a condition, written without the engine's code.
fn holds(c: &Condition, seen: &Ans, p: Profile) -> bool {
    match c {
        Condition::And { all } => all.iter().all(|c| holds(c, seen, p)),
        Condition::Or { any } => any.iter().any(|c| holds(c, seen, p)),
        Condition::Not { not } => !holds(not, seen, p),
        Condition::Answered { question } => seen.contains_key(question),
        Condition::In { subject, values } => values.iter().any(|v| {
            holds(
                &Condition::Compare {
                    subject: subject.clone(),
                    cmp: Comparison::Eq,
                    value: v.clone(),
                },
                seen,
                p,
            )
        }),
        Condition::Compare {
            subject,
            cmp,
            value,
        } => {
            let have = match subject {
                Subject::AgeGroup => serde_json::json!(match p {
                    Profile::AdultLabour | Profile::AdultSexual => "adult",
                    _ => "child",
                }),
                Subject::Exploitation => serde_json::json!(match p {
                    Profile::AdultSexual | Profile::ChildSexual => "sexual",
                    _ => "labour",
                }),
                Subject::Question(q) => match seen.get(q) {
                    None => return false,
                    Some(a) => a.to_json(),
                },
            };
            let want = match value {
                Literal::Text(t) => serde_json::json!(t),
                Literal::Number(n) => serde_json::json!(n),
            };
            if let Some(list) = have.as_array() {
                let includes = list.contains(&want);
                return match cmp {
                    Comparison::Eq => includes,
                    Comparison::Ne => !includes,
                    _ => false,
                };
            }
            let order = match (&have, &want) {
                (a, b) if a == b => Some(std::cmp::Ordering::Equal),
                (serde_json::Value::Number(a), serde_json::Value::Number(b)) => {
                    a.as_i64().partial_cmp(&b.as_i64())
                }
                // ISO dates order as text.
                (serde_json::Value::String(a), serde_json::Value::String(b))
                    if a.len() == 10 && b.len() == 10 && a.as_bytes()[4] == b'-' =>
                {
                    Some(a.cmp(b))
                }
                _ => None,
            };
            use std::cmp::Ordering::*;
            match cmp {
                Comparison::Eq => order == Some(Equal),
                Comparison::Ne => order != Some(Equal),
                Comparison::Lt => order == Some(Less),
                Comparison::Le => matches!(order, Some(Less | Equal)),
                Comparison::Gt => order == Some(Greater),
                Comparison::Ge => matches!(order, Some(Greater | Equal)),
            }
        }
    }
}

type Outcome = (String, BTreeMap<Dimension, (String, [u32; 3], Vec<String>)>);

fn plain(c: &Checklist, answers: &Ans, p: Profile) -> Outcome {
    let mut seen = Ans::new();
    let mut visible = Vec::new();
    for q in &c.questions {
        if q.show_if.as_ref().is_none_or(|s| holds(s, &seen, p)) {
            if let Some(a) = answers.get(&q.id) {
                seen.insert(q.id.clone(), a.clone());
            }
            visible.push(q);
        }
    }
    let mut out = BTreeMap::new();
    for dim in Dimension::ALL {
        let mut fired: BTreeMap<&str, Strength> = BTreeMap::new();
        let mut open: BTreeMap<&str, Strength> = BTreeMap::new();
        for q in &visible {
            for t in q.indicators.iter().filter(|t| t.dimension == dim) {
                let Some(s) = t.strength.get(&p) else {
                    continue;
                };
                // A yes fires a yes-no question's tag; picking its choice fires a
                // multiple-choice question's tag.
                match (answers.get(&q.id), &t.choice) {
                    (None | Some(Answer::Unsure | Answer::Declined), _) => {
                        open.insert(&t.indicator, *s);
                    }
                    (Some(Answer::Yes), None) => {
                        fired.insert(&t.indicator, *s);
                    }
                    (Some(Answer::Choices(picked)), Some(choice)) if picked.contains(choice) => {
                        fired.insert(&t.indicator, *s);
                    }
                    _ => {}
                }
            }
        }
        let count = |m: &BTreeMap<&str, Strength>, s: Strength| {
            m.values().filter(|x| **x == s).count() as u32
        };
        let now = [
            count(&fired, Strength::Strong),
            count(&fired, Strength::Medium),
            count(&fired, Strength::Weak),
        ];
        open.retain(|k, _| !fired.contains_key(k));
        let could = [
            now[0] + count(&open, Strength::Strong),
            now[1] + count(&open, Strength::Medium),
            now[2] + count(&open, Strength::Weak),
        ];
        let status = if ilo_positive(now[0], now[1], now[2]) {
            "positive"
        } else if ilo_positive(could[0], could[1], could[2]) {
            "incomplete"
        } else {
            "negative"
        };
        let ids: BTreeSet<String> = fired.keys().map(|k| k.to_string()).collect();
        out.insert(dim, (status.to_owned(), now, ids.into_iter().collect()));
    }
    let any = |g: &Vec<Dimension>, f: &dyn Fn(&str) -> bool| g.iter().any(|d| f(&out[d].0));
    let g = groups(p);
    let rule = if g.iter().all(|g| any(g, &|s| s == "positive")) {
        "met"
    } else if g.iter().all(|g| any(g, &|s| s != "negative")) {
        "incomplete"
    } else {
        "not-met"
    };
    (rule.to_owned(), out)
}

fn engine(c: &Checklist, answers: &Ans, p: Profile) -> Outcome {
    let a = assess(c, p, answers).unwrap();
    (
        a.rule.id().to_owned(),
        a.dimensions
            .into_iter()
            .map(|(d, x)| {
                (
                    d,
                    (
                        x.status.id().to_owned(),
                        [x.strong, x.medium, x.weak],
                        x.fired,
                    ),
                )
            })
            .collect(),
    )
}

// -------------------------------------------------------------------------------------------
// Random answers for any question kind; yes is common so that `met` occurs.

/// `mood` sets how often yes-no questions are answered yes, no or left open, so that every
/// rule outcome (including `not-met`, which needs nearly all no) occurs often.
fn answer_for(kind: &Kind, mood: usize) -> BoxedStrategy<Option<Answer>> {
    let open = prop_oneof![
        Just(None),
        Just(Some(Answer::Unsure)),
        Just(Some(Answer::Declined))
    ];
    let (yes, no, unsettled) = [(1, 40, 1), (3, 6, 1), (6, 3, 2)][mood];
    match kind.clone() {
        Kind::YesNo => prop_oneof![
            yes => Just(Some(Answer::Yes)),
            no => Just(Some(Answer::No)),
            unsettled => open,
        ]
        .boxed(),
        Kind::SingleChoice { choices } => prop_oneof![
            3 => proptest::sample::select(choices).prop_map(|c| Some(Answer::Choice(c))),
            1 => open,
        ]
        .boxed(),
        Kind::MultipleChoice { choices } => prop_oneof![
            3 => proptest::sample::subsequence(choices.clone(), 0..=choices.len())
                .prop_map(|c| Some(Answer::Choices(c))),
            1 => open,
        ]
        .boxed(),
        Kind::Number { min, max, .. } => prop_oneof![
            3 => (min..=max).prop_map(|n| Some(Answer::Number(n))),
            1 => open,
        ]
        .boxed(),
        Kind::Date => prop_oneof![
            3 => (2000i16..2030, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| {
                Some(Answer::Date(jiff::civil::date(y, m, d)))
            }),
            1 => open,
        ]
        .boxed(),
        Kind::TimeSince => prop_oneof![
            3 => (0u32..200).prop_map(|amount| Some(Answer::TimeSince(TimeSince {
                amount,
                unit: TimeUnit::Hours,
            }))),
            1 => open,
        ]
        .boxed(),
        Kind::ShortText { .. } => prop_oneof![
            1 => Just(Some(Answer::Text("text".into()))),
            1 => open,
        ]
        .boxed(),
    }
}

fn answer_sets() -> impl Strategy<Value = Ans> {
    (0usize..3).prop_flat_map(|mood| {
        let strategies: Vec<_> = SHIPPED
            .questions
            .iter()
            .map(|q| {
                let id = q.id.clone();
                answer_for(&q.kind, mood).prop_map(move |a| (id.clone(), a))
            })
            .collect();
        strategies.prop_map(|list| {
            list.into_iter()
                .filter_map(|(id, a)| a.map(|a| (id, a)))
                .collect::<Ans>()
        })
    })
}

macro_rules! cross_check {
    ($name:ident, $profile:expr) => {
        proptest! {
            #![proptest_config(ProptestConfig::with_cases(600))]
            #[test]
            fn $name(answers in answer_sets()) {
                let c = &*SHIPPED;
                prop_assert_eq!(engine(c, &answers, $profile), plain(c, &answers, $profile));
            }
        }
    };
}

cross_check!(shipped_adult_labour_agrees, Profile::AdultLabour);
cross_check!(shipped_adult_sexual_agrees, Profile::AdultSexual);
cross_check!(shipped_child_labour_agrees, Profile::ChildLabour);
cross_check!(shipped_child_sexual_agrees, Profile::ChildSexual);

#[test]
fn shipped_rule_is_the_one_in_screening_md() {
    let scoring = SHIPPED
        .scoring
        .as_ref()
        .expect("the indicators carry a scoring rule");
    for s in 0..=4 {
        for m in 0..=4 {
            for w in 0..=4 {
                assert_eq!(
                    tandem::checklist::scoring::meets(&scoring.dimension_rule, s, m, w),
                    ilo_positive(s, m, w),
                    "{s} strong, {m} medium, {w} weak"
                );
            }
        }
    }
    for p in Profile::ALL {
        assert_eq!(scoring.rules[&p].all_of, groups(p), "{p}");
    }
}

#[test]
fn random_sets_reach_every_outcome() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut seen = BTreeSet::new();
    for _ in 0..500 {
        let answers = answer_sets().new_tree(&mut runner).unwrap().current();
        for p in Profile::ALL {
            seen.insert((p, engine(&SHIPPED, &answers, p).0));
        }
    }
    for p in Profile::ALL {
        for r in ["met", "not-met", "incomplete"] {
            assert!(seen.contains(&(p, r.to_owned())), "{p} never {r}");
        }
    }
}
