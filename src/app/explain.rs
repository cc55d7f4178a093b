//! The catalogue of explanations: every error that can reach a person, mapped to the message that
//! explains it (`err-<id>`: what happened; `rec-<id>`: what to do) in `locales/<tag>/ui.ftl`.
//! Each `match` is exhaustive, so a new variant cannot be added without its message; a test reads
//! every id written here and finds both messages in English and Thai.
//!
//! Arguments are ids, paths, staff and partner names, counts and limits: never personal data.

use crate::checklist::catalog::ChecklistError;
use crate::checklist::scoring::ScoringError;
use crate::domain::{Explain, Explanation, UnknownValue};
use crate::interview::answer::AnswerError;
use crate::interview::flow::FlowError;
use crate::interview::record::DocumentError;
use crate::l10n::L10nError;
use crate::referral::ReferralError;
use crate::vault::VaultError;

use super::error::{AnswersProblem, DocumentOrigin, Error};

fn e(id: &'static str) -> Explanation {
    Explanation::new(id)
}

impl Explain for Error {
    fn explain(&self) -> Explanation {
        match self {
            Error::Vault(v) => v.explain(),
            Error::Referral(r) => r.explain(),
            Error::Checklists(c) => c.explain(),
            Error::Locales(l) => l.explain(),
            Error::Scoring(s) => s.explain(),
            Error::Flow(f) => f.explain(),
            Error::Vocabulary(v) => v.explain(),
            Error::Document { origin, source } => {
                let cause = source.explain();
                match origin {
                    DocumentOrigin::Stdin => e("document-stdin"),
                    DocumentOrigin::File(path) => e("document-file").arg("path", path.display()),
                    DocumentOrigin::Line(path, line) => e("document-line")
                        .arg("path", path.display())
                        .num("line", *line),
                }
                .because(cause)
            }
            Error::NoSuchPartner { name } => e("no-such-partner").arg("name", name),
            Error::NoSuchChecklist { id, known } => e("no-such-checklist")
                .arg("id", crate::interview::record::echo_safe(id))
                .arg("known", known.join(", ")),
            Error::NotAnOfficerLang { lang } => e("not-officer-lang").arg("lang", lang),
            Error::NotAllowed { from, transition } => e("not-allowed")
                .arg("status", from)
                .arg("transition", transition),
            Error::ReasonRequired => e("reason-required"),
            Error::NoDecision => e("no-decision"),
            Error::Read { what, path, source } => e("read")
                .arg("what", what.id())
                .arg("path", path.display())
                .arg("reason", source),
            Error::Write { path, source } => {
                e("write").arg("path", path.display()).arg("reason", source)
            }
            Error::Exists { path } => e("exists").arg("path", path.display()),
            Error::NoTerminal => e("no-terminal"),
            Error::PassphrasesDiffer => e("passphrases-differ"),
            Error::EmptyPassphrase => e("empty-passphrase"),
            Error::NoUsers => e("no-users"),
            Error::NeedsTerminal => e("needs-terminal"),
            Error::NotANumber { variable } => e("not-a-number").arg("variable", variable),
            Error::EnglishIsTheSource => e("english-is-source"),
            Error::NoLocalesDir { path } => e("no-locales-dir").arg("path", path.display()),
            Error::NoSuchProfile { id } => {
                e("no-such-profile").arg("id", crate::interview::record::echo_safe(id))
            }
            Error::Answers { path, problem } => {
                let cause = match problem {
                    AnswersProblem::NotJson { line, column } => e("answers-not-json")
                        .num("line", *line)
                        .num("column", *column),
                    AnswersProblem::NotAnObject => e("answers-not-object"),
                    AnswersProblem::OtherChecklist {
                        question,
                        belongs_to,
                        checklist,
                    } => e("answers-other-checklist")
                        .arg("question", question)
                        .arg("belongs", belongs_to)
                        .arg("checklist", checklist),
                    AnswersProblem::NoSuchQuestion {
                        question,
                        checklist,
                    } => e("answers-no-such-question")
                        .arg("question", crate::interview::record::echo_safe(question))
                        .arg("checklist", checklist),
                    AnswersProblem::Answer(a) => a.explain(),
                };
                e("answers-file").arg("path", path.display()).because(cause)
            }
            Error::Exchange { path, source } => e("exchange-file")
                .arg("path", path.display())
                .because(source.explain()),
            Error::BadReviewer => e("bad-reviewer"),
            Error::BadDate { value } => {
                e("bad-date").arg("value", crate::interview::record::echo_safe(value))
            }
            Error::KTooSmall { k } => e("k-too-small")
                .num("k", *k as u64)
                .num("min", crate::stats::MIN_K as u64),
            Error::BadPeriod { from, to } => e("bad-period").arg("from", from).arg("to", to),
            Error::TargetIsEnglish { path } => e("target-is-english").arg("path", path.display()),
            Error::TooLarge { what, path, limit } => e("too-large")
                .arg("what", what.id())
                .arg("path", path.display())
                .num("limit", *limit),
            Error::Terminal(err) => e("terminal").arg("reason", err),
            Error::Output(err) => e("output").arg("reason", err),
        }
    }

    fn is_input(&self) -> bool {
        match self {
            Error::Vault(v) => v.is_input(),
            Error::Referral(r) => r.is_input(),
            Error::Checklists(_) | Error::Locales(_) => true,
            Error::Scoring(_) | Error::Flow(_) | Error::Vocabulary(_) => true,
            Error::Document { .. } => true,
            Error::NoSuchPartner { .. }
            | Error::NoSuchChecklist { .. }
            | Error::NotAnOfficerLang { .. }
            | Error::NotAllowed { .. }
            | Error::ReasonRequired
            | Error::NoDecision
            | Error::Read { .. }
            | Error::Exists { .. }
            | Error::NoTerminal
            | Error::PassphrasesDiffer
            | Error::EmptyPassphrase
            | Error::NoUsers
            | Error::NeedsTerminal
            | Error::NotANumber { .. }
            | Error::EnglishIsTheSource
            | Error::NoLocalesDir { .. }
            | Error::NoSuchProfile { .. }
            | Error::Answers { .. }
            | Error::Exchange { .. }
            | Error::BadReviewer
            | Error::BadDate { .. }
            | Error::KTooSmall { .. }
            | Error::BadPeriod { .. }
            | Error::TargetIsEnglish { .. }
            | Error::TooLarge { .. } => true,
            Error::Write { .. } | Error::Output(_) | Error::Terminal(_) => false,
        }
    }
}

impl Explain for VaultError {
    fn explain(&self) -> Explanation {
        match self {
            VaultError::NotFound { dir } => e("vault-not-found").arg("dir", dir.display()),
            VaultError::AlreadyExists { dir } => e("vault-exists").arg("dir", dir.display()),
            VaultError::Busy { dir, pid } => e("vault-busy")
                .arg("dir", dir.display())
                .arg("pid", pid.map_or_else(|| "-".to_owned(), |p| p.to_string())),
            VaultError::UnknownUser { name } => e("unknown-user").arg("name", name),
            VaultError::UserExists { name } => e("user-exists").arg("name", name),
            VaultError::WrongPassphrase { user } => e("wrong-passphrase").arg("user", user),
            VaultError::SupervisorOnly => e("supervisor-only"),
            VaultError::LastSupervisor { name } => e("last-supervisor").arg("name", name),
            VaultError::RecordNotFound { id } => e("record-not-found").arg("id", id),
            VaultError::BadRecordId { value } => {
                e("bad-record-id").arg("value", crate::interview::record::echo_safe(value))
            }
            VaultError::Damaged { part } => {
                let (part, subject) = part.id_and_subject();
                e("vault-damaged").arg("part", part).arg("subject", subject)
            }
            VaultError::NoBucketKey { bucket } => e("no-bucket-key").arg("bucket", bucket),
            VaultError::BucketExpired { bucket } => e("bucket-expired").arg("bucket", bucket),
            VaultError::NoUnitKey => e("no-unit-key"),
            VaultError::NoRecoveryRecipient => e("no-recovery-recipient"),
            VaultError::InterruptedInit { dir } => e("interrupted-init").arg("dir", dir.display()),
            VaultError::UnknownTimeZone { zone } => {
                e("unknown-time-zone").arg("zone", crate::interview::record::echo_safe(zone))
            }
            VaultError::WrongRecoveryIdentity => e("wrong-recovery-identity"),
            VaultError::BadKey { role } => e("bad-key").arg("role", role.id()),
            VaultError::BadName { what } => e("bad-name").arg("what", what.id()),
            VaultError::BadWorkFactor { max } => e("bad-work-factor").num("max", *max),
            VaultError::BadRetention => e("bad-retention"),
            VaultError::PartnerExists { name } => e("partner-exists").arg("name", name),
            VaultError::UnknownPartner { name } => e("no-such-partner").arg("name", name),
            VaultError::Tampered { part } => {
                let (part, subject) = part.id_and_subject();
                e("vault-tampered")
                    .arg("part", part)
                    .arg("subject", subject)
            }
            VaultError::RecordsDisagreeWithLog { problems, first } => e("records-disagree")
                .num("count", *problems)
                .arg("first", first),
            VaultError::AuditBroken { seq, reason } => {
                e("audit-broken").num("seq", *seq).arg("reason", reason)
            }
            VaultError::NewerSchema { found, known } => {
                e("newer-schema").num("found", *found).num("known", *known)
            }
            VaultError::Storage(err) => e("storage").arg("reason", err),
            VaultError::Migration(err) => e("migration").arg("reason", err),
            VaultError::Io {
                action,
                path,
                source,
            } => e("vault-io")
                .arg("action", action.id())
                .arg("path", path.display())
                .arg("reason", source),
            VaultError::BackupExists { path } => e("backup-exists").arg("path", path.display()),
            VaultError::NotABackup { path } => e("not-a-backup").arg("path", path.display()),
            VaultError::RestoreNotEmpty { dir } => e("restore-not-empty").arg("dir", dir.display()),
            VaultError::Crypto(reason) => e("crypto").arg("reason", reason),
        }
    }

    fn is_input(&self) -> bool {
        VaultError::is_input(self)
    }
}

impl Explain for ReferralError {
    fn explain(&self) -> Explanation {
        match self {
            ReferralError::NoInterviewConsent => e("no-interview-consent"),
            ReferralError::KindNotConsented { kind } => e("kind-not-consented").arg("kind", kind),
            ReferralError::NoPoliceConsent => e("no-police-consent"),
            ReferralError::ChildWithoutGuardianConsent => e("child-without-guardian"),
            ReferralError::OverrideWithoutReason => e("override-without-reason"),
            ReferralError::BadRecipient => e("bad-recipient"),
            ReferralError::Build { reason } => e("packet-build").arg("reason", reason),
            ReferralError::MalformedPacket { reason } => {
                e("malformed-packet").arg("reason", reason)
            }
            ReferralError::MissingSignature => e("missing-signature"),
            ReferralError::BadSignature => e("bad-signature"),
            ReferralError::WrongUnitKey {
                packet_key,
                pinned_key,
            } => e("wrong-unit-key")
                .arg("packet_key", packet_key)
                .arg("pinned_key", pinned_key),
            ReferralError::TamperedManifest => e("tampered-manifest"),
            ReferralError::TamperedPayload => e("tampered-payload"),
            ReferralError::MalformedManifest { reason } => {
                e("malformed-manifest").arg("reason", reason)
            }
            ReferralError::UnsupportedSchema { found } => {
                e("unsupported-packet-schema").num("found", *found)
            }
            ReferralError::BadIdentityFile => e("bad-identity-file"),
            ReferralError::BadUnitKey => e("bad-unit-key"),
            ReferralError::WrongIdentity { packet_for } => {
                e("wrong-identity").arg("packet_for", packet_for)
            }
            ReferralError::Expired { expires } => e("packet-expired").arg("expires", expires),
            ReferralError::Replayed { packet_id } => e("replayed").arg("packet", packet_id),
            ReferralError::Decrypt { reason } => e("decrypt").arg("reason", reason),
        }
    }

    fn is_input(&self) -> bool {
        !matches!(self, ReferralError::Build { .. })
    }
}

impl Explain for ChecklistError {
    fn explain(&self) -> Explanation {
        match self {
            ChecklistError::Invalid(diags) => e("checklists-invalid").num("count", diags.len()),
            ChecklistError::Read { path, source } => e("checklists-read")
                .arg("path", path.display())
                .arg("reason", source),
            ChecklistError::Empty(path) => e("checklists-empty").arg("path", path.display()),
        }
    }

    fn is_input(&self) -> bool {
        true
    }
}

impl Explain for ScoringError {
    fn explain(&self) -> Explanation {
        match self {
            ScoringError::NoScoringRule { checklist } => {
                e("no-scoring-rule").arg("checklist", checklist)
            }
            ScoringError::NoRuleForProfile { checklist, profile } => e("no-rule-for-profile")
                .arg("checklist", checklist)
                .arg("profile", profile),
        }
    }

    fn is_input(&self) -> bool {
        true
    }
}

impl Explain for FlowError {
    fn explain(&self) -> Explanation {
        match self {
            FlowError::UnknownQuestion { question } => {
                e("unknown-question").arg("question", crate::interview::record::echo_safe(question))
            }
            FlowError::Answer(a) => a.explain(),
        }
    }

    fn is_input(&self) -> bool {
        true
    }
}

impl Explain for AnswerError {
    fn explain(&self) -> Explanation {
        match self {
            AnswerError::WrongType { question, expected } => e("answer-wrong-type")
                .arg("question", question)
                .arg("expected", expected),
            AnswerError::UnknownChoice { question, allowed } => e("answer-unknown-choice")
                .arg("question", question)
                .arg("allowed", allowed),
            AnswerError::OutOfRange { question, min, max } => e("answer-out-of-range")
                .arg("question", question)
                .num("min", *min)
                .num("max", *max),
            AnswerError::BadDate { question } => e("answer-bad-date").arg("question", question),
            AnswerError::TooLong { question, max } => e("answer-too-long")
                .arg("question", question)
                .num("max", *max),
        }
    }

    fn is_input(&self) -> bool {
        true
    }
}

impl Explain for L10nError {
    fn explain(&self) -> Explanation {
        match self {
            L10nError::Read { path, source } => e("locales-read")
                .arg("path", path.display())
                .arg("reason", source),
            L10nError::Write { path, source } => e("locales-write")
                .arg("path", path.display())
                .arg("reason", source),
            L10nError::MalformedReview { path } => {
                e("malformed-review").arg("path", path.display())
            }
            L10nError::ImportCheck { path, id } => {
                e("import-check").arg("path", path.display()).arg("id", id)
            }
        }
    }

    fn is_input(&self) -> bool {
        !matches!(
            self,
            L10nError::Write { .. } | L10nError::ImportCheck { .. }
        )
    }
}

impl Explain for crate::l10n::ExchangeError {
    fn explain(&self) -> Explanation {
        use crate::l10n::ExchangeError as X;
        match self {
            X::NotUtf8 => e("exchange-not-utf8"),
            X::Xml(reason) => e("exchange-xml").arg("reason", reason),
            X::NotXliff(root) => e("exchange-not-xliff").arg("root", root),
            X::XliffVersion(v) => e("exchange-xliff-version").arg("version", v),
            X::SourceNotEnglish(l) => e("exchange-source-not-english").arg("lang", l),
            X::UnknownLanguage(l) => {
                e("exchange-unknown-lang").arg("lang", crate::interview::record::echo_safe(l))
            }
            X::NoLanguage => e("exchange-no-lang"),
            X::MixedLanguages(a, b) => e("exchange-mixed-langs").arg("first", a).arg("second", b),
            X::InlineMarkup(unit, what) => e("exchange-inline-markup")
                .arg("unit", unit)
                .arg("what", what),
            X::MissingColumn(c) => e("exchange-missing-column").arg("column", c),
            X::Csv(line) => e("exchange-csv").num("line", *line),
            X::ControlCharacter(id) => e("exchange-control-char").arg("id", id),
        }
    }

    fn is_input(&self) -> bool {
        true
    }
}

impl Explain for DocumentError {
    fn explain(&self) -> Explanation {
        match self {
            DocumentError::UnknownField { field, path, at } => e("document-unknown-field")
                .arg("field", field)
                .arg("path", path)
                .arg("at", at),
            DocumentError::MissingField { field, path, at } => e("document-missing-field")
                .arg("field", field)
                .arg("path", path)
                .arg("at", at),
            DocumentError::DuplicateField { field, path, at } => e("document-duplicate-field")
                .arg("field", field)
                .arg("path", path)
                .arg("at", at),
            DocumentError::NotAllowed { path, at } => {
                e("document-not-allowed").arg("path", path).arg("at", at)
            }
            DocumentError::WrongType { path, at } => {
                e("document-wrong-type").arg("path", path).arg("at", at)
            }
            DocumentError::Truncated { at } => e("document-truncated").arg("at", at),
            DocumentError::NotJson { at } => e("document-not-json").arg("at", at),
            DocumentError::Schema { found, known } => e("document-schema")
                .num("found", *found)
                .num("known", *known),
            DocumentError::PoliceInShareWith => e("document-police-share"),
            DocumentError::TooLarge { limit } => e("document-too-large").num("limit", *limit),
            DocumentError::TooLong { path, limit } => e("document-too-long")
                .arg("path", path)
                .num("limit", *limit),
        }
    }

    fn is_input(&self) -> bool {
        true
    }
}

impl Explain for UnknownValue {
    fn explain(&self) -> Explanation {
        let shown = crate::interview::record::echo_safe(&self.value);
        e("unknown-value")
            .arg("kind", self.kind)
            .arg("value", shown)
            .arg("allowed", self.allowed.join(", "))
    }

    fn is_input(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use crate::l10n::{Lang, Locales};

    /// Every message id this file names, read from its own source.
    fn ids_in(source: &str) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        for marker in ["e(\"", "Explanation::new(\""] {
            let mut rest = source;
            while let Some(i) = rest.find(marker) {
                rest = &rest[i + marker.len()..];
                let end = rest.find('"').unwrap();
                let id = &rest[..end];
                // Message ids only (this test's own markers are not).
                if !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
                    ids.insert(id.to_owned());
                }
            }
        }
        ids
    }

    #[test]
    fn every_error_has_what_happened_and_what_to_do_in_english_and_thai() {
        // This catalogue, and any explanation written elsewhere (the command line's own).
        let mut ids = ids_in(include_str!("explain.rs"));
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut dirs = vec![src];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    ids.extend(ids_in(&text.replace("e(\"", "")));
                }
            }
        }
        assert!(ids.len() > 80, "{} ids found", ids.len());
        let locales = Locales::builtin();
        let mut missing = Vec::new();
        for lang in [Lang::En, Lang::Th] {
            for id in &ids {
                for prefix in ["err", "rec"] {
                    let m = format!("{prefix}-{id}");
                    if !locales.has_ui_message(lang, &m) {
                        missing.push(format!("{lang}: {m}"));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "missing messages:\n{}",
            missing.join("\n")
        );
    }
}
