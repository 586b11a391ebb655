//! What people change about themselves (extension): contact details and emergency contacts, their own
//! everyday writes; and bank details, which are a request HR approves before payroll uses them.

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, ListQuery};
use crate::store::people::self_service;
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::people::{BankDetailRequestAttributes, EmergencyContact, is_valid_bic, is_valid_iban};
use okta_hr_domain::validation::{ValidationErrors, Validator, is_email};
use okta_hr_domain::wire::Role;
use okta_hr_i18n::Language;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// More than a handful is a phone book, not emergency contacts.
const MAX_EMERGENCY_CONTACTS: usize = 5;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(update_contact_details))
        .routes(routes!(list_emergency_contacts, replace_emergency_contacts))
        .routes(routes!(my_bank_details, request_bank_details))
        .routes(routes!(list_bank_requests))
        .routes(routes!(act_on_bank_request))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct ContactDetailsInput {
    phone: Option<String>,
    personal_email: Option<String>,
    address: Option<String>,
    /// The language of your notifications and payslip PDFs: `en`, `de`, `fr`, `es`, `pt-BR` or `ar`.
    language: Option<String>,
}

/// Change your own phone, personal email, address or language (extension).
///
/// Only the fields sent change. Answers the contact details and language as they now are.
#[utoipa::path(patch, path = "/api/v1/me", tag = "Me", security(("bearer" = [])),
    request_body = ContactDetailsInput,
    responses((status = 200, description = "`{\"data\": {phone, personal_email, address}}`"),
        (status = 422, description = "An invalid email or language, or a field too long")))]
async fn update_contact_details(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    let mut v = Validator::new(&input.fields);
    let phone = v.optional_string("phone", Some(40));
    let personal_email = v.optional_string("personal_email", Some(255));
    let address = v.optional_string("address", Some(500));
    if personal_email.as_deref().is_some_and(|email| !is_email(email)) {
        v.fail("personal_email", "The personal email field must be a valid email address.");
    }
    let language = v.optional_string("language", Some(10));
    let chosen = language.as_deref().map(|tag| Language::ALL.into_iter().find(|language| language.tag() == tag));
    if chosen == Some(None) {
        v.fail("language", "The selected language is invalid.");
    }
    v.finish()?;
    state
        .db
        .write(Change::routine(user.actor(), "me.contact_details"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let details = self_service::MyDetails {
                    phone: phone.as_deref(),
                    personal_email: personal_email.as_deref(),
                    address: address.as_deref(),
                    language: chosen.flatten(),
                };
                self_service::set_contact_details(conn, user.company_id, user.id, &details)?;
                let details = self_service::contact_details(conn, user.company_id, user.id)?;
                Ok((StatusCode::OK, json!({ "data": details })))
            })
        })
        .await
}

/// A person's emergency contacts, in their order, as every answer about them reads.
#[derive(Serialize, ToSchema)]
pub struct EmergencyContactList {
    data: Vec<EmergencyContact>,
}

/// Your emergency contacts, in your order (extension).
#[utoipa::path(get, path = "/api/v1/me/emergency-contacts", tag = "Me", security(("bearer" = [])),
    responses((status = 200, description = "The contacts", body = EmergencyContactList)))]
async fn list_emergency_contacts(
    State(state): State<AppState>,
    user: AuthUser,
) -> ApiResult<Json<EmergencyContactList>> {
    let data = state.db.read(move |conn| self_service::emergency_contacts(conn, user.company_id, user.id)).await?;
    Ok(Json(EmergencyContactList { data }))
}

/// The contacts of a body: a list, or `{"data": [...]}`, each with a name, relationship and phone.
fn contacts_of(body: &[u8]) -> ApiResult<Vec<EmergencyContact>> {
    let items = match serde_json::from_slice::<Value>(body) {
        Ok(Value::Array(items)) => items,
        Ok(Value::Object(mut object)) => match object.remove("data") {
            Some(Value::Array(items)) => items,
            _ => return Err(ApiError::invalid("body", "The request body must be a list of contacts.")),
        },
        _ => return Err(ApiError::invalid("body", "The request body must be a list of contacts.")),
    };
    let mut errors = ValidationErrors::default();
    if items.len() > MAX_EMERGENCY_CONTACTS {
        errors.add("body", format!("At most {MAX_EMERGENCY_CONTACTS} emergency contacts."));
    }
    let mut contacts = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let Value::Object(fields) = item else {
            errors.add(&index.to_string(), "Each contact must be an object.");
            continue;
        };
        let mut v = Validator::new(fields);
        let name = v.required_string("name", Some(100));
        let relationship = v.required_string("relationship", Some(50));
        let phone = v.required_string("phone", Some(40));
        if let Err(item_errors) = v.finish() {
            for (field, messages) in item_errors.0 {
                for message in messages {
                    errors.add(&format!("{index}.{field}"), message);
                }
            }
            continue;
        }
        if let (Some(name), Some(relationship), Some(phone)) = (name, relationship, phone) {
            contacts.push(EmergencyContact { name, relationship, phone });
        }
    }
    if errors.is_empty() { Ok(contacts) } else { Err(errors.into()) }
}

/// Replace your emergency contacts (extension).
///
/// The body is the whole list, `[{name, relationship, phone}]`, at most five; an empty list removes them.
#[utoipa::path(put, path = "/api/v1/me/emergency-contacts", tag = "Me", security(("bearer" = [])),
    request_body = Vec<EmergencyContact>,
    responses((status = 200, description = "The contacts as stored", body = EmergencyContactList),
        (status = 422, description = "A contact without a name, relationship or phone")))]
async fn replace_emergency_contacts(
    State(state): State<AppState>,
    user: AuthUser,
    body: Bytes,
) -> ApiResult<Json<EmergencyContactList>> {
    let contacts = contacts_of(&body)?;
    let data = state
        .db
        .write(Change::routine(user.actor(), "me.emergency_contacts"), move |tx| {
            self_service::replace_emergency_contacts(tx, user.company_id, user.id, &contacts)?;
            self_service::emergency_contacts(tx, user.company_id, user.id)
        })
        .await?;
    Ok(Json(EmergencyContactList { data }))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct BankDetailsInput {
    account_holder: String,
    /// Spaces allowed; its check digits must be right.
    #[schema(example = "DE89 3704 0044 0532 0130 00")]
    iban: String,
    bic: Option<String>,
}

/// Ask for your pay to go to another account (extension).
///
/// A request HR approves or rejects; until then your current account stays. A newer request withdraws
/// a pending one. The answer, like every listing, shows the IBAN's last four characters only.
#[utoipa::path(post, path = "/api/v1/me/bank-details", tag = "Me", security(("bearer" = [])),
    request_body = BankDetailsInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses((status = 201, description = "The pending request", body = Document<Resource<BankDetailRequestAttributes>>),
        (status = 422, description = "An IBAN whose check digits are wrong, or an invalid BIC")))]
async fn request_bank_details(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    let mut v = Validator::new(&input.fields);
    let holder = v.required_string("account_holder", Some(140));
    let iban = v.required_string("iban", Some(42));
    let bic = v.optional_string("bic", Some(11));
    if iban.as_deref().is_some_and(|iban| !is_valid_iban(iban)) {
        v.fail("iban", "The iban field must be a valid IBAN.");
    }
    if bic.as_deref().is_some_and(|bic| !is_valid_bic(bic)) {
        v.fail("bic", "The bic field must be a valid BIC.");
    }
    v.finish()?;
    let (Some(holder), Some(iban)) = (holder, iban) else {
        return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
    };
    let bic = bic.map(|bic| bic.to_ascii_uppercase());
    state
        .db
        .write(Change::routine(user.actor(), "me.bank_details"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let request =
                    self_service::request_bank_details(conn, user.company_id, user.id, &holder, &iban, bic.as_deref())?;
                idempotency::document(StatusCode::CREATED, request)
            })
        })
        .await
}

/// Your bank details as payroll will use them, masked, and your request still waiting for HR (extension).
#[utoipa::path(get, path = "/api/v1/me/bank-details", tag = "Me", security(("bearer" = [])),
    responses((status = 200, description = "`{\"data\": {\"current\": {account_holder, iban_masked, bic, approved_at} | null, \"pending\": request | null}}`")))]
async fn my_bank_details(State(state): State<AppState>, user: AuthUser) -> ApiResult<Json<Value>> {
    let (current, pending) = state
        .db
        .read(move |conn| -> ApiResult<_> {
            let current = self_service::current_bank_account(conn, user.company_id, user.id)?;
            let pending = self_service::pending_request_of(conn, user.company_id, user.id)?;
            Ok((current, pending))
        })
        .await?;
    Ok(Json(json!({ "data": { "current": current, "pending": pending } })))
}

/// Bank-detail requests of the company, pending first (HR, extension).
///
/// `filter[status]`: pending, approved, rejected or withdrawn. IBANs are masked to their last four.
#[utoipa::path(get, path = "/api/v1/bank-detail-requests", tag = "People", security(("bearer" = [])),
    params(("filter[status]" = Option<String>, Query), ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses((status = 200, description = "Requests", body = Document<Vec<Resource<BankDetailRequestAttributes>>>),
        (status = 403, description = "HR only")))]
async fn list_bank_requests(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<BankDetailRequestAttributes>>>>> {
    user.require(&[Role::Hr])?;
    let status = query.filter_one_of("status", &["pending", "approved", "rejected", "withdrawn"])?;
    let page = (query.offset(), query.limit());
    let (items, total) =
        state.db.read(move |conn| self_service::bank_requests(conn, user.company_id, status.as_deref(), page)).await?;
    Ok(query.page(items, total))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct BankDecisionInput {
    /// approve | reject
    decision: String,
    /// Required to reject.
    reason: Option<String>,
}

/// Approve or reject a bank-detail request (HR, extension).
///
/// Approved, its account becomes the person's current one, which payroll pays to. Nobody decides their
/// own request. The audit trail records the IBAN masked.
#[utoipa::path(post, path = "/api/v1/bank-detail-requests/{bankDetailRequest_id}/act", tag = "People",
    security(("bearer" = [])), request_body = BankDecisionInput,
    params(("bankDetailRequest_id" = i64, Path, description = "The ID of the request"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses((status = 200, description = "The request as decided", body = Document<Resource<BankDetailRequestAttributes>>),
        (status = 403, description = "HR only, and not for one's own request"),
        (status = 404, description = "No such request in the company"),
        (status = 422, description = "Already decided, or a rejection without a reason")))]
async fn act_on_bank_request(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(request_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "bank_details.decide"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let request = self_service::bank_request(conn, user.company_id, request_id)?
                    .ok_or_else(|| ApiError::not_found("Bank detail request"))?;
                if request.attributes.employee_id == user.id.to_string() {
                    return Err(ApiError::Forbidden);
                }
                let mut v = Validator::new(&input.fields);
                let decision = v.required_one_of("decision", &["approve", "reject"]);
                let reason = v.optional_string("reason", Some(500));
                if decision.as_deref() == Some("reject") && reason.is_none() {
                    v.fail("reason", "The reason field is required when decision is reject.");
                }
                v.finish()?;
                let approve = decision.as_deref() == Some("approve");
                let Some((before, after)) = self_service::decide_bank_request(
                    conn,
                    user.company_id,
                    request_id,
                    approve,
                    user.id,
                    reason.as_deref(),
                )?
                else {
                    return Err(ApiError::invalid("decision", "This request has already been decided."));
                };
                // The attributes carry the masked IBAN only, so the trail never holds a whole one.
                let details = json!({ "before": before.attributes, "after": after.attributes, "reason": reason });
                tx.audit("bank_detail_request", &after.id, &details)?;
                idempotency::document(StatusCode::OK, after)
            })
        })
        .await
}
