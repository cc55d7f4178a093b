//! Staff roles. An officer interviews; a supervisor also reviews, exports referrals, and manages
//! users, partners and retention (the vault enforces it: only supervisors hold the unit key).

vocabulary! {
    pub enum Role as "role" {
        Officer = "officer",
        Supervisor = "supervisor",
    }
}
