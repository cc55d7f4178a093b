//! The interview profile (age group and exploitation type) as it follows from the answers to
//! questions tagged `profile = { field = ..., map = ... }` or `{ field = "age-group", below = 18 }`,
//! and the check that the sources of the age agree. Pure: reads answers, writes nothing.
//!
//! Child protection comes first (SCREENING.md §5, "treat as a child until age is verified"): a
//! child is a child whatever the source. Any answer that makes the person a child (the stated
//! age, the birth date, the under-18 answer or the officer's estimate) makes the age group child,
//! and an unknown age group counts as a child. An unknown exploitation type counts as labour.

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::checklist::answer::Answer;
use crate::checklist::model::{
    AgeGroup, Checklist, Exploitation, Profile, ProfileSetting, Question,
};

/// Age group and exploitation type from the answers of `questions` (the caller passes the
/// visible ones). `None` where no answer maps to a value. `on` is the date a birth date is
/// measured at (when the answers were given); without it a birth date says nothing.
pub fn derive<'q>(
    questions: impl IntoIterator<Item = &'q Question>,
    answers: &BTreeMap<String, Answer>,
    on: Option<Date>,
) -> (Option<AgeGroup>, Option<Exploitation>) {
    let mut age = None;
    let mut exploitation = None;
    for q in questions {
        let Some(setting) = &q.sets_profile else {
            continue;
        };
        let Some(answer) = answers.get(&q.id) else {
            continue;
        };
        match setting {
            ProfileSetting::AgeGroup { .. } | ProfileSetting::AgeBelow { .. } => {
                if let Some(a) = age_reading(setting, answer, on) {
                    // Child wins over adult: a possible child is treated as a child.
                    age = Some(age.map_or(a, |old: AgeGroup| old.max(a)));
                }
            }
            ProfileSetting::Exploitation { map } => {
                let picked: Vec<&str> = match answer {
                    Answer::Choices(list) => list.iter().map(String::as_str).collect(),
                    a => a.as_str().into_iter().collect(),
                };
                for value in picked {
                    if let Some(&e) = map.get(value) {
                        // Sexual wins over labour: its indicator list covers the case reported.
                        exploitation = Some(exploitation.map_or(e, |old: Exploitation| old.max(e)));
                    }
                }
            }
        }
    }
    (age, exploitation)
}

/// What one answer says about the age group, if anything.
fn age_reading(setting: &ProfileSetting, answer: &Answer, on: Option<Date>) -> Option<AgeGroup> {
    let group = |years: i64, below: u32| {
        if years < i64::from(below) {
            AgeGroup::Child
        } else {
            AgeGroup::Adult
        }
    };
    match (setting, answer) {
        (ProfileSetting::AgeGroup { map }, a) => map.get(a.as_str()?).copied(),
        (ProfileSetting::AgeBelow { years }, Answer::Number(n)) => Some(group(*n, *years)),
        (ProfileSetting::AgeBelow { years }, Answer::Date(born)) => {
            Some(group(years_between(*born, on?)?, *years))
        }
        _ => None,
    }
}

/// Whole years from `born` to `on`; `None` when `on` is before `born`.
pub fn years_between(born: Date, on: Date) -> Option<i64> {
    if on < born {
        return None;
    }
    let mut years = i64::from(on.year()) - i64::from(born.year());
    if (on.month(), on.day()) < (born.month(), born.day()) {
        years -= 1;
    }
    Some(years)
}

/// Age group and exploitation type from every question of `checklists` that sets the profile,
/// whether or not it is visible (the flow narrows this to visible questions).
pub fn derive_all(
    checklists: &[Checklist],
    answers: &BTreeMap<String, Answer>,
    on: Option<Date>,
) -> (Option<AgeGroup>, Option<Exploitation>) {
    derive(checklists.iter().flat_map(|c| &c.questions), answers, on)
}

/// The profile the interview works with: unknown age means child, unknown exploitation labour.
pub fn effective(age: Option<AgeGroup>, exploitation: Option<Exploitation>) -> Profile {
    Profile::new(
        age.unwrap_or(AgeGroup::Child),
        exploitation.unwrap_or(Exploitation::Labour),
    )
}

/// One source of the age: the question, the age group it gives, and the years it gives (a
/// stated age, or the age from a birth date).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgeReading {
    pub question: String,
    pub group: AgeGroup,
    pub years: Option<i64>,
}

/// The sources of the age when they disagree: some say child and some adult, or a stated age
/// and a birth date more than a year apart. The screen flags it; the child profile stands.
/// `Debug` shows the question ids and groups only: ages are personal data.
#[derive(Clone, PartialEq, Eq)]
pub struct AgeDisagreement {
    pub readings: Vec<AgeReading>,
}

impl std::fmt::Debug for AgeDisagreement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown: Vec<(&str, AgeGroup)> = self
            .readings
            .iter()
            .map(|r| (r.question.as_str(), r.group))
            .collect();
        f.debug_struct("AgeDisagreement")
            .field("readings", &shown)
            .finish()
    }
}

/// Whether the age sources among `questions` (the visible ones) disagree; `None` when they
/// agree or when fewer than two say anything.
pub fn age_disagreement<'q>(
    questions: impl IntoIterator<Item = &'q Question>,
    answers: &BTreeMap<String, Answer>,
    on: Option<Date>,
) -> Option<AgeDisagreement> {
    let readings = age_readings(questions, answers, on);
    let groups_differ = readings.iter().any(|r| r.group != readings[0].group);
    let years: Vec<i64> = readings.iter().filter_map(|r| r.years).collect();
    let years_differ = match (years.iter().min(), years.iter().max()) {
        (Some(lo), Some(hi)) => hi - lo > 1,
        _ => false,
    };
    (groups_differ || years_differ).then_some(AgeDisagreement { readings })
}

/// What each answered age source among `questions` (the visible ones) says, in order.
pub fn age_readings<'q>(
    questions: impl IntoIterator<Item = &'q Question>,
    answers: &BTreeMap<String, Answer>,
    on: Option<Date>,
) -> Vec<AgeReading> {
    let mut readings = Vec::new();
    for q in questions {
        let Some(setting @ (ProfileSetting::AgeGroup { .. } | ProfileSetting::AgeBelow { .. })) =
            &q.sets_profile
        else {
            continue;
        };
        let Some(answer) = answers.get(&q.id) else {
            continue;
        };
        let Some(group) = age_reading(setting, answer, on) else {
            continue;
        };
        let years = match answer {
            Answer::Number(n) => Some(*n),
            Answer::Date(born) => on.and_then(|d| years_between(*born, d)),
            _ => None,
        };
        readings.push(AgeReading {
            question: q.id.clone(),
            group,
            years,
        });
    }
    readings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::model::Kind;

    fn setting_question(id: &str, kind: Kind, setting: ProfileSetting) -> Question {
        Question {
            sets_profile: Some(setting),
            ..Question::new(id, "s", kind)
        }
    }

    fn questions() -> Vec<Question> {
        let age_map = [
            ("yes", AgeGroup::Child),
            ("unsure", AgeGroup::Child),
            ("no", AgeGroup::Adult),
        ];
        let exp_map = [
            ("fishing", Exploitation::Labour),
            ("sexual", Exploitation::Sexual),
        ];
        let age = || ProfileSetting::AgeGroup {
            map: age_map.iter().map(|(k, v)| ((*k).into(), *v)).collect(),
        };
        vec![
            setting_question("possible-child", Kind::YesNo, age()),
            setting_question("looks-under-18", Kind::YesNo, age()),
            setting_question(
                "exploitation-type",
                Kind::SingleChoice {
                    choices: vec!["fishing".into(), "sexual".into(), "other".into()],
                },
                ProfileSetting::Exploitation {
                    map: exp_map.iter().map(|(k, v)| ((*k).into(), *v)).collect(),
                },
            ),
            setting_question(
                "age-years",
                Kind::Number {
                    min: 0,
                    max: 110,
                    unit: None,
                },
                ProfileSetting::AgeBelow { years: 18 },
            ),
            setting_question(
                "birth-date",
                Kind::Date,
                ProfileSetting::AgeBelow { years: 18 },
            ),
            setting_question(
                "forms",
                Kind::MultipleChoice {
                    choices: vec!["fishing".into(), "sexual".into()],
                },
                ProfileSetting::Exploitation {
                    map: exp_map.iter().map(|(k, v)| ((*k).into(), *v)).collect(),
                },
            ),
        ]
    }

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn profile_follows_the_answers() {
        use AgeGroup::*;
        use Exploitation::*;
        let choice = |c: &str| Answer::Choice(c.into());
        let on = Some(day("2026-11-28"));
        // (answers, derived, effective)
        type Case = (
            Vec<(&'static str, Answer)>,
            (Option<AgeGroup>, Option<Exploitation>),
            Profile,
        );
        let cases: Vec<Case> = vec![
            (vec![], (None, None), Profile::ChildLabour),
            (
                vec![("possible-child", Answer::No)],
                (Some(Adult), None),
                Profile::AdultLabour,
            ),
            (
                vec![("possible-child", Answer::Unsure)],
                (Some(Child), None),
                Profile::ChildLabour,
            ),
            // Declined is unmapped here: age stays unknown, and unknown is treated as child.
            (
                vec![("possible-child", Answer::Declined)],
                (None, None),
                Profile::ChildLabour,
            ),
            // One answer pointing to a child is enough.
            (
                vec![
                    ("possible-child", Answer::No),
                    ("looks-under-18", Answer::Yes),
                ],
                (Some(Child), None),
                Profile::ChildLabour,
            ),
            // A stated age of 16 makes a child whatever the under-18 answer says.
            (
                vec![
                    ("possible-child", Answer::No),
                    ("age-years", Answer::Number(16)),
                ],
                (Some(Child), None),
                Profile::ChildLabour,
            ),
            (
                vec![
                    ("possible-child", Answer::No),
                    ("age-years", Answer::Number(18)),
                ],
                (Some(Adult), None),
                Profile::AdultLabour,
            ),
            // So does a birth date less than 18 years before the interview.
            (
                vec![
                    ("age-years", Answer::Number(19)),
                    ("birth-date", Answer::Date(day("2010-03-01"))),
                ],
                (Some(Child), None),
                Profile::ChildLabour,
            ),
            (
                vec![("birth-date", Answer::Date(day("2008-11-28")))],
                (Some(Adult), None),
                Profile::AdultLabour,
            ),
            (
                vec![("birth-date", Answer::Date(day("2008-11-29")))],
                (Some(Child), None),
                Profile::ChildLabour,
            ),
            (
                vec![
                    ("possible-child", Answer::No),
                    ("exploitation-type", choice("sexual")),
                ],
                (Some(Adult), Some(Sexual)),
                Profile::AdultSexual,
            ),
            (
                vec![
                    ("possible-child", Answer::No),
                    ("exploitation-type", choice("fishing")),
                ],
                (Some(Adult), Some(Labour)),
                Profile::AdultLabour,
            ),
            // A choice missing from the map leaves exploitation unknown: labour.
            (
                vec![
                    ("possible-child", Answer::Yes),
                    ("exploitation-type", choice("other")),
                ],
                (Some(Child), None),
                Profile::ChildLabour,
            ),
            // Multiple choice: sexual when it includes a choice mapped to sexual.
            (
                vec![
                    ("possible-child", Answer::No),
                    (
                        "forms",
                        Answer::Choices(vec!["fishing".into(), "sexual".into()]),
                    ),
                ],
                (Some(Adult), Some(Sexual)),
                Profile::AdultSexual,
            ),
        ];
        let qs = questions();
        for (list, want, profile) in cases {
            let answers: BTreeMap<String, Answer> = list
                .iter()
                .map(|(q, a)| ((*q).to_owned(), a.clone()))
                .collect();
            let got = derive(&qs, &answers, on);
            assert_eq!(got, want, "{list:?}");
            assert_eq!(effective(got.0, got.1), profile, "{list:?}");
        }
    }

    #[test]
    fn a_birth_date_without_a_date_to_measure_at_says_nothing() {
        let qs = questions();
        let answers: BTreeMap<String, Answer> =
            [("birth-date".to_owned(), Answer::Date(day("2010-01-01")))].into();
        assert_eq!(derive(&qs, &answers, None), (None, None));
    }

    #[test]
    fn disagreeing_age_sources_are_found() {
        let qs = questions();
        let on = Some(day("2026-11-28"));
        let check = |list: &[(&str, Answer)]| {
            let answers: BTreeMap<String, Answer> = list
                .iter()
                .map(|(q, a)| ((*q).to_owned(), a.clone()))
                .collect();
            age_disagreement(&qs, &answers, on).map(|d| {
                d.readings
                    .iter()
                    .map(|r| (r.question.clone(), r.group))
                    .collect::<Vec<_>>()
            })
        };
        use AgeGroup::*;
        assert_eq!(check(&[("possible-child", Answer::No)]), None);
        assert_eq!(
            check(&[
                ("possible-child", Answer::No),
                ("age-years", Answer::Number(30))
            ]),
            None
        );
        assert_eq!(
            check(&[
                ("possible-child", Answer::No),
                ("age-years", Answer::Number(16))
            ]),
            Some(vec![
                ("possible-child".to_owned(), Adult),
                ("age-years".to_owned(), Child)
            ])
        );
        // Both adult, but 30 stated against a birth date 25 years back.
        assert!(
            check(&[
                ("age-years", Answer::Number(30)),
                ("birth-date", Answer::Date(day("2001-06-01")))
            ])
            .is_some()
        );
        assert_eq!(
            check(&[
                ("age-years", Answer::Number(25)),
                ("birth-date", Answer::Date(day("2001-06-01")))
            ]),
            None
        );
        let d = age_disagreement(
            &qs,
            &[
                ("age-years".to_owned(), Answer::Number(16)),
                ("possible-child".to_owned(), Answer::No),
            ]
            .into(),
            on,
        )
        .unwrap();
        assert!(!format!("{d:?}").contains("16"));
    }
}
