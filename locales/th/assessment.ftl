### การประเมิน: ดุลยพินิจของเจ้าหน้าที่ ผลลัพธ์ใช้คำว่า “ส่งต่อ” ไม่ใช้คำว่า “เป็นผู้เสียหาย”

checklist-title = การประเมิน

section-judgement = ดุลยพินิจของท่าน
section-decision = การตัดสินใจ
section-referral = การส่งต่อ

officer-judgement = ตามดุลยพินิจของท่าน ข้อบ่งชี้การค้ามนุษย์ชัดเจนเพียงใด
    .hint = ความเห็นของท่านจากการสัมภาษณ์ทั้งหมด ก่อนดูผลจากเกณฑ์ที่ระบบคำนวณ
    .interpreter = สำหรับเจ้าหน้าที่เท่านั้น ไม่ต้องแปล
officer-judgement--clear = พบข้อบ่งชี้ชัดเจน
officer-judgement--some = พบข้อบ่งชี้บางประการ
officer-judgement--none = ไม่พบข้อบ่งชี้

assessment-outcome = ผลของการคัดกรองครั้งนี้คืออะไร
    .hint = การคัดกรองไม่ใช่การคัดแยกผู้เสียหาย ทีมสหวิชาชีพจะเป็นผู้พิจารณาในภายหลัง
    .interpreter = สำหรับเจ้าหน้าที่เท่านั้น ไม่ต้องแปล
assessment-outcome--refer-presumed-victim = พบข้อบ่งชี้: ส่งต่อในฐานะผู้ที่สันนิษฐานว่าเป็นผู้เสียหาย
assessment-outcome--refer-further-interview = พบข้อบ่งชี้บางประการ: ส่งต่อเพื่อสัมภาษณ์เพิ่มเติม
assessment-outcome--vulnerable-other-referral = ผู้ย้ายถิ่นกลุ่มเปราะบาง: ส่งต่อไปยังบริการอื่น
assessment-outcome--no-referral = ไม่ส่งต่อ

assessment-differs = ผลของท่านแตกต่างจากเกณฑ์ข้อบ่งชี้ที่ระบบคำนวณหรือไม่
    .hint = เปรียบเทียบกับผลตามเกณฑ์ที่แสดงไว้ด้านบน หากแตกต่าง ให้ระบุเหตุผล
    .interpreter = สำหรับเจ้าหน้าที่เท่านั้น ไม่ต้องแปล

assessment-reason = เหตุใดผลของท่านจึงแตกต่างจากเกณฑ์ที่ระบบคำนวณ
    .hint = สั้นและตามข้อเท็จจริง ไม่ระบุรายละเอียดของความรุนแรง
    .interpreter = สำหรับเจ้าหน้าที่เท่านั้น ไม่ต้องแปล

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
