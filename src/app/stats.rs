//! The statistics export (supervisors): the records of a period whose person consented to
//! research use of non-identifying data, as one k-anonymised row per person in HTCDS names
//! (`stats::COLUMNS`), optionally with aggregate tables whose small cells are suppressed. Each
//! CSV is signed with the unit key (`FILE.csv.minisig`, for `minisign -Vm FILE.csv -p unit.pub`);
//! the export is audited once, before any file exists; no file is ever overwritten.

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use jiff::civil::Date;

use crate::checklist::model::Checklist;
use crate::domain::OrganisationKind;
use crate::referral::packet;
use crate::stats::{self, COLUMNS, Count, Report, Screening};
use crate::vault::{AuditEvent, Session};

use super::Error;
use super::referral::write_new;

/// What to export.
pub struct StatsRequest<'a> {
    /// First and last day of the period (screening dates, inclusive).
    pub from: Date,
    pub to: Date,
    /// The CSV file to write (must not exist); the signature goes beside it.
    pub out: &'a Path,
    pub k: usize,
    /// Also write the aggregate tables, beside it as `<name>.tables.csv`.
    pub tables: bool,
    pub now: Timestamp,
}

/// What was written, and how the rows were made safe.
#[derive(Debug)]
pub struct StatsExported {
    pub csv: PathBuf,
    pub signature: PathBuf,
    /// The tables file and its signature, when asked for.
    pub tables: Option<(PathBuf, PathBuf)>,
    /// Records this user could open.
    pub records: usize,
    /// Records in the period with research consent (the rows offered).
    pub consented: usize,
    pub report: Report,
    /// Table cells suppressed for being under k.
    pub cells_suppressed: usize,
}

/// `FILE.minisig` beside `FILE`.
pub fn signature_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".minisig");
    PathBuf::from(name)
}

/// `report.csv` to `report.tables.csv`.
pub fn tables_path(file: &Path) -> PathBuf {
    let stem = file
        .file_stem()
        .map_or_else(|| "statistics".into(), |s| s.to_string_lossy().into_owned());
    file.with_file_name(format!("{stem}.tables.csv"))
}

pub fn export(
    session: &mut Session,
    checklists: &[Checklist],
    req: &StatsRequest<'_>,
) -> Result<StatsExported, Error> {
    // Officers cannot sign: say so before any record is opened.
    let key = session.unit_signing_key()?;
    if req.k < stats::MIN_K {
        return Err(Error::KTooSmall { k: req.k });
    }
    if req.from > req.to {
        return Err(Error::BadPeriod {
            from: req.from.to_string(),
            to: req.to.to_string(),
        });
    }
    let csv = req.out.to_path_buf();
    let signature = signature_path(&csv);
    let tables = req
        .tables
        .then(|| (tables_path(&csv), signature_path(&tables_path(&csv))));
    // Refuse before the audit: nothing will be overwritten.
    for p in std::iter::once(&csv)
        .chain(std::iter::once(&signature))
        .chain(tables.iter().flat_map(|(a, b)| [a, b]))
    {
        if p.exists() {
            return Err(Error::Exists { path: p.clone() });
        }
    }
    let partners: Vec<(String, OrganisationKind)> = session
        .partners()?
        .into_iter()
        .map(|p| (p.name, p.kind))
        .collect();
    let unit = session.unit_name().to_owned();
    let mut screenings: Vec<Screening> = Vec::new();
    let records = session.each_record(|_, doc| {
        let in_period = stats::screened_on(&doc).is_some_and(|d| req.from <= d && d <= req.to);
        if !in_period {
            return;
        }
        let kinds: Vec<OrganisationKind> = doc
            .exports
            .iter()
            .filter_map(|e| {
                e.kind.or_else(|| {
                    partners
                        .iter()
                        .find(|(name, _)| *name == e.partner)
                        .map(|(_, k)| *k)
                })
            })
            .collect();
        if let Some(s) = stats::screening(&doc, checklists, &kinds, &unit) {
            screenings.push(s);
        }
    })?;
    let rows: Vec<Vec<String>> = screenings.iter().map(|s| s.row.clone()).collect();
    let release =
        stats::anonymise(&COLUMNS, &rows, req.k).map_err(|_| Error::KTooSmall { k: req.k })?;
    let cells = tables
        .as_ref()
        .map(|_| stats::tables(&screenings, checklists, req.k));

    let csv_bytes = to_csv(
        COLUMNS.iter().map(|c| c.name),
        release.rows.iter().map(|r| r.iter().map(String::as_str)),
    )?;
    let tables_bytes = cells.as_deref().map(|c| tables_csv(c, req.k)).transpose()?;

    session.record_event(AuditEvent::StatisticsExported {
        records: screenings.len() as u64,
        released: release.rows.len() as u64,
        k: req.k as u64,
    })?;
    let what = |p: &Path| {
        p.file_name().map_or_else(String::new, |n| {
            n.to_string_lossy().replace(char::is_whitespace, "_")
        })
    };
    write_new(&csv, &csv_bytes)?;
    write_new(
        &signature,
        packet::sign_file(&csv_bytes, &format!("statistics {}", what(&csv)), &key)?.as_bytes(),
    )?;
    if let (Some((path, sig)), Some(bytes)) = (&tables, &tables_bytes) {
        write_new(path, bytes)?;
        write_new(
            sig,
            packet::sign_file(bytes, &format!("statistics-tables {}", what(path)), &key)?
                .as_bytes(),
        )?;
    }
    Ok(StatsExported {
        csv,
        signature,
        tables,
        records,
        consented: screenings.len(),
        cells_suppressed: cells
            .iter()
            .flatten()
            .filter(|c| c.count == Count::Suppressed)
            .count(),
        report: release.report,
    })
}

fn to_csv<'a>(
    header: impl Iterator<Item = &'a str>,
    rows: impl Iterator<Item = impl Iterator<Item = &'a str>>,
) -> Result<Vec<u8>, Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).map_err(csv_error)?;
    for r in rows {
        w.write_record(r).map_err(csv_error)?;
    }
    w.into_inner()
        .map_err(|e| Error::Output(std::io::Error::other(e.to_string())))
}

fn csv_error(e: csv::Error) -> Error {
    Error::Output(std::io::Error::other(e.to_string()))
}

/// The tables as CSV: `table,value,records`, a suppressed cell written `<k`.
fn tables_csv(cells: &[stats::Cell], k: usize) -> Result<Vec<u8>, Error> {
    let suppressed = format!("<{k}");
    let counts: Vec<String> = cells
        .iter()
        .map(|c| match c.count {
            Count::Shown(n) => n.to_string(),
            Count::Suppressed => suppressed.clone(),
        })
        .collect();
    to_csv(
        ["table", "value", "records"].into_iter(),
        cells
            .iter()
            .zip(&counts)
            .map(|(c, n)| [c.table, c.value.as_str(), n.as_str()].into_iter()),
    )
}
