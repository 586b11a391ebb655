//! Input validation with Laravel's rules and wording, so clients written against the Laravel API
//! read our 422s unchanged, and the app can show the very message the server would.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Field → messages, in the order the fields were checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ValidationErrors(pub IndexMap<String, Vec<String>>);

#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for ValidationErrors {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        <std::collections::BTreeMap<String, Vec<String>> as utoipa::PartialSchema>::schema()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for ValidationErrors {}

impl ValidationErrors {
    pub fn single(field: &str, message: impl Into<String>) -> Self {
        let mut errors = Self::default();
        errors.add(field, message);
        errors
    }

    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.entry(field.to_owned()).or_default().push(message.into());
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.contains_key(field)
    }

    /// Laravel's summary: the first message, then "(and N more errors)".
    pub fn message(&self) -> String {
        let mut messages = self.0.values().flatten();
        let Some(first) = messages.next() else {
            return "The given data was invalid.".to_owned();
        };
        match messages.count() {
            0 => first.clone(),
            1 => format!("{first} (and 1 more error)"),
            more => format!("{first} (and {more} more errors)"),
        }
    }
}

/// "device_name" → "device name", as Laravel names attributes in messages.
pub fn attribute(field: &str) -> String {
    field.replace('_', " ")
}

/// Reads fields from a JSON object and collects every failure, like a Laravel FormRequest.
///
/// Absent fields, `null` and `""` all count as missing (Laravel's ConvertEmptyStringsToNull).
/// Each getter returns the value only when it passed, so handlers never see half-valid input.
pub struct Validator<'a> {
    input: &'a Map<String, Value>,
    errors: ValidationErrors,
}

impl<'a> Validator<'a> {
    pub fn new(input: &'a Map<String, Value>) -> Self {
        Self { input, errors: ValidationErrors::default() }
    }

    pub fn fail(&mut self, field: &str, message: impl Into<String>) {
        self.errors.add(field, message);
    }

    pub fn has_error(&self, field: &str) -> bool {
        self.errors.has(field)
    }

    pub fn finish(self) -> Result<(), ValidationErrors> {
        if self.errors.is_empty() { Ok(()) } else { Err(self.errors) }
    }

    /// Whether a field was sent with a value (not absent, `null` or blank).
    pub fn is_present(&self, field: &str) -> bool {
        self.present(field).is_some()
    }

    fn present(&self, field: &str) -> Option<&'a Value> {
        match self.input.get(field) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if s.trim().is_empty() => None,
            Some(value) => Some(value),
        }
    }

    fn required(&mut self, field: &str) -> Option<&'a Value> {
        let value = self.present(field);
        if value.is_none() {
            self.fail(field, format!("The {} field is required.", attribute(field)));
        }
        value
    }

    fn as_string(&mut self, field: &str, value: &'a Value, max_chars: Option<usize>) -> Option<String> {
        let Value::String(text) = value else {
            self.fail(field, format!("The {} field must be a string.", attribute(field)));
            return None;
        };
        let text = text.trim();
        if let Some(max) = max_chars
            && text.chars().count() > max
        {
            self.fail(field, format!("The {} field must not be greater than {max} characters.", attribute(field)));
            return None;
        }
        Some(text.to_owned())
    }

    pub fn required_string(&mut self, field: &str, max_chars: Option<usize>) -> Option<String> {
        let value = self.required(field)?;
        self.as_string(field, value, max_chars)
    }

    pub fn optional_string(&mut self, field: &str, max_chars: Option<usize>) -> Option<String> {
        let value = self.present(field)?;
        self.as_string(field, value, max_chars)
    }

    pub fn required_email(&mut self, field: &str) -> Option<String> {
        let email = self.required_string(field, Some(255))?;
        if is_email(&email) {
            Some(email)
        } else {
            self.fail(field, format!("The {} field must be a valid email address.", attribute(field)));
            None
        }
    }

    pub fn required_one_of(&mut self, field: &str, allowed: &[&str]) -> Option<String> {
        let value = self.required(field)?;
        match value.as_str() {
            Some(text) if allowed.contains(&text) => Some(text.to_owned()),
            _ => {
                self.fail(field, format!("The selected {} is invalid.", attribute(field)));
                None
            }
        }
    }

    fn optional_number(&mut self, field: &str) -> Option<f64> {
        let value = self.present(field)?;
        let number = match value {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => s.trim().parse::<f64>().ok().filter(|n| n.is_finite()),
            _ => None,
        };
        if number.is_none() {
            self.fail(field, format!("The {} field must be a number.", attribute(field)));
        }
        number
    }

    /// A number (JSON number or numeric string) within `min..=max`.
    pub fn optional_number_between(&mut self, field: &str, min: f64, max: f64) -> Option<f64> {
        let number = self.optional_number(field)?;
        if (min..=max).contains(&number) {
            return Some(number);
        }
        let (min, max) = (trim_float(min), trim_float(max));
        self.fail(field, format!("The {} field must be between {min} and {max}.", attribute(field)));
        None
    }

    pub fn optional_min_number(&mut self, field: &str, min: f64) -> Option<f64> {
        let number = self.optional_number(field)?;
        if number >= min {
            return Some(number);
        }
        self.fail(field, format!("The {} field must be at least {}.", attribute(field), trim_float(min)));
        None
    }

    /// Weekday numbers like [`Validator::optional_weekdays`], where an empty list is an answer: none.
    pub fn optional_weekday_set(&mut self, field: &str) -> Option<Vec<u8>> {
        if matches!(self.input.get(field), Some(Value::Array(items)) if items.is_empty()) {
            return Some(Vec::new());
        }
        self.optional_weekdays(field)
    }

    /// A number of days, whole or ending in a half (`1.5`).
    pub fn optional_leave_days(&mut self, field: &str) -> Option<crate::days::LeaveDays> {
        let number = self.optional_number(field)?;
        let days = crate::days::LeaveDays::from_number(number);
        if days.is_none() {
            self.fail(field, format!("The {} field must be a multiple of 0.5.", attribute(field)));
        }
        days
    }

    /// One of `allowed`, when present.
    pub fn optional_one_of(&mut self, field: &str, allowed: &[&str]) -> Option<String> {
        self.present(field)?;
        self.required_one_of(field, allowed)
    }

    pub fn optional_integer(&mut self, field: &str) -> Option<i64> {
        let value = self.present(field)?;
        let number = match value {
            Value::Number(n) => n.as_i64(),
            Value::String(s) => s.trim().parse::<i64>().ok(),
            _ => None,
        };
        if number.is_none() {
            self.fail(field, format!("The {} field must be an integer.", attribute(field)));
        }
        number
    }

    /// A list of ISO weekday numbers (Monday 1 to Sunday 7), each once, at least one: Laravel's
    /// `array`, with `integer|between:1,7|distinct` on each item. An empty list is missing, as in Laravel.
    pub fn optional_weekdays(&mut self, field: &str) -> Option<Vec<u8>> {
        let value = self.present(field)?;
        let Value::Array(items) = value else {
            self.fail(field, format!("The {} field must be an array.", attribute(field)));
            return None;
        };
        if items.is_empty() {
            self.fail(field, format!("The {} field is required.", attribute(field)));
            return None;
        }
        let mut days = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let item_field = format!("{field}.{index}");
            match item.as_i64() {
                None => self.fail(&item_field, format!("The {} field must be an integer.", attribute(&item_field))),
                Some(day) if !(1..=7).contains(&day) => {
                    self.fail(&item_field, format!("The {} field must be between 1 and 7.", attribute(&item_field)))
                }
                Some(day) if days.contains(&(day as u8)) => {
                    self.fail(&item_field, format!("The {} field has a duplicate value.", attribute(&item_field)))
                }
                Some(day) => days.push(day as u8),
            }
        }
        (days.len() == items.len()).then(|| {
            days.sort_unstable();
            days
        })
    }

    pub fn optional_bool(&mut self, field: &str) -> Option<bool> {
        let value = self.present(field)?;
        let parsed = match value {
            Value::Bool(b) => Some(*b),
            Value::Number(n) => match n.as_i64() {
                Some(0) => Some(false),
                Some(1) => Some(true),
                _ => None,
            },
            Value::String(s) => match s.as_str() {
                "0" | "false" => Some(false),
                "1" | "true" => Some(true),
                _ => None,
            },
            _ => None,
        };
        if parsed.is_none() {
            self.fail(field, format!("The {} field must be true or false.", attribute(field)));
        }
        parsed
    }

    fn date_value(&mut self, field: &str, value: &Value) -> Option<NaiveDate> {
        let parsed = value.as_str().and_then(parse_date);
        if parsed.is_none() {
            self.fail(field, format!("The {} field must be a valid date.", attribute(field)));
        }
        parsed
    }

    pub fn required_date(&mut self, field: &str) -> Option<NaiveDate> {
        let value = self.required(field)?;
        self.date_value(field, value)
    }

    pub fn optional_date(&mut self, field: &str) -> Option<NaiveDate> {
        let value = self.present(field)?;
        self.date_value(field, value)
    }

    /// An instant; a time without an offset is taken as UTC.
    pub fn optional_datetime(&mut self, field: &str) -> Option<DateTime<Utc>> {
        let value = self.present(field)?;
        let parsed = value.as_str().and_then(parse_datetime);
        if parsed.is_none() {
            self.fail(field, format!("The {} field must be a valid date.", attribute(field)));
        }
        parsed
    }

    /// Laravel's `after_or_equal`; `other` is "today" or another field's attribute name.
    pub fn after_or_equal(&mut self, field: &str, value: Option<NaiveDate>, limit: NaiveDate, other: &str) {
        if let Some(value) = value
            && value < limit
        {
            self.fail(field, format!("The {} field must be a date after or equal to {other}.", attribute(field)));
        }
    }

    /// `?month=YYYY-MM`, Laravel's `date_format:Y-m`.
    pub fn optional_month(&mut self, field: &str) -> Option<(i32, u32)> {
        let value = self.present(field)?;
        let parsed = value.as_str().and_then(parse_month);
        if parsed.is_none() {
            self.fail(field, format!("The {} field must match the format Y-m.", attribute(field)));
        }
        parsed
    }
}

fn trim_float(n: f64) -> String {
    if n.fract() == 0.0 { format!("{}", n as i64) } else { n.to_string() }
}

/// A plain but strict email check: one @, a non-empty local part, a dotted domain, no spaces.
pub fn is_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !email.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
}

/// Accepts "2026-07-02" and date-times such as "2026-07-02T12:44:20" (the date part is used).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().or_else(|| parse_datetime(text).map(|dt| dt.date_naive()))
}

pub fn parse_datetime(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(text) {
        return Some(dt.with_timezone(&Utc));
    }
    ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .map(|naive| naive.and_utc())
        .or_else(|| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().and_then(|d| d.and_hms_opt(0, 0, 0)).map(|n| n.and_utc())
        })
}

pub fn parse_month(text: &str) -> Option<(i32, u32)> {
    let (year, month) = text.trim().split_once('-')?;
    if year.len() != 4 || month.len() != 2 {
        return None;
    }
    let (year, month) = (year.parse().ok()?, month.parse().ok()?);
    NaiveDate::from_ymd_opt(year, month, 1).map(|_| (year, month))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn object(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn summary_counts_the_other_errors() {
        let input = object(json!({"email": "nope", "device_name": "x".repeat(101)}));
        let mut v = Validator::new(&input);
        v.required_email("email");
        v.required_string("password", None);
        v.required_string("device_name", Some(100));
        let errors = v.finish().unwrap_err();
        assert_eq!(errors.message(), "The email field must be a valid email address. (and 2 more errors)");
        assert_eq!(errors.0["password"], vec!["The password field is required."]);
        assert_eq!(errors.0["device_name"], vec!["The device name field must not be greater than 100 characters."]);
    }

    #[test]
    fn numbers_may_arrive_as_strings_and_are_range_checked() {
        let input = object(json!({"latitude": "52.5", "longitude": 181}));
        let mut v = Validator::new(&input);
        assert_eq!(v.optional_number_between("latitude", -90.0, 90.0), Some(52.5));
        assert_eq!(v.optional_number_between("longitude", -180.0, 180.0), None);
        assert_eq!(v.finish().unwrap_err().message(), "The longitude field must be between -180 and 180.");
    }

    #[test]
    fn empty_strings_are_missing() {
        let input = object(json!({"decision": ""}));
        let mut v = Validator::new(&input);
        assert_eq!(v.required_one_of("decision", &["approve", "reject"]), None);
        assert_eq!(v.finish().unwrap_err().message(), "The decision field is required.");
    }

    #[test]
    fn dates_and_months() {
        assert_eq!(parse_date("2026-07-02T12:44:20"), NaiveDate::from_ymd_opt(2026, 7, 2));
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_month("2026-11"), Some((2026, 11)));
        assert_eq!(parse_month("2026-13"), None);
        assert!(parse_datetime("2026-11-22T08:01:00+01:00").is_some());
    }

    #[test]
    fn after_or_equal_names_the_other_field() {
        let input = object(json!({}));
        let mut v = Validator::new(&input);
        let start = NaiveDate::from_ymd_opt(2026, 12, 2);
        v.after_or_equal("end_date", NaiveDate::from_ymd_opt(2026, 12, 1), start.unwrap(), "start date");
        assert_eq!(
            v.finish().unwrap_err().message(),
            "The end date field must be a date after or equal to start date."
        );
    }

    #[test]
    fn weekdays_are_a_list_of_distinct_iso_numbers() {
        let input = object(json!({"week": [5, 1, 2], "empty": [], "text": "1,2", "bad": [1, 8, 1, "x"]}));
        let mut v = Validator::new(&input);
        assert_eq!(v.optional_weekdays("week"), Some(vec![1, 2, 5]));
        assert_eq!(v.optional_weekdays("missing"), None);
        assert_eq!(v.optional_weekdays("empty"), None);
        assert_eq!(v.optional_weekdays("text"), None);
        assert_eq!(v.optional_weekdays("bad"), None);
        let errors = v.finish().unwrap_err();
        assert_eq!(errors.0["empty"], vec!["The empty field is required."]);
        assert_eq!(errors.0["text"], vec!["The text field must be an array."]);
        assert_eq!(errors.0["bad.1"], vec!["The bad.1 field must be between 1 and 7."]);
        assert_eq!(errors.0["bad.2"], vec!["The bad.2 field has a duplicate value."]);
        assert_eq!(errors.0["bad.3"], vec!["The bad.3 field must be an integer."]);
        assert!(!errors.has("week") && !errors.has("missing"));
    }
}
