//! Drawing cost of the terminal interface on a TestBackend (no terminal I/O): the question
//! screen at 120x40 in Burmese and Khmer (the costliest scripts to lay out), and the case queue.
//! Run: `cargo bench --bench tui`. Figures go in BENCHMARKS.md.

use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use tandem::checklist::catalog::Catalog;
use tandem::l10n::Locales;
use tandem::tui::action::Action;
use tandem::tui::content::Content;
use tandem::tui::keymap::{Key, Keymap};
use tandem::tui::{Model, render, update};

fn model(content: Arc<Content>, lang: &str) -> Model {
    let now: jiff::Timestamp = "2026-11-28T10:00:00Z".parse().unwrap();
    let mut m = Model::new(content, Keymap::default(), "en", now);
    let user = tandem::tui::model::UserRow {
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
    let n = tandem::tui::model::INTERVIEWEE_LANGUAGES
        .iter()
        .position(|l| *l == lang)
        .unwrap();
    update(&mut m, Action::Key(Key::char(char::from(b'1' + n as u8))));
    m
}

fn bench(c: &mut Criterion) {
    // The shipped checklists and texts: what an officer sees.
    let catalog = Catalog::load(None).expect("built-in checklists load");
    let locales = Locales::load(None).expect("built-in texts load");
    let content = Arc::new(Content::new(catalog, locales));
    for lang in ["my", "km", "en"] {
        let m = model(content.clone(), lang);
        let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
        c.bench_function(&format!("render question screen 120x40 ({lang})"), |b| {
            b.iter(|| {
                t.draw(|f| render(&m, f)).unwrap();
            })
        });
    }
    c.bench_function("start-up: load checklists and texts", |b| {
        b.iter(|| {
            let catalog = Catalog::load(None).unwrap();
            let locales = Locales::load(None).unwrap();
            Content::new(catalog, locales)
        })
    });
    let mut m = model(content.clone(), "my");
    c.bench_function("keystroke: answer yes (update only)", |b| {
        b.iter(|| {
            let effects = update(&mut m, Action::Key(Key::char('u')));
            update(
                &mut m,
                Action::Key(Key::plain(tandem::tui::keymap::KeyCode::Left)),
            );
            effects
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
