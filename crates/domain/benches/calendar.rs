//! Counting leave days with a calendar, against counting them as before calendars existed.
//!
//! `cargo bench -p okta-hr-domain --bench calendar`: the same 200,000 requests (1 to 30 days long, spread
//! over three years) counted with Monday to Friday and no holidays (what every count was before), then
//! with a 30-entry calendar (Berlin's holidays, recurring and dated, plus company days), in one run.

use chrono::{Duration, NaiveDate};
use okta_hr_domain::calendar::{Holiday, LeaveSpan, WorkCalendar, easter_sunday};
use std::hint::black_box;
use std::time::Instant;

const REQUESTS: usize = 200_000;
const ROUNDS: usize = 5;

fn requests() -> Vec<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    // A fixed linear congruential sequence: the same requests in every run, without a dependency.
    let mut state: u64 = 0x5eed;
    let mut next = move |bound: u64| {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % bound
    };
    (0..REQUESTS)
        .map(|_| {
            let start = first + Duration::days(next(3 * 365) as i64);
            (start, start + Duration::days(next(30) as i64))
        })
        .collect()
}

/// Thirty entries: six fixed holidays recurring, those counted from Easter dated for three years, and
/// company days.
fn thirty_entry_calendar() -> WorkCalendar {
    let holiday = |date: NaiveDate, recurring| Holiday { date, name: "Holiday".to_owned(), recurring, half_day: false };
    let mut holidays: Vec<Holiday> = [(1, 1), (3, 8), (5, 1), (10, 3), (12, 25), (12, 26)]
        .into_iter()
        .map(|(month, day)| holiday(NaiveDate::from_ymd_opt(2026, month, day).unwrap(), true))
        .collect();
    for year in 2026..=2028 {
        let easter = easter_sunday(year).unwrap();
        for offset in [-2, 1, 39, 50] {
            holidays.push(holiday(easter + Duration::days(offset), false));
        }
    }
    let mut company_day = NaiveDate::from_ymd_opt(2026, 2, 2).unwrap();
    while holidays.len() < 30 {
        holidays.push(holiday(company_day, false));
        company_day += Duration::days(47);
    }
    WorkCalendar { holidays, ..WorkCalendar::default() }
}

/// The best of a few rounds, in nanoseconds per request.
fn per_request(calendar: &WorkCalendar, requests: &[(NaiveDate, NaiveDate)]) -> (f64, u64) {
    let mut best = f64::MAX;
    let mut total = 0;
    for _ in 0..ROUNDS {
        let started = Instant::now();
        total = requests
            .iter()
            .map(|&(start, end)| black_box(calendar).leave_days(&LeaveSpan::whole_days(start, end)).halves() as u64 / 2)
            .sum();
        best = best.min(started.elapsed().as_nanos() as f64 / requests.len() as f64);
    }
    (best, total)
}

fn main() {
    let requests = requests();
    let (plain, plain_days) = per_request(&WorkCalendar::default(), &requests);
    let calendar = thirty_entry_calendar();
    assert_eq!(calendar.holidays.len(), 30);
    let (with_holidays, days) = per_request(&calendar, &requests);
    println!("{REQUESTS} requests of 1 to 30 days, best of {ROUNDS} rounds");
    println!("Monday to Friday, no holidays (before calendars): {plain:.0} ns a request, {plain_days} days");
    println!("30-entry calendar:                                {with_holidays:.0} ns a request, {days} days");
    println!("ratio: {:.2}x", with_holidays / plain);
}
