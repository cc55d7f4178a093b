### အကဲဖြတ်ချက်- အရာရှိ၏ ဆုံးဖြတ်ချက်။ ရလဒ်များတွင် “လွှဲပြောင်းပေးရန်” ဟုသာ ရေးပြီး “သားကောင် ဖြစ်သည်” ဟု ဘယ်တော့မှ မရေးပါ။

checklist-title = အကဲဖြတ်ချက်

section-judgement = သင့်ဆုံးဖြတ်ချက်
section-decision = ဆုံးဖြတ်ချက်
section-referral = လွှဲပြောင်းပေးခြင်း

officer-judgement = သင့်ကိုယ်ပိုင် ဆုံးဖြတ်ချက်အရ လူကုန်ကူးမှု ညွှန်ပြချက်များ ဘယ်လောက် ရှင်းလင်းပါသလဲ။
    .hint = တွက်ချက်ထားသော စည်းမျဉ်း ရလဒ်ကို မကြည့်မီ မေးမြန်းမှု တစ်ခုလုံးအပေါ် သင့်အမြင်။
    .interpreter = အရာရှိအတွက်သာ ဖြစ်သည်၊ ဘာသာပြန်စရာ မရှိပါ။
officer-judgement--clear = ရှင်းလင်းသော ညွှန်ပြချက်များ ရှိသည်
officer-judgement--some = ညွှန်ပြချက် အချို့ ရှိသည်
officer-judgement--none = ညွှန်ပြချက် မတွေ့ရပါ

assessment-outcome = ဒီစိစစ်မှု၏ ရလဒ်က ဘာလဲ။
    .hint = စိစစ်ခြင်းသည် သတ်မှတ်ဖော်ထုတ်ခြင်း မဟုတ်ပါ- ဘက်စုံ ကျွမ်းကျင်သူ အဖွဲ့က နောက်မှ ဆုံးဖြတ်မည်။
    .interpreter = အရာရှိအတွက်သာ ဖြစ်သည်၊ ဘာသာပြန်စရာ မရှိပါ။
assessment-outcome--refer-presumed-victim = ညွှန်ပြချက်များ ရှိသည်- သားကောင် ဖြစ်နိုင်သူအဖြစ် လွှဲပြောင်းပေးရန်
assessment-outcome--refer-further-interview = ညွှန်ပြချက် အချို့ ရှိသည်- ထပ်မံ မေးမြန်းရန် လွှဲပြောင်းပေးရန်
assessment-outcome--vulnerable-other-referral = ထိခိုက်လွယ်သော ရွှေ့ပြောင်းလုပ်သား- အခြား ဝန်ဆောင်မှုများသို့ လွှဲပြောင်းပေးရန်
assessment-outcome--no-referral = လွှဲပြောင်းမှု မရှိ

assessment-differs = သင့်ရလဒ်သည် တွက်ချက်ထားသော ညွှန်ပြချက် စည်းမျဉ်းနှင့် ကွာခြားပါသလား။
    .hint = အပေါ်တွင် ပြထားသော စည်းမျဉ်း ရလဒ်နှင့် နှိုင်းယှဉ်ပါ။ ဟုတ်ပါက အကြောင်းပြချက် ပေးပါ။
    .interpreter = အရာရှိအတွက်သာ ဖြစ်သည်၊ ဘာသာပြန်စရာ မရှိပါ။

assessment-reason = သင့်ရလဒ်သည် တွက်ချက်ထားသော စည်းမျဉ်းနှင့် ဘာကြောင့် ကွာခြားသလဲ။
    .hint = တိုတိုနှင့် အချက်အလက်အတိုင်း။ အကြမ်းဖက်မှု အသေးစိတ် မရေးပါနှင့်။
    .interpreter = အရာရှိအတွက်သာ ဖြစ်သည်၊ ဘာသာပြန်စရာ မရှိပါ။

assessment-services = ထိုသူအတွက် ဘယ်ဝန်ဆောင်မှုများကို တောင်းဆိုမလဲ။
    .hint = သဘောတူညီချက်တွင် ထိုသူ သဘောတူခဲ့သော ဝန်ဆောင်မှုများသာ။
    .interpreter = အရာရှိအတွက်သာ ဖြစ်သည်၊ ဘာသာပြန်စရာ မရှိပါ။
assessment-services--shelter = ဘေးကင်းရာ နေရာ
assessment-services--medical = ဆေးကုသမှု
assessment-services--mental-health = စိတ်ကျန်းမာရေး ပံ့ပိုးမှု
assessment-services--legal-aid = ဥပဒေ အကူအညီ
assessment-services--social-welfare = လူမှုဝန်ထမ်းရေး
assessment-services--child-protection = ကလေး ကာကွယ်ရေး
assessment-services--family-tracing = မိသားစု ရှာဖွေရေး
assessment-services--safe-return = ဘေးကင်းစွာ ပြန်လည်ပို့ဆောင်ရေးနှင့် ပြန်လည်ပေါင်းစည်းရေး
assessment-services--asylum = ဒုက္ခသည် ကာကွယ်စောင့်ရှောက်ရေး

assessment-urgency = လွှဲပြောင်းမှု ဘယ်လောက် အရေးတကြီး လိုအပ်သလဲ။
    .hint = အရေးပေါ်- ရက်ပိုင်းအတွင်း။ အမြန်- ရက်သတ္တပတ်ပိုင်းအတွင်း။ ပုံမှန်- ပုံမှန်လုပ်ငန်းစဉ်အတိုင်း။
    .interpreter = အရာရှိအတွက်သာ ဖြစ်သည်၊ ဘာသာပြန်စရာ မရှိပါ။
assessment-urgency--emergency = အရေးပေါ် (ရက်ပိုင်းအတွင်း)
assessment-urgency--urgent = အမြန် (ရက်သတ္တပတ်ပိုင်းအတွင်း)
assessment-urgency--normal = ပုံမှန်
