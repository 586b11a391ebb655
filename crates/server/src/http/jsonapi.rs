//! Writing JSON:API documents, and the paginated list query every collection accepts.

use crate::AppState;
use crate::error::ApiError;
use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use okta_hr_domain::jsonapi::{Document, MEDIA_TYPE, PageLinks, PageMeta, Resource};
use okta_hr_domain::validation::{ValidationErrors, Validator};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde_json::{Map, Value};

pub const MAX_PAGE_SIZE: u64 = 100;
pub const DEFAULT_PAGE_SIZE: u64 = 15;

/// A JSON:API document with its status and media type.
pub struct JsonApi<T>(pub StatusCode, pub T);

impl<T: Serialize> IntoResponse for JsonApi<T> {
    fn into_response(self) -> Response {
        let mut response = (self.0, axum::Json(self.1)).into_response();
        response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(MEDIA_TYPE));
        response
    }
}

/// 200 with a single resource.
pub fn one<A: Serialize>(resource: Resource<A>) -> JsonApi<Document<Resource<A>>> {
    JsonApi(StatusCode::OK, Document::new(resource))
}

/// Any resource as an entry of a document's `included`.
pub fn included<A: Serialize>(resource: Resource<A>) -> Result<Resource<Value>, ApiError> {
    Ok(Resource {
        kind: resource.kind,
        id: resource.id,
        attributes: serde_json::to_value(resource.attributes).map_err(ApiError::internal)?,
        relationships: resource.relationships,
    })
}

/// The query of a collection route: `page[number]`, `page[size]` and the route's own filters.
pub struct ListQuery {
    pub params: Map<String, Value>,
    pub number: u64,
    pub size: u64,
    url: String,
    pairs: Vec<(String, String)>,
}

impl ListQuery {
    pub fn offset(&self) -> i64 {
        ((self.number - 1) * self.size) as i64
    }

    pub fn limit(&self) -> i64 {
        self.size as i64
    }

    pub fn validator(&self) -> Validator<'_> {
        Validator::new(&self.params)
    }

    pub fn text(&self, name: &str) -> Option<&str> {
        self.params.get(name).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty())
    }

    /// The page's full address, which identifies it for caching.
    pub fn address(&self) -> String {
        self.link(self.number)
    }

    /// `filter[name]`, which must be one of `allowed` when given.
    pub fn filter_one_of(&self, name: &str, allowed: &[&str]) -> Result<Option<String>, ApiError> {
        match self.text(&format!("filter[{name}]")) {
            None => Ok(None),
            Some(value) if allowed.contains(&value) => Ok(Some(value.to_owned())),
            Some(_) => {
                Err(ApiError::invalid(&format!("filter.{name}"), format!("The selected filter.{name} is invalid.")))
            }
        }
    }

    fn link(&self, number: u64) -> String {
        let mut query: Vec<String> = self
            .pairs
            .iter()
            .filter(|(k, _)| k != "page[number]" && k != "page[size]")
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        query.push(format!("{}={number}", encode("page[number]")));
        query.push(format!("{}={}", encode("page[size]"), self.size));
        format!("{}?{}", self.url, query.join("&"))
    }

    /// A page of resources with `links` and `meta.total`.
    pub fn page<A>(&self, data: Vec<Resource<A>>, total: u64) -> JsonApi<Document<Vec<Resource<A>>>> {
        let last_page = total.div_ceil(self.size).max(1);
        let links = PageLinks {
            first: self.link(1),
            prev: (self.number > 1).then(|| self.link((self.number - 1).min(last_page))),
            next: (self.number < last_page).then(|| self.link(self.number + 1)),
            last: self.link(last_page),
        };
        let meta = PageMeta { total, current_page: self.number, per_page: self.size, last_page };
        let mut document = Document::new(data);
        document.links = Some(links);
        document.meta = Some(meta);
        JsonApi(StatusCode::OK, document)
    }
}

/// What a query key or value keeps as it is in a link: RFC 3986's unreserved characters. Every other
/// byte, non-ASCII UTF-8 included, is percent-encoded with upper-case hex digits.
const QUERY_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

fn encode(text: &str) -> String {
    utf8_percent_encode(text, QUERY_COMPONENT).to_string()
}

impl FromRequestParts<AppState> for ListQuery {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Query(pairs) = Query::<Vec<(String, String)>>::try_from_uri(&parts.uri)
            .map_err(|_| ApiError::invalid("query", "The query string could not be read."))?;
        let params: Map<String, Value> = pairs.iter().map(|(k, v)| (k.clone(), Value::String(v.clone()))).collect();

        let mut errors = ValidationErrors::default();
        let mut read = |field: &str, default: u64, max: Option<u64>| -> u64 {
            let Some(text) = params.get(field).and_then(Value::as_str) else {
                return default;
            };
            let name = field.replace('[', ".").replace(']', "");
            match text.trim().parse::<u64>() {
                Ok(n) if n >= 1 && max.is_none_or(|max| n <= max) => n,
                Ok(0) => {
                    errors.add(&name, format!("The {name} field must be at least 1."));
                    default
                }
                Ok(_) => {
                    let max = max.unwrap_or(u64::MAX);
                    errors.add(&name, format!("The {name} field must not be greater than {max}."));
                    default
                }
                Err(_) => {
                    errors.add(&name, format!("The {name} field must be an integer."));
                    default
                }
            }
        };
        let number = read("page[number]", 1, Some(1_000_000));
        let size = read("page[size]", DEFAULT_PAGE_SIZE, Some(MAX_PAGE_SIZE));
        if !errors.is_empty() {
            return Err(ApiError::Validation(errors));
        }
        let url = format!("{}{}", state.settings.base_url(&parts.headers), parts.uri.path());
        Ok(ListQuery { params, number, size, url, pairs })
    }
}

#[cfg(test)]
mod tests {
    use super::encode;

    #[test]
    fn encode_keeps_only_unreserved_characters() {
        assert_eq!(encode("page[number]"), "page%5Bnumber%5D");
        assert_eq!(
            encode("a b&c=d%e/f+g?h#i é€ AZaz09-_.~"),
            "a%20b%26c%3Dd%25e%2Ff%2Bg%3Fh%23i%20%C3%A9%E2%82%AC%20AZaz09-_.~"
        );
    }
}
