//! The runtime: owns the terminal and the threads, feeds Actions to `update`, executes Effects.
//!
//! - The terminal guard restores the terminal on drop, and a panic hook restores it first and
//!   prints a fixed message (never the panic payload, which could hold case data).
//! - The alternate screen keeps every frame out of the scrollback.
//! - Input and signals arrive on their own threads; the vault lives on the worker thread
//!   (`worker`), so the slow scrypt unlock never freezes the screen and nothing on the keystroke
//!   path touches the disk except the commit of an answer (done by the worker, in order).

use std::io::{self, Stdout};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::{cursor, execute, terminal};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::action::{Action, Effect};
use super::content::Content;
use super::keymap::{Key, KeyCode, Keymap};
use super::model::Model;
use super::update::update;
use super::view::render;

/// How the interface is set up for this run.
pub struct Options {
    pub vault_dir: PathBuf,
    /// The vault, already being opened (`worker::start_opening(&vault_dir)`).
    pub opening: super::worker::Opening,
    pub officer_lang: crate::domain::OfficerLang,
    pub keymap: Keymap,
    /// Lock after this long without a key (default 5 minutes).
    pub idle_lock: Duration,
    /// scrypt work factor for a vault created by the set-up screen (None: calibrated).
    pub kdf_log_n: Option<u8>,
}

/// Puts the terminal back as it was, on every way out (return, error, panic unwinding).
struct TerminalGuard;

impl TerminalGuard {
    fn enter() -> io::Result<TerminalGuard> {
        terminal::enable_raw_mode()?;
        let guard = TerminalGuard;
        execute!(
            io::stdout(),
            terminal::EnterAlternateScreen,
            event::EnableBracketedPaste,
            cursor::Hide
        )?;
        Ok(guard)
    }
}

fn restore_terminal() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        event::DisableBracketedPaste,
        terminal::LeaveAlternateScreen,
        cursor::Show
    );
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        restore_terminal();
        // The payload may quote case data: print only where it happened.
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "tandem: internal error{place}; the terminal was restored. Answers marked \"saved\" are in the vault; please report this error."
        );
    }));
}

fn key_of(k: KeyEvent) -> Option<Key> {
    if k.kind != KeyEventKind::Press {
        return None;
    }
    let code = match k.code {
        event::KeyCode::Char(c) => KeyCode::Char(c),
        event::KeyCode::F(n) => KeyCode::F(n),
        event::KeyCode::Enter => KeyCode::Enter,
        event::KeyCode::Esc => KeyCode::Esc,
        event::KeyCode::Tab => KeyCode::Tab,
        event::KeyCode::BackTab => KeyCode::BackTab,
        event::KeyCode::Backspace => KeyCode::Backspace,
        event::KeyCode::Delete => KeyCode::Delete,
        event::KeyCode::Up => KeyCode::Up,
        event::KeyCode::Down => KeyCode::Down,
        event::KeyCode::Left => KeyCode::Left,
        event::KeyCode::Right => KeyCode::Right,
        event::KeyCode::Home => KeyCode::Home,
        event::KeyCode::End => KeyCode::End,
        event::KeyCode::PageUp => KeyCode::PageUp,
        event::KeyCode::PageDown => KeyCode::PageDown,
        _ => return None,
    };
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    let code = match code {
        KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
        c => c,
    };
    Some(Key {
        code,
        ctrl,
        alt: k.modifiers.contains(KeyModifiers::ALT),
    })
}

/// Runs the interface until the officer quits or a signal ends it.
/// Errors are the terminal's own (the vault's go to the screen).
pub fn run(content: Arc<Content>, opts: Options) -> io::Result<()> {
    let (tx, rx) = mpsc::channel::<Action>();
    let (effects_tx, effects_rx) = mpsc::channel::<Effect>();

    // The worker takes the vault over as it opens (opening is not unlocking: nothing is
    // decrypted before a passphrase, so a signal before the handler below has nothing to lock).
    let worker = {
        let tx = tx.clone();
        let dir = opts.vault_dir.clone();
        let content = content.clone();
        let kdf = opts.kdf_log_n;
        let opening = opts.opening;
        thread::spawn(move || super::worker::run(&dir, opening, kdf, &content, &effects_rx, &tx))
    };

    // Then termination requests, before anything can be unlocked: a SIGTERM (or a closed
    // console) must lock.
    let sig_tx = tx.clone();
    crate::platform::on_termination(move || {
        let _ = sig_tx.send(Action::Shutdown);
    })?;

    install_panic_hook();
    let guard = TerminalGuard::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;

    let input_tx = tx.clone();
    thread::spawn(move || {
        loop {
            let action = match event::read() {
                Ok(Event::Key(k)) => key_of(k).map(Action::Key),
                Ok(Event::Paste(s)) => Some(Action::Paste(s)),
                Ok(Event::Resize(w, h)) => Some(Action::Resize(w, h)),
                Ok(_) => None,
                Err(_) => break,
            };
            if let Some(a) = action
                && input_tx.send(a).is_err()
            {
                break;
            }
        }
    });

    let mut model = Model::new(
        content,
        opts.keymap,
        opts.officer_lang,
        jiff::Timestamp::now(),
    );
    model.idle_lock_after =
        jiff::SignedDuration::try_from(opts.idle_lock).unwrap_or(model.idle_lock_after);
    let size = terminal.size()?;
    update(&mut model, Action::Resize(size.width, size.height));
    let result = event_loop(&mut terminal, &mut model, &rx, &effects_tx);
    // Finish queued saves and lock before leaving.
    let _ = effects_tx.send(Effect::Quit);
    drop(effects_tx);
    let _ = worker.join();
    drop(terminal);
    drop(guard);
    result
}

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    model: &mut Model,
    rx: &Receiver<Action>,
    effects: &Sender<Effect>,
) -> io::Result<()> {
    let tick = Duration::from_secs(1);
    let mut last_tick = Instant::now();
    loop {
        terminal.draw(|f| render(model, f))?;
        if model.quitting {
            return Ok(());
        }
        let wait = tick.saturating_sub(last_tick.elapsed());
        let action = match rx.recv_timeout(wait) {
            Ok(a) => Some(a),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        };
        let mut pending: Vec<Action> = action.into_iter().collect();
        // Take whatever else is already waiting, so a burst of keys draws once.
        while let Ok(a) = rx.try_recv() {
            pending.push(a);
        }
        if last_tick.elapsed() >= tick {
            last_tick = Instant::now();
            pending.push(Action::Tick(jiff::Timestamp::now()));
        }
        apply(terminal, model, effects, pending)?;
    }
}

/// Runs actions through `update` and sends their effects to the worker.
fn apply(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    model: &mut Model,
    effects: &Sender<Effect>,
    pending: Vec<Action>,
) -> io::Result<()> {
    for a in pending {
        if let Action::Resize(..) = a {
            terminal.autoresize()?;
        }
        for e in update(model, a) {
            let quit = matches!(e, Effect::Quit);
            let _ = effects.send(e);
            if quit {
                model.quitting = true;
            }
        }
    }
    Ok(())
}
