//! The commands the UI calls: each a thin call into `okta_hr_core`.

pub mod admin;
pub mod announcements_admin;
pub mod assets;
pub mod attendance;
pub mod company;
pub mod corrections;
pub mod files;
pub mod hr;
pub mod leave;
pub mod leave_policy;
pub mod links;
pub mod pay_setup;
pub mod payroll_admin;
pub mod people;
pub mod session;
pub mod shifts;
pub mod team;
