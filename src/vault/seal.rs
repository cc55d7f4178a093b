//! The one place that seals and opens a record. A sealed record is an age file encrypted to its
//! retention bucket; its plaintext is a frame that carries the record id, bucket id and version the
//! row must have (age has no associated data), the document, and zero padding to a size bucket
//! (age does not hide length). The summary used for listing is the same frame under a per-row key
//! derived from the bucket's index key (ChaCha20-Poly1305), so a list needs no X25519 per record.
//!
//! Frame: magic (8 bytes) | id length (u8) | id | bucket length (u8) | bucket | version (u64 BE) |
//! body length (u32 BE) | body | zeros up to [`padded_len`].
//!
//! Every failure to open is `VaultError::Damaged`; this module never panics on stored bytes.

use age::x25519;
use rand::RngCore;
use zeroize::Zeroizing;

use super::VaultError;
use super::keys::{SecretBytes, read_through, wrap_to};

const RECORD_MAGIC: &[u8; 8] = b"TANDEMR1";
const SUMMARY_MAGIC: &[u8; 8] = b"TANDEMS1";
const SUMMARY_SALT: usize = 16;
const AEAD_TAG: usize = 16;

/// Where a sealed blob must live: checked after every decryption.
#[derive(Clone, Copy)]
pub(crate) struct Binding<'a> {
    pub record: &'a str,
    pub bucket: &'a str,
    pub version: i64,
}

impl Binding<'_> {
    fn damaged(&self) -> VaultError {
        VaultError::Damaged {
            part: super::VaultPart::Record {
                id: self.record.to_string(),
            },
        }
    }
}

/// Size buckets: powers of two from 1 KiB up to 64 KiB, then whole multiples of 64 KiB.
pub(crate) fn padded_len(n: usize) -> usize {
    const STEP: usize = 64 * 1024;
    if n <= STEP {
        n.next_power_of_two().max(1024)
    } else {
        n.div_ceil(STEP) * STEP
    }
}

fn frame(magic: &[u8; 8], at: Binding<'_>, body: &[u8]) -> Result<SecretBytes, VaultError> {
    let too_long = || VaultError::Crypto("record id, bucket or body too long to seal".into());
    let id_len = u8::try_from(at.record.len()).map_err(|_| too_long())?;
    let bucket_len = u8::try_from(at.bucket.len()).map_err(|_| too_long())?;
    let body_len = u32::try_from(body.len()).map_err(|_| too_long())?;
    let unpadded = 8 + 1 + at.record.len() + 1 + at.bucket.len() + 8 + 4 + body.len();
    let mut out = Zeroizing::new(Vec::with_capacity(padded_len(unpadded)));
    out.extend_from_slice(magic);
    out.push(id_len);
    out.extend_from_slice(at.record.as_bytes());
    out.push(bucket_len);
    out.extend_from_slice(at.bucket.as_bytes());
    out.extend_from_slice(&at.version.to_be_bytes());
    out.extend_from_slice(&body_len.to_be_bytes());
    out.extend_from_slice(body);
    out.resize(padded_len(unpadded), 0);
    Ok(out)
}

/// Checks the frame against the row it came from; returns the body.
fn unframe<'p>(magic: &[u8; 8], at: Binding<'_>, plain: &'p [u8]) -> Option<&'p [u8]> {
    let mut rest = plain.strip_prefix(magic.as_slice())?;
    let mut take = |n: usize| -> Option<&'p [u8]> {
        let (head, tail) = rest.split_at_checked(n)?;
        rest = tail;
        Some(head)
    };
    let id_len = take(1)?[0] as usize;
    let id = take(id_len)?;
    let bucket_len = take(1)?[0] as usize;
    let bucket = take(bucket_len)?;
    let version = i64::from_be_bytes(take(8)?.try_into().ok()?);
    let body_len = u32::from_be_bytes(take(4)?.try_into().ok()?) as usize;
    let body = take(body_len)?;
    let bound =
        id == at.record.as_bytes() && bucket == at.bucket.as_bytes() && version == at.version;
    let padded =
        plain.len() == padded_len(plain.len() - rest.len()) && rest.iter().all(|b| *b == 0);
    (bound && padded).then_some(body)
}

/// Seals a record body to its bucket.
pub(crate) fn seal_record(
    bucket: &x25519::Recipient,
    at: Binding<'_>,
    body: &[u8],
) -> Result<Vec<u8>, VaultError> {
    let plain = frame(RECORD_MAGIC, at, body)?;
    wrap_to(std::slice::from_ref(bucket), &plain)
}

/// Opens a sealed record and checks it belongs in the row `at`.
pub(crate) fn open_record(
    bucket: &x25519::Identity,
    at: Binding<'_>,
    sealed: &[u8],
) -> Result<SecretBytes, VaultError> {
    let plain = read_through(sealed, bucket).map_err(|_| at.damaged())?;
    let body = unframe(RECORD_MAGIC, at, &plain).ok_or_else(|| at.damaged())?;
    Ok(Zeroizing::new(body.to_vec()))
}

fn summary_key(index_key: &[u8; 32], salt: &[u8]) -> Zeroizing<[u8; 32]> {
    Zeroizing::new(age_core::primitives::hkdf(
        salt,
        b"tandem/summary/v1",
        index_key,
    ))
}

/// Seals a summary: a fresh random salt, then the frame under a key derived from it.
pub(crate) fn seal_summary(
    index_key: &[u8; 32],
    at: Binding<'_>,
    body: &[u8],
) -> Result<Vec<u8>, VaultError> {
    let mut salt = [0u8; SUMMARY_SALT];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    let plain = frame(SUMMARY_MAGIC, at, body)?;
    let mut out = salt.to_vec();
    out.extend(age_core::primitives::aead_encrypt(
        &summary_key(index_key, &salt),
        &plain,
    ));
    Ok(out)
}

pub(crate) fn open_summary(
    index_key: &[u8; 32],
    at: Binding<'_>,
    sealed: &[u8],
) -> Result<SecretBytes, VaultError> {
    let (salt, ciphertext) = sealed
        .split_at_checked(SUMMARY_SALT)
        .ok_or_else(|| at.damaged())?;
    let size = ciphertext
        .len()
        .checked_sub(AEAD_TAG)
        .ok_or_else(|| at.damaged())?;
    let plain = age_core::primitives::aead_decrypt(&summary_key(index_key, salt), size, ciphertext)
        .map(Zeroizing::new)
        .map_err(|_| at.damaged())?;
    let body = unframe(SUMMARY_MAGIC, at, &plain).ok_or_else(|| at.damaged())?;
    Ok(Zeroizing::new(body.to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::keys::KeyPair;

    const AT: Binding<'static> = Binding {
        record: "0123456789abcdef",
        bucket: "2026-11",
        version: 1,
    };

    #[test]
    fn sizes_fall_into_buckets() {
        for (n, want) in [
            (0, 1024),
            (1024, 1024),
            (1025, 2048),
            (40_000, 65_536),
            (65_537, 131_072),
        ] {
            assert_eq!(padded_len(n), want, "{n}");
        }
    }

    #[test]
    fn lengths_within_a_size_bucket_look_the_same() {
        // The age header adds random-length grease, so compare the sealed plaintexts.
        let a = frame(RECORD_MAGIC, AT, b"short").unwrap();
        let b = frame(RECORD_MAGIC, AT, &[b'x'; 900]).unwrap();
        assert_eq!((a.len(), b.len()), (1024, 1024));
        assert_eq!(frame(RECORD_MAGIC, AT, &[b'x'; 1100]).unwrap().len(), 2048);
    }

    #[test]
    fn a_record_opens_only_in_its_own_row() {
        let k = KeyPair::generate();
        let sealed = seal_record(&k.recipient, AT, b"{}").unwrap();
        assert_eq!(&open_record(&k.identity, AT, &sealed).unwrap()[..], b"{}");
        for other in [
            Binding {
                record: "fedcba9876543210",
                ..AT
            },
            Binding {
                bucket: "2026-12",
                ..AT
            },
            Binding { version: 2, ..AT },
        ] {
            assert!(matches!(
                open_record(&k.identity, other, &sealed),
                Err(VaultError::Damaged { .. })
            ));
        }
        let stranger = KeyPair::generate();
        assert!(matches!(
            open_record(&stranger.identity, AT, &sealed),
            Err(VaultError::Damaged { .. })
        ));
    }

    #[test]
    fn a_summary_opens_only_in_its_own_row_and_refuses_flips() {
        let key = [7u8; 32];
        let sealed = seal_summary(&key, AT, b"{\"a\":1}").unwrap();
        assert_eq!(&open_summary(&key, AT, &sealed).unwrap()[..], b"{\"a\":1}");
        assert!(open_summary(&key, Binding { version: 2, ..AT }, &sealed).is_err());
        for i in 0..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 0x01;
            assert!(open_summary(&key, AT, &bad).is_err(), "byte {i}");
        }
        assert!(open_summary(&key, AT, &sealed[..10]).is_err());
    }
}
