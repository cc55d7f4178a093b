//! Text layout: line breaking, truncation and display width, checked against tmux.

mod layout;
mod tmux_width;
