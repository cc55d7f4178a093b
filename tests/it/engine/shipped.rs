//! The assessment of the shipped `trafficking-indicators` checklist agrees with the plain
//! reading of the rule in `oracle.rs` (visibility decided here, by a condition evaluator of its
//! own) on thousands of random answer sets for every profile.

use std::collections::BTreeSet;

use proptest::prelude::*;
use tandem::checklist::Catalog;
use tandem::checklist::model::{Checklist, Comparison, Condition, Kind, Literal, Profile, Subject};
use tandem::interview::answer::{Answer, TimeSince, TimeUnit};

use super::oracle::{self, Plain, Sighting, engine, groups};

type Ans = oracle::Answers;

static SHIPPED: std::sync::LazyLock<Checklist> = std::sync::LazyLock::new(|| {
    Catalog::builtin()
        .expect("the built-in checklists load")
        .get("trafficking-indicators")
        .expect("trafficking-indicators is shipped")
        .clone()
});

// -------------------------------------------------------------------------------------------
// Visibility, by a condition evaluator written here.

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

fn plain(c: &Checklist, answers: &Ans, p: Profile) -> Plain {
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
    // A yes fires a yes-no question's tag; picking its choice fires a multiple-choice
    // question's tag (a choice not picked is that tag's "no").
    static YES: Answer = Answer::Yes;
    static NO: Answer = Answer::No;
    let sightings = visible.iter().flat_map(|q| {
        q.indicators.iter().filter_map(move |t| {
            let answer = match (answers.get(&q.id), &t.choice) {
                (Some(Answer::Choices(picked)), Some(choice)) => {
                    Some(if picked.contains(choice) { &YES } else { &NO })
                }
                (a, _) => a,
            };
            t.strength.get(&p).map(|strength| Sighting {
                dimension: t.dimension,
                indicator: &t.indicator,
                strength: *strength,
                answer,
            })
        })
    });
    oracle::plain_assessment(sightings, p)
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
    oracle::assert_dimension_rule_is_ilo(&scoring.dimension_rule);
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
            seen.insert((p, engine(&SHIPPED, &answers, p).rule));
        }
    }
    for p in Profile::ALL {
        for r in ["met", "not-met", "incomplete"] {
            assert!(seen.contains(&(p, r)), "{p} never {r}");
        }
    }
}
