//! The asset back-office over HTTP: HR's catalogue, assigning and taking back with the history kept,
//! employees' requests and problem reports, each change in the audit trail and no other company's reach.

use crate::common;

use common::{Reply, TestServer};
use reqwest::StatusCode;
use serde_json::{Value, json};

const ASSETS: &str = "/api/v1/assets";
const REQUESTS: &str = "/api/v1/asset-requests";
const UNPROCESSABLE: StatusCode = StatusCode::UNPROCESSABLE_ENTITY;

fn id_of(reply: &Reply) -> String {
    reply.body["data"]["id"].as_str().unwrap_or_else(|| panic!("no id: {}", reply.body)).to_owned()
}

fn count(server: &TestServer, table: &str) -> i64 {
    server.db().query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0)).unwrap()
}

fn notifications(server: &TestServer, email: &str, kind: &str) -> Vec<String> {
    let sql = "SELECT n.title FROM notifications n JOIN employees e ON e.id = n.employee_id
               WHERE e.email = ?1 AND n.kind = ?2 ORDER BY n.created_at";
    server.db().rows(sql, [email, kind], |r| r.get(0)).expect("notifications")
}

async fn audit_events(server: &TestServer, hr: &str, action: &str) -> Vec<Value> {
    let reply = server.get(hr, &format!("/api/v1/audit-events?filter[action]={action}")).await;
    reply.body["data"].as_array().unwrap_or_else(|| panic!("{}", reply.body)).clone()
}

async fn add_laptop(server: &TestServer, hr: &str, tag: &str) -> String {
    let body = json!({
        "tag": tag, "name": "ThinkPad X1", "category": "Laptop", "serial_number": "PF-1",
        "purchase_date": "2026-01-15", "purchase_cost": "1499.90"
    });
    let reply = server.post(hr, ASSETS, body).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    id_of(&reply)
}

#[tokio::test]
async fn hr_keeps_the_catalogue_and_the_list_keeps_its_shape() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let id = add_laptop(&server, &hr, "ACME-LT-010").await;

    let listed = server.get(&hr, &format!("{ASSETS}?filter[status]=in_stock")).await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.body);
    let laptop = listed.body["data"].as_array().unwrap().iter().find(|a| a["id"] == json!(id)).unwrap().clone();
    let a = &laptop["attributes"];
    assert_eq!(
        (&a["status"], &a["purchase_cost"], &a["purchase_date"]),
        (&json!("available"), &json!("1499.90"), &json!("2026-01-15"))
    );
    assert!(a["holder_name"].is_null() && a["assigned_at"].is_null(), "{a}");
    // The demo's first asset has no purchase data: the fields are left out rather than null.
    let all = server.get(&hr, ASSETS).await;
    let first = &all.body["data"][1]["attributes"];
    assert_eq!(first["asset_tag"], "ACME-LT-001");
    assert!(first.get("purchase_cost").is_none(), "{first}");

    let changed = server
        .request(
            reqwest::Method::PATCH,
            &format!("{ASSETS}/{id}"),
            Some(&hr),
            Some(&json!({ "name": "ThinkPad X1 Gen 12", "status": "in_repair" })),
            &[],
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
    assert_eq!(changed.body["data"]["attributes"]["status"], "in_repair");
    let in_repair = server.get(&hr, &format!("{ASSETS}?filter[status]=in_repair")).await;
    assert_eq!(in_repair.body["meta"]["total"], 1, "{}", in_repair.body);

    let events = audit_events(&server, &hr, "asset.update").await;
    assert_eq!(events[0]["attributes"]["details"]["after"]["name"], "ThinkPad X1 Gen 12", "{events:?}");
    assert_eq!(events[0]["attributes"]["details"]["before"]["status"], "in_stock");
    assert_eq!(audit_events(&server, &hr, "asset.create").await.len(), 1);

    // Sending nothing new changes nothing and records nothing.
    let same = server
        .request(
            reqwest::Method::PATCH,
            &format!("{ASSETS}/{id}"),
            Some(&hr),
            Some(&json!({ "name": "ThinkPad X1 Gen 12" })),
            &[],
        )
        .await;
    assert_eq!(same.status, StatusCode::OK);
    assert_eq!(audit_events(&server, &hr, "asset.update").await.len(), 1);
}

#[tokio::test]
async fn invalid_writes_are_422_and_change_nothing() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let emma = server.employee_id("employee@acme.test");
    let (assets, events) = (count(&server, "assets"), count(&server, "audit_events"));

    let taken = server.post(&hr, ASSETS, json!({ "tag": "ACME-LT-001", "name": "x", "category": "Laptop" })).await;
    assert_eq!(taken.status, UNPROCESSABLE);
    assert_eq!(taken.error("tag"), "The tag has already been taken.");
    let bad = server
        .post(
            &hr,
            ASSETS,
            json!({ "tag": "T", "name": "x", "category": "y", "purchase_cost": "12.345", "status": "assigned" }),
        )
        .await;
    assert_eq!(bad.status, UNPROCESSABLE);
    assert!(bad.body["errors"]["purchase_cost"].is_array() && bad.body["errors"]["status"].is_array(), "{}", bad.body);
    let missing = server.post(&hr, ASSETS, json!({ "name": "x" })).await;
    assert_eq!(missing.status, UNPROCESSABLE);

    // ACME-LT-001 is out with Emma: it cannot go out twice, and the monitor in stock cannot come back.
    let laptop: i64 =
        server.db().query_row("SELECT id FROM assets WHERE asset_tag = 'ACME-LT-001'", [], |r| r.get(0)).unwrap();
    let monitor: i64 =
        server.db().query_row("SELECT id FROM assets WHERE asset_tag = 'ACME-MN-003'", [], |r| r.get(0)).unwrap();
    let twice = server.post(&hr, &format!("{ASSETS}/{laptop}/assign"), json!({ "employee_id": emma })).await;
    assert_eq!(twice.status, UNPROCESSABLE, "{}", twice.body);
    assert_eq!(twice.error("asset"), "The asset is already assigned to Emma Fischer.");
    let not_out = server.post(&hr, &format!("{ASSETS}/{monitor}/return"), json!({ "condition": "good" })).await;
    assert_eq!(not_out.status, UNPROCESSABLE, "{}", not_out.body);
    let bad_condition = server.post(&hr, &format!("{ASSETS}/{laptop}/return"), json!({ "condition": "broken" })).await;
    assert_eq!(bad_condition.status, UNPROCESSABLE);
    let assigned = server
        .request(
            reqwest::Method::PATCH,
            &format!("{ASSETS}/{laptop}"),
            Some(&hr),
            Some(&json!({ "status": "retired" })),
            &[],
        )
        .await;
    assert_eq!(assigned.status, UNPROCESSABLE, "{}", assigned.body);

    assert_eq!((count(&server, "assets"), count(&server, "audit_events")), (assets, events));
    let still: (String, i64) = server
        .db()
        .query_row("SELECT status, holder_id FROM assets WHERE id = ?1", [laptop], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!(still, ("assigned".to_owned(), emma));
}

#[tokio::test]
async fn assigning_and_returning_keeps_the_history() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let employee = server.login("employee@acme.test").await;
    let emma = server.employee_id("employee@acme.test");
    let id = add_laptop(&server, &hr, "ACME-LT-011").await;

    let out = server
        .post(
            &hr,
            &format!("{ASSETS}/{id}/assign"),
            json!({ "employee_id": emma, "condition": "new", "note": "With charger" }),
        )
        .await;
    assert_eq!(out.status, StatusCode::CREATED, "{}", out.body);
    let mine = server.get(&employee, "/api/v1/me/assets").await;
    assert!(mine.body["data"].as_array().unwrap().iter().any(|a| a["id"] == json!(id)), "{}", mine.body);
    let held = server.get(&hr, &format!("{ASSETS}?filter[holder]={emma}")).await;
    assert_eq!(held.body["meta"]["total"], 2, "the demo laptop and this one: {}", held.body);

    let problem = server
        .post(&employee, &format!("/api/v1/me/assets/{id}/problems"), json!({ "description": "The hinge creaks" }))
        .await;
    assert_eq!(problem.status, StatusCode::CREATED, "{}", problem.body);
    assert_eq!(notifications(&server, "hr@acme.test", "asset_problem.reported").len(), 1);

    let back = server
        .post(&hr, &format!("{ASSETS}/{id}/return"), json!({ "condition": "damaged", "note": "Cracked hinge" }))
        .await;
    assert_eq!(back.status, StatusCode::OK, "{}", back.body);
    let again = server.post(&hr, &format!("{ASSETS}/{id}/return"), json!({ "condition": "good" })).await;
    assert_eq!(again.status, UNPROCESSABLE, "returned when not out");
    let problem_after =
        server.post(&employee, &format!("/api/v1/me/assets/{id}/problems"), json!({ "description": "x" })).await;
    assert_eq!(problem_after.status, StatusCode::NOT_FOUND, "no longer theirs");

    let history = server.get(&hr, &format!("{ASSETS}/{id}/history")).await;
    assert_eq!(history.status, StatusCode::OK, "{}", history.body);
    let spell = &history.body["data"][0]["attributes"];
    assert_eq!(
        (&spell["employee_name"], &spell["condition_out"], &spell["note_out"]),
        (&json!("Emma Fischer"), &json!("new"), &json!("With charger"))
    );
    assert_eq!((&spell["condition_in"], &spell["note_in"]), (&json!("damaged"), &json!("Cracked hinge")));
    assert!(spell["assigned_at"].is_string() && spell["returned_at"].is_string(), "{spell}");
    let asset = server.get(&hr, &format!("{ASSETS}?filter[status]=in_repair")).await;
    assert_eq!(asset.body["data"][0]["id"], json!(id), "damaged goes to repair");

    let assigned = audit_events(&server, &hr, "asset.assign").await;
    assert_eq!(assigned[0]["attributes"]["details"]["after"]["holder_id"], json!(emma), "{assigned:?}");
    assert_eq!(assigned[0]["attributes"]["details"]["before"]["status"], "in_stock");
    let returned = audit_events(&server, &hr, "asset.return").await;
    assert_eq!(returned[0]["attributes"]["details"]["after"]["status"], "in_repair", "{returned:?}");
}

#[tokio::test]
async fn an_employee_s_request_fulfilled_assigns_the_asset() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let employee = server.login("employee@acme.test").await;
    let emma = server.employee_id("employee@acme.test");

    let pending = server.get(&hr, &format!("{REQUESTS}?filter[status]=pending")).await;
    assert_eq!(pending.body["meta"]["total"], 1, "the demo's request: {}", pending.body);

    let asked = server
        .post(&employee, "/api/v1/me/asset-requests", json!({ "category": "Laptop", "reason": "Mine is slow" }))
        .await;
    assert_eq!(asked.status, StatusCode::CREATED, "{}", asked.body);
    assert_eq!(asked.body["data"]["attributes"]["status"], "pending");
    assert_eq!(notifications(&server, "hr@acme.test", "asset_request.created"), ["Emma Fischer asks for a Laptop"]);
    let request = id_of(&asked);
    let laptop = add_laptop(&server, &hr, "ACME-LT-012").await;

    let no_asset = server.post(&hr, &format!("{REQUESTS}/{request}/act"), json!({ "decision": "fulfil" })).await;
    assert_eq!(no_asset.status, UNPROCESSABLE);
    let fulfilled = server
        .post(
            &hr,
            &format!("{REQUESTS}/{request}/act"),
            json!({ "decision": "fulfil", "asset_id": laptop.parse::<i64>().unwrap(), "reason": "Here you go" }),
        )
        .await;
    assert_eq!(fulfilled.status, StatusCode::OK, "{}", fulfilled.body);
    let a = &fulfilled.body["data"]["attributes"];
    assert_eq!((&a["status"], &a["asset_tag"]), (&json!("fulfilled"), &json!("ACME-LT-012")));
    let holder: i64 = server
        .db()
        .query_row("SELECT holder_id FROM assets WHERE asset_tag = 'ACME-LT-012'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(holder, emma);
    assert_eq!(notifications(&server, "employee@acme.test", "asset_request.decided").len(), 1);
    let twice =
        server.post(&hr, &format!("{REQUESTS}/{request}/act"), json!({ "decision": "decline", "reason": "x" })).await;
    assert_eq!(twice.status, UNPROCESSABLE, "already decided");

    let events = audit_events(&server, &hr, "asset_request.act").await;
    assert_eq!(events[0]["attributes"]["details"]["after"]["status"], "fulfilled", "{events:?}");
    assert_eq!(events[0]["attributes"]["details"]["assignment"]["employee_name"], "Emma Fischer");
}

#[tokio::test]
async fn only_hr_keeps_assets_and_no_company_reaches_another_s() {
    let server = TestServer::start().await;
    let employee = server.login("employee@acme.test").await;
    let manager = server.login("manager@acme.test").await;
    let laptop: i64 =
        server.db().query_row("SELECT id FROM assets WHERE asset_tag = 'ACME-LT-001'", [], |r| r.get(0)).unwrap();
    let request: i64 = server.db().query_row("SELECT id FROM asset_requests LIMIT 1", [], |r| r.get(0)).unwrap();
    for token in [&employee, &manager] {
        let add = server.post(token, ASSETS, json!({ "tag": "X", "name": "x", "category": "y" })).await;
        assert_eq!(add.status, StatusCode::FORBIDDEN);
        let back = server.post(token, &format!("{ASSETS}/{laptop}/return"), json!({ "condition": "good" })).await;
        assert_eq!(back.status, StatusCode::FORBIDDEN);
        assert_eq!(server.get(token, &format!("{ASSETS}/{laptop}/history")).await.status, StatusCode::FORBIDDEN);
        assert_eq!(server.get(token, REQUESTS).await.status, StatusCode::FORBIDDEN);
        let act = server
            .post(token, &format!("{REQUESTS}/{request}/act"), json!({ "decision": "decline", "reason": "x" }))
            .await;
        assert_eq!(act.status, StatusCode::FORBIDDEN);
    }
    assert_eq!(server.get(&employee, ASSETS).await.status, StatusCode::FORBIDDEN);

    let globex = server.login("hr@globex.test").await;
    let globex_employee = server.login("employee@globex.test").await;
    let before =
        (count(&server, "asset_assignments"), count(&server, "asset_requests"), count(&server, "audit_events"));
    let back = server.post(&globex, &format!("{ASSETS}/{laptop}/return"), json!({ "condition": "good" })).await;
    assert_eq!(back.status, StatusCode::NOT_FOUND);
    assert_eq!(server.get(&globex, &format!("{ASSETS}/{laptop}/history")).await.status, StatusCode::NOT_FOUND);
    let act = server
        .post(&globex, &format!("{REQUESTS}/{request}/act"), json!({ "decision": "decline", "reason": "x" }))
        .await;
    assert_eq!(act.status, StatusCode::NOT_FOUND);
    let problem = server
        .post(&globex_employee, &format!("/api/v1/me/assets/{laptop}/problems"), json!({ "description": "x" }))
        .await;
    assert_eq!(problem.status, StatusCode::NOT_FOUND);
    assert_eq!(server.get(&globex, REQUESTS).await.body["meta"]["total"], 0);
    assert_eq!(server.get(&globex_employee, "/api/v1/me/assets").await.body["meta"]["total"], 0);
    let after = (count(&server, "asset_assignments"), count(&server, "asset_requests"), count(&server, "audit_events"));
    assert_eq!(before, after);
}
