//! Handler: `assess`. Reads a file of answers, runs the ILO indicator assessment for one
//! checklist and profile, prints JSON or a table. Never echoes an answer value in an error, and
//! never says "victim": the result is "indicators present, refer".

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::{Value, json};

use crate::cli::{AssessArgs, Global};
use crate::cmd::InputError;
use tandem::checklist::Catalog;
use tandem::checklist::answer::{Answer, AnswerError};
use tandem::checklist::model::{Checklist, Profile};
use tandem::checklist::scoring::{self, Assessment, DimensionStatus, RuleStatus};
use tandem::interview::record::echo_safe;
use tandem::l10n::{FluentValue, Lang, Locales};

pub fn assess(g: &Global, a: AssessArgs) -> anyhow::Result<ExitCode> {
    let profile = parse_profile(&a.profile)?;
    let catalog = super::checklist::catalog(g)?;
    let checklist = catalog.get(&a.checklist).ok_or_else(|| {
        let known: Vec<&str> = catalog.checklists().iter().map(|c| c.id.as_str()).collect();
        InputError(format!(
            "there is no checklist `{}`; use one of: {} (see `tandem checklist list`)",
            a.checklist,
            known.join(", ")
        ))
    })?;
    let text = std::fs::read_to_string(&a.answers).map_err(|e| {
        InputError(format!(
            "cannot read the answers file {}: {e}; check the path and that the file is readable",
            a.answers.display()
        ))
    })?;
    let answers = parse_answers(&catalog, checklist, &text)
        .map_err(|e| InputError(format!("{}: {}", a.answers.display(), e.0)))?;
    let assessment = scoring::assess_in(catalog.checklists(), checklist, profile, &answers)
        .map_err(|e| InputError(e.to_string()))?;
    if a.json {
        println!("{}", to_json(&assessment));
    } else {
        let lang = match g.officer_lang.as_deref() {
            None => Lang::En,
            Some(tag) => Lang::from_tag(tag)
                .filter(|l| l.is_officer_lang())
                .ok_or_else(|| {
                    InputError(format!(
                        "`{tag}` is not an officer language of Tandem; use en or th"
                    ))
                })?,
        };
        let locales = Locales::load(g.locales.as_deref()).map_err(|e| {
            if g.locales.is_some() {
                anyhow::Error::new(InputError(format!("cannot load the locales: {e}")))
            } else {
                anyhow::Error::new(e).context("the built-in locales do not load; report this")
            }
        })?;
        print!("{}", table(checklist, &assessment, &locales, lang));
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads a profile id, naming the four valid ones when it is not one of them.
pub fn parse_profile(id: &str) -> Result<Profile, InputError> {
    Profile::from_id(id).ok_or_else(|| {
        InputError(format!(
            "there is no profile `{id}`; use adult-labour, adult-sexual, child-labour or \
             child-sexual"
        ))
    })
}

/// Reads an answers file: a JSON object mapping question ids (of `checklist` or of any other
/// checklist of the catalog) to answers. `null` means "not answered". Errors name the question,
/// never the value given.
pub fn parse_answers(
    catalog: &Catalog,
    checklist: &Checklist,
    text: &str,
) -> Result<BTreeMap<String, Answer>, InputError> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        InputError(format!(
            "not valid JSON (line {}, column {}); write an object such as \
             {{\"deceived-job\": \"yes\"}}",
            e.line(),
            e.column()
        ))
    })?;
    let Value::Object(map) = value else {
        return Err(InputError(
            "the answers must be a JSON object mapping question ids to answers, e.g. \
             {\"deceived-job\": \"yes\"}"
                .into(),
        ));
    };
    let mut answers = BTreeMap::new();
    for (id, value) in map {
        // Answers of other checklists are read too: a `show_if` may name them (the first-screen
        // gateways open the detailed questions), and some carry indicator tags the rule counts.
        let question = checklist
            .question(&id)
            .or_else(|| catalog.find_question(&id).map(|(_, q)| q))
            .ok_or_else(|| {
                InputError(format!(
                    "there is no question `{}` in any checklist (assessing `{}`); remove it or \
                     fix the id (see `tandem checklist show {} --json`)",
                    echo_safe(&id),
                    checklist.id,
                    checklist.id
                ))
            })?;
        if value.is_null() {
            continue;
        }
        let answer = Answer::from_json(question, &value).map_err(|e| {
            InputError(match e {
                // Named without the value given: it may be free text about a person.
                AnswerError::UnknownChoice { question: q, .. } => format!(
                    "question `{q}` takes one of: {}, \"unsure\" or \"declined\"",
                    question.kind.choices().join(", ")
                ),
                e => format!("{e}; give one of its values, or \"unsure\" or \"declined\""),
            })
        })?;
        answers.insert(id, answer);
    }
    Ok(answers)
}

/// The `--json` form: profile, rule and all six dimensions.
pub fn to_json(a: &Assessment) -> Value {
    let dimensions: serde_json::Map<String, Value> = a
        .dimensions
        .iter()
        .map(|(d, x)| {
            (
                d.id().to_owned(),
                json!({
                    "status": x.status.id(),
                    "strong": x.strong,
                    "medium": x.medium,
                    "weak": x.weak,
                    "fired": x.fired,
                }),
            )
        })
        .collect();
    json!({
        "profile": a.profile.id(),
        "rule": a.rule.id(),
        "dimensions": dimensions,
    })
}

/// The readable form for an officer, in `lang` (English where a text is missing).
pub fn table(checklist: &Checklist, a: &Assessment, locales: &Locales, lang: Lang) -> String {
    let ui = |id: &str| locales.ui(lang, id, &[]);
    let ui1 = |id: &str, name: &str, value: String| {
        locales.ui(lang, id, &[(name, FluentValue::from(value))])
    };
    // Pads by display columns, so Thai text lines up.
    let pad = |s: &str, cols: usize| {
        let w = tandem::text::width(s);
        format!("{s}{}", " ".repeat(cols.saturating_sub(w)))
    };
    let headline = ui(match a.rule {
        RuleStatus::Met => "tui-rule-met",
        RuleStatus::Incomplete => "tui-rule-incomplete",
        RuleStatus::NotMet => "tui-rule-not-met",
    });
    let labels = [
        ui("assess-checklist"),
        ui("assess-profile"),
        ui("assess-result"),
    ];
    let lw = labels
        .iter()
        .map(|l| tandem::text::width(l))
        .max()
        .unwrap_or(0)
        + 2;
    let mut out = String::new();
    let version = ui1("assess-version", "version", checklist.version.to_string());
    let _ = writeln!(out, "{}{} ({version})", pad(&labels[0], lw), checklist.id);
    let _ = writeln!(out, "{}{}", pad(&labels[1], lw), a.profile);
    let _ = writeln!(out, "{}{headline}", pad(&labels[2], lw));
    out.push('\n');

    let status_text = |s: DimensionStatus| {
        ui(match s {
            DimensionStatus::Positive => "tui-dimension-positive",
            DimensionStatus::Negative => "tui-dimension-negative",
            DimensionStatus::Incomplete => "tui-dimension-incomplete",
        })
    };
    let rows: Vec<[String; 6]> = a
        .dimensions
        .iter()
        .map(|(d, x)| {
            let mut indicators = x.fired.join(", ");
            if !x.open.is_empty() {
                if !indicators.is_empty() {
                    indicators.push_str("; ");
                }
                indicators.push_str(&ui1("assess-open", "count", x.open.len().to_string()));
            }
            [
                ui(&format!("tui-dim-{}", d.id())),
                status_text(x.status),
                x.strong.to_string(),
                x.medium.to_string(),
                x.weak.to_string(),
                indicators,
            ]
        })
        .collect();
    let header = [
        ui("assess-col-dimension"),
        ui("assess-col-status"),
        ui("assess-col-strong"),
        ui("assess-col-medium"),
        ui("assess-col-weak"),
        ui("assess-col-fired"),
    ];
    let widths: Vec<usize> = (0..5)
        .map(|c| {
            std::iter::once(&header)
                .chain(&rows)
                .map(|r| tandem::text::width(&r[c]))
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate().take(5) {
            line.push_str(&pad(cell, widths[c] + 2));
        }
        line.push_str(&row[5]);
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out.push('\n');

    let verified = |v: bool| {
        ui(if v {
            "assess-verified"
        } else {
            "assess-not-verified"
        })
    };
    let source = |id: &str, text: &str, verified_text: String, profile: Option<&str>| {
        let mut args = vec![("source", FluentValue::from(text.to_owned()))];
        if let Some(p) = profile {
            args.push(("profile", FluentValue::from(p.to_owned())));
        }
        format!("{} ({verified_text})", locales.ui(lang, id, &args))
    };
    let _ = writeln!(
        out,
        "{}",
        source(
            "assess-dimension-rule",
            &a.dimension_rule_source,
            verified(a.dimension_rule_verified),
            None
        )
    );
    let _ = writeln!(
        out,
        "{}",
        source(
            "assess-rule",
            &a.rule_source,
            verified(a.rule_verified),
            Some(a.profile.id())
        )
    );
    if let Some(note) = &a.rule_note {
        let _ = writeln!(out, "{}", ui1("assess-note", "note", note.clone()));
    }
    let _ = writeln!(out, "{}", ui("assess-not-identification"));
    out
}
