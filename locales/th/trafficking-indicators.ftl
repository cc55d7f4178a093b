### ข้อบ่งชี้การค้ามนุษย์ คำถามสั้นและเป็นกลาง ห้ามถามรายละเอียดของความรุนแรงทางเพศ

checklist-title = ข้อบ่งชี้การค้ามนุษย์

section-the-work = งานที่ทำ
section-promises = สิ่งที่เคยสัญญากับคุณ
section-before = ก่อนคุณไปถึงที่ทำงาน
section-journey = การชักชวนและการเดินทาง
section-work-living = สภาพการทำงานและความเป็นอยู่
section-control = การควบคุม ณ ที่ทำงาน
section-situation = สถานการณ์ของคุณที่นั่น
section-child = สำหรับเด็ก

work-industry = ที่นั่นคุณทำงานอะไร หรือถูกบังคับให้ทำงานอะไร
    .hint = เฉพาะประเภทงาน คาราโอเกะ บาร์ และนวด นับเป็นงานบันเทิง รูปแบบของการแสวงประโยชน์จะบันทึกในข้อถัดไป
    .interpreter = ถามเรื่องงานด้วยคำพูดในชีวิตประจำวัน อย่าใช้คำว่า "ค้ามนุษย์" หรือ "แสวงประโยชน์"
work-industry--agriculture = งานไร่นาหรือสวน
work-industry--fishing = ประมงหรืองานบนเรือ
work-industry--mining = งานเหมืองหรือเหมืองหิน
work-industry--manufacturing = งานโรงงานหรือแปรรูป
work-industry--construction = งานก่อสร้าง
work-industry--trade = งานร้านค้า ตลาด หรือขายของริมทาง
work-industry--transport = งานขนส่งหรือคลังสินค้า
work-industry--hospitality = งานร้านอาหารหรือโรงแรม
work-industry--entertainment = งานบาร์ คาราโอเกะ นวด หรืองานบันเทิง
work-industry--domestic-work = งานบ้านหรืองานดูแลในบ้านส่วนตัว
work-industry--scam-compound = งานออนไลน์หรือโทรศัพท์ในพื้นที่ปิด (ศูนย์หลอกลวง)
work-industry--begging = ขอทาน
work-industry--other = งานอื่น

work-place = คุณทำงานอยู่ที่ประเทศอะไร จังหวัดหรือเมืองอะไร
    .hint = ประเทศและจังหวัดหรือเมือง ไม่ต้องระบุที่อยู่
    .interpreter = ชื่อสถานที่อาจต่างกันในแต่ละภาษา ให้เขียนชื่อตามที่บุคคลพูด และถามชื่อเมืองใกล้เคียง

work-months = คุณทำงานที่นั่นประมาณกี่เดือน
    .hint = ตอบโดยประมาณได้
    .interpreter = หากจำเป็น ช่วยบุคคลนับโดยใช้ฤดูกาล ฤดูเก็บเกี่ยว หรือเทศกาล

recruiter-relation = ใครเป็นคนแรกที่ชวนคุณมาทำงานนี้ หรือชวนให้เดินทางมา
    .hint = ระบุเพียงความสัมพันธ์ ไม่ต้องระบุชื่อ
    .interpreter = ถามเพียงความสัมพันธ์ และบอกว่าไม่ต้องบอกชื่อ
recruiter-relation--relative = ญาติ
recruiter-relation--partner = คนรัก หรือคนที่สัญญาว่าจะแต่งงานด้วย
recruiter-relation--friend-neighbour = เพื่อนหรือเพื่อนบ้าน
recruiter-relation--broker = นายหน้าหรือตัวแทนจัดหางาน
recruiter-relation--employer = นายจ้างโดยตรง
recruiter-relation--online = คนที่รู้จักทางออนไลน์หรือโซเชียลมีเดีย
recruiter-relation--stranger = คนแปลกหน้า
recruiter-relation--nobody = ไม่มีใคร: ฉันมาเอง
recruiter-relation--other = คนอื่น

exploitation-type = เจ้าหน้าที่: จากสิ่งที่บุคคลนี้เล่า รูปแบบการแสวงประโยชน์ใดที่อาจเข้าข่าย
    .hint = เลือกทุกข้อที่อาจเข้าข่าย แก้ไขได้ในตอนท้าย การแสวงประโยชน์ทางเพศทำให้เป็นโปรไฟล์ทางเพศ การบังคับให้กระทำผิดรวมถึงศูนย์หลอกลวง (ใน HTCDS เป็น "อื่น ๆ" จนกว่ามาตรฐานจะเพิ่ม)
    .interpreter = สำหรับเจ้าหน้าที่เท่านั้น ไม่ต้องแปล
exploitation-type--forced-labour = การบังคับใช้แรงงาน
exploitation-type--sexual-exploitation = การแสวงประโยชน์ทางเพศ
exploitation-type--child-labour = แรงงานเด็ก
exploitation-type--forced-marriage = การบังคับแต่งงาน
exploitation-type--servitude = การเอาคนลงเป็นทาส หรือการรับใช้ในบ้านแบบทาส
exploitation-type--forced-begging = การบังคับให้ขอทาน
exploitation-type--forced-criminality = การบังคับให้กระทำผิดกฎหมาย รวมถึงศูนย์หลอกลวง
exploitation-type--organ-removal = การตัดอวัยวะ
exploitation-type--other = รูปแบบอื่น

promised-differed = ก่อนคุณเริ่มงาน มีอะไรที่คนบอกคุณแล้วกลายเป็นไม่จริงบ้าง
    .hint = อ่านทีละตัวเลือก เลือกทุกข้อที่ไม่จริง ไม่เลือกเลยหากไม่มี
    .interpreter = ถามถึงสิ่งที่ได้ยินก่อนออกเดินทางหรือก่อนเริ่มงาน ไม่ใช่สิ่งที่เกิดขึ้นภายหลัง
promised-differed--job = ลักษณะงาน สถานที่ หรือนายจ้าง
promised-differed--pay = ค่าจ้าง
promised-differed--conditions = ชั่วโมงทำงาน วันหยุด หรือสภาพการทำงาน
promised-differed--contract = สัญญาจ้าง หรือว่างานนั้นถูกกฎหมาย
promised-differed--housing = ที่พักและความเป็นอยู่
promised-differed--papers = เอกสาร วีซ่า หรือใบอนุญาตทำงาน
promised-differed--journey = การเดินทางหรือค่าใช้จ่ายในการเดินทาง
promised-differed--family-reunion = การได้พบหรือพาครอบครัวมาอยู่ด้วย
promised-differed--marriage = การแต่งงานหรือการรับเป็นบุตรบุญธรรม
promised-differed--school = การได้เรียนหนังสือหรือฝึกอบรม

before-situation = ก่อนคุณออกเดินทาง ข้อใดต่อไปนี้เป็นจริงสำหรับคุณ
    .hint = ข้อเท็จจริงเกี่ยวกับสถานการณ์ของบุคคลนั้น เพื่อเป็นบริบทเท่านั้น ไม่นับเป็นตัวชี้วัดในตัวเอง เลือกทุกข้อที่ตรง
    .interpreter = ถามเหมือนเป็นเรื่องธรรมดาในชีวิต หลายคนออกไปหางานทำ น้ำเสียงไม่ตัดสิน
before-situation--money-needed = คุณหรือครอบครัวต้องการเงิน
before-situation--no-papers = คุณไม่มีหนังสือเดินทาง วีซ่า หรือใบอนุญาตทำงาน
before-situation--little-schooling = คุณได้เรียนหนังสือน้อย หรือพูดภาษาที่นั่นไม่ได้
before-situation--family-problems = มีปัญหาร้ายแรงที่บ้าน
before-situation--conflict-or-disaster = มีการสู้รบ ภัยพิบัติ หรืออันตรายในที่ที่คุณอยู่

recruitment-used = ก่อนคุณไปถึงที่ทำงาน คนที่ชักชวนหรือพาคุณมาได้ฉวยโอกาสจากสถานการณ์ของคุณ เพื่อผลักดันให้คุณไปหรือรับงานนั้นไหม
    .hint = ไม่ใช่สถานการณ์นั้นเอง แต่เป็นว่ามีใครนำมันมาใช้กับบุคคลนั้นหรือไม่ "ใช่" "ไม่แน่ใจ" หรือ "ไม่ขอตอบ" จะถามต่อว่าเขาใช้อะไร
    .interpreter = ยกตัวอย่าง: "เขารู้ว่าคุณต้องการเงิน และบอกว่าคุณไม่มีทางเลือก" อย่าชี้นำคำตอบ

recruitment-used-what = เขาใช้อะไรมาบีบคุณ
    .hint = เลือกทุกข้อที่บุคคลนั้นระบุ แต่ละข้อเป็นตัวชี้วัด "การฉวยประโยชน์จากความเปราะบาง"
    .interpreter = อ่านทีละตัวเลือกช้า ๆ บุคคลนั้นอาจตอบ "ใช่" หลายข้อ
recruitment-used-what--economic-reasons = การที่คุณหรือครอบครัวต้องการเงิน
recruitment-used-what--family-situation = การที่ครอบครัวต้องพึ่งพาคุณ
recruitment-used-what--difficult-family-situation = ปัญหาในครอบครัวของคุณ
recruitment-used-what--personal-situation = สถานการณ์ส่วนตัวของคุณ เช่น ความเจ็บป่วย ความพิการ หรือการอยู่ตัวคนเดียว
recruitment-used-what--past-difficulties = เรื่องร้ายที่เคยเกิดกับคุณมาก่อน เช่น ความรุนแรงหรือการล่วงละเมิดทางเพศ
recruitment-used-what--education-or-language = การที่คุณได้เรียนหนังสือน้อย หรือไม่รู้ภาษา
recruitment-used-what--information = การที่คุณไม่รู้เรื่องงานหรือเรื่องประเทศนั้น
recruitment-used-what--success-stories = เรื่องเล่าที่ไม่จริงเกี่ยวกับคนที่ไปต่างประเทศแล้วประสบความสำเร็จ
recruitment-used-what--law-and-authorities = เรื่องที่ไม่จริงเกี่ยวกับกฎหมายหรือตำรวจ
recruitment-used-what--illegal-status = การที่คุณไม่มีเอกสาร
recruitment-used-what--authorities = ปัญหาของคุณกับตำรวจหรือเจ้าหน้าที่
recruitment-used-what--dependency = ความไว้ใจที่คุณมีต่อเขา หรือความรู้สึกที่คุณมีต่อเขา
recruitment-used-what--control = อำนาจที่เขามีเหนือคุณหรือครอบครัวของคุณ
recruitment-used-what--travel = การที่คุณจัดการเดินทางเองไม่ได้
recruitment-used-what--beliefs = ความเชื่อหรือศาสนาของคุณ
recruitment-used-what--general-context = การสู้รบ ภัยพิบัติ หรืออันตรายที่บ้าน

journey-forced = ก่อนคุณไปถึงที่ทำงาน มีเหตุการณ์ใดต่อไปนี้เกิดขึ้นเพื่อบังคับให้คุณไปหรือเดินทางต่อบ้าง
    .hint = เฉพาะช่วงการชักชวนและการเดินทาง เลือกทุกข้อที่ตรง ถามเพียงว่ามีหรือไม่ อย่าถามรายละเอียด
    .interpreter = บอกช่วงเวลาให้ชัด: ก่อนไปถึงที่ทำงาน หากบุคคลนั้นเริ่มเล่ารายละเอียด ให้บอกอย่างนุ่มนวลว่าไม่จำเป็นต้องเล่า
journey-forced--hurt-you = มีคนทำร้ายคุณ รวมถึงทางเพศ
journey-forced--threatened-you = มีคนขู่ว่าจะทำร้ายคุณ
journey-forced--family = มีคนทำร้ายครอบครัวของคุณ หรือขู่ว่าจะทำ
journey-forced--taken-or-sold = คุณถูกพาไปโดยไม่เต็มใจ ถูกขาย หรือถูกบังคับแต่งงาน
journey-forced--threatened-to-report = มีคนขู่ว่าจะแจ้งตำรวจหรือตรวจคนเข้าเมือง
journey-forced--threatened-to-tell = มีคนขู่ว่าจะบอกเรื่องของคุณกับครอบครัวหรือชุมชน
journey-forced--money-kept = มีคนยึดเงินของคุณไว้

documents-taken-by = ใครเป็นคนเอาเอกสารของคุณไปหรือเก็บไว้
    .hint = ระบุบทบาทก็พอ เลือกทุกข้อที่ตรง ผู้ชักชวนเอาไปนับในช่วงการชักชวน นายจ้างเอาไปนับที่ที่ทำงาน
    .interpreter = ระบุบทบาทก็พอ ไม่ต้องบอกชื่อ
documents-taken-by--recruiter-broker = ผู้ชักชวน นายหน้า หรือคนที่พาคุณมา
documents-taken-by--employer = นายจ้าง หัวหน้า หรือไต้ก๋งเรือ
documents-taken-by--officials = ตำรวจหรือเจ้าหน้าที่ที่อื่น
documents-taken-by--other = บุคคลอื่น

debt-used = หนี้นั้นเป็นอย่างไร
    .hint = เลือกทุกข้อที่ตรง ไม่เลือกเลยหากเป็นเพียงเงินกู้ธรรมดาที่ไม่ได้ผูกมัดบุคคลนั้น
    .interpreter = ถามอย่างเป็นกลาง การมีหนี้อย่างเดียวเป็นเรื่องปกติ สิ่งสำคัญคือหนี้นั้นผูกมัดบุคคลนั้นหรือไม่
debt-used--tied-before-work = ก่อนคุณไปถึงที่ทำงาน หนี้นั้นผูกมัดคุณไว้กับคนที่พาคุณมา
debt-used--kept-working = ที่ที่ทำงาน คุณต้องทำงานต่อ หรือออกไปไม่ได้ จนกว่าจะใช้หนี้หมด

confined-when = คุณถูกขัง ถูกเฝ้า หรือถูกห้ามไม่ให้ออกไปเมื่อไร
    .hint = เลือกทั้งสองข้อหากเป็นทั้งสองช่วง
    .interpreter = บอกสองช่วงเวลาให้ชัด: ระหว่างทาง และที่ที่ทำงาน
confined-when--on-the-way = ระหว่างทาง ก่อนไปถึงที่ทำงาน
confined-when--at-work = ที่ที่ทำงาน

work-hours-excessive = เกือบทุกวัน คุณทำงานเกินสิบสองชั่วโมง หรือทำงานติดต่อกันหนึ่งสัปดาห์ขึ้นไปโดยไม่มีวันหยุดไหม
    .interpreter = ช่วยนับชั่วโมงจากเวลาเริ่มงานและเลิกงาน

pay-what = เกิดอะไรขึ้นกับค่าจ้างของคุณ
    .hint = เลือกทุกข้อที่ตรง
    .interpreter = ถามถึงค่าจ้างที่ได้รับจริง
pay-what--far-below = ได้น้อยกว่าที่สัญญาไว้หรือน้อยกว่าคนอื่นมาก หรือไม่ได้เลย
pay-what--cut = ถูกหักเป็นค่าปรับ ค่าอาหาร ค่าที่พัก หรือหนี้ที่คุณไม่ได้ตกลง
pay-what--held-back = นายจ้างเก็บไว้ หรือจ่ายให้เฉพาะตอนสุดท้าย

work-conditions = ที่ที่ทำงาน ข้อใดต่อไปนี้เป็นจริงบ้าง
    .hint = เลือกทุกข้อที่ตรง ไม่เลือกเลยหากไม่มี
    .interpreter = อ่านทีละตัวเลือก ยกตัวอย่างจากงานของบุคคลนั้นหากช่วยได้
work-conditions--living-bad = ที่นอนแออัด สกปรก หรือไม่ปลอดภัย หรืออาหารหรือน้ำไม่พอ
work-conditions--conditions-bad = ตัวงานหนักกว่าปกติมาก: ไม่มีเวลาพัก ถูกด่าทอ ถูกลงโทษ
work-conditions--dangerous = งานอันตรายและไม่มีอุปกรณ์ป้องกัน
work-conditions--rules-broken = ข้อตกลงหรือกฎหมายแรงงานไม่ได้รับการปฏิบัติตาม
work-conditions--no-protection = คุณไม่มีประกัน ไม่มีการรักษาพยาบาล และไม่มีวันลาป่วย
work-conditions--no-school = เด็กไม่ได้ไปโรงเรียน

control-harm = ที่ที่ทำงาน มีเหตุการณ์ใดต่อไปนี้เกิดขึ้นบ้าง
    .hint = เลือกทุกข้อที่ตรง ถามเพียงว่ามีหรือไม่ อย่าถามรายละเอียด
    .interpreter = หากบุคคลนั้นเริ่มเล่ารายละเอียด ให้บอกอย่างนุ่มนวลว่าไม่จำเป็นต้องเล่า เสนอให้พัก
control-harm--hurt-you = มีคนทำร้ายคุณ รวมถึงทางเพศ
control-harm--threatened-you = มีคนขู่ว่าจะทำร้ายคุณ
control-harm--family = มีคนทำร้ายครอบครัวของคุณ หรือขู่ว่าจะทำ
control-harm--threatened-to-report = มีคนขู่ว่าจะแจ้งตำรวจหรือตรวจคนเข้าเมือง
control-harm--threatened-worse = มีคนขู่ว่าจะให้ทำงานหรืออยู่ในสภาพที่แย่กว่านี้
control-harm--threatened-to-tell = มีคนขู่ว่าจะบอกเรื่องของคุณกับครอบครัวหรือชุมชน

control-forced = คุณถูกบังคับให้ทำอะไรบ้าง
    .hint = เลือกทุกข้อที่ตรง ถามเพียงว่ามีหรือไม่ อย่าถามรายละเอียด
    .interpreter = บอกว่าคำตอบจะไม่ถูกนำมาใช้กล่าวโทษบุคคลนั้นที่นี่
control-forced--crimes = ทำผิดกฎหมาย เช่น หลอกลวงคนทางออนไลน์ หรือขนยาเสพติด
control-forced--tasks-or-clients = ทำงานหรือรับลูกค้าที่คุณปฏิเสธ รวมถึงการมีเพศสัมพันธ์กับลูกค้า
control-forced--lie = โกหกตำรวจ เจ้าหน้าที่ หรือครอบครัวของคุณ
control-forced--against-others = ทำร้าย เฝ้า หรือหลอกคนงานคนอื่น

control-influence = ที่ที่ทำงาน มีใครมีอิทธิพลเหนือคุณมาก ผ่านยาเสพติดหรือเหล้า ความกลัว ความสัมพันธ์ หรือความเชื่อ จนคุณรู้สึกว่าต้องเชื่อฟังไหม
    .interpreter = ถามอย่างนุ่มนวล บุคคลนั้นอาจไม่มองว่าเป็นการควบคุม

there-situation = ที่ที่ทำงาน ข้อใดต่อไปนี้เป็นจริงสำหรับคุณ
    .hint = ข้อเท็จจริงเกี่ยวกับสถานการณ์ของบุคคลนั้น เพื่อเป็นบริบทเท่านั้น ไม่นับเป็นตัวชี้วัดในตัวเอง เลือกทุกข้อที่ตรง
    .interpreter = ถามเหมือนเป็นข้อเท็จจริงธรรมดา น้ำเสียงไม่ตัดสิน
there-situation--needed-money = คุณต้องการเงิน
there-situation--feared-police = คุณกลัวตำรวจ
there-situation--unknown-place = คุณไม่รู้จักสถานที่หรือภาษา
there-situation--family-reasons = ครอบครัวต้องการให้คุณอยู่ต่อ
there-situation--depended-on-employer = นายจ้างให้อาหารหรือที่พักแก่คุณ

there-used = ที่ที่ทำงาน นายจ้างหรือใครก็ตามที่ควบคุมคุณ ได้ฉวยโอกาสจากสถานการณ์ของคุณ เพื่อให้คุณทำงานต่อหรือไม่ให้คุณออกไปไหม
    .hint = ไม่ใช่สถานการณ์นั้นเอง แต่เป็นว่ามีใครนำมันมาใช้กับบุคคลนั้นหรือไม่ "ใช่" "ไม่แน่ใจ" หรือ "ไม่ขอตอบ" จะถามต่อว่าเขาใช้อะไร
    .interpreter = ยกตัวอย่าง: "เขาบอกว่าตำรวจจะจับคุณถ้าคุณออกไป" อย่าชี้นำคำตอบ

there-used-what = เขาใช้อะไรมาบีบคุณ
    .hint = เลือกทุกข้อที่บุคคลนั้นระบุ แต่ละข้อเป็นตัวชี้วัด "การฉวยประโยชน์จากความเปราะบาง"
    .interpreter = อ่านทีละตัวเลือกช้า ๆ
there-used-what--dependency = การที่คุณต้องพึ่งพาเขาเรื่องอาหาร ที่พัก หรือเอกสาร
there-used-what--unknown-area = การที่คุณไม่รู้จักสถานที่หรือภาษา
there-used-what--economic-reasons = การที่คุณต้องการเงิน
there-used-what--family-situation = สถานการณ์ของครอบครัวคุณ
there-used-what--authorities = การที่คุณไม่มีเอกสาร หรือกลัวตำรวจ
there-used-what--past-difficulties = เรื่องร้ายที่เคยเกิดกับคุณมาก่อน
there-used-what--personal = ตัวตนของคุณ เช่น อายุ เพศ กลุ่มชาติพันธุ์ หรือเพราะคุณรักคนแบบไหน

child-age-started = คุณเริ่มทำงานนี้ตอนอายุเท่าไร
    .hint = ตอบโดยประมาณได้
    .interpreter = ใช้คำง่าย ๆ ที่เด็กเข้าใจ เด็กอาจนับตามชั้นเรียน

child-school-before = ก่อนออกจากบ้าน คุณได้ไปโรงเรียนไหม
    .interpreter = ถามอย่างเป็นมิตร นี่เป็นคำถามที่ปลอดภัยเพื่อสร้างความไว้ใจ

child-family-knew = พ่อแม่ หรือผู้ใหญ่ที่ดูแลคุณ รู้ไหมว่าคุณจะไปที่ไหน
    .interpreter = ถามโดยไม่กล่าวโทษพ่อแม่

child-travelled-with = คุณเดินทางมากับใคร
    .interpreter = บอกเพียงว่าเป็นใครในฐานะอะไรก็พอ ไม่ต้องบอกชื่อ
child-travelled-with--parent = พ่อหรือแม่
child-travelled-with--relative = ญาติคนอื่น
child-travelled-with--recruiter = คนที่หางานให้
child-travelled-with--other-adult = ผู้ใหญ่คนอื่น
child-travelled-with--other-children = มีแต่เด็กคนอื่น ๆ
child-travelled-with--alone = มาคนเดียว
