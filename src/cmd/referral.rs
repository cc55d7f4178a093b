//! Handlers: `partner`, `unit-key`, `referral` (export, verify, open) and `booklet`.
//!
//! Export needs an unlocked supervisor session (the unit signing key); verify needs only the
//! pinned unit key; open also needs the partner's key file, and checks replay when a vault is
//! at hand. Never prints case data; the only plaintext it writes is what `referral open --out`
//! and `booklet --out` were asked to write.

use std::path::Path;
use std::process::ExitCode;

use serde_json::json;

use tandem::app::{self, FileRole, partners, referral as referrals};
use tandem::checklist::catalog::Catalog;
use tandem::l10n::{Lang, Locales, Localized, QuestionText, Review};
use tandem::referral::document::Bilingual;
use tandem::referral::html::{BookletQuestion, booklet_html};
use tandem::referral::packet::{self, PartnerIdentity};
use tandem::referral::{self, Labels};
use tandem::text;
use tandem::vault::{RecordId, Vault};

use super::vault::{unlock_session, unlock_session_to_write, vault_dir};
use super::{Result, officer_lang, say};
use crate::cli::{BookletArgs, Global, PartnerCommand, ReferralCommand, UnitKeyCommand};

pub fn partner(g: &Global, c: PartnerCommand) -> Result<ExitCode> {
    let mut session = unlock_session(g)?;
    match c {
        PartnerCommand::Add {
            name,
            recipient,
            kind,
        } => {
            packet::parse_recipient(&recipient)?;
            let added = partners::add(&mut session, &name, &recipient, kind)?;
            println!(
                "{}",
                say(
                    g,
                    "referral-partner-added",
                    &[
                        ("name", added.name.into()),
                        ("kind", kind.id().into()),
                        ("fingerprint", added.fingerprint.into()),
                    ]
                )
            );
        }
        PartnerCommand::List { json } => {
            let rows = partners::list(&mut session)?;
            if json {
                let list: Vec<_> = rows
                    .iter()
                    .map(|p| {
                        json!({
                            "name": p.name,
                            "kind": p.kind,
                            "recipient": p.recipient,
                            "fingerprint": p.fingerprint,
                        })
                    })
                    .collect();
                println!("{}", serde_json::to_string_pretty(&list)?);
            } else {
                for p in &rows {
                    println!("{}\t{}\t{}", text::printable(&p.name), p.kind, p.recipient);
                }
            }
        }
        PartnerCommand::Remove { name } => {
            partners::remove(&mut session, &name)?;
            println!(
                "{}",
                say(g, "referral-partner-removed", &[("name", name.into())])
            );
        }
    }
    session.lock()?;
    Ok(ExitCode::SUCCESS)
}

pub fn unit_key(g: &Global, c: UnitKeyCommand) -> Result<ExitCode> {
    // Unlocked, so the key printed for partners to pin is the one the vault's seal vouches for.
    let mut session = unlock_session(g)?;
    match c {
        UnitKeyCommand::Export { fingerprint } => {
            let pk = session.unit_public_key()?;
            if fingerprint {
                println!("{}", packet::phone_fingerprint(&pk));
            } else {
                print!("{}", packet::unit_key_file(&pk));
            }
        }
        UnitKeyCommand::Rotate => {
            session.rotate_unit_key()?;
            let pk = session.unit_public_key()?;
            println!("{}", unit_key_rotated(g, &pk));
        }
    }
    session.lock()?;
    Ok(ExitCode::SUCCESS)
}

/// What to tell a supervisor when the unit key was replaced.
pub fn unit_key_rotated(g: &Global, pk: &minisign::PublicKey) -> String {
    say(
        g,
        "cli-unit-key-rotated",
        &[
            ("key", packet::key_id(pk.keynum()).into()),
            ("fingerprint", packet::phone_fingerprint(pk).into()),
        ],
    )
}

pub fn referral(g: &Global, c: ReferralCommand) -> Result<ExitCode> {
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
) -> Result<ExitCode> {
    let id: RecordId = record.parse()?;
    // The vault unlocks (scrypt, the seal's checks) on a thread of its own while this one
    // parses the checklists and the English texts every referral needs (its own, or those its
    // translations are checked against).
    let (session, catalog) = std::thread::scope(|s| {
        let session = tandem::threads::spawn_scoped(s, || unlock_session_to_write(g));
        let catalog = Catalog::load(g.checklists.as_deref());
        if let Ok(locales) = super::locales(g) {
            locales.parse_languages(&[Lang::En], 1);
        }
        let session = session
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (session, catalog)
    });
    let mut session = session?;
    let catalog = catalog?;
    let locales = super::locales(g)?;
    let request = referrals::IssueRequest {
        record: &id,
        partner: to,
        child_protection_override,
        out,
        expires_days,
        now: jiff::Timestamp::now(),
    };
    let issued = referrals::issue(&mut session, catalog.checklists(), locales, &request)?;
    session.lock()?;
    println!(
        "{}",
        say(
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

fn read_input(path: &Path, what: FileRole) -> Result<Vec<u8>> {
    Ok(app::read_bounded(what, path)?)
}

fn read_unit_key(path: &Path) -> Result<minisign::PublicKey> {
    let text = String::from_utf8(read_input(path, FileRole::UnitKey)?).unwrap_or_default();
    Ok(packet::parse_unit_key(&text)?)
}

/// Exit code of `referral verify` for a genuine packet past its expiry.
const EXIT_EXPIRED: u8 = 3;

/// One outcome: verified (0), genuine but expired (3, nothing on stdout), or refused.
fn verify(g: &Global, file: &Path, unit_key: &Path) -> Result<ExitCode> {
    let pk = read_unit_key(unit_key)?;
    let bytes = read_input(file, FileRole::Packet)?;
    let v = referral::verify(&bytes, &pk)?;
    let m = &v.manifest;
    let args = [
        ("packet", m.packet_id.clone().into()),
        ("unit", m.unit.clone().into()),
        ("partner", m.recipient_name.clone().into()),
        ("expires", m.expires.clone().into()),
    ];
    if v.is_expired(jiff::Timestamp::now()) {
        eprintln!("tandem: {}", say(g, "referral-verified-expired", &args));
        return Ok(ExitCode::from(EXIT_EXPIRED));
    }
    println!("{}", say(g, "referral-verified", &args));
    println!(
        "{}",
        say(
            g,
            "referral-recipient-fingerprint",
            &[("fingerprint", m.recipient_fingerprint.clone().into())]
        )
    );
    Ok(ExitCode::SUCCESS)
}

fn open(g: &Global, file: &Path, identity: &Path, unit_key: &Path, out: &Path) -> Result<ExitCode> {
    let pk = read_unit_key(unit_key)?;
    let key_text = zeroize::Zeroizing::new(
        String::from_utf8(read_input(identity, FileRole::PartnerKey)?).unwrap_or_default(),
    );
    let identity = PartnerIdentity::from_key_file(&key_text)?;
    let bytes = read_input(file, FileRole::Packet)?;
    // Replay is checked in a vault, when one is at hand.
    let dir = vault_dir(g);
    let mut session = if Vault::exists(&dir) {
        Some(unlock_session(g)?)
    } else {
        None
    };
    let opened = referrals::open_packet(
        session.as_mut(),
        &bytes,
        &pk,
        &identity,
        out,
        jiff::Timestamp::now(),
    )?;
    if let Some(s) = session {
        s.lock()?;
    }
    if !opened.replay_checked {
        eprintln!(
            "tandem: {}",
            say(
                g,
                "referral-no-replay-check",
                &[("dir", dir.display().to_string().into())]
            )
        );
    }
    println!(
        "{}",
        say(
            g,
            "referral-opened",
            &[
                ("packet", opened.packet_id.into()),
                ("path", opened.dir.display().to_string().into()),
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

pub fn booklet(g: &Global, a: BookletArgs) -> Result<ExitCode> {
    // `--lang` is the interviewee's language; the officer's is `--officer-lang` (TANDEM_LANG).
    let officer = officer_lang(g);
    let person = a.lang;
    let catalog = Catalog::load(g.checklists.as_deref())?;
    if a.proof {
        return booklet_proof(g, &a, &catalog, officer, person);
    }
    let locales = super::locales(g)?;
    let checklist = catalog
        .get(&a.checklist)
        .ok_or_else(|| app::Error::NoSuchChecklist {
            id: a.checklist.clone(),
            known: catalog.checklists().iter().map(|c| c.id.clone()).collect(),
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
    referrals::write_new(&a.out, html.as_bytes())?;
    println!(
        "{}",
        say(
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
) -> Result<ExitCode> {
    if person == Lang::En {
        return Err(app::Error::EnglishIsTheSource.into());
    }
    let title = if a.checklist == tandem::l10n::UI_FILE {
        "ui".to_owned()
    } else {
        catalog
            .get(&a.checklist)
            .ok_or_else(|| app::Error::NoSuchChecklist {
                id: a.checklist.clone(),
                known: catalog
                    .checklists()
                    .iter()
                    .map(|c| c.id.clone())
                    .chain(["ui".to_owned()])
                    .collect(),
            })?
            .title
            .clone()
    };
    let locales = super::locales(g)?;
    let filter = tandem::l10n::ExportFilter {
        only: Vec::new(),
        files: vec![a.checklist.clone()],
    };
    let units = tandem::l10n::export_units(g.locales.as_deref(), Some(catalog), person, &filter)?;
    let html = tandem::referral::html::booklet_proof_html(&title, locales, officer, person, &units);
    referrals::write_new(&a.out, html.as_bytes())?;
    println!(
        "{}",
        say(
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
