//! The boundaries of the architecture, checked on the source itself (README, "Layout"):
//!
//! - only `vault/` and `referral/` use `age`;
//! - only `tui/` uses `ratatui` and `crossterm`;
//! - in `tui/`, only the vault worker (`tui/worker.rs`) calls the application layer, and nothing
//!   in `tui/` calls `vault` or `referral`;
//! - the top-level modules of `src/` import each other without a cycle, and `domain` imports none.
//!
//! Test modules (`#[cfg(test)]` to the end of a file) are left out: a test may reach anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `src/` with its code before any `#[cfg(test)]`, comments removed.
fn sources() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut dirs = vec![src()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                let code = text.split("#[cfg(test)]").next().unwrap_or("");
                let code: String = code
                    .lines()
                    .map(|l| l.split("//").next().unwrap_or(""))
                    .collect::<Vec<_>>()
                    .join("\n");
                let rel = path
                    .strip_prefix(src())
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, code));
            }
        }
    }
    out.sort();
    out
}

/// The top-level module a file belongs to (`vault/seal.rs` → `vault`, `cli.rs` → `cli`).
fn top(rel: &str) -> String {
    rel.split('/')
        .next()
        .unwrap()
        .trim_end_matches(".rs")
        .to_owned()
}

fn uses(code: &str, krate: &str) -> bool {
    code.contains(&format!("{krate}::")) && {
        // A path starting with the crate's name, not a longer word ending in it.
        code.match_indices(&format!("{krate}::")).any(|(i, _)| {
            !code[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
        })
    }
}

#[test]
fn only_vault_and_referral_use_age() {
    let offenders: Vec<String> = sources()
        .into_iter()
        .filter(|(rel, code)| {
            !matches!(top(rel).as_str(), "vault" | "referral")
                && (uses(code, "age") || uses(code, "age_core"))
        })
        .map(|(rel, _)| rel)
        .collect();
    assert!(offenders.is_empty(), "age used in {offenders:?}");
}

#[test]
fn only_tui_touches_the_terminal() {
    let offenders: Vec<String> = sources()
        .into_iter()
        .filter(|(rel, code)| {
            top(rel) != "tui" && (uses(code, "ratatui") || uses(code, "crossterm"))
        })
        .map(|(rel, _)| rel)
        .collect();
    assert!(offenders.is_empty(), "the terminal used in {offenders:?}");
}

#[test]
fn in_tui_only_the_worker_calls_the_application_layer() {
    // Types the screens may name (rows to show); no function of `app` is reachable this way.
    let allowed = [
        "crate::app::cases::CaseRow",
        "crate::app::partners::PartnerRow",
    ];
    let mut offenders = Vec::new();
    for (rel, code) in sources() {
        if top(&rel) != "tui" || rel == "tui/worker.rs" {
            continue;
        }
        for forbidden in ["crate::vault", "crate::referral"] {
            if code.contains(forbidden) {
                offenders.push(format!("{rel}: {forbidden}"));
            }
        }
        for (i, _) in code.match_indices("crate::app") {
            let rest = &code[i..];
            if !allowed.iter().any(|a| rest.starts_with(a)) {
                let line = rest.lines().next().unwrap_or("");
                offenders.push(format!("{rel}: {line}"));
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}

#[test]
fn top_level_modules_import_each_other_without_a_cycle() {
    let files = sources();
    let modules: BTreeSet<String> = files.iter().map(|(rel, _)| top(rel)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (rel, code) in &files {
        let from = top(rel);
        let entry = graph.entry(from.clone()).or_default();
        for to in &modules {
            // `lib.rs` and `main.rs` declare the modules; the binary's own modules are its.
            if *to != from
                && !matches!(from.as_str(), "lib" | "main")
                && (code.contains(&format!("crate::{to}::"))
                    || code.contains(&format!("crate::{to}}}"))
                    || code.contains(&format!("crate::{to};"))
                    || code.contains(&format!("tandem::{to}::")))
            {
                entry.insert(to.clone());
            }
        }
    }
    assert!(
        graph.get("domain").is_none_or(BTreeSet::is_empty),
        "domain is a leaf: {:?}",
        graph.get("domain")
    );
    // Depth-first search for a cycle; report the first one found.
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == node) {
            let mut cycle = path[i..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(cycle) = visit(node, &graph, &mut Vec::new(), &mut done) {
            panic!("import cycle: {}\n{graph:#?}", cycle.join(" -> "));
        }
    }
}
