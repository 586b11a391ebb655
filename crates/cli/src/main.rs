//! `okta-hr`: Okta HR from a terminal, a kiosk or a support script; offline-first like the app.

mod admin;
mod args;
mod commands;
mod exit;
mod status;
mod sync;
mod table;

use clap::Parser;
use std::process::ExitCode;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = args::Args::parse();
    match commands::run(args).await {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error}");
            exit::for_error(&error)
        }
    }
}
