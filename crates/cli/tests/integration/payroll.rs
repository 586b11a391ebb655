//! `okta-hr hr payroll …` against the real server: HR reviews the demo's draft (a joiner, unpaid leave, a
//! year-end bonus), holds someone's pay, locks the run, saves its CSV bank file, pays and publishes it, and
//! Emma then finds her payslip; a change to a locked run and a bad IBAN are refused in the server's words.

use crate::{okta_hr, parsed, stderr, stdout};
use okta_hr_test_support::Server;
use serde_json::Value;

/// The demo's runs, from `--json hr payroll runs`: (last month's, published; this month's, a draft).
fn demo_runs(runs: &Value) -> (String, String) {
    let id_of = |status: &str| {
        let runs = runs["data"].as_array().unwrap();
        let run = runs.iter().find(|r| r["attributes"]["status"] == status).unwrap_or_else(|| panic!("{runs:?}"));
        run["id"].as_str().unwrap().to_owned()
    };
    (id_of("published"), id_of("draft"))
}

/// A person's line in `--json hr payroll run show`.
fn line_of<'a>(review: &'a Value, name: &str) -> &'a Value {
    let lines = review["data"]["lines"].as_array().unwrap();
    lines.iter().find(|l| l["attributes"]["employee_name"] == name).unwrap_or_else(|| panic!("no line for {name}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hr_reviews_holds_locks_exports_pays_and_publishes_a_month_from_the_cli() {
    let server = Server::start().await;
    let url = server.url();
    let laptop = tempfile::tempdir().unwrap();
    crate::sign_in_as_hr(laptop.path(), &url).await;
    let hr = laptop.path();
    let felix: String = server
        .probe()
        .query_row("SELECT first_name || ' ' || last_name FROM employees WHERE email = 'field@acme.test'", [], |r| {
            r.get(0)
        })
        .unwrap();

    let runs = okta_hr(hr, &["--json", "hr", "payroll", "runs"]).await;
    assert!(runs.status.success(), "{runs:?}");
    let (_, draft) = demo_runs(&parsed(&runs));
    let listed = okta_hr(hr, &["hr", "payroll", "runs"]).await;
    assert!(stdout(&listed).lines().any(|l| l.starts_with(&format!("{draft} ")) && l.contains("draft")), "{listed:?}");

    // The flagged lines: the joiner is new, the person on unpaid leave lost two days, the bonus moved a net.
    let flagged = okta_hr(hr, &["hr", "payroll", "run", "show", &draft, "--flagged"]).await;
    assert!(flagged.status.success(), "{flagged:?}");
    let table = stdout(&flagged);
    assert!(table.lines().any(|l| l.contains("joiner") && l.contains(" new ")), "{table}");
    assert!(table.lines().any(|l| l.contains("unpaid leave 2 d")), "{table}");
    assert!(table.lines().any(|l| l.contains("Sara Braun") && l.contains("net +")), "{table}");
    let sara = okta_hr(hr, &["hr", "payroll", "run", "show", &draft, "--person", "sara braun"]).await;
    let payslip = stdout(&sara);
    assert!(payslip.lines().any(|l| l.contains("Year-end bonus") && l.contains("500.00")), "{payslip}");
    assert!(payslip.lines().any(|l| l.contains("HEALTH") && l.contains("min(gross, 5000) * 0.073")), "{payslip}");
    assert!(payslip.contains("Since the last run:") && payslip.contains("Year-end bonus +500.00"), "{payslip}");

    let review = parsed(&okta_hr(hr, &["--json", "hr", "payroll", "run", "show", &draft]).await);
    let emma = line_of(&review, "Emma Fischer");
    let emma_line = emma["id"].as_str().unwrap().to_owned();
    let emma_net = emma["attributes"]["net"].as_str().unwrap().to_owned();
    let felix_line = line_of(&review, &felix)["id"].as_str().unwrap().to_owned();

    let held = okta_hr(hr, &["hr", "payroll", "line", "hold", &felix_line, "--reason", "Timesheets missing"]).await;
    assert!(held.status.success(), "{held:?}");
    assert_eq!(stdout(&held).trim(), format!("{felix}'s pay is held: Timesheets missing."));
    let locked = okta_hr(hr, &["hr", "payroll", "run", "lock", &draft]).await;
    assert!(locked.status.success(), "{locked:?}");
    assert!(stdout(&locked).starts_with(&format!("Locked: run {draft}, ")), "{}", stdout(&locked));
    assert!(stdout(&locked).contains("(locked)") && stdout(&locked).contains("1 held"), "{}", stdout(&locked));

    let late = okta_hr(
        hr,
        &["hr", "payroll", "line", "override", &emma_line, "--code", "TRANSPORT", "--amount", "80", "--reason", "Bike"],
    )
    .await;
    assert_eq!(late.status.code(), Some(4), "refused by the server: {late:?}");
    assert!(stderr(&late).contains("status: The run for") && stderr(&late).contains("is locked"), "{}", stderr(&late));

    let csv = laptop.path().join("salaries.csv");
    let saved = okta_hr(hr, &["hr", "payroll", "run", "bank-file", &draft, "--output", csv.to_str().unwrap()]).await;
    assert!(saved.status.success(), "{saved:?}");
    let file = std::fs::read_to_string(&csv).unwrap();
    assert!(file.starts_with("Name,IBAN,BIC,Amount,Currency"), "{file}");
    assert!(
        file.lines().any(|row| row.starts_with("Emma Fischer,") && row.contains(&format!(",{emma_net},EUR,"))),
        "{file}"
    );
    assert!(!file.contains(&felix), "held pay is not in the bank file: {file}");

    let zip = laptop.path().join("payslips.zip");
    let saved = okta_hr(hr, &["hr", "payroll", "run", "payslips", &draft, "--output", zip.to_str().unwrap()]).await;
    assert!(saved.status.success(), "{saved:?}");
    assert!(std::fs::read(&zip).unwrap().starts_with(b"PK"), "every payslip of the run, zipped");

    let paid = okta_hr(hr, &["hr", "payroll", "run", "pay", &draft]).await;
    assert!(stdout(&paid).contains("(paid)"), "{paid:?}");
    let published = okta_hr(hr, &["--json", "hr", "payroll", "run", "publish", &draft]).await;
    assert_eq!(parsed(&published)["attributes"]["status"], "published", "{published:?}");

    // Held pay is paid by correcting the run: the correction pays Felix in full and nobody else.
    let corrected = okta_hr(hr, &["--json", "hr", "payroll", "run", "correct", &draft]).await;
    assert!(corrected.status.success(), "{corrected:?}");
    assert_eq!(parsed(&corrected)["attributes"]["employee_count"], 1, "{corrected:?}");

    // Emma finds the month among her payslips, with the net HR reviewed.
    let phone = tempfile::tempdir().unwrap();
    let login =
        okta_hr(phone.path(), &["login", "--server", &url, "--email", "employee@acme.test", "--password", "password"])
            .await;
    assert!(login.status.success(), "{login:?}");
    let slips = parsed(&okta_hr(phone.path(), &["--json", "payslips"]).await);
    let newest = &slips["data"][0]["attributes"];
    assert_eq!((&newest["period"], &newest["net"]), (&emma["attributes"]["period"], &Value::from(emma_net)), "{slips}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_debtor_iban_is_refused_per_field_and_the_settings_stay() {
    let server = Server::start().await;
    let laptop = tempfile::tempdir().unwrap();
    crate::sign_in_as_hr(laptop.path(), &server.url()).await;
    let before = parsed(&okta_hr(laptop.path(), &["--json", "hr", "payroll", "settings"]).await);

    let refused = okta_hr(laptop.path(), &["hr", "payroll", "settings", "--debtor-iban", "DE00 1234"]).await;
    assert_eq!(refused.status.code(), Some(4), "{refused:?}");
    assert!(stderr(&refused).contains("debtor_iban: The debtor iban field must be a valid IBAN."), "{refused:?}");
    assert_eq!(parsed(&okta_hr(laptop.path(), &["--json", "hr", "payroll", "settings"]).await), before);

    let changed = okta_hr(
        laptop.path(),
        &["hr", "payroll", "settings", "--debtor-name", "Acme GmbH", "--debtor-iban", "DE89 3704 0044 0532 0130 00"],
    )
    .await;
    assert!(changed.status.success(), "{changed:?}");
    assert!(stdout(&changed).contains("IBAN            DE89370400440532013000"), "{}", stdout(&changed));
}
