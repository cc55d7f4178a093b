//! The packet file: a tar of `manifest.toml`, `manifest.toml.minisig` and `payload.age`, where
//! the payload is a tar of `referral.json` and `referral.html` encrypted to one partner.
//!
//! Receiving is ordered so that nothing is decrypted before it is trusted: signature (against the
//! pinned unit key), then the manifest, then the payload hash, then the recipient fingerprint and
//! expiry, and only then `age` decryption. The manifest never holds personal data.

use std::fmt;
use std::io::{Cursor, Read, Write};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::ReferralError;
use super::document::{PacketHeader, ReferralDocument};

/// Version of the packet layout and `manifest.toml`.
pub const PACKET_SCHEMA: u32 = 1;
pub const MANIFEST: &str = "manifest.toml";
pub const SIGNATURE: &str = "manifest.toml.minisig";
pub const PAYLOAD: &str = "payload.age";
pub const REFERRAL_JSON: &str = "referral.json";
pub const REFERRAL_HTML: &str = "referral.html";
/// The file name extension of a packet.
pub const EXTENSION: &str = "tandem";

/// Refuse anything larger before reading it: a referral is a few kilobytes.
const MAX_MEMBER: u64 = 16 * 1024 * 1024;
const TRUSTED_COMMENT_PREFIX: &str = "tandem-referral-packet";

/// `manifest.toml`: what a receiver can check before decrypting. No personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: String,
    pub schema: u32,
    pub referral_schema: u32,
    pub packet_id: String,
    pub unit: String,
    pub recipient_name: String,
    pub recipient_kind: String,
    /// `sha256:` and the hex SHA-256 of the recipient's `age1…` string.
    pub recipient_fingerprint: String,
    /// RFC 3339, UTC.
    pub created: String,
    pub expires: String,
    pub payload: String,
    pub payload_sha256: String,
    /// The minisign key id of the unit key that signed it (16 hex digits, as `minisign` prints
    /// it), so a receiver with several keys of the unit pinned (it rotates its key when a
    /// supervisor leaves) knows which one to check with. Absent in packets made before.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signed_by: String,
}

impl Manifest {
    pub fn created(&self) -> Result<jiff::Timestamp, ReferralError> {
        parse_time(&self.created)
    }
    pub fn expires(&self) -> Result<jiff::Timestamp, ReferralError> {
        parse_time(&self.expires)
    }
}

fn parse_time(s: &str) -> Result<jiff::Timestamp, ReferralError> {
    s.parse().map_err(|_| ReferralError::MalformedManifest {
        reason: "a time is not RFC 3339".into(),
    })
}

/// `sha256:` and the hex SHA-256 of an `age1…` recipient string: printable, comparable by eye.
pub fn recipient_fingerprint(recipient: &str) -> String {
    format!(
        "sha256:{}",
        hex::encode(Sha256::digest(recipient.trim().as_bytes()))
    )
}

/// Parses an X25519 `age1…` recipient, the only kind a partner may have.
pub fn parse_recipient(recipient: &str) -> Result<age::x25519::Recipient, ReferralError> {
    recipient
        .trim()
        .parse::<age::x25519::Recipient>()
        .map_err(|_| ReferralError::BadRecipient)
}

/// A receiving organisation's key: its X25519 identity from an `age-keygen` key file.
pub struct PartnerIdentity {
    identities: Vec<age::x25519::Identity>,
}

impl PartnerIdentity {
    /// Reads every `AGE-SECRET-KEY-1…` line of an `age-keygen` key file.
    pub fn from_key_file(text: &str) -> Result<PartnerIdentity, ReferralError> {
        let identities: Vec<age::x25519::Identity> = text
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("AGE-SECRET-KEY-1"))
            .map(|l| l.parse::<age::x25519::Identity>())
            .collect::<Result<_, _>>()
            .map_err(|_| ReferralError::BadIdentityFile)?;
        if identities.is_empty() {
            return Err(ReferralError::BadIdentityFile);
        }
        Ok(PartnerIdentity { identities })
    }

    pub fn from_identity(identity: age::x25519::Identity) -> PartnerIdentity {
        PartnerIdentity {
            identities: vec![identity],
        }
    }

    fn matching(&self, fingerprint: &str) -> Option<&age::x25519::Identity> {
        self.identities
            .iter()
            .find(|i| recipient_fingerprint(&i.to_public().to_string()) == fingerprint)
    }

    pub fn fingerprints(&self) -> Vec<String> {
        self.identities
            .iter()
            .map(|i| recipient_fingerprint(&i.to_public().to_string()))
            .collect()
    }
}

impl fmt::Debug for PartnerIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PartnerIdentity({} keys)", self.identities.len())
    }
}

/// The minisign key id, as minisign prints it (16 hex digits, upper case).
pub fn key_id(keynum: &[u8]) -> String {
    let mut le = [0u8; 8];
    le.copy_from_slice(&keynum[..8]);
    format!("{:016X}", u64::from_le_bytes(le))
}

/// The unit key's id in groups of four, to read over the phone: `3F2A 91C0 0B7E 44D1`.
pub fn phone_fingerprint(pk: &minisign::PublicKey) -> String {
    let id = key_id(pk.keynum());
    id.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Parses a pinned unit key: minisign's public-key file (two lines) or its bare base64 line.
pub fn parse_unit_key(text: &str) -> Result<minisign::PublicKey, ReferralError> {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
        .ok_or(ReferralError::BadUnitKey)?;
    minisign::PublicKey::from_base64(line).map_err(|_| ReferralError::BadUnitKey)
}

/// The unit key in minisign's public-key file format, for `minisign -V -p`.
pub fn unit_key_file(pk: &minisign::PublicKey) -> String {
    format!(
        "untrusted comment: minisign public key {}\n{}\n",
        key_id(pk.keynum()),
        pk.to_base64()
    )
}

/// A packet ready to be written: its id and the bytes of the `.tandem` file.
pub struct SealedPacket {
    pub manifest: Manifest,
    pub bytes: Vec<u8>,
}

impl fmt::Debug for SealedPacket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "SealedPacket({}, {} bytes)",
            self.manifest.packet_id,
            self.bytes.len()
        )
    }
}

/// Builds, encrypts and signs a packet holding `doc` and its HTML.
pub fn seal(
    doc: &ReferralDocument,
    html: &str,
    header: &PacketHeader,
    recipient: &str,
    signing_key: &minisign::SecretKey,
) -> Result<SealedPacket, ReferralError> {
    let to = parse_recipient(recipient)?;
    let mtime = u64::try_from(header.created.as_second()).unwrap_or(0);

    let mut inner = Vec::with_capacity(32 * 1024);
    write_tar(
        &mut inner,
        &[
            (REFERRAL_JSON, &doc.to_json()[..]),
            (REFERRAL_HTML, html.as_bytes()),
        ],
        mtime,
    )?;
    let payload = encrypt(&inner, &to)?;
    let manifest = Manifest {
        format: TRUSTED_COMMENT_PREFIX.into(),
        schema: PACKET_SCHEMA,
        referral_schema: doc.schema,
        packet_id: header.packet_id.clone(),
        unit: header.unit.clone(),
        recipient_name: doc.recipient.name.clone(),
        recipient_kind: doc.recipient.kind.clone(),
        recipient_fingerprint: recipient_fingerprint(recipient),
        created: header.created.to_string(),
        expires: header.expires.to_string(),
        payload: PAYLOAD.into(),
        payload_sha256: hex::encode(Sha256::digest(&payload)),
        signed_by: key_id(
            minisign::PublicKey::from_secret_key(signing_key)
                .map_err(|e| ReferralError::Build {
                    reason: e.to_string(),
                })?
                .keynum(),
        ),
    };
    let manifest_text = toml::to_string(&manifest).map_err(|e| ReferralError::Build {
        reason: e.to_string(),
    })?;
    let signature = sign(manifest_text.as_bytes(), &manifest.packet_id, signing_key)?;
    let mut bytes = Vec::with_capacity(payload.len() + 4096);
    write_tar(
        &mut bytes,
        &[
            (MANIFEST, manifest_text.as_bytes()),
            (SIGNATURE, signature.as_bytes()),
            (PAYLOAD, &payload[..]),
        ],
        mtime,
    )?;
    Ok(SealedPacket { manifest, bytes })
}

fn encrypt(plain: &[u8], to: &age::x25519::Recipient) -> Result<Vec<u8>, ReferralError> {
    let build = |e: String| ReferralError::Build { reason: e };
    let encryptor = age::Encryptor::with_recipients(std::iter::once(to as &dyn age::Recipient))
        .map_err(|e| build(e.to_string()))?;
    let mut out = Vec::with_capacity(plain.len() + 512);
    let mut w = encryptor
        .wrap_output(&mut out)
        .map_err(|e| build(e.to_string()))?;
    w.write_all(plain).map_err(|e| build(e.to_string()))?;
    w.finish().map_err(|e| build(e.to_string()))?;
    Ok(out)
}

/// A detached minisign signature of `bytes` under the unit key, as `minisign -Vm FILE -p unit.pub`
/// verifies it (a `FILE.minisig` file's text). The trusted comment names the file's SHA-256.
pub fn sign_file(
    bytes: &[u8],
    what: &str,
    key: &minisign::SecretKey,
) -> Result<String, ReferralError> {
    let trusted = format!(
        "tandem {what} sha256:{}",
        hex::encode(Sha256::digest(bytes))
    );
    detached(bytes, &trusted, key)
}

/// Signs the manifest. The trusted comment binds the packet id and the manifest hash, so a
/// failed check can tell an edited manifest from a damaged signature.
fn sign(
    manifest: &[u8],
    packet_id: &str,
    key: &minisign::SecretKey,
) -> Result<String, ReferralError> {
    let trusted = format!(
        "{TRUSTED_COMMENT_PREFIX} {packet_id} manifest-sha256:{}",
        hex::encode(Sha256::digest(manifest))
    );
    detached(manifest, &trusted, key)
}

/// The minisign signature text of `bytes` with its trusted comment.
fn detached(
    bytes: &[u8],
    trusted: &str,
    key: &minisign::SecretKey,
) -> Result<String, ReferralError> {
    let sig = minisign::sign(
        None,
        key,
        Cursor::new(bytes),
        Some(trusted),
        Some("signature from the Tandem screening unit key"),
    )
    .map_err(|e| ReferralError::Build {
        reason: format!("signing failed: {e}"),
    })?;
    Ok(sig.into_string())
}

fn write_tar(
    out: &mut Vec<u8>,
    members: &[(&str, &[u8])],
    mtime: u64,
) -> Result<(), ReferralError> {
    let mut b = tar::Builder::new(out);
    for (name, data) in members {
        let mut h = tar::Header::new_ustar();
        h.set_size(data.len() as u64);
        h.set_mode(0o600);
        h.set_mtime(mtime);
        h.set_entry_type(tar::EntryType::Regular);
        b.append_data(&mut h, name, *data)
            .map_err(|e| ReferralError::Build {
                reason: e.to_string(),
            })?;
    }
    b.finish().map_err(|e| ReferralError::Build {
        reason: e.to_string(),
    })
}

/// Reads exactly the expected members of a tar; anything else (other names, links,
/// directories, duplicates, oversize members) is refused.
fn read_tar(bytes: &[u8], expected: &[&str]) -> Result<Vec<Option<Vec<u8>>>, String> {
    let mut found: Vec<Option<Vec<u8>>> = vec![None; expected.len()];
    let mut archive = tar::Archive::new(bytes);
    let entries = archive
        .entries()
        .map_err(|_| "not a tar archive".to_string())?;
    for entry in entries {
        let mut entry = entry.map_err(|_| "a damaged tar archive".to_string())?;
        if entry.header().entry_type() != tar::EntryType::Regular {
            return Err("a tar member that is not a plain file".into());
        }
        let path = entry.path().map_err(|_| "a bad member name".to_string())?;
        let name = path.to_string_lossy().into_owned();
        let slot = expected
            .iter()
            .position(|e| *e == name)
            .ok_or_else(|| format!("an unexpected member `{}`", name.escape_debug()))?;
        if found[slot].is_some() {
            return Err(format!("member `{name}` twice"));
        }
        if entry.size() > MAX_MEMBER {
            return Err(format!("member `{name}` is too large"));
        }
        let mut data = Vec::with_capacity(entry.size() as usize);
        entry
            .by_ref()
            .take(MAX_MEMBER)
            .read_to_end(&mut data)
            .map_err(|_| "a damaged tar archive".to_string())?;
        found[slot] = Some(data);
    }
    Ok(found)
}

/// A packet whose signature, manifest and payload hash have been checked. Still encrypted.
pub struct VerifiedPacket {
    pub manifest: Manifest,
    /// The trusted comment the signature carries (printed by `minisign -V` too).
    pub trusted_comment: String,
    payload: Vec<u8>,
}

impl fmt::Debug for VerifiedPacket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifiedPacket")
            .field("manifest", &self.manifest)
            .finish_non_exhaustive()
    }
}

/// Whether a minisign signature file's last line (the signature over the trusted comment) is
/// base64 of a whole 64-byte Ed25519 signature. minisign 0.10 does not check its length and
/// slices it as 64 bytes: a packet with its genuine signature and that line cut short would
/// make the check panic instead of refusing the packet (found by `fuzz/` on the packet target).
fn global_signature_is_whole(sig_text: &str) -> bool {
    use base64::Engine;
    sig_text
        .lines()
        .nth(3)
        .and_then(|line| {
            base64::engine::general_purpose::STANDARD
                .decode(line.trim())
                .ok()
        })
        .is_some_and(|sig| sig.len() == 64)
}

/// Checks a packet without decrypting it: the signature against the pinned unit key first,
/// then the manifest, then the SHA-256 of `payload.age`.
pub fn verify(
    packet: &[u8],
    unit_key: &minisign::PublicKey,
) -> Result<VerifiedPacket, ReferralError> {
    let malformed = |reason: String| ReferralError::MalformedPacket { reason };
    let mut members = read_tar(packet, &[MANIFEST, SIGNATURE, PAYLOAD]).map_err(malformed)?;
    let payload = members[2].take();
    let signature = members[1].take().ok_or(ReferralError::MissingSignature)?;
    let manifest_bytes = members[0]
        .take()
        .ok_or_else(|| malformed(format!("no `{MANIFEST}`")))?;

    // 1. The signature, before anything in the manifest is believed.
    let sig_text = String::from_utf8(signature).map_err(|_| ReferralError::BadSignature)?;
    if !global_signature_is_whole(&sig_text) {
        return Err(ReferralError::BadSignature);
    }
    let sig_box =
        minisign::SignatureBox::from_string(&sig_text).map_err(|_| ReferralError::BadSignature)?;
    if sig_box.keynum() != unit_key.keynum() {
        return Err(ReferralError::WrongUnitKey {
            packet_key: key_id(sig_box.keynum()),
            pinned_key: key_id(unit_key.keynum()),
        });
    }
    let trusted_comment = sig_box.trusted_comment().unwrap_or_default();
    if minisign::verify(
        unit_key,
        &sig_box,
        Cursor::new(&manifest_bytes),
        true,
        false,
        false,
    )
    .is_err()
    {
        let claimed = trusted_comment
            .split_whitespace()
            .find_map(|w| w.strip_prefix("manifest-sha256:"));
        let actual = hex::encode(Sha256::digest(&manifest_bytes));
        return Err(match claimed {
            Some(c) if c != actual => ReferralError::TamperedManifest,
            _ => ReferralError::BadSignature,
        });
    }

    // 2. The manifest: signed, so now it may be read.
    let text =
        std::str::from_utf8(&manifest_bytes).map_err(|_| ReferralError::MalformedManifest {
            reason: "not UTF-8".into(),
        })?;
    let manifest: Manifest =
        toml::from_str(text).map_err(|e| ReferralError::MalformedManifest {
            reason: e.to_string(),
        })?;
    if manifest.format != TRUSTED_COMMENT_PREFIX || manifest.schema != PACKET_SCHEMA {
        return Err(ReferralError::UnsupportedSchema {
            found: manifest.schema,
        });
    }
    manifest.created()?;
    manifest.expires()?;
    if !manifest.signed_by.is_empty() && manifest.signed_by != key_id(sig_box.keynum()) {
        return Err(ReferralError::MalformedManifest {
            reason: "it names another signing key than the one that signed it".into(),
        });
    }

    // 3. The payload it names, by hash.
    let payload = payload.ok_or_else(|| malformed(format!("no `{PAYLOAD}`")))?;
    if hex::encode(Sha256::digest(&payload)) != manifest.payload_sha256.to_ascii_lowercase() {
        return Err(ReferralError::TamperedPayload);
    }
    Ok(VerifiedPacket {
        manifest,
        trusted_comment,
        payload,
    })
}

/// A decrypted packet: the two files of the payload, and the parsed document.
pub struct OpenedPacket {
    pub manifest: Manifest,
    pub document: ReferralDocument,
    pub referral_json: Vec<u8>,
    pub referral_html: Vec<u8>,
}

impl fmt::Debug for OpenedPacket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OpenedPacket")
            .field("manifest", &self.manifest)
            .finish_non_exhaustive()
    }
}

impl VerifiedPacket {
    pub fn is_expired(&self, now: jiff::Timestamp) -> bool {
        self.manifest.expires().is_ok_and(|e| now > e)
    }

    /// Checks the recipient fingerprint and expiry, then decrypts. Replay of a packet id is the
    /// caller's check (it needs the vault) and belongs between [`verify`] and this.
    pub fn decrypt(
        self,
        identity: &PartnerIdentity,
        now: jiff::Timestamp,
    ) -> Result<OpenedPacket, ReferralError> {
        let key = identity
            .matching(&self.manifest.recipient_fingerprint)
            .ok_or_else(|| ReferralError::WrongIdentity {
                packet_for: self.manifest.recipient_name.clone(),
            })?;
        let expires = self.manifest.expires()?;
        if now > expires {
            return Err(ReferralError::Expired {
                expires: self.manifest.expires.clone(),
            });
        }
        let decrypt = |reason: &str| ReferralError::Decrypt {
            reason: reason.to_owned(),
        };
        let decryptor = age::Decryptor::new_buffered(&self.payload[..])
            .map_err(|_| decrypt("the payload is not an age file"))?;
        let mut reader = decryptor
            .decrypt(std::iter::once(key as &dyn age::Identity))
            .map_err(|_| decrypt("age refused the key"))?;
        let mut inner = Vec::new();
        reader
            .by_ref()
            .take(MAX_MEMBER)
            .read_to_end(&mut inner)
            .map_err(|_| decrypt("the ciphertext is damaged"))?;
        let mut files = read_tar(&inner, &[REFERRAL_JSON, REFERRAL_HTML])
            .map_err(|r| ReferralError::Decrypt { reason: r })?;
        let json = files[0]
            .take()
            .ok_or_else(|| decrypt("no referral.json inside"))?;
        let html = files[1]
            .take()
            .ok_or_else(|| decrypt("no referral.html inside"))?;
        let document: ReferralDocument = serde_json::from_slice(&json)
            .map_err(|_| decrypt("referral.json does not match its schema"))?;
        if document.packet_id != self.manifest.packet_id {
            return Err(ReferralError::TamperedPayload);
        }
        Ok(OpenedPacket {
            manifest: self.manifest,
            document,
            referral_json: json,
            referral_html: html,
        })
    }
}

/// Verifies, then decrypts: [`verify`] and [`VerifiedPacket::decrypt`] without a replay check.
pub fn open(
    packet: &[u8],
    unit_key: &minisign::PublicKey,
    identity: &PartnerIdentity,
    now: jiff::Timestamp,
) -> Result<OpenedPacket, ReferralError> {
    verify(packet, unit_key)?.decrypt(identity, now)
}
