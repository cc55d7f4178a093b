### សូចនាករនៃការជួញដូរមនុស្ស។ សំណួរខ្លីៗ និងអព្យាក្រឹត។ កុំសួរព័ត៌មានលម្អិតអំពីអំពើហិង្សាផ្លូវភេទឡើយ។

checklist-title = សូចនាករនៃការជួញដូរមនុស្ស

section-the-work = ការងារ
section-promises = អ្វីដែលគេបានសន្យានឹងអ្នក
section-before = មុនពេលអ្នកទៅដល់កន្លែងធ្វើការ
section-journey = ការជ្រើសរើស និងការធ្វើដំណើរ
section-work-living = លក្ខខណ្ឌការងារ និងការរស់នៅ
section-control = ការគ្រប់គ្រងនៅកន្លែងធ្វើការ
section-situation = ស្ថានភាពរបស់អ្នកនៅទីនោះ
section-child = សម្រាប់កុមារ

work-industry = តើអ្នកបានធ្វើការងារប្រភេទណានៅទីនោះ ឬត្រូវគេបង្ខំឱ្យធ្វើ?
work-industry--agriculture = ការងារកសិកម្ម ឬចម្ការ
work-industry--fishing = នេសាទ ឬការងារនៅលើទូក
work-industry--mining = រ៉ែ ឬការដ្ឋានថ្ម
work-industry--manufacturing = ការងាររោងចក្រ ឬកែច្នៃ
work-industry--construction = សំណង់
work-industry--trade = ហាង ផ្សារ ឬលក់ដូរតាមផ្លូវ
work-industry--transport = ការដឹកជញ្ជូន ឬឃ្លាំងទំនិញ
work-industry--hospitality = ភោជនីយដ្ឋាន ឬសណ្ឋាគារ
work-industry--entertainment = បារ ខារ៉ាអូខេ ម៉ាស្សា ឬការងារកម្សាន្ត
work-industry--domestic-work = ការងារផ្ទះ ឬការមើលថែក្នុងផ្ទះឯកជន
work-industry--scam-compound = ការងារតាមអ៊ីនធឺណិត ឬទូរសព្ទ ក្នុងបរិវេណបិទជិត (មជ្ឈមណ្ឌលបោកប្រាស់)
work-industry--begging = សុំទាន
work-industry--other = ការងារផ្សេងទៀត

work-place = តើអ្នកបានធ្វើការនៅប្រទេសណា និងខេត្ត ឬក្រុងណា?
    .hint = ប្រទេស និងខេត្ត ឬក្រុង។ មិនចាំបាច់អាសយដ្ឋានទេ។
    .interpreter = ឈ្មោះទីកន្លែងអាចខុសគ្នាតាមភាសា។ សរសេរឈ្មោះតាមដែលសាមីខ្លួននិយាយ ហើយសួររកក្រុងដែលនៅជិតនោះ។

work-months = តើអ្នកបានធ្វើការនៅទីនោះប្រហែលប៉ុន្មានខែ?
    .hint = ការប៉ាន់ស្មានក៏បានដែរ។
    .interpreter = ជួយសាមីខ្លួនរាប់តាមរដូវ រដូវច្រូតកាត់ ឬពិធីបុណ្យ ប្រសិនបើចាំបាច់។

recruiter-relation = តើនរណាជាអ្នកដំបូងគេ ដែលបានផ្ដល់ការងារនេះ ឬការធ្វើដំណើរនេះដល់អ្នក?
    .hint = តែទំនាក់ទំនងប៉ុណ្ណោះ គ្មានឈ្មោះ។
    .interpreter = សួរតែអំពីទំនាក់ទំនងប៉ុណ្ណោះ។ ប្រាប់ថា មិនចាំបាច់ប្រាប់ឈ្មោះទេ។
recruiter-relation--relative = សាច់ញាតិ
recruiter-relation--partner = គូស្នេហ៍ ឬនរណាម្នាក់ដែលបានសន្យារៀបការ
recruiter-relation--friend-neighbour = មិត្តភក្តិ ឬអ្នកជិតខាង
recruiter-relation--broker = មេខ្យល់ ឬភ្នាក់ងារ
recruiter-relation--employer = និយោជកផ្ទាល់
recruiter-relation--online = នរណាម្នាក់តាមអនឡាញ ឬតាមបណ្ដាញសង្គម
recruiter-relation--stranger = មនុស្សដែលមិនស្គាល់
recruiter-relation--nobody = គ្មាននរណាទេ៖ ខ្ញុំទៅដោយខ្លួនឯង
recruiter-relation--other = នរណាម្នាក់ផ្សេងទៀត

exploitation-type = មន្ត្រី៖ តាមអ្វីដែលសាមីខ្លួនបាននិយាយ តើទម្រង់នៃការកេងប្រវ័ញ្ចណាខ្លះដែលអាចពាក់ព័ន្ធ?
exploitation-type--forced-labour = ពលកម្មដោយបង្ខំ
exploitation-type--sexual-exploitation = ការកេងប្រវ័ញ្ចផ្លូវភេទ
exploitation-type--child-labour = ពលកម្មកុមារ
exploitation-type--forced-marriage = អាពាហ៍ពិពាហ៍ដោយបង្ខំ
exploitation-type--servitude = ការបម្រើក្នុងផ្ទះដូចទាសករ ឬទាសភាពផ្សេងទៀត
exploitation-type--forced-begging = ការបង្ខំឱ្យសុំទាន
exploitation-type--forced-criminality = ការបង្ខំឱ្យប្រព្រឹត្តបទល្មើស រួមទាំងមជ្ឈមណ្ឌលបោកប្រាស់
exploitation-type--organ-removal = ការយកសរីរាង្គ
exploitation-type--other = ទម្រង់ផ្សេងទៀត

promised-differed = មុនពេលអ្នកចាប់ផ្ដើម តើអ្វីខ្លះដែលគេបានប្រាប់អ្នក ហើយក្រោយមកបែរជាមិនពិត?
promised-differed--job = ប្រភេទការងារ ទីកន្លែង ឬនិយោជក
promised-differed--pay = ប្រាក់ឈ្នួល
promised-differed--conditions = ម៉ោងធ្វើការ ថ្ងៃឈប់សម្រាក ឬលក្ខខណ្ឌការងារ
promised-differed--contract = កិច្ចសន្យា ឬថាការងារនេះស្របច្បាប់
promised-differed--housing = កន្លែង និងរបៀបរស់នៅ
promised-differed--papers = ឯកសារ ទិដ្ឋាការ ឬលិខិតអនុញ្ញាតធ្វើការ
promised-differed--journey = ការធ្វើដំណើរ ឬថ្លៃធ្វើដំណើរ
promised-differed--family-reunion = ការជួប ឬនាំក្រុមគ្រួសារមក
promised-differed--marriage = អាពាហ៍ពិពាហ៍ ឬការសុំកូនចិញ្ចឹម
promised-differed--school = ការសិក្សា ឬវគ្គបណ្ដុះបណ្ដាល

before-situation = មុនពេលអ្នកចាកចេញ តើចំណុចណាខ្លះខាងក្រោមនេះពិតសម្រាប់អ្នក?
before-situation--money-needed = អ្នក ឬក្រុមគ្រួសាររបស់អ្នកត្រូវការប្រាក់
before-situation--no-papers = អ្នកគ្មានលិខិតឆ្លងដែន ទិដ្ឋាការ ឬលិខិតអនុញ្ញាតធ្វើការ
before-situation--little-schooling = អ្នកបានរៀនតិច ឬមិនចេះភាសានៅទីនោះ
before-situation--family-problems = មានបញ្ហាធ្ងន់ធ្ងរនៅផ្ទះ
before-situation--conflict-or-disaster = មានការប្រយុទ្ធ គ្រោះមហន្តរាយ ឬគ្រោះថ្នាក់ នៅកន្លែងដែលអ្នករស់នៅ

recruitment-used = មុនពេលអ្នកទៅដល់កន្លែងធ្វើការ តើអ្នកដែលជ្រើសរើស ឬនាំអ្នកមក បានឆ្លៀតយកប្រយោជន៍ពីស្ថានភាពរបស់អ្នក ដើម្បីជំរុញឱ្យអ្នកទៅ ឬទទួលយកការងារនោះឬទេ?

recruitment-used-what = តើពួកគេបានប្រើអ្វីមកដាក់សម្ពាធលើអ្នក?
recruitment-used-what--economic-reasons = ការដែលអ្នក ឬក្រុមគ្រួសាររបស់អ្នកត្រូវការប្រាក់
recruitment-used-what--family-situation = ការដែលក្រុមគ្រួសារពឹងផ្អែកលើអ្នក
recruitment-used-what--difficult-family-situation = បញ្ហានៅក្នុងក្រុមគ្រួសាររបស់អ្នក
recruitment-used-what--personal-situation = ស្ថានភាពផ្ទាល់ខ្លួនរបស់អ្នក ដូចជាជំងឺ ពិការភាព ឬការរស់នៅម្នាក់ឯង
recruitment-used-what--past-difficulties = រឿងអាក្រក់ដែលធ្លាប់កើតឡើងចំពោះអ្នកពីមុន ដូចជាអំពើហិង្សា ឬការរំលោភបំពានផ្លូវភេទ
recruitment-used-what--education-or-language = ការដែលអ្នកបានរៀនតិច ឬមិនចេះភាសា
recruitment-used-what--information = ការដែលអ្នកមិនដឹងអំពីការងារ ឬប្រទេសនោះ
recruitment-used-what--success-stories = រឿងមិនពិតអំពីមនុស្សដែលទៅបរទេសហើយជោគជ័យ
recruitment-used-what--law-and-authorities = រឿងមិនពិតអំពីច្បាប់ ឬប៉ូលិស
recruitment-used-what--illegal-status = ការដែលអ្នកគ្មានឯកសារ
recruitment-used-what--authorities = បញ្ហារបស់អ្នកជាមួយប៉ូលិស ឬមន្ត្រី
recruitment-used-what--dependency = ការទុកចិត្តរបស់អ្នកលើពួកគេ ឬអារម្មណ៍របស់អ្នកចំពោះពួកគេ
recruitment-used-what--control = អំណាចដែលពួកគេមានលើអ្នក ឬក្រុមគ្រួសាររបស់អ្នក
recruitment-used-what--travel = ការដែលអ្នកមិនអាចរៀបចំការធ្វើដំណើរដោយខ្លួនឯង
recruitment-used-what--beliefs = ជំនឿ ឬសាសនារបស់អ្នក
recruitment-used-what--general-context = ការប្រយុទ្ធ គ្រោះមហន្តរាយ ឬគ្រោះថ្នាក់នៅស្រុកកំណើត

journey-forced = មុនពេលអ្នកទៅដល់កន្លែងធ្វើការ តើមានរឿងណាខ្លះខាងក្រោមនេះបានកើតឡើង ដើម្បីបង្ខំឱ្យអ្នកទៅ ឬបន្តដំណើរ?
journey-forced--hurt-you = មាននរណាម្នាក់បានធ្វើបាបអ្នក រួមទាំងផ្លូវភេទ
journey-forced--threatened-you = មាននរណាម្នាក់បានគំរាមធ្វើបាបអ្នក
journey-forced--family = មាននរណាម្នាក់បានធ្វើបាបក្រុមគ្រួសាររបស់អ្នក ឬគំរាមថានឹងធ្វើ
journey-forced--taken-or-sold = អ្នកត្រូវគេនាំទៅដោយអ្នកមិនព្រម ត្រូវគេលក់ ឬត្រូវគេបង្ខំឱ្យរៀបការ
journey-forced--threatened-to-report = មាននរណាម្នាក់បានគំរាមថានឹងរាយការណ៍អ្នកទៅប៉ូលិស ឬអន្តោប្រវេសន៍
journey-forced--threatened-to-tell = មាននរណាម្នាក់បានគំរាមថានឹងប្រាប់ក្រុមគ្រួសារ ឬសហគមន៍របស់អ្នកអំពីរឿងអ្វីមួយរបស់អ្នក
journey-forced--money-kept = មាននរណាម្នាក់បានរក្សាទុកប្រាក់របស់អ្នក

documents-taken-by = តើនរណាបានយក ឬរក្សាទុកឯកសាររបស់អ្នក?
documents-taken-by--recruiter-broker = អ្នកជ្រើសរើសពលករ មេខ្យល់ ឬអ្នកដែលនាំអ្នកមក
documents-taken-by--employer = និយោជក មេការ ឬប្រធានទូក
documents-taken-by--officials = ប៉ូលិស ឬមន្ត្រីនៅកន្លែងផ្សេង
documents-taken-by--other = នរណាម្នាក់ផ្សេងទៀត

debt-used = តើបំណុលនោះដំណើរការដូចម្ដេច?
debt-used--tied-before-work = មុនពេលអ្នកទៅដល់កន្លែងធ្វើការ បំណុលនោះបានចងអ្នកជាប់នឹងអ្នកដែលនាំអ្នកមក
debt-used--kept-working = នៅកន្លែងធ្វើការ អ្នកត្រូវបន្តធ្វើការ ឬមិនអាចចាកចេញ រហូតដល់សងបំណុលអស់

confined-when = តើអ្នកត្រូវគេចាក់សោបិទ ឃ្លាំមើល ឬហាមមិនឱ្យចេញ នៅពេលណា?
confined-when--on-the-way = តាមផ្លូវ មុនពេលអ្នកទៅដល់កន្លែងធ្វើការ
confined-when--at-work = នៅកន្លែងធ្វើការ

work-hours-excessive = ស្ទើរតែរាល់ថ្ងៃ តើអ្នកធ្វើការលើសពីដប់ពីរម៉ោង ឬធ្វើការមួយសប្ដាហ៍ ឬយូរជាងនេះ ដោយគ្មានថ្ងៃឈប់សម្រាកឬទេ?

pay-what = តើមានអ្វីកើតឡើងចំពោះប្រាក់ឈ្នួលរបស់អ្នក?
pay-what--far-below = តិចជាងការសន្យា ឬតិចជាងអ្នកដទៃច្រើន ឬគ្មានសោះ
pay-what--cut = ត្រូវគេកាត់សម្រាប់ការពិន័យ អាហារ កន្លែងស្នាក់នៅ ឬបំណុល ដែលអ្នកមិនបានយល់ព្រម
pay-what--held-back = និយោជករក្សាទុក ឬបើកឱ្យតែនៅចុងក្រោយ

work-conditions = នៅកន្លែងធ្វើការ តើចំណុចណាខ្លះខាងក្រោមនេះពិត?
work-conditions--living-bad = កន្លែងដេកចង្អៀត កខ្វក់ ឬគ្មានសុវត្ថិភាព ឬមិនមានអាហារ ឬទឹកគ្រប់គ្រាន់
work-conditions--conditions-bad = ការងារខ្លួនឯងលំបាកជាងធម្មតាច្រើន៖ គ្មានការសម្រាក ត្រូវគេជេរប្រមាថ ត្រូវគេដាក់ទោស
work-conditions--dangerous = ការងារគ្រោះថ្នាក់ ដោយគ្មានឧបករណ៍ការពារ
work-conditions--rules-broken = កិច្ចព្រមព្រៀង ឬច្បាប់ការងារមិនត្រូវបានគោរព
work-conditions--no-protection = អ្នកគ្មានធានារ៉ាប់រង គ្មានការថែទាំសុខភាព និងគ្មានច្បាប់ឈប់ពេលឈឺ
work-conditions--no-school = កុមារមិនអាចទៅសាលារៀន

control-harm = នៅកន្លែងធ្វើការ តើមានរឿងណាខ្លះខាងក្រោមនេះបានកើតឡើង?
control-harm--hurt-you = មាននរណាម្នាក់បានធ្វើបាបអ្នក រួមទាំងផ្លូវភេទ
control-harm--threatened-you = មាននរណាម្នាក់បានគំរាមធ្វើបាបអ្នក
control-harm--family = មាននរណាម្នាក់បានធ្វើបាបក្រុមគ្រួសាររបស់អ្នក ឬគំរាមថានឹងធ្វើ
control-harm--threatened-to-report = មាននរណាម្នាក់បានគំរាមថានឹងរាយការណ៍អ្នកទៅប៉ូលិស ឬអន្តោប្រវេសន៍
control-harm--threatened-worse = មាននរណាម្នាក់បានគំរាមអ្នកថានឹងឱ្យធ្វើការ ឬរស់នៅក្នុងលក្ខខណ្ឌអាក្រក់ជាងនេះ
control-harm--threatened-to-tell = មាននរណាម្នាក់បានគំរាមថានឹងប្រាប់ក្រុមគ្រួសារ ឬសហគមន៍របស់អ្នកអំពីរឿងអ្វីមួយរបស់អ្នក

control-forced = តើអ្នកត្រូវគេបង្ខំឱ្យធ្វើអ្វីខ្លះ?
control-forced--crimes = ល្មើសច្បាប់ ឧទាហរណ៍ បោកប្រាស់មនុស្សតាមអ៊ីនធឺណិត ឬដឹកគ្រឿងញៀន
control-forced--tasks-or-clients = ការងារ ឬភ្ញៀវដែលអ្នកបានបដិសេធ រួមទាំងការរួមភេទជាមួយភ្ញៀវ
control-forced--lie = កុហកប៉ូលិស មន្ត្រី ឬក្រុមគ្រួសាររបស់អ្នក
control-forced--against-others = ធ្វើបាប ឃ្លាំមើល ឬបោកប្រាស់កម្មករផ្សេងទៀត

control-influence = នៅកន្លែងធ្វើការ តើមាននរណាម្នាក់មានឥទ្ធិពលខ្លាំងលើអ្នក តាមរយៈគ្រឿងញៀន ឬស្រា ការភ័យខ្លាច ទំនាក់ទំនង ឬជំនឿ រហូតដល់អ្នកមានអារម្មណ៍ថាត្រូវតែស្ដាប់បង្គាប់ឬទេ?

there-situation = នៅកន្លែងធ្វើការ តើចំណុចណាខ្លះខាងក្រោមនេះពិតសម្រាប់អ្នក?
there-situation--needed-money = អ្នកត្រូវការប្រាក់
there-situation--feared-police = អ្នកខ្លាចប៉ូលិស
there-situation--unknown-place = អ្នកមិនស្គាល់ទីកន្លែង ឬភាសា
there-situation--family-reasons = ក្រុមគ្រួសារត្រូវការឱ្យអ្នកនៅបន្ត
there-situation--depended-on-employer = និយោជកបានផ្ដល់អាហារ ឬកន្លែងស្នាក់នៅឱ្យអ្នក

there-used = នៅកន្លែងធ្វើការ តើនិយោជក ឬនរណាម្នាក់ដែលគ្រប់គ្រងអ្នក បានឆ្លៀតយកប្រយោជន៍ពីស្ថានភាពរបស់អ្នក ដើម្បីឱ្យអ្នកបន្តធ្វើការ ឬមិនឱ្យអ្នកចាកចេញឬទេ?

there-used-what = តើពួកគេបានប្រើអ្វីមកដាក់សម្ពាធលើអ្នក?
there-used-what--dependency = ការដែលអ្នកពឹងផ្អែកលើពួកគេសម្រាប់អាហារ កន្លែងស្នាក់នៅ ឬឯកសារ
there-used-what--unknown-area = ការដែលអ្នកមិនស្គាល់ទីកន្លែង ឬភាសា
there-used-what--economic-reasons = ការដែលអ្នកត្រូវការប្រាក់
there-used-what--family-situation = ស្ថានភាពក្រុមគ្រួសាររបស់អ្នក
there-used-what--authorities = ការដែលអ្នកគ្មានឯកសារ ឬខ្លាចប៉ូលិស
there-used-what--past-difficulties = រឿងអាក្រក់ដែលធ្លាប់កើតឡើងចំពោះអ្នកពីមុន
there-used-what--personal = អ្នកជានរណា ដូចជាអាយុ ភេទ ជនជាតិ ឬដោយសារអ្នកស្រឡាញ់នរណា

child-age-started = តើអ្នកមានអាយុប៉ុន្មាន នៅពេលអ្នកចាប់ផ្ដើមធ្វើការងារនេះ?
    .hint = ការប៉ាន់ស្មានក៏បានដែរ។
    .interpreter = ប្រើពាក្យសាមញ្ញដែលកុមារយល់។ កុមារប្រហែលជារាប់តាមថ្នាក់រៀន។

child-school-before = តើអ្នកបានទៅសាលារៀន មុនពេលអ្នកចាកចេញពីផ្ទះឬទេ?
    .interpreter = សួរដោយរាក់ទាក់។ នេះជាសំណួរដែលមិនធ្វើឱ្យភ័យ ដើម្បីកសាងទំនុកចិត្ត។

child-family-knew = តើឪពុកម្ដាយ ឬមនុស្សពេញវ័យដែលមើលថែអ្នក បានដឹងថាអ្នកកំពុងទៅណាឬទេ?
    .interpreter = សួរដោយមិនបន្ទោសឪពុកម្ដាយ។

child-travelled-with = តើអ្នកបានធ្វើដំណើរជាមួយនរណា?
    .interpreter = ប្រាប់តែតួនាទីក៏គ្រប់គ្រាន់ មិនចាំបាច់ឈ្មោះទេ។
child-travelled-with--parent = ឪពុក ឬម្ដាយ
child-travelled-with--relative = សាច់ញាតិផ្សេងទៀត
child-travelled-with--recruiter = មនុស្សដែលបានរកការងារឱ្យ
child-travelled-with--other-adult = មនុស្សពេញវ័យផ្សេងទៀត
child-travelled-with--other-children = មានតែកុមារផ្សេងទៀតប៉ុណ្ណោះ
child-travelled-with--alone = ម្នាក់ឯង
