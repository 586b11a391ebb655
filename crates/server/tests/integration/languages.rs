//! Each person's language (issue 23): chosen in the app or given by the Users API profile, it is what the
//! server writes their payslip PDFs in; an invalid choice is refused like any other field.

use crate::common;

use common::{Reply, TestServer};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn set_language(server: &TestServer, token: &str, language: &str) -> Reply {
    server.request(Method::PATCH, "/api/v1/me", Some(token), Some(&json!({ "language": language })), &[]).await
}

/// The text of the signed-in person's first payslip as a PDF reader copies it.
async fn first_payslip_text(server: &TestServer, token: &str) -> String {
    let slips = server.get(token, "/api/v1/me/payslips").await;
    let id = slips.body["data"][0]["id"].as_str().expect("the demo pays everyone").to_owned();
    let response = server
        .client
        .get(format!("{}/api/v1/me/payslips/{id}", server.url))
        .bearer_auth(token)
        .header("Accept", "application/pdf")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let document = lopdf::Document::load_mem(&response.bytes().await.unwrap()).expect("a PDF");
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    document.extract_text(&pages).expect("its text")
}

#[tokio::test]
async fn a_person_who_chooses_german_gets_a_german_payslip() {
    let server = TestServer::start().await;
    let emma = server.login("employee@acme.test").await;
    assert!(first_payslip_text(&server, &emma).await.contains("Net pay"), "English until she chooses");

    let reply = set_language(&server, &emma, "de").await;
    assert_eq!((reply.status, &reply.body["data"]["language"]), (StatusCode::OK, &json!("de")), "{}", reply.body);
    let text = first_payslip_text(&server, &emma).await;
    for words in ["Gehaltsabrechnung", "Auszahlungsbetrag", "Seite 1 von 1", "Emma Fischer"] {
        assert!(text.contains(words), "{words} not in {text}");
    }

    let refused = set_language(&server, &emma, "klingon").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.error("language"), "The selected language is invalid.");
    let kept =
        server.request(Method::PATCH, "/api/v1/me", Some(&emma), Some(&json!({ "phone": "+49 30 1" })), &[]).await;
    assert_eq!(kept.body["data"]["language"], "de", "a change of phone keeps the language: {}", kept.body);
}

#[tokio::test]
async fn the_users_api_profiles_preferred_language_counts_until_the_person_chooses() {
    let server = TestServer::start().await;
    let found = server.acme_admin(Method::GET, "/api/v1/users?q=employee@acme.test", None).await;
    let user_id = found.body[0]["id"].as_str().expect("Emma is a user").to_owned();
    let profile = json!({ "profile": { "preferredLanguage": "fr-FR" } });
    let updated = server.acme_admin(Method::POST, &format!("/api/v1/users/{user_id}"), Some(profile)).await;
    assert_eq!(updated.status, StatusCode::OK, "{}", updated.body);

    let emma = server.login("employee@acme.test").await;
    assert!(first_payslip_text(&server, &emma).await.contains("Net à payer"));
    set_language(&server, &emma, "es").await;
    assert!(first_payslip_text(&server, &emma).await.contains("Líquido a percibir"));
}

/// The caller's notifications of one kind, newest first: (title, body).
async fn notices(server: &TestServer, token: &str, kind: &str) -> Vec<(String, String)> {
    let reply = server.get(token, "/api/v1/me/notifications?page[size]=100").await;
    reply.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| &n["attributes"])
        .filter(|a| a["kind"] == kind)
        .map(|a| (a["title"].as_str().unwrap().to_owned(), a["body"].as_str().unwrap().to_owned()))
        .collect()
}

#[tokio::test]
async fn each_person_is_notified_in_their_own_language() {
    let server = TestServer::start().await;
    let emma = server.login("employee@acme.test").await;
    let manager = server.login("manager@acme.test").await;
    set_language(&server, &manager, "fr").await;
    set_language(&server, &emma, "de").await;

    let id = common::request_week(&server, &emma, 3).await;
    let asked = notices(&server, &manager, "leave.submitted").await;
    let (title, body) = asked.first().expect("the manager is told");
    assert_eq!(title, "Demande d’absence de Emma Fischer");
    assert!(body.starts_with("Emma Fischer demande 5 jours"), "{body}");

    let decided = common::decide_leave(&server, &manager, &id, json!({ "decision": "approve" })).await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.body);
    let told = notices(&server, &emma, "leave.step_approved").await;
    let (title, body) = told.first().expect("Emma is told");
    assert_eq!(title, "Abwesenheitsantrag von Ihrer Führungskraft genehmigt");
    assert!(body.contains("jetzt entscheidet die Personalabteilung"), "{body}");

    // Someone who never chose reads the product's English, as the seed writes it.
    let hr = server.login("hr@acme.test").await;
    let (title, _) = notices(&server, &hr, "leave.submitted").await.into_iter().next().expect("HR is told next");
    assert_eq!(title, "Leave request from Emma Fischer");
}
