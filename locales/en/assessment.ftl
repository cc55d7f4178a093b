### Assessment: the officer's judgement and the summary. The outcome is chosen at the review, pre-filled from the computed result: it says 'refer', never 'is a victim'.

checklist-title = Assessment

section-judgement = Your judgement
section-summary = Summary for the referral
section-referral = Referral

officer-judgement = In your own judgement, how clear are the trafficking indicators?
    .hint = Your view from the whole interview, before looking at the computed rule.
    .interpreter = Officer only; nothing to interpret.
officer-judgement--clear = Clear indicators present
officer-judgement--some = Some indicators present
officer-judgement--none = No indicators seen

narrative-summary = Write the short summary the person agreed to send.
    .hint = A few sentences in plain words: what happened, when and where, what the person needs. No details of sexual violence. It goes only to organisations the person agreed to.
    .interpreter = Read the summary back to the person before it is sent.

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
