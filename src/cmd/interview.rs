//! Handler: `interview plan`. Reads a record document, asks the engine what the interview does
//! next ([`tandem::interview::stage::plan`], the function the terminal interface calls too) and
//! prints it, as JSON or as text in the officer's language. It only formats: every decision is
//! the engine's. Errors name the field, never a value.

use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::{Value, json};

use super::{Result, officer_lang};
use crate::cli::{Global, InterviewCommand};
use tandem::app::{self, DocumentOrigin, FileRole};
use tandem::checklist::model::{AgeGroup, Exploitation, Stage};
use tandem::interview::flow::Interview;
use tandem::interview::record::{echo_safe, parse_document};
use tandem::interview::stage::{self, FirstScreenResult, Plan};
use tandem::l10n::{FluentValue, Lang, Locales};

pub fn interview(g: &Global, c: InterviewCommand) -> Result<ExitCode> {
    match c {
        InterviewCommand::Plan { answers, json } => {
            let catalog = super::checklist::catalog(g)?;
            let bytes = app::read_bounded(FileRole::Records, &answers)?;
            let text = String::from_utf8_lossy(&bytes);
            let record = parse_document(&text).map_err(|source| app::Error::Document {
                origin: DocumentOrigin::File(answers.clone()),
                source,
            })?;
            let checklists = catalog.checklists();
            let now = jiff::Timestamp::now();
            let interview = Interview::read(record, checklists)
                .map_err(app::Error::Flow)?
                .with_today(jiff::tz::Offset::UTC.to_datetime(now).date());
            for id in interview.unreadable() {
                eprintln!(
                    "tandem: {}",
                    super::say(
                        g,
                        "cli-plan-unreadable",
                        &[("question", echo_safe(id).to_owned().into())]
                    )
                );
            }
            let plan = stage::plan(&interview, checklists, now);
            if json {
                println!("{}", to_json(&plan));
            } else {
                let locales = super::locales(g)?;
                print!("{}", text_form(&plan, locales, officer_lang(g)));
            }
            Ok(ExitCode::SUCCESS)
        }
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
