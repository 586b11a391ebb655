//! Public holidays and working weeks: the calendar each person's leave is counted with.
//!
//! A person's calendar is their own working week, else their branch's, else the company's; the
//! company-wide holidays and their branch's; and the company's leave year.

use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::{StoreError, StoreResult};
use chrono::{Datelike, Duration, NaiveDate, Utc};
use okta_hr_domain::calendar::{Holiday, WorkCalendar, easter_sunday, parse_week};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::leave_year::LeaveYear;
use okta_hr_domain::wire::{HolidayAttributes, kind};

/// The calendar `employee_id`'s leave is counted with, every year's holidays included.
pub fn calendar_of(conn: &Connection, company_id: i64, employee_id: i64) -> StoreResult<WorkCalendar> {
    let placement: Option<(Option<i64>, String, u32)> = conn
        .prepare_cached(
            "SELECT e.branch_id, COALESCE(e.working_week, b.working_week, c.working_week), c.leave_year_start_month
             FROM employees e JOIN companies c ON c.id = e.company_id LEFT JOIN branches b ON b.id = e.branch_id
             WHERE e.id = ?1 AND e.company_id = ?2",
        )?
        .query_row([employee_id, company_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let (branch, week, start_month) = placement.ok_or_else(|| StoreError::not_found("Employee"))?;
    let holidays = conn
        .prepare_cached(
            "SELECT date, name, recurring, half_day FROM holidays
             WHERE company_id = ?1 AND (branch_id IS NULL OR branch_id = ?2) ORDER BY date, id",
        )?
        .query_map(params![company_id, branch], |r| {
            Ok(Holiday { date: r.get(0)?, name: r.get(1)?, recurring: r.get(2)?, half_day: r.get(3)? })
        })?
        .collect::<crate::db::Result<Vec<_>>>()?;
    let (working_week, half_days) = parse_week(&week);
    let leave_year_starts = LeaveYear::starting_in(start_month).unwrap_or_default();
    Ok(WorkCalendar { working_week, half_days, holidays, leave_year_starts })
}

/// The company's leave year.
pub fn leave_year_of(conn: &Connection, company_id: i64) -> StoreResult<LeaveYear> {
    let month: u32 = conn
        .prepare_cached("SELECT leave_year_start_month FROM companies WHERE id = ?1")?
        .query_row([company_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| StoreError::not_found("Company"))?;
    Ok(LeaveYear::starting_in(month).unwrap_or_default())
}

/// Makes the company's leave years start in `leave_year`'s month; answers the leave year before.
pub fn set_leave_year(conn: &Connection, company_id: i64, leave_year: LeaveYear) -> StoreResult<LeaveYear> {
    let before = leave_year_of(conn, company_id)?;
    conn.prepare_cached("UPDATE companies SET leave_year_start_month = ?1 WHERE id = ?2")?
        .execute(params![leave_year.start_month(), company_id])?;
    Ok(before)
}

fn from_row(r: &Row) -> crate::db::Result<Resource<HolidayAttributes>> {
    let attributes = HolidayAttributes {
        date: r.get(1)?,
        name: r.get(2)?,
        recurring: r.get(3)?,
        half_day: r.get(5)?,
        branch_id: r.get::<_, Option<i64>>(4)?.map(|id| id.to_string()),
    };
    Ok(Resource::new(kind::HOLIDAY, r.get::<_, i64>(0)?, attributes))
}

const COLUMNS: &str = "id, date, name, recurring, branch_id, half_day";

/// Whether `branch_id` is one of the company's branches.
pub fn is_branch_of(conn: &Connection, company_id: i64, branch_id: i64) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM branches WHERE id = ?1 AND company_id = ?2)")?
        .query_row([branch_id, company_id], |r| r.get(0))?)
}

/// The company's holidays falling in `year`, by date: a recurring one on its day in that year. With a
/// `branch`, only those that apply there: the company-wide ones and the branch's own.
pub fn in_year(
    conn: &Connection,
    company_id: i64,
    year: i32,
    branch: Option<i64>,
) -> StoreResult<Vec<Resource<HolidayAttributes>>> {
    let (jan_1, dec_31) = (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31));
    let (Some(jan_1), Some(dec_31)) = (jan_1, dec_31) else { return Ok(Vec::new()) };
    let in_year = "((recurring = 0 AND date >= ?2 AND date <= ?3) OR (recurring = 1 AND date <= ?3))";
    let mut holidays = match branch {
        Some(branch) => conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM holidays
                 WHERE company_id = ?1 AND {in_year} AND (branch_id IS NULL OR branch_id = ?4)"
            ))?
            .query_map(params![company_id, jan_1, dec_31, branch], from_row)?
            .collect::<crate::db::Result<Vec<_>>>()?,
        None => conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM holidays WHERE company_id = ?1 AND {in_year}"))?
            .query_map(params![company_id, jan_1, dec_31], from_row)?
            .collect::<crate::db::Result<Vec<_>>>()?,
    };
    for holiday in &mut holidays {
        let a = &mut holiday.attributes;
        let occurrence =
            Holiday { date: a.date, name: String::new(), recurring: a.recurring, half_day: a.half_day }.in_year(year);
        a.date = occurrence.unwrap_or(a.date);
    }
    holidays.retain(|h| h.attributes.date.year() == year);
    holidays.sort_by(|a, b| (a.attributes.date, &a.id).cmp(&(b.attributes.date, &b.id)));
    Ok(holidays)
}

pub struct NewHoliday {
    pub date: NaiveDate,
    pub name: String,
    pub recurring: bool,
    pub half_day: bool,
    pub branch_id: Option<i64>,
}

fn taken(conn: &Connection, company_id: i64, holiday: &NewHoliday) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM holidays
                 WHERE company_id = ?1 AND COALESCE(branch_id, 0) = COALESCE(?2, 0) AND date = ?3)",
        )?
        .query_row(params![company_id, holiday.branch_id, holiday.date], |r| r.get(0))?)
}

fn insert(conn: &Connection, company_id: i64, holiday: &NewHoliday) -> StoreResult<Resource<HolidayAttributes>> {
    Ok(conn
        .prepare_cached(&format!(
            "INSERT INTO holidays (company_id, branch_id, date, name, recurring, half_day, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING {COLUMNS}"
        ))?
        .query_row(
            params![
                company_id,
                holiday.branch_id,
                holiday.date,
                holiday.name,
                holiday.recurring,
                holiday.half_day,
                Utc::now()
            ],
            from_row,
        )?)
}

/// Adds a holiday; one per day in each scope (the company, or one branch).
///
/// Requests already made keep the days they were booked with: a holiday added later gives nobody days
/// back (see `WorkCalendar::booked_days_by_year`), only requests made from now on cost less.
pub fn add(conn: &Connection, company_id: i64, holiday: &NewHoliday) -> StoreResult<Resource<HolidayAttributes>> {
    if let Some(branch) = holiday.branch_id
        && !is_branch_of(conn, company_id, branch)?
    {
        return Err(StoreError::invalid("branch_id", "The selected branch id is invalid."));
    }
    if taken(conn, company_id, holiday)? {
        return Err(StoreError::invalid("date", "The date has already been taken."));
    }
    insert(conn, company_id, holiday)
}

/// Adds each holiday whose day is free in its scope, in order; answers those added and how many were
/// skipped as already there.
pub fn import(
    conn: &Connection,
    company_id: i64,
    holidays: &[NewHoliday],
) -> StoreResult<(Vec<Resource<HolidayAttributes>>, usize)> {
    let mut imported = Vec::new();
    for holiday in holidays {
        if !taken(conn, company_id, holiday)? {
            imported.push(insert(conn, company_id, holiday)?);
        }
    }
    let skipped = holidays.len() - imported.len();
    Ok((imported, skipped))
}

/// Removes a holiday of the company and answers it as it was.
pub fn delete(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Resource<HolidayAttributes>> {
    let holiday = conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM holidays WHERE id = ?1 AND company_id = ?2"))?
        .query_row([id, company_id], from_row)
        .optional()?
        .ok_or_else(|| StoreError::not_found("Holiday"))?;
    conn.prepare_cached("DELETE FROM holidays WHERE id = ?1 AND company_id = ?2")?.execute([id, company_id])?;
    Ok(holiday)
}

/// Berlin's public holidays for the demo company from `year` on: the fixed ones recurring, those
/// counted from Easter dated for `year` and the next; International Women's Day, Berlin's own, for
/// `berlin` (the branch there) only; and the afternoons of Christmas Eve and New Year's Eve, which the
/// company gives everyone.
pub fn seed_berlin(conn: &Connection, company_id: i64, berlin: i64, year: i32) -> StoreResult<()> {
    let day = |month, day| NaiveDate::from_ymd_opt(year, month, day);
    let fixed = [
        (day(1, 1), "New Year's Day", None),
        (day(3, 8), "International Women's Day", Some(berlin)),
        (day(5, 1), "Labour Day", None),
        (day(10, 3), "Day of German Unity", None),
        (day(12, 25), "Christmas Day", None),
        (day(12, 26), "Boxing Day", None),
    ];
    let mut holidays: Vec<NewHoliday> = fixed
        .into_iter()
        .filter_map(|(date, name, branch_id)| {
            Some(NewHoliday { date: date?, name: name.to_owned(), recurring: true, half_day: false, branch_id })
        })
        .collect();
    for (date, name) in [(day(12, 24), "Christmas Eve"), (day(12, 31), "New Year's Eve")] {
        if let Some(date) = date {
            holidays.push(NewHoliday { date, name: name.to_owned(), recurring: true, half_day: true, branch_id: None });
        }
    }
    for easter in [easter_sunday(year), easter_sunday(year + 1)].into_iter().flatten() {
        for (offset, name) in [(-2, "Good Friday"), (1, "Easter Monday"), (39, "Ascension Day"), (50, "Whit Monday")] {
            let date = easter + Duration::days(offset);
            holidays.push(NewHoliday {
                date,
                name: name.to_owned(),
                recurring: false,
                half_day: false,
                branch_id: None,
            });
        }
    }
    import(conn, company_id, &holidays)?;
    Ok(())
}
