//! The Org API (seed 003): the org is the caller's company, so its `companyName` is the company's name
//! in the HR API too. Settings, contacts, the logo, Okta Support access, communication and footer
//! preferences, email bounce removal and the third-party admin setting.

mod bounces;
pub(crate) mod logo;
mod privacy;

use crate::AppState;
use crate::db::{Change, Connection};
use crate::okta::auth::Admin;
use crate::okta::body::OktaBody;
use crate::okta::error::{OktaError, OktaResult};
use crate::okta::fields::{self, Problems, is_web_url};
use crate::okta::links::BaseUrl;
use crate::store::organisation::settings as org;
use crate::store::people;
use crate::store::{StoreError, StoreResult, audit};
use axum::Json;
use axum::extract::{Path, State};
use okta_hr_domain::okta::org::{OrgContactTypeObj, OrgContactUser, OrgContactUserWrite, OrgSetting, OrgSettingWrite};
use okta_hr_domain::okta::{LifecycleStatus, Links};
use serde_json::{Map, Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_org, replace_org, update_org))
        .routes(routes!(contact_types))
        .routes(routes!(get_contact, set_contact))
        .merge(logo::router())
        .merge(privacy::router())
        .merge(bounces::router())
}

const COMPANY_NAME_MAX: usize = 255;
const FIELD_MAX: usize = 255;
const URL_FIELDS: &[&str] = &["website", "endUserSupportHelpURL"];
const PHONE_FIELDS: &[&str] = &["phoneNumber", "supportPhoneNumber"];

/// What the audit trail records of the org's settings: what an administrator sets, by its API name.
fn recorded(org: &org::Org) -> Value {
    let mut fields: Map<String, Value> = org::PROFILE_FIELDS
        .iter()
        .zip(&org.profile)
        .map(|((name, _), value)| ((*name).to_owned(), json!(value)))
        .collect();
    fields.insert("companyName".to_owned(), json!(org.company_name));
    Value::Object(fields)
}

/// The org's Okta id, by which the audit trail names the org and the settings it holds.
pub(crate) fn audited_id(conn: &Connection, company_id: i64) -> StoreResult<String> {
    org::get(conn, company_id)?.map(|org| org.okta_id).ok_or_else(|| StoreError::not_found(format!("Org {company_id}")))
}

async fn load(state: &AppState, company_id: i64) -> OktaResult<org::Org> {
    state
        .db
        .read(move |conn| org::get(conn, company_id))
        .await?
        .ok_or_else(|| OktaError::not_found(company_id.to_string(), "Org"))
}

fn org_json(base: &BaseUrl, org: org::Org) -> OrgSetting {
    let mut links = Links::new();
    links.insert("preferences", base.href("/api/v1/org/preferences"));
    links.insert("uploadLogo", base.action("/api/v1/org/logo", "POST"));
    links.insert("oktaCommunication", base.href("/api/v1/org/privacy/oktaCommunication"));
    if let Some(file_id) = &org.logo_file_id {
        links.insert("logo", base.href(&org::logo_path(file_id)));
    }
    links.insert("oktaSupport", base.href("/api/v1/org/privacy/oktaSupport"));
    links.insert("contacts", base.href("/api/v1/org/contacts"));
    let field = |name: &str| {
        org::PROFILE_FIELDS.iter().position(|(field, _)| *field == name).and_then(|at| org.profile.get(at).cloned()?)
    };
    OrgSetting {
        website: field("website"),
        phone_number: field("phoneNumber"),
        end_user_support_help_url: field("endUserSupportHelpURL"),
        support_phone_number: field("supportPhoneNumber"),
        address1: field("address1"),
        address2: field("address2"),
        city: field("city"),
        state: field("state"),
        country: field("country"),
        postal_code: field("postalCode"),
        id: org.okta_id,
        subdomain: org.subdomain,
        company_name: org.company_name,
        status: LifecycleStatus::Active,
        expires_at: None,
        created: org.created,
        last_updated: org.updated,
        links,
    }
}

/// Get the org's settings: the caller's company.
#[utoipa::path(get, path = "/api/v1/org", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    responses((status = 200, description = "The Org Setting", body = OrgSetting), (status = 403, description = "Administrators only")))]
async fn get_org(State(state): State<AppState>, Admin(caller): Admin, base: BaseUrl) -> OktaResult<Json<OrgSetting>> {
    Ok(Json(org_json(&base, load(&state, caller.company_id).await?)))
}

/// Replace the org's settings.
///
/// Every property not in the body is cleared; `companyName` is required, as the company must keep a name.
/// Read-only properties (`id`, `subdomain`, `status`, `created`, …) are ignored.
#[utoipa::path(put, path = "/api/v1/org", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    request_body = OrgSettingWrite,
    responses((status = 200, description = "The applied Org Setting", body = OrgSetting),
        (status = 400, description = "Invalid settings"), (status = 403, description = "Administrators only")))]
async fn replace_org(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<OrgSetting>> {
    save(&state, Change::by(caller.actor(), "org.replace"), caller.company_id, &base, &body, true).await
}

/// Update some of the org's settings.
///
/// Only the properties in the body change; `null` clears one (but not `companyName`).
#[utoipa::path(post, path = "/api/v1/org", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    request_body = OrgSettingWrite,
    responses((status = 200, description = "The applied Org Setting", body = OrgSetting),
        (status = 400, description = "Invalid settings"), (status = 403, description = "Administrators only")))]
async fn update_org(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<OrgSetting>> {
    save(&state, Change::by(caller.actor(), "org.update"), caller.company_id, &base, &body, false).await
}

async fn save(
    state: &AppState,
    what: Change,
    company_id: i64,
    base: &BaseUrl,
    body: &Map<String, Value>,
    replace: bool,
) -> OktaResult<Json<OrgSetting>> {
    let mut problems = Problems::default();
    let company_name = if replace || body.contains_key("companyName") {
        fields::required_text(body, "companyName", COMPANY_NAME_MAX, &mut problems)
    } else {
        None
    };
    let mut changes = Vec::new();
    for (index, (name, _)) in org::PROFILE_FIELDS.iter().enumerate() {
        if !replace && !body.contains_key(*name) {
            continue;
        }
        let value = fields::text(body, name, FIELD_MAX, &mut problems);
        if let Some(text) = &value {
            if URL_FIELDS.contains(name) && !is_web_url(text) {
                problems.add(name, format!("The {name} must be an http or https URL."));
            }
            if PHONE_FIELDS.contains(name) && !is_phone_number(text) {
                problems.add(name, format!("The {name} must be a phone number such as +1-555-415-1337."));
            }
        }
        changes.push((index, value));
    }
    problems.finish()?;
    let org = state
        .db
        .write(what, move |conn| {
            let before = org::get(conn, company_id)?;
            org::update(conn, company_id, company_name.as_deref(), &changes)?;
            let after = org::get(conn, company_id)?;
            match (&before, &after) {
                (Some(before), Some(after)) => {
                    conn.audit("org", &after.okta_id, &audit::changes(&recorded(before), &recorded(after)))?
                }
                // No such org: nothing was stored, and the answer is a 404.
                _ => conn.unchanged(),
            }
            Ok::<_, StoreError>(after)
        })
        .await?
        .ok_or_else(|| OktaError::not_found(company_id.to_string(), "Org"))?;
    Ok(Json(org_json(base, org)))
}

/// Digits with the separators people write (`+`, spaces, `-`, `.`, parentheses), and at least five digits.
fn is_phone_number(text: &str) -> bool {
    text.chars().all(|c| c.is_ascii_digit() || " +-.()".contains(c))
        && text.chars().filter(char::is_ascii_digit).count() >= 5
}

/// The contact types Okta knows, as the path spells them.
const CONTACT_TYPES: &[&str] = &["BILLING", "TECHNICAL"];

fn contact_type(text: &str) -> OktaResult<&'static str> {
    CONTACT_TYPES
        .iter()
        .find(|known| known.eq_ignore_ascii_case(text))
        .copied()
        .ok_or_else(|| OktaError::not_found(text, "ContactType"))
}

fn contact_json(base: &BaseUrl, user_id: Option<String>) -> OrgContactUser {
    let mut links = Links::new();
    if let Some(id) = &user_id {
        links.insert("user", base.href(&format!("/api/v1/users/{id}")));
    }
    OrgContactUser { user_id, links }
}

/// List the org's contact types.
#[utoipa::path(get, path = "/api/v1/org/contacts", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    responses((status = 200, description = "The contact types", body = Vec<OrgContactTypeObj>), (status = 403, description = "Administrators only")))]
async fn contact_types(_admin: Admin, base: BaseUrl) -> Json<Vec<OrgContactTypeObj>> {
    Json(
        CONTACT_TYPES
            .iter()
            .map(|kind| {
                let lower = kind.to_ascii_lowercase();
                let link = base.href(&format!("/api/v1/org/contacts/{lower}"));
                OrgContactTypeObj { contact_type: (*kind).to_owned(), links: Links::from([(lower, link)]) }
            })
            .collect(),
    )
}

/// The user who is the org's billing or technical contact.
///
/// Until one is chosen, it is the company's first HR administrator.
#[utoipa::path(get, path = "/api/v1/org/contacts/{contactType}", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    params(("contactType" = String, Path, description = "BILLING or TECHNICAL")),
    responses((status = 200, description = "The contact user", body = OrgContactUser), (status = 404, description = "Unknown contact type")))]
async fn get_contact(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path(kind): Path<String>,
) -> OktaResult<Json<OrgContactUser>> {
    let kind = contact_type(&kind)?;
    let company_id = caller.company_id;
    let user_id = state.db.read(move |conn| org::contact(conn, company_id, kind)).await?;
    Ok(Json(contact_json(&base, user_id)))
}

/// Make a user the org's billing or technical contact.
#[utoipa::path(put, path = "/api/v1/org/contacts/{contactType}", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    params(("contactType" = String, Path, description = "BILLING or TECHNICAL")),
    request_body = OrgContactUserWrite,
    responses((status = 200, description = "The contact user", body = OrgContactUser),
        (status = 404, description = "Unknown contact type or user"), (status = 400, description = "No userId")))]
async fn set_contact(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path(kind): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<OrgContactUser>> {
    let kind = contact_type(&kind)?;
    let mut problems = Problems::default();
    let user_key = fields::required_text(&body, "userId", FIELD_MAX, &mut problems);
    problems.finish()?;
    let user_key = user_key.unwrap_or_default();
    let company_id = caller.company_id;
    let lookup = user_key.clone();
    let user_id = state
        .db
        .write(Change::by(caller.actor(), "org.contact"), move |conn| {
            let Some(employee_id) = people::account::resolve(conn, company_id, &lookup)? else {
                // No such user: nothing changes, and the answer is a 404.
                conn.unchanged();
                return Ok(None);
            };
            let before = org::contact(conn, company_id, kind)?;
            org::set_contact(conn, company_id, kind, employee_id)?;
            let after = org::contact(conn, company_id, kind)?;
            conn.audit("org_contact", kind, &audit::changes(&json!({ "user": before }), &json!({ "user": after })))?;
            Ok::<_, StoreError>(after)
        })
        .await?
        .ok_or_else(|| OktaError::not_found(user_key, "User"))?;
    Ok(Json(contact_json(&base, Some(user_id))))
}
