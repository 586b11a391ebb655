//! `okta-hr hr assets …` and `okta-hr assets …` against the real server: HR adds a laptop and gives it to
//! Emma, she sees it and asks for a monitor, HR fulfils the request, takes the laptop back and reads its
//! history; an asset assigned twice is refused in the server's words.

use crate::{okta_hr, parsed, stderr};
use okta_hr_test_support::Server;

fn ids(list: &serde_json::Value) -> Vec<String> {
    list["data"].as_array().unwrap().iter().map(|a| a["attributes"]["asset_tag"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hr_assigns_an_asset_the_employee_asks_for_another_and_the_history_is_kept() {
    let server = Server::start().await;
    let url = server.url();
    let laptop = tempfile::tempdir().unwrap();
    crate::sign_in_as_hr(laptop.path(), &url).await;
    let phone = tempfile::tempdir().unwrap();
    let login =
        okta_hr(phone.path(), &["login", "--server", &url, "--email", "employee@acme.test", "--password", "password"])
            .await;
    assert!(login.status.success(), "{login:?}");
    let emma: i64 = server
        .probe()
        .query_row("SELECT id FROM employees WHERE email = 'employee@acme.test'", [], |r| r.get(0))
        .unwrap();
    let emma = emma.to_string();

    let hr = |args: &'static [&'static str]| okta_hr(laptop.path(), args);
    let added = okta_hr(
        laptop.path(),
        &[
            "--json",
            "hr",
            "assets",
            "add",
            "ACME-LT-020",
            "--name",
            "ThinkPad X1",
            "--category",
            "Laptop",
            "--cost",
            "1499.00",
        ],
    )
    .await;
    assert!(added.status.success(), "{added:?}");
    let added = parsed(&added);
    assert_eq!(added["attributes"]["purchase_cost"], "1499.00");
    let id = added["id"].as_str().unwrap().to_owned();

    let assigned =
        okta_hr(laptop.path(), &["--json", "hr", "assets", "assign", &id, "--employee", &emma, "--condition", "new"])
            .await;
    assert!(assigned.status.success(), "{assigned:?}");
    assert_eq!(parsed(&assigned)["attributes"]["employee_name"], "Emma Fischer");
    let twice = okta_hr(laptop.path(), &["hr", "assets", "assign", &id, "--employee", &emma]).await;
    assert!(!twice.status.success());
    assert!(stderr(&twice).contains("already assigned to Emma Fischer"), "{}", stderr(&twice));

    let listed = parsed(&okta_hr(laptop.path(), &["--json", "hr", "assets", "list", "--holder", &emma]).await);
    assert_eq!(ids(&listed), ["ACME-LT-001", "ACME-LT-020"]);

    let mine = okta_hr(phone.path(), &["--json", "assets", "mine"]).await;
    assert!(mine.status.success(), "{mine:?}");
    assert_eq!(ids(&parsed(&mine)), ["ACME-LT-001", "ACME-LT-020"]);
    let asked =
        okta_hr(phone.path(), &["--json", "assets", "request", "--category", "Monitor", "--reason", "Reviews"]).await;
    assert!(asked.status.success(), "{asked:?}");
    let request = parsed(&asked)["id"].as_str().unwrap().to_owned();
    let reported = okta_hr(phone.path(), &["--json", "assets", "report", &id, "--description", "Sticky key"]).await;
    assert!(reported.status.success(), "{reported:?}");

    let pending = parsed(&hr(&["--json", "hr", "assets", "requests", "--pending"]).await);
    assert_eq!(pending["data"].as_array().unwrap().len(), 2, "the demo's and Emma's: {pending}");
    let monitor: i64 =
        server.probe().query_row("SELECT id FROM assets WHERE asset_tag = 'ACME-MN-003'", [], |r| r.get(0)).unwrap();
    let fulfilled =
        okta_hr(laptop.path(), &["--json", "hr", "assets", "fulfil", &request, "--asset", &monitor.to_string()]).await;
    assert!(fulfilled.status.success(), "{fulfilled:?}");
    assert_eq!(parsed(&fulfilled)["attributes"]["status"], "fulfilled");

    let back = okta_hr(laptop.path(), &["--json", "hr", "assets", "return", &id, "--condition", "worn"]).await;
    assert!(back.status.success(), "{back:?}");
    let history = parsed(&okta_hr(laptop.path(), &["--json", "hr", "assets", "history", &id]).await);
    let spell = &history[0]["attributes"];
    assert_eq!((&spell["condition_out"], &spell["condition_in"]), (&"new".into(), &"worn".into()), "{history}");
    let table = okta_hr(laptop.path(), &["hr", "assets", "list"]).await;
    assert!(crate::stdout(&table).contains("ACME-MN-003"), "{table:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hr_lists_the_problems_employees_report_and_resolves_one_once() {
    let server = Server::start().await;
    let url = server.url();
    let laptop = tempfile::tempdir().unwrap();
    crate::sign_in_as_hr(laptop.path(), &url).await;
    let phone = tempfile::tempdir().unwrap();
    let login =
        okta_hr(phone.path(), &["login", "--server", &url, "--email", "employee@acme.test", "--password", "password"])
            .await;
    assert!(login.status.success(), "{login:?}");
    let mine = parsed(&okta_hr(phone.path(), &["--json", "assets", "mine"]).await);
    let held = mine["data"][0]["id"].as_str().unwrap().to_owned();
    let reported =
        okta_hr(phone.path(), &["--json", "assets", "report", &held, "--description", "Cracked screen"]).await;
    assert!(reported.status.success(), "{reported:?}");
    let id = parsed(&reported)["id"].as_str().unwrap().to_owned();

    let open = okta_hr(laptop.path(), &["--json", "hr", "assets", "problems", "--open"]).await;
    assert!(open.status.success(), "{open:?}");
    let open = parsed(&open);
    assert_eq!(open["data"][0]["id"], id.as_str(), "newest first: {open}");
    assert_eq!(open["data"][0]["attributes"]["employee_name"], "Emma Fischer");
    let table = okta_hr(laptop.path(), &["hr", "assets", "problems"]).await;
    assert!(crate::stdout(&table).contains("Cracked screen"), "{table:?}");

    let resolved =
        okta_hr(laptop.path(), &["--json", "hr", "assets", "resolve", &id, "--note", "Screen replaced"]).await;
    assert!(resolved.status.success(), "{resolved:?}");
    let resolved = parsed(&resolved);
    assert_eq!(resolved["attributes"]["status"], "resolved");
    assert_eq!(resolved["attributes"]["resolved_by_name"], "Hanna Richter");

    let twice = okta_hr(laptop.path(), &["hr", "assets", "resolve", &id]).await;
    assert_eq!(twice.status.code(), Some(4), "refused by the server: {twice:?}");
    assert!(stderr(&twice).contains("already resolved"), "{}", stderr(&twice));
    let offline = okta_hr(laptop.path(), &["--offline", "--json", "hr", "assets", "problems"]).await;
    assert!(offline.status.success(), "{offline:?}");
    let offline = parsed(&offline);
    let statuses: Vec<&str> =
        offline["data"].as_array().unwrap().iter().map(|p| p["attributes"]["status"].as_str().unwrap()).collect();
    assert!(statuses.contains(&"open"), "the snapshot holds the demo's open problem: {statuses:?}");
}
