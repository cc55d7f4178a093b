//! The command line: clap definitions only. Handlers live in `cmd/`, one file per area.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use tandem::domain::{Lang, OfficerLang, OrganisationKind, Outcome, Role, StopReason};

#[derive(Debug, Parser)]
#[command(
    name = "tandem",
    version,
    about = "Bilingual, encrypted screening interviews for trafficking-victim referral",
    long_about = "Tandem walks a screening officer and an interpreter through victim-screening \
checklists, stores every interview encrypted, and exports signed, encrypted referral packets.\n\n\
Without a subcommand it opens the terminal interface on the vault."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// Parses the command line. `tandem` alone (the interface, what an officer starts every
    /// day) builds only the global options, with their environment variables, not the whole
    /// tree of subcommands: the unlock screen is out sooner.
    pub fn parse_args() -> Cli {
        if std::env::args_os().len() > 1 {
            return Cli::parse();
        }
        let command = Global::augment_args(clap::Command::new("tandem"));
        let matches = command.get_matches_from(std::env::args_os().take(1));
        match <Global as clap::FromArgMatches>::from_arg_matches(&matches) {
            Ok(global) => Cli {
                global,
                command: None,
            },
            // A bad environment value (TANDEM_LANG=xx): the full parser says it properly.
            Err(_) => Cli::parse(),
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct Global {
    /// The vault directory (default: the platform data directory, e.g. ~/.local/share/tandem).
    #[arg(long, global = true, env = "TANDEM_VAULT", value_name = "DIR")]
    pub vault: Option<PathBuf>,
    /// Read the passphrase from this file (first line) instead of the terminal or TANDEM_PASSPHRASE.
    #[arg(long, global = true, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
    /// Act as this user (default: the only user, or the vault's first supervisor).
    #[arg(long = "user", global = true, env = "TANDEM_USER", value_name = "NAME")]
    pub user: Option<String>,
    /// Officer language for messages and pages: en or th (`--lang` of `booklet` and `locales
    /// draft` is the interviewee's or the translation's language).
    #[arg(
        long,
        global = true,
        env = "TANDEM_LANG",
        value_name = "TAG",
        value_enum
    )]
    pub officer_lang: Option<OfficerLang>,
    /// Use checklists from this directory instead of the built-in ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub checklists: Option<PathBuf>,
    /// Use locales from this directory instead of the built-in ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub locales: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate checklists and locales; print every problem as file:line:col.
    Check,
    /// List checklists or show one with its indicator tags.
    #[command(subcommand)]
    Checklist(ChecklistCommand),
    /// Compute the ILO indicator assessment for a file of answers.
    Assess(AssessArgs),
    /// What an interview does next: its stage, the questions still to ask, the first screen's result.
    #[command(subcommand)]
    Interview(InterviewCommand),
    /// Locale coverage, staleness and review status.
    #[command(subcommand)]
    Locales(LocalesCommand),
    /// Create a vault and its first supervisor.
    Init(InitArgs),
    /// Manage users (officers and supervisors).
    #[command(subcommand)]
    User(UserCommand),
    /// Add, import, list, show and delete interview records.
    #[command(subcommand)]
    Record(RecordCommand),
    /// Verify or list the audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Destroy expired retention buckets and their records.
    Purge(PurgeArgs),
    /// Show the unit's time zone, or set it (supervisors): times are shown to people in it.
    TimeZone {
        /// An IANA time zone name, e.g. Asia/Bangkok, Asia/Yangon, Asia/Phnom_Penh.
        zone: Option<String>,
    },
    /// Copy the whole vault, still encrypted, into one new file and verify the copy (safe while
    /// Tandem is open).
    Backup(BackupArgs),
    /// Restore a backup file into an empty directory (--vault DIR) and check that it opens.
    Restore(RestoreArgs),
    /// The offline recovery key (supervisors).
    #[command(subcommand)]
    Recovery(RecoveryCommand),
    /// Manage receiving organisations.
    #[command(subcommand)]
    Partner(PartnerCommand),
    /// The unit's public signing key, for partners to pin.
    #[command(subcommand)]
    UnitKey(UnitKeyCommand),
    /// Export, verify and open referral packets.
    #[command(subcommand)]
    Referral(ReferralCommand),
    /// Statistics safe to share, in the names of IOM's Human Trafficking Case Data Standard.
    #[command(subcommand)]
    Stats(StatsCommand),
    /// Write a printable bilingual booklet of a checklist for interpreters.
    Booklet(BookletArgs),
    /// Print shell completions.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Subcommand)]
pub enum ChecklistCommand {
    /// One checklist per line: id, then title.
    List,
    /// The structure of one checklist.
    Show {
        id: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct AssessArgs {
    #[arg(long)]
    pub checklist: String,
    /// adult-labour, adult-sexual, child-labour or child-sexual.
    #[arg(long)]
    pub profile: String,
    /// JSON object mapping question ids to answers.
    #[arg(long, value_name = "FILE.json")]
    pub answers: PathBuf,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum InterviewCommand {
    /// Read a record document and print what the interface would do next: the stage, the
    /// visible questions still to ask in order, the profile, and the first screen's result with
    /// its reasons.
    Plan {
        /// A record document (the `record add` schema, docs/record.schema.json).
        #[arg(long, value_name = "FILE.json")]
        answers: PathBuf,
        /// Print JSON: {"stage", "questions": [{"id", "checklist", "to_person"}], "profile":
        /// {"age_group", "exploitation"}, "result", "reasons"}.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum LocalesCommand {
    /// Per language: counts of messages present, missing, stale, unreviewed and reviewed, then
    /// the list: stale messages with the English change, missing messages and attributes,
    /// texts still in English or in another script, unreviewed messages.
    Check {
        #[arg(long)]
        json: bool,
        /// Only this language (th, my, km, lo or vi).
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
    },
    /// Write one language's texts for a translator: XLIFF 2.1 for a CAT tool, or CSV for a
    /// spreadsheet; one unit per message and attribute, with the English, the current
    /// translation, the English context, the care marker, the review status and the English
    /// fingerprint.
    Export {
        /// Language tag: th, my, km, lo or vi.
        #[arg(long)]
        lang: String,
        #[arg(long, value_enum)]
        format: ExchangeFormat,
        /// Only messages in these states (comma-separated): missing, unreviewed, stale, reviewed.
        #[arg(long, value_enum, value_delimiter = ',')]
        only: Vec<OnlyArg>,
        /// Only these files (comma-separated): ui, or checklist ids.
        #[arg(long, value_delimiter = ',', value_name = "NAME")]
        file: Vec<String>,
        /// The file to write (never overwritten).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Take a reviewer's XLIFF or CSV back: write the texts into the .ftl files (layout and
    /// comments kept) and record each changed or confirmed message as reviewed by NAME. Refuses,
    /// by name, messages whose English changed since the export and texts with Fluent errors,
    /// other variables than English, non-NFC text, the wrong script or Zawgyi. Writes into
    /// --locales DIR, or ./locales.
    Import {
        /// The XLIFF (.xlf) or CSV file.
        file: PathBuf,
        /// The qualified translator who reviewed the texts, as the records will name them.
        #[arg(long, value_name = "NAME")]
        reviewer: String,
        /// The review date, YYYY-MM-DD (default: today).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Check and report only; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Record every message of a language that has no review record as an unreviewed machine
    /// draft, against the current English text (never as reviewed). Writes into --locales DIR,
    /// or ./locales.
    Draft {
        /// Language tag: th, my, km, lo or vi.
        #[arg(long)]
        lang: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExchangeFormat {
    /// XLIFF 2.1, for CAT tools (OmegaT, Trados, memoQ).
    Xliff,
    /// CSV (UTF-8), for a spreadsheet.
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnlyArg {
    Missing,
    Unreviewed,
    Stale,
    Reviewed,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Name of the first supervisor.
    #[arg(long)]
    pub name: String,
    /// Offline recovery recipient (age1...). Without it, a forgotten passphrase loses data.
    #[arg(long, value_name = "AGE1...")]
    pub recovery_recipient: Option<String>,
    /// scrypt work factor (log2 N). Default: calibrated to about one second on this machine.
    #[arg(long, value_name = "N")]
    pub kdf_log_n: Option<u8>,
    /// Retention period in months.
    #[arg(long, default_value_t = 12)]
    pub retention_months: u32,
    /// Name of the screening unit, as printed on referrals.
    #[arg(long)]
    pub unit: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user (needs a supervisor's passphrase, then the new user's).
    Add {
        name: String,
        #[arg(long, value_enum)]
        role: Role,
        #[arg(long, value_name = "N")]
        kdf_log_n: Option<u8>,
        /// Read the new user's passphrase from this file.
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Change a user's passphrase.
    Passwd {
        name: String,
        #[arg(long, value_name = "N")]
        kdf_log_n: Option<u8>,
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
        /// Also a new key: every key this user holds is wrapped again to it, so a copy of the
        /// old wrapped key with the old passphrase opens nothing from now on.
        #[arg(long)]
        new_identity: bool,
    },
    /// Remove a user.
    Remove { name: String },
    /// List users and roles.
    List,
    /// Give a user a new passphrase with the offline recovery identity.
    Recover {
        name: String,
        #[arg(long, value_name = "FILE")]
        recovery_identity: PathBuf,
        #[arg(long, value_name = "N")]
        kdf_log_n: Option<u8>,
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum RecordCommand {
    /// Read one record document (JSON) on stdin; print its id after the commit.
    Add,
    /// Add one record per line of a JSON Lines file.
    Import { file: PathBuf },
    /// List records.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show a record.
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Delete a record.
    Delete { id: String },
    /// Stop an interview before its end, with the reason (kept in the sealed record only).
    Stop {
        id: String,
        #[arg(long, value_enum)]
        reason: StopReason,
        /// A few words on the reason.
        #[arg(long, default_value = "")]
        detail: String,
    },
    /// Record the officer's decision; a decision that departs from the computed result needs
    /// --reason.
    Decide {
        id: String,
        #[arg(long, value_enum)]
        outcome: Outcome,
        #[arg(long, default_value = "")]
        reason: String,
    },
    /// Hand the case to a supervisor (with its decision, or the one already recorded).
    HandOff {
        id: String,
        #[arg(long, value_enum)]
        outcome: Option<Outcome>,
        #[arg(long, default_value = "")]
        reason: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit events.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Check the hash chain; name the first broken entry.
    Verify,
}

#[derive(Debug, Subcommand)]
pub enum RecoveryCommand {
    /// Set or replace the offline recovery recipient (an `age1…` key made with `age-keygen` and
    /// kept offline): every retention bucket and the unit key are wrapped to it.
    Set {
        #[arg(value_name = "AGE1...")]
        recipient: String,
    },
}

#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// Show what would be destroyed, destroy nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The backup file to write (never overwritten).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A file written by `tandem backup`.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum PartnerCommand {
    /// Add a receiving organisation.
    Add {
        name: String,
        #[arg(long, value_name = "AGE1...")]
        recipient: String,
        #[arg(long, value_enum)]
        kind: OrganisationKind,
    },
    /// List receiving organisations.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Remove a receiving organisation.
    Remove { name: String },
}

#[derive(Debug, Subcommand)]
pub enum UnitKeyCommand {
    /// Print the unit public key in minisign's public-key file format.
    Export {
        /// Print a short fingerprint to read over the phone instead.
        #[arg(long)]
        fingerprint: bool,
    },
    /// Replace the unit signing key (supervisors): for a key that may have left the unit. Prints
    /// the new key's fingerprint; send partners the new public key.
    Rotate,
}

#[derive(Debug, Subcommand)]
pub enum ReferralCommand {
    /// Export a signed, encrypted referral packet for one partner (supervisors only).
    Export {
        record: String,
        /// Partner name.
        #[arg(long)]
        to: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Days until the packet expires.
        #[arg(long, default_value_t = 30)]
        expires_days: u32,
        /// Child-protection override when no guardian consent is recorded: the reason (audited).
        #[arg(long, value_name = "REASON")]
        child_protection_override: Option<String>,
    },
    /// Check a packet's signature and manifest without decrypting.
    Verify {
        file: PathBuf,
        #[arg(long, value_name = "KEY")]
        unit_key: PathBuf,
    },
    /// Verify, then decrypt a packet into a directory.
    Open {
        file: PathBuf,
        #[arg(long, value_name = "KEYFILE")]
        identity: PathBuf,
        #[arg(long, value_name = "KEY")]
        unit_key: PathBuf,
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum StatsCommand {
    /// Write one k-anonymised row per person who consented to research use, for screenings in
    /// the period, with HTCDS-named columns, signed with the unit key (supervisors only). What
    /// was generalised and suppressed is reported on stderr.
    Export {
        /// First day of the period, YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        from: String,
        /// Last day of the period, YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        to: String,
        /// The CSV file to write (never overwritten); its signature is FILE.csv.minisig.
        #[arg(long, value_name = "FILE.csv")]
        out: PathBuf,
        /// Every released combination of columns is held by at least k people (11 or more).
        #[arg(long, default_value_t = 11)]
        k: usize,
        /// Also write counts per dimension, indicator, type of exploitation and kind of
        /// organisation referred to, every cell under k suppressed (FILE.tables.csv, signed).
        #[arg(long)]
        tables: bool,
    },
}

#[derive(Debug, Args)]
pub struct BookletArgs {
    #[arg(long)]
    pub checklist: String,
    /// Interviewee language: my, km, lo, vi, th or en.
    #[arg(long, value_enum)]
    pub lang: Lang,
    #[arg(long, value_name = "FILE.html")]
    pub out: PathBuf,
    /// A translation review proof instead: every message id, the English, the translation with
    /// its review state, and an empty column for corrections.
    #[arg(long)]
    pub proof: bool,
}
