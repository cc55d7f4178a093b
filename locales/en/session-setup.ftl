### Session setup: answered by the officer, mostly before the person enters.

checklist-title = Session setup

section-session = Session
section-privacy = Privacy check
section-interpreter = Interpreter
section-language = The person's language
section-with-the-person = With the person present

setup-unit = Which screening unit is doing this interview?
    .hint = Unit name as printed on referrals.
    .interpreter = Officer only; nothing to interpret.

setup-place = Where does the interview take place?
    .hint = Facility and room, for example the detention centre and the interview room number.
    .interpreter = Officer only; nothing to interpret.

setup-date = What is the date of the interview?
    .hint = Common Era date; the interface also shows the Buddhist Era year.
    .interpreter = Officer only; nothing to interpret.

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
    .hint = If no or unsure, find another interpreter.
    .interpreter = Think about your family, neighbours and past jobs. Say so if you are unsure.

interpreter-confidentiality = Does the interpreter promise to keep everything said here confidential?
    .hint = This covers names, places and anything the person says, during and after the interview.
    .interpreter = You may not repeat anything from this interview to anyone outside it.

interviewee-language = What is the ISO 639-3 code of the language the person speaks best?
    .hint = ISO 639-3 code, for example mya, shn, kjp, lao, khm, vie. Write und if unknown.
    .interpreter = Tell the officer the language you hear, even if it differs from the file.

interviewee-dialect = Which dialect or local variety does the person speak?
    .hint = Free text, for example Shan from Tachileik or Rohingya. Leave empty if none.
    .interpreter = Listen for the dialect in the first minutes and correct this if needed.

interviewer-gender-offered = Was the person offered an interviewer of the gender they prefer?
    .hint = Ask before any questions. Offer a woman officer and interpreter to every woman and girl.
    .interpreter = Ask simply whether they would feel more at ease with a woman or a man.

interviewer-gender-preference = Which interviewer gender does the person prefer?
    .hint = If the preference cannot be met today, record it and reschedule if possible.
    .interpreter = Accept the first answer; do not press.
interviewer-gender-preference--female = A woman
interviewer-gender-preference--male = A man
interviewer-gender-preference--no-preference = No preference

interpreter-accepted = Do you accept this interpreter? You may ask for another one.
    .hint = Ask with the interpreter present, then give the person a moment. A no needs no reason.
    .interpreter = Translate word for word and neutrally; do not encourage a yes. You may be replaced without any fault.

interpreter-refused-action = The person refused the interpreter. What happens now?
    .interpreter = Leave the room calmly if asked; do not discuss it with the person.
interpreter-refused-action--other-interpreter = Another interpreter takes over
interpreter-refused-action--rescheduled = The interview is rescheduled
