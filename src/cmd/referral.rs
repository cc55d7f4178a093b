//! Handlers: `partner`, `unit-key`, `referral` (export, verify, open) and `booklet`.
//!
//! Export needs an unlocked supervisor session (the unit signing key); verify needs only the
//! pinned unit key; open also needs the partner's key file, and checks replay when a vault is
//! at hand. Never prints case data; the only plaintext it writes is what `referral open --out`
//! and `booklet --out` were asked to write.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use serde_json::json;

use tandem::checklist::catalog::Catalog;
use tandem::l10n::{FluentValue, Lang, Locales, Localized, QuestionText, Review};
use tandem::referral::document::Bilingual;
use tandem::referral::html::{BookletQuestion, booklet_html};
use tandem::referral::issue::{IssueRequest, issue};
use tandem::referral::packet::{self, PartnerIdentity};
use tandem::referral::{self, Labels, PartnerKind, ReferralError};
use tandem::vault::{AuditEvent, Partner, RecordId, Vault, VaultError};

use super::InputError;
use super::vault::{unlock_session, vault_dir};
use crate::cli::{
    BookletArgs, Global, PartnerCommand, PartnerKindArg, ReferralCommand, UnitKeyCommand,
};

/// A vault error, marking the user's own mistakes (exit code 2).
fn vault_fail(e: VaultError) -> anyhow::Error {
    if e.is_input() {
        InputError(e.to_string()).into()
    } else {
        e.into()
    }
}

/// Referral errors caused by what the user passed or the packet they were sent: exit code 2.
fn referral_fail(e: ReferralError) -> anyhow::Error {
    match e {
        ReferralError::Build { .. } => e.into(),
        _ => InputError(e.to_string()).into(),
    }
}

fn officer_lang(g: &Global) -> anyhow::Result<Lang> {
    match g.officer_lang.as_deref() {
        None => Ok(Lang::En),
        Some(tag) => Lang::from_tag(tag)
            .filter(|l| l.is_officer_lang())
            .ok_or_else(|| {
                InputError(format!(
                    "`{tag}` is not an officer language; use --officer-lang en or th"
                ))
                .into()
            }),
    }
}

fn kind_of(arg: PartnerKindArg) -> PartnerKind {
    match arg {
        PartnerKindArg::Shelter => PartnerKind::Shelter,
        PartnerKindArg::Medical => PartnerKind::Medical,
        PartnerKindArg::LegalAid => PartnerKind::LegalAid,
        PartnerKindArg::SocialWelfare => PartnerKind::SocialWelfare,
        PartnerKindArg::Ngo => PartnerKind::Ngo,
        PartnerKindArg::Police => PartnerKind::Police,
    }
}

fn ui(g: &Global, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let lang = officer_lang(g).unwrap_or(Lang::En);
    Locales::builtin().ui(lang, id, args)
}

pub fn partner(g: &Global, c: PartnerCommand) -> anyhow::Result<ExitCode> {
    let mut session = unlock_session(g)?;
    match c {
        PartnerCommand::Add {
            name,
            recipient,
            kind,
        } => {
            packet::parse_recipient(&recipient).map_err(referral_fail)?;
            let kind = kind_of(kind);
            session
                .add_partner(&Partner {
                    name: name.clone(),
                    recipient: recipient.trim().to_owned(),
                    kind: kind.id().to_owned(),
                })
                .map_err(vault_fail)?;
            println!(
                "{}",
                ui(
                    g,
                    "referral-partner-added",
                    &[
                        ("name", name.into()),
                        ("kind", kind.id().into()),
                        (
                            "fingerprint",
                            packet::recipient_fingerprint(&recipient).into()
                        ),
                    ]
                )
            );
        }
        PartnerCommand::List { json } => {
            let partners = session.partners().map_err(vault_fail)?;
            if json {
                let list: Vec<_> = partners
                    .iter()
                    .map(|p| {
                        json!({
                            "name": p.name,
                            "kind": p.kind,
                            "recipient": p.recipient,
                            "fingerprint": packet::recipient_fingerprint(&p.recipient),
                        })
                    })
                    .collect();
                println!("{}", serde_json::to_string_pretty(&list)?);
            } else {
                for p in &partners {
                    println!("{}\t{}\t{}", p.name, p.kind, p.recipient);
                }
            }
        }
        PartnerCommand::Remove { name } => {
            session.remove_partner(&name).map_err(vault_fail)?;
            println!(
                "{}",
                ui(g, "referral-partner-removed", &[("name", name.into())])
            );
        }
    }
    session.lock().map_err(vault_fail)?;
    Ok(ExitCode::SUCCESS)
}

pub fn unit_key(g: &Global, c: UnitKeyCommand) -> anyhow::Result<ExitCode> {
    let UnitKeyCommand::Export { fingerprint } = c;
    let vault = Vault::open(&vault_dir(g)).map_err(vault_fail)?;
    let pk = vault.unit_public_key().map_err(vault_fail)?;
    if fingerprint {
        println!("{}", packet::phone_fingerprint(&pk));
    } else {
        print!("{}", packet::unit_key_file(&pk));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn referral(g: &Global, c: ReferralCommand) -> anyhow::Result<ExitCode> {
    match c {
        ReferralCommand::Export {
            record,
            to,
            out,
            expires_days,
            child_protection_override,
        } => export(
            g,
            &record,
            &to,
            &out,
            expires_days,
            child_protection_override.as_deref(),
        ),
        ReferralCommand::Verify { file, unit_key } => verify(g, &file, &unit_key),
        ReferralCommand::Open {
            file,
            identity,
            unit_key,
            out,
        } => open(g, &file, &identity, &unit_key, &out),
    }
}

fn export(
    g: &Global,
    record: &str,
    to: &str,
    out: &Path,
    expires_days: u32,
    child_protection_override: Option<&str>,
) -> anyhow::Result<ExitCode> {
    let id: RecordId = record.parse().map_err(vault_fail)?;
    let mut session = unlock_session(g)?;
    let catalog = Catalog::load(g.checklists.as_deref()).context("loading the checklists")?;
    let locales = Locales::load(g.locales.as_deref()).context("loading the locales")?;
    let request = IssueRequest {
        record: &id,
        partner: to,
        child_protection_override,
        out,
        expires_days,
        now: jiff::Timestamp::now(),
    };
    let issued = issue(&mut session, catalog.checklists(), &locales, &request).map_err(|e| {
        if e.is_input() {
            anyhow::Error::from(InputError(e.to_string()))
        } else {
            e.into()
        }
    })?;
    session.lock().map_err(vault_fail)?;
    println!(
        "{}",
        ui(
            g,
            "referral-exported",
            &[
                ("packet", issued.packet_id.into()),
                ("path", issued.path.display().to_string().into()),
                ("partner", issued.partner.into()),
                ("kind", issued.kind.id().into()),
                ("expires", issued.expires.to_string().into()),
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes a file that must not exist yet.
fn write_new(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| {
            InputError(format!(
                "cannot create {}: {e}; choose a new file name or remove the old file",
                path.display()
            ))
        })?;
    f.write_all(bytes)
        .and_then(|()| f.sync_all())
        .with_context(|| format!("writing {}", path.display()))
}

fn read_input(path: &Path, what: &str) -> anyhow::Result<Vec<u8>> {
    std::fs::read(path)
        .map_err(|e| InputError(format!("cannot read the {what} {}: {e}", path.display())).into())
}

fn read_unit_key(path: &Path) -> anyhow::Result<minisign::PublicKey> {
    let text = String::from_utf8(read_input(path, "unit key")?).unwrap_or_default();
    packet::parse_unit_key(&text).map_err(referral_fail)
}

/// Exit code of `referral verify` for a genuine packet past its expiry.
const EXIT_EXPIRED: u8 = 3;

/// One outcome: verified (0), genuine but expired (3, nothing on stdout), or refused.
fn verify(g: &Global, file: &Path, unit_key: &Path) -> anyhow::Result<ExitCode> {
    let pk = read_unit_key(unit_key)?;
    let bytes = read_input(file, "packet")?;
    let v = referral::verify(&bytes, &pk).map_err(referral_fail)?;
    let m = &v.manifest;
    let args = [
        ("packet", m.packet_id.clone().into()),
        ("unit", m.unit.clone().into()),
        ("partner", m.recipient_name.clone().into()),
        ("expires", m.expires.clone().into()),
    ];
    if v.is_expired(jiff::Timestamp::now()) {
        eprintln!("tandem: {}", ui(g, "referral-verified-expired", &args));
        return Ok(ExitCode::from(EXIT_EXPIRED));
    }
    println!("{}", ui(g, "referral-verified", &args));
    println!("recipient fingerprint: {}", m.recipient_fingerprint);
    Ok(ExitCode::SUCCESS)
}

fn open(
    g: &Global,
    file: &Path,
    identity: &Path,
    unit_key: &Path,
    out: &Path,
) -> anyhow::Result<ExitCode> {
    let pk = read_unit_key(unit_key)?;
    let key_text = zeroize::Zeroizing::new(
        String::from_utf8(read_input(identity, "key file")?).unwrap_or_default(),
    );
    let identity = PartnerIdentity::from_key_file(&key_text).map_err(referral_fail)?;
    let bytes = read_input(file, "packet")?;
    let verified = referral::verify(&bytes, &pk).map_err(referral_fail)?;
    let packet_id = verified.manifest.packet_id.clone();

    // Replay is checked in a vault, between verification and decryption.
    let dir = vault_dir(g);
    let mut session = if Vault::exists(&dir) {
        let mut s = unlock_session(g)?;
        if s.packet_seen(&packet_id).map_err(vault_fail)? {
            return Err(referral_fail(ReferralError::Replayed { packet_id }));
        }
        Some(s)
    } else {
        eprintln!(
            "tandem: no vault at {}: a second copy of this packet would not be noticed",
            dir.display()
        );
        None
    };
    let opened = verified
        .decrypt(&identity, jiff::Timestamp::now())
        .map_err(referral_fail)?;
    std::fs::create_dir_all(out)
        .map_err(|e| InputError(format!("cannot create {}: {e}", out.display())))?;
    write_new(&out.join(packet::REFERRAL_JSON), &opened.referral_json)?;
    write_new(&out.join(packet::REFERRAL_HTML), &opened.referral_html)?;
    if let Some(s) = session.as_mut() {
        s.mark_packet_seen(&packet_id).map_err(vault_fail)?;
        s.record_event(AuditEvent::PacketOpened {
            packet_id: packet_id.clone(),
        })
        .map_err(vault_fail)?;
    }
    if let Some(s) = session {
        s.lock().map_err(vault_fail)?;
    }
    println!(
        "{}",
        ui(
            g,
            "referral-opened",
            &[
                ("packet", packet_id.into()),
                ("path", out.display().to_string().into()),
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}

fn localized_pair(
    get: impl Fn(Lang) -> Option<Localized>,
    officer: Lang,
    person: Lang,
    id: &str,
) -> Bilingual {
    let o = get(officer).or_else(|| get(Lang::En));
    let p = get(person).filter(|_| person != officer);
    Bilingual {
        officer: o.map_or_else(|| id.to_owned(), |l| l.text),
        unreviewed: p
            .as_ref()
            .is_some_and(|l| !matches!(l.review, Review::Reviewed | Review::Source)),
        person: p.map(|l| l.text),
    }
}

/// One part (text, hint or interpreter note) of a question in one language, with its review.
fn question_part(
    locales: &Locales,
    checklist: &str,
    question: &str,
    lang: Lang,
    part: fn(QuestionText) -> Option<String>,
) -> Option<Localized> {
    let t = locales.question(lang, checklist, question)?;
    let review = t.review;
    part(t).map(|text| Localized { text, review })
}

pub fn booklet(g: &Global, a: BookletArgs) -> anyhow::Result<ExitCode> {
    // `--lang` is the interviewee's language; the officer's is `--officer-lang` (TANDEM_LANG).
    let officer = officer_lang(g)?;
    let person = Lang::from_tag(&a.lang).ok_or_else(|| {
        InputError(format!(
            "`{}` is not an interview language; use my, km, lo, vi, th or en",
            a.lang
        ))
    })?;
    let catalog = Catalog::load(g.checklists.as_deref()).context("loading the checklists")?;
    if a.proof {
        return booklet_proof(g, &a, &catalog, officer, person);
    }
    let locales = Locales::load(g.locales.as_deref()).context("loading the locales")?;
    let checklist = catalog.get(&a.checklist).ok_or_else(|| {
        InputError(format!(
            "there is no checklist `{}`; `tandem checklist list` shows them",
            a.checklist
        ))
    })?;
    let cid = checklist.id.as_str();
    let locales = &locales;
    let pair = |get: &dyn Fn(Lang) -> Option<Localized>, id: &str| {
        localized_pair(get, officer, person, id)
    };
    let questions: Vec<BookletQuestion> = checklist
        .questions
        .iter()
        .map(|q| {
            let note = pair(
                &|l| question_part(locales, cid, &q.id, l, |t| t.interpreter),
                "",
            );
            let hint = pair(&|l| question_part(locales, cid, &q.id, l, |t| t.hint), "");
            BookletQuestion {
                id: q.id.clone(),
                section: pair(&|l| locales.section(l, cid, &q.section), &q.section),
                prompt: pair(
                    &|l| question_part(locales, cid, &q.id, l, |t| Some(t.text)),
                    &q.id,
                ),
                hint: (!hint.officer.is_empty()).then_some(hint),
                interpreter_note: (!note.officer.is_empty()).then_some(note),
                choices: q
                    .kind
                    .choices()
                    .iter()
                    .map(|c| pair(&|l| locales.choice(l, cid, &q.id, c), c))
                    .collect(),
                sensitive: q.sensitive,
            }
        })
        .collect();
    let title = pair(&|l| locales.checklist_title(l, cid), &checklist.title);
    let labels = Labels::from_locales(locales, officer, person);
    let html = booklet_html(&title, &questions, &labels);
    write_new(&a.out, html.as_bytes())?;
    println!(
        "{}",
        ui(
            g,
            "referral-booklet-written",
            &[
                ("checklist", cid.to_owned().into()),
                ("lang", person.tag().into()),
                ("path", a.out.display().to_string().into()),
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// `booklet --proof`: the texts of one checklist (or of `ui`) as a translation review proof.
fn booklet_proof(
    g: &Global,
    a: &BookletArgs,
    catalog: &Catalog,
    officer: Lang,
    person: Lang,
) -> anyhow::Result<ExitCode> {
    if person == Lang::En {
        return Err(InputError(
            "English is the source text; a review proof needs a translation's --lang (th, my, km, lo or vi)".into(),
        )
        .into());
    }
    let title = if a.checklist == tandem::l10n::UI_FILE {
        "ui".to_owned()
    } else {
        catalog
            .get(&a.checklist)
            .ok_or_else(|| {
                InputError(format!(
                    "there is no checklist `{}`; `tandem checklist list` shows them (or use `ui`)",
                    a.checklist
                ))
            })?
            .title
            .clone()
    };
    let locales = Locales::load(g.locales.as_deref()).context("loading the locales")?;
    let filter = tandem::l10n::ExportFilter {
        only: Vec::new(),
        files: vec![a.checklist.clone()],
    };
    let units = tandem::l10n::export_units(g.locales.as_deref(), Some(catalog), person, &filter)
        .context("loading the locales")?;
    let html =
        tandem::referral::html::booklet_proof_html(&title, &locales, officer, person, &units);
    write_new(&a.out, html.as_bytes())?;
    println!(
        "{}",
        ui(
            g,
            "referral-proof-written",
            &[
                ("checklist", a.checklist.clone().into()),
                ("lang", person.tag().into()),
                ("path", a.out.display().to_string().into()),
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}
