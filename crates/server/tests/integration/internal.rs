//! `/api/internal/*`: other Okta Suite services reading a company with an `X-Service-Key`.

use crate::common;

use common::{Reply, TestServer};
use okta_hr_server::demo::{ACME_SERVICE_KEY, GLOBEX_SERVICE_KEY};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn call(server: &TestServer, key: Option<&str>, path: &str) -> Reply {
    let headers: Vec<(&str, &str)> = key.map(|k| ("X-Service-Key", k)).into_iter().collect();
    server.request(Method::GET, path, None, None, &headers).await
}

fn company_id(server: &TestServer, name: &str) -> i64 {
    server.db().query_row("SELECT id FROM companies WHERE name = ?1", [name], |r| r.get(0)).unwrap()
}

fn remaining(reply: &Reply) -> u32 {
    reply.header("x-ratelimit-remaining").expect("X-RateLimit-Remaining").parse().expect("a number")
}

fn assert_invalid_key(reply: &Reply, what: &str) {
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{what}: {}", reply.body);
    assert_eq!(reply.body, json!({ "message": "Invalid service key." }), "{what}");
    assert_eq!(reply.header("x-ratelimit-limit"), Some("120"), "{what}");
    assert!(reply.header("x-ratelimit-remaining").is_some(), "{what}");
}

#[tokio::test]
async fn a_key_lists_only_its_own_company() {
    let server = TestServer::start().await;
    let reply = call(&server, Some(ACME_SERVICE_KEY), "/api/internal/companies").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.header("content-type"), Some("application/vnd.api+json"));
    let acme = company_id(&server, "Acme Demo");
    assert_eq!(
        reply.body["data"],
        json!([{
            "type": "companies",
            "id": acme.to_string(),
            "attributes": {
                "name": "Acme Demo", "timezone": "UTC", "employee_count": 49,
                // Extensions from the Org API: where Acme's people get help.
                "support_url": "https://help.acme.example", "support_phone": "+49-30-555-0199",
                "technical_contact": { "name": "Hanna Richter", "email": "hr@acme.test" },
                "logo_path": null
            }
        }])
    );

    let reply = call(&server, Some(GLOBEX_SERVICE_KEY), "/api/internal/companies").await;
    assert_eq!(reply.status, StatusCode::OK);
    let data = reply.body["data"].as_array().unwrap();
    assert_eq!(data.len(), 1);
    assert_eq!(data[0]["id"], company_id(&server, "Globex Demo").to_string());
    assert_eq!(data[0]["attributes"]["name"], "Globex Demo");
    assert_eq!(data[0]["attributes"]["employee_count"], 2);
}

#[tokio::test]
async fn missing_or_wrong_keys_are_refused_with_rate_limit_headers() {
    let server = TestServer::start().await;
    let acme = company_id(&server, "Acme Demo");
    let paths = [
        "/api/internal/companies".to_owned(),
        format!("/api/internal/companies/{acme}/employees"),
        format!("/api/internal/companies/{acme}/departments"),
    ];
    for path in &paths {
        assert_invalid_key(&call(&server, None, path).await, &format!("no key {path}"));
        assert_invalid_key(&call(&server, Some("wrong-key"), path).await, &format!("wrong key {path}"));
        let near_miss = format!("{ACME_SERVICE_KEY}x");
        assert_invalid_key(&call(&server, Some(&near_miss), path).await, &format!("near miss {path}"));
        let upper = ACME_SERVICE_KEY.to_uppercase();
        assert_invalid_key(&call(&server, Some(&upper), path).await, &format!("upper case {path}"));
    }
}

#[tokio::test]
async fn bearer_user_tokens_do_not_open_internal_routes() {
    let server = TestServer::start().await;
    let token = server.login("hr@acme.test").await;
    let acme = company_id(&server, "Acme Demo");
    for path in ["/api/internal/companies".to_owned(), format!("/api/internal/companies/{acme}/employees")] {
        let reply = server.get(&token, &path).await;
        assert_invalid_key(&reply, &path);
        let as_key = call(&server, Some(&token), &path).await;
        assert_invalid_key(&as_key, &format!("token as key {path}"));
    }
    // Nor does a service key open the user routes.
    let reply =
        server.request(Method::GET, "/api/v1/employees", None, None, &[("X-Service-Key", ACME_SERVICE_KEY)]).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert_eq!(reply.body, json!({ "message": "Unauthenticated." }));
}

#[tokio::test]
async fn remaining_requests_count_down_per_key_across_internal_routes() {
    let server = TestServer::start().await;
    let acme = company_id(&server, "Acme Demo");
    let paths = [
        "/api/internal/companies".to_owned(),
        format!("/api/internal/companies/{acme}/employees"),
        format!("/api/internal/companies/{acme}/departments"),
        "/api/internal/companies/999999/departments".to_owned(),
    ];
    let mut expected = 119;
    for path in &paths {
        let reply = call(&server, Some(ACME_SERVICE_KEY), path).await;
        assert_eq!(reply.header("x-ratelimit-limit"), Some("120"), "{path}");
        assert_eq!(remaining(&reply), expected, "{path}");
        expected -= 1;
    }
    // Another key has its own window.
    let globex = call(&server, Some(GLOBEX_SERVICE_KEY), "/api/internal/companies").await;
    assert_eq!(remaining(&globex), 119);
    // Refusals count too.
    let first = remaining(&call(&server, Some("some-wrong-key"), "/api/internal/companies").await);
    let second = remaining(&call(&server, Some("some-wrong-key"), "/api/internal/companies").await);
    assert_eq!(second + 1, first);
}

#[tokio::test]
async fn the_121st_request_in_a_minute_is_too_many() {
    let server = TestServer::start().await;
    for n in 1..=120u32 {
        let reply = call(&server, Some(ACME_SERVICE_KEY), "/api/internal/companies").await;
        assert_eq!(reply.status, StatusCode::OK, "request {n}: {}", reply.body);
        assert_eq!(remaining(&reply), 120 - n, "request {n}");
    }
    for _ in 0..2 {
        let blocked = call(&server, Some(ACME_SERVICE_KEY), "/api/internal/companies").await;
        assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(blocked.body, json!({ "message": "Too Many Attempts." }));
        let retry_after: u64 = blocked.header("retry-after").expect("Retry-After").parse().unwrap();
        assert!((1..=60).contains(&retry_after), "{retry_after}");
        assert_eq!(blocked.header("x-ratelimit-limit"), Some("120"));
        assert_eq!(remaining(&blocked), 0);
    }
    let globex = call(&server, Some(GLOBEX_SERVICE_KEY), "/api/internal/companies").await;
    assert_eq!(globex.status, StatusCode::OK, "one key's flood blocked another");
}

#[tokio::test]
async fn employees_of_the_keys_company_are_paginated_and_filterable() {
    let server = TestServer::start().await;
    let acme = company_id(&server, "Acme Demo");
    let path = format!("/api/internal/companies/{acme}/employees");
    let reply = call(&server, Some(ACME_SERVICE_KEY), &path).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.header("content-type"), Some("application/vnd.api+json"));
    assert_eq!(reply.body["data"].as_array().unwrap().len(), 15);
    assert_eq!(reply.body["meta"], json!({ "total": 49, "current_page": 1, "per_page": 15, "last_page": 4 }));
    let next = reply.body["links"]["next"].as_str().unwrap();
    assert!(next.starts_with(&format!("{}{path}?", server.url)), "{next}");
    assert_eq!(reply.body["data"][0]["type"], "employees");

    let found = call(&server, Some(ACME_SERVICE_KEY), &format!("{path}?filter[search]=E00003")).await;
    assert_eq!(found.body["meta"]["total"], 1);
    assert_eq!(found.body["data"][0]["attributes"]["email"], "employee@acme.test");

    let active = call(&server, Some(ACME_SERVICE_KEY), &format!("{path}?filter[status]=inactive")).await;
    assert_eq!(active.status, StatusCode::OK);
    assert_eq!(active.body["meta"]["total"], 0);

    let invalid = call(&server, Some(ACME_SERVICE_KEY), &format!("{path}?filter[status]=gone")).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(invalid.error("filter.status"), "The selected filter.status is invalid.");
    let too_big = call(&server, Some(ACME_SERVICE_KEY), &format!("{path}?page[size]=101")).await;
    assert_eq!(too_big.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!too_big.error("page.size").is_empty());

    let globex = company_id(&server, "Globex Demo");
    let theirs = call(&server, Some(GLOBEX_SERVICE_KEY), &format!("/api/internal/companies/{globex}/employees")).await;
    assert_eq!(theirs.body["meta"]["total"], 2);
    let emails: Vec<&str> =
        theirs.body["data"].as_array().unwrap().iter().map(|e| e["attributes"]["email"].as_str().unwrap()).collect();
    assert!(emails.iter().all(|e| e.ends_with("@globex.test")), "{emails:?}");
}

#[tokio::test]
async fn departments_of_the_keys_company() {
    let server = TestServer::start().await;
    let acme = company_id(&server, "Acme Demo");
    let reply = call(&server, Some(ACME_SERVICE_KEY), &format!("/api/internal/companies/{acme}/departments")).await;
    assert_eq!(reply.status, StatusCode::OK);
    let listed: Vec<(String, i64)> = reply.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            assert_eq!(d["type"], "departments");
            (d["attributes"]["name"].as_str().unwrap().to_owned(), d["attributes"]["employee_count"].as_i64().unwrap())
        })
        .collect();
    assert_eq!(listed, [("Engineering".to_owned(), 25), ("People".to_owned(), 12), ("Sales".to_owned(), 12)]);
}

#[tokio::test]
async fn a_key_cannot_read_another_company() {
    let server = TestServer::start().await;
    let acme = company_id(&server, "Acme Demo");
    let globex = company_id(&server, "Globex Demo");
    for (key, other) in [(ACME_SERVICE_KEY, globex), (GLOBEX_SERVICE_KEY, acme)] {
        for resource in ["employees", "departments"] {
            let path = format!("/api/internal/companies/{other}/{resource}");
            let reply = call(&server, Some(key), &path).await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}: {}", reply.body);
            assert!(reply.body["message"].is_string());
            assert!(reply.body.get("data").is_none(), "{path} leaked: {}", reply.body);
            assert_eq!(reply.header("x-ratelimit-limit"), Some("120"));
        }
    }
    for id in ["999999", "abc", "-1"] {
        let reply = call(&server, Some(ACME_SERVICE_KEY), &format!("/api/internal/companies/{id}/employees")).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{id}");
    }
}

#[tokio::test]
async fn service_keys_are_stored_only_as_their_hash() {
    let server = TestServer::start().await;
    let stored: Vec<(String, String)> = server
        .db()
        .rows(
            "SELECT c.name, k.key_hash FROM service_keys k JOIN companies c ON c.id = k.company_id ORDER BY c.name",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(stored.len(), 2);
    for ((company, hash), key) in stored.iter().zip([ACME_SERVICE_KEY, GLOBEX_SERVICE_KEY]) {
        assert_ne!(hash, key, "{company}");
        assert!(!hash.contains(key), "{company}");
        assert_eq!(hash, &okta_hr_server::secrets::sha256_hex(key), "{company}");
    }
    // Presenting the stored hash as the key does not work.
    let acme_hash = &stored[0].1;
    assert_invalid_key(&call(&server, Some(acme_hash), "/api/internal/companies").await, "hash as key");
}
