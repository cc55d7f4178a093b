### Tandem interface texts, Lao: only those the interviewee and the interpreter read (the answer
### words, the notices beside an interview text, the interpreter view, the booklet's headings; the
### list is `INTERVIEWEE_UI` in src/l10n/interviewee.rs). The officer's screens are in English or
### Thai. Every text here is an unreviewed machine draft (ui.review.toml) until a qualified
### translator reviews it (docs/translators.md). Variables (`{ $width }`) stay exactly as in English.

## common

answer-yes = ແມ່ນ
answer-no = ບໍ່ແມ່ນ
answer-unsure = ບໍ່ແນ່ໃຈ
answer-declined = ບໍ່ປະສົງຈະຕອບ

## translation status

text-missing = ຍັງບໍ່ມີຄຳແປເປັນ { $lang } ສຳລັບຂໍ້ຄວາມນີ້: ນາຍພາສາຕ້ອງແປເອງ.

## tui

tui-text-missing = (ບໍ່ມີຄຳແປ: ນາຍພາສາຕ້ອງແປເອງ)
tui-machine-draft = ⚠ ຮ່າງຄຳແປໂດຍເຄື່ອງທີ່ຍັງບໍ່ໄດ້ກວດ: ນາຍພາສາຄວນກວດເບິ່ງ.
tui-stale = ⚠ ຄຳແປບໍ່ເປັນປັດຈຸບັນ: ຂໍ້ຄວາມພາສາອັງກິດໄດ້ປ່ຽນແປງແລ້ວ.
tui-interpreter-view = ໜ້າຈໍສຳລັບນາຍພາສາ
tui-interpreter-note = ນາຍພາສາ
tui-more-below = ↓ ຍັງມີຕໍ່ຂ້າງລຸ່ມ: Ctrl-↓
tui-more-above = ↑ ຍັງມີຕໍ່ຂ້າງເທິງ: Ctrl-↑
tui-cmd-interpreter-view = ໜ້າຈໍນາຍພາສາ
tui-cmd-back = ກັບຄືນ
tui-interpreter-nothing = ບໍ່ມີຫຍັງໃຫ້ແປໃນໜ້າຈໍນີ້. ກົດ Esc ເພື່ອກັບໄປໜ້າຈໍຂອງເຈົ້າໜ້າທີ່.
tui-too-small = ໜ້າຕ່າງ terminal ນ້ອຍເກີນໄປ ({ $width }×{ $height }). ກະລຸນາຂະຫຍາຍໃຫ້ຢ່າງໜ້ອຍ { $min_width }×{ $min_height } ເພື່ອສືບຕໍ່.

## referral

referral-booklet-title = ປຶ້ມຄູ່ມືນາຍພາສາ
referral-interpreter-note = ໝາຍເຫດສຳລັບນາຍພາສາ
referral-no-translation = ຍັງບໍ່ມີຄຳແປ: ໃຫ້ແປຈາກຂໍ້ຄວາມຂອງເຈົ້າໜ້າທີ່
referral-unreviewed = ຄຳແປຍັງບໍ່ໄດ້ກວດ
