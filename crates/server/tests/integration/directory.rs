//! The company directory: employees, departments and branches, as every role reads them.

use crate::common;

use common::{HQ_LAT, HQ_LON, Reply, TestServer};
use okta_hr_server::settings::Settings;
use reqwest::Method;
use reqwest::{StatusCode, Url};
use serde_json::{Value, json};
use std::collections::HashMap;

/// The seeded Acme staff: five named people and 44 generated ones.
const ACME_STAFF: u64 = 49;

/// A GET of an absolute URL (a pagination link), as a client following it would send it.
async fn follow(server: &TestServer, token: &str, url: &str) -> (StatusCode, Value) {
    let response =
        server.client.get(url).bearer_auth(token).header("Accept", "application/json").send().await.expect("request");
    let status = response.status();
    (status, response.json().await.expect("JSON body"))
}

fn query_of(link: &str) -> HashMap<String, String> {
    let url = Url::parse(link).expect("absolute URL");
    url.query_pairs().into_owned().collect()
}

/// The `page[number]` a pagination link points at.
fn page_of(link: &Value) -> String {
    query_of(link.as_str().expect("a link"))["page[number]"].clone()
}

/// One attribute of every employee on the page.
fn each(body: &Value, attribute: &str) -> Vec<String> {
    let data = body["data"].as_array().expect("data array");
    data.iter().map(|e| e["attributes"][attribute].as_str().unwrap().to_owned()).collect()
}

fn emails(body: &Value) -> Vec<String> {
    each(body, "email")
}

async fn search(server: &TestServer, token: &str, text: &str) -> Reply {
    server.get(token, &format!("/api/v1/employees?filter[search]={text}")).await
}

#[tokio::test]
async fn every_role_may_read_the_employee_directory() {
    let server = TestServer::start().await;
    for email in ["hr@acme.test", "manager@acme.test", "employee@acme.test"] {
        let token = server.login(email).await;
        let reply = server.get(&token, "/api/v1/employees").await;
        assert_eq!(reply.status, StatusCode::OK, "{email}: {}", reply.body);
        assert_eq!(reply.header("content-type"), Some("application/vnd.api+json"));
        assert_eq!(reply.body["meta"]["total"], ACME_STAFF, "{email}");
    }
    let anonymous = server.request(reqwest::Method::GET, "/api/v1/employees", None, None, &[]).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert_eq!(anonymous.body, json!({ "message": "Unauthenticated." }));
}

#[tokio::test]
async fn employees_are_json_api_resources_with_string_ids_and_relationships() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let reply = search(&server, &token, "employee@acme.test").await;
    assert_eq!(reply.status, StatusCode::OK);
    let data = reply.body["data"].as_array().unwrap();
    assert_eq!(data.len(), 1, "{}", reply.body);
    let emma = &data[0];
    assert_eq!(emma["type"], "employees");
    let id = server.employee_id("employee@acme.test");
    assert_eq!(emma["id"], id.to_string());
    let attributes = &emma["attributes"];
    assert_eq!(attributes["employee_number"], "E00003");
    assert_eq!(attributes["first_name"], "Emma");
    assert_eq!(attributes["last_name"], "Fischer");
    assert_eq!(attributes["name"], "Emma Fischer");
    assert_eq!(attributes["job_title"], "Software Engineer");
    assert_eq!(attributes["role"], "employee");
    assert_eq!(attributes["status"], "active");
    assert!(attributes.get("password_hash").is_none() && attributes.get("password").is_none());
    let manager = server.employee_id("manager@acme.test");
    assert_eq!(emma["relationships"]["manager"]["data"], json!({ "type": "employees", "id": manager.to_string() }));
    assert_eq!(emma["relationships"]["department"]["data"]["type"], "departments");
    assert_eq!(emma["relationships"]["branch"]["data"]["type"], "branches");
    assert_eq!(emma["relationships"]["company"]["data"]["type"], "companies");
}

#[tokio::test]
async fn the_first_page_has_fifteen_employees_and_laravel_pagination_meta() {
    let server = TestServer::start().await;
    let token = server.login("hr@acme.test").await;
    let reply = server.get(&token, "/api/v1/employees").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body["data"].as_array().unwrap().len(), 15);
    assert_eq!(reply.body["meta"], json!({ "total": 49, "current_page": 1, "per_page": 15, "last_page": 4 }));
    let links = &reply.body["links"];
    assert!(links["prev"].is_null(), "{links}");
    let base = format!("{}/api/v1/employees", server.url);
    for name in ["first", "next", "last"] {
        let link = links[name].as_str().unwrap_or_else(|| panic!("links.{name}: {links}"));
        assert!(link.starts_with(&format!("{base}?")), "{name}: {link}");
    }
    let pages = [&links["first"], &links["next"], &links["last"]].map(page_of);
    assert_eq!(pages, ["1", "2", "4"]);
    assert_eq!(query_of(links["last"].as_str().unwrap())["page[size]"], "15");
}

#[tokio::test]
async fn following_next_links_walks_every_employee_once_and_keeps_the_filters() {
    let server = TestServer::start().await;
    let token = server.login("manager@acme.test").await;
    let first = server.get(&token, "/api/v1/employees?filter[status]=active&page[size]=10").await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.body["meta"]["last_page"], 5);
    let mut seen = emails(&first.body);
    let mut next = first.body["links"]["next"].as_str().map(str::to_owned);
    let mut pages = 1;
    let mut last_body = first.body.clone();
    while let Some(link) = next {
        let query = query_of(&link);
        let kept = (query.get("filter[status]"), query.get("page[size]"));
        assert_eq!(kept, (Some(&"active".to_owned()), Some(&"10".to_owned())), "{link}");
        let (status, body) = follow(&server, &token, &link).await;
        assert_eq!(status, StatusCode::OK, "{link}: {body}");
        pages += 1;
        assert_eq!(body["meta"]["current_page"], pages);
        seen.extend(emails(&body));
        next = body["links"]["next"].as_str().map(str::to_owned);
        last_body = body;
    }
    assert_eq!(pages, 5);
    assert_eq!(last_body["data"].as_array().unwrap().len(), 9);
    assert_eq!(page_of(&last_body["links"]["prev"]), "4");
    assert_eq!(seen.len() as u64, ACME_STAFF);
    let unique: std::collections::HashSet<_> = seen.iter().collect();
    assert_eq!(unique.len() as u64, ACME_STAFF, "an employee was on two pages");
}

#[tokio::test]
async fn a_page_past_the_end_is_empty_but_still_paginated() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let reply = server.get(&token, "/api/v1/employees?page[number]=9&page[size]=20").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body["data"], json!([]));
    assert_eq!(reply.body["meta"], json!({ "total": 49, "current_page": 9, "per_page": 20, "last_page": 3 }));
    assert!(reply.body["links"]["next"].is_null());
    assert_eq!(page_of(&reply.body["links"]["prev"]), "3");
}

#[tokio::test]
async fn page_size_is_capped_at_one_hundred() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let all = server.get(&token, "/api/v1/employees?page[size]=100").await;
    assert_eq!(all.status, StatusCode::OK);
    assert_eq!(all.body["data"].as_array().unwrap().len() as u64, ACME_STAFF);
    assert_eq!(all.body["meta"]["last_page"], 1);
    assert!(all.body["links"]["next"].is_null() && all.body["links"]["prev"].is_null());

    let too_big = server.get(&token, "/api/v1/employees?page[size]=101").await;
    assert_eq!(too_big.status, StatusCode::UNPROCESSABLE_ENTITY);
    let message = "The page.size field must not be greater than 100.";
    assert_eq!(too_big.error("page.size"), message);
    assert_eq!(too_big.body["message"], message);
}

#[tokio::test]
async fn malformed_page_parameters_are_validation_errors() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    for (query, field) in [
        ("page[size]=0", "page.size"),
        ("page[size]=ten", "page.size"),
        ("page[number]=0", "page.number"),
        ("page[number]=-1", "page.number"),
        ("page[number]=99999999999999999999999", "page.number"),
    ] {
        let reply = server.get(&token, &format!("/api/v1/employees?{query}")).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        assert!(!reply.error(field).is_empty(), "{query}");
    }
}

#[tokio::test]
async fn employees_are_sorted_by_last_name() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let reply = server.get(&token, "/api/v1/employees?page[size]=100").await;
    let (last, first) = (each(&reply.body, "last_name"), each(&reply.body, "first_name"));
    let names: Vec<(String, String)> = last.into_iter().zip(first).collect();
    assert_eq!(names.len() as u64, ACME_STAFF);
    for pair in names.windows(2) {
        assert!(pair[0] <= pair[1], "{:?} listed before {:?}", pair[0], pair[1]);
    }
    // Braun (Sara, the sales manager) comes before Fischer, Fischer before Richter and Weber.
    let position = |last: &str, first: &str| names.iter().position(|(l, f)| l == last && f == first).unwrap();
    assert!(position("Braun", "Sara") < position("Fischer", "Emma"));
    assert!(position("Fischer", "Emma") < position("Richter", "Hanna"));
    assert!(position("Richter", "Hanna") < position("Weber", "Max"));
}

#[tokio::test]
async fn search_matches_name_email_or_employee_number() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    for text in "E00003 e00003 Emma%20Fischer fischer employee@acme EMPLOYEE@ACME.TEST".split(' ') {
        let reply = search(&server, &token, text).await;
        assert_eq!(reply.status, StatusCode::OK, "{text}");
        assert_eq!(emails(&reply.body), ["employee@acme.test"], "{text}");
        assert_eq!(reply.body["meta"]["total"], 1, "{text}");
    }
    let managers = search(&server, &token, "manager").await;
    let mut found = emails(&managers.body);
    found.sort();
    assert_eq!(found, ["manager@acme.test", "sales.manager@acme.test"]);

    let nobody = search(&server, &token, "zzz-nobody").await;
    assert_eq!(nobody.status, StatusCode::OK);
    assert_eq!(nobody.body["data"], json!([]));
    assert_eq!(nobody.body["meta"]["total"], 0);
    assert_eq!(nobody.body["meta"]["last_page"], 1);
}

#[tokio::test]
async fn search_wildcards_and_quotes_are_taken_literally() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    for text in ["%25", "_", "%25%25", "'%20OR%20'1'='1", "\"", "\\", "E0000_"] {
        let reply = search(&server, &token, text).await;
        assert_eq!(reply.status, StatusCode::OK, "{text}: {}", reply.body);
        let found = emails(&reply.body);
        assert!(found.is_empty(), "{text} matched {found:?}");
    }
}

#[tokio::test]
async fn search_longer_than_one_hundred_characters_is_refused() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let long = "a".repeat(101);
    let reply = search(&server, &token, &long).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.error("filter.search").contains("100"));
}

#[tokio::test]
async fn status_filter_separates_active_from_inactive_employees() {
    let server = TestServer::start().await;
    let token = server.login("hr@acme.test").await;
    let sql = "UPDATE employees SET status = 'inactive' WHERE email = 'field@acme.test'";
    server.db().execute(sql, []).unwrap();

    let inactive = server.get(&token, "/api/v1/employees?filter[status]=inactive").await;
    assert_eq!(inactive.status, StatusCode::OK);
    assert_eq!(emails(&inactive.body), ["field@acme.test"]);
    assert_eq!(inactive.body["data"][0]["attributes"]["status"], "inactive");

    let active = server.get(&token, "/api/v1/employees?filter[status]=active&page[size]=100").await;
    assert_eq!(active.body["meta"]["total"], ACME_STAFF - 1);
    assert!(!emails(&active.body).contains(&"field@acme.test".to_owned()));
    assert!(each(&active.body, "status").iter().all(|s| s == "active"));

    let everyone = server.get(&token, "/api/v1/employees").await;
    assert_eq!(everyone.body["meta"]["total"], ACME_STAFF);

    let both = search(&server, &token, "wagner&filter[status]=active").await;
    assert_eq!(both.body["meta"]["total"], 0);
}

#[tokio::test]
async fn an_unknown_status_filter_is_a_validation_error() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let reply = server.get(&token, "/api/v1/employees?filter[status]=retired").await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let message = "The selected filter.status is invalid.";
    assert_eq!(reply.error("filter.status"), message);
    assert_eq!(reply.body["message"], message);
}

#[tokio::test]
async fn an_employee_of_the_same_company_can_be_shown() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let id = server.employee_id("sales.manager@acme.test");
    let reply = server.get(&token, &format!("/api/v1/employees/{id}")).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header("content-type"), Some("application/vnd.api+json"));
    assert_eq!(reply.body["data"]["type"], "employees");
    assert_eq!(reply.body["data"]["id"], id.to_string());
    assert_eq!(reply.body["data"]["attributes"]["name"], "Sara Braun");
    assert_eq!(reply.body["data"]["attributes"]["role"], "manager");
    assert!(reply.body["data"]["relationships"]["manager"]["data"].is_null());
}

#[tokio::test]
async fn another_companys_employee_is_not_found() {
    let server = TestServer::start().await;
    let acme = server.login("hr@acme.test").await;
    let homer = server.employee_id("employee@globex.test");
    let reply = server.get(&acme, &format!("/api/v1/employees/{homer}")).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert!(reply.body["message"].is_string(), "{}", reply.body);
    assert!(reply.body.get("data").is_none());

    let globex = server.login("hr@globex.test").await;
    let emma = server.employee_id("employee@acme.test");
    let reply = server.get(&globex, &format!("/api/v1/employees/{emma}")).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn non_numeric_or_unknown_employee_ids_are_not_found() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    for id in "abc 1.5 -1 0 999999 99999999999999999999999 1%20OR%201=1".split(' ') {
        let reply = server.get(&token, &format!("/api/v1/employees/{id}")).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{id}: {}", reply.body);
        assert!(reply.body["message"].is_string(), "{id}");
    }
}

#[tokio::test]
async fn departments_are_listed_by_name_with_their_head_count() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let reply = server.get(&token, "/api/v1/departments").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header("content-type"), Some("application/vnd.api+json"));
    let data = reply.body["data"].as_array().unwrap();
    // 25 + 12 + 12: every one of the 49 employees in exactly one department.
    let expected = json!([
        { "name": "Engineering", "employee_count": 25 },
        { "name": "People", "employee_count": 12 },
        { "name": "Sales", "employee_count": 12 },
    ]);
    assert_eq!(json!(data.iter().map(|d| &d["attributes"]).collect::<Vec<_>>()), expected);
    for department in data {
        assert_eq!(department["type"], "departments");
        assert!(department["id"].is_string());
    }
    let me = search(&server, &token, "E00003").await;
    let department = &me.body["data"][0]["relationships"]["department"]["data"];
    assert_eq!(department["id"], data[0]["id"]);
}

#[tokio::test]
async fn branches_carry_their_geofence_or_nulls() {
    let server = TestServer::start().await;
    let token = server.login("field@acme.test").await;
    let reply = server.get(&token, "/api/v1/branches").await;
    assert_eq!(reply.status, StatusCode::OK);
    let data = reply.body["data"].as_array().unwrap();
    assert_eq!(data.len(), 2, "{}", reply.body);
    let by_name =
        |name: &str| data.iter().find(|b| b["attributes"]["name"] == name).unwrap_or_else(|| panic!("{name}"));

    let hq = by_name("HQ");
    assert_eq!(hq["type"], "branches");
    assert!(hq["id"].is_string());
    assert_eq!(hq["attributes"]["latitude"].as_f64(), Some(HQ_LAT));
    assert_eq!(hq["attributes"]["longitude"].as_f64(), Some(HQ_LON));
    assert_eq!(hq["attributes"]["geofence_radius"].as_f64(), Some(100.0));
    assert_eq!(hq["attributes"]["address"], "Alexanderplatz 1, 10178 Berlin");

    let field = by_name("Field");
    for attribute in ["latitude", "longitude", "geofence_radius", "address"] {
        let value = field["attributes"].get(attribute);
        assert_eq!(value, Some(&Value::Null), "Field {attribute}");
    }
}

#[tokio::test]
async fn globex_users_see_only_globex() {
    let server = TestServer::start().await;
    let token = server.login("employee@globex.test").await;

    let employees = server.get(&token, "/api/v1/employees?page[size]=100").await;
    assert_eq!(employees.status, StatusCode::OK);
    let mut found = emails(&employees.body);
    found.sort();
    assert_eq!(found, ["employee@globex.test", "hr@globex.test"]);
    assert_eq!(employees.body["meta"]["total"], 2);

    assert_eq!(search(&server, &token, "acme").await.body["meta"]["total"], 0);
    let by_number = search(&server, &token, "E00003").await;
    assert_eq!(by_number.body["meta"]["total"], 0, "{}", by_number.body);

    let departments = server.get(&token, "/api/v1/departments").await;
    let operations = json!({ "name": "Operations", "employee_count": 2 });
    assert_eq!(departments.body["data"][0]["attributes"], operations);
    assert_eq!(departments.body["data"].as_array().unwrap().len(), 1);

    let branches = server.get(&token, "/api/v1/branches").await;
    assert_eq!(each(&branches.body, "name"), ["Main Office"]);
}

async fn get_with(server: &TestServer, token: &str, path: &str, headers: &[(&str, &str)]) -> Reply {
    server.request(reqwest::Method::GET, path, Some(token), None, headers).await
}

#[tokio::test]
async fn an_unchanged_page_is_304_and_a_changed_directory_is_served_afresh() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let path = "/api/v1/employees?filter[search]=E00003";
    let etag = server.get(&token, path).await.header("etag").expect("an ETag").to_owned();
    let if_none_match = [("If-None-Match", etag.as_str())];
    let unchanged = get_with(&server, &token, path, &if_none_match).await;
    assert_eq!(unchanged.status, StatusCode::NOT_MODIFIED);
    assert_eq!(unchanged.header("etag"), Some(etag.as_str()));
    let other = get_with(&server, &token, path, &[("If-None-Match", "W/\"other\"")]).await;
    assert_eq!(other.status, StatusCode::OK);

    let sql = "UPDATE employees SET job_title = 'Staff Engineer' WHERE email = 'employee@acme.test'";
    server.db().execute(sql, []).unwrap();
    let changed = get_with(&server, &token, path, &if_none_match).await;
    assert_eq!(changed.status, StatusCode::OK, "a stale page was confirmed");
    assert_ne!(changed.header("etag"), Some(etag.as_str()));
    assert_eq!(changed.body["data"][0]["attributes"]["job_title"], "Staff Engineer");

    // Another company never matches Acme's page, nor sees it.
    let globex = server.login("employee@globex.test").await;
    let theirs = get_with(&server, &globex, path, &if_none_match).await;
    assert_eq!(theirs.status, StatusCode::OK);
    assert_eq!(theirs.body["meta"]["total"], 0);
}

#[tokio::test]
async fn links_never_point_at_a_host_the_request_made_up() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let path = "/api/v1/employees?page[size]=5";
    let spoofed = [("Host", "hr.evil.example"), ("X-Forwarded-Proto", "https")];
    let next = get_with(&server, &token, path, &spoofed).await.body["links"]["next"].as_str().unwrap().to_owned();
    assert!(next.starts_with(&format!("{}/api/v1/employees?", server.url)), "{next}");
    let local = [("Host", "localhost:8080")];
    let next = get_with(&server, &token, path, &local).await.body["links"]["next"].as_str().unwrap().to_owned();
    assert!(next.starts_with("http://localhost:8080/api/v1/employees?"), "a name of this machine is kept: {next}");

    let public = Settings { public_url: Some("https://hr.example.test/".to_owned()), ..Settings::default() };
    let server = TestServer::start_with(public).await;
    let token = server.login("employee@acme.test").await;
    let next = get_with(&server, &token, path, &spoofed).await.body["links"]["next"].as_str().unwrap().to_owned();
    assert!(next.starts_with("https://hr.example.test/api/v1/employees?"), "{next}");
    let users = server.acme_admin(Method::GET, "/api/v1/users?limit=2", None).await;
    assert!(users.header("link").unwrap().contains("<https://hr.example.test/api/v1/users?"));
    assert!(users.body[0]["_links"]["self"]["href"].as_str().unwrap().starts_with("https://hr.example.test/"));
}
