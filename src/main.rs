//! The `tandem` binary: parse the command line, run, map errors to exit codes.
//!
//! Exit codes: 0 success; 1 the check or operation failed (the message says why); 2 bad input
//! (unknown id, invalid file, wrong passphrase); 3 `referral verify`: genuine but expired.

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::CommandFactory;

use cli::{Cli, Command};

fn main() -> ExitCode {
    tandem::platform::harden_process();
    let cli = Cli::parse_args();
    let global = cli.global.clone();
    match run(cli) {
        Ok(code) => code,
        Err(failure) => {
            cmd::report(&global, &failure);
            cmd::exit_code(&failure)
        }
    }
}

fn run(cli: Cli) -> cmd::Result<ExitCode> {
    let g = &cli.global;
    match cli.command {
        None => cmd::ui::run(g),
        Some(Command::Check) => cmd::checklist::check(g),
        Some(Command::Checklist(c)) => cmd::checklist::checklist(g, c),
        Some(Command::Assess(a)) => cmd::assess::assess(g, a),
        Some(Command::Interview(c)) => cmd::interview::interview(g, c),
        Some(Command::Locales(c)) => cmd::locales::locales(g, c),
        Some(Command::Init(a)) => cmd::vault::init(g, a),
        Some(Command::User(c)) => cmd::vault::user(g, c),
        Some(Command::Record(c)) => cmd::vault::record(g, c),
        Some(Command::Audit(c)) => cmd::vault::audit(g, c),
        Some(Command::Purge(a)) => cmd::vault::purge(g, a),
        Some(Command::TimeZone { zone }) => cmd::vault::time_zone(g, zone),
        Some(Command::Backup(a)) => cmd::vault::backup(g, a),
        Some(Command::Restore(a)) => cmd::vault::restore(g, a),
        Some(Command::Recovery(c)) => cmd::vault::recovery(g, c),
        Some(Command::Partner(c)) => cmd::referral::partner(g, c),
        Some(Command::UnitKey(c)) => cmd::referral::unit_key(g, c),
        Some(Command::Referral(c)) => cmd::referral::referral(g, c),
        Some(Command::Stats(c)) => cmd::stats::stats(g, c),
        Some(Command::Booklet(a)) => cmd::referral::booklet(g, a),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(shell, &mut Cli::command(), "tandem", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
    }
}
