//! From an interview record to a [`Referral`]: the consent check, then the minimal identity,
//! urgent needs with their windows, the indicator assessment and the decision, with texts in the
//! officer's and the person's language.
//!
//! Which questions a referral carries, for which kind, is decided in `policy`.
//!
//! Pure: the record, checklists, texts and the time come in; nothing is read from disk or
//! clock. It never copies free notes, answer notes or the decision's reason into a referral.

use std::collections::BTreeMap;

use crate::checklist::model::{AgeGroup, Checklist, Kind, Question};
use crate::checklist::scoring::{self, RuleStatus};
use crate::domain::{OrganisationKind, UrgentTrigger};
use crate::interview::answer::Answer;
use crate::interview::flow::Interview;
use crate::interview::record::RecordDocument;
use crate::interview::urgent;
use crate::l10n::{Lang, Locales, Localized, QuestionText, Review};

use super::ReferralError;
use super::document::{
    AgeDetails, Bilingual, Circumstances, ConsentSection, DecisionSection, DimensionResult, Field,
    FiredIndicator, IdentitySection, Languages, Referral, ScreeningSection, Urgency, UrgentNeed,
    UrgentWindow, ui_pair,
};
use super::policy::{
    ConsentBasis, ConsentFacts, REFERRAL_FIELDS, URGENT_DETAILS, check_consent, service_consented,
};

/// The officer's request for services (assessment checklist).
pub const SERVICES_QUESTION: &str = "assessment-services";

/// The languages of a record: officer and person, English where the record names none.
pub fn record_langs(record: &RecordDocument) -> (Lang, Lang) {
    record
        .languages
        .as_ref()
        .map_or((Lang::En, Lang::En), |l| (l.officer.lang(), l.interviewee))
}

/// A referral ready for [`super::export`], and on what grounds it may go out.
pub struct Prepared {
    pub referral: Referral,
    pub basis: ConsentBasis,
}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prepared")
            .field("referral", &self.referral)
            .finish_non_exhaustive()
    }
}

/// Checks consent for `kind` and assembles everything a referral could carry. The cut down to
/// what `kind` receives happens in `ReferralDocument::minimal`.
pub fn prepare(
    record: &RecordDocument,
    checklists: &[Checklist],
    locales: &Locales,
    officer: &str,
    kind: OrganisationKind,
    child_protection_override: Option<&str>,
    now: jiff::Timestamp,
) -> Result<Prepared, ReferralError> {
    let today = jiff::tz::Offset::UTC.to_datetime(now).date();
    let interview = Interview::new(record.clone(), checklists).with_today(today);
    let (age, _) = interview.profile_facts(checklists);
    let facts = ConsentFacts {
        interview: record.consent.interview,
        share_with: &record.consent.share_with,
        police_contact: record.consent.police_contact,
        guardian_consent: record.consent.guardian_consent,
        possible_child: age != Some(AgeGroup::Adult),
    };
    let basis = check_consent(facts, kind, child_protection_override)?;
    let (officer_lang, person_lang) = record_langs(record);
    let texts = Texts {
        locales,
        officer: officer_lang,
        person: person_lang,
    };
    let answers = interview.visible_answers(checklists);
    let (basis_id, override_reason) = ConsentSection::basis(&basis);

    let referral = Referral {
        officer: officer.to_owned(),
        interviewing_officer: record
            .decision
            .as_ref()
            .map(|d| d.by.clone())
            .filter(|by| !by.is_empty()),
        languages: Languages {
            officer: officer_lang.tag().to_owned(),
            person: person_lang.tag().to_owned(),
        },
        consent: ConsentSection {
            interview: record.consent.interview,
            share_with: record.consent.share_with.clone(),
            police_contact: record.consent.police_contact,
            guardian_consent: record.consent.guardian_consent,
            basis: basis_id,
            override_reason,
            restrictions: Some(record.consent.restrictions.clone()).filter(|r| !r.is_empty()),
        },
        identity: IdentitySection {
            name: record.subject.name.clone(),
            case_ref: record.case_ref.clone(),
            age_group: match age {
                Some(AgeGroup::Adult) => "adult",
                Some(AgeGroup::Child) => "child",
                None => "unknown",
            }
            .to_owned(),
            age: Some(age_details(&interview, checklists, &answers)),
            details: identity_details(&interview, checklists, &answers, &texts),
        },
        urgent_needs: urgent_needs(&interview, checklists, &answers, &texts, now),
        screening: screening(&interview, checklists, &answers, &texts),
        decision: record.decision.as_ref().map(|d| DecisionSection {
            outcome: d.outcome,
            label: texts.ui(&format!("tui-outcome-{}", d.outcome)),
        }),
        circumstances: circumstances(checklists, &answers, &record.consent.share_with, &texts),
        assessed_urgency: match answers.get("assessment-urgency") {
            Some(Answer::Choice(c)) => Urgency::from_id(c),
            _ => None,
        },
        htcds: record_htcds(&interview, checklists, record, person_lang),
    };
    Ok(Prepared { referral, basis })
}

/// The record in HTCDS names: the tagged answers, the person's language and the decision.
pub fn record_htcds(
    interview: &Interview,
    checklists: &[Checklist],
    record: &RecordDocument,
    person: Lang,
) -> crate::interview::htcds::HtcdsFacts {
    let mut facts = crate::interview::htcds::facts(interview, checklists);
    facts.set_codes(
        "prs_PrimaryLanguage",
        vec![crate::domain::htcds::language_code(person).to_owned()],
    );
    if let Some(status) = record
        .decision
        .as_ref()
        .and_then(|d| crate::domain::htcds::trafficking_status(d.outcome))
    {
        facts.set_codes("vic_TraffickingStatus", vec![status.to_owned()]);
    }
    facts
}

struct Texts<'a> {
    locales: &'a Locales,
    officer: Lang,
    person: Lang,
}

fn unreviewed(review: Review) -> bool {
    !matches!(review, Review::Reviewed | Review::Source)
}

impl Texts<'_> {
    fn ui(&self, id: &str) -> Bilingual {
        ui_pair(self.locales, self.officer, self.person, id)
    }

    /// A checklist text: the officer's language, else English, else the id; the person's only
    /// where it was written in their language (never English in its place).
    fn pair(&self, get: impl Fn(Lang) -> Option<Localized>, id: &str) -> Bilingual {
        let officer = get(self.officer)
            .or_else(|| get(Lang::En))
            .map_or_else(|| id.to_owned(), |l| l.text);
        let person = get(self.person).filter(|_| self.person != self.officer);
        Bilingual {
            officer,
            unreviewed: person.as_ref().is_some_and(|p| unreviewed(p.review)),
            person: person.map(|p| p.text),
        }
    }

    fn question(&self, checklist: &str, q: &str) -> Bilingual {
        let as_localized = |t: QuestionText| Localized {
            text: t.text,
            review: t.review,
        };
        self.pair(
            |l| self.locales.question(l, checklist, q).map(as_localized),
            q,
        )
    }

    fn choice(&self, checklist: &str, q: &str, choice: &str) -> Bilingual {
        self.pair(|l| self.locales.choice(l, checklist, q, choice), choice)
    }
}

/// The age, how it was established, and what made the age group.
fn age_details(
    interview: &Interview,
    checklists: &[Checklist],
    answers: &BTreeMap<String, Answer>,
) -> AgeDetails {
    let readings = interview.age_readings(checklists);
    let profile = interview.profile(checklists);
    let years = readings.iter().find_map(|r| r.years);
    let basis = match answers.get("age-basis") {
        Some(Answer::Choice(c)) => Some(c.clone()),
        _ => None,
    };
    let group = profile.age_group();
    AgeDetails {
        years,
        band: years.map(|y| crate::domain::htcds::age_band(y).to_owned()),
        estimated: !matches!(
            basis.as_deref(),
            Some("document" | "professional-assessment")
        ),
        basis,
        profile: profile.id().to_owned(),
        group_from: readings
            .iter()
            .filter(|r| r.group == group)
            .map(|r| r.question.clone())
            .collect(),
        sources_disagree: interview.age_disagreement(checklists).is_some(),
    }
}

/// Answers to visible, non-sensitive questions mapped to an HTCDS person field (`prs_…`),
/// except the name, which has its own line. Unsure and declined are not facts: left out.
fn identity_details(
    interview: &Interview,
    checklists: &[Checklist],
    answers: &BTreeMap<String, Answer>,
    texts: &Texts<'_>,
) -> Vec<Field> {
    interview
        .visible_questions(checklists)
        .into_iter()
        .filter(|(_, q)| {
            q.htcds.as_deref().is_some_and(|h| h.starts_with("prs_"))
                && !q.sensitive
                && q.fills.as_deref() != Some("subject.name")
        })
        .filter_map(|(c, q)| {
            let value = answer_text(c, q, answers.get(&q.id)?, texts)?;
            Some(Field {
                id: q.htcds.clone().unwrap_or_else(|| q.id.clone()),
                label: texts.question(&c.id, &q.id),
                value,
            })
        })
        .collect()
}

/// The answered rows of [`REFERRAL_FIELDS`], all of them: `ReferralDocument::minimal` cuts them
/// down per partner kind.
fn circumstances(
    checklists: &[Checklist],
    answers: &BTreeMap<String, Answer>,
    share_with: &[OrganisationKind],
    texts: &Texts<'_>,
) -> Circumstances {
    let mut out = Circumstances::new();
    for row in &REFERRAL_FIELDS {
        let Some(answer) = answers.get(row.question) else {
            continue;
        };
        // A service is requested in a referral only where the person agreed to share with the
        // kind of organisation that gives it (the interface warns at the question).
        let consented;
        let answer = match (row.question, answer) {
            (SERVICES_QUESTION, Answer::Choices(list)) => {
                consented = Answer::Choices(
                    list.iter()
                        .filter(|s| service_consented(s, share_with))
                        .cloned()
                        .collect(),
                );
                match &consented {
                    Answer::Choices(l) if l.is_empty() => continue,
                    a => a,
                }
            }
            _ => answer,
        };
        let Some((c, q)) = checklists
            .iter()
            .find_map(|c| c.question(row.question).map(|q| (c, q)))
        else {
            continue;
        };
        let Some(value) = answer_text(c, q, answer, texts) else {
            continue;
        };
        out.entry(row.group.to_owned()).or_default().insert(
            row.field.to_owned(),
            Field {
                id: q.id.clone(),
                label: texts.question(&c.id, &q.id),
                value,
            },
        );
    }
    out
}

fn answer_text(c: &Checklist, q: &Question, a: &Answer, texts: &Texts<'_>) -> Option<Bilingual> {
    let plain = |s: String| Some(Bilingual::officer_only(s));
    match a {
        Answer::Unsure | Answer::Declined => None,
        Answer::Yes => Some(texts.ui("answer-yes")),
        Answer::No => Some(texts.ui("answer-no")),
        Answer::Choice(choice) => Some(texts.choice(&c.id, &q.id, choice)),
        Answer::Choices(list) => {
            let parts: Vec<Bilingual> =
                list.iter().map(|x| texts.choice(&c.id, &q.id, x)).collect();
            let join = |f: &dyn Fn(&Bilingual) -> Option<String>| -> Option<String> {
                parts
                    .iter()
                    .map(f)
                    .collect::<Option<Vec<_>>>()
                    .map(|v| v.join(", "))
            };
            Some(Bilingual {
                officer: join(&|b| Some(b.officer.clone())).unwrap_or_default(),
                person: join(&|b| b.person.clone()),
                unreviewed: parts.iter().any(|b| b.unreviewed),
            })
        }
        Answer::Number(n) => match &q.kind {
            Kind::Number { unit: Some(u), .. } => {
                let unit = texts.ui(&format!("unit-{u}"));
                plain(format!("{n} {}", unit.officer))
            }
            _ => plain(n.to_string()),
        },
        Answer::Date(d) => plain(d.to_string()),
        Answer::TimeSince(t) => plain(format!("{} {:?}", t.amount, t.unit).to_lowercase()),
        Answer::Text(t) => plain(t.clone()),
    }
}

fn urgent_needs(
    interview: &Interview,
    checklists: &[Checklist],
    answers: &BTreeMap<String, Answer>,
    texts: &Texts<'_>,
    now: jiff::Timestamp,
) -> Vec<UrgentNeed> {
    let mut out: Vec<UrgentNeed> = Vec::new();
    for flag in urgent::fired(interview, checklists, now) {
        let hours_of = |window: &str| {
            checklists
                .iter()
                .filter_map(|c| c.question(&flag.question))
                .filter_map(|q| q.urgent.as_ref())
                .flat_map(|t| t.windows.iter())
                .find(|w| w.id == window)
                .map_or(0, |w| w.hours)
        };
        let windows: Vec<UrgentWindow> = flag
            .windows
            .iter()
            .map(|w| UrgentWindow {
                id: w.id.clone(),
                label: texts.ui(&format!("tui-window-{}", w.id)),
                hours: hours_of(&w.id),
                // Time unknown: no closing time to give, and the window counts as open.
                open_until: (!w.time_unknown).then(|| {
                    w.closes_at
                        .round(jiff::Unit::Second)
                        .unwrap_or(w.closes_at)
                        .to_string()
                }),
                open: w.time_unknown || !w.is_closed(now),
            })
            .collect();
        // The checklists are validated against the vocabulary; anything else is not a need.
        let Some(trigger) = UrgentTrigger::from_id(&flag.trigger) else {
            continue;
        };
        // One need per trigger: several questions may fire the same one.
        match out.iter_mut().find(|n| n.trigger == trigger) {
            Some(need) => need.windows.extend(windows),
            None => out.push(UrgentNeed {
                trigger,
                label: texts.ui(&format!("tui-trigger-{trigger}")),
                details: need_details(trigger, checklists, answers, texts),
                windows,
            }),
        }
    }
    out
}

/// The answered questions of `policy::URGENT_DETAILS` for a need (visible answers only).
fn need_details(
    trigger: UrgentTrigger,
    checklists: &[Checklist],
    answers: &BTreeMap<String, Answer>,
    texts: &Texts<'_>,
) -> Vec<Field> {
    let Some((_, questions)) = URGENT_DETAILS.iter().find(|(t, _)| *t == trigger) else {
        return Vec::new();
    };
    questions
        .iter()
        .filter_map(|id| {
            let (c, q) = checklists
                .iter()
                .find_map(|c| c.question(id).map(|q| (c, q)))?;
            let value = answer_text(c, q, answers.get(*id)?, texts)?;
            Some(Field {
                id: q.id.clone(),
                label: texts.question(&c.id, &q.id),
                value,
            })
        })
        .collect()
}

/// The assessment of the first checklist that carries a scoring rule, with the questions behind
/// each fired indicator.
fn screening(
    interview: &Interview,
    checklists: &[Checklist],
    answers: &BTreeMap<String, Answer>,
    texts: &Texts<'_>,
) -> Option<ScreeningSection> {
    let profile = interview.profile(checklists);
    let checklist = checklists.iter().find(|c| c.scoring.is_some())?;
    let assessment = scoring::assess_in(checklists, checklist, profile, answers).ok()?;
    let dimensions = assessment
        .dimensions
        .iter()
        .map(|(dim, a)| DimensionResult {
            id: dim.id().to_owned(),
            label: texts.ui(&format!("tui-dim-{}", dim.id())),
            status: a.status.id().to_owned(),
            indicators: a
                .fired
                .iter()
                .filter_map(|indicator| {
                    // The question (of any checklist) whose answer fired it: a yes, or the
                    // tagged choice picked.
                    let (c, q, tag) = checklists.iter().find_map(|c| {
                        c.questions.iter().find_map(|q| {
                            let tag = q
                                .indicators
                                .iter()
                                .find(|t| t.dimension == *dim && t.indicator == *indicator)?;
                            let fired = match (answers.get(&q.id), &tag.choice) {
                                (Some(Answer::Yes), None) => true,
                                (Some(Answer::Choices(picked)), Some(choice)) => {
                                    picked.contains(choice)
                                }
                                _ => false,
                            };
                            fired.then_some((c, q, tag))
                        })
                    })?;
                    let strength = tag.strength.get(&profile)?;
                    Some(FiredIndicator {
                        id: indicator.clone(),
                        strength: format!("{strength:?}").to_lowercase(),
                        question: match &tag.choice {
                            Some(choice) => texts.choice(&c.id, &q.id, choice),
                            None => texts.question(&c.id, &q.id),
                        },
                    })
                })
                .collect(),
        })
        .collect();
    Some(ScreeningSection {
        profile: profile.id().to_owned(),
        result: match assessment.rule {
            RuleStatus::Met => "indicators-present",
            RuleStatus::Incomplete => "incomplete",
            RuleStatus::NotMet => "not-met",
        }
        .to_owned(),
        rule_verified: assessment.rule_verified && assessment.dimension_rule_verified,
        dimensions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::catalog::Catalog;
    use crate::referral::policy::KindPolicy;

    /// Content changes must not silently drop a referral field: every row names a question of
    /// the shipped catalog, of the kind the row expects.
    #[test]
    fn every_referral_field_is_a_shipped_question_of_the_expected_kind() {
        let catalog = Catalog::builtin().expect("the shipped checklists load");
        for row in &REFERRAL_FIELDS {
            let (_, q) = catalog
                .find_question(row.question)
                .unwrap_or_else(|| panic!("`{}` is not in the shipped catalog", row.question));
            assert_eq!(q.kind.name(), row.kind, "kind of `{}`", row.question);
        }
    }

    /// Issue 11: an age of 16 with the officer's "no" is a child: consented, exported and said so.
    #[test]
    fn a_stated_age_under_18_is_exported_as_a_child_and_says_why() {
        let catalog = Catalog::builtin().expect("the shipped checklists load");
        let locales = Locales::load(None).expect("the shipped locales load");
        let doc = |guardian: bool| -> RecordDocument {
            serde_json::from_value(serde_json::json!({
                "checklist": "screening",
                "consent": {"interview": true, "share_with": ["shelter"], "guardian_consent": guardian},
                "answers": {"age-years": 16, "age-basis": "own-statement", "possible-child": "no"},
                "answered": {"age-years": {"lang": "my", "at": "2026-11-28T10:00:00Z"}},
            }))
            .unwrap()
        };
        let now: jiff::Timestamp = "2026-11-28T12:00:00Z".parse().unwrap();
        let prepare_for = |guardian| {
            prepare(
                &doc(guardian),
                catalog.checklists(),
                &locales,
                "officer",
                OrganisationKind::Shelter,
                None,
                now,
            )
        };
        // Screened as a child: the guardian's consent is needed.
        assert!(prepare_for(false).is_err());
        let p = prepare_for(true).expect("with a guardian's consent");
        let id = &p.referral.identity;
        assert_eq!(id.age_group, "child");
        let age = id.age.as_ref().expect("the age goes with the referral");
        assert_eq!(age.years, Some(16));
        assert_eq!(age.band.as_deref(), Some("9-17"));
        assert_eq!(age.basis.as_deref(), Some("own-statement"));
        assert!(age.estimated);
        assert!(age.profile.starts_with("child-"));
        assert_eq!(age.group_from, ["age-years"]);
        assert!(age.sources_disagree);
        assert!(
            p.referral
                .urgent_needs
                .iter()
                .any(|n| n.trigger == UrgentTrigger::PossibleChild)
        );
    }

    #[test]
    fn rows_are_unique_and_consistent_with_the_sections_table() {
        for (i, row) in REFERRAL_FIELDS.iter().enumerate() {
            for other in &REFERRAL_FIELDS[i + 1..] {
                assert_ne!(row.question, other.question);
                assert!((row.group, row.field) != (other.group, other.field));
            }
            for kind in row.to {
                assert!(
                    kind.carries(row.section),
                    "`{}` goes to {kind}, which does not carry {}",
                    row.question,
                    row.section.id()
                );
            }
        }
    }

    #[test]
    fn a_clinic_gets_what_it_needs_not_the_evidence() {
        use OrganisationKind::{LegalAid, Medical, Police};
        let to = |field: &str, kind: OrganisationKind| {
            REFERRAL_FIELDS
                .iter()
                .find(|r| r.field == field)
                .is_some_and(|r| r.to.contains(&kind))
        };
        // (field, kind, receives)
        let cases = [
            ("removal_date", Medical, true),
            ("interviewer_gender", Medical, true),
            ("vulnerability_rating", Medical, true),
            ("confiscated", Medical, false),
            ("confiscated_by", Medical, false),
            ("charges_linked", Medical, false),
            ("holding_deadline", LegalAid, true),
            ("wish", Police, false),
            ("has_dependants", Police, false),
            ("accompanied_by_relative", Police, true),
            ("confiscated_by", Police, true),
        ];
        for (field, kind, receives) in cases {
            assert_eq!(to(field, kind), receives, "{field} to {kind}");
        }
    }
}
