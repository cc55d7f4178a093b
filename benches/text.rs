//! How long text layout takes on the question screen's path. The TUI must draw a whole question
//! screen (two languages, hint, interpreter note) in under 1 ms, so one wrap must take a small
//! fraction of that. Run: `cargo bench --bench text`.
//!
//! Measured 2026-11-28 on the 2-core dev machine while other builds ran (medians): one question
//! of about 160 characters wrapped at 116 columns takes th 0.9 µs (fits one line), my 1.2 µs,
//! lo 1.7 µs, en 12 µs, vi 25 µs, km 77 µs (Khmer dictionary segmentation is the slowest);
//! Khmer at 56 columns 61 µs. A screen wraps a handful of texts, so the TUI should wrap once per
//! question and width, not once per frame.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use tandem::text::{truncate, width, wrap};

/// A typical question with its hint, in each interviewee script (about 25 English words).
const QUESTIONS: &[(&str, &str)] = &[
    (
        "en",
        "Was the work you found here different from what the broker or employer promised you before you left home? Think of the type of work, the place and the employer.",
    ),
    (
        "th",
        "งานที่คุณได้ทำที่นี่แตกต่างจากที่นายหน้าหรือนายจ้างสัญญาไว้ก่อนที่คุณจะออกจากบ้านหรือไม่ ให้นึกถึงประเภทของงาน สถานที่ และนายจ้าง",
    ),
    (
        "my",
        "ဒီမှာ သင်ရခဲ့တဲ့ အလုပ်က အိမ်က မထွက်ခင် ပွဲစား ဒါမှမဟုတ် အလုပ်ရှင်က ကတိပေးခဲ့တာနဲ့ မတူဘူးလား။ အလုပ်အမျိုးအစား၊ နေရာနဲ့ အလုပ်ရှင်ကို စဉ်းစားပါ။",
    ),
    (
        "km",
        "តើការងារដែលអ្នកបានរកឃើញនៅទីនេះខុសពីអ្វីដែលឈ្មួញកណ្ដាល ឬនិយោជកបានសន្យាជាមួយអ្នកមុនពេលអ្នកចាកចេញពីផ្ទះដែរឬទេ? សូមគិតអំពីប្រភេទការងារ ទីកន្លែង និងនិយោជក។",
    ),
    (
        "lo",
        "ວຽກທີ່ເຈົ້າໄດ້ເຮັດຢູ່ນີ້ແຕກຕ່າງຈາກສິ່ງທີ່ນາຍໜ້າ ຫຼື ນາຍຈ້າງໄດ້ສັນຍາໄວ້ກ່ອນເຈົ້າອອກຈາກບ້ານບໍ່? ໃຫ້ຄິດເຖິງປະເພດວຽກ, ສະຖານທີ່ ແລະ ນາຍຈ້າງ.",
    ),
    (
        "vi",
        "Công việc bạn tìm được ở đây có khác với những gì người môi giới hoặc chủ lao động đã hứa trước khi bạn rời nhà không? Hãy nghĩ về loại công việc, nơi làm và chủ lao động.",
    ),
];

fn layout(c: &mut Criterion) {
    for (lang, text) in QUESTIONS {
        c.bench_function(&format!("wrap {lang} question at 116 columns"), |b| {
            b.iter(|| wrap(black_box(text), black_box(116)))
        });
    }
    c.bench_function("wrap km question at 56 columns", |b| {
        b.iter(|| wrap(black_box(QUESTIONS[3].1), black_box(56)))
    });
    c.bench_function("width km question", |b| {
        b.iter(|| width(black_box(QUESTIONS[3].1)))
    });
    c.bench_function("truncate th question to 40 columns", |b| {
        b.iter(|| truncate(black_box(QUESTIONS[1].1), black_box(40)))
    });
}

criterion_group!(benches, layout);
criterion_main!(benches);
