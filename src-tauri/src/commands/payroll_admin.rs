//! Running payroll (HR): the runs fetched fresh, a run's lines as HR reviews them (a page at a time, searched
//! and filtered to the people flagged for a second look), a person held, excluded, included again or a
//! component overridden with a reason, and the run recomputed, locked, its bank file saved, marked paid and
//! published. Reads fall back to the last copy offline; every change is online-only (see
//! `okta_hr_core::admin::payroll`): the server's verdict on a lock is what HR must see before money moves.

use crate::commands::files::save_to_downloads;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::{PayrollReviewView, PayrollRunList, SavedBankFile, SavedPayrollLine, SavedPayrollRun};
use okta_hr_core::admin::payroll::{BankFileFormat, LineDecision, PayrollRunReview, RunPeriod, RunStep};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_payroll::Decimal;
use okta_hr_payroll::wire::PayrollLineAttributes;
use std::collections::BTreeMap;
use std::str::FromStr;
use tauri::State;

/// The company's runs, newest period first, fetched fresh; the last copy, with its age, offline.
#[tauri::command]
#[specta::specta]
pub async fn payroll_admin_runs(state: State<'_, AppState>) -> AppResult<PayrollRunList> {
    Ok(state.core.read().await.review_payroll_runs().await?.into())
}

/// A run with one page of its lines as HR reviews them: those whose person's name or number contains
/// `search`, and with `flagged_only` only those flagged for a second look (or that failed). `refresh`
/// fetches the run from the server first (when it is opened or changed); paging and filtering read what is
/// kept, so a large run never travels to the screen whole.
#[tauri::command]
#[specta::specta]
pub async fn payroll_review(
    state: State<'_, AppState>,
    id: u32,
    refresh: bool,
    search: Option<String>,
    flagged_only: bool,
    offset: u32,
    limit: u32,
) -> AppResult<PayrollReviewView> {
    let core = state.core.read().await;
    let review = if refresh {
        core.review_payroll_run(i64::from(id)).await?
    } else {
        core.cached_payroll_run_review(i64::from(id))?
    };
    let filter = LineFilter { search: search.unwrap_or_default(), flagged_only };
    let page = (offset as usize, limit.clamp(1, 1_000) as usize);
    Ok(review_page(review.data, &filter, page, review.fetched_at))
}

/// Makes this month's (or any month's) draft run and computes everyone in it.
#[tauri::command]
#[specta::specta]
pub async fn create_payroll_run(state: State<'_, AppState>, year: i32, month: u32) -> AppResult<SavedPayrollRun> {
    if !(1..=12).contains(&month) {
        return Err(AppError::invalid(format!("{month} is not a month")));
    }
    let run = state.core.read().await.create_payroll_run(RunPeriod::Month { year, month }, None).await?;
    Ok(SavedPayrollRun { run })
}

/// Recomputes, locks, marks paid or publishes a run. A lock the server refuses comes back with its reasons
/// under `lines` (someone failed, would be paid a negative net or has no bank account).
#[tauri::command]
#[specta::specta]
pub async fn advance_payroll_run(state: State<'_, AppState>, id: u32, step: RunStep) -> AppResult<SavedPayrollRun> {
    Ok(SavedPayrollRun { run: state.core.read().await.advance_payroll_run(i64::from(id), step).await? })
}

/// Saves a locked run's bank file (CSV, or a SEPA pain.001) to the downloads folder and answers where.
#[tauri::command]
#[specta::specta]
pub async fn save_payroll_bank_file(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    id: u32,
    format: BankFileFormat,
) -> AppResult<SavedBankFile> {
    let file = state.core.read().await.payroll_bank_file(i64::from(id), format).await?;
    let path = save_to_downloads(&app, &file.file_name, file.content.as_bytes())?;
    Ok(SavedBankFile { transfers: transfers(format, &file.content), file_name: file.file_name, path })
}

/// Corrects a locked run: a new draft for its period whose lines pay the difference from what it paid.
#[tauri::command]
#[specta::specta]
pub async fn correct_payroll_run(state: State<'_, AppState>, id: u32) -> AppResult<SavedPayrollRun> {
    Ok(SavedPayrollRun { run: state.core.read().await.correct_payroll_run(i64::from(id), None).await? })
}

/// Saves every payslip of a locked run, one PDF each in a ZIP, to the downloads folder and answers where.
#[tauri::command]
#[specta::specta]
pub async fn save_payroll_payslips(app: tauri::AppHandle, state: State<'_, AppState>, id: u32) -> AppResult<String> {
    let (file_name, bytes) = state.core.read().await.payroll_payslips_zip(i64::from(id)).await?;
    save_to_downloads(&app, &file_name, &bytes)
}

/// Holds, excludes (both with a reason) or includes again one person of a draft.
#[tauri::command]
#[specta::specta]
pub async fn decide_payroll_line(
    state: State<'_, AppState>,
    line_id: String,
    decision: LineDecision,
    reason: Option<String>,
) -> AppResult<SavedPayrollLine> {
    let reason = reason.as_deref().map(str::trim).filter(|reason| !reason.is_empty());
    let line = state.core.read().await.decide_payroll_line(&line_id, decision, reason).await?;
    Ok(SavedPayrollLine { line })
}

/// Pays `amount` instead of what component `code` computes on one person's draft payslip, with the reason
/// printed on the line. An amount that is not a number is refused beside the amount field.
#[tauri::command]
#[specta::specta]
pub async fn override_payroll_line(
    state: State<'_, AppState>,
    line_id: String,
    code: String,
    amount: String,
    reason: String,
) -> AppResult<SavedPayrollLine> {
    let amount = amount_of(&amount)?;
    let core = state.core.read().await;
    let line = core.override_payroll_line(&line_id, code.trim(), amount, reason.trim()).await?;
    Ok(SavedPayrollLine { line })
}

/// Takes an override off: component `code` is computed by its rule again.
#[tauri::command]
#[specta::specta]
pub async fn clear_payroll_line_override(
    state: State<'_, AppState>,
    line_id: String,
    code: String,
) -> AppResult<SavedPayrollLine> {
    Ok(SavedPayrollLine { line: state.core.read().await.clear_payroll_line_override(&line_id, code.trim()).await? })
}

/// Which lines of a run the review list shows.
struct LineFilter {
    search: String,
    flagged_only: bool,
}

/// Whether a line deserves a second look: it failed, or its review against the last run raised a flag.
fn flagged(line: &PayrollLineAttributes) -> bool {
    line.status == "failed" || line.review.as_ref().is_some_and(|review| !review.flags.is_empty())
}

/// `limit` lines from `offset` among those the filter lets through, and how many it lets through and are
/// flagged in the whole run.
fn review_page(
    review: PayrollRunReview,
    filter: &LineFilter,
    (offset, limit): (usize, usize),
    fetched_at: Option<chrono::DateTime<chrono::Utc>>,
) -> PayrollReviewView {
    let wanted = filter.search.trim().to_lowercase();
    let matches = |line: &Resource<PayrollLineAttributes>| {
        let summary = &line.attributes.summary;
        (!filter.flagged_only || flagged(&line.attributes))
            && (wanted.is_empty()
                || summary.employee_name.to_lowercase().contains(&wanted)
                || summary.employee_number.to_lowercase().contains(&wanted))
    };
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let flagged_lines = review.lines.iter().filter(|line| flagged(&line.attributes)).count();
    let matching: Vec<_> = review.lines.into_iter().filter(matches).collect();
    let total = matching.len();
    PayrollReviewView {
        run: review.run,
        lines: matching.into_iter().skip(offset).take(limit).collect(),
        matching: count(total),
        flagged: count(flagged_lines),
        fetched_at,
    }
}

/// An amount as HR typed it (`1200`, `1,200.50`), checked before anything is sent.
fn amount_of(typed: &str) -> AppResult<Decimal> {
    let cleaned: String = typed.trim().chars().filter(|c| *c != ',' && !c.is_whitespace()).collect();
    match Decimal::from_str(&cleaned) {
        Ok(amount) if amount.scale() <= 2 && !amount.is_sign_negative() => Ok(amount),
        _ => {
            let message = "The amount must be a number of at least 0, with at most two decimals.".to_owned();
            Err(AppError::Rejected {
                message: message.clone(),
                errors: BTreeMap::from([("amount".to_owned(), vec![message])]),
            })
        }
    }
}

/// How many people a bank file pays: a CSV's rows after its header, a SEPA file's transactions.
fn transfers(format: BankFileFormat, content: &str) -> u32 {
    let n = match format {
        BankFileFormat::Csv => content.lines().filter(|line| !line.trim().is_empty()).count().saturating_sub(1),
        BankFileFormat::Pain001 => content.matches("<CdtTrfTxInf>").count(),
    };
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn line(id: u32, name: &str, status: &str, flags: serde_json::Value) -> serde_json::Value {
        json!({ "type": "payroll-lines", "id": id.to_string(), "attributes": {
            "period": "2026-12", "period_start": "2026-12-01", "period_end": "2026-12-31", "pay_date": "2026-12-31",
            "currency": "EUR", "gross": "3000.00", "total_deductions": "600.00", "net": "2400.00",
            "earnings": [], "deductions": [], "employee_name": name, "employee_number": format!("E{id:04}"),
            "status": status, "error": null, "note": null, "payslip": null,
            "review": { "changes": [], "flags": flags }, "bank_account": "•••• 1234" } })
    }

    fn review(lines: Vec<serde_json::Value>) -> PayrollRunReview {
        let run = json!({ "type": "payroll-runs", "id": "7", "attributes": {
            "period": "2026-12", "period_start": "2026-12-01", "period_end": "2026-12-31", "pay_date": "2026-12-31",
            "status": "draft", "currency": "EUR", "employee_count": lines.len(), "gross": "0.00", "net": "0.00",
            "finalised_at": null } });
        PayrollRunReview {
            run: serde_json::from_value(run).expect("a run"),
            lines: lines.into_iter().map(|l| serde_json::from_value(l).expect("a line")).collect(),
        }
    }

    fn names(view: &PayrollReviewView) -> Vec<&str> {
        view.lines.iter().map(|l| l.attributes.summary.employee_name.as_str()).collect()
    }

    #[test]
    fn the_review_is_paged_searched_and_filtered_to_the_flagged() {
        let run = || {
            review(vec![
                line(1, "Emma Fischer", "ready", json!([])),
                line(2, "Jonas Becker", "ready", json!([{ "flag": "joiner" }])),
                line(3, "Lena Koch", "failed", json!([])),
                line(4, "Max Weber", "ready", json!([{ "flag": "unpaid_leave", "days": "2" }])),
            ])
        };
        let all = |search: &str, flagged_only| LineFilter { search: search.into(), flagged_only };
        let everyone = review_page(run(), &all("", false), (0, 2), None);
        assert_eq!(
            (names(&everyone), everyone.matching, everyone.flagged),
            (vec!["Emma Fischer", "Jonas Becker"], 4, 3)
        );
        let flagged_only = review_page(run(), &all("", true), (1, 10), None);
        assert_eq!((names(&flagged_only), flagged_only.matching), (vec!["Lena Koch", "Max Weber"], 3));
        let searched = review_page(run(), &all(" e0004 ", true), (0, 10), None);
        assert_eq!(names(&searched), vec!["Max Weber"]);
    }

    #[test]
    fn an_amount_is_a_plain_non_negative_number_of_cents() {
        assert_eq!(amount_of(" 1,200.50 ").ok(), Some(Decimal::new(120_050, 2)));
        assert_eq!(amount_of("80").ok(), Some(Decimal::new(80, 0)));
        for wrong in ["", "a lot", "-5", "1.234"] {
            let Err(AppError::Rejected { errors, .. }) = amount_of(wrong) else { panic!("{wrong:?} was accepted") };
            assert!(errors.contains_key("amount"));
        }
    }

    #[test]
    fn a_bank_file_counts_its_transfers() {
        assert_eq!(transfers(BankFileFormat::Csv, "name,iban,amount\nA,DE1,1.00\nB,DE2,2.00\n"), 2);
        assert_eq!(transfers(BankFileFormat::Pain001, "<a><CdtTrfTxInf>x</CdtTrfTxInf><CdtTrfTxInf/></a>"), 1);
    }
}
