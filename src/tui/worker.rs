//! The vault worker: the one thread, and the one module of `tui/`, that calls the application
//! layer (`crate::app`). It executes the vault Effects in order and answers with Actions, so the
//! slow scrypt unlock never freezes the screen and every commit happens in the order the keys
//! were pressed. Errors go back explained (`Explanation`), never as case data.

use std::collections::HashMap;
use std::path::Path;
use std::sync::mpsc::{Receiver, Sender};

use crate::app::{self, cases, partners, referral};
use crate::domain::{Explain, Role};
use crate::vault::{AuditEvent, InitOptions, RecordId, SecretString, Session, Vault, VaultError};

use super::action::{Action, AuditKind, Effect, ReferralAction, ReferralEffect};
use super::content::Content;
use super::shared::UserRow;

enum VaultState {
    Closed,
    Locked(Vault),
    Open(Box<Session>),
}

fn user_row(u: &crate::vault::UserInfo) -> UserRow {
    UserRow {
        name: u.name.clone(),
        supervisor: u.role == Role::Supervisor,
    }
}

fn failure(e: &impl Explain) -> Action {
    Action::VaultFailed { error: e.explain() }
}

/// The vault being opened on a thread of its own from the first moment of start-up, while the
/// texts load and the terminal is set up: the unlock screen waits for its users.
pub struct Opening(std::thread::JoinHandle<Opened>);

enum Opened {
    Missing,
    Open {
        vault: Vault,
        users: Vec<crate::vault::UserInfo>,
        unit: String,
    },
    Failed(crate::vault::VaultError),
}

/// Starts opening the vault in `dir` (nothing is decrypted: that waits for a passphrase), on a
/// thread that runs beside the texts and the terminal being set up.
pub fn start_opening(dir: &Path) -> Opening {
    let dir = dir.to_path_buf();
    Opening(crate::threads::spawn(move || {
        if !Vault::exists(&dir) {
            return Opened::Missing;
        }
        match Vault::open(&dir).and_then(|v| {
            let users = v.users()?;
            let unit = v.unit_name()?;
            Ok((v, users, unit))
        }) {
            Ok((vault, users, unit)) => Opened::Open { vault, users, unit },
            Err(e) => Opened::Failed(e),
        }
    }))
}

/// The worker's loop: runs until `Effect::Quit` or the channel closes, then locks.
pub fn run(
    dir: &Path,
    opening: Opening,
    kdf_log_n: Option<u8>,
    content: &Content,
    effects: &Receiver<Effect>,
    tx: &Sender<Action>,
) {
    let mut state = VaultState::Closed;
    let mut slots: HashMap<u64, RecordId> = HashMap::new();
    match opening.0.join() {
        Ok(Opened::Open { vault, users, unit }) => {
            let _ = tx.send(Action::VaultOpened {
                users: users.iter().map(user_row).collect(),
                unit,
            });
            state = VaultState::Locked(vault);
        }
        Ok(Opened::Failed(e)) => {
            let _ = tx.send(failure(&e));
        }
        Ok(Opened::Missing) => {
            let _ = tx.send(Action::VaultMissing);
        }
        Err(panic) => std::panic::resume_unwind(panic),
    }
    // The built-in checklists are parsed here, off the interface's thread, once the unlock
    // screen has had a moment to be drawn (or as soon as something is asked of the worker):
    // on two cores, parsing at once would take the processor the first frames need.
    let first = effects.recv_timeout(std::time::Duration::from_millis(20));
    let checklists = content.checklists();
    for effect in first.ok().into_iter().chain(effects) {
        let reply = match effect {
            Effect::CreateVault {
                supervisor,
                unit,
                passphrase,
                recovery,
            } => {
                let opts = InitOptions {
                    supervisor: supervisor.clone(),
                    passphrase: passphrase.clone(),
                    recovery_recipient: recovery,
                    kdf_log_n,
                    retention_months: 12,
                    unit,
                };
                match Vault::create(dir, opts) {
                    Ok(v) => unlock(&mut state, v, &supervisor, &passphrase),
                    Err(e) => Some(Action::UnlockFailed {
                        error: e.explain(),
                        wrong_passphrase: false,
                    }),
                }
            }
            Effect::Unlock { user, passphrase } => {
                match std::mem::replace(&mut state, VaultState::Closed) {
                    VaultState::Locked(v) => unlock(&mut state, v, &user, &passphrase),
                    other => {
                        state = other;
                        None
                    }
                }
            }
            Effect::ListCases => match &mut state {
                VaultState::Open(s) => Some(match cases::queue(s, checklists) {
                    Ok(rows) => Action::Cases(rows),
                    Err(e) => failure(&e),
                }),
                _ => None,
            },
            Effect::OpenCase { id } => match (&mut state, id.parse::<RecordId>()) {
                (VaultState::Open(s), Ok(rid)) => Some(match cases::open(s, &rid) {
                    Ok(doc) => Action::Opened {
                        id,
                        doc: Box::new(doc),
                    },
                    Err(e) => failure(&e),
                }),
                (VaultState::Open(_), Err(e)) => Some(failure(&e)),
                _ => None,
            },
            Effect::Save { slot, id, doc, seq } => match &mut state {
                VaultState::Open(s) => {
                    let known = id
                        .and_then(|i| i.parse::<RecordId>().ok())
                        .or_else(|| slots.get(&slot).cloned());
                    Some(
                        match cases::save(
                            s,
                            checklists,
                            known.as_ref(),
                            &doc,
                            jiff::Timestamp::now(),
                        ) {
                            Ok(rid) => {
                                slots.insert(slot, rid.clone());
                                Action::Saved {
                                    slot,
                                    id: rid.to_string(),
                                    seq,
                                }
                            }
                            Err(e) => failure(&e),
                        },
                    )
                }
                _ => None,
            },
            Effect::Stop {
                slot,
                id,
                reason,
                detail,
                seq,
            } => change(&mut state, &mut slots, slot, id, seq, |s, id| {
                cases::stop(s, checklists, id, reason, &detail, jiff::Timestamp::now())
            }),
            Effect::Decide {
                slot,
                id,
                outcome,
                reason,
                seq,
            } => change(&mut state, &mut slots, slot, id, seq, |s, id| {
                cases::decide(s, checklists, id, outcome, &reason, jiff::Timestamp::now())
            }),
            Effect::HandOff {
                slot,
                id,
                outcome,
                reason,
                seq,
            } => change(&mut state, &mut slots, slot, id, seq, |s, id| {
                cases::hand_off(
                    s,
                    checklists,
                    id,
                    Some((outcome, &reason)),
                    jiff::Timestamp::now(),
                )
            }),
            Effect::Audit(kind) => {
                if let VaultState::Open(s) = &mut state {
                    let event = match kind {
                        AuditKind::QuickLock => AuditEvent::QuickLock,
                        AuditKind::IdleLock => AuditEvent::IdleLock,
                    };
                    if let Err(e) = s.record_event(event) {
                        let _ = tx.send(failure(&e));
                    }
                }
                None
            }
            Effect::Referral(e) => match &mut state {
                VaultState::Open(s) => Some(Action::Referral(run_referral(s, content, e))),
                _ => None,
            },
            Effect::Lock => match std::mem::replace(&mut state, VaultState::Closed) {
                VaultState::Open(s) => match s.lock() {
                    Ok(v) => {
                        state = VaultState::Locked(v);
                        Some(Action::Locked)
                    }
                    Err(e) => Some(failure(&e)),
                },
                other => {
                    state = other;
                    None
                }
            },
            Effect::Quit => {
                if let VaultState::Open(s) = std::mem::replace(&mut state, VaultState::Closed) {
                    let _ = s.lock();
                }
                break;
            }
        };
        if let Some(a) = reply
            && tx.send(a).is_err()
        {
            break;
        }
    }
    if let VaultState::Open(s) = state {
        let _ = s.lock();
    }
}

/// A status change on the record of `slot` (saved before, so it has an id).
fn change(
    state: &mut VaultState,
    slots: &mut HashMap<u64, RecordId>,
    slot: u64,
    id: Option<String>,
    seq: u64,
    op: impl FnOnce(
        &mut Session,
        &RecordId,
    ) -> Result<crate::interview::record::RecordDocument, app::Error>,
) -> Option<Action> {
    let VaultState::Open(s) = state else {
        return None;
    };
    let known = id
        .and_then(|i| i.parse::<RecordId>().ok())
        .or_else(|| slots.get(&slot).cloned());
    let Some(id) = known else {
        // Nothing was ever saved for this interview: there is no record to change.
        return Some(failure(&VaultError::RecordNotFound { id: "-".to_owned() }));
    };
    slots.insert(slot, id.clone());
    Some(match op(s, &id) {
        Ok(doc) => Action::Changed {
            slot,
            id: id.to_string(),
            seq,
            doc: Box::new(doc),
        },
        Err(e) => failure(&e),
    })
}

/// Partners and exports.
fn run_referral(s: &mut Session, content: &Content, e: ReferralEffect) -> ReferralAction {
    let done = match e {
        ReferralEffect::ListPartners => partners::list(s).map(ReferralAction::Partners),
        ReferralEffect::AddPartner {
            name,
            recipient,
            kind,
        } => partners::add(s, &name, &recipient, kind)
            .map(|p| ReferralAction::PartnerChanged("tui-partner-added", p.name)),
        ReferralEffect::RemovePartner { name } => partners::remove(s, &name)
            .map(|()| ReferralAction::PartnerChanged("tui-partner-removed", name)),
        ReferralEffect::CheckConsent {
            doc,
            kind,
            override_reason,
            now,
        } => {
            let check = |o: Option<&str>| {
                referral::consent_for(&doc, content.checklists(), content.locales(), kind, o, now)
            };
            let result = check(override_reason.as_deref());
            // Would a child-protection override let it through? Only then is one offered (a
            // possible child; never for police contact, which no override replaces).
            let override_helps = result.is_err()
                && override_reason.is_none()
                && check(Some("child-protection override")).is_ok();
            Ok(ReferralAction::Consent {
                refusal: result.err().map(|e| e.explain()),
                override_helps,
            })
        }
        ReferralEffect::Export(req) => export(s, content, *req),
    };
    done.unwrap_or_else(|e| ReferralAction::Failed(e.explain()))
}

fn export(
    s: &mut Session,
    content: &Content,
    req: super::action::ExportRequest,
) -> Result<ReferralAction, app::Error> {
    let id: RecordId = req.record.parse()?;
    if !req.dir.is_dir() {
        return Err(app::Error::Write {
            path: req.dir.clone(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        });
    }
    let request = referral::IssueRequest {
        record: &id,
        partner: &req.partner,
        child_protection_override: req.override_reason.as_deref(),
        out: &req.dir,
        expires_days: referral::EXPIRES_DAYS,
        now: req.now,
    };
    let issued = referral::issue(s, content.checklists(), content.locales(), &request)?;
    Ok(ReferralAction::Exported {
        path: issued.path.display().to_string(),
        fingerprint: issued.unit_key_fingerprint,
        export: issued.export,
    })
}

fn unlock(
    state: &mut VaultState,
    v: Vault,
    user: &str,
    passphrase: &SecretString,
) -> Option<Action> {
    match v.unlock(user, passphrase) {
        Ok(s) => {
            let action = Action::Unlocked {
                user: user_row(s.user()),
                unit: s.unit_name().to_owned(),
            };
            *state = VaultState::Open(Box::new(s));
            Some(action)
        }
        Err((v, e)) => {
            *state = VaultState::Locked(v);
            Some(Action::UnlockFailed {
                wrong_passphrase: matches!(e, VaultError::WrongPassphrase { .. }),
                error: e.explain(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::catalog::Catalog;
    use crate::domain::OrganisationKind;
    use crate::interview::record::parse_document;
    use crate::l10n::Locales;
    use crate::referral::packet;
    use crate::tui::action::ExportRequest;

    fn run_effect(s: &mut Session, content: &Content, e: ReferralEffect) -> ReferralAction {
        run_referral(s, content, e)
    }

    fn run(s: &mut Session, content: &Content, req: ExportRequest) -> ReferralAction {
        run_referral(s, content, ReferralEffect::Export(Box::new(req)))
    }

    fn session(dir: &Path) -> Session {
        let pass = SecretString::from("correct horse battery staple".to_owned());
        Vault::create(
            dir,
            InitOptions {
                supervisor: "sup".into(),
                passphrase: pass.clone(),
                recovery_recipient: None,
                kdf_log_n: Some(4),
                retention_months: 12,
                unit: "Unit 7".into(),
            },
        )
        .unwrap()
        .unlock("sup", &pass)
        .unwrap()
    }

    fn request(record: &RecordId, dir: &Path) -> ExportRequest {
        ExportRequest {
            record: record.to_string(),
            partner: "Shelter One".into(),
            override_reason: None,
            dir: dir.to_path_buf(),
            now: jiff::Timestamp::now(),
        }
    }

    #[test]
    fn the_worker_exports_a_verifiable_packet_and_marks_the_record_referred() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tempfile::tempdir().unwrap();
        let mut s = session(&tmp.path().join("vault"));
        let content = Content::new(Catalog::builtin().unwrap(), Locales::builtin());
        // The example recipient from age's README (only vault/ and referral/ use the crate).
        let recipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";
        let added = run_effect(
            &mut s,
            &content,
            ReferralEffect::AddPartner {
                name: "Shelter One".into(),
                recipient: recipient.to_owned(),
                kind: OrganisationKind::Shelter,
            },
        );
        assert!(
            matches!(added, ReferralAction::PartnerChanged(..)),
            "{added:?}"
        );
        let doc = parse_document(
            r#"{"checklist":"screening","subject":{"name":"Mya"},
                "consent":{"interview":true,"share_with":["shelter"],"guardian_consent":true}}"#,
        )
        .unwrap();
        let id = s.create_record(&doc).unwrap();

        // Not a directory: refused before anything is audited or written.
        let missing = out.path().join("missing");
        match run(&mut s, &content, request(&id, &missing)) {
            ReferralAction::Failed(e) => assert_eq!(e.id, "write"),
            other => panic!("expected a failure, got {other:?}"),
        }

        let ReferralAction::Exported {
            path, fingerprint, ..
        } = run(&mut s, &content, request(&id, out.path()))
        else {
            panic!("export failed")
        };
        assert!(path.ends_with(".tandem") && Path::new(&path).starts_with(out.path()));
        let bytes = std::fs::read(&path).unwrap();
        let pk = s.unit_public_key().unwrap();
        crate::referral::verify(&bytes, &pk).unwrap();
        assert_eq!(fingerprint, packet::phone_fingerprint(&pk));
        assert_eq!(
            s.read_record(&id).unwrap().status,
            crate::domain::RecordStatus::Referred
        );
    }
}
