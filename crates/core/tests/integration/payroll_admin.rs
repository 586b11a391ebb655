//! HR running payroll through the core against the real server: the demo's draft reviewed with its flags,
//! kept to read offline while every change needs a connection, a refused IBAN answered per field, and a
//! month locked, exported and published; an employee is told payroll is for HR.

use crate::common;

use common::Server;
use okta_hr_core::admin::payroll::{BankFileFormat, LineDecision, PayrollSettingsChanges, RunStep};
use okta_hr_core::client::ClientError;
use okta_hr_core::{Core, CoreError};
use okta_hr_payroll::diff::DiffFlag;

async fn signed_in(server: &Server, email: &str) -> (Core, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut core = Core::open(dir.path()).unwrap();
    core.login(&server.url(), email, "password", "laptop").await.unwrap();
    (core, dir)
}

#[tokio::test]
async fn hr_reviews_the_draft_offline_and_locks_exports_and_publishes_it_online_only() {
    let mut server = Server::start().await;
    let (hr, _dir) = signed_in(&server, "hr@acme.test").await;

    let runs = hr.review_payroll_runs().await.unwrap();
    let draft = runs.data.iter().find(|r| r.attributes.status == "draft").expect("the demo's draft");
    let draft: i64 = draft.id.parse().unwrap();
    let review = hr.review_payroll_run(draft).await.unwrap();
    let flags: Vec<&DiffFlag> =
        review.data.lines.iter().filter_map(|l| l.attributes.review.as_ref()).flat_map(|r| &r.flags).collect();
    assert!(flags.contains(&&DiffFlag::Joiner), "{flags:?}");
    assert!(flags.iter().any(|f| matches!(f, DiffFlag::UnpaidLeave { .. })), "{flags:?}");
    let emma = review.data.lines.iter().find(|l| l.attributes.summary.employee_name == "Emma Fischer").unwrap();
    let explained = emma.attributes.payslip.as_ref().unwrap().lines.iter().all(|l| !l.explanation.is_empty());
    assert!(explained, "every payslip line says how it was found");

    server.stop().await;
    let offline = hr.review_payroll_run(draft).await.unwrap();
    assert_eq!((&offline.data, offline.fetched_at), (&review.data, review.fetched_at), "the kept copy, with its age");
    let refused = hr.decide_payroll_line(&emma.id, LineDecision::Hold, Some("Check")).await.unwrap_err();
    assert!(matches!(refused, CoreError::NeedsConnection(_)), "{refused:?}");
    assert_eq!(hr.status().unwrap().pending.len(), 0, "never queued");

    server.start_again().await;
    let bad_iban = PayrollSettingsChanges { debtor_iban: Some("DE00 0000".into()), ..Default::default() };
    match hr.update_payroll_settings(&bad_iban).await.unwrap_err() {
        CoreError::Client(ClientError::Rejected { status: 422, errors, .. }) => {
            assert_eq!(errors.0["debtor_iban"], ["The debtor iban field must be a valid IBAN."]);
        }
        other => panic!("{other:?}"),
    }
    let held = hr.decide_payroll_line(&emma.id, LineDecision::Hold, Some("Timesheets missing")).await.unwrap();
    assert_eq!(
        (held.attributes.status.as_str(), held.attributes.note.as_deref()),
        ("held", Some("Timesheets missing"))
    );
    let kept = hr.cached_payroll_run_review(draft).unwrap().data;
    let kept_emma = kept.lines.iter().find(|l| l.id == emma.id).unwrap();
    assert_eq!(kept_emma.attributes.status, "held", "the kept copy follows the change");

    assert_eq!(hr.advance_payroll_run(draft, RunStep::Lock).await.unwrap().attributes.status, "locked");
    let csv = hr.payroll_bank_file(draft, BankFileFormat::Csv).await.unwrap();
    assert!(csv.file_name.ends_with(".csv") && csv.content.starts_with("Name,IBAN"), "{csv:?}");
    assert!(!csv.content.contains("Emma Fischer"), "held pay is not paid");
    assert_eq!(hr.advance_payroll_run(draft, RunStep::Pay).await.unwrap().attributes.status, "paid");
    assert_eq!(hr.advance_payroll_run(draft, RunStep::Publish).await.unwrap().attributes.status, "published");
    let again = hr.advance_payroll_run(draft, RunStep::Publish).await.unwrap_err();
    assert!(matches!(&again, CoreError::Client(ClientError::Rejected { status: 422, .. })), "{again:?}");
}

#[tokio::test]
async fn payroll_is_for_hr_only() {
    let server = Server::start().await;
    let (emma, _dir) = signed_in(&server, "employee@acme.test").await;
    let refused = emma.pay_components().await.unwrap_err();
    assert!(refused.to_string().starts_with("The admin area is for HR only"), "{refused}");
}
