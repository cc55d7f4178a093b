### Consent: explain each point first (see the hint), then ask.

checklist-title = Consent

section-explained = What we explained
section-agreement = Agreement
section-sharing = Sharing for referral
section-guardian = Guardian or social worker

consent-purpose = Do you understand why we want to talk with you today?
    .hint = Explain first: we look for signs that someone was exploited, so we can refer them to help. It is not a decision about the person.
    .interpreter = Check understanding in the person's own words; a nod is not enough. Avoid legal terms like 'victim'.

consent-data-uses = Do you understand what we write down, who may see it, and what it is used for?
    .hint = Explain first: answers are stored locked on this laptop and shared only with the organisations the person agrees to.
    .interpreter = Use 'write down' and 'keep', not technical words. Say clearly who may see it.

consent-research = May we use your answers, without your name or anything that shows who you are, for counting and research?
    .hint = Separate from the interview: a no here changes nothing else.
    .interpreter = Make clear this is a separate choice and a no is fine.

consent-access = Do you understand that you can ask to see what we wrote about you?
    .hint = Explain how to ask: through the unit, the shelter or the NGO that receives the referral.
    .interpreter = Say who to ask, in simple words.

consent-retention = Do you understand how long we keep your answers, and that they are then destroyed?
    .hint = Give the unit's retention period, for example 12 months.
    .interpreter = Say the period in months; avoid the word 'retention'.

consent-withdraw = Do you understand that you can take back your agreement later, and how to do it?
    .hint = Explain first: tell the officer, the shelter or the NGO; what was not yet shared will not be shared.
    .interpreter = Make clear that taking it back will not be held against the person.

consent-skip-stop = Do you understand that you can skip any question, take a break, or stop at any time?
    .hint = Show the person how to signal a break, for example a raised hand.
    .interpreter = Say this slowly; it is the most important promise of the interview. Agree a simple sign for a break.

consent-legal-rights = Do you understand that you may have a right to legal help and to compensation?
    .hint = Thai Anti-Trafficking Act s.34: the person must be told of these rights.
    .interpreter = Say 'may have'; do not promise money or a result.

consent-interview = Do you agree to answer our questions now?
    .hint = For a child this is the child's own assent; a guardian's consent is asked as well. No, unsure or declined stops the interview.
    .interpreter = Ask without pressure and accept the first answer. A no is a complete answer; do not ask why.

consent-share-with = Which kinds of organisation may we send your information to, so they can help you?
    .hint = Read each kind aloud and mark only those the person agrees to. None is a valid answer.
    .interpreter = Explain each kind in plain words: a shelter is a safe place to stay; social welfare is the government's social workers.
consent-share-with--shelter = A shelter (a safe place to stay)
consent-share-with--medical = Doctors and health services
consent-share-with--legal-aid = Lawyers or legal aid
consent-share-with--social-welfare = Government social workers
consent-share-with--ngo = A non-governmental organisation that helps people like you

consent-police = May we also share your information with the police, so they can investigate what happened to you?
    .hint = A separate choice. A no does not change any help offered.
    .interpreter = Make clear that saying no to the police does not reduce any help. Do not encourage either answer.

consent-narrative = May we send a short summary of what you told us, so you do not have to repeat it?
    .hint = Without it the referral carries only the answers and the assessment.
    .interpreter = Explain that the person can hear the summary before it is sent.

consent-restrictions = Is there anyone who must not be told about you or contacted, or anything we must not share?
    .hint = For example the family, the embassy, an employer, or the interview's details. Write none if none.
    .interpreter = Give the person time; people often think of someone after a pause. Names said here are confidential.

consent-guardian = Has a parent, guardian or social worker agreed to this interview and to the referral?
    .hint = Needed for every possible child, in addition to the child's own assent.
    .interpreter = If the guardian is present, translate for them too, and let the child speak first.

consent-guardian-role = Who gave that consent?
    .hint = Never a person linked to the recruitment or the work.
    .interpreter = Ask the adult to state their relationship to the child.
consent-guardian-role--parent = A parent
consent-guardian-role--relative = Another adult relative
consent-guardian-role--legal-guardian = A legal guardian
consent-guardian-role--social-worker = A social worker
