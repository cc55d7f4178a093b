//! What differs between the platforms Tandem runs on (Linux and other Unix; Windows), in one
//! place. Every `cfg(unix)` / `cfg(windows)` of the crate is here, so the rest reads the same on
//! both.
//!
//! - Files of plaintext (an opened referral, a booklet, an export): created 0600 inside 0700
//!   directories on Unix. On Windows a new file inherits the ACL of its directory; Tandem relies on
//!   the user's profile directory (`%USERPROFILE%`, `%APPDATA%`) being readable only by that user
//!   and the administrators, which is Windows' default.
//! - Process hardening: on Unix, no core dumps (`RLIMIT_CORE` 0), so keys and records in memory
//!   never land in a core file; on Linux also not dumpable (`PR_SET_DUMPABLE` 0), so another
//!   process of the same user cannot attach to Tandem or read `/proc/PID/mem`. Windows has no per-process equivalent Tandem can set without
//!   extra privileges: Windows Error Reporting may write a crash dump of the process; see the
//!   README's Windows section for what is and is not protected there.
//! - The vault's default place: the platform data directory (`~/.local/share/tandem` on Linux,
//!   `%APPDATA%\Tandem\tandem\data` on Windows), from the `directories` crate.
//! - Being asked to end: SIGHUP (the terminal closed), SIGTERM and SIGINT on Unix; on Windows the
//!   console window closed, logoff and shutdown (`CTRL_CLOSE_EVENT`, `CTRL_LOGOFF_EVENT`,
//!   `CTRL_SHUTDOWN_EVENT`, through the `ctrlc` crate's `termination` feature) and Ctrl-C /
//!   Ctrl-Break. Either way the interface saves the draft and locks before it leaves. Windows
//!   allows a few seconds after `CTRL_CLOSE_EVENT`; every answer marked saved was committed when it
//!   was given, so nothing marked saved depends on those seconds.
//! - Keys the terminal takes: Windows Terminal (and the console with "Ctrl key shortcuts") pastes on
//!   Ctrl-V, so the interpreter view's first key there is F2 ([`INTERPRETER_VIEW_KEYS`]).

use std::fs::{DirBuilder, OpenOptions};
use std::path::PathBuf;

/// Default keys of the interpreter view, the first one shown in the footer.
#[cfg(not(windows))]
pub const INTERPRETER_VIEW_KEYS: &[&str] = &["ctrl-v", "f2"];
/// Default keys of the interpreter view, the first one shown in the footer. Windows Terminal binds
/// Ctrl-V to paste, so F2 comes first.
#[cfg(windows)]
pub const INTERPRETER_VIEW_KEYS: &[&str] = &["f2", "ctrl-v"];

/// Calls `on_end` (once) when the process is asked to end; see the module opening for which
/// requests. Returns once the watcher is in place.
pub fn on_termination(on_end: impl Fn() + Send + 'static) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let mut signals = signal_hook::iterator::Signals::new([
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGINT,
        ])?;
        std::thread::spawn(move || {
            if signals.forever().next().is_some() {
                on_end();
            }
        });
        Ok(())
    }
    #[cfg(windows)]
    {
        ctrlc::set_handler(on_end).map_err(std::io::Error::other)
    }
    #[cfg(not(any(unix, windows)))]
    {
        let _ = on_end;
        Ok(())
    }
}

/// Makes `options` create a file that only its owner can read and write.
pub fn owner_only_file(options: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(options, 0o600);
    options
}

/// Makes `builder` create directories that only their owner can enter.
pub fn owner_only_dir(builder: &mut DirBuilder) -> &mut DirBuilder {
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(builder, 0o700);
    builder
}

/// The permission bits of a file (Unix), for checks and tests; `None` where there are none.
pub fn mode(path: &std::path::Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path)
            .ok()
            .map(|m| m.permissions().mode() & 0o777)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Narrows an existing file (0600) or directory (0700) to its owner, best effort.
pub fn restrict_to_owner(path: &std::path::Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if path.is_dir() { 0o700 } else { 0o600 };
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// At start-up: no core dumps, so keys and records in memory never land in a core file; on
/// Linux, not dumpable, so no other process of the user can read this one's memory.
/// Makes a rename in `dir` durable (Unix: fsync the directory; Windows has no such call and
/// commits the rename with the file system's own journal).
pub fn sync_dir(dir: &std::path::Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

pub fn harden_process() {
    #[cfg(unix)]
    {
        // Best effort: a platform that refuses still runs, as it did before.
        let _ = rlimit::setrlimit(rlimit::Resource::CORE, 0, 0);
    }
    #[cfg(target_os = "linux")]
    {
        let _ = nix::sys::prctl::set_dumpable(false);
    }
}

/// Whether other processes of the same user are kept out of this one's memory (Linux only).
pub fn memory_is_private() -> Option<bool> {
    #[cfg(target_os = "linux")]
    {
        nix::sys::prctl::get_dumpable().ok().map(|d| !d)
    }
    #[cfg(not(target_os = "linux"))]
    {
        None
    }
}

/// The platform data directory, e.g. `~/.local/share/tandem` on Linux.
pub fn default_vault_dir() -> PathBuf {
    directories::ProjectDirs::from("org", "Tandem", "tandem")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("tandem-vault"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn after_hardening_no_other_process_can_read_this_ones_memory() {
        harden_process();
        if let Some(private) = memory_is_private() {
            assert!(private, "PR_SET_DUMPABLE is still 1");
        }
    }
}
