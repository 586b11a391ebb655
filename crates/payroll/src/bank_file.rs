//! The files a payroll run exports for the company's bank: a CSV any bank portal or spreadsheet reads, and a
//! SEPA credit transfer initiation (ISO 20022 `pain.001.001.03`) that euro banks import as one batch.
//!
//! Pure: the caller passes the message id and the creation time, so the same batch is the same bytes every
//! time. The CSV carries the data as HR entered it; the SEPA file carries what SEPA allows, which is
//! checked (IBANs, BICs, amounts, ids, the currency) and refused with a [`BankFileError`] naming the person
//! at fault, or adapted (names and texts transliterated to the SEPA character set, see [`sepa_text`]).

mod csv_file;
mod pain001_xml;
mod sepa;

use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

pub use csv_file::csv;
pub use pain001_xml::pain001;
pub use sepa::{SEPA_NAME_MAX, SEPA_REMITTANCE_MAX, sepa_text};

/// A holder of a bank account: the company paying (the debtor) or a person paid (a creditor).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    /// As HR entered it; the SEPA file transliterates it (see [`sepa_text`]).
    pub name: String,
    /// Spaces and lower case allowed: files carry it normalized (no spaces, capitals).
    pub iban: String,
    /// The bank's BIC when known. SEPA no longer needs it for an IBAN in the SEPA area.
    pub bic: Option<String>,
}

/// One transfer: a person's net pay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    /// The reference that travels with the money to the person's bank and back on the company's statement:
    /// 1 to 35 characters of the SEPA set (e.g. the payslip's number).
    pub end_to_end_id: String,
    pub creditor: Party,
    /// More than zero, in cents at most.
    pub amount: Decimal,
    /// What the person reads on their statement, e.g. "Salary 2026-12" (140 characters in SEPA).
    pub remittance: String,
}

/// A run's payments from one company account, in one currency, on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentBatch {
    /// Unique per file sent to the bank (banks refuse a second file with the same id): 1 to 35 characters
    /// of the SEPA set. The SEPA file uses it for its payment information id too.
    pub message_id: String,
    /// When the file was made, as the company's clock read it.
    pub created_at: NaiveDateTime,
    /// The day the bank is asked to pay.
    pub execution_date: NaiveDate,
    /// The company and the account the salaries leave from.
    pub debtor: Party,
    /// ISO 4217, e.g. "EUR". The SEPA file needs "EUR".
    pub currency: String,
    pub payments: Vec<Payment>,
}

/// Why a run cannot be sent to the bank as a SEPA file, worded for HR.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BankFileError {
    #[error("SEPA credit transfers are in euros; this run is in {currency} — use the CSV file")]
    NotEuro { currency: String },
    #[error("this run has no payments to send")]
    NoPayments,
    #[error("the company's bank account is missing: enter its IBAN in the payroll settings")]
    MissingDebtorAccount,
    #[error("the company's IBAN is not valid: check it in the payroll settings")]
    InvalidDebtorIban,
    #[error("the company's BIC \"{bic}\" is not valid (8 or 11 letters and digits): check it in the payroll settings")]
    InvalidDebtorBic { bic: String },
    #[error("the company's name has no letters a SEPA file can carry: enter a Latin spelling of it")]
    DebtorNameNotRepresentable,
    #[error("{name} ({end_to_end_id}): the IBAN is not valid; check it in their bank details")]
    InvalidIban { name: String, end_to_end_id: String },
    #[error(
        "{name} ({end_to_end_id}): the BIC \"{bic}\" is not valid (8 or 11 letters and digits); check it in their bank details"
    )]
    InvalidBic { name: String, end_to_end_id: String, bic: String },
    #[error("{name} ({end_to_end_id}): the amount {amount} is not more than zero; leave them out of the transfer")]
    AmountNotPositive { name: String, end_to_end_id: String, amount: Decimal },
    #[error("{name} ({end_to_end_id}): the amount {amount} has more than 2 decimals; banks transfer whole cents")]
    AmountNotInCents { name: String, end_to_end_id: String, amount: Decimal },
    #[error("{name} ({end_to_end_id}): the amount {amount} is more than a SEPA transfer can carry (999999999.99)")]
    AmountTooLarge { name: String, end_to_end_id: String, amount: Decimal },
    #[error(
        "{name} ({end_to_end_id}): the name has no letters a SEPA file can carry (Latin letters only); enter a Latin spelling of it"
    )]
    NameNotRepresentable { name: String, end_to_end_id: String },
    #[error(
        "the {field} \"{id}\" cannot go in a SEPA file: it needs 1 to 35 of the characters A–Z a–z 0–9 / - ? : ( ) . , ' + and space, not starting or ending with a space or '/' nor holding '//'"
    )]
    InvalidId { field: &'static str, id: String },
    #[error("the {what} {date} is outside the years a bank accepts")]
    DateOutOfRange { what: &'static str, date: String },
    #[error("the run's total is more than a SEPA file can carry; split it into several files")]
    TotalTooLarge,
}
