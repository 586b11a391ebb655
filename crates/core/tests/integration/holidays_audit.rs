//! HR's public holidays and audit trail against the real server: a holiday HR adds costs this device's
//! leave a day less at once (offline too), an iCalendar import, changes refused offline and to employees,
//! and the trail of those changes, filtered, paged and exported.

use crate::common;
use okta_hr_core::admin::HolidayKind;
use okta_hr_domain::calendar::LeaveSpan;
use okta_hr_domain::days::LeaveDays;

use chrono::{Datelike, Duration, NaiveDate, Utc, Weekday};
use common::Server;
use okta_hr_core::admin::{AUDIT_PAGE_SIZE, AuditFilter, ImportCounts};
use okta_hr_core::client::ClientError;
use okta_hr_core::{Core, CoreError};

async fn signed_in(server: &Server, email: &str) -> (Core, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut core = Core::open(dir.path()).unwrap();
    core.login(&server.url(), email, "password", "laptop").await.unwrap();
    (core, dir)
}

/// A Wednesday in the second half of next year's September: no Berlin holiday is near it, and the
/// calendar the device caches holds next year's dated holidays.
fn quiet_wednesday() -> NaiveDate {
    let mut day = NaiveDate::from_ymd_opt(Utc::now().year() + 1, 9, 14).unwrap();
    while day.weekday() != Weekday::Wed {
        day += Duration::days(1);
    }
    day
}

/// Two all-day events (one yearly) and a meeting at a time of day, which is no holiday.
fn calendar_file(founders_day: NaiveDate, party: NaiveDate) -> String {
    let day = |date: NaiveDate| date.format("%Y%m%d").to_string();
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Acme//Holidays//EN\r\n\
         BEGIN:VEVENT\r\nUID:founders@acme.test\r\nDTSTART;VALUE=DATE:{}\r\nSUMMARY:Founders' Day\r\n\
         RRULE:FREQ=YEARLY\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:party@acme.test\r\nDTSTART;VALUE=DATE:{}\r\nSUMMARY:Summer Party\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:meeting@acme.test\r\nDTSTART:{}T090000Z\r\nSUMMARY:All hands\r\nEND:VEVENT\r\n\
         END:VCALENDAR\r\n",
        day(founders_day),
        day(party),
        day(party),
    )
}

fn rejected(error: &CoreError) -> (u16, Vec<String>) {
    match error {
        CoreError::Client(ClientError::Rejected { status, errors, .. }) => {
            (*status, errors.0.keys().cloned().collect())
        }
        other => panic!("expected the server's refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn a_holiday_hr_adds_costs_their_leave_a_day_less_at_once_and_offline() {
    let mut server = Server::start().await;
    let (hr, _dir) = signed_in(&server, "hr@acme.test").await;
    let wednesday = quiet_wednesday();
    let (monday, friday) = (wednesday - Duration::days(2), wednesday + Duration::days(2));
    assert_eq!(
        hr.leave_preview("annual", &LeaveSpan::whole_days(monday, friday)).unwrap().working_days,
        LeaveDays::whole(5)
    );

    let added = hr
        .add_holiday(&wednesday.to_string(), "Company Day", HolidayKind { recurring: false, half_day: false }, None)
        .await
        .unwrap();
    assert_eq!(
        (added.date, added.name.as_str(), added.recurring, added.branch_id.as_deref()),
        (wednesday, "Company Day", false, None)
    );
    assert_eq!(
        hr.leave_preview("annual", &LeaveSpan::whole_days(monday, friday)).unwrap().working_days,
        LeaveDays::whole(4),
        "the calendar was fetched again"
    );
    let listed = hr.holidays(wednesday.year(), None).await.unwrap();
    assert!(listed.data.iter().any(|h| h.id == added.id && h.date == wednesday), "{:?}", listed.data);

    server.stop().await;
    assert_eq!(
        hr.leave_preview("annual", &LeaveSpan::whole_days(monday, friday)).unwrap().working_days,
        LeaveDays::whole(4),
        "offline, from the cache"
    );
    let offline = hr.holidays(wednesday.year(), None).await.unwrap();
    assert_eq!((offline.fetched_at, offline.data.len()), (listed.fetched_at, listed.data.len()), "the snapshot");
    assert_eq!(hr.cached_holidays(wednesday.year(), None).unwrap().data, listed.data);
    let refused = hr
        .add_holiday(
            &(wednesday + Duration::days(1)).to_string(),
            "Later",
            HolidayKind { recurring: false, half_day: false },
            None,
        )
        .await
        .unwrap_err();
    assert!(matches!(refused, CoreError::NeedsConnection(_)), "{refused:?}");
    let refused = hr.delete_holiday(&added.id).await.unwrap_err();
    assert!(matches!(refused, CoreError::NeedsConnection(_)), "{refused:?}");
    assert_eq!(hr.status().unwrap().pending.len(), 0, "nothing was queued");

    server.start_again().await;
    hr.delete_holiday(&added.id).await.unwrap();
    assert_eq!(
        hr.leave_preview("annual", &LeaveSpan::whole_days(monday, friday)).unwrap().working_days,
        LeaveDays::whole(5),
        "the day counts again"
    );
    let listed = hr.holidays(wednesday.year(), None).await.unwrap();
    assert!(!listed.data.iter().any(|h| h.id == added.id));
    let gone = hr.delete_holiday(&added.id).await.unwrap_err();
    assert_eq!(rejected(&gone).0, 404);
}

#[tokio::test]
async fn hr_imports_a_calendar_once_and_the_server_judges_what_is_wrong() {
    let server = Server::start().await;
    let (hr, _dir) = signed_in(&server, "hr@acme.test").await;
    let founders_day = quiet_wednesday() + Duration::days(14);
    let party = quiet_wednesday() + Duration::days(21);
    let file = calendar_file(founders_day, party);

    let counts = hr.import_holidays(&file, None).await.unwrap();
    assert_eq!(counts, ImportCounts { imported: 2, skipped: 1 }, "the meeting is no holiday");
    assert_eq!(hr.import_holidays(&file, None).await.unwrap(), ImportCounts { imported: 0, skipped: 3 });
    let (monday, friday) = (party - Duration::days(2), party + Duration::days(2));
    assert_eq!(
        hr.leave_preview("annual", &LeaveSpan::whole_days(monday, friday)).unwrap().working_days,
        LeaveDays::whole(4)
    );

    let this_year = hr.holidays(founders_day.year(), None).await.unwrap().data;
    let founders = this_year.iter().find(|h| h.name == "Founders' Day").expect("imported");
    assert!(founders.recurring && founders.date == founders_day);
    assert!(this_year.iter().any(|h| h.name == "Summer Party" && h.date == party && !h.recurring));
    let year_after = hr.holidays(founders_day.year() + 1, None).await.unwrap().data;
    assert!(year_after.iter().any(|h| h.name == "Founders' Day"), "recurs every year");
    assert!(!year_after.iter().any(|h| h.name == "Summer Party"));

    let bad_date = hr
        .add_holiday("2027-02-30", "Nowhere", HolidayKind { recurring: false, half_day: false }, None)
        .await
        .unwrap_err();
    assert_eq!(rejected(&bad_date), (422, vec!["date".to_owned()]));
    let taken = hr
        .add_holiday(&party.to_string(), "Again", HolidayKind { recurring: false, half_day: false }, None)
        .await
        .unwrap_err();
    assert!(taken.to_string().contains("already been taken"), "{taken}");
    let not_a_calendar = hr.import_holidays("hello", None).await.unwrap_err();
    assert_eq!(rejected(&not_a_calendar), (422, vec!["calendar".to_owned()]));
    let no_branch = hr.holidays(founders_day.year(), Some("999999")).await.unwrap_err();
    assert_eq!(rejected(&no_branch), (422, vec!["filter.branch".to_owned()]));
    assert!(matches!(hr.delete_holiday("1/2").await.unwrap_err(), CoreError::Invalid(_)));

    let (employee, _employee_dir) = signed_in(&server, "employee@acme.test").await;
    assert!(employee.holidays(party.year(), None).await.unwrap().data.iter().any(|h| h.name == "Summer Party"));
    let refused = employee
        .add_holiday(&quiet_wednesday().to_string(), "Mine", HolidayKind { recurring: false, half_day: false }, None)
        .await
        .unwrap_err();
    assert_eq!(rejected(&refused).0, 403);
    assert!(refused.to_string().starts_with("Public holidays are kept by HR only"), "{refused}");
    let refused = employee.import_holidays(&file, None).await.unwrap_err();
    assert_eq!(rejected(&refused).0, 403);
    let refused = employee.audit_events(&AuditFilter::default(), 1).await.unwrap_err();
    assert_eq!(rejected(&refused).0, 403);
    assert!(refused.to_string().starts_with("The admin area is for HR only"), "{refused}");
    assert!(employee.export_audit_events(&AuditFilter::default()).await.is_err());
}

#[tokio::test]
async fn the_trail_shows_hr_s_holiday_changes_filtered_paged_and_exported() {
    let mut server = Server::start().await;
    let (hr, _dir) = signed_in(&server, "hr@acme.test").await;
    let hr_id = server.employee_id("hr@acme.test");
    let holidays = AuditFilter { action: Some("holiday.".to_owned()), ..AuditFilter::default() };
    // The demo company has a history of its own.
    let before = hr.audit_events(&holidays, 1).await.unwrap().data.total;
    let wednesday = quiet_wednesday();
    let added = hr
        .add_holiday(&wednesday.to_string(), "Company Day", HolidayKind { recurring: false, half_day: false }, None)
        .await
        .unwrap();
    let file = calendar_file(wednesday + Duration::days(14), wednesday + Duration::days(21));
    hr.import_holidays(&file, None).await.unwrap();
    hr.delete_holiday(&added.id).await.unwrap();

    let page = hr.audit_events(&holidays, 1).await.unwrap();
    assert!(page.fetched_at.is_some());
    let actions: Vec<&str> = page.data.events.iter().take(4).map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["holiday.delete", "holiday.import", "holiday.import", "holiday.create"], "newest first");
    assert_eq!((page.data.total, page.data.page), (before + 4, 1));
    let deleted = &page.data.events[0];
    assert_eq!((deleted.entity.as_str(), deleted.entity_id.as_str()), ("holiday", added.id.as_str()));
    assert_eq!((deleted.actor_kind.as_str(), deleted.actor_id), ("person", Some(hr_id)));
    assert_eq!(Some(&deleted.actor), deleted.actor_name.as_ref());
    assert!(deleted.summary.starts_with("removed (") && deleted.summary.contains("name=Company Day"), "{deleted:?}");
    assert!(page.data.events[1].summary.starts_with("added ("), "{:?}", page.data.events[1]);

    let one = AuditFilter { entity: Some("holiday".to_owned()), entity_id: Some(added.id.clone()), ..holidays.clone() };
    let of_one: Vec<String> =
        hr.audit_events(&one, 1).await.unwrap().data.events.into_iter().map(|e| e.action).collect();
    assert_eq!(of_one, ["holiday.delete", "holiday.create"]);
    let employee_id = server.employee_id("employee@acme.test");
    let by_employee = AuditFilter { actor_id: Some(employee_id), ..one.clone() };
    assert_eq!(hr.audit_events(&by_employee, 1).await.unwrap().data.total, 0);
    let by_hr = AuditFilter { actor_id: Some(hr_id), ..one.clone() };
    assert_eq!(hr.audit_events(&by_hr, 1).await.unwrap().data.total, 2);
    let later = Utc::now().date_naive() + Duration::days(2);
    let future = AuditFilter { from: Some(later), ..one.clone() };
    assert_eq!(hr.audit_events(&future, 1).await.unwrap().data.total, 0);
    let these_days = AuditFilter { from: Some(later - Duration::days(4)), to: Some(later), ..one.clone() };
    assert_eq!(hr.audit_events(&these_days, 1).await.unwrap().data.total, 2);
    let backwards = AuditFilter { to: Some(later - Duration::days(3)), ..future.clone() };
    let refused = hr.audit_events(&backwards, 1).await.unwrap_err();
    assert_eq!(rejected(&refused), (422, vec!["filter.to".to_owned()]));

    let all = hr.audit_events(&AuditFilter::default(), 1).await.unwrap().data;
    assert!(all.total >= before + 4);
    assert_eq!(all.last_page, all.total.div_ceil(AUDIT_PAGE_SIZE).max(1));
    assert_eq!(all.events.len() as u64, all.total.min(AUDIT_PAGE_SIZE));
    let beyond = hr.audit_events(&one, 2).await.unwrap().data;
    assert!(beyond.events.is_empty() && beyond.total == 2 && beyond.page == 2, "{beyond:?}");

    let export = hr.export_audit_events(&one).await.unwrap();
    assert_eq!((export.rows, export.total, export.is_cut_short()), (2, 2, false));
    assert!(export.csv.starts_with("time,actor,action,entity,entity id,details\r\n"), "{}", export.csv);
    assert!(export.csv.contains("holiday.delete"), "{}", export.csv);
    let every_holiday_change = hr.export_audit_events(&holidays).await.unwrap();
    assert_eq!((every_holiday_change.rows, every_holiday_change.total), (before + 4, before + 4));

    let read = hr.audit_events(&holidays, 1).await.unwrap();
    server.stop().await;
    let offline = hr.audit_events(&holidays, 1).await.unwrap();
    assert_eq!((offline.fetched_at, &offline.data.events), (read.fetched_at, &read.data.events), "the last read");
    let other = hr.audit_events(&AuditFilter::default(), 1).await.unwrap_err();
    assert!(matches!(&other, CoreError::Client(error) if error.is_transient()), "not the answer asked: {other:?}");
    assert_eq!(hr.cached_audit_events().unwrap().data.expect("kept").filter, holidays);
    assert!(hr.export_audit_events(&holidays).await.is_err(), "an export is never made from a snapshot");
}
