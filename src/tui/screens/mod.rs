//! The rooms of the interface, one module each: a screen or an overlay holds its state, its key
//! handling and its drawing. A room sees only its own state and [`Shared`](super::shared::Shared)
//! (never the whole Model): its keys change that and return Effects, and when a key opens or
//! leaves a room it asks the router (`update`) with a [`Go`](super::shared::Go).
//!
//! Rooms use `draw`, `shared`, `keymap`, `content` and `action`, never `model`, `update` or `view`.
//! One room uses another in one direction only: the review and the overlays that act on an
//! interview (`jump`, `note`, `stop`, `export`) use `question`, which owns the interview in
//! progress ([`question::Interview`]); `question` uses none of them.
//!
//! Who opens whom (each through a `Go`, carried out by `update`): the queue opens partners and
//! the new-interview overlay, which starts a question; the question opens the review, jump and
//! note; the review opens export and goes back to the question; a stop (the stop overlay, opened
//! by a global key, or a refused consent), a hand-off and partners' Back go to the queue.

// Before unlock.
pub mod lock;
pub mod setup;
pub mod unlock;
// Unlocked screens.
pub mod partners;
pub mod question;
pub mod queue;
pub mod review;
// Overlays.
pub mod export;
pub mod help;
pub mod jump;
pub mod new_interview;
pub mod note;
pub mod stop;
