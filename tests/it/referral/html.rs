//! A referral's HTML, with text in all six scripts, rendered by headless Chromium into an A4-sized
//! PNG that must hold text. Set TANDEM_KEEP_PNG=path to keep the image for a look.

use std::process::Command;

use super::fixture::{keys, labels, partner, typical_referral};
use crate::tools::{self, CHROMIUM};
use tandem::domain::OrganisationKind as PartnerKind;
use tandem::referral::{self, PartnerIdentity};

#[test]
fn referral_html_in_six_scripts_renders_to_a_page_with_text() {
    let Some([browser]) = tools::require([&CHROMIUM]) else {
        return;
    };
    let k = keys();
    let header = referral::new_header("IDC Bangkok screening unit", jiff::Timestamp::now(), 30);
    let sealed = referral::export(
        &typical_referral(),
        &partner(&k, PartnerKind::Shelter),
        &header,
        &labels(),
        &k.unit.sk,
    )
    .unwrap();
    let opened = referral::open(
        &sealed.bytes,
        &k.unit.pk,
        &PartnerIdentity::from_identity(k.partner.clone()),
        jiff::Timestamp::now(),
    )
    .unwrap();
    let html = String::from_utf8(opened.referral_html).unwrap();
    // Latin, Thai, Burmese, Khmer, Lao, Vietnamese diacritics.
    for sample in [
        "Referral",
        "สมชาย",
        "အေးအေးမြ",
        "តើអ្នក",
        "ສະພາບ",
        "Tiếng Việt",
    ] {
        assert!(html.contains(sample), "the page holds `{sample}`");
    }

    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("referral.html");
    std::fs::write(&page, &html).unwrap();
    let png = dir.path().join("referral.png");
    let out = Command::new("timeout")
        .arg("120")
        .arg(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg(format!("--screenshot={}", png.display()))
        .arg("--window-size=1240,1754")
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(
        png.exists(),
        "chromium wrote no screenshot: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    if let Ok(keep) = std::env::var("TANDEM_KEEP_PNG") {
        std::fs::copy(&png, keep).unwrap();
    }

    let decoder = png::Decoder::new(std::fs::File::open(&png).unwrap());
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(
        (info.width, info.height),
        (1240, 1754),
        "A4 proportions at 150 dpi"
    );
    let channels = info.color_type.samples();
    let pixels = &buf[..info.buffer_size()];
    let total = (info.width * info.height) as usize;
    let dark = pixels
        .chunks(channels)
        .filter(|p| p.iter().take(3).all(|&c| c < 128))
        .count();
    let non_white = pixels
        .chunks(channels)
        .filter(|p| p.iter().take(3).any(|&c| c < 240))
        .count();
    // Text: dark strokes over a small part of a mostly white page.
    assert!(
        dark * 100 > total,
        "too little ink: {dark} of {total} pixels are dark"
    );
    assert!(
        non_white * 2 < total,
        "the page is not mostly white: {non_white} of {total}"
    );
    // Ink spread down the page, not a single block: most 100-pixel bands carry some.
    let width = info.width as usize * channels;
    let inked_bands = pixels
        .chunks(width * 100)
        .filter(|band| {
            band.chunks(channels)
                .any(|p| p.iter().take(3).all(|&c| c < 128))
        })
        .count();
    assert!(
        inked_bands >= 8,
        "ink in only {inked_bands} bands of the page"
    );
}
