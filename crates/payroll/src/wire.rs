//! Pay setup, per-person pay and runs as they travel between the server, the device and the CLI: the
//! attributes of their JSON:API resources.

use crate::component::{AmountRule, Component, ComponentKind, Rounding};
use crate::compute::{AdjustmentKind, CompanyPay, LineKind, PayDays, PayPeriod, Payslip, PayslipLine, Recurrence};
use crate::diff::PayslipDiff;
use chrono::NaiveDate;
use okta_hr_domain::money::Money;
use okta_hr_domain::wire::{PayItem, PayslipAttributes};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// The JSON:API types of payroll's resources.
pub const PAY_COMPONENT: &str = "pay-components";
pub const SALARY_STRUCTURE: &str = "salary-structures";
pub const PAY_ASSIGNMENT: &str = "pay-assignments";
pub const PAY_ADJUSTMENT: &str = "pay-adjustments";
pub const PAYROLL_SETTINGS: &str = "payroll-settings";

/// A pay component as HR reads it: payroll's component, and whether it is retired.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayComponentAttributes {
    /// Unique in the company; formulas and percentages name the component by it.
    #[cfg_attr(feature = "openapi", schema(example = "BASIC"))]
    pub code: String,
    #[cfg_attr(feature = "openapi", schema(example = "Basic pay"))]
    pub name: String,
    pub kind: ComponentKind,
    pub rule: AmountRule,
    pub prorated: bool,
    pub hidden_when_zero: bool,
    pub rounding: Rounding,
    /// A retired component can no longer be put in a structure.
    pub retired: bool,
}

impl PayComponentAttributes {
    pub fn component(&self) -> Component {
        Component {
            code: self.code.clone(),
            name: self.name.clone(),
            kind: self.kind,
            rule: self.rule.clone(),
            prorated: self.prorated,
            hidden_when_zero: self.hidden_when_zero,
            rounding: self.rounding,
        }
    }
}

/// One component of a structure, in the structure's order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct StructureComponent {
    /// The pay component's id.
    #[cfg_attr(feature = "openapi", schema(example = "1"))]
    pub id: String,
    #[cfg_attr(feature = "openapi", schema(example = "BASIC"))]
    pub code: String,
    pub name: String,
    pub kind: ComponentKind,
}

/// A salary structure: its name and its components in the order payslips show them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SalaryStructureAttributes {
    #[cfg_attr(feature = "openapi", schema(example = "Staff"))]
    pub name: String,
    pub components: Vec<StructureComponent>,
    /// A retired structure is kept for the record; it can be brought back.
    pub retired: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayAssignmentAttributes {
    #[cfg_attr(feature = "openapi", schema(example = "12"))]
    pub employee_id: String,
    pub employee_name: String,
    /// In force from this day until the person's next assignment.
    pub effective_from: NaiveDate,
    #[cfg_attr(feature = "openapi", schema(example = "1"))]
    pub salary_structure_id: String,
    pub salary_structure_name: String,
    /// A decimal string: `"3000.00"`.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "3000.00"))]
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub base_amount: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayAdjustmentAttributes {
    #[cfg_attr(feature = "openapi", schema(example = "12"))]
    pub employee_id: String,
    pub employee_name: String,
    pub kind: AdjustmentKind,
    pub recurrence: Recurrence,
    #[cfg_attr(feature = "openapi", schema(example = "Year-end bonus"))]
    pub name: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "500.00"))]
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub amount: Decimal,
    /// A one-off is paid in the run whose period holds this day; a recurring one from this day on.
    pub starts_on: NaiveDate,
    /// A recurring adjustment's last day.
    pub ends_on: Option<NaiveDate>,
    pub reason: Option<String>,
    /// Set when the adjustment is back pay for a change dated into this locked run.
    pub origin_run_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayrollSettingsAttributes {
    /// The company's currency (ISO 4217), as payslips write it.
    #[cfg_attr(feature = "openapi", schema(example = "EUR"))]
    pub currency: String,
    /// How each net pay is rounded; the difference is shown on the payslip.
    pub net_rounding: Rounding,
    /// A net that moves more than this percentage from the person's previous run is flagged.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "10"))]
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub net_change_threshold: Decimal,
    /// The account salaries are paid from, for the bank files.
    pub debtor_name: Option<String>,
    pub debtor_iban: Option<String>,
    pub debtor_bic: Option<String>,
    /// Hours a day after which worked time (from attendance) counts as overtime, for the formulas that read
    /// `overtime_hours`; `None` leaves overtime at zero.
    #[serde(default)]
    #[cfg_attr(feature = "specta", specta(type = Option<String>))]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, example = "8"))]
    pub overtime_after_hours: Option<Decimal>,
}

impl PayrollSettingsAttributes {
    pub fn company_pay(&self) -> CompanyPay {
        CompanyPay {
            currency: self.currency.clone(),
            currency_places: currency_places(&self.currency),
            net_rounding: self.net_rounding,
        }
    }
}

/// ISO 4217's minor units of the currencies without two; every other currency has two.
pub fn currency_places(currency: &str) -> u32 {
    match currency {
        "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF" | "UGX" | "UYI" | "VND"
        | "VUV" | "XAF" | "XOF" | "XPF" => 0,
        "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
        _ => 2,
    }
}

/// A run's line for HR: the seed's payslip fields and, as extensions, what review needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayrollLineAttributes {
    #[serde(flatten)]
    pub summary: PayslipAttributes,
    /// `ready`, `failed` (see `error`), `held` (computed, not paid in this run) or `excluded`.
    pub status: String,
    /// Why the person could not be computed.
    pub error: Option<String>,
    /// HR's reason for holding or excluding.
    pub note: Option<String>,
    /// The computed payslip, every line with how it was computed.
    pub payslip: Option<Payslip>,
    /// Against the person's payslip of the previous run, with flags.
    pub review: Option<PayslipDiff>,
    /// The account paid into, masked (`•••• 1234`).
    pub bank_account: Option<String>,
}

/// The year's totals of a person's published payslips up to and including one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct YearToDate {
    #[cfg_attr(feature = "specta", specta(type = String))]
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub gross: Decimal,
    #[cfg_attr(feature = "specta", specta(type = String))]
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub total_deductions: Decimal,
    #[cfg_attr(feature = "specta", specta(type = String))]
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub net: Decimal,
}

/// An employee's payslip: the seed's fields and, as extensions, everything its PDF shows, so the device
/// renders the same document offline as the server does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayslipView {
    #[serde(flatten)]
    pub summary: PayslipAttributes,
    /// The computed payslip, every line with how it was computed; absent for payslips of runs from before
    /// payroll was computed here (their seed fields are all there is).
    #[serde(default)]
    pub payslip: Option<Payslip>,
    #[serde(default)]
    pub year_to_date: Option<YearToDate>,
    #[serde(default)]
    pub company_name: Option<String>,
    #[serde(default)]
    pub department: Option<String>,
    #[serde(default)]
    pub job_title: Option<String>,
    /// The account paid into, masked (`•••• 1234`).
    #[serde(default)]
    pub bank_account: Option<String>,
}

impl PayslipView {
    /// The computed payslip, or one rebuilt from the seed's fields.
    pub fn payslip(&self) -> Payslip {
        self.payslip.clone().unwrap_or_else(|| payslip_from_summary(&self.summary))
    }
}

/// A payslip rebuilt from the seed's fields (earnings, deductions, gross and net in cents), for lines from
/// before payslips were stored whole: enough to compare and to print, without explanations.
pub fn payslip_from_summary(summary: &PayslipAttributes) -> Payslip {
    let decimal = |money: Money| Decimal::new(money.0, 2);
    let lines = |items: &[PayItem], kind: LineKind| -> Vec<PayslipLine> {
        items
            .iter()
            .map(|item| PayslipLine {
                code: item.label.clone(),
                name: item.label.clone(),
                kind,
                amount: decimal(item.amount),
                explanation: String::new(),
                hidden: false,
            })
            .collect()
    };
    let mut all = lines(&summary.earnings, LineKind::Earning);
    all.extend(lines(&summary.deductions, LineKind::Deduction));
    let period = PayPeriod { first_day: summary.period_start, last_day: summary.period_end };
    Payslip {
        period,
        currency: summary.currency.clone(),
        days: PayDays {
            employed_from: period.first_day,
            employed_to: period.last_day,
            working_days: Default::default(),
            employed_days: Default::default(),
            unpaid_days: Decimal::ZERO,
            paid_days: Decimal::ZERO,
        },
        lines: all,
        gross: decimal(summary.gross),
        total_deductions: decimal(summary.total_deductions),
        employer_contributions: Decimal::ZERO,
        advances: Decimal::ZERO,
        net_rounding: Decimal::ZERO,
        net: decimal(summary.net),
    }
}
