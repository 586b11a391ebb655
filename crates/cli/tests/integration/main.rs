//! The `okta-hr` binary against the real server, as a user types it; one binary for every story.

mod admin;
mod story;

use std::path::Path;
use std::process::Output;

async fn okta_hr(data_dir: &Path, args: &[&str]) -> Output {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_okta-hr"));
    command.arg("--data-dir").arg(data_dir).args(args).env_remove("OKTA_HR_SERVER");
    command.output().await.unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
