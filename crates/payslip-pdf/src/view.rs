//! A payslip as it travels ([`PayslipView`]) made into its document: the one path the server and the
//! device both take, so the PDF an employee saves offline is the one the server sends.

use crate::document::{Company, Employee, Logo, PayslipDocument, YearToDate};
use crate::words::month;
use okta_hr_i18n::Language;
use okta_hr_payroll::compute::PayPeriod;
use okta_hr_payroll::wire::PayslipView;

/// "December 2026" (in `language`) for a month's run (`2026-12`); a run of another period is named by its days.
/// A correcting run's payslip keeps its period's name and says it is a correction ("November 2026
/// correction").
pub fn period_label(period: &str, days: PayPeriod, language: Language) -> String {
    let (name, rest) = period.split_at(period.find(' ').unwrap_or(period.len()));
    let month = name
        .split_once('-')
        .and_then(|(year, month)| Some(format!("{} {year}", self::month(language, month.parse().ok()?)?)));
    let named = month.filter(|_| name.len() == 7).unwrap_or_else(|| format!("{} – {}", days.first_day, days.last_day));
    format!("{named}{rest}")
}

/// The PDF of `view` in `language`, with the company's logo when there is one.
pub fn render_view(view: &PayslipView, logo: Option<&[u8]>, language: Language) -> Vec<u8> {
    let summary = &view.summary;
    let payslip = view.payslip();
    let label = period_label(&summary.period, payslip.period, language);
    let year_to_date = view.year_to_date.map_or_else(YearToDate::default, |totals| YearToDate {
        gross: totals.gross,
        total_deductions: totals.total_deductions,
        net: totals.net,
    });
    crate::render(&PayslipDocument {
        company: Company {
            name: view.company_name.as_deref().unwrap_or_default(),
            address: &[],
            logo: logo.map(|bytes| Logo { bytes }),
        },
        employee: Employee {
            name: &summary.employee_name,
            number: &summary.employee_number,
            department: view.department.as_deref(),
            job_title: view.job_title.as_deref(),
            bank_account: view.bank_account.as_deref(),
        },
        period_label: &label,
        pay_date: summary.pay_date,
        payslip: &payslip,
        year_to_date,
        language,
    })
}

/// `payslip-2026-12-E00003.pdf`: sorts by period, names the person by number only.
pub fn file_name(view: &PayslipView) -> String {
    let safe = |text: &str| text.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect::<String>();
    format!(
        "payslip-{}-{}.pdf",
        safe(&view.summary.period.replace(['/', ' '], "-")),
        safe(&view.summary.employee_number)
    )
}
