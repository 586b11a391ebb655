//! Company-wide lists: assets (managers and HR). Announcements are `announcements.rs`'s.

use crate::AppState;
use crate::auth::AuthUser;
use crate::error::ApiResult;
use crate::http::jsonapi::{JsonApi, ListQuery};
use crate::store::assets;
use axum::extract::State;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::wire::{AssetAttributes, Role};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_assets))
}

/// List company assets with their current holder.
///
/// Managers and HR only.
#[utoipa::path(get, path = "/api/v1/assets", tag = "Company", security(("bearer" = [])),
    params(("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Assets by tag", body = Document<Vec<Resource<AssetAttributes>>>),
        (status = 403, description = "Managers and HR only"),
    ))]
async fn list_assets(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<AssetAttributes>>>>> {
    user.require(&[Role::Manager, Role::Hr])?;
    let (offset, limit) = (query.offset(), query.limit());
    let (items, total) = state.db.read(move |conn| assets::list(conn, user.company_id, offset, limit)).await?;
    Ok(query.page(items, total))
}
