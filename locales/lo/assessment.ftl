### ການປະເມີນ: ການພິຈາລະນາຂອງເຈົ້າໜ້າທີ່. ຜົນໃຫ້ໃຊ້ຄຳວ່າ 'ສົ່ງຕໍ່' ຫ້າມໃຊ້ 'ເປັນຜູ້ເຄາະຮ້າຍ'.

checklist-title = ການປະເມີນ

section-judgement = ການພິຈາລະນາຂອງທ່ານ
section-summary = ສະຫຼຸບສຳລັບການສົ່ງຕໍ່
section-referral = ການສົ່ງຕໍ່

officer-judgement = ຕາມການພິຈາລະນາຂອງທ່ານເອງ ຕົວຊີ້ວັດການຄ້າມະນຸດຈະແຈ້ງເທົ່າໃດ?
    .hint = ຄວາມຄິດເຫັນຂອງທ່ານຈາກການສຳພາດທັງໝົດ ກ່ອນເບິ່ງຜົນຂອງກົດທີ່ລະບົບຄິດໄລ່.
    .interpreter = ສຳລັບເຈົ້າໜ້າທີ່ເທົ່ານັ້ນ ບໍ່ຕ້ອງແປ.
officer-judgement--clear = ມີຕົວຊີ້ວັດຢ່າງຈະແຈ້ງ
officer-judgement--some = ມີຕົວຊີ້ວັດບາງຢ່າງ
officer-judgement--none = ບໍ່ພົບຕົວຊີ້ວັດ

narrative-summary = ຂຽນສະຫຼຸບສັ້ນໆ ທີ່ຜູ້ນີ້ຍິນຍອມໃຫ້ສົ່ງ.

assessment-services = ທ່ານຂໍບໍລິການໃດແດ່ສຳລັບຜູ້ຖືກສຳພາດ?
    .hint = ສະເພາະບໍລິການທີ່ຜູ້ຖືກສຳພາດໄດ້ຍິນຍອມໄວ້ໃນສ່ວນການຍິນຍອມ.
    .interpreter = ສຳລັບເຈົ້າໜ້າທີ່ເທົ່ານັ້ນ ບໍ່ຕ້ອງແປ.
assessment-services--shelter = ສູນພັກເຊົາ
assessment-services--medical = ການປິ່ນປົວທາງການແພດ
assessment-services--mental-health = ການຊ່ວຍເຫຼືອດ້ານສຸຂະພາບຈິດ
assessment-services--legal-aid = ການຊ່ວຍເຫຼືອທາງດ້ານກົດໝາຍ
assessment-services--social-welfare = ສະຫວັດດີການສັງຄົມ
assessment-services--child-protection = ການປົກປ້ອງເດັກ
assessment-services--family-tracing = ການຕິດຕາມຊອກຫາຄອບຄົວ
assessment-services--safe-return = ການສົ່ງກັບຢ່າງປອດໄພ ແລະ ການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມ
assessment-services--asylum = ການປົກປ້ອງຊາວອົບພະຍົບ

assessment-urgency = ການສົ່ງຕໍ່ດ່ວນປານໃດ?
    .hint = ສຸກເສີນ: ພາຍໃນບໍ່ເທົ່າໃດມື້. ດ່ວນ: ພາຍໃນບໍ່ເທົ່າໃດອາທິດ. ປົກກະຕິ: ຕາມຂັ້ນຕອນທຳມະດາ.
    .interpreter = ສຳລັບເຈົ້າໜ້າທີ່ເທົ່ານັ້ນ ບໍ່ຕ້ອງແປ.
assessment-urgency--emergency = ສຸກເສີນ (ເປັນມື້)
assessment-urgency--urgent = ດ່ວນ (ເປັນອາທິດ)
assessment-urgency--normal = ປົກກະຕິ
