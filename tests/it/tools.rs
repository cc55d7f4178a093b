//! The programs some tests drive besides `tandem`: tmux (the real terminal), Debian's `age` and
//! `minisign` (a receiver without Tandem), Chromium (the printed referral). `.ci/run` installs
//! them and sets `CI`; under `CI` a missing one fails the test that needs it, so a broken CI
//! image cannot turn those tests into silent passes. On a developer's machine the test prints
//! a note and returns early.

use std::process::Command;

/// A program a test needs, under any of its names, and the Debian packages that provide it.
pub struct Tool {
    pub names: &'static [&'static str],
    pub packages: &'static str,
}

pub const TMUX: Tool = Tool {
    names: &["tmux"],
    packages: "tmux",
};
pub const AGE: Tool = Tool {
    names: &["age"],
    packages: "age",
};
pub const MINISIGN: Tool = Tool {
    names: &["minisign"],
    packages: "minisign",
};
pub const CHROMIUM: Tool = Tool {
    names: &["chromium", "chromium-browser", "google-chrome"],
    packages: "chromium fonts-noto-core",
};
pub const TAR: Tool = Tool {
    names: &["tar"],
    packages: "tar",
};
pub const SHA256SUM: Tool = Tool {
    names: &["sha256sum"],
    packages: "coreutils",
};

/// The name each tool is installed under, in order; `None` when one is missing and the test
/// should return (a note is printed). Under `CI` a missing tool panics instead.
#[track_caller]
pub fn require<const N: usize>(tools: [&Tool; N]) -> Option<[&'static str; N]> {
    match verdict(tools, std::env::var_os("CI").is_some()) {
        Ok(found) => found,
        Err(failure) => panic!("{failure}"),
    }
}

/// `Ok(Some(names))` to run, `Ok(None)` to skip (after printing why), `Err` to fail.
fn verdict<const N: usize>(
    tools: [&Tool; N],
    ci: bool,
) -> Result<Option<[&'static str; N]>, String> {
    let found = tools.map(|t| t.names.iter().copied().find(|name| on_path(name)));
    if let Some(found) = found.iter().copied().collect::<Option<Vec<_>>>() {
        return Ok(Some(found.try_into().expect("one name per tool")));
    }
    let missing = tools.iter().zip(&found).filter(|(_, f)| f.is_none());
    let names: Vec<String> = missing.clone().map(|(t, _)| t.names.join(" or ")).collect();
    let packages: Vec<&str> = missing.map(|(t, _)| t.packages).collect();
    let what = format!(
        "not installed: {} (apt install {}, as .ci/run does)",
        names.join(", "),
        packages.join(" ")
    );
    if ci {
        return Err(format!(
            "{what}; CI is set, so this test fails instead of skipping"
        ));
    }
    eprintln!("skipping: {what}");
    Ok(None)
}

fn on_path(name: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {name}"))
        .output()
        .is_ok_and(|o| o.status.success())
}

const SH: Tool = Tool {
    names: &["tandem-no-such-program", "sh"],
    packages: "dash",
};
const NOWHERE: Tool = Tool {
    names: &["tandem-no-such-program"],
    packages: "tandem-nothing",
};

#[test]
fn a_missing_tool_fails_under_ci_and_skips_elsewhere() {
    let failure = verdict([&SH, &NOWHERE], true).unwrap_err();
    assert!(
        failure.contains("not installed: tandem-no-such-program (apt install tandem-nothing")
            && failure.contains("CI is set"),
        "{failure}"
    );
    assert_eq!(verdict([&SH, &NOWHERE], false), Ok(None));
}

#[test]
fn a_tool_is_found_under_any_of_its_names() {
    assert_eq!(verdict([&SH], true), Ok(Some(["sh"])));
    assert_eq!(verdict([&SH], false), Ok(Some(["sh"])));
}
