//! Leave requests, their approval chain, and the balances they draw on.

pub mod context;
pub mod demo;
pub mod jobs;
pub mod ledger;
pub mod types;

use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::Member;
use crate::store::notifications::{Notice, days_value, notify};
use crate::store::{CompanyClock, Listing, audit, holidays, people};
use crate::store::{StoreError, StoreResult};
use chrono::{NaiveDate, Utc};
use ledger::balance;
use okta_hr_domain::calendar::{Half, LeaveSpan};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::leave_policy::{ApprovalChain, StepRole};
use okta_hr_domain::wire::{ApprovalStep, LeaveBalanceAttributes, LeaveRequestAttributes, Role, kind};
use okta_hr_i18n::{FluentArgs, args};
use serde_json::{Value, json};
pub use types::LeaveType;

/// Finds a leave type by id or by code (`annual`, `sick`).
pub fn leave_type(conn: &Connection, company_id: i64, id_or_code: &str) -> StoreResult<Option<LeaveType>> {
    types::find(conn, company_id, id_or_code)
}

/// The balances of the company's types in use (not retired) for leave year `year`.
pub fn balances(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    year: i32,
) -> StoreResult<Vec<Resource<LeaveBalanceAttributes>>> {
    let calendar = holidays::calendar_of(conn, company_id, employee_id)?;
    types::all(conn, company_id, false)?
        .into_iter()
        .map(|leave_type| {
            let balance = balance(conn, &calendar, employee_id, &leave_type, year)?;
            Ok(Resource::new(
                kind::LEAVE_BALANCE,
                format!("{}-{year}", leave_type.policy.code),
                LeaveBalanceAttributes {
                    leave_type: leave_type.policy.code.clone(),
                    leave_type_name: leave_type.policy.name.clone(),
                    year,
                    year_name: Some(calendar.leave_year_starts.name(year)),
                    entitled: balance.entitled,
                    used: balance.used,
                    pending: balance.pending,
                    remaining: balance.remaining(),
                },
            )
            .with_one("leave_type", kind::LEAVE_TYPE, Some(leave_type.id)))
        })
        .collect()
}

pub struct Submission {
    pub leave_type: LeaveType,
    pub span: LeaveSpan,
    pub reason: Option<String>,
}

/// Files a request and starts its approval chain, both as its type says: its days counted as worked half
/// days of the requester's calendar (or every day, for a type that counts them), refused without the
/// type's notice, as a half day of a type taken in whole days, or beyond its balance and negative
/// allowance, and approved by the type's chain. The days stay as booked whatever the calendar does later.
/// A type without a chain approves it at once.
pub fn submit(
    conn: &Connection,
    user: &Member,
    submission: Submission,
) -> StoreResult<Resource<LeaveRequestAttributes>> {
    let Submission { leave_type, span, reason } = submission;
    let existing = open_spans(conn, user.id, span.start, span.end)?;
    let calendar = holidays::calendar_of(conn, user.company_id, user.id)?;
    let mut balances = std::collections::HashMap::new();
    let leave_year = calendar.leave_year_starts;
    for year in leave_year.of(span.start)..=leave_year.of(span.end) {
        balances.insert(year, balance(conn, &calendar, user.id, &leave_type, year)?);
    }
    let today = CompanyClock::load(conn, user.company_id)?.today();
    let policy = &leave_type.policy;
    let days =
        policy
            .request_policy()
            .check_request(today, &calendar, &span, &policy.name, &existing, |year| {
                balances.get(&year).copied().unwrap_or_default()
            })
            .map_err(|problem| {
                let field =
                    match problem {
                        okta_hr_domain::leave::LeaveProblem::InsufficientBalance { .. } => "leave_type_id",
                        okta_hr_domain::leave::LeaveProblem::WholeDaysOnly { .. } => {
                            if span.start_half == Half::Afternoon { "start_half" } else { "end_half" }
                        }
                        _ => "start_date",
                    };
                StoreError::invalid(field, problem.to_string())
            })?;

    let now = Utc::now();
    let request_id: i64 = conn
        .prepare_cached(
            "INSERT INTO leave_requests (company_id, employee_id, leave_type_id, start_date, end_date, start_half,
                 end_half, days, reason, status, submitted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'pending', ?10) RETURNING id",
        )?
        .query_row(
            params![
                user.company_id,
                user.id,
                leave_type.id,
                span.start,
                span.end,
                span.start_half.as_str(),
                span.end_half.as_str(),
                days,
                reason,
                now
            ],
            |r| r.get(0),
        )?;

    let manager = active_manager(conn, user.id)?;
    let chain: ApprovalChain = policy.approval_chain;
    let steps = chain.steps(manager.is_some(), days, policy.extra_hr_step_above_days);
    for (sequence, role) in steps.iter().enumerate() {
        let status = if sequence == 0 { "pending" } else { "waiting" };
        let approver = if *role == StepRole::Manager { manager } else { None };
        conn.prepare_cached(
            "INSERT INTO approval_steps (leave_request_id, sequence, role, approver_id, status)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![request_id, sequence as i64 + 1, role.as_str(), approver, status])?;
    }
    if steps.is_empty() {
        set_status(conn, request_id, "approved")?;
        ledger::record_taken(conn, &leave_type, request_id)?;
    }
    let request = get(conn, user.company_id, request_id)?.ok_or_else(|| StoreError::not_found("Leave request"))?;
    notify_current_approvers(conn, user.company_id, &request)?;
    Ok(request)
}

/// The employee's pending and approved leave that shares a day with `start..=end`.
fn open_spans(conn: &Connection, employee_id: i64, start: NaiveDate, end: NaiveDate) -> StoreResult<Vec<LeaveSpan>> {
    Ok(conn
        .prepare_cached(
            "SELECT start_date, start_half, end_date, end_half FROM leave_requests
             WHERE employee_id = ?1 AND status IN ('pending', 'approved') AND start_date <= ?2 AND end_date >= ?3",
        )?
        .query_map(params![employee_id, end, start], |r| {
            Ok(LeaveSpan {
                start: r.get(0)?,
                start_half: half_of(r.get(1)?, Half::Morning),
                end: r.get(2)?,
                end_half: half_of(r.get(3)?, Half::Afternoon),
            })
        })?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

/// A stored half; the table's check allows only the two names.
pub fn half_of(text: String, otherwise: Half) -> Half {
    Half::parse(&text).unwrap_or(otherwise)
}

fn active_manager(conn: &Connection, employee_id: i64) -> StoreResult<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT m.id FROM employees e JOIN employees m ON m.id = e.manager_id
             WHERE e.id = ?1 AND m.status = 'active'",
        )?
        .query_row([employee_id], |r| r.get(0))
        .optional()?)
}

fn notify_current_approvers(
    conn: &Connection,
    company_id: i64,
    request: &Resource<LeaveRequestAttributes>,
) -> StoreResult<()> {
    let a = &request.attributes;
    let Some(step) = a.approval_steps.iter().find(|s| s.status == "pending") else {
        return Ok(());
    };
    let requester: i64 = request.related_id("employee").and_then(|id| id.parse().ok()).unwrap_or_default();
    let approvers = match &step.approver_id {
        Some(id) => vec![id.parse().unwrap_or_default()],
        None => people::record::hr_ids(conn, company_id)?.into_iter().filter(|&id| id != requester).collect(),
    };
    let notice = Notice::new("leave.submitted", json!({ "leave_request_id": request.id }), |language| {
        let args = leave_args(a);
        (
            language.tr_with("notice-leave-submitted-title", &args),
            language.tr_with("notice-leave-submitted-body", &args),
        )
    });
    for approver in approvers {
        notify(conn, approver, &notice)?;
    }
    Ok(())
}

/// What every leave notice may say of the request: who, how many days, of what, from and to when.
fn leave_args(a: &LeaveRequestAttributes) -> FluentArgs<'static> {
    args![
        "name" => a.employee_name.clone(),
        "days" => days_value(a.days),
        "type" => a.leave_type_name.clone(),
        "start" => a.start_date.to_string(),
        "end" => a.end_date.to_string(),
    ]
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Reject,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Approve => "approve",
            Decision::Reject => "reject",
        }
    }
}

/// A leave request as a change left it, and what the audit trail records of the change.
pub struct Changed {
    pub request: Resource<LeaveRequestAttributes>,
    pub audit: Value,
}

/// What the audit trail records of a leave request's state: its status, and the step (`manager`, `hr`)
/// whose decision it awaits, if any.
pub fn audited_state(status: &str, awaiting: Option<&str>) -> Value {
    json!({ "status": status, "awaiting": awaiting })
}

fn audited(request: &Resource<LeaveRequestAttributes>) -> Value {
    let a = &request.attributes;
    let awaiting = a.approval_steps.iter().filter(|s| s.status == "pending").min_by_key(|s| s.sequence);
    audited_state(&a.status, awaiting.map(|step| step.role.as_str()))
}

/// The audit details of a decision on the `step` (`manager`, `hr`) of a request: the decision, the
/// request's state before and after, and the approver's note as its `reason`.
pub fn decision_details(step: &str, decision: Decision, before: &Value, after: &Value, reason: Option<&str>) -> Value {
    let mut details = audit::changes(before, after);
    details["step"] = json!(step);
    details["decision"] = json!(decision.as_str());
    if let Some(reason) = reason {
        details["reason"] = json!(reason);
    }
    details
}

/// The audit details of a cancellation: the request's state before and after.
pub fn cancellation_details(before: &Value, after: &Value) -> Value {
    audit::changes(before, after)
}

/// Acts on the current step. Only that step's approver may: the named manager, or HR for an HR step.
pub fn act(
    conn: &Connection,
    user: &Member,
    request_id: i64,
    decision: Decision,
    notes: Option<String>,
) -> StoreResult<Changed> {
    let request = get(conn, user.company_id, request_id)?.ok_or_else(|| StoreError::not_found("Leave request"))?;
    let requester: i64 = request.related_id("employee").and_then(|id| id.parse().ok()).unwrap_or_default();
    if user.role != Role::Hr && !people::record::reports_to(conn, user.company_id, requester, user.id)? {
        return Err(StoreError::not_found("Leave request"));
    }
    if request.attributes.status != "pending" {
        return Err(StoreError::invalid(
            "decision",
            format!("This leave request is already {}.", request.attributes.status),
        ));
    }
    let step = request
        .attributes
        .approval_steps
        .iter()
        .find(|s| s.status == "pending")
        .ok_or_else(|| StoreError::invalid("decision", "This leave request has no step awaiting a decision."))?;
    // The device counts what waits for its user by the same rule.
    if !okta_hr_domain::leave::may_decide(&request.attributes, &requester.to_string(), &user.id.to_string(), user.role)
    {
        return Err(StoreError::Forbidden);
    }

    let now = Utc::now();
    let step_status = if decision == Decision::Approve { "approved" } else { "rejected" };
    conn.prepare_cached(
        "UPDATE approval_steps SET status = ?1, acted_by = ?2, acted_at = ?3, notes = ?4
         WHERE leave_request_id = ?5 AND sequence = ?6",
    )?
    .execute(params![step_status, user.id, now, notes, request_id, step.sequence])?;
    let next_step: Option<i64> = conn
        .prepare_cached("SELECT MIN(sequence) FROM approval_steps WHERE leave_request_id = ?1 AND status = 'waiting'")?
        .query_row([request_id], |r| r.get(0))?;

    let approver = people::record::name(conn, user.company_id, user.id)?;
    let a = &request.attributes;
    let approver = approver.as_str();
    let notice = match (decision, next_step) {
        (Decision::Reject, _) => {
            conn.prepare_cached(
                "UPDATE approval_steps SET status = 'skipped' WHERE leave_request_id = ?1 AND status = 'waiting'",
            )?
            .execute([request_id])?;
            set_status(conn, request_id, "rejected")?;
            let note = notes.clone();
            Notice::new("leave.rejected", json!({ "leave_request_id": request.id }), move |language| {
                let mut args = leave_args(a);
                args.set("approver", approver.to_owned());
                let body = match &note {
                    Some(note) => {
                        args.set("note", note.clone());
                        language.tr_with("notice-leave-rejected-body-note", &args)
                    }
                    None => language.tr_with("notice-leave-rejected-body", &args),
                };
                (language.tr("notice-leave-rejected-title"), body)
            })
        }
        (Decision::Approve, Some(next)) => {
            conn.prepare_cached(
                "UPDATE approval_steps SET status = 'pending' WHERE leave_request_id = ?1 AND sequence = ?2",
            )?
            .execute(params![request_id, next])?;
            Notice::new("leave.step_approved", json!({ "leave_request_id": request.id }), move |language| {
                let mut args = leave_args(a);
                args.set("approver", approver.to_owned());
                (
                    language.tr("notice-leave-step-approved-title"),
                    language.tr_with("notice-leave-step-approved-body", &args),
                )
            })
        }
        (Decision::Approve, None) => {
            set_status(conn, request_id, "approved")?;
            let leave_type = types::get(conn, user.company_id, leave_type_id_of(&request))?
                .ok_or_else(|| StoreError::not_found("Leave type"))?;
            ledger::record_taken(conn, &leave_type, request_id)?;
            Notice::new("leave.approved", json!({ "leave_request_id": request.id }), move |language| {
                (
                    language.tr("notice-leave-approved-title"),
                    language.tr_with("notice-leave-approved-body", &leave_args(a)),
                )
            })
        }
    };
    notify(conn, requester, &notice)?;
    let updated = get(conn, user.company_id, request_id)?.ok_or_else(|| StoreError::not_found("Leave request"))?;
    if decision == Decision::Approve && next_step.is_some() {
        notify_current_approvers(conn, user.company_id, &updated)?;
    }
    let audit = decision_details(&step.role, decision, &audited(&request), &audited(&updated), notes.as_deref());
    Ok(Changed { request: updated, audit })
}

fn leave_type_id_of(request: &Resource<LeaveRequestAttributes>) -> i64 {
    request.related_id("leave_type").and_then(|id| id.parse().ok()).unwrap_or_default()
}

fn set_status(conn: &Connection, request_id: i64, status: &str) -> StoreResult<()> {
    conn.prepare_cached("UPDATE leave_requests SET status = ?1, decided_at = ?2 WHERE id = ?3")?.execute(params![
        status,
        Utc::now(),
        request_id
    ])?;
    Ok(())
}

/// Withdraws the employee's own request: a pending one, or an approved one that has not started.
///
/// Cancelling an approved request takes effect at once: it is not a request to the approver, as in Frappe
/// (whose employees may not cancel a submitted application; its approvers and HR may). It only hands days
/// back before they are taken (never once the leave has started), so the company regains a day of work it
/// had agreed to lose: an approval would almost always be yes, and while it waited the days would stay
/// booked and the person would still show as off to approvers weighing a colleague's request for the same
/// week. The app also queues a cancellation made offline, which a "cancellation requested" state would
/// leave unresolved on the device. Odoo's own cancel wizard likewise cancels future approved time off at
/// once. What approvers need is to know, since they may have planned cover: those who approved it, and
/// the manager, are told.
pub fn cancel(conn: &Connection, user: &Member, request_id: i64) -> StoreResult<Changed> {
    let request = get(conn, user.company_id, request_id)?
        .filter(|r| r.related_id("employee") == Some(user.id.to_string().as_str()))
        .ok_or_else(|| StoreError::not_found("Leave request"))?;
    let today = CompanyClock::load(conn, user.company_id)?.today();
    let a = &request.attributes;
    if !okta_hr_domain::leave::can_cancel(&a.status, a.start_date, today) {
        let why = if a.status == "approved" { "has already started" } else { "is no longer pending" };
        return Err(StoreError::invalid("status", format!("This leave request {why} and cannot be cancelled.")));
    }
    conn.prepare_cached(
        "UPDATE approval_steps SET status = 'skipped' WHERE leave_request_id = ?1 AND status IN ('waiting', 'pending')",
    )?
    .execute([request_id])?;
    set_status(conn, request_id, "cancelled")?;
    if a.status == "approved" {
        ledger::reverse_taken(conn, request_id)?;
        notify_approvers_of_cancellation(conn, user.id, &request)?;
    }
    let updated = get(conn, user.company_id, request_id)?.ok_or_else(|| StoreError::not_found("Leave request"))?;
    let audit = cancellation_details(&audited(&request), &audited(&updated));
    Ok(Changed { request: updated, audit })
}

/// Tells whoever approved the request, and the requester's manager today (who may have been someone else
/// then), that the approved days are off.
fn notify_approvers_of_cancellation(
    conn: &Connection,
    requester: i64,
    request: &Resource<LeaveRequestAttributes>,
) -> StoreResult<()> {
    let a = &request.attributes;
    let mut told: Vec<i64> = a
        .approval_steps
        .iter()
        .filter(|s| s.status == "approved")
        .filter_map(|s| s.acted_by_id.as_deref()?.parse().ok())
        .chain(active_manager(conn, requester)?)
        .filter(|&id| id != requester)
        .collect();
    told.sort_unstable();
    told.dedup();
    let notice = Notice::new("leave.cancelled", json!({ "leave_request_id": request.id }), |language| {
        let args = leave_args(a);
        (
            language.tr_with("notice-leave-cancelled-title", &args),
            language.tr_with("notice-leave-cancelled-body", &args),
        )
    });
    for id in told {
        notify(conn, id, &notice)?;
    }
    Ok(())
}

const COLUMNS: &str = "r.id, r.employee_id, r.leave_type_id, t.code, t.name, r.start_date, r.end_date, r.days,
    r.reason, r.status, r.submitted_at, r.decided_at, e.first_name || ' ' || e.last_name, r.start_half, r.end_half";
const FROM: &str = "FROM leave_requests r JOIN leave_types t ON t.id = r.leave_type_id
    JOIN employees e ON e.id = r.employee_id";

fn steps(conn: &Connection, request_id: i64) -> StoreResult<Vec<ApprovalStep>> {
    Ok(conn
        .prepare_cached(
            "SELECT s.sequence, s.role, s.status, s.approver_id, ap.first_name || ' ' || ap.last_name,
                    s.acted_by, ac.first_name || ' ' || ac.last_name, s.acted_at, s.notes
             FROM approval_steps s
             LEFT JOIN employees ap ON ap.id = s.approver_id
             LEFT JOIN employees ac ON ac.id = s.acted_by
             WHERE s.leave_request_id = ?1 ORDER BY s.sequence",
        )?
        .query_map([request_id], |r| {
            Ok(ApprovalStep {
                sequence: r.get(0)?,
                role: r.get(1)?,
                status: r.get(2)?,
                approver_id: r.get::<_, Option<i64>>(3)?.map(|id| id.to_string()),
                approver_name: r.get(4)?,
                acted_by_id: r.get::<_, Option<i64>>(5)?.map(|id| id.to_string()),
                acted_by_name: r.get(6)?,
                acted_at: r.get(7)?,
                notes: r.get(8)?,
            })
        })?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

fn with_steps(
    conn: &Connection,
    rows: Vec<Resource<LeaveRequestAttributes>>,
) -> StoreResult<Vec<Resource<LeaveRequestAttributes>>> {
    rows.into_iter()
        .map(|mut request| {
            request.attributes.approval_steps = steps(conn, request.id.parse().unwrap_or_default())?;
            Ok(request)
        })
        .collect()
}

fn from_row(r: &Row) -> crate::db::Result<Resource<LeaveRequestAttributes>> {
    let attributes = LeaveRequestAttributes {
        leave_type: r.get(3)?,
        leave_type_name: r.get(4)?,
        start_date: r.get(5)?,
        end_date: r.get(6)?,
        start_half: half_of(r.get(13)?, Half::Morning),
        end_half: half_of(r.get(14)?, Half::Afternoon),
        days: r.get(7)?,
        reason: r.get(8)?,
        status: r.get(9)?,
        submitted_at: r.get(10)?,
        decided_at: r.get(11)?,
        employee_name: r.get(12)?,
        approval_steps: Vec::new(),
        balance: None,
        overlapping: None,
        overlapping_people: None,
    };
    Ok(Resource::new(kind::LEAVE_REQUEST, r.get::<_, i64>(0)?, attributes)
        .with_one("employee", kind::EMPLOYEE, Some(r.get::<_, i64>(1)?))
        .with_one("leave_type", kind::LEAVE_TYPE, Some(r.get::<_, i64>(2)?)))
}

pub fn get(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Option<Resource<LeaveRequestAttributes>>> {
    let row = conn
        .prepare_cached(&format!("SELECT {COLUMNS} {FROM} WHERE r.id = ?1 AND r.company_id = ?2"))?
        .query_row([id, company_id], from_row)
        .optional()?;
    Ok(with_steps(conn, row.into_iter().collect())?.pop())
}

#[derive(Debug, Default)]
pub struct Filter {
    pub status: Option<String>,
    /// Only these employees' requests; `None` means the whole company.
    pub employees: Option<Vec<i64>>,
    /// Only requests whose current step this user (id, is HR) may act on.
    pub awaiting: Option<(i64, bool)>,
}

pub fn list(
    conn: &Connection,
    company_id: i64,
    filter: &Filter,
    offset: i64,
    limit: i64,
) -> StoreResult<(Vec<Resource<LeaveRequestAttributes>>, u64)> {
    let mut listing = Listing::new("r.company_id", company_id);
    if let Some(status) = &filter.status {
        listing.and("r.status = ?", [status.clone().into()]);
    }
    if let Some(employees) = &filter.employees {
        listing.and_in("r.employee_id", employees);
    }
    if let Some((approver, is_hr)) = filter.awaiting {
        listing.and(
            "EXISTS (SELECT 1 FROM approval_steps s WHERE s.leave_request_id = r.id AND s.status = 'pending'
                     AND (s.approver_id = ? OR (? AND s.role = 'hr' AND r.employee_id <> ?)))",
            [approver.into(), is_hr.into(), approver.into()],
        );
    }
    let (rows, total) = listing.fetch(
        conn,
        "FROM leave_requests r",
        &format!("SELECT {COLUMNS} {FROM}"),
        "r.submitted_at DESC, r.id DESC",
        (offset, limit),
        from_row,
    )?;
    Ok((with_steps(conn, rows)?, total))
}
