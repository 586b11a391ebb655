//! Acme's recent past: the leave its People team asked for and how each request ended, and the audit
//! trail those changes left, recorded as the routes that make such changes record them.

use crate::db::{Actor, Change, Connection, Db, params};
use crate::error::{ApiError, ApiResult};
use crate::store::holidays;
use crate::store::leave::{self, Decision};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use okta_hr_domain::calendar::{LeaveSpan, WorkCalendar};
use okta_hr_domain::days::LeaveDays;
use okta_hr_domain::wire::HolidayAttributes;
use serde_json::{Value, json};

/// A change in Acme's recent past: who made it, when, and what the audit trail says of it.
pub(super) struct Past {
    at: DateTime<Utc>,
    actor: Actor,
    action: &'static str,
    entity: &'static str,
    entity_id: String,
    details: Value,
}

/// Records Acme's history in its audit trail, oldest first: each change as a write of its own, by whoever
/// made it, as the route that makes such a change records it (only the time is the past's).
pub(super) fn record_history(db: &Db, history: Vec<Past>) -> anyhow::Result<()> {
    for past in history {
        db.write_blocking(Change::by(past.actor, past.action), move |tx| {
            tx.audit_at(past.entity, &past.entity_id, &past.details, past.at)
        })?;
    }
    Ok(())
}

/// A day `days` ago at `hour`:`minute`, UTC (Acme's time zone).
fn ago(days: i64, hour: u32, minute: u32) -> DateTime<Utc> {
    let day = Utc::now().date_naive() - Duration::days(days);
    day.and_hms_opt(hour, minute, 0).map_or_else(Utc::now, |at| at.and_utc())
}

/// How a request of Acme's past ended, and when (days ago, hour, minute).
enum Outcome {
    /// Approved at both steps, the first with a note.
    Approved((i64, u32, u32), Option<&'static str>),
    /// Rejected at the manager's step, with the reason.
    Rejected((i64, u32, u32), &'static str),
    /// Approved, then cancelled by the requester before it started.
    Cancelled((i64, u32, u32), (i64, u32, u32)),
    /// Withdrawn by the requester while it waited for the manager.
    Withdrawn((i64, u32, u32)),
}

/// A leave request of Acme's past: whose (of the People team), its type and reason, its first day (the
/// first working day on or after `from` days from today), how many working days, when it was made and
/// how it ended.
struct PastRequest {
    who: usize,
    leave_type: &'static str,
    reason: Option<&'static str>,
    from: i64,
    days: u32,
    submitted: (i64, u32, u32),
    outcome: Outcome,
}

/// Acme's recent history, as its audit trail shows it: Hanna Richter (HR, and the People team's manager)
/// adding Berlin's own holiday and deciding her team's leave over the last seven weeks, with reasons for
/// the refusals; two of the team cancelling their own. The requests are real, in their final state; the
/// leave taken is over before the attendance seeded for the last two weeks.
pub(super) fn seed_history(conn: &Connection, acme: i64, hr: i64, hq: i64, team: &[i64]) -> ApiResult<Vec<Past>> {
    let hanna = Actor::Person { company_id: acme, employee_id: hr };
    let mut history = Vec::new();

    // Berlin's own holiday, International Women's Day, the one holiday of HQ alone.
    let (holiday_id, holiday): (i64, HolidayAttributes) = conn.query_row(
        "SELECT id, date, name, recurring FROM holidays WHERE company_id = ?1 AND branch_id = ?2 ORDER BY id LIMIT 1",
        [acme, hq],
        |r| {
            let attributes = HolidayAttributes {
                date: r.get(1)?,
                name: r.get(2)?,
                recurring: r.get(3)?,
                half_day: false,
                branch_id: Some(hq.to_string()),
            };
            Ok((r.get(0)?, attributes))
        },
    )?;
    history.push(Past {
        at: ago(44, 11, 20),
        actor: hanna,
        action: "holiday.create",
        entity: "holiday",
        entity_id: holiday_id.to_string(),
        details: json!({ "before": null, "after": holiday }),
    });

    let requests = [
        PastRequest {
            who: 0,
            leave_type: "annual",
            reason: Some("Long weekend in Lisbon"),
            from: -38,
            days: 3,
            submitted: (47, 16, 40),
            outcome: Outcome::Approved((46, 9, 5), None),
        },
        PastRequest {
            who: 1,
            leave_type: "annual",
            reason: Some("My sister's wedding"),
            from: -31,
            days: 5,
            submitted: (43, 14, 2),
            outcome: Outcome::Rejected(
                (42, 10, 15),
                "Quarter-end reviews are due that week. Could you move it by a week?",
            ),
        },
        PastRequest {
            who: 1,
            leave_type: "annual",
            reason: Some("My sister's wedding"),
            from: -24,
            days: 5,
            submitted: (42, 15, 30),
            outcome: Outcome::Approved((41, 9, 40), Some("Thanks for moving it. Enjoy the wedding!")),
        },
        PastRequest {
            who: 2,
            leave_type: "sick",
            reason: Some("Flu"),
            from: -35,
            days: 2,
            submitted: (35, 7, 55),
            outcome: Outcome::Approved((35, 10, 30), Some("Get well soon.")),
        },
        PastRequest {
            who: 3,
            leave_type: "annual",
            reason: None,
            from: -21,
            days: 2,
            submitted: (33, 11, 0),
            outcome: Outcome::Approved((32, 8, 50), None),
        },
        PastRequest {
            who: 4,
            leave_type: "annual",
            reason: Some("Trip to see family"),
            from: 12,
            days: 4,
            submitted: (30, 13, 10),
            outcome: Outcome::Cancelled((29, 9, 30), (12, 17, 45)),
        },
        PastRequest {
            who: 0,
            leave_type: "sick",
            reason: Some("Migraine"),
            from: -28,
            days: 1,
            submitted: (28, 8, 10),
            outcome: Outcome::Approved((28, 9, 45), Some("Feel better!")),
        },
        PastRequest {
            who: 2,
            leave_type: "annual",
            reason: Some("Hiking in the Alps"),
            from: 40,
            days: 5,
            submitted: (9, 10, 0),
            outcome: Outcome::Rejected(
                (8, 9, 20),
                "The annual people review runs that fortnight. Can we find dates after it?",
            ),
        },
        PastRequest {
            who: 3,
            leave_type: "annual",
            reason: None,
            from: 25,
            days: 3,
            submitted: (6, 15, 0),
            outcome: Outcome::Withdrawn((5, 8, 30)),
        },
        PastRequest {
            who: 4,
            leave_type: "annual",
            reason: Some("Moving flat"),
            from: 45,
            days: 2,
            submitted: (3, 12, 0),
            outcome: Outcome::Approved((2, 9, 15), Some("Good luck with the move!")),
        },
    ];
    for request in &requests {
        history.extend(seed_past_request(conn, acme, hanna, team[request.who], request)?);
    }
    history.sort_by_key(|past| past.at);
    Ok(history)
}

/// The `days` working days of `calendar` from the first on or after `from`: the first and the last.
fn working_span(calendar: &WorkCalendar, from: NaiveDate, days: u32) -> (NaiveDate, NaiveDate) {
    let mut start = from;
    while !calendar.is_working_day(start) {
        start += Duration::days(1);
    }
    let mut end = start;
    while calendar.leave_days(&LeaveSpan::whole_days(start, end)) < LeaveDays::whole(i64::from(days)) {
        end += Duration::days(1);
    }
    (start, end)
}

/// Stores one request of the past in its final state, its approval steps as they were acted on, and
/// answers the changes made to it that the audit trail holds: the decisions and the cancellations.
fn seed_past_request(
    conn: &Connection,
    acme: i64,
    hanna: Actor,
    employee: i64,
    request: &PastRequest,
) -> ApiResult<Vec<Past>> {
    let Actor::Person { employee_id: hr, .. } = hanna else {
        return Err(ApiError::internal(anyhow::anyhow!("the demo's HR acts as a person")));
    };
    let calendar = holidays::calendar_of(conn, acme, employee)?;
    let (start, end) = working_span(&calendar, Utc::now().date_naive() + Duration::days(request.from), request.days);
    let leave_type: i64 = conn.query_row(
        "SELECT id FROM leave_types WHERE company_id = ?1 AND code = ?2",
        params![acme, request.leave_type],
        |r| r.get(0),
    )?;
    let when = |(days, hour, minute): (i64, u32, u32)| ago(days, hour, minute);
    // The manager's step, then HR's, both Hanna's (she manages the People team): when each was acted on,
    // and the note.
    let approved = |at| (when(at), when(at) + Duration::minutes(2));
    let (status, decided_at, steps) = match request.outcome {
        Outcome::Approved(at, note) => {
            let (first, second) = approved(at);
            ("approved", second, [("approved", Some(first), note), ("approved", Some(second), None)])
        }
        Outcome::Cancelled(at, cancelled) => {
            let (first, second) = approved(at);
            ("cancelled", when(cancelled), [("approved", Some(first), None), ("approved", Some(second), None)])
        }
        Outcome::Rejected(at, reason) => {
            ("rejected", when(at), [("rejected", Some(when(at)), Some(reason)), ("skipped", None, None)])
        }
        Outcome::Withdrawn(at) => ("cancelled", when(at), [("skipped", None, None), ("skipped", None, None)]),
    };
    let id: i64 = conn.query_row(
        "INSERT INTO leave_requests (company_id, employee_id, leave_type_id, start_date, end_date, days, reason,
             status, submitted_at, decided_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id",
        params![
            acme,
            employee,
            leave_type,
            start,
            end,
            calendar.leave_days(&LeaveSpan::whole_days(start, end)),
            request.reason,
            status,
            when(request.submitted),
            decided_at
        ],
        |r| r.get(0),
    )?;
    for (sequence, ((role, approver), (step_status, acted_at, notes))) in
        [("manager", Some(hr)), ("hr", None)].into_iter().zip(steps).enumerate()
    {
        conn.execute(
            "INSERT INTO approval_steps (leave_request_id, sequence, role, approver_id, status, acted_by, acted_at,
                 notes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![id, sequence as i64 + 1, role, approver, step_status, acted_at.map(|_| hr), acted_at, notes],
        )?;
    }

    let requester = Actor::Person { company_id: acme, employee_id: employee };
    let state = leave::audited_state;
    let event = |at: DateTime<Utc>, actor: Actor, action: &'static str, details: Value| Past {
        at,
        actor,
        action,
        entity: "leave_request",
        entity_id: id.to_string(),
        details,
    };
    let approvals = |at, note: Option<&str>| {
        let (first, second) = approved(at);
        [
            event(
                first,
                hanna,
                "leave.decide",
                leave::decision_details(
                    "manager",
                    Decision::Approve,
                    &state("pending", Some("manager")),
                    &state("pending", Some("hr")),
                    note,
                ),
            ),
            event(
                second,
                hanna,
                "leave.decide",
                leave::decision_details(
                    "hr",
                    Decision::Approve,
                    &state("pending", Some("hr")),
                    &state("approved", None),
                    None,
                ),
            ),
        ]
    };
    Ok(match request.outcome {
        Outcome::Approved(at, note) => approvals(at, note).into(),
        Outcome::Rejected(at, reason) => vec![event(
            when(at),
            hanna,
            "leave.decide",
            leave::decision_details(
                "manager",
                Decision::Reject,
                &state("pending", Some("manager")),
                &state("rejected", None),
                Some(reason),
            ),
        )],
        Outcome::Cancelled(at, cancelled) => {
            let mut events: Vec<Past> = approvals(at, None).into();
            let details = leave::cancellation_details(&state("approved", None), &state("cancelled", None));
            events.push(event(when(cancelled), requester, "leave.cancel", details));
            events
        }
        Outcome::Withdrawn(at) => {
            let details = leave::cancellation_details(&state("pending", Some("manager")), &state("cancelled", None));
            vec![event(when(at), requester, "leave.cancel", details)]
        }
    })
}
