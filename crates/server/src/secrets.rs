//! The secrets the server hands out and checks: argon2id password hashes, Sanctum-style token secrets,
//! service keys and API tokens, and the SHA-256 digests that are all it stores of a token.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Argon2, password_hash::rand_core::OsRng};
use rand::Rng;
use rand::distr::Alphanumeric;
use sha2::{Digest, Sha256};

pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
}

pub fn verify_password(password: &str, stored_hash: &str) -> bool {
    PasswordHash::new(stored_hash)
        .is_ok_and(|hash| Argon2::default().verify_password(password.as_bytes(), &hash).is_ok())
}

/// A hash to verify against when the email is unknown, so both paths cost the same time.
pub fn decoy_password_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy password that matches nothing").unwrap_or_default())
}

pub fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// Sanctum's secret: 40 random alphanumerics followed by their CRC32b in hex, so secret-scanning tools
/// can recognise a leaked token.
pub fn new_token_secret() -> String {
    let random: String = rand::rng().sample_iter(&Alphanumeric).take(40).map(char::from).collect();
    format!("{random}{:08x}", crc32fast::hash(random.as_bytes()))
}

/// A random service key, shown once to the administrator who creates it.
pub fn new_service_key() -> String {
    let random: String = rand::rng().sample_iter(&Alphanumeric).take(48).map(char::from).collect();
    format!("ohs_{random}")
}

/// An Okta-style API token for `Authorization: SSWS …`: `00` and 40 random alphanumerics.
pub fn new_api_token() -> String {
    let random: String = rand::rng().sample_iter(&Alphanumeric).take(40).map(char::from).collect();
    format!("00{random}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_secret_has_sanctum_shape() {
        let secret = new_token_secret();
        assert_eq!(secret.len(), 48);
        let (random, crc) = secret.split_at(40);
        assert!(random.chars().all(|c| c.is_ascii_alphanumeric()));
        assert_eq!(crc, format!("{:08x}", crc32fast::hash(random.as_bytes())));
    }

    #[test]
    fn passwords_are_argon2id_and_verify() {
        let hash = hash_password("correct horse").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &hash));
        assert!(!verify_password("wrong horse", &hash));
    }
}
