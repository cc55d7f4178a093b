//! Issue 5 figures for BENCHMARKS.md:
//! - drawing the question screen at 120x40 (TestBackend, no terminal I/O) in every interviewee
//!   language, on the shipped checklists and texts: the first question, and the longest screen
//!   (a ten-way choice with hint and interpreter note). Each case first checks that the frame
//!   really holds the interviewee's script, so a missing translation cannot pass as fast;
//! - start-up: the in-process load path (checklists + texts + vault open, users, unit, first
//!   frame), and end to end: the release binary in a pseudo-terminal, from spawn until the
//!   unlock screen has been written to the terminal;
//! - the keystroke path: `update` alone (pure; any disk work is an Effect sent to the worker).
//!
//! Run: `cargo bench --bench tui`. Needs util-linux `script` and `stty` for the end-to-end case.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use tandem::checklist::catalog::Catalog;
use tandem::domain::OfficerLang;
use tandem::l10n::Locales;
use tandem::tui::action::Action;
use tandem::tui::content::Content;
use tandem::tui::keymap::{Key, KeyCode, Keymap};
use tandem::tui::model::{Field, Screen, UserRow};

/// Interviewee language tags, in the order the picker offers them.
fn interviewee_tags() -> Vec<&'static str> {
    tandem::domain::lang::INTERVIEWEE_LANGS
        .iter()
        .map(|l| l.tag())
        .collect()
}
use tandem::tui::{Model, render, update};
use tandem::vault::{InitOptions, Role, SecretString, Vault};

fn content() -> Arc<Content> {
    let catalog = Catalog::load(None).expect("built-in checklists load");
    let locales = Locales::load(None).expect("built-in texts load");
    Arc::new(Content::new(catalog, locales))
}

/// Unlocked, empty queue, 120x40, a new interview in `lang` at its first question.
fn model(content: Arc<Content>, lang: &str) -> Model {
    let now: jiff::Timestamp = "2026-11-28T10:00:00Z".parse().unwrap();
    let mut m = Model::new(content, Keymap::default(), OfficerLang::En, now);
    let user = UserRow {
        name: "Somchai".into(),
        supervisor: true,
    };
    for a in [
        Action::VaultOpened {
            users: vec![user.clone()],
            unit: "IDC Bangkok".into(),
        },
        Action::Unlocked {
            user,
            unit: "IDC Bangkok".into(),
        },
        Action::Cases(vec![]),
        Action::Resize(120, 40),
        Action::Key(Key::char('n')),
    ] {
        update(&mut m, a);
    }
    let n = interviewee_tags().iter().position(|l| *l == lang).unwrap();
    update(&mut m, Action::Key(Key::char(char::from(b'1' + n as u8))));
    assert!(
        matches!(m.screen, Screen::Interview(_)),
        "{lang}: no interview"
    );
    m
}

/// The same interview moved to the ten-way "what work did you do" question.
fn long_question(mut m: Model) -> Model {
    let Screen::Interview(i) = &mut m.screen else {
        unreachable!()
    };
    i.current = Some("exploitation-type".into());
    i.field = Field::Choice {
        cursor: 0,
        ticked: vec![false; 10],
    };
    m
}

/// Does the drawn frame hold text in the interviewee's script?
fn holds_script(t: &Terminal<TestBackend>, lang: &str) -> bool {
    let in_script = |c: char| match lang {
        "my" => ('\u{1000}'..='\u{109F}').contains(&c),
        "km" => ('\u{1780}'..='\u{17FF}').contains(&c),
        "lo" => ('\u{0E80}'..='\u{0EFF}').contains(&c),
        "th" => ('\u{0E00}'..='\u{0E7F}').contains(&c),
        "vi" => "ăâđêôơưĂÂĐÊÔƠƯ".contains(c) || ('\u{1EA0}'..='\u{1EFF}').contains(&c),
        _ => c.is_ascii_alphabetic(),
    };
    t.backend()
        .buffer()
        .content()
        .iter()
        .any(|cell| cell.symbol().chars().any(in_script))
}

fn render_question(c: &mut Criterion) {
    let content = content();
    let mut g = c.benchmark_group("render question screen 120x40");
    for lang in interviewee_tags() {
        for (case, m) in [
            ("first question", model(content.clone(), lang)),
            (
                "ten-way choice",
                long_question(model(content.clone(), lang)),
            ),
        ] {
            let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
            t.draw(|f| render(&m, f)).unwrap();
            assert!(
                holds_script(&t, lang),
                "{lang} {case}: the frame holds no {lang} text"
            );
            g.bench_function(format!("{lang}, {case}"), |b| {
                b.iter(|| {
                    t.draw(|f| render(&m, f)).unwrap();
                })
            });
        }
    }
    g.finish();
}

fn new_vault(dir: &Path) {
    drop(
        Vault::create(
            dir,
            InitOptions {
                supervisor: "sup".into(),
                passphrase: SecretString::from("benchmark passphrase".to_string()),
                recovery_recipient: None,
                kdf_log_n: Some(10),
                retention_months: 12,
                unit: "Bench unit".into(),
            },
        )
        .unwrap(),
    );
}

/// Spawns `sh -c script` in a fresh pseudo-terminal (util-linux `script`), reads the terminal
/// output until `marker` (if any) appears, and returns the time from spawn; then sends SIGTERM
/// and waits for the exit, so the next run finds the vault free.
fn in_pty(shell: &str, marker: Option<&[u8]>) -> Duration {
    let start = Instant::now();
    let mut child = Command::new("script")
        .args(["-qfec", shell, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("util-linux `script` is installed");
    let mut out = child.stdout.take().unwrap();
    let mut seen = Vec::new();
    let mut buf = [0u8; 16384];
    let elapsed = loop {
        let n = out.read(&mut buf).unwrap();
        seen.extend_from_slice(&buf[..n]);
        match marker {
            Some(m) if seen.windows(m.len()).any(|w| w == m) => break start.elapsed(),
            None if n == 0 => break start.elapsed(),
            Some(_) if n == 0 => panic!(
                "exited before the marker: {}",
                String::from_utf8_lossy(&seen)
            ),
            _ => {}
        }
    };
    if marker.is_some() {
        Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .unwrap();
        while out.read(&mut buf).unwrap_or(0) > 0 {}
    }
    child.wait().unwrap();
    elapsed
}

fn startup(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    new_vault(dir.path());
    let mut g = c.benchmark_group("start-up");
    g.bench_function(
        "load checklists, texts; open vault, users, unit; first frame",
        |b| {
            b.iter(|| {
                let content = content();
                let v = Vault::open(dir.path()).unwrap();
                let users = v.users().unwrap();
                let unit = v.unit_name().unwrap();
                let now = jiff::Timestamp::now();
                let mut m = Model::new(content, Keymap::default(), OfficerLang::En, now);
                update(&mut m, Action::Resize(120, 40));
                update(
                    &mut m,
                    Action::VaultOpened {
                        users: users
                            .iter()
                            .map(|u| UserRow {
                                name: u.name.clone(),
                                supervisor: u.role == Role::Supervisor,
                            })
                            .collect(),
                        unit,
                    },
                );
                let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
                t.draw(|f| render(&m, f)).unwrap();
                drop(v);
            })
        },
    );
    g.sample_size(30)
        .measurement_time(Duration::from_secs(10))
        .warm_up_time(Duration::from_secs(1));
    let bin = env!("CARGO_BIN_EXE_tandem");
    let tandem = format!(
        "stty cols 120 rows 40; exec '{bin}' --vault '{}'",
        dir.path().display()
    );
    g.bench_function(
        "release binary in a pty: spawn to unlock screen drawn",
        |b| {
            b.iter_custom(|iters| {
                (0..iters)
                    .map(|_| in_pty(&tandem, Some(b"Passphrase,")))
                    .sum()
            })
        },
    );
    g.bench_function(
        "pty harness alone: script + sh + stty, exec true, to exit",
        |b| {
            b.iter_custom(|iters| {
                (0..iters)
                    .map(|_| in_pty("stty cols 120 rows 40; exec true", None))
                    .sum()
            })
        },
    );
    g.finish();
}

fn keystroke(c: &mut Criterion) {
    let mut m = model(content(), "my");
    c.bench_function("keystroke: unsure then back (update only)", |b| {
        b.iter(|| {
            let effects = update(&mut m, Action::Key(Key::char('u')));
            update(&mut m, Action::Key(Key::plain(KeyCode::Left)));
            effects
        })
    });
}

criterion_group!(benches, render_question, startup, keystroke);
criterion_main!(benches);
