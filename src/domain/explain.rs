//! How an error reaches a person: every error type of every layer says which message explains it
//! ([`Explanation`]: a message id and its arguments), and the edge (the command line or the
//! screen) renders `err-<id>` (what happened) and `rec-<id>` (what to do) from `ui.ftl` in the
//! officer's language. The "what to do" may differ by [`Face`]: a screen user is never told to
//! pass a command-line flag.
//!
//! Arguments carry ids, file paths, user and partner names, counts: never personal data.

/// Where an error is shown: the wording of `rec-…` may depend on it (`$face` in Fluent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    CommandLine,
    Screen,
}

impl Face {
    /// The value of the `$face` variable in `rec-…` messages.
    pub fn id(self) -> &'static str {
        match self {
            Face::CommandLine => "cli",
            Face::Screen => "screen",
        }
    }
}

/// Which message explains an error, with its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// `err-<id>` and `rec-<id>` in `ui.ftl`.
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
    /// A lower-level error this one wraps, explained on its own line ("because: …").
    pub cause: Option<Box<Explanation>>,
}

impl Explanation {
    pub fn new(id: &'static str) -> Explanation {
        Explanation {
            id,
            args: Vec::new(),
            cause: None,
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Explanation {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// A number the message may count with (plurals): counts, limits, line numbers.
    pub fn num(mut self, name: &'static str, value: impl TryInto<i64>) -> Explanation {
        let n = value.try_into().unwrap_or(i64::MAX);
        self.args.push((name, Arg::Number(n)));
        self
    }

    pub fn because(mut self, cause: Explanation) -> Explanation {
        self.cause = Some(Box::new(cause));
        self
    }
}

/// The value of one message argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
}

/// Implemented by every error that can reach a person.
pub trait Explain {
    fn explain(&self) -> Explanation;

    /// Caused by what the person typed or chose (exit code 2), not by a fault (exit code 1).
    fn is_input(&self) -> bool;
}
