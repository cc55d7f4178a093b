### Tandem interface texts, Burmese (Unicode, never Zawgyi): only those the interviewee and the interpreter read (the answer
### words, the notices beside an interview text, the interpreter view, the booklet's headings; the
### list is `INTERVIEWEE_UI` in src/l10n/interviewee.rs). The officer's screens are in English or
### Thai. Every text here is an unreviewed machine draft (ui.review.toml) until a qualified
### translator reviews it (docs/translators.md). Variables (`{ $width }`) stay exactly as in English.

## common

answer-yes = ဟုတ်ကဲ့
answer-no = မဟုတ်ပါ
answer-unsure = မသေချာပါ
answer-declined = မဖြေလိုပါ

## translation status

text-missing = ဤစာသားအတွက် { $lang } ဘာသာပြန် မရှိသေးပါ- စကားပြန်က ဘာသာပြန်ပေးရပါမည်။

## tui

tui-text-missing = (ဘာသာပြန် မရှိပါ- စကားပြန်က ဘာသာပြန်ပေးရမည်)
tui-machine-draft = ⚠ မစစ်ဆေးရသေးသော စက်ဘာသာပြန် မူကြမ်း- စကားပြန်က စစ်ဆေးသင့်ပါသည်။
tui-stale = ⚠ ဘာသာပြန်သည် ခေတ်မမီတော့ပါ- အင်္ဂလိပ်စာသား ပြောင်းလဲသွားပြီ ဖြစ်သည်။
tui-interpreter-view = စကားပြန် မြင်ကွင်း
tui-interpreter-note = စကားပြန်
tui-more-below = ↓ အောက်တွင် ဆက်ရှိသည်- Ctrl-↓
tui-more-above = ↑ အပေါ်တွင် ဆက်ရှိသည်- Ctrl-↑
tui-cmd-interpreter-view = စကားပြန် မြင်ကွင်း
tui-cmd-back = နောက်သို့
tui-interpreter-nothing = ဤမျက်နှာပြင်တွင် စကားပြန်ရန် ဘာမှ မရှိပါ။ Esc ကို နှိပ်လျှင် အရာရှိ၏ မျက်နှာပြင်သို့ ပြန်သွားပါမည်။
tui-too-small = Terminal ဝင်းဒိုး သေးလွန်းသည် ({ $width }×{ $height })။ ဆက်လုပ်ရန် အနည်းဆုံး { $min_width }×{ $min_height } အထိ ချဲ့ပါ။

## referral

referral-booklet-title = စကားပြန် လက်စွဲစာအုပ်
referral-interpreter-note = စကားပြန်အတွက် မှတ်ချက်
referral-no-translation = ဘာသာပြန် မရှိသေးပါ- အရာရှိ၏ စာသားမှ စကားပြန်ပါ
referral-unreviewed = ဘာသာပြန်ကို မစစ်ဆေးရသေးပါ
