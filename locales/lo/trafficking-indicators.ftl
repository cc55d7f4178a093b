### ຕົວຊີ້ວັດການຄ້າມະນຸດ. ຄຳຖາມສັ້ນ ແລະ ເປັນກາງ. ຫ້າມຖາມລາຍລະອຽດຂອງຄວາມຮຸນແຮງທາງເພດ.

checklist-title = ຕົວຊີ້ວັດການຄ້າມະນຸດ

section-the-work = ວຽກທີ່ເຮັດ
section-promises = ສິ່ງທີ່ເຈົ້າໄດ້ຮັບຄຳສັນຍາ
section-before = ກ່ອນເຈົ້າໄປຮອດບ່ອນເຮັດວຽກ
section-journey = ການຊັກຊວນ ແລະ ການເດີນທາງ
section-work-living = ສະພາບການເຮັດວຽກ ແລະ ການເປັນຢູ່
section-control = ການຄວບຄຸມຢູ່ບ່ອນເຮັດວຽກ
section-situation = ສະພາບຂອງເຈົ້າຢູ່ບ່ອນນັ້ນ
section-child = ສຳລັບເດັກ

work-industry = ຢູ່ທີ່ນັ້ນເຈົ້າເຮັດວຽກປະເພດໃດ ຫຼື ຖືກບັງຄັບໃຫ້ເຮັດວຽກຫຍັງ?
work-industry--agriculture = ວຽກໄຮ່ນາ ຫຼື ສວນ
work-industry--fishing = ການປະມົງ ຫຼື ວຽກເທິງເຮືອ
work-industry--mining = ວຽກບໍ່ແຮ່ ຫຼື ບໍ່ຫີນ
work-industry--manufacturing = ວຽກໂຮງງານ ຫຼື ປຸງແຕ່ງ
work-industry--construction = ວຽກກໍ່ສ້າງ
work-industry--trade = ວຽກຮ້ານຄ້າ, ຕະຫຼາດ ຫຼື ຂາຍເຄື່ອງຕາມທາງ
work-industry--transport = ວຽກຂົນສົ່ງ ຫຼື ສາງສິນຄ້າ
work-industry--hospitality = ວຽກຮ້ານອາຫານ ຫຼື ໂຮງແຮມ
work-industry--entertainment = ວຽກບາ, ຄາລາໂອເກະ, ນວດ ຫຼື ວຽກບັນເທີງ
work-industry--domestic-work = ວຽກບ້ານ ຫຼື ວຽກເບິ່ງແຍງໃນບ້ານສ່ວນຕົວ
work-industry--scam-compound = ວຽກອອນລາຍ ຫຼື ທາງໂທລະສັບ ໃນເຂດປິດ (ສູນຕົ້ມຕຸ໋ນ)
work-industry--begging = ຂໍທານ
work-industry--other = ວຽກອື່ນ

work-place = ເຈົ້າໄດ້ເຮັດວຽກຢູ່ປະເທດໃດ ແລະ ແຂວງ ຫຼື ເມືອງໃດ?
    .hint = ປະເທດ ແລະ ແຂວງ ຫຼື ເມືອງ. ບໍ່ຕ້ອງມີທີ່ຢູ່.
    .interpreter = ຊື່ສະຖານທີ່ອາດຕ່າງກັນໃນແຕ່ລະພາສາ. ໃຫ້ຂຽນຊື່ຕາມທີ່ຜູ້ຖືກສຳພາດເວົ້າ ແລະ ຖາມຊື່ເມືອງທີ່ຢູ່ໃກ້ຄຽງ.

work-months = ເຈົ້າໄດ້ເຮັດວຽກຢູ່ບ່ອນນັ້ນປະມານຈັກເດືອນ?
    .hint = ຄາດຄະເນກໍໄດ້.
    .interpreter = ຖ້າຈຳເປັນ ໃຫ້ຊ່ວຍຜູ້ຖືກສຳພາດນັບຕາມລະດູການ ລະດູເກັບກ່ຽວ ຫຼື ບຸນຕ່າງໆ.

recruiter-relation = ໃຜເປັນຄົນທຳອິດທີ່ສະເໜີວຽກນີ້ ຫຼື ການເດີນທາງນີ້ໃຫ້ເຈົ້າ?
    .hint = ບອກພຽງແຕ່ຄວາມສຳພັນ ບໍ່ຕ້ອງບອກຊື່.
    .interpreter = ໃຫ້ຖາມພຽງແຕ່ຄວາມສຳພັນ ແລະ ບອກວ່າບໍ່ຕ້ອງບອກຊື່.
recruiter-relation--relative = ຍາດພີ່ນ້ອງ
recruiter-relation--partner = ແຟນ ຫຼື ຄົນທີ່ສັນຍາວ່າຈະແຕ່ງງານນຳ
recruiter-relation--friend-neighbour = ໝູ່ ຫຼື ເພື່ອນບ້ານ
recruiter-relation--broker = ນາຍໜ້າ ຫຼື ຕົວແທນ
recruiter-relation--employer = ນາຍຈ້າງໂດຍກົງ
recruiter-relation--online = ຄົນທາງອອນລາຍ ຫຼື ທາງສື່ສັງຄົມ
recruiter-relation--stranger = ຄົນແປກໜ້າ
recruiter-relation--nobody = ບໍ່ມີໃຜ: ຂ້ອຍໄປເອງ
recruiter-relation--other = ຄົນອື່ນ

exploitation-type = ເຈົ້າໜ້າທີ່: ຈາກສິ່ງທີ່ຜູ້ນີ້ເລົ່າ ຮູບແບບການຂູດຮີດໃດແດ່ທີ່ອາດເຂົ້າຂ່າຍ?
exploitation-type--forced-labour = ການບັງຄັບອອກແຮງງານ
exploitation-type--sexual-exploitation = ການຂູດຮີດທາງເພດ
exploitation-type--child-labour = ແຮງງານເດັກ
exploitation-type--forced-marriage = ການບັງຄັບແຕ່ງງານ
exploitation-type--servitude = ການເປັນຂ້າຮັບໃຊ້ໃນບ້ານ ຫຼື ຮູບແບບທາດອື່ນ
exploitation-type--forced-begging = ການບັງຄັບໃຫ້ຂໍທານ
exploitation-type--forced-criminality = ການບັງຄັບໃຫ້ກະທຳຜິດ ລວມທັງສູນຕົ້ມຕຸ໋ນ
exploitation-type--organ-removal = ການເອົາອະໄວຍະວະ
exploitation-type--other = ຮູບແບບອື່ນ

promised-differed = ກ່ອນເຈົ້າເລີ່ມວຽກ ມີຫຍັງແດ່ທີ່ຄົນບອກເຈົ້າ ແລ້ວກາຍເປັນບໍ່ຈິງ?
promised-differed--job = ປະເພດວຽກ, ສະຖານທີ່ ຫຼື ນາຍຈ້າງ
promised-differed--pay = ຄ່າຈ້າງ
promised-differed--conditions = ຊົ່ວໂມງເຮັດວຽກ, ມື້ພັກ ຫຼື ສະພາບການເຮັດວຽກ
promised-differed--contract = ສັນຍາ ຫຼື ວ່າວຽກນັ້ນຖືກກົດໝາຍ
promised-differed--housing = ບ່ອນຢູ່ ແລະ ການເປັນຢູ່
promised-differed--papers = ເອກະສານ, ວີຊາ ຫຼື ໃບອະນຸຍາດເຮັດວຽກ
promised-differed--journey = ການເດີນທາງ ຫຼື ຄ່າເດີນທາງ
promised-differed--family-reunion = ການໄດ້ພົບ ຫຼື ພາຄອບຄົວມາ
promised-differed--marriage = ການແຕ່ງງານ ຫຼື ການຮັບເປັນລູກລ້ຽງ
promised-differed--school = ການຮຽນ ຫຼື ການຝຶກອົບຮົມ

before-situation = ກ່ອນເຈົ້າອອກເດີນທາງ ຂໍ້ໃດຕໍ່ໄປນີ້ເປັນຄວາມຈິງສຳລັບເຈົ້າ?
before-situation--money-needed = ເຈົ້າ ຫຼື ຄອບຄົວຕ້ອງການເງິນ
before-situation--no-papers = ເຈົ້າບໍ່ມີໜັງສືຜ່ານແດນ, ວີຊາ ຫຼື ໃບອະນຸຍາດເຮັດວຽກ
before-situation--little-schooling = ເຈົ້າໄດ້ຮຽນໜ້ອຍ ຫຼື ເວົ້າພາສາຢູ່ທີ່ນັ້ນບໍ່ໄດ້
before-situation--family-problems = ມີບັນຫາຮ້າຍແຮງຢູ່ບ້ານ
before-situation--conflict-or-disaster = ມີການສູ້ຮົບ, ໄພພິບັດ ຫຼື ອັນຕະລາຍໃນບ່ອນທີ່ເຈົ້າຢູ່

recruitment-used = ກ່ອນເຈົ້າໄປຮອດບ່ອນເຮັດວຽກ ຄົນທີ່ຊັກຊວນ ຫຼື ພາເຈົ້າມາ ໄດ້ສວຍໂອກາດຈາກສະຖານະການຂອງເຈົ້າ ເພື່ອຊຸກດັນໃຫ້ເຈົ້າໄປ ຫຼື ຮັບວຽກນັ້ນບໍ?

recruitment-used-what = ພວກເຂົາໃຊ້ຫຍັງມາບີບບັງຄັບເຈົ້າ?
recruitment-used-what--economic-reasons = ການທີ່ເຈົ້າ ຫຼື ຄອບຄົວຕ້ອງການເງິນ
recruitment-used-what--family-situation = ການທີ່ຄອບຄົວເພິ່ງພາເຈົ້າ
recruitment-used-what--difficult-family-situation = ບັນຫາໃນຄອບຄົວຂອງເຈົ້າ
recruitment-used-what--personal-situation = ສະຖານະການສ່ວນຕົວຂອງເຈົ້າ ເຊັ່ນ ການເຈັບປ່ວຍ, ຄວາມພິການ ຫຼື ການຢູ່ຄົນດຽວ
recruitment-used-what--past-difficulties = ເລື່ອງຮ້າຍທີ່ເຄີຍເກີດກັບເຈົ້າມາກ່ອນ ເຊັ່ນ ຄວາມຮຸນແຮງ ຫຼື ການລ່ວງລະເມີດທາງເພດ
recruitment-used-what--education-or-language = ການທີ່ເຈົ້າໄດ້ຮຽນໜ້ອຍ ຫຼື ບໍ່ຮູ້ພາສາ
recruitment-used-what--information = ການທີ່ເຈົ້າບໍ່ຮູ້ກ່ຽວກັບວຽກ ຫຼື ປະເທດນັ້ນ
recruitment-used-what--success-stories = ເລື່ອງທີ່ບໍ່ຈິງກ່ຽວກັບຄົນທີ່ໄປຕ່າງປະເທດແລ້ວປະສົບຜົນສຳເລັດ
recruitment-used-what--law-and-authorities = ເລື່ອງທີ່ບໍ່ຈິງກ່ຽວກັບກົດໝາຍ ຫຼື ຕຳຫຼວດ
recruitment-used-what--illegal-status = ການທີ່ເຈົ້າບໍ່ມີເອກະສານ
recruitment-used-what--authorities = ບັນຫາຂອງເຈົ້າກັບຕຳຫຼວດ ຫຼື ເຈົ້າໜ້າທີ່
recruitment-used-what--dependency = ຄວາມໄວ້ໃຈຂອງເຈົ້າຕໍ່ພວກເຂົາ ຫຼື ຄວາມຮູ້ສຶກທີ່ເຈົ້າມີຕໍ່ພວກເຂົາ
recruitment-used-what--control = ອຳນາດທີ່ພວກເຂົາມີເໜືອເຈົ້າ ຫຼື ຄອບຄົວຂອງເຈົ້າ
recruitment-used-what--travel = ການທີ່ເຈົ້າຈັດການເດີນທາງເອງບໍ່ໄດ້
recruitment-used-what--beliefs = ຄວາມເຊື່ອ ຫຼື ສາສະໜາຂອງເຈົ້າ
recruitment-used-what--general-context = ການສູ້ຮົບ, ໄພພິບັດ ຫຼື ອັນຕະລາຍຢູ່ບ້ານເກີດ

journey-forced = ກ່ອນເຈົ້າໄປຮອດບ່ອນເຮັດວຽກ ມີເຫດການໃດຕໍ່ໄປນີ້ເກີດຂຶ້ນ ເພື່ອບັງຄັບໃຫ້ເຈົ້າໄປ ຫຼື ເດີນທາງຕໍ່?
journey-forced--hurt-you = ມີຄົນທຳຮ້າຍເຈົ້າ ລວມທັງທາງເພດ
journey-forced--threatened-you = ມີຄົນຂົ່ມຂູ່ວ່າຈະທຳຮ້າຍເຈົ້າ
journey-forced--family = ມີຄົນທຳຮ້າຍຄອບຄົວຂອງເຈົ້າ ຫຼື ຂົ່ມຂູ່ວ່າຈະເຮັດ
journey-forced--taken-or-sold = ເຈົ້າຖືກພາໄປໂດຍບໍ່ເຕັມໃຈ, ຖືກຂາຍ ຫຼື ຖືກບັງຄັບແຕ່ງງານ
journey-forced--threatened-to-report = ມີຄົນຂົ່ມຂູ່ວ່າຈະແຈ້ງຕຳຫຼວດ ຫຼື ກວດຄົນເຂົ້າເມືອງ
journey-forced--threatened-to-tell = ມີຄົນຂົ່ມຂູ່ວ່າຈະບອກເລື່ອງຂອງເຈົ້າໃຫ້ຄອບຄົວ ຫຼື ຊຸມຊົນ
journey-forced--money-kept = ມີຄົນເກັບເງິນຂອງເຈົ້າໄວ້

documents-taken-by = ໃຜເອົາເອກະສານຂອງເຈົ້າໄປ ຫຼື ເກັບໄວ້?
documents-taken-by--recruiter-broker = ຜູ້ຊັກຊວນ, ນາຍໜ້າ ຫຼື ຄົນທີ່ພາເຈົ້າມາ
documents-taken-by--employer = ນາຍຈ້າງ, ຫົວໜ້າ ຫຼື ນາຍເຮືອ
documents-taken-by--officials = ຕຳຫຼວດ ຫຼື ເຈົ້າໜ້າທີ່ຢູ່ບ່ອນອື່ນ
documents-taken-by--other = ຄົນອື່ນ

debt-used = ໜີ້ນັ້ນເປັນແນວໃດ?
debt-used--tied-before-work = ກ່ອນເຈົ້າໄປຮອດບ່ອນເຮັດວຽກ ໜີ້ນັ້ນຜູກມັດເຈົ້າໄວ້ກັບຄົນທີ່ພາເຈົ້າມາ
debt-used--kept-working = ຢູ່ບ່ອນເຮັດວຽກ ເຈົ້າຕ້ອງເຮັດວຽກຕໍ່ ຫຼື ອອກໄປບໍ່ໄດ້ ຈົນກວ່າຈະໃຊ້ໜີ້ໝົດ

confined-when = ເຈົ້າຖືກຂັງ, ຖືກເຝົ້າ ຫຼື ຖືກຫ້າມບໍ່ໃຫ້ອອກໄປເມື່ອໃດ?
confined-when--on-the-way = ລະຫວ່າງທາງ ກ່ອນໄປຮອດບ່ອນເຮັດວຽກ
confined-when--at-work = ຢູ່ບ່ອນເຮັດວຽກ

work-hours-excessive = ເກືອບທຸກມື້ ເຈົ້າເຮັດວຽກເກີນສິບສອງຊົ່ວໂມງ ຫຼື ເຮັດວຽກຕິດຕໍ່ກັນໜຶ່ງອາທິດ ຫຼື ຫຼາຍກວ່ານັ້ນ ໂດຍບໍ່ມີມື້ພັກບໍ?

pay-what = ເກີດຫຍັງຂຶ້ນກັບຄ່າຈ້າງຂອງເຈົ້າ?
pay-what--far-below = ໜ້ອຍກວ່າທີ່ສັນຍາໄວ້ ຫຼື ໜ້ອຍກວ່າຄົນອື່ນຫຼາຍ ຫຼື ບໍ່ໄດ້ເລີຍ
pay-what--cut = ຖືກຫັກເປັນຄ່າປັບໄໝ, ຄ່າອາຫານ, ຄ່າທີ່ພັກ ຫຼື ໜີ້ ທີ່ເຈົ້າບໍ່ໄດ້ຕົກລົງ
pay-what--held-back = ນາຍຈ້າງເກັບໄວ້ ຫຼື ຈ່າຍໃຫ້ສະເພາະຕອນສຸດທ້າຍ

work-conditions = ຢູ່ບ່ອນເຮັດວຽກ ຂໍ້ໃດຕໍ່ໄປນີ້ເປັນຄວາມຈິງ?
work-conditions--living-bad = ບ່ອນນອນແອອັດ, ເປື້ອນ ຫຼື ບໍ່ປອດໄພ ຫຼື ອາຫານ ຫຼື ນ້ຳບໍ່ພຽງພໍ
work-conditions--conditions-bad = ຕົວວຽກໜັກກວ່າປົກກະຕິຫຼາຍ: ບໍ່ມີເວລາພັກ, ຖືກດ່າ, ຖືກລົງໂທດ
work-conditions--dangerous = ວຽກອັນຕະລາຍ ແລະ ບໍ່ມີອຸປະກອນປ້ອງກັນ
work-conditions--rules-broken = ຂໍ້ຕົກລົງ ຫຼື ກົດໝາຍແຮງງານບໍ່ໄດ້ຮັບການເຄົາລົບ
work-conditions--no-protection = ເຈົ້າບໍ່ມີປະກັນ, ບໍ່ມີການປິ່ນປົວ ແລະ ບໍ່ມີມື້ລາປ່ວຍ
work-conditions--no-school = ເດັກບໍ່ໄດ້ໄປໂຮງຮຽນ

control-harm = ຢູ່ບ່ອນເຮັດວຽກ ມີເຫດການໃດຕໍ່ໄປນີ້ເກີດຂຶ້ນ?
control-harm--hurt-you = ມີຄົນທຳຮ້າຍເຈົ້າ ລວມທັງທາງເພດ
control-harm--threatened-you = ມີຄົນຂົ່ມຂູ່ວ່າຈະທຳຮ້າຍເຈົ້າ
control-harm--family = ມີຄົນທຳຮ້າຍຄອບຄົວຂອງເຈົ້າ ຫຼື ຂົ່ມຂູ່ວ່າຈະເຮັດ
control-harm--threatened-to-report = ມີຄົນຂົ່ມຂູ່ວ່າຈະແຈ້ງຕຳຫຼວດ ຫຼື ກວດຄົນເຂົ້າເມືອງ
control-harm--threatened-worse = ມີຄົນຂົ່ມຂູ່ວ່າຈະໃຫ້ເຮັດວຽກ ຫຼື ຢູ່ໃນສະພາບທີ່ຮ້າຍກວ່ານີ້
control-harm--threatened-to-tell = ມີຄົນຂົ່ມຂູ່ວ່າຈະບອກເລື່ອງຂອງເຈົ້າໃຫ້ຄອບຄົວ ຫຼື ຊຸມຊົນ

control-forced = ເຈົ້າຖືກບັງຄັບໃຫ້ເຮັດຫຍັງແດ່?
control-forced--crimes = ເຮັດຜິດກົດໝາຍ ເຊັ່ນ ຕົ້ມຕຸ໋ນຄົນທາງອອນລາຍ ຫຼື ຂົນຢາເສບຕິດ
control-forced--tasks-or-clients = ວຽກ ຫຼື ລູກຄ້າທີ່ເຈົ້າປະຕິເສດ ລວມທັງການມີເພດສຳພັນກັບລູກຄ້າ
control-forced--lie = ຕົວະຕຳຫຼວດ, ເຈົ້າໜ້າທີ່ ຫຼື ຄອບຄົວຂອງເຈົ້າ
control-forced--against-others = ທຳຮ້າຍ, ເຝົ້າ ຫຼື ຕົ້ມຕຸ໋ນຄົນງານຄົນອື່ນ

control-influence = ຢູ່ບ່ອນເຮັດວຽກ ມີໃຜມີອິດທິພົນເໜືອເຈົ້າຫຼາຍ ຜ່ານຢາເສບຕິດ ຫຼື ເຫຼົ້າ, ຄວາມຢ້ານ, ຄວາມສຳພັນ ຫຼື ຄວາມເຊື່ອ ຈົນເຈົ້າຮູ້ສຶກວ່າຕ້ອງເຊື່ອຟັງບໍ?

there-situation = ຢູ່ບ່ອນເຮັດວຽກ ຂໍ້ໃດຕໍ່ໄປນີ້ເປັນຄວາມຈິງສຳລັບເຈົ້າ?
there-situation--needed-money = ເຈົ້າຕ້ອງການເງິນ
there-situation--feared-police = ເຈົ້າຢ້ານຕຳຫຼວດ
there-situation--unknown-place = ເຈົ້າບໍ່ຮູ້ຈັກສະຖານທີ່ ຫຼື ພາສາ
there-situation--family-reasons = ຄອບຄົວຕ້ອງການໃຫ້ເຈົ້າຢູ່ຕໍ່
there-situation--depended-on-employer = ນາຍຈ້າງໃຫ້ອາຫານ ຫຼື ບ່ອນນອນແກ່ເຈົ້າ

there-used = ຢູ່ບ່ອນເຮັດວຽກ ນາຍຈ້າງ ຫຼື ໃຜກໍຕາມທີ່ຄວບຄຸມເຈົ້າ ໄດ້ສວຍໂອກາດຈາກສະຖານະການຂອງເຈົ້າ ເພື່ອໃຫ້ເຈົ້າເຮັດວຽກຕໍ່ ຫຼື ບໍ່ໃຫ້ເຈົ້າອອກໄປບໍ?

there-used-what = ພວກເຂົາໃຊ້ຫຍັງມາບີບບັງຄັບເຈົ້າ?
there-used-what--dependency = ການທີ່ເຈົ້າຕ້ອງເພິ່ງພາພວກເຂົາເລື່ອງອາຫານ, ທີ່ພັກ ຫຼື ເອກະສານ
there-used-what--unknown-area = ການທີ່ເຈົ້າບໍ່ຮູ້ຈັກສະຖານທີ່ ຫຼື ພາສາ
there-used-what--economic-reasons = ການທີ່ເຈົ້າຕ້ອງການເງິນ
there-used-what--family-situation = ສະຖານະການຂອງຄອບຄົວເຈົ້າ
there-used-what--authorities = ການທີ່ເຈົ້າບໍ່ມີເອກະສານ ຫຼື ຢ້ານຕຳຫຼວດ
there-used-what--past-difficulties = ເລື່ອງຮ້າຍທີ່ເຄີຍເກີດກັບເຈົ້າມາກ່ອນ
there-used-what--personal = ເຈົ້າແມ່ນໃຜ ເຊັ່ນ ອາຍຸ, ເພດ, ຊົນເຜົ່າ ຫຼື ຍ້ອນວ່າເຈົ້າຮັກໃຜ

child-age-started = ເຈົ້າອາຍຸຈັກປີ ຕອນເລີ່ມເຮັດວຽກນີ້?
    .hint = ຄາດຄະເນກໍໄດ້.
    .interpreter = ໃຫ້ໃຊ້ຄຳງ່າຍໆທີ່ເດັກເຂົ້າໃຈ. ເດັກອາດນັບຕາມຊັ້ນຮຽນ.

child-school-before = ກ່ອນອອກຈາກບ້ານ ເຈົ້າໄດ້ໄປໂຮງຮຽນບໍ?
    .interpreter = ໃຫ້ຖາມແບບເປັນກັນເອງ. ນີ້ແມ່ນຄຳຖາມທີ່ປອດໄພ ເພື່ອສ້າງຄວາມໄວ້ວາງໃຈ.

child-family-knew = ພໍ່ແມ່ ຫຼື ຜູ້ໃຫຍ່ທີ່ເບິ່ງແຍງເຈົ້າ ຮູ້ບໍວ່າເຈົ້າໄປໃສ?
    .interpreter = ໃຫ້ຖາມໂດຍບໍ່ກ່າວໂທດພໍ່ແມ່.

child-travelled-with = ເຈົ້າເດີນທາງມາກັບໃຜ?
    .interpreter = ບອກພຽງແຕ່ບົດບາດກໍພໍ ບໍ່ຕ້ອງບອກຊື່.
child-travelled-with--parent = ພໍ່ ຫຼື ແມ່
child-travelled-with--relative = ຍາດພີ່ນ້ອງຄົນອື່ນ
child-travelled-with--recruiter = ຄົນທີ່ຫາວຽກໃຫ້
child-travelled-with--other-adult = ຜູ້ໃຫຍ່ຄົນອື່ນ
child-travelled-with--other-children = ມີແຕ່ເດັກຄົນອື່ນ
child-travelled-with--alone = ມາຜູ້ດຽວ
