//! Translation units as CSV for a spreadsheet (LibreOffice, Excel, Google Sheets): one row per
//! message part, RFC 4180 quoting through the `csv` crate, UTF-8 with a byte-order mark so that
//! Excel reads Khmer and Burmese as UTF-8. A reviewer edits `translation`, or writes `reviewed`
//! in `status` to confirm a text as it is. Reading takes the columns by name (a spreadsheet may
//! move them) and accepts `,`, `;` or tab as the separator (what a spreadsheet saves in a
//! locale whose decimal comma takes the comma).

use super::Lang;
use super::unit::{ExchangeError, ImportedFile, ImportedUnit, Part, TranslationUnit};

/// The columns, in order.
pub const COLUMNS: [&str; 10] = [
    "lang",
    "file",
    "message",
    "part",
    "status",
    "care",
    "english",
    "translation",
    "context",
    "fingerprint",
];

const BOM: &str = "\u{feff}";

/// Written before each fingerprint: 16 hex digits can look like a number (`0123e45…`), which
/// a spreadsheet would silently turn into one.
const FINGERPRINT_PREFIX: &str = "fp-";

/// The CSV text of `units`, all in `lang`.
pub fn write_csv(lang: Lang, units: &[TranslationUnit]) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(COLUMNS)
        .expect("writing to memory cannot fail");
    for u in units {
        let context = u.context_lines().join("\n");
        let care = if u.care { "care" } else { "" };
        w.write_record([
            lang.tag(),
            &u.file,
            &u.message,
            u.part.name(),
            u.status.tag(),
            care,
            &u.english,
            u.translation.as_deref().unwrap_or(""),
            &context,
            &format!("{FINGERPRINT_PREFIX}{}", u.fingerprint),
        ])
        .expect("writing to memory cannot fail");
    }
    let bytes = w.into_inner().expect("writing to memory cannot fail");
    let body = String::from_utf8(bytes).expect("csv writes the UTF-8 it is given");
    format!("{BOM}{body}")
}

/// Reads a CSV written by `write_csv` and edited in a spreadsheet.
pub fn read_csv(bytes: &[u8]) -> Result<ImportedFile, ExchangeError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ExchangeError::NotUtf8)?;
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let header = text.lines().next().unwrap_or("");
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| header.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut r = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = r.headers().map_err(|e| csv_error(&e))?.clone();
    let col = |name: &'static str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
            .ok_or(ExchangeError::MissingColumn(name))
    };
    let (c_lang, c_file, c_message, c_part, c_translation, c_fingerprint) = (
        col("lang")?,
        col("file")?,
        col("message")?,
        col("part")?,
        col("translation")?,
        col("fingerprint")?,
    );
    let c_status = col("status").ok();
    let mut lang: Option<Lang> = None;
    let mut units = Vec::new();
    for record in r.records() {
        let record = record.map_err(|e| csv_error(&e))?;
        let get = |i: usize| record.get(i).unwrap_or("").trim();
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let tag = get(c_lang);
        let row_lang =
            Lang::from_tag(tag).ok_or_else(|| ExchangeError::UnknownLanguage(tag.to_owned()))?;
        match lang {
            None => lang = Some(row_lang),
            Some(l) if l != row_lang => {
                return Err(ExchangeError::MixedLanguages(l.tag().into(), tag.into()));
            }
            Some(_) => {}
        }
        // The translation keeps its inner line breaks; a spreadsheet may add `\r`.
        let target = record
            .get(c_translation)
            .unwrap_or("")
            .replace("\r\n", "\n");
        let fingerprint = get(c_fingerprint);
        let fingerprint = fingerprint
            .strip_prefix(FINGERPRINT_PREFIX)
            .unwrap_or(fingerprint);
        units.push(ImportedUnit {
            file: get(c_file).to_owned(),
            message: get(c_message).to_owned(),
            part: Part::from_name(get(c_part)),
            fingerprint: (!fingerprint.is_empty()).then(|| fingerprint.to_owned()),
            target: (!target.trim().is_empty()).then_some(target),
            confirmed: c_status.is_some_and(|c| get(c).eq_ignore_ascii_case("reviewed")),
        });
    }
    Ok(ImportedFile {
        lang: lang.ok_or(ExchangeError::NoLanguage)?,
        units,
    })
}

fn csv_error(e: &::csv::Error) -> ExchangeError {
    ExchangeError::Csv(e.position().map_or(1, ::csv::Position::line))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::UnitStatus;

    #[test]
    fn a_spreadsheets_csv_reads_back() {
        let units = [TranslationUnit {
            file: "demo".into(),
            message: "hours".into(),
            part: Part::Value,
            english: "{ $count ->\n   *[other] { $count } hours, \"about\"\n}".into(),
            translation: Some("{ $count ->\n   *[other] { $count } ຊົ່ວໂມງ\n}".into()),
            status: UnitStatus::Stale,
            fingerprint: "0123456789e12345".into(),
            care: false,
            context: Vec::new(),
        }];
        let text = write_csv(Lang::Lo, &units);
        assert!(text.contains("fp-0123456789e12345"), "{text}");
        let back = read_csv(text.as_bytes()).unwrap();
        assert_eq!(back.lang, Lang::Lo);
        let u = &back.units[0];
        assert_eq!(u.target, units[0].translation);
        assert_eq!(u.fingerprint.as_deref(), Some("0123456789e12345"));
        assert!(!u.confirmed);
        // Saved by a spreadsheet: semicolons, CRLF, columns moved, "reviewed" typed in.
        let sheet = "translation;status;fingerprint;part;message;file;lang\r\n\
                     \"ສອງ\r\nແຖວ\";Reviewed ;fp-0123456789abcdef;hint;paid;demo;lo\r\n;;;;;;\r\n";
        let back = read_csv(sheet.as_bytes()).unwrap();
        assert_eq!(back.units.len(), 1);
        let u = &back.units[0];
        assert_eq!(u.target.as_deref(), Some("ສອງ\nແຖວ"));
        assert_eq!(u.part, Part::Attribute("hint".into()));
        assert!(u.confirmed);
    }

    #[test]
    fn broken_csv_files_are_refused_by_name() {
        let cases: [(&[u8], ExchangeError); 4] = [
            (b"lang,file,message\n", ExchangeError::MissingColumn("part")),
            (
                b"lang,file,message,part,translation,fingerprint\nlo,a,b,value,x,fp-1\nkm,a,c,value,y,fp-2\n",
                ExchangeError::MixedLanguages("lo".into(), "km".into()),
            ),
            (b"\xff\xfe l", ExchangeError::NotUtf8),
            (
                b"lang,file,message,part,translation,fingerprint\n",
                ExchangeError::NoLanguage,
            ),
        ];
        for (bytes, want) in cases {
            assert_eq!(read_csv(bytes).unwrap_err(), want);
        }
    }
}
