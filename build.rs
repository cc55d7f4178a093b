//! Rebuild when a checklist or locale file is added or removed: `include_dir!` compiles these
//! directories into the binary, but on stable Rust cargo only sees the files that existed at
//! the last build, not new ones.

fn main() {
    println!("cargo::rerun-if-changed=checklists");
    println!("cargo::rerun-if-changed=locales");
}
