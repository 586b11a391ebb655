//! Employees: the HR employee records of the caller's organization (name, title, department, branch,
//! manager), their directory profile, and the reporting line.

use super::accounts::{AUDITED_AS, NewPerson, activation_link, change_person, create_person, load};
use super::jwt::DirectoryCaller;
use super::{checked, patched, routes_at};
use crate::AppState;
use crate::db::Change;
use crate::okta::body::OktaBody;
use crate::okta::error::{OktaError, OktaResult};
use crate::okta::links::BaseUrl;
use crate::okta::page::{PageQuery, Paged};
use crate::store::people::directory::{Person, Profile};
use crate::store::{StoreError, audit, contains_pattern, people};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use okta_hr_domain::okta::Links;
use okta_hr_domain::okta::directory::{ActivationEmbedded, DirectoryEmployee, DirectoryEmployeeProfile};
use okta_hr_domain::okta::directory_requests::{EmployeeWrite, SetManagerRequest};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::Role;
use rusqlite::types::Value as SqlValue;
use serde_json::{Map, Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The one kind of manager the HR model keeps: the reporting line (`manager_id`).
const DIRECT: &str = "direct";

pub fn router() -> OpenApiRouter<AppState> {
    let router = OpenApiRouter::new()
        .routes(routes!(list_employees, create_employee))
        .routes(routes!(get_employee, update_employee))
        .routes(routes!(employees_by_name))
        .routes(routes!(list_managers, set_manager))
        .routes(routes!(remove_manager))
        .routes(routes!(get_profile, replace_profile, update_profile))
        .routes(routes!(employee_by_account))
        .routes(routes!(reports_of_manager));
    // Served under the accounts' name for that position (see `routes_at`).
    routes_at(router, "/api/v1/account/{account}/employees", routes!(account_employees))
}

fn employee_json(base: &BaseUrl, person: &Person) -> DirectoryEmployee {
    let path = format!("/api/v1/employee/{}", person.uuid);
    DirectoryEmployee {
        id: person.uuid.clone(),
        okta_id: person.okta_id.clone(),
        account_id: person.uuid.clone(),
        name: person.name(),
        email: person.email.clone(),
        role: person.role,
        status: person.employment_status.clone(),
        employee_number: person.employee_number.clone(),
        title: person.title.clone(),
        department: person.department.clone(),
        branch: person.branch.clone(),
        manager_id: person.manager_uuid.clone(),
        hire_date: person.hire_date,
        organization_id: person.organization_id.clone(),
        created: person.created,
        manager_type: None,
        links: Links::from([
            ("self".to_owned(), base.href(&path)),
            ("account".to_owned(), base.href(&format!("/api/v1/account/{}", person.uuid))),
            ("profile".to_owned(), base.href(&format!("{path}/profile"))),
            ("managers".to_owned(), base.href(&format!("{path}/managers"))),
        ]),
        embedded: None,
    }
}

/// List employees, cursor-paged. `status` is the HR employment status (`active` or `inactive`); `type`
/// is the role (`employee`, `manager` or `hr`). Any account of the organization may read them.
#[utoipa::path(get, path = "/api/v1/employee", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    params(("status" = Option<String>, Query, description = "active|inactive"),
        ("type" = Option<String>, Query, description = "employee|manager|hr"),
        ("after" = Option<String>, Query), ("limit" = Option<i64>, Query)),
    responses((status = 200, description = "Employees", body = Vec<DirectoryEmployee>), (status = 400, description = "Invalid filter")))]
async fn list_employees(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    query: PageQuery,
) -> OktaResult<Paged<DirectoryEmployee>> {
    let mut conditions = vec!["TRUE".to_owned()];
    let mut args: Vec<SqlValue> = Vec::new();
    if let Some(status) = query.text("status") {
        if !["active", "inactive"].contains(&status) {
            return Err(OktaError::invalid("status", "The status must be active or inactive."));
        }
        conditions.push("e.status = ?".to_owned());
        args.push(status.to_owned().into());
    }
    if let Some(role) = query.text("type") {
        let role =
            Role::parse(role).ok_or_else(|| OktaError::invalid("type", "The type must be employee, manager or hr."))?;
        conditions.push("e.role = ?".to_owned());
        args.push(role.as_str().to_owned().into());
    }
    let condition = conditions.join(" AND ");
    let (company_id, after, limit) = (caller.company_id, query.after, query.limit);
    let rows =
        state.db.read(move |conn| people::directory::page(conn, company_id, &condition, args, after, limit)).await?;
    Ok(query.page(rows.into_iter().map(|(id, person)| (id, employee_json(&base, &person))).collect()))
}

/// `{name, email, account, role}` of creating or updating an employee.
struct EmployeeInput {
    name: String,
    email: String,
    account: Option<String>,
    role: Option<Role>,
}

fn employee_input(body: &Map<String, Value>) -> OktaResult<EmployeeInput> {
    let mut v = Validator::new(body);
    let name = v.required_string("name", Some(255));
    let email = v.required_email("email");
    let account = v.optional_string("account", Some(64));
    let role = v.optional_string("role", Some(20));
    let parsed_role = role.as_deref().and_then(Role::parse);
    if role.is_some() && parsed_role.is_none() {
        v.fail("role", "The role must be employee, manager or hr.");
    }
    checked(v)?;
    Ok(EmployeeInput { name: name.unwrap_or_default(), email: email.unwrap_or_default(), account, role: parsed_role })
}

/// Create employee: a new person of the organization, with an account that signs in once a password is
/// set with the activation link in the answer. They are an employee of the HR API at once.
///
/// With `account`, the employee record of that existing account is answered instead (200): an account
/// and its employee record are one, so every account already has it. Its email must be the account's;
/// the name and role sent are applied. Administrators only.
#[utoipa::path(post, path = "/api/v1/employee", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    request_body = EmployeeWrite,
    responses((status = 201, description = "The new employee, with the activation link", body = DirectoryEmployee),
        (status = 200, description = "The employee record of the account sent", body = DirectoryEmployee),
        (status = 403, description = "Administrators only"), (status = 400, description = "Invalid input")))]
async fn create_employee(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    OktaBody(body): OktaBody,
) -> OktaResult<(StatusCode, Json<DirectoryEmployee>)> {
    caller.require_admin()?;
    let input = employee_input(&body)?;
    let company_id = caller.company_id;
    if let Some(account) = &input.account {
        let person = people_find(&state, company_id, account)
            .await?
            .ok_or_else(|| OktaError::invalid("account", "The account is not an account of this organization."))?;
        if !person.email.eq_ignore_ascii_case(&input.email) {
            return Err(OktaError::invalid("email", "The email must be the account's email."));
        }
        let updated =
            apply(&state, Change::by(caller.actor(), "employee.replace"), company_id, person.id, input).await?;
        return Ok((StatusCode::OK, Json(employee_json(&base, &updated))));
    }
    let new = NewPerson { name: input.name, email: input.email, role: input.role.unwrap_or(Role::Employee) };
    let (person, token) = create_person(&state, Change::by(caller.actor(), "employee.create"), company_id, new).await?;
    let activation = ActivationEmbedded { activation: activation_link(&base, token) };
    Ok((StatusCode::CREATED, Json(DirectoryEmployee { embedded: Some(activation), ..employee_json(&base, &person) })))
}

async fn people_find(state: &AppState, company_id: i64, key: &str) -> OktaResult<Option<Person>> {
    let key = key.to_owned();
    Ok(state.db.read(move |conn| people::directory::find(conn, company_id, &key)).await?)
}

/// Writes name, email and role over an employee and reads them back.
async fn apply(state: &AppState, what: Change, company_id: i64, id: i64, input: EmployeeInput) -> OktaResult<Person> {
    change_person(state, what, company_id, id, (&id.to_string(), "Employee"), move |conn| {
        people::directory::rename(conn, company_id, id, Some(&input.name), &input.email)?;
        if let Some(role) = input.role {
            people::directory::set_role(conn, company_id, id, role)?;
        }
        Ok(())
    })
    .await
}

/// Get employee by id (UUID or Okta id) or email.
#[utoipa::path(get, path = "/api/v1/employee/{employee}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("employee" = String, Path)),
    responses((status = 200, description = "The employee", body = DirectoryEmployee), (status = 404, description = "Not found")))]
async fn get_employee(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(employee): Path<String>,
) -> OktaResult<Json<DirectoryEmployee>> {
    Ok(Json(employee_json(&base, &load(&state, &caller, &employee, "Employee").await?)))
}

/// Update employee: name and email (required) and role. `account`, when sent, must be the employee's own
/// (an employee record cannot move to another account). Administrators only.
#[utoipa::path(patch, path = "/api/v1/employee/{employee}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("employee" = String, Path)), request_body = EmployeeWrite,
    responses((status = 200, description = "The employee", body = DirectoryEmployee), (status = 400, description = "Invalid input")))]
async fn update_employee(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(employee): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<DirectoryEmployee>> {
    caller.require_admin()?;
    let person = load(&state, &caller, &employee, "Employee").await?;
    let input = employee_input(&body)?;
    if input.account.as_deref().is_some_and(|a| a != person.uuid && a != person.okta_id) {
        return Err(OktaError::invalid("account", "An employee record belongs to its own account."));
    }
    let updated =
        apply(&state, Change::by(caller.actor(), "employee.update"), caller.company_id, person.id, input).await?;
    Ok(Json(employee_json(&base, &updated)))
}

/// Get employees by name: everyone whose full name contains `name` (case-insensitive), by name.
#[utoipa::path(get, path = "/api/v1/employee/by-name/{name}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("name" = String, Path)),
    responses((status = 200, description = "Employees", body = Vec<DirectoryEmployee>)))]
async fn employees_by_name(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(name): Path<String>,
) -> OktaResult<Json<Vec<DirectoryEmployee>>> {
    let company_id = caller.company_id;
    let pattern = contains_pattern(name.trim());
    let found = state
        .db
        .read(move |conn| {
            people::directory::page(
                conn,
                company_id,
                "(e.first_name || ' ' || e.last_name) LIKE ? ESCAPE '\\'",
                vec![pattern.into()],
                None,
                crate::okta::page::MAX_LIMIT,
            )
        })
        .await?;
    Ok(Json(found.iter().map(|(_, person)| employee_json(&base, person)).collect()))
}

async fn managers_json(
    state: &AppState,
    base: &BaseUrl,
    company_id: i64,
    person: &Person,
) -> OktaResult<Vec<DirectoryEmployee>> {
    let Some(manager_id) = person.manager_id else { return Ok(Vec::new()) };
    let manager = state.db.read(move |conn| people::directory::get(conn, company_id, manager_id)).await?;
    Ok(manager
        .map(|manager| DirectoryEmployee { manager_type: Some(DIRECT.to_owned()), ..employee_json(base, &manager) })
        .into_iter()
        .collect())
}

/// List managers of employee: their manager in the HR reporting line (none or one), `type` `direct`.
#[utoipa::path(get, path = "/api/v1/employee/{employee}/managers", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("employee" = String, Path)),
    responses((status = 200, description = "Managers", body = Vec<DirectoryEmployee>), (status = 404, description = "Not found")))]
async fn list_managers(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(employee): Path<String>,
) -> OktaResult<Json<Vec<DirectoryEmployee>>> {
    let person = load(&state, &caller, &employee, "Employee").await?;
    Ok(Json(managers_json(&state, &base, caller.company_id, &person).await?))
}

/// Set managers for employee: `managerId` becomes the employee's manager, the one the HR API shows. The
/// HR model keeps one direct manager, so `type` must be `direct` and a new manager replaces the old one.
/// Nobody can be managed by themselves or their own report. Administrators only.
#[utoipa::path(post, path = "/api/v1/employee/{employee}/managers", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("employee" = String, Path)), request_body = SetManagerRequest,
    responses((status = 200, description = "The employee's managers", body = Vec<DirectoryEmployee>),
        (status = 400, description = "Unknown manager, another type, or a loop")))]
async fn set_manager(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(employee): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<Vec<DirectoryEmployee>>> {
    caller.require_admin()?;
    let person = load(&state, &caller, &employee, "Employee").await?;
    let mut v = Validator::new(&body);
    let manager = v.required_string("managerId", Some(64));
    let manager_type = v.required_one_of("type", &[DIRECT]);
    checked(v)?;
    let (company_id, id) = (caller.company_id, person.id);
    let (Some(manager), Some(_)) = (manager, manager_type) else {
        return Err(OktaError::internal(anyhow::anyhow!("validated fields missing")));
    };
    let updated = change_person(
        &state,
        Change::by(caller.actor(), "employee.set_manager"),
        company_id,
        id,
        (&employee, "Employee"),
        move |conn| {
            let manager = people::directory::find(conn, company_id, &manager)?.ok_or_else(|| {
                StoreError::invalid("managerId", "The manager is not an employee of this organization.")
            })?;
            people::account::set_manager(conn, company_id, id, manager.id)
        },
    )
    .await?;
    Ok(Json(managers_json(&state, &base, company_id, &updated).await?))
}

/// Remove manager from employee: the employee then reports to nobody. 404 when `manager` is not their
/// manager. Administrators only.
#[utoipa::path(delete, path = "/api/v1/employee/{employee}/managers/{manager}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("employee" = String, Path), ("manager" = String, Path)),
    responses((status = 200, description = "Removed; no content"), (status = 404, description = "Not their manager")))]
async fn remove_manager(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    Path((employee, manager)): Path<(String, String)>,
) -> OktaResult<StatusCode> {
    caller.require_admin()?;
    let person = load(&state, &caller, &employee, "Employee").await?;
    let current = load(&state, &caller, &manager, "Manager").await?;
    if person.manager_id != Some(current.id) {
        return Err(OktaError::not_found(manager, "Manager"));
    }
    let (company_id, id) = (caller.company_id, person.id);
    change_person(
        &state,
        Change::by(caller.actor(), "employee.remove_manager"),
        company_id,
        id,
        (&employee, "Employee"),
        move |conn| people::directory::clear_manager(conn, company_id, id),
    )
    .await?;
    Ok(StatusCode::OK)
}

fn profile_input(body: &Map<String, Value>) -> OktaResult<Profile> {
    let mut v = Validator::new(body);
    let profile = Profile {
        employee_number: v.optional_string("employeeNumber", Some(50)),
        first_name: v.optional_string("firstName", Some(255)),
        last_name: v.optional_string("lastName", Some(255)),
        bio: v.optional_string("bio", Some(5000)),
        profile_image: v.optional_string("profileImage", Some(2048)),
        birth_date: v.optional_date("birthDate"),
        gender: v.optional_string("gender", Some(50)),
        timezone: v.optional_string("timezone", Some(64)),
        location: v.optional_string("location", Some(255)),
        join_date: v.optional_date("joinDate"),
        company_role: v.optional_string("companyRole", Some(255)),
    };
    if profile.timezone.as_deref().is_some_and(|tz| tz.parse::<chrono_tz::Tz>().is_err()) {
        v.fail("timezone", "The timezone must be an IANA time zone (e.g. Europe/Berlin).");
    }
    if profile.birth_date.is_some_and(|date| date > chrono::Utc::now().date_naive()) {
        v.fail("birthDate", "The birthDate must be a date in the past.");
    }
    checked(v)?;
    Ok(profile)
}

/// The HR record's own fields among the profile's attributes: only an administrator changes them.
const HR_FIELDS: &[&str] = &["employeeNumber", "firstName", "lastName", "joinDate", "companyRole"];

/// The profile to store: each attribute as sent, or as stored when it was not sent and is kept
/// (`keep_hr` for the HR fields, `keep_extras` for the others).
fn merged(body: &Map<String, Value>, sent: Profile, stored: Profile, keep_hr: bool, keep_extras: bool) -> Profile {
    fn pick<T>(keep: bool, body: &Map<String, Value>, field: &str, sent: Option<T>, stored: Option<T>) -> Option<T> {
        if keep { patched(body, field, sent, stored) } else { sent }
    }
    Profile {
        employee_number: pick(keep_hr, body, "employeeNumber", sent.employee_number, stored.employee_number),
        first_name: pick(keep_hr, body, "firstName", sent.first_name, stored.first_name),
        last_name: pick(keep_hr, body, "lastName", sent.last_name, stored.last_name),
        join_date: pick(keep_hr, body, "joinDate", sent.join_date, stored.join_date),
        company_role: pick(keep_hr, body, "companyRole", sent.company_role, stored.company_role),
        bio: pick(keep_extras, body, "bio", sent.bio, stored.bio),
        profile_image: pick(keep_extras, body, "profileImage", sent.profile_image, stored.profile_image),
        birth_date: pick(keep_extras, body, "birthDate", sent.birth_date, stored.birth_date),
        gender: pick(keep_extras, body, "gender", sent.gender, stored.gender),
        timezone: pick(keep_extras, body, "timezone", sent.timezone, stored.timezone),
        location: pick(keep_extras, body, "location", sent.location, stored.location),
    }
}

async fn write_profile(
    state: &AppState,
    caller: &crate::okta::auth::Caller,
    employee: &str,
    body: Map<String, Value>,
    partial: bool,
) -> OktaResult<Json<DirectoryEmployeeProfile>> {
    let person = load(state, caller, employee, "Employee").await?;
    // People keep their own profile; administrators anyone's. The HR record's fields are HR's to change.
    caller.require_self_or_admin(person.id)?;
    let may_change_hr_fields = caller.is_admin();
    if !may_change_hr_fields && HR_FIELDS.iter().any(|field| body.contains_key(*field)) {
        return Err(OktaError::Forbidden);
    }
    let sent = profile_input(&body)?;
    let (company_id, id, email) = (caller.company_id, person.id, person.email);
    let profile = state
        .db
        .write(Change::by(caller.actor(), "employee.profile"), move |conn| -> OktaResult<_> {
            let stored = people::directory::profile(conn, company_id, id)?;
            let before = serde_json::to_value(&stored)?;
            // A partial update keeps what it does not send; a replace clears it, except the HR record's
            // fields when the caller may not change them.
            let profile = merged(&body, sent, stored, partial || !may_change_hr_fields, partial);
            people::directory::write_profile(conn, company_id, id, &profile)?;
            let written = people::directory::profile(conn, company_id, id)?;
            let details =
                json!({ "email": email, "profile": audit::changes(&before, &serde_json::to_value(&written)?) });
            conn.audit(AUDITED_AS, &id.to_string(), &details)?;
            Ok(written)
        })
        .await?;
    Ok(Json(profile))
}

/// Get employee profile. `employeeNumber`, the names, `joinDate` (hire date) and `companyRole` (job
/// title) are the HR record's own fields.
#[utoipa::path(get, path = "/api/v1/employee/{employee}/profile", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("employee" = String, Path)),
    responses((status = 200, description = "The profile", body = DirectoryEmployeeProfile), (status = 404, description = "Not found")))]
async fn get_profile(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    Path(employee): Path<String>,
) -> OktaResult<Json<DirectoryEmployeeProfile>> {
    let id = load(&state, &caller, &employee, "Employee").await?.id;
    Ok(Json(state.db.read(move |conn| people::directory::profile(conn, caller.company_id, id)).await?))
}

/// Create or replace employee profile: attributes not sent are cleared, except the employee number and
/// names, which every HR record keeps. The employee themselves or an administrator; only an administrator
/// may send the HR record's fields (`employeeNumber`, names, `joinDate`, `companyRole`), and someone's own
/// replace keeps them.
#[utoipa::path(post, path = "/api/v1/employee/{employee}/profile", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("employee" = String, Path)), request_body = DirectoryEmployeeProfile,
    responses((status = 200, description = "The profile", body = DirectoryEmployeeProfile), (status = 400, description = "Invalid attributes")))]
async fn replace_profile(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    Path(employee): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<DirectoryEmployeeProfile>> {
    write_profile(&state, &caller, &employee, body, false).await
}

/// Update employee profile: only the attributes sent change (`null` clears one).
#[utoipa::path(patch, path = "/api/v1/employee/{employee}/profile", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("employee" = String, Path)), request_body = DirectoryEmployeeProfile,
    responses((status = 200, description = "The profile", body = DirectoryEmployeeProfile), (status = 400, description = "Invalid attributes")))]
async fn update_profile(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    Path(employee): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<DirectoryEmployeeProfile>> {
    write_profile(&state, &caller, &employee, body, true).await
}

/// Get employee by account ID: the account's own employee record.
#[utoipa::path(get, path = "/api/v1/employee/by-account/{accountId}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("accountId" = String, Path)),
    responses((status = 200, description = "The employee", body = DirectoryEmployee), (status = 404, description = "Not found")))]
async fn employee_by_account(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(account): Path<String>,
) -> OktaResult<Json<DirectoryEmployee>> {
    Ok(Json(employee_json(&base, &load(&state, &caller, &account, "Account").await?)))
}

/// List reports for manager: `type` `direct` (the default) lists who reports to them directly, `all`
/// everyone below them in the reporting tree.
#[utoipa::path(get, path = "/api/v1/employee/by-manager/{managerId}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])),
    params(("managerId" = String, Path), ("type" = Option<String>, Query, description = "direct|all")),
    responses((status = 200, description = "Reports", body = Vec<DirectoryEmployee>), (status = 404, description = "Not found")))]
async fn reports_of_manager(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    query: PageQuery,
    Path(manager): Path<String>,
) -> OktaResult<Json<Vec<DirectoryEmployee>>> {
    let whole_tree = match query.text("type") {
        None | Some(DIRECT) => false,
        Some("all") => true,
        Some(_) => return Err(OktaError::invalid("type", "The type must be direct or all.")),
    };
    let manager = load(&state, &caller, &manager, "Employee").await?;
    let (company_id, manager_id) = (caller.company_id, manager.id);
    let reports = state
        .db
        .read(move |conn| -> OktaResult<_> {
            let ids = if whole_tree {
                people::record::report_ids(conn, company_id, manager_id)?
            } else {
                conn.prepare_cached("SELECT id FROM employees WHERE manager_id = ?1 ORDER BY id")?
                    .query_map([manager_id], |r| r.get(0))?
                    .collect::<crate::db::Result<Vec<i64>>>()?
            };
            let mut reports = Vec::with_capacity(ids.len());
            for id in ids {
                reports.extend(people::directory::get(conn, company_id, id)?);
            }
            Ok(reports)
        })
        .await?;
    Ok(Json(reports.iter().map(|person| employee_json(&base, person)).collect()))
}

/// List employees for account: the account's employee record (one, as they are the same person).
#[utoipa::path(get, path = "/api/v1/account/{accountId}/employees", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("accountId" = String, Path)),
    responses((status = 200, description = "Employees", body = Vec<DirectoryEmployee>), (status = 404, description = "Not found")))]
async fn account_employees(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(account): Path<String>,
) -> OktaResult<Json<Vec<DirectoryEmployee>>> {
    let person = load(&state, &caller, &account, "Account").await?;
    Ok(Json(vec![employee_json(&base, &person)]))
}
