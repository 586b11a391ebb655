//! What every client relies on around the routes: health, the OpenAPI description, CORS, Laravel-shaped
//! errors for unknown routes and bad bodies, and surviving hostile input.

use crate::common;

use common::{Reply, TestServer};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// Every route of the API: the 26 documented ones and the two extensions.
const ROUTES: &[(&str, &str)] = &[
    ("post", "/api/v1/auth/login"),
    ("post", "/api/v1/auth/logout"),
    ("get", "/api/v1/me"),
    ("get", "/api/v1/employees"),
    ("get", "/api/v1/employees/{id}"),
    ("get", "/api/v1/departments"),
    ("get", "/api/v1/branches"),
    ("get", "/api/v1/attendance-records"),
    ("get", "/api/v1/leave-requests"),
    ("post", "/api/v1/leave-requests/{leaveRequest_id}/act"),
    ("get", "/api/v1/payroll-runs"),
    ("get", "/api/v1/payroll-runs/{payrollRun_id}"),
    ("get", "/api/v1/assets"),
    ("get", "/api/v1/announcements"),
    ("get", "/api/v1/me/attendance"),
    ("post", "/api/v1/me/attendance/check-in"),
    ("post", "/api/v1/me/attendance/check-out"),
    ("get", "/api/v1/me/leaves"),
    ("post", "/api/v1/me/leaves"),
    ("get", "/api/v1/me/leave-balances"),
    ("get", "/api/v1/me/payslips"),
    ("get", "/api/v1/me/notifications"),
    ("post", READ),
    ("get", "/api/internal/companies"),
    ("get", "/api/internal/companies/{company_id}/employees"),
    ("get", "/api/internal/companies/{company_id}/departments"),
    // Extensions.
    ("post", "/api/v1/me/leaves/{leave_id}/cancel"),
    ("get", "/api/v1/me/payslips/{payslip_id}"),
];

const READ: &str = "/api/v1/me/notifications/read";

/// The HR back-office's extensions of the HR API: calendars (holidays, working weeks), the audit trail and
/// announcements.
const BACK_OFFICE_EXTENSIONS: &[(&str, &str)] = &[
    ("get", "/api/v1/holidays"),
    ("post", "/api/v1/holidays"),
    ("delete", "/api/v1/holidays/{holiday_id}"),
    ("post", "/api/v1/holidays/import"),
    ("get", "/api/v1/me/calendar"),
    ("get", "/api/v1/working-weeks"),
    ("put", "/api/v1/working-weeks"),
    ("get", "/api/v1/leave-year"),
    ("put", "/api/v1/leave-year"),
    ("get", "/api/v1/audit-events"),
    ("get", "/api/v1/audit-events/export"),
    ("post", "/api/v1/announcements"),
    ("get", "/api/v1/announcements/{announcement_id}"),
    ("patch", "/api/v1/announcements/{announcement_id}"),
    ("delete", "/api/v1/announcements/{announcement_id}"),
    ("post", "/api/v1/announcements/{announcement_id}/publish"),
    ("post", "/api/v1/announcements/{announcement_id}/expire"),
    ("get", "/api/v1/shifts"),
    ("post", "/api/v1/shifts"),
    ("patch", "/api/v1/shifts/{shift_id}"),
    ("post", "/api/v1/shifts/{shift_id}/assignments"),
    ("get", "/api/v1/shift-assignments"),
    ("get", "/api/v1/me/attendance/corrections"),
    ("post", "/api/v1/me/attendance/corrections"),
    ("get", "/api/v1/attendance-corrections"),
    ("post", "/api/v1/attendance-corrections/{attendanceCorrection_id}/act"),
    ("patch", "/api/v1/attendance-records/{attendanceRecord_id}"),
    ("get", "/api/v1/leave-types"),
    ("post", "/api/v1/leave-types"),
    ("patch", "/api/v1/leave-types/{leaveType_id}"),
    ("get", "/api/v1/leave-ledger"),
    ("post", "/api/v1/leave-adjustments"),
    ("get", "/api/v1/leave-jobs"),
    ("post", "/api/v1/leave-jobs/preview"),
    ("post", "/api/v1/leave-jobs/run"),
    ("post", "/api/v1/employees"),
    ("patch", "/api/v1/employees/{id}"),
    ("get", "/api/v1/employees/{id}/history"),
    ("post", "/api/v1/employees/{id}/offboard"),
    ("delete", "/api/v1/employees/{id}/offboard"),
    ("get", "/api/v1/employees/{id}/offboarding"),
    ("post", "/api/v1/departments"),
    ("patch", "/api/v1/departments/{department_id}"),
    ("post", "/api/v1/branches"),
    ("patch", "/api/v1/branches/{branch_id}"),
    ("patch", "/api/v1/me"),
    ("get", "/api/v1/me/emergency-contacts"),
    ("put", "/api/v1/me/emergency-contacts"),
    ("get", "/api/v1/me/bank-details"),
    ("post", "/api/v1/me/bank-details"),
    ("get", "/api/v1/bank-detail-requests"),
    ("post", "/api/v1/bank-detail-requests/{bankDetailRequest_id}/act"),
    ("post", "/api/v1/assets"),
    ("patch", "/api/v1/assets/{asset_id}"),
    ("post", "/api/v1/assets/{asset_id}/assign"),
    ("post", "/api/v1/assets/{asset_id}/return"),
    ("get", "/api/v1/assets/{asset_id}/history"),
    ("get", "/api/v1/me/assets"),
    ("post", "/api/v1/me/asset-requests"),
    ("post", "/api/v1/me/assets/{asset_id}/problems"),
    ("get", "/api/v1/asset-requests"),
    ("post", "/api/v1/asset-requests/{assetRequest_id}/act"),
    ("get", "/api/v1/asset-problems"),
    ("post", "/api/v1/asset-problems/{assetProblem_id}/resolve"),
    ("get", "/api/v1/pay-components"),
    ("post", "/api/v1/pay-components"),
    ("patch", "/api/v1/pay-components/{payComponent_id}"),
    ("get", "/api/v1/salary-structures"),
    ("post", "/api/v1/salary-structures"),
    ("patch", "/api/v1/salary-structures/{salaryStructure_id}"),
    ("get", "/api/v1/pay-assignments"),
    ("post", "/api/v1/pay-assignments"),
    ("delete", "/api/v1/pay-assignments/{payAssignment_id}"),
    ("get", "/api/v1/pay-adjustments"),
    ("post", "/api/v1/pay-adjustments"),
    ("patch", "/api/v1/pay-adjustments/{payAdjustment_id}"),
    ("delete", "/api/v1/pay-adjustments/{payAdjustment_id}"),
    ("get", "/api/v1/payroll-settings"),
    ("put", "/api/v1/payroll-settings"),
    ("post", "/api/v1/payroll-runs"),
    ("delete", "/api/v1/payroll-runs/{payrollRun_id}"),
    ("post", "/api/v1/payroll-runs/{payrollRun_id}/recompute"),
    ("post", "/api/v1/payroll-runs/{payrollRun_id}/correction"),
    ("post", "/api/v1/payroll-runs/{payrollRun_id}/lock"),
    ("post", "/api/v1/payroll-runs/{payrollRun_id}/pay"),
    ("post", "/api/v1/payroll-runs/{payrollRun_id}/publish"),
    ("get", "/api/v1/payroll-runs/{payrollRun_id}/bank-file"),
    ("get", "/api/v1/payroll-runs/{payrollRun_id}/payslips.zip"),
    ("post", "/api/v1/payroll-lines/{payrollLine_id}/hold"),
    ("post", "/api/v1/payroll-lines/{payrollLine_id}/exclude"),
    ("post", "/api/v1/payroll-lines/{payrollLine_id}/include"),
    ("post", "/api/v1/payroll-lines/{payrollLine_id}/overrides"),
];

/// Routes the identity, directory and org APIs add beyond their documents (see docs/api-decisions-*.md).
const IDENTITY_EXTENSIONS: &[(&str, &str)] = &[
    ("post", "/api/v1/auth/set-password"),
    ("post", "/api/v1/auth/jwt"),
    ("get", "/bc/image/fileStoreRecord"),
    // What Okta's own management clients call beyond the seeds (issue 20): the Groups API, the subscription
    // lists and the temporary password.
    ("get", "/api/v1/groups"),
    ("post", "/api/v1/groups"),
    ("get", "/api/v1/groups/{groupId}"),
    ("put", "/api/v1/groups/{groupId}"),
    ("delete", "/api/v1/groups/{groupId}"),
    ("get", "/api/v1/groups/{groupId}/users"),
    ("put", "/api/v1/groups/{groupId}/users/{userId}"),
    ("delete", "/api/v1/groups/{groupId}/users/{userId}"),
    ("get", "/api/v1/roles/{roleTypeOrRoleId}/subscriptions"),
    ("get", "/api/v1/users/{userId}/subscriptions"),
    ("get", "/api/v1/users/{userId}/subscriptions/{notificationType}"),
    ("post", "/api/v1/users/{userId}/lifecycle/expire_password_with_temp_password"),
];

/// A path with its parameter names blanked: `{id}` and `{employee_id}` name the same route.
fn shape(path: &str) -> String {
    let mut out = String::new();
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                out.push_str("{}");
            }
            '}' => in_param = false,
            _ if !in_param => out.push(c),
            _ => {}
        }
    }
    out
}

/// Sends raw bytes as a POST body, as a broken or hostile client would.
async fn post_raw(
    server: &TestServer,
    path: &str,
    token: Option<&str>,
    body: impl Into<reqwest::Body>,
) -> (StatusCode, String, Option<String>) {
    let mut request = server
        .client
        .post(format!("{}{path}", server.url))
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .body(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("request");
    let status = response.status();
    let content_type = response.headers().get("content-type").and_then(|v| v.to_str().ok()).map(str::to_owned);
    (status, response.text().await.expect("body"), content_type)
}

/// A GET without credentials.
async fn anonymous(server: &TestServer, path: &str) -> Reply {
    server.request(Method::GET, path, None, None, &[]).await
}

async fn assert_up(server: &TestServer) {
    let reply = anonymous(server, "/up").await;
    assert_eq!(reply.status, StatusCode::OK, "the server stopped answering");
}

#[tokio::test]
async fn up_answers_without_authentication() {
    let server = TestServer::start().await;
    let reply = anonymous(&server, "/up").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body, json!({ "status": "up" }));
}

#[tokio::test]
async fn openapi_lists_every_route_with_its_methods() {
    let server = TestServer::start().await;
    let reply = anonymous(&server, "/api/openapi.json").await;
    assert_eq!(reply.status, StatusCode::OK);
    let spec = &reply.body;
    assert!(spec["openapi"].as_str().is_some_and(|v| v.starts_with("3.")));
    assert_eq!(spec["info"]["title"], "Okta HR API");
    let paths = spec["paths"].as_object().expect("paths");
    let documented: BTreeSet<(String, String)> = paths
        .iter()
        .flat_map(|(path, item)| item.as_object().unwrap().keys().map(move |method| (method.clone(), shape(path))))
        .collect();
    let seeds = common::seeds::operations();
    let expected: BTreeSet<(String, String)> = ROUTES
        .iter()
        .chain(IDENTITY_EXTENSIONS)
        .chain(BACK_OFFICE_EXTENSIONS)
        .map(|(method, path)| (method.to_string(), shape(path)))
        .chain(seeds.iter().map(|(method, path)| (method.clone(), shape(path))))
        .collect();
    assert!(seeds.len() > 100, "the seed documents were not read: {seeds:?}");
    let missing: Vec<_> = expected.difference(&documented).collect();
    assert!(missing.is_empty(), "not in openapi.json: {missing:?}");
    let extra: Vec<_> = documented.difference(&expected).collect();
    assert!(extra.is_empty(), "openapi.json lists operations the API does not have: {extra:?}");
}

#[tokio::test]
async fn openapi_path_parameters_are_declared_and_named_as_documented() {
    let server = TestServer::start().await;
    let spec = anonymous(&server, "/api/openapi.json").await.body;
    let paths = spec["paths"].as_object().unwrap();
    for (path, item) in paths {
        let placeholders: Vec<&str> = path.split('{').skip(1).map(|rest| rest.split('}').next().unwrap()).collect();
        for (method, operation) in item.as_object().unwrap() {
            let declared: Vec<&str> = operation["parameters"]
                .as_array()
                .map(|ps| ps.iter().filter(|p| p["in"] == "path").map(|p| p["name"].as_str().unwrap()).collect())
                .unwrap_or_default();
            assert_eq!(declared, placeholders, "{method} {path}");
        }
    }
    // The contract names its path parameters; clients generated from either must agree.
    let names: BTreeSet<&str> = paths.keys().map(String::as_str).collect();
    for (_, path) in ROUTES {
        assert!(names.contains(path), "{path} is not listed under its documented name; listed: {names:?}");
    }
}

#[tokio::test]
async fn openapi_describes_both_ways_to_authenticate() {
    let server = TestServer::start().await;
    let spec = anonymous(&server, "/api/openapi.json").await.body;
    let schemes = &spec["components"]["securitySchemes"];
    assert_eq!(schemes["bearer"]["scheme"], "bearer");
    assert_eq!(schemes["service_key"]["in"], "header");
    assert_eq!(schemes["service_key"]["name"], "X-Service-Key");
    let security = |path: &str, method: &str| spec["paths"][path][method]["security"].to_string();
    assert!(security("/api/internal/companies", "get").contains("service_key"));
    assert!(security("/api/v1/employees", "get").contains("bearer"));
}

#[tokio::test]
async fn every_response_allows_any_origin() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let origin = ("Origin", "https://app.example");
    let replies = [
        anonymous(&server, "/up").await,
        server.get(&token, "/api/v1/me").await,
        anonymous(&server, "/api/v1/me").await,
        anonymous(&server, "/api/v1/nowhere").await,
        anonymous(&server, "/api/internal/companies").await,
        server.post(&token, READ, json!({ "id": "nope" })).await,
        server.request(Method::GET, "/api/v1/me", Some(&token), None, &[origin]).await,
    ];
    for (n, reply) in replies.iter().enumerate() {
        let allowed = reply.header("access-control-allow-origin");
        assert_eq!(allowed, Some("*"), "reply {n} ({})", reply.status);
    }
}

#[tokio::test]
async fn a_cors_preflight_is_answered() {
    let server = TestServer::start().await;
    let check_in = ("/api/v1/me/attendance/check-in", "authorization,content-type,idempotency-key");
    for (path, requested) in [check_in, ("/api/internal/companies", "x-service-key")] {
        let response = server
            .client
            .request(Method::OPTIONS, format!("{}{path}", server.url))
            .header("Origin", "https://app.example")
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", requested)
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success(), "{path}: {}", response.status());
        let headers = response.headers();
        let header = |name: &str| headers.get(name).map_or(String::new(), |v| v.to_str().unwrap().to_lowercase());
        assert_eq!(header("access-control-allow-origin"), "*", "{path}");
        let methods = header("access-control-allow-methods");
        assert!(methods == "*" || methods.contains("post"), "{path}: {methods}");
        let allowed = header("access-control-allow-headers");
        for wanted in requested.split(',') {
            assert!(allowed == "*" || allowed.contains(wanted), "{path}: {wanted} not in {allowed}");
        }
    }
}

#[tokio::test]
async fn unknown_routes_are_json_404s() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let paths = ["/api/v1/nowhere", "/api/v2/employees", "/api/internal/nope", "/", "/api/v1/employees/1/x"];
    for path in paths {
        let reply = server.get(&token, path).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
        assert!(reply.header("content-type").is_some_and(|t| t.contains("json")), "{path}");
        assert!(reply.body["message"].as_str().is_some_and(|m| !m.is_empty()), "{path}");
    }
    let reply = server.get(&token, "/api/v1/nowhere").await;
    assert_eq!(reply.body, json!({ "message": "The route api/v1/nowhere could not be found." }));
}

#[tokio::test]
async fn a_wrong_method_is_a_json_405() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    for (method, path) in
        [(Method::DELETE, "/api/v1/employees"), (Method::PUT, "/api/v1/auth/login"), (Method::POST, "/up")]
    {
        let reply = server.request(method.clone(), path, Some(&token), None, &[]).await;
        assert_eq!(reply.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {path}: {}", reply.body);
        assert!(reply.body["message"].as_str().is_some_and(|m| m.contains(method.as_str())), "{}", reply.body);
    }
}

#[tokio::test]
async fn malformed_json_bodies_are_422s() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    for body in ["{", "{\"email\": ", "{'email': 'x'}", "not json", "{\"a\":1}}", "\u{feff}{}"] {
        for (path, token) in [("/api/v1/auth/login", None), (READ, Some(token.as_str()))] {
            let (status, text, content_type) = post_raw(&server, path, token, body.to_owned()).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{path} {body:?}: {text}");
            assert_eq!(content_type.as_deref(), Some("application/json"), "{path} {body:?}");
            let parsed: Value = serde_json::from_str(&text).expect("a JSON error body");
            assert_eq!(parsed["errors"]["body"][0], "The request body is not valid JSON.", "{path} {body:?}");
        }
    }
    assert_up(&server).await;
}

#[tokio::test]
async fn json_bodies_that_are_not_objects_are_422s() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    for body in ["[]", "[{\"id\": \"x\"}]", "\"text\"", "42", "null", "true"] {
        let (status, text, _) = post_raw(&server, READ, Some(&token), body.to_owned()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {text}");
        let parsed: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(parsed["errors"]["body"][0], "The request body must be a JSON object.", "{body}");
    }
    // Nothing was marked read by any of them.
    let unread = server.get(&token, "/api/v1/me/notifications?filter[unread]=1").await;
    assert_eq!(unread.body["meta"]["total"], 2, "the demo's welcome and last month's payslip");
}

#[tokio::test]
async fn huge_and_odd_bodies_do_not_bring_the_server_down() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let deep_object = format!("{{\"id\": {}{}}}", "{\"a\":".repeat(50_000), "}".repeat(50_000));
    let long_device =
        json!({ "email": "employee@acme.test", "password": "password", "device_name": "x".repeat(1_000_000) })
            .to_string();
    const ALL: &[&str] = &["/api/v1/auth/login", "/api/v1/me/attendance/check-in", READ];
    // Valid objects without an `id` would rightly mark every notification read, so those skip that route.
    const NOT_READ: &[&str] = &["/api/v1/auth/login", "/api/v1/me/attendance/check-in"];
    let bodies: Vec<(&str, Vec<u8>, &[&str])> = vec![
        ("deeply nested array", deep.into_bytes(), ALL),
        ("deeply nested object", deep_object.into_bytes(), ALL),
        ("invalid UTF-8", vec![b'{', b'"', 0xff, 0xfe, b'"', b':', b'1', b'}'], ALL),
        ("raw NUL bytes", b"{\"email\":\"a\0b@acme.test\",\"password\":\"\0\",\"device_name\":\"\0\"}".to_vec(), ALL),
        ("number out of range", b"{\"latitude\": 1e400, \"longitude\": 0}".to_vec(), ALL),
        ("huge integer", b"{\"latitude\": 123456789012345678901234567890, \"longitude\": 0}".to_vec(), NOT_READ),
        ("a megabyte device name", long_device.into_bytes(), &["/api/v1/auth/login"]),
        ("three megabytes", vec![b' '; 3 * 1024 * 1024], ALL),
    ];
    for (what, body, paths) in bodies {
        for path in paths {
            let (status, text, _) = post_raw(&server, path, Some(&token), body.clone()).await;
            assert!(status.is_client_error(), "{what} to {path}: {status} {}", &text[..text.len().min(300)]);
            let parsed: Value =
                serde_json::from_str(&text).unwrap_or_else(|_| panic!("{what} to {path}: not JSON: {text:.300}"));
            assert!(parsed["message"].is_string(), "{what} to {path}: {parsed}");
        }
        assert_up(&server).await;
    }
    // None of it checked the employee in or marked anything read, and the API still answers them.
    let open: i64 = server
        .db()
        .query_row("SELECT COUNT(*) FROM attendance_records WHERE check_out_at IS NULL", [], |r| r.get(0))
        .unwrap();
    assert_eq!(open, 0);
    let unread = server.get(&token, "/api/v1/me/notifications?filter[unread]=1").await;
    assert_eq!(unread.body["meta"]["total"], 2, "the demo's welcome and last month's payslip");
}

#[tokio::test]
async fn odd_queries_paths_and_headers_are_answered_not_crashed_on() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let long_search = "é".repeat(4_000);
    let paths = [
        "/api/v1/employees?filter[search]=%00".to_owned(),
        "/api/v1/employees?filter[search]=%FF%FE".to_owned(),
        "/api/v1/employees?filter[search]=%F0%9F%98%80".to_owned(),
        format!("/api/v1/employees?filter[search]={long_search}"),
        "/api/v1/employees?page[number]=1000000&page[size]=100".to_owned(),
        "/api/v1/employees?page[number]=18446744073709551616".to_owned(),
        "/api/v1/employees?page=1&filter=active&page[size][]=3".to_owned(),
        "/api/v1/employees?%%%".to_owned(),
        "/api/v1/employees/%00".to_owned(),
        "/api/v1/employees/9223372036854775808".to_owned(),
        "/api/v1/me/payslips/-9223372036854775808".to_owned(),
        format!("/api/v1/employees/{}", "9".repeat(5_000)),
        "/api/v1/me/attendance?month=9999-99".to_owned(),
        "/api/v1/attendance-records?from=0000-00-00&to=%00".to_owned(),
    ];
    for path in &paths {
        let reply = server.get(&token, path).await;
        assert!(reply.status.is_success() || reply.status.is_client_error(), "{path:.200}: {}", reply.status);
        if !reply.status.is_success() {
            assert!(reply.body["message"].is_string(), "{path:.200}: {}", reply.body);
        }
    }
    let page = server.get(&token, "/api/v1/employees?page[number]=1000000&page[size]=100").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.body["data"], json!([]));

    for authorization in
        ["Bearer ", "Bearer |", "Bearer 1|", "Bearer 99999999999999999999|x", "Basic Zm9vOmJhcg==", "bearer 1|abc"]
    {
        let reply = server.request(Method::GET, "/api/v1/me", None, None, &[("Authorization", authorization)]).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{authorization}");
        assert_eq!(reply.body, json!({ "message": "Unauthenticated." }));
    }
    let long_token = format!("Bearer 1|{}", "a".repeat(60_000));
    let reply = server.request(Method::GET, "/api/v1/me", None, None, &[("Authorization", long_token.as_str())]).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert_up(&server).await;
}

#[tokio::test]
async fn many_concurrent_requests_are_all_answered() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..60 {
        let path = ["/api/v1/employees?page[size]=100", "/api/v1/me/payslips", "/api/v1/announcements"][n % 3];
        let request = server.client.get(format!("{}{path}", server.url)).bearer_auth(&token);
        tasks.spawn(async move { request.send().await.map(|r| r.status()) });
    }
    while let Some(done) = tasks.join_next().await {
        assert_eq!(done.unwrap().expect("an answer"), StatusCode::OK);
    }
    assert_up(&server).await;
}

#[tokio::test]
async fn a_body_over_the_size_limit_is_413_content_too_large() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let padding = "x".repeat(3 * 1024 * 1024);
    let body = json!({ "email": "employee@acme.test", "password": "password", "device_name": padding });
    for path in ["/api/v1/auth/login", READ] {
        let (status, text, _) = post_raw(&server, path, Some(&token), body.to_string()).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{path}: {text}");
        let parsed: Value = serde_json::from_str(&text).expect("a JSON error body");
        assert!(parsed["message"].is_string(), "{path}: {parsed}");
    }
    assert_up(&server).await;
}
