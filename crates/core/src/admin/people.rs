//! HR's people back office over the HR API: hiring (with the activation link to hand over), effective-dated
//! changes and their history, offboarding and its checklist, departments and branches, and the bank-detail
//! requests HR decides. All online-only, as every admin write is (see the module above): each acts on
//! someone's account or pay at once, and HR must see the server's answer, not a queued hope.
//!
//! A person's own contact details, emergency contacts and bank-details request are online-only too: they
//! are rare, and the server's answer (a refused IBAN, the masked one stored) is what the person must see.
//! What is on file (their emergency contacts, their bank account masked and any request waiting for HR)
//! is read fresh and kept as a snapshot, shown with its age when the server cannot be reached.

use super::{Snapshot, refusal_of_write};
use crate::client::ClientError;
use crate::error::CoreResult;
use crate::{Core, Fresh};
use chrono::{DateTime, NaiveDate, Utc};
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::people::{
    ActivationLink, BankDetailRequestAttributes, EmergencyContact, EmployeeChangeAttributes, HireMeta,
    OffboardingAttributes,
};
use okta_hr_domain::validation::ValidationErrors;
use okta_hr_domain::wire::{BranchAttributes, DepartmentAttributes, EmployeeAttributes};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

/// Someone to hire; ids are the HR API's (departments, branches and employees).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NewHire {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub job_title: String,
    pub department_id: String,
    pub branch_id: String,
    pub manager_id: Option<String>,
    pub start_date: NaiveDate,
    /// full_time | part_time | contractor | intern
    pub employment_type: String,
    /// ISO weekdays; their branch's week when `None`.
    pub working_days: Option<Vec<u8>>,
}

/// A hire as the server answered it: the employee and the one-time link to hand over (shown once).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Hired {
    pub employee_id: String,
    pub employee: EmployeeAttributes,
    /// `None` only when the server answered a retry from its record, which never holds the link.
    pub activation: Option<ActivationLink>,
    pub employment_type: String,
    pub working_days: Vec<u8>,
}

#[derive(Deserialize)]
struct HireAnswer {
    data: Resource<EmployeeAttributes>,
    meta: HireMeta,
}

/// A change to someone's employment; only the fields `Some` change. `manager_id: Some(None)` removes the
/// manager. Without `effective_date` it applies today.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EmploymentChange {
    pub job_title: Option<String>,
    pub department_id: Option<String>,
    pub branch_id: Option<String>,
    pub manager_id: Option<Option<String>>,
    pub employment_type: Option<String>,
    pub effective_date: Option<NaiveDate>,
    pub reason: Option<String>,
}

impl EmploymentChange {
    fn body(&self) -> Value {
        let mut body = Map::new();
        let mut put = |name: &str, value: Option<Value>| {
            if let Some(value) = value {
                body.insert(name.to_owned(), value);
            }
        };
        put("job_title", self.job_title.as_ref().map(|v| json!(v)));
        put("department_id", self.department_id.as_ref().map(|v| json!(v)));
        put("branch_id", self.branch_id.as_ref().map(|v| json!(v)));
        put("manager_id", self.manager_id.as_ref().map(|v| json!(v)));
        put("employment_type", self.employment_type.as_ref().map(|v| json!(v)));
        put("effective_date", self.effective_date.map(|v| json!(v)));
        put("reason", self.reason.as_ref().map(|v| json!(v)));
        Value::Object(body)
    }
}

/// A department or a branch with its id, as HR manages them (retired ones included).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct WithId<A> {
    pub id: String,
    pub attributes: A,
}

impl<A> From<Resource<A>> for WithId<A> {
    fn from(resource: Resource<A>) -> Self {
        WithId { id: resource.id, attributes: resource.attributes }
    }
}

/// A branch's fields to set; `None` leaves one as it is.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BranchFields {
    pub name: Option<String>,
    pub address: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub geofence_radius: Option<f64>,
    pub retired: Option<bool>,
}

/// The account payroll pays the signed-in person to, as HR approved it: the IBAN masked to its last four.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BankAccount {
    pub account_holder: String,
    /// `•••• 1234`: never the whole IBAN.
    pub iban_masked: String,
    pub bic: Option<String>,
    pub approved_at: Option<DateTime<Utc>>,
}

/// The signed-in person's bank details: the account paid now (`None` before HR approved one) and their
/// request still waiting for HR, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct MyBankDetails {
    pub current: Option<BankAccount>,
    pub pending: Option<WithId<BankDetailRequestAttributes>>,
}

#[derive(Deserialize)]
struct MyBankDetailsWire {
    current: Option<BankAccount>,
    pending: Option<Resource<BankDetailRequestAttributes>>,
}

impl Core {
    /// Hires someone (HR): their record and sign-in user, PROVISIONED until they use the link. Online only.
    pub async fn hire(&self, hire: &NewHire) -> CoreResult<Hired> {
        let key = uuid::Uuid::new_v4().to_string();
        let client = &self.account()?.client;
        let answer: HireAnswer =
            client.post("/api/v1/employees", hire, Some(&key)).await.map_err(refusal_of_write)?.body;
        Ok(Hired {
            employee_id: answer.data.id,
            employee: answer.data.attributes,
            activation: answer.meta.activation,
            employment_type: answer.meta.employment_type,
            working_days: answer.meta.working_days,
        })
    }

    /// Changes someone's job, department, branch, manager or type from a day (HR); a later day is
    /// scheduled. Answers the history lines it recorded. Online only.
    pub async fn change_employment(
        &self,
        employee_id: &str,
        change: &EmploymentChange,
    ) -> CoreResult<Vec<EmployeeChangeAttributes>> {
        let path = format!("/api/v1/employees/{}", employee_id.trim());
        let client = &self.account()?.client;
        let answer: Document<Vec<Resource<EmployeeChangeAttributes>>> =
            client.patch(&path, &change.body()).await.map_err(refusal_of_write)?.body;
        Ok(answer.data.into_iter().map(|line| line.attributes).collect())
    }

    /// Someone's history of changes, the latest effective first (HR, or their managers).
    pub async fn employment_history(&self, employee_id: &str) -> CoreResult<Vec<EmployeeChangeAttributes>> {
        let path = format!("/api/v1/employees/{}/history?page[size]=100", employee_id.trim());
        let lines = self.account()?.client.all_pages::<EmployeeChangeAttributes>(&path).await;
        Ok(lines.map_err(refusal_of_write)?.into_iter().map(|line| line.attributes).collect())
    }

    /// Offboards someone (HR): access ends after `last_working_day`. Answers the open items. Online only.
    pub async fn offboard(
        &self,
        employee_id: &str,
        last_working_day: NaiveDate,
        reason: &str,
    ) -> CoreResult<OffboardingAttributes> {
        let path = format!("/api/v1/employees/{}/offboard", employee_id.trim());
        let body = json!({ "last_working_day": last_working_day, "reason": reason });
        let key = uuid::Uuid::new_v4().to_string();
        let client = &self.account()?.client;
        let answer: Document<Resource<OffboardingAttributes>> =
            client.post(&path, &body, Some(&key)).await.map_err(refusal_of_write)?.body;
        Ok(answer.data.attributes)
    }

    /// Someone's offboarding with what is still open now (HR).
    pub async fn offboarding(&self, employee_id: &str) -> CoreResult<OffboardingAttributes> {
        let path = format!("/api/v1/employees/{}/offboarding", employee_id.trim());
        let answer: Document<Resource<OffboardingAttributes>> =
            self.account()?.client.get(&path).await.map_err(refusal_of_write)?.body;
        Ok(answer.data.attributes)
    }

    /// Cancels an offboarding before access has ended (HR). Online only.
    pub async fn cancel_offboarding(&self, employee_id: &str) -> CoreResult<()> {
        let path = format!("/api/v1/employees/{}/offboard", employee_id.trim());
        self.account()?.client.delete(&path).await.map_err(refusal_of_write)
    }

    /// Every department, retired ones included (marked), by name.
    pub async fn manage_departments(&self) -> CoreResult<Vec<WithId<DepartmentAttributes>>> {
        let client = &self.account()?.client;
        let answer: Document<Vec<Resource<DepartmentAttributes>>> =
            client.get("/api/v1/departments?filter[retired]=include").await.map_err(refusal_of_write)?.body;
        Ok(answer.data.into_iter().map(WithId::from).collect())
    }

    /// Creates (`id` `None`) or changes a department (HR): `name`, `head_id` (`Some(None)` removes the
    /// head) and `retired`, each when `Some`. Online only.
    pub async fn save_department(
        &self,
        id: Option<&str>,
        name: Option<&str>,
        head_id: Option<Option<&str>>,
        retired: Option<bool>,
    ) -> CoreResult<WithId<DepartmentAttributes>> {
        let mut body = Map::new();
        if let Some(name) = name {
            body.insert("name".into(), json!(name));
        }
        if let Some(head) = head_id {
            body.insert("head_id".into(), json!(head));
        }
        if let Some(retired) = retired {
            body.insert("retired".into(), json!(retired));
        }
        let client = &self.account()?.client;
        let answer: Document<Resource<DepartmentAttributes>> = match id {
            None => client.post("/api/v1/departments", &body, None).await,
            Some(id) => client.patch(&format!("/api/v1/departments/{}", id.trim()), &body).await,
        }
        .map_err(refusal_of_write)?
        .body;
        Ok(answer.data.into())
    }

    /// Every branch, retired ones included (marked), by name.
    pub async fn manage_branches(&self) -> CoreResult<Vec<WithId<BranchAttributes>>> {
        let client = &self.account()?.client;
        let answer: Document<Vec<Resource<BranchAttributes>>> =
            client.get("/api/v1/branches?filter[retired]=include").await.map_err(refusal_of_write)?.body;
        Ok(answer.data.into_iter().map(WithId::from).collect())
    }

    /// Creates (`id` `None`) or changes a branch (HR); only the fields `Some` are sent. Online only.
    pub async fn save_branch(&self, id: Option<&str>, fields: &BranchFields) -> CoreResult<WithId<BranchAttributes>> {
        let body: Map<String, Value> = match serde_json::to_value(fields) {
            Ok(Value::Object(all)) => all.into_iter().filter(|(_, value)| !value.is_null()).collect(),
            _ => Map::new(),
        };
        let client = &self.account()?.client;
        let answer: Document<Resource<BranchAttributes>> = match id {
            None => client.post("/api/v1/branches", &body, None).await,
            Some(id) => client.patch(&format!("/api/v1/branches/{}", id.trim()), &body).await,
        }
        .map_err(refusal_of_write)?
        .body;
        Ok(answer.data.into())
    }

    /// The company's bank-detail requests, pending first (HR); `status` keeps one kind.
    pub async fn bank_detail_requests(
        &self,
        status: Option<&str>,
    ) -> CoreResult<Vec<WithId<BankDetailRequestAttributes>>> {
        let mut path = "/api/v1/bank-detail-requests?page[size]=100".to_owned();
        if let Some(status) = status {
            path.push_str(&format!("&filter[status]={}", super::query_value(status)));
        }
        let all = self.account()?.client.all_pages::<BankDetailRequestAttributes>(&path).await;
        Ok(all.map_err(refusal_of_write)?.into_iter().map(WithId::from).collect())
    }

    /// Approves or rejects a bank-detail request (HR; a rejection needs a reason). Online only.
    pub async fn decide_bank_detail_request(
        &self,
        id: &str,
        approve: bool,
        reason: Option<&str>,
    ) -> CoreResult<BankDetailRequestAttributes> {
        let path = format!("/api/v1/bank-detail-requests/{}/act", id.trim());
        let body = json!({ "decision": if approve { "approve" } else { "reject" }, "reason": reason });
        let key = uuid::Uuid::new_v4().to_string();
        let client = &self.account()?.client;
        let answer: Document<Resource<BankDetailRequestAttributes>> =
            client.post(&path, &body, Some(&key)).await.map_err(refusal_of_write)?.body;
        Ok(answer.data.attributes)
    }

    /// Changes the signed-in person's own phone, personal email or address (each when `Some`). Online only.
    pub async fn update_my_contact_details(
        &self,
        phone: Option<&str>,
        personal_email: Option<&str>,
        address: Option<&str>,
    ) -> CoreResult<Value> {
        let body = json!({ "phone": phone, "personal_email": personal_email, "address": address });
        let client = &self.account()?.client;
        let answer: Value = client.patch("/api/v1/me", &body).await.map_err(refusal_of_write)?.body;
        Ok(answer["data"].clone())
    }

    /// The signed-in person's emergency contacts on file, in their order; the kept snapshot offline.
    pub async fn my_emergency_contacts(&self) -> CoreResult<Fresh<Vec<EmergencyContact>>> {
        let client = &self.account()?.client;
        let fetched = client.get::<Document<Vec<EmergencyContact>>>("/api/v1/me/emergency-contacts").await;
        self.admin_read(Snapshot::MyEmergencyContacts, fetched.map(|answer| answer.body.data)).await
    }

    /// Replaces the signed-in person's emergency contacts, and keeps the list as stored. Online only.
    pub async fn set_my_emergency_contacts(&self, contacts: &[EmergencyContact]) -> CoreResult<Vec<EmergencyContact>> {
        let client = &self.account()?.client;
        let answer: Document<Vec<EmergencyContact>> =
            client.put("/api/v1/me/emergency-contacts", &contacts).await.map_err(refusal_of_write)?.body;
        Ok(self.admin_read(Snapshot::MyEmergencyContacts, Ok(answer.data)).await?.data)
    }

    /// The signed-in person's bank account (masked) and their request waiting for HR; the kept snapshot
    /// offline.
    pub async fn my_bank_details(&self) -> CoreResult<Fresh<MyBankDetails>> {
        let client = &self.account()?.client;
        let fetched = client.get::<Document<MyBankDetailsWire>>("/api/v1/me/bank-details").await;
        let details = fetched.map(|answer| MyBankDetails {
            current: answer.body.data.current,
            pending: answer.body.data.pending.map(WithId::from),
        });
        self.admin_read(Snapshot::MyBankDetails, details).await
    }

    /// Asks HR to pay the signed-in person to another account; the IBAN's checksum is checked here first
    /// (the server checks it again). Online only.
    pub async fn request_bank_details(
        &self,
        account_holder: &str,
        iban: &str,
        bic: Option<&str>,
    ) -> CoreResult<BankDetailRequestAttributes> {
        if !okta_hr_domain::people::is_valid_iban(iban) {
            let errors = ValidationErrors::single("iban", "The iban field must be a valid IBAN.");
            return Err(ClientError::Rejected { status: 422, message: errors.message(), errors }.into());
        }
        let body = json!({ "account_holder": account_holder, "iban": iban, "bic": bic });
        let key = uuid::Uuid::new_v4().to_string();
        let client = &self.account()?.client;
        let answer: Document<Resource<BankDetailRequestAttributes>> =
            client.post("/api/v1/me/bank-details", &body, Some(&key)).await.map_err(refusal_of_write)?.body;
        // The request is made; a failed re-read only leaves the kept bank details older.
        let _ = self.my_bank_details().await;
        Ok(answer.data.attributes)
    }
}
