### Urgent needs: the first screen after the opening consent. Ask whether and when, never what happened.

checklist-title = Urgent needs

section-age = Age
section-health = Health
section-safety = Safety
section-help = Help
section-custody = Custody (officer)

age-years = How old are you?
    .hint = If the person does not know, estimate and record how below.
    .interpreter = People may count age differently, for example from the new year or the lunar calendar. Ask for the year of birth if that helps.

age-basis = How was this age found?
    .hint = A document seen, the person's own word, or an estimate. The referral says how the age was established.
    .interpreter = Officer only; nothing to interpret.
age-basis--document = A document was seen
age-basis--own-statement = The person's own statement
age-basis--officer-estimate = The officer's estimate
age-basis--family-or-other = A relative or someone who knows the person
age-basis--professional-assessment = A professional age assessment

possible-child = Officer: could this person be under 18?
    .hint = Your own estimate counts: yes or unsure if the person looks under 18 or anyone doubts the age. Treat as a child until the age is verified.
    .interpreter = Officer only; nothing to interpret.

sex-gender = Officer: the person's sex or gender
    .hint = As the custody file or the person states it; ask only if it is not clear, and record what the person says, not what you assume.
    .interpreter = If the officer asks, use respectful everyday words and do not suggest an answer.
sex-gender--female = Woman or girl
sex-gender--male = Man or boy
sex-gender--transgender-non-conforming = Transgender or another gender

injury-illness = Are you hurt or ill, or do you need a doctor or medicine now?
    .hint = Includes pain, fever, wounds and illness that is getting worse.
    .interpreter = Use everyday words for pain and illness. The person may point to where it hurts; that is enough.

withdrawal = Do you feel ill because you cannot get alcohol, drugs or a medicine you usually take?
    .hint = Signs of withdrawal need a medical referral.
    .interpreter = Ask without judging; say that many people are in this situation and that it is a health matter.

pregnancy = Are you pregnant or could you be, have you given birth in the last six weeks, or are you breastfeeding?
    .hint = Pick all that apply, none if none. Unsure raises the pregnancy flag too: fitness to travel before any removal.
    .interpreter = Use respectful, everyday words. A woman interpreter may ask this if the person prefers. If the baby is not with the mother, do not ask why now.
pregnancy--pregnant = Pregnant, or could be
pregnancy--recent-birth = Gave birth in the last six weeks
pregnancy--breastfeeding = Breastfeeding

pregnancy-weeks = How many weeks or months pregnant are you, as far as you know?
    .hint = Record weeks; multiply months by four and a half. Unsure is fine.
    .interpreter = Many people count in months or by season; help convert without pressing for precision.

self-harm-thoughts = In the last month, have you thought about hurting or killing yourself?
    .hint = If yes or unsure: do not leave the person alone; urgent mental-health referral.
    .interpreter = Ask plainly; asking does not put the idea in someone's head. Use the direct words, not a hint.

self-harm-acts = In the last year, have you tried to hurt or kill yourself?
    .hint = If yes or unsure: do not leave the person alone; urgent mental-health referral.
    .interpreter = Stay calm whatever the answer; do not show shock. Do not ask how.

sexual-violence = Since you left home, has anyone forced you into sex or sexual acts?
    .hint = Ask only whether. Never ask what happened, who, or how. Unsure counts.
    .interpreter = Use the plain, respectful words agreed with the officer. If the person starts to tell details, gently say they do not have to.

sexual-violence-when = When did it happen the last time?
    .hint = Hours or days if recent. Medical windows: HIV prevention 72 hours, emergency contraception 120 hours, hepatitis B 3 months. If the time is not known, the windows show as open.
    .interpreter = Ask only when, the most recent time. Help with days of the week or events, like 'before or after you were arrested'.

threat-in-facility = Is anyone here, in this place, connected to the people who brought you or made you work?
    .hint = Includes a recruiter, boss, broker or their helpers among detainees or staff. If yes: stop if they can overhear.
    .interpreter = Keep your voice low and neutral. The person may point instead of naming someone.

threat-to-family = Has anyone hurt your family, or threatened to hurt them or you, to control you or to stop you talking to officials?
    .hint = Only whether; where and who can come later. A yes also counts as the indicator 'violence on family'.
    .interpreter = Say 'officials' in a neutral way; do not imply the police will act.

asks-for-help = Do you want to ask us for help or protection?
    .hint = Any request for help is a referral. Promise nothing you cannot deliver.
    .interpreter = Do not promise anything on the officer's behalf; translate exactly what is offered.

removal-date = What is the scheduled removal date, if one is set?
    .hint = From the custody file. Leave unanswered if none is set. A date within 7 days raises the removal flag.
    .interpreter = Officer only; do not discuss removal dates with the person here.

removal-before-screening = Is a removal or deportation set before screening and referral can finish?
    .hint = Check the custody file. If yes or unsure: escalate to the supervisor now.
    .interpreter = Officer only; do not discuss removal dates with the person here.
