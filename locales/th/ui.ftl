### ข้อความส่วนติดต่อผู้ใช้ของ Tandem ภาษาไทย (ภาษาของเจ้าหน้าที่ ใช้ระดับภาษาทางการ)
###
### ข้อความแต่ละกลุ่มอยู่ใต้หัวข้อ `## area` ของตนเอง ข้อผิดพลาดมาเป็นคู่:
### `err-…` บอกว่าเกิดอะไรขึ้น `rec-…` บอกว่าควรทำอย่างไรต่อ ตัวแปร (`{ $path }`) ต้องคงไว้ตามเดิม

## common

app-name = Tandem
app-tagline = การสัมภาษณ์คัดกรองแบบสองภาษาและเข้ารหัสข้อมูล

answer-yes = ใช่
answer-no = ไม่ใช่
answer-unsure = ไม่แน่ใจ
answer-declined = ไม่ประสงค์จะตอบ

## languages

# ชื่อภาษาในภาษาของเจ้าหน้าที่ ตัวเลือกภาษาจะแสดงชื่อภาษาในภาษานั้นเองด้วย
lang-en = ภาษาอังกฤษ
lang-th = ภาษาไทย
lang-my = ภาษาพม่า
lang-km = ภาษาเขมร
lang-lo = ภาษาลาว
lang-vi = ภาษาเวียดนาม

lang-officer = ภาษาของเจ้าหน้าที่
lang-interviewee = ภาษาของผู้ให้สัมภาษณ์

## translation status

review-source = ข้อความต้นฉบับ
review-reviewed = คำแปลที่ผ่านการตรวจทานแล้ว
review-machine-draft = ร่างคำแปลโดยเครื่องที่ยังไม่ได้ตรวจทาน
review-stale = คำแปลไม่เป็นปัจจุบัน
review-machine-draft-short = ยังไม่ตรวจทาน
review-stale-short = ไม่เป็นปัจจุบัน
# แสดงเมื่อข้อความสัมภาษณ์ยังไม่มีคำแปลในภาษาของผู้ให้สัมภาษณ์
text-missing = ข้อความนี้ยังไม่มีคำแปล ({ $lang }) ล่ามต้องแปลข้อความนี้เอง

## errors (common)

err-locales-read = ไม่สามารถอ่านไฟล์ภาษาใน { $path } ได้
rec-locales-read = กรุณาตรวจสอบพาธที่ระบุในตัวเลือก --locales หรือไม่ต้องระบุตัวเลือกนี้เพื่อใช้ข้อความที่มีอยู่ในโปรแกรม

err-locales-invalid = ไฟล์ภาษามีปัญหา { $count } รายการ
rec-locales-invalid = กรุณาเรียกใช้คำสั่ง `tandem check` เพื่อดูปัญหาแต่ละรายการพร้อมชื่อไฟล์และบรรทัด แล้วแก้ไขให้ถูกต้อง

err-zawgyi = ข้อความภาษาพม่านี้ใช้การเข้ารหัสแบบ Zawgyi ซึ่ง Tandem ไม่สามารถจัดเก็บได้
rec-zawgyi = กรุณาเปลี่ยนแป้นพิมพ์หรือโทรศัพท์เป็นภาษาพม่าแบบ Unicode แล้วพิมพ์ใหม่อีกครั้ง

err-unknown-lang = ไม่รู้จักภาษา `{ $tag }`
rec-unknown-lang = กรุณาใช้รหัสใดรหัสหนึ่งต่อไปนี้: en, th, my, km, lo, vi

## tui

tui-starting = กำลังเปิดคลังข้อมูล…
tui-loading = กำลังโหลด…
tui-footer-before-unlock = Enter: ดำเนินการต่อ  Tab: ช่องถัดไป  Esc: ล้าง
tui-too-small = หน้าต่างเทอร์มินัลมีขนาดเล็กเกินไป ({ $width }×{ $height }) กรุณาขยายเป็นอย่างน้อย { $min_width }×{ $min_height } เพื่อดำเนินการต่อ

tui-setup-title = ตั้งค่า Tandem บนคอมพิวเตอร์เครื่องนี้
tui-setup-intro = ยังไม่มีคลังข้อมูล กรุณาสร้างคลังข้อมูลและผู้บังคับบัญชาคนแรก รหัสผ่านจะใช้ปกป้องการสัมภาษณ์ทุกรายการ กรุณาเลือกรหัสผ่านที่ยาว และห้ามจดรหัสผ่านไว้ที่นี่
tui-setup-name = ชื่อผู้บังคับบัญชา
tui-setup-unit = หน่วยคัดกรอง
tui-setup-passphrase = รหัสผ่าน
tui-setup-repeat = ยืนยันรหัสผ่านอีกครั้ง
tui-setup-creating = กำลังสร้างคลังข้อมูลและกุญแจเข้ารหัสของผู้บังคับบัญชา…
tui-setup-need-name = กรุณาพิมพ์ชื่อผู้บังคับบัญชา
tui-setup-need-unit = กรุณาพิมพ์ชื่อหน่วยคัดกรอง
tui-setup-short-passphrase = รหัสผ่านสั้นเกินไป กรุณาใช้อย่างน้อย 8 ตัวอักษร
tui-setup-mismatch = รหัสผ่านทั้งสองช่องไม่ตรงกัน กรุณาพิมพ์ใหม่อีกครั้ง

tui-unlock-title = ปลดล็อก
tui-unlock-pick-user = ท่านคือผู้ใด (↑ ↓)
tui-unlock-as = ปลดล็อกในนามของ { $user }
tui-unlock-passphrase = พิมพ์รหัสผ่าน แล้วกด Enter:
tui-unlocking = กำลังปลดล็อก…
tui-unlock-wrong = รหัสผ่านไม่ถูกต้อง กรุณาพิมพ์ใหม่อีกครั้ง
tui-role-officer = เจ้าหน้าที่
tui-role-supervisor = ผู้บังคับบัญชา

tui-lock-quick = ล็อกแล้ว
tui-lock-idle = ล็อกแล้วเนื่องจากไม่มีการใช้งานระยะหนึ่ง
tui-lock-prompt = { $user }: กรุณาพิมพ์รหัสผ่านของท่านเพื่อกลับเข้าใช้งาน

tui-queue-title = รายการกรณี
tui-queue-search = เลขอ้างอิงกรณี
tui-queue-empty = ยังไม่มีการสัมภาษณ์ กด n เพื่อเริ่มการสัมภาษณ์ใหม่
tui-queue-col-case = กรณี
tui-queue-col-status = สถานะ
tui-queue-col-urgent = เร่งด่วน
tui-queue-removal = ส่งกลับ { $date }
tui-no-case-ref = (ไม่มีเลขอ้างอิง)
tui-status-draft = ฉบับร่าง
tui-status-stopped = ยุติแล้ว
tui-status-awaiting-review = รอการตรวจสอบ
tui-status-referred = ส่งต่อแล้ว
tui-status-closed = ปิดแล้ว

tui-new-title = ภาษาของผู้ให้สัมภาษณ์
tui-progress = { $position }/{ $total } · ตอบแล้ว { $answered } ข้อ
tui-saved = ✓ บันทึกแล้ว
tui-saving = กำลังบันทึก…
tui-machine-draft = ⚠ ร่างคำแปลโดยเครื่องที่ยังไม่ได้ตรวจทาน ล่ามควรตรวจสอบ
tui-stale = ⚠ คำแปลไม่เป็นปัจจุบัน ข้อความภาษาอังกฤษมีการเปลี่ยนแปลงหลังจากแปล
tui-text-missing = (ไม่มีคำแปล ล่ามต้องแปลเอง)
tui-sensitive = คำถามที่ละเอียดอ่อน กรุณาถามอย่างนุ่มนวล บุคคลอาจปฏิเสธที่จะตอบ
tui-interpreter-note = ล่าม
tui-more-below = ↓ ยังมีต่อด้านล่าง: Ctrl-↓
tui-more-above = ↑ ยังมีต่อด้านบน: Ctrl-↑
tui-interpreter-view = มุมมองล่าม
tui-interpreter-nothing = หน้าจอนี้ไม่มีข้อความที่ต้องแปล กด Esc เพื่อกลับไปยังหน้าจอของเจ้าหน้าที่
tui-note = บันทึกย่อ
tui-answer = คำตอบ
tui-end-of-questions = นี่คือคำถามข้อสุดท้าย
tui-missing-required = ยังมีคำถามที่จำเป็นต้องตอบค้างอยู่ { $count } ข้อ (ย้อนกลับ หรือข้ามไปยังส่วนที่ต้องการ):
tui-end-go-review = Enter: ตรวจสอบการประเมินและตัดสินใจ
tui-field-hint-number = ตัวเลขตั้งแต่ { $min } ถึง { $max } { $unit } แล้วกด Enter
tui-field-hint-date = วันที่ในรูปแบบ YYYY-MM-DD (ปี ค.ศ.) แล้วกด Enter
tui-field-hint-time-since = ผ่านมานานเท่าใด: ตัวเลขตามด้วย h (ชั่วโมง), d (วัน), w (สัปดาห์) หรือ m (เดือน) เช่น 30h, 3d, 2w แล้วกด Enter
tui-field-hint-text = พิมพ์ข้อความ แล้วกด Enter
tui-field-number = กรุณาพิมพ์เป็นจำนวนเต็ม
tui-field-range = ตัวเลขอยู่นอกช่วงที่กำหนด
tui-field-date = กรุณาระบุวันที่ในรูปแบบ YYYY-MM-DD เป็นปี ค.ศ. เช่น 2026-11-28 (ตรงกับ พ.ศ. 2569)
tui-field-time-since = กรุณาระบุตัวเลขและหน่วย: 30h, 3d, 2w หรือ 1m
tui-field-too-long = คำตอบยาวเกินไปสำหรับคำถามนี้ กรุณาตัดให้สั้นลง
tui-field-invalid = คำตอบนี้ไม่ตรงกับรูปแบบของคำถามนี้

tui-urgent = ⚠ เร่งด่วน:
tui-window-closes = กรอบเวลา { $window } จะสิ้นสุดในอีก { $hours } ชั่วโมง
tui-window-closes-days = กรอบเวลา { $window } จะสิ้นสุดในอีก { $days } วัน
tui-window-closed = กรอบเวลา { $window } สิ้นสุดแล้ว
tui-window-pep = PEP
tui-window-emergency-contraception = ยาคุมกำเนิดฉุกเฉิน
tui-window-hepatitis-b = วัคซีนไวรัสตับอักเสบบี
tui-trigger-sexual-violence = ความรุนแรงทางเพศ
tui-trigger-possible-child = อาจเป็นเด็ก
tui-trigger-pregnancy = การตั้งครรภ์
tui-trigger-medical = ความจำเป็นทางการแพทย์
tui-trigger-self-harm = ความเสี่ยงในการทำร้ายตนเอง
tui-trigger-security-threat = ภัยคุกคามด้านความปลอดภัย
tui-trigger-removal-scheduled = มีกำหนดส่งกลับ
tui-trigger-asks-for-help = ขอความช่วยเหลือ

tui-jump-title = ข้ามไปยังส่วนที่ต้องการ
tui-note-title = บันทึกย่อสำหรับคำถามนี้ (Enter: บันทึก, Esc: ยกเลิก)
tui-note-help = เขียนให้สั้นและตามข้อเท็จจริง บันทึกย่อนี้จะถูกจัดเก็บแบบเข้ารหัสพร้อมกับการสัมภาษณ์
tui-stop-title = ยุติการสัมภาษณ์: ด้วยเหตุใด
tui-stop-detail = โปรดระบุเหตุผลโดยสังเขป (ไม่บังคับ จัดเก็บแบบเข้ารหัสพร้อมกับการสัมภาษณ์) กด Enter เพื่อยุติ หรือกด Esc เพื่อย้อนกลับ
tui-stop-person-asked = บุคคลขอให้หยุด
tui-stop-privacy-risk = อาจมีผู้อื่นได้ยิน
tui-stop-distress = บุคคลมีภาวะทุกข์ใจ
tui-stop-interpreter-problem = มีปัญหาเกี่ยวกับล่าม
tui-stop-urgent-care = ต้องได้รับการดูแลเร่งด่วนก่อน
tui-stop-other = เหตุผลอื่น
tui-stopped = ยุติการสัมภาษณ์และบันทึกแล้ว
tui-stopped-consent = ไม่ได้รับความยินยอม: ยุติการสัมภาษณ์แล้ว และเก็บไว้เฉพาะข้อมูลที่บุคคลยินยอมเท่านั้น
tui-paused = พักการสัมภาษณ์และบันทึกเป็นฉบับร่างแล้ว
tui-handed-off = ส่งให้ผู้บังคับบัญชาแล้ว: รอการตรวจสอบ

tui-review-title = ตรวจสอบ: ข้อบ่งชี้ของ ILO
tui-review-no-assessment = ไม่มีแบบตรวจสอบรายการใดในที่นี้ที่มีเกณฑ์การให้คะแนน
tui-rule-met = พบข้อบ่งชี้: ส่งต่อ
tui-rule-not-met = ไม่พบข้อบ่งชี้การค้ามนุษย์ตามเกณฑ์
tui-rule-incomplete = ข้อมูลไม่ครบถ้วน: คำถามที่ยังเปิดอยู่อาจทำให้เข้าเกณฑ์ได้
tui-rule-unverified = เกณฑ์การให้คะแนนนี้เป็นการตีความข้อบ่งชี้ของ ILO ที่ยังไม่ได้รับการตรวจสอบความถูกต้อง
tui-profile-adult-labour = ผู้ใหญ่ การแสวงประโยชน์ด้านแรงงาน
tui-profile-adult-sexual = ผู้ใหญ่ การแสวงประโยชน์ทางเพศ
tui-profile-child-labour = เด็ก การแสวงประโยชน์ด้านแรงงาน
tui-profile-child-sexual = เด็ก การแสวงประโยชน์ทางเพศ
tui-dimension-positive = ผลบวก
tui-dimension-negative = ผลลบ
tui-dimension-incomplete = ไม่ครบถ้วน
tui-dimension-open = ยังมีคำถาม { $count } ข้อที่ยังไม่ได้ตอบ ตอบว่าไม่แน่ใจ หรือไม่ประสงค์จะตอบ ซึ่งอาจทำให้ด้านนี้เป็นผลบวกได้
tui-dim-deceptive-recruitment = การชักชวนโดยการหลอกลวง
tui-dim-coercive-recruitment = การชักชวนโดยการบีบบังคับ
tui-dim-recruitment-abuse-of-vulnerability = การชักชวนโดยใช้ประโยชน์จากความเปราะบาง
tui-dim-exploitative-conditions = สภาพการทำงานที่เป็นการแสวงประโยชน์
tui-dim-coercion-at-destination = การบีบบังคับ ณ ปลายทาง
tui-dim-abuse-of-vulnerability-at-destination = การใช้ประโยชน์จากความเปราะบาง ณ ปลายทาง
tui-review-decision = การตัดสินใจของท่าน (1–4, Enter):
tui-outcome-refer-presumed-victim = ส่งต่อ: พบข้อบ่งชี้
tui-outcome-refer-further-interview = ส่งต่อเพื่อสัมภาษณ์เพิ่มเติม
tui-outcome-vulnerable-other-referral = ผู้ย้ายถิ่นกลุ่มเปราะบาง: ส่งต่อบริการอื่น
tui-outcome-no-referral = ไม่ส่งต่อ
tui-review-reason = เหตุผล
tui-review-reason-required = เหตุผล (จำเป็น: ผลแตกต่างจากเกณฑ์)
tui-review-need-outcome = กรุณาเลือกการตัดสินใจก่อน (1–4)
tui-review-need-reason = การตัดสินใจนี้แตกต่างจากเกณฑ์ กรุณาระบุเหตุผล

tui-help-title = ปุ่มลัด (Esc: ปิด)
tui-context-global = ทุกหน้าจอ
tui-context-queue = รายการกรณี
tui-context-question = คำถาม
tui-context-review = การตรวจสอบ
tui-cmd-help = ความช่วยเหลือ
tui-cmd-urgent = เร่งด่วน
tui-cmd-stop = ยุติ
tui-cmd-pause = พัก
tui-cmd-quick-lock = ล็อก
tui-cmd-interpreter-view = มุมมองล่าม
tui-cmd-switch-language = EN/TH
tui-cmd-back = ย้อนกลับ
tui-cmd-new = ใหม่
tui-cmd-open = เปิด
tui-cmd-search = ค้นหา
tui-cmd-quit = ออก
tui-cmd-up = ขึ้น
tui-cmd-down = ลง
tui-cmd-yes = ใช่
tui-cmd-no = ไม่ใช่
tui-cmd-unsure = ไม่แน่ใจ
tui-cmd-declined = ไม่ประสงค์จะตอบ
tui-cmd-next = ถัดไป
tui-cmd-previous = ก่อนหน้า
tui-cmd-jump-section = ส่วนต่าง ๆ
tui-cmd-note = บันทึกย่อ
tui-cmd-review = ตรวจสอบ
tui-cmd-decide = ตัดสินใจ
tui-cmd-hand-off = ส่งให้ผู้บังคับบัญชา
unit-weeks = สัปดาห์
unit-months = เดือน
unit-years = ปี

## referral
# หัวข้อและชื่อช่องข้อมูลของ referral.html และคู่มือสำหรับล่าม คอลัมน์ภาษาของบุคคลในเอกสารส่งต่อ
# ใช้ข้อความเหล่านี้ในภาษาของบุคคลหากมีคำแปล
referral-title = การส่งต่อ
referral-booklet-title = คู่มือสำหรับล่าม
referral-notice = เป็นข้อบ่งชี้ ไม่ใช่การคัดแยกผู้เสียหาย
referral-packet = ชุดข้อมูล
referral-packet-id = รหัสชุดข้อมูล
referral-created = สร้างเมื่อ
referral-expires = หมดอายุ
referral-unit = หน่วยงานผู้ส่งต่อ
referral-officer = เจ้าหน้าที่ผู้ส่งต่อ
referral-recipient = หน่วยงานผู้รับการส่งต่อ
referral-urgency = ความเร่งด่วน
referral-urgency-emergency = ฉุกเฉิน: ดำเนินการภายในไม่กี่วัน
referral-urgency-urgent = เร่งด่วน: ดำเนินการภายในไม่กี่สัปดาห์
referral-urgency-normal = ปกติ
referral-languages = ภาษา
referral-consent = ความยินยอม
referral-consent-interview = ยินยอมให้สัมภาษณ์
referral-consent-share-with = ยินยอมให้แบ่งปันข้อมูลกับ
referral-consent-police = ยินยอมให้ติดต่อกับตำรวจ
referral-consent-guardian = ผู้ปกครองหรือนักสังคมสงเคราะห์ให้ความยินยอมแล้ว
referral-consent-basis = ฐานในการส่งต่อครั้งนี้
referral-basis-person = ความยินยอมของบุคคลเอง
referral-basis-guardian = ความยินยอมของผู้ปกครองหรือนักสังคมสงเคราะห์
referral-basis-child-protection-override = ผู้บังคับบัญชาอนุมัติเป็นกรณีพิเศษเพื่อการคุ้มครองเด็ก
referral-override-reason = เหตุผลในการอนุมัติเป็นกรณีพิเศษ
referral-restrictions = ข้อจำกัด: ห้ามติดต่อ ห้ามแจ้งให้ทราบ
referral-identity = ข้อมูลบุคคล
referral-name = ชื่อหรือชื่อเรียกอื่น
referral-case-ref = เลขอ้างอิงกรณี
referral-age-group = กลุ่มอายุ
referral-age-adult = ผู้ใหญ่
referral-age-child = เด็ก
referral-age-unknown = ไม่ทราบ: ให้ปฏิบัติเสมือนอาจเป็นเด็ก
referral-urgent-needs = ความต้องการเร่งด่วน
referral-no-urgent-needs = ไม่มีบันทึกความต้องการเร่งด่วนสำหรับหน่วยงานนี้
referral-window-open-until = ยังอยู่ในกรอบเวลาจนถึง
referral-window-closed = พ้นกรอบเวลาแล้ว
referral-screening = สรุปผลการคัดกรอง
referral-profile = รายการข้อบ่งชี้
referral-result = ผล
referral-result-indicators-present = พบข้อบ่งชี้: ส่งต่อ
referral-result-incomplete = ข้อมูลไม่ครบถ้วน: อาจพบข้อบ่งชี้
referral-result-not-met = ไม่เข้าเกณฑ์การประกอบกันของข้อบ่งชี้
referral-rule-unverified = เกณฑ์นี้ยังไม่ได้รับการตรวจสอบเทียบกับแหล่งที่มา
referral-decision = การตัดสินใจ
referral-yes = ใช่
referral-no = ไม่ใช่
referral-not-included = ไม่รวมไว้สำหรับหน่วยงานประเภทนี้
referral-unreviewed = คำแปลยังไม่ได้ตรวจทาน
referral-interpreter-note = หมายเหตุสำหรับล่าม
referral-no-translation = ยังไม่มีคำแปล: ให้ล่ามแปลจากข้อความของเจ้าหน้าที่
referral-custody = การควบคุมตัว
referral-wishes = ความเปราะบางและความประสงค์
referral-services = บริการที่ขอรับ
referral-group-communication = ภาษา ล่าม และผู้สัมภาษณ์
referral-group-dependants = ผู้ที่อยู่ในความดูแล
referral-group-documents = เอกสาร
referral-group-custody = การควบคุมตัว
referral-group-wishes = ความเปราะบางและความประสงค์ของบุคคลเอง
referral-group-services = บริการที่ขอรับ
referral-exported = บันทึกชุดข้อมูล { $packet } ไปยัง { $path } สำหรับ { $partner } ({ $kind }) แล้ว หมดอายุ { $expires }
referral-verified = ตรวจสอบลายมือชื่อดิจิทัล รายการเอกสารกำกับ (manifest) และค่าแฮชของข้อมูลแล้ว: ชุดข้อมูล { $packet } จาก { $unit } สำหรับ { $partner } หมดอายุ { $expires }
referral-verified-expired = ลายมือชื่อดิจิทัลถูกต้อง แต่ชุดข้อมูล { $packet } จาก { $unit } หมดอายุแล้วเมื่อ { $expires } ห้ามดำเนินการตามชุดข้อมูลนี้ กรุณาขอชุดข้อมูลใหม่จาก { $unit }
referral-opened = เปิดชุดข้อมูล { $packet } แล้ว: บันทึก referral.json และ referral.html ไปยัง { $path }
referral-partner-added = เพิ่มหน่วยงานภาคี { $name } ({ $kind }) แล้ว ลายนิ้วมือกุญแจ { $fingerprint }
referral-partner-removed = ลบหน่วยงานภาคี { $name } แล้ว
referral-booklet-written = บันทึกคู่มือสำหรับล่ามของ { $checklist } ภาษา { $lang } ไปยัง { $path } แล้ว

## assess
assess-checklist = แบบตรวจสอบรายการ
assess-version = ฉบับที่ { $version }
assess-profile = ชุดเกณฑ์
assess-result = ผล
assess-col-dimension = ด้าน
assess-col-status = สถานะ
assess-col-strong = หนักแน่น
assess-col-medium = ปานกลาง
assess-col-weak = อ่อน
assess-col-fired = ข้อบ่งชี้ที่ตอบว่าใช่
assess-open = ยังเปิดอยู่ { $count } ข้อ
assess-dimension-rule = เกณฑ์ของด้าน: { $source }
assess-rule = เกณฑ์สำหรับ { $profile }: { $source }
assess-verified = ตรวจสอบแล้ว
assess-not-verified = ยังไม่ได้ตรวจสอบ
assess-note = หมายเหตุ: { $note }
assess-not-identification = การคัดกรองไม่ใช่การคัดแยกผู้เสียหาย เจ้าหน้าที่เป็นผู้ตัดสินใจเรื่องการส่งต่อ

## tui partners and export
tui-cmd-partners = หน่วยงานภาคี
tui-cmd-export = ส่งออกชุดข้อมูล
tui-cmd-add-partner = เพิ่ม
tui-cmd-remove-partner = ลบ
tui-supervisors-only = เฉพาะผู้บังคับบัญชาเท่านั้น: การจัดการหน่วยงานภาคีและชุดข้อมูลส่งต่อต้องใช้กุญแจลงลายมือชื่อของหน่วย กรุณาให้ผู้บังคับบัญชาปลดล็อก
tui-partners-title = หน่วยงานผู้รับการส่งต่อ (หน่วยงานภาคี)
tui-partners-loading = กำลังโหลด…
tui-partners-empty = ยังไม่มีหน่วยงานภาคี กด { $key } เพื่อเพิ่มหน่วยงานผู้รับการส่งต่อแห่งแรก
tui-partners-col-name = ชื่อ
tui-partners-col-kind = ประเภท
tui-partners-col-recipient = กุญแจผู้รับ
tui-partners-add-title = เพิ่มหน่วยงานภาคี
tui-partners-field-name = ชื่อหน่วยงาน
tui-partners-field-recipient = กุญแจผู้รับแบบ age ของหน่วยงาน (age1…)
tui-partners-field-kind = ประเภท
tui-partners-add-help = Tab: ช่องถัดไป · ↑↓ หรือ 1–6: ประเภท · Enter ที่ช่องประเภท: บันทึก · Esc: ยกเลิก
tui-partners-need-name = กรุณาพิมพ์ชื่อหน่วยงาน
tui-partners-duplicate = มีหน่วยงานภาคีชื่อ { $name } อยู่แล้ว กรุณาเลือกชื่ออื่น หรือลบหน่วยงานเดิมก่อน
tui-partners-confirm-remove = ลบ { $name } หรือไม่ ชุดข้อมูลที่ส่งไปแล้วหน่วยงานนั้นยังคงอ่านได้ y: ลบ · n: เก็บไว้
tui-partner-added = เพิ่มหน่วยงานภาคี { $name } แล้ว
tui-partner-removed = ลบหน่วยงานภาคี { $name } แล้ว
tui-export-title = ส่งออกชุดข้อมูลส่งต่อ
tui-export-unsaved = การสัมภาษณ์นี้ยังไม่ได้บันทึก กรุณารอจนปรากฏเครื่องหมายบันทึกแล้ว จึงส่งออก
tui-export-pick = เลือกหน่วยงานผู้รับการส่งต่อ (Enter หรือ 1–9) ระบบจะตรวจสอบความยินยอมก่อน
tui-export-no-partners = ยังไม่มีหน่วยงานภาคี กรุณาเพิ่มที่หน้าจอหน่วยงานภาคี (กด p ในรายการกรณี)
tui-export-refused = ไม่อนุญาต: { $reason }
tui-export-override-title = การอนุมัติเป็นกรณีพิเศษเพื่อการคุ้มครองเด็ก
tui-export-override-help = บุคคลนี้อาจเป็นเด็ก ผู้บังคับบัญชาอาจส่งต่อโดยไม่มีความยินยอมดังกล่าวได้ โดยต้องระบุเหตุผล การอนุมัติเป็นกรณีพิเศษนี้จะถูกบันทึกเพื่อการตรวจสอบและแนบไปในชุดข้อมูล พิมพ์เหตุผลแล้วกด Enter หรือกด Esc เพื่อย้อนกลับ
tui-export-with-override = พร้อมการอนุมัติเป็นกรณีพิเศษเพื่อการคุ้มครองเด็ก (มีการบันทึกเพื่อการตรวจสอบ)
tui-export-dir = โฟลเดอร์สำหรับจัดเก็บชุดข้อมูล (ชื่อไฟล์ตั้งตามรหัสชุดข้อมูล และจะไม่เขียนทับไฟล์ที่มีอยู่แล้ว):
tui-export-dir-help = Enter: ลงลายมือชื่อ เข้ารหัส และบันทึก · Esc: ย้อนกลับ
tui-export-running = กำลังลงลายมือชื่อและเข้ารหัสชุดข้อมูล…
tui-export-done = บันทึกชุดข้อมูลแล้ว สถานะของกรณีนี้เปลี่ยนเป็นส่งต่อแล้ว
tui-export-fingerprint = กรุณาอ่านลายนิ้วมือกุญแจของหน่วยให้หน่วยงานผู้รับฟังทางโทรศัพท์:
tui-export-done-help = Enter: ปิด
tui-export-written = บันทึกชุดข้อมูลไปยัง { $path } แล้ว ลายนิ้วมือกุญแจของหน่วย { $fingerprint }

## Two-stage screening
# Stages, the first screen's result and its reasons, and `tandem interview plan`. The result is
# "no indicators at first screen", never "not a victim".
stage-first-screen = การคัดกรองเบื้องต้น
stage-full = การสัมภาษณ์เต็มรูปแบบ
plan-stage = ขั้นตอน: { $stage }
plan-stage-first-screen = การคัดกรองเบื้องต้น
plan-stage-full = การสัมภาษณ์เต็มรูปแบบ
plan-result = การคัดกรองเบื้องต้น: { $result }
plan-result-full-interview = สัมภาษณ์เต็มรูปแบบ (เหตุผลด้านล่าง)
plan-result-no-indicators = ไม่พบตัวชี้วัดในการคัดกรองเบื้องต้น (ไม่ใช่ข้อสรุปเกี่ยวกับบุคคลนี้)
plan-result-incomplete = ยังไม่ครบ
plan-reason-gateway = คำถามเปิดทางตอบ "ใช่" "ไม่แน่ใจ" หรือ "ไม่ขอตอบ": { $detail }
plan-reason-urgent = ความต้องการเร่งด่วน: { $detail }
plan-reason-possible-child = อาจเป็นเด็ก
plan-reason-officer-concern = ข้อกังวลของเจ้าหน้าที่เอง
plan-reason-no-gateway = คำถามเปิดทางทุกข้อตอบ "ไม่"
plan-reason-no-urgent = ไม่มีความต้องการเร่งด่วน
plan-reason-no-possible-child = ไม่ใช่ผู้ที่อาจเป็นเด็ก
plan-reason-no-officer-concern = เจ้าหน้าที่ไม่มีข้อกังวลของตนเอง
plan-reason-unanswered = ยังต้องตอบ: { $detail }
plan-reason-consent-refused = บุคคลนี้ไม่ยินยอมที่จะคุยต่อ: การสัมภาษณ์สิ้นสุดที่นี่
plan-reason-blocked = ถูกระงับ: { $detail } (บันทึกล่ามคนใหม่ หรือเหตุผลที่สัมภาษณ์ต่อ)
plan-reason-no-first-screen = แบบสัมภาษณ์ไม่มีการคัดกรองเบื้องต้น: ทุกคนได้รับการสัมภาษณ์เต็มรูปแบบ
plan-profile = โปรไฟล์: { $age }, { $exploitation }
plan-questions = ยังต้องถาม: { $count } คำถาม ถามบุคคลนั้น { $person } ข้อ
plan-no-questions = ไม่มีคำถามที่ต้องถามอีก
plan-to-person = ถามบุคคลนั้น
plan-officer-only = เจ้าหน้าที่เท่านั้น
tui-window-time-unknown = { $window }: ไม่ทราบเวลา ให้ถือว่ายังเปิดอยู่
tui-age-disagreement = คำตอบเรื่องอายุไม่ตรงกัน: ให้ปฏิบัติเหมือนเด็กจนกว่าจะยืนยันอายุได้
tui-interview-blocked = คำยืนยันของล่ามไม่ใช่ "ใช่" อย่างชัดเจน: บันทึกล่ามคนใหม่ หรือเหตุผลที่สัมภาษณ์ต่อ
referral-age = อายุ (ปี) (ช่วงอายุ CTDC)
referral-age-basis = วิธีที่ทราบอายุ
referral-age-group-from = กลุ่มอายุมาจาก
referral-age-sources-disagree = คำตอบเรื่องอายุไม่ตรงกัน
referral-window-time-unknown = ไม่ทราบเวลา: ให้ถือว่ายังเปิดอยู่
referral-group-narrative = สรุป
