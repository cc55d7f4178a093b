### Tandem interface texts, Khmer: only those the interviewee and the interpreter read (the answer
### words, the notices beside an interview text, the interpreter view, the booklet's headings; the
### list is `INTERVIEWEE_UI` in src/l10n/interviewee.rs). The officer's screens are in English or
### Thai. Every text here is an unreviewed machine draft (ui.review.toml) until a qualified
### translator reviews it (docs/translators.md). Variables (`{ $width }`) stay exactly as in English.

## common

answer-yes = បាទ/ចាស
answer-no = ទេ
answer-unsure = មិនប្រាកដ
answer-declined = មិនចង់ឆ្លើយ

## translation status

text-missing = មិនទាន់មានការបកប្រែជា { $lang } សម្រាប់អត្ថបទនេះទេ៖ អ្នកបកប្រែត្រូវបកប្រែវាដោយផ្ទាល់។

## tui

tui-text-missing = (គ្មានការបកប្រែ៖ អ្នកបកប្រែត្រូវបកប្រែដោយផ្ទាល់)
tui-machine-draft = ⚠ សេចក្ដីព្រាងបកប្រែដោយម៉ាស៊ីន ដែលមិនទាន់បានពិនិត្យ៖ អ្នកបកប្រែគួរពិនិត្យវា។
tui-stale = ⚠ ការបកប្រែហួសសម័យ៖ អត្ថបទភាសាអង់គ្លេសបានផ្លាស់ប្ដូរតាំងពីពេលនោះមក។
tui-interpreter-view = ទិដ្ឋភាពសម្រាប់អ្នកបកប្រែ
tui-interpreter-note = អ្នកបកប្រែ
tui-more-below = ↓ មានបន្តនៅខាងក្រោម៖ Ctrl-↓
tui-more-above = ↑ មានបន្តនៅខាងលើ៖ Ctrl-↑
tui-cmd-interpreter-view = ទិដ្ឋភាពអ្នកបកប្រែ
tui-cmd-back = ត្រឡប់ក្រោយ
tui-interpreter-nothing = គ្មានអ្វីត្រូវបកប្រែនៅលើអេក្រង់នេះទេ។ ចុច Esc ដើម្បីត្រឡប់ទៅអេក្រង់របស់មន្ត្រីវិញ។
tui-too-small = បង្អួច terminal តូចពេក ({ $width }×{ $height })។ សូមពង្រីកវាយ៉ាងហោចណាស់ { $min_width }×{ $min_height } ដើម្បីបន្ត។

## referral

referral-booklet-title = សៀវភៅណែនាំសម្រាប់អ្នកបកប្រែ
referral-interpreter-note = កំណត់សម្គាល់សម្រាប់អ្នកបកប្រែ
referral-no-translation = មិនទាន់មានការបកប្រែ៖ សូមបកប្រែពីអត្ថបទរបស់មន្ត្រី
referral-unreviewed = ការបកប្រែមិនទាន់បានពិនិត្យ
