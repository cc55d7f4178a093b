//! The terminal interface: `update()` flows without a terminal, screens as insta snapshots, and
//! whole interviews in tmux.

mod acceptance;
mod e2e;
mod flow;
mod partners;
mod review;
mod screens;
mod support;
