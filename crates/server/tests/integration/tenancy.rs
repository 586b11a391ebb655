//! No company reaches another's records: every operation the server documents in `/api/openapi.json`
//! whose path names a record is called by Globex, with every kind of credential Globex holds, on Acme's
//! real ids. Each answers 404 (or refuses the credential), never a 2xx or a 5xx, a search finds nothing
//! of Acme's, and afterwards every Acme row in the database is exactly as it was. Every listing, read by
//! Globex the same way, shows none of Acme's records.

use crate::common;
use crate::directory_support;

use common::{GLOBEX_API_TOKEN, PASSWORD, TestServer};
use directory_support::{okta_id, uuid_of};
use okta_hr_server::db::Dialect;
use okta_hr_server::demo;
use reqwest::{Method, StatusCode};
use rusqlite::types::Value as Sql;
use serde_json::{Value, json};
use std::collections::BTreeMap;

const ACME: i64 = 1;

/// Path parameters that name a record, bound to one of Acme's.
fn acme_ids(server: &TestServer) -> BTreeMap<&'static str, String> {
    let db = server.db();
    let one = |sql: &str| -> String {
        db.query_row(sql, [ACME], |row| row.get::<_, Sql>(0))
            .map(|value| match value {
                Sql::Integer(n) => n.to_string(),
                Sql::Text(text) => text,
                other => panic!("{sql}: {other:?}"),
            })
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    };
    let person = "(SELECT id FROM employees WHERE company_id = ?1 AND email = 'employee@acme.test')";
    let user = okta_id(server, "employee@acme.test");
    let account = uuid_of(server, "employee@acme.test");
    let manager = uuid_of(server, "manager@acme.test");
    let group = one("SELECT uuid FROM groups WHERE company_id = ?1 ORDER BY id LIMIT 1");
    let mut ids = BTreeMap::from([
        ("company_id", ACME.to_string()),
        ("userId", user.clone()),
        ("associatedUserId", user.clone()),
        ("primaryUserId", user),
        ("accountId", account.clone()),
        ("accountIdOrEmail", account.clone()),
        ("employee", account.clone()),
        ("entity", account),
        ("manager", manager.clone()),
        ("managerId", manager),
        ("group", group.clone()),
        ("groupId", group),
        ("organization", one("SELECT uuid FROM companies WHERE id = ?1")),
        ("key", one("SELECT okta_id FROM api_tokens WHERE company_id = ?1 LIMIT 1")),
        ("trustedOriginId", one("SELECT okta_id FROM trusted_origins WHERE company_id = ?1 LIMIT 1")),
        ("templateId", one("SELECT okta_id FROM sms_templates WHERE company_id = ?1 LIMIT 1")),
        ("leaveRequest_id", one("SELECT id FROM leave_requests WHERE company_id = ?1 LIMIT 1")),
        ("holiday_id", one("SELECT id FROM holidays WHERE company_id = ?1 LIMIT 1")),
        ("leaveType_id", one("SELECT id FROM leave_types WHERE company_id = ?1 LIMIT 1")),
        ("shift_id", one("SELECT id FROM shifts WHERE company_id = ?1 LIMIT 1")),
        ("attendanceCorrection_id", one("SELECT id FROM attendance_corrections WHERE company_id = ?1 LIMIT 1")),
        ("attendanceRecord_id", one("SELECT id FROM attendance_records WHERE company_id = ?1 LIMIT 1")),
        ("announcement_id", one("SELECT id FROM announcements WHERE company_id = ?1 LIMIT 1")),
        ("department_id", one("SELECT id FROM departments WHERE company_id = ?1 ORDER BY id LIMIT 1")),
        ("branch_id", one("SELECT id FROM branches WHERE company_id = ?1 ORDER BY id LIMIT 1")),
        ("bankDetailRequest_id", one("SELECT id FROM bank_detail_requests WHERE company_id = ?1 LIMIT 1")),
        ("payrollRun_id", one("SELECT id FROM payroll_runs WHERE company_id = ?1 LIMIT 1")),
        ("payComponent_id", one("SELECT id FROM pay_components WHERE company_id = ?1 ORDER BY id LIMIT 1")),
        ("salaryStructure_id", one("SELECT id FROM salary_structures WHERE company_id = ?1 ORDER BY id LIMIT 1")),
        ("payAssignment_id", one("SELECT id FROM pay_assignments WHERE company_id = ?1 ORDER BY id LIMIT 1")),
        ("payAdjustment_id", one("SELECT id FROM pay_adjustments WHERE company_id = ?1 ORDER BY id LIMIT 1")),
        (
            "payrollLine_id",
            one("SELECT l.id FROM payroll_lines l JOIN payroll_runs r ON r.id = l.payroll_run_id
                 WHERE r.company_id = ?1 ORDER BY l.id LIMIT 1"),
        ),
        ("asset_id", one("SELECT id FROM assets WHERE company_id = ?1 AND holder_id IS NOT NULL ORDER BY id LIMIT 1")),
        ("assetRequest_id", one("SELECT id FROM asset_requests WHERE company_id = ?1 LIMIT 1")),
        ("assetProblem_id", one("SELECT id FROM asset_problems WHERE company_id = ?1 LIMIT 1")),
        (
            "payslip_id",
            one(
                "SELECT l.id FROM payroll_lines l JOIN payroll_runs r ON r.id = l.payroll_run_id WHERE r.company_id = ?1 LIMIT 1",
            ),
        ),
        ("tokenId", one(&format!("SELECT id FROM personal_access_tokens WHERE employee_id = {person} LIMIT 1"))),
        ("alias", one("SELECT alias FROM companies WHERE id = ?1")),
        ("name", one(&format!("SELECT first_name || ' ' || last_name FROM employees WHERE id = {person}"))),
        ("externalId", "T0ACMEDEMO".to_owned()),
        ("value", "acme-demo".to_owned()),
    ]);
    ids.insert("leave_id", ids["leaveRequest_id"].clone());
    ids
}

/// Parameters that are not records: they take the same value for either company.
fn shared_value(parameter: &str) -> Option<&'static str> {
    Some(match parameter {
        "clientId" => "okta-hr-app",
        "grantId" => "0oagrant",
        "primaryRelationshipName" => "manager",
        "notificationType" => "USER_LOCKED_OUT",
        "type" => "slack",
        _ => return None,
    })
}

/// `/api/v1/employees/{id}` is an HR employee's number, `/api/v1/group/{id}` a directory group.
fn id_for(path: &str, server: &TestServer, ids: &BTreeMap<&'static str, String>) -> String {
    if path.ends_with("/offboarding") {
        // Only someone leaving has a checklist: the person the demo offboards.
        let sql = "SELECT employee_id FROM offboardings WHERE cancelled_at IS NULL LIMIT 1";
        server.db().query_row(sql, [], |r| r.get::<_, i64>(0)).expect("the demo's offboarding").to_string()
    } else if path.starts_with("/api/v1/employees/") {
        server.employee_id("employee@acme.test").to_string()
    } else {
        ids["group"].clone()
    }
}

struct Operation {
    method: Method,
    template: String,
    path: String,
}

/// Every documented operation whose path names at least one of Acme's records, with Acme's ids in it.
fn operations(openapi: &Value, server: &TestServer, ids: &BTreeMap<&'static str, String>) -> Vec<Operation> {
    let mut operations = Vec::new();
    for (template, item) in openapi["paths"].as_object().expect("paths") {
        let mut path = template.clone();
        let mut names_a_record = false;
        for parameter in template.split('{').skip(1).filter_map(|rest| rest.split_once('}')).map(|(name, _)| name) {
            let value = match (parameter, ids.get(parameter), shared_value(parameter)) {
                ("id", _, _) => id_for(template, server, ids),
                (_, Some(id), _) => id.clone(),
                (_, None, Some(shared)) => shared.to_owned(),
                // The caller's own settings, addressed by kind: not another company's record.
                ("contactType" | "roleTypeOrRoleId", None, None) => {
                    names_a_record = false;
                    break;
                }
                _ => panic!("{template}: no value for the path parameter {parameter}; add it to the matrix"),
            };
            names_a_record |= ids.contains_key(parameter) || parameter == "id";
            path = path.replace(&format!("{{{parameter}}}"), &value);
        }
        if !names_a_record {
            continue;
        }
        for method in item.as_object().expect("path item").keys() {
            let method = match method.as_str() {
                "get" => Method::GET,
                "post" => Method::POST,
                "put" => Method::PUT,
                "patch" => Method::PATCH,
                "delete" => Method::DELETE,
                _ => continue,
            };
            operations.push(Operation { method, template: template.clone(), path: path.clone() });
        }
    }
    operations
}

/// A search answers 200 with what the caller may see; every other operation addresses one record.
fn is_search(template: &str) -> bool {
    template.contains("/by-name/") || template.contains("/organization/by-app")
}

/// A body each write might accept, so the only reason left to refuse it is whose record it is.
fn body_for(operation: &Operation) -> Option<Value> {
    if operation.method == Method::GET || operation.method == Method::DELETE {
        return None;
    }
    Some(match operation.template.as_str() {
        t if t.contains("by-app-secret") => json!({ "secret": demo::ACME_SLACK_SIGNING_SECRET }),
        t if t.ends_with("/change_password") => {
            json!({ "oldPassword": { "value": PASSWORD }, "newPassword": { "value": "globex-took-over" } })
        }
        t if t.contains("/trustedOrigins/") => {
            json!({ "name": "Globex", "origin": "https://globex.test", "scopes": [{ "type": "CORS" }] })
        }
        t if t.contains("/templates/sms/") => {
            json!({ "name": "Globex", "type": "SMS_VERIFY_CODE", "template": "Your code is ${code}" })
        }
        t if t.starts_with("/api/v1/entity/") => json!([{ "groupId": "00gglobex" }]),
        t if t.starts_with("/api/v1/users/") => json!({ "profile": { "firstName": "Globex" } }),
        t if t.contains("/leave-requests/") => json!({ "decision": "approve" }),
        _ => json!({ "name": "Globex", "displayName": "Globex", "title": "Taken over" }),
    })
}

/// Every row of Acme's, table by table: what no Globex request may change.
fn acme_rows(server: &TestServer) -> BTreeMap<String, Vec<String>> {
    let db = server.db();
    let (tables, columns_of) = match db.dialect() {
        Dialect::Sqlite => (
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            "SELECT name FROM pragma_table_info(?1)",
        ),
        Dialect::Postgres => (
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?1",
        ),
    };
    let tables: Vec<String> = db.rows(tables, [], |row| row.get(0)).expect("tables");
    let mut snapshot = BTreeMap::new();
    for table in tables {
        let columns: Vec<String> = db.rows(columns_of, [&table], |row| row.get(0)).expect("columns");
        let scope = if table == "companies" {
            "id = ?1"
        } else if columns.iter().any(|c| c == "company_id") {
            "company_id = ?1"
        } else if columns.iter().any(|c| c == "employee_id") {
            "employee_id IN (SELECT id FROM employees WHERE company_id = ?1)"
        } else {
            continue;
        };
        let sql = format!("SELECT * FROM \"{table}\" WHERE {scope} ORDER BY 1");
        let rows = db
            .rows(&sql, [ACME], |row| {
                (0..row.column_count()).map(|i| row.get::<_, Sql>(i)).collect::<Result<Vec<_>, _>>()
            })
            .expect("rows");
        snapshot.insert(table, rows.into_iter().map(|row| format!("{row:?}")).collect());
    }
    snapshot
}

/// What Globex can present: its HR lead's app token, the lead's Directory JWT, its API token and its
/// integration's service key.
async fn globex_credentials(server: &TestServer) -> Vec<(&'static str, &'static str, String)> {
    let bearer = server.login("hr@globex.test").await;
    let jwt = directory_support::jwt(server, "hr@globex.test").await;
    vec![
        ("app token", "Authorization", format!("Bearer {bearer}")),
        ("directory JWT", "Authorization", format!("Bearer {jwt}")),
        ("API token", "Authorization", format!("SSWS {GLOBEX_API_TOKEN}")),
        ("service key", "X-Service-Key", demo::GLOBEX_SERVICE_KEY.to_owned()),
    ]
}

/// What only Acme's records say: its people's names, its branches' and departments' names (those Globex
/// does not share) and the ids of its directory records.
fn acme_markers(server: &TestServer, ids: &BTreeMap<&'static str, String>) -> Vec<String> {
    let db = server.db();
    let only_acme = "SELECT first_name || ' ' || last_name FROM employees WHERE company_id = ?1
                     UNION SELECT name FROM branches WHERE company_id = ?1
                         AND name NOT IN (SELECT name FROM branches WHERE company_id <> ?1)
                     UNION SELECT name FROM departments WHERE company_id = ?1
                         AND name NOT IN (SELECT name FROM departments WHERE company_id <> ?1)";
    let mut markers: Vec<String> = db.rows(only_acme, [ACME], |row| row.get(0)).expect("Acme's names");
    markers.push("acme".to_owned());
    let directory_ids = ["userId", "accountId", "manager", "organization", "group", "trustedOriginId", "templateId"];
    markers.extend(directory_ids.iter().map(|k| ids[k].clone()));
    markers
}

/// Whether a body shows anything of Acme's.
fn mentions_acme(body: &Value, markers: &[String]) -> bool {
    let text = body.to_string().to_lowercase();
    markers.iter().any(|marker| text.contains(&marker.to_lowercase()))
}

#[tokio::test]
async fn every_route_of_every_document_hides_another_companys_records() {
    let server = TestServer::start().await;
    server.login("employee@acme.test").await;
    let ids = acme_ids(&server);
    let openapi = server.request(Method::GET, "/api/openapi.json", None, None, &[]).await.body;
    let operations = operations(&openapi, &server, &ids);
    let markers = acme_markers(&server, &ids);
    assert!(operations.len() >= 80, "{} operations name a record", operations.len());

    // The ids are real: Acme's own HR reads every one of them (Acme has no OAuth grant to read).
    let acme = [
        ("Authorization", format!("SSWS {}", demo::ACME_API_TOKEN)),
        ("Authorization", format!("Bearer {}", server.login("hr@acme.test").await)),
        ("X-Service-Key", demo::ACME_SERVICE_KEY.to_owned()),
    ];
    for operation in operations
        .iter()
        // A user's own subscriptions are read by that user alone, and the ids are Emma's, not HR's.
        .filter(|o| o.method == Method::GET && !is_search(&o.template) && !o.template.contains("{grantId}"))
        .filter(|o| !o.template.starts_with("/api/v1/users/{userId}/subscriptions"))
    {
        let mut reached = Vec::new();
        for (header, credential) in &acme {
            let headers = [(*header, credential.as_str())];
            reached.push(server.request(Method::GET, &operation.path, None, None, &headers).await.status);
        }
        assert!(reached.iter().any(StatusCode::is_success), "Acme reads {}: {reached:?}", operation.path);
    }

    let before = acme_rows(&server);
    let credentials = globex_credentials(&server).await;
    let mut problems = Vec::new();
    for operation in &operations {
        let mut answers = Vec::new();
        for (kind, header, credential) in &credentials {
            let body = body_for(operation);
            let headers = [(*header, credential.as_str())];
            let reply = server.request(operation.method.clone(), &operation.path, None, body.as_ref(), &headers).await;
            let fine = match reply.status.as_u16() {
                404 => true,
                200 if is_search(&operation.template) => !mentions_acme(&reply.body, &markers),
                // This credential does not open this route at all.
                401 | 403 => true,
                _ => false,
            };
            if !fine {
                problems.push(format!(
                    "{} {} as {kind}: {} {}",
                    operation.method, operation.path, reply.status, reply.body
                ));
            }
            answers.push(reply.status.as_u16());
        }
        if !answers.iter().any(|status| *status == 404 || (*status == 200 && is_search(&operation.template))) {
            problems.push(format!(
                "{} {}: no credential reached the record check: {answers:?}",
                operation.method, operation.template
            ));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    assert_eq!(acme_rows(&server), before, "a Globex request changed Acme's data");
}

#[tokio::test]
async fn every_listing_shows_a_company_only_its_own_records() {
    let server = TestServer::start().await;
    server.login("employee@acme.test").await;
    let markers = acme_markers(&server, &acme_ids(&server));
    let openapi = server.request(Method::GET, "/api/openapi.json", None, None, &[]).await.body;
    let listings: Vec<&String> = openapi["paths"]
        .as_object()
        .expect("paths")
        .iter()
        .filter(|(path, item)| !path.contains('{') && item.get("get").is_some() && *path != "/api/openapi.json")
        .map(|(path, _)| path)
        .collect();
    assert!(listings.len() >= 30, "{} listings", listings.len());

    // The check can see Acme's records: Acme's own callers find them in many listings.
    let acme = [
        ("Authorization", format!("SSWS {}", demo::ACME_API_TOKEN)),
        ("Authorization", format!("Bearer {}", server.login("hr@acme.test").await)),
        ("X-Service-Key", demo::ACME_SERVICE_KEY.to_owned()),
    ];
    let mut seen_by_acme = 0;
    for path in &listings {
        for (header, credential) in &acme {
            let reply = server.request(Method::GET, path, None, None, &[(*header, credential.as_str())]).await;
            if reply.status.is_success() && mentions_acme(&reply.body, &markers) {
                seen_by_acme += 1;
                break;
            }
        }
    }
    assert!(seen_by_acme >= 20, "Acme sees its records in only {seen_by_acme} listings");

    let mut leaks = Vec::new();
    for (kind, header, credential) in globex_credentials(&server).await {
        for path in &listings {
            let reply = server.request(Method::GET, path, None, None, &[(header, credential.as_str())]).await;
            assert!(!reply.status.is_server_error(), "GET {path} as Globex's {kind}: {}", reply.body);
            if reply.status.is_success() && mentions_acme(&reply.body, &markers) {
                leaks.push(format!("GET {path} as Globex's {kind}: {}", reply.body));
            }
        }
    }
    assert!(leaks.is_empty(), "{} listings show Acme's records to Globex:\n{}", leaks.len(), leaks.join("\n"));
}
