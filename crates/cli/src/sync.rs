//! `okta-hr sync` and `okta-hr dismiss`: sending the queue now, with an exit code a script can act
//! on, and clearing refusals once the user has read them.

use crate::exit;
use crate::language::lang;
use crate::table::json;
use okta_hr_core::{Core, CoreError};
use okta_hr_i18n::args;
use std::process::ExitCode;

/// The code of a sync. A new sign-in comes first because nothing else can move until then; a
/// refusal next, because only the user can act on it, whereas a queue waiting for the network
/// empties by itself.
fn exit_code(needs_login: bool, refusals: bool, still_queued: u64) -> u8 {
    if needs_login {
        exit::SIGNED_OUT
    } else if refusals {
        exit::REFUSED
    } else if still_queued > 0 {
        exit::STILL_QUEUED
    } else {
        0
    }
}

pub async fn sync(core: &Core, as_json: bool) -> Result<ExitCode, CoreError> {
    let report = core.sync().await?;
    let status = core.status()?;
    // A refusal counts until dismissed, so a script that missed the sync it happened in still hears of it.
    let code = ExitCode::from(exit_code(report.needs_login, !status.rejected.is_empty(), report.pending));
    if report.stopped.is_none()
        && let Some(error) = &status.last_error
    {
        eprintln!("{}", lang().tr_with("cli-cache-not-refreshed", &args!["error" => error]));
    }
    if as_json {
        json(&report);
        return Ok(code);
    }
    let counts = args!["sent" => report.sent, "refused" => report.rejected.len(), "queued" => report.pending];
    println!("{}", lang().tr_with("cli-sync-counts", &counts));
    for (what, why) in &report.rejected {
        println!("  {}", lang().tr_with("cli-sync-refused", &args!["what" => what, "why" => why]));
    }
    if report.needs_login {
        let reason = status.signed_out_reason.as_deref().or(report.stopped.as_deref()).unwrap_or_default();
        crate::status::session_ended(reason.to_owned());
    } else if report.pending > 0 {
        let why = report.stopped.clone().unwrap_or_else(|| lang().tr("cli-unreachable"));
        println!("{}", lang().tr_with("cli-still-queued", &args!["why" => why]));
    }
    let earlier = status.rejected.len().saturating_sub(report.rejected.len());
    if earlier > 0 {
        println!("{}", lang().tr_with("cli-earlier-refusals", &args!["count" => earlier]));
    }
    if !status.rejected.is_empty() {
        println!("{}", lang().tr("cli-refusals-hint"));
    }
    Ok(code)
}

pub fn dismiss(core: &Core, id: Option<i64>, as_json: bool) -> Result<ExitCode, CoreError> {
    let refused = core.status()?.rejected;
    let dismissed = core.dismiss_refusals(id).map_err(|error| match error {
        CoreError::Invalid(message) => {
            CoreError::Invalid(lang().tr_with("cli-dismiss-unknown", &args!["message" => message]))
        }
        other => other,
    })?;
    if as_json {
        json(&serde_json::json!({ "dismissed": dismissed }));
        return Ok(ExitCode::SUCCESS);
    }
    let listed = refused.iter().filter(|w| id.is_none_or(|id| w.id == id));
    match (id, dismissed) {
        (None, 0) => println!("{}", lang().tr("cli-nothing-to-dismiss")),
        (Some(id), _) => {
            let line = match refused.iter().find(|w| w.id == id) {
                Some(write) => lang().tr_with(
                    "cli-dismissed-one-described",
                    &args!["id" => id.to_string(), "description" => &write.description],
                ),
                None => lang().tr_with("cli-dismissed-one", &args!["id" => id.to_string()]),
            };
            println!("{line}");
        }
        (None, count) => {
            println!("{}", lang().tr_with("cli-dismissed-many", &args!["count" => count]));
            for write in listed {
                println!("  #{} {}", write.id, write.description);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sync_answers_what_the_user_must_do_first() {
        assert_eq!(exit_code(false, false, 0), 0, "everything sent");
        assert_eq!(exit_code(false, false, 2), exit::STILL_QUEUED);
        assert_eq!(exit_code(false, true, 2), exit::REFUSED, "a refusal before a queue that empties by itself");
        assert_eq!(exit_code(true, true, 2), exit::SIGNED_OUT, "nothing moves until a new sign-in");
        assert_eq!(exit_code(true, false, 0), exit::SIGNED_OUT);
    }

    #[test]
    fn the_codes_are_distinct_and_leave_clap_and_failure_alone() {
        let codes = [exit::SIGNED_OUT, exit::REFUSED, exit::UNSYNCED_WORK, exit::STILL_QUEUED];
        for (i, code) in codes.iter().enumerate() {
            assert!(![0, 1, 2].contains(code), "{code} is taken by success, failure or clap's usage errors");
            assert!(!codes[i + 1..].contains(code), "{code} means two things");
            assert!(crate::exit::help().contains(&format!("  {code}  ")), "{code} is in --help");
        }
    }
}
