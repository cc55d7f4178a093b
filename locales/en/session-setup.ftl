### Session setup: answered by the officer before the person enters; then, with the person present, the opening consent first.

checklist-title = Session setup

section-session = Case
section-privacy = Privacy check
section-interpreter = Interpreter
section-with-the-person = With the person present

case-ref = What is the case reference for this interview?
    .hint = A pseudonymous reference from the unit's register. Never a name or a passport number.
    .interpreter = Officer only; nothing to interpret.

privacy-overheard = Could anyone linked to the person's travel or work see or overhear this interview?
    .hint = Check co-detainees, guards who know the person, other interpreters and open doors. If yes or unsure: stop and reschedule.
    .interpreter = Tell the officer at once if you know or recognise anyone nearby, even by sight.

privacy-action = What did you do about the privacy risk?
    .hint = Do not bring the person in until the room is private.
    .interpreter = Do not explain the reason to anyone in the room.
privacy-action--moved-private-room = Moved to a private room and checked again
privacy-action--rescheduled = Stopped; the interview is rescheduled

privacy-screen = Is the screen out of sight of everyone except you and the interpreter?
    .hint = Turn the laptop so that co-detainees and passing staff cannot read it.
    .interpreter = If you can see someone reading the screen, tell the officer.

interpreter-present = Is an interpreter taking part in this interview?
    .hint = Answer no only if the officer and the person share a language well.
    .interpreter = Nothing to interpret yet.

interpreter-id = What is the interpreter's id?
    .hint = Badge or register number, not the name.
    .interpreter = Give your id from the interpreter register.

interpreter-language = Which language or dialect will the interpreter use with the person?
    .hint = ISO 639-3 code and the name, for example shn Shan or kjp Eastern Pwo Karen.
    .interpreter = Name the exact dialect you will use, not only the national language.

interpreter-gender = What is the interpreter's gender?
    .interpreter = Answer for yourself.
interpreter-gender--female = Female
interpreter-gender--male = Male
interpreter-gender--another = Another gender

interpreter-affiliation = Who does the interpreter work for?
    .interpreter = Answer for yourself; say if you work for more than one.
interpreter-affiliation--government = A government agency
interpreter-affiliation--ngo = A non-governmental organisation
interpreter-affiliation--international-organisation = An international organisation
interpreter-affiliation--private = A private company or self-employed
interpreter-affiliation--volunteer = Volunteer
interpreter-affiliation--other = Other

interpreter-no-conflict = Does the interpreter declare no link to the person's village, recruiter, employer or co-detainees?
    .hint = Any answer but yes stops the interview: record another interpreter (answer the declarations again), or write below why the interview goes on.
    .interpreter = Think about your family, neighbours and past jobs. Say so if you are unsure.

interpreter-confidentiality = Does the interpreter promise to keep everything said here confidential?
    .hint = Names, places and anything the person says, during and after the interview. Any answer but yes stops the interview until another interpreter is recorded or you write why it goes on.
    .interpreter = You may not repeat anything from this interview to anyone outside it.

interpreter-continue-reason = The interpreter's declaration is not a clear yes. Why does the interview go on with this interpreter?
    .hint = Only if no other interpreter can be found in time, for example a removal tomorrow. To change interpreter instead, record the new one above and answer the declarations again.
    .interpreter = Officer only; nothing to interpret.

interviewee-dialect = Which dialect or local variety does the person speak?
    .hint = Free text, for example Shan from Tachileik or Rohingya. Leave empty if none. The language itself was chosen when the interview started.
    .interpreter = Tell the officer the dialect you hear in the first minutes; the officer corrects this if needed.

consent-interview = You heard what this interview is for, what happens with your answers, and that you may skip any question or stop at any time. Do you agree to go on?
    .hint = Explain first, in short parts: we look for signs that someone harmed or exploited the person, so that we can offer help; answers are written down, kept locked and shared only with the organisations the person agrees to; the person may skip any question, take a break or stop at any time. Before any question about harm, health, sex or self-harm. For a child this is the child's own assent. No, unsure or declined ends the interview and keeps only this setup record.
    .interpreter = Say it in short parts and check understanding; agree a sign for a break. Ask without pressure and accept the first answer: a no is a complete answer, do not ask why. Avoid legal words like 'victim'.

interpreter-accepted = Do you accept this interpreter? You may ask for another one.
    .hint = Ask with the interpreter present, then give the person a moment. A no needs no reason.
    .interpreter = Translate word for word and neutrally; do not encourage a yes. You may be replaced without any fault.

interpreter-refused-action = The person refused the interpreter. What happens now?
    .interpreter = Leave the room calmly if asked; do not discuss it with the person.
interpreter-refused-action--other-interpreter = Another interpreter takes over
interpreter-refused-action--rescheduled = The interview is rescheduled

interviewer-gender-preference = Would you feel more at ease talking with a woman or with a man?
    .hint = Offer a woman officer and interpreter to every woman and girl. If the preference cannot be met today, record it and reschedule if possible.
    .interpreter = Ask simply, and accept the first answer; do not press.
interviewer-gender-preference--female = A woman
interviewer-gender-preference--male = A man
interviewer-gender-preference--no-preference = No preference
