//! Accounts: the people of the caller's organization as sign-in identities (the Users API's users).
//! An account and its employee record are one row and share one id.

use super::jwt::DirectoryCaller;
use super::{checked, routes_at};
use crate::AppState;
use crate::db::Change;
use crate::db::Connection;
use crate::okta::auth::Caller;
use crate::okta::body::OktaBody;
use crate::okta::error::{OktaError, OktaResult};
use crate::okta::links::BaseUrl;
use crate::okta::page::{PageQuery, Paged};
use crate::okta::resource::find_or_404;
use crate::store::organisation::directory::{self as orgs, Scope};
use crate::store::people;
use crate::store::people::directory::Person;
use crate::store::{StoreError, StoreResult, audit};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use okta_hr_domain::okta::Links;
use okta_hr_domain::okta::directory::{ActivationEmbedded, ActivationLink, DirectoryAccount};
use okta_hr_domain::okta::directory_requests::{AccountWrite, GrantRoleRequest};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::Role;
use serde_json::{Map, Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    let router = OpenApiRouter::new()
        .routes(routes!(list_accounts, create_account))
        .routes(routes!(organization_admins))
        .routes(routes!(accounts_for_organization));
    // `{accountIdOrEmail}` and `{accountId}` sit at the same position: served under one name.
    let router = routes_at(router, "/api/v1/account/{account}", routes!(get_account, update_account));
    routes_at(router, "/api/v1/account/{account}/grant", routes!(grant_role))
}

fn account_json(base: &BaseUrl, person: &Person) -> DirectoryAccount {
    DirectoryAccount {
        id: person.uuid.clone(),
        okta_id: person.okta_id.clone(),
        name: person.name(),
        email: person.email.clone(),
        role: person.role,
        status: person.status,
        organization_id: person.organization_id.clone(),
        created: person.created,
        last_login: person.last_login,
        links: Links::from([
            ("self".to_owned(), base.href(&format!("/api/v1/account/{}", person.uuid))),
            ("employee".to_owned(), base.href(&format!("/api/v1/employee/{}", person.uuid))),
            ("user".to_owned(), base.href(&format!("/api/v1/users/{}", person.okta_id))),
        ]),
        embedded: None,
    }
}

/// The person `key` (UUID, Okta id, email or login) of the caller's organization, or Okta's 404.
pub(super) async fn load(state: &AppState, caller: &Caller, key: &str, kind: &'static str) -> OktaResult<Person> {
    let company_id = caller.company_id;
    find_or_404(state, key, kind, move |conn, key| people::directory::find(conn, company_id, key)).await
}

async fn page(
    state: &AppState,
    caller: &Caller,
    base: &BaseUrl,
    query: &PageQuery,
    condition: &'static str,
) -> OktaResult<Paged<DirectoryAccount>> {
    let (company_id, after, limit) = (caller.company_id, query.after, query.limit);
    let rows = state
        .db
        .read(move |conn| people::directory::page(conn, company_id, condition, Vec::new(), after, limit))
        .await?;
    Ok(query.page(rows.into_iter().map(|(id, person)| (id, account_json(base, &person))).collect()))
}

/// List accounts: the organization's accounts that can still be used (deactivated ones are left out).
///
/// Any account of the organization may read them. Cursor-paged (`limit`, `after`, `Link` headers).
#[utoipa::path(get, path = "/api/v1/account", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    params(("after" = Option<String>, Query), ("limit" = Option<i64>, Query)),
    responses((status = 200, description = "Accounts", body = Vec<DirectoryAccount>)))]
async fn list_accounts(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    query: PageQuery,
) -> OktaResult<Paged<DirectoryAccount>> {
    page(&state, &caller, &base, &query, "e.lifecycle <> 'DEPROVISIONED'").await
}

/// List accounts for organization: every account of the caller's organization, deactivated ones included.
#[utoipa::path(get, path = "/api/v1/account/for-org", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    params(("after" = Option<String>, Query), ("limit" = Option<i64>, Query)),
    responses((status = 200, description = "Accounts", body = Vec<DirectoryAccount>)))]
async fn accounts_for_organization(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    query: PageQuery,
) -> OktaResult<Paged<DirectoryAccount>> {
    page(&state, &caller, &base, &query, "TRUE").await
}

/// List organization admins: the accounts with the hr role.
#[utoipa::path(get, path = "/api/v1/account/org-admins", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    params(("after" = Option<String>, Query), ("limit" = Option<i64>, Query)),
    responses((status = 200, description = "Administrators", body = Vec<DirectoryAccount>)))]
async fn organization_admins(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    query: PageQuery,
) -> OktaResult<Paged<DirectoryAccount>> {
    page(&state, &caller, &base, &query, "e.role = 'hr' AND e.lifecycle <> 'DEPROVISIONED'").await
}

/// `{name, email}`: the email is required and unique across the server; the name is optional.
fn account_input(body: &Map<String, Value>) -> OktaResult<(Option<String>, String)> {
    let mut v = Validator::new(body);
    let name = v.optional_string("name", Some(255));
    let email = v.required_email("email");
    checked(v)?;
    Ok((name, email.unwrap_or_default()))
}

/// The activation link of a new account, as the Users API's `activate?sendEmail=false` answers it.
pub(super) fn activation_link(base: &BaseUrl, token: String) -> ActivationLink {
    ActivationLink {
        activation_url: format!("{}/api/v1/auth/set-password?token={token}", base.0),
        activation_token: token,
    }
}

/// Create account: a person of the organization (role employee) who signs in once they set a password
/// with the activation link in the answer (`POST /api/v1/auth/set-password`). Without a name, the part of
/// the email before `@` is used. The account is an employee of the HR API at once. Administrators only.
#[utoipa::path(post, path = "/api/v1/account", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    request_body = AccountWrite,
    responses((status = 201, description = "The account, with its activation link", body = DirectoryAccount),
        (status = 403, description = "Administrators only"), (status = 400, description = "Invalid input")))]
async fn create_account(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    OktaBody(body): OktaBody,
) -> OktaResult<(StatusCode, Json<DirectoryAccount>)> {
    caller.require_admin()?;
    let (name, email) = account_input(&body)?;
    let name = name.unwrap_or_else(|| email.split('@').next().unwrap_or_default().to_owned());
    let new = NewPerson { name, email, role: Role::Employee };
    let (person, token) =
        create_person(&state, Change::by(caller.actor(), "account.create"), caller.company_id, new).await?;
    let activation = ActivationEmbedded { activation: activation_link(&base, token) };
    Ok((StatusCode::CREATED, Json(DirectoryAccount { embedded: Some(activation), ..account_json(&base, &person) })))
}

/// How the audit trail names a person: as the Users API's `user`, by employee id, so that one filter
/// shows their history through every API.
pub(super) const AUDITED_AS: &str = "user";

/// What the audit trail records of a person: what an administrator sets through the Directory API.
fn recorded(person: &Person) -> Value {
    json!({
        "name": person.name(),
        "email": person.email,
        "role": person.role.as_str(),
        "managerId": person.manager_uuid,
    })
}

/// Who a new account or employee is.
pub(super) struct NewPerson {
    pub name: String,
    pub email: String,
    pub role: Role,
}

/// Creates a person of the organization; answers them with the token of the activation link they set
/// their password with.
pub(super) async fn create_person(
    state: &AppState,
    what: Change,
    company_id: i64,
    new: NewPerson,
) -> OktaResult<(Person, String)> {
    let (person, token) = state
        .db
        .write(what, move |conn| -> OktaResult<_> {
            let (id, token) = people::directory::create(conn, company_id, &new.name, &new.email, new.role)?;
            let person = people::directory::get(conn, company_id, id)?;
            if let Some(person) = &person {
                // That an activation link was issued is recorded, never its token.
                let details = json!({
                    "email": person.email,
                    "profile": audit::changes(&Value::Null, &recorded(person)),
                    "one_time_link": true,
                });
                conn.audit(AUDITED_AS, &id.to_string(), &details)?;
            }
            Ok((person, token))
        })
        .await?;
    let person = person.ok_or_else(|| OktaError::internal(anyhow::anyhow!("a created person could not be read")))?;
    Ok((person, token))
}

/// Applies `change` to the person `id` and reads them back; Okta's 404 for `key` as a `kind` when the
/// person is gone by then.
pub(super) async fn change_person(
    state: &AppState,
    what: Change,
    company_id: i64,
    id: i64,
    (key, kind): (&str, &'static str),
    change: impl FnOnce(&Connection) -> StoreResult<()> + Send + 'static,
) -> OktaResult<Person> {
    state
        .db
        .write(what, move |conn| {
            let before = people::directory::get(conn, company_id, id)?;
            change(conn)?;
            let after = people::directory::get(conn, company_id, id)?;
            match (&before, &after) {
                (Some(before), Some(after)) => {
                    let details =
                        json!({ "email": after.email, "profile": audit::changes(&recorded(before), &recorded(after)) });
                    conn.audit(AUDITED_AS, &id.to_string(), &details)?;
                }
                // Gone since it was read: nothing was changed, and the answer is a 404.
                _ => conn.unchanged(),
            }
            Ok::<_, StoreError>(after)
        })
        .await?
        .ok_or_else(|| OktaError::not_found(key, kind))
}

/// Get account by ID (UUID or Okta id) or email.
#[utoipa::path(get, path = "/api/v1/account/{accountIdOrEmail}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("accountIdOrEmail" = String, Path)),
    responses((status = 200, description = "The account", body = DirectoryAccount), (status = 404, description = "Not found")))]
async fn get_account(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(account): Path<String>,
) -> OktaResult<Json<DirectoryAccount>> {
    Ok(Json(account_json(&base, &load(&state, &caller, &account, "Account").await?)))
}

/// Update account: the email (required) and, when sent, the name. A login that was the email follows it.
/// Administrators only.
#[utoipa::path(patch, path = "/api/v1/account/{accountIdOrEmail}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("accountIdOrEmail" = String, Path)), request_body = AccountWrite,
    responses((status = 200, description = "The account", body = DirectoryAccount), (status = 400, description = "Invalid input")))]
async fn update_account(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(account): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<DirectoryAccount>> {
    caller.require_admin()?;
    let person = load(&state, &caller, &account, "Account").await?;
    let (name, email) = account_input(&body)?;
    let updated = change_person(
        &state,
        Change::by(caller.actor(), "account.rename"),
        caller.company_id,
        person.id,
        (&account, "Account"),
        move |conn| people::directory::rename(conn, caller.company_id, person.id, name.as_deref(), &email),
    )
    .await?;
    Ok(Json(account_json(&base, &updated)))
}

/// Grant account a role: `employee`, `manager` or `hr` (the organization admin), in the caller's
/// organization (`orgId`, when sent, must be it) and for the account's own employee record (`employeeId`,
/// when sent, must be it: they are one). The last admin cannot be demoted. Administrators only.
#[utoipa::path(post, path = "/api/v1/account/{accountId}/grant", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("accountId" = String, Path)), request_body = GrantRoleRequest,
    responses((status = 200, description = "The account with its new role", body = DirectoryAccount),
        (status = 400, description = "Invalid role, organization or employee")))]
async fn grant_role(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(account): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<DirectoryAccount>> {
    caller.require_admin()?;
    let person = load(&state, &caller, &account, "Account").await?;
    let mut v = Validator::new(&body);
    let org_id = v.optional_string("orgId", Some(64));
    let role = v.required_one_of("role", &["employee", "manager", "hr"]).and_then(|role| Role::parse(&role));
    let employee_id = v.optional_string("employeeId", Some(64));
    if employee_id.as_deref().is_some_and(|id| id != person.uuid && id != person.okta_id) {
        v.fail("employeeId", "An account's role is granted for its own employee record.");
    }
    checked(v)?;
    let (company_id, id) = (caller.company_id, person.id);
    let updated = change_person(
        &state,
        Change::by(caller.actor(), "account.role"),
        company_id,
        id,
        (&account, "Account"),
        move |conn| {
            if let Some(org_id) = &org_id {
                let own =
                    orgs::find(conn, Scope { company_id, admin: false }, org_id)?.is_some_and(|o| o.id == company_id);
                if !own {
                    return Err(StoreError::invalid("orgId", "Roles are granted in the account's own organization."));
                }
            }
            if let Some(role) = role {
                people::directory::set_role(conn, company_id, id, role)?;
            }
            Ok(())
        },
    )
    .await?;
    Ok(Json(account_json(&base, &updated)))
}
