//! Every word the payslip prints that the caller does not give, in the payslip's language, read once per
//! payslip from the product's catalogue (`locales/<language>/payslip-pdf.ftl`).

use okta_hr_i18n::{Language, args};

const MONTHS: [&str; 12] = [
    "pdf-month-1",
    "pdf-month-2",
    "pdf-month-3",
    "pdf-month-4",
    "pdf-month-5",
    "pdf-month-6",
    "pdf-month-7",
    "pdf-month-8",
    "pdf-month-9",
    "pdf-month-10",
    "pdf-month-11",
    "pdf-month-12",
];

pub(crate) struct Words {
    language: Language,
    pub(crate) payslip: String,
    pub(crate) employee_number: String,
    pub(crate) period: String,
    pub(crate) pay_date: String,
    pub(crate) paid_to: String,
    pub(crate) currency: String,
    pub(crate) description: String,
    pub(crate) amount: String,
    pub(crate) earnings: String,
    pub(crate) deductions: String,
    pub(crate) advances: String,
    pub(crate) advances_note: String,
    pub(crate) employer_contributions: String,
    pub(crate) employer_note: String,
    pub(crate) gross_pay: String,
    pub(crate) total_deductions: String,
    pub(crate) total_advances: String,
    pub(crate) total_employer: String,
    pub(crate) net_rounding: String,
    pub(crate) net_pay: String,
    pub(crate) days: String,
    pub(crate) working_days: String,
    pub(crate) paid_days: String,
    pub(crate) unpaid_days: String,
    pub(crate) employed: String,
    pub(crate) year_to_date: String,
    pub(crate) continued: String,
}

impl Words {
    pub(crate) fn new(language: Language) -> Words {
        Words {
            language,
            payslip: language.tr("pdf-title"),
            employee_number: language.tr("pdf-employee-number"),
            period: language.tr("pdf-period"),
            pay_date: language.tr("pdf-pay-date"),
            paid_to: language.tr("pdf-paid-to"),
            currency: language.tr("pdf-currency"),
            description: language.tr("pdf-description"),
            amount: language.tr("pdf-amount"),
            earnings: language.tr("pdf-earnings"),
            deductions: language.tr("pdf-deductions"),
            advances: language.tr("pdf-advances"),
            advances_note: language.tr("pdf-advances-note"),
            employer_contributions: language.tr("pdf-employer-contributions"),
            employer_note: language.tr("pdf-employer-note"),
            gross_pay: language.tr("pdf-gross-pay"),
            total_deductions: language.tr("pdf-total-deductions"),
            total_advances: language.tr("pdf-total-advances"),
            total_employer: language.tr("pdf-total-employer"),
            net_rounding: language.tr("pdf-net-rounding"),
            net_pay: language.tr("pdf-net-pay"),
            days: language.tr("pdf-days"),
            working_days: language.tr("pdf-working-days"),
            paid_days: language.tr("pdf-paid-days"),
            unpaid_days: language.tr("pdf-unpaid-days"),
            employed: language.tr("pdf-employed"),
            year_to_date: language.tr("pdf-year-to-date"),
            continued: language.tr("pdf-continued"),
        }
    }

    pub(crate) fn page(&self, number: usize, count: usize) -> String {
        self.language.tr_with("pdf-page", &args!["number" => number, "count" => count])
    }
}

/// "December" for month 12 of `language`; `None` outside 1–12.
pub(crate) fn month(language: Language, number: usize) -> Option<String> {
    Some(language.tr(MONTHS.get(number.checked_sub(1)?)?))
}
