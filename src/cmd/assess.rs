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
use tandem::checklist::model::{Checklist, Dimension, Profile};
use tandem::checklist::scoring::{self, Assessment, DimensionStatus, RuleStatus};
use tandem::interview::answer::Answer;

pub fn assess(g: &Global, a: AssessArgs) -> anyhow::Result<ExitCode> {
    let profile = parse_profile(&a.profile)?;
    let catalog = Catalog::load(g.checklists.as_deref()).map_err(|e| {
        // A directory the user named is input; the built-in set failing is a bug.
        if g.checklists.is_some() {
            anyhow::Error::new(InputError(e.to_string()))
        } else {
            anyhow::Error::new(e).context("the built-in checklists do not load; report this")
        }
    })?;
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
    let assessment =
        scoring::assess(checklist, profile, &answers).map_err(|e| InputError(e.to_string()))?;
    if a.json {
        println!("{}", to_json(&assessment));
    } else {
        print!("{}", table(checklist, &assessment));
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

/// Reads an answers file: a JSON object mapping question ids of `checklist` to answers. `null`
/// means "not answered". Errors name the question, never the value given.
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
        let question = checklist.question(&id).ok_or_else(|| {
            InputError(match catalog.find_question(&id) {
                Some((other, _)) => format!(
                    "question `{id}` belongs to checklist `{}`, not `{}`; remove it from the \
                     answers or assess `{}`",
                    other.id, checklist.id, other.id
                ),
                None => format!(
                    "checklist `{}` has no question `{id}`; remove it or fix the id (see \
                     `tandem checklist show {} --json`)",
                    checklist.id, checklist.id
                ),
            })
        })?;
        if value.is_null() {
            continue;
        }
        let answer = Answer::from_json(question, &value).map_err(|e| {
            InputError(format!(
                "{e}; give one of its values, or \"unsure\" or \"declined\""
            ))
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

/// The readable form for an officer.
pub fn table(checklist: &Checklist, a: &Assessment) -> String {
    let mut out = String::new();
    let headline = match a.rule {
        RuleStatus::Met => "indicators present: refer",
        RuleStatus::Incomplete => {
            "incomplete: open questions could still meet the rule; ask them before deciding"
        }
        RuleStatus::NotMet => {
            "rule not met: too few indicators for this rule (other referrals may still apply)"
        }
    };
    let _ = writeln!(
        out,
        "Checklist  {} (version {})",
        checklist.id, checklist.version
    );
    let _ = writeln!(out, "Profile    {}", a.profile);
    let _ = writeln!(out, "Result     {headline}");
    out.push('\n');
    let width = Dimension::ALL
        .iter()
        .map(|d| d.id().len())
        .max()
        .unwrap_or(0);
    let _ = writeln!(
        out,
        "{:width$}  {:10}  {:>6}  {:>6}  {:>4}  indicators",
        "dimension", "status", "strong", "medium", "weak"
    );
    for (d, x) in &a.dimensions {
        let status = match x.status {
            DimensionStatus::Positive => "positive",
            DimensionStatus::Negative => "negative",
            DimensionStatus::Incomplete => "incomplete",
        };
        let mut indicators = x.fired.join(", ");
        if !x.open.is_empty() {
            if !indicators.is_empty() {
                indicators.push_str("; ");
            }
            let _ = write!(indicators, "{} still open", x.open.len());
        }
        let _ = writeln!(
            out,
            "{:width$}  {status:10}  {:>6}  {:>6}  {:>4}  {indicators}",
            d.id(),
            x.strong,
            x.medium,
            x.weak
        );
    }
    out.push('\n');
    let verified = |v: bool| if v { "verified" } else { "not verified" };
    let _ = writeln!(
        out,
        "Dimension rule: {} ({})",
        a.dimension_rule_source,
        verified(a.dimension_rule_verified)
    );
    let _ = writeln!(
        out,
        "Rule for {}: {} ({})",
        a.profile,
        a.rule_source,
        verified(a.rule_verified)
    );
    if let Some(note) = &a.rule_note {
        let _ = writeln!(out, "Note: {note}");
    }
    let _ = writeln!(
        out,
        "Screening is not identification: the officer decides on referral."
    );
    out
}
