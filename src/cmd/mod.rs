//! Command handlers, one file per area. Each returns `anyhow::Result<ExitCode>`; errors carry
//! context that says what to do, and never personal data.

pub mod assess;
pub mod checklist;
pub mod interview;
pub mod locales;
pub mod referral;
pub mod ui;
pub mod vault;

use std::process::ExitCode;

/// An error caused by the user's input (bad file, unknown id, wrong passphrase): exit code 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct InputError(pub String);

pub fn report(err: &anyhow::Error) {
    eprintln!("tandem: {err}");
    for cause in err.chain().skip(1) {
        eprintln!("  because: {cause}");
    }
}

pub fn exit_code(err: &anyhow::Error) -> ExitCode {
    if err.chain().any(|c| c.is::<InputError>()) {
        ExitCode::from(2)
    } else {
        ExitCode::from(1)
    }
}
