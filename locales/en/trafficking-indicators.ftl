### Trafficking indicators: the full interview. Short, neutral questions; never ask for details of sexual violence. 'Before' means before the person reached the place of work; 'at the place of work' means there.

checklist-title = Trafficking indicators

section-the-work = The work
section-promises = What you were promised
section-before = Before you reached the work
section-journey = Recruitment and the journey
section-work-living = Work and living conditions
section-control = Control at the place of work
section-situation = Your situation there
section-child = For a child

work-industry = What kind of work did you do there, or were you made to do?
    .hint = The industry only. Karaoke, bars and massage are entertainment; the forms of exploitation are recorded next.
    .interpreter = Ask about the work in everyday words. Do not use the word 'trafficking' or 'exploitation'.
work-industry--agriculture = Farm or plantation work
work-industry--fishing = Fishing or work on a boat
work-industry--mining = Mining or quarrying
work-industry--manufacturing = Factory or processing work
work-industry--construction = Construction
work-industry--trade = Shop, market or street selling
work-industry--transport = Transport or warehouse work
work-industry--hospitality = Restaurant or hotel work
work-industry--entertainment = Bar, karaoke, massage or entertainment work
work-industry--domestic-work = Housework or care in a private home
work-industry--scam-compound = Online or phone work in a closed compound (scam centre)
work-industry--begging = Begging
work-industry--other = Other work

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

exploitation-type = Officer: from what the person has said, which forms of exploitation may apply?
    .hint = Pick all that may apply; revise at the end. Sexual exploitation sets the sexual profile. Forced criminality covers scam compounds (HTCDS 'Other' until the standard adds it).
    .interpreter = Officer only; nothing to interpret.
exploitation-type--forced-labour = Forced labour
exploitation-type--sexual-exploitation = Sexual exploitation
exploitation-type--child-labour = Child labour
exploitation-type--forced-marriage = Forced marriage
exploitation-type--servitude = Domestic or other servitude
exploitation-type--forced-begging = Forced begging
exploitation-type--forced-criminality = Forced criminality, including scam compounds
exploitation-type--organ-removal = Organ removal
exploitation-type--other = Another form

promised-differed = Before you started, what were you told that turned out to be untrue?
    .hint = Read each choice; pick all that were untrue, none if none.
    .interpreter = Ask about what was said before the person left or started, not about what happened later.
promised-differed--job = The kind of work, the place or the employer
promised-differed--pay = The pay
promised-differed--conditions = The hours, days off or working conditions
promised-differed--contract = The contract, or that the work was legal
promised-differed--housing = Where and how you would live
promised-differed--papers = Papers, a visa or a work permit
promised-differed--journey = The journey or its cost
promised-differed--family-reunion = Meeting or bringing family
promised-differed--marriage = Marriage or adoption
promised-differed--school = School or training

before-situation = Before you left, which of these were true for you?
    .hint = Facts of the person's situation, for context only: they count for nothing on their own. Pick all that apply.
    .interpreter = Ask as ordinary facts of life; many people leave for work. No judgement in the voice.
before-situation--money-needed = You or your family needed money
before-situation--no-papers = You had no passport, visa or work permit
before-situation--little-schooling = You had little schooling, or did not speak the language there
before-situation--family-problems = There were serious problems at home
before-situation--conflict-or-disaster = There was fighting, a disaster or danger where you lived

recruitment-used = Before you reached the place of work, did the person who recruited or brought you take advantage of your situation to push you into going or into taking the work?
    .hint = Not the situation itself: whether someone used it against the person. Yes, unsure or declined asks what they used.
    .interpreter = Give an example: 'they knew you needed money and said you had no choice'. Do not suggest an answer.

recruitment-used-what = What did they use against you?
    .hint = Pick all that the person names. Each is an 'abuse of vulnerability' indicator.
    .interpreter = Read each choice slowly. The person may say 'yes' to several.
recruitment-used-what--economic-reasons = Your or your family's need for money
recruitment-used-what--family-situation = That your family depends on you
recruitment-used-what--difficult-family-situation = Problems in your family
recruitment-used-what--personal-situation = Your own situation, such as illness, a disability or being alone
recruitment-used-what--past-difficulties = Something bad that happened to you before, such as violence or sexual abuse
recruitment-used-what--education-or-language = That you had little schooling or did not know the language
recruitment-used-what--information = That you did not know about the work or the country
recruitment-used-what--success-stories = Stories of people who did well abroad that were not true
recruitment-used-what--law-and-authorities = Untrue things about the law or the police
recruitment-used-what--illegal-status = That you had no papers
recruitment-used-what--authorities = Your problems with the police or officials
recruitment-used-what--dependency = Your trust in them, or your feelings for them
recruitment-used-what--control = Power they had over you or your family
recruitment-used-what--travel = That you could not arrange the journey yourself
recruitment-used-what--beliefs = Your beliefs or your religion
recruitment-used-what--general-context = Fighting, a disaster or danger at home

journey-forced = Before you reached the place of work, which of these happened to make you go or keep going?
    .hint = Only the recruitment and the journey. Pick all that apply; only whether, never details.
    .interpreter = Make the time clear: before they arrived at the work. If the person starts to tell details, gently say they do not have to.
journey-forced--hurt-you = Someone hurt you, including sexually
journey-forced--threatened-you = Someone threatened to hurt you
journey-forced--family = Someone hurt your family or threatened to
journey-forced--taken-or-sold = You were taken against your will, sold, or married against your will
journey-forced--threatened-to-report = Someone threatened to report you to the police or immigration
journey-forced--threatened-to-tell = Someone threatened to tell your family or community something about you
journey-forced--money-kept = Someone kept your money

documents-taken-by = Who took your papers or kept them?
    .hint = A role is enough; pick all that apply. Taken by the recruiter counts for recruitment, by the employer for the place of work.
    .interpreter = A role is enough; no names are needed.
documents-taken-by--recruiter-broker = A recruiter, broker or the person who brought you
documents-taken-by--employer = The employer, a boss or a boat captain
documents-taken-by--officials = Police or officials elsewhere
documents-taken-by--other = Someone else

debt-used = How did that debt work?
    .hint = Pick all that apply, none if the debt was an ordinary loan that did not tie the person.
    .interpreter = Ask neutrally; a debt alone is common. What matters is whether it tied the person.
debt-used--tied-before-work = Before you reached the work, the debt tied you to the person who brought you
debt-used--kept-working = At the place of work, you had to keep working, or could not leave, until it was paid

confined-when = When were you locked in, watched or stopped from leaving?
    .hint = Pick both if both.
    .interpreter = Make the two times clear: on the way, and at the place of work.
confined-when--on-the-way = On the way, before you reached the place of work
confined-when--at-work = At the place of work

work-hours-excessive = Most days, did you work more than twelve hours, or go a week or more without a day off?
    .interpreter = Help count the hours with the time the work started and ended.

pay-what = What happened with your pay?
    .hint = Pick all that apply.
    .interpreter = Ask about what was actually paid.
pay-what--far-below = It was much less than promised or than others got, or nothing
pay-what--cut = Money was taken off for fines, food, housing or debts you did not agree to
pay-what--held-back = The employer kept it back, or paid only at the end

work-conditions = At the place of work, which of these were true?
    .hint = Pick all that apply, none if none.
    .interpreter = Read each choice; give an example from the person's kind of work if it helps.
work-conditions--living-bad = The place you slept was crowded, dirty or unsafe, or there was not enough food or water
work-conditions--conditions-bad = The work itself was much harsher than normal: no breaks, abuse, punishments
work-conditions--dangerous = The work was dangerous, without protection
work-conditions--rules-broken = The agreement or the labour law was not respected
work-conditions--no-protection = You had no insurance, no medical care and no sick days
work-conditions--no-school = A child could not go to school

control-harm = At the place of work, which of these happened?
    .hint = Pick all that apply; only whether, never details.
    .interpreter = If the person starts to tell details, gently say they do not have to. Offer a break.
control-harm--hurt-you = Someone hurt you, including sexually
control-harm--threatened-you = Someone threatened to hurt you
control-harm--family = Someone hurt your family or threatened to
control-harm--threatened-to-report = Someone threatened to report you to the police or immigration
control-harm--threatened-worse = Someone threatened you with worse work or conditions
control-harm--threatened-to-tell = Someone threatened to tell your family or community something about you

control-forced = What were you forced to do?
    .hint = Pick all that apply; only whether, never details.
    .interpreter = Say that the answers will not be used against the person here.
control-forced--crimes = Break the law, for example cheat people online or carry drugs
control-forced--tasks-or-clients = Work or clients you refused, including sex with clients
control-forced--lie = Lie to the police, officials or your family
control-forced--against-others = Hurt, watch or cheat other workers

control-influence = At the place of work, did someone have such a hold over you, through drugs or alcohol, fear, a relationship or beliefs, that you felt you had to obey?
    .interpreter = Ask gently; the person may not see it as control.

there-situation = At the place of work, which of these were true for you?
    .hint = Facts of the person's situation, for context only: they count for nothing on their own. Pick all that apply.
    .interpreter = Ask as ordinary facts; no judgement in the voice.
there-situation--needed-money = You needed the money
there-situation--feared-police = You were afraid of the police
there-situation--unknown-place = You did not know the place or the language
there-situation--family-reasons = Your family needed you to stay
there-situation--depended-on-employer = The employer gave you food or a place to sleep

there-used = At the place of work, did the employer or anyone controlling you take advantage of your situation to keep you working or to stop you leaving?
    .hint = Not the situation itself: whether someone used it against the person. Yes, unsure or declined asks what they used.
    .interpreter = Give an example: 'they said the police would arrest you if you left'. Do not suggest an answer.

there-used-what = What did they use against you?
    .hint = Pick all that the person names. Each is an 'abuse of vulnerability' indicator.
    .interpreter = Read each choice slowly.
there-used-what--dependency = That you depended on them for food, housing or papers
there-used-what--unknown-area = That you did not know the place or the language
there-used-what--economic-reasons = Your need for money
there-used-what--family-situation = Your family's situation
there-used-what--authorities = That you had no papers or feared the police
there-used-what--past-difficulties = Something bad that happened to you before
there-used-what--personal = Who you are, such as your age, gender, ethnic group or because of who you love

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
