//! What HR reviews before locking a run: each person's payslip against their payslip of the last run,
//! component by component, and the flags that deserve a second look.

use crate::compute::{LineKind, Payslip};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// A line whose amount is not what it was (or that appeared or went away).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LineChange {
    pub code: String,
    pub name: String,
    pub kind: LineKind,
    #[cfg_attr(feature = "specta", specta(type = Option<String>))]
    pub previous: Option<Decimal>,
    #[cfg_attr(feature = "specta", specta(type = Option<String>))]
    pub current: Option<Decimal>,
    /// Current less previous, a missing line counting as zero.
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub change: Decimal,
}

/// Why a person's payslip deserves a second look.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "flag", rename_all = "snake_case")]
pub enum DiffFlag {
    /// Hired during the period, or not in the last run.
    Joiner,
    /// Leaves during the period.
    Leaver,
    /// The net moved by more than the threshold; `percent` is absent when the last net was zero.
    NetChanged {
        #[cfg_attr(feature = "specta", specta(type = Option<String>))]
        percent: Option<Decimal>,
    },
    /// Leave in the period that is not fully paid reduced the pay by `days` days.
    UnpaidLeave {
        #[cfg_attr(feature = "specta", specta(type = String))]
        days: Decimal,
    },
    NegativeNet,
    MissingBankAccount,
    /// Not the account the last run paid into (or the last run had none).
    BankAccountChanged,
}

/// One person's review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayslipDiff {
    pub changes: Vec<LineChange>,
    pub flags: Vec<DiffFlag>,
}

/// The bank accounts the two runs pay into, by whatever identifies an account (an IBAN).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BankAccounts<'a> {
    pub current: Option<&'a str>,
    pub previous_run: Option<&'a str>,
}

/// Compares `current` with `previous` (the same person's payslip of the last run, if they were in it).
/// The net is flagged when it moved by more than `net_threshold_percent` of the last net.
pub fn diff_payslips(
    current: &Payslip,
    previous: Option<&Payslip>,
    bank: BankAccounts,
    net_threshold_percent: Decimal,
) -> PayslipDiff {
    let mut flags = Vec::new();
    if previous.is_none() || current.days.employed_from > current.period.first_day {
        flags.push(DiffFlag::Joiner);
    }
    if current.days.employed_to < current.period.last_day {
        flags.push(DiffFlag::Leaver);
    }
    if let Some(previous) = previous
        && let Some(percent) = net_change(previous.net, current.net, net_threshold_percent)
    {
        flags.push(DiffFlag::NetChanged { percent });
    }
    if current.days.unpaid_days > Decimal::ZERO {
        flags.push(DiffFlag::UnpaidLeave { days: current.days.unpaid_days });
    }
    if current.net.is_sign_negative() && !current.net.is_zero() {
        flags.push(DiffFlag::NegativeNet);
    }
    match (account(bank.current), previous.map(|_| account(bank.previous_run))) {
        (None, _) => flags.push(DiffFlag::MissingBankAccount),
        (Some(now), Some(before)) if before != Some(now) => flags.push(DiffFlag::BankAccountChanged),
        _ => {}
    }
    PayslipDiff { changes: changes(current, previous), flags }
}

/// Whether the net moved by more than `threshold` percent: `Some(percent)` (to hundredths, `None` when
/// the last net was zero) if it did.
fn net_change(previous: Decimal, current: Decimal, threshold: Decimal) -> Option<Option<Decimal>> {
    let moved = current - previous;
    if moved.is_zero() {
        return None;
    }
    if previous.is_zero() {
        return Some(None);
    }
    let percent = moved.checked_mul(Decimal::ONE_HUNDRED).and_then(|m| m.checked_div(previous.abs()));
    match percent {
        Some(percent) if percent.abs() <= threshold => None,
        Some(percent) => Some(Some(percent.round_dp(2).normalize())),
        None => Some(None),
    }
}

/// An account as compared: trimmed, and blank is none.
fn account(account: Option<&str>) -> Option<&str> {
    account.map(str::trim).filter(|account| !account.is_empty())
}

/// Each code's total on a payslip, in the order the codes first appear.
fn totals(payslip: &Payslip) -> Vec<(&str, &str, LineKind, Decimal)> {
    let mut totals: Vec<(&str, &str, LineKind, Decimal)> = Vec::new();
    for line in &payslip.lines {
        match totals.iter_mut().find(|(code, ..)| *code == line.code) {
            Some(total) => total.3 += line.amount,
            None => totals.push((&line.code, &line.name, line.kind, line.amount)),
        }
    }
    totals
}

/// The lines that changed: the current payslip's in its order, then those only the last one had.
fn changes(current: &Payslip, previous: Option<&Payslip>) -> Vec<LineChange> {
    let now = totals(current);
    let before = previous.map(totals).unwrap_or_default();
    let amount_in = |lines: &[(&str, &str, LineKind, Decimal)], wanted: &str| {
        lines.iter().find(|(code, ..)| *code == wanted).map(|line| line.3)
    };
    let current_lines =
        now.iter().map(|&(code, name, kind, amount)| (code, name, kind, Some(amount), amount_in(&before, code)));
    let gone = before
        .iter()
        .filter(|(code, ..)| amount_in(&now, code).is_none())
        .map(|&(code, name, kind, amount)| (code, name, kind, None, Some(amount)));
    current_lines
        .chain(gone)
        .filter(|(.., current, previous)| current != previous)
        .map(|(code, name, kind, current, previous)| LineChange {
            code: code.to_owned(),
            name: name.to_owned(),
            kind,
            previous,
            current,
            change: current.unwrap_or_default() - previous.unwrap_or_default(),
        })
        .collect()
}
