//! A receiving organisation without Tandem: a packet opens with Debian's `tar`, `minisign`,
//! `sha256sum` and `age`, exactly as `docs/receiving.md` says.

use std::path::Path;
use std::process::Command;

use super::fixture::{self, keys, labels, partner, typical_referral};
use crate::tools::{self, AGE, MINISIGN, SHA256SUM, TAR};
use tandem::domain::OrganisationKind as PartnerKind;
use tandem::referral;
use tandem::referral::packet::{self, Manifest};

fn sh(dir: &Path, script: &str) -> (bool, String, Vec<u8>) {
    let out = Command::new("sh")
        .arg("-c")
        .arg(script)
        .current_dir(dir)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout),
        out.stdout,
    )
}

#[test]
fn a_packet_opens_with_tar_minisign_sha256sum_and_age() {
    if tools::require([&TAR, &MINISIGN, &SHA256SUM, &AGE]).is_none() {
        return;
    }
    let k = keys();
    let dir = tempfile::tempdir().unwrap();
    let header = referral::new_header("IDC Bangkok screening unit", jiff::Timestamp::now(), 30);
    let sealed = referral::export(
        &typical_referral(),
        &partner(&k, PartnerKind::Ngo),
        &header,
        &labels(),
        &k.unit.sk,
    )
    .unwrap();
    let file = format!("{}.{}", sealed.manifest.packet_id, packet::EXTENSION);
    std::fs::write(dir.path().join(&file), &sealed.bytes).unwrap();
    std::fs::write(
        dir.path().join("unit.pub"),
        packet::unit_key_file(&k.unit.pk),
    )
    .unwrap();
    std::fs::write(dir.path().join("key.txt"), fixture::key_file(&k.partner)).unwrap();

    let (ok, out, _) = sh(dir.path(), &format!("tar -xf {file}"));
    assert!(ok, "tar: {out}");
    let (ok, out, _) = sh(dir.path(), "minisign -Vm manifest.toml -p unit.pub");
    assert!(ok, "minisign: {out}");
    assert!(
        out.contains("Signature and comment signature verified"),
        "{out}"
    );
    assert!(
        out.contains(&sealed.manifest.packet_id),
        "trusted comment names the packet: {out}"
    );

    let manifest: Manifest =
        toml::from_str(&std::fs::read_to_string(dir.path().join("manifest.toml")).unwrap())
            .unwrap();
    let (ok, out, _) = sh(dir.path(), "sha256sum payload.age");
    assert!(ok, "sha256sum: {out}");
    assert_eq!(
        out.split_whitespace().next(),
        Some(manifest.payload_sha256.as_str())
    );
    let (_, fp, _) = sh(
        dir.path(),
        &format!("printf %s {} | sha256sum", k.partner.to_public()),
    );
    assert_eq!(
        format!("sha256:{}", fp.split_whitespace().next().unwrap()),
        manifest.recipient_fingerprint
    );

    let (ok, out, _) = sh(dir.path(), "age -d -i key.txt payload.age | tar -x");
    assert!(ok, "age | tar: {out}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("referral.json")).unwrap()).unwrap();
    assert_eq!(json["packet_id"], sealed.manifest.packet_id);
    let html = std::fs::read_to_string(dir.path().join("referral.html")).unwrap();
    assert!(html.contains("Aye Aye Mya"));

    // And a tampered manifest fails minisign too.
    let (ok, _, _) = sh(
        dir.path(),
        "sed -i 's/expires = \"/expires = \"3/' manifest.toml && minisign -Vm manifest.toml -p unit.pub",
    );
    assert!(!ok, "minisign must refuse an edited manifest");
}
