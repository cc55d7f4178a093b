//! `referral.html` and the interpreter booklet: self-contained HTML (no scripts, no external
//! resources), printable on A4, headings in the officer's and the person's language, with font
//! fallbacks for Thai, Burmese, Khmer and Lao.
//!
//! Every text that reaches the page goes through [`escape`]; this module never writes files.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::document::{Bilingual, ReferralDocument, ui_pair};
use super::policy::REFERRAL_FIELDS;
use crate::l10n::{Lang, Locales, TranslationUnit};

/// Font stacks per script: Noto first (Debian's `fonts-noto-core`), then what Windows and
/// macOS ship, so the page reads on an office PC without extra fonts.
const CSS: &str = r#"
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
* { box-sizing: border-box; }
html { font-family: "Noto Sans", "Noto Sans Thai", "Noto Sans Myanmar", "Noto Sans Khmer", "Noto Sans Lao", "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt; line-height: 1.5; color: #000; background: #fff; }
body { margin: 0 auto; max-width: 180mm; padding: 8mm 0; }
:lang(th) { font-family: "Noto Sans Thai", "Noto Sans Thai UI", "Leelawadee UI", Tahoma, sans-serif; }
:lang(my) { font-family: "Noto Sans Myanmar", "Padauk", "Myanmar Text", sans-serif; line-height: 1.9; }
:lang(km) { font-family: "Noto Sans Khmer", "Khmer OS", "Khmer UI", "Leelawadee UI", sans-serif; line-height: 1.8; }
:lang(lo) { font-family: "Noto Sans Lao", "Phetsarath OT", "Lao UI", "Leelawadee UI", sans-serif; line-height: 1.8; }
:lang(vi) { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; }
h1 { font-size: 18pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #000; page-break-after: avoid; break-after: avoid; }
h1 .person, h2 .person, th .person, dt .person { display: block; font-weight: normal; font-size: 0.85em; color: #333; }
.notice { border: 2px solid #000; padding: 3mm; margin: 3mm 0; font-weight: bold; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0; }
tr { page-break-inside: avoid; break-inside: avoid; }
th, td { text-align: left; vertical-align: top; border: 1px solid #888; padding: 1.5mm 2mm; }
th { width: 38%; background: #eee; }
.person { color: #333; }
.unreviewed { display: inline-block; border: 1px dashed #000; font-size: 8pt; padding: 0 1mm; margin-left: 1mm; font-weight: normal; }
.urgent { font-weight: bold; }
.omitted { font-style: italic; }
.question { page-break-inside: avoid; break-inside: avoid; border: 1px solid #888; padding: 2mm 3mm; margin: 2mm 0; }
.question .id { font-family: monospace; font-size: 8pt; color: #444; }
.note { border-left: 3px solid #000; padding-left: 2mm; margin-top: 1mm; font-size: 10pt; }
.choices { margin: 1mm 0 0 4mm; padding: 0; }
footer { margin-top: 8mm; font-size: 9pt; color: #333; }
@media print { body { padding: 0; max-width: none; } }
"#;

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Fixed texts of the page (headings, field names) in both languages, from the `## referral`
/// section of `ui.ftl` (message `referral-<id>`). The person's column is left empty where the
/// person's language has no such message: a heading never pretends to be translated.
#[derive(Debug, Clone)]
pub struct Labels {
    pub officer_lang: String,
    pub person_lang: String,
    texts: BTreeMap<String, Bilingual>,
}

/// Every label id the pages use (message `referral-<id>` in `ui.ftl`).
pub const LABEL_IDS: [&str; 77] = [
    "title",
    "booklet-title",
    "notice",
    "packet",
    "packet-id",
    "created",
    "expires",
    "unit",
    "officer",
    "interviewing-officer",
    "recipient",
    "urgency",
    "urgency-emergency",
    "urgency-urgent",
    "urgency-normal",
    "languages",
    "consent",
    "consent-interview",
    "consent-share-with",
    "consent-police",
    "consent-guardian",
    "consent-basis",
    "basis-person",
    "basis-guardian",
    "basis-child-protection-override",
    "override-reason",
    "restrictions",
    "identity",
    "name",
    "case-ref",
    "age-group",
    "age-adult",
    "age-child",
    "age-unknown",
    "age",
    "age-basis",
    "age-group-from",
    "age-sources-disagree",
    "urgent-needs",
    "no-urgent-needs",
    "window-open-until",
    "window-closed",
    "window-time-unknown",
    "screening",
    "profile",
    "result",
    "result-indicators-present",
    "result-incomplete",
    "result-not-met",
    "rule-unverified",
    "decision",
    "yes",
    "no",
    "not-included",
    "unreviewed",
    "interpreter-note",
    "no-translation",
    "custody",
    "wishes",
    "services",
    "group-communication",
    "group-dependants",
    "group-documents",
    "group-custody",
    "group-wishes",
    "group-services",
    "group-narrative",
    "time-zone",
    "hours",
    "days",
    "window-closes-in",
    "kind-shelter",
    "kind-medical",
    "kind-legal-aid",
    "kind-social-welfare",
    "kind-ngo",
    "kind-police",
];

impl Labels {
    pub fn from_locales(locales: &Locales, officer: Lang, person: Lang) -> Labels {
        let texts = LABEL_IDS
            .iter()
            .map(|id| {
                (
                    (*id).to_owned(),
                    ui_pair(locales, officer, person, &format!("referral-{id}")),
                )
            })
            .collect();
        Labels {
            officer_lang: officer.tag().to_owned(),
            person_lang: person.tag().to_owned(),
            texts,
        }
    }

    fn get(&self, id: &str) -> Bilingual {
        self.texts
            .get(id)
            .cloned()
            .unwrap_or_else(|| Bilingual::officer_only(id))
    }
}

/// Writes bilingual text: the officer's text, then the person's in its own `lang` span, with a
/// visible marker when that translation is an unreviewed draft.
struct Page<'a> {
    out: String,
    labels: &'a Labels,
    used_unreviewed: bool,
}

impl Page<'_> {
    fn bi(&mut self, text: &Bilingual) -> String {
        let mut s = format!(
            "<span lang=\"{}\">{}</span>",
            escape(&self.labels.officer_lang),
            escape(&text.officer)
        );
        if let Some(person) = text.person.as_deref().filter(|p| *p != text.officer) {
            let _ = write!(
                s,
                " <span class=\"person\" lang=\"{}\">{}",
                escape(&self.labels.person_lang),
                escape(person)
            );
            if text.unreviewed {
                self.used_unreviewed = true;
                let marker = self.labels.get("unreviewed").officer;
                let _ = write!(s, "<span class=\"unreviewed\">{}</span>", escape(&marker));
            }
            s.push_str("</span>");
        }
        s
    }

    fn label(&mut self, id: &str) -> String {
        let text = self.labels.get(id);
        self.bi(&text)
    }

    fn heading(&mut self, level: u8, id: &str) {
        let text = self.label(id);
        let _ = writeln!(self.out, "<h{level}>{text}</h{level}>");
    }

    fn row(&mut self, label_id: &str, value_html: &str) {
        let label = self.label(label_id);
        let _ = writeln!(self.out, "<tr><th>{label}</th><td>{value_html}</td></tr>");
    }

    fn text_row(&mut self, label_id: &str, value: &str) {
        self.row(label_id, &escape(value));
    }

    fn yes_no(&mut self, value: bool) -> String {
        self.label(if value { "yes" } else { "no" })
    }

    fn head(&mut self, title_id: &str) {
        let lang = escape(&self.labels.officer_lang);
        let title = escape(&self.labels.get(title_id).officer);
        let _ = write!(
            self.out,
            "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        );
    }

    fn finish(mut self) -> String {
        if self.used_unreviewed {
            let marker = self.label("unreviewed");
            let _ = writeln!(
                self.out,
                "<footer><span class=\"unreviewed\">{marker}</span></footer>"
            );
        }
        self.out.push_str("</body>\n</html>\n");
        self.out
    }
}

/// A UTC time of the document (RFC 3339) as the unit's people read it: local time in the unit's
/// time zone, with the Buddhist Era year for a Thai officer (2026 is B.E. 2569), e.g.
/// `2569-12-03 14:44 (Asia/Bangkok)`. An unreadable time is shown as written.
fn local_time(utc: &str, time_zone: &str, officer_lang: &str) -> String {
    let (Ok(ts), Some(tz)) = (
        utc.parse::<jiff::Timestamp>(),
        crate::domain::time_zone(time_zone),
    ) else {
        return utc.to_owned();
    };
    let local = ts.to_zoned_datetime(tz);
    format!(
        "{} {:02}:{:02} ({time_zone})",
        crate::domain::dates::ymd(local.date(), officer_lang == "th"),
        local.hour(),
        local.minute()
    )
}

/// How long from `from` until `until` (both RFC 3339), in hours up to three days, else in
/// whole days: `None` when either is unreadable or the time has passed.
fn time_left(from: &str, until: &str) -> Option<(i64, &'static str)> {
    let from = from.parse::<jiff::Timestamp>().ok()?;
    let until = until.parse::<jiff::Timestamp>().ok()?;
    let secs = until.duration_since(from).as_secs();
    if secs <= 0 {
        return None;
    }
    let hours = secs / 3600;
    Some(if hours <= 72 {
        (hours, "hours")
    } else {
        (hours / 24, "days")
    })
}

/// Renders `referral.html` for one referral document.
pub fn referral_html(doc: &ReferralDocument, labels: &Labels) -> String {
    let mut p = Page {
        out: String::with_capacity(16 * 1024),
        labels,
        used_unreviewed: false,
    };
    p.head("title");
    p.heading(1, "title");
    let notice = p.label("notice");
    let _ = writeln!(
        p.out,
        "<div class=\"notice\">{notice}<br><span lang=\"en\">{}</span></div>",
        escape(&doc.notice)
    );

    p.heading(2, "packet");
    p.out.push_str("<table>\n");
    p.text_row("packet-id", &doc.packet_id);
    let tz = doc.time_zone.clone();
    let lang = labels.officer_lang.clone();
    p.text_row("created", &local_time(&doc.created, &tz, &lang));
    p.text_row("expires", &local_time(&doc.expires, &tz, &lang));
    p.text_row("unit", &doc.unit);
    p.text_row("officer", &doc.officer);
    if let Some(by) = &doc.interviewing_officer {
        p.text_row("interviewing-officer", by);
    }
    let kind = p.label(&format!("kind-{}", doc.recipient.kind));
    p.row(
        "recipient",
        &format!("{} ({kind})", escape(&doc.recipient.name)),
    );
    let urgency = p.label(&format!("urgency-{}", doc.urgency.id()));
    // The window that closes first, when one is still open: act by then.
    let first_window = doc
        .urgent_needs
        .iter()
        .flatten()
        .flat_map(|n| &n.windows)
        .filter(|w| w.open)
        .filter_map(|w| Some((w, w.open_until.as_deref()?)))
        .min_by(|a, b| a.1.cmp(b.1));
    let soonest = match first_window {
        Some((w, until)) => {
            let name = p.bi(&w.label);
            let closes = p.label("window-closes-in");
            let left = time_left(&doc.created, until)
                .map(|(n, unit)| format!(", {n} {}", p.labels.get(unit).officer))
                .unwrap_or_default();
            format!(
                " &middot; {name}: {closes} {}{}",
                escape(&local_time(until, &tz, &lang)),
                escape(&left)
            )
        }
        None => String::new(),
    };
    p.row(
        "urgency",
        &format!("<span class=\"urgent\">{urgency}{soonest}</span>"),
    );
    let langs = format!("{} / {}", doc.languages.officer, doc.languages.person);
    p.text_row("languages", &langs);
    p.out.push_str("</table>\n");

    if let Some(c) = &doc.consent {
        p.heading(2, "consent");
        p.out.push_str("<table>\n");
        let v = p.yes_no(c.interview);
        p.row("consent-interview", &v);
        let kinds: Vec<String> = c
            .share_with
            .iter()
            .map(|k| p.label(&format!("kind-{}", k.id())))
            .collect();
        p.row("consent-share-with", &kinds.join(", "));
        let v = p.yes_no(c.police_contact);
        p.row("consent-police", &v);
        let v = p.yes_no(c.guardian_consent);
        p.row("consent-guardian", &v);
        let basis = p.label(&format!("basis-{}", c.basis));
        p.row("consent-basis", &basis);
        if let Some(r) = &c.override_reason {
            p.text_row("override-reason", r);
        }
        if let Some(r) = &c.restrictions {
            p.row(
                "restrictions",
                &format!("<span class=\"urgent\">{}</span>", escape(r)),
            );
        }
        p.out.push_str("</table>\n");
    }

    if let Some(id) = &doc.identity {
        p.heading(2, "identity");
        p.out.push_str("<table>\n");
        if let Some(n) = &id.name {
            p.text_row("name", n);
        }
        if let Some(r) = &id.case_ref {
            p.text_row("case-ref", r);
        }
        let age = p.label(&format!("age-{}", id.age_group));
        p.row("age-group", &age);
        if let Some(a) = &id.age {
            if let (Some(years), Some(band)) = (a.years, &a.band) {
                p.text_row("age", &format!("{years} ({band})"));
            }
            if let Some(basis) = &a.basis {
                p.text_row("age-basis", basis);
            }
            if !a.group_from.is_empty() {
                p.text_row("age-group-from", &a.group_from.join(", "));
            }
            if a.sources_disagree {
                let yes = p.yes_no(true);
                p.row("age-sources-disagree", &yes);
            }
        }
        for f in &id.details {
            let label = p.bi(&f.label);
            let value = p.bi(&f.value);
            let _ = writeln!(p.out, "<tr><th>{label}</th><td>{value}</td></tr>");
        }
        p.out.push_str("</table>\n");
    }

    if let Some(needs) = &doc.urgent_needs {
        p.heading(2, "urgent-needs");
        if needs.is_empty() {
            let none = p.label("no-urgent-needs");
            let _ = writeln!(p.out, "<p>{none}</p>");
        } else {
            p.out.push_str("<ul>\n");
            for n in needs {
                let label = p.bi(&n.label);
                let _ = write!(p.out, "<li><span class=\"urgent\">{label}</span>");
                for d in &n.details {
                    let l = p.bi(&d.label);
                    let v = p.bi(&d.value);
                    let _ = write!(p.out, "<br>{l}: {v}");
                }
                if !n.windows.is_empty() {
                    p.out.push_str("<ul>");
                    for w in &n.windows {
                        let wl = p.bi(&w.label);
                        let length = if w.hours > 72 {
                            format!("{} {}", w.hours / 24, p.labels.get("days").officer)
                        } else {
                            format!("{} {}", w.hours, p.labels.get("hours").officer)
                        };
                        let state = match (&w.open_until, w.open) {
                            (Some(until), true) => {
                                let l = p.label("window-open-until");
                                let left = time_left(&doc.created, until)
                                    .map(|(n, unit)| {
                                        format!(" ({n} {})", p.labels.get(unit).officer)
                                    })
                                    .unwrap_or_default();
                                format!(
                                    "<span class=\"urgent\">{l}: {}{}</span>",
                                    escape(&local_time(until, &tz, &lang)),
                                    escape(&left)
                                )
                            }
                            (Some(until), false) => {
                                let l = p.label("window-closed");
                                format!("{l} ({})", escape(&local_time(until, &tz, &lang)))
                            }
                            (None, true) => {
                                let l = p.label("window-time-unknown");
                                format!("<span class=\"urgent\">{l}</span>")
                            }
                            (None, false) => escape(&length),
                        };
                        let _ = write!(p.out, "<li>{wl} ({}): {state}</li>", escape(&length));
                    }
                    p.out.push_str("</ul>");
                }
                p.out.push_str("</li>\n");
            }
            p.out.push_str("</ul>\n");
        }
    }

    // In the order of the table, one heading per group.
    let mut groups: Vec<&str> = REFERRAL_FIELDS.iter().map(|r| r.group).collect();
    groups.dedup();
    for group in groups {
        let Some(fields) = doc.circumstances.get(group) else {
            continue;
        };
        p.heading(2, &format!("group-{group}"));
        p.out.push_str("<table>\n");
        for row in REFERRAL_FIELDS.iter().filter(|r| r.group == group) {
            if let Some(f) = fields.get(row.field) {
                let label = p.bi(&f.label);
                let value = p.bi(&f.value);
                let _ = writeln!(p.out, "<tr><th>{label}</th><td>{value}</td></tr>");
            }
        }
        p.out.push_str("</table>\n");
    }

    if let Some(s) = &doc.screening {
        p.heading(2, "screening");
        p.out.push_str("<table>\n");
        p.text_row("profile", &s.profile);
        let result = p.label(&format!("result-{}", s.result));
        p.row("result", &format!("<span class=\"urgent\">{result}</span>"));
        if !s.rule_verified {
            let l = p.label("rule-unverified");
            let _ = writeln!(
                p.out,
                "<tr><td colspan=\"2\" class=\"omitted\">{l}</td></tr>"
            );
        }
        for d in &s.dimensions {
            let label = p.bi(&d.label);
            let mut cell = format!("<strong>{}</strong>", escape(&d.status));
            if !d.indicators.is_empty() {
                cell.push_str("<ul>");
                for i in &d.indicators {
                    let q = p.bi(&i.question);
                    let _ = write!(
                        cell,
                        "<li>{q} <span class=\"id\">[{} / {}]</span></li>",
                        escape(&i.id),
                        escape(&i.strength)
                    );
                }
                cell.push_str("</ul>");
            }
            let _ = writeln!(p.out, "<tr><th>{label}</th><td>{cell}</td></tr>");
        }
        p.out.push_str("</table>\n");
    }

    if let Some(d) = &doc.decision {
        p.heading(2, "decision");
        let words = p.bi(&d.label);
        let _ = writeln!(p.out, "<p>{words}</p>");
    }

    let all = [
        "consent",
        "identity",
        "urgent-needs",
        "screening",
        "decision",
        "custody",
        "wishes",
        "services",
    ];
    let omitted: Vec<&str> = all
        .into_iter()
        .filter(|s| !doc.sections.iter().any(|x| x == s))
        .collect();
    if !omitted.is_empty() {
        let l = p.label("not-included");
        let names: Vec<String> = omitted.iter().map(|s| p.labels.get(s).officer).collect();
        let _ = writeln!(
            p.out,
            "<p class=\"omitted\">{l}: {}</p>",
            escape(&names.join(", "))
        );
    }
    p.finish()
}

/// One question of the interpreter booklet.
#[derive(Debug, Clone)]
pub struct BookletQuestion {
    pub id: String,
    pub section: Bilingual,
    pub prompt: Bilingual,
    pub hint: Option<Bilingual>,
    pub interpreter_note: Option<Bilingual>,
    pub choices: Vec<Bilingual>,
    pub sensitive: bool,
}

/// Renders the printable bilingual interpreter booklet of one checklist.
pub fn booklet_html(title: &Bilingual, questions: &[BookletQuestion], labels: &Labels) -> String {
    let mut p = Page {
        out: String::with_capacity(32 * 1024),
        labels,
        used_unreviewed: false,
    };
    p.head("booklet-title");
    let t = p.bi(title);
    let booklet = p.label("booklet-title");
    let _ = writeln!(p.out, "<h1>{booklet}</h1>\n<p>{t}</p>");
    let mut section: Option<&str> = None;
    for q in questions {
        if section != Some(q.section.officer.as_str()) {
            section = Some(q.section.officer.as_str());
            let s = p.bi(&q.section);
            let _ = writeln!(p.out, "<h2>{s}</h2>");
        }
        let mut prompt = p.bi(&q.prompt);
        if q.prompt.person.is_none() && p.labels.person_lang != p.labels.officer_lang {
            // A missing translation is shown, never filled in with the officer's text.
            let gap = p.label("no-translation");
            let _ = write!(prompt, " <span class=\"unreviewed\">{gap}</span>");
        }
        let care = if q.sensitive { " &#9888;" } else { "" };
        let _ = write!(
            p.out,
            "<div class=\"question\"><div class=\"id\">{}{care}</div><div>{prompt}</div>",
            escape(&q.id)
        );
        if let Some(h) = &q.hint {
            let h = p.bi(h);
            let _ = write!(p.out, "<div class=\"omitted\">{h}</div>");
        }
        if !q.choices.is_empty() {
            p.out.push_str("<ul class=\"choices\">");
            for c in &q.choices {
                let c = p.bi(c);
                let _ = write!(p.out, "<li>{c}</li>");
            }
            p.out.push_str("</ul>");
        }
        if let Some(n) = &q.interpreter_note {
            let n = p.bi(n);
            let _ = write!(p.out, "<div class=\"note\">{n}</div>");
        }
        p.out.push_str("</div>\n");
    }
    p.finish()
}

/// Texts of the translation review proof (message `referral-proof-<id>` in `ui.ftl`), in the
/// officer's language: the proof is for the translator and the coordinator.
pub const PROOF_LABEL_IDS: [&str; 13] = [
    "title",
    "intro",
    "message",
    "english",
    "translation",
    "corrections",
    "status-missing",
    "status-machine-draft",
    "status-stale",
    "status-reviewed",
    "care",
    "reviewer",
    "date",
];

/// Landscape, so that the corrections column has room to write in by hand.
const PROOF_CSS: &str = r#"
@page { size: A4 landscape; margin: 12mm; }
body { max-width: none; padding: 6mm; }
table.proof th { width: auto; }
table.proof td { height: 12mm; }
table.proof .id { width: 17%; }
table.proof td.id { font-family: monospace; font-size: 8pt; word-break: break-all; }
table.proof .en { width: 26%; }
table.proof .tr { width: 29%; }
table.proof .corr { width: 28%; }
.status { display: block; font-size: 8pt; margin-top: 1mm; }
.sign { margin-top: 8mm; border-top: 1px solid #000; padding-top: 2mm; }
"#;

/// The booklet as a translation review proof: every message part of one locale file (a
/// checklist, or `ui`) with its id and English fingerprint, the English, the translation with
/// its review state and care marker, and an empty column for handwritten corrections.
pub fn booklet_proof_html(
    title: &str,
    locales: &Locales,
    officer: Lang,
    person: Lang,
    units: &[TranslationUnit],
) -> String {
    let label = |id: &str| escape(&locales.ui(officer, &format!("referral-proof-{id}"), &[]));
    let person_tag = escape(person.tag());
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{} · {}</title>\n<style>{CSS}{PROOF_CSS}</style>\n</head>\n<body>\n",
        escape(officer.tag()),
        label("title"),
        escape(title),
    );
    let _ = writeln!(
        out,
        "<h1>{} · {} · <span lang=\"{person_tag}\">{}</span></h1>\n<p>{}</p>",
        label("title"),
        escape(title),
        escape(person.endonym()),
        label("intro"),
    );
    let _ = writeln!(
        out,
        "<table class=\"proof\">\n<thead><tr><th class=\"id\">{}</th><th class=\"en\">{}</th>\
         <th class=\"tr\">{}</th><th class=\"corr\">{}</th></tr></thead>\n<tbody>",
        label("message"),
        label("english"),
        label("translation"),
        label("corrections"),
    );
    for u in units {
        let care = if u.care {
            format!("<span class=\"status\">&#9888; {}</span>", label("care"))
        } else {
            String::new()
        };
        let status = label(&format!("status-{}", u.status.tag()));
        let translation = u.translation.as_deref().map(escape).unwrap_or_default();
        let _ = writeln!(
            out,
            "<tr><td class=\"id\">{}<br>{}</td><td class=\"en\" lang=\"en\">{}{care}</td>\
             <td class=\"tr\"><span lang=\"{person_tag}\">{translation}</span>\
             <span class=\"status\">{status}</span></td><td class=\"corr\"></td></tr>",
            escape(&u.unit_id()),
            escape(&u.fingerprint),
            escape(&u.english),
        );
    }
    out.push_str("</tbody>\n</table>\n");
    let _ = writeln!(
        out,
        "<p class=\"sign\">{}: ______________________________</p>\n\
         <p class=\"sign\">{}: ______________________________</p>",
        label("reviewer"),
        label("date"),
    );
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(
            escape(r#"<script>"a" & 'b'</script>"#),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn every_label_has_an_english_message() {
        let locales = Locales::builtin();
        for id in LABEL_IDS {
            let msg = format!("referral-{id}");
            assert_ne!(locales.ui(Lang::En, &msg, &[]), msg, "ui.ftl lacks {msg}");
        }
        let labels = Labels::from_locales(&locales, Lang::En, Lang::My);
        assert_eq!(labels.get("title").officer, "Referral");
        for id in PROOF_LABEL_IDS {
            let msg = format!("referral-proof-{id}");
            assert_ne!(
                locales.ui(Lang::En, &msg, &[]),
                msg,
                "en/ui.ftl lacks {msg}"
            );
            // Thai officers get the proof in Thai, not in an English fallback.
            assert!(
                locales.interviewee_ui(Lang::Th, &msg, &[]).is_some(),
                "th/ui.ftl lacks {msg}"
            );
        }
    }

    #[test]
    fn the_review_proof_has_ids_texts_states_and_an_empty_corrections_column() {
        use crate::l10n::{Part, UnitStatus};
        let locales = Locales::builtin();
        let unit = |part: Part, translation: Option<&str>, status, care| TranslationUnit {
            file: "demo".into(),
            message: "paid".into(),
            part,
            english: "Paid <in full>?".into(),
            translation: translation.map(str::to_owned),
            status,
            fingerprint: "0123456789abcdef".into(),
            care,
            context: Vec::new(),
        };
        let units = [
            unit(Part::Value, Some("ບາດ & ຄົບ"), UnitStatus::Stale, true),
            unit(
                Part::Attribute("hint".into()),
                None,
                UnitStatus::Missing,
                false,
            ),
        ];
        let html = booklet_proof_html("Demo", &locales, Lang::En, Lang::Lo, &units);
        for want in [
            "<td class=\"id\">paid<br>0123456789abcdef</td>",
            "<td class=\"id\">paid.hint<br>",
            "Paid &lt;in full&gt;?",
            "<span lang=\"lo\">ບາດ &amp; ຄົບ</span>",
            "Out of date: the English changed",
            "No translation yet",
            "&#9888; Care:",
            "<td class=\"corr\"></td></tr>",
            "Reviewer (name and qualification)",
        ] {
            assert!(html.contains(want), "want {want}");
        }
        assert_eq!(html.matches("<td class=\"corr\"></td>").count(), 2);
        assert!(!html.contains("<script"));
    }
}
