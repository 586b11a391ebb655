//! The offline-first heart of Okta HR: a typed API client, a SQLite cache every screen reads from,
//! and an outbox whose sync engine delivers each write made offline exactly once.
//!
//! The app and the `okta-hr` CLI are thin shells over [`Core`].

pub mod admin;
pub mod background;
pub mod cache;
pub mod client;
pub mod error;
mod facade;
pub mod payroll;
mod precheck;
mod refresh;
pub mod sync;

pub use error::{CoreError, CoreResult};
pub use facade::{Change, Core, Fresh, Status, WriteOutcome};
