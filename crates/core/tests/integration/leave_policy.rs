//! The device judges a request by its type's policy, cached with the person's data, exactly as the server
//! does: days counted as the type counts them, the notice it asks, and how far it lets a balance go below
//! zero.

use crate::common;
use okta_hr_domain::calendar::LeaveSpan;
use okta_hr_domain::days::LeaveDays;

use chrono::{Datelike, Duration, NaiveDate, Utc, Weekday};
use common::Server;
use okta_hr_core::{Core, LeaveTypeChanges};
use okta_hr_domain::leave_policy::ApprovalChain;

async fn signed_in(server_url: &str, dir: &std::path::Path, email: &str) -> Core {
    let mut core = Core::open(dir).unwrap();
    core.login(server_url, email, "password", "test device").await.unwrap();
    core
}

/// A Monday of next year's September, without public holidays around it.
fn september_monday(week: i64) -> NaiveDate {
    let mut day = NaiveDate::from_ymd_opt(Utc::now().year() + 1, 9, 1).unwrap();
    while day.weekday() != Weekday::Mon {
        day += Duration::days(1);
    }
    day + Duration::weeks(week)
}

#[tokio::test]
async fn the_device_and_the_server_agree_on_a_types_counting_notice_and_overdraft() {
    let server = Server::start().await;
    let (hr_dir, dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let hr = signed_in(&server.url(), hr_dir.path(), "hr@acme.test").await;
    let advance = LeaveTypeChanges {
        code: Some("advance".to_owned()),
        name: Some("Advance".to_owned()),
        days_per_year: Some(2),
        negative_allowance: Some(3),
        counts_non_working_days: Some(true),
        min_notice_days: Some(30),
        approval_chain: Some(ApprovalChain::Manager),
        ..LeaveTypeChanges::default()
    };
    let created = hr.create_leave_type(&advance).await.unwrap();
    assert_eq!(created.attributes.negative_allowance, 3);

    let core = signed_in(&server.url(), dir.path(), "employee@acme.test").await;
    let cached = core.leave_types().unwrap().data;
    assert!(cached.iter().any(|t| t.attributes.code == "advance" && t.attributes.min_notice_days == 30));

    // Too soon: the device's warning is the server's refusal, word for word.
    let soon = Utc::now().date_naive() + Duration::days(3);
    let preview = core.leave_preview("advance", &LeaveSpan::whole_days(soon, soon)).unwrap();
    assert_eq!(preview.warning.as_deref(), Some("The start date must be at least 30 days from today."));
    let refused = core.submit_leave("advance", &LeaveSpan::whole_days(soon, soon), None).await.unwrap();
    assert_eq!(refused.state, "rejected");
    assert_eq!(refused.message, preview.warning);

    // Every day counts, and the balance may go three days below zero.
    let week = (september_monday(0), september_monday(0) + Duration::days(4));
    let preview = core.leave_preview("advance", &LeaveSpan::whole_days(week.0, week.1)).unwrap();
    assert_eq!((preview.working_days, preview.warning.as_deref()), (LeaveDays::whole(5), None));
    assert_eq!(preview.remaining_after, Some(LeaveDays::whole(-3)));
    let sent = core.submit_leave("advance", &LeaveSpan::whole_days(week.0, week.1), None).await.unwrap();
    assert_eq!(sent.state, "synced", "{sent:?}");
    let saturday = september_monday(1) + Duration::days(5);
    let preview = core.leave_preview("advance", &LeaveSpan::whole_days(saturday, saturday)).unwrap();
    let warning = format!("Not enough Advance balance for {}: 1 day requested, 0 available.", saturday.year());
    assert_eq!(preview.warning.as_deref(), Some(warning.as_str()));
    let refused = core.submit_leave("advance", &LeaveSpan::whole_days(saturday, saturday), None).await.unwrap();
    assert_eq!(refused.message.as_deref(), Some(warning.as_str()));
}
