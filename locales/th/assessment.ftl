### การประเมิน: ดุลยพินิจของเจ้าหน้าที่ ผลลัพธ์ใช้คำว่า “ส่งต่อ” ไม่ใช้คำว่า “เป็นผู้เสียหาย”

checklist-title = การประเมิน

section-judgement = ดุลยพินิจของท่าน
section-summary = สรุปสำหรับการส่งต่อ
section-referral = การส่งต่อ

officer-judgement = ตามดุลยพินิจของท่าน ข้อบ่งชี้การค้ามนุษย์ชัดเจนเพียงใด
    .hint = ความเห็นของท่านจากการสัมภาษณ์ทั้งหมด ก่อนดูผลจากเกณฑ์ที่ระบบคำนวณ
    .interpreter = สำหรับเจ้าหน้าที่เท่านั้น ไม่ต้องแปล
officer-judgement--clear = พบข้อบ่งชี้ชัดเจน
officer-judgement--some = พบข้อบ่งชี้บางประการ
officer-judgement--none = ไม่พบข้อบ่งชี้

narrative-summary = เขียนสรุปสั้น ๆ ที่บุคคลนี้ยินยอมให้ส่ง
    .hint = ไม่กี่ประโยคด้วยภาษาง่าย ๆ: เกิดอะไรขึ้น เมื่อไร ที่ไหน และบุคคลนั้นต้องการอะไร ไม่ใส่รายละเอียดของความรุนแรงทางเพศ จะส่งเฉพาะหน่วยงานที่บุคคลนั้นยินยอมเท่านั้น
    .interpreter = อ่านสรุปให้บุคคลนั้นฟังก่อนส่ง

assessment-services = ท่านขอรับบริการใดให้แก่บุคคล
    .hint = เฉพาะบริการที่บุคคลได้ให้ความยินยอมไว้ในส่วนความยินยอม
    .interpreter = สำหรับเจ้าหน้าที่เท่านั้น ไม่ต้องแปล
assessment-services--shelter = สถานคุ้มครอง
assessment-services--medical = การรักษาพยาบาล
assessment-services--mental-health = การดูแลด้านสุขภาพจิต
assessment-services--legal-aid = ความช่วยเหลือทางกฎหมาย
assessment-services--social-welfare = การสังคมสงเคราะห์
assessment-services--child-protection = การคุ้มครองเด็ก
assessment-services--family-tracing = การติดตามครอบครัว
assessment-services--safe-return = การส่งกลับอย่างปลอดภัยและการคืนสู่สังคม
assessment-services--asylum = การคุ้มครองผู้ลี้ภัย

assessment-urgency = การส่งต่อนี้เร่งด่วนเพียงใด
    .hint = ฉุกเฉิน: ภายในไม่กี่วัน เร่งด่วน: ภายในไม่กี่สัปดาห์ ปกติ: ตามขั้นตอนปกติ
    .interpreter = สำหรับเจ้าหน้าที่เท่านั้น ไม่ต้องแปล
assessment-urgency--emergency = ฉุกเฉิน (ภายในไม่กี่วัน)
assessment-urgency--urgent = เร่งด่วน (ภายในไม่กี่สัปดาห์)
assessment-urgency--normal = ปกติ
