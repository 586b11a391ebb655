//! The user's own writes, as the screens show them: numbers that follow every write at once, a queued
//! write taken back before it was ever sent, and refusals that stay until the user dismisses them.

use crate::common;
use okta_hr_domain::calendar::LeaveSpan;
use okta_hr_domain::days::LeaveDays;

use chrono::{Datelike, Duration, NaiveDate, Utc, Weekday};
use common::{HQ, PARIS, Proxy, Server, fix};
use okta_hr_core::{Core, CoreError, WITHDRAWN};
use okta_hr_domain::wire::LeaveBalanceAttributes;

const LEAVE_REQUESTS: &str = "SELECT COUNT(*) FROM leave_requests WHERE employee_id = ?1";
const CANCELLED: &str = "SELECT COUNT(*) FROM leave_requests WHERE employee_id = ?1 AND status = 'cancelled'";

/// A Monday well in the future, so a Monday-to-Friday request is 5 working days of next year: July to
/// September hold none of the demo company's public holidays.
fn next_year_monday(month: u32) -> NaiveDate {
    let mut day = NaiveDate::from_ymd_opt(Utc::now().year() + 1, month, 1).unwrap();
    while day.weekday() != Weekday::Mon {
        day += Duration::days(1);
    }
    day
}

async fn signed_in(server_url: &str, dir: &std::path::Path) -> Core {
    let mut core = Core::open(dir).unwrap();
    core.login(server_url, "employee@acme.test", "password", "test phone").await.unwrap();
    core
}

fn annual(core: &Core, year: i32) -> LeaveBalanceAttributes {
    core.balances().unwrap().data.into_iter().find(|b| b.leave_type == "annual" && b.year == year).expect("a balance")
}

/// What a second device, signed in afresh, is told by the server.
async fn server_says(server: &Server, year: i32) -> LeaveBalanceAttributes {
    let dir = tempfile::tempdir().unwrap();
    let fresh = signed_in(&server.url(), dir.path()).await;
    annual(&fresh, year)
}

/// The pending days the list shows for a year, which the balance's "pending" must agree with.
fn pending_days_listed(core: &Core, year: i32) -> LeaveDays {
    core.leaves()
        .unwrap()
        .iter()
        .filter(|l| l.status == "pending" && l.leave_type == "annual" && l.start_date.year() == year)
        .map(|l| l.days)
        .sum()
}

#[tokio::test]
async fn balances_and_lists_follow_each_write_at_once_and_match_the_server() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in(&server.url(), dir.path()).await;
    let monday = next_year_monday(7);
    let year = monday.year();
    let before = annual(&core, year);

    // Sent at once: the device's numbers are the server's before the screen is left.
    let sent =
        core.submit_leave("annual", &LeaveSpan::whole_days(monday, monday + Duration::days(4)), None).await.unwrap();
    assert_eq!(sent.state, "synced");
    let after_request = annual(&core, year);
    assert_eq!(
        (after_request.remaining, after_request.pending),
        (before.remaining - LeaveDays::whole(5), before.pending + LeaveDays::whole(5))
    );
    assert_eq!(after_request, server_says(&server, year).await);
    assert_eq!(pending_days_listed(&core, year), after_request.pending);

    // Cancelled offline: the days are back at once, and still once the server has heard.
    let key = sent.server_id.expect("the server's id");
    server.stop().await;
    assert_eq!(core.cancel_leave(&key).await.unwrap().state, "queued");
    let queued_cancel = annual(&core, year);
    assert_eq!((queued_cancel.remaining, queued_cancel.pending), (before.remaining, before.pending));
    assert_eq!(pending_days_listed(&core, year), queued_cancel.pending);

    server.start_again().await;
    let report = core.sync().await.unwrap();
    assert_eq!((report.sent, report.pending), (1, 0), "{report:?}");
    assert_eq!(annual(&core, year), server_says(&server, year).await);
    assert_eq!(annual(&core, year).remaining, before.remaining);
}

#[tokio::test]
async fn a_request_taken_back_before_it_was_sent_never_reaches_the_server() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in(&server.url(), dir.path()).await;
    let me = server.employee_id("employee@acme.test");
    let requests_before = server.count(LEAVE_REQUESTS, me);
    let first = next_year_monday(8);

    server.stop().await;
    let mistaken =
        core.submit_leave("annual", &LeaveSpan::whole_days(first, first + Duration::days(4)), None).await.unwrap();
    assert_eq!(mistaken.state, "queued");
    // A second request over the same week: the device warns it overlaps the first.
    let wanted = core
        .submit_leave("annual", &LeaveSpan::whole_days(first + Duration::days(2), first + Duration::days(8)), None)
        .await
        .unwrap();
    assert!(wanted.warning.as_deref().is_some_and(|w| w.contains("overlap")), "{wanted:?}");
    let mistaken_key = core.leaves().unwrap().into_iter().find(|l| l.pending && l.start_date == first).unwrap().key;

    let taken_back = core.cancel_leave(&mistaken_key).await.unwrap();
    assert_eq!(taken_back.state, WITHDRAWN);
    let status = core.status().unwrap();
    assert_eq!(status.pending.len(), 1, "only the wanted request is left to send");
    assert_eq!(status.pending[0].warning, None, "judged again: nothing overlaps it any more");
    assert!(core.leaves().unwrap().iter().all(|l| l.start_date != first), "gone from the list");

    server.start_again().await;
    let report = core.sync().await.unwrap();
    assert_eq!((report.sent, report.rejected.len(), report.pending), (1, 0, 0), "{report:?}");
    assert_eq!(server.count(LEAVE_REQUESTS, me), requests_before + 1, "the mistaken request was never sent");
    assert_eq!(server.count(CANCELLED, me), 0, "nor a cancellation for it");
}

#[tokio::test]
async fn a_request_whose_answer_was_lost_is_cancelled_on_the_server_too() {
    let server = Server::start().await;
    let proxy = Proxy::start(server.addr).await;
    let dir = tempfile::tempdir().unwrap();
    drop(signed_in(&proxy.url(), dir.path()).await);
    let me = server.employee_id("employee@acme.test");
    let requests_before = server.count(LEAVE_REQUESTS, me);

    // A fresh client, so the request opens the connection whose answer is lost.
    let core = Core::open(dir.path()).unwrap();
    proxy.lose_next_responses(1);
    let monday = next_year_monday(9);
    let outcome = core.submit_leave("annual", &LeaveSpan::whole_days(monday, monday), None).await.unwrap();
    assert_eq!(outcome.state, "queued", "the answer never arrived: {outcome:?}");
    let key = core.leaves().unwrap().into_iter().find(|l| l.pending).unwrap().key;

    // The server may have it, so taking it back must ask the server: both go, in order.
    let cancelled = core.cancel_leave(&key).await.unwrap();
    assert_ne!(cancelled.state, WITHDRAWN);
    core.sync().await.unwrap();
    assert_eq!(server.count(LEAVE_REQUESTS, me), requests_before + 1);
    assert_eq!(server.count(CANCELLED, me), 1);
    assert!(core.status().unwrap().pending.is_empty());
}

#[tokio::test]
async fn a_refusal_says_what_was_undone_and_stays_until_dismissed() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in(&server.url(), dir.path()).await;
    let mut changes = core.subscribe();

    server.stop().await;
    core.check_in(fix(PARIS), false).await.unwrap();
    assert!(core.today().unwrap().checked_in, "shown at once, before the server has judged it");
    server.start_again().await;
    core.sync().await.unwrap();

    let refused = core.status().unwrap().rejected;
    assert_eq!(refused.len(), 1);
    let refusal = &refused[0];
    assert!(refusal.rejection.as_deref().is_some_and(|r| r.contains("km from HQ")), "{refusal:?}");
    assert!(refusal.undone.as_deref().is_some_and(|u| u.contains("not checked in")), "{refusal:?}");
    assert!(refusal.next_step.as_deref().is_some_and(|n| n.contains("correct your attendance")), "{refusal:?}");
    assert!(!core.today().unwrap().checked_in);
    let announced = std::iter::from_fn(|| changes.try_recv().ok())
        .any(|change| matches!(change, okta_hr_core::Change::Outbox { rejected: 1, .. }));
    assert!(announced, "the screens were told of the refusal");

    // Still there after the next sync, until the user dismisses it.
    core.check_in(fix(HQ), false).await.unwrap();
    assert_eq!(core.status().unwrap().rejected.len(), 1);
    assert_eq!(core.dismiss_refusals(Some(refusal.id)).unwrap(), 1);
    assert!(core.status().unwrap().rejected.is_empty());
    assert!(matches!(core.dismiss_refusals(Some(refusal.id)), Err(CoreError::Invalid(_))));
    assert_eq!(core.dismiss_refusals(None).unwrap(), 0);
}
