//! People and organisation: HR hires (with the activation link to hand over), changes someone's job,
//! offboards, keeps departments and branches and decides bank-detail requests; everyone changes their own
//! contact details, emergency contacts and bank details; and a new person sets their password from the
//! activation link on the sign-in screen. All online-only (see `okta_hr_core::admin::people`): nothing
//! here is queued, the server's answer is shown at once.

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use chrono::{DateTime, NaiveDate, Utc};
use okta_hr_core::CoreError;
use okta_hr_core::admin::people::{BankAccount, BranchFields, EmploymentChange, Hired, NewHire, WithId};
use okta_hr_core::client::{ApiClient, ClientError};
use okta_hr_domain::geofence::{Fix, Geofence, GeofencePolicy, Verdict, distance_m, format_distance};
use okta_hr_domain::people::{
    BankDetailRequestAttributes, EmergencyContact, EmployeeChangeAttributes, OffboardingAttributes,
};
use okta_hr_domain::wire::{BranchAttributes, DepartmentAttributes};
use serde::{Deserialize, Serialize};
use tauri::State;

/// Someone's history of changes (or the lines one change recorded), the latest effective first.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct EmploymentHistory {
    pub items: Vec<EmployeeChangeAttributes>,
}

/// Every department, retired ones included, as HR keeps them; read from the server just now.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ManagedDepartments {
    pub items: Vec<WithId<DepartmentAttributes>>,
}

/// Every branch, retired ones included, as HR keeps them; read from the server just now.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ManagedBranches {
    pub items: Vec<WithId<BranchAttributes>>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedDepartment {
    pub department: WithId<DepartmentAttributes>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedBranch {
    pub branch: WithId<BranchAttributes>,
}

/// Bank-detail requests, pending first; IBANs masked by the server.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct BankDetailRequestList {
    pub items: Vec<WithId<BankDetailRequestAttributes>>,
}

/// The signed-in person's contact details as the server now holds them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, specta::Type)]
pub struct ContactDetails {
    pub phone: Option<String>,
    pub personal_email: Option<String>,
    pub address: Option<String>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct EmergencyContactList {
    pub items: Vec<EmergencyContact>,
}

/// The signed-in person's emergency contacts on file and when the server last sent them (offline: the
/// kept snapshot's age).
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct EmergencyContactsOnFile {
    pub items: Vec<EmergencyContact>,
    pub fetched_at: Option<DateTime<Utc>>,
}

/// The signed-in person's bank account (masked; `None` before HR approved one), their request waiting
/// for HR, and when the server last sent them (offline: the kept snapshot's age).
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct BankDetailsOnFile {
    pub current: Option<BankAccount>,
    pub pending: Option<WithId<BankDetailRequestAttributes>>,
    pub fetched_at: Option<DateTime<Utc>>,
}

/// A change to someone's employment as the form sends it; only the fields given change. `remove_manager`
/// takes their manager away (a `manager_id` of `null` could not be told from "unchanged").
#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
pub struct EmploymentChangeInput {
    pub job_title: Option<String>,
    pub department_id: Option<String>,
    pub branch_id: Option<String>,
    pub manager_id: Option<String>,
    #[serde(default)]
    pub remove_manager: bool,
    pub employment_type: Option<String>,
    pub effective_date: Option<NaiveDate>,
    pub reason: Option<String>,
}

impl From<EmploymentChangeInput> for EmploymentChange {
    fn from(input: EmploymentChangeInput) -> Self {
        let manager_id = if input.remove_manager { Some(None) } else { text(input.manager_id).map(Some) };
        EmploymentChange {
            job_title: text(input.job_title),
            department_id: text(input.department_id),
            branch_id: text(input.branch_id),
            manager_id,
            employment_type: text(input.employment_type),
            effective_date: input.effective_date,
            reason: text(input.reason),
        }
    }
}

/// A department's fields to set; `None` leaves one as it is, `remove_head` takes the head away.
#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
pub struct DepartmentInput {
    pub name: Option<String>,
    pub head_id: Option<String>,
    #[serde(default)]
    pub remove_head: bool,
    pub retired: Option<bool>,
}

/// How far a position is from a geofence's centre, judged with the rule check-ins are judged by.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct FenceDistance {
    pub distance_m: f64,
    /// "87 m", "1.2 km".
    pub distance_text: String,
    /// With a radius: whether a check-in from this position would be accepted (the position's
    /// reported accuracy widens the radius, as on the server); `None` without a radius.
    pub inside: Option<bool>,
    /// The radius plus the allowance for the position's accuracy, with a radius.
    pub allowed_m: Option<f64>,
}

/// Trimmed text, `None` when empty.
fn text(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

#[tauri::command]
#[specta::specta]
pub async fn hire(state: State<'_, AppState>, hire: NewHire) -> AppResult<Hired> {
    let hire = NewHire {
        first_name: hire.first_name.trim().to_owned(),
        last_name: hire.last_name.trim().to_owned(),
        email: hire.email.trim().to_owned(),
        job_title: hire.job_title.trim().to_owned(),
        manager_id: text(hire.manager_id),
        ..hire
    };
    let hired = state.core.read().await.hire(&hire).await?;
    // The directory, the pickers and the admin list learn of the new person in the background.
    state.fill_team_in_background();
    Ok(hired)
}

/// Changes someone's job, department, branch, manager or type from a day; answers the lines recorded.
#[tauri::command]
#[specta::specta]
pub async fn change_employment(
    state: State<'_, AppState>,
    employee_id: String,
    change: EmploymentChangeInput,
) -> AppResult<EmploymentHistory> {
    let items = state.core.read().await.change_employment(&employee_id, &change.into()).await?;
    state.fill_team_in_background();
    Ok(EmploymentHistory { items })
}

#[tauri::command]
#[specta::specta]
pub async fn employment_history(state: State<'_, AppState>, employee_id: String) -> AppResult<EmploymentHistory> {
    Ok(EmploymentHistory { items: state.core.read().await.employment_history(&employee_id).await? })
}

#[tauri::command]
#[specta::specta]
pub async fn offboard(
    state: State<'_, AppState>,
    employee_id: String,
    last_working_day: NaiveDate,
    reason: String,
) -> AppResult<OffboardingAttributes> {
    Ok(state.core.read().await.offboard(&employee_id, last_working_day, reason.trim()).await?)
}

/// Someone's offboarding with what is still open, or `None` when they are not being offboarded.
#[tauri::command]
#[specta::specta]
pub async fn offboarding(state: State<'_, AppState>, employee_id: String) -> AppResult<Option<OffboardingAttributes>> {
    match state.core.read().await.offboarding(&employee_id).await {
        Ok(offboarding) => Ok(Some(offboarding)),
        Err(CoreError::Client(ClientError::Rejected { status: 404, .. })) => Ok(None),
        Err(error) => Err(error.into()),
    }
}

#[tauri::command]
#[specta::specta]
pub async fn cancel_offboarding(state: State<'_, AppState>, employee_id: String) -> AppResult<()> {
    Ok(state.core.read().await.cancel_offboarding(&employee_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn manage_departments(state: State<'_, AppState>) -> AppResult<ManagedDepartments> {
    Ok(ManagedDepartments { items: state.core.read().await.manage_departments().await? })
}

/// Creates (`id` `None`) or changes a department.
#[tauri::command]
#[specta::specta]
pub async fn save_department(
    state: State<'_, AppState>,
    id: Option<String>,
    fields: DepartmentInput,
) -> AppResult<SavedDepartment> {
    let name = text(fields.name);
    let head = text(fields.head_id);
    let head_id = if fields.remove_head { Some(None) } else { head.as_deref().map(Some) };
    let department =
        state.core.read().await.save_department(id.as_deref(), name.as_deref(), head_id, fields.retired).await?;
    state.fill_team_in_background();
    Ok(SavedDepartment { department })
}

#[tauri::command]
#[specta::specta]
pub async fn manage_branches(state: State<'_, AppState>) -> AppResult<ManagedBranches> {
    Ok(ManagedBranches { items: state.core.read().await.manage_branches().await? })
}

/// Creates (`id` `None`) or changes a branch; only the fields given are sent.
#[tauri::command]
#[specta::specta]
pub async fn save_branch(
    state: State<'_, AppState>,
    id: Option<String>,
    fields: BranchFields,
) -> AppResult<SavedBranch> {
    let fields = BranchFields { name: text(fields.name), address: text(fields.address), ..fields };
    let branch = state.core.read().await.save_branch(id.as_deref(), &fields).await?;
    state.fill_team_in_background();
    Ok(SavedBranch { branch })
}

/// How far `fix` is from a fence centred on `latitude`, `longitude` (and, with `radius_m`, whether a
/// check-in from there would be accepted): what HR sees while placing a branch's geofence.
#[tauri::command]
#[specta::specta]
pub fn geofence_distance(fix: Fix, latitude: f64, longitude: f64, radius_m: Option<f64>) -> AppResult<FenceDistance> {
    let valid = (-90.0..=90.0).contains(&latitude) && (-180.0..=180.0).contains(&longitude);
    if !valid {
        return Err(AppError::invalid(
            "The centre must be a latitude between -90 and 90 and a longitude between -180 and 180.",
        ));
    }
    let distance = distance_m(latitude, longitude, fix.latitude, fix.longitude);
    let verdict = radius_m.filter(|r| *r > 0.0).map(|radius_m| {
        GeofencePolicy::default().evaluate(Some(&Geofence { latitude, longitude, radius_m }), Some(&fix))
    });
    let allowed_m = match verdict {
        Some(Verdict::Inside { allowed_m, .. } | Verdict::Outside { allowed_m, .. }) => Some(allowed_m),
        _ => None,
    };
    Ok(FenceDistance {
        distance_m: distance,
        distance_text: format_distance(distance),
        inside: verdict.as_ref().map(Verdict::is_accepted),
        allowed_m,
    })
}

/// The company's bank-detail requests, pending first; `status` keeps one kind.
#[tauri::command]
#[specta::specta]
pub async fn bank_detail_requests(
    state: State<'_, AppState>,
    status: Option<String>,
) -> AppResult<BankDetailRequestList> {
    let status = text(status);
    Ok(BankDetailRequestList { items: state.core.read().await.bank_detail_requests(status.as_deref()).await? })
}

#[tauri::command]
#[specta::specta]
pub async fn decide_bank_detail_request(
    state: State<'_, AppState>,
    id: String,
    approve: bool,
    reason: Option<String>,
) -> AppResult<BankDetailRequestAttributes> {
    let reason = text(reason);
    Ok(state.core.read().await.decide_bank_detail_request(&id, approve, reason.as_deref()).await?)
}

/// Changes the signed-in person's phone, personal email or address; an empty field stays as it is.
#[tauri::command]
#[specta::specta]
pub async fn update_my_contact_details(
    state: State<'_, AppState>,
    phone: Option<String>,
    personal_email: Option<String>,
    address: Option<String>,
) -> AppResult<ContactDetails> {
    let (phone, personal_email, address) = (text(phone), text(personal_email), text(address));
    let answer = state
        .core
        .read()
        .await
        .update_my_contact_details(phone.as_deref(), personal_email.as_deref(), address.as_deref())
        .await?;
    Ok(serde_json::from_value(answer).unwrap_or_default())
}

/// The signed-in person's emergency contacts on file; offline, the last ones read on this device.
#[tauri::command]
#[specta::specta]
pub async fn my_emergency_contacts(state: State<'_, AppState>) -> AppResult<EmergencyContactsOnFile> {
    let fresh = state.core.read().await.my_emergency_contacts().await?;
    Ok(EmergencyContactsOnFile { items: fresh.data, fetched_at: fresh.fetched_at })
}

/// The signed-in person's bank account (masked) and pending request; offline, the last read on this device.
#[tauri::command]
#[specta::specta]
pub async fn my_bank_details(state: State<'_, AppState>) -> AppResult<BankDetailsOnFile> {
    let fresh = state.core.read().await.my_bank_details().await?;
    Ok(BankDetailsOnFile { current: fresh.data.current, pending: fresh.data.pending, fetched_at: fresh.fetched_at })
}

/// Replaces the signed-in person's emergency contacts (at most five); answers them as stored.
#[tauri::command]
#[specta::specta]
pub async fn set_my_emergency_contacts(
    state: State<'_, AppState>,
    contacts: Vec<EmergencyContact>,
) -> AppResult<EmergencyContactList> {
    let contacts: Vec<EmergencyContact> = contacts
        .into_iter()
        .map(|c| EmergencyContact {
            name: c.name.trim().to_owned(),
            relationship: c.relationship.trim().to_owned(),
            phone: c.phone.trim().to_owned(),
        })
        .collect();
    Ok(EmergencyContactList { items: state.core.read().await.set_my_emergency_contacts(&contacts).await? })
}

/// Asks HR to pay the signed-in person to another account; answers the pending request (IBAN masked).
#[tauri::command]
#[specta::specta]
pub async fn request_bank_details(
    state: State<'_, AppState>,
    account_holder: String,
    iban: String,
    bic: Option<String>,
) -> AppResult<BankDetailRequestAttributes> {
    let bic = text(bic);
    Ok(state.core.read().await.request_bank_details(account_holder.trim(), iban.trim(), bic.as_deref()).await?)
}

#[derive(Deserialize)]
struct Message {
    message: String,
}

/// Sets a password from an activation (or reset) link's token at `server_url`, with nobody signed in;
/// answers the server's message. The person signs in with it next.
#[tauri::command]
#[specta::specta]
pub async fn activate_account(server_url: String, token: String, password: String) -> AppResult<String> {
    let server_url = server_url.trim();
    if !(server_url.starts_with("http://") || server_url.starts_with("https://")) {
        return Err(AppError::invalid("The server address must start with https:// (or http://)."));
    }
    let token = token.trim();
    if token.is_empty() {
        return Err(AppError::invalid("Paste the activation link HR gave you."));
    }
    let client = ApiClient::new(server_url).map_err(CoreError::from)?;
    let body = serde_json::json!({ "token": token, "password": password });
    let answer = client.post::<Message, _>("/api/v1/auth/set-password", &body, None).await.map_err(CoreError::from)?;
    Ok(answer.body.message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_sends_only_what_the_form_gave() {
        let change: EmploymentChange = EmploymentChangeInput {
            job_title: Some("  Lead developer ".into()),
            department_id: Some(String::new()),
            manager_id: Some("7".into()),
            reason: Some("Promotion".into()),
            ..Default::default()
        }
        .into();
        assert_eq!(change.job_title.as_deref(), Some("Lead developer"));
        assert_eq!(change.department_id, None, "an empty field is unchanged");
        assert_eq!(change.manager_id, Some(Some("7".into())));
        let removed: EmploymentChange =
            EmploymentChangeInput { manager_id: Some("7".into()), remove_manager: true, ..Default::default() }.into();
        assert_eq!(removed.manager_id, Some(None), "removing wins over a stale pick");
    }

    #[test]
    fn the_distance_to_a_fence_is_judged_as_check_ins_are() {
        let hq = Fix { latitude: 52.520008, longitude: 13.404954, accuracy_m: Some(8.0) };
        let here = geofence_distance(hq, 52.520008, 13.404954, Some(100.0)).unwrap();
        assert!(here.distance_m < 1.0);
        assert_eq!(here.inside, Some(true));
        assert_eq!(here.allowed_m, Some(108.0));
        let paris = geofence_distance(hq, 48.8566, 2.3522, None).unwrap();
        assert_eq!(paris.distance_text, "877 km");
        assert_eq!(paris.inside, None);
        assert!(geofence_distance(hq, 91.0, 0.0, None).is_err());
    }
}
