//! Translation units as XLIFF 2.1 (OASIS; namespace `urn:oasis:names:tc:xliff:document:2.0`,
//! `version="2.1"`), the exchange format of CAT tools (OmegaT, Trados, memoQ). One `<file>` per
//! locale file, one `<unit>` per message part (id `message` or `message.attribute`), one
//! segment each, never resegmented. What a translator reads stands in `<note>`s (English context,
//! care marker, review state); what import needs stands in the Metadata module (`mda`): message,
//! part, English fingerprint, review state.
//!
//! Writing goes through `quick-xml` (escaping), reading through `roxmltree` (strict, namespace
//! aware). Texts are plain: a placeable `{ $name }` is text a translator keeps as it is, and
//! import checks it.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::Lang;
use super::unit::{ExchangeError, ImportedFile, ImportedUnit, Part, TranslationUnit, UnitStatus};

pub const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:2.0";
pub const MDA_NS: &str = "urn:oasis:names:tc:xliff:metadata:2.0";
/// The metadata group that carries Tandem's unit data.
const MDA_CATEGORY: &str = "tandem";

const FILE_NOTE: &str = "Correct a target to change it, or set its state to \"reviewed\" (or \
\"final\") to confirm it as it is; then `tandem locales import FILE --reviewer NAME` records you as \
its reviewer. A message's text, hint and interpreter note are reviewed together. Keep every { $name } \
exactly as it is. Do not change the notes or the metadata.";

/// The XLIFF 2.1 document of `units`, all in `lang`.
pub fn write_xliff(lang: Lang, units: &[TranslationUnit]) -> Result<String, ExchangeError> {
    for u in units {
        let texts = [Some(&u.english), u.translation.as_ref()];
        if texts
            .iter()
            .flatten()
            .any(|t| t.chars().any(is_xml_forbidden))
        {
            return Err(ExchangeError::ControlCharacter(u.unit_id()));
        }
    }
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    write_document(&mut w, lang, units).expect("writing to memory cannot fail");
    let mut out =
        String::from_utf8(w.into_inner()).expect("quick-xml writes the UTF-8 it is given");
    out.push('\n');
    Ok(out)
}

fn write_document(
    w: &mut Writer<Vec<u8>>,
    lang: Lang,
    units: &[TranslationUnit],
) -> std::io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("xliff")
        .with_attributes([
            ("xmlns", XLIFF_NS),
            ("xmlns:mda", MDA_NS),
            ("version", "2.1"),
            ("srcLang", "en"),
            ("trgLang", lang.tag()),
        ])
        .write_inner_content(|w| {
            let mut start = 0;
            while start < units.len() {
                let file = &units[start].file;
                let end = units[start..]
                    .iter()
                    .position(|u| &u.file != file)
                    .map_or(units.len(), |n| start + n);
                write_file(w, file, &units[start..end])?;
                start = end;
            }
            Ok(())
        })?;
    Ok(())
}

fn write_file(
    w: &mut Writer<Vec<u8>>,
    file: &str,
    units: &[TranslationUnit],
) -> std::io::Result<()> {
    let original = format!("locales/en/{file}.ftl");
    w.create_element("file")
        .with_attributes([
            ("id", file),
            ("original", original.as_str()),
            ("canResegment", "no"),
        ])
        .write_inner_content(|w| {
            w.create_element("notes").write_inner_content(|w| {
                w.create_element("note")
                    .with_attribute(("category", "instructions"))
                    .write_text_content(BytesText::new(FILE_NOTE))?;
                Ok(())
            })?;
            for u in units {
                write_unit(w, u)?;
            }
            Ok(())
        })?;
    Ok(())
}

fn write_unit(w: &mut Writer<Vec<u8>>, u: &TranslationUnit) -> std::io::Result<()> {
    let id = u.unit_id();
    w.create_element("unit")
        .with_attributes([("id", id.as_str()), ("name", u.message.as_str())])
        .write_inner_content(|w| {
            w.create_element("mda:metadata").write_inner_content(|w| {
                w.create_element("mda:metaGroup")
                    .with_attribute(("category", MDA_CATEGORY))
                    .write_inner_content(|w| {
                        let care = if u.care { "yes" } else { "no" };
                        for (kind, value) in [
                            ("message", u.message.as_str()),
                            ("part", u.part.name()),
                            ("fingerprint", u.fingerprint.as_str()),
                            ("review", u.status.tag()),
                            ("care", care),
                        ] {
                            w.create_element("mda:meta")
                                .with_attribute(("type", kind))
                                .write_text_content(BytesText::new(value))?;
                        }
                        Ok(())
                    })?;
                Ok(())
            })?;
            w.create_element("notes").write_inner_content(|w| {
                let mut notes: Vec<(&str, &str, String)> = Vec::new();
                if u.care {
                    notes.push((
                        "care",
                        "1",
                        "Care: this question touches on sexual abuse or self-harm. Keep the words \
                         gentle and plain, never more explicit than the English."
                            .to_owned(),
                    ));
                }
                notes.push(("review", "2", review_note(u.status).to_owned()));
                for line in u.context_lines() {
                    notes.push(("context", "3", line));
                }
                for (category, priority, text) in notes {
                    w.create_element("note")
                        .with_attributes([
                            ("category", category),
                            ("priority", priority),
                            ("appliesTo", "source"),
                        ])
                        .write_text_content(BytesText::new(&text))?;
                }
                Ok(())
            })?;
            let (state, sub_state) = match u.status {
                UnitStatus::Missing => ("initial", None),
                UnitStatus::MachineDraft => ("translated", Some("tandem:machine-draft")),
                UnitStatus::Stale => ("translated", Some("tandem:stale")),
                UnitStatus::Reviewed => ("reviewed", None),
            };
            let mut segment = w.create_element("segment").with_attribute(("state", state));
            if let Some(s) = sub_state {
                segment = segment.with_attribute(("subState", s));
            }
            segment.write_inner_content(|w| {
                w.create_element("source")
                    .with_attribute(("xml:space", "preserve"))
                    .write_text_content(BytesText::new(&u.english))?;
                if let Some(t) = &u.translation {
                    w.create_element("target")
                        .with_attribute(("xml:space", "preserve"))
                        .write_text_content(BytesText::new(t))?;
                }
                Ok(())
            })?;
            Ok(())
        })?;
    Ok(())
}

fn review_note(status: UnitStatus) -> &'static str {
    match status {
        UnitStatus::Missing => "No translation yet: write one.",
        UnitStatus::MachineDraft => {
            "Unreviewed machine draft: check every word against the English."
        }
        UnitStatus::Stale => {
            "Out of date: the English changed after this was translated. Compare and correct."
        }
        UnitStatus::Reviewed => "Reviewed by a qualified translator against this English.",
    }
}

/// Characters XML 1.0 cannot carry at all.
fn is_xml_forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Reads an XLIFF 2.0 or 2.1 file written by `write_xliff` and edited in a CAT tool.
pub fn read_xliff(text: &str) -> Result<ImportedFile, ExchangeError> {
    let doc = roxmltree::Document::parse(text).map_err(|e| ExchangeError::Xml(e.to_string()))?;
    let root = doc.root_element();
    if root.tag_name().name() != "xliff" || root.tag_name().namespace() != Some(XLIFF_NS) {
        let name = match root.tag_name().namespace() {
            Some(ns) => format!("{{{ns}}}{}", root.tag_name().name()),
            None => root.tag_name().name().to_owned(),
        };
        return Err(ExchangeError::NotXliff(name));
    }
    let version = root.attribute("version").unwrap_or("");
    if version != "2.0" && version != "2.1" {
        return Err(ExchangeError::XliffVersion(version.to_owned()));
    }
    let src = root.attribute("srcLang").unwrap_or("");
    if src != "en" && !src.starts_with("en-") {
        return Err(ExchangeError::SourceNotEnglish(src.to_owned()));
    }
    let trg = root.attribute("trgLang").ok_or(ExchangeError::NoLanguage)?;
    let lang = trg
        .split(['-', '_'])
        .next()
        .and_then(Lang::from_tag)
        .ok_or_else(|| ExchangeError::UnknownLanguage(trg.to_owned()))?;
    let mut units = Vec::new();
    for file in root.children().filter(|n| is_xliff(n, "file")) {
        let file_id = file.attribute("id").unwrap_or("").to_owned();
        for unit in file.descendants().filter(|n| is_xliff(n, "unit")) {
            units.push(read_unit(&file_id, unit)?);
        }
    }
    Ok(ImportedFile { lang, units })
}

fn is_xliff(n: &roxmltree::Node, name: &str) -> bool {
    n.is_element() && n.tag_name().name() == name && n.tag_name().namespace() == Some(XLIFF_NS)
}

fn read_unit(file: &str, unit: roxmltree::Node) -> Result<ImportedUnit, ExchangeError> {
    let id = unit.attribute("id").unwrap_or("").to_owned();
    let meta = |kind: &str| {
        unit.descendants()
            .filter(|n| {
                n.is_element()
                    && n.tag_name().name() == "meta"
                    && n.tag_name().namespace() == Some(MDA_NS)
                    && n.attribute("type") == Some(kind)
                    && n.parent()
                        .is_some_and(|g| g.attribute("category") == Some(MDA_CATEGORY))
            })
            .find_map(|n| n.text().map(|t| t.trim().to_owned()))
    };
    // Without Tandem's metadata (a tool that dropped it) the unit id still says which part.
    let (message, part) = match (meta("message"), meta("part")) {
        (Some(m), Some(p)) => (m, Part::from_name(&p)),
        _ => match id.split_once('.') {
            Some((m, a)) => (m.to_owned(), Part::from_name(a)),
            None => (id.clone(), Part::Value),
        },
    };
    let mut target: Option<String> = None;
    let mut confirmed = false;
    for segment in unit.children().filter(|n| is_xliff(n, "segment")) {
        if matches!(segment.attribute("state"), Some("reviewed" | "final")) {
            confirmed = true;
        }
        if let Some(t) = segment.children().find(|n| is_xliff(n, "target")) {
            let text = target.get_or_insert_with(String::new);
            collect_text(&id, t, text)?;
        }
    }
    Ok(ImportedUnit {
        file: file.to_owned(),
        message,
        part,
        fingerprint: meta("fingerprint"),
        target,
        confirmed,
    })
}

/// The text of a target; `<mrk>` annotations (a CAT tool's comments or terms) keep their text,
/// any other inline code is refused (Tandem's texts have none).
fn collect_text(unit: &str, node: roxmltree::Node, out: &mut String) -> Result<(), ExchangeError> {
    for child in node.children() {
        if child.is_text() {
            out.push_str(child.text().unwrap_or(""));
        } else if child.is_element() {
            if child.tag_name().name() == "mrk" {
                collect_text(unit, child, out)?;
            } else {
                return Err(ExchangeError::InlineMarkup(
                    unit.to_owned(),
                    format!("<{}>", child.tag_name().name()),
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(part: Part, translation: Option<&str>, status: UnitStatus) -> TranslationUnit {
        TranslationUnit {
            file: "demo".into(),
            message: "paid".into(),
            part: part.clone(),
            english: "Paid <in full> & \"on time\"?".into(),
            translation: translation.map(str::to_owned),
            status,
            fingerprint: "0123456789abcdef".into(),
            care: true,
            context: vec![(Part::Attribute("hint".into()), "Wages".into())],
        }
    }

    #[test]
    fn written_xliff_reads_back_with_states_and_metadata() {
        let units = [
            unit(
                Part::Value,
                Some("ໄດ້ຮັບ <ຄົບ> & \"ທັນເວລາ\"?"),
                UnitStatus::MachineDraft,
            ),
            unit(Part::Attribute("hint".into()), None, UnitStatus::Missing),
        ];
        let text = write_xliff(Lang::Lo, &units).unwrap();
        assert!(text.contains("<segment state=\"translated\" subState=\"tandem:machine-draft\">"));
        assert!(text.contains("<segment state=\"initial\">"));
        assert!(text.contains("<note category=\"care\" priority=\"1\""));
        assert!(text.contains("Hint (English): Wages"));
        let back = read_xliff(&text).unwrap();
        assert_eq!(back.lang, Lang::Lo);
        assert_eq!(back.units.len(), 2);
        assert_eq!(
            back.units[0].target.as_deref(),
            units[0].translation.as_deref()
        );
        assert_eq!(
            back.units[0].fingerprint.as_deref(),
            Some("0123456789abcdef")
        );
        assert!(!back.units[0].confirmed);
        assert_eq!(back.units[1].part, Part::Attribute("hint".into()));
        assert_eq!(back.units[1].target, None);
    }

    #[test]
    fn a_cat_tools_edits_are_understood_or_refused_by_name() {
        let doc = |body: &str| {
            format!(
                "<xliff xmlns=\"{XLIFF_NS}\" version=\"2.0\" srcLang=\"en-US\" trgLang=\"km-KH\">\
                 <file id=\"demo\"><group id=\"g\">{body}</group></file></xliff>"
            )
        };
        // No Tandem metadata: the unit id says which part; a comment mark keeps its text.
        let f = read_xliff(&doc(
            "<unit id=\"paid.hint\"><segment state=\"final\"><source>Wages</source>\
             <target>ប្រាក់<mrk id=\"m1\" type=\"comment\" value=\"ok\">ឈ្នួល</mrk></target></segment></unit>",
        ))
        .unwrap();
        assert_eq!(f.lang, Lang::Km);
        let u = &f.units[0];
        assert_eq!((u.message.as_str(), u.part.name()), ("paid", "hint"));
        assert_eq!(u.target.as_deref(), Some("ប្រាក់ឈ្នួល"));
        assert!(u.confirmed);
        assert_eq!(u.fingerprint, None);
        let err = read_xliff(&doc(
            "<unit id=\"paid\"><segment><source>A</source><target>A<ph id=\"1\"/></target></segment></unit>",
        ))
        .unwrap_err();
        assert_eq!(
            err,
            ExchangeError::InlineMarkup("paid".into(), "<ph>".into())
        );
        for (text, want) in [
            ("<x/>", "not XLIFF 2.x"),
            ("<xliff", "not well-formed XML"),
            (
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"/>",
                "not XLIFF 2.x",
            ),
            (
                &format!(
                    "<xliff xmlns=\"{XLIFF_NS}\" version=\"2.1\" srcLang=\"th\" trgLang=\"km\"/>"
                ),
                "not English",
            ),
            (
                &format!(
                    "<xliff xmlns=\"{XLIFF_NS}\" version=\"2.1\" srcLang=\"en\" trgLang=\"de\"/>"
                ),
                "`de` is not one Tandem has",
            ),
        ] {
            let err = read_xliff(text).unwrap_err().to_string();
            assert!(err.contains(want), "{text}: {err}");
        }
    }

    #[test]
    fn control_characters_are_refused_before_writing() {
        let mut u = unit(Part::Value, Some("a\u{1}b"), UnitStatus::MachineDraft);
        assert_eq!(
            write_xliff(Lang::Km, std::slice::from_ref(&u)),
            Err(ExchangeError::ControlCharacter("paid".into()))
        );
        u.translation = Some("tab\tand\nnewline".into());
        let text = write_xliff(Lang::Km, &[u]).unwrap();
        assert_eq!(
            read_xliff(&text).unwrap().units[0].target.as_deref(),
            Some("tab\tand\nnewline")
        );
    }
}
