//! Tandem's integration tests, as one test binary (`cargo test --test it`): one module per area
//! of the program, plus what they share. One binary links the whole stack once instead of once
//! per file, and its tests run in parallel with one another.
//!
//! Shared by all: `command` runs the binary (a scratch directory per test, the exit code it must
//! end with, a readable failure), `fixtures` finds the source tree's data, `tools` decides what
//! a test does when tmux, age, minisign or Chromium is missing (fail under `CI`, else skip),
//! `tmux` gives a test a private terminal server.
//!
//! Data the tests read stays beside this directory: `tests/broken/` (broken checklists, each
//! with the diagnostics it must give), `tests/cases/` (example interviews and their
//! assessments), `tests/fixtures/` (a small valid checklist set), `tests/data/` (a vault frozen
//! by an earlier build). Screen snapshots live next to the module that takes them
//! (`tui/snapshots/`), where insta looks for them.

mod command;
mod fixtures;
mod tmux;
mod tools;

mod architecture;
mod checklist;
mod engine;
mod htcds;
mod l10n;
mod referral;
mod robustness;
mod text;
mod tui;
mod vault;
