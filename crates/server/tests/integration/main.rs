//! The server through its HTTP API: the real server crate on 127.0.0.1:0 over a real database (SQLite, or
//! PostgreSQL when `OKTA_HR_TEST_POSTGRES` names one), one binary for every area so the server is linked once.

mod common;
mod directory_support;

mod announcements;
mod asset_problems;
mod assets_back_office;
mod attendance;
mod attendance_corrections;
mod attendance_offline;
mod audit_backoffice;
mod audit_okta;
mod audit_trail;
mod auth;
mod calendars;
mod directory;
mod directory_api;
mod directory_people;
mod employee_search;
mod groups_api;
mod half_days;
mod identity_admin;
mod instances;
mod internal;
mod languages;
mod leave;
mod leave_approvals;
mod leave_cancel_notice;
mod leave_context;
mod leave_policy;
mod okta_clients;
mod okta_wire;
mod org_api;
mod pay_setup;
mod payroll;
mod payroll_runs;
mod people_back_office;
mod platform;
mod security;
mod serve;
mod tenancy;
mod user_erasure;
mod users_api;
mod validation_languages;
mod write_path;
