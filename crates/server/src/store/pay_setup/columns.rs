//! How pay setup's values are written in its columns: kinds and rounding modes by name, amounts as decimal
//! text (exact, keeping the scale HR typed).

use crate::db::Row;
use okta_hr_payroll::Decimal;
use okta_hr_payroll::component::{ComponentKind, RoundingMode};

pub(super) fn conversion(index: usize, problem: impl Into<String>) -> crate::db::Error {
    let problem: Box<dyn std::error::Error + Send + Sync> = problem.into().into();
    crate::db::Error::Conversion { index, source: rusqlite::types::FromSqlError::Other(problem) }
}

pub(super) fn decimal(r: &Row, index: usize) -> crate::db::Result<Decimal> {
    let text: Option<String> = r.get(index)?;
    text.as_deref()
        .unwrap_or_default()
        .parse::<Decimal>()
        .map_err(|error| conversion(index, format!("not a decimal: {error}")))
}

pub(super) fn kind_from(text: &str) -> Option<ComponentKind> {
    Some(match text {
        "earning" => ComponentKind::Earning,
        "deduction" => ComponentKind::Deduction,
        "employer_contribution" => ComponentKind::EmployerContribution,
        _ => return None,
    })
}

pub fn kind_name(kind: ComponentKind) -> &'static str {
    match kind {
        ComponentKind::Earning => "earning",
        ComponentKind::Deduction => "deduction",
        ComponentKind::EmployerContribution => "employer_contribution",
    }
}

pub fn mode_from(text: &str) -> Option<RoundingMode> {
    Some(match text {
        "half_up" => RoundingMode::HalfUp,
        "half_even" => RoundingMode::HalfEven,
        "down" => RoundingMode::Down,
        "up" => RoundingMode::Up,
        _ => return None,
    })
}

pub fn mode_name(mode: RoundingMode) -> &'static str {
    match mode {
        RoundingMode::HalfUp => "half_up",
        RoundingMode::HalfEven => "half_even",
        RoundingMode::Down => "down",
        RoundingMode::Up => "up",
    }
}
