//! What the device keeps stays private: the cache is encrypted with a key kept outside the data folder,
//! a plain cache from the previous version is encrypted with its queue intact, a cache whose key is gone
//! is as if absent, and signing out leaves nothing of the account on disk.

use crate::common;

use common::{HQ, Server, cache_file, fix, hr_lifecycle, open_cache};
use okta_hr_core::vault::{self, Vault};
use okta_hr_core::{Core, CoreError};
use std::path::Path;

async fn signed_in(server_url: &str, dir: &Path, email: &str) -> Core {
    let mut core = Core::open(dir).unwrap();
    core.login(server_url, email, "password", "test phone").await.unwrap();
    core
}

/// Every byte of every file below `dir`.
fn every_byte(dir: &Path) -> Vec<u8> {
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            bytes.extend(every_byte(&path));
        } else {
            bytes.extend(std::fs::read(&path).unwrap());
        }
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle.as_bytes())
}

fn token_of(dir: &Path) -> String {
    let vault = Vault::for_data_dir(dir).unwrap();
    vault.get(&vault::token_name(&cache_file(dir))).unwrap().expect("the token in the vault")
}

#[tokio::test]
async fn nothing_of_the_person_is_readable_in_the_data_folder() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let core = signed_in(&server.url(), &data, "employee@acme.test").await;
    core.sync().await.unwrap();
    let payslip = core.payslips().unwrap().data.into_iter().next().expect("a cached payslip");
    let net = payslip.attributes.net.to_string();
    let name = payslip.attributes.employee_name.clone();
    let token = token_of(&data);
    drop(core);

    let plain = rusqlite::Connection::open(cache_file(&data)).unwrap();
    let refused = plain.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).unwrap_err();
    assert!(refused.to_string().contains("not a database"), "{refused}");
    let bytes = every_byte(&data);
    for secret in [net.as_str(), name.as_str(), "Fischer", "employee@acme.test", token.as_str()] {
        assert!(!contains(&bytes, secret), "{secret:?} is readable in the data folder");
    }
    // With its key the cache reads as before, and the core resumes the account.
    let payslips: i64 = open_cache(&data).query_row("SELECT count(*) FROM documents", [], |r| r.get(0)).unwrap();
    assert!(payslips > 0);
    assert!(Core::open(&data).unwrap().is_signed_in());
}

#[tokio::test]
async fn a_plain_cache_from_the_previous_version_is_encrypted_in_place_with_its_queue_intact() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in(&server.url(), dir.path(), "employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    server.stop().await;
    assert_eq!(core.check_in(fix(HQ), false).await.unwrap().state, "queued");
    let token = token_of(dir.path());
    drop(core);

    // The previous version's cache: plain SQLite, its token in the session row, nothing in the vault.
    let path = cache_file(dir.path());
    let plain = path.with_extension("plain");
    {
        let cache = open_cache(dir.path());
        cache.execute("ATTACH DATABASE ?1 AS plain KEY ''", [plain.display().to_string()]).unwrap();
        cache.query_row("SELECT sqlcipher_export('plain')", [], |_| Ok(())).unwrap();
        let version: i64 = cache.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        cache.execute_batch(&format!("PRAGMA plain.user_version = {version}; DETACH DATABASE plain;")).unwrap();
    }
    std::fs::rename(&plain, &path).unwrap();
    let legacy = rusqlite::Connection::open(&path).unwrap();
    legacy.execute("UPDATE session SET token = ?1", [&token]).unwrap();
    drop(legacy);
    let vault = Vault::for_data_dir(dir.path()).unwrap();
    vault.delete(&vault::cache_key_name(&path)).unwrap();
    vault.delete(&vault::token_name(&path)).unwrap();

    let core = Core::open(dir.path()).unwrap();
    assert!(core.is_signed_in(), "the session carries on");
    assert_eq!(core.status().unwrap().pending.len(), 1, "the queued check-in is kept");
    assert!(!contains(&std::fs::read(&path).unwrap(), &token), "the file is encrypted now");
    assert_eq!(token_of(dir.path()), token, "the token moved to the vault");
    let stored: Option<String> =
        open_cache(dir.path()).query_row("SELECT token FROM session", [], |r| r.get(0)).unwrap();
    assert_eq!(stored, None);

    server.start_again().await;
    assert_eq!(core.sync().await.unwrap().sent, 1, "sent once, as if nothing had happened");
    let records: i64 =
        server.query_row("SELECT COUNT(*) FROM attendance_records WHERE employee_id = ?1", [me], |r| r.get(0));
    assert!(records > 0);
}

#[tokio::test]
async fn a_cache_encrypted_with_sqlciphers_defaults_is_brought_to_the_faster_settings_with_its_queue_intact() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in(&server.url(), dir.path(), "employee@acme.test").await;
    server.stop().await;
    assert_eq!(core.check_in(fix(HQ), false).await.unwrap().state, "queued");
    drop(core);

    // The cache as the first encrypting version wrote it: the same key, SQLCipher's own page size and MAC.
    let path = cache_file(dir.path());
    let key = Vault::for_data_dir(dir.path()).unwrap().cache_key(&path).unwrap().unwrap();
    let earlier = path.with_extension("earlier");
    {
        let cache = open_cache(dir.path());
        cache
            .execute(
                "ATTACH DATABASE ?1 AS earlier KEY ?2",
                [earlier.display().to_string(), format!("x'{}'", key.stored())],
            )
            .unwrap();
        cache
            .execute_batch(
                "PRAGMA earlier.cipher_page_size = 4096; PRAGMA earlier.cipher_hmac_algorithm = HMAC_SHA512;",
            )
            .unwrap();
        cache.query_row("SELECT sqlcipher_export('earlier')", [], |_| Ok(())).unwrap();
        let version: i64 = cache.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        cache.execute_batch(&format!("PRAGMA earlier.user_version = {version}; DETACH DATABASE earlier;")).unwrap();
    }
    std::fs::rename(&earlier, &path).unwrap();
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let with_defaults = |path: &Path| {
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.execute_batch(&format!("PRAGMA key = \"x'{}'\";", key.stored())).unwrap();
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).is_ok()
    };
    assert!(with_defaults(&path), "the earlier layout reads with SQLCipher's defaults");

    let core = Core::open(dir.path()).unwrap();
    assert!(core.is_signed_in(), "the session carries on");
    assert_eq!(core.status().unwrap().pending.len(), 1, "the queued check-in is kept");
    assert!(!with_defaults(&path), "the file was rewritten with the cache's own settings");
    server.start_again().await;
    assert_eq!(core.sync().await.unwrap().sent, 1, "sent once, as if nothing had happened");
}

#[tokio::test]
async fn a_cache_whose_key_is_gone_is_as_if_absent_and_signing_in_starts_afresh() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    drop(signed_in(&server.url(), dir.path(), "employee@acme.test").await);
    let path = cache_file(dir.path());
    Vault::for_data_dir(dir.path()).unwrap().delete(&vault::cache_key_name(&path)).unwrap();

    let mut core = Core::open(dir.path()).expect("no error blocks the start");
    assert!(!core.is_signed_in());
    assert!(!path.exists(), "the unreadable file is gone");
    core.login(&server.url(), "employee@acme.test", "password", "test phone").await.unwrap();
    assert!(core.is_signed_in());
    assert!(core.profile().unwrap().data.is_some());
}

#[tokio::test]
async fn a_keystore_out_of_reach_starts_signed_out_and_erases_nothing() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    drop(signed_in(&server.url(), dir.path(), "employee@acme.test").await);
    let path = cache_file(dir.path());
    // The keys are in the files store; the folder says so. Then that store cannot be read (a locked
    // keyring does the same to the system's).
    let keys = dir.path().with_file_name(format!("{}.keys", dir.path().file_name().unwrap().to_string_lossy()));
    std::fs::rename(&keys, keys.with_extension("moved")).unwrap();
    std::fs::write(&keys, "not a folder").unwrap();

    let core = Core::open(dir.path()).expect("the app starts");
    assert!(!core.is_signed_in());
    assert!(path.exists(), "the cache is kept for when its key can be read again");
    std::fs::remove_file(&keys).unwrap();
    std::fs::rename(keys.with_extension("moved"), &keys).unwrap();
    assert!(Core::open(dir.path()).unwrap().is_signed_in(), "and then it is there again");
}

#[tokio::test]
async fn signing_out_leaves_nothing_of_the_account_and_queued_writes_need_force() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut core = signed_in(&server.url(), &data, "employee@acme.test").await;
    let path = cache_file(&data);
    server.stop().await;
    core.check_in(fix(HQ), false).await.unwrap();

    let refused = core.logout(false).await.unwrap_err();
    assert!(matches!(refused, CoreError::UnsyncedWork(1)), "{refused:?}");
    assert!(path.exists(), "nothing is lost by asking");
    core.logout(true).await.unwrap();
    assert!(!core.is_signed_in());
    let left: Vec<_> = std::fs::read_dir(&data).unwrap().filter_map(Result::ok).map(|e| e.file_name()).collect();
    // The one file left says which store holds this folder's keys: nothing of anyone.
    assert_eq!(left, vec![std::ffi::OsString::from("keystore")], "no file of the account is left");
    let vault = Vault::for_data_dir(&data).unwrap();
    assert_eq!(vault.get(&vault::cache_key_name(&path)).unwrap(), None, "the key is erased");
    assert_eq!(vault.get(&vault::token_name(&path)).unwrap(), None);
    assert!(!Core::open(&data).unwrap().is_signed_in());
}

#[tokio::test]
async fn a_person_hr_deactivates_is_erased_from_the_device_at_the_next_contact() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut core = signed_in(&server.url(), dir.path(), "employee@acme.test").await;
    let path = cache_file(dir.path());
    hr_lifecycle(&server, "employee@acme.test", "deactivate").await;

    let _refused = core.sync().await;
    assert!(core.status().unwrap().needs_login, "the server said why");
    assert!(core.erase_if_dismissed().unwrap());
    assert!(core.dismissed_because().unwrap().contains("deactivated"), "the sign-in screen can say why");
    assert!(!path.exists(), "nothing of Emma is left");
    assert!(Vault::for_data_dir(dir.path()).unwrap().cache_key(&path).unwrap().is_none());
    assert!(!Core::open(dir.path()).unwrap().is_signed_in());
}

#[tokio::test]
async fn a_suspended_persons_device_delivers_the_punches_made_before_then_keeps_nothing() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut core = signed_in(&server.url(), dir.path(), "employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let path = cache_file(dir.path());
    let count = "SELECT COUNT(*), COUNT(*) - COUNT(check_out_at) FROM attendance_records WHERE employee_id = ?1";
    let before: (i64, i64) = server.query_row(count, [me], |r| Ok((r.get(0)?, r.get(1)?)));
    // Checked in on the shop floor with no signal, then suspended by HR before the phone found one.
    server.stop().await;
    assert_eq!(core.check_in(fix(HQ), false).await.unwrap().state, "queued");
    server.start_again().await;
    hr_lifecycle(&server, "employee@acme.test", "suspend").await;
    // The check-out the phone records afterwards, still offline, is no longer theirs to make.
    server.stop().await;
    assert_eq!(core.check_out(fix(HQ), false).await.unwrap().state, "queued");
    server.start_again().await;

    let report = core.sync().await.unwrap();
    assert_eq!(report.sent, 1, "the check-in made before the suspension is delivered: {report:?}");
    assert_eq!(report.rejected.len(), 1, "{report:?}");
    assert!(report.rejected[0].1.contains("suspended"), "{report:?}");
    assert_eq!(report.pending, 0);
    let after: (i64, i64) = server.query_row(count, [me], |r| Ok((r.get(0)?, r.get(1)?)));
    assert_eq!(after, (before.0 + 1, before.1 + 1), "one more check-in and no check-out on the server");

    assert!(core.erase_if_dismissed().unwrap(), "nothing is left to send, so nothing is kept");
    assert!(!path.exists());
    let because = core.dismissed_because().expect("the sign-in screen says why");
    assert!(because.contains("suspended") && because.contains("Check-out"), "{because}");
    assert!(!Core::open(dir.path()).unwrap().is_signed_in());
}

#[tokio::test]
async fn a_dismissed_persons_device_that_loses_the_server_midway_keeps_what_is_left_for_later() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut core = signed_in(&server.url(), dir.path(), "employee@acme.test").await;
    let path = cache_file(dir.path());
    server.stop().await;
    core.check_in(fix(HQ), false).await.unwrap();
    server.start_again().await;
    hr_lifecycle(&server, "employee@acme.test", "deactivate").await;
    server.stop().await;
    let _unreachable = core.sync().await;
    assert!(!core.erase_if_dismissed().unwrap(), "a queued write is never dropped silently");
    drop(core);
    assert!(path.exists(), "kept across a restart while the write waits");

    server.start_again().await;
    let core = Core::open(dir.path()).unwrap();
    let me = server.employee_id("employee@acme.test");
    let open = "SELECT COUNT(*) FROM attendance_records WHERE employee_id = ?1 AND check_out_at IS NULL";
    assert_eq!(server.query_row(open, [me], |r| r.get::<_, i64>(0)), 0);
    let refused = core.sync().await.expect_err("the refresh after the drain hears the deactivation");
    assert!(refused.to_string().contains("deactivated"), "{refused}");
    assert_eq!(server.query_row(open, [me], |r| r.get::<_, i64>(0)), 1, "the check-in was delivered first");
    drop(core);
    let core = Core::open(dir.path()).unwrap();
    assert!(!core.is_signed_in(), "the next start erases what is left");
    assert!(!path.exists());
}

/// The same account life in a real system keystore: `scripts/test.sh` runs it under a session bus with
/// gnome-keyring unlocked, as a Linux desktop has.
#[tokio::test]
#[ignore = "needs a Secret Service: scripts/test.sh runs it under dbus-run-session with gnome-keyring"]
async fn system_keystore_holds_the_key_and_token_and_signing_out_removes_them() {
    assert_eq!(std::env::var(vault::KEYSTORE_VARIABLE).as_deref(), Ok("system"), "run with the system keystore");
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut core = signed_in(&server.url(), &data, "employee@acme.test").await;
    let vault = Vault::for_data_dir(&data).unwrap();
    assert!(vault.is_system_keystore());
    let path = cache_file(&data);
    assert!(vault.cache_key(&path).unwrap().is_some(), "the key is in the keystore");
    assert!(vault.get(&vault::token_name(&path)).unwrap().is_some(), "and the token");
    assert!(!dir.path().join("data.keys").exists(), "no fallback files");
    drop(core);
    core = Core::open(&data).unwrap();
    assert!(core.is_signed_in(), "the keystore gives the account back at the next start");
    core.logout(false).await.unwrap();
    assert!(vault.cache_key(&path).unwrap().is_none(), "the key left the keystore");
    assert_eq!(vault.get(&vault::token_name(&path)).unwrap(), None);
}
