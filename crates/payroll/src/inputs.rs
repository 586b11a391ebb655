//! A payslip's inputs as one value that can be stored: a run keeps each person's, so a locked run
//! recomputes to the same payslip whatever changes later in the structures, the calendars or the ledger,
//! and the device can recompute a draft offline from what it cached.

use crate::compute::{
    Adjustment, BasePay, CompanyPay, LeaveInPeriod, LineOverride, PayPeriod, Payslip, PayslipError, PayslipInput,
    compute_payslip,
};
use crate::correction::{Corrects, correction};
use crate::structure::{PreparedStructure, SalaryStructure};
use chrono::NaiveDate;
use okta_hr_domain::calendar::WorkCalendar;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Everything [`compute_payslip`] reads, owned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayslipInputs {
    pub period: PayPeriod,
    pub hired_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
    pub calendar: WorkCalendar,
    pub leave: Vec<LeaveInPeriod>,
    pub overtime_hours: Decimal,
    pub structure: SalaryStructure,
    pub base_pay: Vec<BasePay>,
    pub adjustments: Vec<Adjustment>,
    pub overrides: Vec<LineOverride>,
    pub company: CompanyPay,
    /// In a correcting run: the locked run this payslip corrects, and what it paid; the payslip is then
    /// the difference ([`correction`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrects: Option<Corrects>,
}

impl PayslipInputs {
    /// The payslip, checking the structure again: what was stored may come from an older version.
    pub fn compute(&self) -> Result<Payslip, PayslipError> {
        let prepared = self.structure.prepare().map_err(|errors| PayslipError::Structure {
            structure: self.structure.name.clone(),
            message: errors.0.into_values().flatten().collect::<Vec<_>>().join(" "),
        })?;
        self.compute_with(&prepared)
    }

    /// The payslip with `prepared`, which must be this structure prepared: a run prepares each structure
    /// once for all its people.
    pub fn compute_with(&self, prepared: &PreparedStructure) -> Result<Payslip, PayslipError> {
        let should = compute_payslip(&PayslipInput {
            period: self.period,
            hired_on: self.hired_on,
            left_on: self.left_on,
            calendar: &self.calendar,
            leave: &self.leave,
            overtime_hours: self.overtime_hours,
            structure: prepared,
            base_pay: &self.base_pay,
            adjustments: &self.adjustments,
            overrides: &self.overrides,
            company: &self.company,
        })?;
        Ok(match &self.corrects {
            Some(corrects) => correction(&should, corrects),
            None => should,
        })
    }
}
