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

use anyhow::Context;

use tandem::checklist::catalog::Catalog;
use tandem::l10n::Locales;
use tandem::tui::content::Content;
use tandem::tui::keymap::Keymap;
use tandem::tui::runtime::{self, Options};

use super::InputError;
use crate::cli::Global;

fn keymap_path() -> Option<PathBuf> {
    match std::env::var_os("TANDEM_KEYMAP") {
        Some(p) => Some(PathBuf::from(p)),
        None => directories::ProjectDirs::from("org", "Tandem", "tandem")
            .map(|d| d.config_dir().join("keymap.toml"))
            .filter(|p| p.exists()),
    }
}

fn keymap() -> anyhow::Result<Keymap> {
    let Some(path) = keymap_path() else {
        return Ok(Keymap::default());
    };
    let text = std::fs::read_to_string(&path).with_context(|| {
        format!(
            "cannot read the keymap file {}; check TANDEM_KEYMAP",
            path.display()
        )
    })?;
    Keymap::with_overrides(&text).map_err(|e| InputError(format!("{}: {e}", path.display())).into())
}

fn env_number<T: std::str::FromStr>(name: &str) -> anyhow::Result<Option<T>> {
    match std::env::var(name) {
        Ok(v) => v
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| InputError(format!("{name} must be a whole number")).into()),
        Err(_) => Ok(None),
    }
}

pub fn run(g: &Global) -> anyhow::Result<ExitCode> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(InputError(
            "the interface needs a terminal; for scripts use the subcommands (tandem --help)"
                .into(),
        )
        .into());
    }
    let catalog = Catalog::load(g.checklists.as_deref()).context("cannot load the checklists")?;
    let locales = Locales::load(g.locales.as_deref()).context("cannot load the texts")?;
    let officer_lang = match g.officer_lang.as_deref() {
        None | Some("en") => "en",
        Some("th") => "th",
        Some(other) => {
            return Err(InputError(format!(
                "the officer language `{other}` is not available; use en or th"
            ))
            .into());
        }
    };
    let idle: u64 = env_number("TANDEM_IDLE_LOCK")?.unwrap_or(300);
    let opts = Options {
        vault_dir: super::vault::vault_dir(g),
        officer_lang: officer_lang.to_owned(),
        keymap: keymap()?,
        idle_lock: Duration::from_secs(idle.max(10)),
        kdf_log_n: env_number("TANDEM_KDF_LOG_N")?,
    };
    runtime::run(Arc::new(Content::new(catalog, locales)), opts)?;
    Ok(ExitCode::SUCCESS)
}
