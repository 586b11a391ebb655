//! Where the device keeps its secrets: each account's cache key and sign-in token.
//!
//! They go to the system's keystore (Keychain on macOS and iOS, Credential Manager on Windows, the Secret
//! Service on Linux desktops) through the `keyring` crate, never into the data folder. A machine without
//! one (a headless box, a kiosk without a session bus) falls back to files in a folder beside the data
//! folder, readable by this user only, and says so in the log: the cache stays encrypted, but the key is
//! then only as safe as that user's account. `OKTA_HR_KEYSTORE=system` or `=files` chooses one outright.

use crate::cache::CacheKey;
use crate::error::{CoreError, CoreResult};
use std::path::{Path, PathBuf};

/// The keystore service the entries are filed under.
const SERVICE: &str = "okta-hr";
/// Chooses the keystore: `system`, `files`, or unset to use the system's when it answers.
pub const KEYSTORE_VARIABLE: &str = "OKTA_HR_KEYSTORE";

/// The vault's name of the key of the account whose cache file is `cache`.
pub fn cache_key_name(cache: &Path) -> String {
    secret_name(cache, "cache-key")
}

/// The vault's name of the sign-in token of the account whose cache file is `cache`.
pub fn token_name(cache: &Path) -> String {
    secret_name(cache, "token")
}

fn secret_name(cache: &Path, what: &str) -> String {
    let account = cache.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_default();
    format!("{account}/{what}")
}

#[derive(Debug, Clone)]
enum Store {
    System,
    Files(PathBuf),
}

/// The secrets of the accounts of one data folder.
#[derive(Debug, Clone)]
pub struct Vault {
    store: Store,
    /// Tells this data folder's entries from another's in the one system keystore.
    folder: String,
    /// Where the data folder records which store holds its keys.
    record: PathBuf,
}

/// The file in the data folder that records which store holds its keys, so a start where the system's
/// keystore is out of reach (no session bus yet, a locked keyring) is an error to report, never a key that
/// looks gone and an account erased for it. It names a store, never a secret.
const STORE_RECORD: &str = "keystore";

impl Vault {
    /// The vault of `data_dir`: the store its keys were put in, else the system's keystore when it answers
    /// and keeps what it is given, else the files beside the folder.
    pub fn for_data_dir(data_dir: &Path) -> CoreResult<Vault> {
        let data_dir = std::fs::canonicalize(data_dir).unwrap_or_else(|_| data_dir.to_owned());
        let folder = data_dir.display().to_string();
        let files = Store::Files(fallback_folder(&data_dir));
        let recorded = std::fs::read_to_string(data_dir.join(STORE_RECORD)).ok();
        let store = match (std::env::var(KEYSTORE_VARIABLE).as_deref(), recorded.as_deref().map(str::trim)) {
            (Ok("system"), _) | (_, Some("system")) => Store::System,
            (Ok("files"), _) | (_, Some("files")) => files,
            _ if system_keystore_persists() && system_keystore_answers(&folder) => Store::System,
            _ => {
                tracing::warn!(
                    folder = %fallback_folder(&data_dir).display(),
                    "no system keystore answers: the cache keys and the sign-in token are kept in files only this \
                     user can read"
                );
                files
            }
        };
        Ok(Vault { store, folder, record: data_dir.join(STORE_RECORD) })
    }

    /// Whether the secrets are in the system's keystore rather than the fallback files.
    pub fn is_system_keystore(&self) -> bool {
        matches!(self.store, Store::System)
    }

    pub fn get(&self, name: &str) -> CoreResult<Option<String>> {
        match &self.store {
            Store::System => match self.entry(name)?.get_password() {
                Ok(secret) => Ok(Some(secret)),
                Err(keyring::Error::NoEntry) => Ok(None),
                Err(error) => Err(keystore_error(error)),
            },
            Store::Files(folder) => match std::fs::read_to_string(folder.join(file_name(name))) {
                Ok(secret) => Ok(Some(secret)),
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(error) => Err(error.into()),
            },
        }
    }

    /// The key of the account whose cache file is `cache`, if the vault has one.
    pub fn cache_key(&self, cache: &Path) -> CoreResult<Option<CacheKey>> {
        Ok(self.get(&cache_key_name(cache))?.as_deref().and_then(CacheKey::from_stored))
    }

    pub fn set(&self, name: &str, secret: &str) -> CoreResult<()> {
        if !self.record.exists() {
            let store = if self.is_system_keystore() { "system" } else { "files" };
            std::fs::write(&self.record, store)?;
        }
        match &self.store {
            Store::System => self.entry(name)?.set_password(secret).map_err(keystore_error),
            Store::Files(folder) => write_private(folder, &file_name(name), secret),
        }
    }

    /// Forgets the secret; forgetting one that is not there is fine.
    pub fn delete(&self, name: &str) -> CoreResult<()> {
        match &self.store {
            Store::System => match self.entry(name)?.delete_credential() {
                Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
                Err(error) => Err(keystore_error(error)),
            },
            Store::Files(folder) => match std::fs::remove_file(folder.join(file_name(name))) {
                Ok(()) => Ok(()),
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(error) => Err(error.into()),
            },
        }
    }

    fn entry(&self, name: &str) -> CoreResult<keyring::Entry> {
        keyring::Entry::new(SERVICE, &format!("{}#{name}", self.folder)).map_err(keystore_error)
    }
}

/// The folder the fallback keeps secrets in: beside the data folder, never inside it, so a copy of the data
/// folder (a backup, a synced folder) holds no key.
fn fallback_folder(data_dir: &Path) -> PathBuf {
    let name = data_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "okta-hr".into());
    data_dir.with_file_name(format!("{name}.keys"))
}

fn file_name(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '_' }).collect()
}

/// Whether the system keystore keeps what it is given beyond the entry in hand: `keyring`'s stand-in
/// where a platform has no keystore it supports (Android) keeps nothing.
fn system_keystore_persists() -> bool {
    use keyring::credential::CredentialPersistence;
    matches!(keyring::default::default_credential_builder().persistence(), CredentialPersistence::UntilDelete)
}

/// Whether the system keystore can be reached: looking up an entry that does not exist answers "none".
fn system_keystore_answers(folder: &str) -> bool {
    keyring::Entry::new(SERVICE, &format!("{folder}#probe"))
        .map(|entry| matches!(entry.get_password(), Err(keyring::Error::NoEntry) | Ok(_)))
        .unwrap_or(false)
}

fn keystore_error(error: keyring::Error) -> CoreError {
    CoreError::Keystore(error.to_string())
}

#[cfg(unix)]
fn write_private(folder: &Path, name: &str, secret: &str) -> CoreResult<()> {
    use std::io::Write;
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(folder)?;
    std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o700))?;
    let mut file =
        std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(folder.join(name))?;
    file.write_all(secret.as_bytes())?;
    file.sync_all()?;
    // The new name is durable only once the folder is: a key must never be lost to a power cut.
    std::fs::File::open(folder)?.sync_all()?;
    Ok(())
}

#[cfg(not(unix))]
fn write_private(folder: &Path, name: &str, secret: &str) -> CoreResult<()> {
    std::fs::create_dir_all(folder)?;
    std::fs::write(folder.join(name), secret)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fallback_keeps_secrets_beside_the_data_folder_readable_by_this_user_only() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir_all(&data).unwrap();
        let vault = Vault {
            store: Store::Files(fallback_folder(&data)),
            folder: data.display().to_string(),
            record: data.join(STORE_RECORD),
        };
        assert_eq!(vault.get("a/key").unwrap(), None);
        vault.set("a/key", "secret").unwrap();
        assert_eq!(vault.get("a/key").unwrap().as_deref(), Some("secret"));
        let in_data: Vec<_> = std::fs::read_dir(&data).unwrap().filter_map(Result::ok).map(|e| e.file_name()).collect();
        assert_eq!(in_data, vec![std::ffi::OsString::from(STORE_RECORD)], "only which store holds the keys");
        assert_eq!(std::fs::read_to_string(data.join(STORE_RECORD)).unwrap(), "files");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let folder = dir.path().join("data.keys");
            assert_eq!(std::fs::metadata(&folder).unwrap().permissions().mode() & 0o777, 0o700);
            let file = folder.join(file_name("a/key"));
            assert_eq!(std::fs::metadata(file).unwrap().permissions().mode() & 0o777, 0o600);
        }
        vault.delete("a/key").unwrap();
        vault.delete("a/key").unwrap();
        assert_eq!(vault.get("a/key").unwrap(), None);
    }
}
