//! A record's status and the moves between statuses. Every change of status goes through
//! [`RecordStatus::apply`], so neither the terminal interface nor the command line can put a
//! record where the procedure does not allow it (an exported record back to a draft, say).
//!
//! ```text
//! draft ──stop──▶ stopped ──resume──▶ draft
//! draft ──hand off──▶ awaiting-review ──reopen──▶ draft
//! draft | awaiting-review ──export──▶ referred ──export──▶ referred
//! awaiting-review | referred ──close──▶ closed
//! ```

vocabulary! {
    #[derive(Default)]
    pub enum RecordStatus as "record status" {
        /// Being interviewed (first screen or full interview).
        #[default]
        Draft = "draft",
        /// Stopped before its end (the reason is in the record).
        Stopped = "stopped",
        /// The officer decided and handed the case to a supervisor.
        AwaitingReview = "awaiting-review",
        /// At least one referral packet left the unit.
        Referred = "referred",
        Closed = "closed",
    }
}

vocabulary! {
    /// A move from one status to another.
    pub enum Transition as "status change" {
        Stop = "stop",
        Resume = "resume",
        HandOff = "hand-off",
        Reopen = "reopen",
        Export = "export",
        Close = "close",
    }
}

vocabulary! {
    /// Where a case stands in the unit's day plan (the case queue): who still needs a first
    /// screen, who is flagged for the full interview, who awaits a supervisor.
    pub enum CaseStep as "case step" {
        FirstScreen = "first-screen",
        FullInterview = "full-interview",
        /// The first screen found no indicators; the officer's decision is still to record.
        NoIndicators = "no-indicators",
        AwaitingSupervisor = "awaiting-supervisor",
        Referred = "referred",
        Stopped = "stopped",
        Closed = "closed",
    }
}

impl RecordStatus {
    /// The status after `t`, or `None` when `t` is not allowed from this status.
    pub fn apply(self, t: Transition) -> Option<RecordStatus> {
        use RecordStatus::*;
        use Transition::*;
        match (self, t) {
            (Draft, Stop) => Some(Stopped),
            (Stopped, Resume) => Some(Draft),
            // Saving an answer to a draft is not a move; a draft may be stopped again.
            (Draft, HandOff) => Some(AwaitingReview),
            (AwaitingReview, Reopen) => Some(Draft),
            // A supervisor may send an urgent referral (a PEP window, a removal tomorrow) before
            // the officer has handed the case off.
            (Draft | AwaitingReview | Referred, Export) => Some(Referred),
            (AwaitingReview | Referred, Close) => Some(Closed),
            _ => None,
        }
    }

    /// Whether answers may still be changed (only while interviewing).
    pub fn is_open(self) -> bool {
        matches!(self, RecordStatus::Draft | RecordStatus::Stopped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_procedure_allows_exactly_these_moves() {
        use RecordStatus::*;
        use Transition::*;
        let allowed = [
            (Draft, Stop, Stopped),
            (Stopped, Resume, Draft),
            (Draft, HandOff, AwaitingReview),
            (AwaitingReview, Reopen, Draft),
            (Draft, Export, Referred),
            (AwaitingReview, Export, Referred),
            (Referred, Export, Referred),
            (AwaitingReview, Close, Closed),
            (Referred, Close, Closed),
        ];
        for s in RecordStatus::ALL {
            for t in Transition::ALL {
                let want = allowed
                    .iter()
                    .find(|(from, via, _)| from == s && via == t)
                    .map(|(_, _, to)| *to);
                assert_eq!(s.apply(*t), want, "{s} --{t}-->");
            }
        }
    }
}
