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
