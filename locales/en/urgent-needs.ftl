### Urgent needs: the first-contact screen. Ask whether and when, never what happened.

checklist-title = Urgent needs

section-wellbeing = Right now
section-health = Health
section-safety = Safety
section-help = Help
section-custody = Custody (officer)

needs-now = Do you need water, food, a toilet or a rest before we continue?
    .hint = Meet the need first; the interview can wait.
    .interpreter = Say this warmly and first, before anything else. It tells the person they may ask for things.

possible-child = Are you younger than 18 years old?
    .hint = Answer yes if the person says so or looks under 18; unsure if anyone is unsure. Treat as a child until the age is verified.
    .interpreter = Many people do not know their exact age. Accept 'I don't know' as an answer and do not argue about documents.

injury-illness = Are you hurt or ill, or do you need a doctor or medicine now?
    .hint = Includes pain, fever, wounds and illness that is getting worse.
    .interpreter = Use everyday words for pain and illness. The person may point to where it hurts; that is enough.

withdrawal = Do you feel ill because you cannot get alcohol, drugs or a medicine you usually take?
    .hint = Signs of withdrawal need a medical referral.
    .interpreter = Ask without judging; say that many people are in this situation and that it is a health matter.

pregnant = Are you pregnant, or could you be pregnant?
    .hint = Ask every woman and girl. For a man, record no without asking.
    .interpreter = Use a respectful, everyday word for pregnancy. A woman interpreter may ask this if the person prefers.

pregnancy-weeks = How many weeks or months pregnant are you, as far as you know?
    .hint = Record weeks; multiply months by four and a half. Unsure is fine.
    .interpreter = Many people count in months or by season; help convert without pressing for precision.

recent-birth = Have you given birth in the last six weeks, or are you breastfeeding?
    .hint = Ask every woman and girl.
    .interpreter = Ask gently; if the baby is not with the mother, do not ask why now. Tell the officer.

threat-in-facility = Is anyone here, in this place, connected to the people who brought you or made you work?
    .hint = Includes a recruiter, boss, broker or their helpers among detainees or staff. If yes: stop if they can overhear.
    .interpreter = Keep your voice low and neutral. The person may point instead of naming someone.

threat-to-family = Has anyone threatened you or your family because you might talk to officials?
    .hint = Only whether; where and who can come later.
    .interpreter = Say 'officials' in a neutral way; do not imply the police will act.

self-harm-thoughts = In the last month, have you thought about hurting or killing yourself?
    .hint = If yes or unsure: do not leave the person alone; urgent mental-health referral.
    .interpreter = Ask plainly; asking does not put the idea in someone's head. Use the direct words, not a hint.

self-harm-acts = In the last year, have you tried to hurt or kill yourself?
    .hint = If yes: do not leave the person alone; urgent mental-health referral.
    .interpreter = Stay calm whatever the answer; do not show shock. Do not ask how.

sexual-violence = Since you left home, has anyone forced you into sex or sexual acts?
    .hint = Ask only whether. Never ask what happened, who, or how.
    .interpreter = Use the plain, respectful words agreed with the officer. If the person starts to tell details, gently say they do not have to.

sexual-violence-when = When did it happen the last time?
    .hint = Hours or days if recent. Medical windows: HIV prevention 72 hours, emergency contraception 120 hours, hepatitis B 3 months.
    .interpreter = Ask only when, the most recent time. Help with days of the week or events, like 'before or after you were arrested'.

asks-for-help = Do you want to ask us for help or protection?
    .hint = Any request for help is a referral. Promise nothing you cannot deliver.
    .interpreter = Do not promise anything on the officer's behalf; translate exactly what is offered.

removal-before-screening = Is a removal or deportation set before screening and referral can finish?
    .hint = Check the custody file. If yes or unsure: escalate to the supervisor now.
    .interpreter = Officer only; do not discuss removal dates with the person here.
