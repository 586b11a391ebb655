//! A correcting run's payslip: what a period's pay should have been, less what its locked run paid, line
//! by line. A locked run is never edited; its correction pays (or, with a negative net, takes back) the
//! difference, and the year's totals add up to what the period should have paid.

use crate::component::{Rounding, format_amount};
use crate::compute::{Payslip, PayslipLine};
use crate::wire::currency_places;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What a correcting line's payslip is measured against: the locked run's payslip and its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corrects {
    /// The corrected run's name (`2026-11`), written on each line.
    pub run: String,
    /// What that run paid the person; `None` when it did not pay them.
    pub paid: Option<Payslip>,
}

/// `should` less `paid`, component by component: each line says both amounts. Lines that did not change
/// are left out; a component only one side has counts as zero on the other.
pub fn correction(should: &Payslip, corrects: &Corrects) -> Payslip {
    let Some(paid) = &corrects.paid else { return should.clone() };
    let amount_in = |payslip: &Payslip, code: &str| {
        payslip.lines.iter().filter(|line| line.code == code).map(|line| line.amount).sum::<Decimal>()
    };
    let written = |amount: Decimal| {
        format_amount(amount, Rounding { places: currency_places(&should.currency), ..Rounding::default() })
    };
    let mut codes: Vec<&PayslipLine> = Vec::new();
    for line in should.lines.iter().chain(&paid.lines) {
        if !codes.iter().any(|seen| seen.code == line.code) {
            codes.push(line);
        }
    }
    let lines = codes
        .into_iter()
        .filter_map(|line| {
            let (now, before) = (amount_in(should, &line.code), amount_in(paid, &line.code));
            let difference = now - before;
            (!difference.is_zero()).then(|| PayslipLine {
                code: line.code.clone(),
                name: line.name.clone(),
                kind: line.kind,
                amount: difference,
                explanation: format!("corrects {}: {} instead of {}", corrects.run, written(now), written(before)),
                hidden: false,
            })
        })
        .collect();
    Payslip {
        period: should.period,
        currency: should.currency.clone(),
        days: should.days.clone(),
        lines,
        gross: should.gross - paid.gross,
        total_deductions: should.total_deductions - paid.total_deductions,
        employer_contributions: should.employer_contributions - paid.employer_contributions,
        advances: should.advances - paid.advances,
        net_rounding: should.net_rounding - paid.net_rounding,
        net: should.net - paid.net,
    }
}
