//! The partners screen and the referral export dialog: `update()` flows without a terminal, and
//! insta snapshots at 80x24 and 60x20.

use super::support::{run as run_update, *};
use tandem::domain::OrganisationKind as PartnerKind;
use tandem::domain::RecordStatus as Status;
use tandem::tui::action::{Action, Effect};
use tandem::tui::export::{ExportDialog, ExportStage};
use tandem::tui::keymap::KeyCode;
use tandem::tui::model::{Model, Notice, Overlay, Screen, UserRow};
use tandem::tui::partners::{
    AddField, PartnerRow, PartnersMode, PartnersScreen, ReferralAction, ReferralEffect,
};

/// `update()`, with the vault worker's consent check answered at once as the worker answers it
/// (`app::referral::consent_for` on the record the dialog sent).
fn run(m: &mut Model, actions: impl IntoIterator<Item = Action>) -> Vec<Effect> {
    let mut out = Vec::new();
    for a in actions {
        for e in run_update(m, [a]) {
            match e {
                Effect::Referral(ReferralEffect::CheckConsent {
                    doc,
                    kind,
                    override_reason,
                    now,
                }) => {
                    let check = |o: Option<&str>| {
                        tandem::app::referral::consent_for(
                            &doc,
                            m.content.checklists(),
                            m.content.locales(),
                            kind,
                            o,
                            now,
                        )
                    };
                    let result = check(override_reason.as_deref());
                    let override_helps = result.is_err()
                        && override_reason.is_none()
                        && check(Some("child-protection override")).is_ok();
                    let reply = ReferralAction::Consent {
                        refusal: result.err().map(|e| tandem::domain::Explain::explain(&e)),
                        override_helps,
                    };
                    out.extend(run_update(m, [Action::Referral(reply)]));
                }
                e => out.push(e),
            }
        }
    }
    out
}

fn typed(m: &mut Model, s: &str) -> Vec<Effect> {
    run(m, s.chars().map(key).collect::<Vec<_>>())
}

fn unlocked_as(supervisor: bool) -> Model {
    let user = UserRow {
        name: "Somchai".into(),
        supervisor,
    };
    let mut m = fresh(content());
    run(
        &mut m,
        [
            Action::VaultOpened {
                users: vec![user.clone()],
                unit: "IDC Bangkok".into(),
            },
            Action::Unlocked {
                user,
                unit: "IDC Bangkok".into(),
            },
            Action::Cases(vec![]),
        ],
    );
    m
}

fn row(name: &str, kind: PartnerKind, fp: &str) -> PartnerRow {
    PartnerRow {
        name: name.into(),
        kind,
        fingerprint: fp.into(),
        recipient: format!("{fp}-recipient"),
    }
}

fn rows() -> Vec<PartnerRow> {
    vec![
        row("Baan Kredtrakarn", PartnerKind::Shelter, "age1qz8r…k3l0x9"),
        row("Mae Tao Clinic", PartnerKind::Medical, "age1w7fj…a2m5pd"),
        row("Provincial Police", PartnerKind::Police, "age1c4nd…9xq7ve"),
    ]
}

fn partners(m: &Model) -> &PartnersScreen {
    match &m.screen {
        Screen::Partners(p) => p,
        other => panic!("not on the partners screen: {other:?}"),
    }
}

fn dialog(m: &Model) -> &ExportDialog {
    match &m.overlay {
        Some(Overlay::Export(d)) => d,
        _ => panic!("no export dialog"),
    }
}

fn on_partners(m: &mut Model) {
    let effects = run(m, [key('p')]);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Referral(ReferralEffect::ListPartners)]
    ));
    run(m, [Action::Referral(ReferralAction::Partners(rows()))]);
}

fn recipient() -> String {
    age::x25519::Identity::generate().to_public().to_string()
}

/// A saved interview on the review screen: consent to the interview and to shelters, and the
/// person an adult (`child` false) or possibly a child.
fn reviewing(child: bool) -> Model {
    let mut m = unlocked_as(true);
    run(&mut m, [key('n'), key('6')]);
    run(&mut m, [key('y'), key('1'), code(KeyCode::Enter)]);
    typed(&mut m, "Mya");
    run(
        &mut m,
        [code(KeyCode::Enter), key(if child { 'y' } else { 'n' })],
    );
    let slot = m.interview().unwrap().slot;
    run(
        &mut m,
        [Action::Saved {
            slot,
            id: "7".into(),
            seq: 99,
        }],
    );
    run(&mut m, [ctrl('r')]);
    assert!(matches!(m.screen, Screen::Review(..)));
    m
}

fn exporting(child: bool) -> Model {
    let mut m = reviewing(child);
    let effects = run(&mut m, [ctrl('e')]);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Referral(ReferralEffect::ListPartners)]
    ));
    run(&mut m, [Action::Referral(ReferralAction::Partners(rows()))]);
    m
}

#[test]
fn officers_are_told_partners_and_exports_are_for_supervisors() {
    let mut m = unlocked_as(false);
    assert!(run(&mut m, [key('p')]).is_empty());
    assert!(matches!(m.screen, Screen::Queue(_)));
    assert_eq!(
        m.notice,
        Some(Notice::Error("tui-supervisors-only", vec![]))
    );

    let mut m = reviewing(false);
    m.user.as_mut().unwrap().supervisor = false;
    assert!(run(&mut m, [ctrl('e')]).is_empty());
    assert!(m.overlay.is_none());
    assert_eq!(
        m.notice,
        Some(Notice::Error("tui-supervisors-only", vec![]))
    );
}

#[test]
fn adding_a_partner_validates_name_and_recipient_then_saves() {
    let mut m = unlocked_as(true);
    on_partners(&mut m);
    assert_eq!(partners(&m).rows.len(), 3);
    assert!(!partners(&m).loading);

    run(&mut m, [key('a')]);
    // Empty name.
    run(&mut m, [code(KeyCode::Tab), code(KeyCode::Tab)]);
    assert!(run(&mut m, [code(KeyCode::Enter)]).is_empty());
    let PartnersMode::Add(form) = &partners(&m).mode else {
        panic!("add form closed")
    };
    assert_eq!(form.focus, AddField::Name);
    assert!(form.error.is_some());

    // A name already taken.
    typed(&mut m, "Mae Tao Clinic");
    run(&mut m, [code(KeyCode::Tab), code(KeyCode::Tab)]);
    assert!(run(&mut m, [code(KeyCode::Enter)]).is_empty());
    let PartnersMode::Add(form) = &partners(&m).mode else {
        panic!("add form closed")
    };
    assert!(form.error.as_deref().unwrap().contains("Mae Tao Clinic"));
    for _ in 0.."Clinic".len() {
        run(&mut m, [code(KeyCode::Backspace)]);
    }
    typed(&mut m, "Legal");

    // Not an age recipient: the vault refuses it (the worker's answer is the vault's error);
    // the form keeps what was typed, with the message, focus on the recipient.
    run(&mut m, [code(KeyCode::Tab)]);
    typed(&mut m, "age1notakey");
    run(&mut m, [code(KeyCode::Tab), code(KeyCode::Down)]);
    let effects = run(&mut m, [code(KeyCode::Enter)]);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Referral(ReferralEffect::AddPartner { .. })]
    ));
    let refused = tandem::vault::VaultError::BadKey {
        role: tandem::vault::KeyRole::PartnerRecipient,
    };
    run(
        &mut m,
        [Action::Referral(ReferralAction::Failed(
            tandem::domain::Explain::explain(&refused),
        ))],
    );
    let PartnersMode::Add(form) = &partners(&m).mode else {
        panic!("add form closed")
    };
    assert_eq!(form.focus, AddField::Recipient);
    assert_eq!(form.recipient.value(), "age1notakey");
    assert!(form.error.as_deref().unwrap().contains("age1"));

    for _ in 0.."age1notakey".len() {
        run(&mut m, [code(KeyCode::Backspace)]);
    }
    let good = recipient();
    run(&mut m, [Action::Paste(good.clone())]);
    // Enter moves to the next field; on the kind it saves. `3` picks the third kind.
    run(&mut m, [code(KeyCode::Enter), key('3')]);
    let effects = run(&mut m, [code(KeyCode::Enter)]);
    match effects.as_slice() {
        [
            Effect::Referral(ReferralEffect::AddPartner {
                name,
                recipient,
                kind,
            }),
        ] => {
            assert_eq!(name, "Mae Tao Legal");
            assert_eq!(recipient, &good);
            assert_eq!(*kind, PartnerKind::ALL[2]);
        }
        other => panic!("expected AddPartner, got {other:?}"),
    }
    // The form waits for the vault's answer.
    assert!(matches!(partners(&m).mode, PartnersMode::Add(_)));

    let effects = run(
        &mut m,
        [Action::Referral(ReferralAction::PartnerChanged(
            "tui-partner-added",
            "Mae Tao Legal".into(),
        ))],
    );
    assert!(matches!(
        effects.as_slice(),
        [Effect::Referral(ReferralEffect::ListPartners)]
    ));
    assert!(matches!(
        m.notice,
        Some(Notice::Info("tui-partner-added", _))
    ));
}

#[test]
fn adding_can_be_cancelled_and_typing_does_not_trigger_commands() {
    let mut m = unlocked_as(true);
    on_partners(&mut m);
    run(&mut m, [key('a')]);
    // `d` and `a` are typed into the name, not taken as remove and add.
    assert!(typed(&mut m, "dad").is_empty());
    let PartnersMode::Add(form) = &partners(&m).mode else {
        panic!("add form closed")
    };
    assert_eq!(form.name.value(), "dad");
    run(&mut m, [code(KeyCode::Esc)]);
    assert!(matches!(partners(&m).mode, PartnersMode::List));
}

#[test]
fn removing_asks_first_and_names_the_selected_partner() {
    let mut m = unlocked_as(true);
    on_partners(&mut m);
    run(&mut m, [key('j')]);
    run(&mut m, [key('d')]);
    assert!(matches!(partners(&m).mode, PartnersMode::ConfirmRemove));
    assert!(run(&mut m, [key('n')]).is_empty());
    assert!(matches!(partners(&m).mode, PartnersMode::List));

    run(&mut m, [code(KeyCode::Delete)]);
    let effects = run(&mut m, [key('y')]);
    match effects.as_slice() {
        [Effect::Referral(ReferralEffect::RemovePartner { name })] => {
            assert_eq!(name, "Mae Tao Clinic")
        }
        other => panic!("expected RemovePartner, got {other:?}"),
    }
}

#[test]
fn esc_leaves_the_partners_screen_for_the_queue() {
    let mut m = unlocked_as(true);
    on_partners(&mut m);
    let effects = run(&mut m, [code(KeyCode::Esc)]);
    assert!(matches!(effects.as_slice(), [Effect::ListCases]));
    assert!(matches!(m.screen, Screen::Queue(_)));
}

#[test]
fn a_vault_failure_on_the_partners_screen_is_shown() {
    let mut m = unlocked_as(true);
    on_partners(&mut m);
    run(
        &mut m,
        [Action::Referral(ReferralAction::Failed(
            tandem::domain::Explanation::new("supervisor-only"),
        ))],
    );
    assert!(matches!(m.notice, Some(Notice::Failure(_))));
}

#[test]
fn export_checks_consent_first_and_names_what_is_missing() {
    let mut m = exporting(false);
    // Medical: the person agreed to shelters only.
    run(&mut m, [key('2')]);
    let d = dialog(&m);
    assert!(matches!(d.stage, ExportStage::Pick));
    assert!(d.error.as_deref().unwrap().contains("medical"));
    // Police: needs the explicit opt-in, and no override is offered to an adult or anyone.
    run(&mut m, [key('3')]);
    let d = dialog(&m);
    assert!(matches!(d.stage, ExportStage::Pick));
    assert!(d.error.as_deref().unwrap().contains("police"));
    // Shelter: allowed; the directory defaults to the current one.
    run(&mut m, [code(KeyCode::Up), code(KeyCode::Up)]);
    assert!(run(&mut m, [code(KeyCode::Enter)]).is_empty());
    let d = dialog(&m);
    assert!(d.error.is_none());
    let ExportStage::Destination {
        dir,
        override_reason,
    } = &d.stage
    else {
        panic!("not asking for the directory")
    };
    assert_eq!(dir.value(), ".");
    assert!(override_reason.is_none());

    let effects = run(&mut m, [code(KeyCode::Enter)]);
    match effects.as_slice() {
        [Effect::Referral(ReferralEffect::Export(req))] => {
            assert_eq!(req.record, "7");
            assert_eq!(req.partner, "Baan Kredtrakarn");
            assert_eq!(req.dir, std::path::Path::new("."));
            assert!(req.override_reason.is_none());
            assert_eq!(req.now, t0());
        }
        other => panic!("expected Export, got {other:?}"),
    }
    assert!(matches!(dialog(&m).stage, ExportStage::Running));
    // Keys wait while the worker exports.
    assert!(run(&mut m, [code(KeyCode::Esc)]).is_empty());
    assert!(matches!(dialog(&m).stage, ExportStage::Running));

    let effects = run(
        &mut m,
        [Action::Referral(ReferralAction::Exported {
            path: "./0123abcd.tandem".into(),
            fingerprint: "RWQ1 2345 6789".into(),
            export: sent("0123abcd"),
        })],
    );
    assert!(matches!(effects.as_slice(), [Effect::ListCases]));
    assert!(matches!(dialog(&m).stage, ExportStage::Done { .. }));
    assert_eq!(m.interview().unwrap().doc().status, Status::Referred);
    assert_eq!(
        m.interview().unwrap().doc().exports,
        [sent("0123abcd")],
        "the open interview keeps what the vault recorded"
    );
    run(&mut m, [code(KeyCode::Enter)]);
    assert!(m.overlay.is_none());
}

#[test]
fn a_possible_child_gets_the_override_which_needs_a_reason() {
    let mut m = exporting(true);
    run(&mut m, [key('1')]);
    let d = dialog(&m);
    assert!(d.error.as_deref().unwrap().contains("guardian"));
    assert!(matches!(d.stage, ExportStage::Override { .. }));

    // `?` and `q` are typed into the reason, not taken as commands.
    assert!(run(&mut m, [code(KeyCode::Enter)]).is_empty());
    assert!(dialog(&m).error.as_deref().unwrap().contains("reason"));
    typed(&mut m, "Trafficker waiting outside? q");
    run(&mut m, [code(KeyCode::Enter)]);
    let d = dialog(&m);
    assert!(d.error.is_none());
    assert!(matches!(
        &d.stage,
        ExportStage::Destination { override_reason: Some(r), .. } if r == "Trafficker waiting outside? q"
    ));

    // A directory typed by the supervisor.
    run(&mut m, [code(KeyCode::Backspace)]);
    typed(&mut m, "/media/usb");
    let effects = run(&mut m, [code(KeyCode::Enter)]);
    let [Effect::Referral(ReferralEffect::Export(req))] = effects.as_slice() else {
        panic!("expected Export, got {effects:?}")
    };
    assert_eq!(req.dir, std::path::Path::new("/media/usb"));
    assert_eq!(
        req.override_reason.as_deref(),
        Some("Trafficker waiting outside? q")
    );
    // Nothing personal in what crosses threads, as Debug shows it.
    let shown = format!("{effects:?}");
    assert!(
        !shown.contains("Trafficker") && !shown.contains("Baan"),
        "{shown}"
    );
}

#[test]
fn a_failed_export_goes_back_to_the_directory_with_the_message() {
    let mut m = exporting(false);
    run(&mut m, [key('1'), code(KeyCode::Enter)]);
    run(
        &mut m,
        [Action::Referral(ReferralAction::Failed(
            tandem::domain::Explanation::new("exists").arg("path", "./x.tandem"),
        ))],
    );
    let d = dialog(&m);
    assert!(matches!(d.stage, ExportStage::Destination { .. }));
    assert!(
        d.error
            .as_deref()
            .unwrap()
            .contains("./x.tandem already exists")
    );
    assert_ne!(m.interview().unwrap().doc().status, Status::Referred);
}

#[test]
fn an_unsaved_interview_cannot_be_exported() {
    let mut m = unlocked_as(true);
    run(&mut m, [key('n'), key('6'), key('y')]);
    run(&mut m, [ctrl('r')]);
    assert!(run(&mut m, [ctrl('e')]).is_empty());
    assert!(m.overlay.is_none());
    assert_eq!(m.notice, Some(Notice::Error("tui-export-unsaved", vec![])));
}

#[test]
fn partners_screens() {
    snap!("partners_list", || {
        let mut m = unlocked_as(true);
        on_partners(&mut m);
        run(&mut m, [key('j')]);
        m
    });
    snap!("partners_empty", || {
        let mut m = unlocked_as(true);
        run(&mut m, [key('p')]);
        run(&mut m, [Action::Referral(ReferralAction::Partners(vec![]))]);
        m
    });
    snap!("partners_add_bad_recipient", || {
        let mut m = unlocked_as(true);
        on_partners(&mut m);
        run(&mut m, [key('a')]);
        typed(&mut m, "Legal Aid Chiang Mai");
        run(&mut m, [code(KeyCode::Tab)]);
        typed(&mut m, "age1notakey");
        run(&mut m, [code(KeyCode::Tab), key('3'), code(KeyCode::Enter)]);
        // The vault's answer, as the worker sends it.
        let refused = tandem::vault::VaultError::BadKey {
            role: tandem::vault::KeyRole::PartnerRecipient,
        };
        run(
            &mut m,
            [Action::Referral(ReferralAction::Failed(
                tandem::domain::Explain::explain(&refused),
            ))],
        );
        m
    });
    snap!("partners_confirm_remove", || {
        let mut m = unlocked_as(true);
        on_partners(&mut m);
        run(&mut m, [key('d')]);
        m
    });
    snap!("partners_officer", || {
        let mut m = unlocked_as(false);
        run(&mut m, [key('p')]);
        m
    });
}

#[test]
fn export_dialogs() {
    snap!("export_refused_pick", || {
        let mut m = exporting(false);
        run(&mut m, [key('2')]);
        m
    });
    snap!("export_child_override", || {
        let mut m = exporting(true);
        run(&mut m, [key('1')]);
        typed(&mut m, "Guardian unreachable");
        m
    });
    snap!("export_destination", || {
        let mut m = exporting(false);
        run(&mut m, [key('1')]);
        m
    });
    snap!("export_done", || {
        let mut m = exporting(false);
        run(&mut m, [key('1'), code(KeyCode::Enter)]);
        run(
            &mut m,
            [Action::Referral(ReferralAction::Exported {
                path: "./3f9c2a7b1e4d5c6f8a9b0c1d2e3f4a5b.tandem".into(),
                fingerprint: "RWQ7 K2M9 X4PL".into(),
                export: sent("3f9c2a7b1e4d5c6f8a9b0c1d2e3f4a5b"),
            })],
        );
        m
    });
}

fn sent(packet_id: &str) -> tandem::interview::record::Export {
    tandem::interview::record::Export {
        packet_id: packet_id.into(),
        partner: "Bangkok Shelter".into(),
        kind: Some(tandem::domain::OrganisationKind::Shelter),
        at: "2026-11-28T10:00:00Z".parse().unwrap(),
        child_protection_override: None,
    }
}
