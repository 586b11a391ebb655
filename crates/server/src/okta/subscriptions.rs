//! Admin notification subscriptions of roles and users (seed 002). They decide who
//! [`crate::store::notifications::notify_admins`] tells: see [`crate::store::subscriptions`].

use crate::AppState;
use crate::db::Change;
use crate::okta::auth::{Admin, Caller};
use crate::okta::error::{OktaError, OktaResult};
use crate::okta::links::BaseUrl;
use crate::store::StoreError;
use crate::store::subscriptions::{self, NOTIFICATION_TYPES, ROLE_TYPES};
use axum::Json;
use axum::extract::{Path, State};
use okta_hr_domain::okta::Links;
use okta_hr_domain::okta::subscriptions::{Subscription, SubscriptionStatus};
use serde_json::json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(role_subscriptions))
        .routes(routes!(role_subscription))
        .routes(routes!(user_subscriptions))
        .routes(routes!(user_subscription))
        .routes(routes!(subscribe_role))
        .routes(routes!(unsubscribe_role))
        .routes(routes!(subscribe_user))
        .routes(routes!(unsubscribe_user))
}

/// In-app notifications are the only channel this server delivers on.
const CHANNELS: &[&str] = &["in_app"];

fn known(list: &'static [&'static str], text: &str, kind: &'static str) -> OktaResult<&'static str> {
    list.iter().find(|name| name.eq_ignore_ascii_case(text)).copied().ok_or_else(|| OktaError::not_found(text, kind))
}

fn subscription_json(base: &BaseUrl, owner_path: &str, notification_type: &str, subscribed: bool) -> Subscription {
    let path = format!("{owner_path}/subscriptions/{notification_type}");
    Subscription {
        notification_type: notification_type.to_owned(),
        channels: CHANNELS.iter().map(|channel| (*channel).to_owned()).collect(),
        status: if subscribed { SubscriptionStatus::Subscribed } else { SubscriptionStatus::Unsubscribed },
        links: Links::from([
            ("self".to_owned(), base.href(&path)),
            ("subscribe".to_owned(), base.action(&format!("{path}/subscribe"), "POST")),
            ("unsubscribe".to_owned(), base.action(&format!("{path}/unsubscribe"), "POST")),
        ]),
    }
}

/// A role's subscription to a notification type.
///
/// Role types are Okta's (SUPER_ADMIN, ORG_ADMIN, …); HR administrators hold SUPER_ADMIN. There are no
/// custom roles, so a role id is not found.
#[utoipa::path(get, path = "/api/v1/roles/{roleTypeOrRoleId}/subscriptions/{notificationType}", tag = "Subscriptions",
    security(("api_token" = []), ("bearer" = [])),
    params(("roleTypeOrRoleId" = String, Path), ("notificationType" = String, Path)),
    responses((status = 200, description = "The subscription", body = Subscription), (status = 404, description = "Unknown role or type")))]
async fn role_subscription(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path((role, notification_type)): Path<(String, String)>,
) -> OktaResult<Json<Subscription>> {
    let role = known(ROLE_TYPES, &role, "Role")?;
    let notification_type = known(NOTIFICATION_TYPES, &notification_type, "NotificationType")?;
    let company_id = caller.company_id;
    let subscribed =
        state.db.read(move |conn| subscriptions::role_subscribed(conn, company_id, role, notification_type)).await?;
    Ok(Json(subscription_json(&base, &format!("/api/v1/roles/{role}"), notification_type, subscribed)))
}

/// List a role's subscriptions: one per notification type.
#[utoipa::path(get, path = "/api/v1/roles/{roleTypeOrRoleId}/subscriptions", tag = "Subscriptions",
    security(("api_token" = []), ("bearer" = [])), params(("roleTypeOrRoleId" = String, Path)),
    responses((status = 200, description = "The subscriptions", body = Vec<Subscription>), (status = 404, description = "Unknown role")))]
async fn role_subscriptions(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path(role): Path<String>,
) -> OktaResult<Json<Vec<Subscription>>> {
    let role = known(ROLE_TYPES, &role, "Role")?;
    let company_id = caller.company_id;
    let subscribed = state
        .db
        .read(move |conn| {
            NOTIFICATION_TYPES
                .iter()
                .map(|kind| subscriptions::role_subscribed(conn, company_id, role, kind))
                .collect::<Result<Vec<_>, _>>()
        })
        .await?;
    let owner = format!("/api/v1/roles/{role}");
    Ok(Json(
        NOTIFICATION_TYPES
            .iter()
            .zip(subscribed)
            .map(|(kind, subscribed)| subscription_json(&base, &owner, kind, subscribed))
            .collect(),
    ))
}

/// The user `user_id`'s subscriptions to `types`, read by that user themselves: Okta lists only the
/// current user's. Someone without an administrator role receives no admin notifications.
async fn own_subscriptions(
    state: &AppState,
    caller: &Caller,
    base: &BaseUrl,
    user_id: &str,
    types: Vec<&'static str>,
) -> OktaResult<Vec<Subscription>> {
    let user = crate::okta::users::load(state, caller, user_id).await?;
    if user.id != caller.employee_id {
        return Err(OktaError::Forbidden);
    }
    let (company_id, employee_id, admin) = (caller.company_id, user.id, caller.is_admin());
    let owner = format!("/api/v1/users/{}", user.okta_id);
    let subscribed = state
        .db
        .read(move |conn| {
            types
                .into_iter()
                .map(|kind| {
                    let subscribed = admin && subscriptions::user_subscribed(conn, company_id, employee_id, kind)?;
                    Ok((kind, subscribed))
                })
                .collect::<Result<Vec<_>, StoreError>>()
        })
        .await?;
    Ok(subscribed.into_iter().map(|(kind, subscribed)| subscription_json(base, &owner, kind, subscribed)).collect())
}

/// List your own subscriptions: one per notification type, your own choice or else your role's.
#[utoipa::path(get, path = "/api/v1/users/{userId}/subscriptions", tag = "Subscriptions",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path)),
    responses((status = 200, description = "The subscriptions", body = Vec<Subscription>),
        (status = 403, description = "Not the current user"), (status = 404, description = "Unknown user")))]
async fn user_subscriptions(
    State(state): State<AppState>,
    caller: Caller,
    base: BaseUrl,
    Path(user_id): Path<String>,
) -> OktaResult<Json<Vec<Subscription>>> {
    Ok(Json(own_subscriptions(&state, &caller, &base, &user_id, NOTIFICATION_TYPES.to_vec()).await?))
}

/// Your own subscription to a notification type.
#[utoipa::path(get, path = "/api/v1/users/{userId}/subscriptions/{notificationType}", tag = "Subscriptions",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path), ("notificationType" = String, Path)),
    responses((status = 200, description = "The subscription", body = Subscription),
        (status = 403, description = "Not the current user"), (status = 404, description = "Unknown user or type")))]
async fn user_subscription(
    State(state): State<AppState>,
    caller: Caller,
    base: BaseUrl,
    Path((user_id, notification_type)): Path<(String, String)>,
) -> OktaResult<Json<Subscription>> {
    let kind = known(NOTIFICATION_TYPES, &notification_type, "NotificationType")?;
    let mut found = own_subscriptions(&state, &caller, &base, &user_id, vec![kind]).await?;
    found.pop().map(Json).ok_or_else(|| OktaError::not_found(notification_type, "NotificationType"))
}

async fn set_role(
    state: &AppState,
    caller: &Caller,
    base: &BaseUrl,
    (role, notification_type): (String, String),
    subscribed: bool,
) -> OktaResult<Json<Subscription>> {
    let role = known(ROLE_TYPES, &role, "Role")?;
    let notification_type = known(NOTIFICATION_TYPES, &notification_type, "NotificationType")?;
    let company_id = caller.company_id;
    state
        .db
        .write(Change::by(caller.actor(), "subscription.role"), move |conn| {
            let before = subscriptions::role_subscribed(conn, company_id, role, notification_type)?;
            subscriptions::set_role(conn, company_id, role, notification_type, subscribed)?;
            // Recorded even when the role's own setting stays: setting it again clears its holders' choices.
            let details = json!({
                "notification_type": notification_type,
                "subscribed": { "before": before, "after": subscribed },
            });
            conn.audit("role_subscription", role, &details)?;
            Ok::<_, StoreError>(())
        })
        .await?;
    Ok(Json(subscription_json(base, &format!("/api/v1/roles/{role}"), notification_type, subscribed)))
}

/// Subscribe a role to a notification type; its holders' own choices for the type are cleared.
#[utoipa::path(post, path = "/api/v1/roles/{roleTypeOrRoleId}/subscriptions/{notificationType}/subscribe",
    tag = "Subscriptions", security(("api_token" = []), ("bearer" = [])),
    params(("roleTypeOrRoleId" = String, Path), ("notificationType" = String, Path)),
    responses((status = 200, description = "The subscription", body = Subscription), (status = 404, description = "Unknown role or type")))]
async fn subscribe_role(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path(path): Path<(String, String)>,
) -> OktaResult<Json<Subscription>> {
    set_role(&state, &caller, &base, path, true).await
}

/// Unsubscribe a role from a notification type; its holders' own choices for the type are cleared.
#[utoipa::path(post, path = "/api/v1/roles/{roleTypeOrRoleId}/subscriptions/{notificationType}/unsubscribe",
    tag = "Subscriptions", security(("api_token" = []), ("bearer" = [])),
    params(("roleTypeOrRoleId" = String, Path), ("notificationType" = String, Path)),
    responses((status = 200, description = "The subscription", body = Subscription), (status = 404, description = "Unknown role or type")))]
async fn unsubscribe_role(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path(path): Path<(String, String)>,
) -> OktaResult<Json<Subscription>> {
    set_role(&state, &caller, &base, path, false).await
}

async fn set_user(
    state: &AppState,
    caller: &Caller,
    base: &BaseUrl,
    (user_id, notification_type): (String, String),
    subscribed: bool,
) -> OktaResult<Json<Subscription>> {
    let user = crate::okta::users::load(state, caller, &user_id).await?;
    // Okta: "Only the current User can subscribe to a specific notification type."
    if user.id != caller.employee_id {
        return Err(OktaError::Forbidden);
    }
    let notification_type = known(NOTIFICATION_TYPES, &notification_type, "NotificationType")?;
    let employee_id = user.id;
    // Only the current user chooses their own notifications: their own everyday setting, not a
    // back-office change.
    state
        .db
        .write(Change::routine(caller.actor(), "subscription.user"), move |conn| {
            subscriptions::set_user(conn, employee_id, notification_type, subscribed)
        })
        .await?;
    Ok(Json(subscription_json(base, &format!("/api/v1/users/{}", user.okta_id), notification_type, subscribed)))
}

/// Subscribe yourself to a notification type, whatever your role's subscription.
#[utoipa::path(post, path = "/api/v1/users/{userId}/subscriptions/{notificationType}/subscribe",
    tag = "Subscriptions", security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path), ("notificationType" = String, Path)),
    responses((status = 200, description = "The subscription", body = Subscription),
        (status = 403, description = "Not the current user"), (status = 404, description = "Unknown user or type")))]
async fn subscribe_user(
    State(state): State<AppState>,
    caller: Caller,
    base: BaseUrl,
    Path(path): Path<(String, String)>,
) -> OktaResult<Json<Subscription>> {
    set_user(&state, &caller, &base, path, true).await
}

/// Unsubscribe yourself from a notification type, whatever your role's subscription.
#[utoipa::path(post, path = "/api/v1/users/{userId}/subscriptions/{notificationType}/unsubscribe",
    tag = "Subscriptions", security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path), ("notificationType" = String, Path)),
    responses((status = 200, description = "The subscription", body = Subscription),
        (status = 403, description = "Not the current user"), (status = 404, description = "Unknown user or type")))]
async fn unsubscribe_user(
    State(state): State<AppState>,
    caller: Caller,
    base: BaseUrl,
    Path(path): Path<(String, String)>,
) -> OktaResult<Json<Subscription>> {
    set_user(&state, &caller, &base, path, false).await
}
