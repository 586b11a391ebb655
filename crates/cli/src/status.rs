//! `okta-hr status`: who is signed in, today's state as the device knows it (queued check-ins
//! included), and what became of every write made here.

use crate::exit;
use crate::table::{ago, json, local_time};
use chrono::Utc;
use okta_hr_core::cache::TodayStatus;
use okta_hr_core::sync::QueuedWrite;
use okta_hr_core::{Core, CoreError, Status};
use serde::Serialize;
use std::process::ExitCode;

/// When the server ended the session without saying why.
const NO_REASON: &str = "the server did not say why";

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
    println!("Signed in as {} on {}", status.email, status.server_url);
    if status.needs_login {
        println!("Your session has ended: {}", status.signed_out_reason.as_deref().unwrap_or(NO_REASON));
        println!("Sign in again with `okta-hr login`; the queued writes are kept and sent then.");
    }
    match status.last_sync_at {
        Some(at) => println!("Last successful sync: {}, {}", local_time(at), ago(Some(at))),
        None => println!("Last successful sync: never"),
    }
    if let Some(error) = &status.last_error {
        println!("Last problem: {error}");
    }
    println!("{}", today_line(&today));
    println!("Waiting to sync: {}", status.pending.len());
    for write in &status.pending {
        print_pending(write);
    }
    if !status.rejected.is_empty() {
        println!("Refused by the server: {}", status.rejected.len());
        for write in &status.rejected {
            print_refused(write);
        }
        let example = status.rejected[0].id;
        println!("  Once read, dismiss one with `okta-hr dismiss {example}`, or all with `okta-hr dismiss --all`.");
    }
    Ok(code)
}

fn today_line(today: &TodayStatus) -> String {
    let queued = |pending: bool| if pending { " (queued)" } else { "" };
    if let Some(since) = today.since {
        // The open record may be an earlier day's, which `entries_today` does not hold.
        let pending = today.entries_today.iter().find(|e| e.check_in_at == since).map_or(today.pending, |e| e.pending);
        return format!("Today: checked in{} since {}", queued(pending), local_time(since));
    }
    let last_out = today.entries_today.iter().filter(|e| e.check_out_at.is_some()).max_by_key(|e| e.check_out_at);
    match last_out.and_then(|e| Some((e.check_out_at?, e.pending))) {
        Some((at, pending)) => format!("Today: not checked in; checked out{} at {}", queued(pending), local_time(at)),
        None => "Today: not checked in".to_owned(),
    }
}

fn print_pending(write: &QueuedWrite) {
    println!(
        "  #{} {}, made {}",
        write.id,
        write.description,
        local_time(write.recorded_at.unwrap_or(write.created_at))
    );
    if write.attempts == 0 {
        println!("     not tried yet");
    } else {
        let error = write.last_error.as_deref().map(|e| format!("; last error: {e}")).unwrap_or_default();
        println!("     {} attempt(s){error}", write.attempts);
        match write.next_attempt_at {
            Some(at) if at > Utc::now() => {
                println!("     next attempt from {}; `okta-hr sync` tries at once", local_time(at))
            }
            _ => println!("     next attempt: due now; `okta-hr sync` sends it"),
        }
    }
    if let Some(warning) = &write.warning {
        println!("     warning: {warning}");
    }
}

fn print_refused(write: &QueuedWrite) {
    let refused = write.completed_at.map(|at| format!(", refused {}", local_time(at))).unwrap_or_default();
    let made = local_time(write.recorded_at.unwrap_or(write.created_at));
    println!("  #{} {}, made {made}{refused}", write.id, write.description);
    for (label, text) in [("why", &write.rejection), ("undone", &write.undone), ("next step", &write.next_step)] {
        if let Some(text) = text {
            println!("     {label}: {text}");
        }
    }
}
