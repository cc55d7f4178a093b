//! A received referral packet, as `tandem referral verify` and `referral open` read it: the tar,
//! the manifest, its minisign signature, then (only when the signature holds) the age payload and
//! the two files inside. The seed is a real packet signed by `keys/unit.pub` and encrypted to
//! `keys/partner.key` (throwaway keys, see keys/README.md).
#![no_main]

use std::sync::OnceLock;

use tandem::referral::packet::{PartnerIdentity, parse_unit_key};

fn keys() -> &'static (minisign::PublicKey, PartnerIdentity) {
    static KEYS: OnceLock<(minisign::PublicKey, PartnerIdentity)> = OnceLock::new();
    KEYS.get_or_init(|| {
        (
            parse_unit_key(include_str!("../keys/unit.pub")).expect("the fuzz unit key"),
            PartnerIdentity::from_key_file(include_str!("../keys/partner.key"))
                .expect("the fuzz partner key"),
        )
    })
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let (unit, partner) = keys();
    if let Ok(verified) = tandem::referral::verify(data, unit) {
        // A fixed clock before the seed's expiry, so the corpus stays valid.
        let now: jiff::Timestamp = "2026-12-02T00:00:00Z".parse().unwrap();
        let _ = verified.decrypt(partner, now);
    }
});
