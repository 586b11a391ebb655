//! Okta's filter and search expressions (`status eq "ACTIVE" and profile.department eq "Sales"`),
//! turned into SQL over a resource's columns with every value bound as a parameter.
//!
//! Grammar: `expr := term (("and" | "or") term)*`, `term := "not"? ( "(" expr ")" | attribute op value |
//! attribute "pr" )`, `op := eq | ne | gt | ge | lt | le | sw | co | ew`. `and` binds tighter than `or`.
//! `filter` takes `eq` and the comparisons on a resource's filterable attributes, as Okta's does; `search`
//! takes the whole grammar.

use crate::okta::error::OktaError;
use okta_hr_domain::validation::parse_datetime;
use rusqlite::types::Value as SqlValue;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Dialect {
    Filter,
    Search,
}

/// What a resource lets clients name in an expression.
pub struct Attributes {
    /// The resource, as messages name it (`user`, `group`).
    pub noun: &'static str,
    /// The SQL an attribute reads and whether it is a time, or `None` for an unknown attribute.
    pub column: fn(&str) -> Option<(String, bool)>,
    /// The attributes `filter` accepts.
    pub filterable: &'static [&'static str],
    /// A value as it is stored (a status in upper case), given the attribute it is compared with.
    pub normalise: fn(&str, String) -> String,
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Text(String),
    Open,
    Close,
}

fn tokens(expression: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let mut chars = expression.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' => {
                chars.next();
                out.push(Token::Open);
            }
            ')' => {
                chars.next();
                out.push(Token::Close);
            }
            '"' => {
                chars.next();
                let mut text = String::new();
                loop {
                    match chars.next() {
                        Some('\\') => text.extend(chars.next()),
                        Some('"') => break,
                        Some(c) => text.push(c),
                        None => return Err("a quoted value is not closed".to_owned()),
                    }
                }
                out.push(Token::Text(text));
            }
            _ => {
                let mut word = String::new();
                while let Some(&c) = chars.peek() {
                    if c.is_whitespace() || c == '(' || c == ')' || c == '"' {
                        break;
                    }
                    word.push(c);
                    chars.next();
                }
                out.push(Token::Word(word));
            }
        }
    }
    Ok(out)
}

struct Parser<'a> {
    tokens: Vec<Token>,
    at: usize,
    dialect: Dialect,
    attributes: &'a Attributes,
    args: Vec<SqlValue>,
}

impl Parser<'_> {
    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn peek_word(&self) -> Option<String> {
        match self.tokens.get(self.at) {
            Some(Token::Word(w)) => Some(w.to_ascii_lowercase()),
            _ => None,
        }
    }

    fn expression(&mut self) -> Result<String, String> {
        let mut any = vec![self.conjunction()?];
        while self.peek_word().as_deref() == Some("or") {
            self.at += 1;
            any.push(self.conjunction()?);
        }
        Ok(if any.len() == 1 { any.remove(0) } else { format!("({})", any.join(" OR ")) })
    }

    fn conjunction(&mut self) -> Result<String, String> {
        let mut all = vec![self.term()?];
        while self.peek_word().as_deref() == Some("and") {
            self.at += 1;
            all.push(self.term()?);
        }
        Ok(if all.len() == 1 { all.remove(0) } else { format!("({})", all.join(" AND ")) })
    }

    fn term(&mut self) -> Result<String, String> {
        if self.peek_word().as_deref() == Some("not") && self.dialect == Dialect::Search {
            self.at += 1;
            // A comparison with a missing value is neither true nor false: `not` keeps it, as Okta's does.
            return Ok(format!("({}) IS NOT TRUE", self.term()?));
        }
        match self.next() {
            Some(Token::Open) => {
                let inner = self.expression()?;
                match self.next() {
                    Some(Token::Close) => Ok(inner),
                    _ => Err("a parenthesis is not closed".to_owned()),
                }
            }
            Some(Token::Word(attribute)) => self.comparison(&attribute),
            _ => Err("an attribute was expected".to_owned()),
        }
    }

    fn comparison(&mut self, attribute: &str) -> Result<String, String> {
        if self.dialect == Dialect::Filter && !self.attributes.filterable.contains(&attribute) {
            return Err(format!("{attribute} cannot be filtered on; use search"));
        }
        let (column, is_time) = (self.attributes.column)(attribute)
            .ok_or_else(|| format!("{attribute} is not a {} attribute", self.attributes.noun))?;
        let op = self.next().and_then(|t| if let Token::Word(w) = t { Some(w.to_ascii_lowercase()) } else { None });
        let op = op.ok_or_else(|| format!("an operator was expected after {attribute}"))?;
        if op == "pr" {
            return Ok(format!("({column} IS NOT NULL AND {column} <> '')"));
        }
        if self.dialect == Dialect::Filter && !matches!(op.as_str(), "eq" | "gt" | "ge" | "lt" | "le") {
            return Err(format!("the {op} operator is not supported by filter; use search"));
        }
        let value = match self.next() {
            Some(Token::Text(text)) => text,
            Some(Token::Word(word)) if word.parse::<f64>().is_ok() || matches!(word.as_str(), "true" | "false") => word,
            _ => return Err(format!("a quoted value was expected after {attribute} {op}")),
        };
        let argument: SqlValue = if is_time {
            let instant = parse_datetime(&value).ok_or_else(|| format!("{value:?} is not a date and time"))?;
            stored_form(instant)?
        } else {
            (self.attributes.normalise)(attribute, value.clone()).into()
        };
        let sql = match op.as_str() {
            "eq" => format!("{column} = ?"),
            "ne" => format!("({column} IS NULL OR {column} <> ?)"),
            "gt" => format!("{column} > ?"),
            "ge" => format!("{column} >= ?"),
            "lt" => format!("{column} < ?"),
            "le" => format!("{column} <= ?"),
            "sw" | "co" | "ew" => {
                let escaped = value.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
                let pattern = match op.as_str() {
                    "sw" => format!("{escaped}%"),
                    "ew" => format!("%{escaped}"),
                    _ => format!("%{escaped}%"),
                };
                self.args.push(pattern.into());
                return Ok(format!("{column} LIKE ? ESCAPE '\\'"));
            }
            other => return Err(format!("{other} is not an operator")),
        };
        self.args.push(argument);
        Ok(sql)
    }
}

/// A time exactly as the database stores it, so text comparison orders it correctly.
fn stored_form(instant: chrono::DateTime<chrono::Utc>) -> Result<SqlValue, String> {
    use rusqlite::ToSql;
    use rusqlite::types::ToSqlOutput;
    match instant.to_sql().map_err(|e| e.to_string())? {
        ToSqlOutput::Owned(value) => Ok(value),
        _ => Err("the time could not be compared".to_owned()),
    }
}

/// The conditions a list's `filter` and `search` parameters ask for, with their arguments; none when
/// neither was sent.
pub fn conditions(
    query: &crate::okta::page::PageQuery,
    attributes: &Attributes,
) -> Result<(Vec<String>, Vec<SqlValue>), OktaError> {
    let mut conditions = Vec::new();
    let mut args = Vec::new();
    for (name, dialect) in [("filter", Dialect::Filter), ("search", Dialect::Search)] {
        if let Some(expression) = query.text(name) {
            let (sql, values) = parse(expression, dialect, attributes)?;
            conditions.push(sql);
            args.extend(values);
        }
    }
    Ok((conditions, args))
}

/// The SQL condition and its arguments for `expression`, or Okta's 400 with the reason.
pub fn parse(
    expression: &str,
    dialect: Dialect,
    attributes: &Attributes,
) -> Result<(String, Vec<SqlValue>), OktaError> {
    let field = if dialect == Dialect::Filter { "filter" } else { "search" };
    let invalid = |reason: String| {
        OktaError::refused(
            axum::http::StatusCode::BAD_REQUEST,
            "E0000031",
            format!("Invalid search criteria: {reason}."),
        )
        .with_cause(format!("{field}: {reason}"))
    };
    let tokens = tokens(expression).map_err(invalid)?;
    let mut parser = Parser { tokens, at: 0, dialect, attributes, args: Vec::new() };
    let sql = parser.expression().map_err(invalid)?;
    if parser.at < parser.tokens.len() {
        return Err(invalid("unexpected words after the expression".to_owned()));
    }
    Ok((sql, parser.args))
}

#[cfg(test)]
mod tests {
    use super::*;

    const THINGS: Attributes = Attributes {
        noun: "thing",
        column: |attribute| match attribute {
            "id" => Some(("t.id".to_owned(), false)),
            "status" => Some(("t.status".to_owned(), false)),
            "lastUpdated" => Some(("t.updated_at".to_owned(), true)),
            "profile.name" => Some(("t.name".to_owned(), false)),
            _ => None,
        },
        filterable: &["id", "status", "lastUpdated"],
        normalise: |attribute, value| if attribute == "status" { value.to_ascii_uppercase() } else { value },
    };

    #[test]
    fn filters_bind_every_value() {
        let (sql, args) = parse(r#"status eq "active" and id eq "a@b.c""#, Dialect::Filter, &THINGS).unwrap();
        assert_eq!(sql, "(t.status = ? AND t.id = ?)");
        assert_eq!(args, vec![SqlValue::Text("ACTIVE".to_owned()), SqlValue::Text("a@b.c".to_owned())]);
    }

    #[test]
    fn and_binds_tighter_than_or() {
        let (sql, _) = parse(r#"status eq "A" or status eq "B" and id eq "x""#, Dialect::Filter, &THINGS).unwrap();
        assert_eq!(sql, "(t.status = ? OR (t.status = ? AND t.id = ?))");
    }

    #[test]
    fn search_takes_every_operator_on_every_attribute() {
        let (sql, args) = parse(r#"profile.name sw "Al" and not (id pr)"#, Dialect::Search, &THINGS).unwrap();
        assert!(sql.contains("t.name LIKE ?") && sql.contains(") IS NOT TRUE"), "{sql}");
        assert_eq!(args[0], SqlValue::Text("Al%".to_owned()));
    }

    #[test]
    fn bad_expressions_are_refused_not_run() {
        for bad in [
            r#"status eq"#,
            r#"status eq "ACTIVE"#,
            r#"(status eq "ACTIVE""#,
            r#"profile.name eq "Sales""#,
            r#"status co "ACT""#,
            r#"lastUpdated gt "yesterday""#,
            r#"unknown eq "1""#,
        ] {
            assert!(parse(bad, Dialect::Filter, &THINGS).is_err(), "{bad}");
        }
    }
}
