//! The rules a checklist must meet beyond its shape: id syntax, and conditions that name only
//! earlier questions (of the same checklist or of an earlier one) with values those questions
//! can take. Pure: it judges model values and returns problems; it never reads files and never
//! decides what a problem's location is beyond an offset into the text it was given.

use crate::checklist::model::{Comparison, Condition, Kind, Literal, Subject};
use crate::domain::suggest::edit_distance;

/// The answers `unsure` and `declined`, which every question accepts.
pub const OPEN_ANSWERS: [&str; 2] = ["unsure", "declined"];

/// Whether `s` is a valid id: `^[a-z][a-z0-9-]*$`, without `--` (Fluent uses `--` to join a
/// question id and a choice id into one message name) and without a trailing hyphen.
pub fn is_id(s: &str) -> bool {
    let mut bytes = s.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z'))
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.contains("--")
        && !s.ends_with('-')
}

/// What to do about an id that is not valid.
pub fn id_todo() -> String {
    "use lowercase letters, digits and single hyphens, starting with a letter (e.g. `deceived-job`)"
        .to_owned()
}

/// ` (did you mean `x`?)` when one of `options` is close to `got`, else the empty string.
pub fn did_you_mean<'a>(got: &str, options: impl IntoIterator<Item = &'a str>) -> String {
    let best = options
        .into_iter()
        .map(|o| (edit_distance(got, o), o))
        .filter(|(d, o)| *d <= (o.len() / 3).max(1))
        .min();
    match best {
        Some((_, o)) => format!(" (did you mean `{o}`?)"),
        None => String::new(),
    }
}

/// A problem found in a condition: a byte offset into the condition's text, what is wrong and
/// what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConditionProblem {
    pub offset: usize,
    pub what: String,
    pub todo: String,
    /// The problem is a name no question of the list has: with more questions known (the
    /// earlier checklists of the catalog) it may go away.
    pub unknown: bool,
}

/// Which condition is being checked: they differ in whether the question may name itself (an
/// urgent `if` tests the question's own answer; a `show_if` cannot). A first-screen reason
/// belongs to no question: every question of its checklist comes before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConditionRole {
    ShowIf,
    UrgentIf,
    ReasonIf,
}

impl ConditionRole {
    pub fn key(self) -> &'static str {
        match self {
            ConditionRole::ShowIf => "show_if",
            ConditionRole::UrgentIf => "urgent `if`",
            ConditionRole::ReasonIf => "first-screen reason `if`",
        }
    }
}

/// One question of the checklist as the condition check sees it: its id and, when it could be
/// read, its kind (a question whose kind is broken was reported already; its values go
/// unchecked rather than reported twice).
#[derive(Debug, Clone, Copy)]
pub struct QuestionRef<'a> {
    pub id: &'a str,
    pub kind: Option<&'a Kind>,
}

/// Checks a parsed condition of the question at `owner` (an index into `questions`: the
/// questions of earlier checklists, if any, then this checklist's in file order; for a
/// first-screen reason, `questions.len()`): every question it names must come earlier (or be
/// the question itself, for an urgent `if`), and every value must be one that question can take.
pub fn check_condition(
    cond: &Condition,
    src: &str,
    questions: &[QuestionRef],
    owner: usize,
    role: ConditionRole,
) -> Vec<ConditionProblem> {
    let mut out = Vec::new();
    walk(cond, src, questions, owner, role, &mut out);
    out
}

fn walk(
    cond: &Condition,
    src: &str,
    questions: &[QuestionRef],
    owner: usize,
    role: ConditionRole,
    out: &mut Vec<ConditionProblem>,
) {
    let (subject, cmp, values): (&Subject, Comparison, &[Literal]) = match cond {
        Condition::And { all: list } | Condition::Or { any: list } => {
            for c in list {
                walk(c, src, questions, owner, role, out);
            }
            return;
        }
        Condition::Not { not } => return walk(not, src, questions, owner, role, out),
        Condition::Answered { question } => {
            if let Err(p) = resolve(question, src, questions, owner, role) {
                out.push(p);
            }
            return;
        }
        Condition::Compare {
            subject,
            cmp,
            value,
        } => (subject, *cmp, std::slice::from_ref(value)),
        // `in [..]` is `==` with each value.
        Condition::In { subject, values } => (subject, Comparison::Eq, values),
    };
    let target = match subject {
        Subject::Question(name) => match resolve(name, src, questions, owner, role) {
            Ok(kind) => Target::Question(name, kind),
            Err(p) => return out.push(p),
        },
        Subject::AgeGroup => Target::Profile("profile.age-group", &["adult", "child"]),
        Subject::Exploitation => Target::Profile("profile.exploitation", &["labour", "sexual"]),
    };
    for value in values {
        if let Some((what, todo)) = impossible(&target, cmp, value) {
            out.push(ConditionProblem {
                offset: locate_literal(src, value),
                what,
                todo,
                unknown: false,
            });
        }
    }
}

enum Target<'a> {
    Question(&'a str, Option<&'a Kind>),
    Profile(&'static str, &'static [&'static str]),
}

/// The kind of the question `name`, or why the condition may not name it.
fn resolve<'a>(
    name: &str,
    src: &str,
    questions: &[QuestionRef<'a>],
    owner: usize,
    role: ConditionRole,
) -> Result<Option<&'a Kind>, ConditionProblem> {
    let owner_name = match questions.get(owner) {
        Some(q) => format!("question `{}`", q.id),
        None => "the first-screen rule".to_owned(),
    };
    let owner_id = questions.get(owner).map_or("", |q| q.id);
    let problem = |what: String, todo: String| ConditionProblem {
        offset: locate_word(src, name),
        what,
        todo,
        unknown: false,
    };
    match questions.iter().position(|q| q.id == name) {
        Some(i) if i < owner => Ok(questions[i].kind),
        Some(i) if i == owner && role == ConditionRole::UrgentIf => Ok(questions[i].kind),
        Some(i) if i == owner => Err(problem(
            format!("`show_if` of question `{owner_id}` names the question itself"),
            "a question can only depend on earlier questions; remove the self-reference".into(),
        )),
        Some(_) => Err(problem(
            format!(
                "{} of {owner_name} names `{name}`, which comes later",
                role.key()
            ),
            format!(
                "a question may only depend on earlier questions (no cycles): move `{name}` before `{owner_id}` or drop the test"
            ),
        )),
        None => Err(ConditionProblem {
            unknown: true,
            ..problem(
                format!("{} names unknown question `{name}`", role.key()),
                format!(
                    "name an earlier question of this checklist or of an earlier checklist{}",
                    did_you_mean(
                        name,
                        questions[..owner.min(questions.len())].iter().map(|q| q.id)
                    )
                ),
            )
        }),
    }
}

/// Why `subject cmp value` can never be decided by an answer, or `None` when it is possible.
fn impossible(target: &Target, cmp: Comparison, value: &Literal) -> Option<(String, String)> {
    let ordering = !matches!(cmp, Comparison::Eq | Comparison::Ne);
    let op = cmp_text(cmp);
    let open = matches!(value, Literal::Text(t) if OPEN_ANSWERS.contains(&t.as_str()));
    let shown = literal_text(value);
    let (name, kind) = match target {
        Target::Profile(name, values) => {
            if ordering {
                return Some((
                    format!("`{op}` does not apply to `{name}`"),
                    "compare it with `==`, `!=` or `in`".into(),
                ));
            }
            return match value {
                Literal::Text(t) if values.contains(&t.as_str()) => None,
                _ => Some((
                    format!("`{name}` can never be {shown}"),
                    format!("use {}", quoted_list(values)),
                )),
            };
        }
        Target::Question(name, kind) => (*name, (*kind)?),
    };
    if ordering && open {
        return Some((
            format!("`{op}` cannot compare with {shown}"),
            format!("test `{name} == {shown}` instead"),
        ));
    }
    match kind {
        Kind::YesNo => {
            if ordering {
                return Some((
                    format!("`{op}` does not apply to yes-no question `{name}`"),
                    "compare it with `==`, `!=` or `in`".into(),
                ));
            }
            let possible = ["yes", "no", "unsure", "declined"];
            match value {
                Literal::Text(t) if possible.contains(&t.as_str()) => None,
                _ => Some((
                    format!("yes-no question `{name}` can never be {shown}"),
                    format!("use {}", quoted_list(&possible)),
                )),
            }
        }
        Kind::SingleChoice { choices } | Kind::MultipleChoice { choices } => {
            if ordering {
                return Some((
                    format!("`{op}` does not apply to choice question `{name}`"),
                    "compare it with `==`, `!=` or `in`".into(),
                ));
            }
            match value {
                Literal::Text(t) if open || choices.contains(t) => None,
                Literal::Text(t) => Some((
                    format!("question `{name}` has no choice `{t}`"),
                    format!(
                        "use one of its choices: {}{}",
                        choices.join(", "),
                        did_you_mean(t, choices.iter().map(String::as_str))
                    ),
                )),
                Literal::Number(_) => Some((
                    format!("choice question `{name}` can never be {shown}"),
                    format!("use one of its choices in quotes: {}", choices.join(", ")),
                )),
            }
        }
        Kind::Number { min, max, .. } => match value {
            Literal::Number(n) if n < min || n > max => Some((
                format!("{n} is outside the range {min} to {max} of question `{name}`"),
                format!("use a number from {min} to {max}"),
            )),
            Literal::Number(_) => None,
            Literal::Text(_) if open => None,
            Literal::Text(_) => Some((
                format!("number question `{name}` can never be {shown}"),
                format!("compare it with an integer from {min} to {max}, without quotes"),
            )),
        },
        Kind::Date => match value {
            Literal::Text(_) if open => None,
            Literal::Text(t) if t.parse::<jiff::civil::Date>().is_ok() => None,
            _ => Some((
                format!("date question `{name}` can never be {shown}"),
                "write the date as 'YYYY-MM-DD'".into(),
            )),
        },
        Kind::TimeSince => match value {
            Literal::Text(_) if open && !ordering => None,
            _ => Some((
                format!("time-since question `{name}` cannot be compared with {shown}"),
                format!("test `answered({name})`, or compare with 'unsure' or 'declined'"),
            )),
        },
        Kind::ShortText { .. } => {
            if ordering {
                return Some((
                    format!("`{op}` does not apply to text question `{name}`"),
                    format!("test `answered({name})` or compare with `==` / `!=`"),
                ));
            }
            match value {
                Literal::Text(_) => None,
                Literal::Number(_) => Some((
                    format!("text question `{name}` can never be the number {shown}"),
                    "put the text in quotes".into(),
                )),
            }
        }
    }
}

fn cmp_text(cmp: Comparison) -> &'static str {
    match cmp {
        Comparison::Eq => "==",
        Comparison::Ne => "!=",
        Comparison::Lt => "<",
        Comparison::Le => "<=",
        Comparison::Gt => ">",
        Comparison::Ge => ">=",
    }
}

fn literal_text(value: &Literal) -> String {
    match value {
        Literal::Text(t) => format!("'{t}'"),
        Literal::Number(n) => n.to_string(),
    }
}

fn quoted_list(values: &[&str]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| format!("'{v}'")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}

/// Byte offset of `word` standing alone in `src` (not part of a longer id), or 0.
fn locate_word(src: &str, word: &str) -> usize {
    let is_id_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'.';
    let bytes = src.as_bytes();
    let mut from = 0;
    while let Some(i) = src[from..].find(word) {
        let start = from + i;
        let end = start + word.len();
        let alone_before = start == 0 || !is_id_byte(bytes[start - 1]);
        let alone_after = end == bytes.len() || !is_id_byte(bytes[end]);
        if alone_before && alone_after {
            return start;
        }
        from = start + 1;
    }
    0
}

/// Byte offset of a literal in `src` (the first place it is written), or 0.
fn locate_literal(src: &str, value: &Literal) -> usize {
    match value {
        Literal::Text(t) => [format!("'{t}'"), format!("\"{t}\"")]
            .iter()
            .find_map(|q| src.find(q.as_str()))
            .unwrap_or(0),
        Literal::Number(n) => locate_word(src, &n.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::condition::parse;

    #[test]
    fn ids_are_lowercase_words_joined_by_single_hyphens() {
        for ok in ["a", "deceived-job", "q1", "ilo-2009-x"] {
            assert!(is_id(ok), "{ok}");
        }
        for bad in ["", "1a", "-a", "A", "a_b", "a--b", "a-", "a b", "ก"] {
            assert!(!is_id(bad), "{bad}");
        }
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(
            did_you_mean("deceptive-recruitmnt", ["deceptive-recruitment", "x"]),
            " (did you mean `deceptive-recruitment`?)"
        );
        assert_eq!(did_you_mean("zzz", ["deceptive-recruitment"]), "");
    }

    fn questions() -> Vec<(String, Kind)> {
        vec![
            ("yn".into(), Kind::YesNo),
            (
                "pick".into(),
                Kind::SingleChoice {
                    choices: vec!["a".into(), "b".into()],
                },
            ),
            (
                "n".into(),
                Kind::Number {
                    min: 0,
                    max: 10,
                    unit: None,
                },
            ),
            ("when".into(), Kind::TimeSince),
            ("day".into(), Kind::Date),
            ("name".into(), Kind::ShortText { max_chars: 10 }),
            ("owner".into(), Kind::YesNo),
            ("later".into(), Kind::YesNo),
        ]
    }

    fn problems(src: &str, role: ConditionRole) -> Vec<String> {
        let qs = questions();
        let refs: Vec<QuestionRef> = qs
            .iter()
            .map(|(id, k)| QuestionRef { id, kind: Some(k) })
            .collect();
        let cond = parse(src).expect("test conditions parse");
        check_condition(&cond, src, &refs, 6, role)
            .into_iter()
            .map(|p| format!("{}: {}", p.offset, p.what))
            .collect()
    }

    #[test]
    fn possible_conditions_pass() {
        for src in [
            "yn == 'yes'",
            "yn != 'unsure'",
            "pick in ['a', 'b', 'declined']",
            "n > 0 and n <= 10",
            "n == 'declined'",
            "answered(when) or when == 'unsure'",
            "day < '2020-01-01'",
            "name == 'x' and profile.age-group == 'child' and profile.exploitation != 'sexual'",
        ] {
            assert_eq!(
                problems(src, ConditionRole::ShowIf),
                Vec::<String>::new(),
                "{src}"
            );
        }
    }

    #[test]
    fn impossible_conditions_are_located() {
        let table = [
            (
                "yn == 'maybe'",
                "6: yes-no question `yn` can never be 'maybe'",
            ),
            (
                "yn < 'yes'",
                "5: `<` does not apply to yes-no question `yn`",
            ),
            ("yn == 1", "6: yes-no question `yn` can never be 1"),
            ("pick == 'c'", "8: question `pick` has no choice `c`"),
            (
                "pick > 'a'",
                "7: `>` does not apply to choice question `pick`",
            ),
            (
                "n > 11",
                "4: 11 is outside the range 0 to 10 of question `n`",
            ),
            ("n == 'ten'", "5: number question `n` can never be 'ten'"),
            ("n < 'unsure'", "4: `<` cannot compare with 'unsure'"),
            (
                "when > 3",
                "7: time-since question `when` cannot be compared with 3",
            ),
            (
                "day == 'monday'",
                "7: date question `day` can never be 'monday'",
            ),
            (
                "name < 'm'",
                "7: `<` does not apply to text question `name`",
            ),
            (
                "profile.age-group == 'teen'",
                "21: `profile.age-group` can never be 'teen'",
            ),
            (
                "yn == 'yes' and ghost == 'yes'",
                "16: show_if names unknown question `ghost`",
            ),
            (
                "later == 'yes'",
                "0: show_if of question `owner` names `later`, which comes later",
            ),
            (
                "answered(owner)",
                "9: `show_if` of question `owner` names the question itself",
            ),
        ];
        for (src, want) in table {
            assert_eq!(
                problems(src, ConditionRole::ShowIf),
                vec![want.to_string()],
                "{src}"
            );
        }
    }

    #[test]
    fn an_urgent_if_may_test_its_own_question() {
        assert!(problems("owner == 'yes'", ConditionRole::UrgentIf).is_empty());
        assert_eq!(
            problems("later == 'yes'", ConditionRole::UrgentIf),
            vec!["0: urgent `if` of question `owner` names `later`, which comes later"]
        );
    }
}
