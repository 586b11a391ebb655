//! The HR API's validation messages in the caller's language (issue 23): a 422 stays the seed's English,
//! byte for byte, unless `Accept-Language` prefers another of our languages; then its `message` and every
//! message under `errors` are translated, under the same keys in the same order. The Okta-style APIs' 400s
//! stay English.

use crate::common;

use common::{ACME_API_TOKEN, TestServer};
use indexmap::IndexMap;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// Arabic isolates every value in its text, so a left-to-right name keeps its place.
fn isolated(value: &str) -> String {
    format!("\u{2068}{value}\u{2069}")
}

/// A leave request with three mistakes: an unknown type, a start in the past and an end that is no date.
fn invalid_leave() -> Value {
    json!({ "leave_type_id": "no-such-type", "start_date": "2020-01-06", "end_date": "next friday" })
}

/// A raw answer: status, headers and the body's bytes as sent.
struct Raw {
    status: StatusCode,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
}

impl Raw {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }

    /// The Laravel error body, its keys in the order they were sent.
    fn laravel(&self) -> (String, IndexMap<String, Vec<String>>) {
        #[derive(serde::Deserialize)]
        struct Body {
            message: String,
            errors: IndexMap<String, Vec<String>>,
        }
        let body: Body = serde_json::from_slice(&self.body).expect("Laravel's error shape");
        (body.message, body.errors)
    }
}

async fn send(
    server: &TestServer,
    method: Method,
    path: &str,
    authorization: &str,
    body: &Value,
    headers: &[(&str, &str)],
) -> Raw {
    let mut request = server
        .client
        .request(method, format!("{}{path}", server.url))
        .header("Accept", "application/json")
        .header("Authorization", authorization)
        .json(body);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("request");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.bytes().await.expect("body").to_vec();
    Raw { status, headers, body }
}

async fn submit_leave(server: &TestServer, token: &str, headers: &[(&str, &str)]) -> Raw {
    let bearer = format!("Bearer {token}");
    send(server, Method::POST, "/api/v1/me/leaves", &bearer, &invalid_leave(), headers).await
}

#[tokio::test]
async fn a_caller_asking_for_german_reads_german_messages_under_the_same_keys() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let english = submit_leave(&server, &token, &[]).await;
    assert_eq!(english.status, StatusCode::UNPROCESSABLE_ENTITY);
    let (message, errors) = english.laravel();
    assert_eq!(message, "The end date field must be a valid date. (and 2 more errors)");
    assert_eq!(errors["end_date"], ["The end date field must be a valid date."]);
    assert_eq!(errors["start_date"], ["The start date field must be a date after or equal to today."]);
    assert_eq!(errors["leave_type_id"], ["The selected leave type id is invalid."]);

    let german = submit_leave(&server, &token, &[("Accept-Language", "de-DE,de;q=0.9")]).await;
    assert_eq!(german.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(german.header("content-type"), Some("application/json"));
    assert_eq!(german.header("content-language"), Some("de"));
    assert_eq!(german.header("content-length"), Some(german.body.len().to_string().as_str()));
    let (message, translated) = german.laravel();
    assert_eq!(message, "Das Feld Enddatum muss ein gültiges Datum sein. (und 2 weitere Fehler)");
    assert_eq!(translated.keys().collect::<Vec<_>>(), errors.keys().collect::<Vec<_>>(), "the same keys, in order");
    assert_eq!(translated["end_date"], ["Das Feld Enddatum muss ein gültiges Datum sein."]);
    assert_eq!(translated["start_date"], ["Das Feld Startdatum muss ein Datum ab heute sein."]);
    assert_eq!(translated["leave_type_id"], ["Der gewählte Wert für ID der Abwesenheitsart ist ungültig."]);
}

#[tokio::test]
async fn the_language_with_the_highest_quality_wins() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let arabic = submit_leave(&server, &token, &[("Accept-Language", "fr;q=0.5, ar;q=0.9")]).await;
    assert_eq!(arabic.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(arabic.header("content-language"), Some("ar"));
    let (message, errors) = arabic.laravel();
    let end_date = format!("يجب أن يكون حقل {} تاريخًا صالحًا.", isolated("تاريخ الانتهاء"));
    assert_eq!(errors["end_date"][0], end_date);
    assert_eq!(
        errors["start_date"],
        [format!("يجب أن يكون حقل {} تاريخ اليوم أو تاريخًا لاحقًا له.", isolated("تاريخ البدء"))]
    );
    assert_eq!(errors["leave_type_id"], [format!("القيمة المحددة في حقل {} غير صالحة.", isolated("معرّف نوع الإجازة"))]);
    assert_eq!(message, format!("{} {}", isolated(&end_date), isolated("(وخطآن آخران)")));

    let french = submit_leave(&server, &token, &[("Accept-Language", "fr-CA")]).await;
    assert_eq!(french.laravel().1["end_date"], ["Le champ date de fin doit être une date valide."]);
}

#[tokio::test]
async fn without_another_language_the_answer_is_the_seeds_english_byte_for_byte() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let plain = submit_leave(&server, &token, &[]).await;
    assert_eq!(plain.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(plain.header("content-language"), None);
    for asked in ["en", "en-US,en;q=0.9,de;q=0.8", "ja", "de;q=0", "*"] {
        let reply = submit_leave(&server, &token, &[("Accept-Language", asked)]).await;
        assert_eq!(reply.status, plain.status, "{asked}");
        assert_eq!(String::from_utf8_lossy(&reply.body), String::from_utf8_lossy(&plain.body), "{asked}");
        assert_eq!(reply.header("content-language"), None, "{asked}");
    }
}

#[tokio::test]
async fn a_remembered_refusal_is_replayed_in_the_language_asked_for_now() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let key = [("Idempotency-Key", "validation-languages-1")];
    let english = submit_leave(&server, &token, &key).await;
    assert_eq!(english.status, StatusCode::UNPROCESSABLE_ENTITY);
    let german = submit_leave(&server, &token, &[key[0], ("Accept-Language", "de")]).await;
    assert_eq!(german.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(german.header("idempotent-replayed"), Some("true"));
    assert_eq!(german.laravel().1["end_date"], ["Das Feld Enddatum muss ein gültiges Datum sein."]);
    let again = submit_leave(&server, &token, &key).await;
    assert_eq!(again.laravel().1["end_date"], ["The end date field must be a valid date."]);
}

#[tokio::test]
async fn other_answers_and_the_okta_style_apis_stay_english() {
    let server = TestServer::start().await;
    let german = [("Accept-Language", "de")];
    // Not a validation failure: the 401 is untouched.
    let unauthenticated = send(&server, Method::GET, "/api/v1/me", "Bearer nope", &json!({}), &german).await;
    assert_eq!(unauthenticated.status, StatusCode::UNAUTHORIZED);
    assert_eq!(serde_json::from_slice::<Value>(&unauthenticated.body).unwrap()["message"], "Unauthenticated.");
    assert_eq!(unauthenticated.header("content-language"), None);

    // The Groups API's 400 E0000001 keeps Okta's English.
    let ssws = format!("SSWS {ACME_API_TOKEN}");
    let nameless = json!({ "profile": {} });
    let plain = send(&server, Method::POST, "/api/v1/groups", &ssws, &nameless, &[]).await;
    let asked = send(&server, Method::POST, "/api/v1/groups", &ssws, &nameless, &german).await;
    assert_eq!(asked.status, StatusCode::BAD_REQUEST);
    assert_eq!(asked.header("content-language"), None);
    let (plain, asked): (Value, Value) =
        (serde_json::from_slice(&plain.body).unwrap(), serde_json::from_slice(&asked.body).unwrap());
    assert_eq!(asked["errorCode"], "E0000001", "{asked}");
    assert_eq!(asked["errorSummary"], plain["errorSummary"]);
    assert_eq!(asked["errorCauses"], plain["errorCauses"]);
    assert!(asked["errorSummary"].as_str().unwrap().starts_with("Api validation failed"), "{asked}");
}
