### Assessment: the officer's judgement. Outcomes say 'refer', never 'is a victim'.

checklist-title = Assessment

section-judgement = Your judgement
section-decision = Decision
section-referral = Referral

officer-judgement = In your own judgement, how clear are the trafficking indicators?
    .hint = Your view from the whole interview, before looking at the computed rule.
    .interpreter = Officer only; nothing to interpret.
officer-judgement--clear = Clear indicators present
officer-judgement--some = Some indicators present
officer-judgement--none = No indicators seen

assessment-outcome = What is the outcome of this screening?
    .hint = Screening is not identification: the multidisciplinary team decides later.
    .interpreter = Officer only; nothing to interpret.
assessment-outcome--refer-presumed-victim = Indicators present: refer as a presumed victim
assessment-outcome--refer-further-interview = Some indicators: refer for a further interview
assessment-outcome--vulnerable-other-referral = Vulnerable migrant: refer to other services
assessment-outcome--no-referral = No referral

assessment-differs = Does your outcome differ from the computed indicator rule?
    .hint = Compare with the rule result shown above. If yes, give a reason.
    .interpreter = Officer only; nothing to interpret.

assessment-reason = Why does your outcome differ from the computed rule?
    .hint = Short and factual. No details of violence.
    .interpreter = Officer only; nothing to interpret.

assessment-services = Which services do you request for the person?
    .hint = Only services the person agreed to in the consent.
    .interpreter = Officer only; nothing to interpret.
assessment-services--shelter = Shelter
assessment-services--medical = Medical care
assessment-services--mental-health = Mental health support
assessment-services--legal-aid = Legal aid
assessment-services--social-welfare = Social welfare
assessment-services--child-protection = Child protection
assessment-services--family-tracing = Family tracing
assessment-services--safe-return = Safe return and reintegration
assessment-services--asylum = Refugee protection

assessment-urgency = How urgent is the referral?
    .hint = Emergency: within days. Urgent: within weeks. Normal: routine.
    .interpreter = Officer only; nothing to interpret.
assessment-urgency--emergency = Emergency (days)
assessment-urgency--urgent = Urgent (weeks)
assessment-urgency--normal = Normal
