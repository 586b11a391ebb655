//! A locked run's payments, as the bank files carry them: each person paid in the run, their frozen bank
//! account and net pay, and the company's account they are paid from.

use super::runs::RunState;
use super::settings::settings;
use crate::db::{Connection, params};
use crate::store::{StoreError, StoreResult};
use chrono::{DateTime, NaiveDateTime, Utc};
use okta_hr_payroll::Decimal;
use okta_hr_payroll::bank_file::{Party, Payment, PaymentBatch};
use okta_hr_payroll::compute::Payslip;

/// A line paid by transfer: (line id, holder, IBAN, BIC, net in minor units, payslip).
type PaidLine = (i64, String, String, Option<String>, i64, Option<String>);

/// The run's payments; the same run gives the same batch (its ids and time are the run's), so a file
/// downloaded twice is the same file.
pub fn payment_batch(conn: &Connection, company_id: i64, run: &RunState) -> StoreResult<PaymentBatch> {
    if run.status == "draft" {
        return Err(StoreError::invalid("status", "Bank files are made from a locked run: lock the run first."));
    }
    let company = settings(conn, company_id)?;
    let (company_name, locked_at): (String, Option<DateTime<Utc>>) = conn
        .prepare_cached(
            "SELECT c.name, r.locked_at FROM payroll_runs r JOIN companies c ON c.id = r.company_id WHERE r.id = ?1",
        )?
        .query_row([run.id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let rows: Vec<PaidLine> = conn
        .prepare_cached(
            "SELECT id, bank_holder, bank_iban, bank_bic, net, payslip FROM payroll_lines
             WHERE payroll_run_id = ?1 AND status = 'ready' AND bank_iban IS NOT NULL AND net > 0 ORDER BY id",
        )?
        .query_map(params![run.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?
        .collect::<crate::db::Result<Vec<_>>>()?;
    let payments = rows
        .into_iter()
        .map(|(line_id, holder, iban, bic, net_cents, payslip)| {
            let net = payslip
                .as_deref()
                .and_then(|text| serde_json::from_str::<Payslip>(text).ok())
                .map_or_else(|| Decimal::new(net_cents, 2), |payslip| payslip.net);
            Payment {
                end_to_end_id: format!("PAY-{}-{line_id}", run.id),
                creditor: Party { name: holder, iban, bic },
                amount: net,
                remittance: format!("Salary {}", run.label),
            }
        })
        .collect();
    let created_at: NaiveDateTime = locked_at.unwrap_or_else(Utc::now).naive_utc();
    Ok(PaymentBatch {
        message_id: format!("OKTAHR-RUN-{}", run.id),
        created_at,
        execution_date: run.pay_date,
        debtor: Party {
            name: company.debtor_name.unwrap_or(company_name),
            iban: company.debtor_iban.unwrap_or_default(),
            bic: company.debtor_bic,
        },
        currency: company.currency,
        payments,
    })
}
