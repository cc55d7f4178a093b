//! The runtime: owns the terminal and the threads, feeds Actions to `update`, executes Effects.
//!
//! - The terminal guard restores the terminal on drop, and a panic hook restores it first and
//!   prints a fixed message (never the panic payload, which could hold case data).
//! - The alternate screen keeps every frame out of the scrollback.
//! - Input and signals arrive on their own threads; the vault lives on a worker thread, so the
//!   slow scrypt unlock never freezes the screen and nothing on the keystroke path touches the
//!   disk except the commit of an answer (done by the worker, in order).

use std::collections::HashMap;
use std::io::{self, Stdout};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use crossterm::event::{self, Event, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::{cursor, execute, terminal};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::checklist::model::Kind;
use crate::interview::answer::Answer;
use crate::interview::{flow, urgent};
use crate::vault::{AuditEvent, InitOptions, RecordId, Role, Session, Vault, VaultError};

use super::action::{Action, AuditKind, Effect};
use super::content::Content;
use super::keymap::{Key, KeyCode, Keymap};
use super::model::{CaseRow, Model, UserRow};
use super::update::update;
use super::view::render;

/// How the interface is set up for this run.
pub struct Options {
    pub vault_dir: PathBuf,
    pub officer_lang: String,
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
pub fn run(content: Arc<Content>, opts: Options) -> anyhow::Result<()> {
    let (tx, rx) = mpsc::channel::<Action>();
    let (effects_tx, effects_rx) = mpsc::channel::<Effect>();

    // Signals first: a SIGTERM during start-up must still lock.
    let mut signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGINT,
    ])
    .context("cannot watch for SIGHUP and SIGTERM")?;
    let sig_tx = tx.clone();
    thread::spawn(move || {
        if signals.forever().next().is_some() {
            let _ = sig_tx.send(Action::Shutdown);
        }
    });

    let worker = {
        let tx = tx.clone();
        let dir = opts.vault_dir.clone();
        let content = content.clone();
        let kdf = opts.kdf_log_n;
        thread::spawn(move || vault_worker(&dir, kdf, &content, &effects_rx, &tx))
    };

    install_panic_hook();
    let guard = TerminalGuard::enter().context("cannot set up the terminal")?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))
        .context("cannot draw on this terminal")?;

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
        &opts.officer_lang,
        jiff::Timestamp::now(),
    );
    model.idle_lock_after =
        jiff::SignedDuration::try_from(opts.idle_lock).unwrap_or(model.idle_lock_after);
    let size = terminal.size().context("cannot read the terminal size")?;
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
) -> anyhow::Result<()> {
    let tick = Duration::from_secs(1);
    let mut last_tick = Instant::now();
    loop {
        terminal
            .draw(|f| render(model, f))
            .context("cannot draw on the terminal")?;
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
        for a in pending {
            if let Action::Resize(..) = a {
                terminal.autoresize().context("cannot resize")?;
            }
            for e in update(model, a) {
                let quit = matches!(e, Effect::Quit);
                let _ = effects.send(e);
                if quit {
                    model.quitting = true;
                }
            }
        }
    }
}

enum VaultState {
    Closed,
    Locked(Vault),
    Open(Box<Session>),
}

fn user_row(u: &crate::vault::UserInfo) -> UserRow {
    UserRow {
        name: u.name.clone(),
        supervisor: u.role == Role::Supervisor,
    }
}

fn failure(e: &VaultError) -> Action {
    Action::VaultFailed {
        message: e.to_string(),
    }
}

/// The vault thread: executes vault effects in order and answers with Actions.
fn vault_worker(
    dir: &std::path::Path,
    kdf_log_n: Option<u8>,
    content: &Content,
    effects: &Receiver<Effect>,
    tx: &Sender<Action>,
) {
    let mut state = VaultState::Closed;
    let mut slots: HashMap<u64, RecordId> = HashMap::new();
    if Vault::exists(dir) {
        match Vault::open(dir).and_then(|v| {
            let users = v.users()?;
            let unit = v.unit_name()?;
            Ok((v, users, unit))
        }) {
            Ok((v, users, unit)) => {
                let _ = tx.send(Action::VaultOpened {
                    users: users.iter().map(user_row).collect(),
                    unit,
                });
                state = VaultState::Locked(v);
            }
            Err(e) => {
                let _ = tx.send(failure(&e));
            }
        }
    } else {
        let _ = tx.send(Action::VaultMissing);
    }
    for effect in effects {
        let reply = match effect {
            Effect::CreateVault {
                supervisor,
                unit,
                passphrase,
            } => {
                let opts = InitOptions {
                    supervisor: supervisor.clone(),
                    passphrase: passphrase.clone(),
                    recovery_recipient: None,
                    kdf_log_n,
                    retention_months: 12,
                    unit,
                };
                match Vault::create(dir, opts) {
                    Ok(v) => unlock(&mut state, v, &supervisor, &passphrase),
                    Err(e) => Some(Action::UnlockFailed {
                        message: e.to_string(),
                        wrong_passphrase: false,
                    }),
                }
            }
            Effect::Unlock { user, passphrase } => {
                match std::mem::replace(&mut state, VaultState::Closed) {
                    VaultState::Locked(v) => unlock(&mut state, v, &user, &passphrase),
                    other => {
                        state = other;
                        None
                    }
                }
            }
            Effect::ListCases => match &mut state {
                VaultState::Open(s) => Some(match s.list_records() {
                    // The summary carries no answers, and urgent flags and the removal date
                    // come from answers: read each record whole (worker thread, not a key).
                    Ok(list) => Action::Cases(
                        list.into_iter()
                            .map(|r| {
                                let doc = s.read_record(&r.id).unwrap_or(r.document);
                                case_row(content, r.id.to_string(), &doc, r.updated)
                            })
                            .collect(),
                    ),
                    Err(e) => failure(&e),
                }),
                _ => None,
            },
            Effect::OpenCase { id } => match (&mut state, id.parse::<RecordId>()) {
                (VaultState::Open(s), Ok(rid)) => Some(match s.read_record(&rid) {
                    Ok(doc) => Action::Opened {
                        id,
                        doc: Box::new(doc),
                    },
                    Err(e) => failure(&e),
                }),
                _ => None,
            },
            Effect::Save { slot, id, doc, seq } => match &mut state {
                VaultState::Open(s) => {
                    let known = id
                        .and_then(|i| i.parse::<RecordId>().ok())
                        .or_else(|| slots.get(&slot).cloned());
                    let result = match known {
                        Some(rid) => s.update_record(&rid, &doc).map(|()| rid),
                        None => s.create_record(&doc),
                    };
                    Some(match result {
                        Ok(rid) => {
                            slots.insert(slot, rid.clone());
                            Action::Saved {
                                slot,
                                id: rid.to_string(),
                                seq,
                            }
                        }
                        Err(e) => failure(&e),
                    })
                }
                _ => None,
            },
            Effect::Audit(kind) => {
                if let VaultState::Open(s) = &mut state {
                    let event = match kind {
                        AuditKind::QuickLock => Some(AuditEvent::QuickLock),
                        AuditKind::IdleLock => Some(AuditEvent::IdleLock),
                        AuditKind::InterviewStopped { slot } => slots
                            .get(&slot)
                            .map(|r| AuditEvent::InterviewStopped { record: r.clone() }),
                    };
                    if let Some(ev) = event
                        && let Err(e) = s.record_event(ev)
                    {
                        let _ = tx.send(failure(&e));
                    }
                }
                None
            }
            Effect::Referral(e) => match &mut state {
                VaultState::Open(s) => Some(Action::Referral(super::partners::run(s, content, e))),
                _ => None,
            },
            Effect::Lock => match std::mem::replace(&mut state, VaultState::Closed) {
                VaultState::Open(s) => match s.lock() {
                    Ok(v) => {
                        state = VaultState::Locked(v);
                        Some(Action::Locked)
                    }
                    Err(e) => Some(failure(&e)),
                },
                other => {
                    state = other;
                    None
                }
            },
            Effect::Quit => {
                if let VaultState::Open(s) = std::mem::replace(&mut state, VaultState::Closed) {
                    let _ = s.lock();
                }
                break;
            }
        };
        if let Some(a) = reply
            && tx.send(a).is_err()
        {
            break;
        }
    }
    if let VaultState::Open(s) = state {
        let _ = s.lock();
    }
}

fn unlock(
    state: &mut VaultState,
    v: Vault,
    user: &str,
    passphrase: &crate::vault::SecretString,
) -> Option<Action> {
    match v.unlock(user, passphrase) {
        Ok(s) => {
            let action = Action::Unlocked {
                user: user_row(s.user()),
                unit: s.unit_name().to_owned(),
            };
            *state = VaultState::Open(Box::new(s));
            Some(action)
        }
        Err((v, e)) => {
            *state = VaultState::Locked(v);
            Some(Action::UnlockFailed {
                wrong_passphrase: matches!(e, VaultError::WrongPassphrase { .. }),
                message: e.to_string(),
            })
        }
    }
}

/// The profile question that records the scheduled removal date (no tag names it yet).
const REMOVAL_DATE_QUESTION: &str = "removal-date";

/// A queue row: the urgent triggers that fired and the scheduled removal date, if recorded.
pub fn case_row(
    content: &Content,
    id: String,
    doc: &crate::interview::record::RecordDocument,
    updated: jiff::Timestamp,
) -> CaseRow {
    let checklists = content.checklists();
    let interview = flow::Interview::new(doc.clone(), checklists);
    let mut triggers: Vec<String> = Vec::new();
    for f in urgent::fired(&interview, checklists, updated) {
        if !triggers.contains(&f.trigger) {
            triggers.push(f.trigger);
        }
    }
    let removal = checklists
        .iter()
        .flat_map(|c| &c.questions)
        .filter(|q| {
            q.kind == Kind::Date
                && (q
                    .urgent
                    .as_ref()
                    .is_some_and(|u| u.trigger == "removal-scheduled")
                    || q.id == REMOVAL_DATE_QUESTION)
        })
        .find_map(|q| match interview.answers().get(&q.id) {
            Some(Answer::Date(d)) => Some(*d),
            _ => None,
        });
    CaseRow {
        id,
        case_ref: doc.case_ref.clone(),
        status: doc.status,
        urgent: triggers,
        removal,
        updated,
    }
}
