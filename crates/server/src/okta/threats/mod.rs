//! ThreatInsight (seed 002): the configuration API, and [`sign_in`], which applies it to the app's sign-in.

use crate::AppState;
use crate::db::Change;
use crate::okta::auth::Admin;
use crate::okta::body::OktaBody;
use crate::okta::error::OktaResult;
use crate::okta::fields::Problems;
use crate::okta::links::BaseUrl;
use crate::okta::org;
use crate::store::threats::{self, Action, Configuration};
use crate::store::{StoreError, audit};
use axum::Json;
use axum::extract::State;
use okta_hr_domain::okta::Links;
use okta_hr_domain::okta::threats::{ThreatInsightAction, ThreatInsightConfiguration, ThreatInsightConfigurationWrite};
use serde_json::{Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(configuration, update_configuration))
}

const PATH: &str = "/api/v1/threats/configuration";
const ZONE_ID_MAX: usize = 255;

fn configuration_json(base: &BaseUrl, configuration: Configuration) -> ThreatInsightConfiguration {
    ThreatInsightConfiguration {
        action: match configuration.action {
            Action::None => ThreatInsightAction::None,
            Action::Audit => ThreatInsightAction::Audit,
            Action::Block => ThreatInsightAction::Block,
        },
        exclude_zones: configuration.exclude_zones,
        created: configuration.created,
        last_updated: configuration.updated,
        links: Links::from([("self".to_owned(), base.allowing(PATH, &["GET", "POST"]))]),
    }
}

/// What the audit trail records of the configuration: what an administrator sets.
fn recorded(configuration: &Configuration) -> Value {
    json!({ "action": configuration.action.as_str(), "excludeZones": configuration.exclude_zones })
}

/// The org's ThreatInsight configuration (`none` until set).
#[utoipa::path(get, path = "/api/v1/threats/configuration", tag = "ThreatInsight", security(("api_token" = []), ("bearer" = [])),
    responses((status = 200, description = "The configuration", body = ThreatInsightConfiguration), (status = 403, description = "Administrators only")))]
async fn configuration(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
) -> OktaResult<Json<ThreatInsightConfiguration>> {
    let company_id = caller.company_id;
    let configuration = state.db.read(move |conn| threats::get(conn, company_id)).await?;
    Ok(Json(configuration_json(&base, configuration)))
}

/// Set the ThreatInsight configuration.
///
/// `action` is `none`, `audit` (suspicious sign-ins are logged and reported to subscribed admins as
/// REPORT_SUSPICIOUS_ACTIVITY) or `block` (they are also refused). `excludeZones` lists network zone ids;
/// this server has no network zones API, so they are kept and returned but exclude no address.
#[utoipa::path(post, path = "/api/v1/threats/configuration", tag = "ThreatInsight", security(("api_token" = []), ("bearer" = [])),
    request_body = ThreatInsightConfigurationWrite,
    responses((status = 200, description = "The configuration", body = ThreatInsightConfiguration), (status = 400, description = "Invalid configuration")))]
async fn update_configuration(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<ThreatInsightConfiguration>> {
    let mut problems = Problems::default();
    let action = match body.get("action") {
        None | Some(Value::Null) => {
            problems.add("action", "The action field is required.");
            None
        }
        Some(value) => {
            let action = value.as_str().and_then(Action::parse);
            if action.is_none() {
                problems.add("action", "The action must be none, audit or block.");
            }
            action
        }
    };
    let mut zones = Vec::new();
    match body.get("excludeZones") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for item in items {
                match item.as_str().map(str::trim) {
                    Some(zone) if !zone.is_empty() && zone.len() <= ZONE_ID_MAX => {
                        if !zones.iter().any(|known: &String| known == zone) {
                            zones.push(zone.to_owned());
                        }
                    }
                    _ => problems.add("excludeZones", "Each excluded zone must be a network zone id."),
                }
            }
        }
        Some(_) => problems.add("excludeZones", "The excludeZones must be a list of network zone ids."),
    }
    problems.finish()?;
    let action = action.unwrap_or(Action::None);
    let company_id = caller.company_id;
    let configuration = state
        .db
        .write(Change::by(caller.actor(), "threat.configure"), move |conn| {
            let before = threats::get(conn, company_id)?;
            threats::set(conn, company_id, action, &zones)?;
            let after = threats::get(conn, company_id)?;
            let details = audit::changes(&recorded(&before), &recorded(&after));
            conn.audit("threat_insight_configuration", &org::audited_id(conn, company_id)?, &details)?;
            Ok::<_, StoreError>(after)
        })
        .await?;
    Ok(Json(configuration_json(&base, configuration)))
}
