//! Referral packets, end to end without a vault: what goes in for each partner kind, and every
//! way a receiver refuses a packet, each with its own message, before anything is decrypted.

use std::io::Read;

use super::fixture::{self, keys, labels, partner, typical_referral};
use tandem::domain::OrganisationKind as PartnerKind;
use tandem::referral::packet::{self, Manifest, PartnerIdentity};
use tandem::referral::{self, ReferralError, SealedPacket};

fn now() -> jiff::Timestamp {
    jiff::Timestamp::now()
}

fn export(keys: &fixture::Keys, kind: PartnerKind, days: u32) -> SealedPacket {
    let header = referral::new_header("IDC Bangkok screening unit", now(), days);
    referral::export(
        &typical_referral(),
        &partner(keys, kind),
        &header,
        &labels(),
        &keys.unit.sk,
    )
    .unwrap()
}

/// The members of a packet's outer tar, in order.
fn members(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut a = tar::Archive::new(bytes);
    a.entries()
        .unwrap()
        .map(|e| {
            let mut e = e.unwrap();
            let name = e.path().unwrap().to_string_lossy().into_owned();
            let mut data = Vec::new();
            e.read_to_end(&mut data).unwrap();
            (name, data)
        })
        .collect()
}

fn repack(members: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for (name, data) in members {
        let mut h = tar::Header::new_ustar();
        h.set_size(data.len() as u64);
        h.set_mode(0o600);
        b.append_data(&mut h, name, &data[..]).unwrap();
    }
    b.into_inner().unwrap()
}

fn edit(bytes: &[u8], name: &str, f: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    let mut m = members(bytes);
    let slot = m.iter_mut().find(|(n, _)| n == name).unwrap();
    f(&mut slot.1);
    repack(&m)
}

fn identity(keys: &fixture::Keys) -> PartnerIdentity {
    PartnerIdentity::from_identity(keys.partner.clone())
}

#[test]
fn a_packet_opens_with_the_partner_key_and_holds_json_and_html() {
    let k = keys();
    let sealed = export(&k, PartnerKind::Shelter, 30);
    let names: Vec<String> = members(&sealed.bytes).into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        ["manifest.toml", "manifest.toml.minisig", "payload.age"]
    );

    let opened = referral::open(&sealed.bytes, &k.unit.pk, &identity(&k), now()).unwrap();
    assert_eq!(opened.document.packet_id, sealed.manifest.packet_id);
    assert_eq!(opened.document.recipient.kind, "shelter");
    let html = String::from_utf8(opened.referral_html).unwrap();
    assert!(html.contains("not identification"), "the notice is printed");
    assert!(html.contains("@page"), "printable on A4");
    let json: serde_json::Value = serde_json::from_slice(&opened.referral_json).unwrap();
    assert_eq!(json["schema"], tandem::referral::REFERRAL_SCHEMA);
}

#[test]
fn the_manifest_holds_no_personal_data() {
    let k = keys();
    let sealed = export(&k, PartnerKind::Shelter, 30);
    let m = members(&sealed.bytes);
    let manifest = String::from_utf8(m[0].1.clone()).unwrap();
    let signature = String::from_utf8(m[1].1.clone()).unwrap();
    for secret in [
        "Aye",
        "အေး",
        "IDC-2026",
        "employer",
        "Shan",
        "adult-labour",
        "sexual",
    ] {
        assert!(
            !manifest.contains(secret),
            "manifest leaks `{secret}`:\n{manifest}"
        );
        assert!(!signature.contains(secret), "signature leaks `{secret}`");
    }
    let parsed: Manifest = toml::from_str(&manifest).unwrap();
    assert_eq!(parsed.recipient_kind, "shelter");
    assert_eq!(
        parsed.recipient_fingerprint,
        packet::recipient_fingerprint(&k.partner.to_public().to_string())
    );
}

#[test]
fn each_partner_kind_gets_only_its_sections() {
    let k = keys();
    // kind, sections expected, urgent triggers expected
    let table: [(PartnerKind, &[&str], &[&str]); 6] = [
        (
            PartnerKind::Shelter,
            &[
                "consent",
                "identity",
                "urgent-needs",
                "screening",
                "decision",
                "custody",
                "wishes",
                "services",
            ],
            &["sexual-violence", "removal-scheduled"],
        ),
        (
            PartnerKind::Medical,
            &[
                "consent",
                "identity",
                "urgent-needs",
                "custody",
                "wishes",
                "services",
            ],
            &["sexual-violence"],
        ),
        (
            PartnerKind::LegalAid,
            &[
                "consent",
                "identity",
                "urgent-needs",
                "screening",
                "decision",
                "custody",
                "wishes",
                "services",
            ],
            &["removal-scheduled"],
        ),
        (
            PartnerKind::SocialWelfare,
            &[
                "consent",
                "identity",
                "urgent-needs",
                "screening",
                "decision",
                "custody",
                "wishes",
                "services",
            ],
            &["sexual-violence", "removal-scheduled"],
        ),
        (
            PartnerKind::Ngo,
            &[
                "consent",
                "identity",
                "urgent-needs",
                "screening",
                "decision",
                "custody",
                "wishes",
                "services",
            ],
            &["sexual-violence", "removal-scheduled"],
        ),
        (
            PartnerKind::Police,
            &[
                "consent",
                "identity",
                "urgent-needs",
                "screening",
                "custody",
                "services",
            ],
            &["removal-scheduled"],
        ),
    ];
    for (kind, sections, triggers) in table {
        let sealed = export(&k, kind, 30);
        let opened = referral::open(&sealed.bytes, &k.unit.pk, &identity(&k), now()).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&opened.referral_json).unwrap();
        let got: Vec<&str> = json["sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        assert_eq!(got, sections, "{kind}");
        for s in [
            "consent",
            "identity",
            "urgent_needs",
            "screening",
            "decision",
        ] {
            let expected = sections.contains(&s.replace('_', "-").as_str());
            assert_eq!(json.get(s).is_some(), expected, "{kind}: section {s}");
        }
        let got: Vec<&str> = json["urgent_needs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["trigger"].as_str().unwrap())
            .collect();
        assert_eq!(got, triggers, "{kind}");
        let html = String::from_utf8(opened.referral_html).unwrap();
        if kind == PartnerKind::Medical {
            assert!(
                !html.contains("nature-of-job")
                    && !html.contains("different from what you were promised"),
                "no indicator details for medical"
            );
            assert!(html.contains("HIV post-exposure prophylaxis"));
            assert!(html.contains("Scheduled removal"), "fitness to travel");
            assert!(!html.contains("Boat captain"), "no confiscation details");
        }
    }
}

/// How each tampering is refused. Every case also carries a later fault (a wrong identity, or an
/// expired date) that decryption would hit: the error named shows the earlier check ran first
/// and nothing was decrypted.
#[test]
fn tampering_and_wrong_keys_are_refused_each_with_its_own_message() {
    let k = keys();
    let other = keys();
    let sealed = export(&k, PartnerKind::Shelter, 30);
    let expired = export(&k, PartnerKind::Shelter, 0);
    let later = now() + jiff::SignedDuration::from_secs(5);

    let tampered_manifest = edit(&sealed.bytes, "manifest.toml", |m| {
        let text = String::from_utf8(m.clone())
            .unwrap()
            .replace("expires = \"", "expires = \"3");
        *m = text.into_bytes();
    });
    let tampered_payload = edit(&sealed.bytes, "payload.age", |p| {
        let n = p.len() - 20;
        p[n] ^= 1;
    });
    let tampered_signature = edit(&sealed.bytes, "manifest.toml.minisig", |s| {
        let text = String::from_utf8(s.clone()).unwrap();
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        // Flip one base64 digit of the signature line.
        let sig = &mut lines[1];
        let c = if sig.as_bytes()[20] == b'A' { "B" } else { "A" };
        sig.replace_range(20..21, c);
        *s = (lines.join("\n") + "\n").into_bytes();
    });
    let no_signature = {
        let m: Vec<_> = members(&sealed.bytes)
            .into_iter()
            .filter(|(n, _)| n != "manifest.toml.minisig")
            .collect();
        repack(&m)
    };
    let mut swapped = members(&sealed.bytes);
    swapped[2].1 = members(&export(&k, PartnerKind::Shelter, 30).bytes)[2]
        .1
        .clone();
    let swapped_payload = repack(&swapped);

    let wrong = identity(&other);
    let right = identity(&k);
    type Check = fn(&ReferralError) -> bool;
    // name, packet, pinned unit key, receiver's key, time of opening, the refusal expected
    type Case<'a> = (
        &'a str,
        Vec<u8>,
        &'a minisign::PublicKey,
        &'a PartnerIdentity,
        jiff::Timestamp,
        Check,
    );
    let cases: Vec<Case<'_>> = vec![
        (
            "tampered manifest",
            tampered_manifest,
            &k.unit.pk,
            &wrong,
            now(),
            |e| matches!(e, ReferralError::TamperedManifest),
        ),
        (
            "tampered payload",
            tampered_payload,
            &k.unit.pk,
            &wrong,
            now(),
            |e| matches!(e, ReferralError::TamperedPayload),
        ),
        (
            "swapped payload",
            swapped_payload,
            &k.unit.pk,
            &wrong,
            now(),
            |e| matches!(e, ReferralError::TamperedPayload),
        ),
        (
            "tampered signature",
            tampered_signature,
            &k.unit.pk,
            &wrong,
            now(),
            |e| matches!(e, ReferralError::BadSignature),
        ),
        (
            "missing signature",
            no_signature,
            &k.unit.pk,
            &wrong,
            now(),
            |e| matches!(e, ReferralError::MissingSignature),
        ),
        (
            "wrong unit key",
            sealed.bytes.clone(),
            &other.unit.pk,
            &wrong,
            now(),
            |e| matches!(e, ReferralError::WrongUnitKey { .. }),
        ),
        (
            "wrong identity",
            expired.bytes.clone(),
            &k.unit.pk,
            &wrong,
            later,
            |e| matches!(e, ReferralError::WrongIdentity { .. }),
        ),
        (
            "expired",
            expired.bytes.clone(),
            &k.unit.pk,
            &right,
            later,
            |e| matches!(e, ReferralError::Expired { .. }),
        ),
    ];
    let mut messages = Vec::new();
    for (name, bytes, unit_key, id, at, check) in cases {
        let err = referral::open(&bytes, unit_key, id, at).unwrap_err();
        assert!(check(&err), "{name}: got {err:?}: {err}");
        let msg = err.to_string();
        assert!(
            msg.contains(';'),
            "{name}: the message says what to do: {msg}"
        );
        messages.push(msg);
    }
    // Also distinct from each other (the swapped payload shares "tampered payload" on purpose).
    let mut unique = messages.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), messages.len() - 1, "{messages:#?}");
}

#[test]
fn verify_alone_never_needs_a_key_to_decrypt() {
    let k = keys();
    let sealed = export(&k, PartnerKind::Medical, 30);
    let v = referral::verify(&sealed.bytes, &k.unit.pk).unwrap();
    assert_eq!(v.manifest, sealed.manifest);
    assert!(v.trusted_comment.contains(&sealed.manifest.packet_id));
    assert!(!v.is_expired(now()));
}

#[test]
fn unit_key_file_round_trips_and_reads_over_the_phone() {
    let k = keys();
    let file = packet::unit_key_file(&k.unit.pk);
    assert!(file.starts_with("untrusted comment: minisign public key "));
    let back = packet::parse_unit_key(&file).unwrap();
    assert_eq!(back.to_base64(), k.unit.pk.to_base64());
    let fp = packet::phone_fingerprint(&k.unit.pk);
    assert_eq!(fp.len(), 19, "{fp}");
    assert!(
        file.contains(&fp.replace(' ', "")),
        "{fp} is the key id minisign prints"
    );
    assert!(matches!(
        packet::parse_unit_key("hello"),
        Err(ReferralError::BadUnitKey)
    ));
}

#[test]
fn a_bad_recipient_or_key_file_is_refused() {
    assert!(matches!(
        packet::parse_recipient("age1nope"),
        Err(ReferralError::BadRecipient)
    ));
    assert!(matches!(
        PartnerIdentity::from_key_file("# nothing\n"),
        Err(ReferralError::BadIdentityFile)
    ));
    let k = keys();
    let file = format!(
        "# created: now\n# public key: {}\n{}\n",
        k.partner.to_public(),
        secrecy::ExposeSecret::expose_secret(&k.partner.to_string())
    );
    let id = PartnerIdentity::from_key_file(&file).unwrap();
    assert_eq!(
        id.fingerprints(),
        [packet::recipient_fingerprint(
            &k.partner.to_public().to_string()
        )]
    );
}

#[test]
fn html_escapes_everything_from_the_record() {
    let k = keys();
    let sealed = export(&k, PartnerKind::Shelter, 30);
    let opened = referral::open(&sealed.bytes, &k.unit.pk, &identity(&k), now()).unwrap();
    let html = String::from_utf8(opened.referral_html).unwrap();
    assert!(
        html.contains("&lt;Mr. X&gt; &amp; family"),
        "restrictions are escaped"
    );
    assert!(!html.contains("<Mr. X>"));
    assert!(!html.contains("<script"), "no scripts in a referral");
    assert!(
        html.contains("Translation not reviewed"),
        "unreviewed drafts are marked"
    );
    for font in [
        "Noto Sans Thai",
        "Noto Sans Myanmar",
        "Noto Sans Khmer",
        "Noto Sans Lao",
    ] {
        assert!(html.contains(font), "font fallback {font}");
    }
}

#[test]
fn debug_output_never_shows_case_data() {
    let k = keys();
    let sealed = export(&k, PartnerKind::Shelter, 30);
    let opened = referral::open(&sealed.bytes, &k.unit.pk, &identity(&k), now()).unwrap();
    let shown = format!(
        "{:?} {:?} {:?} {:?}",
        typical_referral(),
        opened,
        opened.document,
        identity(&k)
    );
    for secret in [
        "Aye",
        "IDC-2026",
        "employer",
        "AGE-SECRET-KEY",
        "nature-of-job",
    ] {
        assert!(!shown.contains(secret), "Debug leaks `{secret}`: {shown}");
    }
}

/// Found by the packet fuzz target: a genuine signature with its last line (the signature over
/// the trusted comment) cut short made minisign 0.10 panic; it is refused as a bad signature.
#[test]
fn a_cut_short_comment_signature_is_refused_not_a_panic() {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD;
    let k = keys();
    let sealed = export(&k, PartnerKind::Shelter, 30);
    for keep in [0usize, 1, 32, 61, 63] {
        let cut = edit(&sealed.bytes, "manifest.toml.minisig", |s| {
            let text = String::from_utf8(s.clone()).unwrap();
            let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
            let global = b64.decode(lines[3].trim()).unwrap();
            assert_eq!(global.len(), 64);
            lines[3] = b64.encode(&global[..keep]);
            *s = (lines.join("\n") + "\n").into_bytes();
        });
        let err = referral::open(&cut, &k.unit.pk, &identity(&k), now()).unwrap_err();
        assert!(
            matches!(err, ReferralError::BadSignature),
            "{keep}: {err:?}"
        );
        let err = packet::verify(&cut, &k.unit.pk).unwrap_err();
        assert!(
            matches!(err, ReferralError::BadSignature),
            "{keep}: {err:?}"
        );
    }
    // The whole packet still verifies.
    packet::verify(&sealed.bytes, &k.unit.pk).unwrap();
}
