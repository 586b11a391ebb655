//! A payslip as payroll computes it, the document around it, and a PDF read back as a reader would.
#![allow(dead_code)]

use chrono::NaiveDate;
use okta_hr_domain::calendar::WorkCalendar;
use okta_hr_payroll::component::{AmountRule, Component, ComponentKind, Rounding};
use okta_hr_payroll::compute::{
    Adjustment, AdjustmentKind, BasePay, CompanyPay, LineKind, PayDays, PayPeriod, Payslip, PayslipInput, PayslipLine,
    Recurrence, compute_payslip,
};
use okta_hr_payroll::structure::SalaryStructure;
use okta_hr_payslip_pdf::{Company, Employee, Language, PayslipDocument, YearToDate};
use rust_decimal::Decimal;

pub fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

pub fn money(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn component(code: &str, name: &str, kind: ComponentKind, rule: AmountRule) -> Component {
    Component {
        code: code.to_owned(),
        name: name.to_owned(),
        kind,
        rule,
        prorated: false,
        hidden_when_zero: false,
        rounding: Rounding::default(),
    }
}

/// May 2026 (21 weekdays) for someone on 3,000.00 who joined on the 5th: basic pay prorated, housing 40 %
/// of it, overtime hidden as there is none, a 5 % pension and the employer's 8 %, a one-off bonus, an
/// advance, a recurring deduction, and the net rounded to whole euros.
pub fn may_payslip() -> Payslip {
    let percent = Decimal::from;
    let formula = |text: &str| AmountRule::Expression { expression: text.to_owned() };
    let structure = SalaryStructure {
        name: "Staff".to_owned(),
        components: vec![
            Component { prorated: true, ..component("BASIC", "Basic pay", ComponentKind::Earning, formula("base")) },
            component(
                "HOUSING",
                "Housing allowance",
                ComponentKind::Earning,
                AmountRule::PercentOf { component: "BASIC".to_owned(), percent: percent(40) },
            ),
            Component {
                hidden_when_zero: true,
                ..component(
                    "OVERTIME",
                    "Overtime",
                    ComponentKind::Earning,
                    formula("overtime_hours * base / 160 * 1.5"),
                )
            },
            component(
                "PENSION",
                "Pension",
                ComponentKind::Deduction,
                AmountRule::PercentOfGross { percent: percent(5) },
            ),
            component(
                "EMPLOYER_PENSION",
                "Employer pension",
                ComponentKind::EmployerContribution,
                AmountRule::PercentOfGross { percent: percent(8) },
            ),
        ],
    }
    .prepare()
    .unwrap();
    let adjustment = |code: &str, name: &str, kind, recurrence, amount: &str| Adjustment {
        code: code.to_owned(),
        name: name.to_owned(),
        kind,
        recurrence,
        amount: money(amount),
    };
    let adjustments = [
        adjustment("BONUS", "Signing bonus", AdjustmentKind::Bonus, Recurrence::OneOff, "250"),
        adjustment("ADVANCE", "Salary advance", AdjustmentKind::Advance, Recurrence::OneOff, "400"),
        adjustment("CANTEEN", "Canteen", AdjustmentKind::Deduction, Recurrence::Recurring, "42.50"),
    ];
    let company = CompanyPay {
        currency: "EUR".to_owned(),
        currency_places: 2,
        net_rounding: Rounding { places: 0, ..Rounding::default() },
    };
    let calendar = WorkCalendar::default();
    compute_payslip(&PayslipInput {
        period: PayPeriod { first_day: day("2026-05-01"), last_day: day("2026-05-31") },
        hired_on: day("2026-05-05"),
        left_on: None,
        calendar: &calendar,
        leave: &[],
        overtime_hours: Decimal::ZERO,
        structure: &structure,
        base_pay: &[BasePay { from: day("2020-01-01"), amount: money("3000") }],
        adjustments: &adjustments,
        overrides: &[],
        company: &company,
    })
    .unwrap()
}

/// A payslip of `count` earnings with amounts 1,001.01, 1,002.02, …, built directly.
pub fn payslip_of_many_lines(count: usize) -> Payslip {
    let lines: Vec<PayslipLine> = (1..=count)
        .map(|n| PayslipLine {
            code: format!("E{n}"),
            name: format!("Earning number {n}"),
            kind: LineKind::Earning,
            amount: Decimal::new(100_000 + 101 * n as i64, 2),
            explanation: format!("line {n} of {count}"),
            hidden: false,
        })
        .collect();
    let gross: Decimal = lines.iter().map(|line| line.amount).sum();
    plain_payslip(lines, gross)
}

/// A payslip around `lines`, its totals given rather than added up.
pub fn plain_payslip(lines: Vec<PayslipLine>, gross: Decimal) -> Payslip {
    Payslip {
        period: PayPeriod { first_day: day("2026-12-01"), last_day: day("2026-12-31") },
        currency: "EUR".to_owned(),
        days: PayDays {
            employed_from: day("2026-12-01"),
            employed_to: day("2026-12-31"),
            working_days: okta_hr_domain::days::LeaveDays::whole(23),
            employed_days: okta_hr_domain::days::LeaveDays::whole(23),
            unpaid_days: Decimal::ZERO,
            paid_days: Decimal::from(23),
        },
        lines,
        gross,
        total_deductions: Decimal::ZERO,
        employer_contributions: Decimal::ZERO,
        advances: Decimal::ZERO,
        net_rounding: Decimal::ZERO,
        net: gross,
    }
}

pub const ADDRESS: [&str; 2] = ["12 Harbour Road", "Dublin D02 X285"];

pub fn document<'a>(payslip: &'a Payslip, name: &'a str, period_label: &'a str) -> PayslipDocument<'a> {
    PayslipDocument {
        company: Company { name: "Acme Logistics Ltd", address: &ADDRESS, logo: None },
        employee: Employee {
            name,
            number: "E-0042",
            department: Some("Warehouse"),
            job_title: Some("Forklift operator"),
            bank_account: Some("•••• 1234"),
        },
        period_label,
        pay_date: day("2026-05-29"),
        payslip,
        year_to_date: YearToDate {
            gross: money("17834.56"),
            total_deductions: money("2101.17"),
            net: money("15733.39"),
        },
        language: Language::En,
    }
}

/// A PDF read back: its pages and its text as lopdf extracts it (one line per piece of text).
pub struct Read {
    pub document: lopdf::Document,
    pub pages: usize,
    pub text: String,
}

pub fn read(pdf: &[u8]) -> Read {
    let document = lopdf::Document::load_mem(pdf).expect("a PDF lopdf can load");
    let pages = document.get_pages().len();
    let numbers: Vec<u32> = (1..=pages as u32).collect();
    let text = document.extract_text(&numbers).expect("its text");
    Read { document, pages, text }
}

impl Read {
    /// The document information's entry `key`, decoded.
    pub fn info(&self, key: &[u8]) -> String {
        let info = self.document.trailer.get(b"Info").and_then(lopdf::Object::as_reference).expect("an Info");
        let info = self.document.get_dictionary(info).expect("the Info dictionary");
        lopdf::decode_text_string(info.get(key).expect("the entry")).expect("a text string")
    }

    /// The lines of text, trimmed.
    pub fn lines(&self) -> Vec<&str> {
        self.text.lines().map(str::trim).filter(|line| !line.is_empty()).collect()
    }

    pub fn has_line(&self, line: &str) -> bool {
        self.lines().contains(&line)
    }

    /// Where on page `page` (from 1) the text showing exactly `bytes` in one string starts: the x of the
    /// `Td` or `Tm` before it.
    pub fn x_of(&self, page: u32, bytes: &[u8]) -> Option<f32> {
        let id = self.document.get_pages()[&page];
        let content = lopdf::content::Content::decode(&self.document.get_page_content(id)).expect("a content stream");
        let mut x = None;
        for operation in &content.operations {
            match operation.operator.as_str() {
                "Td" => x = operation.operands[0].as_float().ok(),
                "Tm" => x = operation.operands[4].as_float().ok(),
                "Tj" if operation.operands[0].as_str().ok() == Some(bytes) => return x,
                _ => {}
            }
        }
        None
    }

    /// Each font of page `page` (from 1): its resource name, subtype and base font.
    pub fn fonts(&self, page: u32) -> Vec<(String, String, String)> {
        let id = self.document.get_pages()[&page];
        let name = |font: &lopdf::Dictionary, key: &[u8]| {
            String::from_utf8_lossy(font.get(key).and_then(lopdf::Object::as_name).unwrap_or_default()).into_owned()
        };
        let fonts = self.document.get_page_fonts(id).expect("the page's fonts");
        let fonts = fonts.into_iter().map(|(resource, font)| {
            (String::from_utf8_lossy(&resource).into_owned(), name(font, b"Subtype"), name(font, b"BaseFont"))
        });
        fonts.collect()
    }
}
