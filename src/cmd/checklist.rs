//! Handlers: `check`, `checklist list|show`. They load the catalog (built in, or `--checklists
//! DIR`) and the locales, and print what they find; they never change a file.

use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::{Value, json};

use super::{Result, say};
use crate::cli::{ChecklistCommand, Global};
use tandem::app;
use tandem::checklist::model::{Checklist, Kind, Phase, ProfileSetting, Question, Strength};
use tandem::checklist::{Catalog, ChecklistError};

/// The catalog the command line works with: `--checklists DIR` or the built-in one. A catalog
/// that does not load is explained with every problem (exit code 2).
pub fn catalog(g: &Global) -> Result<Catalog> {
    Ok(Catalog::load(g.checklists.as_deref())?)
}

/// `tandem check`: every checklist and locale problem on stderr; exit 0 only when there is none.
pub fn check(g: &Global) -> Result<ExitCode> {
    let mut diags = Vec::new();
    let catalog = match Catalog::load(g.checklists.as_deref()) {
        Ok(c) => Some(c),
        Err(ChecklistError::Invalid(d)) => {
            diags.extend(d);
            None
        }
        Err(e) => return Err(e.into()),
    };
    // Locales are checked against the checklists when those loaded, on their own otherwise.
    diags.extend(tandem::l10n::validate_locales(
        catalog.as_ref(),
        g.locales.as_deref(),
    ));
    if diags.is_empty() {
        let c = catalog.as_ref().map_or(0, |c| c.checklists().len());
        let q: usize = catalog.as_ref().map_or(0, |c| {
            c.checklists().iter().map(|c| c.questions.len()).sum()
        });
        println!(
            "{}",
            say(
                g,
                "cli-check-valid",
                &[("checklists", c.into()), ("questions", q.into())]
            )
        );
        Ok(ExitCode::SUCCESS)
    } else {
        for d in &diags {
            eprintln!("{d}");
        }
        eprintln!(
            "tandem: {}",
            say(g, "cli-check-problems", &[("count", diags.len().into())])
        );
        Ok(ExitCode::from(1))
    }
}

pub fn checklist(g: &Global, c: ChecklistCommand) -> Result<ExitCode> {
    let catalog = catalog(g)?;
    match c {
        ChecklistCommand::List => {
            let width = catalog
                .checklists()
                .iter()
                .map(|c| c.id.len())
                .max()
                .unwrap_or(0);
            for c in catalog.checklists() {
                println!("{:<width$}  {}", c.id, c.title);
            }
        }
        ChecklistCommand::Show { id, json } => {
            let Some(checklist) = catalog.get(&id) else {
                return Err(app::Error::NoSuchChecklist {
                    id,
                    known: catalog.checklists().iter().map(|c| c.id.clone()).collect(),
                }
                .into());
            };
            if json {
                println!("{}", serde_json::to_string_pretty(&to_json(checklist))?);
            } else {
                print!("{}", outline(checklist));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The structure of a checklist as JSON (the shape `checklist show --json` promises).
pub fn to_json(c: &Checklist) -> Value {
    json!({
        "id": c.id,
        "version": c.version,
        "title": c.title,
        "position": c.position,
        "stage": c.stage,
        "sections": c.sections.iter().map(|s| &s.id).collect::<Vec<_>>(),
        "questions": c.questions.iter().map(question_json).collect::<Vec<_>>(),
        "scoring": c.scoring,
        "first_screen": c.first_screen,
    })
}

fn question_json(q: &Question) -> Value {
    let mut v = json!({
        "id": q.id,
        "section": q.section,
        "required": q.required,
        "show_if": q.show_if_source,
        "indicators": q.indicators,
        "urgent": q.urgent.as_ref().map(|u| json!({
            "trigger": u.trigger,
            "if": u.fires_if_source,
            "windows": u.windows,
            "within_days": u.within_days,
        })),
        "htcds": q.htcds,
        "profile": q.sets_profile,
        "sensitive": q.sensitive,
        "fills": q.fills,
        "ask": q.ask,
        "gateway": q.gateway,
        "blocks": q.blocks,
        "lifts": q.lifts,
        "htcds_values": q.htcds_values,
    });
    // `kind` plus its own fields (choices, min, max, unit, max_chars).
    if let (Some(obj), Ok(Value::Object(kind))) = (v.as_object_mut(), serde_json::to_value(&q.kind))
    {
        obj.extend(kind);
    }
    v
}

/// A readable outline: sections, questions with their kind, conditions and tags.
pub fn outline(c: &Checklist) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} (version {}, position {}): {}",
        c.id, c.version, c.position, c.title
    );
    let mut section = None;
    for q in &c.questions {
        if section != Some(&q.section) {
            let _ = writeln!(out, "\n  section {}", q.section);
            section = Some(&q.section);
        }
        let mut kind = q.kind.name().to_owned();
        match &q.kind {
            Kind::SingleChoice { choices } | Kind::MultipleChoice { choices } => {
                let _ = write!(kind, " [{}]", choices.join(", "));
            }
            Kind::Number { min, max, unit } => {
                let _ = write!(kind, " {min}..{max}");
                if let Some(u) = unit {
                    let _ = write!(kind, " {u}");
                }
            }
            Kind::ShortText { max_chars } => {
                let _ = write!(kind, " (at most {max_chars} characters)");
            }
            _ => {}
        }
        let flags: Vec<&str> = [
            (!q.required).then_some("optional"),
            q.sensitive.then_some("sensitive"),
        ]
        .into_iter()
        .flatten()
        .collect();
        let _ = write!(out, "    {}  {kind}", q.id);
        if !flags.is_empty() {
            let _ = write!(out, "  ({})", flags.join(", "));
        }
        out.push('\n');
        if let Some(s) = &q.show_if_source {
            let _ = writeln!(out, "      show if: {s}");
        }
        for t in &q.indicators {
            let strengths: Vec<String> = t
                .strength
                .iter()
                .map(|(p, s)| format!("{p} {}", strength_name(*s)))
                .collect();
            let _ = writeln!(
                out,
                "      indicator {}/{} ({}): {}",
                t.dimension,
                t.indicator,
                phase_name(t.phase),
                strengths.join(", ")
            );
        }
        if let Some(u) = &q.urgent {
            let _ = write!(out, "      urgent: {}", u.trigger);
            if let Some(s) = &u.fires_if_source {
                let _ = write!(out, " if {s}");
            }
            for w in &u.windows {
                let _ = write!(out, "; {} window {} h", w.id, w.hours);
            }
            out.push('\n');
        }
        match &q.sets_profile {
            Some(ProfileSetting::AgeGroup { .. } | ProfileSetting::AgeBelow { .. }) => {
                let _ = writeln!(out, "      sets profile: age group");
            }
            Some(ProfileSetting::Exploitation { .. }) => {
                let _ = writeln!(out, "      sets profile: exploitation type");
            }
            None => {}
        }
        if let Some(f) = &q.fills {
            let _ = writeln!(out, "      fills: {f}");
        }
        if let Some(h) = &q.htcds {
            let _ = writeln!(out, "      htcds: {h}");
        }
    }
    if let Some(s) = &c.scoring {
        let _ = writeln!(
            out,
            "\n  scoring: {} rule(s){}",
            s.rules.len(),
            if s.dimension_rule.verified && s.rules.values().all(|r| r.verified) {
                ""
            } else {
                ", not all verified"
            }
        );
    }
    out
}

fn strength_name(s: Strength) -> &'static str {
    match s {
        Strength::Strong => "strong",
        Strength::Medium => "medium",
        Strength::Weak => "weak",
    }
}

fn phase_name(p: Phase) -> &'static str {
    match p {
        Phase::Recruitment => "recruitment",
        Phase::Destination => "destination",
    }
}
