//! Server policy that a company may tune: offline windows, geofence tolerance, mock locations.

use axum::http::uri::Authority;
use axum::http::{HeaderMap, header};
use okta_hr_domain::geofence::GeofencePolicy;
use std::net::{IpAddr, SocketAddr};

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
    /// The URL clients reach this server at, for links in responses; needed unless it listens on loopback.
    pub public_url: Option<String>,
    /// The address this server listens on, for links when there is no public URL.
    pub listening_on: Option<SocketAddr>,
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
            listening_on: None,
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
    /// Where links in responses (paging, `_links`, the set-password link) point: `--public-url` when set.
    /// Without it the server listens on loopback only (see [`Settings::check_listener`]), so every honest
    /// caller is on this machine: a `Host` naming this machine is used, and any other (a page rebinding
    /// its DNS to this address, a proxy nobody configured) is not trusted: the listening address is used.
    pub fn base_url(&self, headers: &HeaderMap) -> String {
        if let Some(url) = &self.public_url {
            return url.trim_end_matches('/').to_owned();
        }
        let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).filter(|host| names_this_machine(host));
        match (host, self.listening_on) {
            (Some(host), _) => format!("http://{host}"),
            (None, Some(address)) => format!("http://{address}"),
            (None, None) => "http://localhost".to_owned(),
        }
    }

    /// Refuses to serve on `address` when links would have no trustworthy host: a listener other machines
    /// can reach needs `--public-url`. Remembers the address for links otherwise.
    pub fn check_listener(&mut self, address: SocketAddr) -> Result<(), String> {
        if let Some(url) = &self.public_url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                return Err(format!("--public-url {url} must start with https:// (or http://)."));
            }
        } else if !address.ip().is_loopback() {
            return Err(format!(
                "{address} can be reached from other machines, so links in responses need the address clients use: \
                 set --public-url (OKTA_HR_PUBLIC_URL), for example --public-url https://hr.example.com. \
                 A Host header is never trusted for links."
            ));
        }
        self.listening_on = Some(address);
        Ok(())
    }
}

/// Whether a `Host` header names this machine: `localhost`, a `*.localhost` name or a loopback address.
fn names_this_machine(host: &str) -> bool {
    let Ok(authority) = host.parse::<Authority>() else {
        return false;
    };
    let name = authority.host().trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase();
    name == "localhost" || name.ends_with(".localhost") || name.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(value: &str) -> HeaderMap {
        HeaderMap::from_iter([(header::HOST, value.parse().expect("a header value"))])
    }

    #[test]
    fn links_use_the_host_only_when_it_names_this_machine() {
        let mut settings = Settings::default();
        settings.check_listener("127.0.0.1:8080".parse().unwrap()).unwrap();
        assert_eq!(settings.base_url(&host("localhost:8080")), "http://localhost:8080");
        assert_eq!(settings.base_url(&host("[::1]:8080")), "http://[::1]:8080");
        assert_eq!(settings.base_url(&host("evil.example:8080")), "http://127.0.0.1:8080");
        assert_eq!(settings.base_url(&host("127.0.0.1.evil.example")), "http://127.0.0.1:8080");
        assert_eq!(settings.base_url(&HeaderMap::new()), "http://127.0.0.1:8080");
    }

    #[test]
    fn a_listener_other_machines_reach_needs_a_public_url() {
        let everywhere: SocketAddr = "0.0.0.0:8080".parse().unwrap();
        let refused = Settings::default().check_listener(everywhere).unwrap_err();
        assert!(refused.contains("--public-url"), "{refused}");
        let mut public = Settings { public_url: Some("https://hr.example.com/".to_owned()), ..Settings::default() };
        public.check_listener(everywhere).unwrap();
        assert_eq!(public.base_url(&host("evil.example")), "https://hr.example.com");
        let mut not_a_url = Settings { public_url: Some("hr.example.com".to_owned()), ..Settings::default() };
        assert!(not_a_url.check_listener(everywhere).is_err());
    }
}
