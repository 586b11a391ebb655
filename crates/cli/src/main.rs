//! `okta-hr`: Okta HR from a terminal, a kiosk or a support script; offline-first like the app.

mod admin;
mod announce;
mod args;
mod assets;
mod commands;
mod corrections;
mod exit;
mod hr;
mod language;
mod leave_policy;
mod payroll;
mod people;
mod shifts;
mod status;
mod sync;
mod table;
mod working_weeks;

use clap::Parser;
use std::process::ExitCode;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = args::Args::parse_from(std::env::args_os().map(language::without_isolation_marks));
    language::set(language::choose(args.lang.as_deref(), |name| std::env::var(name).ok()));
    match commands::run(args).await {
        Ok(code) => code,
        Err(error) => {
            exit::report(&error);
            exit::for_error(&error)
        }
    }
}
