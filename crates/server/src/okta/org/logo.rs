//! The org's logo: uploaded as `multipart/form-data` (the `file` part), kept in the database and served
//! back where Okta serves it, `/bc/image/fileStoreRecord?id=…`, which the org's `_links.logo` names.

use crate::AppState;
use crate::db::Change;
use crate::error::ApiError;
use crate::okta::auth::Admin;
use crate::okta::error::{OktaError, OktaResult};
use crate::okta::links::BaseUrl;
use crate::okta::page::Params;
use crate::okta::resource::find_or_404;
use crate::store::StoreError;
use crate::store::organisation::settings as org;
use axum::extract::State;
use axum::extract::multipart::{Multipart, MultipartError, MultipartRejection};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(upload_logo))
}

/// The logo image itself, which pages of any origin show.
pub fn public_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(logo_image))
}

/// Okta: "The file must be in PNG, JPG, or GIF format and less than 1 MB in size."
const MAX_LOGO_BYTES: usize = 1024 * 1024;

/// The image type, by the file's own signature rather than the name or type the client claims.
fn image_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("image/gif")
    } else {
        None
    }
}

fn unreadable(error: MultipartError) -> OktaError {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        OktaError::from(ApiError::PayloadTooLarge)
    } else {
        OktaError::MalformedBody
    }
}

/// Upload the org's logo.
///
/// A PNG, JPG or GIF under 1 MB, as the `file` part of a `multipart/form-data` body. Answers 201 with the
/// image's URL in `Location`; each upload gets a new URL.
#[utoipa::path(post, path = "/api/v1/org/logo", tag = "Org", security(("api_token" = []), ("bearer" = [])),
    request_body(content = Vec<u8>, content_type = "multipart/form-data", description = "The image, as the `file` part"),
    responses((status = 201, description = "The logo is stored; `Location` is where it is served"),
        (status = 400, description = "No file, or not a PNG, JPG or GIF under 1 MB"),
        (status = 403, description = "Administrators only")))]
async fn upload_logo(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    multipart: Result<Multipart, MultipartRejection>,
) -> OktaResult<Response> {
    let mut multipart =
        multipart.map_err(|_| OktaError::invalid("file", "Send the logo as multipart/form-data with a file part."))?;
    let mut image = None;
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        if field.name() == Some("file") {
            image = Some(field.bytes().await.map_err(unreadable)?);
        }
    }
    let image = image.ok_or_else(|| OktaError::invalid("file", "The file field is required."))?;
    let content_type =
        image_type(&image).ok_or_else(|| OktaError::invalid("file", "The file must be a PNG, JPG or GIF image."))?;
    if image.len() >= MAX_LOGO_BYTES {
        return Err(OktaError::invalid("file", "The file must be less than 1 MB."));
    }
    let company_id = caller.company_id;
    let file_id = state
        .db
        .write(Change::by(caller.actor(), "org.logo"), move |conn| {
            let before = org::get(conn, company_id)?.and_then(|org| org.logo_file_id);
            let file_id = org::set_logo(conn, company_id, content_type, &image)?;
            // The image is named by its file id, as the org's `_links.logo` names it; its bytes stay out.
            let details = json!({
                "logo": { "before": before, "after": file_id },
                "content_type": content_type,
                "bytes": image.len(),
            });
            conn.audit("org", &super::audited_id(conn, company_id)?, &details)?;
            Ok::<_, StoreError>(file_id)
        })
        .await?;
    Ok((StatusCode::CREATED, [(header::LOCATION, format!("{}{}", base.0, org::logo_path(&file_id)))]).into_response())
}

/// An org's logo image (extension: where `_links.logo` points).
///
/// Public, like the sign-in page that shows it; the id changes with every upload, so it may be cached.
#[utoipa::path(get, path = "/bc/image/fileStoreRecord", tag = "Org",
    params(("id" = String, Query, description = "The file id from the org's `_links.logo`")),
    responses((status = 200, description = "The image", content_type = "image/png"),
        (status = 404, description = "No such image")))]
async fn logo_image(State(state): State<AppState>, params: Params) -> OktaResult<Response> {
    let file_id = params.text("id").unwrap_or_default();
    let (content_type, image) = find_or_404(&state, file_id, "FileStoreRecord", org::logo).await?;
    let headers = [(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "public, max-age=86400".to_owned())];
    Ok((headers, image).into_response())
}
