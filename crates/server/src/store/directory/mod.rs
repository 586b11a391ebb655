//! The Directory API's view of the data (seed 001): organizations are companies, accounts and employees
//! are the same employees rows the HR and Users APIs read, and groups are the groups of migration 004.
//! Every row is named by its UUID or its Okta-style id; both are accepted wherever an id is.

pub mod groups;
pub mod organizations;
