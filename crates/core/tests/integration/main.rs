//! The offline-first core against the real server crate on 127.0.0.1: sign-in, the cache, the outbox and its
//! sync through outages and lost answers; one binary so the server is linked once. The randomized fault
//! trials are a story of the top-level tests/.

mod common;

mod admin;
mod announcements;
mod approvals_context;
mod assets;
mod background;
mod corrections;
mod directory_search;
mod encrypted_cache;
mod holidays_audit;
mod identity;
mod languages;
mod leave_policy;
mod offline;
mod own_writes;
mod payroll_admin;
mod people_back_office;
mod team;
