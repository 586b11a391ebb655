//! The `okta-hr` binary against the real server, as a user types it; one binary for every story.

mod admin;
mod announce;
mod assets;
mod corrections;
mod hr;
mod language;
mod leave_policy;
mod payroll;
mod people;
mod story;
mod sync_codes;

use okta_hr_test_support::Server;
use rusqlite::types::Value as SqlValue;
use std::path::Path;
use std::process::Output;

/// What chooses the CLI's language: the tests read English unless they set one of these themselves.
const LANGUAGE_VARIABLES: [&str; 5] = ["OKTA_HR_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"];

/// The `okta-hr` binary on `data_dir`, for a test that needs more of the shell (standard input,
/// a time zone, a language) than [`okta_hr`] gives it.
fn okta_hr_command(data_dir: &Path, args: &[&str]) -> tokio::process::Command {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_okta-hr"));
    command.arg("--data-dir").arg(data_dir).args(args).env_remove("OKTA_HR_SERVER").env_remove("OKTA_HR_PASSWORD");
    for variable in LANGUAGE_VARIABLES {
        command.env_remove(variable);
    }
    command
}

async fn okta_hr(data_dir: &Path, args: &[&str]) -> Output {
    okta_hr_command(data_dir, args).output().await.unwrap()
}

/// Signs HR in with the demo password on the device whose data lives in `data_dir`.
async fn sign_in_as_hr(data_dir: &Path, server_url: &str) {
    let login =
        okta_hr(data_dir, &["login", "--server", server_url, "--email", "hr@acme.test", "--password", "password"])
            .await;
    assert!(login.status.success(), "{login:?}");
}

/// What a `--json` command printed.
fn parsed(output: &Output) -> serde_json::Value {
    serde_json::from_str(&stdout(output)).unwrap_or_else(|e| panic!("{e}: {output:?}"))
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// How many rows of the server's database `sql` counts, for the demo employee.
fn count_for_employee(server: &Server, sql: &str, value: &str) -> i64 {
    let employee = server
        .probe()
        .query_row("SELECT id FROM employees WHERE email = 'employee@acme.test'", [], |r| r.get::<_, i64>(0))
        .unwrap();
    server.probe().query_row(sql, [SqlValue::from(employee), SqlValue::from(value.to_owned())], |r| r.get(0)).unwrap()
}
