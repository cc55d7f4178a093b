### Profile: the minimum identity and custody facts a referral needs. Age, sex, documents taken and the removal date were asked at the first screen.

checklist-title = About you

section-identity = Who you are
section-languages = Languages
section-family = Family and dependants
section-documents = Documents
section-custody = Custody (officer)

subject-name = What name should we use for you? It can be a name you choose.
    .hint = Name or alias. A chosen name is enough for a referral.
    .interpreter = Say clearly that a nickname is fine. Check the spelling with the person; write it as they say it.

birth-date = What is your date of birth, if you know it?
    .hint = Leave unanswered if unknown. Convert Buddhist Era years by subtracting 543. A birth date under 18 years back makes a child profile; a date that disagrees with the age given earlier is flagged.
    .interpreter = Dates may be given in another calendar; ask the person to name an event or season if unsure.

citizenship = Which country are you a citizen of?
    .hint = Stateless means no country accepts the person as its citizen. ISO 3166: MM, LA, KH, VN, TH.
    .interpreter = Ask about citizenship, not ethnic group. Some people have no papers but are still citizens.
citizenship--myanmar = Myanmar
citizenship--laos = Laos
citizenship--cambodia = Cambodia
citizenship--vietnam = Viet Nam
citizenship--thailand = Thailand
citizenship--other-country = Another country
citizenship--stateless = No country (stateless)

citizenship-other = Which other country?
    .hint = ISO 3166 two-letter code and the name.
    .interpreter = Ask for the country's name as the person says it.

languages-spoken = Which languages do you speak, and which do you understand best?
    .hint = ISO 639-3 codes with names, for example mya Burmese, shn Shan.
    .interpreter = Include local languages and dialects; people may not call them 'languages'.

reads-own-language = Can you read in your own language?
    .hint = Decides whether written information can be given.
    .interpreter = Ask neutrally; many people cannot read, and that is fine.

has-dependants = Do you have children or other people who depend on you?
    .interpreter = 'Depend' means you care for them or send them money; explain with an example.

dependants-here = Are any of them here with you, or in detention elsewhere in this country?
    .hint = If yes, they need screening and care too.
    .interpreter = Ask calmly; the person may fear separation.

accompanied-by-relative = Is your mother, father, or another adult from your family here with you?
    .hint = A no means an unaccompanied child: child protection referral.
    .interpreter = Ask gently; the child may be afraid for the adult or for themselves.

documents-held = Which identity papers do you have with you now?
    .hint = Papers the person holds or that the facility keeps for them.
    .interpreter = Name the usual papers in the person's country, for example the pink card or border pass.
documents-held--passport = Passport
documents-held--national-id = National identity card
documents-held--work-permit = Work permit or pink card
documents-held--border-pass = Border pass
documents-held--birth-certificate = Birth certificate
documents-held--other = Another paper
documents-held--none = None

detention-start = When did this detention start?
    .hint = From the custody file.
    .interpreter = Officer only; nothing to interpret.

holding-deadline = Until when may the person be held for identification?
    .hint = From the custody file: 24 hours, extendable by a court to 7 days (Anti-Trafficking Act s.29).
    .interpreter = Officer only; nothing to interpret.

charges-linked = Is the person charged with an offence linked to the exploitation?
    .hint = For example immigration offences, or crimes the person was forced to commit. Matters for non-punishment.
    .interpreter = Officer only; nothing to interpret.
