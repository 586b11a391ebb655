//! What an approver weighs a request against (the requester's balance, who else of the team is off) comes
//! with the cached requests, so the approval cards have it offline; a cache from before it still reads.

use crate::common;
use okta_hr_domain::calendar::LeaveSpan;
use okta_hr_domain::days::LeaveDays;

use chrono::{Datelike, Duration, NaiveDate, Utc, Weekday};
use common::{Server, open_cache};
use okta_hr_core::Core;

const REQUESTS: &str = "/api/v1/leave-requests?page[size]=100";

/// The first Monday of October next year: clear of the demo's seeded request.
fn monday() -> NaiveDate {
    let mut day = NaiveDate::from_ymd_opt(Utc::now().year() + 1, 10, 1).unwrap();
    while day.weekday() != Weekday::Mon {
        day += Duration::days(1);
    }
    day
}

async fn signed_in(server: &Server, dir: &std::path::Path, email: &str) -> Core {
    let mut core = Core::open(dir).unwrap();
    core.login(&server.url(), email, "password", "desk").await.unwrap();
    core.refresh_team().await.unwrap();
    core
}

async fn request(server: &Server, email: &str, start: NaiveDate, end: NaiveDate) {
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in(server, dir.path(), email).await;
    assert_eq!(
        core.submit_leave("annual", &LeaveSpan::whole_days(start, end), None).await.unwrap().state,
        "synced",
        "{email}"
    );
}

#[tokio::test]
async fn the_balance_and_who_else_is_off_are_on_the_device_offline_after_a_restart() {
    let mut server = Server::start().await;
    let start = monday();
    request(&server, "employee@acme.test", start, start + Duration::days(4)).await;
    request(&server, "field@acme.test", start + Duration::days(3), start + Duration::days(4)).await;
    let dir = tempfile::tempdir().unwrap();
    drop(signed_in(&server, dir.path(), "manager@acme.test").await);
    server.stop().await;

    let core = Core::open(dir.path()).unwrap();
    let requests = core.approvals().unwrap().data;
    let emma = requests
        .iter()
        .find(|r| r.attributes.employee_name == "Emma Fischer" && r.attributes.start_date == start)
        .expect("Emma's request is cached");
    let balance = emma.attributes.balance.as_ref().expect("her balance is cached with it");
    assert_eq!(
        (balance.year, balance.entitled, balance.used, balance.pending, balance.remaining),
        (start.year(), LeaveDays::whole(21), LeaveDays::ZERO, LeaveDays::whole(5), LeaveDays::whole(16))
    );
    let off: Vec<_> = emma
        .attributes
        .overlapping
        .as_ref()
        .expect("who else is off is cached with it")
        .iter()
        .map(|o| (o.employee_name.as_str(), o.start_date, o.end_date, o.status.as_str()))
        .collect();
    assert_eq!(off, [("Felix Wagner", start + Duration::days(3), start + Duration::days(4), "pending")]);
}

#[tokio::test]
async fn requests_cached_before_the_context_existed_still_read() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    drop(signed_in(&server, dir.path(), "manager@acme.test").await);
    server.stop().await;
    // The document as an older server sent it: no `balance`, no `overlapping`.
    let cache = open_cache(dir.path());
    let body: String = cache.query_row("SELECT body FROM documents WHERE path = ?1", [REQUESTS], |r| r.get(0)).unwrap();
    let mut document: serde_json::Value = serde_json::from_str(&body).unwrap();
    let mut stripped = 0;
    for request in document["data"].as_array_mut().unwrap() {
        let attributes = request["attributes"].as_object_mut().unwrap();
        stripped += usize::from(attributes.remove("balance").is_some());
        attributes.remove("overlapping");
    }
    assert_eq!(stripped, 1, "the seeded pending request had its context");
    cache
        .execute("UPDATE documents SET body = ?1 WHERE path = ?2", [document.to_string(), REQUESTS.to_owned()])
        .unwrap();

    let core = Core::open(dir.path()).unwrap();
    let requests = core.approvals().unwrap().data;
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].attributes.reason.as_deref(), Some("Family visit"));
    assert!(requests[0].attributes.balance.is_none() && requests[0].attributes.overlapping.is_none());
}
