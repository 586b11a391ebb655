//! Who is calling: the extractors that authenticate the app's bearer tokens and the service keys.

mod service_key;
pub mod sign_in;
pub mod threat_insight;
mod user;

pub use service_key::{ServiceClient, service_key_guard};
pub(crate) use user::LAST_USED_RESOLUTION_SECS;
pub use user::{AuthUser, PunchCaller};

/// Splits `"{id}|{secret}"`.
pub fn parse_bearer(token: &str) -> Option<(i64, &str)> {
    let (id, secret) = token.split_once('|')?;
    let id = id.parse().ok()?;
    (!secret.is_empty()).then_some((id, secret))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_tokens_split_on_the_first_bar() {
        assert_eq!(parse_bearer("12|abc"), Some((12, "abc")));
        assert_eq!(parse_bearer("abc"), None);
        assert_eq!(parse_bearer("x|abc"), None);
        assert_eq!(parse_bearer("3|"), None);
    }
}
