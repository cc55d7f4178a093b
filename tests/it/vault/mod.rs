//! The vault: as a library, through the binary, its frozen on-disk format, and its schema.

mod cli;
mod format;
mod kills;
mod records;
mod schema;
mod tamper;
