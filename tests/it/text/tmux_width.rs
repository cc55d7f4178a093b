//! `text::width` must agree with how far tmux moves the cursor, or the question screen draws
//! Khmer and Burmese with lost or overlapping characters. Each string is printed in a detached
//! tmux pane on a private server and the cursor column read back. Skipped (with a message) only
//! where tmux is not installed.

use std::path::Path;
use std::process::Command;

use tandem::text::width;

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

fn tmux(socket: &str, args: &[&str]) -> std::process::Output {
    Command::new("tmux")
        .args(["-u", "-L", socket, "-f", "/dev/null"])
        .args(args)
        .env("LANG", "C.UTF-8")
        .env_remove("TMUX")
        .output()
        .expect("run tmux")
}

#[test]
fn width_matches_the_cursor_advance_in_tmux() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("tmux is not installed: skipping the terminal width check");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let socket = format!("tandem-text-{}", std::process::id());
    let mut mismatches = Vec::new();
    for (n, sample) in SAMPLES.iter().enumerate() {
        let file = dir.path().join(format!("{n}.txt"));
        std::fs::write(&file, sample).unwrap();
        let channel = format!("printed-{n}");
        let script = format!(
            "printf '%s' \"$(cat '{}')\"; tmux wait-for -S {channel}; sleep 30",
            Path::new(&file).display()
        );
        let session = format!("s{n}");
        let out = tmux(
            &socket,
            &[
                "new-session",
                "-d",
                "-s",
                &session,
                "-x",
                "100",
                "-y",
                "5",
                &script,
            ],
        );
        assert!(
            out.status.success(),
            "tmux: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // `timeout` keeps a pane that never signals from hanging the test.
        let waited = Command::new("timeout")
            .args(["20", "tmux", "-L", &socket, "wait-for", &channel])
            .env_remove("TMUX")
            .status()
            .expect("run timeout");
        assert!(
            waited.success(),
            "tmux never printed sample {n} ({sample:?})"
        );
        let out = tmux(
            &socket,
            &["display-message", "-p", "-t", &session, "#{cursor_x}"],
        );
        let cursor: usize = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
        if cursor != width(sample) {
            mismatches.push(format!(
                "{sample:?}: tmux {cursor}, width() {}",
                width(sample)
            ));
        }
    }
    tmux(&socket, &["kill-server"]);
    assert!(mismatches.is_empty(), "{mismatches:#?}");
}
