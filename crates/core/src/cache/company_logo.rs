//! The company's logo image, kept for offline use.

use super::Cache;
use crate::error::CoreResult;
use rusqlite::{OptionalExtension, params};

/// An image and its media type.
pub struct Logo {
    pub path: String,
    pub content_type: String,
    pub image: Vec<u8>,
}

impl Cache {
    pub fn company_logo(&self) -> CoreResult<Option<Logo>> {
        Ok(self
            .conn
            .query_row("SELECT path, content_type, image FROM company_logo WHERE id = 1", [], |r| {
                Ok(Logo { path: r.get(0)?, content_type: r.get(1)?, image: r.get(2)? })
            })
            .optional()?)
    }

    /// Keeps `logo`, or forgets the old one when the company has none any more.
    pub fn set_company_logo(&self, logo: Option<&Logo>) -> CoreResult<()> {
        match logo {
            Some(logo) => self.conn.execute(
                "INSERT INTO company_logo (id, path, content_type, image) VALUES (1, ?1, ?2, ?3)
                 ON CONFLICT (id) DO UPDATE SET path = excluded.path, content_type = excluded.content_type,
                     image = excluded.image",
                params![logo.path, logo.content_type, logo.image],
            )?,
            None => self.conn.execute("DELETE FROM company_logo", [])?,
        };
        Ok(())
    }
}
