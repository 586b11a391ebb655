//! The catalogue is complete: every language has every message English has and no other, each message
//! uses only variables its English original uses or names in its comment, every message is used by the product, and every message
//! the product asks for exists. Covers the UI's files (`locales/<language>/ui/`) as well as the Rust side's.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use okta_hr_i18n::Language;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn files_under(dir: &Path, extensions: &[&str], found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display())) {
        let path = entry.expect("a readable folder").path();
        let name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default();
        if path.is_dir() {
            if !matches!(name, "node_modules" | "dist" | "target" | "gen") {
                files_under(&path, extensions, found);
            }
        } else if extensions.iter().any(|extension| name.ends_with(extension)) {
            found.push(path);
        }
    }
}

/// Each message's id and the variables its value uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_of_pattern(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_of_expression(expression, found);
        }
    }
}

fn variables_of_expression(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => variables_of_inline(inline, found),
        Expression::Select { selector, variants } => {
            variables_of_inline(selector, found);
            for variant in variants {
                variables_of_pattern(&variant.value, found);
            }
        }
    }
}

fn variables_of_inline(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => variables_of_expression(expression, found),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                variables_of_inline(argument, found);
            }
        }
        _ => {}
    }
}

/// The messages of one `.ftl` file; a syntax error fails the check with its place.
fn messages(file: &Path) -> Messages {
    let source = fs::read_to_string(file).expect("a readable catalogue file");
    let resource: ast::Resource<&str> = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.display()));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables_of_pattern(value, &mut variables);
                }
                // A variable the English text does not need is offered to translators in its comment
                // ("# $type: the leave type's name").
                for line in message.comment.iter().flat_map(|comment| comment.content.iter()) {
                    for word in line.split(|c: char| !(c.is_alphanumeric() || c == '$' || c == '_' || c == '-')) {
                        if let Some(name) = word.strip_prefix('$').filter(|name| !name.is_empty()) {
                            variables.insert(name.to_owned());
                        }
                    }
                }
                Some((message.id.name.to_owned(), variables))
            }
            _ => None,
        })
        .collect()
}

/// Every `.ftl` file of a language, by its path below the language's folder ("ui/leave.ftl").
fn catalogue(language: Language) -> BTreeMap<String, Messages> {
    let dir = root().join("locales").join(language.tag());
    let mut files = Vec::new();
    files_under(&dir, &[".ftl"], &mut files);
    files
        .into_iter()
        .map(|file| {
            let name = file.strip_prefix(&dir).expect("below its folder").to_string_lossy().into_owned();
            (name, messages(&file))
        })
        .collect()
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english = catalogue(Language::En);
    assert!(english.contains_key("payslip-pdf.ftl") && english.keys().any(|name| name.starts_with("ui/")));
    let mut problems = Vec::new();
    for language in Language::ALL.into_iter().filter(|language| *language != Language::En) {
        let translated = catalogue(language);
        for (file, messages) in &english {
            let Some(theirs) = translated.get(file) else {
                problems.push(format!("{language}/{file}: missing file"));
                continue;
            };
            for (id, variables) in messages {
                match theirs.get(id) {
                    None => problems.push(format!("{language}/{file}: missing {id}")),
                    Some(used) if !used.is_subset(variables) => problems.push(format!(
                        "{language}/{file}: {id} uses {:?}, English offers only {variables:?}",
                        used.difference(variables).collect::<Vec<_>>()
                    )),
                    Some(_) => {}
                }
            }
            for id in theirs.keys().filter(|id| !messages.contains_key(*id)) {
                problems.push(format!("{language}/{file}: {id} is not in English"));
            }
        }
        for file in translated.keys().filter(|file| !english.contains_key(*file)) {
            problems.push(format!("{language}/{file}: a file English does not have"));
        }
    }
    assert!(problems.is_empty(), "the catalogue is incomplete:\n{}", problems.join("\n"));
}

#[test]
fn no_message_id_is_defined_twice() {
    let mut problems = Vec::new();
    let mut seen: BTreeMap<(bool, String), String> = BTreeMap::new();
    for (file, messages) in catalogue(Language::En) {
        for id in messages.keys() {
            // The UI and the Rust side are separate bundles: an id may exist once in each.
            if let Some(other) = seen.insert((file.starts_with("ui/"), id.clone()), file.clone()) {
                problems.push(format!("{id} is in both {other} and {file}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn sources(dirs: &[&str], extensions: &[&str]) -> String {
    let mut files = Vec::new();
    for dir in dirs {
        files_under(&root().join(dir), extensions, &mut files);
    }
    files.sort();
    // Tests may name messages that do not exist, to show what happens then.
    files
        .iter()
        .filter(|file| {
            !file.to_string_lossy().contains(".test.") && !file.starts_with(root().join("crates/i18n/tests"))
        })
        .map(|file| fs::read_to_string(file).expect("readable source"))
        .collect()
}

/// Ids the source asks for through `call("id"` (`t("…"` in the UI, `.tr("…"` and `.tr_with("…"` in Rust).
fn asked_for(source: &str, calls: &[&str]) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for call in calls {
        for (start, _) in source.match_indices(call) {
            // `t("` only as the call itself, not as the end of `format("`.
            let before = source[..start].chars().next_back();
            if call.starts_with('t') && before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                continue;
            }
            let after = &source[start + call.len()..];
            let id: String =
                after.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
            if after[id.len()..].starts_with('"') && !id.is_empty() {
                found.insert(id);
            }
        }
    }
    found
}

#[test]
fn every_message_is_used_and_every_message_used_exists() {
    let english = catalogue(Language::En);
    let ids = |ui: bool| -> BTreeSet<String> {
        english
            .iter()
            .filter(|(file, _)| file.starts_with("ui/") == ui)
            .flat_map(|(_, messages)| messages.keys().cloned())
            .collect()
    };
    let ui_source = sources(&["ui/src"], &[".ts", ".svelte"]);
    let rust_source = sources(&["crates", "src-tauri/src"], &[".rs"]);
    let mut problems = Vec::new();
    for (ui, source, calls) in
        [(true, &ui_source, &["t(\"", "t('"][..]), (false, &rust_source, &[".tr(\"", ".tr_with(\""][..])]
    {
        let defined = ids(ui);
        let side = if ui { "UI" } else { "Rust" };
        for id in &defined {
            if !source.contains(&format!("\"{id}\"")) && !source.contains(&format!("'{id}'")) {
                problems.push(format!("{side}: {id} is never used"));
            }
        }
        for id in asked_for(source, calls).difference(&defined) {
            problems.push(format!("{side}: {id} is used but not in the English catalogue"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn english_comes_out_as_written_and_other_languages_in_their_words() {
    assert_eq!(Language::En.tr("pdf-net-pay"), "Net pay");
    assert_eq!(Language::De.tr("pdf-net-pay"), "Auszahlungsbetrag");
    let page = okta_hr_i18n::args!["number" => 2, "count" => 3];
    assert_eq!(Language::En.tr_with("pdf-page", &page), "Page 2 of 3");
    assert_eq!(Language::Fr.tr_with("pdf-page", &page), "Page 2 sur 3");
    // Right to left: the numbers are isolated so they keep their order inside Arabic text.
    assert_eq!(Language::Ar.tr_with("pdf-page", &page), "صفحة \u{2068}2\u{2069} من \u{2068}3\u{2069}");
    assert_eq!(Language::De.tr("no-such-message"), "no-such-message");
}
