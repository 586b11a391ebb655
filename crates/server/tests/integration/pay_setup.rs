//! HR's pay setup over HTTP: pay components and salary structures, checked with payroll's own rules, HR
//! only, audited, and refused whole with Laravel's 422 when payroll could not compute them.

use crate::common;

use common::{Reply, TestServer};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const COMPONENTS: &str = "/api/v1/pay-components";
const STRUCTURES: &str = "/api/v1/salary-structures";
const UNPROCESSABLE: StatusCode = StatusCode::UNPROCESSABLE_ENTITY;

fn id_of(reply: &Reply) -> String {
    reply.body["data"]["id"].as_str().unwrap_or_else(|| panic!("no id: {}", reply.body)).to_owned()
}

async fn patch(server: &TestServer, token: &str, path: &str, body: Value) -> Reply {
    server.request(Method::PATCH, path, Some(token), Some(&body), &[]).await
}

fn component(code: &str, kind: &str, rule: Value) -> Value {
    json!({ "code": code, "name": format!("{code} line"), "kind": kind, "rule": rule })
}

/// Every row of the pay setup and the number of audit events: what a refused request must leave as it was.
fn pay_setup_rows(server: &TestServer) -> Vec<String> {
    let db = server.db();
    let text = |sql: &str| -> Vec<String> { db.rows(sql, [], |r| r.get(0)).expect(sql) };
    let mut rows = text(
        "SELECT code || ':' || name || ':' || rule_type || ':' || COALESCE(amount, '') || ':' || COALESCE(percent, '')
             || ':' || COALESCE(of_component, '') || ':' || COALESCE(expression, '') || ':' || COALESCE(retired_at, '')
         FROM pay_components ORDER BY id",
    );
    rows.extend(text("SELECT name || ':' || COALESCE(retired_at, '') FROM salary_structures ORDER BY id"));
    rows.extend(text(
        "SELECT CAST(salary_structure_id AS TEXT) || ':' || CAST(sequence AS TEXT) || ':' || CAST(pay_component_id AS TEXT)
         FROM salary_structure_components ORDER BY salary_structure_id, sequence",
    ));
    rows.extend(text("SELECT CAST(COUNT(*) AS TEXT) FROM audit_events"));
    rows
}

async fn audit_events(server: &TestServer, hr: &str, action: &str) -> Vec<Value> {
    let reply = server.get(hr, &format!("/api/v1/audit-events?filter[action]={action}")).await;
    reply.body["data"].as_array().unwrap_or_else(|| panic!("{}", reply.body)).clone()
}

/// The id of one of Acme's components by code.
async fn component_id(server: &TestServer, hr: &str, code: &str) -> String {
    let listed = server.get(hr, &format!("{COMPONENTS}?page[size]=100")).await;
    let all = listed.body["data"].as_array().unwrap_or_else(|| panic!("{}", listed.body));
    let found = all.iter().find(|c| c["attributes"]["code"] == code).unwrap_or_else(|| panic!("{code}: {all:?}"));
    found["id"].as_str().expect("id").to_owned()
}

#[tokio::test]
async fn the_demo_company_has_a_staff_structure_only_hr_sees() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let structures = server.get(&hr, STRUCTURES).await;
    assert_eq!(structures.status, StatusCode::OK, "{}", structures.body);
    let staff = &structures.body["data"][0]["attributes"];
    assert_eq!(staff["name"], "Staff");
    let codes: Vec<&str> =
        staff["components"].as_array().unwrap().iter().map(|c| c["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["BASIC", "TRANSPORT", "PENSION_EE", "PENSION_ER", "HEALTH"]);

    let components = server.get(&hr, COMPONENTS).await;
    let basic = &components.body["data"][0]["attributes"];
    assert_eq!(basic["rule"], json!({ "type": "expression", "expression": "base" }), "each person's own base pay");
    assert_eq!((&basic["prorated"], &basic["kind"]), (&json!(true), &json!("earning")));
    assert_eq!(basic["rounding"], json!({ "places": 2, "mode": "half_up" }));
    let health = &components.body["data"][4]["attributes"];
    assert_eq!(health["rule"], json!({ "type": "expression", "expression": "min(gross, 5000) * 0.073" }));

    // Globex has none of Acme's.
    let globex = server.login("hr@globex.test").await;
    assert_eq!(server.get(&globex, STRUCTURES).await.body["data"], json!([]));
    assert_eq!(server.get(&globex, COMPONENTS).await.body["data"], json!([]));

    let basic_id = component_id(&server, &hr, "BASIC").await;
    let staff_id = structures.body["data"][0]["id"].as_str().expect("id").to_owned();
    for email in ["employee@acme.test", "manager@acme.test"] {
        let token = server.login(email).await;
        let before = pay_setup_rows(&server);
        let replies = [
            server.get(&token, COMPONENTS).await,
            server.get(&token, STRUCTURES).await,
            server
                .post(&token, COMPONENTS, component("BONUS", "earning", json!({ "type": "fixed", "amount": "1" })))
                .await,
            server.post(&token, STRUCTURES, json!({ "name": "Mine", "components": ["BASIC"] })).await,
            patch(&server, &token, &format!("{COMPONENTS}/{basic_id}"), json!({ "name": "Mine" })).await,
            patch(&server, &token, &format!("{STRUCTURES}/{staff_id}"), json!({ "name": "Mine" })).await,
        ];
        for reply in replies {
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{email}: {}", reply.body);
        }
        assert_eq!(pay_setup_rows(&server), before);
    }
}

#[tokio::test]
async fn hr_sets_pay_up_once_per_key_and_every_change_is_audited() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let bonus = json!({
        "code": "BONUS", "name": "Performance bonus", "kind": "earning",
        "rule": { "type": "percent_of", "component": "BASIC", "percent": "10" },
        "hidden_when_zero": true, "rounding": { "places": 0, "mode": "down" },
    });
    let first = server.post_idempotent(&hr, COMPONENTS, "bonus-1", bonus.clone()).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    let again = server.post_idempotent(&hr, COMPONENTS, "bonus-1", bonus.clone()).await;
    assert_eq!((again.status, id_of(&again)), (StatusCode::CREATED, id_of(&first)));
    let bonus_id = id_of(&first);
    let a = &first.body["data"]["attributes"];
    assert_eq!(a["rule"], json!({ "type": "percent_of", "component": "BASIC", "percent": "10" }));
    assert_eq!(
        (&a["hidden_when_zero"], &a["rounding"]["mode"], &a["retired"]),
        (&json!(true), &json!("down"), &json!(false))
    );
    let created = audit_events(&server, &hr, "pay_component.create").await;
    let bonuses: Vec<&Value> = created.iter().filter(|e| e["attributes"]["entity_id"] == json!(bonus_id)).collect();
    assert_eq!(bonuses.len(), 1, "{created:?}");
    assert_eq!(bonuses[0]["attributes"]["details"]["after"]["code"], "BONUS");
    let taken = server.post(&hr, COMPONENTS, bonus).await;
    assert_eq!((taken.status, taken.error("code")), (UNPROCESSABLE, "The code has already been taken."));

    // A structure by codes and ids, in its order; retried with its key, made once.
    let basic_id = component_id(&server, &hr, "BASIC").await;
    let body = json!({ "name": "Sales", "components": [basic_id, "BONUS", "PENSION_EE"] });
    let sales = server.post_idempotent(&hr, STRUCTURES, "sales-1", body.clone()).await;
    assert_eq!(sales.status, StatusCode::CREATED, "{}", sales.body);
    let replayed = server.post_idempotent(&hr, STRUCTURES, "sales-1", body).await;
    assert_eq!(id_of(&replayed), id_of(&sales));
    let sales_id = id_of(&sales);
    let lines = &sales.body["data"]["attributes"]["components"];
    assert_eq!(lines[1], json!({ "id": bonus_id, "code": "BONUS", "name": "Performance bonus", "kind": "earning" }));
    assert_eq!(audit_events(&server, &hr, "salary_structure.create").await.len(), 1);

    // Changes: a component's rule and name, a structure's order and name.
    let changed = patch(
        &server,
        &hr,
        &format!("{COMPONENTS}/{bonus_id}"),
        json!({ "name": "Bonus", "rule": { "type": "fixed", "amount": 250 } }),
    )
    .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
    assert_eq!(changed.body["data"]["attributes"]["rule"], json!({ "type": "fixed", "amount": "250" }));
    assert_eq!(changed.body["data"]["attributes"]["hidden_when_zero"], true, "what was not sent stays");
    let updates = audit_events(&server, &hr, "pay_component.update").await;
    let details = &updates[0]["attributes"]["details"];
    assert_eq!(details["name"], json!({ "before": "Performance bonus", "after": "Bonus" }), "{details}");
    assert_eq!(details["rule"]["after"], json!({ "type": "fixed", "amount": "250" }));

    let reordered =
        patch(&server, &hr, &format!("{STRUCTURES}/{sales_id}"), json!({ "components": ["BONUS", "BASIC"] })).await;
    assert_eq!(reordered.status, StatusCode::OK, "{}", reordered.body);
    let codes: Vec<&Value> =
        reordered.body["data"]["attributes"]["components"].as_array().unwrap().iter().map(|c| &c["code"]).collect();
    assert_eq!(codes, [&json!("BONUS"), &json!("BASIC")]);
    assert_eq!(reordered.body["data"]["attributes"]["name"], "Sales");
    assert_eq!(audit_events(&server, &hr, "salary_structure.update").await.len(), 1);

    // Retiring: refused while a current structure holds it, allowed once that structure is retired.
    let refused = patch(&server, &hr, &format!("{COMPONENTS}/{bonus_id}"), json!({ "retired": true })).await;
    assert_eq!(
        (refused.status, refused.error("retired")),
        (UNPROCESSABLE, "The component cannot be retired while the salary structure Sales uses it.")
    );
    let retired = patch(&server, &hr, &format!("{STRUCTURES}/{sales_id}"), json!({ "retired": true })).await;
    assert_eq!(retired.body["data"]["attributes"]["retired"], true, "{}", retired.body);
    let retired = patch(&server, &hr, &format!("{COMPONENTS}/{bonus_id}"), json!({ "retired": true })).await;
    assert_eq!(retired.body["data"]["attributes"]["retired"], true, "{}", retired.body);
    let back = patch(&server, &hr, &format!("{STRUCTURES}/{sales_id}"), json!({ "retired": false })).await;
    assert_eq!(
        (back.status, back.error("components.0")),
        (UNPROCESSABLE, "The components.0 is the retired component BONUS.")
    );

    // Nothing sent, nothing changed, nothing recorded.
    let events = audit_events(&server, &hr, "pay_component.update").await.len();
    let same = patch(&server, &hr, &format!("{COMPONENTS}/{basic_id}"), json!({})).await;
    assert_eq!(same.status, StatusCode::OK, "{}", same.body);
    assert_eq!(audit_events(&server, &hr, "pay_component.update").await.len(), events);

    let missing = patch(&server, &hr, &format!("{COMPONENTS}/999999"), json!({ "name": "x" })).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn what_payroll_could_not_compute_is_refused_with_its_words_and_nothing_changes() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let before = pay_setup_rows(&server);

    let refused = [
        (
            component("TOP", "earning", json!({ "type": "expression", "expression": "base * * 2" })),
            "rule.expression",
            "The rule.expression is not a valid formula: at character 8: expected",
        ),
        (
            component("TOP", "earning", json!({ "type": "expression", "expression": "bsae * 2" })),
            "rule.expression",
            "The rule.expression is not a valid formula: at character 1: \"bsae\" is not a known name.",
        ),
        (
            component("TOP", "earning", json!({ "type": "percent_of", "component": "NOPE", "percent": "5" })),
            "rule.component",
            "The selected rule.component is invalid.",
        ),
        (
            component("TOP", "earning", json!({ "type": "percent_of", "component": "PENSION_EE", "percent": "5" })),
            "rule",
            "The rule makes the earning TOP depend on gross (TOP → PENSION_EE → gross), which it is part of.",
        ),
        (
            component("TOP", "earning", json!({ "type": "fixed", "amount": "-1" })),
            "rule.amount",
            "The rule.amount field must be at least 0.",
        ),
        (
            component("TOP", "earning", json!({ "type": "fixed", "amount": "lots" })),
            "rule.amount",
            "The rule.amount field must be a number.",
        ),
        (component("TOP", "earning", json!({ "type": "bonus" })), "rule.type", "The selected rule.type is invalid."),
        (
            component("2ND", "earning", json!({ "type": "fixed", "amount": "1" })),
            "code",
            "The code field must start with a letter",
        ),
        (
            component("BASIC", "earning", json!({ "type": "fixed", "amount": "1" })),
            "code",
            "The code has already been taken.",
        ),
        (json!({ "code": "TOP", "name": "Top", "kind": "gift" }), "kind", "The selected kind is invalid."),
        (json!({ "code": "TOP", "name": "Top", "kind": "earning" }), "rule", "The rule field is required."),
    ];
    for (body, field, message) in refused {
        let reply = server.post(&hr, COMPONENTS, body.clone()).await;
        assert_eq!(reply.status, UNPROCESSABLE, "{body}: {}", reply.body);
        assert!(reply.error(field).starts_with(message), "{body}: {}", reply.body);
        assert!(reply.body["message"].is_string(), "{}", reply.body);
    }

    // A structure: an unknown component, one that reads a component left out, one listed twice.
    let structures = [
        (
            json!({ "name": "Odd", "components": ["BASIC", "NOPE"] }),
            "components.1",
            "The selected components.1 is invalid.",
        ),
        (
            json!({ "name": "Odd", "components": ["BASIC", "999999"] }),
            "components.1",
            "The selected components.1 is invalid.",
        ),
        (
            json!({ "name": "Odd", "components": ["BASIC", "BASIC"] }),
            "components.1",
            "The components.1 field has a duplicate value.",
        ),
        (json!({ "name": "Staff", "components": ["BASIC"] }), "name", "The name has already been taken."),
        (json!({ "name": "Odd", "components": [] }), "components", "The components field is required."),
    ];
    for (body, field, message) in structures {
        let reply = server.post(&hr, STRUCTURES, body.clone()).await;
        assert_eq!((reply.status, reply.error(field)), (UNPROCESSABLE, message), "{body}");
    }
    assert_eq!(pay_setup_rows(&server), before);

    // A component reading another that the structure leaves out: payroll's words, keyed by position.
    let hra = component("HRA", "earning", json!({ "type": "percent_of", "component": "BASIC", "percent": "40" }));
    assert_eq!(server.post(&hr, COMPONENTS, hra).await.status, StatusCode::CREATED);
    let before = pay_setup_rows(&server);
    let reply = server.post(&hr, STRUCTURES, json!({ "name": "Odd", "components": ["TRANSPORT", "HRA"] })).await;
    assert_eq!(
        (reply.status, reply.error("components.1.rule.component")),
        (UNPROCESSABLE, "The selected components.1.rule.component is invalid.")
    );

    // A cycle: HRA reads BASIC, so BASIC may not read HRA; a used component keeps its code.
    let basic = component_id(&server, &hr, "BASIC").await;
    let cycle = json!({ "rule": { "type": "expression", "expression": "base + HRA" } });
    let reply = patch(&server, &hr, &format!("{COMPONENTS}/{basic}"), cycle).await;
    assert_eq!(
        (reply.status, reply.error("rule")),
        (UNPROCESSABLE, "The rule makes BASIC depend on itself (BASIC → HRA → BASIC).")
    );
    let reply = patch(&server, &hr, &format!("{COMPONENTS}/{basic}"), json!({ "code": "SALARY" })).await;
    assert_eq!(
        (reply.status, reply.error("code")),
        (UNPROCESSABLE, "The code cannot change while a salary structure or another component uses it.")
    );
    // A change that would break the demo's structure: BASIC, an earning, reading gross.
    let gross = json!({ "rule": { "type": "percent_of_gross", "percent": "50" } });
    let reply = patch(&server, &hr, &format!("{COMPONENTS}/{basic}"), gross).await;
    assert_eq!(reply.status, UNPROCESSABLE, "{}", reply.body);
    assert!(reply.error("rule").contains("depend on gross"), "{}", reply.body);
    assert_eq!(pay_setup_rows(&server), before);
}
