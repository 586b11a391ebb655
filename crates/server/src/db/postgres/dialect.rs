//! The SQL of the resources is written once, in the SQL that SQLite and PostgreSQL share; what they
//! spell differently is translated here, before PostgreSQL prepares a statement:
//!
//! - parameters: SQLite's `?` and `?N` become `$N` (a bare `?` takes the next number after the largest
//!   so far, as in SQLite);
//! - `LIKE` becomes `ILIKE`: SQLite's `LIKE` ignores the case of ASCII letters, and a search must find
//!   the same people on both;
//! - JSON: `json_extract(column, '$.key')` becomes `(CAST(column AS jsonb) ->> 'key')` and
//!   `json_each(column)` becomes `jsonb_each_text(CAST(column AS jsonb))`, whose `key` and `value`
//!   columns are what SQLite's `key` and `CAST(value AS TEXT)` give.
//!
//! Text inside quotes is copied untouched.

pub fn translate(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 16);
    let mut largest = 0u32;
    let mut rest = sql;
    while let Some(c) = rest.chars().next() {
        match c {
            '\'' | '"' => {
                let end = rest[1..].find(c).map_or(rest.len(), |at| at + 2);
                out.push_str(&rest[..end]);
                rest = &rest[end..];
            }
            '?' => {
                let digits = rest[1..].find(|c: char| !c.is_ascii_digit()).map_or(rest.len() - 1, |at| at);
                let number = match rest[1..=digits].parse::<u32>() {
                    Ok(number) => number,
                    Err(_) => largest + 1,
                };
                largest = largest.max(number);
                out.push('$');
                out.push_str(&number.to_string());
                rest = &rest[1 + digits..];
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
                let word = &rest[..end];
                rest = &rest[end..];
                if word.eq_ignore_ascii_case("like") {
                    out.push_str("ILIKE");
                } else if let Some((rewritten, after)) = json_function(word, rest) {
                    out.push_str(&rewritten);
                    rest = after;
                } else {
                    out.push_str(word);
                }
            }
            c => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// `json_extract(column, '$.key')` or `json_each(column)`, where `after` follows the function's name.
fn json_function<'s>(name: &str, after: &'s str) -> Option<(String, &'s str)> {
    let arguments = after.strip_prefix('(')?;
    let close = arguments.find(')')?;
    let (inside, rest) = (&arguments[..close], &arguments[close + 1..]);
    if name.eq_ignore_ascii_case("json_each") {
        let column = column_name(inside)?;
        return Some((format!("jsonb_each_text(CAST({column} AS jsonb))"), rest));
    }
    if !name.eq_ignore_ascii_case("json_extract") {
        return None;
    }
    let (column, path) = inside.split_once(',')?;
    let key = path.trim().strip_prefix("'$.")?.strip_suffix('\'')?;
    if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    Some((format!("(CAST({} AS jsonb) ->> '{key}')", column_name(column)?), rest))
}

fn column_name(text: &str) -> Option<&str> {
    let text = text.trim();
    let plain = !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
    plain.then_some(text)
}

#[cfg(test)]
mod tests {
    use super::translate;

    #[test]
    fn numbers_parameters_as_sqlite_does() {
        assert_eq!(
            translate("SELECT a FROM t WHERE b = ?1 AND c = ?2 OR d = ?1"),
            "SELECT a FROM t WHERE b = $1 AND c = $2 OR d = $1"
        );
        assert_eq!(
            translate("WHERE a = ? AND b IN (?, ?) LIMIT ? OFFSET ?"),
            "WHERE a = $1 AND b IN ($2, $3) LIMIT $4 OFFSET $5"
        );
        assert_eq!(translate("VALUES (?3, ?, ?1)"), "VALUES ($3, $4, $1)");
    }

    #[test]
    fn leaves_quoted_text_alone() {
        assert_eq!(
            translate("SELECT '?1 like it', \"like\" FROM t WHERE x LIKE ? ESCAPE '\\'"),
            "SELECT '?1 like it', \"like\" FROM t WHERE x ILIKE $1 ESCAPE '\\'"
        );
        assert_eq!(translate("SELECT 'it''s' || ?"), "SELECT 'it''s' || $1");
    }

    #[test]
    fn like_ignores_case_and_words_containing_like_stay() {
        assert_eq!(translate("name NOT like ? AND likes = 1"), "name NOT ILIKE $1 AND likes = 1");
    }

    #[test]
    fn json_functions_become_jsonb() {
        assert_eq!(
            translate("json_extract(e.profile_extra, '$.nickName') LIKE ?"),
            "(CAST(e.profile_extra AS jsonb) ->> 'nickName') ILIKE $1"
        );
        assert_eq!(
            translate("EXISTS (SELECT 1 FROM json_each(a.data) j WHERE j.key = ? AND CAST(j.value AS TEXT) = ?)"),
            "EXISTS (SELECT 1 FROM jsonb_each_text(CAST(a.data AS jsonb)) j WHERE j.key = $1 AND CAST(j.value AS TEXT) = $2)"
        );
    }

    #[test]
    fn an_unrecognised_json_call_is_left_for_postgres_to_refuse() {
        assert_eq!(translate("json_extract(x, '$[0]')"), "json_extract(x, '$[0]')");
    }
}
