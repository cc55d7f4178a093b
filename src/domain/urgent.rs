//! Urgent triggers (SCREENING.md section 5): needs that surface at once and stay visible for the
//! whole interview. Checklists tag questions with these ids; the queue, the banner and the
//! referral packet name them.

vocabulary! {
    pub enum UrgentTrigger as "urgent trigger" {
        /// HIV PEP within 72 h, emergency contraception within 120 h, hepatitis B within 3 months.
        SexualViolence = "sexual-violence",
        /// Treat as a child until age is verified.
        PossibleChild = "possible-child",
        Pregnancy = "pregnancy",
        Medical = "medical",
        SelfHarm = "self-harm",
        SecurityThreat = "security-threat",
        RemovalScheduled = "removal-scheduled",
        AsksForHelp = "asks-for-help",
    }
}
