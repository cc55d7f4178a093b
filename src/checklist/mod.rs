//! Checklists: the model, loading from TOML with `file:line:col` diagnostics, validation,
//! answers and `show_if` conditions, the ILO indicator assessment and the first-screen rule.
//! This module never imports `interview`: the interview is built on checklists, not the reverse.

pub mod answer;
pub mod catalog;
pub mod condition;
pub mod load;
pub mod model;
pub mod scoring;
pub mod validate;

pub use catalog::{Catalog, ChecklistError};
