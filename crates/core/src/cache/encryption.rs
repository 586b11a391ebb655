//! The cache file encrypted at rest with SQLCipher: a random 256-bit key per account, given raw (no
//! passphrase to stretch), and a plain cache from before encryption converted in place.

use crate::error::CoreResult;
use rand::RngCore;
use rusqlite::Connection;
use std::io::Read;
use std::path::{Path, PathBuf};

/// What every plain SQLite file starts with; an encrypted file starts with random bytes.
const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// How every cache is encrypted, given right after the key: 16 KiB pages rather than SQLCipher's 4 KiB,
/// so a quarter of the per-page IVs and MACs, and an HMAC-SHA256 that the processor's SHA instructions
/// speed up where SHA-512 has none. Together they bring the cost of encryption within the 1.3x that
/// BENCHMARKS.md records; AES-256 and a MAC on every page are kept.
fn settings(schema: &str) -> String {
    format!("PRAGMA {schema}.cipher_page_size = 16384; PRAGMA {schema}.cipher_hmac_algorithm = HMAC_SHA256;")
}

/// An account's cache key, as the hex of its 32 bytes.
#[derive(Clone)]
pub struct CacheKey(String);

impl CacheKey {
    pub fn random() -> CacheKey {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        CacheKey(hex::encode(bytes))
    }

    /// A key as the vault keeps it; `None` for anything that is not one.
    pub fn from_stored(text: &str) -> Option<CacheKey> {
        let text = text.trim();
        (text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())).then(|| CacheKey(text.to_owned()))
    }

    pub fn stored(&self) -> &str {
        &self.0
    }

    /// SQLCipher's raw-key literal: the key is used as it is, without a passphrase's key derivation.
    fn literal(&self) -> String {
        format!("\"x'{}'\"", self.0)
    }
}

impl std::fmt::Debug for CacheKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CacheKey(…)")
    }
}

/// Whether `path` is a cache from before encryption: a plain SQLite file.
pub fn is_plain(path: &Path) -> CoreResult<bool> {
    let mut header = [0u8; 16];
    match std::fs::File::open(path) {
        Ok(mut file) => Ok(file.read_exact(&mut header).is_ok() && &header == PLAIN_HEADER),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(error) => Err(error.into()),
    }
}

/// Gives the connection its key; `false` when the file is not readable with it (another key, or one
/// that is gone), so the caller can treat the cache as absent.
fn unlock(conn: &Connection, key: &CacheKey) -> CoreResult<bool> {
    conn.execute_batch(&format!("PRAGMA key = {}; {}", key.literal(), settings("main")))?;
    readable(conn)
}

/// Whether the keyed connection can read its file.
fn readable(conn: &Connection) -> CoreResult<bool> {
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)) {
        Ok(_) => Ok(true),
        Err(rusqlite::Error::SqliteFailure(error, _)) if error.code == rusqlite::ErrorCode::NotADatabase => Ok(false),
        Err(error) => Err(error.into()),
    }
}

/// A connection to the cache at `path`, unlocked with its key: a plain cache from before encryption is
/// encrypted first, and one encrypted with SQLCipher's defaults is brought to [`settings`].
/// [`CoreError::CacheKeyLost`](crate::error::CoreError::CacheKeyLost) when the key does not read it.
pub fn open_keyed(path: &Path, key: &CacheKey) -> CoreResult<Connection> {
    if is_plain(path)? {
        encrypt_in_place(path, key)?;
    }
    let conn = Connection::open(path)?;
    if unlock(&conn, key)? {
        return Ok(conn);
    }
    drop(conn);
    if upgrade_settings_in_place(path, key)? {
        let conn = Connection::open(path)?;
        if unlock(&conn, key)? {
            return Ok(conn);
        }
    }
    Err(crate::error::CoreError::CacheKeyLost)
}

/// Encrypts a plain cache in place with `key`: everything, queued writes included, is copied into an
/// encrypted file that then replaces it, so a crash midway leaves the plain file as it was.
fn encrypt_in_place(path: &Path, key: &CacheKey) -> CoreResult<()> {
    let plain = Connection::open(path)?;
    rewrite_in_place(path, key, plain)
}

/// Re-encrypts with [`settings`] a cache that an earlier version encrypted with SQLCipher's defaults,
/// keeping everything in it; `false` when `key` does not read it that way either.
fn upgrade_settings_in_place(path: &Path, key: &CacheKey) -> CoreResult<bool> {
    let earlier = Connection::open(path)?;
    earlier.execute_batch(&format!("PRAGMA key = {};", key.literal()))?;
    if !readable(&earlier)? {
        return Ok(false);
    }
    rewrite_in_place(path, key, earlier)?;
    Ok(true)
}

/// Copies everything `source` reads of `path` into a sibling file encrypted with `key` and [`settings`],
/// then puts that file in its place.
fn rewrite_in_place(path: &Path, key: &CacheKey, source: Connection) -> CoreResult<()> {
    let encrypted = sibling(path, "encrypting");
    remove_if_present(&encrypted)?;
    source.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
    let version: i64 = source.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    source.execute("ATTACH DATABASE ?1 AS encrypted KEY ?2", [encrypted.display().to_string(), raw_key(key)])?;
    source.execute_batch(&settings("encrypted"))?;
    source.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
    // The export copies the tables, not the schema version the migrations go by.
    source.execute_batch(&format!("PRAGMA encrypted.user_version = {version}; DETACH DATABASE encrypted;"))?;
    drop(source);
    for suffix in ["wal", "shm"] {
        remove_if_present(&sibling(path, suffix))?;
    }
    std::fs::rename(&encrypted, path)?;
    // The rename is durable only once the folder is.
    #[cfg(unix)]
    if let Some(folder) = path.parent() {
        std::fs::File::open(folder)?.sync_all()?;
    }
    Ok(())
}

/// The key as ATTACH's KEY takes it: the same raw-key literal, as a bound text.
fn raw_key(key: &CacheKey) -> String {
    format!("x'{}'", key.0)
}

/// Removes the cache file and its journal: what is left of an account once its key is gone.
pub fn remove_files(path: &Path) -> CoreResult<()> {
    remove_if_present(path)?;
    for suffix in ["wal", "shm", "encrypting", "encrypting-journal"] {
        remove_if_present(&sibling(path, suffix))?;
    }
    Ok(())
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(format!("-{suffix}"));
    path.with_file_name(name)
}

fn remove_if_present(path: &Path) -> CoreResult<()> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(error) => Err(error.into()),
    }
}
