//! The HR API's validation messages in the caller's language: the server writes every 422 in English, the
//! API's contract, and the edge of the server translates them when a request's `Accept-Language` asks for
//! another of our languages (crates/server/src/http/translate.rs), so none of the routes that write them
//! change.
//!
//! Each `validation-…` message of `locales/en/validation.ftl` is a template: literal text with `{ $name }`
//! slots. An English message is matched against them, the most literal text first (so "… is required when
//! … is not present." wins over "… is required when … is …"); the slots' values are captured and the same
//! message is formatted in the other language with them:
//!
//! - `$attribute` and `$other` name a field ("start date"): they are translated through the
//!   `validation-attribute-…` messages. A dotted path (`components.0.name`, `filter.from`) names the request's
//!   own keys, as the error's key does, and stays as sent; so does a name the catalogue does not know.
//! - `$message` is another validation message (a summary's first message, why a correction no longer applies)
//!   and is translated in turn.
//! - Every other slot is a value (a date, a name, a number) and is kept; one that is a plain number is given
//!   to Fluent as a number, so translations choose their plural forms by it.
//!
//! A message no template matches comes back unchanged, as does every message when the language is English.

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::LazyLock;

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentValue};

use crate::Language;

/// The templates: every message of `locales/<language>/validation.ftl` but the attribute names.
const TEMPLATES: [&str; 203] = [
    "validation-given-data-invalid",
    "validation-summary-one",
    "validation-summary-other",
    "validation-required",
    "validation-required-if",
    "validation-required-with",
    "validation-required-without",
    "validation-required-without-all",
    "validation-required-with-coordinate",
    "validation-prohibits",
    "validation-string",
    "validation-max-characters",
    "validation-max",
    "validation-max-items",
    "validation-min",
    "validation-greater-than",
    "validation-between",
    "validation-not-zero",
    "validation-multiple-of",
    "validation-numeric",
    "validation-integer",
    "validation-decimals",
    "validation-boolean",
    "validation-array",
    "validation-object",
    "validation-distinct",
    "validation-email",
    "validation-iban",
    "validation-bic",
    "validation-bic-format",
    "validation-date",
    "validation-date-format",
    "validation-format",
    "validation-after",
    "validation-after-now",
    "validation-after-or-equal",
    "validation-after-or-equal-today",
    "validation-after-or-equal-short",
    "validation-before-or-equal-now",
    "validation-not-in-future",
    "validation-selected-invalid",
    "validation-unique",
    "validation-time-after-or-overnight",
    "validation-time-on-date",
    "validation-within-hours-of",
    "validation-within-last-hours",
    "validation-amount-or-null",
    "validation-component-reference",
    "validation-nul-characters",
    "validation-body-unreadable",
    "validation-body-not-object",
    "validation-body-not-json",
    "validation-query-unreadable",
    "validation-idempotency-key-format",
    "validation-idempotency-key-reused",
    "validation-credentials",
    "validation-account-not-activated",
    "validation-account-recovery",
    "validation-account-locked",
    "validation-account-suspended",
    "validation-account-deactivated",
    "validation-account-changed",
    "validation-link-spent",
    "validation-password-expired",
    "validation-password-unchanged",
    "validation-password-requirements",
    "validation-login-taken",
    "validation-mock-location",
    "validation-already-checked-in",
    "validation-check-in-before-last-check-out",
    "validation-check-in-auto-closed",
    "validation-not-checked-in",
    "validation-check-out-before-check-in",
    "validation-outside-fence-check-in",
    "validation-outside-fence-check-out",
    "validation-outside-fence-accuracy-check-in",
    "validation-outside-fence-accuracy-check-out",
    "validation-location-required-check-in",
    "validation-location-required-check-out",
    "validation-location-imprecise",
    "validation-correction-waiting",
    "validation-correction-decided",
    "validation-correction-inapplicable",
    "validation-times-unchanged",
    "validation-times-overlap",
    "validation-times-overlap-open",
    "validation-leave-no-working-days",
    "validation-leave-overlap",
    "validation-leave-balance",
    "validation-leave-whole-days",
    "validation-leave-notice",
    "validation-leave-afternoon",
    "validation-leave-decided",
    "validation-leave-no-step",
    "validation-leave-started",
    "validation-leave-not-pending",
    "validation-leave-period-not-over",
    "validation-leave-period-too-far",
    "validation-new-leave-type-retired",
    "validation-new-department-retired",
    "validation-new-branch-retired",
    "validation-offboard-yourself",
    "validation-send-a-change",
    "validation-manager-cycle",
    "validation-manager-other-company",
    "validation-keep-one-admin",
    "validation-department-retired",
    "validation-person-left",
    "validation-person-offboarding",
    "validation-department-group",
    "validation-group-name-taken",
    "validation-department-name-taken",
    "validation-trusted-origin-taken",
    "validation-timezone",
    "validation-geofence",
    "validation-api-token-user",
    "validation-contacts-list",
    "validation-contacts-max",
    "validation-contact-object",
    "validation-request-decided",
    "validation-half-days-working-days",
    "validation-calendar-file",
    "validation-new-shift-retired",
    "validation-overnight-shift-end",
    "validation-shift-retired",
    "validation-asset-status-by-assignment",
    "validation-asset-assigned-status",
    "validation-asset-already-assigned",
    "validation-asset-in-repair",
    "validation-asset-retired",
    "validation-asset-not-assigned",
    "validation-asset-request-decided",
    "validation-problem-resolved",
    "validation-problem-resolved-by",
    "validation-problem-resolved-on",
    "validation-problem-resolved-by-on",
    "validation-announcement-published-content",
    "validation-announcement-expired-content",
    "validation-announcement-already-published",
    "validation-announcement-expired-publish",
    "validation-announcement-already-expired",
    "validation-announcement-draft-expire",
    "validation-announcement-scheduled-expire",
    "validation-announcement-published-delete",
    "validation-announcement-expired-delete",
    "validation-new-pay-component-retired",
    "validation-new-salary-structure-retired",
    "validation-code-in-use",
    "validation-component-in-use",
    "validation-structure-no-longer-valid",
    "validation-retired-component",
    "validation-another-component",
    "validation-formula",
    "validation-earning-depends-on-gross",
    "validation-depends-on-itself",
    "validation-code-reserved",
    "validation-code-characters",
    "validation-run-max-days",
    "validation-run-period",
    "validation-run-pay-date",
    "validation-run-changed",
    "validation-run-cannot-correct",
    "validation-run-cannot-recompute",
    "validation-run-cannot-delete",
    "validation-run-cannot-change",
    "validation-run-cannot-lock",
    "validation-run-cannot-mark-paid",
    "validation-run-cannot-publish",
    "validation-run-overlaps",
    "validation-run-already-corrected",
    "validation-correction-run-corrected",
    "validation-back-pay-paid",
    "validation-line-not-computed",
    "validation-not-in-structure",
    "validation-lines-failed",
    "validation-lines-negative",
    "validation-lines-unbanked",
    "validation-recurring-end",
    "validation-structure-retired",
    "validation-assignment-paid",
    "validation-adjustment-start-locked",
    "validation-adjustment-end-locked",
    "validation-adjustment-paid",
    "validation-payslips-locked",
    "validation-bank-files-locked",
    "validation-bank-file-format",
    "validation-sepa-not-euro",
    "validation-sepa-no-payments",
    "validation-sepa-debtor-account",
    "validation-sepa-debtor-iban",
    "validation-sepa-debtor-bic",
    "validation-sepa-debtor-name",
    "validation-sepa-iban",
    "validation-sepa-bic",
    "validation-sepa-amount-not-positive",
    "validation-sepa-amount-cents",
    "validation-sepa-amount-too-large",
    "validation-sepa-name",
    "validation-sepa-message-id",
    "validation-sepa-end-to-end-id",
    "validation-sepa-creation-time",
    "validation-sepa-execution-date",
    "validation-sepa-total",
];

/// The field names the templates' `$attribute` and `$other` slots are translated through.
const ATTRIBUTES: [&str; 120] = [
    "validation-attribute-account-holder",
    "validation-attribute-accrual",
    "validation-attribute-accuracy",
    "validation-attribute-address",
    "validation-attribute-amount",
    "validation-attribute-approval-chain",
    "validation-attribute-asset-id",
    "validation-attribute-attachment-required",
    "validation-attribute-attendance-record-id",
    "validation-attribute-audience",
    "validation-attribute-auto-close-after-minutes",
    "validation-attribute-base-amount",
    "validation-attribute-bic",
    "validation-attribute-body",
    "validation-attribute-branch-id",
    "validation-attribute-calendar",
    "validation-attribute-carry-over-cap",
    "validation-attribute-carry-over-expiry-months",
    "validation-attribute-category",
    "validation-attribute-check-in-at",
    "validation-attribute-check-out-at",
    "validation-attribute-code",
    "validation-attribute-component",
    "validation-attribute-components",
    "validation-attribute-condition",
    "validation-attribute-counts-non-working-days",
    "validation-attribute-date",
    "validation-attribute-days",
    "validation-attribute-days-per-year",
    "validation-attribute-debtor-bic",
    "validation-attribute-debtor-iban",
    "validation-attribute-debtor-name",
    "validation-attribute-decision",
    "validation-attribute-department-id",
    "validation-attribute-description",
    "validation-attribute-device-name",
    "validation-attribute-early-grace-minutes",
    "validation-attribute-effective-date",
    "validation-attribute-effective-from",
    "validation-attribute-email",
    "validation-attribute-employee",
    "validation-attribute-employee-id",
    "validation-attribute-employment-type",
    "validation-attribute-end-date",
    "validation-attribute-end-half",
    "validation-attribute-ends-at",
    "validation-attribute-ends-on",
    "validation-attribute-expires-at",
    "validation-attribute-expression",
    "validation-attribute-extra-hr-step-above-days",
    "validation-attribute-first-name",
    "validation-attribute-from",
    "validation-attribute-geofence-radius",
    "validation-attribute-half-day",
    "validation-attribute-half-days",
    "validation-attribute-head-id",
    "validation-attribute-hidden-when-zero",
    "validation-attribute-iban",
    "validation-attribute-id",
    "validation-attribute-is-mocked",
    "validation-attribute-job",
    "validation-attribute-job-title",
    "validation-attribute-kind",
    "validation-attribute-language",
    "validation-attribute-last-name",
    "validation-attribute-last-working-day",
    "validation-attribute-late-grace-minutes",
    "validation-attribute-latitude",
    "validation-attribute-leave-type-id",
    "validation-attribute-lines",
    "validation-attribute-longitude",
    "validation-attribute-manager-id",
    "validation-attribute-min-notice-days",
    "validation-attribute-mode",
    "validation-attribute-month",
    "validation-attribute-name",
    "validation-attribute-negative-allowance",
    "validation-attribute-net-change-threshold",
    "validation-attribute-new-password",
    "validation-attribute-note",
    "validation-attribute-notes",
    "validation-attribute-overnight",
    "validation-attribute-overtime-after-hours",
    "validation-attribute-paid-fraction",
    "validation-attribute-password",
    "validation-attribute-pay-date",
    "validation-attribute-period",
    "validation-attribute-period-end",
    "validation-attribute-period-start",
    "validation-attribute-personal-email",
    "validation-attribute-phone",
    "validation-attribute-pinned",
    "validation-attribute-places",
    "validation-attribute-prorated",
    "validation-attribute-publish",
    "validation-attribute-publish-at",
    "validation-attribute-purchase-cost",
    "validation-attribute-purchase-date",
    "validation-attribute-reason",
    "validation-attribute-recorded-at",
    "validation-attribute-recurrence",
    "validation-attribute-recurring",
    "validation-attribute-relationship",
    "validation-attribute-retired",
    "validation-attribute-rule",
    "validation-attribute-salary-structure-id",
    "validation-attribute-serial-number",
    "validation-attribute-start-date",
    "validation-attribute-start-half",
    "validation-attribute-start-month",
    "validation-attribute-starts-at",
    "validation-attribute-starts-on",
    "validation-attribute-status",
    "validation-attribute-tag",
    "validation-attribute-title",
    "validation-attribute-to",
    "validation-attribute-token",
    "validation-attribute-type",
    "validation-attribute-working-days",
    "validation-attribute-year",
];

/// How deep `$message` slots may nest; the catalogue's own nesting is two deep (a summary of a message that
/// quotes another).
const MAX_NESTING: usize = 4;

#[derive(Debug, PartialEq, Eq)]
enum Piece {
    Text(String),
    Slot(String),
}

#[derive(Debug)]
struct Template {
    id: &'static str,
    pieces: Vec<Piece>,
}

impl Template {
    /// The template's pieces, read from its English text: formatted without arguments, Fluent writes each
    /// variable as `{$name}`.
    fn new(id: &'static str) -> Template {
        let english = Language::En.tr(id);
        let mut pieces = Vec::new();
        let mut rest = english.as_str();
        while let Some(start) = rest.find("{$") {
            let Some(length) = rest[start + 2..].find('}') else { break };
            if start > 0 {
                pieces.push(Piece::Text(rest[..start].to_owned()));
            }
            pieces.push(Piece::Slot(rest[start + 2..start + 2 + length].to_owned()));
            rest = &rest[start + 3 + length..];
        }
        if !rest.is_empty() {
            pieces.push(Piece::Text(rest.to_owned()));
        }
        Template { id, pieces }
    }

    /// How much of the template is literal text: the more, the more specific.
    fn literal_length(&self) -> usize {
        self.pieces.iter().map(|piece| if let Piece::Text(text) = piece { text.len() } else { 0 }).sum()
    }

    /// The slots' values when `message` is this template filled in.
    fn captures<'m>(&self, message: &'m str) -> Option<Vec<(&str, &'m str)>> {
        let mut captures = Vec::new();
        capture(&self.pieces, message, &mut captures).then_some(captures)
    }
}

/// Matches `pieces` against all of `text`. A slot takes the shortest non-empty text that lets the rest match,
/// and a slot named twice must take the same text both times.
fn capture<'p, 'm>(pieces: &'p [Piece], text: &'m str, captures: &mut Vec<(&'p str, &'m str)>) -> bool {
    let Some((first, rest)) = pieces.split_first() else {
        return text.is_empty();
    };
    let name = match first {
        Piece::Text(literal) => {
            return text.strip_prefix(literal.as_str()).is_some_and(|after| capture(rest, after, captures));
        }
        Piece::Slot(name) => name.as_str(),
    };
    let ends: Vec<usize> = match rest.first() {
        None => vec![text.len()],
        Some(Piece::Text(next)) => {
            text.char_indices().map(|(at, _)| at).filter(|&at| text[at..].starts_with(next.as_str())).collect()
        }
        // Two slots side by side could split their text anywhere; the catalogue has none (see the tests).
        Some(Piece::Slot(_)) => return false,
    };
    for end in ends.into_iter().filter(|&end| end > 0) {
        let value = &text[..end];
        if captures.iter().any(|&(earlier, taken)| earlier == name && taken != value) {
            continue;
        }
        captures.push((name, value));
        if capture(rest, &text[end..], captures) {
            return true;
        }
        captures.pop();
    }
    false
}

/// The templates, the most specific first.
static TEMPLATES_BY_SPECIFICITY: LazyLock<Vec<Template>> = LazyLock::new(|| {
    let mut templates: Vec<Template> = TEMPLATES.into_iter().map(Template::new).collect();
    templates.sort_by_key(|template| std::cmp::Reverse(template.literal_length()));
    templates
});

/// An attribute's English name ("start date") → its message.
static ATTRIBUTE_IDS: LazyLock<HashMap<String, &'static str>> =
    LazyLock::new(|| ATTRIBUTES.into_iter().map(|id| (Language::En.tr(id), id)).collect());

const LONGEST_TRANSLATED: usize = 4096;

/// `english`, a validation message as the HR API writes it, in `language`: the same message in that
/// language's words with the same values, or `english` unchanged when no template matches it.
pub fn translate_validation(english: &str, language: Language) -> String {
    // Matching costs grow with the square of a message's length; no message the server writes comes near
    // this, so a longer one (a value someone typed, echoed) stays as it is.
    if language == Language::En || english.len() > LONGEST_TRANSLATED {
        return english.to_owned();
    }
    translate(english, language, 0)
}

fn translate(english: &str, language: Language, nesting: usize) -> String {
    if nesting > MAX_NESTING {
        return english.to_owned();
    }
    for template in TEMPLATES_BY_SPECIFICITY.iter() {
        if let Some(captures) = template.captures(english) {
            let mut args = FluentArgs::new();
            for (name, value) in captures {
                args.set(name, argument(name, value, language, nesting));
            }
            return language.tr_with(template.id, &args);
        }
    }
    english.to_owned()
}

fn argument<'v>(name: &str, value: &'v str, language: Language, nesting: usize) -> FluentValue<'v> {
    match name {
        "attribute" | "other" => match ATTRIBUTE_IDS.get(value) {
            Some(id) => language.tr(id).into(),
            None => value.into(),
        },
        "message" => translate(value, language, nesting + 1).into(),
        _ => number(value).unwrap_or_else(|| value.into()),
    }
}

/// A value that is a plain decimal number ("3", "-180", "1.5"), as a Fluent number that writes out the same.
fn number(value: &str) -> Option<FluentValue<'static>> {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let plain = digits.len() <= 15
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.ends_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.');
    let number = FluentNumber::from_str(value).ok().filter(|_| plain)?;
    (number.as_string() == value).then(|| number.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ids of `locales/en/validation.ftl`, from the English source the crate compiles in.
    fn catalogue_ids() -> Vec<&'static str> {
        crate::SOURCES[0]
            .1
            .lines()
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id))
            .filter(|id| id.starts_with("validation-"))
            .collect()
    }

    #[test]
    fn the_tables_name_every_message_of_the_catalogue_once() {
        let mut tables: Vec<&str> = TEMPLATES.iter().chain(ATTRIBUTES.iter()).copied().collect();
        let mut catalogue = catalogue_ids();
        tables.sort_unstable();
        catalogue.sort_unstable();
        assert_eq!(tables, catalogue);
        assert!(ATTRIBUTES.iter().all(|id| id.starts_with("validation-attribute-")));
        assert!(!TEMPLATES.iter().any(|id| id.starts_with("validation-attribute-")));
    }

    #[test]
    fn every_template_reads_as_text_and_slots_with_no_two_slots_side_by_side() {
        let mut shapes = HashMap::new();
        for template in TEMPLATES_BY_SPECIFICITY.iter() {
            assert!(template.literal_length() > 0, "{} has no text", template.id);
            for pair in template.pieces.windows(2) {
                assert!(
                    !matches!(pair, [Piece::Slot(_), Piece::Slot(_)]),
                    "{} has two slots side by side",
                    template.id
                );
            }
            let shape: Vec<String> = template
                .pieces
                .iter()
                .map(|piece| match piece {
                    Piece::Text(text) => text.clone(),
                    Piece::Slot(_) => "{}".to_owned(),
                })
                .collect();
            if let Some(other) = shapes.insert(shape, template.id) {
                panic!("{} and {other} are the same template", template.id);
            }
        }
    }

    #[test]
    fn attribute_names_are_the_field_keys_with_spaces() {
        for id in ATTRIBUTES {
            let field = id.trim_start_matches("validation-attribute-").replace('-', " ");
            assert_eq!(Language::En.tr(id), field);
        }
    }

    #[test]
    fn the_most_literal_template_wins() {
        let cases = [
            ("The latitude field is required when geofence radius is present.", "validation-required-with"),
            ("The date field is required when attendance record id is not present.", "validation-required-without"),
            ("The reason field is required when decision is reject.", "validation-required-if"),
            ("The email field must not be greater than 255 characters.", "validation-max-characters"),
            ("The end date field must be a date after or equal to today.", "validation-after-or-equal-today"),
            ("The expires at field must be a date after now.", "validation-after-now"),
            ("This problem was already resolved by Ana Lima on 2026-03-02.", "validation-problem-resolved-by-on"),
        ];
        for (message, id) in cases {
            let found = TEMPLATES_BY_SPECIFICITY.iter().find(|template| template.captures(message).is_some());
            assert_eq!(found.map(|template| template.id), Some(id), "{message}");
        }
    }

    #[test]
    fn numbers_stay_written_as_they_were() {
        assert!(number("1970").is_some() && number("-180").is_some() && number("1.50").is_some());
        for text in ["1e5", "007", "inf", "1.", ".5", "2026-07", "12345678901234567890", "+3"] {
            assert!(number(text).is_none(), "{text}");
        }
    }
}
