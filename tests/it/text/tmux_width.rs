//! `text::width` must agree with how far tmux moves the cursor, or the question screen draws
//! Khmer and Burmese with lost or overlapping characters. Each string is printed in a detached
//! tmux pane on a private server and the cursor column read back. Without tmux the test fails
//! under `CI` and is skipped (with a note) elsewhere.

use std::path::Path;
use std::process::Command;

use tandem::text::width;

use crate::tmux::Tmux;
use crate::tools::{self, TMUX};

const SAMPLES: &[&str] = &[
    "ក្ក",
    "ស្រី",
    "ស្ត្រី",
    "ខ្មែរ",
    "តើការងារខុសពីអ្វីដែលគេបានសន្យាទេ?",
    "မေ",
    "ကြေ",
    "ကျေးဇူးတင်ပါတယ်",
    "သ္မီး",
    "คุณได้รับค่าจ้างตามที่ตกลงไว้หรือไม่",
    "ເຈົ້າ ນ້ຳ",
    "Tiếng Việt",
    "Tie\u{302}\u{301}ng Vie\u{323}\u{302}t",
    "中文 …",
];

#[test]
fn width_matches_the_cursor_advance_in_tmux() {
    if tools::require([&TMUX]).is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let tmux = Tmux::server();
    let mut mismatches = Vec::new();
    for (n, sample) in SAMPLES.iter().enumerate() {
        let file = dir.path().join(format!("{n}.txt"));
        std::fs::write(&file, sample).unwrap();
        let channel = format!("printed-{n}");
        let script = format!(
            "printf '%s' \"$(cat '{}')\"; tmux wait-for -S {channel}; sleep 30",
            Path::new(&file).display()
        );
        let session = tmux.session(&format!("s{n}"), 100, 5, &script);
        // `timeout` keeps a pane that never signals from hanging the test.
        let waited = Command::new("timeout")
            .args(["20", "tmux", "-S"])
            .arg(tmux.socket())
            .args(["wait-for", &channel])
            .env_remove("TMUX")
            .status()
            .expect("run timeout");
        assert!(
            waited.success(),
            "tmux never printed sample {n} ({sample:?})"
        );
        let cursor: usize = tmux
            .ok(&["display-message", "-p", "-t", session.name(), "#{cursor_x}"])
            .trim()
            .parse()
            .unwrap();
        if cursor != width(sample) {
            mismatches.push(format!(
                "{sample:?}: tmux {cursor}, width() {}",
                width(sample)
            ));
        }
    }
    assert!(mismatches.is_empty(), "{mismatches:#?}");
}
