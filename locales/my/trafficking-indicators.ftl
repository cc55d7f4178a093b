### လူကုန်ကူးမှု ညွှန်ပြချက်များ။ တိုတို၊ ဘက်မလိုက်သော မေးခွန်းများ၊ လိင်ပိုင်းဆိုင်ရာ အကြမ်းဖက်မှု အသေးစိတ်ကို ဘယ်တော့မှ မမေးပါနှင့်။

checklist-title = လူကုန်ကူးမှု ညွှန်ပြချက်များ

section-the-work = အလုပ်
section-promises = သင့်ကို ကတိပေးခဲ့သည့်အရာ
section-before = အလုပ်လုပ်တဲ့နေရာ မရောက်ခင်
section-journey = အလုပ်ခေါ်ယူမှုနှင့် ခရီးစဉ်
section-work-living = အလုပ်နှင့် နေထိုင်မှု အခြေအနေများ
section-control = အလုပ်လုပ်တဲ့နေရာမှာ ထိန်းချုပ်မှု
section-situation = အဲဒီမှာ သင့်အခြေအနေ
section-child = ကလေးအတွက်

work-industry = အဲဒီမှာ ဘယ်လို အလုပ်မျိုး လုပ်ခဲ့ပါသလဲ၊ ဒါမှမဟုတ် အတင်း လုပ်ခိုင်းခံခဲ့ရပါသလဲ။
work-industry--agriculture = လယ်ယာ သို့မဟုတ် စိုက်ခင်း အလုပ်
work-industry--fishing = ငါးဖမ်း သို့မဟုတ် လှေပေါ်/သင်္ဘောပေါ် အလုပ်
work-industry--mining = သတ္တုတွင်း သို့မဟုတ် ကျောက်တွင်း အလုပ်
work-industry--manufacturing = စက်ရုံ သို့မဟုတ် ထုတ်လုပ်ပြုပြင်ရေး အလုပ်
work-industry--construction = ဆောက်လုပ်ရေး
work-industry--trade = ဆိုင်၊ ဈေး သို့မဟုတ် လမ်းဘေး ဈေးရောင်းခြင်း
work-industry--transport = သယ်ယူပို့ဆောင်ရေး သို့မဟုတ် ကုန်လှောင်ရုံ အလုပ်
work-industry--hospitality = စားသောက်ဆိုင် သို့မဟုတ် ဟိုတယ် အလုပ်
work-industry--entertainment = ဘား၊ ကာရာအိုကေ၊ အနှိပ်ခန်း သို့မဟုတ် ဖျော်ဖြေရေး အလုပ်
work-industry--domestic-work = ပုဂ္ဂလိက အိမ်တွင် အိမ်အလုပ် သို့မဟုတ် ပြုစုစောင့်ရှောက်မှု
work-industry--scam-compound = ပိတ်ထားသော ဝင်းအတွင်း အွန်လိုင်း သို့မဟုတ် ဖုန်း အလုပ် (လိမ်လည်ရေး စခန်း)
work-industry--begging = တောင်းရမ်းခြင်း
work-industry--other = အခြား အလုပ်

work-place = ဘယ်နိုင်ငံ၊ ဘယ်ပြည်နယ် ဒါမှမဟုတ် ဘယ်မြို့မှာ အလုပ်လုပ်ခဲ့ပါသလဲ။
    .hint = နိုင်ငံနှင့် ပြည်နယ် သို့မဟုတ် မြို့၊ လိပ်စာ မလိုပါ။
    .interpreter = နေရာ အမည်တွေက ဘာသာစကား အလိုက် ကွဲပြားနိုင်ပါတယ်၊ ထိုသူ ပြောတဲ့အတိုင်း ရေးပြီး အနီးက မြို့တစ်မြို့ကို မေးပါ။

work-months = အဲဒီမှာ ခန့်မှန်းခြေ ဘယ်နှစ်လ အလုပ်လုပ်ခဲ့ပါသလဲ။
    .hint = ခန့်မှန်းချက်လည်း ရသည်။
    .interpreter = လိုအပ်ရင် ရာသီ၊ ရိတ်သိမ်းချိန် ဒါမှမဟုတ် ပွဲတော်တွေနဲ့ ရေတွက်ဖို့ ကူညီပါ။

recruiter-relation = ဒီအလုပ် ဒါမှမဟုတ် ခရီးကို သင့်ကို ပထမဆုံး ဘယ်သူက ကမ်းလှမ်းခဲ့တာလဲ။
    .hint = တော်စပ်ပုံ သို့မဟုတ် ဆက်နွယ်ပုံသာ၊ အမည် မလိုပါ။
    .interpreter = ဆက်နွယ်ပုံကိုသာ မေးပါ၊ နာမည် မလိုဘူးလို့ ပြောပါ။
recruiter-relation--relative = ဆွေမျိုး
recruiter-relation--partner = ချစ်သူ၊ အိမ်ထောင်ဖက် သို့မဟုတ် လက်ထပ်မယ်လို့ ကတိပေးခဲ့သူ
recruiter-relation--friend-neighbour = သူငယ်ချင်း သို့မဟုတ် အိမ်နီးချင်း
recruiter-relation--broker = ပွဲစား သို့မဟုတ် အေးဂျင့်
recruiter-relation--employer = အလုပ်ရှင် ကိုယ်တိုင်
recruiter-relation--online = အွန်လိုင်း သို့မဟုတ် ဆိုရှယ်မီဒီယာပေါ်က တစ်ယောက်ယောက်
recruiter-relation--stranger = မသိသူ တစ်ယောက်
recruiter-relation--nobody = ဘယ်သူမှ မဟုတ်- ကိုယ့်ဘာသာ သွားခဲ့တယ်
recruiter-relation--other = အခြားသူ

exploitation-type = အရာရှိ- ဒီလူ ပြောခဲ့တာတွေအရ ဘယ်လို အမြတ်ထုတ် အသုံးချမှု ပုံစံတွေ ဖြစ်နိုင်ပါသလဲ။
exploitation-type--forced-labour = အတင်းအကြပ် အလုပ်ခိုင်းစေခြင်း
exploitation-type--sexual-exploitation = လိင်ပိုင်းဆိုင်ရာ အမြတ်ထုတ် အသုံးချခြင်း
exploitation-type--child-labour = ကလေးလုပ်သား
exploitation-type--forced-marriage = အတင်းအကြပ် လက်ထပ်စေခြင်း
exploitation-type--servitude = အိမ်အစေခံ သို့မဟုတ် အခြား ကျွန်ပြုခြင်း
exploitation-type--forced-begging = အတင်းအကြပ် တောင်းရမ်းစေခြင်း
exploitation-type--forced-criminality = အတင်းအကြပ် ရာဇဝတ်မှု ကျူးလွန်စေခြင်း (လိမ်လည်ရေး စခန်းများ အပါအဝင်)
exploitation-type--organ-removal = ကိုယ်တွင်းအင်္ဂါ ထုတ်ယူခြင်း
exploitation-type--other = အခြား ပုံစံ

promised-differed = မစခင်က ပြောပြခံရတာတွေထဲက ဘာတွေက နောက်မှ မမှန်ဘူးဆိုတာ သိခဲ့ရပါသလဲ။
promised-differed--job = အလုပ်အမျိုးအစား၊ နေရာ သို့မဟုတ် အလုပ်ရှင်
promised-differed--pay = လုပ်ခ
promised-differed--conditions = အလုပ်ချိန်၊ နားရက် သို့မဟုတ် အလုပ်အခြေအနေ
promised-differed--contract = စာချုပ်၊ သို့မဟုတ် အလုပ်က တရားဝင်သည် ဆိုတာ
promised-differed--housing = နေရမည့်နေရာနှင့် နေထိုင်ပုံ
promised-differed--papers = စာရွက်စာတမ်း၊ ဗီဇာ သို့မဟုတ် အလုပ်လုပ်ကိုင်ခွင့်
promised-differed--journey = ခရီး သို့မဟုတ် ခရီးစရိတ်
promised-differed--family-reunion = မိသားစုနှင့် တွေ့ရမည် သို့မဟုတ် ခေါ်နိုင်မည် ဆိုတာ
promised-differed--marriage = လက်ထပ်ခြင်း သို့မဟုတ် မွေးစားခြင်း
promised-differed--school = ကျောင်း သို့မဟုတ် သင်တန်း

before-situation = မထွက်ခွာခင်က ဒီထဲက ဘာတွေက သင့်အတွက် မှန်ပါသလဲ။
before-situation--money-needed = သင် သို့မဟုတ် သင့်မိသားစု ငွေလိုခဲ့သည်
before-situation--no-papers = နိုင်ငံကူးလက်မှတ်၊ ဗီဇာ သို့မဟုတ် အလုပ်လုပ်ကိုင်ခွင့် မရှိခဲ့
before-situation--little-schooling = ကျောင်းပညာ နည်းခဲ့သည်၊ သို့မဟုတ် အဲဒီက ဘာသာစကား မပြောတတ်ခဲ့
before-situation--family-problems = အိမ်မှာ ပြင်းထန်တဲ့ ပြဿနာတွေ ရှိခဲ့သည်
before-situation--conflict-or-disaster = နေခဲ့တဲ့နေရာမှာ တိုက်ပွဲ၊ သဘာဝဘေး သို့မဟုတ် အန္တရာယ် ရှိခဲ့သည်

recruitment-used = အလုပ်လုပ်တဲ့နေရာ မရောက်ခင်က သင့်ကို အလုပ်ခေါ်သူ ဒါမှမဟုတ် ခေါ်လာသူက သင့်ကို သွားအောင် ဒါမှမဟုတ် အလုပ်ကို လက်ခံအောင် သင့်အခြေအနေကို အခွင့်ကောင်းယူ အသုံးချခဲ့ပါသလား။

recruitment-used-what = သင့်ကို ဖိအားပေးဖို့ သူတို့ ဘာကို အသုံးချခဲ့ပါသလဲ။
recruitment-used-what--economic-reasons = သင် သို့မဟုတ် သင့်မိသားစု ငွေလိုနေတာ
recruitment-used-what--family-situation = သင့်မိသားစုက သင့်အပေါ် မှီခိုနေတာ
recruitment-used-what--difficult-family-situation = သင့်မိသားစုထဲက ပြဿနာတွေ
recruitment-used-what--personal-situation = နေမကောင်းတာ၊ မသန်စွမ်းတာ သို့မဟုတ် တစ်ယောက်တည်း ဖြစ်နေတာလို သင့်ကိုယ်ပိုင် အခြေအနေ
recruitment-used-what--past-difficulties = အကြမ်းဖက်ခံရတာ သို့မဟုတ် လိင်ပိုင်းဆိုင်ရာ စော်ကားခံရတာလို အရင်က သင့်အပေါ် ဖြစ်ခဲ့တဲ့ ဆိုးရွားတဲ့ အရာ
recruitment-used-what--education-or-language = ကျောင်းပညာ နည်းတာ သို့မဟုတ် ဘာသာစကား မတတ်တာ
recruitment-used-what--information = အလုပ် သို့မဟုတ် နိုင်ငံအကြောင်း မသိတာ
recruitment-used-what--success-stories = နိုင်ငံခြားမှာ အောင်မြင်ခဲ့တဲ့ လူတွေအကြောင်း မမှန်တဲ့ ဇာတ်လမ်းတွေ
recruitment-used-what--law-and-authorities = ဥပဒေ သို့မဟုတ် ရဲအကြောင်း မမှန်တဲ့ အရာတွေ
recruitment-used-what--illegal-status = စာရွက်စာတမ်း မရှိတာ
recruitment-used-what--authorities = ရဲ သို့မဟုတ် အရာရှိတွေနဲ့ သင့်ရဲ့ ပြဿနာတွေ
recruitment-used-what--dependency = သူတို့ကို ယုံကြည်တာ သို့မဟုတ် သူတို့အပေါ် ခံစားချက်
recruitment-used-what--control = သင့်အပေါ် သို့မဟုတ် သင့်မိသားစုအပေါ် သူတို့မှာ ရှိတဲ့ အာဏာ
recruitment-used-what--travel = ခရီးကို ကိုယ်တိုင် မစီစဉ်နိုင်တာ
recruitment-used-what--beliefs = သင့်ယုံကြည်မှု သို့မဟုတ် ဘာသာရေး
recruitment-used-what--general-context = အိမ်မှာ တိုက်ပွဲ၊ သဘာဝဘေး သို့မဟုတ် အန္တရာယ်

journey-forced = အလုပ်လုပ်တဲ့နေရာ မရောက်ခင် သင့်ကို သွားအောင် ဒါမှမဟုတ် ဆက်သွားအောင် ဒီထဲက ဘာတွေ ဖြစ်ခဲ့ပါသလဲ။
journey-forced--hurt-you = တစ်ယောက်ယောက်က သင့်ကို ထိခိုက်အောင် လုပ်ခဲ့သည်၊ လိင်ပိုင်းဆိုင်ရာ အပါအဝင်
journey-forced--threatened-you = တစ်ယောက်ယောက်က သင့်ကို ထိခိုက်အောင် လုပ်မယ်လို့ ခြိမ်းခြောက်ခဲ့သည်
journey-forced--family = တစ်ယောက်ယောက်က သင့်မိသားစုကို ထိခိုက်အောင် လုပ်ခဲ့သည် သို့မဟုတ် ခြိမ်းခြောက်ခဲ့သည်
journey-forced--taken-or-sold = သင့်ဆန္ဒမပါဘဲ ခေါ်သွားခံရသည်၊ ရောင်းစားခံရသည်၊ သို့မဟုတ် အတင်း လက်ထပ်ခိုင်းခံရသည်
journey-forced--threatened-to-report = ရဲ သို့မဟုတ် လူဝင်မှုကြီးကြပ်ရေးကို တိုင်မယ်လို့ ခြိမ်းခြောက်ခဲ့သည်
journey-forced--threatened-to-tell = သင့်အကြောင်း တစ်ခုခုကို မိသားစု သို့မဟုတ် ရပ်ရွာကို ပြောမယ်လို့ ခြိမ်းခြောက်ခဲ့သည်
journey-forced--money-kept = တစ်ယောက်ယောက်က သင့်ငွေကို ယူထားခဲ့သည်

documents-taken-by = သင့်စာရွက်စာတမ်းတွေကို ဘယ်သူ ယူသွားတာ ဒါမှမဟုတ် သိမ်းထားတာလဲ။
documents-taken-by--recruiter-broker = အလုပ်ခေါ်သူ၊ ပွဲစား သို့မဟုတ် သင့်ကို ခေါ်လာသူ
documents-taken-by--employer = အလုပ်ရှင်၊ သူဌေး သို့မဟုတ် လှေ/သင်္ဘော ကပ္ပတိန်
documents-taken-by--officials = တခြားနေရာက ရဲ သို့မဟုတ် အာဏာပိုင်များ
documents-taken-by--other = အခြားသူ တစ်ဦး

debt-used = အဲဒီ အကြွေးက ဘယ်လို ဖြစ်ခဲ့ပါသလဲ။
debt-used--tied-before-work = အလုပ်မရောက်ခင်က အကြွေးကြောင့် သင့်ကို ခေါ်လာသူနဲ့ တုပ်နှောင်ခံရသည်
debt-used--kept-working = အလုပ်လုပ်တဲ့နေရာမှာ အကြွေး မကျေမချင်း ဆက်အလုပ်လုပ်ရသည် သို့မဟုတ် မထွက်ရ

confined-when = ဘယ်တုန်းက သော့ခတ် ပိတ်ထားခံရတာ၊ စောင့်ကြည့်ခံရတာ ဒါမှမဟုတ် ထွက်ခွင့် မပေးတာ ဖြစ်ခဲ့ပါသလဲ။
confined-when--on-the-way = လမ်းမှာ၊ အလုပ်လုပ်တဲ့နေရာ မရောက်ခင်
confined-when--at-work = အလုပ်လုပ်တဲ့နေရာမှာ

work-hours-excessive = ရက်တော်တော်များများမှာ ဆယ့်နှစ်နာရီထက် ပိုပြီး အလုပ်လုပ်ရတာ၊ ဒါမှမဟုတ် တစ်ပတ် ဒါမှမဟုတ် ပိုကြာကြာ နားရက် မရှိဘဲ လုပ်ရတာ ရှိခဲ့ပါသလား။

pay-what = သင့်လုပ်ခမှာ ဘာတွေ ဖြစ်ခဲ့ပါသလဲ။
pay-what--far-below = ကတိပေးထားတာ သို့မဟုတ် တခြားသူတွေ ရတာထက် အများကြီး နည်းသည်၊ သို့မဟုတ် ဘာမှ မရ
pay-what--cut = သင် သဘောမတူတဲ့ ဒဏ်ကြေး၊ စားစရိတ်၊ နေစရိတ် သို့မဟုတ် အကြွေးအတွက် ဖြတ်ခံရသည်
pay-what--held-back = အလုပ်ရှင်က ထိန်းထားသည်၊ သို့မဟုတ် နောက်ဆုံးမှသာ ပေးသည်

work-conditions = အလုပ်လုပ်တဲ့နေရာမှာ ဒီထဲက ဘာတွေက မှန်ပါသလဲ။
work-conditions--living-bad = အိပ်တဲ့နေရာက ကျပ်တည်း၊ ညစ်ပတ် သို့မဟုတ် မလုံခြုံ၊ သို့မဟုတ် အစားအသောက်၊ ရေ မလုံလောက်
work-conditions--conditions-bad = အလုပ်ကိုယ်တိုင်က ပုံမှန်ထက် အများကြီး ကြမ်းတမ်းသည်- အနားမရ၊ ဆဲဆို၊ အပြစ်ပေး
work-conditions--dangerous = အလုပ်က အန္တရာယ်များပြီး ကာကွယ်ရေး ပစ္စည်း မရှိ
work-conditions--rules-broken = သဘောတူညီချက် သို့မဟုတ် အလုပ်သမား ဥပဒေကို မလိုက်နာ
work-conditions--no-protection = အာမခံ၊ ဆေးကုသမှု၊ ဖျားနာခွင့် မရှိ
work-conditions--no-school = ကလေးက ကျောင်း မတက်ရ

control-harm = အလုပ်လုပ်တဲ့နေရာမှာ ဒီထဲက ဘာတွေ ဖြစ်ခဲ့ပါသလဲ။
control-harm--hurt-you = တစ်ယောက်ယောက်က သင့်ကို ထိခိုက်အောင် လုပ်ခဲ့သည်၊ လိင်ပိုင်းဆိုင်ရာ အပါအဝင်
control-harm--threatened-you = တစ်ယောက်ယောက်က သင့်ကို ထိခိုက်အောင် လုပ်မယ်လို့ ခြိမ်းခြောက်ခဲ့သည်
control-harm--family = တစ်ယောက်ယောက်က သင့်မိသားစုကို ထိခိုက်အောင် လုပ်ခဲ့သည် သို့မဟုတ် ခြိမ်းခြောက်ခဲ့သည်
control-harm--threatened-to-report = ရဲ သို့မဟုတ် လူဝင်မှုကြီးကြပ်ရေးကို တိုင်မယ်လို့ ခြိမ်းခြောက်ခဲ့သည်
control-harm--threatened-worse = ပိုဆိုးတဲ့ အလုပ် သို့မဟုတ် အခြေအနေနဲ့ ခြိမ်းခြောက်ခဲ့သည်
control-harm--threatened-to-tell = သင့်အကြောင်း တစ်ခုခုကို မိသားစု သို့မဟုတ် ရပ်ရွာကို ပြောမယ်လို့ ခြိမ်းခြောက်ခဲ့သည်

control-forced = ဘာတွေကို အတင်း လုပ်ခိုင်းခံခဲ့ရပါသလဲ။
control-forced--crimes = ဥပဒေချိုးဖောက်ခြင်း၊ ဥပမာ အွန်လိုင်းမှာ လူတွေကို လိမ်ခြင်း သို့မဟုတ် မူးယစ်ဆေး သယ်ခြင်း
control-forced--tasks-or-clients = သင် ငြင်းခဲ့တဲ့ အလုပ် သို့မဟုတ် ဧည့်သည်၊ ဧည့်သည်နဲ့ လိင်ဆက်ဆံခြင်း အပါအဝင်
control-forced--lie = ရဲ၊ အရာရှိ သို့မဟုတ် မိသားစုကို လိမ်ပြောခြင်း
control-forced--against-others = တခြား အလုပ်သမားတွေကို ထိခိုက်အောင်လုပ်ခြင်း၊ စောင့်ကြည့်ခြင်း သို့မဟုတ် လိမ်ခြင်း

control-influence = အလုပ်လုပ်တဲ့နေရာမှာ တစ်ယောက်ယောက်က မူးယစ်ဆေး ဒါမှမဟုတ် အရက်၊ ကြောက်ရွံ့မှု၊ ဆက်ဆံရေး ဒါမှမဟုတ် ယုံကြည်မှုကနေတဆင့် သင့်ကို နာခံရမယ်လို့ ခံစားရလောက်အောင် ထိန်းချုပ်ထားခဲ့ပါသလား။

there-situation = အလုပ်လုပ်တဲ့နေရာမှာ ဒီထဲက ဘာတွေက သင့်အတွက် မှန်ပါသလဲ။
there-situation--needed-money = သင် ငွေလိုခဲ့သည်
there-situation--feared-police = သင် ရဲကို ကြောက်ခဲ့သည်
there-situation--unknown-place = နေရာ သို့မဟုတ် ဘာသာစကားကို မသိခဲ့
there-situation--family-reasons = မိသားစုက သင့်ကို ဆက်နေစေချင်ခဲ့သည်
there-situation--depended-on-employer = အလုပ်ရှင်က အစားအသောက် သို့မဟုတ် နေစရာ ပေးခဲ့သည်

there-used = အလုပ်လုပ်တဲ့နေရာမှာ အလုပ်ရှင် ဒါမှမဟုတ် သင့်ကို ထိန်းချုပ်တဲ့ တစ်ယောက်ယောက်က သင့်ကို ဆက်အလုပ်လုပ်အောင် ဒါမှမဟုတ် မထွက်အောင် သင့်အခြေအနေကို အခွင့်ကောင်းယူ အသုံးချခဲ့ပါသလား။

there-used-what = သင့်ကို ဖိအားပေးဖို့ သူတို့ ဘာကို အသုံးချခဲ့ပါသလဲ။
there-used-what--dependency = အစားအသောက်၊ နေစရာ သို့မဟုတ် စာရွက်စာတမ်းအတွက် သူတို့အပေါ် မှီခိုရတာ
there-used-what--unknown-area = နေရာ သို့မဟုတ် ဘာသာစကားကို မသိတာ
there-used-what--economic-reasons = သင် ငွေလိုနေတာ
there-used-what--family-situation = သင့်မိသားစုရဲ့ အခြေအနေ
there-used-what--authorities = စာရွက်စာတမ်း မရှိတာ သို့မဟုတ် ရဲကို ကြောက်တာ
there-used-what--past-difficulties = အရင်က သင့်အပေါ် ဖြစ်ခဲ့တဲ့ ဆိုးရွားတဲ့ အရာ
there-used-what--personal = သင့်အသက်၊ ကျား/မ၊ လူမျိုး သို့မဟုတ် သင် ဘယ်လိုလူကို ချစ်သလဲဆိုတာလို သင် ဘယ်သူ ဖြစ်တယ်ဆိုတာ

child-age-started = သင် အသက် ဘယ်လောက်တုန်းက ဒီအလုပ်ကို စလုပ်ခဲ့တာလဲ။
    .hint = ခန့်မှန်းချက်လည်း ရသည်။
    .interpreter = ကလေး နားလည်တဲ့ ရိုးရှင်းတဲ့ စကားလုံးတွေကို သုံးပါ၊ ကလေးက ကျောင်းအတန်းနဲ့ ရေတွက်နိုင်ပါတယ်။

child-school-before = အိမ်က မထွက်ခင် ကျောင်း တက်နေခဲ့ပါသလား။
    .interpreter = ဖော်ဖော်ရွေရွေ မေးပါ၊ ဒါက ယုံကြည်မှု တည်ဆောက်ဖို့ စိတ်ချရတဲ့ မေးခွန်း ဖြစ်ပါတယ်။

child-family-knew = သင့်မိဘတွေ ဒါမှမဟုတ် သင့်ကို စောင့်ရှောက်ခဲ့တဲ့ လူကြီးတွေက သင် ဘယ်ကို သွားမလဲ ဆိုတာ သိခဲ့ကြပါသလား။
    .interpreter = မိဘတွေကို အပြစ်မတင်ဘဲ မေးပါ။

child-travelled-with = သင် ဘယ်သူနဲ့ ခရီးသွားခဲ့တာလဲ။
    .interpreter = တော်စပ်ပုံ ပြောရုံနဲ့ လုံလောက်ပါတယ်၊ နာမည် မလိုပါ။
child-travelled-with--parent = မိဘ
child-travelled-with--relative = အခြား ဆွေမျိုး
child-travelled-with--recruiter = အလုပ် ရှာပေးခဲ့တဲ့သူ
child-travelled-with--other-adult = အခြား လူကြီး
child-travelled-with--other-children = အခြား ကလေးများနှင့်သာ
child-travelled-with--alone = တစ်ယောက်တည်း
