//! For `bench/floors`: Tandem's own purge (`Session::purge_at`) as of a later date, so a vault
//! made today can be measured destroying its records (the command line purges only as of now,
//! and a vault edited by hand to look older is refused as tampered). Usage:
//! `TANDEM_PASSPHRASE=… purge_at VAULT_DIR USER YYYY-MM-DD`.

use tandem::vault::{SecretString, Vault};

fn main() {
    let mut args = std::env::args().skip(1);
    let (dir, user, date) = match (args.next(), args.next(), args.next()) {
        (Some(d), Some(u), Some(t)) => (d, u, t),
        _ => panic!("purge_at VAULT_DIR USER YYYY-MM-DD"),
    };
    let pass = SecretString::from(std::env::var("TANDEM_PASSPHRASE").expect("TANDEM_PASSPHRASE"));
    let at: jiff::Timestamp = format!("{date}T00:00:00Z").parse().expect("a date");
    let vault = Vault::open(std::path::Path::new(&dir)).expect("open");
    let mut session = vault
        .unlock(&user, &pass)
        .map_err(|(_, e)| e)
        .expect("unlock");
    let report = session.purge_at(at, false).expect("purge");
    println!("{}", report.records);
    session.lock().expect("lock");
}
