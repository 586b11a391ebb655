//! `okta-hr` in the user's language, against the real server: the system's locale or `--lang` picks the
//! words people read, while `--json` stays the same for scripts whatever the language.

use crate::{okta_hr_command, stderr, stdout};
use okta_hr_test_support::Server;
use std::path::Path;
use std::process::Output;

/// The binary with one environment variable set, as a shell with that locale would run it.
async fn okta_hr_with(data_dir: &Path, variable: &str, value: &str, args: &[&str]) -> Output {
    okta_hr_command(data_dir, args).env(variable, value).output().await.unwrap()
}

async fn in_german(data_dir: &Path, args: &[&str]) -> Output {
    okta_hr_with(data_dir, "LANG", "de_DE.UTF-8", args).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_german_locale_reads_german_and_json_stays_the_same() {
    let server = Server::start().await;
    let url = server.url();
    let phone = tempfile::tempdir().unwrap();
    let login = ["login", "--server", &url, "--email", "employee@acme.test", "--password", "password"];
    let login = in_german(phone.path(), &login).await;
    assert!(login.status.success(), "{login:?}");
    assert_eq!(stdout(&login).trim(), format!("Angemeldet als employee@acme.test bei {url}."));

    let balances = in_german(phone.path(), &["balances"]).await;
    let table = stdout(&balances);
    let header = table.lines().next().unwrap_or_default();
    for column in ["ART", "JAHR", "ANSPRUCH", "GENOMMEN", "BEANTRAGT", "REST"] {
        assert!(header.contains(column), "{column} in {header:?}");
    }
    assert!(table.contains("Annual Leave"), "the server's names are shown as they come: {table}");
    assert!(stderr(&balances).contains("(Stand: "), "{balances:?}");

    let status = in_german(phone.path(), &["status"]).await;
    let text = stdout(&status);
    assert!(text.starts_with("Angemeldet als employee@acme.test bei"), "{text}");
    assert!(text.contains("Warten auf Synchronisierung: 0") && text.contains("\nHeute: "), "{text}");

    // `--lang` wins over the system's locale, and English stays English byte for byte.
    let english = okta_hr_with(phone.path(), "LANG", "de_DE.UTF-8", &["--lang", "en", "status"]).await;
    assert!(stdout(&english).starts_with("Signed in as employee@acme.test on"), "{english:?}");

    for args in [&["--offline", "--json", "balances"][..], &["--offline", "--json", "leave", "list"]] {
        let german = in_german(phone.path(), args).await;
        let in_english = okta_hr_command(phone.path(), args).output().await.unwrap();
        assert!(german.status.success() && in_english.status.success(), "{german:?}");
        assert_eq!(stdout(&german), stdout(&in_english), "{args:?}");
        serde_json::from_str::<serde_json::Value>(&stdout(&german)).expect("JSON");
    }
}

#[tokio::test]
async fn the_lang_flag_and_okta_hr_lang_speak_to_someone_signed_out() {
    let phone = tempfile::tempdir().unwrap();
    let french = okta_hr_command(phone.path(), &["--lang", "fr", "status"]).output().await.unwrap();
    assert_eq!(french.status.code(), Some(3), "the exit code does not change with the language");
    assert!(stderr(&french).starts_with("erreur\u{a0}: "), "{french:?}");

    let german = okta_hr_with(phone.path(), "OKTA_HR_LANG", "de", &["status"]).await;
    assert!(stderr(&german).starts_with("Fehler: "), "{german:?}");
    let posix = okta_hr_with(phone.path(), "LC_ALL", "C", &["status"]).await;
    assert!(stderr(&posix).starts_with("error: "), "{posix:?}");
}
