//! The server through its HTTP API: the real server crate on 127.0.0.1:0 over a real database (SQLite, or
//! PostgreSQL when `OKTA_HR_TEST_POSTGRES` names one), one binary for every area so the server is linked once.

mod common;
mod directory_support;

mod attendance;
mod attendance_offline;
mod auth;
mod directory;
mod directory_api;
mod directory_people;
mod employee_search;
mod identity_admin;
mod instances;
mod internal;
mod leave;
mod leave_approvals;
mod leave_cancel_notice;
mod leave_context;
mod okta_wire;
mod org_api;
mod payroll;
mod platform;
mod security;
mod serve;
mod tenancy;
mod users_api;
mod write_path;
