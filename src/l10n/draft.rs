//! Review records for new machine drafts: after a translator (or a machine) writes texts into
//! `locales/<tag>/*.ftl`, `tandem locales draft --lang <tag>` records each new message as
//! `machine-draft` against the current English fingerprint. It never writes `reviewed` and never
//! changes an existing record.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::review::{self, ReviewRecord, ReviewStatus};
use super::{L10nError, Lang, Locales};

/// Adds a `machine-draft` record for every message of `lang` under `dir` that has none (and
/// that English has). Returns each review file written with the number of records added.
pub fn draft_records(dir: &Path, lang: Lang) -> Result<Vec<(PathBuf, usize)>, L10nError> {
    let locales = Locales::from_dir(dir)?;
    let mut written = Vec::new();
    if lang == Lang::En {
        return Ok(written);
    }
    for name in locales.file_names() {
        let ids = locales.messages(lang, name);
        if ids.is_empty() {
            continue;
        }
        let path = dir.join(lang.tag()).join(format!("{name}.review.toml"));
        let mut records = match std::fs::read_to_string(&path) {
            Ok(text) => {
                let (records, diags) = review::parse_records(&path, &text);
                if !diags.is_empty() {
                    return Err(L10nError::MalformedReview { path });
                }
                records
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => BTreeMap::new(),
            Err(source) => return Err(L10nError::Read { path, source }),
        };
        let mut added = 0;
        for id in ids {
            if records.contains_key(id) || !locales.has_message(lang, name, id) {
                continue;
            }
            let Some(english) = locales.english_fingerprint(name, id) else {
                continue;
            };
            let record = ReviewRecord {
                status: ReviewStatus::MachineDraft,
                source: english.to_owned(),
                reviewer: None,
                reviewed_on: None,
                english: locales.english_canonical(name, id),
            };
            records.insert(id.clone(), record);
            added += 1;
        }
        if added > 0 {
            std::fs::write(&path, review::write_records(&records)).map_err(|source| {
                L10nError::Write {
                    path: path.clone(),
                    source,
                }
            })?;
            written.push((path, added));
        }
    }
    Ok(written)
}
