//! The demo company's pay setup.

use super::{ComponentRef, create_component, create_structure};
use crate::db::Connection;
use crate::store::StoreResult;
use okta_hr_payroll::Decimal;
use okta_hr_payroll::component::{AmountRule, Component, ComponentKind, Rounding};

/// The demo company's pay setup: a staff structure of basic pay, a transport allowance, pension paid half
/// by each side, and health insurance up to a ceiling.
pub fn seed_demo(conn: &Connection, company_id: i64) -> StoreResult<()> {
    let percent = |text: &str| text.parse::<Decimal>().unwrap_or_default();
    let component = |code: &str, name: &str, kind, rule, prorated| Component {
        code: code.to_owned(),
        name: name.to_owned(),
        kind,
        rule,
        prorated,
        hidden_when_zero: false,
        rounding: Rounding::default(),
    };
    let components = [
        component(
            "BASIC",
            "Basic pay",
            ComponentKind::Earning,
            AmountRule::Expression { expression: "base".to_owned() },
            true,
        ),
        component(
            "TRANSPORT",
            "Transport allowance",
            ComponentKind::Earning,
            AmountRule::Fixed { amount: percent("150.00") },
            false,
        ),
        component(
            "PENSION_EE",
            "Pension (employee)",
            ComponentKind::Deduction,
            AmountRule::PercentOfGross { percent: percent("5") },
            false,
        ),
        component(
            "PENSION_ER",
            "Pension (employer)",
            ComponentKind::EmployerContribution,
            AmountRule::PercentOfGross { percent: percent("5") },
            false,
        ),
        component(
            "HEALTH",
            "Health insurance",
            ComponentKind::Deduction,
            AmountRule::Expression { expression: "min(gross, 5000) * 0.073".to_owned() },
            false,
        ),
    ];
    let mut refs = Vec::with_capacity(components.len());
    for component in &components {
        refs.push(ComponentRef::Id(create_component(conn, company_id, component)?.id.parse().unwrap_or_default()));
    }
    create_structure(conn, company_id, "Staff", &refs)?;
    Ok(())
}
