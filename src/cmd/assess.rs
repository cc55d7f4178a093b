//! Handler: `assess`. Reads a file of answers, runs the ILO indicator assessment for one
//! checklist and profile, prints JSON or a table. Never echoes an answer value in an error, and
//! never says "victim": the result is "indicators present, refer".

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::{Value, json};

use crate::cli::{AssessArgs, Global};
use tandem::app::{self, AnswersProblem, FileRole};
use tandem::checklist::Catalog;
use tandem::checklist::answer::Answer;
use tandem::checklist::model::{Checklist, Profile};
use tandem::checklist::scoring::{self, Assessment, DimensionStatus, RuleStatus};
use tandem::l10n::{FluentValue, Lang, Locales};

use super::{Result, officer_lang};

pub fn assess(g: &Global, a: AssessArgs) -> Result<ExitCode> {
    let profile = parse_profile(&a.profile)?;
    let catalog = super::checklist::catalog(g)?;
    let checklist = catalog
        .get(&a.checklist)
        .ok_or_else(|| app::Error::NoSuchChecklist {
            id: a.checklist.clone(),
            known: catalog.checklists().iter().map(|c| c.id.clone()).collect(),
        })?;
    let text = std::fs::read_to_string(&a.answers)
        .map_err(app::Error::read(FileRole::Answers, &a.answers))?;
    let answers =
        parse_answers(&catalog, checklist, &text).map_err(|problem| app::Error::Answers {
            path: a.answers.clone(),
            problem,
        })?;
    let assessment = scoring::assess_in(catalog.checklists(), checklist, profile, &answers)?;
    if a.json {
        println!("{}", to_json(&assessment));
    } else {
        let locales = super::locales(g)?;
        print!(
            "{}",
            table(checklist, &assessment, locales, officer_lang(g))
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads a profile id, naming the four valid ones when it is not one of them.
pub fn parse_profile(id: &str) -> std::result::Result<Profile, app::Error> {
    Profile::from_id(id).ok_or_else(|| app::Error::NoSuchProfile { id: id.to_owned() })
}

/// Reads an answers file: a JSON object mapping question ids (of `checklist` or of any other
/// checklist of the catalog) to answers. `null` means "not answered". Problems name the question,
/// never the value given.
pub fn parse_answers(
    catalog: &Catalog,
    checklist: &Checklist,
    text: &str,
) -> std::result::Result<BTreeMap<String, Answer>, AnswersProblem> {
    let value: Value = serde_json::from_str(text).map_err(|e| AnswersProblem::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let Value::Object(map) = value else {
        return Err(AnswersProblem::NotAnObject);
    };
    let mut answers = BTreeMap::new();
    for (id, value) in map {
        // Answers of other checklists are read too: a `show_if` may name them (the first-screen
        // gateways open the detailed questions), and some carry indicator tags the rule counts.
        let question = checklist
            .question(&id)
            .or_else(|| catalog.find_question(&id).map(|(_, q)| q))
            .ok_or_else(|| AnswersProblem::NoSuchQuestion {
                question: id.clone(),
                checklist: checklist.id.clone(),
            })?;
        if value.is_null() {
            continue;
        }
        let answer = Answer::from_json(question, &value).map_err(AnswersProblem::Answer)?;
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
