//! The assessment: the ILO indicator rule as a specification, the shipped checklist against a
//! plain second implementation, the example interviews, and the `tandem assess` command.

mod assess_cli;
mod cases;
mod oracle;
mod rules;
mod shipped;
mod stages;
