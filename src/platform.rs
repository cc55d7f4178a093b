//! What differs between the platforms Tandem runs on (Linux and other Unix; Windows), in one
//! place. Every `cfg(unix)` / `cfg(windows)` of the crate is here, so the rest reads the same on
//! both.
//!
//! - Files of plaintext (an opened referral, a booklet, an export): created 0600 inside 0700
//!   directories on Unix. On Windows a new file inherits the ACL of its directory; Tandem relies on
//!   the user's profile directory (`%USERPROFILE%`, `%APPDATA%`) being readable only by that user
//!   and the administrators, which is Windows' default.
//! - Process hardening: on Unix, no core dumps (`RLIMIT_CORE` 0), so keys and records in memory
//!   never land in a core file. Windows has no per-process equivalent Tandem can set without
//!   extra privileges: Windows Error Reporting may write a crash dump of the process; see the
//!   README's Windows section for what is and is not protected there.
//! - The vault's default place: the platform data directory (`~/.local/share/tandem` on Linux,
//!   `%APPDATA%\Tandem\tandem\data` on Windows), from the `directories` crate.

use std::fs::{DirBuilder, OpenOptions};
use std::path::PathBuf;

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

/// At start-up: no core dumps, so keys and records in memory never land in a core file.
pub fn harden_process() {
    #[cfg(unix)]
    {
        // Best effort: a platform that refuses still runs, as it did before.
        let _ = rlimit::setrlimit(rlimit::Resource::CORE, 0, 0);
    }
}

/// The platform data directory, e.g. `~/.local/share/tandem` on Linux.
pub fn default_vault_dir() -> PathBuf {
    directories::ProjectDirs::from("org", "Tandem", "tandem")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("tandem-vault"))
}
