//! The product's words outside the UI, in the six languages it speaks: the payslip PDF, the CLI, the server's
//! notifications, the device's pre-check messages and, when a request asks for them, translated validation
//! messages. The messages are the Fluent files of `locales/<language>/*.ftl`, compiled in (`build.rs`); the
//! UI reads its own from `locales/<language>/ui/`. Pure: no I/O after start.
//!
//! English is the product's own language and the API's contract: its texts come out byte for byte as the
//! catalogue writes them (no bidi isolation marks), and any message a language lacks falls back to English.

mod language;
mod validation;

use std::sync::LazyLock;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

pub use fluent_bundle::{FluentArgs, FluentValue};
pub use language::Language;
pub use validation::translate_validation;

const SOURCES: [(Language, &str); 6] = [
    (Language::En, include_str!(concat!(env!("OUT_DIR"), "/en.ftl"))),
    (Language::De, include_str!(concat!(env!("OUT_DIR"), "/de.ftl"))),
    (Language::Fr, include_str!(concat!(env!("OUT_DIR"), "/fr.ftl"))),
    (Language::Es, include_str!(concat!(env!("OUT_DIR"), "/es.ftl"))),
    (Language::PtBr, include_str!(concat!(env!("OUT_DIR"), "/pt-BR.ftl"))),
    (Language::Ar, include_str!(concat!(env!("OUT_DIR"), "/ar.ftl"))),
];

static BUNDLES: LazyLock<Vec<FluentBundle<FluentResource>>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(language, source)| {
            // The catalogue checks (tests/catalogue.rs) parse every file, so a syntax error cannot ship; the
            // messages that do parse are still served rather than none.
            let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(partial, _)| partial);
            let mut bundle = FluentBundle::new_concurrent(vec![language.identifier()]);
            // Isolation marks keep a left-to-right name readable inside right-to-left text; elsewhere they
            // would be invisible characters in a PDF's copied text or a terminal.
            bundle.set_use_isolating(language.is_right_to_left());
            let _overriding_is_impossible_in_one_resource = bundle.add_resource(resource);
            bundle
        })
        .collect()
});

impl Language {
    /// The message `id` in this language.
    pub fn tr(self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` in this language with its variables (`args!["count" => 3]`).
    pub fn tr_with(self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    fn format(self, id: &str, args: Option<&FluentArgs>) -> String {
        [self, Language::En]
            .into_iter()
            .find_map(|language| {
                let bundle = &BUNDLES[language.index()];
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
            })
            .unwrap_or_else(|| id.to_owned())
    }
}

/// `args!["count" => 3, "name" => "Ana"]`: a message's variables.
#[macro_export]
macro_rules! args {
    ($($name:expr => $value:expr),* $(,)?) => {{
        let mut args = $crate::FluentArgs::new();
        $(args.set($name, $value);)*
        args
    }};
}
