//! Payroll's arithmetic, shared by the server, which computes and locks runs, and the device, which shows
//! a payslip and its explanation offline exactly as the server computed it.
//!
//! Pure: no I/O and no clock. Money is exact (`rust_decimal::Decimal`), rounded per component and for the
//! net; days come from the person's [`WorkCalendar`](okta_hr_domain::calendar::WorkCalendar) in exact half
//! days, so a holiday inside unpaid leave costs nothing here as it costs nothing in the leave ledger.

pub mod bank_file;
pub mod component;
pub mod compute;
pub mod correction;
pub mod diff;
pub mod expression;
pub mod inputs;
pub mod structure;
pub mod wire;

/// The exact decimal every amount is, for callers that store or parse amounts without naming the crate.
pub use rust_decimal::Decimal;
