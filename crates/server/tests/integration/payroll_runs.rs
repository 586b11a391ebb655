//! A month of payroll through the real server: the demo's draft reviewed (a joiner, unpaid leave, a
//! bonus), lines overridden, held and excluded, a lock refused until every problem is dealt with, the bank
//! files, paid and published to the people, and a raise dated into locked pay arriving as back pay.

use crate::common;

use common::{Reply, TestServer};
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::process::Command;

const UNPROCESSABLE: StatusCode = StatusCode::UNPROCESSABLE_ENTITY;

/// The demo's runs: (last month's, published; this month's, a draft).
async fn demo_runs(server: &TestServer, hr: &str) -> (String, String) {
    let runs = server.get(hr, "/api/v1/payroll-runs").await;
    let data = runs.body["data"].as_array().unwrap_or_else(|| panic!("{}", runs.body));
    let find = |status: &str| {
        let run =
            data.iter().find(|r| r["attributes"]["status"] == status).unwrap_or_else(|| panic!("{status}: {data:?}"));
        run["id"].as_str().unwrap().to_owned()
    };
    (find("published"), find("draft"))
}

/// A run's lines by person's name.
async fn lines(server: &TestServer, hr: &str, run: &str) -> Vec<Value> {
    let reply = server.get(hr, &format!("/api/v1/payroll-runs/{run}")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.body["included"].as_array().unwrap().clone()
}

fn line_of<'a>(lines: &'a [Value], name: &str) -> &'a Value {
    lines.iter().find(|l| l["attributes"]["employee_name"] == name).unwrap_or_else(|| panic!("no line for {name}"))
}

fn flags(line: &Value) -> Vec<String> {
    line["attributes"]["review"]["flags"]
        .as_array()
        .map(|flags| flags.iter().map(|f| f["flag"].as_str().unwrap().to_owned()).collect())
        .unwrap_or_default()
}

/// A payslip line by component code: (amount, explanation).
fn payslip_line(line: &Value, code: &str) -> (String, String) {
    let lines = line["attributes"]["payslip"]["lines"].as_array().unwrap_or_else(|| panic!("no payslip: {line}"));
    let found = lines.iter().find(|l| l["code"] == code).unwrap_or_else(|| panic!("no {code}: {lines:?}"));
    (found["amount"].as_str().unwrap().to_owned(), found["explanation"].as_str().unwrap().to_owned())
}

fn name_of(server: &TestServer, email: &str) -> String {
    server
        .db()
        .query_row("SELECT first_name || ' ' || last_name FROM employees WHERE email = ?1", [email], |r| r.get(0))
        .unwrap()
}

fn joiner(lines: &[Value]) -> &Value {
    lines.iter().find(|l| flags(l).contains(&"joiner".to_owned())).expect("the demo's joiner")
}

/// A file's text (the test client keeps what is not JSON as a string).
fn file_text(reply: &Reply) -> String {
    reply.body.as_str().unwrap_or_else(|| panic!("not a file: {}", reply.body)).to_owned()
}

async fn post(server: &TestServer, hr: &str, path: &str, body: Value) -> Reply {
    server.post(hr, path, body).await
}

#[tokio::test]
async fn the_demo_draft_flags_the_joiner_the_unpaid_leave_and_explains_every_line() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let (_, draft) = demo_runs(&server, &hr).await;
    let lines = lines(&server, &hr, &draft).await;
    assert!(lines.iter().all(|l| l["attributes"]["status"] == "ready"), "every demo person computes");

    let joiner = joiner(&lines);
    let (_, basic) = payslip_line(joiner, "BASIC");
    assert!(basic.contains(" × ") && basic.ends_with(" days"), "prorated with its days: {basic}");
    let employed_from = joiner["attributes"]["payslip"]["days"]["employed_from"].as_str().unwrap();
    assert!(employed_from.ends_with("-08"), "hired on the 8th: {employed_from}");

    let on_leave: Vec<&Value> = lines.iter().filter(|l| flags(l).contains(&"unpaid_leave".to_owned())).collect();
    assert_eq!(on_leave.len(), 1, "the demo's one person on unpaid leave");
    let on_leave = on_leave[0];
    assert_eq!(on_leave["attributes"]["payslip"]["days"]["unpaid_days"], "2");
    let (_, basic) = payslip_line(on_leave, "BASIC");
    let working = on_leave["attributes"]["payslip"]["days"]["working_days"].as_u64().unwrap();
    assert!(basic.ends_with(&format!("{}/{working} days", working - 2)), "two unpaid days cost: {basic}");

    let sara = line_of(&lines, "Sara Braun");
    let bonus =
        sara["attributes"]["payslip"]["lines"].as_array().unwrap().iter().find(|l| l["name"] == "Year-end bonus");
    assert_eq!(bonus.expect("the bonus line")["amount"], "500.00");
    let changes = sara["attributes"]["review"]["changes"].as_array().unwrap();
    assert!(changes.iter().any(|c| c["name"] == "Year-end bonus" && c["change"] == "500.00"), "{changes:?}");

    // The seed's fields add up as before, in cents, on every line.
    for line in &lines {
        let a = &line["attributes"];
        let gross: f64 = a["gross"].as_str().unwrap().parse().unwrap();
        let earnings: f64 = a["earnings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["amount"].as_str().unwrap().parse::<f64>().unwrap())
            .sum();
        assert!((gross - earnings).abs() < 0.005, "{a}");
    }
}

#[tokio::test]
async fn hr_reviews_locks_exports_pays_and_publishes_a_month() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let (_, draft) = demo_runs(&server, &hr).await;
    let all = lines(&server, &hr, &draft).await;
    let emma_name = name_of(&server, "employee@acme.test");
    let emma = line_of(&all, &emma_name)["id"].as_str().unwrap().to_owned();
    let felix = line_of(&all, &name_of(&server, "field@acme.test"))["id"].as_str().unwrap().to_owned();
    let joiner_line = joiner(&all).clone();
    let joiner_name = joiner_line["attributes"]["employee_name"].as_str().unwrap().to_owned();

    // An override needs its reason; with it, the line says so and the pension follows the new gross.
    let no_reason = post(
        &server,
        &hr,
        &format!("/api/v1/payroll-lines/{emma}/overrides"),
        json!({ "code": "TRANSPORT", "amount": "300" }),
    )
    .await;
    assert_eq!(no_reason.status, UNPROCESSABLE);
    assert_eq!(no_reason.error("reason"), "The reason field is required.");
    let overridden = post(
        &server,
        &hr,
        &format!("/api/v1/payroll-lines/{emma}/overrides"),
        json!({ "code": "TRANSPORT", "amount": "300", "reason": "Relocation month" }),
    )
    .await;
    assert_eq!(overridden.status, StatusCode::OK, "{}", overridden.body);
    let line = &overridden.body["data"];
    assert_eq!(
        payslip_line(line, "TRANSPORT"),
        ("300.00".to_owned(), "set by HR: Relocation month (computed 150.00)".to_owned())
    );
    let gross: f64 = line["attributes"]["payslip"]["gross"].as_str().unwrap().parse().unwrap();
    let pension: f64 = payslip_line(line, "PENSION_EE").0.parse().unwrap();
    assert!(
        (pension - (gross * 0.05 * 100.0).round() / 100.0).abs() < 0.001,
        "5 % of the new gross {gross}: {pension}"
    );

    // Felix's pay is held; holding needs a reason.
    let held = post(&server, &hr, &format!("/api/v1/payroll-lines/{felix}/hold"), json!({})).await;
    assert_eq!(held.error("reason"), "The reason field is required.");
    let held =
        post(&server, &hr, &format!("/api/v1/payroll-lines/{felix}/hold"), json!({ "reason": "Timesheets missing" }))
            .await;
    assert_eq!(held.body["data"]["attributes"]["status"], "held", "{}", held.body);

    // The joiner's assignment is removed: they fail, and the lock is refused naming them.
    let assignments = server
        .get(
            &hr,
            &format!(
                "/api/v1/pay-assignments?filter[employee]={}",
                joiner_line["relationships"]["employee"]["data"]["id"].as_str().unwrap()
            ),
        )
        .await;
    let assignment = assignments.body["data"][0]["id"].as_str().unwrap().to_owned();
    let removed = server
        .request(reqwest::Method::DELETE, &format!("/api/v1/pay-assignments/{assignment}"), Some(&hr), None, &[])
        .await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT, "{}", removed.body);
    let recomputed = post(&server, &hr, &format!("/api/v1/payroll-runs/{draft}/recompute"), json!({})).await;
    assert_eq!(recomputed.body["data"]["attributes"]["failed_count"], 1, "{}", recomputed.body);
    let failed = line_of(&lines(&server, &hr, &draft).await, &joiner_name).clone();
    assert_eq!(failed["attributes"]["status"], "failed");
    assert_eq!(failed["attributes"]["error"], "No pay assignment: give them a salary structure and a base amount.");
    let refused = post(&server, &hr, &format!("/api/v1/payroll-runs/{draft}/lock"), json!({})).await;
    assert_eq!(refused.status, UNPROCESSABLE);
    assert!(refused.error("lines").starts_with(&format!("{joiner_name} could not be computed")), "{}", refused.body);
    let failed_id = failed["id"].as_str().unwrap();
    let excluded = post(
        &server,
        &hr,
        &format!("/api/v1/payroll-lines/{failed_id}/exclude"),
        json!({ "reason": "Starts next month" }),
    )
    .await;
    assert_eq!(excluded.body["data"]["attributes"]["status"], "excluded");

    let locked = post(&server, &hr, &format!("/api/v1/payroll-runs/{draft}/lock"), json!({})).await;
    assert_eq!(locked.status, StatusCode::OK, "{}", locked.body);
    assert_eq!(locked.body["data"]["attributes"]["status"], "locked");
    let frozen = lines(&server, &hr, &draft).await;

    // Locked: nothing changes it, and what changes in the setup later does not reach it.
    let late = post(
        &server,
        &hr,
        &format!("/api/v1/payroll-lines/{emma}/overrides"),
        json!({ "code": "TRANSPORT", "amount": null }),
    )
    .await;
    assert_eq!(late.status, UNPROCESSABLE);
    assert!(late.error("status").contains("is locked"), "{}", late.body);
    let transport = server.get(&hr, "/api/v1/pay-components?page[size]=100").await.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["attributes"]["code"] == "TRANSPORT")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let raised = server
        .request(
            reqwest::Method::PATCH,
            &format!("/api/v1/pay-components/{transport}"),
            Some(&hr),
            Some(&json!({ "rule": { "type": "fixed", "amount": "999" } })),
            &[],
        )
        .await;
    assert_eq!(raised.status, StatusCode::OK, "{}", raised.body);
    let again = post(&server, &hr, &format!("/api/v1/payroll-runs/{draft}/recompute"), json!({})).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    assert_eq!(lines(&server, &hr, &draft).await, frozen, "a locked run recomputes to what was locked");

    // The bank files: everyone ready, not the held or the excluded.
    let csv = server.get(&hr, &format!("/api/v1/payroll-runs/{draft}/bank-file?format=csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    let text = file_text(&csv);
    let ready = frozen.iter().filter(|l| l["attributes"]["status"] == "ready").count();
    assert_eq!(text.lines().count(), ready + 1, "a header and one row per person paid");
    assert!(text.contains(&emma_name) && !text.contains(&joiner_name));
    assert!(!text.contains(
        line_of(&frozen, &name_of(&server, "field@acme.test"))["attributes"]["employee_name"].as_str().unwrap()
    ));
    let xml = server.get(&hr, &format!("/api/v1/payroll-runs/{draft}/bank-file?format=pain.001")).await;
    assert_eq!(xml.status, StatusCode::OK, "{}", file_text(&xml));
    assert_eq!(xml.header("content-type"), Some("application/xml"));
    let file = std::env::temp_dir().join(format!("okta-hr-pain001-{draft}-{}.xml", std::process::id()));
    std::fs::write(&file, file_text(&xml)).unwrap();
    let schema = concat!(env!("CARGO_MANIFEST_DIR"), "/../payroll/tests/fixtures/pain.001.001.03.xsd");
    let checked = Command::new("xmllint")
        .args(["--noout", "--schema", schema])
        .arg(&file)
        .output()
        .expect("xmllint (libxml2-utils)");
    assert!(checked.status.success(), "{}", String::from_utf8_lossy(&checked.stderr));
    assert_eq!(
        file_text(&xml),
        server
            .get(&hr, &format!("/api/v1/payroll-runs/{draft}/bank-file?format=pain.001"))
            .await
            .body
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        "the same file twice"
    );

    // Emma cannot see the month before it is published; then she can, and she is told.
    let emma_token = server.login("employee@acme.test").await;
    let before = server.get(&emma_token, "/api/v1/me/payslips").await.body["meta"]["total"].clone();
    let paid = post(&server, &hr, &format!("/api/v1/payroll-runs/{draft}/pay"), json!({})).await;
    assert_eq!(paid.body["data"]["attributes"]["status"], "paid", "{}", paid.body);
    let published = post(&server, &hr, &format!("/api/v1/payroll-runs/{draft}/publish"), json!({})).await;
    assert_eq!(published.body["data"]["attributes"]["status"], "published", "{}", published.body);
    let slips = server.get(&emma_token, "/api/v1/me/payslips").await;
    assert_eq!(slips.body["meta"]["total"].as_u64(), before.as_u64().map(|n| n + 1), "{}", slips.body);
    let newest = &slips.body["data"][0]["attributes"];
    assert_eq!(newest["net"], line_of(&frozen, &emma_name)["attributes"]["net"]);
    let notices = server.get(&emma_token, "/api/v1/me/notifications").await;
    assert!(notices.body.to_string().contains("Your payslip for"), "{}", notices.body);
    let felix_token = server.login("field@acme.test").await;
    let felix_slips = server.get(&felix_token, "/api/v1/me/payslips").await;
    assert_eq!(felix_slips.body["meta"]["total"], before, "a held payslip is not published");
}

#[tokio::test]
async fn a_negative_net_is_refused_at_lock_and_bad_input_changes_nothing() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let (published, draft) = demo_runs(&server, &hr).await;
    let emma_id = server.employee_id("employee@acme.test");
    let today = chrono::Utc::now().date_naive();

    // A deduction dated in locked pay is refused; in this month it lands in the draft.
    let locked_day = post(&server, &hr, "/api/v1/pay-adjustments", json!({
        "employee_id": emma_id, "kind": "deduction", "name": "Laptop damage", "amount": "99999", "starts_on": "2020-01-01"
    })).await;
    assert_eq!(locked_day.status, UNPROCESSABLE);
    assert!(locked_day.error("starts_on").contains("is locked"), "{}", locked_day.body);
    let deduction = post(&server, &hr, "/api/v1/pay-adjustments", json!({
        "employee_id": emma_id, "kind": "deduction", "name": "Laptop damage", "amount": "99999", "starts_on": today.to_string()
    })).await;
    assert_eq!(deduction.status, StatusCode::CREATED, "{}", deduction.body);
    post(&server, &hr, &format!("/api/v1/payroll-runs/{draft}/recompute"), json!({})).await;
    let emma = line_of(&lines(&server, &hr, &draft).await, &name_of(&server, "employee@acme.test")).clone();
    assert!(flags(&emma).contains(&"negative_net".to_owned()), "{:?}", flags(&emma));
    let refused = post(&server, &hr, &format!("/api/v1/payroll-runs/{draft}/lock"), json!({})).await;
    assert_eq!(refused.status, UNPROCESSABLE);
    assert!(refused.error("lines").contains("would be negative"), "{}", refused.body);

    // Bad periods and bad fields: a clear 422, and no run made.
    let count = || -> i64 { server.db().query_row("SELECT COUNT(*) FROM payroll_runs", [], |r| r.get(0)).unwrap() };
    let runs_before = count();
    for (body, field) in [
        (json!({}), "period"),
        (json!({ "period": "2026-13" }), "period"),
        (json!({ "period_start": "2027-02-10", "period_end": "2027-02-01" }), "period_end"),
        (json!({ "period_start": "2027-01-01", "period_end": "2028-06-01" }), "period_end"),
    ] {
        let reply = post(&server, &hr, "/api/v1/payroll-runs", body.clone()).await;
        assert_eq!(reply.status, UNPROCESSABLE, "{body}");
        assert!(!reply.error(field).is_empty(), "{body}: {}", reply.body);
    }
    let period =
        server.get(&hr, &format!("/api/v1/payroll-runs/{published}")).await.body["data"]["attributes"]["period"]
            .clone();
    let overlapping = post(&server, &hr, "/api/v1/payroll-runs", json!({ "period": period })).await;
    assert!(overlapping.error("period").ends_with("already covers part of this period."), "{}", overlapping.body);
    assert_eq!(count(), runs_before);

    // Only HR runs payroll.
    let manager = server.login("manager@acme.test").await;
    for path in [format!("/api/v1/payroll-runs/{draft}/lock"), "/api/v1/pay-adjustments".to_owned()] {
        assert_eq!(post(&server, &manager, &path, json!({})).await.status, StatusCode::FORBIDDEN, "{path}");
    }
    let deleted = server
        .request(reqwest::Method::DELETE, &format!("/api/v1/payroll-runs/{published}"), Some(&hr), None, &[])
        .await;
    assert_eq!(deleted.status, UNPROCESSABLE, "a published run is never deleted");
}

#[tokio::test]
async fn a_raise_dated_into_locked_pay_is_back_pay_in_the_next_run() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let (published, draft) = demo_runs(&server, &hr).await;
    let emma_id = server.employee_id("employee@acme.test");
    let emma_name = name_of(&server, "employee@acme.test");
    let paid_before = lines(&server, &hr, &published).await;
    let last_month =
        server.get(&hr, &format!("/api/v1/payroll-runs/{published}")).await.body["data"]["attributes"].clone();
    let structure = server.get(&hr, "/api/v1/salary-structures").await.body["data"][0]["id"]
        .as_str()
        .unwrap()
        .parse::<i64>()
        .unwrap();
    let old_base: String = server
        .db()
        .query_row("SELECT base_amount FROM pay_assignments WHERE employee_id = ?1", [emma_id], |r| r.get(0))
        .unwrap();
    let new_base = old_base.parse::<f64>().unwrap() + 210.0;

    let raise = post(
        &server,
        &hr,
        "/api/v1/pay-assignments",
        json!({
            "employee_id": emma_id, "effective_from": last_month["period_start"], "salary_structure_id": structure,
            "base_amount": format!("{new_base:.2}"),
        }),
    )
    .await;
    assert_eq!(raise.status, StatusCode::CREATED, "{}", raise.body);

    let adjustments = server.get(&hr, &format!("/api/v1/pay-adjustments?filter[employee]={emma_id}")).await;
    let back_pay = adjustments.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["attributes"]["origin_run_id"] == published.as_str())
        .unwrap_or_else(|| panic!("{}", adjustments.body))["attributes"]
        .clone();
    assert_eq!(back_pay["name"], format!("Back pay for {}", last_month["period"].as_str().unwrap()));
    assert_eq!(back_pay["kind"], "bonus");
    assert_eq!(back_pay["amount"], "210.00", "the whole month's raise: basic pay is the base");

    assert_eq!(lines(&server, &hr, &published).await, paid_before, "the published run is not edited");
    post(&server, &hr, &format!("/api/v1/payroll-runs/{draft}/recompute"), json!({})).await;
    let emma = line_of(&lines(&server, &hr, &draft).await, &emma_name).clone();
    let names: Vec<&str> = emma["attributes"]["payslip"]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&back_pay["name"].as_str().unwrap()), "{names:?}");

    // The same change sent again pays nothing twice.
    let again = post(
        &server,
        &hr,
        "/api/v1/pay-assignments",
        json!({
            "employee_id": emma_id, "effective_from": last_month["period_start"], "salary_structure_id": structure,
            "base_amount": format!("{new_base:.2}"),
        }),
    )
    .await;
    assert_eq!(again.status, StatusCode::CREATED);
    let count =
        server.get(&hr, &format!("/api/v1/pay-adjustments?filter[employee]={emma_id}")).await.body["meta"]["total"]
            .clone();
    assert_eq!(count, adjustments.body["meta"]["total"]);
}

/// A file's bytes, asked for with `accept`.
async fn download(server: &TestServer, token: &str, path: &str, accept: &str) -> (StatusCode, String, Vec<u8>) {
    let response = server
        .client
        .get(format!("{}{path}", server.url))
        .bearer_auth(token)
        .header("Accept", accept)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let kind = response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    (status, kind, response.bytes().await.unwrap().to_vec())
}

/// The text of every page of a PDF, as a viewer would copy it.
fn pdf_text(bytes: &[u8]) -> String {
    let document = lopdf::Document::load_mem(bytes).expect("a PDF a reader opens");
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    document.extract_text(&pages).expect("its text")
}

/// `4,097.00` for `4097.00`: amounts as the payslip prints them.
fn grouped(amount: &str) -> String {
    let (whole, cents) = amount.split_once('.').unwrap();
    let mut out = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    format!("{out}.{cents}")
}

#[tokio::test]
async fn payslips_are_pdfs_for_the_employee_and_a_zip_for_hr() {
    let server = TestServer::start().await;
    let emma = server.login("employee@acme.test").await;
    let slips = server.get(&emma, "/api/v1/me/payslips").await;
    let slip = &slips.body["data"][0];
    let view = &slip["attributes"];
    assert_eq!(view["company_name"], "Acme Demo", "{view}");
    assert!(view["payslip"]["lines"].as_array().is_some_and(|lines| !lines.is_empty()), "explained lines: {view}");
    assert_eq!(view["year_to_date"]["net"], view["net"], "the year's first published payslip: {view}");

    let id = slip["id"].as_str().unwrap();
    let (status, kind, bytes) = download(&server, &emma, &format!("/api/v1/me/payslips/{id}"), "application/pdf").await;
    assert_eq!((status, kind.as_str()), (StatusCode::OK, "application/pdf"));
    let text = pdf_text(&bytes);
    for expected in [
        "Emma Fischer".to_owned(),
        grouped(view["net"].as_str().unwrap()),
        grouped(view["gross"].as_str().unwrap()),
        "Pension (employee)".to_owned(),
        "5 % of gross".to_owned(),
    ] {
        assert!(text.contains(&expected), "{expected} not in the PDF: {text}");
    }
    let hr = server.login("hr@acme.test").await;
    let (status, _, _) = download(&server, &hr, &format!("/api/v1/me/payslips/{id}"), "application/pdf").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "someone else's payslip is not found as a PDF either");

    let (published, draft) = demo_runs(&server, &hr).await;
    let (status, _, body) = download(&server, &hr, &format!("/api/v1/payroll-runs/{draft}/payslips.zip"), "*/*").await;
    assert_eq!(status, UNPROCESSABLE, "{}", String::from_utf8_lossy(&body));
    let (status, kind, zipped) =
        download(&server, &hr, &format!("/api/v1/payroll-runs/{published}/payslips.zip"), "*/*").await;
    assert_eq!((status, kind.as_str()), (StatusCode::OK, "application/zip"));
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zipped.clone())).expect("a ZIP");
    let paid = server.get(&hr, &format!("/api/v1/payroll-runs/{published}")).await.body["data"]["attributes"]["employee_count"].clone();
    assert_eq!(Some(archive.len() as u64), paid.as_u64(), "one PDF per person paid");
    let period = view["period"].as_str().unwrap();
    let mut emma_pdf = Vec::new();
    std::io::Read::read_to_end(
        &mut archive.by_name(&format!("payslip-{period}-E00003.pdf")).expect("Emma's file"),
        &mut emma_pdf,
    )
    .unwrap();
    assert_eq!(emma_pdf, bytes, "HR's copy is the document Emma downloads");
    let (_, _, again) = download(&server, &hr, &format!("/api/v1/payroll-runs/{published}/payslips.zip"), "*/*").await;
    assert_eq!(again, zipped, "the same run gives the same ZIP");
}

#[tokio::test]
async fn a_locked_run_is_corrected_by_a_run_that_pays_the_difference() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let (published, draft) = demo_runs(&server, &hr).await;
    let paid_before = lines(&server, &hr, &published).await;

    // The transport allowance should have been 180.00 last month, not 150.00.
    let components = server.get(&hr, "/api/v1/pay-components?page[size]=100").await;
    let transport = components.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["attributes"]["code"] == "TRANSPORT")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let changed = server
        .request(
            reqwest::Method::PATCH,
            &format!("/api/v1/pay-components/{transport}"),
            Some(&hr),
            Some(&json!({ "rule": { "type": "fixed", "amount": "180.00" } })),
            &[],
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);

    let refused = post(&server, &hr, &format!("/api/v1/payroll-runs/{draft}/correction"), json!({})).await;
    assert!(refused.error("status").contains("only locked pay is corrected"), "{}", refused.body);
    let correction = post(&server, &hr, &format!("/api/v1/payroll-runs/{published}/correction"), json!({})).await;
    assert_eq!(correction.status, StatusCode::CREATED, "{}", correction.body);
    let run = correction.body["data"].clone();
    let period = paid_before[0]["attributes"]["period"].as_str().unwrap().to_owned();
    assert_eq!(run["attributes"]["period"], format!("{period} correction"));
    assert_eq!(run["attributes"]["corrects_run_id"], published.as_str());
    assert_eq!(
        run["attributes"]["employee_count"].as_u64(),
        Some(paid_before.len() as u64),
        "everyone paid is corrected"
    );
    let id = run["id"].as_str().unwrap().to_owned();

    let emma_name = name_of(&server, "employee@acme.test");
    let corrected = lines(&server, &hr, &id).await;
    let emma = line_of(&corrected, &emma_name);
    assert_eq!(
        payslip_line(emma, "TRANSPORT"),
        ("30.00".to_owned(), format!("corrects {period}: 180.00 instead of 150.00"))
    );
    assert!(
        emma["attributes"]["payslip"]["lines"].as_array().unwrap().iter().all(|l| l["code"] != "BASIC"),
        "unchanged lines are left out"
    );
    let paid_net: f64 = line_of(&paid_before, &emma_name)["attributes"]["net"].as_str().unwrap().parse().unwrap();
    let difference: f64 = emma["attributes"]["net"].as_str().unwrap().parse().unwrap();
    assert!(difference > 0.0 && difference < 30.0, "30.00 more gross, less its deductions: {difference}");

    // A run is corrected once; a correction is not corrected again; the locked run is untouched.
    let twice = post(&server, &hr, &format!("/api/v1/payroll-runs/{published}/correction"), json!({})).await;
    assert!(twice.error("status").contains("already has a correction"), "{}", twice.body);
    assert_eq!(lines(&server, &hr, &published).await, paid_before);
    for step in ["lock", "pay", "publish"] {
        let done = post(&server, &hr, &format!("/api/v1/payroll-runs/{id}/{step}"), json!({})).await;
        assert_eq!(done.status, StatusCode::OK, "{step}: {}", done.body);
    }
    let again = post(&server, &hr, &format!("/api/v1/payroll-runs/{id}/correction"), json!({})).await;
    assert!(again.error("status").contains("not corrected again"), "{}", again.body);

    // Emma sees both payslips of the month; the year's net adds up to what the month should have paid.
    let emma_token = server.login("employee@acme.test").await;
    let slips = server.get(&emma_token, "/api/v1/me/payslips").await;
    let newest = &slips.body["data"][0]["attributes"];
    assert_eq!(newest["period"], format!("{period} correction"));
    let year_net: f64 = newest["year_to_date"]["net"].as_str().unwrap().parse().unwrap();
    assert!((year_net - (paid_net + difference)).abs() < 0.005 || year_net > paid_net + difference, "{newest}");
}

#[tokio::test]
async fn a_lock_after_pay_changed_keeps_the_new_figures_for_review_then_locks() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let (_, draft) = demo_runs(&server, &hr).await;
    let emma_id = server.employee_id("employee@acme.test");
    let today = chrono::Utc::now().date_naive();
    let bonus = post(&server, &hr, "/api/v1/pay-adjustments", json!({
        "employee_id": emma_id, "kind": "bonus", "name": "Spot award", "amount": "100", "starts_on": today.to_string()
    })).await;
    assert_eq!(bonus.status, StatusCode::CREATED, "{}", bonus.body);

    let refused = post(&server, &hr, &format!("/api/v1/payroll-runs/{draft}/lock"), json!({})).await;
    assert_eq!(refused.status, UNPROCESSABLE);
    assert!(refused.error("lines").starts_with("Pay changed since the run was last computed"), "{}", refused.body);
    let emma = line_of(&lines(&server, &hr, &draft).await, &name_of(&server, "employee@acme.test")).clone();
    let names: Vec<&str> = emma["attributes"]["payslip"]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Spot award"), "the new figures are kept to review: {names:?}");

    let locked = post(&server, &hr, &format!("/api/v1/payroll-runs/{draft}/lock"), json!({})).await;
    assert_eq!(locked.status, StatusCode::OK, "{}", locked.body);
    let verified = post(&server, &hr, &format!("/api/v1/payroll-runs/{draft}/recompute"), json!({})).await;
    assert_eq!(verified.status, StatusCode::OK, "a locked run recomputes to what was locked: {}", verified.body);
}

#[tokio::test]
async fn overtime_from_attendance_reaches_the_formulas_that_read_it() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let (_, draft) = demo_runs(&server, &hr).await;
    let emma_id = server.employee_id("employee@acme.test");

    let bad = server
        .request(
            reqwest::Method::PUT,
            "/api/v1/payroll-settings",
            Some(&hr),
            Some(&json!({ "overtime_after_hours": "25" })),
            &[],
        )
        .await;
    assert_eq!(bad.error("overtime_after_hours"), "The overtime after hours field must be between 0 and 24.");
    let set = server
        .request(
            reqwest::Method::PUT,
            "/api/v1/payroll-settings",
            Some(&hr),
            Some(&json!({ "overtime_after_hours": "8" })),
            &[],
        )
        .await;
    assert_eq!(set.body["data"]["attributes"]["overtime_after_hours"], "8", "{}", set.body);

    // Overtime at time and a half, in the Staff structure.
    let component = post(
        &server,
        &hr,
        "/api/v1/pay-components",
        json!({
            "code": "OVERTIME", "name": "Overtime", "kind": "earning", "hidden_when_zero": true,
            "rule": { "type": "expression", "expression": "overtime_hours * 20 * 1.5" }
        }),
    )
    .await;
    assert_eq!(component.status, StatusCode::CREATED, "{}", component.body);
    let staff = server.get(&hr, "/api/v1/salary-structures").await.body["data"][0].clone();
    let mut codes: Vec<Value> =
        staff["attributes"]["components"].as_array().unwrap().iter().map(|c| c["code"].clone()).collect();
    codes.insert(2, json!("OVERTIME"));
    let staff_id = staff["id"].as_str().unwrap();
    let changed = server
        .request(
            reqwest::Method::PATCH,
            &format!("/api/v1/salary-structures/{staff_id}"),
            Some(&hr),
            Some(&json!({ "components": codes })),
            &[],
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);

    // The demo's attendance already has long days; a 10.5-hour day more adds 2.5 hours of overtime.
    let overtime_of = |line: &Value| -> f64 {
        let (_, words) = payslip_line(line, "OVERTIME");
        words.rsplit("overtime_hours = ").next().unwrap().parse().unwrap()
    };
    post(&server, &hr, &format!("/api/v1/payroll-runs/{draft}/recompute"), json!({})).await;
    let before = overtime_of(line_of(&lines(&server, &hr, &draft).await, &name_of(&server, "employee@acme.test")));
    let run = server.get(&hr, &format!("/api/v1/payroll-runs/{draft}")).await.body["data"]["attributes"].clone();
    let day: chrono::NaiveDate = run["period_end"].as_str().unwrap().parse().unwrap();
    server
        .db()
        .execute(
            "INSERT INTO attendance_records (company_id, employee_id, work_date, check_in_at, check_in_received_at,
                 check_out_at)
             SELECT company_id, id, ?2, ?3, ?3, ?4 FROM employees WHERE id = ?1",
            rusqlite::params![emma_id, day, format!("{day}T07:00:00Z"), format!("{day}T17:30:00Z")],
        )
        .unwrap();
    let recomputed = post(&server, &hr, &format!("/api/v1/payroll-runs/{draft}/recompute"), json!({})).await;
    assert_eq!(recomputed.status, StatusCode::OK, "{}", recomputed.body);
    let emma = line_of(&lines(&server, &hr, &draft).await, &name_of(&server, "employee@acme.test")).clone();
    let after = overtime_of(&emma);
    assert!((after - before - 2.5).abs() < 0.005, "2.5 hours more: {before} then {after}");
    let amount: f64 = payslip_line(&emma, "OVERTIME").0.parse().unwrap();
    assert!((amount - after * 30.0).abs() < 0.01, "at time and a half of 20.00: {amount} for {after} hours");
}
