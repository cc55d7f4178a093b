//! The validated checklist: what the rest of Tandem works with once a checklist file has been
//! loaded and checked. The file format (TOML) is documented in `docs/checklist-format.md`; the
//! loader in this module's siblings turns a file into these types or into diagnostics.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

/// A checklist: one file in `checklists/`, one part of the interview.
#[derive(Debug, Clone, Serialize)]
pub struct Checklist {
    pub id: String,
    pub version: u32,
    /// English title (the displayed title comes from the locale files).
    pub title: String,
    /// Where this checklist stands in the standard interview (lower first).
    pub position: u32,
    /// Which stage of the interview asks it: the first screen (everyone) or the full interview
    /// (those the first screen flags). Every first-screen checklist comes before every full one.
    pub stage: Stage,
    pub sections: Vec<Section>,
    /// Questions in interview order.
    pub questions: Vec<Question>,
    /// The scoring rule. It counts the indicator tags of this checklist and of every checklist
    /// that has no scoring rule of its own.
    pub scoring: Option<Scoring>,
    /// The first-screen rule (at most one in a catalog, on a first-screen checklist).
    pub first_screen: Option<FirstScreenRule>,
}

/// The two stages of an interview (DESIGN.md, "The interview runs in two stages").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// Spoken consent, urgent needs, the age and the gateway questions: everyone.
    FirstScreen,
    /// The full interview, on the same record, for those the first screen flags.
    #[default]
    Full,
}

impl Stage {
    pub fn id(self) -> &'static str {
        match self {
            Stage::FirstScreen => "first-screen",
            Stage::Full => "full",
        }
    }
}

/// Who a question is put to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ask {
    /// Put to the person through the interpreter.
    #[default]
    Person,
    /// Answered by the officer (privacy check, custody facts, the officer's own concern, the
    /// interpreter record): never put to the person, hidden from the interpreter view.
    Officer,
}

impl Checklist {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub id: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Question {
    pub id: String,
    pub section: String,
    pub kind: Kind,
    /// A required question must be answered (unsure and declined count as answers) before the
    /// checklist is complete. Every question may be declined: that is the person's right.
    pub required: bool,
    /// When present, the question is shown only while the condition holds.
    pub show_if: Option<Condition>,
    /// The source text of `show_if`, as written in the file (for display and `checklist show`).
    pub show_if_source: Option<String>,
    /// ILO indicator tags (yes-no questions only).
    pub indicators: Vec<IndicatorTag>,
    /// Urgent-trigger tag.
    pub urgent: Option<UrgentTag>,
    /// Human Trafficking Case Data Standard field this answer maps to, e.g. `prs_Gender`.
    pub htcds: Option<String>,
    /// Whether the answer sets part of the interview profile.
    pub sets_profile: Option<ProfileSetting>,
    /// A sensitive question is hidden from nobody, but the interface shows a care marker and the
    /// referral never carries the free text of its note.
    pub sensitive: bool,
    /// The structured record field this answer fills, one of [`FILL_TARGETS`].
    pub fills: Option<String>,
    /// Who the question is put to.
    pub ask: Ask,
    /// A first-screen gateway: a plain-words yes-no question; yes, unsure or declined sends the
    /// person to the full interview (when the first-screen rule says `any = "gateway"`).
    pub gateway: bool,
    /// A yes-no declaration that must hold: any answer but yes blocks the interview under this
    /// id until a question that [`Question::lifts`] it is answered (or this one becomes yes).
    pub blocks: Option<String>,
    /// Answering this question (with text, not unsure or declined) lifts the block of this id.
    pub lifts: Option<String>,
    /// Choice id (`yes` or `no` for a yes-no question) to its codes in the question's HTCDS
    /// field, e.g. `forced-labour = ["ForcedLabour"]`; every code a value of that field.
    pub htcds_values: BTreeMap<String, Vec<String>>,
}

impl Question {
    /// A required question of `kind` in `section`, with no condition, tag or fill: what scripts,
    /// tests and the loader start from before the file's keys are read.
    pub fn new(id: &str, section: &str, kind: Kind) -> Question {
        Question {
            id: id.to_owned(),
            section: section.to_owned(),
            kind,
            required: true,
            show_if: None,
            show_if_source: None,
            indicators: Vec::new(),
            urgent: None,
            htcds: None,
            sets_profile: None,
            sensitive: false,
            fills: None,
            ask: Ask::default(),
            gateway: false,
            blocks: None,
            lifts: None,
            htcds_values: BTreeMap::new(),
        }
    }
}

impl Question {
    /// Whether the question is put to the person (not answered by the officer alone).
    pub fn to_person(&self) -> bool {
        self.ask == Ask::Person
    }
}

/// Record fields a question can fill (see `interview::record`):
/// - `subject.name`: short-text, the name or alias;
/// - `consent.interview`, `consent.police-contact`, `consent.guardian-consent`: yes-no;
/// - `consent.share-with`: multiple-choice whose choice ids are organisation kinds;
/// - `consent.restrictions`: short-text;
/// - `case-ref`: short-text.
pub const FILL_TARGETS: [&str; 7] = [
    "subject.name",
    "consent.interview",
    "consent.share-with",
    "consent.police-contact",
    "consent.guardian-consent",
    "consent.restrictions",
    "case-ref",
];

/// What kind of answer a question takes. Every kind also accepts `unsure` and `declined`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Kind {
    YesNo,
    SingleChoice {
        choices: Vec<String>,
    },
    MultipleChoice {
        choices: Vec<String>,
    },
    Number {
        min: i64,
        max: i64,
        unit: Option<String>,
    },
    Date,
    /// "How long ago": an amount in hours, days, weeks or months.
    TimeSince,
    ShortText {
        max_chars: usize,
    },
}

impl Kind {
    /// The kebab-case name used in files and JSON: `yes-no`, `single-choice`, ...
    pub fn name(&self) -> &'static str {
        match self {
            Kind::YesNo => "yes-no",
            Kind::SingleChoice { .. } => "single-choice",
            Kind::MultipleChoice { .. } => "multiple-choice",
            Kind::Number { .. } => "number",
            Kind::Date => "date",
            Kind::TimeSince => "time-since",
            Kind::ShortText { .. } => "short-text",
        }
    }
    pub fn choices(&self) -> &[String] {
        match self {
            Kind::SingleChoice { choices } | Kind::MultipleChoice { choices } => choices,
            _ => &[],
        }
    }
}

/// The six dimensions of the ILO / European Commission operational indicators (2009).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    DeceptiveRecruitment,
    CoerciveRecruitment,
    RecruitmentAbuseOfVulnerability,
    ExploitativeConditions,
    CoercionAtDestination,
    AbuseOfVulnerabilityAtDestination,
}

impl Dimension {
    pub const ALL: [Dimension; 6] = [
        Dimension::DeceptiveRecruitment,
        Dimension::CoerciveRecruitment,
        Dimension::RecruitmentAbuseOfVulnerability,
        Dimension::ExploitativeConditions,
        Dimension::CoercionAtDestination,
        Dimension::AbuseOfVulnerabilityAtDestination,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Dimension::DeceptiveRecruitment => "deceptive-recruitment",
            Dimension::CoerciveRecruitment => "coercive-recruitment",
            Dimension::RecruitmentAbuseOfVulnerability => "recruitment-abuse-of-vulnerability",
            Dimension::ExploitativeConditions => "exploitative-conditions",
            Dimension::CoercionAtDestination => "coercion-at-destination",
            Dimension::AbuseOfVulnerabilityAtDestination => "abuse-of-vulnerability-at-destination",
        }
    }
    pub fn from_id(id: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.id() == id)
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The four ILO indicator lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Profile {
    AdultLabour,
    AdultSexual,
    ChildLabour,
    ChildSexual,
}

impl Profile {
    pub const ALL: [Profile; 4] = [
        Profile::AdultLabour,
        Profile::AdultSexual,
        Profile::ChildLabour,
        Profile::ChildSexual,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Profile::AdultLabour => "adult-labour",
            Profile::AdultSexual => "adult-sexual",
            Profile::ChildLabour => "child-labour",
            Profile::ChildSexual => "child-sexual",
        }
    }
    pub fn from_id(id: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.id() == id)
    }
    pub fn new(age: AgeGroup, exploitation: Exploitation) -> Profile {
        match (age, exploitation) {
            (AgeGroup::Adult, Exploitation::Labour) => Profile::AdultLabour,
            (AgeGroup::Adult, Exploitation::Sexual) => Profile::AdultSexual,
            (AgeGroup::Child, Exploitation::Labour) => Profile::ChildLabour,
            (AgeGroup::Child, Exploitation::Sexual) => Profile::ChildSexual,
        }
    }
    pub fn age_group(self) -> AgeGroup {
        match self {
            Profile::AdultLabour | Profile::AdultSexual => AgeGroup::Adult,
            Profile::ChildLabour | Profile::ChildSexual => AgeGroup::Child,
        }
    }
    pub fn exploitation(self) -> Exploitation {
        match self {
            Profile::AdultLabour | Profile::ChildLabour => Exploitation::Labour,
            Profile::AdultSexual | Profile::ChildSexual => Exploitation::Sexual,
        }
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AgeGroup {
    Adult,
    Child,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Exploitation {
    Labour,
    Sexual,
}

/// Which part of the profile a question's answer sets, and how its values map.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case", tag = "field")]
pub enum ProfileSetting {
    /// Answer value (`yes`, `no`, `unsure`, `declined` or a choice id) to age group.
    AgeGroup { map: BTreeMap<String, AgeGroup> },
    /// Choice id (or `unsure` / `declined`) to exploitation type. On a multiple-choice
    /// question, every picked choice counts and sexual wins over labour.
    Exploitation { map: BTreeMap<String, Exploitation> },
    /// A number of years (a number question) or a birth date (a date question, the age when it
    /// was answered): below `years` is a child, otherwise an adult.
    AgeBelow { years: u32 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strength {
    Strong,
    Medium,
    Weak,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    Recruitment,
    Destination,
}

/// An ILO indicator carried by a yes-no question (a "yes" fires it) or by one choice of a
/// multiple-choice question (picking that choice fires it).
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorTag {
    pub dimension: Dimension,
    /// Indicator id, unique within its dimension, e.g. `deceived-nature-of-job`.
    pub indicator: String,
    pub phase: Phase,
    /// On a multiple-choice question: the choice that fires the indicator.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choice: Option<String>,
    /// Strength per profile; a profile left out means the indicator does not count there.
    pub strength: BTreeMap<Profile, Strength>,
}

/// An urgent trigger: surfaced at once and kept visible for the whole interview.
#[derive(Debug, Clone, Serialize)]
pub struct UrgentTag {
    /// Trigger id, one of [`URGENT_TRIGGERS`].
    pub trigger: String,
    /// When the trigger fires; `None` means: yes-no answered `yes`, or any other kind answered
    /// with a value (not unsure or declined).
    pub fires_if: Option<Condition>,
    pub fires_if_source: Option<String>,
    /// Time windows for time-since questions, e.g. PEP within 72 hours. An unknown or declined
    /// time opens them as "time unknown: treat as open".
    pub windows: Vec<UrgentWindow>,
    /// Date questions: the trigger fires when the date falls within this many days of when it
    /// was answered (or earlier), e.g. a removal date inside the screening window.
    pub within_days: Option<u32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UrgentWindow {
    /// Window id, e.g. `pep`, `emergency-contraception`, `hepatitis-b`; a UI message names it.
    pub id: String,
    /// Length of the window in hours (days and weeks are converted when loading).
    pub hours: u32,
}

/// The urgent trigger ids of SCREENING.md §5.
pub const URGENT_TRIGGERS: [&str; 8] = [
    "sexual-violence",
    "possible-child",
    "pregnancy",
    "medical",
    "self-harm",
    "security-threat",
    "removal-scheduled",
    "asks-for-help",
];

/// The organisation kinds a person can consent to share with (referral partners have one).
pub const ORGANISATION_KINDS: [&str; 6] = [
    "shelter",
    "medical",
    "legal-aid",
    "social-welfare",
    "ngo",
    "police",
];

/// A `show_if` / `fires_if` condition, parsed from its text form (see the format doc).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "op")]
pub enum Condition {
    And {
        all: Vec<Condition>,
    },
    Or {
        any: Vec<Condition>,
    },
    Not {
        not: Box<Condition>,
    },
    /// `subject op literal`
    Compare {
        subject: Subject,
        cmp: Comparison,
        value: Literal,
    },
    /// `subject in [a, b, c]`
    In {
        subject: Subject,
        values: Vec<Literal>,
    },
    /// `answered(question)`: answered with anything, including unsure or declined.
    Answered {
        question: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "type", content = "name")]
pub enum Subject {
    /// An earlier question of the same checklist, or a question of an earlier checklist.
    Question(String),
    /// `profile.age-group`: `adult` or `child`.
    AgeGroup,
    /// `profile.exploitation`: `labour` or `sexual`.
    Exploitation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Comparison {
    #[serde(rename = "==")]
    Eq,
    #[serde(rename = "!=")]
    Ne,
    #[serde(rename = "<")]
    Lt,
    #[serde(rename = "<=")]
    Le,
    #[serde(rename = ">")]
    Gt,
    #[serde(rename = ">=")]
    Ge,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Literal {
    Text(String),
    Number(i64),
}

/// The first-screen rule, as data: the reasons that send a person to the full interview. None
/// held (and the first screen answered) means "no indicators at first screen", never "not a
/// victim".
#[derive(Debug, Clone, Serialize)]
pub struct FirstScreenRule {
    pub reasons: Vec<FirstScreenReason>,
    pub source: String,
    pub verified: bool,
}

/// One named reason of the first-screen rule.
#[derive(Debug, Clone, Serialize)]
pub struct FirstScreenReason {
    /// Reason id, e.g. `gateway`, `urgent`, `possible-child`, `officer-concern`.
    pub id: String,
    pub test: ReasonTest,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum ReasonTest {
    /// Any visible gateway question answered yes, unsure or declined.
    Gateway,
    /// Any urgent trigger fired.
    Urgent,
    /// A condition on the answers and the profile (the profile as the answers give it: an
    /// unknown age group is not a child here, the urgent trigger covers it).
    Condition {
        condition: Condition,
        source: String,
    },
}

/// The scoring rule, as data, with where it comes from and whether it was checked.
#[derive(Debug, Clone, Serialize)]
pub struct Scoring {
    pub dimension_rule: DimensionRule,
    /// The combination rule for each profile.
    pub rules: BTreeMap<Profile, CombinationRule>,
}

/// A dimension is positive when its "yes" indicators meet at least one alternative.
#[derive(Debug, Clone, Serialize)]
pub struct DimensionRule {
    pub alternatives: Vec<Threshold>,
    pub source: String,
    pub verified: bool,
}

/// Minimum counts of indicators answered yes; all must hold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Threshold {
    pub strong: u32,
    pub medium: u32,
    pub weak: u32,
    /// Minimum of medium + weak together.
    pub medium_or_weak: u32,
}

/// The rule is met when every group has at least one positive dimension (AND of ORs).
#[derive(Debug, Clone, Serialize)]
pub struct CombinationRule {
    pub all_of: Vec<Vec<Dimension>>,
    pub source: String,
    pub verified: bool,
    /// Shown next to the rule, e.g. "sexual profiles reuse the labour strengths until checked".
    pub note: Option<String>,
}
