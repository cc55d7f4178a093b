//! Checklists: the model, loading from TOML with `file:line:col` diagnostics, validation,
//! `show_if` conditions, and the ILO indicator assessment.

pub mod catalog;
pub mod condition;
pub mod load;
pub mod model;
pub mod scoring;
pub mod validate;

pub use catalog::{Catalog, ChecklistError};
