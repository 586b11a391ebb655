//! Serialised directory pages, kept until the company's directory changes.
//!
//! The directory is read far more often than it changes (every phone refreshes it; HR edits it
//! weekly), so a page is rendered once per directory version and then served as bytes, with a
//! weak ETag so a client that already has it gets a 304.

use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use okta_hr_domain::jsonapi::MEDIA_TYPE;
use std::collections::HashMap;
use std::sync::Mutex;

/// Past this many pages the cache starts afresh; pages are small and cheap to render again.
const CAPACITY: usize = 2_048;

#[derive(Clone)]
pub struct CachedPage {
    version: i64,
    etag: HeaderValue,
    body: Bytes,
}

#[derive(Default)]
pub struct PageCache {
    pages: Mutex<HashMap<String, CachedPage>>,
}

impl PageCache {
    pub fn get(&self, key: &str, version: i64) -> Option<CachedPage> {
        let pages = self.pages.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        pages.get(key).filter(|page| page.version == version).cloned()
    }

    pub fn put(&self, key: String, version: i64, body: Bytes) -> CachedPage {
        let etag = format!("W/\"{version}-{:08x}\"", crc32fast::hash(key.as_bytes()));
        let page = CachedPage {
            version,
            etag: HeaderValue::from_str(&etag).unwrap_or(HeaderValue::from_static("W/\"0\"")),
            body,
        };
        let mut pages = self.pages.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if pages.len() >= CAPACITY {
            pages.clear();
        }
        pages.insert(key, page.clone());
        page
    }
}

impl CachedPage {
    /// 200 with the page, or 304 when the client's `If-None-Match` already names it.
    pub fn respond(self, request_headers: &HeaderMap) -> Response {
        let fresh = request_headers
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|tags| tags.split(',').any(|tag| tag.trim() == self.etag.to_str().unwrap_or_default()));
        let mut response =
            if fresh { StatusCode::NOT_MODIFIED.into_response() } else { (StatusCode::OK, self.body).into_response() };
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(MEDIA_TYPE));
        headers.insert(header::ETAG, self.etag);
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache, private"));
        response
    }
}
