//! The officer's decision at review. Screening is not identification: the strongest outcome is
//! "refer as a presumed victim" (a referral for identification), never "is a victim".

vocabulary! {
    /// What the officer decides at the end of a screening.
    pub enum Outcome as "decision outcome" {
        ReferPresumedVictim = "refer-presumed-victim",
        ReferFurtherInterview = "refer-further-interview",
        VulnerableOtherReferral = "vulnerable-other-referral",
        NoReferral = "no-referral",
    }
}

impl Outcome {
    /// Whether choosing this outcome departs from the computed rule, and so needs the officer's
    /// reason: referring as a presumed victim when the rule is not met, or anything else when it
    /// is. `rule_met` is `Some(true)` for met, `Some(false)` for not met, `None` while the rule is
    /// incomplete (no departure is possible from an open result).
    pub fn departs_from_rule(self, rule_met: Option<bool>) -> bool {
        match rule_met {
            Some(true) => self != Outcome::ReferPresumedVictim,
            Some(false) => self == Outcome::ReferPresumedVictim,
            None => false,
        }
    }

    /// The outcome the computed rule suggests, to pre-fill the review.
    pub fn suggested(rule_met: Option<bool>) -> Option<Outcome> {
        match rule_met {
            Some(true) => Some(Outcome::ReferPresumedVictim),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decision_against_the_rule_needs_a_reason_and_an_open_rule_never_does() {
        use Outcome::*;
        assert!(!ReferPresumedVictim.departs_from_rule(Some(true)));
        assert!(NoReferral.departs_from_rule(Some(true)));
        assert!(ReferFurtherInterview.departs_from_rule(Some(true)));
        assert!(ReferPresumedVictim.departs_from_rule(Some(false)));
        assert!(!NoReferral.departs_from_rule(Some(false)));
        for o in Outcome::ALL {
            assert!(!o.departs_from_rule(None));
        }
    }
}
