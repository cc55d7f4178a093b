//! Handler: `interview plan`. Reads a record document, asks the engine what the interview does
//! next ([`tandem::interview::stage::plan`], the function the terminal interface calls too) and
//! prints it, as JSON or as text in the officer's language. It only formats: every decision is
//! the engine's. Errors name the field, never a value.

use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::{Value, json};

use crate::cli::{Global, InterviewCommand};
use crate::cmd::InputError;
use tandem::checklist::answer::AnswerError;
use tandem::checklist::model::{AgeGroup, Exploitation, Stage};
use tandem::interview::flow::{FlowError, Interview};
use tandem::interview::record::{echo_safe, parse_document};
use tandem::interview::stage::{self, FirstScreenResult, Plan};
use tandem::l10n::{FluentValue, Lang, Locales};

pub fn interview(g: &Global, c: InterviewCommand) -> anyhow::Result<ExitCode> {
    match c {
        InterviewCommand::Plan { answers, json } => {
            let catalog = super::checklist::catalog(g)?;
            let text = std::fs::read_to_string(&answers).map_err(|e| {
                InputError(format!(
                    "cannot read the record document {}: {e}; check the path and that the file is readable",
                    answers.display()
                ))
            })?;
            let record = parse_document(&text)
                .map_err(|e| InputError(format!("{}: {}", answers.display(), e.0)))?;
            let checklists = catalog.checklists();
            let now = jiff::Timestamp::now();
            let interview = Interview::read(record, checklists)
                .map_err(|e| InputError(format!("{}: {}", answers.display(), field_error(&e))))?
                .with_today(jiff::tz::Offset::UTC.to_datetime(now).date());
            for id in interview.unreadable() {
                eprintln!(
                    "tandem: note: answers.{}: no checklist has this question; it is kept but not read",
                    echo_safe(id)
                );
            }
            let plan = stage::plan(&interview, checklists, now);
            if json {
                println!("{}", to_json(&plan));
            } else {
                let lang = officer_lang(g)?;
                let locales = Locales::load(g.locales.as_deref()).map_err(|e| {
                    if g.locales.is_some() {
                        anyhow::Error::new(InputError(format!("cannot load the locales: {e}")))
                    } else {
                        anyhow::Error::new(e)
                            .context("the built-in locales do not load; report this")
                    }
                })?;
                print!("{}", text_form(&plan, &locales, lang));
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// An unreadable answer, named by its field in the document.
fn field_error(e: &FlowError) -> String {
    match e {
        FlowError::UnknownQuestion { question } => format!(
            "answers.{}: no checklist has this question; remove it or fix the id (see `tandem checklist show ID --json`)",
            echo_safe(question)
        ),
        FlowError::Answer(a) => {
            let (AnswerError::WrongType { question, .. }
            | AnswerError::UnknownChoice { question, .. }
            | AnswerError::OutOfRange { question, .. }
            | AnswerError::BadDate { question }
            | AnswerError::TooLong { question, .. }) = a;
            format!(
                "answers.{question}: {a}; give one of its values, or \"unsure\" or \"declined\""
            )
        }
    }
}

fn officer_lang(g: &Global) -> Result<Lang, InputError> {
    match g.officer_lang.as_deref() {
        None => Ok(Lang::En),
        Some(tag) => Lang::from_tag(tag)
            .filter(|l| l.is_officer_lang())
            .ok_or_else(|| {
                InputError(format!(
                    "`{tag}` is not an officer language of Tandem; use en or th"
                ))
            }),
    }
}

fn age_id(a: AgeGroup) -> &'static str {
    match a {
        AgeGroup::Adult => "adult",
        AgeGroup::Child => "child",
    }
}

fn exploitation_id(e: Exploitation) -> &'static str {
    match e {
        Exploitation::Labour => "labour",
        Exploitation::Sexual => "sexual",
    }
}

/// The `--json` form, exactly the shape the brief promises.
pub fn to_json(p: &Plan) -> Value {
    json!({
        "stage": p.stage.id(),
        "questions": p.questions.iter().map(|q| json!({
            "id": q.question,
            "checklist": q.checklist,
            "to_person": q.to_person,
        })).collect::<Vec<_>>(),
        "profile": {
            "age_group": age_id(p.age_group),
            "exploitation": exploitation_id(p.exploitation),
        },
        "result": p.result.id(),
        "reasons": p.reasons,
    })
}

/// The readable form for an officer, in `lang` (English where a text is missing).
fn text_form(p: &Plan, locales: &Locales, lang: Lang) -> String {
    let ui = |id: &str| locales.ui(lang, id, &[]);
    let ui1 = |id: &str, name: &str, value: String| {
        locales.ui(lang, id, &[(name, FluentValue::from(value))])
    };
    let mut out = String::new();
    let stage = ui(match p.stage {
        Stage::FirstScreen => "plan-stage-first-screen",
        Stage::Full => "plan-stage-full",
    });
    let result = ui(match p.result {
        FirstScreenResult::FullInterview => "plan-result-full-interview",
        FirstScreenResult::NoIndicators => "plan-result-no-indicators",
        FirstScreenResult::Incomplete => "plan-result-incomplete",
    });
    let _ = writeln!(out, "{}", ui1("plan-stage", "stage", stage));
    let _ = writeln!(out, "{}", ui1("plan-result", "result", result));
    for r in &p.reasons {
        let (kind, detail) = r.split_once(':').unwrap_or((r.as_str(), ""));
        let id = format!("plan-reason-{kind}");
        let text = locales.ui(
            lang,
            &id,
            &[("detail", FluentValue::from(detail.to_owned()))],
        );
        // A reason of a rule the texts do not know yet shows as its id.
        let shown = if text == id { r.clone() } else { text };
        let _ = writeln!(out, "  - {shown}");
    }
    let _ = writeln!(
        out,
        "{}",
        locales.ui(
            lang,
            "plan-profile",
            &[
                ("age", FluentValue::from(age_id(p.age_group))),
                (
                    "exploitation",
                    FluentValue::from(exploitation_id(p.exploitation))
                ),
            ],
        )
    );
    let to_person = p.questions.iter().filter(|q| q.to_person).count();
    if p.questions.is_empty() {
        let _ = writeln!(out, "{}", ui("plan-no-questions"));
    } else {
        let _ = writeln!(
            out,
            "{}",
            locales.ui(
                lang,
                "plan-questions",
                &[
                    ("count", FluentValue::from(p.questions.len())),
                    ("person", FluentValue::from(to_person)),
                ],
            )
        );
        let width = p
            .questions
            .iter()
            .map(|q| q.checklist.len() + q.question.len() + 3)
            .max()
            .unwrap_or(0);
        for (i, q) in p.questions.iter().enumerate() {
            let name = format!("{} / {}", q.checklist, q.question);
            let who = ui(if q.to_person {
                "plan-to-person"
            } else {
                "plan-officer-only"
            });
            let _ = writeln!(out, "  {:>3}. {name:<width$}  {who}", i + 1);
        }
    }
    out
}
