//! A manager's day: the directory, approvals and team attendance, offline too.

use crate::common;
use okta_hr_domain::calendar::LeaveSpan;
use okta_hr_domain::days::LeaveDays;

use chrono::{Datelike, Duration, NaiveDate, Utc, Weekday};
use common::{HQ, Server, fix, open_cache};
use okta_hr_core::cache::TeamDay;
use okta_hr_core::{Change, Core};

async fn signed_in(server: &Server, dir: &std::path::Path, email: &str) -> Core {
    let mut core = Core::open(dir).unwrap();
    core.login(&server.url(), email, "password", "desk").await.unwrap();
    core.refresh_team().await.unwrap();
    core
}

#[tokio::test]
async fn a_sign_in_waits_only_for_the_persons_own_data_and_the_company_follows() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut core = Core::open(dir.path()).unwrap();
    core.login(&server.url(), "hr@acme.test", "password", "desk").await.unwrap();

    assert!(core.profile().unwrap().data.is_some(), "the person's own profile is there at once");
    assert!(!core.balances().unwrap().data.is_empty(), "and their leave balances");
    assert!(core.employees(None, 500).unwrap().is_empty(), "the directory has not been fetched yet");
    assert!(core.approvals().unwrap().fetched_at.is_none(), "nor the requests to approve");
    assert!(core.status().unwrap().last_sync_at.is_none(), "no whole refresh has completed yet");

    let mut changes = core.subscribe();
    core.refresh_team().await.unwrap();
    assert_eq!(core.employees(None, 500).unwrap().len(), 49);
    assert!(core.approvals().unwrap().fetched_at.is_some());
    assert!(core.payroll_runs().unwrap().fetched_at.is_some(), "HR's payroll runs too");
    assert!(core.status().unwrap().last_sync_at.is_some());
    let mut refreshed = 0;
    while let Ok(change) = changes.try_recv() {
        refreshed += usize::from(matches!(change, Change::Refreshed));
    }
    assert_eq!(refreshed, 2, "the screens hear when the requests land and again when everything has");
}

#[tokio::test]
async fn the_directory_is_searchable_offline_and_follows_changes_on_the_server() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in(&server, dir.path(), "manager@acme.test").await;
    assert_eq!(core.employees(None, 500).unwrap().len(), 49);

    server.execute("UPDATE employees SET last_name = 'Fischer-Klein' WHERE email = 'employee@acme.test'", []);
    core.refresh().await.unwrap();
    let found = core.employees(Some("Fischer-Klein"), 10).unwrap();
    assert_eq!(found.len(), 1, "the changed page was fetched again");

    server.stop().await;
    let offline = core.employees(Some("employee@acme"), 10).unwrap();
    assert_eq!(offline[0].attributes.name, "Emma Fischer-Klein");
    assert!(
        !core
            .team_attendance(Utc::now().date_naive() - Duration::days(14), Utc::now().date_naive(), 0, 50)
            .unwrap()
            .0
            .is_empty()
    );
}

#[tokio::test]
async fn the_team_today_counts_people_once_however_many_shifts_they_worked() {
    let server = Server::start().await;
    let emma_dir = tempfile::tempdir().unwrap();
    let emma = signed_in(&server, emma_dir.path(), "employee@acme.test").await;
    assert_eq!(emma.check_in(fix(HQ), false).await.unwrap().state, "synced");
    let felix_dir = tempfile::tempdir().unwrap();
    let felix = signed_in(&server, felix_dir.path(), "field@acme.test").await;
    for _ in 0..2 {
        assert_eq!(felix.check_in(None, false).await.unwrap().state, "synced");
        assert_eq!(felix.check_out(None, false).await.unwrap().state, "synced");
    }

    let dir = tempfile::tempdir().unwrap();
    let manager = signed_in(&server, dir.path(), "manager@acme.test").await;
    let late: u32 = server.query_row(
        "SELECT COUNT(DISTINCT employee_id) FROM attendance_records WHERE work_date = ?1 AND is_late <> 0",
        [Utc::now().date_naive()],
        |r| r.get(0),
    );
    let today = manager.team_day(Utc::now().date_naive()).unwrap();
    assert_eq!(today, TeamDay { in_now: 1, late, checked_out: 1 });
    assert_eq!(manager.team_day(Utc::now().date_naive() - Duration::days(400)).unwrap(), TeamDay::default());
}

#[tokio::test]
async fn an_approval_made_offline_reaches_the_server_later() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in(&server, dir.path(), "manager@acme.test").await;
    let waiting = core.approvals().unwrap().data;
    let request = waiting.iter().find(|r| r.attributes.status == "pending").expect("the seeded request");
    let id: i64 = request.id.parse().unwrap();

    server.stop().await;
    let outcome = core.act_on_leave(id, true, Some("Enjoy".into())).await.unwrap();
    assert_eq!(outcome.state, "queued");
    server.start_again().await;
    assert_eq!(core.sync().await.unwrap().sent, 1);
    let step: String =
        server.query_row("SELECT status FROM approval_steps WHERE leave_request_id = ?1 AND sequence = 1", [id], |r| {
            r.get(0)
        });
    assert_eq!(step, "approved");
    let refreshed = core.approvals().unwrap().data;
    let after = refreshed.iter().find(|r| r.id == id.to_string()).unwrap();
    assert_eq!(after.attributes.approval_steps[0].status, "approved");
}

#[tokio::test]
async fn the_device_warns_of_a_leave_request_the_balance_cannot_cover_counting_queued_ones() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in(&server, dir.path(), "employee@acme.test").await;
    // Next year, whose balances the device caches too.
    let year = Utc::now().year() + 1;
    let mut monday = NaiveDate::from_ymd_opt(year, 6, 1).unwrap();
    while monday.weekday() != Weekday::Mon {
        monday += Duration::days(1);
    }
    let remaining =
        core.balances().unwrap().data.iter().find(|b| b.leave_type == "sick" && b.year == year).unwrap().remaining;
    assert_eq!(remaining, LeaveDays::whole(10));

    server.stop().await;
    let first =
        core.submit_leave("sick", &LeaveSpan::whole_days(monday, monday + Duration::days(4)), None).await.unwrap();
    assert_eq!((first.state.as_str(), first.warning.as_deref()), ("queued", None));
    let second_start = monday + Duration::days(7);
    let second = core
        .submit_leave("sick", &LeaveSpan::whole_days(second_start, second_start + Duration::days(7)), None)
        .await
        .unwrap();
    let warning = second.warning.expect("the queued week already counts against the balance");
    assert!(warning.starts_with(&format!("Not enough Sick Leave balance for {year}")), "{warning}");
    assert!(warning.contains("5 available"), "{warning}");
}

#[tokio::test]
async fn approved_leave_that_has_not_started_can_still_be_withdrawn_offline() {
    let mut server = Server::start().await;
    let emma_dir = tempfile::tempdir().unwrap();
    let emma = signed_in(&server, emma_dir.path(), "employee@acme.test").await;
    let mut monday = NaiveDate::from_ymd_opt(Utc::now().year() + 1, 9, 1).unwrap();
    while monday.weekday() != Weekday::Mon {
        monday += Duration::days(1);
    }
    assert_eq!(
        emma.submit_leave("annual", &LeaveSpan::whole_days(monday, monday + Duration::days(1)), None)
            .await
            .unwrap()
            .state,
        "synced"
    );
    let request = emma.leaves().unwrap().into_iter().find(|l| l.start_date == monday).unwrap();
    assert!(request.cancellable, "a pending request");
    let id: i64 = request.key.parse().unwrap();
    for (email, dir) in
        [("manager@acme.test", tempfile::tempdir().unwrap()), ("hr@acme.test", tempfile::tempdir().unwrap())]
    {
        let approver = signed_in(&server, dir.path(), email).await;
        assert_eq!(approver.act_on_leave(id, true, None).await.unwrap().state, "synced", "{email}");
    }
    emma.refresh().await.unwrap();
    let approved = emma.leaves().unwrap().into_iter().find(|l| l.key == request.key).unwrap();
    assert_eq!((approved.status.as_str(), approved.cancellable), ("approved", true));

    server.stop().await;
    assert_eq!(emma.cancel_leave(&request.key).await.unwrap().state, "queued");
    let withdrawn = emma.leaves().unwrap().into_iter().find(|l| l.key == request.key).unwrap();
    assert_eq!((withdrawn.status.as_str(), withdrawn.pending, withdrawn.cancellable), ("cancelled", true, false));
    server.start_again().await;
    assert_eq!(emma.sync().await.unwrap().sent, 1);
    let status: String = server.query_row("SELECT status FROM leave_requests WHERE id = ?1", [id], |r| r.get(0));
    assert_eq!(status, "cancelled");
}

#[tokio::test]
async fn refreshes_fetch_the_last_two_days_of_team_attendance_and_the_whole_two_weeks_hourly() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let manager = signed_in(&server, dir.path(), "manager@acme.test").await;
    let today = Utc::now().date_naive();
    let (from, to) = (today - Duration::days(13), today - Duration::days(3));
    // The manager's own records come whole with every refresh; the question is the rest of the team's.
    let me = server.employee_id("manager@acme.test");
    let on_time = |core: &Core| {
        let (entries, _) = core.team_attendance(from, to, 0, 1_000).unwrap();
        entries.iter().filter(|e| e.employee_id != me && e.record.as_ref().is_some_and(|r| !r.is_late)).count()
    };
    let before = on_time(&manager);
    assert!(before > 0, "the demo team came in on time last week");

    // HR marks the team's older days late, and someone checks in today.
    server.execute(
        "UPDATE attendance_records SET is_late = 1 WHERE work_date BETWEEN ?1 AND ?2",
        [from.to_string(), to.to_string()],
    );
    let emma_dir = tempfile::tempdir().unwrap();
    let emma = signed_in(&server, emma_dir.path(), "employee@acme.test").await;
    assert_eq!(emma.check_in(fix(HQ), false).await.unwrap().state, "synced");

    manager.refresh().await.unwrap();
    assert_eq!(manager.team_day(today).unwrap().in_now, 1, "today's check-in arrives with the next refresh");
    assert_eq!(on_time(&manager), before, "older days wait for the hourly whole window");

    let an_hour_ago = Utc::now() - Duration::minutes(61);
    open_cache(dir.path()).execute("UPDATE session SET team_window_at = ?1", [an_hour_ago]).unwrap();
    manager.refresh().await.unwrap();
    assert_eq!(on_time(&manager), 0, "an hour on, the whole two weeks are fetched again");
}

#[tokio::test]
async fn a_company_ahead_of_utc_sees_its_check_ins_while_utc_is_still_on_the_day_before() {
    let server = Server::start().await;
    // UTC+14 all year: from 10:00 UTC on, the company's today is UTC's tomorrow.
    server.execute(
        "UPDATE companies SET timezone = 'Pacific/Kiritimati'
             WHERE id = (SELECT company_id FROM employees WHERE email = 'employee@acme.test')",
        [],
    );
    let emma_dir = tempfile::tempdir().unwrap();
    let emma = signed_in(&server, emma_dir.path(), "employee@acme.test").await;
    assert_eq!(emma.check_in(fix(HQ), false).await.unwrap().state, "synced");

    let dir = tempfile::tempdir().unwrap();
    let manager = signed_in(&server, dir.path(), "manager@acme.test").await;
    let company_today = (Utc::now() + Duration::hours(14)).date_naive();
    assert_eq!(manager.team_day(company_today).unwrap().in_now, 1, "Emma is in, on the company's today");
}
