//! What an approver weighs a pending request against: the requester's balance and who else in their team
//! is off on those days. The server works it out, where every request is known, and ships it with the
//! listing: the device caches only the listing's first page and must show it offline.

use super::ledger::balance;
use super::{LeaveType, leave_type};
use crate::db::{Connection, OptionalExtension, params};
use crate::store::{StoreResult, holidays};
use chrono::NaiveDate;
use okta_hr_domain::calendar::WorkCalendar;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::leave::overlaps;
use okta_hr_domain::wire::{LeaveRequestAttributes, LeaveRequestBalance, OverlappingLeave};
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

/// How many overlapping requests a pending request carries: a card names a few people, and a team of
/// hundreds on holiday in August would otherwise make the cached listing megabytes.
const OVERLAPPING_LISTED: usize = 10;

/// Fills `balance`, `overlapping` and `overlapping_people` on the pending requests of a listing.
/// `visible` is whose leave the caller may see: `None` for HR (the company), a manager's reports
/// otherwise, so a manager never learns of another team's absences through their own team's requests.
pub fn add(
    conn: &Connection,
    company_id: i64,
    visible: Option<&[i64]>,
    requests: &mut [Resource<LeaveRequestAttributes>],
) -> StoreResult<()> {
    let mut types: HashMap<String, Option<LeaveType>> = HashMap::new();
    let mut calendars: HashMap<i64, WorkCalendar> = HashMap::new();
    // A page of a large company holds many requests of one team: its leave is read once for them all.
    let mut teams: HashMap<Team, Vec<usize>> = HashMap::new();
    for (index, request) in requests.iter_mut().enumerate().filter(|(_, r)| r.attributes.status == "pending") {
        let requester = requester_of(request);
        let a = &mut request.attributes;
        if !types.contains_key(&a.leave_type) {
            types.insert(a.leave_type.clone(), leave_type(conn, company_id, &a.leave_type)?);
        }
        let Some(Some(kind)) = types.get(&a.leave_type) else { continue };
        let calendar = match calendars.entry(requester) {
            Entry::Occupied(known) => known.into_mut(),
            Entry::Vacant(unknown) => unknown.insert(holidays::calendar_of(conn, company_id, requester)?),
        };
        let year = calendar.leave_year_starts.of(a.start_date);
        let b = balance(conn, calendar, requester, kind, year)?;
        a.balance = Some(LeaveRequestBalance {
            year,
            entitled: b.entitled,
            used: b.used,
            pending: b.pending,
            remaining: b.remaining(),
        });
        a.overlapping = Some(Vec::new());
        a.overlapping_people = Some(0);
        if let Some(team) = team_of(conn, company_id, requester)? {
            teams.entry(team).or_default().push(index);
        }
    }
    let visible: Option<HashSet<String>> = visible.map(|ids| ids.iter().map(i64::to_string).collect());
    for (team, waiting) in teams {
        let from = waiting.iter().map(|&i| requests[i].attributes.start_date).min().unwrap_or_default();
        let to = waiting.iter().map(|&i| requests[i].attributes.end_date).max().unwrap_or_default();
        let leave = team_leave(conn, company_id, team, (from, to))?;
        for index in waiting {
            let requester = requester_of(&requests[index]).to_string();
            let a = &mut requests[index].attributes;
            let off: Vec<&OverlappingLeave> = leave
                .iter()
                .filter(|o| {
                    o.employee_id != requester && overlaps((o.start_date, o.end_date), (a.start_date, a.end_date))
                })
                .filter(|o| visible.as_ref().is_none_or(|ids| ids.contains(&o.employee_id)))
                .collect();
            a.overlapping_people = Some(off.iter().map(|o| &o.employee_id).collect::<HashSet<_>>().len() as i64);
            a.overlapping = Some(off.into_iter().take(OVERLAPPING_LISTED).cloned().collect());
        }
    }
    Ok(())
}

fn requester_of(request: &Resource<LeaveRequestAttributes>) -> i64 {
    request.related_id("employee").and_then(|id| id.parse().ok()).unwrap_or_default()
}

/// Whom "who covers for them" asks about: the requester's manager and the manager's other reports, or,
/// for someone who reports to nobody, their department. Not the company: everyone off in it says nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Team {
    Manager(i64),
    Department(i64),
}

fn team_of(conn: &Connection, company_id: i64, employee_id: i64) -> StoreResult<Option<Team>> {
    let placement: Option<(Option<i64>, Option<i64>)> = conn
        .prepare_cached("SELECT manager_id, department_id FROM employees WHERE id = ?1 AND company_id = ?2")?
        .query_row([employee_id, company_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(match placement {
        Some((Some(manager), _)) => Some(Team::Manager(manager)),
        Some((None, Some(department))) => Some(Team::Department(department)),
        _ => None,
    })
}

/// The team's approved and pending leave sharing a day with `days`, earliest first.
fn team_leave(
    conn: &Connection,
    company_id: i64,
    team: Team,
    (start, end): (NaiveDate, NaiveDate),
) -> StoreResult<Vec<OverlappingLeave>> {
    let (members, anchor) = match team {
        Team::Manager(manager) => ("(e.manager_id = ?2 OR e.id = ?2)", manager),
        Team::Department(department) => ("e.department_id = ?2", department),
    };
    let sql = format!(
        "SELECT r.id, r.employee_id, e.first_name || ' ' || e.last_name, r.start_date, r.end_date, r.status
         FROM employees e JOIN leave_requests r ON r.employee_id = e.id
         WHERE e.company_id = ?1 AND {members}
           AND r.status IN ('pending', 'approved') AND r.start_date <= ?3 AND r.end_date >= ?4
         ORDER BY r.start_date, e.last_name, e.first_name, r.id"
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_map(params![company_id, anchor, end, start], |r| {
            Ok(OverlappingLeave {
                leave_request_id: r.get::<_, i64>(0)?.to_string(),
                employee_id: r.get::<_, i64>(1)?.to_string(),
                employee_name: r.get(2)?,
                start_date: r.get(3)?,
                end_date: r.get(4)?,
                status: r.get(5)?,
            })
        })?
        .collect::<crate::db::Result<Vec<_>>>()?)
}
