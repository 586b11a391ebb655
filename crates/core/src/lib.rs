//! The offline-first heart of Okta HR: a typed API client, a SQLite cache every screen reads from,
//! and an outbox whose sync engine delivers each write made offline exactly once.
//!
//! The app and the `okta-hr` CLI are thin shells over [`Core`], whose calls are split by area:
//! `session`, `attendance`, `leave`, `company`, `team`, [`admin`] (with HR's public holidays and audit
//! trail) and [`payroll`].

pub mod admin;
mod attendance;
pub mod background;
pub mod cache;
pub mod client;
mod company;
mod corrections;
pub mod error;
mod facade;
mod leave;
mod leave_policy;
pub mod payroll;
mod precheck;
mod refresh;
mod search;
mod session;
mod shifts;
pub mod sync;
mod team;
pub mod vault;

pub use corrections::{CorrectionEntry, CorrectionRequest};
pub use error::{CoreError, CoreResult};
pub use facade::{Change, Core, Fresh, WriteOutcome};
pub use leave::{END_BEFORE_START, LeavePreview, WITHDRAWN};
pub use leave_policy::LeaveTypeChanges;
pub use okta_hr_i18n::Language;
pub use session::Status;
pub use shifts::ShiftChanges;
