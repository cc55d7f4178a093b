//! Referral packets: what goes in for each partner, refusals, the schema, the HTML page, the
//! commands, and a receiver with only the stock tools.

mod cli;
pub mod fixture;
mod html;
mod packet;
mod schema;
mod stock_tools;
