//! Handlers: `init`, `user`, `record`, `audit`, `purge`; and, for the other handlers, finding the
//! vault, reading passphrases and unlocking a session.
//!
//! Passphrases come from `--passphrase-file`, else `TANDEM_PASSPHRASE`, else the terminal without
//! echo. A new passphrase (init, user add/passwd/recover) comes from `--new-passphrase-file`, else
//! `TANDEM_NEW_PASSPHRASE`, else the terminal, asked twice (for `init`, the first supervisor's
//! passphrase is read like any passphrase). Never prints a passphrase or, unasked, case data.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use serde_json::json;
use zeroize::Zeroizing;

use tandem::interview::record::parse_document;
use tandem::vault::{
    self, ExposeSecret, InitOptions, RecordId, Role, SecretString, Session, Vault, VaultError,
};

use super::InputError;
use crate::cli::{AuditCommand, Global, InitArgs, PurgeArgs, RecordCommand, RoleArg, UserCommand};

/// Below this scrypt work factor a stolen vault's passphrases are cheap to guess.
const WEAK_LOG_N: u8 = 15;

/// `--vault`, else `TANDEM_VAULT` (clap reads it), else the platform data directory.
pub fn vault_dir(g: &Global) -> PathBuf {
    g.vault.clone().unwrap_or_else(vault::default_dir)
}

/// A passphrase: `--passphrase-file`, `TANDEM_PASSPHRASE`, or the terminal without echo.
pub fn read_passphrase(g: &Global, prompt: &str) -> anyhow::Result<SecretString> {
    if let Some(file) = &g.passphrase_file {
        return passphrase_from_file(file);
    }
    if let Some(p) = env_passphrase("TANDEM_PASSPHRASE")? {
        return Ok(p);
    }
    from_terminal(prompt, "--passphrase-file or TANDEM_PASSPHRASE")
}

/// A new passphrase: `file`, `TANDEM_NEW_PASSPHRASE`, or the terminal twice.
fn read_new_passphrase(file: Option<&Path>, prompt: &str) -> anyhow::Result<SecretString> {
    if let Some(file) = file {
        return passphrase_from_file(file);
    }
    if let Some(p) = env_passphrase("TANDEM_NEW_PASSPHRASE")? {
        return Ok(p);
    }
    let first = from_terminal(prompt, "--new-passphrase-file or TANDEM_NEW_PASSPHRASE")?;
    let again = from_terminal("Type it again: ", "--new-passphrase-file")?;
    if first.expose_secret() != again.expose_secret() {
        return Err(InputError("the two passphrases differ; run the command again".into()).into());
    }
    Ok(first)
}

fn passphrase_from_file(file: &Path) -> anyhow::Result<SecretString> {
    let text = Zeroizing::new(std::fs::read_to_string(file).map_err(|e| {
        InputError(format!(
            "cannot read the passphrase file {}: {e}",
            file.display()
        ))
    })?);
    non_empty(text.lines().next().unwrap_or("").trim_end_matches('\r'))
}

fn env_passphrase(var: &str) -> anyhow::Result<Option<SecretString>> {
    match std::env::var(var) {
        Ok(v) => {
            let v = Zeroizing::new(v);
            non_empty(&v).map(Some)
        }
        Err(_) => Ok(None),
    }
}

fn from_terminal(prompt: &str, alternatives: &str) -> anyhow::Result<SecretString> {
    if !std::io::stdin().is_terminal() && !Path::new("/dev/tty").exists() {
        return Err(InputError(format!(
            "no terminal to ask for a passphrase; give {alternatives}"
        ))
        .into());
    }
    let p = Zeroizing::new(rpassword::prompt_password(prompt).map_err(|e| {
        InputError(format!(
            "could not read a passphrase ({e}); give {alternatives}"
        ))
    })?);
    non_empty(&p)
}

fn non_empty(p: &str) -> anyhow::Result<SecretString> {
    if p.is_empty() {
        return Err(InputError(
            "the passphrase is empty; choose a passphrase of several words".into(),
        )
        .into());
    }
    Ok(SecretString::from(p.to_string()))
}

/// Turns a vault error into an anyhow error, marking the user's own mistakes (exit code 2).
fn fail(e: VaultError) -> anyhow::Error {
    if e.is_input() {
        InputError(e.to_string()).into()
    } else {
        e.into()
    }
}

fn open(g: &Global) -> anyhow::Result<Vault> {
    Vault::open(&vault_dir(g)).map_err(fail)
}

/// Opens the vault, picks the user (`--user`, else the only user, else the first supervisor),
/// reads their passphrase and unlocks.
pub fn unlock_session(g: &Global) -> anyhow::Result<Session> {
    let vault = open(g)?;
    let name = match &g.user {
        Some(name) => name.clone(),
        None => {
            let users = vault.users().map_err(fail)?;
            let pick = if users.len() == 1 {
                users.first()
            } else {
                users.iter().find(|u| u.role == Role::Supervisor)
            };
            pick.map(|u| u.name.clone())
                .ok_or_else(|| InputError("the vault has no users; run `tandem init`".into()))?
        }
    };
    unlock_as(g, vault, &name)
}

fn unlock_as(g: &Global, vault: Vault, name: &str) -> anyhow::Result<Session> {
    let passphrase = read_passphrase(g, &format!("Passphrase for {name}: "))?;
    vault.unlock(name, &passphrase).map_err(|(_, e)| fail(e))
}

fn check_kdf(kdf_log_n: Option<u8>) {
    if let Some(n) = kdf_log_n
        && n < WEAK_LOG_N
    {
        eprintln!(
            "tandem: warning: scrypt work factor {n} is low; a stolen laptop's passphrases would be quick to guess. Use it for tests only."
        );
    }
}

pub fn init(g: &Global, a: InitArgs) -> anyhow::Result<ExitCode> {
    let dir = vault_dir(g);
    if Vault::exists(&dir) {
        return Err(fail(VaultError::AlreadyExists { dir }));
    }
    check_kdf(a.kdf_log_n);
    let passphrase = match (&g.passphrase_file, env_passphrase("TANDEM_PASSPHRASE")?) {
        (Some(file), _) => passphrase_from_file(file)?,
        (None, Some(p)) => p,
        (None, None) => read_new_passphrase(None, &format!("New passphrase for {}: ", a.name))?,
    };
    if a.kdf_log_n.is_none() {
        eprintln!("tandem: calibrating the passphrase work factor to about one second...");
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
                .unwrap_or_else(|| "Screening unit".to_string()),
        },
    )
    .map_err(fail)?;
    println!("Created the vault in {}", vault.dir().display());
    println!("First supervisor: {}", a.name);
    println!(
        "Unit public key: {}",
        vault.unit_public_key().map_err(fail)?.to_base64()
    );
    if a.recovery_recipient.is_none() {
        eprintln!(
            "tandem: WARNING: no recovery recipient was given. If every supervisor forgets their \
passphrase, every record in this vault is lost for good. To avoid this, create the vault again with \
--recovery-recipient age1... (from `age-keygen`, kept offline)."
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn user(g: &Global, c: UserCommand) -> anyhow::Result<ExitCode> {
    match c {
        UserCommand::List => {
            for u in open(g)?.users().map_err(fail)? {
                println!("{}\t{}", u.name, u.role.id());
            }
        }
        UserCommand::Add {
            name,
            role,
            kdf_log_n,
            new_passphrase_file,
        } => {
            check_kdf(kdf_log_n);
            let mut session = unlock_session(g)?;
            let passphrase = read_new_passphrase(
                new_passphrase_file.as_deref(),
                &format!("New passphrase for {name}: "),
            )?;
            let role = match role {
                RoleArg::Officer => Role::Officer,
                RoleArg::Supervisor => Role::Supervisor,
            };
            session
                .add_user(&name, role, &passphrase, kdf_log_n)
                .map_err(fail)?;
            session.lock().map_err(fail)?;
            println!("Added {name} ({})", role.id());
        }
        UserCommand::Passwd {
            name,
            kdf_log_n,
            new_passphrase_file,
        } => {
            check_kdf(kdf_log_n);
            let mut session = unlock_as(g, open(g)?, &name)?;
            let passphrase = read_new_passphrase(
                new_passphrase_file.as_deref(),
                &format!("New passphrase for {name}: "),
            )?;
            session
                .change_passphrase(&passphrase, kdf_log_n)
                .map_err(fail)?;
            session.lock().map_err(fail)?;
            println!("Changed the passphrase of {name}");
        }
        UserCommand::Remove { name } => {
            let mut session = unlock_session(g)?;
            session.remove_user(&name).map_err(fail)?;
            session.lock().map_err(fail)?;
            println!("Removed {name}; the keys wrapped to them are gone");
        }
        UserCommand::Recover {
            name,
            recovery_identity,
            kdf_log_n,
            new_passphrase_file,
        } => {
            check_kdf(kdf_log_n);
            let mut vault = open(g)?;
            let identity =
                Zeroizing::new(std::fs::read_to_string(&recovery_identity).map_err(|e| {
                    InputError(format!(
                        "cannot read the recovery identity {}: {e}",
                        recovery_identity.display()
                    ))
                })?);
            let identity = SecretString::from(identity.to_string());
            let passphrase = read_new_passphrase(
                new_passphrase_file.as_deref(),
                &format!("New passphrase for {name}: "),
            )?;
            vault
                .recover_user(&name, &identity, &passphrase, kdf_log_n)
                .map_err(fail)?;
            println!("Gave {name} a new passphrase and key");
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn record(g: &Global, c: RecordCommand) -> anyhow::Result<ExitCode> {
    match c {
        RecordCommand::Add => {
            let mut text = Zeroizing::new(String::new());
            std::io::stdin()
                .read_to_string(&mut text)
                .context("could not read the record document on stdin")?;
            let doc = parse_document(&text)
                .map_err(|e| InputError(format!("the record document on stdin: {e}")))?;
            let mut session = unlock_session(g)?;
            let id = session.create_record(&doc).map_err(fail)?;
            // Printed only now: the record is committed.
            println!("{id}");
            session.lock().map_err(fail)?;
        }
        RecordCommand::Import { file } => {
            let text = Zeroizing::new(
                std::fs::read_to_string(&file)
                    .map_err(|e| InputError(format!("cannot read {}: {e}", file.display())))?,
            );
            let mut docs = Vec::new();
            for (i, line) in text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
            {
                let doc = parse_document(line).map_err(|e| {
                    InputError(format!(
                        "{}:{}: {e}; nothing was imported",
                        file.display(),
                        i + 1
                    ))
                })?;
                docs.push(doc);
            }
            let mut session = unlock_session(g)?;
            // One transaction: a file is imported whole or not at all.
            for id in session.create_records(&docs).map_err(fail)? {
                println!("{id}");
            }
            session.lock().map_err(fail)?;
            eprintln!("tandem: imported {} records", docs.len());
        }
        RecordCommand::List { json } => {
            let mut session = unlock_session(g)?;
            let records = session.list_records().map_err(fail)?;
            let mut out = std::io::stdout().lock();
            if json {
                let list: Vec<_> = records
                    .iter()
                    .map(|r| {
                        json!({
                            "id": r.id.to_string(),
                            "status": r.document.status.id(),
                            "checklist": r.document.checklist,
                            "case_ref": r.document.case_ref,
                            "answers": r.answers,
                            "created": r.created.to_string(),
                            "updated": r.updated.to_string(),
                        })
                    })
                    .collect();
                serde_json::to_writer_pretty(&mut out, &list)?;
                writeln!(out)?;
            } else {
                for r in &records {
                    writeln!(
                        out,
                        "{}  {:<16} {:<20} {:>3} answers  updated {}",
                        r.id,
                        r.document.status.id(),
                        r.document.checklist,
                        r.answers,
                        r.updated.strftime("%Y-%m-%d %H:%M")
                    )?;
                }
            }
            drop(out);
            session.lock().map_err(fail)?;
        }
        RecordCommand::Show { id, json } => {
            let id: RecordId = id.parse().map_err(fail)?;
            let mut session = unlock_session(g)?;
            let doc = session.read_record(&id).map_err(fail)?;
            let mut out = std::io::stdout().lock();
            if json {
                serde_json::to_writer_pretty(&mut out, &doc)?;
                writeln!(out)?;
            } else {
                writeln!(out, "record    {id}")?;
                writeln!(out, "checklist {}", doc.checklist)?;
                writeln!(out, "status    {}", doc.status.id())?;
                if let Some(r) = &doc.case_ref {
                    writeln!(out, "case ref  {r}")?;
                }
                if let Some(n) = &doc.subject.name {
                    writeln!(out, "name      {n}")?;
                }
                writeln!(
                    out,
                    "consent   interview: {}, share with: {}, police contact: {}",
                    doc.consent.interview,
                    doc.consent.share_with.join(", "),
                    doc.consent.police_contact
                )?;
                for (q, v) in &doc.answers {
                    writeln!(out, "  {q}: {v}")?;
                }
                if !doc.notes.is_empty() {
                    writeln!(out, "notes\n{}", doc.notes)?;
                }
            }
            drop(out);
            session.lock().map_err(fail)?;
        }
        RecordCommand::Delete { id } => {
            let id: RecordId = id.parse().map_err(fail)?;
            let mut session = unlock_session(g)?;
            session.delete_record(&id).map_err(fail)?;
            session.lock().map_err(fail)?;
            println!("Deleted {id}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn audit(g: &Global, c: AuditCommand) -> anyhow::Result<ExitCode> {
    let vault = open(g)?;
    match c {
        AuditCommand::List { json } => {
            let entries = vault.audit_entries().map_err(fail)?;
            let mut out = std::io::stdout().lock();
            if json {
                serde_json::to_writer_pretty(&mut out, &entries)?;
                writeln!(out)?;
            } else {
                for e in &entries {
                    writeln!(
                        out,
                        "{:>6}  {}  {:<12} {:<24} {}",
                        e.seq, e.at, e.actor, e.kind, e.detail
                    )?;
                }
            }
        }
        AuditCommand::Verify => {
            let n = vault.verify_audit().map_err(fail)?;
            println!("The audit log is intact: {n} entries");
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn purge(g: &Global, a: PurgeArgs) -> anyhow::Result<ExitCode> {
    let mut session = unlock_session(g)?;
    let report = session.purge(a.dry_run).map_err(fail)?;
    let verb = if a.dry_run {
        "Would destroy"
    } else {
        "Destroyed"
    };
    if report.buckets.is_empty() {
        println!("No retention bucket has expired; nothing to destroy");
    } else {
        println!(
            "{verb} {} records in buckets {}",
            report.records,
            report.buckets.join(", ")
        );
    }
    session.lock().map_err(fail)?;
    Ok(ExitCode::SUCCESS)
}
