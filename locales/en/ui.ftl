### Tandem interface texts, English (the source language).
###
### Each area keeps its messages under its own `## area` heading. Errors come in pairs:
### `err-…` says what happened, `rec-…` what to do next. Variables (`{ $path }`) must stay
### exactly as they are in every translation. `## start-up` comes first and holds what the first
### screens show (opening, set-up, unlock): the interface reads that section before the rest.

## start-up

tui-starting = Opening the vault…
tui-starting-leave = q or Esc: leave Tandem.
tui-loading = Loading…
tui-footer-before-unlock = Enter: continue  Tab: next field  Esc: clear
tui-too-small = The terminal is too small ({ $width }×{ $height }). Make it at least { $min_width }×{ $min_height } to continue.

tui-setup-title = Set up Tandem on this computer
tui-setup-intro = No vault yet. Create it and its first supervisor. The passphrase protects every interview: choose a long one and do not write it down here.
tui-setup-name = Supervisor name
tui-setup-unit = Screening unit
tui-setup-passphrase = Passphrase
tui-setup-repeat = Passphrase again
tui-setup-recovery = Recovery key (age1…)
tui-setup-no-recovery = No recovery key: if every supervisor forgets their passphrase, every record is lost for good. Paste the unit's age1… key (from age-keygen, kept offline), or press Enter again to go on without one (`tandem recovery set` adds it later).
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

## errors
# Every error comes as a pair: `err-…` says what happened, `rec-…` what to do next. A `rec-…`
# may depend on `$face`: `cli` on the command line, `screen` in the terminal interface (never
# tell a screen user to pass a command-line flag).

err-locales-read = Cannot read the locale files in { $path } ({ $reason }).
rec-locales-read = Check the --locales path, or leave it out to use the built-in texts.

err-locales-write = Cannot write to { $path } ({ $reason }).
rec-locales-write = Check that the locales directory is writable, then run the command again.

err-malformed-review = { $path } has malformed review records.
rec-malformed-review = Fix them first: `tandem check` shows where.

err-locales-invalid = The locale files have { $count } problems.
rec-locales-invalid = Run `tandem check` to see each one with its file and line, then fix them.

err-zawgyi = This Burmese text is in the Zawgyi encoding, which Tandem cannot store.
rec-zawgyi = Switch the keyboard or phone to Unicode Burmese and type it again.

err-unknown-lang = Unknown language `{ $tag }`.
rec-unknown-lang = Use one of: en, th, my, km, lo, vi.

err-unknown-value = `{ $value }` is not a { $kind }.
rec-unknown-value = Use one of: { $allowed }.

err-not-officer-lang = `{ $lang }` is not an officer language.
rec-not-officer-lang = Use --officer-lang en or --officer-lang th.

# Record documents
err-document-stdin = The record document on standard input was refused.
rec-document-stdin = Fix the document as the next line says (docs/record.schema.json describes it), then run the command again.
err-document-file = The record document in { $path } was refused.
rec-document-file = Fix the document as the next line says (docs/record.schema.json describes it), then run the command again.
err-document-line = Line { $line } of { $path } was refused; nothing was imported.
rec-document-line = Fix that line as the next line says, then import the whole file again.
err-document-unknown-field = There is no field `{ $field }` { $path ->
    [top] in the document
   *[other] in `{ $path }`
} ({ $at }).
rec-document-unknown-field = Check the spelling against docs/record.schema.json.
err-document-missing-field = The field `{ $field }` is missing { $path ->
    [top] in the document
   *[other] in `{ $path }`
} ({ $at }).
rec-document-missing-field = Add it: docs/record.schema.json says what it holds.
err-document-duplicate-field = The field `{ $field }` appears twice { $path ->
    [top] in the document
   *[other] in `{ $path }`
} ({ $at }).
rec-document-duplicate-field = Keep one of them.
err-document-not-allowed = `{ $path }` is not one of the allowed values ({ $at }).
rec-document-not-allowed = Use a value docs/record.schema.json lists for that field.
err-document-wrong-type = `{ $path }` has the wrong type ({ $at }).
rec-document-wrong-type = docs/record.schema.json says what type the field takes.
err-document-truncated = The JSON ends too early ({ $at }).
rec-document-truncated = The file may be cut short: check that it was copied whole.
err-document-not-json = This is not valid JSON ({ $at }).
rec-document-not-json = Check the file is a record document in JSON, one per line for an import.
err-document-schema = The document uses record schema { $found }; this Tandem reads schema { $known }.
rec-document-schema = Use the Tandem that wrote it, or update this one.
err-document-police-share = `police` cannot be one of the kinds in consent.share_with.
rec-document-police-share = Police contact is its own opt-in: set consent.police_contact instead.

# Answers and questions
err-unknown-question = No checklist has a question `{ $question }`.
rec-unknown-question = The checklists may have changed; `tandem checklist show ID` lists the questions.
err-answer-wrong-type = The answer to `{ $question }` has the wrong form.
rec-answer-wrong-type = That question takes { $expected }; every question also takes "unsure" or "declined".
err-answer-unknown-choice = The answer to `{ $question }` is not one of its choices.
rec-answer-unknown-choice = Use one of: { $allowed }; or "unsure" or "declined".
err-answer-out-of-range = The answer to `{ $question }` is out of range.
rec-answer-out-of-range = Give a number from { $min } to { $max }.
err-answer-bad-date = The answer to `{ $question }` is not a date.
rec-answer-bad-date = Write the date as YYYY-MM-DD.
err-answer-too-long = The answer to `{ $question }` is too long.
rec-answer-too-long = Keep it to { $max } characters.

# Checklists and scoring
err-checklists-invalid = The checklists have { $count ->
    [one] one problem
   *[other] { $count } problems
}.
rec-checklists-invalid = Fix each one as listed below, then run `tandem check`.
err-checklists-read = Cannot read the checklists in { $path } ({ $reason }).
rec-checklists-read = Check the --checklists path and its permissions.
err-checklists-empty = There is no checklist file (*.toml) in { $path }.
rec-checklists-empty = Point --checklists at the directory that holds them, or leave it out.
err-no-such-checklist = There is no checklist `{ $id }`.
rec-no-such-checklist = Use one of: { $known } (see `tandem checklist list`).
err-no-scoring-rule = Checklist `{ $checklist }` has no scoring rule.
rec-no-scoring-rule = Assess the checklist that carries the ILO indicators (see `tandem checklist list`).
err-no-rule-for-profile = Checklist `{ $checklist }` has no combination rule for profile `{ $profile }`.
rec-no-rule-for-profile = Choose another profile, or add `[scoring.rules.{ $profile }]` to the checklist.

# Files and the terminal
err-read = Cannot read the { $what ->
    [passphrase] passphrase file
    [recovery-identity] recovery key file
    [packet] packet
    [partner-key] organisation's key file
    [unit-key] unit key file
    [answers] answers file
    [records] records file
    [keymap] keymap file
   *[other] file
} { $path } ({ $reason }).
rec-read = Check the path and that you may read the file.
err-write = Cannot write { $path } ({ $reason }).
rec-write = Check free disk space and that you may write there, then try again.
err-exists = { $path } already exists; Tandem never writes over a file.
rec-exists = Choose a new name or another directory, or move the old file away first.
err-output = The output could not be written ({ $reason }).
rec-output = Check where the output goes (a full disk, a closed pipe), then run the command again.
err-no-terminal = There is no terminal to ask for the passphrase.
rec-no-terminal = Give --passphrase-file FILE or set TANDEM_PASSPHRASE.
err-passphrases-differ = The two passphrases differ.
rec-passphrases-differ = Type the same passphrase twice.
err-empty-passphrase = The passphrase is empty.
rec-empty-passphrase = Choose a passphrase of several words.
err-needs-terminal = The interface needs a terminal.
rec-needs-terminal = Run `tandem` in a terminal window; for scripts, use the subcommands (tandem --help).
err-not-a-number = { $variable } must be a whole number.
rec-not-a-number = Set it to a whole number, or unset it to use the default.
err-english-is-source = English is the source text and has no review records.
rec-english-is-source = Pass a translation's tag: th, my, km, lo or vi.
err-no-locales-dir = There is no locales directory at { $path }.
rec-no-locales-dir = Run from the source tree, or pass --locales DIR.

# Keymap files
err-keymap-syntax = The keymap file { $path } is not valid TOML ({ $reason }).
rec-keymap-syntax = Fix the syntax; docs/keymap.md shows the format.
err-keymap-unknown-context = The keymap file { $path } has an unknown section `[{ $section }]`.
rec-keymap-unknown-context = Use global, queue, question, review or partners (see docs/keymap.md).
err-keymap-unknown-command = The keymap file { $path } names an unknown command `{ $command }` in `[{ $section }]`.
rec-keymap-unknown-command = docs/keymap.md lists the commands of each section.
err-keymap-bad-key = The keymap file { $path } has a key Tandem cannot read: `{ $key }`.
rec-keymap-bad-key = Write keys like ctrl-l, alt-x, f1, enter, esc, space or one character.
err-keymap-bad-value = In the keymap file { $path }, `{ $command }` in `[{ $section }]` is not a key or a list of keys.
rec-keymap-bad-value = Write a key or a list, e.g. ["ctrl-l", "f12"].
err-keymap-conflict = In the keymap file { $path }, the key `{ $key }` is bound to both `{ $first }` and `{ $second }`.
rec-keymap-conflict = Give one of them another key.
err-keymap-plain-global = In the keymap file { $path }, the global command `{ $command }` is a plain character.
rec-keymap-plain-global = Global commands must work while an answer is typed: use ctrl-, alt- or a function key.
err-keymap-unbound = In the keymap file { $path }, the command `{ $command }` has no key left.
rec-keymap-unbound = Every command needs at least one key.

# The vault
err-vault-not-found = There is no vault in { $dir }.
rec-vault-not-found = { $face ->
    [screen] Start Tandem without --vault to set up the default vault, or choose the right directory.
   *[cli] Create one with `tandem init --name NAME`, or choose the right one with --vault DIR.
}
err-vault-exists = A vault already exists in { $dir }.
rec-vault-exists = Use it, or choose another directory with --vault DIR.
err-vault-busy = Another Tandem (process { $pid }) is using the vault in { $dir }.
rec-vault-busy = { $face ->
    [screen] Close the other Tandem window first, then start again. Press q to leave.
   *[cli] Close the other Tandem first, then run the command again.
}
err-unknown-user = There is no user `{ $name }` in this vault.
rec-unknown-user = { $face ->
    [screen] Pick your name from the list.
   *[cli] `tandem user list` shows who there is.
}
err-user-exists = A user `{ $name }` already exists.
rec-user-exists = Choose another name.
err-wrong-passphrase = Wrong passphrase for `{ $user }`. The failed attempt was recorded in the audit log.
rec-wrong-passphrase = Try again, slowly; check the keyboard language (Thai or English).
err-supervisor-only = Only a supervisor may do this.
rec-supervisor-only = { $face ->
    [screen] Ask a supervisor to unlock Tandem and do it.
   *[cli] Unlock as a supervisor (--user NAME).
}
err-last-supervisor = `{ $name }` is the last supervisor.
rec-last-supervisor = Add another supervisor before removing this one.
err-record-not-found = There is no record { $id }.
rec-record-not-found = `tandem record list` shows the records you can open.
err-bad-record-id = `{ $value }` is not a record id.
rec-bad-record-id = A record id is 16 hexadecimal characters: copy it from `tandem record list`.
err-vault-damaged = { $part ->
    [users] The users table
    [unit-public-key] The unit public key
    [unit-signing-key] The unit signing key
    [retention] The retention setting
    [user-key] The key of user `{ $subject }`
    [record] Record { $subject }
    [summary] The summary of record { $subject }
    [bucket-key] The key of retention bucket { $subject }
    [bucket-id] The retention bucket id `{ $subject }`
    [setting] The vault setting `{ $subject }`
   *[other] A part of the vault
} is damaged or was tampered with; it was not used.
rec-vault-damaged = Keep the vault directory as it is (do not repair or copy over it) and tell your supervisor.
err-no-bucket-key = You hold no key for retention bucket { $bucket }.
rec-no-bucket-key = Ask a supervisor to re-add your account, or recover it with the recovery key.
err-bucket-expired = Retention bucket { $bucket } has expired and was destroyed.
rec-bucket-expired = Its records can no longer be read by anyone; nothing can be done.
err-no-unit-key = Your account holds no copy of the unit signing key.
rec-no-unit-key = Ask another supervisor to remove and re-add you, or recover your account.
err-no-recovery-recipient = This vault has no recovery key, so accounts cannot be recovered.
rec-no-recovery-recipient = A supervisor can add one with `tandem recovery set age1…` (from `age-keygen`, kept offline).
err-wrong-recovery-identity = The recovery key does not open this vault's keys.
rec-wrong-recovery-identity = Check that it is the unit's recovery key file.
err-bad-key = { $role ->
    [recovery-recipient] The recovery recipient is not an age public key (age1…).
    [partner-recipient] The organisation's recipient is not an age public key (age1…).
    [recovery-identity] The recovery key file holds no age secret key (AGE-SECRET-KEY-1…).
   *[other] A key stored in the vault is not a valid age key.
}
rec-bad-key = { $role ->
    [recovery-identity] Give the file made by `age-keygen -o FILE` when the vault was set up.
    [stored-user-key] Keep the vault as it is and tell your supervisor.
   *[other] Copy the `age1…` line that `age-keygen` printed (or `age-keygen -y KEYFILE` prints).
}
err-bad-name = { $what ->
    [user] A user name
    [unit] A unit name
    [partner] A partner name
   *[other] A name
} must be 1 to 64 printable characters.
rec-bad-name = Type a shorter name without control characters.
err-bad-work-factor = The scrypt work factor must be between 1 and { $max }.
rec-bad-work-factor = Leave --kdf-log-n out: Tandem calibrates it to about one second.
err-bad-retention = The retention period must be between 1 and 120 months.
rec-bad-retention = Give a number of months from 1 to 120.
err-partner-exists = A partner named `{ $name }` already exists.
rec-partner-exists = Remove it first to change it, or choose another name.
err-no-such-partner = There is no partner `{ $name }`.
rec-no-such-partner = { $face ->
    [screen] Pick a partner from the list, or add one on the partners screen.
   *[cli] `tandem partner list` shows them; `tandem partner add` adds one.
}
err-vault-tampered = The vault file was changed outside Tandem: { $part ->
    [seal] the seal over its keys and settings is missing or not Tandem's
    [table] the { $subject } table differs from what Tandem sealed
    [audit-truncated] the audit log was cut short (entries found/sealed: { $subject })
    [audit-entry] audit entry { $subject } is not what Tandem wrote
    [records] a record was rolled back, removed or added
    [vault-key] your copy of the vault key is missing or was not made by Tandem
   *[other] a part of it is not what Tandem wrote
}. Nothing was unlocked or used, and the attempt was recorded.
rec-vault-tampered = Keep the vault directory as it is for investigation; restore the last backup into a new directory (`tandem restore FILE --vault NEW-DIR`) and tell your supervisor.
err-records-disagree = { $count } record(s) do not agree with the audit log; the first: { $first }.
rec-records-disagree = Keep the vault as it is, tell your supervisor, and compare with the last backup (`tandem restore FILE --vault NEW-DIR`, then `tandem audit verify` there).
err-audit-broken = The audit log is broken at entry { $seq }: { $reason }.
rec-audit-broken = Keep the vault as it is and tell your supervisor.
err-newer-schema = This vault was written by a newer Tandem (schema { $found }; this one knows { $known }).
rec-newer-schema = Use the newer Tandem.
err-storage = The vault database failed ({ $reason }).
rec-storage = Check free disk space and permissions, then try again. Answers marked "saved" are safe.
err-migration = The vault database could not be upgraded ({ $reason }).
rec-migration = Keep a copy of the vault directory and report this.
err-vault-io = Could not { $action ->
    [create-vault-dir] create the vault directory
    [open-lock-file] open the lock file
    [write-backup] write the backup
    [read-backup] read the backup
   *[other] use the file
} { $path } ({ $reason }).
rec-vault-io = Check the path and its permissions.
err-backup-exists = { $path } already exists.
rec-backup-exists = Choose a new file name for the backup (for example with today's date); an old backup is never overwritten.
err-not-a-backup = { $path } is not a whole Tandem vault backup.
rec-not-a-backup = Check that it is the right file and that it was copied completely; nothing was changed.
err-restore-not-empty = { $dir } is not empty.
rec-restore-not-empty = Restore into a new, empty directory (--vault DIR); a restore never writes over a vault.
err-crypto = Encryption failed ({ $reason }).
rec-crypto = This should not happen: nothing was saved by this step. Please report it.

# Cases
err-not-allowed = A record that is { $status } cannot take this step ({ $transition }).
rec-not-allowed = { $status ->
    [stopped] Continue the interview first.
    [awaiting-review] A supervisor reviews it now; ask them to reopen it if something must change.
    [referred] It was referred; record anything new as a note, or start a new interview.
    [closed] The case is closed.
   *[other] Go back to the case queue and open the case again.
}
err-reason-required = This decision differs from the computed result, so it needs your reason.
rec-reason-required = { $face ->
    [screen] Write the reason in the reason field (Tab), then hand off again.
   *[cli] Give the reason with --reason TEXT.
}
err-no-decision = There is no decision yet.
rec-no-decision = { $face ->
    [screen] Choose an outcome first (its number, or Enter).
   *[cli] Give the outcome with --outcome OUTCOME.
}
err-no-users = The vault has no users.
rec-no-users = Set it up again with `tandem init` in an empty directory.

# Referral packets
err-no-interview-consent = The person did not consent to the interview, so nothing may be referred.
rec-no-interview-consent = { $face ->
    [screen] Record the person's consent first, or, for a possible child, give a child-protection override with a reason.
   *[cli] Record the person's consent first, or, for a possible child, give --child-protection-override REASON.
}
err-kind-not-consented = The person's consent does not cover { $kind } organisations.
rec-kind-not-consented = Ask the person and record `{ $kind }` under consent to share, or choose a partner of a kind they agreed to.
err-no-police-consent = The person did not opt in to police contact.
rec-no-police-consent = A police partner needs that explicit consent; no override replaces it.
err-child-without-guardian = The person may be a child and no guardian's or social worker's consent is recorded.
rec-child-without-guardian = { $face ->
    [screen] Record that consent, or give a supervisor's child-protection override with a reason (it is audited).
   *[cli] Record that consent, or give a supervisor's --child-protection-override REASON (it is audited).
}
err-override-without-reason = A child-protection override needs a reason.
rec-override-without-reason = Write why the referral cannot wait.
err-bad-recipient = The recipient is not an age X25519 public key.
rec-bad-recipient = Ask the organisation for the `age1…` line that `age-keygen` printed for its key.
err-packet-build = The packet could not be built ({ $reason }); nothing was written.
rec-packet-build = Try again; if it happens again, report it.
err-malformed-packet = This file is not a Tandem referral packet ({ $reason }).
rec-malformed-packet = Check you were sent the `.tandem` file itself.
err-missing-signature = The packet has no signature (manifest.toml.minisig).
rec-missing-signature = Do not open it; ask the sending unit to export it again.
err-bad-signature = The packet's signature is damaged or forged.
rec-bad-signature = Do not open it, and ask the sending unit by phone whether they sent it.
err-wrong-unit-key = The packet was signed by unit key { $packet_key }, not by the pinned unit key { $pinned_key }.
rec-wrong-unit-key = Do not open it: confirm the unit's key fingerprint by phone (`tandem unit-key export --fingerprint`).
err-tampered-manifest = The manifest was changed after it was signed.
rec-tampered-manifest = Do not open the packet; ask the sending unit to export it again.
err-tampered-payload = The encrypted payload does not match the signed manifest (it was changed or swapped).
rec-tampered-payload = Do not use it; ask the sending unit to export it again.
err-malformed-manifest = The signed manifest cannot be read ({ $reason }).
rec-malformed-manifest = Update Tandem, or ask the sender.
err-unsupported-packet-schema = The packet uses packet schema { $found }, which this Tandem does not read.
rec-unsupported-packet-schema = Update Tandem.
err-bad-identity-file = The key file holds no AGE-SECRET-KEY-1… line.
rec-bad-identity-file = Pass the key file your organisation made with `age-keygen`.
err-bad-unit-key = The unit key file is not a minisign public key.
rec-bad-unit-key = Pass the file from `tandem unit-key export` (its second line starts with RW).
err-wrong-identity = This packet was encrypted for "{ $packet_for }", not for the key given.
rec-wrong-identity = Open it with that organisation's key, or ask the unit to export it to you.
err-packet-expired = The packet expired at { $expires }; it was not opened.
rec-packet-expired = Ask the sending unit for a new one.
err-replayed = Packet { $packet } was already opened in this vault; a second copy may be a replay, so it was not opened again.
rec-replayed = Ask the sending unit whether they sent it twice.
err-decrypt = The payload could not be decrypted after verification ({ $reason }).
rec-decrypt = Ask the sending unit to export it again.

err-terminal = The terminal could not be used ({ $reason }).
rec-terminal = Run Tandem in a terminal window of at least 50×16; on Windows, in Windows Terminal or the console.
err-no-such-profile = There is no profile `{ $id }`.
rec-no-such-profile = Use adult-labour, adult-sexual, child-labour or child-sexual.
err-answers-file = The answers file { $path } cannot be used.
rec-answers-file = Fix it as the next line says, then run the command again.
err-answers-not-json = It is not valid JSON (line { $line }, column { $column }).
rec-answers-not-json = Write an object such as {"{"}"deceived-job": "yes"{"}"}.
err-answers-not-object = It is not a JSON object of answers.
rec-answers-not-object = Write an object mapping question ids to answers, such as {"{"}"deceived-job": "yes"{"}"}.
err-answers-other-checklist = Question `{ $question }` belongs to checklist `{ $belongs }`, not `{ $checklist }`.
rec-answers-other-checklist = Remove it from the answers, or assess `{ $belongs }`.
err-answers-no-such-question = Checklist `{ $checklist }` has no question `{ $question }`.
rec-answers-no-such-question = Remove it or fix the id (see `tandem checklist show { $checklist } --json`).

err-exchange-file = The translation file { $path } cannot be used.
rec-exchange-file = Fix it as the next line says, then import it again.
err-exchange-not-utf8 = The file is not UTF-8.
rec-exchange-not-utf8 = Save it as UTF-8 (in a spreadsheet: "CSV UTF-8").
err-exchange-xml = The file is not well-formed XML ({ $reason }).
rec-exchange-xml = Open it in the CAT tool and export it again.
err-exchange-not-xliff = The file is not XLIFF 2.x (its root is `{ $root }`).
rec-exchange-not-xliff = Give the XLIFF 2.1 file `tandem locales export` wrote, or its CSV.
err-exchange-xliff-version = XLIFF version { $version } is not supported.
rec-exchange-xliff-version = Give XLIFF 2.0 or 2.1.
err-exchange-source-not-english = The source language is `{ $lang }`, not English.
rec-exchange-source-not-english = Export again from Tandem: English is the source of every text.
err-exchange-unknown-lang = The target language `{ $lang }` is not one Tandem has.
rec-exchange-unknown-lang = Use th, my, km, lo or vi.
err-exchange-no-lang = The file has no target language.
rec-exchange-no-lang = Export again with --lang.
err-exchange-mixed-langs = The file mixes languages ({ $first } and { $second }).
rec-exchange-mixed-langs = Import one language at a time.
err-exchange-inline-markup = Unit `{ $unit }` has inline markup Tandem does not use ({ $what }).
rec-exchange-inline-markup = Type the text plainly.
err-exchange-missing-column = The CSV has no `{ $column }` column.
rec-exchange-missing-column = Keep the columns `tandem locales export` wrote.
err-exchange-csv = The CSV cannot be read at line { $line }.
rec-exchange-csv = Keep one row per unit, quoted as exported.
err-exchange-control-char = A text holds a control character that XML cannot carry (in `{ $id }`).
rec-exchange-control-char = Remove it from the .ftl file, then export again.
err-bad-reviewer = The reviewer's name is missing, too long or on several lines.
rec-bad-reviewer = Give --reviewer "NAME" on one line, at most 120 characters.
err-bad-date = `{ $value }` is not a date.
rec-bad-date = Write the date as YYYY-MM-DD.
err-target-is-english = { $path } has English as its target language.
rec-target-is-english = Import a translation (th, my, km, lo or vi); English is the source.
err-import-check = Importing into { $path } would change message `{ $id }` in a way that was not asked for; nothing was written.
rec-import-check = Report this, with the file.

err-document-too-large = The document is larger than { $limit } bytes.
rec-document-too-large = A record document is a few tens of kilobytes: check that this is the right file.
err-document-too-long = `{ $path }` is longer than { $limit } characters.
rec-document-too-long = Shorten it; a long account belongs in the officer's own words, in a few lines.
err-too-large = The { $what } file { $path } is larger than { $limit } bytes; it was not read.
rec-too-large = Check that this is the right file.

## command line
# What the subcommands print (errors are in `## errors`).

cli-passphrase-prompt = Passphrase for { $user }: 
cli-new-passphrase-prompt = New passphrase for { $user }: 
cli-passphrase-again = Type it again: 
cli-weak-kdf = warning: scrypt work factor { $n } is low; a stolen laptop's passphrases would be quick to guess. Use it for tests only.
cli-calibrating = calibrating the passphrase work factor to about one second…
cli-default-unit = Screening unit
cli-vault-created = Created the vault in { $dir }
    First supervisor: { $name }
    Unit public key: { $key }
cli-no-recovery-warning = WARNING: no recovery recipient was given. If every supervisor forgets their passphrase, every record in this vault is lost for good. To avoid this, set one now with `tandem recovery set age1…` (from `age-keygen`, the secret key file kept offline).
cli-user-added = Added { $name } ({ $role })
cli-passphrase-changed = Changed the passphrase of { $name }
cli-unit-key-rotated = The unit signing key was replaced: key id { $key } (read it over the phone as { $fingerprint }). Send every partner the new public key (`tandem unit-key export`); packets signed from now on name this key.
cli-user-removed = Removed { $name }; the keys wrapped to them are gone, and every month's retention key and the vault key were replaced, so nothing saved from now on opens with what they held
cli-user-recovered = Gave { $name } a new passphrase and key
cli-recovery-set = The recovery key is now { $recipient }: every retention bucket and the unit key are wrapped to it. Keep its secret key file offline, in a safe place.
cli-imported = imported { $count } records
cli-record-line = { $answers } answers  updated { $updated }
cli-show-record = record   
cli-show-checklist = checklist
cli-show-status = status   
cli-show-case-ref = case ref 
cli-show-name = name     
cli-show-consent = consent    interview: { $interview }, share with: { $share }, police contact: { $police }
cli-show-notes = notes
cli-record-deleted = Deleted { $id }
cli-record-stopped = Stopped the interview { $id } ({ $reason })
cli-record-decided = Recorded the decision for { $id }: { $outcome }
cli-record-handed-off = Handed { $id } to a supervisor
cli-backup-done = Backup written to { $path } and verified: { $records ->
    [one] one sealed record
   *[other] { $records } sealed records
}, audit log intact ({ $count } entries). It is as safe as the vault: keep it on an encrypted drive, away from the laptop.
cli-backup-not-audited = Another Tandem has the vault open, so this backup is not in the vault's audit log; run it again when Tandem is closed to record it.
cli-restore-done = The backup is restored into { $dir }: { $records ->
    [one] one sealed record
   *[other] { $records } sealed records
}, audit log in sequence ({ $count } entries). Unlock it with the usual passphrases; `tandem audit verify` then checks every entry and record with the vault key.
cli-audit-tampered = Changed outside Tandem: { $part ->
    [seal] the seal over the vault's keys and settings is missing or not Tandem's
    [table] the { $subject } table differs from what Tandem sealed
    [audit-truncated] the audit log was cut short (entries found/sealed: { $subject })
    [audit-entry] audit entry { $subject } is not what Tandem wrote
    [records] a record row was rolled back, removed or added
    [vault-key] your copy of the vault key is missing or was not made by Tandem
   *[other] a part of the vault is not what Tandem wrote
}
cli-audit-record = { $problem ->
    [rolled-back] Record { $id } is at version { $found } but the log has { $logged } (rolled back to an earlier copy)
    [ahead] Record { $id } is at version { $found } but the log has only { $logged }
    [missing] Record { $id } is in the log but not in the vault (deleted outside Tandem)
   *[unlogged] Record { $id } is in the vault but the log never saw it created (added outside Tandem)
}
cli-audit-unkeyed = The vault key could not be had, so keyed audit entries were not checked.
cli-audit-findings = { $count } finding(s) above. Keep the vault directory as it is for investigation, tell your supervisor, and restore the last backup into a new directory (`tandem restore FILE --vault NEW-DIR`) to carry on.
cli-audit-intact = The audit log is intact: { $count } entries
cli-purge-nothing = No retention bucket has expired; nothing to destroy
cli-purge-would = Would destroy { $count } records in buckets { $buckets }
cli-purge-done = Destroyed { $count } records in buckets { $buckets }
cli-check-valid = checklists: { $checklists } valid, { $questions } questions; locales: valid
cli-plan-unreadable = note: answers.{ $question }: no checklist has this question; it is kept but not read
cli-check-problems = { $count ->
    [one] 1 problem found; fix it as listed above
   *[other] { $count } problems found; fix each one listed above
}

## tui

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
tui-queue-removal-near = REMOVAL { $date }: within 72 hours
tui-step-first-screen = first screen
tui-step-full-interview = full interview
tui-step-no-indicators = decide (first screen)
tui-step-awaiting-supervisor = awaiting supervisor
tui-step-referred = referred
tui-step-stopped = stopped
tui-step-closed = closed
tui-stage-to-full = First screen done: full interview next ({ $reasons }).
tui-stage-no-indicators = First screen done: no indicators at first screen. Record your decision on the review (Enter).
tui-same-interpreter = a: the same interpreter as in the last interview today ({ $id }, { $language }); the no-conflict declaration is asked again for this person.
tui-same-interpreter-done = The interpreter record of the last interview is kept for this one; ask the no-conflict declaration for this person.
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
tui-field-hint-date = A date as YYYY-MM-DD, then Enter (a year from 2400, such as 2569, is read as Buddhist Era)
tui-field-hint-time-since = How long ago: a number and h, d, w or m (e.g. 30h, 3d, 2w), then Enter
tui-field-hint-text = Type, then Enter
tui-field-number = Type a whole number.
tui-field-range = That number is out of range.
tui-field-date = Write the date as YYYY-MM-DD, e.g. 2026-11-28.
tui-field-time-since = Write a number and a unit: 30h, 3d, 2w or 1m.
tui-field-too-long = That is too long for this question; shorten it.
tui-field-invalid = That answer does not fit this question.
tui-confirm-end = The person does not agree to go on: press the same key again to end the interview (only the set-up is kept), or any other key to go back.
tui-field-none-exclusive = "None" cannot be ticked with other choices: untick one of them.

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
tui-cmd-same-interpreter = same interpreter as before
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
referral-officer = Exported by (supervisor)
referral-interviewing-officer = Interviewing officer
referral-recipient = Receiving organisation
referral-urgency = Urgency
referral-urgency-emergency = Emergency: act now
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
referral-recipient-fingerprint = recipient fingerprint: { $fingerprint }
referral-no-replay-check = no vault at { $dir }: a second copy of this packet would not be noticed
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
tui-partners-need-recipient = Type or paste the organisation's age1… recipient.
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

## Translator workflow
# `tandem locales export` and `import`, and the booklet as a review proof (`booklet --proof`).
# A refusal reads: refused: <message> (<file>): <reason>.
locales-exported = { $units } units ({ $messages } messages) of { $lang } written to { $path }.
locales-export-empty = No { $lang } message matches; nothing was written.
locales-import-changed = changed and recorded as reviewed: { $message } ({ $file }; { $parts })
locales-import-confirmed = recorded as reviewed, text kept: { $message } ({ $file })
locales-import-refused = refused: { $message } ({ $file }): { $reason }
locales-import-summary = { $lang }: { $changed } changed, { $confirmed } confirmed as reviewed, { $unchanged } unchanged, { $refused } refused. Reviewer: { $reviewer }, { $date }.
locales-import-dry-run = Dry run: nothing was written.
locales-import-written = Written: { $path }
locales-refusal-english-changed = its English changed since the export (fingerprint { $exported }, now { $current }); export it again and review the new English
locales-refusal-no-fingerprint = it came back without its English fingerprint; export again and work in the new file
locales-refusal-not-in-english = English has no such message or part; check the id
locales-refusal-officer-only = it is an officer-only interface text, which { $lang } does not carry
locales-refusal-duplicate = it is in the file twice; keep one
locales-refusal-syntax = Fluent syntax: { $detail }; keep the braces and variables as in English
locales-refusal-variables = its variables ({ $found }) differ from English ({ $english }); keep exactly the English variables, untranslated
locales-refusal-not-nfc = the text is not in Unicode NFC; save it normalised to NFC
locales-refusal-zawgyi = Burmese in the Zawgyi encoding; retype it in Unicode Burmese, or convert it and check it
locales-refusal-wrong-script = it has letters of the { $script } script; write it in the script of { $lang }
locales-refusal-still-english = the text is still in English; translate it
locales-refusal-incomplete = its { $part } has no translation; a message is reviewed whole, with its hint and interpreter note
locales-refusal-part-not-in-file = its { $part } is not in the file; a message is reviewed whole: export it again
referral-proof-title = Translation review proof
referral-proof-intro = Check each translation against the English. Write any correction in the right-hand column, then sign and date the last page. The coordinator enters the corrections with `tandem locales import`, under your name.
referral-proof-message = Message
referral-proof-english = English
referral-proof-translation = Translation
referral-proof-corrections = Corrections
referral-proof-status-missing = No translation yet
referral-proof-status-machine-draft = Unreviewed machine draft
referral-proof-status-stale = Out of date: the English changed
referral-proof-status-reviewed = Reviewed
referral-proof-care = Care: sexual abuse or self-harm. Gentle words, never more explicit than the English.
referral-proof-reviewer = Reviewer (name and qualification)
referral-proof-date = Date and signature
referral-proof-written = Review proof of { $checklist } in { $lang } written to { $path }.

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

## Statistics export (stats export)
err-k-too-small = k = { $k } is too small: statistics are released only when every combination is held by at least { $min } people.
rec-k-too-small = Give --k { $min } or more (CTDC publishes with 11).
err-bad-period = The period starts on { $from }, after it ends on { $to }.
rec-bad-period = Give --from the first day and --to the last day, the earlier one first.
stats-report-read = Read { $records } records; { $consented } were screened from { $from } to { $to } by people who agreed to research use of non-identifying data.
stats-report-generalised = Generalised { $column }: { $level }.
stats-level-as-recorded = as recorded
stats-level-child-or-adult = age bands merged into child (0-17) or adult (18+)
stats-level-span-of-years = years merged into the span of the export
stats-level-rare-as-other = values held by fewer than k people grouped as Other
stats-level-removed = column removed (written *)
stats-report-suppressed = Suppressed { $suppressed } rows whose combination was still held by fewer than { $k } people.
stats-report-nothing = Nothing released: no combination is held by { $k } people. The file holds the header only.
stats-report-k = Every released combination is held by at least { $k } people ({ $combinations } combinations; the smallest is held by { $smallest }).
stats-exported = Wrote { $released } rows to { $path }; signature { $signature } (check it with: minisign -Vm FILE -p unit.pub).
stats-tables-exported = Wrote the tables to { $path } ({ $suppressed } cells under { $k } written as <{ $k }); signature { $signature }.

## Referral: times, windows and kinds of organisation in words
referral-time-zone = Time zone
referral-hours = hours
referral-days = days
referral-window-closes-in = closes
referral-kind-shelter = Shelter
referral-kind-medical = Medical care
referral-kind-legal-aid = Legal aid
referral-kind-social-welfare = Social welfare
referral-kind-ngo = Non-governmental organisation
referral-kind-police = Police
cli-time-zone = The unit's time zone: { $zone }. Times are shown in it on screen, in packets and booklets.
err-unknown-time-zone = `{ $zone }` is not a time zone Tandem knows.
rec-unknown-time-zone = Give an IANA time zone name, for example Asia/Bangkok, Asia/Yangon or Asia/Phnom_Penh.

## Review: why an indicator question is still open
tui-review-open-unanswered = not answered yet
tui-review-open-unsure = answered "unsure"
tui-review-open-declined = declined to answer

## Question screen: long choice lists
tui-more-choices = ↕ more choices: ↑ ↓ or their numbers
tui-choices-text-missing = (choices not translated: the interpreter must translate them)
tui-machine-draft-choices = ⚠ Choices: unreviewed machine draft
tui-stale-choices = ⚠ Choices: translation out of date

## Dates: the era, impossible and contradicting dates
tui-era-be = B.E.
tui-field-date-impossible = That day is not in the calendar (for example 30 February): check the date.
tui-dates-contradict = Check the dates: the holding deadline ({ $second }) is before the detention started ({ $first }). Both are kept as typed.
tui-services-not-consented = ⚠ Not in any referral: { $services }. The person did not agree to share with that kind of organisation.
err-interrupted-init = A vault set-up in { $dir } was interrupted before its first user was saved: it holds no records.
rec-interrupted-init = Move { $dir }/vault.db away (or delete it), then run `tandem init` again.
