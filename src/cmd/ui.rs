//! Handler: the terminal interface. Gathers the settings (vault, languages, keymap file, idle
//! lock) and hands over to `tandem::tui`. Never touches the terminal itself.
//!
//! Settings from the environment: `TANDEM_KEYMAP` (a keymap file, default
//! `<config dir>/tandem/keymap.toml`; see docs/keymap.md), `TANDEM_IDLE_LOCK` (seconds without
//! a key before the screen locks, default 300), `TANDEM_KDF_LOG_N` (scrypt work factor for a
//! vault created by the set-up screen; tests only).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use tandem::app::{self, FileRole};
use tandem::checklist::catalog::Catalog;
use tandem::l10n::Locales;
use tandem::tui::content::Content;
use tandem::tui::keymap::Keymap;
use tandem::tui::runtime::{self, Options};

use super::{Failure, Result};
use crate::cli::Global;

fn keymap_path() -> Option<PathBuf> {
    match std::env::var_os("TANDEM_KEYMAP") {
        Some(p) => Some(PathBuf::from(p)),
        None => directories::ProjectDirs::from("org", "Tandem", "tandem")
            .map(|d| d.config_dir().join("keymap.toml"))
            .filter(|p| p.exists()),
    }
}

fn keymap() -> Result<Keymap> {
    let Some(path) = keymap_path() else {
        return Ok(Keymap::default());
    };
    let text = std::fs::read_to_string(&path).map_err(app::Error::read(FileRole::Keymap, &path))?;
    Keymap::with_overrides(&text).map_err(|source| Failure::Keymap { path, source })
}

fn env_number<T: std::str::FromStr>(name: &'static str) -> Result<Option<T>> {
    match std::env::var(name) {
        Ok(v) => Ok(Some(
            v.trim()
                .parse()
                .map_err(|_| app::Error::NotANumber { variable: name })?,
        )),
        Err(_) => Ok(None),
    }
}

pub fn run(g: &Global) -> Result<ExitCode> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(app::Error::NeedsTerminal.into());
    }
    // The vault opens on its own thread while the texts load and the terminal is set up.
    let vault_dir = super::vault::vault_dir(g);
    let opening = tandem::tui::worker::start_opening(&vault_dir);
    let locales = Locales::load(g.locales.as_deref())?;
    // Checklists from a directory are checked before the interface starts (a mistake is shown
    // as file:line:col); the built-in ones load in the background.
    let content = match g.checklists.as_deref() {
        Some(dir) => Content::new(Catalog::load(Some(dir))?, locales),
        None => Content::with_builtin_checklists(locales),
    };
    let idle: u64 = env_number("TANDEM_IDLE_LOCK")?.unwrap_or(300);
    let opts = Options {
        vault_dir,
        opening,
        officer_lang: g.officer_lang.unwrap_or_default(),
        keymap: keymap()?,
        idle_lock: Duration::from_secs(idle.max(10)),
        kdf_log_n: env_number("TANDEM_KDF_LOG_N")?,
    };
    runtime::run(Arc::new(content), opts).map_err(app::Error::Terminal)?;
    Ok(ExitCode::SUCCESS)
}
