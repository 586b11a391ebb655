//! HR's people back office through the core against the real server: a hire answers the activation link,
//! a transfer is scheduled, departments, branches and bank-detail requests are managed, and every one of
//! these writes needs a connection: nothing is queued.

use crate::common;

use chrono::{Duration, Utc};
use common::Server;
use okta_hr_core::admin::people::{BranchFields, EmploymentChange, NewHire};
use okta_hr_core::client::ClientError;
use okta_hr_core::{Core, CoreError};

async fn signed_in(server: &Server, email: &str) -> (Core, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut core = Core::open(dir.path()).unwrap();
    core.login(&server.url(), email, "password", "laptop").await.unwrap();
    (core, dir)
}

#[tokio::test]
async fn hr_hires_transfers_and_keeps_the_organisation_online_only() {
    let mut server = Server::start().await;
    let (hr, _dir) = signed_in(&server, "hr@acme.test").await;
    let departments = hr.manage_departments().await.unwrap();
    let engineering = departments.iter().find(|d| d.attributes.name == "Engineering").unwrap().id.clone();
    let branches = hr.manage_branches().await.unwrap();
    let hq = branches.iter().find(|b| b.attributes.name == "HQ").unwrap().id.clone();

    let hire = NewHire {
        first_name: "Nora".into(),
        last_name: "Klein".into(),
        email: "nora.core@acme.test".into(),
        job_title: "QA Engineer".into(),
        department_id: engineering,
        branch_id: hq,
        manager_id: None,
        start_date: Utc::now().date_naive(),
        employment_type: "intern".into(),
        working_days: None,
    };
    let hired = hr.hire(&hire).await.unwrap();
    assert_eq!(hired.employee.email, "nora.core@acme.test");
    let link = hired.activation.as_ref().expect("the link to hand over");
    assert!(link.activation_url.contains(&link.activation_token));
    assert_eq!((hired.employment_type.as_str(), hired.working_days.as_slice()), ("intern", &[1, 2, 3, 4, 5][..]));
    let again = hr.hire(&hire).await.unwrap_err();
    assert!(matches!(&again, CoreError::Client(ClientError::Rejected { status: 422, .. })), "{again:?}");

    let sales = departments.iter().find(|d| d.attributes.name == "Sales").unwrap().id.clone();
    let later = Utc::now().date_naive() + Duration::days(30);
    let change = EmploymentChange {
        department_id: Some(sales),
        effective_date: Some(later),
        reason: Some("Pre-sales".into()),
        ..EmploymentChange::default()
    };
    let lines = hr.change_employment(&hired.employee_id, &change).await.unwrap();
    assert_eq!((lines.len(), lines[0].status.as_str()), (1, "scheduled"));
    assert_eq!(hr.employment_history(&hired.employee_id).await.unwrap(), lines);

    let support = hr.save_department(None, Some("Support"), None, None).await.unwrap();
    let retired = hr.save_department(Some(&support.id), None, None, Some(true)).await.unwrap();
    assert!(retired.attributes.retired);
    let fields = BranchFields {
        name: Some("Hamburg".into()),
        latitude: Some(53.55),
        longitude: Some(9.99),
        geofence_radius: Some(150.0),
        ..BranchFields::default()
    };
    assert_eq!(hr.save_branch(None, &fields).await.unwrap().attributes.geofence_radius, Some(150.0));
    let pending = hr.bank_detail_requests(Some("pending")).await.unwrap();
    assert_eq!(pending.len(), 1, "the demo's");
    let approved = hr.decide_bank_detail_request(&pending[0].id, true, None).await.unwrap();
    assert_eq!(approved.status, "approved");

    server.stop().await;
    let refused = hr.hire(&NewHire { email: "later@acme.test".into(), ..hire }).await.unwrap_err();
    assert!(matches!(refused, CoreError::NeedsConnection(_)), "{refused:?}");
    let refused = hr.offboard(&hired.employee_id, later, "Gone").await.unwrap_err();
    assert!(matches!(refused, CoreError::NeedsConnection(_)), "{refused:?}");
    assert_eq!(hr.status().unwrap().pending.len(), 0, "nothing was queued");
}

#[tokio::test]
async fn a_person_asks_for_new_bank_details_and_a_wrong_iban_never_leaves_the_device() {
    let server = Server::start().await;
    let (employee, _dir) = signed_in(&server, "employee@acme.test").await;
    let wrong = employee.request_bank_details("Emma Fischer", "DE89 3704 0044 0532 0130 01", None).await.unwrap_err();
    assert!(matches!(&wrong, CoreError::Client(ClientError::Rejected { status: 422, .. })), "{wrong:?}");
    let asked = employee.request_bank_details("Emma Fischer", "DE44 5001 0517 5407 3249 31", None).await.unwrap();
    assert_eq!((asked.status.as_str(), asked.iban_masked.as_str()), ("pending", "•••• 4931"));
    let denied = employee.bank_detail_requests(None).await.unwrap_err();
    assert!(matches!(&denied, CoreError::Client(ClientError::Rejected { status: 403, .. })), "{denied:?}");
    let contacts = vec![okta_hr_domain::people::EmergencyContact {
        name: "Jonas".into(),
        relationship: "Partner".into(),
        phone: "+49 151 1".into(),
    }];
    assert_eq!(employee.set_my_emergency_contacts(&contacts).await.unwrap(), contacts);
    let details = employee.update_my_contact_details(Some("+49 30 1"), None, None).await.unwrap();
    assert_eq!(details["phone"], "+49 30 1");
}

#[tokio::test]
async fn a_person_reads_back_their_emergency_contacts_and_bank_details_and_keeps_them_offline() {
    let mut server = Server::start().await;
    let (employee, _dir) = signed_in(&server, "employee@acme.test").await;
    let contacts = vec![
        okta_hr_domain::people::EmergencyContact {
            name: "Jonas".into(),
            relationship: "Partner".into(),
            phone: "+49 151 1".into(),
        },
        okta_hr_domain::people::EmergencyContact {
            name: "Ana".into(),
            relationship: "Sister".into(),
            phone: "+49 151 2".into(),
        },
    ];
    employee.set_my_emergency_contacts(&contacts).await.unwrap();
    let on_file = employee.my_emergency_contacts().await.unwrap();
    assert_eq!(on_file.data, contacts, "in the order saved");
    assert!(on_file.fetched_at.is_some());

    let asked = employee.request_bank_details("Emma Fischer", "DE44 5001 0517 5407 3249 31", None).await.unwrap();
    let bank = employee.my_bank_details().await.unwrap();
    let pending = bank.data.pending.as_ref().expect("the request waiting for HR");
    assert_eq!(pending.attributes, asked);
    assert_eq!((pending.attributes.status.as_str(), pending.attributes.iban_masked.as_str()), ("pending", "•••• 4931"));
    if let Some(current) = &bank.data.current {
        assert!(current.iban_masked.starts_with("••••"), "never the whole IBAN: {current:?}");
    }

    server.stop().await;
    let kept = employee.my_emergency_contacts().await.unwrap();
    assert_eq!((kept.data, kept.fetched_at), (contacts, on_file.fetched_at), "the snapshot, with its age");
    assert_eq!(employee.my_bank_details().await.unwrap().data, bank.data);
}
