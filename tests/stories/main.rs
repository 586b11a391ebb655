//! Stories that cross crates: the offline core of the app and the CLI against the real server, through
//! the faults a phone meets (a server down or killed, an answer lost, the app killed mid-write).

mod fault_trials;
