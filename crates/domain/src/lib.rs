//! The rules Okta HR's device and server must never disagree on.
//!
//! The app pre-checks a check-in or a leave request with exactly the functions the server uses to
//! decide, so a user who is told "you are 350 m from HQ" offline gets the same answer online.

pub mod announcements;
pub mod assets;
pub mod calendar;
pub mod corrections;
pub mod days;
pub mod geofence;
pub mod jsonapi;
pub mod leave;
pub mod leave_ledger;
pub mod leave_policy;
pub mod leave_year;
pub mod lifecycle;
pub mod money;
pub mod okta;
pub mod people;
pub mod shifts;
pub mod validation;
pub mod wire;
