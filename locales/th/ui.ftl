### ข้อความส่วนติดต่อผู้ใช้ของ Tandem ภาษาไทย (ภาษาของเจ้าหน้าที่ ใช้ระดับภาษาทางการ)
###
### ข้อความแต่ละกลุ่มอยู่ใต้หัวข้อ `## area` ของตนเอง ข้อผิดพลาดมาเป็นคู่:
### `err-…` บอกว่าเกิดอะไรขึ้น `rec-…` บอกว่าควรทำอย่างไรต่อ ตัวแปร (`{ $path }`) ต้องคงไว้ตามเดิม

## start-up

tui-starting = กำลังเปิดคลังข้อมูล…
tui-starting-leave = q หรือ Esc: ออกจาก Tandem
tui-loading = กำลังโหลด…
tui-footer-before-unlock = Enter: ดำเนินการต่อ  Tab: ช่องถัดไป  Esc: ล้าง
tui-too-small = หน้าต่างเทอร์มินัลมีขนาดเล็กเกินไป ({ $width }×{ $height }) กรุณาขยายเป็นอย่างน้อย { $min_width }×{ $min_height } เพื่อดำเนินการต่อ

tui-setup-title = ตั้งค่า Tandem บนคอมพิวเตอร์เครื่องนี้
tui-setup-intro = ยังไม่มีคลังข้อมูล กรุณาสร้างคลังข้อมูลและผู้บังคับบัญชาคนแรก รหัสผ่านจะใช้ปกป้องการสัมภาษณ์ทุกรายการ กรุณาเลือกรหัสผ่านที่ยาว และห้ามจดรหัสผ่านไว้ที่นี่
tui-setup-name = ชื่อผู้บังคับบัญชา
tui-setup-unit = หน่วยคัดกรอง
tui-setup-passphrase = รหัสผ่าน
tui-setup-repeat = ยืนยันรหัสผ่านอีกครั้ง
tui-setup-recovery = กุญแจกู้คืน (age1…)
tui-setup-no-recovery = ไม่มีกุญแจกู้คืน: หากหัวหน้างานทุกคนลืมรหัสผ่าน บันทึกทั้งหมดจะสูญหายถาวร กรุณาวางกุญแจ age1… ของหน่วย (สร้างด้วย age-keygen และเก็บไว้แบบออฟไลน์) หรือกด Enter อีกครั้งเพื่อดำเนินการต่อโดยไม่มีกุญแจ (`tandem recovery set` เพิ่มภายหลังได้)
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

## errors
# ข้อผิดพลาดทุกรายการมาเป็นคู่: `err-…` บอกว่าเกิดอะไรขึ้น `rec-…` บอกว่าควรทำอะไรต่อ
# `rec-…` อาจขึ้นกับ `$face`: `cli` บนบรรทัดคำสั่ง `screen` บนหน้าจอ

err-locales-read = ไม่สามารถอ่านไฟล์ภาษาใน { $path } ได้ ({ $reason })
rec-locales-read = กรุณาตรวจสอบพาธที่ระบุในตัวเลือก --locales หรือไม่ต้องระบุตัวเลือกนี้เพื่อใช้ข้อความที่มีอยู่ในโปรแกรม

err-locales-write = ไม่สามารถเขียนไฟล์ลงใน { $path } ได้ ({ $reason })
rec-locales-write = กรุณาตรวจสอบว่าไดเรกทอรีภาษาเขียนได้ แล้วเรียกใช้คำสั่งอีกครั้ง

err-malformed-review = { $path } มีบันทึกการตรวจทานที่ผิดรูปแบบ
rec-malformed-review = กรุณาแก้ไขก่อน คำสั่ง `tandem check` จะแสดงตำแหน่ง

err-locales-invalid = ไฟล์ภาษามีปัญหา { $count } รายการ
rec-locales-invalid = กรุณาเรียกใช้คำสั่ง `tandem check` เพื่อดูปัญหาแต่ละรายการพร้อมชื่อไฟล์และบรรทัด แล้วแก้ไขให้ถูกต้อง

err-zawgyi = ข้อความภาษาพม่านี้ใช้การเข้ารหัสแบบ Zawgyi ซึ่ง Tandem ไม่สามารถจัดเก็บได้
rec-zawgyi = กรุณาเปลี่ยนแป้นพิมพ์หรือโทรศัพท์เป็นภาษาพม่าแบบ Unicode แล้วพิมพ์ใหม่อีกครั้ง

err-unknown-lang = ไม่รู้จักภาษา `{ $tag }`
rec-unknown-lang = กรุณาใช้รหัสใดรหัสหนึ่งต่อไปนี้: en, th, my, km, lo, vi

err-unknown-value = `{ $value }` ไม่ใช่{ $kind }ที่รู้จัก
rec-unknown-value = กรุณาใช้ค่าใดค่าหนึ่งต่อไปนี้: { $allowed }

err-not-officer-lang = `{ $lang }` ไม่ใช่ภาษาของเจ้าหน้าที่
rec-not-officer-lang = กรุณาใช้ --officer-lang en หรือ --officer-lang th

# เอกสารบันทึก
err-document-stdin = เอกสารบันทึกที่ส่งเข้ามาทางอินพุตมาตรฐานถูกปฏิเสธ
rec-document-stdin = กรุณาแก้ไขเอกสารตามที่บรรทัดถัดไประบุ (ดูรูปแบบใน docs/record.schema.json) แล้วเรียกใช้คำสั่งอีกครั้ง
err-document-file = เอกสารบันทึกใน { $path } ถูกปฏิเสธ
rec-document-file = กรุณาแก้ไขเอกสารตามที่บรรทัดถัดไประบุ (ดูรูปแบบใน docs/record.schema.json) แล้วเรียกใช้คำสั่งอีกครั้ง
err-document-line = บรรทัดที่ { $line } ของ { $path } ถูกปฏิเสธ ไม่มีการนำเข้าข้อมูลใดเลย
rec-document-line = กรุณาแก้ไขบรรทัดนั้นตามที่บรรทัดถัดไประบุ แล้วนำเข้าทั้งไฟล์อีกครั้ง
err-document-unknown-field = ไม่มีฟิลด์ `{ $field }` { $path ->
    [top] ในเอกสาร
   *[other] ใน `{ $path }`
} ({ $at })
rec-document-unknown-field = กรุณาตรวจสอบการสะกดกับ docs/record.schema.json
err-document-missing-field = ขาดฟิลด์ `{ $field }` { $path ->
    [top] ในเอกสาร
   *[other] ใน `{ $path }`
} ({ $at })
rec-document-missing-field = กรุณาเพิ่มฟิลด์นี้ docs/record.schema.json อธิบายว่าต้องใส่อะไร
err-document-duplicate-field = ฟิลด์ `{ $field }` ปรากฏสองครั้ง{ $path ->
    [top] ในเอกสาร
   *[other] ใน `{ $path }`
} ({ $at })
rec-document-duplicate-field = กรุณาเก็บไว้เพียงรายการเดียว
err-document-not-allowed = `{ $path }` ไม่ใช่ค่าที่อนุญาต ({ $at })
rec-document-not-allowed = กรุณาใช้ค่าที่ docs/record.schema.json ระบุไว้สำหรับฟิลด์นั้น
err-document-wrong-type = `{ $path }` มีชนิดข้อมูลไม่ถูกต้อง ({ $at })
rec-document-wrong-type = docs/record.schema.json ระบุชนิดข้อมูลของฟิลด์นี้
err-document-truncated = ข้อมูล JSON สิ้นสุดก่อนกำหนด ({ $at })
rec-document-truncated = ไฟล์อาจถูกตัดทอน กรุณาตรวจสอบว่าคัดลอกมาครบทั้งไฟล์
err-document-not-json = ข้อมูลนี้ไม่ใช่ JSON ที่ถูกต้อง ({ $at })
rec-document-not-json = กรุณาตรวจสอบว่าไฟล์เป็นเอกสารบันทึกแบบ JSON หนึ่งเอกสารต่อหนึ่งบรรทัดสำหรับการนำเข้า
err-document-schema = เอกสารใช้สคีมาบันทึกรุ่น { $found } แต่ Tandem รุ่นนี้อ่านได้เฉพาะรุ่น { $known }
rec-document-schema = กรุณาใช้ Tandem รุ่นที่สร้างเอกสารนี้ หรืออัปเดตรุ่นที่ใช้อยู่
err-document-police-share = `police` ไม่สามารถเป็นประเภทหนึ่งใน consent.share_with ได้
rec-document-police-share = การติดต่อตำรวจเป็นความยินยอมแยกต่างหาก กรุณาตั้งค่า consent.police_contact แทน

# คำตอบและคำถาม
err-unknown-question = ไม่มีรายการตรวจสอบใดที่มีคำถาม `{ $question }`
rec-unknown-question = รายการตรวจสอบอาจเปลี่ยนไปแล้ว คำสั่ง `tandem checklist show ID` แสดงรายการคำถาม
err-answer-wrong-type = คำตอบของ `{ $question }` มีรูปแบบไม่ถูกต้อง
rec-answer-wrong-type = คำถามนี้รับ { $expected } และทุกคำถามรับ "unsure" หรือ "declined" ได้ด้วย
err-answer-unknown-choice = คำตอบของ `{ $question }` ไม่ใช่ตัวเลือกของคำถามนี้
rec-answer-unknown-choice = กรุณาใช้ตัวเลือกใดตัวเลือกหนึ่ง: { $allowed } หรือ "unsure" หรือ "declined"
err-answer-out-of-range = คำตอบของ `{ $question }` อยู่นอกช่วงที่กำหนด
rec-answer-out-of-range = กรุณาระบุตัวเลขตั้งแต่ { $min } ถึง { $max }
err-answer-bad-date = คำตอบของ `{ $question }` ไม่ใช่วันที่
rec-answer-bad-date = กรุณาเขียนวันที่ในรูปแบบ ปปปป-ดด-วว (YYYY-MM-DD)
err-answer-too-long = คำตอบของ `{ $question }` ยาวเกินไป
rec-answer-too-long = กรุณาเขียนไม่เกิน { $max } ตัวอักษร

# รายการตรวจสอบและการให้คะแนน
err-checklists-invalid = รายการตรวจสอบมีปัญหา { $count } รายการ
rec-checklists-invalid = กรุณาแก้ไขแต่ละรายการตามที่แสดงด้านล่าง แล้วเรียกใช้ `tandem check`
err-checklists-read = ไม่สามารถอ่านรายการตรวจสอบใน { $path } ได้ ({ $reason })
rec-checklists-read = กรุณาตรวจสอบพาธของ --checklists และสิทธิ์การเข้าถึง
err-checklists-empty = ไม่มีไฟล์รายการตรวจสอบ (*.toml) ใน { $path }
rec-checklists-empty = กรุณาชี้ --checklists ไปยังไดเรกทอรีที่มีไฟล์เหล่านั้น หรือไม่ต้องระบุตัวเลือกนี้
err-no-such-checklist = ไม่มีรายการตรวจสอบ `{ $id }`
rec-no-such-checklist = กรุณาใช้รายการใดรายการหนึ่ง: { $known } (ดู `tandem checklist list`)
err-no-scoring-rule = รายการตรวจสอบ `{ $checklist }` ไม่มีเกณฑ์การให้คะแนน
rec-no-scoring-rule = กรุณาประเมินรายการตรวจสอบที่มีตัวชี้วัดของ ILO (ดู `tandem checklist list`)
err-no-rule-for-profile = รายการตรวจสอบ `{ $checklist }` ไม่มีเกณฑ์รวมสำหรับกลุ่ม `{ $profile }`
rec-no-rule-for-profile = กรุณาเลือกกลุ่มอื่น หรือเพิ่ม `[scoring.rules.{ $profile }]` ในรายการตรวจสอบ

# ไฟล์และเทอร์มินัล
err-read = ไม่สามารถอ่าน{ $what ->
    [passphrase] ไฟล์รหัสผ่าน
    [recovery-identity] ไฟล์กุญแจกู้คืน
    [packet] แพ็กเก็ต
    [partner-key] ไฟล์กุญแจขององค์กร
    [unit-key] ไฟล์กุญแจของหน่วย
    [answers] ไฟล์คำตอบ
    [records] ไฟล์บันทึก
    [keymap] ไฟล์ปุ่มลัด
   *[other] ไฟล์
} { $path } ได้ ({ $reason })
rec-read = กรุณาตรวจสอบพาธและสิทธิ์ในการอ่านไฟล์
err-write = ไม่สามารถเขียน { $path } ได้ ({ $reason })
rec-write = กรุณาตรวจสอบพื้นที่ว่างบนดิสก์และสิทธิ์ในการเขียน แล้วลองอีกครั้ง
err-exists = { $path } มีอยู่แล้ว Tandem จะไม่เขียนทับไฟล์ใดเลย
rec-exists = กรุณาเลือกชื่อใหม่หรือไดเรกทอรีอื่น หรือย้ายไฟล์เดิมออกก่อน
err-output = ไม่สามารถเขียนผลลัพธ์ได้ ({ $reason })
rec-output = กรุณาตรวจสอบปลายทางของผลลัพธ์ (ดิสก์เต็ม หรือไปป์ปิด) แล้วเรียกใช้คำสั่งอีกครั้ง
err-no-terminal = ไม่มีเทอร์มินัลสำหรับถามรหัสผ่าน
rec-no-terminal = กรุณาระบุ --passphrase-file FILE หรือตั้งค่า TANDEM_PASSPHRASE
err-passphrases-differ = รหัสผ่านทั้งสองครั้งไม่ตรงกัน
rec-passphrases-differ = กรุณาพิมพ์รหัสผ่านเดียวกันสองครั้ง
err-empty-passphrase = รหัสผ่านว่างเปล่า
rec-empty-passphrase = กรุณาเลือกรหัสผ่านที่ประกอบด้วยหลายคำ
err-needs-terminal = หน้าจอโปรแกรมต้องใช้เทอร์มินัล
rec-needs-terminal = กรุณาเรียก `tandem` ในหน้าต่างเทอร์มินัล สำหรับสคริปต์ให้ใช้คำสั่งย่อย (tandem --help)
err-not-a-number = { $variable } ต้องเป็นจำนวนเต็ม
rec-not-a-number = กรุณาตั้งค่าเป็นจำนวนเต็ม หรือยกเลิกการตั้งค่าเพื่อใช้ค่าเริ่มต้น
err-english-is-source = ภาษาอังกฤษเป็นข้อความต้นฉบับและไม่มีบันทึกการตรวจทาน
rec-english-is-source = กรุณาระบุรหัสภาษาของคำแปล: th, my, km, lo หรือ vi
err-no-locales-dir = ไม่มีไดเรกทอรีภาษาที่ { $path }
rec-no-locales-dir = กรุณาเรียกใช้จากโฟลเดอร์ซอร์สโค้ด หรือระบุ --locales DIR

# ไฟล์ปุ่มลัด
err-keymap-syntax = ไฟล์ปุ่มลัด { $path } ไม่ใช่ TOML ที่ถูกต้อง ({ $reason })
rec-keymap-syntax = กรุณาแก้ไขรูปแบบ ดูตัวอย่างใน docs/keymap.md
err-keymap-unknown-context = ไฟล์ปุ่มลัด { $path } มีหมวดที่ไม่รู้จัก `[{ $section }]`
rec-keymap-unknown-context = กรุณาใช้ global, queue, question, review หรือ partners (ดู docs/keymap.md)
err-keymap-unknown-command = ไฟล์ปุ่มลัด { $path } ระบุคำสั่งที่ไม่รู้จัก `{ $command }` ใน `[{ $section }]`
rec-keymap-unknown-command = docs/keymap.md แสดงคำสั่งของแต่ละหมวด
err-keymap-bad-key = ไฟล์ปุ่มลัด { $path } มีปุ่มที่ Tandem อ่านไม่ได้: `{ $key }`
rec-keymap-bad-key = กรุณาเขียนปุ่มเช่น ctrl-l, alt-x, f1, enter, esc, space หรืออักขระเดียว
err-keymap-bad-value = ในไฟล์ปุ่มลัด { $path } ค่า `{ $command }` ใน `[{ $section }]` ไม่ใช่ปุ่มหรือรายการปุ่ม
rec-keymap-bad-value = กรุณาเขียนปุ่มเดียวหรือรายการ เช่น ["ctrl-l", "f12"]
err-keymap-conflict = ในไฟล์ปุ่มลัด { $path } ปุ่ม `{ $key }` ถูกกำหนดให้ทั้ง `{ $first }` และ `{ $second }`
rec-keymap-conflict = กรุณากำหนดปุ่มอื่นให้คำสั่งใดคำสั่งหนึ่ง
err-keymap-plain-global = ในไฟล์ปุ่มลัด { $path } คำสั่งส่วนกลาง `{ $command }` เป็นอักขระธรรมดา
rec-keymap-plain-global = คำสั่งส่วนกลางต้องใช้ได้ขณะพิมพ์คำตอบ กรุณาใช้ ctrl-, alt- หรือปุ่มฟังก์ชัน
err-keymap-unbound = ในไฟล์ปุ่มลัด { $path } คำสั่ง `{ $command }` ไม่มีปุ่มเหลืออยู่
rec-keymap-unbound = ทุกคำสั่งต้องมีปุ่มอย่างน้อยหนึ่งปุ่ม

# คลังข้อมูล
err-vault-not-found = ไม่มีคลังข้อมูลใน { $dir }
rec-vault-not-found = { $face ->
    [screen] กรุณาเปิด Tandem โดยไม่ระบุ --vault เพื่อตั้งค่าคลังข้อมูลเริ่มต้น หรือเลือกไดเรกทอรีที่ถูกต้อง
   *[cli] กรุณาสร้างคลังข้อมูลด้วย `tandem init --name NAME` หรือเลือกไดเรกทอรีที่ถูกต้องด้วย --vault DIR
}
err-vault-exists = มีคลังข้อมูลอยู่แล้วใน { $dir }
rec-vault-exists = กรุณาใช้คลังข้อมูลนั้น หรือเลือกไดเรกทอรีอื่นด้วย --vault DIR
err-vault-busy = มีโปรแกรม Tandem อื่น (โปรเซส { $pid }) กำลังใช้คลังข้อมูลใน { $dir }
rec-vault-busy = { $face ->
    [screen] กรุณาปิดหน้าต่าง Tandem อื่นก่อน แล้วเปิดใหม่ กด q เพื่อออก
   *[cli] กรุณาปิด Tandem อื่นก่อน แล้วเรียกใช้คำสั่งอีกครั้ง
}
err-unknown-user = ไม่มีผู้ใช้ `{ $name }` ในคลังข้อมูลนี้
rec-unknown-user = { $face ->
    [screen] กรุณาเลือกชื่อของท่านจากรายการ
   *[cli] คำสั่ง `tandem user list` แสดงรายชื่อผู้ใช้
}
err-user-exists = มีผู้ใช้ชื่อ `{ $name }` อยู่แล้ว
rec-user-exists = กรุณาเลือกชื่ออื่น
err-wrong-passphrase = รหัสผ่านของ `{ $user }` ไม่ถูกต้อง ความพยายามที่ล้มเหลวถูกบันทึกไว้ในบันทึกการตรวจสอบแล้ว
rec-wrong-passphrase = กรุณาลองใหม่อย่างช้า ๆ และตรวจสอบภาษาของแป้นพิมพ์ (ไทยหรืออังกฤษ)
err-supervisor-only = เฉพาะหัวหน้างานเท่านั้นที่ทำสิ่งนี้ได้
rec-supervisor-only = { $face ->
    [screen] กรุณาให้หัวหน้างานปลดล็อก Tandem และดำเนินการ
   *[cli] กรุณาปลดล็อกในฐานะหัวหน้างาน (--user NAME)
}
err-last-supervisor = `{ $name }` เป็นหัวหน้างานคนสุดท้าย
rec-last-supervisor = กรุณาเพิ่มหัวหน้างานอีกคนก่อนลบคนนี้
err-record-not-found = ไม่มีบันทึก { $id }
rec-record-not-found = คำสั่ง `tandem record list` แสดงบันทึกที่ท่านเปิดได้
err-bad-record-id = `{ $value }` ไม่ใช่รหัสบันทึก
rec-bad-record-id = รหัสบันทึกคืออักขระฐานสิบหก 16 ตัว กรุณาคัดลอกจาก `tandem record list`
err-vault-damaged = { $part ->
    [users] ตารางผู้ใช้
    [unit-public-key] กุญแจสาธารณะของหน่วย
    [unit-signing-key] กุญแจลงนามของหน่วย
    [retention] การตั้งค่าระยะเวลาเก็บรักษา
    [user-key] กุญแจของผู้ใช้ `{ $subject }`
    [record] บันทึก { $subject }
    [summary] สรุปของบันทึก { $subject }
    [bucket-key] กุญแจของช่วงเก็บรักษา { $subject }
    [bucket-id] รหัสช่วงเก็บรักษา `{ $subject }`
    [setting] การตั้งค่าคลังข้อมูล `{ $subject }`
   *[other] ส่วนหนึ่งของคลังข้อมูล
}เสียหายหรือถูกแก้ไขโดยไม่ได้รับอนุญาต จึงไม่ได้นำมาใช้
rec-vault-damaged = กรุณาเก็บไดเรกทอรีคลังข้อมูลไว้ตามเดิม (อย่าซ่อมหรือคัดลอกทับ) และแจ้งหัวหน้างาน
err-no-bucket-key = ท่านไม่มีกุญแจของช่วงเก็บรักษา { $bucket }
rec-no-bucket-key = กรุณาให้หัวหน้างานเพิ่มบัญชีของท่านใหม่ หรือกู้คืนบัญชีด้วยกุญแจกู้คืน
err-bucket-expired = ช่วงเก็บรักษา { $bucket } หมดอายุและถูกทำลายแล้ว
rec-bucket-expired = ไม่มีผู้ใดอ่านบันทึกในช่วงนี้ได้อีก และไม่มีวิธีแก้ไข
err-no-unit-key = บัญชีของท่านไม่มีสำเนากุญแจลงนามของหน่วย
rec-no-unit-key = กรุณาให้หัวหน้างานอีกคนลบและเพิ่มบัญชีของท่านใหม่ หรือกู้คืนบัญชี
err-no-recovery-recipient = คลังข้อมูลนี้ไม่มีกุญแจกู้คืน จึงกู้คืนบัญชีไม่ได้
rec-no-recovery-recipient = หัวหน้างานเพิ่มกุญแจได้ด้วย `tandem recovery set age1…` (สร้างด้วย `age-keygen` และเก็บไว้แบบออฟไลน์)
err-wrong-recovery-identity = กุญแจกู้คืนนี้เปิดกุญแจของคลังข้อมูลนี้ไม่ได้
rec-wrong-recovery-identity = กรุณาตรวจสอบว่าเป็นไฟล์กุญแจกู้คืนของหน่วย
err-bad-key = { $role ->
    [recovery-recipient] ผู้รับสำหรับการกู้คืนไม่ใช่กุญแจสาธารณะของ age (age1…)
    [partner-recipient] ผู้รับขององค์กรไม่ใช่กุญแจสาธารณะของ age (age1…)
    [recovery-identity] ไฟล์กุญแจกู้คืนไม่มีกุญแจลับของ age (AGE-SECRET-KEY-1…)
   *[other] กุญแจที่เก็บในคลังข้อมูลไม่ใช่กุญแจ age ที่ถูกต้อง
}
rec-bad-key = { $role ->
    [recovery-identity] กรุณาระบุไฟล์ที่สร้างด้วย `age-keygen -o FILE` ตอนตั้งค่าคลังข้อมูล
    [stored-user-key] กรุณาเก็บคลังข้อมูลไว้ตามเดิมและแจ้งหัวหน้างาน
   *[other] กรุณาคัดลอกบรรทัด `age1…` ที่ `age-keygen` แสดง (หรือที่ `age-keygen -y KEYFILE` แสดง)
}
err-bad-name = { $what ->
    [user] ชื่อผู้ใช้
    [unit] ชื่อหน่วย
    [partner] ชื่อองค์กรปลายทาง
   *[other] ชื่อ
}ต้องมีอักขระที่พิมพ์ได้ 1 ถึง 64 ตัว
rec-bad-name = กรุณาพิมพ์ชื่อที่สั้นลงและไม่มีอักขระควบคุม
err-bad-work-factor = ค่าความยากของ scrypt ต้องอยู่ระหว่าง 1 ถึง { $max }
rec-bad-work-factor = ไม่ต้องระบุ --kdf-log-n แล้ว Tandem จะปรับให้ใช้เวลาประมาณหนึ่งวินาที
err-bad-retention = ระยะเวลาเก็บรักษาต้องอยู่ระหว่าง 1 ถึง 120 เดือน
rec-bad-retention = กรุณาระบุจำนวนเดือนตั้งแต่ 1 ถึง 120
err-partner-exists = มีองค์กรปลายทางชื่อ `{ $name }` อยู่แล้ว
rec-partner-exists = กรุณาลบองค์กรเดิมก่อนหากต้องการเปลี่ยน หรือเลือกชื่ออื่น
err-no-such-partner = ไม่มีองค์กรปลายทาง `{ $name }`
rec-no-such-partner = { $face ->
    [screen] กรุณาเลือกองค์กรจากรายการ หรือเพิ่มองค์กรในหน้าองค์กรปลายทาง
   *[cli] คำสั่ง `tandem partner list` แสดงรายชื่อ และ `tandem partner add` ใช้เพิ่มองค์กร
}
err-vault-tampered = ไฟล์คลังข้อมูลถูกแก้ไขจากภายนอก Tandem: { $part ->
    [seal] ตราประทับที่ครอบกุญแจและการตั้งค่าหายไปหรือไม่ได้สร้างโดย Tandem
    [table] ตาราง { $subject } ไม่ตรงกับที่ Tandem ประทับไว้
    [audit-truncated] บันทึกการตรวจสอบถูกตัดให้สั้นลง (รายการที่พบ/ที่ประทับไว้: { $subject })
    [audit-entry] รายการตรวจสอบที่ { $subject } ไม่ใช่สิ่งที่ Tandem เขียนไว้
    [records] มีบันทึกที่ถูกย้อนกลับ ลบ หรือเพิ่มเข้ามา
    [vault-key] สำเนากุญแจคลังข้อมูลของคุณหายไปหรือไม่ได้สร้างโดย Tandem
   *[other] บางส่วนของไฟล์ไม่ใช่สิ่งที่ Tandem เขียนไว้
} ไม่มีการปลดล็อกหรือใช้ข้อมูลใด ๆ และได้บันทึกความพยายามนี้ไว้แล้ว
rec-vault-tampered = กรุณาเก็บโฟลเดอร์คลังข้อมูลไว้ตามเดิมเพื่อการตรวจสอบ กู้คืนข้อมูลสำรองล่าสุดลงในโฟลเดอร์ใหม่ (`tandem restore FILE --vault NEW-DIR`) และแจ้งหัวหน้างาน
err-records-disagree = มีบันทึก { $count } รายการที่ไม่ตรงกับบันทึกการตรวจสอบ รายการแรก: { $first }
rec-records-disagree = กรุณาเก็บคลังข้อมูลไว้ตามเดิม แจ้งหัวหน้างาน และเปรียบเทียบกับข้อมูลสำรองล่าสุด (`tandem restore FILE --vault NEW-DIR` แล้วใช้ `tandem audit verify` ที่นั่น)
err-audit-broken = บันทึกการตรวจสอบเสียหายที่รายการ { $seq }: { $reason }
rec-audit-broken = กรุณาเก็บคลังข้อมูลไว้ตามเดิมและแจ้งหัวหน้างาน
err-newer-schema = คลังข้อมูลนี้สร้างด้วย Tandem รุ่นใหม่กว่า (สคีมา { $found } แต่รุ่นนี้รู้จักถึง { $known })
rec-newer-schema = กรุณาใช้ Tandem รุ่นที่ใหม่กว่า
err-storage = ฐานข้อมูลของคลังข้อมูลทำงานผิดพลาด ({ $reason })
rec-storage = กรุณาตรวจสอบพื้นที่ว่างบนดิสก์และสิทธิ์การเข้าถึง แล้วลองอีกครั้ง คำตอบที่ขึ้นว่า "บันทึกแล้ว" ปลอดภัย
err-migration = ไม่สามารถปรับรุ่นฐานข้อมูลของคลังข้อมูลได้ ({ $reason })
rec-migration = กรุณาเก็บสำเนาไดเรกทอรีคลังข้อมูลไว้และรายงานปัญหานี้
err-vault-io = ไม่สามารถ{ $action ->
    [create-vault-dir] สร้างไดเรกทอรีคลังข้อมูล
    [open-lock-file] เปิดไฟล์ล็อก
    [write-backup] เขียนไฟล์สำรองข้อมูล
    [read-backup] อ่านไฟล์สำรองข้อมูล
   *[other] ใช้ไฟล์
} { $path } ได้ ({ $reason })
rec-vault-io = กรุณาตรวจสอบพาธและสิทธิ์การเข้าถึง
err-backup-exists = มีไฟล์ { $path } อยู่แล้ว
rec-backup-exists = กรุณาตั้งชื่อไฟล์ใหม่สำหรับการสำรองข้อมูล (เช่น ใส่วันที่ของวันนี้) ไฟล์สำรองเดิมจะไม่ถูกเขียนทับ
err-not-a-backup = { $path } ไม่ใช่ไฟล์สำรองคลังข้อมูล Tandem ที่สมบูรณ์
rec-not-a-backup = กรุณาตรวจสอบว่าเป็นไฟล์ที่ถูกต้องและคัดลอกมาครบถ้วน ไม่มีสิ่งใดถูกเปลี่ยนแปลง
err-restore-not-empty = { $dir } ไม่ว่าง
rec-restore-not-empty = กรุณากู้คืนลงในไดเรกทอรีใหม่ที่ว่างเปล่า (--vault DIR) การกู้คืนจะไม่เขียนทับคลังข้อมูลใด
err-crypto = การเข้ารหัสล้มเหลว ({ $reason })
rec-crypto = ไม่ควรเกิดขึ้น ขั้นตอนนี้ไม่ได้บันทึกสิ่งใด กรุณารายงานปัญหานี้

# กรณี
err-not-allowed = บันทึกที่มีสถานะ { $status } ไม่สามารถดำเนินขั้นตอนนี้ได้ ({ $transition })
rec-not-allowed = { $status ->
    [stopped] กรุณาสัมภาษณ์ต่อก่อน
    [awaiting-review] ขณะนี้หัวหน้างานกำลังตรวจสอบ หากต้องแก้ไขกรุณาขอให้หัวหน้างานเปิดใหม่
    [referred] กรณีนี้ส่งต่อแล้ว กรุณาบันทึกข้อมูลใหม่เป็นหมายเหตุ หรือเริ่มการสัมภาษณ์ใหม่
    [closed] กรณีนี้ปิดแล้ว
   *[other] กรุณากลับไปที่รายการกรณีแล้วเปิดกรณีนี้อีกครั้ง
}
err-reason-required = การตัดสินใจนี้ต่างจากผลที่คำนวณได้ จึงต้องระบุเหตุผล
rec-reason-required = { $face ->
    [screen] กรุณาเขียนเหตุผลในช่องเหตุผล (Tab) แล้วส่งต่ออีกครั้ง
   *[cli] กรุณาระบุเหตุผลด้วย --reason TEXT
}
err-no-decision = ยังไม่มีการตัดสินใจ
rec-no-decision = { $face ->
    [screen] กรุณาเลือกผลการพิจารณาก่อน (กดหมายเลข หรือ Enter)
   *[cli] กรุณาระบุผลการพิจารณาด้วย --outcome OUTCOME
}
err-no-users = คลังข้อมูลนี้ไม่มีผู้ใช้
rec-no-users = กรุณาตั้งค่าใหม่ด้วย `tandem init` ในไดเรกทอรีว่าง

# แพ็กเก็ตการส่งต่อ
err-no-interview-consent = บุคคลนี้ไม่ได้ให้ความยินยอมในการสัมภาษณ์ จึงส่งต่อข้อมูลใดไม่ได้
rec-no-interview-consent = { $face ->
    [screen] กรุณาบันทึกความยินยอมของบุคคลนั้นก่อน หรือหากอาจเป็นเด็ก ให้ใช้การยกเว้นเพื่อคุ้มครองเด็กพร้อมเหตุผล
   *[cli] กรุณาบันทึกความยินยอมของบุคคลนั้นก่อน หรือหากอาจเป็นเด็ก ให้ระบุ --child-protection-override REASON
}
err-kind-not-consented = ความยินยอมของบุคคลนี้ไม่ครอบคลุมองค์กรประเภท { $kind }
rec-kind-not-consented = กรุณาสอบถามบุคคลนั้นและบันทึก `{ $kind }` ในความยินยอมให้เปิดเผย หรือเลือกองค์กรประเภทที่บุคคลนั้นยินยอม
err-no-police-consent = บุคคลนี้ไม่ได้ยินยอมให้ติดต่อตำรวจ
rec-no-police-consent = องค์กรตำรวจต้องมีความยินยอมที่ชัดเจนนี้ และไม่มีการยกเว้นใดแทนได้
err-child-without-guardian = บุคคลนี้อาจเป็นเด็ก และไม่มีการบันทึกความยินยอมของผู้ปกครองหรือนักสังคมสงเคราะห์
rec-child-without-guardian = { $face ->
    [screen] กรุณาบันทึกความยินยอมนั้น หรือให้หัวหน้างานใช้การยกเว้นเพื่อคุ้มครองเด็กพร้อมเหตุผล (มีการบันทึกตรวจสอบ)
   *[cli] กรุณาบันทึกความยินยอมนั้น หรือให้หัวหน้างานระบุ --child-protection-override REASON (มีการบันทึกตรวจสอบ)
}
err-override-without-reason = การยกเว้นเพื่อคุ้มครองเด็กต้องมีเหตุผล
rec-override-without-reason = กรุณาเขียนว่าเหตุใดการส่งต่อจึงรอไม่ได้
err-bad-recipient = ผู้รับไม่ใช่กุญแจสาธารณะ X25519 ของ age
rec-bad-recipient = กรุณาขอบรรทัด `age1…` ที่ `age-keygen` แสดงสำหรับกุญแจขององค์กรนั้น
err-packet-build = สร้างแพ็กเก็ตไม่ได้ ({ $reason }) ไม่มีการเขียนไฟล์ใด
rec-packet-build = กรุณาลองอีกครั้ง หากเกิดซ้ำกรุณารายงานปัญหา
err-malformed-packet = ไฟล์นี้ไม่ใช่แพ็กเก็ตการส่งต่อของ Tandem ({ $reason })
rec-malformed-packet = กรุณาตรวจสอบว่าได้รับไฟล์ `.tandem` โดยตรง
err-missing-signature = แพ็กเก็ตไม่มีลายมือชื่อ (manifest.toml.minisig)
rec-missing-signature = อย่าเปิดแพ็กเก็ตนี้ กรุณาขอให้หน่วยที่ส่งมาส่งออกใหม่
err-bad-signature = ลายมือชื่อของแพ็กเก็ตเสียหายหรือถูกปลอมแปลง
rec-bad-signature = อย่าเปิดแพ็กเก็ตนี้ และโทรศัพท์สอบถามหน่วยที่ส่งว่าได้ส่งมาจริงหรือไม่
err-wrong-unit-key = แพ็กเก็ตนี้ลงนามด้วยกุญแจหน่วย { $packet_key } ไม่ใช่กุญแจหน่วยที่ยืนยันไว้ { $pinned_key }
rec-wrong-unit-key = อย่าเปิดแพ็กเก็ตนี้ กรุณายืนยันลายนิ้วมือกุญแจของหน่วยทางโทรศัพท์ (`tandem unit-key export --fingerprint`)
err-tampered-manifest = รายการกำกับแพ็กเก็ตถูกแก้ไขหลังจากลงนามแล้ว
rec-tampered-manifest = อย่าเปิดแพ็กเก็ตนี้ กรุณาขอให้หน่วยที่ส่งมาส่งออกใหม่
err-tampered-payload = ข้อมูลที่เข้ารหัสไม่ตรงกับรายการกำกับที่ลงนาม (ถูกแก้ไขหรือสลับ)
rec-tampered-payload = อย่าใช้ข้อมูลนี้ กรุณาขอให้หน่วยที่ส่งมาส่งออกใหม่
err-malformed-manifest = อ่านรายการกำกับที่ลงนามไม่ได้ ({ $reason })
rec-malformed-manifest = กรุณาอัปเดต Tandem หรือสอบถามผู้ส่ง
err-unsupported-packet-schema = แพ็กเก็ตใช้สคีมารุ่น { $found } ซึ่ง Tandem รุ่นนี้อ่านไม่ได้
rec-unsupported-packet-schema = กรุณาอัปเดต Tandem
err-bad-identity-file = ไฟล์กุญแจไม่มีบรรทัด AGE-SECRET-KEY-1…
rec-bad-identity-file = กรุณาระบุไฟล์กุญแจที่องค์กรของท่านสร้างด้วย `age-keygen`
err-bad-unit-key = ไฟล์กุญแจของหน่วยไม่ใช่กุญแจสาธารณะของ minisign
rec-bad-unit-key = กรุณาระบุไฟล์จาก `tandem unit-key export` (บรรทัดที่สองขึ้นต้นด้วย RW)
err-wrong-identity = แพ็กเก็ตนี้เข้ารหัสสำหรับ "{ $packet_for }" ไม่ใช่สำหรับกุญแจที่ระบุ
rec-wrong-identity = กรุณาเปิดด้วยกุญแจขององค์กรนั้น หรือขอให้หน่วยส่งออกถึงท่าน
err-packet-expired = แพ็กเก็ตหมดอายุเมื่อ { $expires } จึงไม่ได้เปิด
rec-packet-expired = กรุณาขอแพ็กเก็ตใหม่จากหน่วยที่ส่ง
err-replayed = แพ็กเก็ต { $packet } เคยเปิดในคลังข้อมูลนี้แล้ว สำเนาที่สองอาจเป็นการส่งซ้ำ จึงไม่เปิดอีก
rec-replayed = กรุณาสอบถามหน่วยที่ส่งว่าได้ส่งมาสองครั้งหรือไม่
err-decrypt = ถอดรหัสข้อมูลไม่ได้หลังจากการตรวจสอบ ({ $reason })
rec-decrypt = กรุณาขอให้หน่วยที่ส่งมาส่งออกใหม่

err-terminal = ไม่สามารถใช้เทอร์มินัลได้ ({ $reason })
rec-terminal = กรุณาเปิด Tandem ในหน้าต่างเทอร์มินัลขนาดอย่างน้อย 50×16 บน Windows ให้ใช้ Windows Terminal หรือคอนโซล
err-no-such-profile = ไม่มีกลุ่ม `{ $id }`
rec-no-such-profile = กรุณาใช้ adult-labour, adult-sexual, child-labour หรือ child-sexual
err-answers-file = ใช้ไฟล์คำตอบ { $path } ไม่ได้
rec-answers-file = กรุณาแก้ไขตามที่บรรทัดถัดไประบุ แล้วเรียกใช้คำสั่งอีกครั้ง
err-answers-not-json = ไฟล์นี้ไม่ใช่ JSON ที่ถูกต้อง (บรรทัด { $line } คอลัมน์ { $column })
rec-answers-not-json = กรุณาเขียนเป็นออบเจกต์ เช่น {"{"}"deceived-job": "yes"{"}"}
err-answers-not-object = ไฟล์นี้ไม่ใช่ออบเจกต์ JSON ของคำตอบ
rec-answers-not-object = กรุณาเขียนออบเจกต์ที่จับคู่รหัสคำถามกับคำตอบ เช่น {"{"}"deceived-job": "yes"{"}"}
err-answers-other-checklist = คำถาม `{ $question }` เป็นของรายการตรวจสอบ `{ $belongs }` ไม่ใช่ `{ $checklist }`
rec-answers-other-checklist = กรุณาลบออกจากคำตอบ หรือประเมิน `{ $belongs }`
err-answers-no-such-question = รายการตรวจสอบ `{ $checklist }` ไม่มีคำถาม `{ $question }`
rec-answers-no-such-question = กรุณาลบออกหรือแก้ไขรหัส (ดู `tandem checklist show { $checklist } --json`)

err-exchange-file = ใช้ไฟล์คำแปล { $path } ไม่ได้
rec-exchange-file = กรุณาแก้ไขตามที่บรรทัดถัดไประบุ แล้วนำเข้าอีกครั้ง
err-exchange-not-utf8 = ไฟล์นี้ไม่ใช่ UTF-8
rec-exchange-not-utf8 = กรุณาบันทึกเป็น UTF-8 (ในโปรแกรมตารางคำนวณ: "CSV UTF-8")
err-exchange-xml = ไฟล์นี้ไม่ใช่ XML ที่ถูกต้อง ({ $reason })
rec-exchange-xml = กรุณาเปิดในเครื่องมือแปลแล้วส่งออกใหม่
err-exchange-not-xliff = ไฟล์นี้ไม่ใช่ XLIFF 2.x (รากคือ `{ $root }`)
rec-exchange-not-xliff = กรุณาใช้ไฟล์ XLIFF 2.1 ที่ `tandem locales export` สร้าง หรือไฟล์ CSV ของมัน
err-exchange-xliff-version = ไม่รองรับ XLIFF รุ่น { $version }
rec-exchange-xliff-version = กรุณาใช้ XLIFF 2.0 หรือ 2.1
err-exchange-source-not-english = ภาษาต้นฉบับคือ `{ $lang }` ไม่ใช่ภาษาอังกฤษ
rec-exchange-source-not-english = กรุณาส่งออกใหม่จาก Tandem ภาษาอังกฤษเป็นต้นฉบับของทุกข้อความ
err-exchange-unknown-lang = Tandem ไม่มีภาษาปลายทาง `{ $lang }`
rec-exchange-unknown-lang = กรุณาใช้ th, my, km, lo หรือ vi
err-exchange-no-lang = ไฟล์นี้ไม่ได้ระบุภาษาปลายทาง
rec-exchange-no-lang = กรุณาส่งออกใหม่พร้อม --lang
err-exchange-mixed-langs = ไฟล์นี้มีหลายภาษาปนกัน ({ $first } และ { $second })
rec-exchange-mixed-langs = กรุณานำเข้าทีละภาษา
err-exchange-inline-markup = หน่วย `{ $unit }` มีมาร์กอัปที่ Tandem ไม่ใช้ ({ $what })
rec-exchange-inline-markup = กรุณาพิมพ์ข้อความแบบธรรมดา
err-exchange-missing-column = ไฟล์ CSV ไม่มีคอลัมน์ `{ $column }`
rec-exchange-missing-column = กรุณาคงคอลัมน์ที่ `tandem locales export` สร้างไว้
err-exchange-csv = อ่านไฟล์ CSV ที่บรรทัด { $line } ไม่ได้
rec-exchange-csv = กรุณาเก็บหนึ่งแถวต่อหนึ่งหน่วย และใส่เครื่องหมายคำพูดแบบที่ส่งออก
err-exchange-control-char = ข้อความมีอักขระควบคุมที่ XML รองรับไม่ได้ (ใน `{ $id }`)
rec-exchange-control-char = กรุณาลบออกจากไฟล์ .ftl แล้วส่งออกใหม่
err-bad-reviewer = ไม่มีชื่อผู้ตรวจทาน หรือยาวเกินไป หรือมีหลายบรรทัด
rec-bad-reviewer = กรุณาระบุ --reviewer "ชื่อ" ในบรรทัดเดียว ไม่เกิน 120 ตัวอักษร
err-bad-date = `{ $value }` ไม่ใช่วันที่
rec-bad-date = กรุณาเขียนวันที่ในรูปแบบ YYYY-MM-DD
err-target-is-english = ภาษาปลายทางของ { $path } คือภาษาอังกฤษ
rec-target-is-english = กรุณานำเข้าคำแปล (th, my, km, lo หรือ vi) ภาษาอังกฤษคือต้นฉบับ
err-import-check = การนำเข้าไปยัง { $path } จะเปลี่ยนข้อความ `{ $id }` โดยไม่ได้ตั้งใจ จึงไม่ได้เขียนสิ่งใด
rec-import-check = กรุณารายงานปัญหานี้พร้อมไฟล์

err-document-too-large = เอกสารมีขนาดใหญ่เกิน { $limit } ไบต์
rec-document-too-large = เอกสารบันทึกมีขนาดเพียงไม่กี่สิบกิโลไบต์ กรุณาตรวจสอบว่าเป็นไฟล์ที่ถูกต้อง
err-document-too-long = `{ $path }` ยาวเกิน { $limit } ตัวอักษร
rec-document-too-long = กรุณาย่อให้สั้นลง เรื่องราวที่ยาวควรสรุปด้วยคำของเจ้าหน้าที่เพียงไม่กี่บรรทัด
err-too-large = ไฟล์ { $what } { $path } มีขนาดใหญ่เกิน { $limit } ไบต์ จึงไม่ได้อ่าน
rec-too-large = กรุณาตรวจสอบว่าเป็นไฟล์ที่ถูกต้อง

## command line
# สิ่งที่คำสั่งย่อยแสดง (ข้อผิดพลาดอยู่ใน `## errors`)

cli-passphrase-prompt = รหัสผ่านของ { $user }: 
cli-new-passphrase-prompt = รหัสผ่านใหม่ของ { $user }: 
cli-passphrase-again = พิมพ์อีกครั้ง: 
cli-weak-kdf = คำเตือน: ค่าความยากของ scrypt { $n } ต่ำ หากแล็ปท็อปถูกขโมย รหัสผ่านจะถูกเดาได้เร็ว ใช้สำหรับการทดสอบเท่านั้น
cli-calibrating = กำลังปรับค่าความยากของรหัสผ่านให้ใช้เวลาประมาณหนึ่งวินาที…
cli-default-unit = หน่วยคัดกรอง
cli-vault-created = สร้างคลังข้อมูลใน { $dir } แล้ว
    หัวหน้างานคนแรก: { $name }
    กุญแจสาธารณะของหน่วย: { $key }
cli-no-recovery-warning = คำเตือน: ไม่ได้ระบุกุญแจกู้คืน (no recovery recipient) หากหัวหน้างานทุกคนลืมรหัสผ่าน บันทึกทั้งหมดในคลังข้อมูลนี้จะสูญหายถาวร เพื่อป้องกัน กรุณาตั้งค่าทันทีด้วย `tandem recovery set age1…` (สร้างด้วย `age-keygen` และเก็บไฟล์กุญแจลับไว้แบบออฟไลน์)
cli-user-added = เพิ่ม { $name } ({ $role }) แล้ว
cli-passphrase-changed = เปลี่ยนรหัสผ่านของ { $name } แล้ว
cli-unit-key-rotated = เปลี่ยนกุญแจลงนามของหน่วยแล้ว: รหัสกุญแจ { $key } (อ่านทางโทรศัพท์ว่า { $fingerprint }) กรุณาส่งกุญแจสาธารณะใหม่ให้ทุกหน่วยงานพันธมิตร (`tandem unit-key export`) แพ็กเก็ตที่ลงนามต่อจากนี้จะระบุกุญแจนี้
cli-user-removed = ลบ { $name } แล้ว กุญแจที่มอบให้ผู้ใช้นี้ถูกลบไปด้วย และได้เปลี่ยนกุญแจช่วงเก็บรักษาของทุกเดือนและกุญแจคลังข้อมูลแล้ว สิ่งที่บันทึกต่อจากนี้จึงเปิดด้วยกุญแจที่ผู้ใช้นี้เคยถือไม่ได้
cli-user-recovered = ตั้งรหัสผ่านและกุญแจใหม่ให้ { $name } แล้ว
cli-recovery-set = กุญแจกู้คืนคือ { $recipient } แล้ว ช่วงเก็บรักษาทุกช่วงและกุญแจของหน่วยถูกห่อด้วยกุญแจนี้ กรุณาเก็บไฟล์กุญแจลับแบบออฟไลน์ในที่ปลอดภัย
cli-imported = นำเข้า { $count } บันทึกแล้ว
cli-record-line = { $answers } คำตอบ  ปรับปรุงเมื่อ { $updated }
cli-show-record = บันทึก     
cli-show-checklist = รายการตรวจสอบ
cli-show-status = สถานะ      
cli-show-case-ref = เลขอ้างอิง  
cli-show-name = ชื่อ        
cli-show-consent = ความยินยอม  สัมภาษณ์: { $interview }, เปิดเผยแก่: { $share }, ติดต่อตำรวจ: { $police }
cli-show-notes = หมายเหตุ
cli-record-deleted = ลบ { $id } แล้ว
cli-record-stopped = หยุดการสัมภาษณ์ { $id } แล้ว ({ $reason })
cli-record-decided = บันทึกการตัดสินใจของ { $id } แล้ว: { $outcome }
cli-record-handed-off = ส่ง { $id } ให้หัวหน้างานแล้ว
cli-backup-done = เขียนไฟล์สำรองไปที่ { $path } และตรวจสอบแล้ว: บันทึกที่เข้ารหัส { $records } รายการ บันทึกการตรวจสอบสมบูรณ์ ({ $count } รายการ) ไฟล์นี้ปลอดภัยเท่ากับคลังข้อมูล กรุณาเก็บไว้ในไดรฟ์ที่เข้ารหัส แยกจากแล็ปท็อป
cli-backup-not-audited = มี Tandem อีกตัวเปิดคลังข้อมูลอยู่ การสำรองครั้งนี้จึงไม่อยู่ในบันทึกการตรวจสอบของคลังข้อมูล กรุณาสำรองอีกครั้งเมื่อปิด Tandem แล้วเพื่อบันทึกไว้
cli-restore-done = กู้คืนไฟล์สำรองลงใน { $dir } แล้ว: บันทึกที่เข้ารหัส { $records } รายการ บันทึกการตรวจสอบเรียงลำดับครบ ({ $count } รายการ) ปลดล็อกได้ด้วยรหัสผ่านเดิม จากนั้น `tandem audit verify` จะตรวจทุกรายการและทุกบันทึกด้วยกุญแจคลังข้อมูล
cli-audit-tampered = ถูกแก้ไขจากภายนอก Tandem: { $part ->
    [seal] ตราประทับที่ครอบกุญแจและการตั้งค่าของคลังข้อมูลหายไปหรือไม่ได้สร้างโดย Tandem
    [table] ตาราง { $subject } ไม่ตรงกับที่ Tandem ประทับไว้
    [audit-truncated] บันทึกการตรวจสอบถูกตัดให้สั้นลง (รายการที่พบ/ที่ประทับไว้: { $subject })
    [audit-entry] รายการตรวจสอบที่ { $subject } ไม่ใช่สิ่งที่ Tandem เขียนไว้
    [records] มีแถวบันทึกที่ถูกย้อนกลับ ลบ หรือเพิ่มเข้ามา
    [vault-key] สำเนากุญแจคลังข้อมูลของคุณหายไปหรือไม่ได้สร้างโดย Tandem
   *[other] บางส่วนของคลังข้อมูลไม่ใช่สิ่งที่ Tandem เขียนไว้
}
cli-audit-record = { $problem ->
    [rolled-back] บันทึก { $id } อยู่ที่รุ่น { $found } แต่บันทึกการตรวจสอบมี { $logged } (ถูกย้อนกลับไปเป็นสำเนาเก่า)
    [ahead] บันทึก { $id } อยู่ที่รุ่น { $found } แต่บันทึกการตรวจสอบมีเพียง { $logged }
    [missing] บันทึก { $id } อยู่ในบันทึกการตรวจสอบแต่ไม่อยู่ในคลังข้อมูล (ถูกลบจากภายนอก Tandem)
   *[unlogged] บันทึก { $id } อยู่ในคลังข้อมูลแต่บันทึกการตรวจสอบไม่เคยเห็นการสร้าง (ถูกเพิ่มจากภายนอก Tandem)
}
cli-audit-unkeyed = ไม่สามารถใช้กุญแจคลังข้อมูลได้ จึงไม่ได้ตรวจรายการตรวจสอบที่ใช้กุญแจ
cli-audit-findings = พบ { $count } รายการข้างต้น กรุณาเก็บโฟลเดอร์คลังข้อมูลไว้ตามเดิมเพื่อการตรวจสอบ แจ้งหัวหน้างาน และกู้คืนข้อมูลสำรองล่าสุดลงในโฟลเดอร์ใหม่ (`tandem restore FILE --vault NEW-DIR`) เพื่อทำงานต่อ
cli-audit-intact = บันทึกการตรวจสอบสมบูรณ์: { $count } รายการ
cli-purge-nothing = ยังไม่มีช่วงเก็บรักษาใดหมดอายุ ไม่มีสิ่งที่ต้องทำลาย
cli-purge-would = จะทำลาย { $count } บันทึกในช่วง { $buckets }
cli-purge-done = ทำลาย { $count } บันทึกในช่วง { $buckets } แล้ว
cli-check-valid = รายการตรวจสอบ: ถูกต้อง { $checklists } รายการ { $questions } คำถาม ไฟล์ภาษา: ถูกต้อง
cli-plan-unreadable = หมายเหตุ: answers.{ $question }: ไม่มีรายการตรวจสอบใดมีคำถามนี้ จึงเก็บไว้แต่ไม่ได้อ่าน
cli-check-problems = พบปัญหา { $count } รายการ กรุณาแก้ไขแต่ละรายการตามที่แสดงด้านบน

## tui

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
tui-queue-removal-near = ส่งกลับ { $date }: ภายใน 72 ชั่วโมง
tui-step-first-screen = คัดกรองเบื้องต้น
tui-step-full-interview = สัมภาษณ์เต็ม
tui-step-no-indicators = รอตัดสินใจ (คัดกรองเบื้องต้น)
tui-step-awaiting-supervisor = รอหัวหน้างาน
tui-step-referred = ส่งต่อแล้ว
tui-step-stopped = หยุดแล้ว
tui-step-closed = ปิดแล้ว
tui-stage-to-full = คัดกรองเบื้องต้นเสร็จแล้ว: ต่อด้วยการสัมภาษณ์เต็ม ({ $reasons })
tui-stage-no-indicators = คัดกรองเบื้องต้นเสร็จแล้ว: ไม่พบตัวชี้วัดในการคัดกรองเบื้องต้น กรุณาบันทึกการตัดสินใจในหน้าทบทวน (Enter)
tui-same-interpreter = a: ล่ามคนเดียวกับการสัมภาษณ์ครั้งก่อนวันนี้ ({ $id }, { $language }) ต้องถามคำยืนยันว่าไม่มีผลประโยชน์ทับซ้อนใหม่สำหรับบุคคลนี้
tui-same-interpreter-done = ใช้ข้อมูลล่ามจากการสัมภาษณ์ครั้งก่อนสำหรับครั้งนี้แล้ว กรุณาถามคำยืนยันว่าไม่มีผลประโยชน์ทับซ้อนสำหรับบุคคลนี้
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
tui-field-hint-date = วันที่ในรูปแบบ ปปปป-ดด-วว ใช้ปี พ.ศ. หรือ ค.ศ. ก็ได้ แล้วกด Enter
tui-field-hint-time-since = ผ่านมานานเท่าใด: ตัวเลขตามด้วย h (ชั่วโมง), d (วัน), w (สัปดาห์) หรือ m (เดือน) เช่น 30h, 3d, 2w แล้วกด Enter
tui-field-hint-text = พิมพ์ข้อความ แล้วกด Enter
tui-field-number = กรุณาพิมพ์เป็นจำนวนเต็ม
tui-field-range = ตัวเลขอยู่นอกช่วงที่กำหนด
tui-field-date = กรุณาระบุวันที่ในรูปแบบ YYYY-MM-DD เป็นปี ค.ศ. เช่น 2026-11-28 (ตรงกับ พ.ศ. 2569)
tui-field-time-since = กรุณาระบุตัวเลขและหน่วย: 30h, 3d, 2w หรือ 1m
tui-field-too-long = คำตอบยาวเกินไปสำหรับคำถามนี้ กรุณาตัดให้สั้นลง
tui-field-invalid = คำตอบนี้ไม่ตรงกับรูปแบบของคำถามนี้
tui-confirm-end = บุคคลนี้ไม่ยินยอมให้สัมภาษณ์ต่อ: กดปุ่มเดิมอีกครั้งเพื่อจบการสัมภาษณ์ (เก็บไว้เฉพาะข้อมูลการตั้งค่า) หรือกดปุ่มอื่นเพื่อย้อนกลับ
tui-field-none-exclusive = เลือก "ไม่มี" พร้อมตัวเลือกอื่นไม่ได้ กรุณายกเลิกอย่างใดอย่างหนึ่ง

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
tui-cmd-same-interpreter = ล่ามคนเดิม
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
referral-officer = ส่งออกโดย (หัวหน้างาน)
referral-interviewing-officer = เจ้าหน้าที่ผู้สัมภาษณ์
referral-recipient = หน่วยงานผู้รับการส่งต่อ
referral-urgency = ความเร่งด่วน
referral-urgency-emergency = ฉุกเฉิน: ดำเนินการทันที
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
referral-recipient-fingerprint = ลายนิ้วมือของผู้รับ: { $fingerprint }
referral-no-replay-check = ไม่มีคลังข้อมูลที่ { $dir } หากได้รับสำเนาที่สองของแพ็กเก็ตนี้จะตรวจไม่พบ
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
tui-partners-need-recipient = กรุณาพิมพ์หรือวางผู้รับ age1… ขององค์กร
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

## Translator workflow
# คำสั่ง `tandem locales export` และ `import` และคู่มือล่ามในรูปแบบเอกสารตรวจทานคำแปล (`booklet --proof`)
locales-exported = บันทึกข้อความภาษา { $lang } จำนวน { $units } หน่วย ({ $messages } ข้อความ) ไปยัง { $path } แล้ว
locales-export-empty = ไม่มีข้อความภาษา { $lang } ที่ตรงกับเงื่อนไข จึงไม่ได้บันทึกไฟล์ใด
locales-import-changed = แก้ไขและบันทึกว่าตรวจทานแล้ว: { $message } ({ $file }; { $parts })
locales-import-confirmed = บันทึกว่าตรวจทานแล้ว โดยคงข้อความเดิม: { $message } ({ $file })
locales-import-refused = ไม่รับ: { $message } ({ $file }): { $reason }
locales-import-summary = { $lang }: แก้ไข { $changed } ข้อความ ยืนยันว่าตรวจทานแล้ว { $confirmed } ข้อความ ไม่เปลี่ยนแปลง { $unchanged } ข้อความ ไม่รับ { $refused } ข้อความ ผู้ตรวจทาน: { $reviewer } วันที่ { $date }
locales-import-dry-run = ทดลองตรวจสอบเท่านั้น ยังไม่ได้บันทึกไฟล์ใด
locales-import-written = บันทึกแล้ว: { $path }
locales-refusal-english-changed = ข้อความภาษาอังกฤษเปลี่ยนไปหลังการส่งออก (ลายนิ้วมือ { $exported } ปัจจุบัน { $current }) กรุณาส่งออกใหม่และตรวจทานกับข้อความภาษาอังกฤษฉบับใหม่
locales-refusal-no-fingerprint = ไม่มีลายนิ้วมือของข้อความภาษาอังกฤษกลับมาด้วย กรุณาส่งออกใหม่และทำงานในไฟล์ใหม่
locales-refusal-not-in-english = ภาษาอังกฤษไม่มีข้อความหรือส่วนนี้ กรุณาตรวจสอบรหัสข้อความ
locales-refusal-officer-only = เป็นข้อความส่วนติดต่อสำหรับเจ้าหน้าที่เท่านั้น ซึ่งภาษา { $lang } ไม่มี
locales-refusal-duplicate = ปรากฏในไฟล์สองครั้ง กรุณาเก็บไว้เพียงครั้งเดียว
locales-refusal-syntax = ไวยากรณ์ Fluent: { $detail } กรุณาคงวงเล็บปีกกาและตัวแปรไว้ตามภาษาอังกฤษ
locales-refusal-variables = ตัวแปร ({ $found }) ไม่ตรงกับภาษาอังกฤษ ({ $english }) กรุณาใช้ตัวแปรตามภาษาอังกฤษทุกตัวโดยไม่แปล
locales-refusal-not-nfc = ข้อความไม่อยู่ในรูปแบบ Unicode NFC กรุณาบันทึกเป็นแบบ NFC
locales-refusal-zawgyi = ข้อความภาษาพม่าใช้การเข้ารหัสแบบ Zawgyi กรุณาพิมพ์ใหม่ด้วยภาษาพม่าแบบ Unicode หรือแปลงแล้วตรวจสอบอีกครั้ง
locales-refusal-wrong-script = มีตัวอักษร { $script } กรุณาเขียนด้วยตัวอักษรของภาษา { $lang }
locales-refusal-still-english = ข้อความยังเป็นภาษาอังกฤษ กรุณาแปล
locales-refusal-incomplete = ส่วน { $part } ยังไม่มีคำแปล การตรวจทานต้องทำทั้งข้อความ รวมคำแนะนำและหมายเหตุสำหรับล่าม
locales-refusal-part-not-in-file = ไม่มีส่วน { $part } ในไฟล์ การตรวจทานต้องทำทั้งข้อความ กรุณาส่งออกใหม่
referral-proof-title = เอกสารตรวจทานคำแปล
referral-proof-intro = กรุณาตรวจคำแปลแต่ละข้อความเทียบกับภาษาอังกฤษ เขียนข้อแก้ไขในช่องขวามือ แล้วลงนามและวันที่ในหน้าสุดท้าย ผู้ประสานงานจะนำข้อแก้ไขเข้าระบบด้วยคำสั่ง `tandem locales import` ในนามของท่าน
referral-proof-message = ข้อความ
referral-proof-english = ภาษาอังกฤษ
referral-proof-translation = คำแปล
referral-proof-corrections = ข้อแก้ไข
referral-proof-status-missing = ยังไม่มีคำแปล
referral-proof-status-machine-draft = ร่างคำแปลโดยเครื่องที่ยังไม่ได้ตรวจทาน
referral-proof-status-stale = ไม่เป็นปัจจุบัน: ข้อความภาษาอังกฤษเปลี่ยนไปแล้ว
referral-proof-status-reviewed = ตรวจทานแล้ว
referral-proof-care = โปรดระมัดระวัง: เกี่ยวกับการล่วงละเมิดทางเพศหรือการทำร้ายตนเอง ใช้ถ้อยคำที่นุ่มนวล และไม่ชัดแจ้งเกินกว่าภาษาอังกฤษ
referral-proof-reviewer = ผู้ตรวจทาน (ชื่อและคุณวุฒิ)
referral-proof-date = วันที่และลายมือชื่อ
referral-proof-written = บันทึกเอกสารตรวจทาน { $checklist } ภาษา { $lang } ไปยัง { $path } แล้ว

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

## Statistics export (stats export)
err-k-too-small = k = { $k } น้อยเกินไป: สถิติจะเผยแพร่ได้เมื่อทุกชุดค่าผสมมีคนอย่างน้อย { $min } คนเท่านั้น
rec-k-too-small = กรุณาระบุ --k { $min } หรือมากกว่า (CTDC เผยแพร่ด้วยค่า 11)
err-bad-period = ช่วงเวลาเริ่มวันที่ { $from } ซึ่งอยู่หลังวันสิ้นสุด { $to }
rec-bad-period = กรุณาระบุ --from เป็นวันแรก และ --to เป็นวันสุดท้าย โดยวันที่ก่อนมาก่อน
stats-report-read = อ่านแล้ว { $records } ระเบียน มี { $consented } ระเบียนที่คัดกรองระหว่าง { $from } ถึง { $to } และผู้ให้สัมภาษณ์ยินยอมให้ใช้ข้อมูลที่ไม่ระบุตัวตนเพื่อการวิจัย
stats-report-generalised = ปรับให้กว้างขึ้น { $column }: { $level }
stats-level-as-recorded = ตามที่บันทึก
stats-level-child-or-adult = รวมช่วงอายุเป็นเด็ก (0-17) หรือผู้ใหญ่ (18+)
stats-level-span-of-years = รวมปีเป็นช่วงปีของการส่งออก
stats-level-rare-as-other = ค่าที่มีคนน้อยกว่า k คนรวมเป็น Other
stats-level-removed = ลบคอลัมน์ออก (เขียนเป็น *)
stats-report-suppressed = ปิดบัง { $suppressed } แถวที่ชุดค่าผสมยังมีคนน้อยกว่า { $k } คน
stats-report-nothing = ไม่มีข้อมูลเผยแพร่: ไม่มีชุดค่าผสมใดที่มีคนถึง { $k } คน ไฟล์มีเพียงหัวตาราง
stats-report-k = ทุกชุดค่าผสมที่เผยแพร่มีคนอย่างน้อย { $k } คน ({ $combinations } ชุด ชุดที่เล็กที่สุดมี { $smallest } คน)
stats-exported = เขียน { $released } แถวลงใน { $path } แล้ว ลายเซ็น { $signature } (ตรวจสอบด้วย: minisign -Vm FILE -p unit.pub)
stats-tables-exported = เขียนตารางลงใน { $path } แล้ว ({ $suppressed } ช่องที่น้อยกว่า { $k } เขียนเป็น <{ $k }) ลายเซ็น { $signature }

## Referral: times, windows and kinds of organisation in words
referral-time-zone = เขตเวลา
referral-hours = ชั่วโมง
referral-days = วัน
referral-window-closes-in = ปิดเมื่อ
referral-kind-shelter = สถานคุ้มครอง
referral-kind-medical = การรักษาพยาบาล
referral-kind-legal-aid = ความช่วยเหลือทางกฎหมาย
referral-kind-social-welfare = สวัสดิการสังคม
referral-kind-ngo = องค์กรพัฒนาเอกชน
referral-kind-police = ตำรวจ
cli-time-zone = เขตเวลาของหน่วย: { $zone } เวลาทั้งหมดบนหน้าจอ ในชุดเอกสารส่งต่อ และในคู่มือจะแสดงตามเขตเวลานี้
err-unknown-time-zone = `{ $zone }` ไม่ใช่เขตเวลาที่ Tandem รู้จัก
rec-unknown-time-zone = กรุณาระบุชื่อเขตเวลาแบบ IANA เช่น Asia/Bangkok, Asia/Yangon หรือ Asia/Phnom_Penh

## Review: why an indicator question is still open
tui-review-open-unanswered = ยังไม่ได้ตอบ
tui-review-open-unsure = ตอบว่า "ไม่แน่ใจ"
tui-review-open-declined = ปฏิเสธที่จะตอบ

## Question screen: long choice lists
tui-more-choices = ↕ มีตัวเลือกอีก: ↑ ↓ หรือกดหมายเลข
tui-choices-text-missing = (ตัวเลือกยังไม่ได้แปล: ล่ามต้องแปลเอง)
tui-machine-draft-choices = ⚠ ตัวเลือก: ฉบับร่างเครื่องแปลที่ยังไม่ได้ตรวจ
tui-stale-choices = ⚠ ตัวเลือก: คำแปลล้าสมัย

## Dates: the era, impossible and contradicting dates
tui-era-be = พ.ศ.
tui-field-date-impossible = ไม่มีวันนี้ในปฏิทิน (เช่น 30 กุมภาพันธ์) กรุณาตรวจสอบวันที่
tui-dates-contradict = กรุณาตรวจสอบวันที่: กำหนดวันสิ้นสุดการควบคุมตัว ({ $second }) อยู่ก่อนวันเริ่มควบคุมตัว ({ $first }) ระบบบันทึกไว้ตามที่พิมพ์ทั้งสองวัน
tui-services-not-consented = ⚠ จะไม่อยู่ในการส่งต่อใด ๆ: { $services } เพราะผู้ให้สัมภาษณ์ไม่ได้ยินยอมให้ส่งข้อมูลแก่องค์กรประเภทนั้น
err-interrupted-init = การตั้งค่าห้องนิรภัยใน { $dir } ถูกขัดจังหวะก่อนบันทึกผู้ใช้คนแรก จึงไม่มีระเบียนใด ๆ
rec-interrupted-init = กรุณาย้าย { $dir }/vault.db ออก (หรือลบทิ้ง) แล้วเรียก `tandem init` อีกครั้ง
