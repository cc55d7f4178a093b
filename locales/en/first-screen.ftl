### First screen: ten plain questions for everyone. A yes, unsure or declined means the full interview follows; it is not a finding.

checklist-title = First screen

section-gateways = What happened
section-concern = Your own concern (officer)

deceived-about-job = Before you went, were you told things about the work, the pay or the place that turned out to be untrue?
    .hint = Gateway: yes, unsure or declined opens the questions about what was promised.
    .interpreter = Ask about what they were told before they left, in everyday words. Do not use the word 'deceived' or 'trafficking'.

forced-to-go = Before you reached the place of work, did anyone hurt you, threaten you or your family, or take you against your will, to make you go?
    .hint = Only the time before the work started: the journey and the recruitment. Only whether.
    .interpreter = Make the time clear: before they arrived at the work. Do not ask for details.

work-long-hours = At the place of work, were you made to work so many hours or days that you could not rest?
    .interpreter = Ask about the place of work. 'Made to' means the person could not refuse.

work-low-pay = At the place of work, were you paid much less than you were promised, paid late, or not paid at all?
    .interpreter = Ask about what was actually paid, compared with what was promised.

documents-taken = Did anyone take your passport, ID card or other papers and not give them back when you wanted them?
    .hint = Not counting papers kept by this facility. Keeping them 'for safety' still counts if the person could not get them back.
    .interpreter = Name the usual papers in the person's country, for example the pink card or the border pass.

debt-owed = Did you owe money to the person who brought you, a broker or the employer, for the job, the journey, food or a place to sleep?
    .interpreter = Ask neutrally; many people borrow to migrate. Only whether there was a debt.

kept-from-leaving = On the way or at the place of work, were you locked in, watched, or stopped from leaving?
    .interpreter = Include being kept on a boat, in a compound or a house, or having to ask permission to go out.

hurt-at-work = At the place of work, did anyone hurt you, or threaten you or your family?
    .interpreter = Only whether. If the person starts to tell details, gently say they do not have to now.

forced-acts = Were you forced to do things you did not want to do, or to break the law?
    .interpreter = Say that the answer will not be used against the person here. Do not ask what.

now-afraid = Are you afraid of anyone now, for yourself or for your family?
    .interpreter = Ask gently; fear now matters for the person's safety.

officer-concern = Officer: apart from the answers, do you have your own concern that this person may have been exploited or needs protection?
    .hint = For example fear, scripted answers, injuries or someone speaking for the person. Yes or unsure sends the person to the full interview; give the reason below.
    .interpreter = Officer only; nothing to interpret.

officer-concern-reason = Why are you concerned?
    .hint = Short and factual: what you saw or heard. No details of violence.
    .interpreter = Officer only; nothing to interpret.
