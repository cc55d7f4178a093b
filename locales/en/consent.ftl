### Consent: explain each point first (see the hint), then ask. Purpose, what is written down and the right to stop were agreed at the opening consent.

checklist-title = Consent

section-explained = What we explained
section-sharing = Sharing for referral
section-guardian = Guardian or social worker

consent-research = May we use your answers, without your name or anything that shows who you are, for counting and research?
    .hint = Separate from the interview: a no here changes nothing else. Only people who agree are counted in the unit's statistics.
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

consent-legal-rights = Do you understand that you may have a right to legal help and to compensation?
    .hint = Thai Anti-Trafficking Act s.34: the person must be told of these rights.
    .interpreter = Say 'may have'; do not promise money or a result.

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
    .hint = If yes, you write the summary at the end (assessment) and it goes only to the organisations the person agrees to. Without it the referral carries only the answers and the assessment.
    .interpreter = Explain that the officer writes the summary and the person can hear it before it is sent.

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
