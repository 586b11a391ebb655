//! Where and how the server reaches PostgreSQL: a `postgres://` URL with libpq's options, and TLS
//! when the URL asks for it with `sslmode`.
//!
//! With `sslmode=require`, `verify-ca` or `verify-full` the connection is encrypted and the server's
//! certificate is always checked against its host name, as libpq's `verify-full` does: a `require`
//! that accepted any certificate would let anyone on the path between machines read the data. The
//! roots are the system's (`/etc/ssl/certs`), or only those of the `sslrootcert` file when given.
//! `disable` and `prefer` (the default) connect in plain text, as over the local socket.

use anyhow::{Context, bail};
use postgres::{Client, NoTls};
use rustls::RootCertStore;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use std::sync::Arc;
use tokio_postgres_rustls::MakeRustlsConnect;

/// A `postgres://` URL as read, without touching the network or the disk: the client's settings and
/// whether to encrypt, against which roots.
pub struct PgUrl {
    pub config: postgres::Config,
    /// With TLS: the `sslrootcert` file, or `None` for the system's roots.
    tls: Option<Option<String>>,
}

impl PgUrl {
    pub fn parse(url: &str) -> anyhow::Result<PgUrl> {
        let (base, options) = url.split_once('?').unwrap_or((url, ""));
        let mut kept = Vec::new();
        let mut encrypt = false;
        let mut root_file = None;
        for option in options.split('&').filter(|option| !option.is_empty()) {
            match option.split_once('=').unwrap_or((option, "")) {
                ("sslmode", "disable" | "prefer") => {}
                ("sslmode", "require" | "verify-ca" | "verify-full") => encrypt = true,
                ("sslmode", other) => {
                    bail!("sslmode must be disable, prefer, require, verify-ca or verify-full (got {other:?})")
                }
                ("sslrootcert", path) => root_file = Some(path.to_owned()),
                _ => kept.push(option),
            }
        }
        if encrypt {
            kept.push("sslmode=require");
        } else if root_file.is_some() {
            bail!("sslrootcert needs sslmode=require, verify-ca or verify-full");
        }
        let url = if kept.is_empty() { base.to_owned() } else { format!("{base}?{}", kept.join("&")) };
        let config: postgres::Config = url.parse().context("reading the PostgreSQL URL")?;
        Ok(PgUrl { config, tls: encrypt.then_some(root_file) })
    }

    pub fn encrypted(&self) -> bool {
        self.tls.is_some()
    }
}

/// A PostgreSQL server to connect to, with its TLS roots loaded once for all connections.
#[derive(Clone)]
pub struct Endpoint {
    config: postgres::Config,
    tls: Option<MakeRustlsConnect>,
}

impl Endpoint {
    pub fn open(url: &str) -> anyhow::Result<Endpoint> {
        let PgUrl { config, tls } = PgUrl::parse(url)?;
        let tls = tls.map(|root_file| connector(root_file.as_deref())).transpose()?;
        Ok(Endpoint { config, tls })
    }

    pub fn connect(&self) -> Result<Client, postgres::Error> {
        match &self.tls {
            Some(tls) => self.config.connect(tls.clone()),
            None => self.config.connect(NoTls),
        }
    }
}

fn connector(root_file: Option<&str>) -> anyhow::Result<MakeRustlsConnect> {
    let mut roots = RootCertStore::empty();
    match root_file {
        Some(path) => {
            let certificates = CertificateDer::pem_file_iter(path)
                .and_then(|certificates| certificates.collect::<Result<Vec<_>, _>>())
                .with_context(|| format!("reading the certificates of sslrootcert {path}"))?;
            let (added, _) = roots.add_parsable_certificates(certificates);
            if added == 0 {
                bail!("sslrootcert {path} holds no certificate");
            }
        }
        None => {
            let system = rustls_native_certs::load_native_certs();
            let (added, _) = roots.add_parsable_certificates(system.certs);
            if added == 0 {
                bail!("no system root certificates to check PostgreSQL's with: give sslrootcert in the URL");
            }
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .context("TLS protocol versions")?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(MakeRustlsConnect::new(config))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_urls_keep_their_options_and_connect_without_tls() {
        let url = PgUrl::parse("postgres://okta_hr@db.internal:5433/okta_hr?connect_timeout=5").unwrap();
        assert!(!url.encrypted());
        assert_eq!(url.config.get_ports(), [5433]);
        assert_eq!(url.config.get_connect_timeout(), Some(&std::time::Duration::from_secs(5)));
        assert!(!PgUrl::parse("postgres://okta_hr@db/okta_hr?sslmode=prefer").unwrap().encrypted());
    }

    #[test]
    fn libpq_sslmodes_that_encrypt_use_tls_and_others_are_refused() {
        for mode in ["require", "verify-ca", "verify-full"] {
            let url = PgUrl::parse(&format!("postgres://okta_hr@db/okta_hr?sslmode={mode}")).unwrap();
            assert!(url.encrypted(), "{mode}");
            assert_eq!(url.config.get_ssl_mode(), postgres::config::SslMode::Require, "{mode}");
        }
        let wrong = PgUrl::parse("postgres://okta_hr@db/okta_hr?sslmode=always").err().unwrap();
        assert!(wrong.to_string().contains("sslmode must be"), "{wrong}");
        let alone = PgUrl::parse("postgres://okta_hr@db/okta_hr?sslrootcert=/tmp/ca.crt").err().unwrap();
        assert!(alone.to_string().contains("needs sslmode"), "{alone}");
    }

    #[test]
    fn a_root_file_that_cannot_be_read_is_named() {
        let url = "postgres://okta_hr@db/okta_hr?sslmode=verify-full&sslrootcert=/nonexistent/ca.crt";
        let error = format!("{:#}", Endpoint::open(url).err().unwrap());
        assert!(error.contains("/nonexistent/ca.crt"), "{error}");
    }
}
