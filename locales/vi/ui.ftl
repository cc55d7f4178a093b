### Tandem interface texts, Vietnamese (NFC): only those the interviewee and the interpreter read (the answer
### words, the notices beside an interview text, the interpreter view, the booklet's headings; the
### list is `INTERVIEWEE_UI` in src/l10n/interviewee.rs). The officer's screens are in English or
### Thai. Every text here is an unreviewed machine draft (ui.review.toml) until a qualified
### translator reviews it (docs/translators.md). Variables (`{ $width }`) stay exactly as in English.

## common

answer-yes = Có
answer-no = Không
answer-unsure = Không chắc
answer-declined = Không muốn trả lời

## translation status

text-missing = Chưa có bản dịch { $lang } cho nội dung này: phiên dịch viên phải tự dịch.

## tui

tui-text-missing = (chưa có bản dịch: phiên dịch viên phải tự dịch)
tui-machine-draft = ⚠ Bản dịch máy chưa được duyệt: phiên dịch viên nên kiểm tra lại.
tui-stale = ⚠ Bản dịch đã cũ: văn bản tiếng Anh đã thay đổi từ đó.
tui-interpreter-view = Màn hình phiên dịch
tui-interpreter-note = Phiên dịch
tui-more-below = ↓ còn tiếp bên dưới: Ctrl-↓
tui-more-above = ↑ còn tiếp bên trên: Ctrl-↑
tui-cmd-interpreter-view = màn hình phiên dịch
tui-cmd-back = quay lại
tui-interpreter-nothing = Không có gì cần phiên dịch trên màn hình này. Nhấn Esc để trở lại màn hình của cán bộ.
tui-too-small = Cửa sổ terminal quá nhỏ ({ $width }×{ $height }). Hãy mở rộng ít nhất { $min_width }×{ $min_height } để tiếp tục.

## referral

referral-booklet-title = Sổ tay phiên dịch
referral-interpreter-note = Ghi chú cho phiên dịch viên
referral-no-translation = Chưa có bản dịch: hãy dịch từ văn bản của cán bộ
referral-unreviewed = Bản dịch chưa được duyệt
