//! Plain aligned tables for people; JSON for scripts; and the small formatters every command shares.

use chrono::{DateTime, Local, Utc};
use okta_hr_core::{Fresh, WITHDRAWN, WriteOutcome};
use serde::Serialize;
use std::process::ExitCode;

pub struct Table {
    headers: Vec<&'static str>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(headers: &[&'static str]) -> Self {
        Self { headers: headers.to_vec(), rows: Vec::new() }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn print(&self) {
        if self.rows.is_empty() {
            println!("(nothing)");
            return;
        }
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for row in &self.rows {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.chars().count());
            }
        }
        let line = |cells: Vec<&str>| {
            let padded: Vec<String> =
                cells.iter().zip(&widths).map(|(cell, width)| format!("{cell:<width$}")).collect();
            println!("{}", padded.join("  ").trim_end());
        };
        line(self.headers.clone());
        for row in &self.rows {
            line(row.iter().map(String::as_str).collect());
        }
    }
}

pub fn json<T: Serialize>(value: &T) {
    println!("{}", serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}")));
}

pub fn or_dash(value: Option<impl ToString>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| v.to_string())
}

/// How long ago `at` was, coarsely: "just now", "5 min ago", "3 h ago", "2 days ago"; "never" for none.
pub fn ago(at: Option<DateTime<Utc>>) -> String {
    match at {
        None => "never".to_owned(),
        Some(at) => {
            let minutes = (Utc::now() - at).num_minutes();
            match minutes {
                ..1 => "just now".to_owned(),
                1..60 => format!("{minutes} min ago"),
                60..2880 => format!("{} h ago", minutes / 60),
                _ => format!("{} days ago", minutes / 1440),
            }
        }
    }
}

/// An absolute time on this device's clock, e.g. "2026-12-06 09:14 (local)": a time read later, or
/// compared with a clock on the wall, must not need converting from UTC.
pub fn local_time(at: DateTime<Utc>) -> String {
    at.with_timezone(&Local).format("%Y-%m-%d %H:%M (local)").to_string()
}

/// Tells the reader on stderr how old a read's data is, so stdout stays the table or JSON alone.
pub fn stale_note<T>(fresh: &Fresh<T>) {
    eprintln!("(as of {})", ago(fresh.fetched_at));
}

/// Queued writes exit 0 ("queued, will sync"), and so does a request taken off the queue before it was
/// sent; a refusal prints the server's reason and exits `exit::REFUSED`.
pub fn report_write(outcome: &WriteOutcome, done: &str, as_json: bool) -> ExitCode {
    if as_json {
        json(outcome);
    } else {
        if let Some(warning) = &outcome.warning {
            eprintln!("warning: {warning}");
        }
        match outcome.state.as_str() {
            "synced" => println!("{done}."),
            "queued" => println!(
                "Queued, will sync{}.",
                outcome.message.as_ref().map(|m| format!(" ({m})")).unwrap_or_default()
            ),
            WITHDRAWN => println!("Taken off the queue: it had never reached the server."),
            _ => println!("Refused by the server: {}", outcome.message.clone().unwrap_or_default()),
        }
    }
    if outcome.state == "rejected" { ExitCode::from(crate::exit::REFUSED) } else { ExitCode::SUCCESS }
}
