//! Shared set-up for the terminal interface tests: the fixture checklists, texts in every
//! interviewee language written here (so the layout of each script is exercised), a model at a
//! given screen, drawing on a TestBackend, and snapshots of a screen at both sizes.

use std::sync::Arc;
use tandem::domain::OfficerLang;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use tandem::checklist::catalog::Catalog;
use tandem::l10n::Locales;
use tandem::tui::action::{Action, Effect};
use tandem::tui::content::Content;
use tandem::tui::keymap::{Key, KeyCode, Keymap};
use tandem::tui::model::{CaseRow, Model, UserRow};
use tandem::tui::{render, update};

use crate::fixtures::{self, root};

pub const T0: &str = "2026-11-28T10:00:00Z";

pub fn t0() -> jiff::Timestamp {
    T0.parse().unwrap()
}

/// Interview texts in each interviewee language for the first intake question and the
/// exploitation-type question (none of them reviewed: the screen must mark them).
const TRANSLATIONS: &[(&str, &str)] = &[
    (
        "th",
        "consent-interview = วันนี้คุณยินดีที่จะพูดคุยกับเจ้าหน้าที่และล่ามเกี่ยวกับการเดินทางและการทำงานของคุณหรือไม่ คุณหยุดได้ทุกเมื่อ\n",
    ),
    (
        "my",
        "consent-interview = ဒီနေ့ သင့်ခရီးစဉ်နဲ့ အလုပ်အကြောင်း အရာရှိနဲ့ စကားပြန်တို့နဲ့ စကားပြောဖို့ သဘောတူပါသလား။ ဘယ်အချိန်မဆို ရပ်နိုင်ပါတယ်။\n",
    ),
    (
        "km",
        "consent-interview = តើថ្ងៃនេះអ្នកយល់ព្រមនិយាយជាមួយមន្ត្រីនិងអ្នកបកប្រែអំពីការធ្វើដំណើរនិងការងាររបស់អ្នកទេ? អ្នកអាចឈប់បានគ្រប់ពេល។\n",
    ),
    (
        "lo",
        "consent-interview = ມື້ນີ້ທ່ານຕົກລົງທີ່ຈະລົມກັບເຈົ້າໜ້າທີ່ແລະນາຍແປພາສາກ່ຽວກັບການເດີນທາງແລະການເຮັດວຽກຂອງທ່ານບໍ? ທ່ານສາມາດຢຸດໄດ້ທຸກເວລາ.\n",
    ),
    (
        "vi",
        "consent-interview = Hôm nay bạn có đồng ý nói chuyện với cán bộ và phiên dịch viên về chuyến đi và công việc của bạn không? Bạn có thể dừng bất cứ lúc nào.\n",
    ),
];

pub fn content() -> Arc<Content> {
    let catalog = Catalog::from_dir(&fixtures::checklists()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    fixtures::english_locales(dir.path());
    for (lang, text) in TRANSLATIONS {
        let d = dir.path().join(lang);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("intake.ftl"), text).unwrap();
    }
    let locales = Locales::from_dir(dir.path()).unwrap();
    Arc::new(Content::new(catalog, locales))
}

pub fn key(c: char) -> Action {
    Action::Key(Key::char(c))
}
pub fn ctrl(c: char) -> Action {
    Action::Key(Key::ctrl(c))
}
pub fn code(k: KeyCode) -> Action {
    Action::Key(Key::plain(k))
}

/// Applies actions in order and returns every effect.
pub fn run(m: &mut Model, actions: impl IntoIterator<Item = Action>) -> Vec<Effect> {
    actions.into_iter().flat_map(|a| update(m, a)).collect()
}

pub fn typed(m: &mut Model, s: &str) -> Vec<Effect> {
    run(m, s.chars().map(key).collect::<Vec<_>>())
}

pub fn officer() -> UserRow {
    UserRow {
        name: "Somchai".into(),
        supervisor: true,
    }
}

pub fn fresh(content: Arc<Content>) -> Model {
    Model::new(content, Keymap::default(), OfficerLang::En, t0())
}

/// A model unlocked on an empty case queue.
pub fn unlocked() -> Model {
    let mut m = fresh(content());
    run(
        &mut m,
        [
            Action::VaultOpened {
                users: vec![officer()],
                unit: "IDC Bangkok".into(),
            },
            Action::Unlocked {
                user: officer(),
                unit: "IDC Bangkok".into(),
            },
            Action::Cases(vec![]),
        ],
    );
    m
}

/// The shipped checklists and texts (checklists/, locales/), as officers get them.
pub fn shipped_content() -> Arc<Content> {
    let catalog = Catalog::from_dir(&root().join("checklists")).unwrap();
    let locales = Locales::from_dir(&root().join("locales")).unwrap();
    Arc::new(Content::new(catalog, locales))
}

/// A model in a new interview held in `lang`.
pub fn interviewing(lang: &str) -> Model {
    let mut m = unlocked();
    let n = tandem::domain::lang::INTERVIEWEE_LANGS
        .iter()
        .position(|l| l.tag() == lang)
        .unwrap();
    run(&mut m, [key('n')]);
    run(&mut m, [key(char::from(b'1' + n as u8))]);
    m
}

pub fn case(
    id: &str,
    case_ref: &str,
    urgent: &[&str],
    removal: Option<&str>,
    age_min: i64,
) -> CaseRow {
    CaseRow {
        id: id.into(),
        case_ref: Some(case_ref.into()),
        status: tandem::domain::RecordStatus::Draft,
        urgent: urgent.iter().map(|s| s.parse().unwrap()).collect(),
        removal: removal.map(|d| d.parse().unwrap()),
        step: tandem::domain::CaseStep::FirstScreen,
        updated: t0() - jiff::SignedDuration::from_mins(age_min),
    }
}

/// The screen as text, one line per row.
pub fn draw(m: &mut Model, w: u16, h: u16) -> String {
    update(m, Action::Resize(w, h));
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| render(m, f)).unwrap();
    let buf = t.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        let mut line = String::new();
        for x in 0..w {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The two sizes every screen is drawn at: a common terminal and a small one.
pub const SIZES: [(u16, u16); 2] = [(80, 24), (60, 20)];

/// Snapshots the screen `make` builds, drawn at each of [`SIZES`], as `<name>_<w>x<h>`. A
/// macro, not a function, so that insta names the snapshot files after the calling module.
macro_rules! snap {
    ($name:expr, $make:expr) => {
        for (w, h) in $crate::tui::support::SIZES {
            use $crate::tui::support::draw;
            let mut m = ($make)();
            insta::assert_snapshot!(format!("{}_{w}x{h}", $name), draw(&mut m, w, h));
        }
    };
}
pub(crate) use snap;
