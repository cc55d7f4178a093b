//! Handlers: `check`, `checklist list|show`.
use std::process::ExitCode;
use crate::cli::{ChecklistCommand, Global};
pub fn check(_g: &Global) -> anyhow::Result<ExitCode> { anyhow::bail!("unfinished: check") }
pub fn checklist(_g: &Global, _c: ChecklistCommand) -> anyhow::Result<ExitCode> { anyhow::bail!("unfinished: checklist") }
