//! What a payslip PDF is made from: the computed payslip and the words around it, all given by the caller,
//! so rendering reads nothing else (no clock, no database, no settings).

use chrono::NaiveDate;
use okta_hr_i18n::Language;
use okta_hr_payroll::compute::Payslip;
use rust_decimal::Decimal;

/// One person's payslip for one period, with what the printed page says around the figures.
#[derive(Debug, Clone, Copy)]
pub struct PayslipDocument<'a> {
    pub company: Company<'a>,
    pub employee: Employee<'a>,
    /// The period as the payslip names it ("December 2026"): the caller chooses the words and their
    /// language; the period's first and last days are written beside it from the payslip.
    pub period_label: &'a str,
    pub pay_date: NaiveDate,
    pub payslip: &'a Payslip,
    pub year_to_date: YearToDate,
    /// The language of the payslip's own words (headings, labels, the footer); a right-to-left one
    /// (Arabic) lays the page out from the right.
    pub language: Language,
}

/// The employer, at the top of the first page.
#[derive(Debug, Clone, Copy)]
pub struct Company<'a> {
    pub name: &'a str,
    /// Each line of the postal address, in order; may be empty.
    pub address: &'a [&'a str],
    pub logo: Option<Logo<'a>>,
}

/// A logo's file, PNG or JPEG, told apart by its first bytes. One that cannot be read (another format, a
/// broken file, CMYK, larger than 16 million pixels) is left off; the payslip is rendered all the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Logo<'a> {
    pub bytes: &'a [u8],
}

impl Logo<'_> {
    /// Whether the payslip will show this logo: for checking an upload when HR sets it, rather than
    /// finding out from a payslip without it.
    pub fn is_readable(&self) -> bool {
        crate::logo::read(self.bytes).is_some()
    }
}

/// The person paid.
#[derive(Debug, Clone, Copy)]
pub struct Employee<'a> {
    pub name: &'a str,
    /// The employee number HR knows them by.
    pub number: &'a str,
    pub department: Option<&'a str>,
    pub job_title: Option<&'a str>,
    /// The account paid into, masked by the caller ("•••• 1234"): the payslip never needs the whole IBAN.
    pub bank_account: Option<&'a str>,
}

/// The year's totals so far, this payslip included: the sums over the year's published payslips, which the
/// caller has and this crate does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct YearToDate {
    pub gross: Decimal,
    pub total_deductions: Decimal,
    pub net: Decimal,
}
