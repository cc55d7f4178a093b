//! Key material and its wrapping: user identities under a passphrase (age scrypt), bucket and unit
//! secrets wrapped to X25519 recipients. Only this module and `seal` handle secret bytes; every
//! secret lives in a zeroizing type and is never formatted.

use std::io::{Read, Write};

use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;
use zeroize::Zeroizing;

use super::VaultError;

/// The highest scrypt work factor the vault accepts (about 16 s on a 2020 laptop). Bounds the work
/// a tampered vault file can make us do.
pub const MAX_KDF_LOG_N: u8 = 22;

/// The highest work factor a new passphrase gets when calibrated (age's own default ceiling):
/// scrypt with r = 8 needs 1 KiB per unit of N, so log N 18 is 256 MiB, which a 4 GB laptop has;
/// age calibrating by time alone picks log N 20 (1 GiB) on a fast machine.
pub const CALIBRATION_CAP_LOG_N: u8 = 18;

/// The lowest work factor calibration picks, whatever the machine.
const CALIBRATION_FLOOR_LOG_N: u8 = 15;

/// The work factor that takes about one second here, between the floor and the cap. Timed once
/// per process on log N 14 (16 MiB) and doubled per step, as age does.
pub(crate) fn calibrated_log_n() -> u8 {
    static CHOSEN: std::sync::OnceLock<u8> = std::sync::OnceLock::new();
    *CHOSEN.get_or_init(|| {
        let probe = 14u8;
        let params = scrypt::Params::new(probe, 8, 1, 32).expect("valid scrypt parameters");
        let mut out = [0u8; 32];
        let start = std::time::Instant::now();
        let _ = scrypt::scrypt(b"calibration", b"tandem", &params, &mut out);
        let took = start.elapsed().as_secs_f64().max(1e-6);
        let steps = (1.0 / took).log2().floor();
        let n = f64::from(probe) + steps;
        (n as u8).clamp(CALIBRATION_FLOOR_LOG_N, CALIBRATION_CAP_LOG_N)
    })
}

/// Secret bytes that are wiped when dropped.
pub(crate) type SecretBytes = Zeroizing<Vec<u8>>;

/// Encrypts `secret` with a passphrase. `log_n: None` calibrates scrypt to about one second.
pub(crate) fn wrap_with_passphrase(
    secret: &[u8],
    passphrase: &SecretString,
    log_n: Option<u8>,
) -> Result<Vec<u8>, VaultError> {
    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    let n = match log_n {
        Some(n) => n,
        None => calibrated_log_n(),
    };
    check_log_n(n)?;
    recipient.set_work_factor(n);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|e| VaultError::Crypto(e.to_string()))?;
    write_through(encryptor, secret)
}

pub(crate) fn check_log_n(n: u8) -> Result<(), VaultError> {
    if (1..=MAX_KDF_LOG_N).contains(&n) {
        Ok(())
    } else {
        Err(VaultError::BadWorkFactor { max: MAX_KDF_LOG_N })
    }
}

/// The scrypt work factor a passphrase wrap was made with (its `-> scrypt SALT N` stanza), so a
/// key wrapped again with the same passphrase costs the same to open.
pub(crate) fn stored_log_n(blob: &[u8]) -> Option<u8> {
    let header_end = blob.windows(4).position(|w| w == b"\n---")?;
    let header = std::str::from_utf8(&blob[..header_end]).ok()?;
    header
        .lines()
        .find_map(|l| l.strip_prefix("-> scrypt "))
        .and_then(|rest| rest.split(' ').nth(1))
        .and_then(|n| n.parse().ok())
        .filter(|n| check_log_n(*n).is_ok())
}

/// The result of trying a passphrase.
pub(crate) enum PassphraseUnwrap {
    Opened(SecretBytes),
    Wrong,
    Damaged,
}

pub(crate) fn unwrap_with_passphrase(blob: &[u8], passphrase: &SecretString) -> PassphraseUnwrap {
    let identity = PassphraseIdentity { passphrase };
    match read_through(blob, &identity) {
        Ok(plain) => PassphraseUnwrap::Opened(plain),
        Err(Some(age::DecryptError::DecryptionFailed)) => PassphraseUnwrap::Wrong,
        Err(_) => PassphraseUnwrap::Damaged,
    }
}

/// age's scrypt identity (the `scrypt` stanza of the age format, c2sp.org/age), without the
/// one-second calibration `age::scrypt::Identity::new` runs on every unlock only to set a bound:
/// the bound here is [`MAX_KDF_LOG_N`]. Same checks as age's own: a canonical stanza, the work
/// factor bounded before any work, then scrypt and the AEAD.
struct PassphraseIdentity<'a> {
    passphrase: &'a SecretString,
}

const SCRYPT_SALT_LABEL: &[u8] = b"age-encryption.org/v1/scrypt";
const SCRYPT_SALT_LEN: usize = 16;

impl age::Identity for PassphraseIdentity<'_> {
    fn unwrap_stanza(
        &self,
        stanza: &age_core::format::Stanza,
    ) -> Option<Result<age_core::format::FileKey, age::DecryptError>> {
        use base64::Engine;
        use base64::engine::general_purpose::STANDARD_NO_PAD;
        if stanza.tag != "scrypt" {
            return None;
        }
        let invalid = || Some(Err(age::DecryptError::InvalidHeader));
        let [salt, log_n] = &stanza.args[..] else {
            return invalid();
        };
        // Canonical forms only: unpadded base64 that re-encodes to itself, a decimal with no
        // leading zero.
        let salt: Vec<u8> = match STANDARD_NO_PAD.decode(salt) {
            Ok(s) if s.len() == SCRYPT_SALT_LEN && STANDARD_NO_PAD.encode(&s) == *salt => s,
            _ => return invalid(),
        };
        let log_n: u8 = match log_n.parse() {
            Ok(n) if !log_n.starts_with('0') && log_n.bytes().all(|b| b.is_ascii_digit()) => n,
            _ => return invalid(),
        };
        if stanza.body.len() != age_core::format::FILE_KEY_BYTES + 16 {
            return invalid();
        }
        if log_n == 0 || log_n > MAX_KDF_LOG_N {
            return Some(Err(age::DecryptError::ExcessiveWork {
                required: log_n,
                target: MAX_KDF_LOG_N,
            }));
        }
        let mut inner_salt = Vec::with_capacity(SCRYPT_SALT_LABEL.len() + SCRYPT_SALT_LEN);
        inner_salt.extend_from_slice(SCRYPT_SALT_LABEL);
        inner_salt.extend_from_slice(&salt);
        let params = scrypt::Params::new(log_n, 8, 1, 32).ok()?;
        let mut key = Zeroizing::new([0u8; 32]);
        scrypt::scrypt(
            self.passphrase.expose_secret().as_bytes(),
            &inner_salt,
            &params,
            &mut key[..],
        )
        .ok()?;
        Some(
            age_core::primitives::aead_decrypt(
                &key,
                age_core::format::FILE_KEY_BYTES,
                &stanza.body,
            )
            .map(|mut plain| {
                let key = age_core::format::FileKey::init_with_mut(|k| {
                    k.copy_from_slice(&plain);
                });
                zeroize::Zeroize::zeroize(&mut plain[..]);
                key
            })
            .map_err(age::DecryptError::from),
        )
    }
}

/// Encrypts `secret` to every recipient given.
pub(crate) fn wrap_to(
    recipients: &[x25519::Recipient],
    secret: &[u8],
) -> Result<Vec<u8>, VaultError> {
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .map_err(|e| VaultError::Crypto(e.to_string()))?;
    write_through(encryptor, secret)
}

/// Decrypts an age blob with one identity. `Err` carries the age error when there is one; callers
/// turn every failure into `Damaged` (an X25519 blob cannot tell a wrong key from a flipped byte).
pub(crate) fn read_through(
    blob: &[u8],
    identity: &dyn age::Identity,
) -> Result<SecretBytes, Option<age::DecryptError>> {
    let decryptor = age::Decryptor::new_buffered(blob).map_err(Some)?;
    let mut reader = decryptor.decrypt(std::iter::once(identity)).map_err(Some)?;
    let mut plain = Zeroizing::new(Vec::with_capacity(blob.len()));
    reader.read_to_end(&mut plain).map_err(|_| None)?;
    Ok(plain)
}

fn write_through(encryptor: age::Encryptor, plain: &[u8]) -> Result<Vec<u8>, VaultError> {
    let mut out = Vec::with_capacity(plain.len() + 256);
    let crypto = |e: std::io::Error| VaultError::Crypto(e.to_string());
    let mut writer = encryptor.wrap_output(&mut out).map_err(crypto)?;
    writer.write_all(plain).map_err(crypto)?;
    writer.finish().map_err(crypto)?;
    Ok(out)
}

/// An X25519 identity with its serialised secret kept in zeroizing memory.
pub(crate) struct KeyPair {
    pub(crate) identity: x25519::Identity,
    pub(crate) recipient: x25519::Recipient,
}

impl KeyPair {
    pub(crate) fn generate() -> KeyPair {
        let identity = x25519::Identity::generate();
        let recipient = identity.to_public();
        KeyPair {
            identity,
            recipient,
        }
    }

    /// The secret as age writes it (`AGE-SECRET-KEY-1...`), for wrapping.
    pub(crate) fn secret_bytes(&self) -> SecretBytes {
        Zeroizing::new(
            self.identity
                .to_string()
                .expose_secret()
                .as_bytes()
                .to_vec(),
        )
    }

    /// Parses an unwrapped secret; `None` when the bytes are not an identity.
    pub(crate) fn from_secret_bytes(bytes: &[u8]) -> Option<KeyPair> {
        let text = std::str::from_utf8(bytes).ok()?;
        let identity: x25519::Identity = text.trim().parse().ok()?;
        let recipient = identity.to_public();
        Some(KeyPair {
            identity,
            recipient,
        })
    }
}

/// Parses a public age X25519 recipient (`age1...`).
pub(crate) fn parse_recipient(
    text: &str,
    role: super::KeyRole,
) -> Result<x25519::Recipient, VaultError> {
    text.trim().parse().map_err(|_| VaultError::BadKey { role })
}

/// Reads the first identity from the text of an age identity file (comments and blank lines skipped).
pub(crate) fn parse_identity_file(text: &SecretString) -> Result<KeyPair, VaultError> {
    text.expose_secret()
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .and_then(|l| KeyPair::from_secret_bytes(l.as_bytes()))
        .ok_or(VaultError::BadKey {
            role: super::KeyRole::RecoveryIdentity,
        })
}

/// Derives the symmetric key of a bucket's summary index from the bucket secret.
pub(crate) fn index_key(bucket: &KeyPair) -> Zeroizing<[u8; 32]> {
    let secret = bucket.secret_bytes();
    Zeroizing::new(age_core::primitives::hkdf(
        b"",
        b"tandem/summary-index/v1",
        &secret,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calibration_stays_under_the_memory_cap() {
        let n = calibrated_log_n();
        assert!(
            (CALIBRATION_FLOOR_LOG_N..=CALIBRATION_CAP_LOG_N).contains(&n),
            "{n}"
        );
        // 1 KiB per unit of N with r = 8: the cap is 256 MiB.
        let peak = (1u64 << n) * 1024;
        assert!(peak <= 300 * 1024 * 1024, "{peak} bytes");
    }

    #[test]
    fn a_passphrase_wrap_made_by_age_opens_and_its_work_factor_is_bounded() {
        let pass = SecretString::from("correct horse".to_string());
        let wrap = |log_n: u8| {
            let mut r = age::scrypt::Recipient::new(pass.clone());
            r.set_work_factor(log_n);
            let e = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient))
                .unwrap();
            write_through(e, b"key").unwrap()
        };
        match unwrap_with_passphrase(&wrap(5), &pass) {
            PassphraseUnwrap::Opened(p) => assert_eq!(&p[..], b"key"),
            _ => panic!("age's own scrypt wrap did not open"),
        }
        // A tampered work factor above the bound is refused before any work is done.
        let blob = wrap(5);
        let text = String::from_utf8_lossy(&blob).into_owned();
        let tampered = text.replacen(" 5\n", " 30\n", 1).into_bytes();
        assert_ne!(tampered, blob);
        let started = std::time::Instant::now();
        assert!(matches!(
            unwrap_with_passphrase(&tampered, &pass),
            PassphraseUnwrap::Damaged
        ));
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }

    #[test]
    fn a_passphrase_wrap_opens_only_with_that_passphrase() {
        let good = SecretString::from("correct horse".to_string());
        let bad = SecretString::from("battery staple".to_string());
        let blob = wrap_with_passphrase(b"secret", &good, Some(4)).unwrap();
        assert!(matches!(
            unwrap_with_passphrase(&blob, &bad),
            PassphraseUnwrap::Wrong
        ));
        match unwrap_with_passphrase(&blob, &good) {
            PassphraseUnwrap::Opened(p) => assert_eq!(&p[..], b"secret"),
            _ => panic!("did not open"),
        }
        let mut flipped = blob.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(matches!(
            unwrap_with_passphrase(&flipped, &good),
            PassphraseUnwrap::Damaged
        ));
    }

    #[test]
    fn the_work_factor_of_a_wrap_is_read_back() {
        let pass = SecretString::from("correct horse".to_string());
        let blob = wrap_with_passphrase(b"secret", &pass, Some(7)).unwrap();
        assert_eq!(stored_log_n(&blob), Some(7));
        assert_eq!(stored_log_n(b"not age"), None);
    }

    #[test]
    fn work_factor_is_bounded() {
        assert!(check_log_n(0).is_err());
        assert!(check_log_n(MAX_KDF_LOG_N + 1).is_err());
        assert!(check_log_n(10).is_ok());
    }

    #[test]
    fn keypairs_round_trip_through_their_secret() {
        let k = KeyPair::generate();
        let back = KeyPair::from_secret_bytes(&k.secret_bytes()).unwrap();
        assert_eq!(back.recipient.to_string(), k.recipient.to_string());
        assert!(KeyPair::from_secret_bytes(b"not a key").is_none());
    }
}
