//! Property tests of the rules the device and the server share: for any position, date range or input
//! the generators reach, the rule agrees with a plain restatement of what it promises the user.
//! proptest shrinks a failure to the smallest case and stores it under `proptest-regressions/`.

use chrono::{Datelike, Duration, NaiveDate};
use okta_hr_domain::calendar::{Half, Holiday, LeaveSpan, WorkCalendar, easter_sunday};
use okta_hr_domain::days::LeaveDays;
use okta_hr_domain::geofence::{Fix, Geofence, GeofencePolicy, Verdict, distance_m, format_distance};
use okta_hr_domain::leave::{Balance, LeaveProblem, check_request, overlaps, spans_overlap};
use okta_hr_domain::leave_year::LeaveYear;
use okta_hr_domain::lifecycle::{self, Transition, UserStatus};
use okta_hr_domain::validation::{Validator, is_email, parse_date, parse_datetime, parse_month};
use proptest::prelude::*;
use serde_json::{Map, Value, json};

/// Half the Earth's circumference: no two points are further apart.
const HALF_CIRCUMFERENCE_M: f64 = std::f64::consts::PI * 6_371_008.8;

fn latitude() -> impl Strategy<Value = f64> {
    -90.0..=90.0
}

fn longitude() -> impl Strategy<Value = f64> {
    -180.0..=180.0
}

fn fence() -> impl Strategy<Value = Geofence> {
    (latitude(), longitude(), 0.0..5_000.0).prop_map(|(latitude, longitude, radius_m)| Geofence {
        latitude,
        longitude,
        radius_m,
    })
}

/// A fix near the fence (where verdicts change) or anywhere on Earth, with any accuracy a phone reports.
fn fix_near(fence: Geofence) -> impl Strategy<Value = Fix> {
    let near = (-0.05..0.05f64, -0.05..0.05f64)
        .prop_map(move |(dlat, dlon)| ((fence.latitude + dlat).clamp(-90.0, 90.0), fence.longitude + dlon));
    let anywhere = (latitude(), longitude());
    (prop_oneof![3 => near, 1 => anywhere], proptest::option::of(-10.0..1_000.0f64))
        .prop_map(|((latitude, longitude), accuracy_m)| Fix { latitude, longitude, accuracy_m })
}

fn fence_and_fix() -> impl Strategy<Value = (Geofence, Fix)> {
    fence().prop_flat_map(|fence| (Just(fence), fix_near(fence)))
}

fn date() -> impl Strategy<Value = NaiveDate> {
    // 1990 to about 2090: leave is booked around now, and years turn over inside the range.
    (0i64..36_600).prop_map(|offset| NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + Duration::days(offset))
}

/// A range of up to three years, sometimes backwards (end before start).
fn date_range() -> impl Strategy<Value = (NaiveDate, NaiveDate)> {
    (date(), -30i64..1_100).prop_map(|(start, length)| (start, start + Duration::days(length)))
}

/// Two ranges whose ends are a few days apart, so touching and nearly-touching pairs are common.
fn close_ranges() -> impl Strategy<Value = ((NaiveDate, NaiveDate), (NaiveDate, NaiveDate))> {
    (date(), -3i64..15, -20i64..20, -3i64..15).prop_map(|(start, a_length, gap, b_length)| {
        let a = (start, start + Duration::days(a_length));
        let b_start = a.1 + Duration::days(gap);
        (a, (b_start, b_start + Duration::days(b_length)))
    })
}

fn days_of(start: NaiveDate, end: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    start.iter_days().take_while(move |day| *day <= end)
}

fn weekdays_between(start: NaiveDate, end: NaiveDate) -> i64 {
    days_of(start, end).filter(|day| day.weekday().number_from_monday() <= 5).count() as i64
}

fn half() -> impl Strategy<Value = Half> {
    prop_oneof![Just(Half::Morning), Just(Half::Afternoon)]
}

/// A span over `date_range`, starting and ending in either half (sometimes backwards, sometimes an
/// afternoon-to-morning day that covers nothing).
fn span() -> impl Strategy<Value = LeaveSpan> {
    (date_range(), half(), half()).prop_map(|((start, end), start_half, end_half)| LeaveSpan {
        start,
        start_half,
        end,
        end_half,
    })
}

/// A working week of any weekdays (sometimes none, sometimes with numbers that name no weekday), some
/// worked in the morning only, up to a dozen holidays near the ranges `date_range` makes, dated or
/// recurring, whole or half days, some on the same day, and a leave year starting in any month.
fn calendar() -> impl Strategy<Value = WorkCalendar> {
    let week = proptest::collection::vec(0u8..9, 0..8);
    let half_days = proptest::collection::vec(1u8..8, 0..3);
    let holiday = (date(), any::<bool>(), proptest::bool::weighted(0.3))
        .prop_map(|(date, recurring, half_day)| Holiday { date, name: "Holiday".to_owned(), recurring, half_day });
    let leave_year = (1u32..=12).prop_map(|month| LeaveYear::starting_in(month).unwrap());
    (week, half_days, proptest::collection::vec(holiday, 0..12), leave_year).prop_map(
        |(working_week, half_days, holidays, leave_year_starts)| WorkCalendar {
            working_week,
            half_days,
            holidays,
            leave_year_starts,
        },
    )
}

/// What the calendar promises, read day by day: the morning is worked on a day of the working week that no
/// whole-day holiday falls on; the afternoon too unless the day is a half day or a half-day holiday.
fn worked_halves_plainly(calendar: &WorkCalendar, day: NaiveDate) -> (bool, bool) {
    let weekday = day.weekday().number_from_monday() as u8;
    let in_week = calendar.working_week.contains(&weekday);
    let short_day = calendar.half_days.contains(&weekday);
    let on_the_day: Vec<&Holiday> = calendar
        .holidays
        .iter()
        .filter(|h| {
            h.date == day
                || (h.recurring
                    && h.date.year() <= day.year()
                    && (h.date.month(), h.date.day()) == (day.month(), day.day()))
        })
        .collect();
    let whole_holiday = on_the_day.iter().any(|h| !h.half_day);
    let half_holiday = on_the_day.iter().any(|h| h.half_day);
    (in_week && !whole_holiday, in_week && !short_day && !whole_holiday && !half_holiday)
}

/// The halves a span costs, read day by day: each worked half it covers.
fn cost_plainly(calendar: &WorkCalendar, span: &LeaveSpan) -> LeaveDays {
    let halves = days_of(span.start, span.end)
        .map(|day| {
            let (morning, afternoon) = worked_halves_plainly(calendar, day);
            let morning_covered = !(day == span.start && span.start_half == Half::Afternoon);
            let afternoon_covered = !(day == span.end && span.end_half == Half::Morning);
            i64::from(morning && morning_covered) + i64::from(afternoon && afternoon_covered)
        })
        .sum();
    LeaveDays::from_halves(halves)
}

/// The half-day slots a span covers, as (day, 0 morning / 1 afternoon).
fn slots(span: &LeaveSpan) -> Vec<(NaiveDate, u8)> {
    days_of(span.start, span.end)
        .flat_map(|day| [(day, 0u8), (day, 1u8)])
        .filter(|&(day, half)| {
            let morning_before_the_start = day == span.start && span.start_half == Half::Afternoon && half == 0;
            let afternoon_after_the_end = day == span.end && span.end_half == Half::Morning && half == 1;
            !morning_before_the_start && !afternoon_after_the_end
        })
        .collect()
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,300}".prop_map(Value::String),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Value::String),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z]{1,4}", inner, 0..4)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// Mostly the fields the validator is asked about, sometimes others it must ignore.
fn field_name() -> impl Strategy<Value = String> {
    let checked = ["name", "email", "start_date", "end_date", "latitude", "flag", "month", "count", "at"];
    prop_oneof![4 => proptest::sample::select(checked.to_vec()).prop_map(str::to_owned), 1 => "[a-z_]{1,12}"]
}

fn status() -> impl Strategy<Value = UserStatus> {
    proptest::sample::select(UserStatus::ALL.to_vec())
}

fn transition() -> impl Strategy<Value = Transition> {
    proptest::sample::select(Transition::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn distance_is_a_metric_bounded_by_half_the_earth(
        a in (latitude(), longitude()), b in (latitude(), longitude()), c in (latitude(), longitude()),
    ) {
        let ab = distance_m(a.0, a.1, b.0, b.1);
        prop_assert!((0.0..=HALF_CIRCUMFERENCE_M + 1.0).contains(&ab), "{ab}");
        prop_assert!((ab - distance_m(b.0, b.1, a.0, a.1)).abs() < 1e-6);
        prop_assert!(distance_m(a.0, a.1, a.0, a.1) < 1e-6);
        let via_c = distance_m(a.0, a.1, c.0, c.1) + distance_m(c.0, c.1, b.0, b.1);
        prop_assert!(ab <= via_c + 1e-3, "{ab} > {via_c}");
    }

    #[test]
    fn a_fix_is_accepted_exactly_within_the_radius_plus_its_capped_accuracy((fence, fix) in fence_and_fix()) {
        let policy = GeofencePolicy::default();
        let verdict = policy.evaluate(Some(&fence), Some(&fix));
        let accuracy = fix.accuracy_m.unwrap_or(0.0).max(0.0);
        let distance = distance_m(fence.latitude, fence.longitude, fix.latitude, fix.longitude);
        let allowed = fence.radius_m + accuracy.min(policy.accuracy_allowance_cap_m);
        if accuracy > policy.max_accuracy_m {
            prop_assert!(matches!(verdict, Verdict::TooImprecise { .. }), "{verdict:?}");
        } else {
            prop_assert_eq!(verdict.is_accepted(), distance <= allowed, "{:?}", verdict);
            prop_assert_eq!(verdict.distance_m(), Some(distance));
        }
        // Every refusal explains itself, and only refusals do.
        let refusal = verdict.refusal("HQ", "check in");
        prop_assert_eq!(refusal.is_some(), !verdict.is_accepted());
        if let Some(message) = refusal {
            prop_assert!(message.contains("HQ") || message.contains("imprecise"), "{message}");
        }
    }

    #[test]
    fn a_better_fix_or_a_wider_fence_never_turns_acceptance_into_refusal(
        (fence, fix) in fence_and_fix(), extra_radius in 0.0..1_000.0f64,
    ) {
        let policy = GeofencePolicy::default();
        if policy.evaluate(Some(&fence), Some(&fix)).is_accepted() {
            let wider = Geofence { radius_m: fence.radius_m + extra_radius, ..fence };
            prop_assert!(policy.evaluate(Some(&wider), Some(&fix)).is_accepted());
            // The same place with a tighter (or no) error estimate may fall outside only by the allowance
            // the error bought, never by more.
            let exact = Fix { accuracy_m: None, ..fix };
            if let Verdict::Outside { distance_m, allowed_m, .. } = policy.evaluate(Some(&fence), Some(&exact)) {
                prop_assert!(distance_m <= allowed_m + policy.accuracy_allowance_cap_m);
            }
        }
    }

    #[test]
    fn an_unfenced_branch_accepts_anything_and_a_fenced_one_needs_a_position(
        (fence, fix) in fence_and_fix(),
    ) {
        let policy = GeofencePolicy::default();
        prop_assert_eq!(policy.evaluate(None, Some(&fix)), Verdict::Unrestricted);
        prop_assert_eq!(policy.evaluate(Some(&fence), None), Verdict::LocationRequired);
    }

    #[test]
    fn distances_are_written_in_metres_or_kilometres(metres in -1e3..2.1e7f64) {
        let text = format_distance(metres);
        prop_assert!(text.ends_with(" m") || text.ends_with(" km"), "{text}");
        prop_assert!(!text.starts_with('-'), "{text}");
    }

    #[test]
    fn without_holidays_whole_days_are_the_weekdays_of_the_range((start, end) in date_range()) {
        let days = WorkCalendar::default().leave_days(&LeaveSpan::whole_days(start, end));
        prop_assert_eq!(days, LeaveDays::whole(weekdays_between(start, end)));
    }

    #[test]
    fn a_span_costs_the_worked_halves_a_plain_reading_of_the_calendar_keeps(calendar in calendar(), span in span()) {
        prop_assert_eq!(calendar.leave_days(&span), cost_plainly(&calendar, &span));
    }

    #[test]
    fn leave_split_by_leave_year_adds_up_and_stays_in_its_years(calendar in calendar(), span in span()) {
        let by_year = calendar.leave_days_by_year(&span);
        prop_assert_eq!(by_year.iter().map(|(_, days)| *days).sum::<LeaveDays>(), calendar.leave_days(&span));
        for window in by_year.windows(2) {
            prop_assert!(window[0].0 < window[1].0, "{by_year:?}");
        }
        let leave_year = calendar.leave_year_starts;
        for (year, days) in by_year {
            prop_assert!(days > LeaveDays::ZERO);
            let first = leave_year.first_day(year).unwrap();
            let last = leave_year.last_day(year).unwrap();
            prop_assert!(first <= span.end && span.start <= last);
            let part = LeaveSpan {
                start: span.start.max(first),
                start_half: if span.start >= first { span.start_half } else { Half::Morning },
                end: span.end.min(last),
                end_half: if span.end <= last { span.end_half } else { Half::Afternoon },
            };
            prop_assert_eq!(cost_plainly(&calendar, &part), days);
        }
    }

    #[test]
    fn a_holiday_lowers_the_cost_by_the_worked_halves_it_takes_and_elsewhere_nothing(
        calendar in calendar(), span in span(), offset in 0i64..1_200, recurring in any::<bool>(), half_day in any::<bool>(),
    ) {
        let day = span.start + Duration::days(offset);
        let mut with_holiday = calendar.clone();
        with_holiday.holidays.push(Holiday { date: day, name: "Added".to_owned(), recurring, half_day });
        let before = calendar.leave_days(&span);
        let taken: i64 = days_of(span.start, span.end)
            .map(|d| {
                let (m0, a0) = worked_halves_plainly(&calendar, d);
                let (m1, a1) = worked_halves_plainly(&with_holiday, d);
                let morning = !(d == span.start && span.start_half == Half::Afternoon);
                let afternoon = !(d == span.end && span.end_half == Half::Morning);
                i64::from(morning && m0 && !m1) + i64::from(afternoon && a0 && !a1)
            })
            .sum();
        prop_assert_eq!(with_holiday.leave_days(&span), before - LeaveDays::from_halves(taken));
        prop_assert!(with_holiday.leave_days(&span) <= before);
    }

    #[test]
    fn counting_over_a_split_span_is_the_sum_of_its_parts(calendar in calendar(), span in span(), cut in 0i64..1_200) {
        let middle = span.start + Duration::days(cut);
        if span.start <= middle && middle < span.end {
            let first = LeaveSpan { end: middle, end_half: Half::Afternoon, ..span };
            let second = LeaveSpan { start: middle.succ_opt().unwrap(), start_half: Half::Morning, ..span };
            prop_assert_eq!(calendar.leave_days(&span), calendar.leave_days(&first) + calendar.leave_days(&second));
        }
    }

    #[test]
    fn counting_is_monotone_in_the_span(calendar in calendar(), span in span(), earlier in 0i64..40, later in 0i64..40) {
        let wider = LeaveSpan { start: span.start - Duration::days(earlier), end: span.end + Duration::days(later), ..span };
        let whole = LeaveSpan { start_half: Half::Morning, end_half: Half::Afternoon, ..span };
        prop_assert!(calendar.leave_days(&wider) >= calendar.leave_days(&span));
        prop_assert!(calendar.leave_days(&whole) >= calendar.leave_days(&span));
        let days_in_range = ((span.end - span.start).num_days() + 1).max(0);
        prop_assert!(calendar.leave_days(&span) <= LeaveDays::whole(days_in_range));
    }

    #[test]
    fn booked_days_always_add_up_to_what_was_booked(calendar in calendar(), span in span(), booked in 0i64..1_600) {
        let booked = LeaveDays::from_halves(booked);
        let parts = calendar.booked_days_by_year(&span, booked);
        if span.start <= span.end {
            prop_assert_eq!(parts.iter().map(|(_, days)| *days).sum::<LeaveDays>(), booked);
            let years = calendar.leave_year_starts.of(span.start)..=calendar.leave_year_starts.of(span.end);
            prop_assert!(parts.iter().all(|&(year, days)| days > LeaveDays::ZERO && years.contains(&year)));
        }
        // Booked as today's calendar counts, each year gets exactly what it costs.
        let counted = calendar.leave_days(&span);
        if span.is_ordered() {
            prop_assert_eq!(calendar.booked_days_by_year(&span, counted), calendar.leave_days_by_year(&span));
        }
    }

    #[test]
    fn a_calendar_survives_the_wire(calendar in calendar()) {
        let json = serde_json::to_string(&calendar).unwrap();
        prop_assert_eq!(serde_json::from_str::<WorkCalendar>(&json).unwrap(), calendar);
    }

    #[test]
    fn every_day_falls_in_the_leave_year_that_holds_it(day in date(), month in 1u32..=12) {
        let leave_year = LeaveYear::starting_in(month).unwrap();
        let year = leave_year.of(day);
        prop_assert!(leave_year.first_day(year).unwrap() <= day && day <= leave_year.last_day(year).unwrap());
        prop_assert_eq!(leave_year.first_day(year + 1).unwrap().pred_opt().unwrap(), leave_year.last_day(year).unwrap());
        prop_assert!((365..=366).contains(&leave_year.length(year)));
    }

    #[test]
    fn easter_is_a_sunday_between_22_march_and_25_april(year in 1583i32..4_000) {
        let easter = easter_sunday(year).unwrap();
        prop_assert_eq!(easter.weekday(), chrono::Weekday::Sun);
        prop_assert_eq!(easter.year(), year);
        let (march_22, april_25) =
            (NaiveDate::from_ymd_opt(year, 3, 22).unwrap(), NaiveDate::from_ymd_opt(year, 4, 25).unwrap());
        prop_assert!(march_22 <= easter && easter <= april_25, "{easter}");
    }

    #[test]
    fn ranges_overlap_exactly_when_they_share_a_day((a, b) in close_ranges()) {
        let shared = days_of(a.0, a.1).any(|day| b.0 <= day && day <= b.1);
        // A backwards range covers no day, but `overlaps` is only ever asked about forward ranges.
        if a.0 <= a.1 && b.0 <= b.1 {
            prop_assert_eq!(overlaps(a, b), shared);
        }
        prop_assert_eq!(overlaps(a, b), overlaps(b, a));
    }

    #[test]
    fn spans_overlap_exactly_when_they_share_a_half_day(((a, b), halves) in (close_ranges(), (half(), half(), half(), half()))) {
        let a = LeaveSpan { start: a.0, start_half: halves.0, end: a.1, end_half: halves.1 };
        let b = LeaveSpan { start: b.0, start_half: halves.2, end: b.1, end_half: halves.3 };
        if a.is_ordered() && b.is_ordered() {
            let theirs = slots(&b);
            prop_assert_eq!(spans_overlap(&a, &b), slots(&a).iter().any(|slot| theirs.contains(slot)));
        }
        prop_assert_eq!(spans_overlap(&a, &b), spans_overlap(&b, &a));
    }

    #[test]
    fn a_leave_request_is_accepted_only_when_every_year_can_pay_for_it(
        calendar in calendar(),
        span in span(),
        existing in proptest::collection::vec(span(), 0..3),
        entitled in 0i64..80, used in 0i64..80, pending in 0i64..80,
    ) {
        let balance = Balance {
            entitled: LeaveDays::from_halves(entitled),
            used: LeaveDays::from_halves(used),
            pending: LeaveDays::from_halves(pending),
        };
        let existing: Vec<_> = existing.into_iter().filter(LeaveSpan::is_ordered).collect();
        match check_request(&calendar, &span, "Annual Leave", &existing, |_| balance) {
            Ok(days) => {
                prop_assert_eq!(days, cost_plainly(&calendar, &span));
                prop_assert!(days > LeaveDays::ZERO);
                prop_assert!(!existing.iter().any(|other| spans_overlap(&span, other)));
                for (_, requested) in calendar.leave_days_by_year(&span) {
                    prop_assert!(requested <= balance.remaining());
                }
            }
            Err(LeaveProblem::NoWorkingDays) => prop_assert_eq!(calendar.leave_days(&span), LeaveDays::ZERO),
            Err(LeaveProblem::Overlap { start: s, end: e }) => {
                prop_assert!(existing.iter().any(|other| (other.start, other.end) == (s, e) && spans_overlap(&span, other)));
            }
            Err(LeaveProblem::InsufficientBalance { requested, available, .. }) => {
                prop_assert!(requested > balance.remaining());
                prop_assert_eq!(available, balance.remaining().max(LeaveDays::ZERO));
            }
            Err(other) => prop_assert!(false, "{other} is the policy's, not checked here"),
        }
    }

    #[test]
    fn the_validator_answers_any_json_without_panicking_and_one_error_per_failed_field(
        fields in proptest::collection::btree_map(field_name(), any_json(), 0..8),
    ) {
        let input: Map<String, Value> = fields.into_iter().collect();
        let mut validator = Validator::new(&input);
        let string = validator.required_string("name", Some(50));
        let email = validator.required_email("email");
        let start = validator.required_date("start_date");
        let end = validator.optional_date("end_date");
        let latitude = validator.optional_number_between("latitude", -90.0, 90.0);
        let flag = validator.optional_bool("flag");
        let month = validator.optional_month("month");
        validator.optional_integer("count");
        validator.optional_datetime("at");
        if let Some(start) = start {
            validator.after_or_equal("end_date", end, start, "start date");
        }
        let passed = [string.is_some(), email.is_some(), start.is_some()];
        match validator.finish() {
            Ok(()) => prop_assert!(passed.iter().all(|ok| *ok)),
            Err(errors) => {
                prop_assert!(!errors.message().is_empty());
                for messages in errors.0.values() {
                    prop_assert_eq!(messages.len(), 1, "{:?}", messages);
                }
                prop_assert_eq!(errors.has("name"), string.is_none());
                prop_assert_eq!(errors.has("email"), email.is_none());
                prop_assert_eq!(errors.has("start_date"), start.is_none());
                prop_assert!(latitude.is_none_or(|l| (-90.0..=90.0).contains(&l)));
                prop_assert!(!(errors.has("flag") && flag.is_some()));
                prop_assert!(!(errors.has("month") && month.is_some()));
            }
        }
    }

    #[test]
    fn strings_pass_when_present_and_short_enough(text in ".{0,80}", max in 1usize..60) {
        let input: Map<String, Value> = [("name".to_owned(), json!(text))].into_iter().collect();
        let mut validator = Validator::new(&input);
        let value = validator.required_string("name", Some(max));
        let trimmed = text.trim();
        prop_assert_eq!(value.is_some(), !trimmed.is_empty() && trimmed.chars().count() <= max);
        if let Some(value) = value {
            prop_assert_eq!(value, trimmed);
        }
    }

    #[test]
    fn dates_months_and_instants_read_back_what_was_written(day in date(), hour in 0u32..24, minute in 0u32..60) {
        prop_assert_eq!(parse_date(&day.to_string()), Some(day));
        prop_assert_eq!(parse_month(&day.format("%Y-%m").to_string()), Some((day.year(), day.month())));
        let instant = day.and_hms_opt(hour, minute, 0).unwrap().and_utc();
        prop_assert_eq!(parse_datetime(&instant.to_rfc3339()), Some(instant));
        prop_assert_eq!(parse_date(&instant.to_rfc3339()), Some(day));
    }

    #[test]
    fn parsers_refuse_garbage_without_panicking(text in ".{0,40}") {
        let _ = (parse_date(&text), parse_datetime(&text), parse_month(&text));
        if let Some((year, month)) = parse_month(&text) {
            prop_assert!((1..=12).contains(&month) && (0..=9999).contains(&year));
        }
    }

    #[test]
    fn ordinary_addresses_are_emails_and_spaced_or_at_less_ones_are_not(
        local in "[a-z0-9._%+-]{1,20}", domain in "[a-z0-9]{1,10}(\\.[a-z0-9]{1,10}){1,3}", junk in ".{0,30}",
    ) {
        let (address, spaced, at_less) = (format!("{local}@{domain}"), format!("{local} @{domain}"), local + &domain);
        prop_assert!(is_email(&address));
        prop_assert!(!is_email(&spaced));
        prop_assert!(!is_email(&at_less));
        if junk.chars().any(char::is_whitespace) || !junk.contains('@') {
            prop_assert!(!is_email(&junk));
        }
    }

    #[test]
    fn the_app_offers_exactly_the_transitions_the_server_allows(
        status in status(), transition in transition(), has_password in any::<bool>(),
    ) {
        let verdict = lifecycle::apply(status, transition, has_password);
        prop_assert_eq!(lifecycle::available(status, has_password).contains(&transition), verdict.is_ok());
        match verdict {
            // Whatever a transition leads to, the user can still be deactivated and then deleted.
            Ok(next) => {
                if next != UserStatus::Deprovisioned {
                    prop_assert!(lifecycle::apply(next, Transition::Deactivate, has_password).is_ok());
                }
                prop_assert_eq!(
                    lifecycle::apply(UserStatus::Deprovisioned, Transition::Delete, has_password),
                    Ok(UserStatus::Deprovisioned)
                );
            }
            // A refusal is Okta's: 400 or 403 with an error code, never a server error.
            Err(refusal) => {
                prop_assert!(refusal.http_status == 400 || refusal.http_status == 403);
                prop_assert!(refusal.code.starts_with("E0000"));
            }
        }
        // Only the statuses that sign out a device refuse its next sign-in.
        if lifecycle::sign_out_reason(status).is_some() {
            prop_assert!(lifecycle::sign_in_refusal(status).is_some());
        }
        // A dismissal always signs the devices out, with a reason a device can tell apart.
        if lifecycle::dismisses(status) {
            prop_assert!(lifecycle::sign_out_reason(status).is_some());
        }
        prop_assert_eq!(
            lifecycle::sign_out_reason(status).is_some_and(lifecycle::is_dismissal_reason),
            lifecycle::dismisses(status)
        );
    }

    /// Of the punches a dismissed person's phone still holds, exactly those recorded before the dismissal
    /// are delivered, and which ones does not depend on how far apart they are.
    #[test]
    fn only_punches_recorded_before_a_dismissal_outlive_it(
        dismissed in 0i64..4_000_000_000,
        offsets in proptest::collection::vec(-86_400_000i64..86_400_000, 1..20),
    ) {
        let at = |ms: i64| chrono::DateTime::<chrono::Utc>::from_timestamp_millis(ms).unwrap();
        for offset in offsets {
            let kept = lifecycle::punch_outlives_dismissal(at(dismissed + offset), at(dismissed));
            prop_assert_eq!(kept, offset < 0);
        }
    }
}

/// Shifts and attendance corrections: which shift applies, overnight arithmetic, late and early flags,
/// forgotten punches, and the times a correction may set.
mod shifts_and_corrections {
    use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
    use okta_hr_domain::corrections::{Span, corrected_span, spans_overlap};
    use okta_hr_domain::shifts::{Assignment, Shift, auto_close, occurrence_of, shift_on};
    use proptest::prelude::*;

    fn day() -> impl Strategy<Value = NaiveDate> {
        (0i64..3_000).prop_map(|offset| NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + Duration::days(offset))
    }

    /// A time of day to the minute.
    fn clock() -> impl Strategy<Value = NaiveTime> {
        (0u32..24 * 60).prop_map(|minute| NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).unwrap())
    }

    fn shift() -> impl Strategy<Value = Shift> {
        (clock(), clock(), 0u32..90, 0u32..90, 0u32..300).prop_map(
            |(starts_at, ends_at, late_grace_minutes, early_grace_minutes, auto_close_after_minutes)| Shift {
                starts_at,
                ends_at,
                late_grace_minutes,
                early_grace_minutes,
                auto_close_after_minutes,
            },
        )
    }

    fn moment() -> impl Strategy<Value = NaiveDateTime> {
        (day(), clock()).prop_map(|(day, time)| day.and_time(time))
    }

    fn assignments() -> impl Strategy<Value = Vec<Assignment<usize>>> {
        proptest::collection::vec((day(), proptest::option::of(0i64..400)), 0..6).prop_map(|spans| {
            spans
                .into_iter()
                .enumerate()
                .map(|(shift, (from, length))| Assignment { from, to: length.map(|l| from + Duration::days(l)), shift })
                .collect()
        })
    }

    /// An instant on one day, to the minute, and spans around it.
    fn instant() -> impl Strategy<Value = DateTime<Utc>> {
        (0i64..3 * 24 * 60)
            .prop_map(|minute| "2026-11-20T00:00:00Z".parse::<DateTime<Utc>>().unwrap() + Duration::minutes(minute))
    }

    fn span() -> impl Strategy<Value = Span> {
        (instant(), proptest::option::of(1i64..20 * 60))
            .prop_map(|(start, length)| (start, length.map(|minutes| start + Duration::minutes(minutes))))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn the_shift_of_a_day_is_the_latest_assignment_covering_it(assignments in assignments(), on in day()) {
            match shift_on(&assignments, on) {
                None => prop_assert!(assignments.iter().all(|a| !a.covers(on))),
                Some(&chosen) => {
                    let winner = &assignments[chosen];
                    prop_assert!(winner.covers(on));
                    for (made, other) in assignments.iter().enumerate().filter(|(_, a)| a.covers(on)) {
                        prop_assert!((other.from, made) <= (winner.from, chosen));
                    }
                }
            }
        }

        #[test]
        fn a_shift_lasts_up_to_a_day_and_ends_the_next_day_only_overnight(shift in shift(), on in day()) {
            let occurrence = shift.on(on);
            let length = occurrence.end - occurrence.start;
            prop_assert!(length > Duration::zero() && length <= Duration::hours(24), "{length}");
            prop_assert_eq!(occurrence.start.date(), on);
            let next_day = on.succ_opt().unwrap();
            prop_assert_eq!(occurrence.end.date(), if shift.overnight() { next_day } else { on });
            prop_assert_eq!(length.num_minutes(), shift.length_minutes());
        }

        #[test]
        fn late_only_gets_later_and_early_only_gets_earlier(shift in shift(), on in day(), a in moment(), b in moment()) {
            let occurrence = shift.on(on);
            let (earlier, later) = if a <= b { (a, b) } else { (b, a) };
            prop_assert!(!occurrence.is_late(earlier) || occurrence.is_late(later));
            prop_assert!(!occurrence.left_early(later) || occurrence.left_early(earlier));
            prop_assert!(!occurrence.is_late(occurrence.start));
            prop_assert!(!occurrence.left_early(occurrence.end));
        }

        #[test]
        fn a_forgotten_punch_closes_after_its_check_in_at_its_shifts_end(
            today in shift(), yesterday in proptest::option::of(shift()), check_in in moment(),
        ) {
            let shift_of = |d: NaiveDate| if d == check_in.date() { Some(today) } else { yesterday };
            let occurrence = occurrence_of(check_in, shift_of);
            if let Some(occurrence) = occurrence {
                prop_assert!(occurrence.day == check_in.date() || Some(occurrence.day) == check_in.date().pred_opt());
                prop_assert!(check_in < occurrence.end);
            }
            let close = auto_close(check_in, occurrence.as_ref());
            prop_assert!(close.close_at > check_in);
            prop_assert!(close.due_at >= close.close_at);
            match occurrence {
                Some(occurrence) => prop_assert_eq!(close.close_at, occurrence.end),
                None => prop_assert_eq!(close.close_at, check_in.date().succ_opt().unwrap().and_time(NaiveTime::MIN)),
            }
        }

        #[test]
        fn a_correction_the_rules_accept_is_past_ordered_short_and_alone(
            current in proptest::option::of(span()), check_in in proptest::option::of(instant()),
            check_out in proptest::option::of(instant()), now in instant(),
            others in proptest::collection::vec(span(), 0..4),
        ) {
            if let Ok((start, end)) = corrected_span(current, check_in, check_out, now, &others) {
                prop_assert!(check_in.is_none_or(|at| at <= now) && check_out.is_none_or(|at| at <= now));
                if let Some(end) = end {
                    prop_assert!(start < end && end - start <= Duration::hours(24));
                }
                prop_assert!(current.is_some() || end.is_some(), "a missing record is added closed");
                prop_assert!(others.iter().all(|other| !spans_overlap((start, end), *other)));
                prop_assert_ne!(Some((start, end)), current);
            }
        }

        #[test]
        fn overlap_is_symmetric_and_a_record_overlaps_itself(a in span(), b in span()) {
            prop_assert_eq!(spans_overlap(a, b), spans_overlap(b, a));
            prop_assert!(spans_overlap(a, a));
        }
    }
}

/// Leave policies: counting, notice, proration, accrual and the year-end.
mod leave_policy_properties {
    use chrono::{Duration, NaiveDate};
    use okta_hr_domain::calendar::{LeaveSpan, WorkCalendar};
    use okta_hr_domain::days::LeaveDays;
    use okta_hr_domain::leave::{Balance, LeaveProblem};
    use okta_hr_domain::leave_policy::{
        DayCounting, RequestPolicy, accrual_for, carried_days_lapsing, monthly_accrual, year_end, yearly_grant,
    };
    use okta_hr_domain::leave_year::LeaveYear;
    use proptest::prelude::*;

    fn day() -> impl Strategy<Value = NaiveDate> {
        (0i64..36_600).prop_map(|offset| NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + Duration::days(offset))
    }

    fn leave_year() -> impl Strategy<Value = LeaveYear> {
        (1u32..=12).prop_map(|month| LeaveYear::starting_in(month).unwrap())
    }

    fn days(halves: i64) -> LeaveDays {
        LeaveDays::from_halves(halves)
    }

    proptest! {
        #[test]
        fn twelve_months_of_accrual_add_up_to_the_allowance(allowance in 0i64..400) {
            let months: Vec<LeaveDays> = (1..=12).map(|index| monthly_accrual(allowance, index)).collect();
            prop_assert_eq!(months.iter().copied().sum::<LeaveDays>(), LeaveDays::whole(allowance));
            prop_assert!(months.iter().all(|&m| m >= LeaveDays::ZERO && m.halves() * 12 <= 2 * allowance + 12));
        }

        #[test]
        fn a_joiner_accrues_no_more_than_someone_there_all_year(allowance in 0i64..60, hired in day(), leave_year in leave_year()) {
            let year = leave_year.of(hired);
            let accrued_in = |year: i32| -> LeaveDays {
                (1..=12)
                    .map(|index| {
                        let (calendar_year, month) = leave_year.calendar_month(year, index);
                        let (label, days) = accrual_for(allowance, Some(hired), leave_year, calendar_year, month);
                        assert_eq!(label, year);
                        days
                    })
                    .sum()
            };
            prop_assert!(accrued_in(year) <= LeaveDays::whole(allowance));
            prop_assert_eq!(accrued_in(year + 1), LeaveDays::whole(allowance));
        }

        #[test]
        fn a_prorated_grant_is_between_nothing_and_the_allowance_and_earlier_joiners_get_more(
            allowance in 0i64..60, hired in day(), later in 0i64..400, leave_year in leave_year(),
        ) {
            let year = leave_year.of(hired);
            let grant = yearly_grant(allowance, true, Some(hired), leave_year, year);
            prop_assert!(LeaveDays::ZERO <= grant && grant <= LeaveDays::whole(allowance));
            let later_joiner = hired + Duration::days(later);
            if leave_year.of(later_joiner) == year {
                prop_assert!(yearly_grant(allowance, true, Some(later_joiner), leave_year, year) <= grant);
            }
            prop_assert_eq!(yearly_grant(allowance, false, Some(hired), leave_year, year), LeaveDays::whole(allowance));
            if Some(hired) == leave_year.first_day(year) {
                prop_assert_eq!(grant, LeaveDays::whole(allowance));
            }
        }

        #[test]
        fn the_year_end_never_carries_more_than_the_cap_and_loses_nothing(remaining in -100i64..200, cap in 0i64..30) {
            let end = year_end(days(remaining), cap);
            prop_assert!(end.carried <= LeaveDays::whole(cap) && end.carried >= LeaveDays::ZERO && end.lapsed >= LeaveDays::ZERO);
            prop_assert_eq!(end.carried + end.lapsed, days(remaining).max(LeaveDays::ZERO));
        }

        #[test]
        fn carried_days_lapse_only_when_not_drawn_on(carried in 0i64..60, drawn in -10i64..80) {
            let lapsing = carried_days_lapsing(days(carried), days(drawn));
            prop_assert!(LeaveDays::ZERO <= lapsing && lapsing <= days(carried));
            prop_assert_eq!(lapsing.is_zero(), drawn.max(0) >= carried);
        }

        #[test]
        fn calendar_day_counting_counts_every_day(start in day(), length in 0i64..800) {
            let end = start + Duration::days(length);
            let calendar = DayCounting::CalendarDays.calendar(&WorkCalendar::default());
            prop_assert_eq!(calendar.leave_days(&LeaveSpan::whole_days(start, end)), LeaveDays::whole(length + 1));
        }

        #[test]
        fn a_request_with_less_notice_than_the_type_asks_is_refused_whatever_else(
            // A start before today is the date validation's to refuse, before any policy.
            today in day(), ahead in 0i64..40, notice in 0i64..30, negative in 0i64..5,
        ) {
            let policy = RequestPolicy {
                counting: DayCounting::WorkingDays,
                min_notice_days: notice,
                negative_allowance: negative,
                half_days: true,
            };
            let start = today + Duration::days(ahead);
            let roomy = |_| Balance { entitled: LeaveDays::whole(1_000), ..Balance::default() };
            let span = LeaveSpan::whole_days(start, start + Duration::days(6));
            let verdict = policy.check_request(today, &WorkCalendar::default(), &span, "Annual", &[], roomy);
            if ahead < notice {
                prop_assert_eq!(verdict, Err(LeaveProblem::TooLittleNotice { days: notice }));
            } else {
                prop_assert!(verdict.is_ok());
            }
        }

        #[test]
        fn a_negative_allowance_is_exactly_how_far_a_balance_may_be_overdrawn(
            remaining in -6i64..20, negative in 0i64..5, length in 0i64..14,
        ) {
            let policy = RequestPolicy {
                counting: DayCounting::CalendarDays,
                min_notice_days: 0,
                negative_allowance: negative,
                half_days: true,
            };
            let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
            let balance = |_| Balance { entitled: days(remaining), ..Balance::default() };
            let span = LeaveSpan::whole_days(today, today + Duration::days(length));
            let verdict = policy.check_request(today, &WorkCalendar::default(), &span, "Annual", &[], balance);
            prop_assert_eq!(verdict.is_ok(), 2 * (length + 1) <= remaining + 2 * negative, "{} days asked", length + 1);
        }
    }
}
