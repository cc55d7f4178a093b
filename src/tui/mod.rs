//! The terminal interface, in the Elm architecture: one [`Model`], one [`Action`] enum, a pure
//! [`update`] that returns [`Effect`]s, a pure [`render`], and a small runtime that executes the
//! effects (vault work on its own thread, so scrypt never freezes the screen).
//!
//! Only this module touches ratatui and crossterm. It never writes case data anywhere but the
//! vault: not to the terminal's scrollback (alternate screen), not to a log, not to a panic
//! message.

pub mod action;
pub mod content;
pub mod export;
pub mod keymap;
pub mod model;
pub mod partners;
pub mod update;

pub use action::{Action, Effect};
pub use keymap::{Key, Keymap};
pub use model::Model;
pub use update::update;
pub use view::render;
pub mod runtime;
pub mod view;
pub mod worker;
