//! Plain aligned tables for people; JSON for scripts; and the small formatters every command shares.

use crate::language::lang;
use chrono::{DateTime, Local, Utc};
use okta_hr_core::{Fresh, WITHDRAWN, WriteOutcome};
use okta_hr_i18n::args;
use serde::Serialize;
use std::process::ExitCode;

pub struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table whose columns are headed by these catalogue messages (`cli-col-…`); "" heads a column
    /// whose cells explain themselves.
    pub fn new(header_ids: &[&'static str]) -> Self {
        let headers = header_ids.iter().map(|id| if id.is_empty() { String::new() } else { lang().tr(id) }).collect();
        Self { headers, rows: Vec::new() }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn print(&self) {
        if self.rows.is_empty() {
            println!("{}", lang().tr("cli-table-empty"));
            return;
        }
        let mut widths: Vec<usize> = self.headers.iter().map(|h| shown_width(h)).collect();
        for row in &self.rows {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(shown_width(cell));
            }
        }
        let line = |cells: Vec<&str>| {
            let padded: Vec<String> = cells
                .iter()
                .zip(&widths)
                .map(|(cell, width)| format!("{cell}{}", " ".repeat(width - shown_width(cell))))
                .collect();
            println!("{}", padded.join("  ").trim_end());
        };
        line(self.headers.iter().map(String::as_str).collect());
        for row in &self.rows {
            line(row.iter().map(String::as_str).collect());
        }
    }
}

/// The characters a terminal gives a column of room: the bidi isolation marks around an Arabic message's
/// variables, and the Arabic vowel marks written above or below a letter, take none, so counting them
/// would push the columns after them out of line.
fn shown_width(text: &str) -> usize {
    text.chars()
        .filter(|c| {
            !matches!(c,
                '\u{2066}'..='\u{2069}'
                | '\u{0610}'..='\u{061A}'
                | '\u{064B}'..='\u{065F}'
                | '\u{0670}'
                | '\u{06D6}'..='\u{06DC}'
                | '\u{06DF}'..='\u{06E4}'
                | '\u{06E7}'..='\u{06E8}'
                | '\u{06EA}'..='\u{06ED}')
        })
        .count()
}

pub fn json<T: Serialize>(value: &T) {
    println!("{}", serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}")));
}

pub fn or_dash(value: Option<impl ToString>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| v.to_string())
}

/// "retired" or "in use", a catalogue entry's state.
pub fn in_use(retired: bool) -> String {
    lang().tr(if retired { "cli-retired" } else { "cli-in-use" })
}

/// How long ago `at` was, coarsely: "just now", "5 min ago", "3 h ago", "2 days ago"; "never" for none.
pub fn ago(at: Option<DateTime<Utc>>) -> String {
    match at {
        None => lang().tr("cli-never"),
        Some(at) => {
            let minutes = (Utc::now() - at).num_minutes();
            match minutes {
                ..1 => lang().tr("cli-just-now"),
                1..60 => lang().tr_with("cli-minutes-ago", &args!["count" => minutes]),
                60..2880 => lang().tr_with("cli-hours-ago", &args!["count" => minutes / 60]),
                _ => lang().tr_with("cli-days-ago", &args!["count" => minutes / 1440]),
            }
        }
    }
}

/// An absolute time on this device's clock, e.g. "2026-12-06 09:14 (local)": a time read later, or
/// compared with a clock on the wall, must not need converting from UTC.
pub fn local_time(at: DateTime<Utc>) -> String {
    let time = at.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string();
    lang().tr_with("cli-local-time", &args!["time" => time])
}

/// Tells the reader on stderr how old a read's data is, so stdout stays the table or JSON alone.
pub fn stale_note<T>(fresh: &Fresh<T>) {
    eprintln!("{}", lang().tr_with("cli-as-of", &args!["ago" => ago(fresh.fetched_at)]));
}

/// "warning: …" on stderr, with a message from the core or the server as it came.
pub fn warn(message: impl std::fmt::Display) {
    eprintln!("{}", lang().tr_with("cli-warning", &args!["message" => message.to_string()]));
}

/// Queued writes exit 0 ("queued, will sync"), and so does a request taken off the queue before it was
/// sent; a refusal prints the server's reason and exits `exit::REFUSED`. `done` is what a synced write
/// says, in the reader's language.
pub fn report_write(outcome: &WriteOutcome, done: &str, as_json: bool) -> ExitCode {
    if as_json {
        json(outcome);
    } else {
        if let Some(warning) = &outcome.warning {
            warn(warning);
        }
        match (outcome.state.as_str(), &outcome.message) {
            ("synced", _) => println!("{done}"),
            ("queued", None) => println!("{}", lang().tr("cli-queued")),
            ("queued", Some(reason)) => {
                println!("{}", lang().tr_with("cli-queued-because", &args!["reason" => reason]))
            }
            (WITHDRAWN, _) => println!("{}", lang().tr("cli-withdrawn")),
            (_, reason) => {
                let reason = reason.clone().unwrap_or_default();
                println!("{}", lang().tr_with("cli-write-refused", &args!["reason" => reason]));
            }
        }
    }
    if outcome.state == "rejected" { ExitCode::from(crate::exit::REFUSED) } else { ExitCode::SUCCESS }
}
/// A status from the server, marked as waiting in this device's queue.
pub fn queued_status(status: &str) -> String {
    lang().tr_with("cli-status-queued", &args!["status" => status])
}

/// A file that could not be written, and why.
pub fn cannot_write(path: &std::path::Path, error: &std::io::Error) -> okta_hr_core::CoreError {
    let what = args!["path" => path.display().to_string(), "error" => error.to_string()];
    okta_hr_core::CoreError::Invalid(lang().tr_with("cli-cannot-write", &what))
}
