//! Okta's cursor pagination: `limit` and `after` in, a JSON array and RFC 8288 `Link` headers out.
//!
//! The cursor is opaque to clients; here it is the internal id of the last item on the page, so a
//! page is an index range scan however deep the client has paged.

use crate::AppState;
use crate::okta::error::OktaError;
use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

pub const DEFAULT_LIMIT: i64 = 200;
pub const MAX_LIMIT: i64 = 200;
/// About the size of one user with its links, the largest item a page lists.
const ESTIMATED_ITEM_BYTES: usize = 1_536;

/// The query of a cursor-paged collection, and every other parameter it came with.
pub struct PageQuery {
    pub limit: i64,
    /// Items after this internal id; `None` for the first page.
    pub after: Option<i64>,
    pairs: Vec<(String, String)>,
    url: String,
}

impl PageQuery {
    /// A query parameter, trimmed; empty counts as absent.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim()).filter(|v| !v.is_empty())
    }

    /// A boolean query parameter (`true`/`false`, case-insensitive); anything else is a validation error.
    pub fn flag(&self, name: &str) -> Result<Option<bool>, OktaError> {
        parse_flag(self.text(name), name)
    }

    /// One page of `items`, fetched with one extra row beyond `limit` to know whether a next page exists.
    pub fn page<T: Serialize>(&self, mut items: Vec<(i64, T)>) -> Paged<T> {
        let more = items.len() as i64 > self.limit;
        items.truncate(self.limit as usize);
        let next = if more { items.last().map(|(id, _)| self.link(Some(*id))) } else { None };
        Paged { items: items.into_iter().map(|(_, item)| item).collect(), this: self.link(self.after), next }
    }

    fn link(&self, after: Option<i64>) -> String {
        let mut query: Vec<String> = self
            .pairs
            .iter()
            .filter(|(k, _)| k != "after" && k != "limit")
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        if let Some(after) = after {
            query.push(format!("after={after}"));
        }
        query.push(format!("limit={}", self.limit));
        format!("{}?{}", self.url, query.join("&"))
    }
}

/// Reads a `true`/`false` query value.
pub fn parse_flag(text: Option<&str>, name: &str) -> Result<Option<bool>, OktaError> {
    match text.map(str::to_ascii_lowercase).as_deref() {
        None => Ok(None),
        Some("true") => Ok(Some(true)),
        Some("false") => Ok(Some(false)),
        Some(_) => Err(OktaError::invalid(name, format!("The {name} parameter must be true or false."))),
    }
}

/// What a query key or value keeps as it is in a link: RFC 3986's unreserved characters. Every other
/// byte, non-ASCII UTF-8 included, is percent-encoded with upper-case hex digits.
const QUERY_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

fn encode(text: &str) -> String {
    utf8_percent_encode(text, QUERY_COMPONENT).to_string()
}

impl FromRequestParts<AppState> for PageQuery {
    type Rejection = OktaError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Query(pairs) = Query::<Vec<(String, String)>>::try_from_uri(&parts.uri)
            .map_err(|_| OktaError::invalid("query", "The query string could not be read."))?;
        let value = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_owned());
        let limit = match value("limit").filter(|v| !v.is_empty()) {
            None => DEFAULT_LIMIT,
            Some(text) => match text.parse::<i64>() {
                Ok(n) if n >= 1 => n.min(MAX_LIMIT),
                _ => return Err(OktaError::invalid("limit", "The limit must be a positive whole number.")),
            },
        };
        let after = match value("after").filter(|v| !v.is_empty()) {
            None => None,
            Some(text) => Some(
                text.parse::<i64>()
                    .map_err(|_| OktaError::invalid("after", "The after cursor is not one this server issued."))?,
            ),
        };
        let url = format!("{}{}", state.settings.base_url(&parts.headers), parts.uri.path());
        Ok(PageQuery { limit, after, pairs, url })
    }
}

/// A page of a collection: the items as a JSON array, the links in `Link` headers.
pub struct Paged<T> {
    pub items: Vec<T>,
    this: String,
    next: Option<String>,
}

impl<T: Serialize> IntoResponse for Paged<T> {
    fn into_response(self) -> Response {
        // Sized for a page of users up front: growing a 300 KB body by doubling copies it again and again.
        let mut body = Vec::with_capacity(ESTIMATED_ITEM_BYTES * self.items.len() + 2);
        let mut response = match serde_json::to_writer(&mut body, &self.items) {
            Ok(()) => ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
            Err(error) => return OktaError::internal(error).into_response(),
        };
        let headers = response.headers_mut();
        for (url, rel) in [(Some(self.this), "self"), (self.next, "next")] {
            if let Some(value) = url.and_then(|url| HeaderValue::from_str(&format!("<{url}>; rel=\"{rel}\"")).ok()) {
                headers.append(header::LINK, value);
            }
        }
        response
    }
}

/// The query string of a non-collection route: flags such as `activate=false` or `sendEmail=true`.
pub struct Params(Vec<(String, String)>);

impl Params {
    pub fn text(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim()).filter(|v| !v.is_empty())
    }

    pub fn flag(&self, name: &str) -> Result<Option<bool>, OktaError> {
        parse_flag(self.text(name), name)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Params {
    type Rejection = OktaError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let Query(pairs) = Query::<Vec<(String, String)>>::try_from_uri(&parts.uri)
            .map_err(|_| OktaError::invalid("query", "The query string could not be read."))?;
        Ok(Params(pairs))
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
