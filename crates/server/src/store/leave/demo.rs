//! The demo's leave policies: Acme's annual leave carries up to 5 days into the next year, to be taken
//! by the end of March; study leave accrues monthly; unpaid leave is on offer for what the allowances do
//! not cover. Annual stays at 21 days upfront (and sick at 10), as the demo's people and tests know them.

use super::types::{self, LeaveType};
use crate::store::{StoreError, StoreResult};
use okta_hr_domain::leave_policy::{Accrual, ApprovalChain, LeaveTypeAttributes};

pub fn seed(conn: &crate::db::Connection, company_id: i64) -> StoreResult<()> {
    let annual: LeaveType =
        types::find(conn, company_id, "annual")?.ok_or_else(|| StoreError::not_found("Annual leave type"))?;
    let carried = LeaveTypeAttributes { carry_over_cap: 5, carry_over_expiry_months: Some(3), ..annual.policy };
    types::update(conn, company_id, annual.id, &carried)?;
    let study = LeaveTypeAttributes {
        code: "study".to_owned(),
        name: "Study Leave".to_owned(),
        paid_fraction: 1.0,
        counts_non_working_days: false,
        half_days: false,
        attachment_required: true,
        min_notice_days: 14,
        days_per_year: 12,
        accrual: Accrual::Monthly,
        prorated: true,
        carry_over_cap: 0,
        carry_over_expiry_months: None,
        negative_allowance: 0,
        approval_chain: ApprovalChain::Manager,
        extra_hr_step_above_days: Some(5),
        retired: false,
    };
    types::create(conn, company_id, &study)?;
    let unpaid = LeaveTypeAttributes {
        code: "unpaid".to_owned(),
        name: "Unpaid Leave".to_owned(),
        paid_fraction: 0.0,
        counts_non_working_days: true,
        min_notice_days: 7,
        days_per_year: 30,
        accrual: Accrual::Upfront,
        attachment_required: false,
        approval_chain: ApprovalChain::ManagerHr,
        extra_hr_step_above_days: None,
        ..study
    };
    types::create(conn, company_id, &unpaid)?;
    Ok(())
}
