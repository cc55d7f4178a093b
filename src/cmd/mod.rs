//! Command handlers, one file per area: each parses what it was given, calls `tandem::app` (or,
//! for files and checklists without a vault, the library module that owns them), and prints
//! through Fluent in the officer's language. Errors stay typed up to here ([`Failure`]) and are
//! explained by [`report`]: what happened, then what to do, on stderr.

pub mod assess;
pub mod checklist;
pub mod interview;
pub mod locales;
pub mod referral;
pub mod stats;
pub mod ui;
pub mod vault;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::OnceLock;

use tandem::app;
use tandem::domain::{Explain, Explanation, Face, Lang, OfficerLang};
use tandem::l10n::{FluentValue, Locales};
use tandem::tui::keymap::KeymapError;

use crate::cli::Global;

/// Why a command failed: an application error, or a keymap file the interface refused.
#[derive(Debug)]
pub enum Failure {
    App(app::Error),
    Keymap { path: PathBuf, source: KeymapError },
}

pub type Result<T> = std::result::Result<T, Failure>;

macro_rules! into_failure {
    ($($t:ty),*) => {$(
        impl From<$t> for Failure {
            fn from(e: $t) -> Failure {
                Failure::App(app::Error::from(e))
            }
        }
    )*};
}
into_failure!(
    app::Error,
    tandem::vault::VaultError,
    tandem::referral::ReferralError,
    tandem::checklist::catalog::ChecklistError,
    tandem::checklist::scoring::ScoringError,
    tandem::l10n::L10nError,
    tandem::domain::UnknownValue,
    std::io::Error
);

impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Failure {
        Failure::App(app::Error::Output(std::io::Error::other(e)))
    }
}

impl Explain for Failure {
    fn explain(&self) -> Explanation {
        match self {
            Failure::App(e) => e.explain(),
            Failure::Keymap { path, source } => {
                let x = match source {
                    KeymapError::Syntax(reason) => {
                        Explanation::new("keymap-syntax").arg("reason", reason)
                    }
                    KeymapError::UnknownContext(section) => {
                        Explanation::new("keymap-unknown-context").arg("section", section)
                    }
                    KeymapError::UnknownCommand(section, command) => {
                        Explanation::new("keymap-unknown-command")
                            .arg("section", section)
                            .arg("command", command)
                    }
                    KeymapError::BadKey(key) => Explanation::new("keymap-bad-key").arg("key", key),
                    KeymapError::BadValue(command, section) => Explanation::new("keymap-bad-value")
                        .arg("command", command)
                        .arg("section", section),
                    KeymapError::Conflict { key, first, second } => {
                        Explanation::new("keymap-conflict")
                            .arg("key", key)
                            .arg("first", first)
                            .arg("second", second)
                    }
                    KeymapError::PlainGlobal(command) => {
                        Explanation::new("keymap-plain-global").arg("command", command)
                    }
                    KeymapError::Unbound(command) => {
                        Explanation::new("keymap-unbound").arg("command", command)
                    }
                };
                x.arg("path", path.display())
            }
        }
    }

    fn is_input(&self) -> bool {
        match self {
            Failure::App(e) => e.is_input(),
            Failure::Keymap { .. } => true,
        }
    }
}

/// The built-in texts, loaded once per process (every command prints through them).
pub fn texts() -> &'static Locales {
    static TEXTS: OnceLock<Locales> = OnceLock::new();
    TEXTS.get_or_init(Locales::builtin)
}

/// The texts a command works with: `--locales DIR` when given, else the built-in ones (the same
/// texts [`say`] prints through, so a command parses each file it needs once).
pub fn locales(g: &Global) -> Result<&'static Locales> {
    static FROM_DIR: OnceLock<Locales> = OnceLock::new();
    match g.locales.as_deref() {
        None => Ok(texts()),
        Some(dir) => {
            if let Some(l) = FROM_DIR.get() {
                return Ok(l);
            }
            let loaded = Locales::from_dir(dir)?;
            Ok(FROM_DIR.get_or_init(|| loaded))
        }
    }
}

/// The officer's language: `--officer-lang` / `TANDEM_LANG`, else English.
pub fn officer_lang(g: &Global) -> Lang {
    g.officer_lang.unwrap_or(OfficerLang::En).lang()
}

/// An interface message in the officer's language.
pub fn say(g: &Global, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    texts().ui(officer_lang(g), id, args)
}

/// Explains a failure on stderr: what happened, what to do, then each cause the same way; for
/// invalid checklists, every diagnostic after it.
pub fn report(g: &Global, failure: &Failure) {
    let lines = texts().explain(officer_lang(g), Face::CommandLine, &failure.explain());
    for (i, (what, todo)) in lines.iter().enumerate() {
        let lead = if i == 0 { "tandem: " } else { "  " };
        eprintln!("{lead}{what}");
        eprintln!("  {todo}");
    }
    if let Failure::App(app::Error::Checklists(
        tandem::checklist::catalog::ChecklistError::Invalid(diags),
    )) = failure
    {
        for d in diags {
            eprintln!("{d}");
        }
    }
}

pub fn exit_code(failure: &Failure) -> ExitCode {
    if failure.is_input() {
        ExitCode::from(2)
    } else {
        ExitCode::from(1)
    }
}
