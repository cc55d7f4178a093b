### Trafficking indicators. Short, neutral questions; never ask for details of sexual violence.

checklist-title = Trafficking indicators

section-the-work = The work
section-before-leaving = Life before you left
section-promises = What you were promised
section-journey = Recruitment and the journey
section-work-living = Work and living conditions
section-work-type = About this kind of work
section-child = For a child
section-control = Control
section-situation = Your situation there
section-now = Now

exploitation-type = What work did you do there, or were you made to do?
    .hint = Choose sex work if the person had to provide sexual services, whatever the venue was called.
    .interpreter = Ask about the work in everyday words. Do not use the word 'trafficking' or 'exploitation'.
exploitation-type--agriculture = Farm or plantation work
exploitation-type--construction = Construction
exploitation-type--factory = Factory or processing work
exploitation-type--fishing = Fishing or work on a boat
exploitation-type--domestic-work = Housework or care in a private home
exploitation-type--scam-compound = Online or phone work in a closed compound (scam centre)
exploitation-type--hospitality = Restaurant, hotel, bar or karaoke work
exploitation-type--begging = Begging or street selling
exploitation-type--sexual = Sex work or sexual services
exploitation-type--other = Other work

work-place = In which country and province or town did you work?
    .hint = Country and province or town; no addresses needed.
    .interpreter = Place names may differ between languages; write the name as the person says it and ask for a nearby town.

work-months = For about how many months did you work there?
    .hint = An estimate is fine.
    .interpreter = Help the person count by seasons, harvests or festivals if needed.

recruiter-relation = Who first offered you this work or the journey?
    .hint = The relationship only; no names.
    .interpreter = Ask about the relationship only; say that no names are needed.
recruiter-relation--relative = A relative
recruiter-relation--partner = A partner or someone who promised marriage
recruiter-relation--friend-neighbour = A friend or neighbour
recruiter-relation--broker = A broker or agent
recruiter-relation--employer = The employer directly
recruiter-relation--online = Someone online or on social media
recruiter-relation--stranger = A stranger
recruiter-relation--nobody = Nobody: I went on my own
recruiter-relation--other = Someone else

before-money-needed = Did you leave home mainly because you or your family needed money?
    .interpreter = Ask as an ordinary fact of life; many people leave for work.

before-family-depends = Did your family depend on you to support them?
    .hint = For example sending money home, or caring for parents or children.
    .interpreter = 'Support' means money or care; give an example in the person's language.

before-family-problems = Were there serious problems at home when you left, such as violence, illness or a death?
    .interpreter = Only whether; do not ask what happened at home.

before-personal-hardship = Was your own life very hard at the time, for example no home, no work or poor health?
    .interpreter = Ask about the person, not the family; an example helps.

before-past-harm = Before you left, had you lived through abuse, violence, war or another very hard time?
    .hint = Only whether; never ask what happened.
    .interpreter = Say clearly that the person does not have to say what happened.

before-schooling-language = Did you have little schooling, or not speak the language of the place you went to?
    .interpreter = Ask without embarrassment; this is common and not the person's fault.

before-little-information = Before you went, did you know little about the job, the place or your rights there?
    .interpreter = 'Rights' may be unfamiliar; say 'what a worker is allowed there'.

before-success-stories = Were you told that others had gone and done well, and it turned out untrue?
    .hint = For example stories of big earnings, new houses or phones.
    .interpreter = Refer to stories from the village or social media; ask neutrally.

before-false-law = Were you told things about the law or the police there that later proved false?
    .hint = For example that papers were not needed, or that police always arrest workers who complain.
    .interpreter = Give one example so the question is concrete; do not lead.

before-no-papers = Did you travel or work without a passport, visa or work permit?
    .hint = Answers cannot be used to punish the person in this screening.
    .interpreter = Reassure first: this question is not to punish. Use the common local names for these papers.

before-authorities = Before you left, were you afraid of the police or officials, or in trouble over your papers?
    .interpreter = Ask neutrally; in some areas people fear officials or soldiers for good reasons.

before-trusted-person = Did you go because you trusted or depended on the person who arranged it, like a partner or relative?
    .interpreter = Ask gently; people may feel loyal to this person still.

before-power-over-you = Did the people who arranged the work already have power over you or your family, such as a lender or landlord?
    .interpreter = 'Power over' may be hard to translate; use 'could make you do things'.

before-travel-arranged = Did you need someone else to arrange the journey because you could not do it yourself?
    .hint = For example no money for the fare, no papers, or not knowing the way.
    .interpreter = Ask as a practical question about the journey.

before-beliefs = Did customs, beliefs or religious duties make it hard for you to say no?
    .hint = For example a duty to obey parents, or an oath.
    .interpreter = Ask respectfully; do not judge beliefs. Use the person's own word for a vow or oath.

before-conflict-disaster = Was there fighting, a disaster or great hardship where you lived when you left?
    .hint = For example armed conflict, floods or crop failure.
    .interpreter = Name local events if known, but do not assume.

promised-job = Was the work, the place or the employer different from what you were told?
    .hint = Type of work, place or employer.
    .interpreter = Ask neutrally; do not suggest an answer. 'Told' includes what a broker or relative said.

promised-pay = Were you paid less than you were promised?
    .interpreter = Ask about the amount promised, not about money in general.

promised-conditions = Were the hours, days off or tasks different from what you were promised?
    .interpreter = Keep the three examples short; the person may answer about one of them.

promised-contract = Was a contract or agreement false, changed later, or different from what you were told?
    .hint = A spoken agreement counts.
    .interpreter = Say that a spoken promise counts as an agreement too.

promised-housing = Was the place you lived worse than you were promised?
    .interpreter = Ask about what was promised; the conditions themselves come later.

promised-papers = Were you promised legal papers or a work permit that you never got?
    .interpreter = Use the common local name for a work permit.

promised-journey = Was the journey, or what it cost you, different from what you were told?
    .hint = For example a much higher fee, a different route or a dangerous crossing.
    .interpreter = 'Cost' includes fees, debts and deductions.

promised-family-reunion = Were you promised that your family could join or visit you, and it did not happen?
    .interpreter = Ask simply; it may be a painful subject.

promised-marriage = Were you promised a marriage or an adoption that did not happen as promised?
    .interpreter = Ask gently; the person may still care for the one who promised.

promised-school = Were you promised school, training or study that you did not get?
    .interpreter = For a child, ask about school; for an adult, training or courses.

journey-money-kept = During recruitment or the journey, did someone keep your money?
    .interpreter = Ask as a practical question about money on the way.

journey-papers-taken = During recruitment or the journey, did someone take your passport or identity papers?
    .hint = Before arrival at the workplace; papers taken at work are asked later.
    .interpreter = Make clear this is about the journey, not about the workplace.

journey-debt = Before you started work, were you told you owed money for the job or journey and had to work it off?
    .interpreter = Use the local word for a debt to a broker; avoid legal terms.

journey-confined = On the way, were you locked in, guarded, or kept from talking to others?
    .interpreter = Ask slowly; the person may need a moment.

journey-threat-report = On the way, did anyone threaten to report you to the police or immigration?
    .interpreter = Translate 'report' with the everyday word for handing someone to the police.

journey-threat-tell-family = On the way, did anyone threaten to tell your family or village things about you?
    .interpreter = Only whether; do not ask what they threatened to tell.

journey-threats = Did anyone threaten to hurt you, to make you go or keep going?
    .interpreter = Keep a calm voice; this is the first hard question.

journey-family-harmed = Did anyone hurt your family, to make you go or keep going?
    .interpreter = Only whether; the person may fear for the family now.

journey-taken-sold = Were you taken by force, sold, or made to marry or be adopted?
    .hint = Includes money paid to the family for the person.
    .interpreter = For a child, 'sold' may be understood as the family being paid; say it plainly but gently.

journey-hurt = Did anyone hit or hurt you, to make you go or keep going?
    .hint = Only whether, never details. Includes sexual violence.
    .interpreter = Do not ask how or who. If the person starts to describe it, gently say they do not have to.

work-long-hours = Did you usually work very long days, or without days off?
    .hint = For example more than 10 hours a day, or no rest day for weeks.
    .interpreter = Ask how many hours on a normal day if the answer is vague.

work-low-pay = Were you paid very little, or nothing at all?
    .interpreter = Ask about money actually received, not promised.

work-pay-cut = Did the employer take unfair deductions or fines from your pay, or change it?
    .hint = For example charges for food, housing, tools or mistakes.
    .interpreter = Give local examples of deductions; people may think fines are normal.

work-living-bad = Were the place you slept, the food or the water very bad?
    .interpreter = Ask neutrally; the person may be ashamed of the conditions.

work-conditions-bad = Were the working conditions very bad, for example no breaks, no toilet or no protection?
    .interpreter = Keep the examples concrete.

work-dangerous = Was your work dangerous, or did it make you ill or injured?
    .hint = For example chemicals, heights, heavy loads, machines or night work for a child.
    .interpreter = Use concrete examples from the kind of work the person did.

work-rules-broken = Did the employer break the agreement you had, or deny rest days or pay the law gives?
    .interpreter = Say 'agreement' rather than 'contract'; a spoken promise counts.

work-no-protection = If you were ill or hurt at work, did you have to pay for care yourself or lose your pay?
    .hint = Yes means no sick pay, insurance or health care.
    .interpreter = Ask as a practical question: who paid when someone was ill?

work-no-school = While you worked there, were you kept from going to school or training?
    .interpreter = For a child, ask about school; for an adult, training or classes.

fishing-months-at-sea = What was the longest time you stayed at sea without going ashore?
    .hint = In months; an estimate is fine.
    .interpreter = Count by moons or seasons if needed.

fishing-transshipment = Were you moved from one boat to another while at sea?
    .hint = Transfer at sea keeps crews from port for years.
    .interpreter = Use the crew's word for a carrier or mother ship.

fishing-kept-aboard = When the boat was in port, were you kept from going ashore?
    .interpreter = Ask about the last port visit if there were several.

fishing-vessel = Do you know the name of the boat, or the country of its flag?
    .hint = Anything known: name, number painted on the hull, flag or home port.
    .interpreter = Write names as heard; boat names may be in Thai, Chinese or another script.

scam-made-to-defraud = Were you made to cheat or deceive people online or by phone?
    .hint = Forced criminality: the person must not be punished for it.
    .interpreter = Say clearly that this question is not to blame the person.

scam-targets-punished = Were you punished or fined when you did not reach your targets?
    .interpreter = 'Targets' may be called quotas or KPIs there; use the word the person uses.

scam-resold = Were you sold or moved to another company or compound?
    .interpreter = Ask neutrally; people are often moved between companies.

scam-could-leave = Could you leave the compound when you wanted to?
    .hint = A no here is a concern.
    .interpreter = Ask as an ordinary question about daily life.

domestic-own-room = Did you have your own place to sleep, with a door you could close?
    .hint = A no here is a concern.
    .interpreter = Ask simply; sleeping in a kitchen or corridor is common.

domestic-day-off = Did you have at least one day off each week?
    .hint = A no here is a concern.
    .interpreter = A day off means a day free of all work, including care.

domestic-leave-house = Could you leave the house on your own when you were not working?
    .hint = A no here is a concern.
    .interpreter = Ask about being allowed, not about having somewhere to go.

domestic-enough-food = Did you get enough food to eat?
    .hint = A no here is a concern.
    .interpreter = Ask simply; the person may feel shame.

sexual-substances = Were you made to drink alcohol or take drugs?
    .hint = Only whether. Psychoactive substances are a method of control.
    .interpreter = Ask without judging; it was done to the person.

sexual-health-care = Could you see a doctor or health worker when you needed one?
    .hint = A no here is a concern; note the need for a medical referral.
    .interpreter = Ask as a health question, not about the work.

sexual-kept-money = Did you keep any of the money paid for your work?
    .hint = A no here is a concern.
    .interpreter = Use a neutral word for the work; never a slur.

child-age-started = How old were you when you started this work?
    .hint = An estimate is fine.
    .interpreter = Use simple words a child understands; the child may count by school years.

child-school-before = Were you going to school before you left home?
    .interpreter = Ask in a friendly way; this is a safe question to build trust.

child-family-knew = Did your parents, or the adults who cared for you, know where you were going?
    .interpreter = Ask without blaming the parents.

child-travelled-with = Who did you travel with?
    .interpreter = A role is enough; no names.
child-travelled-with--parent = A parent
child-travelled-with--relative = Another relative
child-travelled-with--recruiter = The person who found the work
child-travelled-with--other-adult = Another adult
child-travelled-with--other-children = Other children only
child-travelled-with--alone = Alone

child-night-heavy-work = Did you have to work at night, carry heavy loads, or use dangerous tools or chemicals?
    .hint = Any of these is hazardous work for a child.
    .interpreter = Give one example at a time if the child seems confused.

control-pay-held = Did the employer hold back your pay, or say you would get it later?
    .interpreter = Ask as a practical question about pay day.

control-papers-taken = While you worked, did your employer or someone else keep your passport or identity papers?
    .hint = Kept 'for safe keeping' counts if the person could not get them back.
    .interpreter = Explain that 'keeping papers safe' still counts if the person could not get them back.

control-debt = Did you owe a debt to the employer or broker that kept growing or stopped you leaving?
    .interpreter = Use the local word for debt; ask whether it ever went down.

control-confined = Were you locked in, watched, or stopped from leaving or contacting people?
    .hint = Includes a phone taken away, guards, cameras or being moved often.
    .interpreter = Give one example at a time.

control-influence = Did someone control you through drugs, alcohol, an oath, or a relationship you could not leave?
    .interpreter = Ask gently; the person may still feel bound by an oath or to a partner.

control-worse-threat = Were you told things would get worse for you if you did not obey, such as more debt or being sold on?
    .interpreter = Only whether.

control-threat-report = While you worked, did anyone threaten to report you to the police or immigration?
    .interpreter = Translate 'report' with the everyday word for handing someone to the police.

control-threat-tell-family = While you worked, did anyone threaten to tell your family or village things about you?
    .interpreter = Only whether; do not ask what they threatened to tell.

control-made-to-lie = Were you told to lie to officials or to your family about your work?
    .interpreter = Reassure that telling the truth now is safe and not punished.

control-against-others = Were you made to watch, punish or harm other workers?
    .interpreter = Say clearly this is not to blame the person.

control-illegal-acts = Were you made to do something illegal, such as cheating people, carrying drugs or stealing?
    .hint = Forced criminality: the person must not be punished for it.
    .interpreter = Reassure first: the answer is not used to charge the person.

control-forced-tasks = Were you made to do work, or to serve clients, that you had refused?
    .hint = 'Clients' covers sexual services. Only whether, never details.
    .interpreter = Use neutral words. If the person starts to describe it, gently say they do not have to.

control-threats = While you worked, did anyone threaten to hurt you?
    .interpreter = Keep a calm voice; pause after asking.

control-family-harmed = While you worked, did anyone hurt or harm your family?
    .interpreter = Only whether; the person may fear for the family now.

control-hurt = While you worked, did anyone hit you, hurt you or abuse you sexually?
    .hint = Only whether, never details.
    .interpreter = Do not ask how or who. If the person starts to describe it, gently say they do not have to.

there-unknown-place = Was it hard to live there because you did not know the place, the language or anyone?
    .interpreter = Ask as a question about daily life.

there-depended = Did you depend on the employer for your food, bed, papers or travel?
    .interpreter = 'Depend' means you could not get these any other way.

there-needed-money = Did you stay because you or your family needed the money?
    .interpreter = Ask without judging the choice to stay.

there-family-reasons = Did worries about your family, such as debts or illness at home, make it hard to leave?
    .interpreter = Only whether; do not ask for family details.

there-feared-police = Did you stay because you feared the police, or arrest because of your papers?
    .interpreter = Ask neutrally, even though officials are in the room.

there-past-used = Did someone use things from your past against you, such as an old debt, a record or past abuse?
    .hint = Only whether, never details.
    .interpreter = Do not ask what the past events were.

there-personal = Did something about you, such as your age, health, a disability or pregnancy, make it harder to leave?
    .interpreter = Ask respectfully; give one example at a time.

now-debt-owed = Do you still owe money to anyone connected with this work or journey?
    .hint = A debt that continues is a risk on return.
    .interpreter = Ask as a practical question.

now-afraid = Are you afraid of anyone connected with this work now?
    .hint = If yes: check the urgent security questions again.
    .interpreter = Ask calmly; tell the officer at once if the person points at someone nearby.
