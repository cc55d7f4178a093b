//! Handler: `locales check`.
use std::process::ExitCode;
use crate::cli::{Global, LocalesCommand};
pub fn locales(_g: &Global, _c: LocalesCommand) -> anyhow::Result<ExitCode> { anyhow::bail!("unfinished: locales") }
