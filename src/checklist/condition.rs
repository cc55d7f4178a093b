//! `show_if` and urgent `if` conditions: parsing their text form into [`Condition`] and
//! evaluating them against answers and the interview profile. Pure: never reads files, never
//! prints, and never puts an answer value into an error text.
//!
//! Grammar (docs/checklist-format.md):
//! ```text
//! expr    := or
//! or      := and ("or" and)*
//! and     := unary ("and" unary)*
//! unary   := "not" unary | "(" expr ")" | "answered(" QUESTION ")" | compare
//! compare := subject ("==" | "!=" | "<" | "<=" | ">" | ">=") literal
//!          | subject "in" "[" literal ("," literal)* "]"
//! subject := QUESTION | "profile.age-group" | "profile.exploitation"
//! literal := 'text' | "text" | integer
//! ```

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;

use crate::checklist::answer::Answer;
use crate::checklist::model::{AgeGroup, Comparison, Condition, Exploitation, Literal, Subject};

/// Why a condition's text does not parse: where (byte offset into the source), what is wrong,
/// and what to write instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what}; {todo}")]
pub struct ConditionError {
    /// Byte offset in the condition's source text.
    pub offset: usize,
    pub what: String,
    pub todo: String,
}

/// What a condition is evaluated against. Answers of hidden questions must not be in `answers`
/// (the caller filters them: a hidden question counts as unanswered).
#[derive(Clone, Copy)]
pub struct Facts<'a> {
    pub answers: &'a BTreeMap<String, Answer>,
    pub age_group: Option<AgeGroup>,
    pub exploitation: Option<Exploitation>,
}

impl fmt::Debug for Facts<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Facts")
            .field("answers", &self.answers.len())
            .field("age_group", &self.age_group)
            .field("exploitation", &self.exploitation)
            .finish()
    }
}

// ---------------------------------------------------------------------------------------------
// Lexer

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// A bare word: question id, keyword, `profile.age-group`, or an integer.
    Word(String),
    Str(String),
    Op(Comparison),
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    offset: usize,
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.'
}

fn err(offset: usize, what: impl Into<String>, todo: impl Into<String>) -> ConditionError {
    ConditionError {
        offset,
        what: what.into(),
        todo: todo.into(),
    }
}

fn lex(src: &str) -> Result<Vec<Token>, ConditionError> {
    let mut out = Vec::new();
    let mut chars = src.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let simple = match c {
            '(' => Some(Tok::LParen),
            ')' => Some(Tok::RParen),
            '[' => Some(Tok::LBracket),
            ']' => Some(Tok::RBracket),
            ',' => Some(Tok::Comma),
            _ => None,
        };
        if let Some(tok) = simple {
            chars.next();
            out.push(Token { tok, offset: i });
            continue;
        }
        match c {
            '=' | '!' | '<' | '>' => {
                chars.next();
                let eq_follows = matches!(chars.peek(), Some(&(_, '=')));
                if eq_follows {
                    chars.next();
                }
                let op = match (c, eq_follows) {
                    ('=', true) => Comparison::Eq,
                    ('!', true) => Comparison::Ne,
                    ('<', false) => Comparison::Lt,
                    ('<', true) => Comparison::Le,
                    ('>', false) => Comparison::Gt,
                    ('>', true) => Comparison::Ge,
                    ('=', false) => {
                        return Err(err(
                            i,
                            "a single `=` is not a comparison",
                            "write `==` to compare, e.g. `q == 'yes'`",
                        ));
                    }
                    _ => {
                        return Err(err(
                            i,
                            "`!` on its own is not an operator",
                            "write `!=` to compare or `not` to negate",
                        ));
                    }
                };
                out.push(Token {
                    tok: Tok::Op(op),
                    offset: i,
                });
            }
            '\'' | '"' => {
                chars.next();
                let mut text = String::new();
                let mut closed = false;
                for (_, ch) in chars.by_ref() {
                    if ch == c {
                        closed = true;
                        break;
                    }
                    text.push(ch);
                }
                if !closed {
                    return Err(err(
                        i,
                        "this quoted text is never closed",
                        format!("end it with a matching {c}"),
                    ));
                }
                out.push(Token {
                    tok: Tok::Str(text),
                    offset: i,
                });
            }
            c if is_word_char(c) => {
                let mut word = String::new();
                while let Some(&(_, ch)) = chars.peek() {
                    if !is_word_char(ch) {
                        break;
                    }
                    word.push(ch);
                    chars.next();
                }
                out.push(Token {
                    tok: Tok::Word(word),
                    offset: i,
                });
            }
            other => {
                return Err(err(
                    i,
                    format!("unexpected character `{other}`"),
                    "conditions use question ids, `==`, `!=`, `<`, `<=`, `>`, `>=`, `in [..]`, \
                     `and`, `or`, `not`, `answered(q)`, parentheses and quoted values",
                ));
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Parser

const KEYWORDS: [&str; 4] = ["and", "or", "not", "in"];

struct Parser<'s> {
    tokens: Vec<Token>,
    pos: usize,
    src: &'s str,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.pos).map(|t| &t.tok)
    }
    fn offset(&self) -> usize {
        self.tokens
            .get(self.pos)
            .map(|t| t.offset)
            .unwrap_or(self.src.len())
    }
    fn next(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t
    }
    fn at_word(&self, w: &str) -> bool {
        matches!(self.peek(), Some(Tok::Word(x)) if x == w)
    }

    fn expr(&mut self) -> Result<Condition, ConditionError> {
        let mut any = vec![self.and()?];
        while self.at_word("or") {
            self.pos += 1;
            any.push(self.and()?);
        }
        Ok(if any.len() == 1 {
            any.remove(0)
        } else {
            Condition::Or { any }
        })
    }

    fn and(&mut self) -> Result<Condition, ConditionError> {
        let mut all = vec![self.unary()?];
        while self.at_word("and") {
            self.pos += 1;
            all.push(self.unary()?);
        }
        Ok(if all.len() == 1 {
            all.remove(0)
        } else {
            Condition::And { all }
        })
    }

    fn unary(&mut self) -> Result<Condition, ConditionError> {
        let offset = self.offset();
        match self.peek() {
            None => Err(err(
                offset,
                "the condition ends where a test was expected",
                "write a test such as `q == 'yes'` or `answered(q)`",
            )),
            Some(Tok::Word(w)) if w == "not" => {
                self.pos += 1;
                Ok(Condition::Not {
                    not: Box::new(self.unary()?),
                })
            }
            Some(Tok::LParen) => {
                self.pos += 1;
                let inner = self.expr()?;
                self.expect_rparen(offset)?;
                Ok(inner)
            }
            Some(Tok::Word(w))
                if w == "answered"
                    && matches!(
                        self.tokens.get(self.pos + 1).map(|t| &t.tok),
                        Some(Tok::LParen)
                    ) =>
            {
                self.pos += 2;
                let q_offset = self.offset();
                let question = match self.next().map(|t| t.tok) {
                    Some(Tok::Word(q)) if is_question_id(&q) => q,
                    _ => {
                        return Err(err(
                            q_offset,
                            "expected a question id inside `answered(..)`",
                            "write e.g. `answered(q)`",
                        ));
                    }
                };
                self.expect_rparen(offset)?;
                Ok(Condition::Answered { question })
            }
            Some(_) => self.compare(),
        }
    }

    fn expect_rparen(&mut self, open: usize) -> Result<(), ConditionError> {
        let offset = self.offset();
        match self.next().map(|t| t.tok) {
            Some(Tok::RParen) => Ok(()),
            _ => Err(err(
                offset,
                format!("expected `)` to close the `(` at offset {open}"),
                "add the closing `)`",
            )),
        }
    }

    fn subject(&mut self) -> Result<Subject, ConditionError> {
        let offset = self.offset();
        match self.next().map(|t| t.tok) {
            Some(Tok::Word(w)) if w == "profile.age-group" => Ok(Subject::AgeGroup),
            Some(Tok::Word(w)) if w == "profile.exploitation" => Ok(Subject::Exploitation),
            Some(Tok::Word(w)) if w.starts_with("profile.") => Err(err(
                offset,
                format!("`{w}` is not a profile field"),
                "use `profile.age-group` or `profile.exploitation`",
            )),
            Some(Tok::Word(w)) if is_question_id(&w) => Ok(Subject::Question(w)),
            Some(Tok::Word(w)) if KEYWORDS.contains(&w.as_str()) => Err(err(
                offset,
                format!("expected a question id, found the keyword `{w}`"),
                "put a test on each side, e.g. `a == 'yes' and b == 'no'`",
            )),
            Some(Tok::Word(w)) => Err(err(
                offset,
                format!("`{w}` is not a question id"),
                "question ids use lowercase letters, digits and hyphens",
            )),
            _ => Err(err(
                offset,
                "expected a question id or `profile.age-group` / `profile.exploitation`",
                "start each test with what it asks about, e.g. `q == 'yes'`",
            )),
        }
    }

    fn literal(&mut self, after: &str) -> Result<Literal, ConditionError> {
        let offset = self.offset();
        match self.next().map(|t| t.tok) {
            Some(Tok::Str(s)) => Ok(Literal::Text(s)),
            Some(Tok::Word(w)) if is_integer(&w) => {
                w.parse::<i64>().map(Literal::Number).map_err(|_| {
                    err(
                        offset,
                        format!("the number `{w}` is too large"),
                        "use a whole number within the question's range",
                    )
                })
            }
            Some(Tok::Word(w)) => Err(err(
                offset,
                format!("expected a value after `{after}`, found `{w}`"),
                format!("quote text values, e.g. `q {after} '{w}'`"),
            )),
            _ => Err(err(
                offset,
                format!("expected a value after `{after}`"),
                format!("write e.g. `q {after} 'yes'`"),
            )),
        }
    }

    fn compare(&mut self) -> Result<Condition, ConditionError> {
        let subject = self.subject()?;
        let offset = self.offset();
        match self.next().map(|t| t.tok) {
            Some(Tok::Op(cmp)) => {
                let value = self.literal(op_text(cmp))?;
                Ok(Condition::Compare {
                    subject,
                    cmp,
                    value,
                })
            }
            Some(Tok::Word(w)) if w == "in" => {
                let open = self.offset();
                if self.next().map(|t| t.tok) != Some(Tok::LBracket) {
                    return Err(err(
                        open,
                        "expected `[` after `in`",
                        "write e.g. `q in ['a', 'b']`",
                    ));
                }
                let mut values = vec![self.literal("[")?];
                loop {
                    let at = self.offset();
                    match self.next().map(|t| t.tok) {
                        Some(Tok::Comma) => values.push(self.literal(",")?),
                        Some(Tok::RBracket) => break,
                        _ => {
                            return Err(err(
                                at,
                                "expected `,` or `]` in the list of values",
                                "write e.g. `q in ['a', 'b']`",
                            ));
                        }
                    }
                }
                Ok(Condition::In { subject, values })
            }
            _ => Err(err(
                offset,
                "expected a comparison (`==`, `!=`, `<`, `<=`, `>`, `>=` or `in`)",
                "write e.g. `q == 'yes'`; to test that a question was answered at all, write \
                 `answered(q)`",
            )),
        }
    }
}

fn op_text(cmp: Comparison) -> &'static str {
    match cmp {
        Comparison::Eq => "==",
        Comparison::Ne => "!=",
        Comparison::Lt => "<",
        Comparison::Le => "<=",
        Comparison::Gt => ">",
        Comparison::Ge => ">=",
    }
}

fn is_integer(w: &str) -> bool {
    let digits = w.strip_prefix('-').unwrap_or(w);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Question ids: lowercase letters, digits and hyphens, starting with a letter or digit.
fn is_question_id(w: &str) -> bool {
    !w.is_empty()
        && !KEYWORDS.contains(&w)
        && !is_integer(w)
        && !w.starts_with('-')
        && w.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Parses a condition's text form.
pub fn parse(src: &str) -> Result<Condition, ConditionError> {
    let tokens = lex(src)?;
    let mut p = Parser {
        tokens,
        pos: 0,
        src,
    };
    let cond = p.expr()?;
    if p.pos < p.tokens.len() {
        let offset = p.offset();
        let hint = match p.peek() {
            Some(Tok::RParen) => "remove the extra `)` or add the matching `(`",
            _ => "join tests with `and` or `or`",
        };
        return Err(err(
            offset,
            "unexpected text after a complete condition",
            hint,
        ));
    }
    Ok(cond)
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/// Evaluates a condition. Anything about an unanswered question is false (`!=` too: "not
/// answered" is not a value); `unsure` and `declined` match only those literal values; for a
/// multiple-choice answer `==` means "includes"; numbers and dates compare by value.
pub fn eval(cond: &Condition, facts: &Facts) -> bool {
    match cond {
        Condition::And { all } => all.iter().all(|c| eval(c, facts)),
        Condition::Or { any } => any.iter().any(|c| eval(c, facts)),
        Condition::Not { not } => !eval(not, facts),
        Condition::Answered { question } => facts.answers.contains_key(question),
        Condition::Compare {
            subject,
            cmp,
            value,
        } => compare_subject(subject, *cmp, value, facts),
        Condition::In { subject, values } => values
            .iter()
            .any(|v| compare_subject(subject, Comparison::Eq, v, facts)),
    }
}

fn compare_subject(subject: &Subject, cmp: Comparison, lit: &Literal, facts: &Facts) -> bool {
    let profile_value = match subject {
        Subject::Question(q) => {
            return match facts.answers.get(q) {
                Some(answer) => compare_answer(answer, cmp, lit),
                None => false,
            };
        }
        Subject::AgeGroup => facts.age_group.map(|a| match a {
            AgeGroup::Adult => "adult",
            AgeGroup::Child => "child",
        }),
        Subject::Exploitation => facts.exploitation.map(|e| match e {
            Exploitation::Labour => "labour",
            Exploitation::Sexual => "sexual",
        }),
    };
    let Some(have) = profile_value else {
        return false;
    };
    let equal = matches!(lit, Literal::Text(t) if t == have);
    match cmp {
        Comparison::Eq => equal,
        Comparison::Ne => !equal,
        _ => false,
    }
}

fn compare_answer(answer: &Answer, cmp: Comparison, lit: &Literal) -> bool {
    // Multiple choice: `==` includes, `!=` does not include; no ordering.
    if let Answer::Choices(picked) = answer {
        let includes = matches!(lit, Literal::Text(t) if picked.iter().any(|p| p == t));
        return match cmp {
            Comparison::Eq => includes,
            Comparison::Ne => !includes,
            _ => false,
        };
    }
    let ordering = order(answer, lit);
    match cmp {
        Comparison::Eq => ordering == Some(Ordering::Equal),
        Comparison::Ne => ordering != Some(Ordering::Equal),
        Comparison::Lt => ordering == Some(Ordering::Less),
        Comparison::Le => matches!(ordering, Some(Ordering::Less | Ordering::Equal)),
        Comparison::Gt => ordering == Some(Ordering::Greater),
        Comparison::Ge => matches!(ordering, Some(Ordering::Greater | Ordering::Equal)),
    }
}

/// How an answer stands against a literal: `None` when they cannot be compared (a number
/// against text, `unsure` against a number, ...). Text values only compare for equality.
fn order(answer: &Answer, lit: &Literal) -> Option<Ordering> {
    match (answer, lit) {
        (Answer::Number(n), Literal::Number(m)) => Some(n.cmp(m)),
        (Answer::Date(d), Literal::Text(t)) => {
            let want: jiff::civil::Date = t.parse().ok()?;
            Some(d.cmp(&want))
        }
        (a, Literal::Text(t)) => match a.as_str() {
            Some(s) if s == t => Some(Ordering::Equal),
            // Unequal text has no order: only `!=` can hold.
            Some(_) => None,
            None => None,
        },
        _ => None,
    }
}

/// The questions a condition names, in order of first mention, without repeats.
pub fn referenced_questions(cond: &Condition) -> Vec<&str> {
    fn walk<'c>(cond: &'c Condition, out: &mut Vec<&'c str>) {
        let mut add = |q: &'c str| {
            if !out.contains(&q) {
                out.push(q);
            }
        };
        match cond {
            Condition::And { all: list } | Condition::Or { any: list } => {
                for c in list {
                    walk(c, out);
                }
            }
            Condition::Not { not } => walk(not, out),
            Condition::Answered { question } => add(question),
            Condition::Compare { subject, .. } | Condition::In { subject, .. } => {
                if let Subject::Question(q) = subject {
                    add(q);
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(cond, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::answer::{TimeSince, TimeUnit};

    fn answers(list: &[(&str, Answer)]) -> BTreeMap<String, Answer> {
        list.iter()
            .map(|(q, a)| ((*q).to_owned(), a.clone()))
            .collect()
    }

    fn holds(src: &str, facts: &Facts) -> bool {
        eval(&parse(src).unwrap_or_else(|e| panic!("{src}: {e}")), facts)
    }

    #[test]
    fn parses_the_grammar() {
        let q = |s: &str| Subject::Question(s.into());
        let cases: Vec<(&str, Condition)> = vec![
            (
                "a == 'yes'",
                Condition::Compare {
                    subject: q("a"),
                    cmp: Comparison::Eq,
                    value: Literal::Text("yes".into()),
                },
            ),
            (
                "weeks-2 >= -3",
                Condition::Compare {
                    subject: q("weeks-2"),
                    cmp: Comparison::Ge,
                    value: Literal::Number(-3),
                },
            ),
            (
                "profile.age-group != \"adult\"",
                Condition::Compare {
                    subject: Subject::AgeGroup,
                    cmp: Comparison::Ne,
                    value: Literal::Text("adult".into()),
                },
            ),
            (
                "t in ['a', \"b\", 3]",
                Condition::In {
                    subject: q("t"),
                    values: vec![
                        Literal::Text("a".into()),
                        Literal::Text("b".into()),
                        Literal::Number(3),
                    ],
                },
            ),
            (
                "not answered(x)",
                Condition::Not {
                    not: Box::new(Condition::Answered {
                        question: "x".into(),
                    }),
                },
            ),
            (
                "a == 'yes' or b == 'yes' and c == 'no'",
                Condition::Or {
                    any: vec![
                        parse("a == 'yes'").unwrap(),
                        Condition::And {
                            all: vec![parse("b == 'yes'").unwrap(), parse("c == 'no'").unwrap()],
                        },
                    ],
                },
            ),
            (
                "(a == 'yes' or b == 'yes') and profile.exploitation == 'sexual'",
                Condition::And {
                    all: vec![
                        parse("a == 'yes' or b == 'yes'").unwrap(),
                        Condition::Compare {
                            subject: Subject::Exploitation,
                            cmp: Comparison::Eq,
                            value: Literal::Text("sexual".into()),
                        },
                    ],
                },
            ),
            // Keywords inside ids are fine.
            (
                "not-paid == 'yes'",
                Condition::Compare {
                    subject: q("not-paid"),
                    cmp: Comparison::Eq,
                    value: Literal::Text("yes".into()),
                },
            ),
        ];
        for (src, want) in cases {
            assert_eq!(parse(src), Ok(want), "{src}");
        }
    }

    #[test]
    fn errors_say_where_what_and_what_to_do() {
        // (source, byte offset, part of `what`, part of `todo`)
        let cases = [
            ("q ==", 4, "expected a value after `==`", "q == 'yes'"),
            ("q == yes", 5, "expected a value after `==`", "q == 'yes'"),
            ("q = 'yes'", 2, "single `=`", "`==`"),
            ("q 'yes'", 2, "expected a comparison", "answered(q)"),
            ("", 0, "ends where a test was expected", "q == 'yes'"),
            ("(q == 'yes'", 11, "expected `)`", "closing `)`"),
            ("q == 'yes')", 10, "unexpected text", "extra `)`"),
            (
                "q == 'yes' r == 'no'",
                11,
                "unexpected text",
                "`and` or `or`",
            ),
            ("q == 'yes", 5, "never closed", "matching '"),
            (
                "profile.age == 'adult'",
                0,
                "not a profile field",
                "profile.age-group",
            ),
            ("Q == 'yes'", 0, "not a question id", "lowercase"),
            (
                "a == 'x' and or b == 'y'",
                13,
                "keyword `or`",
                "test on each side",
            ),
            ("q in 'a'", 5, "expected `[`", "['a', 'b']"),
            ("q in ['a' 'b']", 10, "expected `,` or `]`", "['a', 'b']"),
            (
                "answered()",
                9,
                "question id inside `answered(..)`",
                "answered(q)",
            ),
            ("q & 'x'", 2, "unexpected character `&`", "`and`"),
            ("q ! 'x'", 2, "`!` on its own", "`not`"),
        ];
        for (src, offset, what, todo) in cases {
            let e = parse(src).expect_err(src);
            assert_eq!(e.offset, offset, "{src}: {e}");
            assert!(e.what.contains(what), "{src}: what = {}", e.what);
            assert!(e.todo.contains(todo), "{src}: todo = {}", e.todo);
        }
    }

    #[test]
    fn evaluates_as_the_format_doc_says() {
        let date: jiff::civil::Date = "2026-03-01".parse().unwrap();
        let a = answers(&[
            ("yes-q", Answer::Yes),
            ("no-q", Answer::No),
            ("unsure-q", Answer::Unsure),
            ("declined-q", Answer::Declined),
            ("choice", Answer::Choice("fishing".into())),
            (
                "multi",
                Answer::Choices(vec!["shelter".into(), "medical".into()]),
            ),
            ("num", Answer::Number(12)),
            ("date", Answer::Date(date)),
            (
                "since",
                Answer::TimeSince(TimeSince {
                    amount: 3,
                    unit: TimeUnit::Days,
                }),
            ),
        ]);
        let facts = Facts {
            answers: &a,
            age_group: Some(AgeGroup::Child),
            exploitation: None,
        };
        let cases = [
            ("yes-q == 'yes'", true),
            ("yes-q != 'yes'", false),
            ("no-q != 'yes'", true),
            // Unanswered: every comparison is false, `!=` too.
            ("missing == 'yes'", false),
            ("missing != 'yes'", false),
            ("missing in ['yes', 'no']", false),
            ("not (missing == 'yes')", true),
            ("answered(missing)", false),
            // Unsure and declined match only themselves.
            ("unsure-q == 'unsure'", true),
            ("unsure-q == 'no'", false),
            ("unsure-q == 'yes'", false),
            ("declined-q == 'declined'", true),
            ("declined-q in ['yes', 'no']", false),
            ("answered(unsure-q)", true),
            ("answered(declined-q)", true),
            ("choice == 'fishing'", true),
            ("choice in ['sexual', 'fishing']", true),
            ("choice != 'sexual'", true),
            ("choice < 'z'", false),
            // Multiple choice: `==` means includes.
            ("multi == 'medical'", true),
            ("multi == 'legal-aid'", false),
            ("multi != 'legal-aid'", true),
            ("multi != 'shelter'", false),
            ("multi in ['ngo', 'shelter']", true),
            // Numbers compare numerically (12 > 9 although "12" < "9" as text).
            ("num > 9", true),
            ("num >= 12", true),
            ("num < 12", false),
            ("num <= 12", true),
            ("num == 12", true),
            ("num != 12", false),
            ("num == '12'", false),
            // Dates compare as dates.
            ("date < '2026-10-01'", true),
            ("date > '2025-12-31'", true),
            ("date == '2026-03-01'", true),
            ("date >= 'not-a-date'", false),
            ("since > 1", false),
            ("answered(since)", true),
            // Profile: known age group, unknown exploitation.
            ("profile.age-group == 'child'", true),
            ("profile.age-group != 'adult'", true),
            ("profile.exploitation == 'labour'", false),
            ("profile.exploitation != 'labour'", false),
            ("yes-q == 'yes' and no-q == 'no'", true),
            ("yes-q == 'no' or no-q == 'no'", true),
            ("not yes-q == 'yes'", false),
        ];
        for (src, want) in cases {
            assert_eq!(holds(src, &facts), want, "{src}");
        }
    }

    #[test]
    fn lists_referenced_questions_once_in_order() {
        let c = parse("b == 'yes' and (a > 3 or not answered(b)) or profile.age-group == 'adult' or c in ['x']")
            .unwrap();
        assert_eq!(referenced_questions(&c), vec!["b", "a", "c"]);
    }

    #[test]
    fn facts_debug_hides_answers() {
        let a = answers(&[("name", Answer::Text("Aye Aye".into()))]);
        let facts = Facts {
            answers: &a,
            age_group: None,
            exploitation: None,
        };
        assert!(!format!("{facts:?}").contains("Aye"));
    }
}
