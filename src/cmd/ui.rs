//! Handler: the terminal interface.
use std::process::ExitCode;
use crate::cli::Global;
pub fn run(_g: &Global) -> anyhow::Result<ExitCode> { anyhow::bail!("unfinished: ui") }
