//! Server policy that a company may tune: offline windows, geofence tolerance, mock locations.

use axum::http::HeaderMap;
use okta_hr_domain::geofence::GeofencePolicy;

/// What to do when a device reports that its position comes from a mock-location provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MockLocationPolicy {
    /// Accept, and disregard the flag: the company does not care about mock providers.
    Allow,
    /// Accept, store the flag and show it to HR (the default).
    Flag,
    /// Refuse the check-in or check-out.
    Reject,
}

#[derive(Debug, Clone)]
pub struct Settings {
    /// The URL clients reach this server at, for pagination links; taken from `Host` when unset.
    pub public_url: Option<String>,
    pub geofence: GeofencePolicy,
    /// How old a device-recorded check-in or check-out may be when it finally reaches the server.
    pub offline_window: chrono::Duration,
    /// How far ahead of the server's clock a device's recorded time may be.
    pub max_clock_skew: chrono::Duration,
    pub mock_location: MockLocationPolicy,
    pub idempotency_retention_days: i64,
    /// Proxies (load balancers) whose `X-Forwarded-For` names the client; from any other peer it is ignored.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            public_url: None,
            geofence: GeofencePolicy::default(),
            offline_window: chrono::Duration::hours(72),
            max_clock_skew: chrono::Duration::minutes(5),
            mock_location: MockLocationPolicy::Flag,
            idempotency_retention_days: 7,
            trusted_proxies: Vec::new(),
        }
    }
}

impl Settings {
    pub fn base_url(&self, headers: &HeaderMap) -> String {
        if let Some(url) = &self.public_url {
            return url.trim_end_matches('/').to_owned();
        }
        let host = headers.get("host").and_then(|h| h.to_str().ok()).unwrap_or("localhost");
        let scheme = headers.get("x-forwarded-proto").and_then(|h| h.to_str().ok()).unwrap_or("http");
        format!("{scheme}://{host}")
    }
}
