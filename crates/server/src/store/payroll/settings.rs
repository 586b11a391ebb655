//! The company's payroll settings: its currency, how the net is rounded, when a change of net is flagged
//! for review, and the account salaries are paid from.

use crate::db::{Connection, OptionalExtension, params};
use crate::store::pay_setup::mode_from;
use crate::store::{StoreError, StoreResult};
use okta_hr_payroll::Decimal;
use okta_hr_payroll::component::{Rounding, RoundingMode};
pub use okta_hr_payroll::wire::{PAYROLL_SETTINGS, PayrollSettingsAttributes, currency_places};

pub fn settings(conn: &Connection, company_id: i64) -> StoreResult<PayrollSettingsAttributes> {
    let currency: String = conn
        .prepare_cached("SELECT currency FROM companies WHERE id = ?1")?
        .query_row([company_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| StoreError::not_found("Company"))?;
    let stored = conn
        .prepare_cached(
            "SELECT net_rounding_places, net_rounding_mode, net_change_threshold, debtor_name, debtor_iban, debtor_bic,
                 overtime_after_hours
             FROM payroll_settings WHERE company_id = ?1",
        )?
        .query_row([company_id], |r| {
            let mode: String = r.get(1)?;
            let threshold: String = r.get(2)?;
            Ok(PayrollSettingsAttributes {
                currency: currency.clone(),
                net_rounding: Rounding { places: r.get(0)?, mode: mode_from(&mode).unwrap_or(RoundingMode::HalfUp) },
                net_change_threshold: threshold.parse().unwrap_or(Decimal::TEN),
                debtor_name: r.get(3)?,
                debtor_iban: r.get(4)?,
                debtor_bic: r.get(5)?,
                overtime_after_hours: r.get::<_, Option<String>>(6)?.and_then(|text| text.parse().ok()),
            })
        })
        .optional()?;
    Ok(stored.unwrap_or_else(|| PayrollSettingsAttributes {
        net_rounding: Rounding { places: currency_places(&currency), mode: RoundingMode::HalfUp },
        currency,
        net_change_threshold: Decimal::TEN,
        debtor_name: None,
        debtor_iban: None,
        debtor_bic: None,
        overtime_after_hours: None,
    }))
}

/// Saves the settings (all but the currency, which is the company's); answers them as they were.
pub fn put_settings(
    conn: &Connection,
    company_id: i64,
    settings_after: &PayrollSettingsAttributes,
) -> StoreResult<PayrollSettingsAttributes> {
    let before = settings(conn, company_id)?;
    conn.prepare_cached(
        "INSERT INTO payroll_settings (company_id, net_rounding_places, net_rounding_mode, net_change_threshold,
             debtor_name, debtor_iban, debtor_bic, overtime_after_hours)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (company_id) DO UPDATE SET net_rounding_places = excluded.net_rounding_places,
             net_rounding_mode = excluded.net_rounding_mode, net_change_threshold = excluded.net_change_threshold,
             debtor_name = excluded.debtor_name, debtor_iban = excluded.debtor_iban, debtor_bic = excluded.debtor_bic,
             overtime_after_hours = excluded.overtime_after_hours",
    )?
    .execute(params![
        company_id,
        settings_after.net_rounding.places,
        crate::store::pay_setup::mode_name(settings_after.net_rounding.mode),
        settings_after.net_change_threshold.to_string(),
        settings_after.debtor_name,
        settings_after.debtor_iban,
        settings_after.debtor_bic,
        settings_after.overtime_after_hours.map(|hours| hours.to_string())
    ])?;
    Ok(before)
}
