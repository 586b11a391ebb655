//! The HR API's validation messages in other languages (`translate_validation`, `locales/*/validation.ftl`):
//! English messages come back in the asked-for language with their values in place, and every validation
//! message the server can write has a template, so a new message without a translation fails here.

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use okta_hr_i18n::{Language, translate_validation};

/// Arabic isolates every value it is given (and every word chosen by a value, as a plural's), so a
/// left-to-right name keeps its place in right-to-left text.
fn isolated(value: &str) -> String {
    format!("\u{2068}{value}\u{2069}")
}

#[test]
fn a_laravel_message_comes_back_in_german_with_its_field_translated() {
    let cases = [
        ("The start date field is required.", "Das Feld Startdatum muss ausgefüllt werden."),
        (
            "The end date field must be a date after or equal to start date.",
            "Das Feld Enddatum muss ein Datum am oder nach Startdatum sein.",
        ),
        (
            "The device name field must not be greater than 100 characters.",
            "Das Feld Gerätename darf höchstens 100 Zeichen lang sein.",
        ),
        ("The longitude field must be between -180 and 180.", "Das Feld Längengrad muss zwischen -180 und 180 liegen."),
        ("The selected leave type id is invalid.", "Der gewählte Wert für ID der Abwesenheitsart ist ungültig."),
        (
            "The check in at field is required when attendance record id is not present.",
            "Das Feld Check-in-Zeit muss ausgefüllt werden, wenn ID des Anwesenheitseintrags nicht angegeben ist.",
        ),
        // A dotted path names the request's own keys, like the error's key, and stays as sent.
        ("The components.3.name field is required.", "Das Feld components.3.name muss ausgefüllt werden."),
        ("The given data was invalid.", "Die übermittelten Daten sind ungültig."),
    ];
    for (english, german) in cases {
        assert_eq!(translate_validation(english, Language::De), german, "{english}");
    }
}

#[test]
fn values_keep_their_place_and_numbers_choose_the_plural() {
    assert_eq!(
        translate_validation("The start date must be at least 1 day from today.", Language::De),
        "Das Startdatum muss mindestens 1 Tag in der Zukunft liegen."
    );
    assert_eq!(
        translate_validation("The start date must be at least 14 days from today.", Language::De),
        "Das Startdatum muss mindestens 14 Tage in der Zukunft liegen."
    );
    assert_eq!(
        translate_validation(
            "Not enough Annual leave balance for 2026: 1.5 days requested, 0.5 available.",
            Language::Fr
        ),
        "Solde insuffisant pour Annual leave en 2026 : 1.5 jour demandé, 0.5 disponible."
    );
    assert_eq!(
        translate_validation("This leave request is already approved.", Language::Es),
        "Esta solicitud de ausencia ya fue aprobada."
    );
    assert_eq!(
        translate_validation("This problem was already resolved by Ana Lima on 2026-03-02.", Language::PtBr),
        "Este problema já foi resolvido por Ana Lima em 2026-03-02."
    );
    assert_eq!(
        translate_validation(
            "You are 1.2 km from Berlin HQ; check-out is allowed within Berlin HQ's 150 m radius, plus 20 m for this \
             position's accuracy.",
            Language::De
        ),
        "Sie sind 1.2 km von Berlin HQ entfernt; Ausstempeln ist nur im Umkreis von 150 m um Berlin HQ möglich, \
         zuzüglich 20 m für die Genauigkeit dieser Position."
    );
}

#[test]
fn laravel_summaries_and_quoted_messages_are_translated_through() {
    assert_eq!(
        translate_validation("The email field must be a valid email address. (and 2 more errors)", Language::De),
        "Das Feld E-Mail-Adresse muss eine gültige E-Mail-Adresse sein. (und 2 weitere Fehler)"
    );
    assert_eq!(
        translate_validation("The title field is required. (and 1 more error)", Language::Es),
        "El campo título es obligatorio. (y 1 error más)"
    );
    assert_eq!(
        translate_validation(
            "This correction can no longer be applied: The check out at field must be a date after check in at.",
            Language::De
        ),
        "Diese Korrektur kann nicht mehr angewendet werden: Das Feld Check-out-Zeit muss ein Datum nach Check-in-Zeit \
         sein."
    );
}

#[test]
fn arabic_reads_right_to_left_with_the_values_isolated() {
    assert_eq!(
        translate_validation("The start date field is required.", Language::Ar),
        format!("حقل {} مطلوب.", isolated("تاريخ البدء"))
    );
    assert_eq!(
        translate_validation("The device name field must not be greater than 100 characters.", Language::Ar),
        format!("يجب ألا يزيد حقل {} على {} {}.", isolated("اسم الجهاز"), isolated("100"), isolated("حرف"))
    );
    assert_eq!(
        translate_validation("The name field must not be greater than 50 characters.", Language::Ar),
        format!("يجب ألا يزيد حقل {} على {} {}.", isolated("الاسم"), isolated("50"), isolated("حرفًا"))
    );
    assert_eq!(
        translate_validation("The start date field is required. (and 2 more errors)", Language::Ar),
        format!("{} {}", isolated(&format!("حقل {} مطلوب.", isolated("تاريخ البدء"))), isolated("(وخطآن آخران)"))
    );
    assert_eq!(
        translate_validation("The components.0.code field is required.", Language::Ar),
        format!("حقل {} مطلوب.", isolated("components.0.code"))
    );
}

#[test]
fn english_and_messages_without_a_template_come_back_unchanged() {
    let message = "The start date field is required.";
    assert_eq!(translate_validation(message, Language::En), message);
    for language in Language::ALL {
        assert_eq!(translate_validation("Something no template knows.", language), "Something no template knows.");
        assert_eq!(translate_validation("", language), "");
    }
    // A value the catalogue does not name stays as it was written.
    assert_eq!(
        translate_validation("The wibble field is required.", Language::De),
        "Das Feld wibble muss ausgefüllt werden."
    );
}

// The scan: every validation message the server can write is matched by a template.

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Where the HR API's messages are written. The Okta-style APIs (`crates/server/src/okta/`) answer their own
/// 400 E0000001 errors in English only; demo data (`demo/`, `demo.rs`) and the server's command line
/// (`cli.rs`) write no API answers.
const SCANNED: [&str; 3] = ["crates/domain/src", "crates/payroll/src", "crates/server/src"];

fn scanned_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display())) {
            let path = entry.expect("a readable folder").path();
            let name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default().to_owned();
            if path.is_dir() {
                if !matches!(name.as_str(), "okta" | "demo" | "tests") {
                    walk(&path, found);
                }
            } else if name.ends_with(".rs") && !matches!(name.as_str(), "demo.rs" | "cli.rs" | "tests.rs") {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    for dir in SCANNED {
        walk(&root().join(dir), &mut found);
    }
    found.sort();
    found
}

/// A file's code without its unit tests (`#[cfg(test)]` and all after it: test modules come last).
fn code_of(file: &Path) -> String {
    let source = fs::read_to_string(file).expect("readable source");
    match source.find("#[cfg(test)]") {
        Some(tests) => source[..tests].to_owned(),
        None => source,
    }
}

/// A string literal of the code, its text as the program sees it.
struct Literal {
    text: String,
    /// Where it starts in the code.
    at: usize,
    /// Inside an attribute (`#[…]`): documentation, schema examples, thiserror's `#[error]` texts.
    in_attribute: bool,
}

fn literals(code: &str) -> Vec<Literal> {
    let chars: Vec<(usize, char)> = code.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let identifier = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut found = Vec::new();
    let mut attribute_depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c == '/' && at(i + 1) == Some('/') {
            while i < chars.len() && chars[i].1 != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i].1 == '/' && at(i + 1) == Some('*') {
                    depth += 1;
                    i += 2;
                } else if chars[i].1 == '*' && at(i + 1) == Some('/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == '#' && (at(i + 1) == Some('[') || (at(i + 1) == Some('!') && at(i + 2) == Some('['))) {
            attribute_depth = 1;
            i += if at(i + 1) == Some('[') { 2 } else { 3 };
        } else if attribute_depth > 0 && c == '[' {
            attribute_depth += 1;
            i += 1;
        } else if attribute_depth > 0 && c == ']' {
            attribute_depth -= 1;
            i += 1;
        } else if (c == 'r' || c == 'b') && !identifier(i.checked_sub(1).and_then(at)) && {
            let mut j = i + 1;
            if c == 'b' && at(j) == Some('r') {
                j += 1;
            }
            while at(j) == Some('#') {
                j += 1;
            }
            at(j) == Some('"') && (c == 'r' || at(i + 1) == Some('r'))
        } {
            let mut j = i + 1 + usize::from(c == 'b');
            let mut hashes = 0;
            while at(j) == Some('#') {
                hashes += 1;
                j += 1;
            }
            let start = j + 1;
            let closing = format!("\"{}", "#".repeat(hashes));
            let from = chars[start].0;
            let end = from + code[from..].find(&closing).expect("a closed raw string");
            found.push(Literal { text: code[from..end].to_owned(), at: chars[i].0, in_attribute: attribute_depth > 0 });
            while i < chars.len() && chars[i].0 < end + closing.len() {
                i += 1;
            }
        } else if c == '\'' {
            // A character literal, or a lifetime.
            if at(i + 1) == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i].1 != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == Some('\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == '"' {
            let start = chars[i].0;
            let mut text = String::new();
            i += 1;
            while i < chars.len() && chars[i].1 != '"' {
                if chars[i].1 != '\\' {
                    text.push(chars[i].1);
                    i += 1;
                    continue;
                }
                let escaped = at(i + 1).expect("an escape");
                i += 2;
                match escaped {
                    'n' => text.push('\n'),
                    't' => text.push('\t'),
                    'r' => text.push('\r'),
                    '0' => text.push('\0'),
                    '\n' => {
                        while at(i).is_some_and(char::is_whitespace) {
                            i += 1;
                        }
                    }
                    'u' => {
                        let close = (i..chars.len()).find(|&j| chars[j].1 == '}').expect("a closed \\u{…}");
                        let hex: String = chars[i + 1..close].iter().map(|&(_, c)| c).collect();
                        text.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                        i = close + 1;
                    }
                    'x' => {
                        let hex: String = chars[i..i + 2].iter().map(|&(_, c)| c).collect();
                        text.extend(u8::from_str_radix(&hex, 16).ok().map(char::from));
                        i += 2;
                    }
                    other => text.push(other),
                }
            }
            i += 1;
            found.push(Literal { text, at: start, in_attribute: attribute_depth > 0 });
        } else {
            i += 1;
        }
    }
    found
}

/// The rule for what is a message: a sentence, which starts with a capital letter or a `format!` value,
/// has words, and ends with a full stop, or with a `{value}` after ": " (a message that quotes another,
/// "This correction can no longer be applied: {why}"). Lower-case fragments that finish a sentence elsewhere
/// ("field is required.") and thiserror's texts (in attributes) are left out; their templates are checked
/// by the round trips instead.
fn is_message(text: &str) -> bool {
    let starts = text.starts_with(|c: char| c.is_ascii_uppercase() || c == '{');
    let quotes_a_message = text.ends_with('}') && text.rfind('{').is_some_and(|open| text[..open].ends_with(": "));
    starts && text.contains(' ') && (text.ends_with('.') || quotes_a_message)
}

/// Sentences of the scanned code that are not validation messages, and what they are instead.
const NOT_VALIDATION_MESSAGES: [&str; 17] = [
    // 404 and 405 answers.
    "Not Found.",
    "{what} not found.",
    "The route {} could not be found.",
    "The {method} method is not supported for route {}.",
    // Why a device was signed out (401), and a set password's confirmation (200).
    "Your account has been suspended by your HR team. You have been signed out.",
    "Your account has been deactivated by your HR team. You have been signed out.",
    "Your account has been locked. You have been signed out.",
    "Your password is being reset by your HR team. You have been signed out.",
    "Your password is set. You can sign in now.",
    // The Okta-style APIs' refusals (400 E0000001, 403 E0000…), English only.
    "This operation is not allowed in the user's current status ({}).",
    "This operation is not allowed in the user's current status (PROVISIONED). Reactivate the user \
     (lifecycle/reactivate) for a new activation link.",
    "Unlock is not allowed for this user.",
    "Api validation failed: {summary}",
    // A payroll line's own notes (why it was not computed, what back pay it carries), shown on the line.
    "No pay assignment: give them a salary structure and a base amount.",
    "The salary structure {} does not pass its checks: {}",
    "Base pay changed from {changed_from}: gross for {label} is {} instead of {}.",
    // The server's start-up warning.
    "{address} can be reached from other machines, so links in responses need the address clients use: set \
     --public-url (OKTA_HR_PUBLIC_URL), for example --public-url https://hr.example.com. A Host header is never \
     trusted for links.",
];

/// Seed announcements the store writes for a new company.
const SEED_TEXTS: [&str; 3] = [
    "Join us in the HQ atrium or on the stream: the quarter in review and the plans for the next.",
    "The new territories and targets, with breakfast. Calendar invites follow.",
    "Still being planned: venue and date to follow.",
];

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Text(char),
    /// A `{…}` of a format string in the code, a `{ $variable }` in a template.
    Value(String),
}

/// A message of the code: its text, and its `format!` values (`{{` and `}}` are braces).
fn tokens_of_code(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                tokens.push(Token::Text('{'));
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                tokens.push(Token::Text('}'));
            }
            '{' => {
                let name: String = chars.by_ref().take_while(|&c| c != '}').collect();
                tokens.push(Token::Value(name));
            }
            c => tokens.push(Token::Text(c)),
        }
    }
    tokens
}

/// The English templates and the attribute names, read from the catalogue.
fn templates() -> (Vec<(String, Vec<Token>)>, BTreeSet<String>) {
    let file = root().join("locales/en/validation.ftl");
    let source = fs::read_to_string(&file).expect("the English validation messages");
    let resource = fluent_syntax::parser::parse(source.as_str()).expect("validation.ftl parses");
    let mut templates = Vec::new();
    let mut attributes = BTreeSet::new();
    for entry in &resource.body {
        let Entry::Message(message) = entry else { continue };
        let pattern = message.value.as_ref().expect("every message has a value");
        let mut tokens = Vec::new();
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => tokens.extend(value.chars().map(Token::Text)),
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { id }),
                } => tokens.push(Token::Value(id.name.to_owned())),
                other => panic!("{}: the English templates use plain variables only, not {other:?}", message.id.name),
            }
        }
        if message.id.name.starts_with("validation-attribute-") {
            attributes.insert(tokens.iter().map(|t| if let Token::Text(c) = t { *c } else { '?' }).collect());
        } else {
            templates.push((message.id.name.to_owned(), tokens));
        }
    }
    (templates, attributes)
}

/// Whether `template` can be the message `code` writes. A `{…}` of the code may stand for any stretch of the
/// template (text or variables: `{why}` is "has already started" in one template); a variable of the template
/// stands for a stretch of the code. Where the code has values, a variable may only take text without spaces
/// around them ("components.{index}.name", "-{MAX}"), or a field's name when it names a field, so that the
/// code's own words have to be the template's.
fn covers(template: &[Token], code: &[Token], attributes: &BTreeSet<String>) -> bool {
    let strict = code.iter().any(|token| matches!(token, Token::Value(_)));
    let may_take = |name: &str, stretch: &[Token]| {
        let text: String =
            stretch.iter().filter_map(|t| if let Token::Text(c) = t { Some(*c) } else { None }).collect();
        let has_value = stretch.iter().any(|t| matches!(t, Token::Value(_)));
        !strict
            || !text.contains(' ')
            || (!has_value && matches!(name, "attribute" | "other") && attributes.contains(&text))
    };
    let mut memo = HashMap::new();
    fn go(
        i: usize,
        j: usize,
        code: &[Token],
        template: &[Token],
        may_take: &dyn Fn(&str, &[Token]) -> bool,
        memo: &mut HashMap<(usize, usize), bool>,
    ) -> bool {
        if let Some(&known) = memo.get(&(i, j)) {
            return known;
        }
        let result = match (code.get(i), template.get(j)) {
            (None, None) => true,
            (Some(Token::Value(_)), _) if go(i + 1, j, code, template, may_take, memo) => true,
            (Some(Token::Value(_)), Some(_)) if go(i, j + 1, code, template, may_take, memo) => true,
            (Some(_), Some(Token::Value(name))) => (i + 1..=code.len())
                .any(|k| may_take(name, &code[i..k]) && go(k, j + 1, code, template, may_take, memo)),
            (Some(Token::Text(a)), Some(Token::Text(b))) => a == b && go(i + 1, j + 1, code, template, may_take, memo),
            _ => false,
        };
        memo.insert((i, j), result);
        result
    }
    go(0, 0, code, template, &may_take, &mut memo)
}

#[test]
fn every_validation_message_of_the_server_has_a_template() {
    let (templates, attributes) = templates();
    let mut uncovered = Vec::new();
    let mut untranslated = Vec::new();
    let mut excepted = BTreeSet::new();
    let mut scanned = 0;
    for file in scanned_files() {
        let code = code_of(&file);
        for literal in literals(&code) {
            if literal.in_attribute || !is_message(&literal.text) {
                continue;
            }
            if NOT_VALIDATION_MESSAGES.contains(&literal.text.as_str()) || SEED_TEXTS.contains(&literal.text.as_str()) {
                excepted.insert(literal.text);
                continue;
            }
            scanned += 1;
            if !literal.text.contains('{') {
                // A message written as it is: the server's very words come back in each language.
                for language in Language::ALL.into_iter().filter(|language| *language != Language::En) {
                    let translated = translate_validation(&literal.text, language);
                    if translated == literal.text || translated.contains("{$") {
                        untranslated.push(format!("{language}: {:?} → {translated:?}", literal.text));
                    }
                }
            }
            let tokens = tokens_of_code(&literal.text);
            if !templates.iter().any(|(_, template)| covers(template, &tokens, &attributes)) {
                let line = code[..literal.at].lines().count();
                let place = file.strip_prefix(root()).unwrap_or(&file).display().to_string();
                uncovered.push(format!("{place}:{line}: {:?}", literal.text));
            }
        }
    }
    assert!(
        uncovered.is_empty(),
        "validation messages without a template in locales/en/validation.ftl (add one, and its translations; or, \
         when it is not a validation message, list it in NOT_VALIDATION_MESSAGES):\n{}",
        uncovered.join("\n")
    );
    assert!(untranslated.is_empty(), "messages that do not translate:\n{}", untranslated.join("\n"));
    assert!(scanned > 200, "the scan found only {scanned} messages: is it still reading the code?");
    let stale: Vec<_> =
        NOT_VALIDATION_MESSAGES.iter().chain(SEED_TEXTS.iter()).filter(|text| !excepted.contains(**text)).collect();
    assert!(stale.is_empty(), "listed as not validation messages but no longer in the code: {stale:?}");
}

#[test]
fn the_scan_holds_messages_to_their_templates_words() {
    let (templates, attributes) = templates();
    let covered = |code: &str| {
        let tokens = tokens_of_code(code);
        templates.iter().any(|(_, template)| covers(template, &tokens, &attributes))
    };
    assert!(covered("The {} field is required."));
    assert!(covered("The check out at field must be within {LONGEST_RECORD_HOURS} hours of check in at."));
    assert!(covered("This leave request {why} and cannot be cancelled."));
    assert!(covered("The selected audience.{list}.{index} is invalid."));
    assert!(covered("The {field} field must be a date after {other}."));
    // A value of the code cannot swallow a template's words and leave its own to a variable.
    assert!(!covered("The {} field must be a colour."));
    assert!(!covered("The {} field must be a date in spring."));
    assert!(!covered("The start date field must be a colour."));
    assert!(!covered("Something {} else entirely."));
}

/// The fields the code validates by name: the first argument of the validator's checks (`v.required_date(
/// "start_date")`, `v.fail("reason", …)`, `errors.add("lines", …)`), of helpers that take the validator
/// (`one_of(&mut v, "accrual", …)`), and the fields of `for field in [...]` loops.
fn validated_fields() -> BTreeSet<String> {
    let mut fields = BTreeSet::new();
    for file in scanned_files() {
        let code = code_of(&file);
        for literal in literals(&code) {
            let field = &literal.text;
            let is_field = field.starts_with(|c: char| c.is_ascii_lowercase())
                && field.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if literal.in_attribute || !is_field {
                continue;
            }
            let before = code[..literal.at].trim_end();
            let call = before.strip_suffix('(').map(|call| {
                call.rsplit(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')).next().unwrap_or_default()
            });
            let by_check = call.and_then(|call| call.rsplit_once('.')).is_some_and(|(_, method)| {
                method.starts_with("required_")
                    || method.starts_with("optional_")
                    || matches!(method, "fail" | "add" | "after_or_equal" | "is_present")
            });
            let by_helper = before.strip_suffix(',').is_some_and(|before| {
                let argument = before.rsplit('(').next().unwrap_or_default().trim();
                argument.strip_prefix("&mut ").is_some_and(|v| v.chars().all(|c| c.is_alphanumeric() || c == '_'))
            });
            let in_loop = before.rfind("for ").is_some_and(|start| {
                let header = &before[start..];
                header.starts_with("for field in [") && !header.contains(']') && !header.contains('{')
            });
            if by_check || by_helper || in_loop {
                fields.insert(field.clone());
            }
        }
    }
    fields
}

#[test]
fn every_field_the_server_validates_has_its_name_in_every_language() {
    let (_, attributes) = templates();
    let fields = validated_fields();
    assert!(fields.len() > 100, "found only {} fields: is the scan still reading the code?", fields.len());
    let missing: Vec<String> =
        fields.iter().map(|field| field.replace('_', " ")).filter(|name| !attributes.contains(name)).collect();
    assert!(
        missing.is_empty(),
        "fields without a validation-attribute-… message in locales/*/validation.ftl: {missing:?}"
    );
}
