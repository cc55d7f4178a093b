//! Handlers: `init`, `user`, `record`, `audit`, `purge`, `backup`, `restore`; and, for the other handlers, finding the
//! vault, reading passphrases and unlocking a session.
//!
//! Passphrases come from `--passphrase-file`, else `TANDEM_PASSPHRASE`, else the terminal without
//! echo. A new passphrase (init, user add/passwd/recover) comes from `--new-passphrase-file`, else
//! `TANDEM_NEW_PASSPHRASE`, else the terminal, asked twice (for `init`, the first supervisor's
//! passphrase is read like any passphrase). Never prints a passphrase or, unasked, case data.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::json;
use zeroize::Zeroizing;

use tandem::app::{self, DocumentOrigin, FileRole, cases};
use tandem::checklist::catalog::Catalog;
use tandem::domain::Role;
use tandem::interview::record::parse_document;
use tandem::text;
use tandem::vault::{self, ExposeSecret, InitOptions, RecordId, SecretString, Session, Vault};

use super::{Result, say};
use crate::cli::{
    AuditCommand, BackupArgs, Global, InitArgs, PurgeArgs, RecordCommand, RecoveryCommand,
    RestoreArgs, UserCommand,
};

/// Below this scrypt work factor a stolen vault's passphrases are cheap to guess.
const WEAK_LOG_N: u8 = 15;

/// `--vault`, else `TANDEM_VAULT` (clap reads it), else the platform data directory.
pub fn vault_dir(g: &Global) -> PathBuf {
    g.vault.clone().unwrap_or_else(vault::default_dir)
}

/// A passphrase: `--passphrase-file`, `TANDEM_PASSPHRASE`, or the terminal without echo.
pub fn read_passphrase(g: &Global, user: &str) -> Result<SecretString> {
    if let Some(file) = &g.passphrase_file {
        return passphrase_from_file(file);
    }
    if let Some(p) = env_passphrase("TANDEM_PASSPHRASE")? {
        return Ok(p);
    }
    from_terminal(&format!(
        "{} ",
        say(g, "cli-passphrase-prompt", &[("user", user.into())])
    ))
}

/// A new passphrase: `file`, `TANDEM_NEW_PASSPHRASE`, or the terminal twice.
fn read_new_passphrase(g: &Global, file: Option<&Path>, user: &str) -> Result<SecretString> {
    if let Some(file) = file {
        return passphrase_from_file(file);
    }
    if let Some(p) = env_passphrase("TANDEM_NEW_PASSPHRASE")? {
        return Ok(p);
    }
    let first = from_terminal(&format!(
        "{} ",
        say(g, "cli-new-passphrase-prompt", &[("user", user.into())])
    ))?;
    let again = from_terminal(&format!("{} ", say(g, "cli-passphrase-again", &[])))?;
    if first.expose_secret() != again.expose_secret() {
        return Err(app::Error::PassphrasesDiffer.into());
    }
    Ok(first)
}

fn passphrase_from_file(file: &Path) -> Result<SecretString> {
    let text = Zeroizing::new(
        std::fs::read_to_string(file).map_err(app::Error::read(FileRole::Passphrase, file))?,
    );
    non_empty(text.lines().next().unwrap_or("").trim_end_matches('\r'))
}

fn env_passphrase(var: &str) -> Result<Option<SecretString>> {
    match std::env::var(var) {
        Ok(v) => {
            let v = Zeroizing::new(v);
            non_empty(&v).map(Some)
        }
        Err(_) => Ok(None),
    }
}

fn from_terminal(prompt: &str) -> Result<SecretString> {
    if !std::io::stdin().is_terminal() && !Path::new("/dev/tty").exists() {
        return Err(app::Error::NoTerminal.into());
    }
    let p = Zeroizing::new(rpassword::prompt_password(prompt).map_err(|_| app::Error::NoTerminal)?);
    non_empty(&p)
}

fn non_empty(p: &str) -> Result<SecretString> {
    if p.is_empty() {
        return Err(app::Error::EmptyPassphrase.into());
    }
    Ok(SecretString::from(p.to_string()))
}

fn open(g: &Global) -> Result<Vault> {
    Ok(Vault::open(&vault_dir(g))?)
}

/// Opens the vault, picks the user (`--user`, else the only user, else the first supervisor),
/// reads their passphrase and unlocks.
pub fn unlock_session(g: &Global) -> Result<Session> {
    let vault = open(g)?;
    let name = pick_user(g, &vault)?;
    unlock_as(g, vault, &name)
}

/// Like [`unlock_session`], for a command that shows nothing from the vault before its first
/// write: the unlock is logged in that write's commit ([`Vault::unlock_deferred`]).
pub fn unlock_session_to_write(g: &Global) -> Result<Session> {
    let vault = open(g)?;
    let name = pick_user(g, &vault)?;
    let passphrase = read_passphrase(g, &name)?;
    Ok(vault
        .unlock_deferred(&name, &passphrase)
        .map_err(|(_, e)| e)?)
}

/// `--user`, else the only user, else the first supervisor.
fn pick_user(g: &Global, vault: &Vault) -> Result<String> {
    Ok(match &g.user {
        Some(name) => name.clone(),
        None => {
            let users = vault.users()?;
            let pick = if users.len() == 1 {
                users.first()
            } else {
                users.iter().find(|u| u.role == Role::Supervisor)
            };
            pick.map(|u| u.name.clone()).ok_or(app::Error::NoUsers)?
        }
    })
}

fn unlock_as(g: &Global, vault: Vault, name: &str) -> Result<Session> {
    let passphrase = read_passphrase(g, name)?;
    Ok(vault.unlock(name, &passphrase).map_err(|(_, e)| e)?)
}

fn check_kdf(g: &Global, kdf_log_n: Option<u8>) {
    if let Some(n) = kdf_log_n
        && n < WEAK_LOG_N
    {
        eprintln!("tandem: {}", say(g, "cli-weak-kdf", &[("n", n.into())]));
    }
}

pub fn init(g: &Global, a: InitArgs) -> Result<ExitCode> {
    let dir = vault_dir(g);
    Vault::ensure_absent(&dir)?;
    check_kdf(g, a.kdf_log_n);
    let passphrase = match (&g.passphrase_file, env_passphrase("TANDEM_PASSPHRASE")?) {
        (Some(file), _) => passphrase_from_file(file)?,
        (None, Some(p)) => p,
        (None, None) => read_new_passphrase(g, None, &a.name)?,
    };
    if a.kdf_log_n.is_none() {
        eprintln!("tandem: {}", say(g, "cli-calibrating", &[]));
    }
    let vault = Vault::create(
        &dir,
        InitOptions {
            supervisor: a.name.clone(),
            passphrase,
            recovery_recipient: a.recovery_recipient.clone(),
            kdf_log_n: a.kdf_log_n,
            retention_months: a.retention_months,
            unit: a
                .unit
                .clone()
                .unwrap_or_else(|| say(g, "cli-default-unit", &[])),
        },
    )?;
    println!(
        "{}",
        say(
            g,
            "cli-vault-created",
            &[
                ("dir", vault.dir().display().to_string().into()),
                ("name", a.name.clone().into()),
                ("key", vault.unit_public_key()?.to_base64().into()),
            ]
        )
    );
    if a.recovery_recipient.is_none() {
        eprintln!("tandem: {}", say(g, "cli-no-recovery-warning", &[]));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn user(g: &Global, c: UserCommand) -> Result<ExitCode> {
    match c {
        UserCommand::List => {
            for u in open(g)?.users()? {
                println!("{}\t{}", text::printable(&u.name), u.role.id());
            }
        }
        UserCommand::Add {
            name,
            role,
            kdf_log_n,
            new_passphrase_file,
        } => {
            check_kdf(g, kdf_log_n);
            let mut session = unlock_session(g)?;
            let passphrase = read_new_passphrase(g, new_passphrase_file.as_deref(), &name)?;
            session.add_user(&name, role, &passphrase, kdf_log_n)?;
            session.lock()?;
            println!(
                "{}",
                say(
                    g,
                    "cli-user-added",
                    &[("name", name.into()), ("role", role.id().into())]
                )
            );
        }
        UserCommand::Passwd {
            name,
            kdf_log_n,
            new_passphrase_file,
            new_identity,
        } => {
            check_kdf(g, kdf_log_n);
            let mut session = unlock_as(g, open(g)?, &name)?;
            let passphrase = read_new_passphrase(g, new_passphrase_file.as_deref(), &name)?;
            if new_identity {
                session.replace_identity(&passphrase, kdf_log_n)?;
            } else {
                session.change_passphrase(&passphrase, kdf_log_n)?;
            }
            session.lock()?;
            println!(
                "{}",
                say(g, "cli-passphrase-changed", &[("name", name.into())])
            );
        }
        UserCommand::Remove { name } => {
            let mut session = unlock_session(g)?;
            let unit_key = session.remove_user(&name)?;
            let pk = session.unit_public_key()?;
            session.lock()?;
            println!("{}", say(g, "cli-user-removed", &[("name", name.into())]));
            if unit_key.is_some() {
                println!("{}", super::referral::unit_key_rotated(g, &pk));
            }
        }
        UserCommand::Recover {
            name,
            recovery_identity,
            kdf_log_n,
            new_passphrase_file,
        } => {
            check_kdf(g, kdf_log_n);
            let mut vault = open(g)?;
            let identity = Zeroizing::new(std::fs::read_to_string(&recovery_identity).map_err(
                app::Error::read(FileRole::RecoveryIdentity, &recovery_identity),
            )?);
            let identity = SecretString::from(identity.to_string());
            let passphrase = read_new_passphrase(g, new_passphrase_file.as_deref(), &name)?;
            vault.recover_user(&name, &identity, &passphrase, kdf_log_n)?;
            println!("{}", say(g, "cli-user-recovered", &[("name", name.into())]));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn catalog(g: &Global) -> Result<Catalog> {
    Ok(Catalog::load(g.checklists.as_deref())?)
}

/// The non-blank lines of a records file, one at a time, in a buffer wiped after each line (the
/// lines are personal data). A line longer than a record document may be is refused before it
/// is read whole.
struct RecordLines {
    path: std::path::PathBuf,
    reader: std::io::BufReader<std::fs::File>,
    line: Zeroizing<Vec<u8>>,
    number: usize,
}

impl RecordLines {
    fn open(path: &std::path::Path) -> std::result::Result<RecordLines, app::Error> {
        let file = std::fs::File::open(path).map_err(app::Error::read(FileRole::Records, path))?;
        let limit = FileRole::Records.limit();
        if file.metadata().map(|m| m.len()).unwrap_or(0) > limit {
            return Err(app::Error::TooLarge {
                what: FileRole::Records,
                path: path.to_path_buf(),
                limit,
            });
        }
        Ok(RecordLines {
            path: path.to_path_buf(),
            reader: std::io::BufReader::new(file),
            line: Zeroizing::new(Vec::new()),
            number: 0,
        })
    }

    /// The next line's document, parsed; `None` at the end of the file.
    fn next_document(
        &mut self,
    ) -> Option<std::result::Result<tandem::interview::record::RecordDocument, app::Error>> {
        use std::io::BufRead;
        use tandem::interview::record::{DocumentError, MAX_DOCUMENT_BYTES};
        let max = MAX_DOCUMENT_BYTES as u64 + 2;
        loop {
            self.line.clear();
            self.number += 1;
            let origin = DocumentOrigin::Line(self.path.clone(), self.number);
            let read = match (&mut self.reader)
                .take(max)
                .read_until(b'\n', &mut self.line)
            {
                Ok(0) => return None,
                Ok(n) => n,
                Err(e) => return Some(Err(app::Error::read(FileRole::Records, &self.path)(e))),
            };
            if read as u64 >= max && self.line.last() != Some(&b'\n') {
                let source = DocumentError::TooLarge {
                    limit: MAX_DOCUMENT_BYTES,
                };
                return Some(Err(app::Error::Document { origin, source }));
            }
            let Ok(text) = std::str::from_utf8(&self.line) else {
                let e = std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8");
                return Some(Err(app::Error::read(FileRole::Records, &self.path)(e)));
            };
            if text.trim().is_empty() {
                continue;
            }
            return Some(
                parse_document(text).map_err(|source| app::Error::Document { origin, source }),
            );
        }
    }
}

fn document(
    text: &str,
    origin: DocumentOrigin,
) -> Result<tandem::interview::record::RecordDocument> {
    parse_document(text).map_err(|source| app::Error::Document { origin, source }.into())
}

pub fn record(g: &Global, c: RecordCommand) -> Result<ExitCode> {
    let now = jiff::Timestamp::now();
    match c {
        RecordCommand::Add => {
            let mut text = Zeroizing::new(String::new());
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(app::Error::read(FileRole::Records, "-"))?;
            let doc = document(&text, DocumentOrigin::Stdin)?;
            let checklists = catalog(g)?;
            let mut session = unlock_session(g)?;
            let id = cases::add_one(&mut session, checklists.checklists(), &doc, now)?;
            // Printed only now: the record is committed.
            println!("{id}");
            session.lock()?;
        }
        RecordCommand::Import { file } => {
            // Every line is checked before anything is stored (a file goes in whole or not at
            // all), then read again and stored one at a time: memory holds one line, not the file.
            let mut lines = RecordLines::open(&file)?;
            while let Some(doc) = lines.next_document() {
                doc?;
            }
            let checklists = catalog(g)?;
            let mut session = unlock_session(g)?;
            let mut lines = RecordLines::open(&file)?;
            let docs = std::iter::from_fn(|| lines.next_document());
            let ids = cases::import(&mut session, checklists.checklists(), docs, now)?;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            for id in &ids {
                writeln!(out, "{id}")?;
            }
            out.flush()?;
            drop(out);
            session.lock()?;
            eprintln!(
                "tandem: {}",
                say(g, "cli-imported", &[("count", ids.len().into())])
            );
        }
        RecordCommand::List { json } => {
            let mut session = unlock_session(g)?;
            let records = session.list_records()?;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            if json {
                // One element at a time: the list is never built whole in memory.
                writeln!(out, "[")?;
                for (i, r) in records.iter().enumerate() {
                    let item = json!({
                        "id": r.id.to_string(),
                        "status": r.document.status,
                        "checklist": r.document.checklist,
                        "case_ref": r.document.case_ref,
                        "answers": r.answers,
                        "created": r.created,
                        "updated": r.updated,
                    });
                    if i > 0 {
                        writeln!(out, ",")?;
                    }
                    serde_json::to_writer_pretty(&mut out, &item)?;
                }
                writeln!(out, "\n]")?;
            } else {
                for r in &records {
                    writeln!(
                        out,
                        "{}  {:<16} {:<20} {}",
                        r.id,
                        r.document.status.id(),
                        text::printable(&r.document.checklist),
                        say(
                            g,
                            "cli-record-line",
                            &[
                                ("answers", r.answers.into()),
                                (
                                    "updated",
                                    r.updated.strftime("%Y-%m-%d %H:%M").to_string().into()
                                ),
                            ]
                        )
                    )?;
                }
            }
            out.flush()?;
            drop(out);
            session.lock()?;
        }
        RecordCommand::Show { id, json } => {
            let id: RecordId = id.parse()?;
            let mut session = unlock_session(g)?;
            let doc = session.read_record(&id)?;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            if json {
                serde_json::to_writer_pretty(&mut out, &doc)?;
                writeln!(out)?;
            } else {
                let label = |id: &str| {
                    let l = say(g, id, &[]);
                    let pad = 12usize.saturating_sub(text::width(&l));
                    format!("{l}{}", " ".repeat(pad))
                };
                writeln!(out, "{}{id}", label("cli-show-record"))?;
                writeln!(
                    out,
                    "{}{}",
                    label("cli-show-checklist"),
                    text::printable(&doc.checklist)
                )?;
                writeln!(out, "{}{}", label("cli-show-status"), doc.status.id())?;
                if let Some(r) = &doc.case_ref {
                    writeln!(out, "{}{}", label("cli-show-case-ref"), text::printable(r))?;
                }
                if let Some(n) = &doc.subject.name {
                    writeln!(out, "{}{}", label("cli-show-name"), text::printable(n))?;
                }
                let kinds: Vec<&str> = doc.consent.share_with.iter().map(|k| k.id()).collect();
                writeln!(
                    out,
                    "{}",
                    say(
                        g,
                        "cli-show-consent",
                        &[
                            ("interview", doc.consent.interview.to_string().into()),
                            ("share", kinds.join(", ").into()),
                            ("police", doc.consent.police_contact.to_string().into()),
                        ]
                    )
                )?;
                for (q, v) in &doc.answers {
                    writeln!(
                        out,
                        "  {}: {}",
                        text::printable(q),
                        text::printable(&v.to_string())
                    )?;
                }
                if !doc.notes.is_empty() {
                    writeln!(
                        out,
                        "{}\n{}",
                        label("cli-show-notes"),
                        text::printable(&doc.notes)
                    )?;
                }
            }
            out.flush()?;
            drop(out);
            session.lock()?;
        }
        RecordCommand::Delete { id } => {
            let id: RecordId = id.parse()?;
            let mut session = unlock_session(g)?;
            session.delete_record(&id)?;
            session.lock()?;
            println!(
                "{}",
                say(g, "cli-record-deleted", &[("id", id.to_string().into())])
            );
        }
        RecordCommand::Stop { id, reason, detail } => {
            let id: RecordId = id.parse()?;
            let checklists = catalog(g)?;
            let mut session = unlock_session(g)?;
            cases::stop(
                &mut session,
                checklists.checklists(),
                &id,
                reason,
                &detail,
                now,
            )?;
            session.lock()?;
            println!(
                "{}",
                say(
                    g,
                    "cli-record-stopped",
                    &[
                        ("id", id.to_string().into()),
                        ("reason", reason.id().into())
                    ]
                )
            );
        }
        RecordCommand::Decide {
            id,
            outcome,
            reason,
        } => {
            let id: RecordId = id.parse()?;
            let checklists = catalog(g)?;
            let mut session = unlock_session(g)?;
            cases::decide(
                &mut session,
                checklists.checklists(),
                &id,
                outcome,
                &reason,
                now,
            )?;
            session.lock()?;
            println!(
                "{}",
                say(
                    g,
                    "cli-record-decided",
                    &[
                        ("id", id.to_string().into()),
                        ("outcome", outcome.id().into())
                    ]
                )
            );
        }
        RecordCommand::HandOff {
            id,
            outcome,
            reason,
        } => {
            let id: RecordId = id.parse()?;
            let checklists = catalog(g)?;
            let mut session = unlock_session(g)?;
            let decision = outcome.map(|o| (o, reason.as_str()));
            cases::hand_off(&mut session, checklists.checklists(), &id, decision, now)?;
            session.lock()?;
            println!(
                "{}",
                say(g, "cli-record-handed-off", &[("id", id.to_string().into())])
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn audit(g: &Global, c: AuditCommand) -> Result<ExitCode> {
    match c {
        AuditCommand::List { json } => {
            let entries = open(g)?.audit_entries()?;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            if json {
                serde_json::to_writer_pretty(&mut out, &entries)?;
                writeln!(out)?;
            } else {
                for e in &entries {
                    writeln!(
                        out,
                        "{:>6}  {}  {:<12} {:<24} {}",
                        e.seq,
                        e.at,
                        text::printable(&e.actor),
                        e.kind,
                        text::printable(&e.detail.to_string())
                    )?;
                }
            }
            out.flush()?;
        }
        AuditCommand::Verify => return audit_verify(g),
    }
    Ok(ExitCode::SUCCESS)
}

/// `tandem audit verify`: the links are keyed, so this takes a passphrase; it inspects without
/// unlocking (nothing is written) and names every finding, not only the first.
fn audit_verify(g: &Global) -> Result<ExitCode> {
    let vault = open(g)?;
    let name = pick_user(g, &vault)?;
    let passphrase = read_passphrase(g, &name)?;
    let found = vault.inspect(&name, &passphrase)?;
    for part in &found.tampered {
        let (part, subject) = part.id_and_subject();
        eprintln!(
            "{}",
            say(
                g,
                "cli-audit-tampered",
                &[("part", part.into()), ("subject", subject.into())]
            )
        );
    }
    for problem in &found.records {
        let (kind, id, found, logged) = problem.parts();
        eprintln!(
            "{}",
            say(
                g,
                "cli-audit-record",
                &[
                    ("problem", kind.into()),
                    ("id", id.to_owned().into()),
                    ("found", found.into()),
                    ("logged", logged.into()),
                ]
            )
        );
    }
    if !found.keyed {
        eprintln!("{}", say(g, "cli-audit-unkeyed", &[]));
    }
    let count = found.audit?;
    let findings = found.tampered.len() + found.records.len() + usize::from(!found.keyed);
    if findings > 0 {
        eprintln!(
            "{}",
            say(g, "cli-audit-findings", &[("count", findings.into())])
        );
        return Ok(ExitCode::from(1));
    }
    println!("{}", say(g, "cli-audit-intact", &[("count", count.into())]));
    Ok(ExitCode::SUCCESS)
}

pub fn backup(g: &Global, a: BackupArgs) -> Result<ExitCode> {
    let report = Vault::backup(&vault_dir(g), &a.out)?;
    println!(
        "{}",
        say(
            g,
            "cli-backup-done",
            &[
                ("path", a.out.display().to_string().into()),
                ("records", report.records.into()),
                ("count", report.audit_entries.into()),
            ],
        )
    );
    if !report.audited {
        println!("{}", say(g, "cli-backup-not-audited", &[]));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn restore(g: &Global, a: RestoreArgs) -> Result<ExitCode> {
    let dir = vault_dir(g);
    let report = Vault::restore(&a.file, &dir)?;
    println!(
        "{}",
        say(
            g,
            "cli-restore-done",
            &[
                ("dir", dir.display().to_string().into()),
                ("records", report.records.into()),
                ("count", report.audit_entries.into()),
            ],
        )
    );
    Ok(ExitCode::SUCCESS)
}

pub fn recovery(g: &Global, c: RecoveryCommand) -> Result<ExitCode> {
    let RecoveryCommand::Set { recipient } = c;
    let mut session = unlock_session(g)?;
    let stored = session.set_recovery(&recipient)?;
    session.lock()?;
    println!(
        "{}",
        say(g, "cli-recovery-set", &[("recipient", stored.into())])
    );
    Ok(ExitCode::SUCCESS)
}

pub fn time_zone(g: &Global, zone: Option<String>) -> Result<ExitCode> {
    let mut session = unlock_session(g)?;
    if let Some(zone) = &zone {
        session.set_time_zone(zone.trim())?;
    }
    println!(
        "{}",
        say(g, "cli-time-zone", &[("zone", session.time_zone()?.into())])
    );
    session.lock()?;
    Ok(ExitCode::SUCCESS)
}

pub fn purge(g: &Global, a: PurgeArgs) -> Result<ExitCode> {
    let mut session = unlock_session(g)?;
    let report = session.purge(a.dry_run)?;
    if report.buckets.is_empty() {
        println!("{}", say(g, "cli-purge-nothing", &[]));
    } else {
        println!(
            "{}",
            say(
                g,
                if a.dry_run {
                    "cli-purge-would"
                } else {
                    "cli-purge-done"
                },
                &[
                    ("count", report.records.into()),
                    ("buckets", report.buckets.join(", ").into()),
                ]
            )
        );
    }
    session.lock()?;
    Ok(ExitCode::SUCCESS)
}
