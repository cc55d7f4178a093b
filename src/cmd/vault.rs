//! Handlers: `init`, `user`, `record`, `audit`, `purge`.
use std::process::ExitCode;
use crate::cli::{AuditCommand, Global, InitArgs, PurgeArgs, RecordCommand, UserCommand};
pub fn init(_g: &Global, _a: InitArgs) -> anyhow::Result<ExitCode> { anyhow::bail!("unfinished: init") }
pub fn user(_g: &Global, _c: UserCommand) -> anyhow::Result<ExitCode> { anyhow::bail!("unfinished: user") }
pub fn record(_g: &Global, _c: RecordCommand) -> anyhow::Result<ExitCode> { anyhow::bail!("unfinished: record") }
pub fn audit(_g: &Global, _c: AuditCommand) -> anyhow::Result<ExitCode> { anyhow::bail!("unfinished: audit") }
pub fn purge(_g: &Global, _a: PurgeArgs) -> anyhow::Result<ExitCode> { anyhow::bail!("unfinished: purge") }
