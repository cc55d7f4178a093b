//! The terminal interface, in the Elm architecture, as rooms with one job each.
//!
//! - [`Model`] (`model`): everything the screen shows, as plain data: what every room shares
//!   (`shared::Shared`: texts, keymap, clock, who is unlocked, the notice line) and the state of
//!   the screen, the overlay and the lock screen.
//! - [`Action`] (`action`): what can happen (a key, a tick, a vault answer); [`Effect`]: what the
//!   interface asks the runtime to do (vault work, lock, quit).
//! - [`update`] (`update`): the only place the Model changes, pure (no clock, no disk, no
//!   terminal). It handles what works everywhere (quick and idle lock, shutdown, help,
//!   interpreter view, language switch; on an interview urgent, stop and pause) and routes every
//!   other key and Action to the room it concerns.
//! - The rooms (`screens::*`): one module per screen and overlay (set-up, unlock, lock, queue,
//!   question, review, partners; help, new interview, jump, note, stop, export), each with its
//!   state, its keys (its state and a key in, Effects out) and its drawing. A room sees only its
//!   own state and `Shared`; to open or leave a room it asks `update` with a `shared::Go`.
//! - [`render`] (`view`): lays out the frame (header, body, notice, footer, overlay frame) and
//!   asks the room to draw; `draw` holds the primitives every room draws with.
//! - The worker (`worker`): the only module here that calls the application layer (`crate::app`):
//!   it runs the vault Effects on its own thread and answers with Actions, so scrypt never
//!   freezes the screen.
//! - The runtime (`runtime`): owns the terminal and the threads, feeds Actions to `update`,
//!   draws with `render`, and hands Effects to the worker.
//!
//! Modules depend one way: `keymap`, `content` and `draw` depend on no other module here;
//! `shared` on `content` and `keymap`; `action` on `shared` and `keymap`; the rooms on those;
//! `model` on the rooms; `update` and `view` on `model` and the rooms; `runtime` on everything.
//!
//! Only this module touches ratatui and crossterm. It never writes case data anywhere but the
//! vault: not to the terminal's scrollback (alternate screen), not to a log, not to a panic
//! message.

pub mod action;
pub mod content;
pub mod draw;
pub mod keymap;
pub mod model;
pub mod runtime;
pub mod screens;
pub mod shared;
pub mod update;
pub mod view;
pub mod worker;

pub use action::{Action, Effect};
pub use keymap::{Key, Keymap};
pub use model::Model;
pub use update::update;
pub use view::render;

/// The export dialog, at the path it had before the rooms had modules (`tui::export`).
pub use screens::export;

/// The partners screen and the referral messages, at the paths they had before the rooms had
/// modules (`tui::partners::…`).
pub mod partners {
    pub use super::action::{ReferralAction, ReferralEffect};
    pub use super::screens::partners::*;
    pub use crate::app::partners::PartnerRow;
}
