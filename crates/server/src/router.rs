//! The one place the server's routes are assembled: both API families with their layers, the health check,
//! the OpenAPI description of everything, and the answers to unknown routes.

use crate::AppState;
use crate::error::ApiError;
use crate::okta::error::OktaError;
use crate::okta::trusted_origins::cors::CorsPolicies;
use crate::{hr_api, okta};
use axum::Json;
use axum::http::{HeaderMap, Method, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Router, http::StatusCode};
use okta_hr_domain::jsonapi::MEDIA_TYPE;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::cors::CorsLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Okta HR API",
        version = "1.0.0",
        description = "REST API for Okta HR — mobile self-service, HR operations and Okta Suite internal \
                       integration. Every document is JSON:API; errors use Laravel's shapes."
    ),
    modifiers(&SecuritySchemes),
    tags(
        (name = "Auth"), (name = "Me", description = "Mobile self-service"),
        (name = "Directory"), (name = "Attendance"), (name = "Leave"), (name = "Payroll"), (name = "Company"),
        (name = "Internal", description = "Service-to-service, with X-Service-Key"),
    )
)]
struct ApiDoc;

struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("Sanctum").build()),
        );
        components.add_security_scheme(
            "api_token",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                "Authorization",
                "Okta's API token scheme: `SSWS {token}`",
            ))),
        );
        components.add_security_scheme(
            "service_key",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new("X-Service-Key"))),
        );
    }
}

/// Documents every JSON:API answer under the media type it is served with: utoipa files a `body` under
/// `application/json`, but the HR API answers its documents as `application/vnd.api+json`.
fn with_jsonapi_media_type(mut openapi: utoipa::openapi::OpenApi) -> utoipa::openapi::OpenApi {
    use utoipa::openapi::RefOr;
    let is_document = |content: &utoipa::openapi::Content| matches!(&content.schema, Some(RefOr::Ref(r)) if r.ref_location.starts_with("#/components/schemas/Document_"));
    for item in openapi.paths.paths.values_mut() {
        let operations = [&mut item.get, &mut item.put, &mut item.post, &mut item.delete, &mut item.patch];
        for operation in operations.into_iter().flatten() {
            for response in operation.responses.responses.values_mut() {
                let RefOr::T(response) = response else { continue };
                if response.content.get("application/json").is_some_and(is_document)
                    && let Some(content) = response.content.shift_remove("application/json")
                {
                    response.content.insert(MEDIA_TYPE.to_owned(), content);
                }
            }
        }
    }
    openapi
}

/// Every route, its description, and the layers around them. Each API family brings its own CORS policy:
/// the HR API (and the health check, the description and unknown routes) answers any origin, the
/// Okta-style administration APIs only the origins an administrator trusts, and their two public routes
/// (a Directory API sign-in, the org's logo image) any origin again.
pub fn router(state: AppState) -> Router {
    let cors = CorsPolicies::new(&state);
    let (hr_api, hr_api_doc) = hr_api::router(state.clone()).split_for_parts();
    let (okta, okta_doc) = okta::router(state.clone()).split_for_parts();
    let (okta_public, okta_public_doc) = okta::public_router().split_for_parts();
    let mut openapi = ApiDoc::openapi();
    openapi.merge(hr_api_doc);
    openapi.merge(okta_doc);
    openapi.merge(okta_public_doc);
    let openapi = std::sync::Arc::new(with_jsonapi_media_type(openapi));
    // A family's layer also covers its 405s, so the fallback is set before the layer.
    let family =
        |routes: Router<AppState>, cors: CorsLayer| routes.method_not_allowed_fallback(method_not_allowed).layer(cors);

    Router::new()
        .route("/up", get(|| async { Json(serde_json::json!({ "status": "up" })) }))
        .route("/api/openapi.json", get(move || async move { Json(openapi.as_ref().clone()) }))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(cors.any_origin())
        .merge(family(hr_api, cors.any_origin()))
        .merge(family(okta, cors.trusted_origins()))
        .merge(family(okta_public, cors.any_origin()))
        .with_state(state)
        .layer(CatchPanicLayer::custom(|_| {
            ApiError::internal(anyhow::anyhow!("a request handler panicked")).into_response()
        }))
        // As Laravel answers: API responses are per user and must not be stored by shared caches.
        .layer(SetResponseHeaderLayer::if_not_present(
            axum::http::header::CACHE_CONTROL,
            axum::http::HeaderValue::from_static("no-cache, private"),
        ))
        // The path alone names a request: query strings carry one-time tokens (`set-password?token=`) and
        // searched names and emails, which a debug log must not keep.
        .layer(TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
            tracing::debug_span!("request", method = %request.method(), path = %request.uri().path())
        }))
}

/// Whether the request came from an Okta client (an `SSWS` API token), which reads only Okta's error object.
fn from_okta_client(headers: &HeaderMap) -> bool {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.as_bytes().get(..4))
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case(b"SSWS"))
}

async fn not_found(headers: HeaderMap, uri: Uri) -> Response {
    if from_okta_client(&headers) {
        return OktaError::not_found(uri.path(), "Resource").into_response();
    }
    ApiError::NotFound(format!("The route {} could not be found.", uri.path().trim_start_matches('/'))).into_response()
}

async fn method_not_allowed(headers: HeaderMap, method: Method, uri: Uri) -> Response {
    if from_okta_client(&headers) {
        let refusal = OktaError::refused(
            StatusCode::METHOD_NOT_ALLOWED,
            "E0000022",
            "The endpoint does not support the provided HTTP method",
        );
        return refusal.with_cause(format!("{method} {}", uri.path())).into_response();
    }
    let message = format!("The {method} method is not supported for route {}.", uri.path().trim_start_matches('/'));
    (StatusCode::METHOD_NOT_ALLOWED, Json(serde_json::json!({ "message": message }))).into_response()
}
