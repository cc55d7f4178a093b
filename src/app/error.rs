//! The one error type of the application layer: each layer's typed error, kept whole, plus what
//! only an operation knows (a partner that does not exist, a decision without its reason, a
//! status change the procedure does not allow, a file that may not be overwritten). The edge
//! explains it through `ui.ftl` (`err-…` / `rec-…`, see `app::explain`); nothing here is English.

use std::path::PathBuf;

use crate::checklist::catalog::ChecklistError;
use crate::checklist::scoring::ScoringError;
use crate::domain::{Lang, RecordStatus, Transition, UnknownValue};
use crate::interview::flow::FlowError;
use crate::interview::record::DocumentError;
use crate::l10n::L10nError;
use crate::referral::ReferralError;
use crate::vault::VaultError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error(transparent)]
    Referral(#[from] ReferralError),
    #[error(transparent)]
    Checklists(#[from] ChecklistError),
    #[error(transparent)]
    Locales(#[from] L10nError),
    #[error(transparent)]
    Scoring(#[from] ScoringError),
    #[error(transparent)]
    Flow(#[from] FlowError),
    #[error(transparent)]
    Vocabulary(#[from] UnknownValue),
    /// A record document that was refused, and where it came from.
    #[error("{source}")]
    Document {
        origin: DocumentOrigin,
        source: DocumentError,
    },
    #[error("there is no partner `{name}`")]
    NoSuchPartner { name: String },
    #[error("there is no checklist `{id}`")]
    NoSuchChecklist { id: String, known: Vec<String> },
    #[error("`{lang}` is not an officer language")]
    NotAnOfficerLang { lang: Lang },
    #[error("a {transition} is not possible for a record that is {from}")]
    NotAllowed {
        from: RecordStatus,
        transition: Transition,
    },
    #[error("the decision departs from the computed result and needs a reason")]
    ReasonRequired,
    #[error("the decision is missing")]
    NoDecision,
    #[error("cannot read {path}")]
    Read {
        what: FileRole,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write {path}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} already exists")]
    Exists { path: PathBuf },
    #[error("no terminal to ask for a passphrase")]
    NoTerminal,
    #[error("the two passphrases differ")]
    PassphrasesDiffer,
    #[error("the passphrase is empty")]
    EmptyPassphrase,
    #[error("the vault has no users")]
    NoUsers,
    #[error("the interface needs a terminal")]
    NeedsTerminal,
    #[error("{variable} must be a whole number")]
    NotANumber { variable: &'static str },
    #[error("English has no review records")]
    EnglishIsTheSource,
    #[error("no locales directory at {path}")]
    NoLocalesDir { path: PathBuf },
    #[error("there is no profile `{id}`")]
    NoSuchProfile { id: String },
    /// An answers file for `tandem assess` (or `interview plan`) that cannot be used.
    #[error("{path}: {problem:?}")]
    Answers {
        path: PathBuf,
        problem: AnswersProblem,
    },
    /// A translation exchange file (XLIFF or CSV) that cannot be read or written.
    #[error("{path}: {source}")]
    Exchange {
        path: PathBuf,
        source: crate::l10n::ExchangeError,
    },
    #[error("--reviewer needs the translator's name")]
    BadReviewer,
    #[error("`{value}` is not a date")]
    BadDate { value: String },
    #[error("k = {k} is below the smallest k statistics are released with")]
    KTooSmall { k: usize },
    #[error("the period starts {from}, after it ends {to}")]
    BadPeriod { from: String, to: String },
    #[error("{path} has English as its target language")]
    TargetIsEnglish { path: PathBuf },
    /// A file larger than Tandem reads for its purpose (checked before it is read).
    #[error("{path} is larger than {limit} bytes")]
    TooLarge {
        what: FileRole,
        path: PathBuf,
        limit: u64,
    },
    #[error("the terminal could not be used: {0}")]
    Terminal(std::io::Error),
    #[error("the output could not be written: {0}")]
    Output(#[from] std::io::Error),
}

/// What is wrong with an answers file. Names questions, never the values given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswersProblem {
    NotJson {
        line: usize,
        column: usize,
    },
    NotAnObject,
    /// The question belongs to another checklist.
    OtherChecklist {
        question: String,
        belongs_to: String,
        checklist: String,
    },
    NoSuchQuestion {
        question: String,
        checklist: String,
    },
    Answer(crate::interview::answer::AnswerError),
}

/// Where a refused record document came from (the message names it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentOrigin {
    Stdin,
    File(PathBuf),
    /// One line of a JSON Lines import (nothing was imported).
    Line(PathBuf, usize),
}

/// What a file that could not be read was for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileRole {
    Passphrase,
    RecoveryIdentity,
    Packet,
    PartnerKey,
    UnitKey,
    Answers,
    Records,
    Keymap,
    /// A translation exchange file (XLIFF or CSV).
    Exchange,
}

impl FileRole {
    pub fn id(self) -> &'static str {
        match self {
            FileRole::Passphrase => "passphrase",
            FileRole::RecoveryIdentity => "recovery-identity",
            FileRole::Packet => "packet",
            FileRole::PartnerKey => "partner-key",
            FileRole::UnitKey => "unit-key",
            FileRole::Answers => "answers",
            FileRole::Records => "records",
            FileRole::Keymap => "keymap",
            FileRole::Exchange => "exchange",
        }
    }
}

impl FileRole {
    /// The largest file of this kind Tandem reads.
    pub fn limit(self) -> u64 {
        match self {
            // A packet holds one referral (a few tens of kilobytes) and its HTML.
            FileRole::Packet => 16 * 1024 * 1024,
            FileRole::Records => 256 * 1024 * 1024,
            FileRole::Exchange => 64 * 1024 * 1024,
            _ => 1024 * 1024,
        }
    }
}

/// Reads a whole file of `what`, refusing it before reading when it is larger than its limit.
pub fn read_bounded(what: FileRole, path: &std::path::Path) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(Error::read(what, path))?;
    let limit = what.limit();
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(Error::read(what, path))?;
    if bytes.len() as u64 > limit {
        return Err(Error::TooLarge {
            what,
            path: path.to_path_buf(),
            limit,
        });
    }
    Ok(bytes)
}

impl Error {
    pub fn read(what: FileRole, path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> Error {
        let path = path.into();
        move |source| Error::Read { what, path, source }
    }

    pub fn write(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> Error {
        let path = path.into();
        move |source| {
            if source.kind() == std::io::ErrorKind::AlreadyExists {
                Error::Exists { path }
            } else {
                Error::Write { path, source }
            }
        }
    }
}
