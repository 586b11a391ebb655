//! One person's payslip for one period, every line with the words of how it was computed.
//!
//! Days are the person's calendar's, in exact half days: the working days of the period are what
//! [`WorkCalendar::leave_days`] counts over it (holidays and the working week taken out), the days employed
//! are those from hiring to leaving, and leave costs what the leave ledger charged for it, so a public
//! holiday inside unpaid leave costs nothing. Partly paid leave costs its unpaid share (two days at half
//! pay cost one day). A prorated component is its full amount × paid days / working days.
//!
//! A change of base pay during the period (a raise on the 16th) splits it: a prorated component adds up
//! each part's share at that part's base, and a component that is not prorated takes the base in force
//! at the end. Components read each other's amounts after rounding, so each line can be checked by hand
//! from the lines above it. The structure is the one in force at the end of the period: a change of
//! structure takes effect for whole periods.

use crate::component::{ComponentKind, GROSS, Rounding, format_amount, format_number};
use crate::expression::ExpressionError;
use crate::structure::{PreparedRule, PreparedStructure, Step};
use chrono::NaiveDate;
use okta_hr_domain::calendar::{Half, LeaveSpan, WorkCalendar};
use okta_hr_domain::days::LeaveDays;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// The days a run pays for, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayPeriod {
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
}

/// A base amount in force from a day on (until the next one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BasePay {
    pub from: NaiveDate,
    pub amount: Decimal,
}

/// Leave that is not fully paid, as the ledger booked it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaveInPeriod {
    pub span: LeaveSpan,
    /// The leave type's share of pay: 0 unpaid, 0.5 half pay, 1 fully paid.
    pub paid_fraction: Decimal,
}

/// What an adjustment does to the payslip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum AdjustmentKind {
    /// An earning: part of gross, so percentages of gross include it.
    Bonus,
    /// Money paid ahead with this payslip: added to net but not earned, so not in gross; its recovery is
    /// a deduction in later periods.
    Advance,
    /// Taken from net.
    Deduction,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Recurrence {
    OneOff,
    /// Every period until HR ends it; the server decides which periods, this is said on the line.
    Recurring,
}

/// A bonus, advance or deduction HR added for the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Adjustment {
    pub code: String,
    pub name: String,
    pub kind: AdjustmentKind,
    pub recurrence: Recurrence,
    pub amount: Decimal,
}

/// HR's amount for one component of one payslip, which the components after it read as they would the
/// computed one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineOverride {
    pub code: String,
    pub amount: Decimal,
    /// Why, printed on the line: a payslip that differs from its rules says who decided what.
    pub reason: String,
}

/// The company's money settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyPay {
    /// ISO 4217 (`EUR`), written on the payslip.
    pub currency: String,
    /// The currency's decimals (2 for EUR, 0 for JPY): adjustments are rounded to them and totals written
    /// with them.
    pub currency_places: u32,
    /// How the net is rounded (to whole units in companies that pay in cash); the difference is shown.
    pub net_rounding: Rounding,
}

/// Everything a payslip is computed from; the server reads it from the database, the device from its cache.
#[derive(Debug, Clone, Copy)]
pub struct PayslipInput<'a> {
    pub period: PayPeriod,
    pub hired_on: NaiveDate,
    /// The last day employed, if it is set.
    pub left_on: Option<NaiveDate>,
    pub calendar: &'a WorkCalendar,
    pub leave: &'a [LeaveInPeriod],
    pub overtime_hours: Decimal,
    pub structure: &'a PreparedStructure,
    /// The base amounts of the person's assignments, in any order; the one in force on the first day
    /// employed in the period must be there.
    pub base_pay: &'a [BasePay],
    pub adjustments: &'a [Adjustment],
    pub overrides: &'a [LineOverride],
    pub company: &'a CompanyPay,
}

/// Where a payslip line goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    Earning,
    Deduction,
    EmployerContribution,
    /// Added to net outside gross.
    Advance,
}

impl From<ComponentKind> for LineKind {
    fn from(kind: ComponentKind) -> LineKind {
        match kind {
            ComponentKind::Earning => LineKind::Earning,
            ComponentKind::Deduction => LineKind::Deduction,
            ComponentKind::EmployerContribution => LineKind::EmployerContribution,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayslipLine {
    pub code: String,
    pub name: String,
    pub kind: LineKind,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub amount: Decimal,
    /// How the amount was computed: `3,000.00 × 19/21 days`, `10 % of gross 2,850.00`.
    pub explanation: String,
    /// Zero, and its component is hidden when zero: left off the printed payslip, kept in the figures.
    pub hidden: bool,
}

/// The days behind the payslip's proration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayDays {
    pub employed_from: NaiveDate,
    pub employed_to: NaiveDate,
    /// Worked in the whole period by the calendar.
    pub working_days: LeaveDays,
    /// Worked while employed.
    pub employed_days: LeaveDays,
    /// Leave's unpaid share while employed (partly paid leave counts its unpaid part).
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub unpaid_days: Decimal,
    /// Employed days less unpaid days: what prorated components pay for.
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub paid_days: Decimal,
}

/// A computed payslip. Earnings less deductions plus advances plus `net_rounding` is `net`, exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Payslip {
    pub period: PayPeriod,
    pub currency: String,
    pub days: PayDays,
    pub lines: Vec<PayslipLine>,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub gross: Decimal,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub total_deductions: Decimal,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub employer_contributions: Decimal,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub advances: Decimal,
    /// What rounding the net added (negative when it took away).
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub net_rounding: Decimal,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub net: Decimal,
}

/// Why a payslip could not be computed, said per person so a run reports every failure.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PayslipError {
    #[error("the period ends on {last_day}, before it starts on {first_day}")]
    PeriodBackwards { first_day: NaiveDate, last_day: NaiveDate },
    #[error("not employed during the period")]
    NotEmployed,
    #[error("no base pay is in force on {day}")]
    NoBasePay { day: NaiveDate },
    #[error("the leave from {start} is paid at {paid_fraction}, not between 0 and 1")]
    PaidFraction { start: NaiveDate, paid_fraction: Decimal },
    #[error("overtime hours cannot be negative")]
    NegativeOvertime,
    #[error("the calendar has no working days in the period, so prorated components cannot be computed")]
    NoWorkingDays,
    #[error("{component}: {error}")]
    Formula { component: String, error: ExpressionError },
    #[error("{component}: the amount is too large")]
    Overflow { component: String },
    #[error("the salary structure {structure} does not pass its checks: {message}")]
    Structure { structure: String, message: String },
}

/// A stretch of the employed days with one base pay.
struct Part {
    base: Decimal,
    paid_days: Decimal,
}

struct Days {
    working: Decimal,
    parts: Vec<Part>,
    summary: PayDays,
}

fn days_number(days: LeaveDays) -> Decimal {
    Decimal::new(days.halves().saturating_mul(5), 1).normalize()
}

/// `span`'s part between `from` and `to`, keeping its halves where its own ends are inside.
fn clip(span: &LeaveSpan, from: NaiveDate, to: NaiveDate) -> Option<LeaveSpan> {
    let (start, end) = (span.start.max(from), span.end.min(to));
    (start <= end).then(|| LeaveSpan {
        start,
        start_half: if start == span.start { span.start_half } else { Half::Morning },
        end,
        end_half: if end == span.end { span.end_half } else { Half::Afternoon },
    })
}

fn count_days(input: &PayslipInput) -> Result<Days, PayslipError> {
    let PayPeriod { first_day, last_day } = input.period;
    if last_day < first_day {
        return Err(PayslipError::PeriodBackwards { first_day, last_day });
    }
    let employed_from = first_day.max(input.hired_on);
    let employed_to = input.left_on.map_or(last_day, |left_on| left_on.min(last_day));
    if employed_from > employed_to {
        return Err(PayslipError::NotEmployed);
    }
    if let Some(leave) = input.leave.iter().find(|l| l.paid_fraction < Decimal::ZERO || l.paid_fraction > Decimal::ONE)
    {
        return Err(PayslipError::PaidFraction { start: leave.span.start, paid_fraction: leave.paid_fraction });
    }
    let calendar = input.calendar;
    let mut base_pay = input.base_pay.to_vec();
    // Stable, so of two amounts from the same day the one given last is in force.
    base_pay.sort_by_key(|pay| pay.from);
    let in_force = |day: NaiveDate| base_pay.iter().rev().find(|pay| pay.from <= day).map(|pay| pay.amount);
    let mut starts = vec![employed_from];
    starts.extend(base_pay.iter().map(|pay| pay.from).filter(|&from| employed_from < from && from <= employed_to));
    starts.dedup();
    let mut parts = Vec::with_capacity(starts.len());
    let (mut employed_days, mut unpaid_days) = (LeaveDays::ZERO, Decimal::ZERO);
    for (index, &from) in starts.iter().enumerate() {
        let to = starts.get(index + 1).and_then(|next| next.pred_opt()).unwrap_or(employed_to);
        let base = in_force(from).ok_or(PayslipError::NoBasePay { day: from })?;
        let employed = calendar.leave_days(&LeaveSpan::whole_days(from, to));
        let unpaid: Decimal = input
            .leave
            .iter()
            .filter_map(|leave| {
                let cost = calendar.leave_days(&clip(&leave.span, from, to)?);
                Some(days_number(cost) * (Decimal::ONE - leave.paid_fraction))
            })
            .sum();
        // Overlapping leave cannot make a part cost more than its days.
        let unpaid = unpaid.min(days_number(employed));
        employed_days += employed;
        unpaid_days += unpaid;
        parts.push(Part { base, paid_days: days_number(employed) - unpaid });
    }
    let working_days = calendar.leave_days(&LeaveSpan::whole_days(first_day, last_day));
    let summary = PayDays {
        employed_from,
        employed_to,
        working_days,
        employed_days,
        unpaid_days: unpaid_days.normalize(),
        paid_days: (days_number(employed_days) - unpaid_days).normalize(),
    };
    Ok(Days { working: days_number(working_days), parts, summary })
}

/// What the components read while their amounts are found.
struct Sheet<'a> {
    input: &'a PayslipInput<'a>,
    days: &'a Days,
    amounts: Vec<Option<Decimal>>,
    gross: Option<Decimal>,
}

impl Sheet<'_> {
    fn structure(&self) -> &PreparedStructure {
        self.input.structure
    }

    /// A name a formula reads, at `base`.
    fn value_of(&self, name: &str, base: Decimal) -> Option<Decimal> {
        let summary = &self.days.summary;
        match name {
            "base" => Some(base),
            "working_days" => Some(self.days.working),
            "paid_days" => Some(summary.paid_days),
            "unpaid_days" => Some(summary.unpaid_days),
            "overtime_hours" => Some(self.input.overtime_hours),
            GROSS => self.gross,
            code => self.amounts[*self.structure().index_of.get(code)?],
        }
    }

    /// A name's value as an explanation writes it: amounts grouped to their decimals, counts as counted.
    fn written(&self, name: &str, base: Decimal) -> String {
        let amount_rounding = Rounding { places: self.input.company.currency_places, ..Rounding::default() };
        let value = self.value_of(name, base).unwrap_or_default();
        match name {
            "base" | GROSS => format_amount(value, amount_rounding),
            "working_days" | "paid_days" | "unpaid_days" | "overtime_hours" => format_number(value),
            code => match self.structure().index_of.get(code) {
                Some(&index) => format_amount(value, self.structure().components[index].rounding),
                None => format_number(value),
            },
        }
    }

    /// Component `index`'s full amount at `base` (before proration and rounding), with how it was found.
    fn full_amount(&self, index: usize, base: Decimal) -> Result<(Decimal, String), PayslipError> {
        let structure = self.structure();
        let component = &structure.components[index];
        let percent_of = |amount: Decimal, percent: Decimal| {
            amount
                .checked_mul(percent)
                .and_then(|product| product.checked_div(Decimal::ONE_HUNDRED))
                .ok_or_else(|| PayslipError::Overflow { component: component.code.clone() })
        };
        match &structure.rules[index] {
            PreparedRule::Fixed(amount) => Ok((*amount, format_amount(*amount, component.rounding))),
            PreparedRule::PercentOf { component: other, percent } => {
                let other = &structure.components[*other];
                let amount = self.value_of(&other.code, base).unwrap_or_default();
                let words =
                    format!("{} % of {} {}", format_number(*percent), other.name, self.written(&other.code, base));
                Ok((percent_of(amount, *percent)?, words))
            }
            PreparedRule::PercentOfGross(percent) => {
                let gross = self.gross.unwrap_or_default();
                let words = format!("{} % of gross {}", format_number(*percent), self.written(GROSS, base));
                Ok((percent_of(gross, *percent)?, words))
            }
            PreparedRule::Formula(formula) => {
                let value = formula
                    .evaluate(&|name| self.value_of(name, base))
                    .map_err(|error| PayslipError::Formula { component: component.code.clone(), error })?;
                let words = match formula.lone_name() {
                    Some(name) => self.written(name, base),
                    None => {
                        let names: Vec<String> = formula
                            .names()
                            .into_iter()
                            .map(|name| format!("{name} = {}", self.written(name, base)))
                            .collect();
                        if names.is_empty() {
                            formula.source().to_owned()
                        } else {
                            format!("{} with {}", formula.source(), names.join(", "))
                        }
                    }
                };
                Ok((value, words))
            }
        }
    }

    /// Component `index`'s amount, rounded, with its explanation.
    fn amount(&self, index: usize) -> Result<(Decimal, String), PayslipError> {
        let component = &self.structure().components[index];
        let parts = &self.days.parts;
        let last_base = parts.last().map_or(Decimal::ZERO, |part| part.base);
        let paid_in_full = parts.len() == 1 && self.days.summary.paid_days == self.days.working;
        if !component.prorated || paid_in_full {
            let (amount, words) = self.full_amount(index, last_base)?;
            return Ok((component.rounding.apply(amount), words));
        }
        if self.days.working.is_zero() {
            return Err(PayslipError::NoWorkingDays);
        }
        let working = format_number(self.days.working);
        let mut total = Decimal::ZERO;
        let mut shares: Vec<(String, Decimal)> = Vec::with_capacity(parts.len());
        for part in parts {
            let (full, words) = self.full_amount(index, part.base)?;
            let share = full
                .checked_mul(part.paid_days)
                .and_then(|product| product.checked_div(self.days.working))
                .and_then(|share| total.checked_add(share))
                .ok_or_else(|| PayslipError::Overflow { component: component.code.clone() })?;
            total = share;
            let words = if words.contains(' ') { format!("({words})") } else { words };
            match shares.last_mut() {
                // Parts at the same full amount read as one: `3,000.00 × 19/21 days`.
                Some((last, days)) if *last == words => *days += part.paid_days,
                _ => shares.push((words, part.paid_days)),
            }
        }
        let words: Vec<String> =
            shares.iter().map(|(words, days)| format!("{words} × {}/{working} days", format_number(*days))).collect();
        Ok((component.rounding.apply(total), words.join(" + ")))
    }
}

/// The payslip of `input`: the same input always gives the same payslip, to the byte.
pub fn compute_payslip(input: &PayslipInput) -> Result<Payslip, PayslipError> {
    if input.overtime_hours.is_sign_negative() && !input.overtime_hours.is_zero() {
        return Err(PayslipError::NegativeOvertime);
    }
    let days = count_days(input)?;
    if input.structure.prorates() && days.working.is_zero() {
        return Err(PayslipError::NoWorkingDays);
    }
    let structure = input.structure;
    let currency_rounding = Rounding { places: input.company.currency_places, ..Rounding::default() };
    let adjustment_lines: Vec<PayslipLine> =
        input.adjustments.iter().map(|a| adjustment_line(a, currency_rounding)).collect();
    let bonuses = checked_sum(adjustment_lines.iter().filter(|l| l.kind == LineKind::Earning).map(|l| l.amount))
        .ok_or_else(|| too_large("bonuses"))?;
    let mut sheet = Sheet { input, days: &days, amounts: vec![None; structure.components.len()], gross: None };
    let mut explanations = vec![String::new(); structure.components.len()];
    for step in &structure.order {
        match *step {
            Step::Gross => {
                let earnings =
                    structure.components.iter().zip(&sheet.amounts).filter(|(c, _)| c.kind == ComponentKind::Earning);
                let amounts = earnings.filter_map(|(_, amount)| *amount).chain([bonuses]);
                sheet.gross = Some(checked_sum(amounts).ok_or_else(|| too_large("gross"))?);
            }
            Step::Component(index) => {
                let component = &structure.components[index];
                let (amount, words) = match input.overrides.iter().find(|o| o.code == component.code) {
                    Some(set) => {
                        let computed = match sheet.amount(index) {
                            Ok((amount, _)) => format_amount(amount, component.rounding),
                            Err(error) => format!("not computable: {error}"),
                        };
                        let amount = component.rounding.apply(set.amount);
                        (amount, format!("set by HR: {} (computed {computed})", set.reason))
                    }
                    None => sheet.amount(index)?,
                };
                sheet.amounts[index] = Some(amount);
                explanations[index] = words;
            }
        }
    }
    let mut lines: Vec<PayslipLine> = structure
        .components
        .iter()
        .zip(sheet.amounts)
        .zip(explanations)
        .map(|((component, amount), explanation)| {
            let amount = amount.unwrap_or_default();
            PayslipLine {
                code: component.code.clone(),
                name: component.name.clone(),
                kind: component.kind.into(),
                amount,
                explanation,
                hidden: component.hidden_when_zero && amount.is_zero(),
            }
        })
        .collect();
    lines.extend(adjustment_lines);
    let total = |kind: LineKind, what: &str| {
        let amounts = lines.iter().filter(|line| line.kind == kind).map(|line| line.amount);
        checked_sum(amounts).map(|sum| with_places(sum, input.company.currency_places)).ok_or_else(|| too_large(what))
    };
    let (gross, total_deductions) = (total(LineKind::Earning, "gross")?, total(LineKind::Deduction, "deductions")?);
    let employer_contributions = total(LineKind::EmployerContribution, "employer contributions")?;
    let advances = total(LineKind::Advance, "advances")?;
    let exact_net = gross
        .checked_sub(total_deductions)
        .and_then(|net| net.checked_add(advances))
        .ok_or_else(|| too_large("net"))?;
    let net = input.company.net_rounding.apply(exact_net);
    Ok(Payslip {
        period: input.period,
        currency: input.company.currency.clone(),
        days: days.summary,
        lines,
        gross,
        total_deductions,
        employer_contributions,
        advances,
        net_rounding: with_places(net - exact_net, input.company.currency_places),
        net,
    })
}

fn adjustment_line(adjustment: &Adjustment, rounding: Rounding) -> PayslipLine {
    let (kind, what) = match adjustment.kind {
        AdjustmentKind::Bonus => (LineKind::Earning, "bonus"),
        AdjustmentKind::Advance => (LineKind::Advance, "advance"),
        AdjustmentKind::Deduction => (LineKind::Deduction, "deduction"),
    };
    let when = match adjustment.recurrence {
        Recurrence::OneOff => "one-off",
        Recurrence::Recurring => "recurring",
    };
    PayslipLine {
        code: adjustment.code.clone(),
        name: adjustment.name.clone(),
        kind,
        amount: rounding.apply(adjustment.amount),
        explanation: format!("{when} {what}"),
        hidden: false,
    }
}

/// Sums that would overflow (a formula can make an amount as large as a decimal holds) are refused, not
/// a panic in the middle of a run.
fn checked_sum(amounts: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    amounts.into_iter().try_fold(Decimal::ZERO, Decimal::checked_add)
}

fn too_large(what: &str) -> PayslipError {
    PayslipError::Overflow { component: what.to_owned() }
}

/// `amount` written with at least `places` decimals, so totals read alike whatever their lines kept.
fn with_places(mut amount: Decimal, places: u32) -> Decimal {
    if amount.scale() < places {
        amount.rescale(places);
    }
    if amount.is_zero() {
        amount.set_sign_positive(true);
    }
    amount
}

#[cfg(test)]
mod tests;
