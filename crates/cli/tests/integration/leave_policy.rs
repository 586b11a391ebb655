//! `okta-hr hr leave-types|leave-adjust|leave-jobs` against the real server: HR adds a type, adjusts a
//! balance, previews and runs a job twice (the second run writing nothing).

use crate::{okta_hr, parsed, stdout};
use chrono::{Datelike, Utc};
use okta_hr_test_support::Server;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hr_manages_leave_types_adjusts_a_balance_and_runs_a_job_once() {
    let server = Server::start().await;
    let url = server.url();
    let laptop = tempfile::tempdir().unwrap();
    crate::sign_in_as_hr(laptop.path(), &url).await;

    let add =
        ["--json", "hr", "leave-types", "add", "lieu", "Time off in lieu", "--days", "5", "--approval-chain", "none"];
    let added = okta_hr(laptop.path(), &add).await;
    assert!(added.status.success(), "{added:?}");
    assert_eq!(parsed(&added)["attributes"]["approval_chain"], "none");
    let retired = okta_hr(laptop.path(), &["--json", "hr", "leave-types", "retire", "lieu"]).await;
    assert_eq!(parsed(&retired)["attributes"]["retired"], true, "{retired:?}");
    let list = okta_hr(laptop.path(), &["hr", "leave-types", "list"]).await;
    assert!(stdout(&list).lines().any(|l| l.contains("lieu") && l.contains("retired")), "{}", stdout(&list));

    let year = Utc::now().year().to_string();
    let employee = server
        .probe()
        .query_row("SELECT id FROM employees WHERE email = 'employee@acme.test'", (), |r| r.get::<_, i64>(0))
        .unwrap()
        .to_string();
    let adjust = [
        "hr",
        "leave-adjust",
        "--employee",
        &employee,
        "--type",
        "sick",
        "--year",
        &year,
        "--days",
        "-2",
        "--reason",
        "Booked on paper",
    ];
    let adjusted = okta_hr(laptop.path(), &adjust).await;
    assert!(adjusted.status.success(), "{adjusted:?}");
    assert!(stdout(&adjusted).starts_with("-2 sick days for"), "{}", stdout(&adjusted));

    let preview = okta_hr(laptop.path(), &["--json", "hr", "leave-jobs", "preview", "yearly_grant", &year]).await;
    let run = okta_hr(laptop.path(), &["--json", "hr", "leave-jobs", "run", "yearly_grant", &year]).await;
    assert_eq!(parsed(&preview)["entries"], parsed(&run)["entries"]);
    assert!(parsed(&run)["entry_count"].as_i64().unwrap() > 0);
    let again = okta_hr(laptop.path(), &["hr", "leave-jobs", "run", "yearly_grant", &year]).await;
    assert!(stdout(&again).contains(&format!("yearly_grant {year}: wrote 0 entries.")), "{}", stdout(&again));
    let runs = okta_hr(laptop.path(), &["--json", "hr", "leave-jobs", "list"]).await;
    assert_eq!(parsed(&runs).as_array().map(Vec::len), Some(2), "{runs:?}");
}
