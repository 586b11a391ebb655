//! Taking addresses off the email bounce list. Each address is judged on its own: the valid ones of the
//! company's users are accepted even when others in the same request fail, and the answer is 200 either way.

use crate::AppState;
use crate::db::Change;
use crate::okta::auth::Admin;
use crate::okta::body::OktaBody;
use crate::okta::error::{OktaError, OktaResult};
use crate::store::organisation::settings as org;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use okta_hr_domain::okta::org::{BouncesRemoveListError, BouncesRemoveListObj, BouncesRemoveListResult};
use okta_hr_domain::validation::is_email;
use serde_json::{Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(remove_bounces))
}

/// Okta: "The field cannot have more than 1,000 elements".
const MAX_ADDRESSES: usize = 1000;
const INVALID_ADDRESS: &str = "Invalid email address. The provided email address failed validation against RFC 3696.";
const NOT_A_MEMBER: &str = "This email address does not belong to any user in your organization.";

/// Ask for addresses to be removed from the email bounce list.
///
/// Answers the addresses that were not accepted, each with its reason. More than 1,000 addresses is a 400,
/// as Okta answers it.
#[utoipa::path(post, path = "/api/v1/org/email/bounces/remove-list", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    request_body = BouncesRemoveListObj,
    responses((status = 200, description = "The addresses that were not accepted, with reasons", body = BouncesRemoveListResult),
        (status = 400, description = "No emailAddresses list, or more than 1,000 addresses")))]
async fn remove_bounces(
    State(state): State<AppState>,
    Admin(caller): Admin,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<BouncesRemoveListResult>> {
    let Some(Value::Array(addresses)) = body.get("emailAddresses") else {
        return Err(OktaError::invalid(
            "emailAddresses",
            "The emailAddresses field must be a list of email addresses.",
        ));
    };
    if addresses.len() > MAX_ADDRESSES {
        return Err(OktaError::refused(StatusCode::BAD_REQUEST, "E0000001", "Invalid request data format")
            .with_cause("emailAddresses: The field cannot have more than 1,000 elements"));
    }
    let addresses = addresses.clone();
    let company_id = caller.company_id;
    let errors = state
        .db
        .write(Change::by(caller.actor(), "org.remove_bounces"), move |conn| -> OktaResult<_> {
            let (mut accepted, mut errors) = (Vec::new(), Vec::new());
            for address in &addresses {
                let text = address.as_str().map(str::trim);
                let reason = match text {
                    Some(email) if is_email(email) => {
                        if org::is_member_email(conn, company_id, email)? {
                            org::request_bounce_removal(conn, company_id, email)?;
                            accepted.push(email);
                            continue;
                        }
                        NOT_A_MEMBER
                    }
                    _ => INVALID_ADDRESS,
                };
                let shown = text.map_or_else(|| address.clone(), |t| Value::String(t.to_owned()));
                errors.push(BouncesRemoveListError { email_address: shown, reason: reason.to_owned() });
            }
            if accepted.is_empty() {
                // Every address was refused: nothing was asked for.
                conn.unchanged();
            } else {
                let details = json!({ "bounce_removal_requested": accepted });
                conn.audit("org", &super::audited_id(conn, company_id)?, &details)?;
            }
            Ok(errors)
        })
        .await?;
    Ok(Json(BouncesRemoveListResult { errors }))
}
