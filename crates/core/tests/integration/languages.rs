//! The person's language reaches the server like any other write, queued while offline, and the payslip
//! the device renders in it is the document the server sends in it.

use crate::common;

use common::Server;
use okta_hr_core::{Core, Language};

#[tokio::test]
async fn a_language_chosen_offline_reaches_the_server_and_both_sides_write_the_same_german_payslip() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut core = Core::open(dir.path()).unwrap();
    core.login(&server.url(), "employee@acme.test", "password", "test phone").await.unwrap();
    let me = server.employee_id("employee@acme.test");
    let language_on_server = |server: &Server| -> Option<String> {
        server.query_row("SELECT language FROM employees WHERE id = ?1", [me], |row| row.get(0))
    };
    assert_eq!(language_on_server(&server), None, "not chosen yet");

    server.stop().await;
    let queued = core.set_my_language(Language::De).await.unwrap();
    assert_eq!(queued.state, "queued");
    let pending = core.status().unwrap().pending;
    assert!(pending.iter().any(|write| write.operation.kind() == "set_language"), "{pending:?}");

    server.start_again().await;
    assert_eq!(core.sync().await.unwrap().sent, 1);
    assert_eq!(language_on_server(&server).as_deref(), Some("de"));

    let slip = core.payslips().unwrap().data.into_iter().next().expect("last month's payslip cached");
    let from_server = common::payslip_pdf_from_server(&server, "employee@acme.test", &slip.id).await;
    let (_, on_device) = core.payslip_pdf(&slip.id, Language::De).unwrap().expect("rendered from the cache");
    assert_eq!(on_device, from_server, "the German payslip is the same document on both sides");
    let (_, english) = core.payslip_pdf(&slip.id, Language::En).unwrap().expect("rendered from the cache");
    assert_ne!(english, from_server, "and not the English one");
}

#[tokio::test]
async fn the_devices_check_and_the_servers_refusal_speak_the_language_on_screen() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut core = Core::open(dir.path()).unwrap();
    core.set_language(Language::De);
    core.login(&server.url(), "employee@acme.test", "password", "test phone").await.unwrap();

    // From Paris, far outside HQ's fence: the device warns before sending, and the server refuses, both in
    // German and in the same words.
    let outcome = core.check_in(common::fix(common::PARIS), false).await.unwrap();
    assert_eq!(outcome.state, "rejected", "{outcome:?}");
    let warning = outcome.warning.expect("the device's own check");
    assert!(warning.starts_with("Sie sind") && warning.contains("Einstempeln ist nur im Umkreis"), "{warning}");
    let refusal = outcome.message.expect("the server's reason");
    assert!(refusal.contains("Einstempeln ist nur im Umkreis"), "{refusal}");

    core.set_language(Language::En);
    let english = core.check_in(common::fix(common::PARIS), false).await.unwrap();
    assert!(english.warning.expect("the device's own check").starts_with("You are"));
}
