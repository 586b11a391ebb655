//! The HR API's validation messages in the caller's language (issue 23). Every route writes its 422 in
//! English, the API's contract; when the request's `Accept-Language` prefers another of the product's
//! languages, this layer translates the answer's `message` and every message under `errors`, keeping the
//! keys and their order, and says so with `Content-Language`. The templates and the translations are the
//! catalogue's (`okta_hr_i18n::translate_validation`, `locales/*/validation.ftl`).
//!
//! Only a 422 in Laravel's shape (`{"message": "…", "errors": {"field": ["…"]}}`) of a request asking for a
//! language other than English is read; every other response passes through as it is, unbuffered. The
//! Okta-style APIs are not behind this layer: their 400 E0000001 errors stay in English.

use axum::body::{Body, HttpBody, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use indexmap::IndexMap;
use okta_hr_i18n::{Language, translate_validation};
use serde_json::value::RawValue;

/// The layer: `axum::middleware::from_fn(validation_messages)`.
pub async fn validation_messages(request: Request, next: Next) -> Response {
    let language = wanted(request.headers());
    let mut response = next.run(request).await;
    if !is_validation_failure(&response) {
        return response;
    }
    // A cache keeps one copy per language, not the first language asked for.
    response.headers_mut().append(header::VARY, HeaderValue::from_static("accept-language"));
    match language {
        Some(language) => translated(response, language).await,
        None => response,
    }
}

/// More than any validation answer the server writes; a body that may be larger is passed on as it is.
const LARGEST_TRANSLATED: u64 = 1 << 20;

/// The language the request prefers, when it is one of ours and not English.
fn wanted(headers: &HeaderMap) -> Option<Language> {
    let ranges: Vec<&str> =
        headers.get_all(header::ACCEPT_LANGUAGE).iter().filter_map(|value| value.to_str().ok()).collect();
    Language::from_accept_language(&ranges.join(",")).filter(|language| *language != Language::En)
}

fn is_validation_failure(response: &Response) -> bool {
    let json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|media_type| media_type.starts_with("application/json"));
    response.status() == StatusCode::UNPROCESSABLE_ENTITY && json
}

async fn translated(response: Response, language: Language) -> Response {
    if response.body().size_hint().upper().is_none_or(|size| size > LARGEST_TRANSLATED) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    // The server wrote this body itself, whole, from a handful of messages.
    let english = match to_bytes(body, usize::MAX).await {
        Ok(english) => english,
        Err(error) => return crate::error::ApiError::internal(error).into_response(),
    };
    match in_language(&english, language) {
        Some(translated) if translated != english => {
            parts.headers.insert(header::CONTENT_LENGTH, HeaderValue::from(translated.len()));
            parts.headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(language.tag()));
            Response::from_parts(parts, Body::from(translated))
        }
        _ => Response::from_parts(parts, Body::from(english)),
    }
}

/// The body with its messages in `language`, every other byte as it was; `None` when it is not Laravel's
/// error shape.
fn in_language(english: &[u8], language: Language) -> Option<Vec<u8>> {
    let mut body: IndexMap<String, Box<RawValue>> = serde_json::from_slice(english).ok()?;
    if let Some(message) = body.get_mut("message") {
        let text: String = serde_json::from_str(message.get()).ok()?;
        *message = serde_json::value::to_raw_value(&translate_validation(&text, language)).ok()?;
    }
    if let Some(errors) = body.get_mut("errors") {
        let mut by_field: IndexMap<String, Vec<String>> = serde_json::from_str(errors.get()).ok()?;
        for message in by_field.values_mut().flatten() {
            *message = translate_validation(message, language);
        }
        *errors = serde_json::value::to_raw_value(&by_field).ok()?;
    }
    serde_json::to_vec(&body).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_messages_change_and_the_keys_keep_their_order() {
        let english = br#"{"errors":{"start_date":["The start date field is required."],"end_date":["The end date field is required."]},"message":"The start date field is required. (and 1 more error)"}"#;
        let german = in_language(english, Language::De).expect("Laravel's shape");
        assert_eq!(
            String::from_utf8(german).unwrap(),
            r#"{"errors":{"start_date":["Das Feld Startdatum muss ausgefüllt werden."],"end_date":["Das Feld Enddatum muss ausgefüllt werden."]},"message":"Das Feld Startdatum muss ausgefüllt werden. (und 1 weiterer Fehler)"}"#
        );
    }

    #[test]
    fn another_shape_is_left_alone() {
        assert_eq!(in_language(br#"{"message":"x","errors":{"a":"not a list"}}"#, Language::De), None);
        assert_eq!(in_language(br#"{"message":3}"#, Language::De), None);
        assert_eq!(in_language(b"not json", Language::De), None);
    }

    #[test]
    fn english_and_languages_we_do_not_speak_ask_for_nothing() {
        let headers = |value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static(value));
            headers
        };
        assert_eq!(wanted(&headers("de-DE,de;q=0.9")), Some(Language::De));
        assert_eq!(wanted(&headers("fr;q=0.5, ar;q=0.9")), Some(Language::Ar));
        assert_eq!(wanted(&headers("en-US,en;q=0.9,de;q=0.8")), None);
        assert_eq!(wanted(&headers("ja")), None);
        assert_eq!(wanted(&HeaderMap::new()), None);
    }
}
