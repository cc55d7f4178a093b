//! Exporting a typical referral (minimise, render HTML, tar, age-encrypt, minisign) must take
//! well under 100 ms on an officer's laptop; opening it is measured alongside.

#[path = "../tests/it/referral/fixture.rs"]
mod referral_fixture;

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

use referral_fixture::{keys, labels, partner, typical_referral};
use tandem::domain::OrganisationKind as PartnerKind;
use tandem::referral::{self, PartnerIdentity};

fn export(c: &mut Criterion) {
    let k = keys();
    let to = partner(&k, PartnerKind::Shelter);
    let referral = typical_referral();
    let labels = labels();
    c.bench_function("referral export (typical record)", |b| {
        b.iter(|| {
            let header = referral::new_header("IDC Bangkok", jiff::Timestamp::now(), 30);
            black_box(referral::export(&referral, &to, &header, &labels, &k.unit.sk).unwrap())
        })
    });
    let header = referral::new_header("IDC Bangkok", jiff::Timestamp::now(), 30);
    let sealed = referral::export(&referral, &to, &header, &labels, &k.unit.sk).unwrap();
    let id = PartnerIdentity::from_identity(k.partner.clone());
    c.bench_function("referral open (verify + decrypt)", |b| {
        b.iter(|| {
            black_box(
                referral::open(&sealed.bytes, &k.unit.pk, &id, jiff::Timestamp::now()).unwrap(),
            )
        })
    });
}

criterion_group!(benches, export);
criterion_main!(benches);
