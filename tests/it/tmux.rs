//! A real terminal for the tests that need one: display widths as tmux moves its cursor
//! (`text/tmux_width.rs`) and whole interviews typed into the running binary (`tui/e2e.rs`).
//! Each test gets a tmux server of its own (a socket in a temporary directory, no user
//! configuration, UTF-8), killed when it is dropped, so a test never touches a developer's own
//! tmux sessions and a failed test leaves no server behind. Call
//! `tools::require([&tools::TMUX])` first.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// How long `wait_for` waits for a text to appear.
const PATIENCE: Duration = Duration::from_secs(20);

/// A private tmux server.
pub struct Tmux {
    socket: PathBuf,
    _dir: tempfile::TempDir,
}

impl Tmux {
    /// A server started now. It stays up when its last session ends (`exit-empty off`): a
    /// test that closes one session and opens the next would otherwise race the server's own
    /// shutdown.
    #[track_caller]
    pub fn server() -> Tmux {
        let dir = tempfile::tempdir().expect("a directory for the tmux socket");
        let tmux = Tmux {
            socket: dir.path().join("tmux"),
            _dir: dir,
        };
        tmux.ok(&["start-server", ";", "set-option", "-s", "exit-empty", "off"]);
        tmux
    }

    /// The socket, for tmux commands run by other means (`tmux -S SOCKET ...`).
    pub fn socket(&self) -> &Path {
        &self.socket
    }

    /// `tmux ARGS` on this server. The server, started by the first command, passes its
    /// environment to the panes: no `TANDEM_*` variable of the developer's reaches them.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new("tmux");
        c.args(["-u", "-f", "/dev/null", "-S"])
            .arg(&self.socket)
            .args(args)
            .env("LANG", "C.UTF-8")
            .env_remove("TMUX");
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("TANDEM_") {
                c.env_remove(key);
            }
        }
        c
    }

    /// Runs `tmux ARGS`; panics with tmux's message if it fails.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> String {
        let out: Output = self
            .command(args)
            .output()
            .unwrap_or_else(|e| panic!("cannot run tmux {args:?}: {e}"));
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A detached session of `width` x `height` running `command` (a shell command line).
    #[track_caller]
    pub fn session(&self, name: &str, width: u16, height: u16, command: &str) -> Session<'_> {
        let (w, h) = (width.to_string(), height.to_string());
        self.ok(&["new-session", "-d", "-s", name, "-x", &w, "-y", &h, command]);
        Session {
            tmux: self,
            name: name.to_owned(),
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.command(&["kill-server"]).output();
    }
}

/// A session on a [`Tmux`] server, killed when dropped.
pub struct Session<'a> {
    tmux: &'a Tmux,
    name: String,
}

impl Session<'_> {
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Keys by tmux's names (`Enter`, `C-l`, `F1`, or a character).
    #[track_caller]
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.name];
        args.extend_from_slice(keys);
        self.tmux.ok(&args);
    }

    /// Text typed as it is, not read as key names.
    #[track_caller]
    pub fn text(&self, s: &str) {
        self.tmux.ok(&["send-keys", "-t", &self.name, "-l", s]);
    }

    /// What the pane shows now.
    pub fn screen(&self) -> String {
        self.tmux.ok(&["capture-pane", "-p", "-t", &self.name])
    }

    /// The whole history of the pane: what would stay in the scrollback.
    pub fn history(&self) -> String {
        self.tmux
            .ok(&["capture-pane", "-p", "-S", "-", "-E", "-", "-t", &self.name])
    }

    /// Waits until the pane shows `what` and returns the screen; panics with the screen after
    /// twenty seconds.
    #[track_caller]
    pub fn wait_for(&self, what: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(what) {
                return s;
            }
            if start.elapsed() > PATIENCE {
                panic!("waited 20 s for {what:?}; the screen shows:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    #[track_caller]
    pub fn resize(&self, width: u16, height: u16) {
        let (w, h) = (width.to_string(), height.to_string());
        self.tmux
            .ok(&["resize-window", "-t", &self.name, "-x", &w, "-y", &h]);
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        let _ = self
            .tmux
            .command(&["kill-session", "-t", &self.name])
            .output();
    }
}
