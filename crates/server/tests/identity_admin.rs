//! The identity admin APIs of seed 002 beyond users, through the real server: notification subscriptions
//! (which decide who is told), SMS templates, ThreatInsight (which guards the sign-in) and trusted
//! origins (which the server's CORS answers honour).

mod common;

use common::{ACME_API_TOKEN, GLOBEX_API_TOKEN, Reply, TestServer};
use reqwest::{Method, StatusCode};
use serde_json::Value;

async fn admin(server: &TestServer, method: Method, path: &str, body: Option<Value>) -> Reply {
    server.ssws(method, ACME_API_TOKEN, path, body).await
}

fn assert_okta_error(reply: &Reply, status: StatusCode, code: &str) {
    assert_eq!(reply.status, status, "{}", reply.body);
    assert_eq!(reply.body["errorCode"], code, "{}", reply.body);
    assert!(reply.body["errorCauses"].is_array());
}

fn okta_id(server: &TestServer, email: &str) -> String {
    server.db().query_row("SELECT okta_id FROM employees WHERE email = ?1", [email], |r| r.get(0)).unwrap()
}

async fn lockout_notices(server: &TestServer, token: &str) -> usize {
    let notices = server.get(token, "/api/v1/me/notifications").await;
    notices.body["data"].as_array().unwrap().iter().filter(|n| n.to_string().contains("was locked out")).count()
}

/// Locks field@acme.test out with the tenth wrong password in a row.
async fn lock_out_field_worker(server: &TestServer) {
    server
        .db()
        .execute("UPDATE employees SET failed_sign_ins = 9, lifecycle = 'ACTIVE' WHERE email = 'field@acme.test'", [])
        .unwrap();
    assert_eq!(server.try_login("field@acme.test", "wrong password").await.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn an_admin_who_unsubscribes_from_lockouts_is_not_told_while_another_admin_is() {
    let server = TestServer::start().await;
    server.db().execute("UPDATE employees SET role = 'hr' WHERE email = 'manager@acme.test'", []).unwrap();
    let hanna = server.login("hr@acme.test").await;
    let max = server.login("manager@acme.test").await;

    let path =
        format!("/api/v1/users/{}/subscriptions/USER_LOCKED_OUT/unsubscribe", okta_id(&server, "manager@acme.test"));
    let unsubscribed = server.request(Method::POST, &path, Some(&max), None, &[]).await;
    assert_eq!(unsubscribed.status, StatusCode::OK, "{}", unsubscribed.body);
    assert_eq!(unsubscribed.body["status"], "unsubscribed");

    lock_out_field_worker(&server).await;
    assert_eq!(lockout_notices(&server, &hanna).await, 1);
    assert_eq!(lockout_notices(&server, &max).await, 0, "Max unsubscribed");

    // Only the user themselves may change their subscriptions, even an admin may not for them.
    let for_max =
        server.request(Method::POST, &path.replace("unsubscribe", "subscribe"), Some(&hanna), None, &[]).await;
    assert_okta_error(&for_max, StatusCode::FORBIDDEN, "E0000006");
}

#[tokio::test]
async fn a_roles_subscription_is_its_holders_default_and_changing_it_overrides_their_choices() {
    let server = TestServer::start().await;
    server.db().execute("UPDATE employees SET role = 'hr' WHERE email = 'manager@acme.test'", []).unwrap();
    let hanna = server.login("hr@acme.test").await;
    let max = server.login("manager@acme.test").await;
    let role = "/api/v1/roles/SUPER_ADMIN/subscriptions/USER_LOCKED_OUT";
    let initial = admin(&server, Method::GET, role, None).await;
    assert_eq!(initial.status, StatusCode::OK, "{}", initial.body);
    assert_eq!(initial.body["status"], "subscribed", "admins are subscribed by default");
    assert_eq!(initial.body["notificationType"], "USER_LOCKED_OUT");

    let user = format!("/api/v1/users/{}/subscriptions/USER_LOCKED_OUT", okta_id(&server, "manager@acme.test"));
    server.request(Method::POST, &format!("{user}/subscribe"), Some(&max), None, &[]).await;
    assert_eq!(admin(&server, Method::POST, &format!("{role}/unsubscribe"), None).await.body["status"], "unsubscribed");
    assert_eq!(admin(&server, Method::GET, role, None).await.body["status"], "unsubscribed");
    lock_out_field_worker(&server).await;
    assert_eq!(lockout_notices(&server, &hanna).await, 0);
    assert_eq!(lockout_notices(&server, &max).await, 0, "the role's change overrode Max's own subscription");

    // A holder's own choice made after the role's change wins again.
    server.request(Method::POST, &format!("{user}/subscribe"), Some(&max), None, &[]).await;
    lock_out_field_worker(&server).await;
    assert_eq!(lockout_notices(&server, &max).await, 1);
    assert_eq!(lockout_notices(&server, &hanna).await, 0);

    let globex = server.ssws(Method::GET, GLOBEX_API_TOKEN, role, None).await;
    assert_eq!(globex.body["status"], "subscribed", "Acme's role settings are Acme's alone");
    assert_okta_error(
        &admin(&server, Method::GET, "/api/v1/roles/KING/subscriptions/USER_LOCKED_OUT", None).await,
        StatusCode::NOT_FOUND,
        "E0000007",
    );
    assert_okta_error(
        &admin(&server, Method::GET, "/api/v1/roles/SUPER_ADMIN/subscriptions/GOSSIP", None).await,
        StatusCode::NOT_FOUND,
        "E0000007",
    );
    let employee = server.login("employee@acme.test").await;
    let refused = server.request(Method::POST, &format!("{role}/subscribe"), Some(&employee), None, &[]).await;
    assert_okta_error(&refused, StatusCode::FORBIDDEN, "E0000006");
}
