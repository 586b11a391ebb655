//! The language `okta-hr` speaks to people: `--lang` (or `OKTA_HR_LANG`), else the system's locale, through
//! the catalogue's own negotiation. Only human text follows it: `--json` is the same in every language.

use okta_hr_i18n::Language;
use std::ffi::OsString;
use std::sync::OnceLock;

/// The POSIX locale variables, strongest first. LANGUAGE (GNU's list of preferences, "de:fr") comes last:
/// it still helps when the others name a language the product lacks.
const LOCALE_VARIABLES: [&str; 4] = ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"];

static CHOSEN: OnceLock<Language> = OnceLock::new();

/// The language of everything the CLI prints for people; English until [`set`] is called (unit tests
/// never call it).
pub fn lang() -> Language {
    CHOSEN.get().copied().unwrap_or_default()
}

/// Fixes the process's language once, before anything is printed.
pub fn set(language: Language) {
    let _first_choice_wins = CHOSEN.set(language);
}

/// The language `requested` (`--lang` or `OKTA_HR_LANG`) names, else the first the locale variables
/// name that the product speaks; `env` reads a variable. "C" and "POSIX" are the locale of no language,
/// so one of them stops the search at English, as it stops gettext's.
pub fn choose(requested: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Language {
    let mut wanted: Vec<String> = requested.map(str::to_owned).into_iter().collect();
    for variable in LOCALE_VARIABLES {
        // POSIX treats a variable set to nothing as unset.
        let Some(value) = env(variable).filter(|value| !value.trim().is_empty()) else {
            continue;
        };
        wanted.extend(value.split(':').map(str::to_owned));
    }
    let mut tags = Vec::new();
    for value in &wanted {
        let tag = locale_tag(value);
        if matches!(tag, "C" | "POSIX") {
            break;
        }
        if !tag.is_empty() {
            tags.push(tag);
        }
    }
    Language::negotiate(tags)
}

/// A command-line argument without the invisible bidi isolation marks Arabic messages put around the IDs
/// and names they print: pasted back into a command, they are not part of the ID.
pub fn without_isolation_marks(argument: OsString) -> OsString {
    match argument.into_string() {
        Ok(text) if text.contains(is_isolation_mark) => text.replace(is_isolation_mark, "").into(),
        Ok(text) => text.into(),
        Err(not_unicode) => not_unicode,
    }
}

fn is_isolation_mark(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}')
}

/// The language part of a locale name: "de_DE.UTF-8@euro" → "de_DE"; a BCP 47 tag passes as it is.
fn locale_tag(value: &str) -> &str {
    value.trim().split(['.', '@']).next().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::{Language, choose};

    fn with(variables: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let variables: Vec<(String, String)> =
            variables.iter().map(|(name, value)| ((*name).to_owned(), (*value).to_owned())).collect();
        move |name| variables.iter().find(|(n, _)| n == name).map(|(_, value)| value.clone())
    }

    #[test]
    fn the_system_locale_names_the_language_in_posix_order() {
        assert_eq!(choose(None, with(&[("LANG", "de_DE.UTF-8")])), Language::De);
        assert_eq!(choose(None, with(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "fr_FR.UTF-8")])), Language::Fr);
        assert_eq!(choose(None, with(&[("LC_MESSAGES", "fr_FR"), ("LC_ALL", "es_MX.UTF-8")])), Language::Es);
        assert_eq!(choose(None, with(&[("LANG", "pt_BR.UTF-8@latin")])), Language::PtBr);
        assert_eq!(choose(None, with(&[("LANGUAGE", "ar:en")])), Language::Ar);
        assert_eq!(choose(None, with(&[])), Language::En);
    }

    #[test]
    fn c_and_posix_mean_english_and_empty_means_unset() {
        assert_eq!(choose(None, with(&[("LC_ALL", "C"), ("LANG", "de_DE.UTF-8")])), Language::En);
        assert_eq!(choose(None, with(&[("LC_ALL", "C.UTF-8"), ("LANG", "de_DE.UTF-8")])), Language::En);
        assert_eq!(choose(None, with(&[("LC_MESSAGES", "POSIX"), ("LANG", "fr_FR")])), Language::En);
        assert_eq!(choose(None, with(&[("LC_ALL", ""), ("LANG", "fr_FR.UTF-8")])), Language::Fr);
    }

    #[test]
    fn a_language_we_lack_gives_way_to_the_next_one_named() {
        assert_eq!(choose(None, with(&[("LANG", "ja_JP.UTF-8"), ("LANGUAGE", "ja:de")])), Language::De);
        assert_eq!(choose(None, with(&[("LANG", "ja_JP.UTF-8")])), Language::En);
        assert_eq!(choose(Some("ja"), with(&[("LANG", "fr_FR.UTF-8")])), Language::Fr);
    }

    /// Every `"cli-…"` literal of this crate's source, wherever it is handed to `tr`.
    fn ids_in_source(dir: &std::path::Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                ids_in_source(&path, found);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                for (start, _) in source.match_indices("\"cli-") {
                    let rest = &source[start + 1..];
                    let id: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                    if rest[id.len()..].starts_with('"') && id.len() > "cli-".len() {
                        found.push(id);
                    }
                }
            }
        }
    }

    /// The catalogue's own check sees `.tr("…")` calls; table columns and messages chosen in a `match` reach
    /// `tr` through a variable, so they are checked here.
    #[test]
    fn every_message_the_cli_names_is_in_the_catalogue() {
        let mut ids = Vec::new();
        ids_in_source(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut ids);
        assert!(ids.len() > 300, "{} ids found", ids.len());
        let missing: Vec<&String> = ids.iter().filter(|id| Language::En.tr(id) == **id).collect();
        assert!(missing.is_empty(), "not in locales/en/cli.ftl: {missing:?}");
    }

    #[test]
    fn an_id_copied_from_arabic_output_reads_as_typed() {
        let pasted = super::without_isolation_marks("#\u{2068}12\u{2069}".into());
        assert_eq!(pasted, "#12");
        assert_eq!(super::without_isolation_marks("Größe".into()), "Größe");
    }

    #[test]
    fn the_flag_or_okta_hr_lang_wins_over_the_system() {
        assert_eq!(choose(Some("de"), with(&[("LC_ALL", "fr_FR.UTF-8")])), Language::De);
        assert_eq!(choose(Some("pt-BR"), with(&[])), Language::PtBr);
        assert_eq!(choose(Some("en"), with(&[("LANG", "de_DE.UTF-8")])), Language::En);
        assert_eq!(choose(Some("C"), with(&[("LANG", "de_DE.UTF-8")])), Language::En);
    }
}
