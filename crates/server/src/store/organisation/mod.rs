//! The organisation: one `companies` row is the HR API's company (with its branches), the Org API's org
//! settings (contacts, logo, privacy and communication switches) and the Directory API's organization
//! (with its apps and API keys). Every function takes the company it reads or changes.
//!
//! - [`company`]: the HR API's company and branches.
//! - [`settings`]: the Org API's settings of the company.
//! - [`directory`]: the Directory API's organizations, their apps and API keys.

pub mod company;
pub mod directory;
pub mod settings;
