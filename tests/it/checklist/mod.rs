//! Checklists: loading and its diagnostics, the catalog model, and the shipped content against
//! its sources.

mod broken;
mod catalog;
mod content;
