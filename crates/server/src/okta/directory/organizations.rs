//! Organizations: the caller's company (`/organization`, `/organization/profile`), and by id the companies
//! its administrators may manage: their own and those they provisioned.

use super::accounts::activation_link;
use super::jwt::DirectoryCaller;
use super::{checked, patched};
use crate::AppState;
use crate::db::Change;
use crate::db::Connection;
use crate::okta::auth::Caller;
use crate::okta::body::OktaBody;
use crate::okta::error::{OktaError, OktaResult};
use crate::okta::links::BaseUrl;
use crate::okta::resource::find_or_404;
use crate::store::organisation::directory::{self as orgs, Organization, Profile, Scope};
use crate::store::people;
use crate::store::provisioning;
use crate::store::{StoreError, StoreResult, audit};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use okta_hr_domain::okta::Links;
use okta_hr_domain::okta::directory::{
    DirectoryOrganization, DirectoryOrganizationProfile, OwnerActivation, OwnerEmbedded,
};
use okta_hr_domain::okta::directory_requests::OrganizationWrite;
use okta_hr_domain::validation::{Validator, is_email};
use okta_hr_domain::wire::Role;
use serde_json::{Map, Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_organizations, create_organization, update_current_organization))
        .routes(routes!(get_organization, update_organization))
        .routes(routes!(get_current_profile, replace_current_profile, update_current_profile))
        .routes(routes!(get_profile, replace_profile, update_profile))
        .routes(routes!(organization_by_alias))
}

pub(super) fn scope(caller: &Caller) -> Scope {
    Scope { company_id: caller.company_id, admin: caller.is_admin() }
}

pub(super) fn organization_json(base: &BaseUrl, org: Organization) -> DirectoryOrganization {
    let path = format!("/api/v1/organization/{}", org.uuid);
    DirectoryOrganization {
        links: Links::from([
            ("self".to_owned(), base.href(&path)),
            ("profile".to_owned(), base.href(&format!("{path}/profile"))),
        ]),
        id: org.uuid,
        okta_id: org.okta_id,
        name: org.name,
        alias: org.alias,
        owner_email: org.owner_email,
        provisioned_by: org.provisioned_by,
        created: org.created,
        embedded: None,
    }
}

/// The organization `key` (UUID or Okta id) if the caller may see it, else Okta's 404.
pub(super) async fn load(state: &AppState, caller: &Caller, key: &str) -> OktaResult<Organization> {
    let scope = scope(caller);
    find_or_404(state, key, "Organization", move |conn, key| orgs::find(conn, scope, key)).await
}

pub(super) async fn current(state: &AppState, caller: &Caller) -> OktaResult<Organization> {
    let (scope, company_id) = (scope(caller), caller.company_id);
    state
        .db
        .read(move |conn| -> StoreResult<_> {
            Ok(orgs::list(conn, scope)?.into_iter().find(|org| org.id == company_id))
        })
        .await?
        .ok_or_else(|| OktaError::not_found("current", "Organization"))
}

/// The `{name, alias, ownerEmail}` body of creating or updating an organization.
struct OrganizationInput {
    name: String,
    alias: Option<String>,
    owner_email: Option<String>,
}

fn organization_input(body: &Map<String, Value>) -> OktaResult<OrganizationInput> {
    let mut v = Validator::new(body);
    let name = v.required_string("name", Some(255));
    let alias = v.optional_string("alias", Some(63)).map(|alias| alias.to_lowercase());
    if let Some(alias) = &alias
        && !alias.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        v.fail("alias", "The alias may only contain letters, digits and dashes.");
    }
    let owner_email = v.optional_string("ownerEmail", Some(255));
    if owner_email.as_deref().is_some_and(|email| !is_email(email)) {
        v.fail("ownerEmail", "The ownerEmail field must be a valid email address.");
    }
    checked(v)?;
    let name = name.ok_or_else(|| OktaError::internal(anyhow::anyhow!("validated name missing")))?;
    Ok(OrganizationInput { name, alias, owner_email })
}

/// List organizations.
///
/// The caller's organization, and for an administrator also the organizations theirs provisioned.
#[utoipa::path(get, path = "/api/v1/organization", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    responses((status = 200, description = "Organizations", body = Vec<DirectoryOrganization>), (status = 401, description = "Invalid token")))]
async fn list_organizations(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
) -> OktaResult<Json<Vec<DirectoryOrganization>>> {
    let scope = scope(&caller);
    let found = state.db.read(move |conn| orgs::list(conn, scope)).await?;
    Ok(Json(found.into_iter().map(|org| organization_json(&base, org)).collect()))
}

/// Create organization.
///
/// Provisions a new tenant (administrators only). With `ownerEmail`, an owner account (role hr) is created
/// in it and answered with its activation link; the owner sets a password there and then signs in. The
/// new organization's alias must be unique; its clock is UTC until its profile says otherwise.
#[utoipa::path(post, path = "/api/v1/organization", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    request_body = OrganizationWrite,
    responses((status = 201, description = "The new organization", body = DirectoryOrganization),
        (status = 403, description = "Administrators only"), (status = 400, description = "Invalid input")))]
async fn create_organization(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    OktaBody(body): OktaBody,
) -> OktaResult<(StatusCode, Json<DirectoryOrganization>)> {
    caller.require_admin()?;
    let input = organization_input(&body)?;
    let provisioner = caller.company_id;
    let (org, owner) = state
        .db
        .write(Change::by(caller.actor(), "organization.create").across_companies(), move |conn| -> OktaResult<_> {
            if let Some(alias) = &input.alias {
                orgs::ensure_alias_free(conn, alias, None)?;
            }
            let currency: String =
                conn.query_row("SELECT currency FROM companies WHERE id = ?1", [provisioner], |r| r.get(0))?;
            let company_id = provisioning::create_company(conn, &input.name, "UTC", &currency)?;
            orgs::set_provisioner(conn, company_id, provisioner)?;
            let owner = match &input.owner_email {
                None => None,
                Some(email) => Some(create_owner(conn, company_id, email)?),
            };
            orgs::update(conn, company_id, &input.name, input.alias.as_deref(), owner.as_ref().map(|(id, _)| *id))?;
            let scope = Scope { company_id: provisioner, admin: true };
            let org = orgs::list(conn, scope)?.into_iter().find(|org| org.id == company_id);
            if let Some(org) = &org {
                // That the owner got an activation link is recorded, never its token.
                let details = json!({
                    "profile": audit::changes(&Value::Null, &recorded(org)),
                    "owner_one_time_link": owner.is_some(),
                });
                conn.audit(AUDITED_AS, &org.uuid, &details)?;
            }
            Ok((org, owner))
        })
        .await?;
    let org = org.ok_or_else(|| OktaError::internal(anyhow::anyhow!("a created organization could not be read")))?;
    let embedded = owner.map(|(_, token)| {
        let link = activation_link(&base, token);
        let owner = OwnerActivation {
            activation_url: link.activation_url,
            activation_token: link.activation_token,
            email: org.owner_email.clone(),
        };
        OwnerEmbedded { owner }
    });
    Ok((StatusCode::CREATED, Json(DirectoryOrganization { embedded, ..organization_json(&base, org) })))
}

/// How the audit trail names an organization: by its UUID, the id the Directory API gives it.
const AUDITED_AS: &str = "organization";

/// What the audit trail records of an organization: what an administrator sets.
fn recorded(org: &Organization) -> Value {
    json!({ "name": org.name, "alias": org.alias, "ownerEmail": org.owner_email })
}

/// The owner account of a new organization: an hr account, PROVISIONED until its activation.
fn create_owner(conn: &Connection, company_id: i64, email: &str) -> Result<(i64, String), StoreError> {
    let taken: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM employees WHERE email = ?1 OR login = ?1)", [email], |r| {
            r.get(0)
        })?;
    if taken {
        return Err(StoreError::invalid("ownerEmail", "The ownerEmail has already been taken."));
    }
    let name = email.split('@').next().unwrap_or(email);
    people::directory::create(conn, company_id, name, email, Role::Hr)
}

async fn update_organization_row(
    state: &AppState,
    caller: &Caller,
    base: &BaseUrl,
    org: Organization,
    body: &Map<String, Value>,
) -> OktaResult<Json<DirectoryOrganization>> {
    let input = organization_input(body)?;
    let company_id = org.id;
    // Read as the organization itself sees it: the change was already allowed.
    let (scope, uuid) = (Scope { company_id, admin: false }, org.uuid.clone());
    state
        .db
        .write(Change::by(caller.actor(), "organization.update").across_companies(), move |conn| {
            let before = orgs::find(conn, scope, &uuid)?;
            let owner = match &input.owner_email {
                None => None,
                Some(email) => {
                    let owner = people::directory::find(conn, company_id, email)?.ok_or_else(|| {
                        StoreError::invalid("ownerEmail", "The owner must be an account of the organization.")
                    })?;
                    // The owner administers the organization.
                    conn.execute("UPDATE employees SET role = 'hr' WHERE id = ?1", [owner.id])?;
                    Some(owner.id)
                }
            };
            orgs::update(conn, company_id, &input.name, input.alias.as_deref(), owner)?;
            match (before, orgs::find(conn, scope, &uuid)?) {
                (Some(before), Some(after)) => {
                    conn.audit(AUDITED_AS, &uuid, &audit::changes(&recorded(&before), &recorded(&after)))?
                }
                // Gone since it was read: nothing was changed, and reading it back answers a 404.
                _ => conn.unchanged(),
            }
            Ok::<_, StoreError>(())
        })
        .await?;
    let updated =
        find_or_404(state, &org.uuid, "Organization", move |conn, uuid| orgs::find(conn, scope, uuid)).await?;
    Ok(Json(organization_json(base, updated)))
}

/// Update current organization.
///
/// `name` is required; `alias` and `ownerEmail` change only when sent. The owner must be an account of
/// the organization and is given the hr role. Administrators only.
#[utoipa::path(patch, path = "/api/v1/organization", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    request_body = OrganizationWrite,
    responses((status = 200, description = "The organization", body = DirectoryOrganization), (status = 400, description = "Invalid input")))]
async fn update_current_organization(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<DirectoryOrganization>> {
    caller.require_admin()?;
    let org = current(&state, &caller).await?;
    update_organization_row(&state, &caller, &base, org, &body).await
}

/// Get organization by ID (its UUID or Okta id).
#[utoipa::path(get, path = "/api/v1/organization/{organization}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("organization" = String, Path, description = "UUID or Okta id")),
    responses((status = 200, description = "The organization", body = DirectoryOrganization), (status = 404, description = "Not found")))]
async fn get_organization(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(organization): Path<String>,
) -> OktaResult<Json<DirectoryOrganization>> {
    Ok(Json(organization_json(&base, load(&state, &caller, &organization).await?)))
}

/// Update organization by ID: the caller's own or one it provisioned. Administrators only.
#[utoipa::path(patch, path = "/api/v1/organization/{organization}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("organization" = String, Path)), request_body = OrganizationWrite,
    responses((status = 200, description = "The organization", body = DirectoryOrganization), (status = 404, description = "Not found")))]
async fn update_organization(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(organization): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<DirectoryOrganization>> {
    caller.require_admin()?;
    let org = load(&state, &caller, &organization).await?;
    update_organization_row(&state, &caller, &base, org, &body).await
}

/// The profile attributes of a body; checked the same for a replace and a partial update.
fn profile_input(body: &Map<String, Value>) -> OktaResult<Profile> {
    let mut v = Validator::new(body);
    let url = |v: &mut Validator, field: &str| {
        let url = v.optional_string(field, Some(2048));
        if url.as_deref().is_some_and(|u| !(u.starts_with("https://") || u.starts_with("http://"))) {
            v.fail(field, format!("The {field} field must be an http or https URL."));
        }
        url
    };
    let logo_url = url(&mut v, "logoUrl");
    let website = url(&mut v, "website");
    let timezone = v.optional_string("timezone", Some(64));
    if timezone.as_deref().is_some_and(|tz| tz.parse::<chrono_tz::Tz>().is_err()) {
        v.fail("timezone", "The timezone must be an IANA time zone (e.g. Europe/Berlin).");
    }
    let country_code = v.optional_string("countryCode", Some(2)).map(|code| code.to_uppercase());
    if country_code.as_deref().is_some_and(|code| code.len() != 2 || !code.chars().all(|c| c.is_ascii_alphabetic())) {
        v.fail("countryCode", "The countryCode must be a two-letter ISO 3166-1 code.");
    }
    let profile = Profile {
        logo_url,
        timezone,
        location: v.optional_string("location", Some(255)),
        country_code,
        company_size: v.optional_string("companySize", Some(50)),
        website,
        mission: v.optional_string("mission", Some(5000)),
    };
    checked(v)?;
    Ok(profile)
}

/// Writes a profile over the stored one: all of it (`partial` false) or the attributes sent.
async fn write_profile(
    state: &AppState,
    caller: &Caller,
    org: &Organization,
    body: &Map<String, Value>,
    partial: bool,
) -> OktaResult<Json<DirectoryOrganizationProfile>> {
    caller.require_admin()?;
    let sent = profile_input(body)?;
    let (company_id, uuid) = (org.id, org.uuid.clone());
    let partial_body = partial.then(|| body.clone());
    let profile = state
        .db
        .write(Change::by(caller.actor(), "organization.profile").across_companies(), move |conn| -> OktaResult<_> {
            let stored = orgs::profile(conn, company_id)?;
            let before = serde_json::to_value(&stored)?;
            let profile = match &partial_body {
                None => sent,
                Some(body) => Profile {
                    logo_url: patched(body, "logoUrl", sent.logo_url, stored.logo_url),
                    timezone: patched(body, "timezone", sent.timezone, stored.timezone),
                    location: patched(body, "location", sent.location, stored.location),
                    country_code: patched(body, "countryCode", sent.country_code, stored.country_code),
                    company_size: patched(body, "companySize", sent.company_size, stored.company_size),
                    website: patched(body, "website", sent.website, stored.website),
                    mission: patched(body, "mission", sent.mission, stored.mission),
                },
            };
            orgs::write_profile(conn, company_id, &profile)?;
            let written = orgs::profile(conn, company_id)?;
            let details = json!({ "profile": audit::changes(&before, &serde_json::to_value(&written)?) });
            conn.audit(AUDITED_AS, &uuid, &details)?;
            Ok(written)
        })
        .await?;
    Ok(Json(profile))
}

async fn read_profile(state: &AppState, org: &Organization) -> OktaResult<Json<DirectoryOrganizationProfile>> {
    let company_id = org.id;
    Ok(Json(state.db.read(move |conn| orgs::profile(conn, company_id)).await?))
}

/// Get organization profile (the caller's organization).
#[utoipa::path(get, path = "/api/v1/organization/profile", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    responses((status = 200, description = "The profile", body = DirectoryOrganizationProfile)))]
async fn get_current_profile(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
) -> OktaResult<Json<DirectoryOrganizationProfile>> {
    read_profile(&state, &current(&state, &caller).await?).await
}

/// Create or replace organization profile: attributes not sent are cleared, except the time zone, which
/// is the company's clock and is kept. Administrators only.
#[utoipa::path(post, path = "/api/v1/organization/profile", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    request_body = DirectoryOrganizationProfile,
    responses((status = 200, description = "The profile", body = DirectoryOrganizationProfile), (status = 400, description = "Invalid attributes")))]
async fn replace_current_profile(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<DirectoryOrganizationProfile>> {
    let org = current(&state, &caller).await?;
    write_profile(&state, &caller, &org, &body, false).await
}

/// Update organization profile: only the attributes sent change (`null` clears one). Administrators only.
#[utoipa::path(patch, path = "/api/v1/organization/profile", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    request_body = DirectoryOrganizationProfile,
    responses((status = 200, description = "The profile", body = DirectoryOrganizationProfile), (status = 400, description = "Invalid attributes")))]
async fn update_current_profile(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<DirectoryOrganizationProfile>> {
    let org = current(&state, &caller).await?;
    write_profile(&state, &caller, &org, &body, true).await
}

/// Get organization profile by ID.
#[utoipa::path(get, path = "/api/v1/organization/{organization}/profile", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("organization" = String, Path)),
    responses((status = 200, description = "The profile", body = DirectoryOrganizationProfile), (status = 404, description = "Not found")))]
async fn get_profile(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    Path(organization): Path<String>,
) -> OktaResult<Json<DirectoryOrganizationProfile>> {
    read_profile(&state, &load(&state, &caller, &organization).await?).await
}

/// Create or replace profile for organization (by ID). Administrators only.
#[utoipa::path(post, path = "/api/v1/organization/{organization}/profile", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("organization" = String, Path)), request_body = DirectoryOrganizationProfile,
    responses((status = 200, description = "The profile", body = DirectoryOrganizationProfile), (status = 404, description = "Not found")))]
async fn replace_profile(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    Path(organization): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<DirectoryOrganizationProfile>> {
    let org = load(&state, &caller, &organization).await?;
    write_profile(&state, &caller, &org, &body, false).await
}

/// Update profile for organization (by ID): only the attributes sent change. Administrators only.
#[utoipa::path(patch, path = "/api/v1/organization/{organization}/profile", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("organization" = String, Path)), request_body = DirectoryOrganizationProfile,
    responses((status = 200, description = "The profile", body = DirectoryOrganizationProfile), (status = 404, description = "Not found")))]
async fn update_profile(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    Path(organization): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<DirectoryOrganizationProfile>> {
    let org = load(&state, &caller, &organization).await?;
    write_profile(&state, &caller, &org, &body, true).await
}

/// Get organization by alias (case-insensitive), among the organizations the caller may see.
#[utoipa::path(get, path = "/api/v1/organization/alias/{alias}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("alias" = String, Path)),
    responses((status = 200, description = "The organization", body = DirectoryOrganization), (status = 404, description = "Not found")))]
async fn organization_by_alias(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(alias): Path<String>,
) -> OktaResult<Json<DirectoryOrganization>> {
    let scope = scope(&caller);
    let org =
        find_or_404(&state, &alias, "Organization", move |conn, alias| orgs::by_alias(conn, scope, alias)).await?;
    Ok(Json(organization_json(&base, org)))
}
