//! Handlers: `partner`, `unit-key`, `referral`, `booklet`.
use std::process::ExitCode;
use crate::cli::{BookletArgs, Global, PartnerCommand, ReferralCommand, UnitKeyCommand};
pub fn partner(_g: &Global, _c: PartnerCommand) -> anyhow::Result<ExitCode> { anyhow::bail!("unfinished: partner") }
pub fn unit_key(_g: &Global, _c: UnitKeyCommand) -> anyhow::Result<ExitCode> { anyhow::bail!("unfinished: unit-key") }
pub fn referral(_g: &Global, _c: ReferralCommand) -> anyhow::Result<ExitCode> { anyhow::bail!("unfinished: referral") }
pub fn booklet(_g: &Global, _a: BookletArgs) -> anyhow::Result<ExitCode> { anyhow::bail!("unfinished: booklet") }
