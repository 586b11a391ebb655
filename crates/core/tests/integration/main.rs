//! The offline-first core against the real server crate on 127.0.0.1: sign-in, the cache, the outbox and its
//! sync through outages, lost answers and killed servers; one binary so the server is linked once.

mod common;

mod admin;
mod background;
mod fault_trials;
mod identity;
mod offline;
mod team;
