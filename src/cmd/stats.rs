//! Handler: `stats export`. Prints what was written on stdout, and on stderr what was done to
//! make it safe (the k reached, each column generalised, the rows suppressed), in the officer's
//! language. Never prints a row.

use std::process::ExitCode;

use jiff::civil::Date;

use tandem::app::{self, stats as statistics};

use super::vault::unlock_session;
use super::{Result, say};
use crate::cli::{Global, StatsCommand};

pub fn stats(g: &Global, c: StatsCommand) -> Result<ExitCode> {
    let StatsCommand::Export {
        from,
        to,
        out,
        k,
        tables,
    } = c;
    let from = period_date(&from)?;
    let to = period_date(&to)?;
    let mut session = unlock_session(g)?;
    let catalog = tandem::checklist::catalog::Catalog::load(g.checklists.as_deref())?;
    let request = statistics::StatsRequest {
        from,
        to,
        out: &out,
        k,
        tables,
        now: jiff::Timestamp::now(),
    };
    let done = statistics::export(&mut session, catalog.checklists(), &request)?;
    session.lock()?;
    let r = &done.report;
    eprintln!(
        "{}",
        say(
            g,
            "stats-report-read",
            &[
                ("records", done.records.into()),
                ("consented", done.consented.into()),
                ("from", from.to_string().into()),
                ("to", to.to_string().into()),
            ]
        )
    );
    for (column, level) in &r.generalised {
        let level = say(g, &format!("stats-level-{level}"), &[]);
        eprintln!(
            "{}",
            say(
                g,
                "stats-report-generalised",
                &[("column", (*column).into()), ("level", level.into())]
            )
        );
    }
    eprintln!(
        "{}",
        say(
            g,
            "stats-report-suppressed",
            &[("suppressed", r.suppressed.into()), ("k", r.k.into())]
        )
    );
    if r.released == 0 {
        eprintln!("{}", say(g, "stats-report-nothing", &[("k", r.k.into())]));
    } else {
        eprintln!(
            "{}",
            say(
                g,
                "stats-report-k",
                &[
                    ("combinations", r.combinations.into()),
                    ("k", r.k.into()),
                    ("smallest", r.smallest.unwrap_or(0).into()),
                ]
            )
        );
    }
    println!(
        "{}",
        say(
            g,
            "stats-exported",
            &[
                ("released", r.released.into()),
                ("path", done.csv.display().to_string().into()),
                ("signature", done.signature.display().to_string().into()),
            ]
        )
    );
    if let Some((path, signature)) = &done.tables {
        println!(
            "{}",
            say(
                g,
                "stats-tables-exported",
                &[
                    ("path", path.display().to_string().into()),
                    ("signature", signature.display().to_string().into()),
                    ("suppressed", done.cells_suppressed.into()),
                    ("k", r.k.into()),
                ]
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// A day of the period, `YYYY-MM-DD`, in either era: a Thai officer may write the Buddhist Era
/// year (2569 for 2026).
fn period_date(given: &str) -> Result<Date> {
    tandem::domain::dates::parse_either_era(given).map_err(|_| {
        app::Error::BadDate {
            value: given.to_owned(),
        }
        .into()
    })
}
