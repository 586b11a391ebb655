//! The commands the UI calls: each a thin call into `okta_hr_core`.

pub mod admin;
pub mod attendance;
pub mod company;
pub mod files;
pub mod leave;
pub mod links;
pub mod session;
pub mod team;
