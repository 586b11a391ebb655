//! Exit codes. Scripts branch on them, so each code means one thing across every command, and the
//! help texts are written from the same constants so they cannot drift apart.

use crate::language::lang;
use okta_hr_core::CoreError;
use okta_hr_core::client::ClientError;
use okta_hr_i18n::args;
use std::process::ExitCode;

/// Not signed in, or the server ended the session: sign in again (queued writes are kept).
pub const SIGNED_OUT: u8 = 3;
/// The server refused a write.
pub const REFUSED: u8 = 4;
/// `logout` refused: writes have not reached the server yet.
pub const UNSYNCED_WORK: u8 = 5;
/// `sync` could not empty the queue: the server cannot be reached.
pub const STILL_QUEUED: u8 = 6;

/// Prints why a command failed on stderr. When the server judged the input (a 422), each field's messages
/// are listed, as the server worded them, rather than only the first.
pub fn report(error: &CoreError) {
    match error {
        CoreError::Client(ClientError::Rejected { status, errors, .. }) if !errors.is_empty() => {
            eprintln!("{}", lang().tr_with("cli-error-refused", &args!["status" => status.to_string()]));
            for (field, messages) in &errors.0 {
                for message in messages {
                    eprintln!("  {field}: {message}");
                }
            }
        }
        other => eprintln!("{}", lang().tr_with("cli-error", &args!["message" => other.to_string()])),
    }
}

pub fn for_error(error: &CoreError) -> ExitCode {
    match error {
        CoreError::NotSignedIn | CoreError::Client(ClientError::Unauthenticated { .. }) => ExitCode::from(SIGNED_OUT),
        CoreError::Client(ClientError::Rejected { .. }) => ExitCode::from(REFUSED),
        CoreError::UnsyncedWork(_) => ExitCode::from(UNSYNCED_WORK),
        _ => ExitCode::FAILURE,
    }
}

/// The top-level `--help`'s table of every code. English, as all of `--help` is: clap builds it from the
/// doc comments while it is still reading the command line that names the language.
pub fn help() -> String {
    format!(
        "Exit codes:
  0  done; a write the server cannot take yet is queued, will sync, and also exits 0
  1  failed (the message says why)
  2  the command line was not understood
  {SIGNED_OUT}  not signed in, or the session ended: sign in again (queued writes are kept)
  {REFUSED}  the server refused a write (the reason is printed; `status` lists refusals, `dismiss` clears them)
  {UNSYNCED_WORK}  logout refused: writes have not reached the server (`logout --force` discards them)
  {STILL_QUEUED}  sync: writes are still queued because the server cannot be reached"
    )
}

/// `sync --help`: its codes, in the order they take precedence.
pub fn sync_help() -> String {
    format!(
        "Exit codes (when several apply, the first listed wins):
  {SIGNED_OUT}  the session ended: sign in again with `okta-hr login` (the queued writes are kept)
  {REFUSED}  the server refused a write, in this sync or an earlier one not dismissed yet:
     `okta-hr status` says what was undone, `okta-hr dismiss` clears it
  {STILL_QUEUED}  writes are still queued: the server cannot be reached; sync again later
  0  everything was sent: nothing is left queued
  1  the sync itself failed (the message says why)"
    )
}
