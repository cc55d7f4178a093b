//! The interview as data: answers, the visible-question flow across checklists, the profile that
//! follows from the answers, and urgent triggers. Pure: no terminal, no disk, no keys.

pub mod answer;
pub mod flow;
pub mod profile;
pub mod record;
pub mod urgent;
