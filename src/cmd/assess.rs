//! Handler: `assess`.
use std::process::ExitCode;
use crate::cli::{AssessArgs, Global};
pub fn assess(_g: &Global, _a: AssessArgs) -> anyhow::Result<ExitCode> { anyhow::bail!("unfinished: assess") }
