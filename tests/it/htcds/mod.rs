//! IOM's Human Trafficking Case Data Standard: checklist tags that name real fields and values
//! (`tags`), the standard in referral packets (`packet`), and the statistics export with its
//! k-anonymity checked independently on a synthetic vault (`stats`).

mod packet;
mod stats;
mod tags;
