# The Team attendance screen (ui/src/screens/Team.svelte).

team-subtitle = Who's in, who's late, and every check-in in the range.
team-export = Export CSV
# $count: records written; $path: the file they were written to.
team-exported = { $count ->
    [one] Exported { $count } record to { $path }
   *[other] Exported { $count } records to { $path }
}
# The summary of today, and the button that shows only today's records.
team-today = Today
team-in-now = In now
team-late-today = Late today
team-checked-out = Checked out
team-records = Records
team-quick-range = Quick range
# The last $count days, today included.
team-last-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
team-from = From
team-to = To
team-range-invalid = The start date must be on or before the end date.
# Mid-sentence, in the message shown before the company's data first reaches the device.
team-first-fill = your team's attendance
team-empty-title = No records in this range
team-empty-body = Only the last two weeks are kept on this device.
team-col-employee = Employee
team-col-day = Day
# The check-in and check-out times' column headings (and labels on a phone).
team-in = In
team-out = Out
team-col-worked = Worked
team-col-status = Status
team-late = Late
# The badge of someone checked in now.
team-badge-in = In
team-mock-location = Mock location
team-pending-sync = Pending sync
# $first–$last: the records shown; $total: all records in the range.
team-pager = { $first }–{ $last } of { $total }
team-previous = Previous
team-next = Next
