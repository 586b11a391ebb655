//! The org's switches: Okta Support access (granted for eight hours, extended by 24), Okta communication
//! emails, the end-user footer and the third-party admin setting.

use crate::AppState;
use crate::db::Change;
use crate::db::Connection;
use crate::okta::auth::{Admin, Caller};
use crate::okta::body::OktaBody;
use crate::okta::error::OktaResult;
use crate::okta::fields::{self, Problems};
use crate::okta::links::BaseUrl;
use crate::store::organisation::settings::{self as org, Privacy, Switch};
use crate::store::{StoreError, StoreResult, audit};
use axum::Json;
use axum::extract::State;
use chrono::{Duration, Utc};
use okta_hr_domain::okta::Links;
use okta_hr_domain::okta::org::{
    OrgOktaCommunicationSetting, OrgOktaSupportSetting, OrgOktaSupportSettingsObj, OrgPreferences,
    ThirdPartyAdminSetting,
};
use serde_json::{Map, Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(okta_support))
        .routes(routes!(grant_okta_support))
        .routes(routes!(extend_okta_support))
        .routes(routes!(revoke_okta_support))
        .routes(routes!(okta_communication))
        .routes(routes!(opt_out_of_okta_communication))
        .routes(routes!(opt_in_to_okta_communication))
        .routes(routes!(preferences))
        .routes(routes!(show_end_user_footer))
        .routes(routes!(hide_end_user_footer))
        .routes(routes!(third_party_admin_setting, update_third_party_admin_setting))
}

/// Okta: granting "temporarily allow[s] Okta Support to access your org as an administrator for eight hours".
const SUPPORT_GRANT: Duration = Duration::hours(8);
/// Okta: extending adds "24 hours … to the remaining access time".
const SUPPORT_EXTENSION: Duration = Duration::hours(24);

const SUPPORT: &str = "/api/v1/org/privacy/oktaSupport";
const COMMUNICATION: &str = "/api/v1/org/privacy/oktaCommunication";
const PREFERENCES: &str = "/api/v1/org/preferences";

async fn privacy(state: &AppState, company_id: i64) -> OktaResult<Privacy> {
    Ok(state.db.read(move |conn| org::privacy(conn, company_id)).await?)
}

/// What the audit trail records of the org's switches, by the names the API gives them.
fn recorded(privacy: &Privacy) -> Value {
    json!({
        "oktaSupportExpiration": privacy.support_access_until,
        "optOutEmailUsers": privacy.opt_out_email_users,
        "showEndUserFooter": privacy.show_end_user_footer,
        "thirdPartyAdmin": privacy.third_party_admin,
    })
}

/// Applies `change` to the org's switches and reads them back in the same write, so the answer is what
/// was stored. A switch set to where it already was changed nothing, and is not recorded.
async fn change(
    state: &AppState,
    what: Change,
    company_id: i64,
    change: impl FnOnce(&Connection) -> StoreResult<()> + Send + 'static,
) -> OktaResult<Privacy> {
    Ok(state
        .db
        .write(what, move |conn| {
            let before = org::privacy(conn, company_id)?;
            change(conn)?;
            let after = org::privacy(conn, company_id)?;
            let changed = audit::changes(&recorded(&before), &recorded(&after));
            if changed.as_object().is_some_and(Map::is_empty) {
                conn.unchanged();
            } else {
                conn.audit("org", &super::audited_id(conn, company_id)?, &changed)?;
            }
            Ok::<_, StoreError>(after)
        })
        .await?)
}

async fn switch(state: &AppState, caller: &Caller, switch: Switch, on: bool) -> OktaResult<Privacy> {
    let company_id = caller.company_id;
    change(state, Change::by(caller.actor(), "org.privacy"), company_id, move |conn| {
        org::set_switch(conn, company_id, switch, on)
    })
    .await
}

fn support_json(base: &BaseUrl, privacy: &Privacy) -> OrgOktaSupportSettingsObj {
    let action = |name: &str| (name.to_owned(), base.action(&format!("{SUPPORT}/{name}"), "POST"));
    match privacy.support_access_until.filter(|until| *until > Utc::now()) {
        Some(until) => OrgOktaSupportSettingsObj {
            support: OrgOktaSupportSetting::Enabled,
            expiration: Some(until),
            links: Links::from([action("extend"), action("revoke")]),
        },
        None => OrgOktaSupportSettingsObj {
            support: OrgOktaSupportSetting::Disabled,
            expiration: None,
            links: Links::from([action("grant")]),
        },
    }
}

/// Whether Okta Support may access the org, and until when.
#[utoipa::path(get, path = "/api/v1/org/privacy/oktaSupport", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    responses((status = 200, description = "The Okta Support setting", body = OrgOktaSupportSettingsObj)))]
async fn okta_support(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
) -> OktaResult<Json<OrgOktaSupportSettingsObj>> {
    Ok(Json(support_json(&base, &privacy(&state, caller.company_id).await?)))
}

/// Allow Okta Support to access the org for eight hours from now.
#[utoipa::path(post, path = "/api/v1/org/privacy/oktaSupport/grant", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    responses((status = 200, description = "The Okta Support setting", body = OrgOktaSupportSettingsObj)))]
async fn grant_okta_support(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
) -> OktaResult<Json<OrgOktaSupportSettingsObj>> {
    let company_id = caller.company_id;
    let privacy = change(&state, Change::by(caller.actor(), "org.support_access"), company_id, move |conn| {
        let current = org::privacy(conn, company_id)?.support_access_until;
        // Granting again never shortens access already granted for longer.
        let until = current.into_iter().chain([Utc::now() + SUPPORT_GRANT]).max();
        org::set_support_access_until(conn, company_id, until)
    })
    .await?;
    Ok(Json(support_json(&base, &privacy)))
}

/// Add 24 hours to Okta Support's remaining access.
///
/// Only while access is granted; otherwise 400.
#[utoipa::path(post, path = "/api/v1/org/privacy/oktaSupport/extend", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    responses((status = 200, description = "The Okta Support setting", body = OrgOktaSupportSettingsObj),
        (status = 400, description = "Okta Support access is not granted")))]
async fn extend_okta_support(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
) -> OktaResult<Json<OrgOktaSupportSettingsObj>> {
    let company_id = caller.company_id;
    let privacy = change(&state, Change::by(caller.actor(), "org.support_access"), company_id, move |conn| {
        let current = org::privacy(conn, company_id)?.support_access_until.filter(|until| *until > Utc::now());
        let until = current
            .ok_or_else(|| StoreError::invalid("support", "Okta Support access is not granted; grant it first."))?;
        org::set_support_access_until(conn, company_id, Some(until + SUPPORT_EXTENSION))
    })
    .await?;
    Ok(Json(support_json(&base, &privacy)))
}

/// End Okta Support's access now.
#[utoipa::path(post, path = "/api/v1/org/privacy/oktaSupport/revoke", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    responses((status = 200, description = "The Okta Support setting", body = OrgOktaSupportSettingsObj)))]
async fn revoke_okta_support(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
) -> OktaResult<Json<OrgOktaSupportSettingsObj>> {
    let company_id = caller.company_id;
    let privacy = change(&state, Change::by(caller.actor(), "org.support_access"), company_id, move |conn| {
        org::set_support_access_until(conn, company_id, None)
    })
    .await?;
    Ok(Json(support_json(&base, &privacy)))
}

fn communication_json(base: &BaseUrl, privacy: &Privacy) -> OrgOktaCommunicationSetting {
    let action = if privacy.opt_out_email_users { "optIn" } else { "optOut" };
    OrgOktaCommunicationSetting {
        opt_out_email_users: privacy.opt_out_email_users,
        links: Links::from([(action.to_owned(), base.action(&format!("{COMMUNICATION}/{action}"), "POST"))]),
    }
}

/// Whether the org's users are opted out of Okta communication emails.
#[utoipa::path(get, path = "/api/v1/org/privacy/oktaCommunication", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    responses((status = 200, description = "The Okta communication setting", body = OrgOktaCommunicationSetting)))]
async fn okta_communication(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
) -> OktaResult<Json<OrgOktaCommunicationSetting>> {
    Ok(Json(communication_json(&base, &privacy(&state, caller.company_id).await?)))
}

/// Opt every user of the org out of Okta communication emails.
#[utoipa::path(post, path = "/api/v1/org/privacy/oktaCommunication/optOut", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    responses((status = 200, description = "The Okta communication setting", body = OrgOktaCommunicationSetting)))]
async fn opt_out_of_okta_communication(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
) -> OktaResult<Json<OrgOktaCommunicationSetting>> {
    Ok(Json(communication_json(&base, &switch(&state, &caller, Switch::OptOutEmailUsers, true).await?)))
}

/// Opt every user of the org in to Okta communication emails.
#[utoipa::path(post, path = "/api/v1/org/privacy/oktaCommunication/optIn", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    responses((status = 200, description = "The Okta communication setting", body = OrgOktaCommunicationSetting)))]
async fn opt_in_to_okta_communication(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
) -> OktaResult<Json<OrgOktaCommunicationSetting>> {
    Ok(Json(communication_json(&base, &switch(&state, &caller, Switch::OptOutEmailUsers, false).await?)))
}

/// The link offers the opposite of the current state, named after what it does.
fn preferences_json(base: &BaseUrl, privacy: &Privacy) -> OrgPreferences {
    let action = if privacy.show_end_user_footer { "hideEndUserFooter" } else { "showEndUserFooter" };
    OrgPreferences {
        show_end_user_footer: privacy.show_end_user_footer,
        links: Links::from([(action.to_owned(), base.action(&format!("{PREFERENCES}/{action}"), "POST"))]),
    }
}

/// The org's preferences: whether end users see the footer.
#[utoipa::path(get, path = "/api/v1/org/preferences", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    responses((status = 200, description = "The org preferences", body = OrgPreferences)))]
async fn preferences(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
) -> OktaResult<Json<OrgPreferences>> {
    Ok(Json(preferences_json(&base, &privacy(&state, caller.company_id).await?)))
}

/// Show the footer to the org's end users.
#[utoipa::path(post, path = "/api/v1/org/preferences/showEndUserFooter", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    responses((status = 200, description = "The org preferences", body = OrgPreferences)))]
async fn show_end_user_footer(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
) -> OktaResult<Json<OrgPreferences>> {
    Ok(Json(preferences_json(&base, &switch(&state, &caller, Switch::ShowEndUserFooter, true).await?)))
}

/// Hide the footer from the org's end users.
#[utoipa::path(post, path = "/api/v1/org/preferences/hideEndUserFooter", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    responses((status = 200, description = "The org preferences", body = OrgPreferences)))]
async fn hide_end_user_footer(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
) -> OktaResult<Json<OrgPreferences>> {
    Ok(Json(preferences_json(&base, &switch(&state, &caller, Switch::ShowEndUserFooter, false).await?)))
}

/// Whether third-party administrators are allowed (default false).
#[utoipa::path(get, path = "/api/v1/org/orgSettings/thirdPartyAdminSetting", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    responses((status = 200, description = "The third-party admin setting", body = ThirdPartyAdminSetting)))]
async fn third_party_admin_setting(
    State(state): State<AppState>,
    Admin(caller): Admin,
) -> OktaResult<Json<ThirdPartyAdminSetting>> {
    let privacy = privacy(&state, caller.company_id).await?;
    Ok(Json(ThirdPartyAdminSetting { third_party_admin: privacy.third_party_admin }))
}

/// Allow or disallow third-party administrators.
#[utoipa::path(post, path = "/api/v1/org/orgSettings/thirdPartyAdminSetting", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    request_body = ThirdPartyAdminSetting,
    responses((status = 200, description = "The third-party admin setting", body = ThirdPartyAdminSetting),
        (status = 400, description = "thirdPartyAdmin is missing or not a boolean")))]
async fn update_third_party_admin_setting(
    State(state): State<AppState>,
    Admin(caller): Admin,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<ThirdPartyAdminSetting>> {
    let mut problems = Problems::default();
    let on = fields::required_flag(&body, "thirdPartyAdmin", &mut problems);
    problems.finish()?;
    let privacy = switch(&state, &caller, Switch::ThirdPartyAdmin, on.unwrap_or_default()).await?;
    Ok(Json(ThirdPartyAdminSetting { third_party_admin: privacy.third_party_admin }))
}
