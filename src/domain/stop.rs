//! Why an interview was stopped before its end (WHO 2003, recommendation 1: a stop-and-reschedule
//! path). The reason is kept in the sealed record; the audit log says only that it stopped.

vocabulary! {
    pub enum StopReason as "reason for stopping" {
        PersonAsked = "person-asked",
        PrivacyRisk = "privacy-risk",
        Distress = "distress",
        InterpreterProblem = "interpreter-problem",
        UrgentCare = "urgent-care",
        /// The person did not agree to the interview: only the session set-up is kept.
        ConsentRefused = "consent-refused",
        Other = "other",
    }
}

impl StopReason {
    /// Reasons the officer can pick (consent refusal comes from the person's answer instead).
    pub const OFFERED: [StopReason; 6] = [
        StopReason::PersonAsked,
        StopReason::PrivacyRisk,
        StopReason::Distress,
        StopReason::InterpreterProblem,
        StopReason::UrgentCare,
        StopReason::Other,
    ];

    /// The longest free text the officer may add to a reason.
    pub const DETAIL_MAX: usize = 120;
}
