//! Every word the payslip prints that the caller does not give, in one place for the translation to come.

pub(crate) const PAYSLIP: &str = "Payslip";
pub(crate) const EMPLOYEE_NUMBER: &str = "Employee no.";
pub(crate) const PERIOD: &str = "Period";
pub(crate) const PAY_DATE: &str = "Pay date";
pub(crate) const PAID_TO: &str = "Paid to";
pub(crate) const CURRENCY: &str = "Currency";
pub(crate) const DESCRIPTION: &str = "Description";
pub(crate) const AMOUNT: &str = "Amount";

pub(crate) const EARNINGS: &str = "Earnings";
pub(crate) const DEDUCTIONS: &str = "Deductions";
pub(crate) const ADVANCES: &str = "Advances";
pub(crate) const ADVANCES_NOTE: &str = "Paid with this payslip ahead of pay to come; not part of gross pay";
pub(crate) const EMPLOYER_CONTRIBUTIONS: &str = "Employer contributions";
pub(crate) const EMPLOYER_NOTE: &str = "Paid by the employer, not taken from your pay";

pub(crate) const GROSS_PAY: &str = "Gross pay";
pub(crate) const TOTAL_DEDUCTIONS: &str = "Total deductions";
pub(crate) const TOTAL_ADVANCES: &str = "Total advances";
pub(crate) const TOTAL_EMPLOYER: &str = "Total employer contributions";
pub(crate) const NET_ROUNDING: &str = "Net rounding";
pub(crate) const NET_PAY: &str = "Net pay";

pub(crate) const DAYS: &str = "Days";
pub(crate) const WORKING_DAYS: &str = "Working days";
pub(crate) const PAID_DAYS: &str = "Paid days";
pub(crate) const UNPAID_DAYS: &str = "Unpaid days";
pub(crate) const EMPLOYED: &str = "Employed";

pub(crate) const YEAR_TO_DATE: &str = "Year to date";
pub(crate) const CONTINUED: &str = "continued";

pub(crate) fn page(number: usize, count: usize) -> String {
    format!("Page {number} of {count}")
}

pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
