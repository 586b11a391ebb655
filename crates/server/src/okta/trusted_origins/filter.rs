//! `q` and `filter` of the trusted origins list, turned into SQL over the `t` alias with bound values.
//!
//! A filter is clauses `attribute op "value"` joined by `and`: `name`, `origin` (with `eq` or `sw`),
//! `status` and `id` (with `eq`).

use crate::okta::error::{OktaError, OktaResult};
use crate::store::contains_pattern;
use axum::http::StatusCode;
use rusqlite::types::Value as SqlValue;

fn invalid(reason: &str) -> OktaError {
    OktaError::refused(StatusCode::BAD_REQUEST, "E0000031", format!("Invalid search criteria: {reason}."))
        .with_cause(format!("filter: {reason}"))
}

fn starts_with_pattern(text: &str) -> String {
    let anywhere = contains_pattern(text);
    anywhere[1..].to_owned()
}

/// One `attribute op "value"` clause and what follows it.
fn clause(text: &str) -> OktaResult<(String, SqlValue, &str)> {
    let text = text.trim_start();
    let (attribute, rest) =
        text.split_once(char::is_whitespace).ok_or_else(|| invalid("expected attribute op \"value\""))?;
    let (operator, rest) =
        rest.trim_start().split_once(char::is_whitespace).ok_or_else(|| invalid("expected an operator and a value"))?;
    let rest = rest.trim_start().strip_prefix('"').ok_or_else(|| invalid("values are double-quoted"))?;
    let (value, rest) = rest.split_once('"').ok_or_else(|| invalid("a value is not closed with a double quote"))?;
    let column = match attribute {
        "name" => "t.name",
        "origin" => "t.origin",
        "status" => "t.status",
        "id" => "t.okta_id",
        _ => return Err(invalid(&format!("{attribute} is not a trusted origin attribute"))),
    };
    let text_column = matches!(attribute, "name" | "origin");
    let (sql, bound) = match operator.to_ascii_lowercase().as_str() {
        "eq" if text_column => (format!("lower({column}) = lower(?)"), value.to_owned()),
        "eq" => (format!("{column} = ?"), value.to_owned()),
        "sw" if text_column => (format!("{column} LIKE ? ESCAPE '\\'"), starts_with_pattern(value)),
        _ => return Err(invalid(&format!("{operator} is not supported for {attribute}"))),
    };
    Ok((sql, SqlValue::Text(bound), rest))
}

pub fn condition(q: Option<&str>, filter: Option<&str>) -> OktaResult<Option<(String, Vec<SqlValue>)>> {
    let mut conditions = Vec::new();
    let mut args = Vec::new();
    if let Some(q) = q {
        conditions.push("(t.name LIKE ? ESCAPE '\\' OR t.origin LIKE ? ESCAPE '\\')".to_owned());
        let pattern = starts_with_pattern(q);
        args.extend([SqlValue::Text(pattern.clone()), SqlValue::Text(pattern)]);
    }
    if let Some(mut rest) = filter {
        loop {
            let (sql, value, after) = clause(rest)?;
            conditions.push(sql);
            args.push(value);
            let after = after.trim();
            if after.is_empty() {
                break;
            }
            let (joiner, next) = after.split_once(char::is_whitespace).unwrap_or((after, ""));
            if !joiner.eq_ignore_ascii_case("and") {
                return Err(invalid("clauses are joined with and"));
            }
            rest = next;
        }
    }
    Ok((!conditions.is_empty()).then(|| (conditions.join(" AND "), args)))
}
