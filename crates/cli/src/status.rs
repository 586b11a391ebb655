//! `okta-hr status`: who is signed in, today's state as the device knows it (queued check-ins
//! included), and what became of every write made here.

use crate::exit;
use crate::language::lang;
use crate::table::{ago, json, local_time};
use chrono::Utc;
use okta_hr_core::cache::TodayStatus;
use okta_hr_core::sync::QueuedWrite;
use okta_hr_core::{Core, CoreError, Status};
use okta_hr_i18n::args;
use serde::Serialize;
use std::process::ExitCode;

/// Today's state rides along in JSON too: a script must not have to guess it from the queue.
#[derive(Serialize)]
struct StatusJson {
    #[serde(flatten)]
    status: Status,
    today: TodayStatus,
}

pub fn run(core: &Core, as_json: bool) -> Result<ExitCode, CoreError> {
    let status = core.status()?;
    let today = core.today()?;
    let code = if status.needs_login { ExitCode::from(exit::SIGNED_OUT) } else { ExitCode::SUCCESS };
    if as_json {
        json(&StatusJson { status, today });
        return Ok(code);
    }
    println!(
        "{}",
        lang().tr_with("cli-status-signed-in", &args!["email" => &status.email, "server" => &status.server_url])
    );
    if status.needs_login {
        session_ended(status.signed_out_reason.clone().unwrap_or_else(|| lang().tr("cli-no-reason")));
    }
    match status.last_sync_at {
        Some(at) => {
            println!("{}", lang().tr_with("cli-last-sync", &args!["time" => local_time(at), "ago" => ago(Some(at))]))
        }
        None => println!("{}", lang().tr("cli-last-sync-never")),
    }
    if let Some(error) = &status.last_error {
        println!("{}", lang().tr_with("cli-last-problem", &args!["error" => error]));
    }
    println!("{}", today_line(&today));
    println!("{}", lang().tr_with("cli-waiting-to-sync", &args!["count" => status.pending.len()]));
    for write in &status.pending {
        print_pending(write);
    }
    if !status.rejected.is_empty() {
        println!("{}", lang().tr_with("cli-refused-count", &args!["count" => status.rejected.len()]));
        for write in &status.rejected {
            print_refused(write);
        }
        let example = status.rejected[0].id.to_string();
        println!("  {}", lang().tr_with("cli-dismiss-hint", &args!["id" => example]));
    }
    Ok(code)
}

/// The session ended: why, and that nothing queued is lost.
pub fn session_ended(reason: String) {
    println!("{}", lang().tr_with("cli-session-ended", &args!["reason" => reason]));
    println!("{}", lang().tr("cli-sign-in-again"));
}

fn today_line(today: &TodayStatus) -> String {
    if let Some(since) = today.since {
        // The open record may be an earlier day's, which `entries_today` does not hold.
        let pending = today.entries_today.iter().find(|e| e.check_in_at == since).map_or(today.pending, |e| e.pending);
        let id = if pending { "cli-today-checked-in-queued" } else { "cli-today-checked-in" };
        return lang().tr_with(id, &args!["time" => local_time(since)]);
    }
    let last_out = today.entries_today.iter().filter(|e| e.check_out_at.is_some()).max_by_key(|e| e.check_out_at);
    match last_out.and_then(|e| Some((e.check_out_at?, e.pending))) {
        Some((at, pending)) => {
            let id = if pending { "cli-today-checked-out-queued" } else { "cli-today-checked-out" };
            lang().tr_with(id, &args!["time" => local_time(at)])
        }
        None => lang().tr("cli-today-not-checked-in"),
    }
}

fn print_pending(write: &QueuedWrite) {
    let made = args![
        "id" => write.id.to_string(),
        "description" => &write.description,
        "time" => local_time(write.recorded_at.unwrap_or(write.created_at)),
    ];
    println!("  {}", lang().tr_with("cli-write-made", &made));
    if write.attempts == 0 {
        println!("     {}", lang().tr("cli-not-tried-yet"));
    } else {
        let attempts = match write.last_error.as_deref() {
            None => lang().tr_with("cli-attempts", &args!["count" => write.attempts]),
            Some(error) => lang().tr_with("cli-attempts-error", &args!["count" => write.attempts, "error" => error]),
        };
        println!("     {attempts}");
        match write.next_attempt_at {
            Some(at) if at > Utc::now() => {
                println!("     {}", lang().tr_with("cli-next-attempt-at", &args!["time" => local_time(at)]))
            }
            _ => println!("     {}", lang().tr("cli-next-attempt-now")),
        }
    }
    if let Some(warning) = &write.warning {
        println!("     {}", lang().tr_with("cli-warning", &args!["message" => warning]));
    }
}

fn print_refused(write: &QueuedWrite) {
    let mut made = args![
        "id" => write.id.to_string(),
        "description" => &write.description,
        "time" => local_time(write.recorded_at.unwrap_or(write.created_at)),
    ];
    let line = match write.completed_at {
        Some(at) => {
            made.set("refused", local_time(at));
            lang().tr_with("cli-write-made-refused", &made)
        }
        None => lang().tr_with("cli-write-made", &made),
    };
    println!("  {line}");
    let said = [
        ("cli-refusal-why", &write.rejection),
        ("cli-refusal-undone", &write.undone),
        ("cli-refusal-next-step", &write.next_step),
    ];
    for (id, text) in said {
        if let Some(text) = text {
            println!("     {}", lang().tr_with(id, &args!["text" => text]));
        }
    }
}
