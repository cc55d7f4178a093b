//! IOM's Human Trafficking Case Data Standard 2.0 as data: its fields, their types and picklists,
//! and the code lists some fields take (`standards/htcds-2.0.toml`, read from the standard's own
//! repository; the file names its source and commit). Checklist tags are checked against it, and
//! referral packets and the statistics export write only names and values found here.
//!
//! Also the few mappings from Tandem's own words to the standard's codes: languages (ISO 639-2),
//! the screening outcome (`vic_TraffickingStatus`, where a screening gives at most "possible") and
//! the CTDC age bands with their coarser levels.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::{Lang, Outcome};

const STANDARD: &str = include_str!("../../standards/htcds-2.0.toml");

/// The standard's field types, as `standards/htcds-2.0.toml` writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldType {
    Text,
    LongText,
    Number,
    Date,
    /// `TRUE` or `FALSE`.
    Checkbox,
    /// One value of the picklist.
    Picklist,
    /// Any number of values of the picklist.
    Multiselect,
    /// A reference to an organisation, a person or a user, written as text.
    Lookup,
    Geolocation,
    PicklistOrText,
}

impl FieldType {
    /// Whether the field's value is a code from a closed list (picklist or code list).
    pub fn is_coded(self) -> bool {
        matches!(
            self,
            FieldType::Checkbox
                | FieldType::Picklist
                | FieldType::Multiselect
                | FieldType::PicklistOrText
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldStatus {
    Draft,
    Deprecated,
}

/// A code list a field takes instead of a picklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Codes {
    #[serde(rename = "iso-3166-1-alpha-2")]
    Iso3166Alpha2,
    #[serde(rename = "iso-639-2")]
    Iso639_2,
}

/// One field of the standard.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub name: String,
    pub label: String,
    #[serde(rename = "type")]
    pub kind: FieldType,
    pub status: FieldStatus,
    #[serde(default)]
    pub core: bool,
    #[serde(default)]
    pub codes: Option<Codes>,
    /// Picklist value names, in the standard's order.
    #[serde(default)]
    pub values: Vec<String>,
}

/// The standard: fields by name and the code lists.
#[derive(Debug)]
pub struct Standard {
    pub version: String,
    pub source: String,
    pub commit: String,
    fields: BTreeMap<String, Field>,
    countries: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StandardFile {
    #[allow(dead_code)]
    standard: String,
    version: String,
    source: String,
    commit: String,
    fields: Vec<Field>,
    codes: CodesFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CodesFile {
    #[serde(rename = "iso-3166-1-alpha-2")]
    iso_3166_1_alpha_2: Vec<String>,
}

/// Why a tag does not name the standard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TagProblem {
    /// No field of this name; the nearest names, if any.
    UnknownField { nearest: Option<String> },
    /// The field is deprecated in 2.0.
    Deprecated,
    /// The value is not in the field's picklist or code list.
    UnknownValue { nearest: Option<String> },
    /// The field takes free text, a number or a date, not a coded value.
    NotCoded,
}

impl Standard {
    /// The standard shipped with Tandem (parsed once).
    pub fn get() -> &'static Standard {
        static STD: OnceLock<Standard> = OnceLock::new();
        STD.get_or_init(|| {
            let file: StandardFile =
                toml::from_str(STANDARD).expect("standards/htcds-2.0.toml is well formed");
            Standard {
                version: file.version,
                source: file.source,
                commit: file.commit,
                fields: file
                    .fields
                    .into_iter()
                    .map(|f| (f.name.clone(), f))
                    .collect(),
                countries: file.codes.iso_3166_1_alpha_2,
            }
        })
    }

    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.get(name)
    }

    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.fields.values()
    }

    /// Checks that `name` is a field of the standard still in use.
    pub fn check_field(&self, name: &str) -> Result<&Field, TagProblem> {
        match self.fields.get(name) {
            Some(f) if f.status == FieldStatus::Deprecated => Err(TagProblem::Deprecated),
            Some(f) => Ok(f),
            None => Err(TagProblem::UnknownField {
                nearest: nearest(name, self.fields.keys().map(String::as_str)),
            }),
        }
    }

    /// Checks that `value` is one the field `name` takes.
    pub fn check_value(&self, name: &str, value: &str) -> Result<(), TagProblem> {
        let field = self.check_field(name)?;
        match field.codes {
            Some(Codes::Iso3166Alpha2) => {
                if self.countries.iter().any(|c| c == value) {
                    Ok(())
                } else {
                    Err(TagProblem::UnknownValue {
                        nearest: nearest(value, self.countries.iter().map(String::as_str)),
                    })
                }
            }
            Some(Codes::Iso639_2) => {
                if value.len() == 3 && value.bytes().all(|b| b.is_ascii_lowercase()) {
                    Ok(())
                } else {
                    Err(TagProblem::UnknownValue { nearest: None })
                }
            }
            None if !field.kind.is_coded() => Err(TagProblem::NotCoded),
            None => {
                if field.values.iter().any(|v| v == value) {
                    Ok(())
                } else {
                    Err(TagProblem::UnknownValue {
                        nearest: nearest(value, field.values.iter().map(String::as_str)),
                    })
                }
            }
        }
    }

    /// The values a field takes, for a message (a code list is named, not listed).
    pub fn allowed(&self, name: &str) -> String {
        match self.fields.get(name) {
            Some(Field {
                codes: Some(Codes::Iso3166Alpha2),
                ..
            }) => "ISO 3166-1 alpha-2 country codes (MM, KH, LA, VN, TH, ...)".to_owned(),
            Some(Field {
                codes: Some(Codes::Iso639_2),
                ..
            }) => "ISO 639-2 three-letter language codes (mya, khm, lao, vie, tha, eng)".to_owned(),
            Some(f) => f.values.join(", "),
            None => String::new(),
        }
    }
}

/// The closest of `candidates` to `given` (case-insensitive edit distance at most a third of its
/// length), to suggest in a message.
fn nearest<'a>(given: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    let g = given.to_ascii_lowercase();
    candidates
        .map(|c| {
            (
                super::suggest::edit_distance(&g, &c.to_ascii_lowercase()),
                c,
            )
        })
        .filter(|(d, _)| *d <= g.len().max(3) / 3)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.to_owned())
}

/// The ISO 639-2 (terminology) code of an interview language, for `prs_PrimaryLanguage`.
pub fn language_code(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "eng",
        Lang::Th => "tha",
        Lang::My => "mya",
        Lang::Km => "khm",
        Lang::Lo => "lao",
        Lang::Vi => "vie",
    }
}

/// `vic_TraffickingStatus` of a screening decision. A screening finds indicators; it does not
/// identify: its strongest result is `PossibleVictimOfTrafficking`, and it never says
/// `NotAVictimOfTrafficking` (no indicators found is not a finding that someone was not trafficked).
pub fn trafficking_status(outcome: Outcome) -> Option<&'static str> {
    match outcome {
        Outcome::ReferPresumedVictim => Some("PossibleVictimOfTrafficking"),
        Outcome::ReferFurtherInterview | Outcome::VulnerableOtherReferral | Outcome::NoReferral => {
            None
        }
    }
}

/// The CTDC age bands, in order (SCREENING.md §7, HTCDS.md).
pub const AGE_BANDS: [&str; 9] = [
    "0-8", "9-17", "18-20", "21-23", "24-26", "27-29", "30-38", "39-47", "48+",
];

/// The CTDC age band of an age in years.
pub fn age_band(years: i64) -> &'static str {
    match years {
        i64::MIN..=8 => "0-8",
        9..=17 => "9-17",
        18..=20 => "18-20",
        21..=23 => "21-23",
        24..=26 => "24-26",
        27..=29 => "27-29",
        30..=38 => "30-38",
        39..=47 => "39-47",
        _ => "48+",
    }
}

/// A CTDC band one level coarser: a child band to `0-17`, an adult band to `18+`. Never merges a
/// child with an adult.
pub fn coarse_age_band(band: &str) -> &'static str {
    match band {
        "0-8" | "9-17" | "0-17" => "0-17",
        "18-20" | "21-23" | "24-26" | "27-29" | "30-38" | "39-47" | "48+" | "18+" => "18+",
        _ => "unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_standard_holds_its_fields_and_picklists() {
        let s = Standard::get();
        assert_eq!(s.version, "2.0");
        assert!(s.fields().count() >= 67);
        assert!(s.check_field("prs_Citizenship").is_ok());
        assert_eq!(
            s.check_field("prs_Nationality").err(),
            Some(TagProblem::UnknownField { nearest: None })
        );
        assert_eq!(
            s.check_field("vic_MethodOfControl").err(),
            Some(TagProblem::UnknownField {
                nearest: Some("vic_MethodsOfControl".into())
            })
        );
        assert_eq!(
            s.check_field("vic_Vulnerabilities").err(),
            Some(TagProblem::Deprecated)
        );
        assert!(s.check_value("vic_MethodsOfControl", "DebtBondage").is_ok());
        assert!(matches!(
            s.check_value("vic_MethodsOfControl", "Debtbondage"),
            Err(TagProblem::UnknownValue { nearest: Some(n) }) if n == "DebtBondage"
        ));
        assert!(s.check_value("prs_Citizenship", "MM").is_ok());
        assert!(s.check_value("prs_Citizenship", "Myanmar").is_err());
        assert!(s.check_value("con_Consent", "TRUE").is_ok());
        assert_eq!(
            s.check_value("prs_FirstName", "x"),
            Err(TagProblem::NotCoded)
        );
        assert!(
            s.check_value("vic_RelationshipToTrafficker", "Unaquainted")
                .is_ok()
        );
    }

    #[test]
    fn every_language_has_a_code_the_standard_takes() {
        for lang in Lang::ALL {
            assert!(
                Standard::get()
                    .check_value("prs_PrimaryLanguage", language_code(lang))
                    .is_ok()
            );
        }
    }

    #[test]
    fn bands_coarsen_without_merging_children_and_adults() {
        for years in 0..120 {
            let band = age_band(years);
            assert!(AGE_BANDS.contains(&band));
            assert_eq!(coarse_age_band(band) == "0-17", years < 18, "{years}");
        }
    }

    #[test]
    fn a_screening_never_says_not_a_victim() {
        for o in Outcome::ALL {
            assert_ne!(trafficking_status(*o), Some("NotAVictimOfTrafficking"));
        }
    }
}
