### ការវាយតម្លៃ៖ ការវិនិច្ឆ័យរបស់មន្ត្រី។ លទ្ធផលនិយាយថា «បញ្ជូន» មិនមែន «ជាជនរងគ្រោះ» ទេ។

checklist-title = ការវាយតម្លៃ

section-judgement = ការវិនិច្ឆ័យរបស់អ្នក
section-summary = សេចក្ដីសង្ខេបសម្រាប់ការបញ្ជូន
section-referral = ការបញ្ជូន

officer-judgement = តាមការវិនិច្ឆ័យរបស់អ្នកផ្ទាល់ តើសូចនាករនៃការជួញដូរមនុស្សច្បាស់លាស់កម្រិតណា?
    .hint = គំនិតរបស់អ្នក ពីការសម្ភាសន៍ទាំងមូល មុនពេលមើលលទ្ធផលនៃវិធានដែលកម្មវិធីគណនា។
    .interpreter = សម្រាប់តែមន្ត្រីប៉ុណ្ណោះ។ គ្មានអ្វីត្រូវបកប្រែទេ។
officer-judgement--clear = មានសូចនាករច្បាស់លាស់
officer-judgement--some = មានសូចនាករខ្លះ
officer-judgement--none = មិនឃើញមានសូចនាករ

narrative-summary = សរសេរសេចក្ដីសង្ខេបខ្លី ដែលសាមីខ្លួនយល់ព្រមឱ្យផ្ញើ។

assessment-services = តើអ្នកស្នើសុំសេវាអ្វីខ្លះសម្រាប់សាមីខ្លួន?
    .hint = តែសេវាដែលសាមីខ្លួនបានយល់ព្រម នៅផ្នែកការយល់ព្រមប៉ុណ្ណោះ។
    .interpreter = សម្រាប់តែមន្ត្រីប៉ុណ្ណោះ។ គ្មានអ្វីត្រូវបកប្រែទេ។
assessment-services--shelter = ទីជម្រក
assessment-services--medical = ការថែទាំវេជ្ជសាស្ត្រ
assessment-services--mental-health = ការគាំទ្រសុខភាពផ្លូវចិត្ត
assessment-services--legal-aid = ជំនួយផ្លូវច្បាប់
assessment-services--social-welfare = សុខុមាលភាពសង្គម
assessment-services--child-protection = ការការពារកុមារ
assessment-services--family-tracing = ការស្វែងរកគ្រួសារ
assessment-services--safe-return = ការត្រឡប់ទៅវិញដោយសុវត្ថិភាព និងការធ្វើសមាហរណកម្មឡើងវិញ
assessment-services--asylum = ការការពារជនភៀសខ្លួន

assessment-urgency = តើការបញ្ជូននេះបន្ទាន់កម្រិតណា?
    .hint = អាសន្ន៖ ក្នុងរយៈពេលប៉ុន្មានថ្ងៃ។ បន្ទាន់៖ ក្នុងរយៈពេលប៉ុន្មានសប្ដាហ៍។ ធម្មតា៖ តាមនីតិវិធីធម្មតា។
    .interpreter = សម្រាប់តែមន្ត្រីប៉ុណ្ណោះ។ គ្មានអ្វីត្រូវបកប្រែទេ។
assessment-urgency--emergency = អាសន្ន (ប៉ុន្មានថ្ងៃ)
assessment-urgency--urgent = បន្ទាន់ (ប៉ុន្មានសប្ដាហ៍)
assessment-urgency--normal = ធម្មតា
