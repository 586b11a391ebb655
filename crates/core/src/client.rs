//! A typed client for the Okta HR API v1, with its answers sorted into what the sync engine must do.

use chrono::{DateTime, Utc};
use okta_hr_domain::jsonapi::{Document, ErrorBody, Resource};
use okta_hr_domain::validation::ValidationErrors;
use okta_hr_domain::wire::*;
use okta_hr_i18n::Language;
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// Why a request did not succeed, in the terms the caller has to act on.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// No connection could be made (no network, nothing listening): the request never left the
    /// device. Try again later.
    #[error("the server cannot be reached: {0}")]
    CouldNotConnect(String),
    /// The connection broke or timed out: the server may or may not have received the request.
    /// Try again later.
    #[error("the server cannot be reached: {0}")]
    Unreachable(String),
    /// The server failed (5xx) or answered something unreadable. Try again later.
    #[error("the server had a problem ({status}): {message}")]
    ServerFault { status: u16, message: String },
    #[error("too many attempts; retry in {} s", retry_after.as_secs())]
    RateLimited { retry_after: Duration },
    /// The token is missing, revoked or expired: the user must sign in again. `reason` is the server's
    /// own explanation when it gave one (an administrator suspended the account, signed the device out…).
    #[error("{}", reason.as_deref().unwrap_or("your session has ended; please sign in again"))]
    Unauthenticated { reason: Option<String> },
    /// The server refused the request for good (422, 403, 404, 409): retrying will not help.
    #[error("{message}")]
    Rejected { status: u16, message: String, errors: ValidationErrors },
}

impl ClientError {
    /// Worth retrying later without anything changing on the device.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            ClientError::CouldNotConnect(_)
                | ClientError::Unreachable(_)
                | ClientError::ServerFault { .. }
                | ClientError::RateLimited { .. }
        )
    }
}

/// A successful answer, with what the server's clock said when it sent it.
pub struct Answer<T> {
    pub status: StatusCode,
    pub body: T,
    pub server_time: Option<DateTime<Utc>>,
    pub etag: Option<String>,
    /// The path of the next page of an Okta collection, from its `Link: <…>; rel="next"` header.
    pub next_page: Option<String>,
}

/// A successful answer that is not JSON, with its headers (an export's `X-Total-Count`).
pub struct TextAnswer {
    pub body: String,
    pub headers: reqwest::header::HeaderMap,
}

/// The language the device shows, shared by the core and its clients: the server is asked to answer in it.
pub type SharedLanguage = Arc<RwLock<Language>>;

#[derive(Clone)]
pub struct ApiClient {
    base_url: String,
    http: reqwest::Client,
    token: Option<String>,
    language: SharedLanguage,
}

impl ApiClient {
    pub fn new(base_url: &str) -> Result<Self, ClientError> {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(20))
            .build()
            .map_err(|e| ClientError::Unreachable(e.to_string()))?;
        Ok(Self {
            base_url: base_url.trim_end_matches('/').to_owned(),
            http,
            token: None,
            language: SharedLanguage::default(),
        })
    }

    /// Asks the server to answer in `language` as it changes (its validation messages, for one).
    pub fn speaking(mut self, language: SharedLanguage) -> Self {
        self.language = language;
        self
    }

    pub fn with_token(mut self, token: Option<String>) -> Self {
        self.token = token;
        self
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    async fn send<B: Serialize>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
        idempotency_key: Option<&str>,
    ) -> Result<Answer<Value>, ClientError> {
        self.send_conditional(method, path, body, idempotency_key, None).await
    }

    /// A request to `path` with the token, asking for `accept`.
    fn request(&self, method: Method, path: &str, accept: &str) -> reqwest::RequestBuilder {
        let language = self.language.read().map_or(Language::En, |language| *language);
        let request = self
            .http
            .request(method, format!("{}{path}", self.base_url))
            .header("Accept", accept)
            .header(reqwest::header::ACCEPT_LANGUAGE, language.tag());
        match &self.token {
            Some(token) => request.bearer_auth(token),
            None => request,
        }
    }

    async fn send_conditional<B: Serialize>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
        idempotency_key: Option<&str>,
        if_none_match: Option<&str>,
    ) -> Result<Answer<Value>, ClientError> {
        let mut request = self.request(method, path, "application/json");
        if let Some(etag) = if_none_match {
            request = request.header(reqwest::header::IF_NONE_MATCH, etag);
        }
        if let Some(key) = idempotency_key {
            request = request.header("Idempotency-Key", key);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request.send().await.map_err(|e| unreachable(&e))?;
        self.answer(response).await
    }

    /// Reads a JSON answer: the body on success (or a 304), the error it describes otherwise.
    async fn answer(&self, response: reqwest::Response) -> Result<Answer<Value>, ClientError> {
        let status = response.status();
        let server_time = response
            .headers()
            .get(reqwest::header::DATE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok())
            .map(DateTime::<Utc>::from);
        let etag = response.headers().get(reqwest::header::ETAG).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let next_page = response
            .headers()
            .get_all(reqwest::header::LINK)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(next_link)
            .map(|url| self.path_of(&url));
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        let text = response.text().await.map_err(|e| ClientError::Unreachable(short(&e)))?;
        let body: Value = if text.trim().is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).map_err(|_| ClientError::ServerFault {
                status: status.as_u16(),
                message: "the answer was not JSON".to_owned(),
            })?
        };
        if status.is_success() || status == StatusCode::NOT_MODIFIED {
            return Ok(Answer { status, body, server_time, etag, next_page });
        }
        let okta_message = okta_error_message(&body);
        let mut error: ErrorBody = serde_json::from_value(body)
            .unwrap_or(ErrorBody { message: status.canonical_reason().unwrap_or("error").to_owned(), errors: None });
        if let Some(message) = okta_message {
            error.message = message;
        }
        Err(match status.as_u16() {
            // Laravel's bare "Unauthenticated." says nothing more than the status does.
            401 => ClientError::Unauthenticated {
                reason: Some(error.message).filter(|m| !m.trim().is_empty() && m != "Unauthenticated."),
            },
            429 => ClientError::RateLimited { retry_after: Duration::from_secs(retry_after.unwrap_or(30)) },
            400..=499 => ClientError::Rejected {
                status: status.as_u16(),
                message: error.message,
                errors: error.errors.unwrap_or_default(),
            },
            _ => ClientError::ServerFault { status: status.as_u16(), message: error.message },
        })
    }

    /// A document the server answers as text rather than JSON (a CSV export), asking for `accept`; a
    /// refusal is read from its JSON body as every other answer's is.
    pub async fn get_text(&self, path: &str, accept: &str) -> Result<TextAnswer, ClientError> {
        let response = self.request(Method::GET, path, accept).send().await.map_err(|e| unreachable(&e))?;
        let status = response.status();
        if !status.is_success() {
            let unexpected =
                ClientError::ServerFault { status: status.as_u16(), message: "unexpected answer".to_owned() };
            return Err(self.answer(response).await.err().unwrap_or(unexpected));
        }
        let headers = response.headers().clone();
        let body = response.text().await.map_err(|e| ClientError::Unreachable(short(&e)))?;
        Ok(TextAnswer { body, headers })
    }

    /// A file the signed-in caller may read (a run's ZIP of payslips): its headers and bytes, or the server's
    /// refusal as for any other read.
    pub async fn get_bytes(
        &self,
        path: &str,
        accept: &str,
    ) -> Result<(reqwest::header::HeaderMap, Vec<u8>), ClientError> {
        let response = self.request(Method::GET, path, accept).send().await.map_err(|e| unreachable(&e))?;
        let status = response.status();
        if !status.is_success() {
            let unexpected =
                ClientError::ServerFault { status: status.as_u16(), message: "unexpected answer".to_owned() };
            return Err(self.answer(response).await.err().unwrap_or(unexpected));
        }
        let headers = response.headers().clone();
        let bytes = response.bytes().await.map_err(|e| ClientError::Unreachable(short(&e)))?;
        Ok((headers, bytes.to_vec()))
    }

    /// Sends `body` as is, of media type `content_type` (an iCalendar file), and reads the JSON answer.
    pub async fn post_text<T: DeserializeOwned>(
        &self,
        path: &str,
        content_type: &str,
        body: String,
        idempotency_key: Option<&str>,
    ) -> Result<Answer<T>, ClientError> {
        let mut request =
            self.request(Method::POST, path, "application/json").header(reqwest::header::CONTENT_TYPE, content_type);
        if let Some(key) = idempotency_key {
            request = request.header("Idempotency-Key", key);
        }
        let response = request.body(body).send().await.map_err(|e| unreachable(&e))?;
        decode(self.answer(response).await?)
    }

    /// An image or other file the server serves as is: its media type and bytes.
    pub async fn get_file(&self, path: &str) -> Result<(String, Vec<u8>), ClientError> {
        let response = self.http.get(format!("{}{path}", self.base_url)).send().await.map_err(|e| unreachable(&e))?;
        let status = response.status();
        if !status.is_success() {
            return Err(ClientError::ServerFault {
                status: status.as_u16(),
                message: format!("the file {path} could not be read"),
            });
        }
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("application/octet-stream")
            .to_owned();
        let bytes = response.bytes().await.map_err(|e| ClientError::Unreachable(short(&e)))?;
        Ok((content_type, bytes.to_vec()))
    }

    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<Answer<T>, ClientError> {
        let answer = self.send::<()>(Method::GET, path, None, None).await?;
        decode(answer)
    }

    /// `None` when the server says the document tagged `etag` has not changed.
    pub async fn get_if_changed<T: DeserializeOwned>(
        &self,
        path: &str,
        etag: Option<&str>,
    ) -> Result<Option<Answer<T>>, ClientError> {
        let answer = self.send_conditional::<()>(Method::GET, path, None, None, etag).await?;
        if answer.status == StatusCode::NOT_MODIFIED {
            return Ok(None);
        }
        decode(answer).map(Some)
    }

    pub async fn post<T: DeserializeOwned, B: Serialize>(
        &self,
        path: &str,
        body: &B,
        idempotency_key: Option<&str>,
    ) -> Result<Answer<T>, ClientError> {
        let answer = self.send(Method::POST, path, Some(body), idempotency_key).await?;
        decode(answer)
    }

    pub async fn put<T: DeserializeOwned, B: Serialize>(&self, path: &str, body: &B) -> Result<Answer<T>, ClientError> {
        let answer = self.send(Method::PUT, path, Some(body), None).await?;
        decode(answer)
    }

    pub async fn patch<T: DeserializeOwned, B: Serialize>(
        &self,
        path: &str,
        body: &B,
    ) -> Result<Answer<T>, ClientError> {
        let answer = self.send(Method::PATCH, path, Some(body), None).await?;
        decode(answer)
    }

    pub async fn delete(&self, path: &str) -> Result<(), ClientError> {
        self.send::<()>(Method::DELETE, path, None, None).await.map(|_| ())
    }

    /// Every item of an Okta collection (a plain JSON array per page), following `Link` cursors.
    pub async fn all_linked_pages<T: DeserializeOwned>(&self, path: &str) -> Result<Vec<T>, ClientError> {
        let mut items = Vec::new();
        let mut next = Some(path.to_owned());
        while let Some(page) = next {
            let answer = self.get::<Vec<T>>(&page).await?;
            items.extend(answer.body);
            next = answer.next_page;
        }
        Ok(items)
    }

    /// `url` relative to this client's server, as `send` expects it.
    fn path_of(&self, url: &str) -> String {
        if let Some(path) = url.strip_prefix(&self.base_url) {
            return path.to_owned();
        }
        // Another spelling of the same host (localhost for 127.0.0.1): keep the path and query.
        let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
        after_scheme.find('/').map_or_else(|| "/".to_owned(), |at| after_scheme[at..].to_owned())
    }

    pub async fn login(
        &self,
        email: &str,
        password: &str,
        new_password: Option<&str>,
        device_name: &str,
    ) -> Result<Document<Resource<TokenAttributes>>, ClientError> {
        let mut body = serde_json::json!({ "email": email, "password": password, "device_name": device_name });
        if let Some(new_password) = new_password {
            body["new_password"] = new_password.into();
        }
        Ok(self.post("/api/v1/auth/login", &body, None).await?.body)
    }

    pub async fn logout(&self) -> Result<(), ClientError> {
        self.send::<()>(Method::POST, "/api/v1/auth/logout", None, None).await.map(|_| ())
    }

    /// Every page of a collection, following `links.next`.
    pub async fn all_pages<A: DeserializeOwned>(&self, path: &str) -> Result<Vec<Resource<A>>, ClientError> {
        let separator = if path.contains('?') { '&' } else { '?' };
        let mut items = Vec::new();
        let mut page = 1;
        loop {
            let document: Document<Vec<Resource<A>>> =
                self.get(&format!("{path}{separator}page[size]=100&page[number]={page}")).await?.body;
            let last_page = document.meta.as_ref().map_or(1, |m| m.last_page);
            items.extend(document.data);
            if page >= last_page {
                return Ok(items);
            }
            page += 1;
        }
    }
}

fn decode<T: DeserializeOwned>(answer: Answer<Value>) -> Result<Answer<T>, ClientError> {
    let body = serde_json::from_value(answer.body).map_err(|e| ClientError::ServerFault {
        status: answer.status.as_u16(),
        message: format!("unexpected answer: {e}"),
    })?;
    Ok(Answer {
        status: answer.status,
        body,
        server_time: answer.server_time,
        etag: answer.etag,
        next_page: answer.next_page,
    })
}

/// The URL of a `Link` header's `rel="next"` entry.
fn next_link(header: &str) -> Option<String> {
    header.split(',').find_map(|entry| {
        let (url, params) = entry.split_once(';')?;
        let is_next = params.split(';').any(|p| p.trim().replace(' ', "") == "rel=\"next\"");
        is_next.then(|| url.trim().trim_start_matches('<').trim_end_matches('>').to_owned())
    })
}

/// A readable message from Okta's error object: the summary, or for a validation failure the causes,
/// which name each field and what is wrong with it.
fn okta_error_message(body: &Value) -> Option<String> {
    let summary = body.get("errorSummary")?.as_str()?;
    let causes: Vec<&str> = body
        .get("errorCauses")
        .and_then(Value::as_array)
        .map(|causes| causes.iter().filter_map(|c| c.get("errorSummary")?.as_str()).collect())
        .unwrap_or_default();
    Some(match (body.get("errorCode").and_then(Value::as_str), causes.is_empty()) {
        (_, true) => summary.to_owned(),
        (Some("E0000001"), false) => causes.join("; "),
        _ => format!("{summary} ({})", causes.join("; ")),
    })
}

/// Tells a request that never left the device from one whose answer was lost, which matters to a
/// write the user wants to take back.
fn unreachable(error: &reqwest::Error) -> ClientError {
    if error.is_connect() { ClientError::CouldNotConnect(short(error)) } else { ClientError::Unreachable(short(error)) }
}

fn short(error: &reqwest::Error) -> String {
    if error.is_connect() {
        return "connection refused or no network".to_owned();
    }
    if error.is_timeout() { "timed out".to_owned() } else { error.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_cursor_is_read_from_either_link_header_style() {
        let both = r#"<https://acme.test/api/v1/users?limit=2>; rel="self", <https://acme.test/api/v1/users?after=7&limit=2>; rel="next""#;
        assert_eq!(next_link(both).as_deref(), Some("https://acme.test/api/v1/users?after=7&limit=2"));
        assert_eq!(next_link(r#"<https://acme.test/api/v1/users?limit=2>; rel="self""#), None);
    }

    #[test]
    fn a_validation_failure_reads_as_its_causes() {
        let body = serde_json::json!({
            "errorCode": "E0000001",
            "errorSummary": "Api validation failed: origin",
            "errorCauses": [{ "errorSummary": "origin: The origin must be a scheme, host and optional port." }],
        });
        assert_eq!(okta_error_message(&body).unwrap(), "origin: The origin must be a scheme, host and optional port.");
        let forbidden = serde_json::json!({ "errorCode": "E0000006", "errorSummary": "You do not have permission", "errorCauses": [] });
        assert_eq!(okta_error_message(&forbidden).unwrap(), "You do not have permission");
        assert_eq!(okta_error_message(&serde_json::json!({ "message": "Laravel" })), None);
    }
}
