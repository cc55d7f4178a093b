//! Running the `tandem` binary as a test needs it, modelled on ripgrep's `tests/util.rs` and
//! just's `Test`: each test gets a [`Scratch`] directory of its own (its vault, its TMPDIR, its
//! working directory and any file it writes), and a [`Tandem`] builder that says what the run
//! gets (arguments, environment, stdin) and what it must end with (an exit code).
//!
//! The builder starts from a clean environment: every inherited `TANDEM_*` variable is removed,
//! so a developer's own vault, user, language or passphrase never leaks into a test, and the
//! vault is the scratch one unless the test names another. When the exit code is not the one
//! expected, the panic shows the command line as a shell would take it, the variables the test
//! set, the stdin, the exit code, stdout and stderr.

use std::ffi::{OsStr, OsString};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_tandem");

/// One test's own directory, removed when dropped: `vault/` (created by `tandem init`), `tmp/`
/// (the TMPDIR of every command) and whatever the test writes.
pub struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        let dir = tempfile::tempdir().expect("a temporary directory");
        std::fs::create_dir(dir.path().join("tmp")).expect("scratch tmp/");
        Scratch { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// `rel` inside the scratch directory.
    pub fn path(&self, rel: impl AsRef<Path>) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Writes `contents` to `rel` (creating its directories) and returns the path.
    pub fn write(&self, rel: impl AsRef<Path>, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("scratch directories");
        }
        std::fs::write(&path, contents).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        path
    }

    /// The vault every command of this scratch uses unless told otherwise.
    pub fn vault(&self) -> PathBuf {
        self.path("vault")
    }

    /// The TMPDIR of every command of this scratch.
    pub fn tmp(&self) -> PathBuf {
        self.path("tmp")
    }

    /// A `tandem` command on this scratch's vault, run in this directory.
    pub fn tandem(&self) -> Tandem {
        let mut cmd = Command::new(BIN);
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("TANDEM_") {
                cmd.env_remove(key);
            }
        }
        cmd.env("TANDEM_VAULT", self.vault())
            .env("TMPDIR", self.tmp())
            .env("NO_COLOR", "1")
            .current_dir(self.root());
        Tandem {
            cmd,
            stdin: None,
            expect: Expect::Code(0),
            context: None,
            _own: None,
        }
    }
}

impl Default for Scratch {
    fn default() -> Scratch {
        Scratch::new()
    }
}

/// The exit a run must end with.
#[derive(Clone, Copy, Debug)]
enum Expect {
    Code(i32),
    /// Any exit but success (the command's own code is not what the test is about).
    Failure,
}

/// A `tandem` command line to run once. By default it must exit 0.
#[must_use = "a command does nothing until `run` or `spawn`"]
pub struct Tandem {
    cmd: Command,
    stdin: Option<Vec<u8>>,
    expect: Expect,
    context: Option<String>,
    /// The scratch of a command made with [`Tandem::new`], kept until the run is over.
    _own: Option<Scratch>,
}

impl Tandem {
    /// A command with a scratch directory of its own, for tests that need no files of theirs.
    pub fn new() -> Tandem {
        let scratch = Scratch::new();
        let mut tandem = scratch.tandem();
        tandem._own = Some(scratch);
        tandem
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Tandem {
        self.cmd.arg(arg);
        self
    }

    pub fn args<I, A>(mut self, args: I) -> Tandem
    where
        I: IntoIterator<Item = A>,
        A: AsRef<OsStr>,
    {
        self.cmd.args(args);
        self
    }

    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Tandem {
        self.cmd.env(key, value);
        self
    }

    /// The passphrase, given the way scripts give it (`TANDEM_PASSPHRASE`).
    pub fn passphrase(self, passphrase: &str) -> Tandem {
        self.env("TANDEM_PASSPHRASE", passphrase)
    }

    /// Another vault than the scratch one (`TANDEM_VAULT`).
    pub fn vault(self, dir: impl AsRef<Path>) -> Tandem {
        self.env("TANDEM_VAULT", dir.as_ref())
    }

    /// Bytes for the command's stdin (otherwise stdin is empty: `/dev/null`).
    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Tandem {
        self.stdin = Some(input.into());
        self
    }

    /// The exit code the run must end with (0 unless said).
    pub fn code(mut self, code: i32) -> Tandem {
        self.expect = Expect::Code(code);
        self
    }

    /// The run must fail, with whatever non-zero code.
    pub fn fails(mut self) -> Tandem {
        self.expect = Expect::Failure;
        self
    }

    /// A line naming the case, printed first when the run ends unexpectedly (for table tests).
    pub fn context(mut self, what: impl std::fmt::Display) -> Tandem {
        self.context = Some(what.to_string());
        self
    }

    /// Runs to the end and checks the exit code; panics with the whole story if it differs.
    #[track_caller]
    pub fn run(mut self) -> Ran {
        let shown = self.shown();
        let out = self.output(&shown);
        let code = out.status.code();
        let ok = match self.expect {
            Expect::Code(want) => code == Some(want),
            Expect::Failure => !out.status.success(),
        };
        let text = |what: &str, bytes: Vec<u8>| {
            String::from_utf8(bytes).unwrap_or_else(|e| panic!("{shown}\n{what} is not UTF-8: {e}"))
        };
        let ran = Ran {
            stdout: text("stdout", out.stdout),
            stderr: text("stderr", out.stderr),
            shown,
        };
        if !ok {
            let want = match self.expect {
                Expect::Code(c) => format!("exit code {c}"),
                Expect::Failure => "a failure (non-zero exit code)".to_owned(),
            };
            let got = match code {
                Some(c) => format!("exit code {c}"),
                None => format!("{}", out.status),
            };
            panic!(
                "\n{}expected {want}, got {got}\n{}",
                ran.shown,
                ran.streams()
            );
        }
        ran
    }

    /// Starts the command with its stdin written and closed, stdout and stderr piped, and
    /// returns it still running (for tests that kill it).
    pub fn spawn(mut self) -> Child {
        let shown = self.shown();
        self.start(&shown)
    }

    fn start(&mut self, shown: &str) -> Child {
        let input = self.stdin.take();
        self.cmd
            .stdin(if input.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = self
            .cmd
            .spawn()
            .unwrap_or_else(|e| panic!("\n{shown}cannot start: {e}"));
        if let Some(input) = input {
            let mut pipe = child.stdin.take().expect("piped stdin");
            // A command that exits without reading all of its stdin closes the pipe: that is
            // its own business, and its exit code tells the test.
            if let Err(e) = pipe.write_all(&input) {
                assert_eq!(
                    e.kind(),
                    std::io::ErrorKind::BrokenPipe,
                    "\n{shown}writing stdin: {e}"
                );
            }
        }
        child
    }

    fn output(&mut self, shown: &str) -> Output {
        self.start(shown)
            .wait_with_output()
            .unwrap_or_else(|e| panic!("\n{shown}waiting for it: {e}"))
    }

    /// The run as a person would retype it: variables set, command line, directory, stdin.
    fn shown(&self) -> String {
        let mut s = String::new();
        if let Some(what) = &self.context {
            let _ = writeln!(s, "case: {what}");
        }
        let mut line: Vec<String> = self
            .cmd
            .get_envs()
            .filter_map(|(k, v)| v.map(|v| format!("{}={}", k.to_string_lossy(), quote(v))))
            .collect();
        line.push("tandem".to_owned());
        line.extend(self.cmd.get_args().map(quote));
        let _ = writeln!(s, "command: {}", line.join(" "));
        if let Some(dir) = self.cmd.get_current_dir() {
            let _ = writeln!(s, "in:      {}", dir.display());
        }
        match &self.stdin {
            None => {}
            Some(input) => {
                let text = String::from_utf8_lossy(input);
                let _ = writeln!(s, "stdin:   {} bytes", input.len());
                s.push_str(&indent(&text));
            }
        }
        s
    }
}

impl Default for Tandem {
    fn default() -> Tandem {
        Tandem::new()
    }
}

/// What a finished run printed (its exit code was checked by [`Tandem::run`]).
#[derive(Debug)]
pub struct Ran {
    pub stdout: String,
    pub stderr: String,
    /// The run as the failure messages show it.
    shown: String,
}

impl Ran {
    /// stdout as JSON; panics with the whole run if it is not.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "\n{}stdout is not JSON: {e}\n{}",
                self.shown,
                self.streams()
            )
        })
    }

    fn streams(&self) -> String {
        format!(
            "stdout:\n{}stderr:\n{}",
            indent(&self.stdout),
            indent(&self.stderr)
        )
    }
}

/// `text` indented under a heading; `(empty)` when there is nothing.
fn indent(text: &str) -> String {
    if text.is_empty() {
        return "  (empty)\n".to_owned();
    }
    text.lines().map(|l| format!("  | {l}\n")).collect()
}

/// A word as a POSIX shell would need it written.
fn quote(word: impl AsRef<OsStr>) -> String {
    let word: OsString = word.as_ref().to_owned();
    let word = word.to_string_lossy();
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_./=:,@%+".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        word.into_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[test]
fn an_unexpected_exit_shows_the_command_its_code_and_both_streams() {
    let scratch = Scratch::new();
    let answers = scratch.write("answers dir/a.json", "{}");
    let run = std::panic::catch_unwind(|| {
        scratch
            .tandem()
            .env("TANDEM_LANG", "en")
            .args(["checklist", "show", "no-such-checklist"])
            .arg(&answers)
            .stdin("piped in\n")
            .context("the case")
            .run()
    });
    let message = *run.unwrap_err().downcast::<String>().unwrap();
    for part in [
        "case: the case\n",
        " TANDEM_LANG=en ",
        " tandem checklist show no-such-checklist '",
        "/answers dir/a.json'\n",
        &format!("in:      {}\n", scratch.root().display()),
        "stdin:   9 bytes\n  | piped in\n",
        "expected exit code 0, got exit code 2\n",
        "stdout:\n  (empty)\n",
        "stderr:\n  | ",
        "no-such-checklist",
    ] {
        assert!(message.contains(part), "no {part:?} in:\n{message}");
    }
}

#[test]
fn a_run_gets_a_clean_environment_and_the_scratch_vault() {
    let scratch = Scratch::new();
    let tandem = scratch.tandem();
    let envs: Vec<(String, Option<String>)> = tandem
        .cmd
        .get_envs()
        .map(|(k, v)| {
            let v = v.map(|v| v.to_string_lossy().into_owned());
            (k.to_string_lossy().into_owned(), v)
        })
        .collect();
    let vault = scratch.vault().display().to_string();
    assert!(envs.contains(&("TANDEM_VAULT".into(), Some(vault))));
    for (key, _) in std::env::vars() {
        if key.starts_with("TANDEM_") && key != "TANDEM_VAULT" {
            assert!(envs.contains(&(key.clone(), None)), "{key} is inherited");
        }
    }
    // Expected failures pass, and a wrong expectation is caught either way.
    let ran = Tandem::new()
        .args(["checklist", "show", "nope"])
        .code(2)
        .run();
    assert!(ran.stderr.contains("nope"), "{}", ran.stderr);
    Tandem::new()
        .args(["checklist", "show", "nope"])
        .fails()
        .run();
    let wrong = std::panic::catch_unwind(|| Tandem::new().arg("check").fails().run());
    assert!(wrong.is_err(), "a success passed as a failure");
}
