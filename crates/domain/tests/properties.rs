//! Property tests of the rules the device and the server share: for any position, date range or input
//! the generators reach, the rule agrees with a plain restatement of what it promises the user.
//! proptest shrinks a failure to the smallest case and stores it under `proptest-regressions/`.

use chrono::{Datelike, Duration, NaiveDate};
use okta_hr_domain::geofence::{Fix, Geofence, GeofencePolicy, Verdict, distance_m, format_distance};
use okta_hr_domain::leave::{Balance, LeaveProblem, check_request, overlaps, working_days, working_days_by_year};
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

fn weekdays_between(start: NaiveDate, end: NaiveDate) -> u32 {
    days_of(start, end).filter(|day| day.weekday().number_from_monday() <= 5).count() as u32
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
    fn working_days_are_the_weekdays_of_the_range((start, end) in date_range()) {
        prop_assert_eq!(working_days(start, end), weekdays_between(start, end));
    }

    #[test]
    fn working_days_split_by_year_add_up_and_stay_in_their_years((start, end) in date_range()) {
        let by_year = working_days_by_year(start, end);
        prop_assert_eq!(by_year.iter().map(|(_, days)| days).sum::<u32>(), working_days(start, end));
        for window in by_year.windows(2) {
            prop_assert!(window[0].0 < window[1].0, "{by_year:?}");
        }
        for (year, days) in by_year {
            prop_assert!(days > 0);
            prop_assert!((start.year()..=end.year()).contains(&year));
            let in_year = days_of(start, end).filter(|day| day.year() == year);
            prop_assert_eq!(in_year.filter(|day| day.weekday().number_from_monday() <= 5).count() as u32, days);
        }
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
    fn a_leave_request_is_accepted_only_when_every_year_can_pay_for_it(
        (start, end) in date_range(),
        existing in proptest::collection::vec(date_range(), 0..3),
        entitled in 0i64..40, used in 0i64..40, pending in 0i64..40,
    ) {
        let balance = Balance { entitled, used, pending };
        let existing: Vec<_> = existing.into_iter().filter(|(s, e)| s <= e).collect();
        match check_request(start, end, "Annual Leave", &existing, |_| balance) {
            Ok(days) => {
                prop_assert_eq!(days, working_days(start, end));
                prop_assert!(days > 0);
                prop_assert!(!existing.iter().any(|other| overlaps((start, end), *other)));
                for (_, requested) in working_days_by_year(start, end) {
                    prop_assert!(i64::from(requested) <= balance.remaining());
                }
            }
            Err(LeaveProblem::NoWorkingDays) => prop_assert_eq!(working_days(start, end), 0),
            Err(LeaveProblem::Overlap { start: s, end: e }) => {
                prop_assert!(existing.contains(&(s, e)) && overlaps((start, end), (s, e)));
            }
            Err(LeaveProblem::InsufficientBalance { requested, available, .. }) => {
                prop_assert!(requested > balance.remaining());
                prop_assert_eq!(available, balance.remaining().max(0));
            }
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
    }
}
