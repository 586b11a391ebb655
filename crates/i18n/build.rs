//! Joins each language's Rust-side catalogue (`locales/<language>/*.ftl`; the UI's own files are in `ui/`
//! below it) into one file the crate compiles in, so a new `.ftl` file needs no code change.

use std::{env, fs, path::Path};

const LANGUAGES: [&str; 6] = ["en", "de", "fr", "es", "pt-BR", "ar"];

fn main() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed={}", locales.display());
    for language in LANGUAGES {
        let dir = locales.join(language);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
            .map(|entry| entry.expect("a readable folder").path())
            .filter(|path| path.extension().is_some_and(|extension| extension == "ftl"))
            .collect();
        files.sort();
        let mut joined = String::new();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            joined.push_str(&fs::read_to_string(&file).unwrap_or_else(|error| panic!("{}: {error}", file.display())));
            joined.push('\n');
        }
        fs::write(Path::new(&out).join(format!("{language}.ftl")), joined).expect("OUT_DIR is writable");
    }
}
