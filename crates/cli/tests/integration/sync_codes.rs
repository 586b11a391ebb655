//! What `sync`, `status` and `dismiss` tell a user and a script about the queue, against the real
//! server: each outcome with its own exit code, refusals listed until dismissed, times on the clock
//! of the user's own time zone, and a session ended by HR said with HR's reason.

use crate::{count_for_employee, okta_hr, okta_hr_command, stderr, stdout};
use chrono::{DateTime, FixedOffset, Utc};
use okta_hr_test_support::Server;
use std::path::Path;
use std::process::{Output, Stdio};

const HQ: [&str; 4] = ["--lat", "52.520008", "--lon", "13.404954"];
const PARIS: [&str; 4] = ["--lat", "48.8566", "--lon", "2.3522"];
const STILL_QUEUED: i32 = 6;
const REFUSED: i32 = 4;
const SIGNED_OUT: i32 = 3;

/// A zone with no summer time, far from the test machine's UTC, so a time shown in UTC shows wrong.
const ZONE: &str = "Asia/Kolkata";

fn in_zone(at: DateTime<Utc>) -> String {
    let kolkata = FixedOffset::east_opt(5 * 3600 + 30 * 60).unwrap();
    at.with_timezone(&kolkata).format("%Y-%m-%d %H:%M (local)").to_string()
}

async fn okta_hr_in_zone(data_dir: &Path, args: &[&str]) -> Output {
    okta_hr_command(data_dir, args).env("TZ", ZONE).output().await.unwrap()
}

/// `login` without `--password`, the password piped in as a script does.
async fn sign_in_piping_the_password(data_dir: &Path, url: &str) -> Output {
    let password = data_dir.join("password.txt");
    std::fs::write(&password, "password\n").unwrap();
    let stdin = std::fs::File::open(&password).unwrap();
    okta_hr_command(data_dir, &["login", "--server", url, "--email", "employee@acme.test"])
        .stdin(Stdio::from(stdin))
        .output()
        .await
        .unwrap()
}

fn line_of<'a>(text: &'a str, start: &str) -> &'a str {
    text.lines().find(|line| line.trim_start().starts_with(start)).unwrap_or_else(|| panic!("{start:?} in\n{text}"))
}

/// The outbox id `status` shows for the first refusal, as in `  #7 Check-in, made …`.
fn first_refusal_id(status: &str) -> String {
    let listed = status.split_once("Refused by the server:").unwrap_or_else(|| panic!("refusals in\n{status}")).1;
    let line = listed.lines().find(|line| line.trim_start().starts_with('#')).unwrap();
    line.trim_start().trim_start_matches('#').split_whitespace().next().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_says_what_became_of_the_queue_and_refusals_stay_until_dismissed() {
    let mut server = Server::start().await;
    let url = server.url();
    let phone = tempfile::tempdir().unwrap();
    let phone = phone.path();

    let login = sign_in_piping_the_password(phone, &url).await;
    assert!(login.status.success(), "{login:?}");
    assert!(stdout(&login).contains("Signed in as employee@acme.test"), "{login:?}");
    assert!(!stderr(&login).contains("Password"), "no prompt when the password is piped in: {login:?}");

    // Offline: the check-in waits, and status says so with the time on the user's own clock.
    server.stop().await;
    let before = Utc::now();
    let check_in = okta_hr(phone, &["check-in", HQ[0], HQ[1], HQ[2], HQ[3]]).await;
    let after = Utc::now();
    assert_eq!(check_in.status.code(), Some(0), "a queued write exits 0: {check_in:?}");
    let status = okta_hr_in_zone(phone, &["status"]).await;
    assert_eq!(status.status.code(), Some(0), "{status:?}");
    let text = stdout(&status);
    let today = line_of(&text, "Today:");
    assert!(today.starts_with("Today: checked in (queued) since "), "{text}");
    assert!(today.ends_with(&in_zone(before)) || today.ends_with(&in_zone(after)), "local time in {ZONE}: {text}");
    assert!(line_of(&text, "#1 Check-in, made ").ends_with("(local)"), "{text}");
    let attempts = text.lines().find(|line| line.contains(" attempt(s)")).unwrap_or_else(|| panic!("{text}"));
    assert!(attempts.contains("; last error: the server cannot be reached"), "{text}");
    assert!(line_of(&text, "next attempt").contains("(local)"), "{text}");

    let sync = okta_hr(phone, &["sync"]).await;
    assert_eq!(sync.status.code(), Some(STILL_QUEUED), "{sync:?}");
    assert!(stdout(&sync).contains("still queued 1.") && stdout(&sync).contains("Still queued: the server cannot"));

    server.start_again().await;
    let sync = okta_hr(phone, &["sync"]).await;
    assert_eq!(sync.status.code(), Some(0), "all sent: {sync:?}");
    assert!(stdout(&sync).starts_with("Sent 1, refused 0, still queued 0."), "{sync:?}");
    assert!(okta_hr(phone, &["check-out", HQ[0], HQ[1], HQ[2], HQ[3]]).await.status.success());

    // From Paris, offline: warned at once, refused later, listed with its id until dismissed.
    server.stop().await;
    assert!(okta_hr(phone, &["check-in", PARIS[0], PARIS[1], PARIS[2], PARIS[3]]).await.status.success());
    let queued = stdout(&okta_hr(phone, &["status"]).await);
    assert!(line_of(&queued, "warning:").contains("km from HQ"), "the pre-check's warning is shown: {queued}");
    server.start_again().await;
    let sync = okta_hr(phone, &["sync"]).await;
    assert_eq!(sync.status.code(), Some(REFUSED), "{sync:?}");
    assert!(stdout(&sync).contains("refused: Check-in: You are"), "{sync:?}");

    let status = okta_hr(phone, &["status"]).await;
    let text = stdout(&status);
    assert!(text.contains("Refused by the server: 1"), "{text}");
    let id = first_refusal_id(&text);
    assert!(line_of(&text, &format!("#{id} Check-in, made")).contains("refused"), "{text}");
    assert!(line_of(&text, "why:").contains("km from HQ"), "{text}");
    assert!(line_of(&text, "undone:").contains("you are not checked in"), "{text}");
    assert!(line_of(&text, "next step:").contains("Try again"), "{text}");
    assert!(text.contains(&format!("`okta-hr dismiss {id}`")) && text.contains("`okta-hr dismiss --all`"), "{text}");
    assert!(line_of(&text, "Today:").starts_with("Today: not checked in; checked out at "), "{text}");

    let again = okta_hr(phone, &["sync"]).await;
    assert_eq!(again.status.code(), Some(REFUSED), "a refusal counts until dismissed: {again:?}");
    assert!(stdout(&again).contains("1 earlier refusal(s) not dismissed yet."), "{again:?}");

    let dismiss = okta_hr(phone, &["dismiss", &format!("#{id}")]).await;
    assert!(dismiss.status.success(), "{dismiss:?}");
    assert_eq!(stdout(&dismiss).trim(), format!("Dismissed refusal #{id} (Check-in)."));
    let text = stdout(&okta_hr(phone, &["status"]).await);
    assert!(!text.contains("Refused by the server"), "{text}");
    let sync = okta_hr(phone, &["sync"]).await;
    assert_eq!(sync.status.code(), Some(0), "{sync:?}");

    let unknown = okta_hr(phone, &["dismiss", "999"]).await;
    assert_eq!(unknown.status.code(), Some(1), "{unknown:?}");
    assert!(stderr(&unknown).contains("no refusal #999 to dismiss: `okta-hr status` lists"), "{unknown:?}");

    // A check-in refused and the check-out queued behind it: two refusals, dismissed at once.
    server.stop().await;
    assert!(okta_hr(phone, &["check-in", PARIS[0], PARIS[1], PARIS[2], PARIS[3]]).await.status.success());
    assert!(okta_hr(phone, &["check-out", PARIS[0], PARIS[1], PARIS[2], PARIS[3]]).await.status.success());
    server.start_again().await;
    let sync = okta_hr(phone, &["sync"]).await;
    assert_eq!(sync.status.code(), Some(REFUSED), "{sync:?}");
    assert!(stdout(&sync).starts_with("Sent 0, refused 2, still queued 0."), "{sync:?}");
    let all = okta_hr(phone, &["dismiss", "--all"]).await;
    assert!(all.status.success(), "{all:?}");
    assert!(stdout(&all).starts_with("Dismissed 2 refusal(s):"), "{all:?}");
    assert!(stdout(&all).contains("Check-in") && stdout(&all).contains("Check-out"), "{all:?}");
    assert!(!stdout(&okta_hr(phone, &["status"]).await).contains("Refused by the server"));
    assert_eq!(
        stdout(&okta_hr(phone, &["dismiss", "--all"]).await).trim(),
        "Nothing to dismiss: no refusal is waiting."
    );
    assert_eq!(okta_hr(phone, &["sync"]).await.status.code(), Some(0));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_ended_by_hr_is_said_with_its_reason() {
    let mut server = Server::start().await;
    let url = server.url();
    let (phone, hr_laptop) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for (device, email) in [(phone.path(), "employee@acme.test"), (hr_laptop.path(), "hr@acme.test")] {
        let login = okta_hr(device, &["login", "--server", &url, "--email", email, "--password", "password"]).await;
        assert!(login.status.success(), "{login:?}");
    }
    let suspend = okta_hr(hr_laptop.path(), &["admin", "suspend", "employee@acme.test"]).await;
    assert!(suspend.status.success(), "{suspend:?}");

    // A check-in made after the suspension is no longer theirs to make, and the device says why.
    let check_in = okta_hr(phone.path(), &["check-in", HQ[0], HQ[1], HQ[2], HQ[3]]).await;
    assert_eq!(check_in.status.code(), Some(REFUSED), "{check_in:?}");
    assert!(stdout(&check_in).contains("Not sent: Your account has been suspended"), "{check_in:?}");

    // Nothing is left to send, so the next start erases the account and says so.
    let sync = okta_hr(phone.path(), &["sync"]).await;
    assert_eq!(sync.status.code(), Some(SIGNED_OUT), "{sync:?}");
    assert!(stderr(&sync).contains("suspended by your HR team"), "{sync:?}");
    assert!(stderr(&sync).contains("Nothing of your account is kept on this device."), "{sync:?}");
    let left: Vec<_> = std::fs::read_dir(phone.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|entry| entry.path().extension().is_some_and(|x| x == "sqlite"))
        .collect();
    assert!(left.is_empty(), "no cache of theirs is left: {left:?}");
    let status = okta_hr(phone.path(), &["status"]).await;
    assert_eq!(status.status.code(), Some(SIGNED_OUT), "{status:?}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_cancelled_before_it_was_sent_never_reaches_the_server() {
    let mut server = Server::start().await;
    let url = server.url();
    let phone = tempfile::tempdir().unwrap();
    let phone = phone.path();
    let login =
        okta_hr(phone, &["login", "--server", &url, "--email", "employee@acme.test", "--password", "password"]).await;
    assert!(login.status.success(), "{login:?}");

    server.stop().await;
    let submit = okta_hr(phone, &["leave", "submit", "--from", "2031-04-07", "--to", "2031-04-09"]).await;
    assert!(stdout(&submit).starts_with("Queued, will sync"), "{submit:?}");
    let listed = stdout(&okta_hr(phone, &["--offline", "leave", "list"]).await);
    let key = line_of(&listed, "pending-").split_whitespace().next().unwrap().to_owned();

    let cancel = okta_hr(phone, &["leave", "cancel", &key]).await;
    assert_eq!(cancel.status.code(), Some(0), "{cancel:?}");
    assert_eq!(stdout(&cancel).trim(), "Taken off the queue: it had never reached the server.");
    assert!(!stdout(&okta_hr(phone, &["--offline", "leave", "list"]).await).contains("2031-04-07"));

    server.start_again().await;
    let sync = okta_hr(phone, &["sync"]).await;
    assert_eq!(sync.status.code(), Some(0), "{sync:?}");
    assert!(stdout(&sync).starts_with("Sent 0, refused 0, still queued 0."), "{sync:?}");
    let requests = "SELECT COUNT(*) FROM leave_requests WHERE employee_id = ?1 AND start_date = ?2";
    assert_eq!(count_for_employee(&server, requests, "2031-04-07"), 0, "the server never heard of it");
    server.stop().await;
}
