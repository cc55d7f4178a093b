### Tandem interface texts, English (the source language).
###
### Each area keeps its messages under its own `## area` heading. Errors come in pairs:
### `err-…` says what happened, `rec-…` what to do next. Variables (`{ $path }`) must stay
### exactly as they are in every translation.

## common

app-name = Tandem
app-tagline = Screening interviews, bilingual and encrypted

answer-yes = Yes
answer-no = No
answer-unsure = Unsure
answer-declined = Declined to answer

## languages

# Language names in the officer's language; pickers also show each language's own name.
lang-en = English
lang-th = Thai
lang-my = Burmese
lang-km = Khmer
lang-lo = Lao
lang-vi = Vietnamese

lang-officer = Officer language
lang-interviewee = Interviewee language

## translation status

review-source = Source text
review-reviewed = Reviewed translation
review-machine-draft = Unreviewed machine draft
review-stale = Translation out of date
review-machine-draft-short = unreviewed
review-stale-short = out of date
# Shown where an interview text has no translation in the interviewee's language.
text-missing = No { $lang } translation for this text: the interpreter must translate it.

## errors (common)

err-locales-read = Cannot read the locale files in { $path }.
rec-locales-read = Check the --locales path, or leave it out to use the built-in texts.

err-locales-invalid = The locale files have { $count } problems.
rec-locales-invalid = Run `tandem check` to see each one with its file and line, then fix them.

err-zawgyi = This Burmese text is in the Zawgyi encoding, which Tandem cannot store.
rec-zawgyi = Switch the keyboard or phone to Unicode Burmese and type it again.

err-unknown-lang = Unknown language `{ $tag }`.
rec-unknown-lang = Use one of: en, th, my, km, lo, vi.

## tui

tui-starting = Opening the vault…
tui-loading = Loading…
tui-footer-before-unlock = Enter: continue  Tab: next field  Esc: clear
tui-too-small = The terminal is too small ({ $width }×{ $height }). Make it at least { $min_width }×{ $min_height } to continue.

tui-setup-title = Set up Tandem on this computer
tui-setup-intro = No vault yet. Create it and its first supervisor. The passphrase protects every interview: choose a long one and do not write it down here.
tui-setup-name = Supervisor name
tui-setup-unit = Screening unit
tui-setup-passphrase = Passphrase
tui-setup-repeat = Passphrase again
tui-setup-creating = Creating the vault and the supervisor's keys…
tui-setup-need-name = Type the supervisor's name.
tui-setup-need-unit = Type the name of the screening unit.
tui-setup-short-passphrase = The passphrase is too short: use at least 8 characters.
tui-setup-mismatch = The two passphrases differ. Type it again.

tui-unlock-title = Unlock
tui-unlock-pick-user = Who are you? (↑ ↓)
tui-unlock-as = Unlock as { $user }
tui-unlock-passphrase = Passphrase, then Enter:
tui-unlocking = Unlocking…
tui-unlock-wrong = Wrong passphrase. Type it again.
tui-role-officer = officer
tui-role-supervisor = supervisor

tui-lock-quick = Locked
tui-lock-idle = Locked after a pause
tui-lock-prompt = { $user }: type your passphrase to come back.

tui-queue-title = Cases
tui-queue-search = Case reference
tui-queue-empty = No interviews yet. Press n to start one.
tui-queue-col-case = Case
tui-queue-col-status = Status
tui-queue-col-urgent = Urgent
tui-queue-removal = removal { $date }
tui-no-case-ref = (no reference)
tui-status-draft = draft
tui-status-stopped = stopped
tui-status-awaiting-review = awaiting review
tui-status-referred = referred
tui-status-closed = closed

tui-new-title = Interviewee language
tui-progress = { $position }/{ $total } · { $answered } answered
tui-saved = ✓ saved
tui-saving = saving…
tui-machine-draft = ⚠ Unreviewed machine draft: the interpreter should check it.
tui-stale = ⚠ Translation out of date: the English text has changed since.
tui-text-missing = (no translation: the interpreter must translate)
tui-sensitive = Sensitive question: ask gently; the person may decline.
tui-interpreter-note = Interpreter
tui-more-below = ↓ more below: Ctrl-↓
tui-more-above = ↑ more above: Ctrl-↑
tui-interpreter-view = Interpreter view
tui-interpreter-nothing = Nothing to interpret on this screen. Esc brings the officer's screen back.
tui-note = Note
tui-answer = Answer
tui-end-of-questions = That was the last question.
tui-missing-required = { $count ->
    [one] 1 required question is still open (go back, or jump to a section):
   *[other] { $count } required questions are still open (go back, or jump to a section):
}
tui-end-go-review = Enter: review the assessment and decide.
tui-field-hint-number = A number from { $min } to { $max } { $unit }, then Enter
tui-field-hint-date = A date as YYYY-MM-DD, then Enter
tui-field-hint-time-since = How long ago: a number and h, d, w or m (e.g. 30h, 3d, 2w), then Enter
tui-field-hint-text = Type, then Enter
tui-field-number = Type a whole number.
tui-field-range = That number is out of range.
tui-field-date = Write the date as YYYY-MM-DD, e.g. 2026-11-28.
tui-field-time-since = Write a number and a unit: 30h, 3d, 2w or 1m.
tui-field-too-long = That is too long for this question; shorten it.
tui-field-invalid = That answer does not fit this question.

tui-urgent = ⚠ URGENT:
tui-window-closes = { $window } window closes in { $hours } h
tui-window-closes-days = { $window } window closes in { $days } days
tui-window-closed = { $window } window has closed
tui-window-pep = PEP
tui-window-emergency-contraception = Emergency contraception
tui-window-hepatitis-b = Hepatitis B vaccine
tui-trigger-sexual-violence = sexual violence
tui-trigger-possible-child = possible child
tui-trigger-pregnancy = pregnancy
tui-trigger-medical = medical need
tui-trigger-self-harm = self-harm risk
tui-trigger-security-threat = security threat
tui-trigger-removal-scheduled = removal scheduled
tui-trigger-asks-for-help = asks for help

tui-jump-title = Jump to a section
tui-note-title = Note on this question (Enter saves, Esc cancels)
tui-note-help = Keep it short and factual. It is stored encrypted with the interview.
tui-stop-title = Stop the interview: why?
tui-stop-detail = In a few words, why? (optional; kept encrypted with the interview). Enter stops, Esc goes back.
tui-stop-person-asked = The person asked to stop
tui-stop-privacy-risk = Someone may overhear
tui-stop-distress = The person is distressed
tui-stop-interpreter-problem = Problem with the interpreter
tui-stop-urgent-care = Urgent care needed first
tui-stop-other = Other reason
tui-stopped = Interview stopped and saved.
tui-stopped-consent = No consent: the interview stopped; only what the person agreed to was kept.
tui-paused = Interview paused and saved as a draft.
tui-handed-off = Handed off to a supervisor: awaiting review.

tui-review-title = Review: ILO indicators
tui-review-no-assessment = No checklist here carries the scoring rule.
tui-rule-met = Indicators present: refer
tui-rule-not-met = Indicators of trafficking not present by the rule
tui-rule-incomplete = Incomplete: open answers could still meet the rule
tui-rule-unverified = The scoring rule is a reading of the ILO indicators that has not been verified.
tui-profile-adult-labour = adult, labour exploitation
tui-profile-adult-sexual = adult, sexual exploitation
tui-profile-child-labour = child, labour exploitation
tui-profile-child-sexual = child, sexual exploitation
tui-dimension-positive = positive
tui-dimension-negative = negative
tui-dimension-incomplete = incomplete
tui-dimension-open = { $count } unanswered, unsure or declined questions could still make this positive.
tui-dim-deceptive-recruitment = Deceptive recruitment
tui-dim-coercive-recruitment = Coercive recruitment
tui-dim-recruitment-abuse-of-vulnerability = Recruitment by abuse of vulnerability
tui-dim-exploitative-conditions = Exploitative conditions
tui-dim-coercion-at-destination = Coercion at destination
tui-dim-abuse-of-vulnerability-at-destination = Abuse of vulnerability at destination
tui-review-decision = Your decision (1–4, Enter):
tui-outcome-refer-presumed-victim = Refer: indicators present
tui-outcome-refer-further-interview = Refer for a further interview
tui-outcome-vulnerable-other-referral = Vulnerable migrant: other referral
tui-outcome-no-referral = No referral
tui-review-reason = Reason
tui-review-reason-required = Reason (required: differs from the rule)
tui-review-need-outcome = Choose a decision first (1–4).
tui-review-need-reason = This decision differs from the rule: give a reason.

tui-help-title = Keys (Esc closes)
tui-context-global = Everywhere
tui-context-queue = Case queue
tui-context-question = Question
tui-context-review = Review
tui-cmd-help = help
tui-cmd-urgent = urgent
tui-cmd-stop = stop
tui-cmd-pause = pause
tui-cmd-quick-lock = lock
tui-cmd-interpreter-view = interpreter view
tui-cmd-switch-language = EN/TH
tui-cmd-back = back
tui-cmd-new = new
tui-cmd-open = open
tui-cmd-search = search
tui-cmd-quit = quit
tui-cmd-up = up
tui-cmd-down = down
tui-cmd-yes = yes
tui-cmd-no = no
tui-cmd-unsure = unsure
tui-cmd-declined = declined
tui-cmd-next = next
tui-cmd-previous = previous
tui-cmd-jump-section = sections
tui-cmd-note = note
tui-cmd-review = review
tui-cmd-decide = decide
tui-cmd-hand-off = hand off
unit-weeks = weeks
unit-months = months
unit-years = years

## referral
# Headings and field names of referral.html and the interpreter booklet. The person's-language
# column of a referral uses these messages in the person's language where they exist.
referral-title = Referral
referral-booklet-title = Interpreter booklet
referral-notice = Indicators, not identification
referral-packet = Packet
referral-packet-id = Packet id
referral-created = Created
referral-expires = Expires
referral-unit = Referring unit
referral-officer = Referring officer
referral-recipient = Receiving organisation
referral-urgency = Urgency
referral-urgency-emergency = Emergency: act within days
referral-urgency-urgent = Urgent: act within weeks
referral-urgency-normal = Normal
referral-languages = Languages
referral-consent = Consent
referral-consent-interview = Consented to the interview
referral-consent-share-with = Agreed to share with
referral-consent-police = Agreed to police contact
referral-consent-guardian = Guardian or social worker consented
referral-consent-basis = Basis for this referral
referral-basis-person = The person's own consent
referral-basis-guardian = Guardian's or social worker's consent
referral-basis-child-protection-override = Supervisor's child-protection override
referral-override-reason = Reason for the override
referral-restrictions = Restrictions: keep out, do not tell
referral-identity = Identity
referral-name = Name or alias
referral-case-ref = Case reference
referral-age-group = Age group
referral-age-adult = Adult
referral-age-child = Child
referral-age-unknown = Unknown: treat as a possible child
referral-urgent-needs = Urgent needs
referral-no-urgent-needs = No urgent needs recorded for this organisation
referral-window-open-until = Window open until
referral-window-closed = Window closed
referral-screening = Screening summary
referral-profile = Indicator list
referral-result = Result
referral-result-indicators-present = Indicators present: refer
referral-result-incomplete = Incomplete: indicators may be present
referral-result-not-met = Combination rule not met
referral-rule-unverified = This rule is not verified against its source
referral-decision = Decision
referral-yes = Yes
referral-no = No
referral-not-included = Not included for this kind of organisation
referral-unreviewed = Translation not reviewed
referral-interpreter-note = Interpreter note
referral-no-translation = No translation yet: interpret from the officer's text
referral-custody = Custody
referral-wishes = Vulnerability and wishes
referral-services = Services requested
referral-group-communication = Language, interpreter, interviewer
referral-group-dependants = Dependants
referral-group-documents = Documents
referral-group-custody = Custody
referral-group-wishes = Vulnerability and the person's own wishes
referral-group-services = Services requested
referral-exported = Packet { $packet } written to { $path } for { $partner } ({ $kind }), expires { $expires }.
referral-verified = Signature, manifest and payload hash verified: packet { $packet } from { $unit } for { $partner }, expires { $expires }.
referral-verified-expired = The signature is valid, but packet { $packet } from { $unit } expired at { $expires }: do not act on it; ask { $unit } for a new packet.
referral-opened = Packet { $packet } opened: referral.json and referral.html written to { $path }.
referral-partner-added = Partner { $name } ({ $kind }) added, key fingerprint { $fingerprint }.
referral-partner-removed = Partner { $name } removed.
referral-booklet-written = Booklet for { $checklist } in { $lang } written to { $path }.

## assess
assess-checklist = Checklist
assess-version = version { $version }
assess-profile = Profile
assess-result = Result
assess-col-dimension = Dimension
assess-col-status = Status
assess-col-strong = strong
assess-col-medium = medium
assess-col-weak = weak
assess-col-fired = Indicators answered yes
assess-open = { $count } still open
assess-dimension-rule = Dimension rule: { $source }
assess-rule = Rule for { $profile }: { $source }
assess-verified = verified
assess-not-verified = not verified
assess-note = Note: { $note }
assess-not-identification = Screening is not identification: the officer decides on referral.

## tui partners and export
tui-cmd-partners = partners
tui-cmd-export = export packet
tui-cmd-add-partner = add
tui-cmd-remove-partner = remove
tui-supervisors-only = Supervisors only: partners and referral packets need the unit signing key. Ask a supervisor to unlock.
tui-partners-title = Receiving organisations (partners)
tui-partners-loading = Loading…
tui-partners-empty = No partners yet. Press { $key } to add the first receiving organisation.
tui-partners-col-name = Name
tui-partners-col-kind = Kind
tui-partners-col-recipient = Recipient
tui-partners-add-title = Add a partner
tui-partners-field-name = Name of the organisation
tui-partners-field-recipient = Its age recipient (age1…)
tui-partners-field-kind = Kind
tui-partners-add-help = Tab: next field · ↑↓ or 1–6: kind · Enter on Kind: save · Esc: cancel
tui-partners-need-name = Type the organisation's name.
tui-partners-duplicate = There is already a partner named { $name }; choose another name, or remove the old one first.
tui-partners-confirm-remove = Remove { $name }? Packets already sent to them stay readable by them. y: remove · n: keep
tui-partner-added = Partner { $name } added.
tui-partner-removed = Partner { $name } removed.
tui-export-title = Export a referral packet
tui-export-unsaved = This interview has not been saved yet; wait for the saved mark, then export.
tui-export-pick = Choose the receiving organisation (Enter or 1–9). Consent is checked first.
tui-export-no-partners = There are no partners yet: add one on the partners screen (p in the case queue).
tui-export-refused = Refused: { $reason }
tui-export-override-title = Child-protection override
tui-export-override-help = The person may be a child. A supervisor may send the referral without that consent, with a reason; the override is audited and goes into the packet. Type the reason and press Enter, or Esc to go back.
tui-export-with-override = With a child-protection override (audited).
tui-export-dir = Directory for the packet (the file is named after the packet id; an existing file is never overwritten):
tui-export-dir-help = Enter: sign, encrypt and write · Esc: back
tui-export-running = Signing and encrypting the packet…
tui-export-done = Packet written. The record is now referred.
tui-export-fingerprint = Read the unit key fingerprint to the organisation over the phone:
tui-export-done-help = Enter: close
tui-export-written = Packet written to { $path }; unit key fingerprint { $fingerprint }.

## Two-stage screening
# Stages, the first screen's result and its reasons, and `tandem interview plan`. The result is
# "no indicators at first screen", never "not a victim".
stage-first-screen = First screen
stage-full = Full interview
plan-stage = Stage: { $stage }
plan-stage-first-screen = first screen
plan-stage-full = full interview
plan-result = First screen: { $result }
plan-result-full-interview = full interview (reasons below)
plan-result-no-indicators = no indicators at first screen (not a finding about the person)
plan-result-incomplete = incomplete
plan-reason-gateway = gateway answered yes, unsure or declined: { $detail }
plan-reason-urgent = urgent need: { $detail }
plan-reason-possible-child = a possible child
plan-reason-officer-concern = the officer's own concern
plan-reason-no-gateway = every gateway answered no
plan-reason-no-urgent = no urgent need
plan-reason-no-possible-child = not a possible child
plan-reason-no-officer-concern = no concern of the officer's own
plan-reason-unanswered = still to answer: { $detail }
plan-reason-consent-refused = the person did not agree to go on: the interview ends here
plan-reason-blocked = blocked: { $detail } (record another interpreter, or why the interview goes on)
plan-reason-no-first-screen = the checklists have no first screen: everyone has the full interview
plan-profile = Profile: { $age }, { $exploitation }
plan-questions = Still to ask: { $count } questions, { $person } put to the person
plan-no-questions = Nothing more to ask.
plan-to-person = to the person
plan-officer-only = officer only
tui-window-time-unknown = { $window }: time unknown, treat as open
tui-age-disagreement = The age answers disagree: the person is treated as a child until the age is verified.
tui-interview-blocked = The interpreter's declaration is not a clear yes: record another interpreter, or why the interview goes on.
referral-age = Age in years (CTDC band)
referral-age-basis = How the age was established
referral-age-group-from = Age group from
referral-age-sources-disagree = The age answers disagree
referral-window-time-unknown = Time unknown: treat as open
referral-group-narrative = Summary
