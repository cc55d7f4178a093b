//! The interview profile (age group and exploitation type) as it follows from the answers to
//! questions tagged `profile = { field = ..., map = ... }`. Pure: reads answers, writes nothing.
//!
//! Child protection comes first (SCREENING.md §5, "treat as a child until age is verified"): any
//! answer that maps to `child` makes the age group child, and an unknown age group counts as a
//! child. An unknown exploitation type counts as labour.

use std::collections::BTreeMap;

use crate::checklist::model::{AgeGroup, Checklist, Exploitation, Profile, ProfileSetting};
use crate::interview::answer::Answer;

/// Age group and exploitation type from the answers of `questions` (the caller passes the
/// visible ones). `None` where no answer maps to a value.
pub fn derive<'q>(
    questions: impl IntoIterator<Item = &'q crate::checklist::model::Question>,
    answers: &BTreeMap<String, Answer>,
) -> (Option<AgeGroup>, Option<Exploitation>) {
    let mut age = None;
    let mut exploitation = None;
    for q in questions {
        let Some(setting) = &q.sets_profile else {
            continue;
        };
        let Some(value) = answers.get(&q.id).and_then(Answer::as_str) else {
            continue;
        };
        match setting {
            ProfileSetting::AgeGroup { map } => {
                if let Some(&a) = map.get(value) {
                    // Child wins over adult: a possible child is treated as a child.
                    age = Some(age.map_or(a, |old: AgeGroup| old.max(a)));
                }
            }
            ProfileSetting::Exploitation { map } => {
                if let Some(&e) = map.get(value) {
                    // Sexual wins over labour: its indicator list covers the case reported.
                    exploitation = Some(exploitation.map_or(e, |old: Exploitation| old.max(e)));
                }
            }
        }
    }
    (age, exploitation)
}

/// Age group and exploitation type from every question of `checklists` that sets the profile,
/// whether or not it is visible (the flow narrows this to visible questions).
pub fn derive_all(
    checklists: &[Checklist],
    answers: &BTreeMap<String, Answer>,
) -> (Option<AgeGroup>, Option<Exploitation>) {
    derive(checklists.iter().flat_map(|c| &c.questions), answers)
}

/// The profile the interview works with: unknown age means child, unknown exploitation labour.
pub fn effective(age: Option<AgeGroup>, exploitation: Option<Exploitation>) -> Profile {
    Profile::new(
        age.unwrap_or(AgeGroup::Child),
        exploitation.unwrap_or(Exploitation::Labour),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::model::{Kind, Question};

    fn setting_question(id: &str, setting: ProfileSetting) -> Question {
        Question {
            id: id.into(),
            section: "s".into(),
            kind: Kind::YesNo,
            required: true,
            show_if: None,
            show_if_source: None,
            indicators: vec![],
            urgent: None,
            htcds: None,
            sets_profile: Some(setting),
            sensitive: false,
            fills: None,
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
        vec![
            setting_question(
                "possible-child",
                ProfileSetting::AgeGroup {
                    map: age_map.iter().map(|(k, v)| ((*k).into(), *v)).collect(),
                },
            ),
            setting_question(
                "looks-under-18",
                ProfileSetting::AgeGroup {
                    map: age_map.iter().map(|(k, v)| ((*k).into(), *v)).collect(),
                },
            ),
            setting_question(
                "exploitation-type",
                ProfileSetting::Exploitation {
                    map: exp_map.iter().map(|(k, v)| ((*k).into(), *v)).collect(),
                },
            ),
        ]
    }

    #[test]
    fn profile_follows_the_answers() {
        use AgeGroup::*;
        use Exploitation::*;
        let choice = |c: &str| Answer::Choice(c.into());
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
        ];
        let qs = questions();
        for (list, want, profile) in cases {
            let answers: BTreeMap<String, Answer> = list
                .iter()
                .map(|(q, a)| ((*q).to_owned(), a.clone()))
                .collect();
            let got = derive(&qs, &answers);
            assert_eq!(got, want, "{list:?}");
            assert_eq!(effective(got.0, got.1), profile, "{list:?}");
        }
    }
}
