# Schedules & audit (HR): public holidays, working weeks, the leave year, shifts and the audit trail.

hr-intro = Public holidays and working weeks, which count everyone's leave; the shifts that say when people are due; and the trail of every back-office change
hr-tabs-label = Schedules and audit
hr-tab-calendars = Calendars
hr-tab-shifts = Shifts
hr-tab-audit = Audit trail

# Offline: why a change button is disabled, and the callout above a list read earlier.
hr-calendar-offline = Calendar changes need a connection
hr-export-offline = Exporting the audit trail needs a connection
hr-offline-last-read = { $reason }. Showing what this device last read.

## Public holidays

hr-holidays-title = Public holidays
hr-year = Year
hr-year-previous = Previous year
hr-year-next = Next year
hr-year-this = This year
hr-branch-filter = Branch
hr-branch-all = All branches
# A branch without a name.
hr-branch = Branch { $id }
# The number of holidays listed for a year; a time stamp follows.
hr-holiday-count = { $count } in { $year }
hr-holiday-count-branch = { $count } in { $year } at this branch, with the company-wide ones
hr-holidays-empty = No public holidays in { $year }
hr-holidays-empty-hint = Add one below, or import a calendar file.
hr-holiday-company-wide = Company-wide
hr-holiday-every-year = Every year
hr-holiday-afternoon-off = Afternoon off
# The accessible name of a holiday's Remove button.
hr-holiday-remove-label = Remove { $name }, { $date }
hr-holiday-remove = Remove “{ $name }” ({ $date })? Leave already requested keeps the days it was booked with.
hr-holiday-remove-recurring = Remove “{ $name }” ({ $date })? It is removed from every year. Leave already requested keeps the days it was booked with.
hr-holiday-removed = Removed “{ $name }”.
hr-holiday-add-title = Add a public holiday
hr-holiday-date = Date
hr-holiday-name = Name
hr-holiday-applies-at = Applies at
hr-holiday-whole-company = The whole company
hr-holiday-branch-only = { $branch } only
hr-holiday-recurring = Every year on this day
hr-holiday-half-day = Only the afternoon is off (leave that day costs half a day)
hr-holiday-add = Add holiday
hr-holiday-added = Added “{ $name }” on { $date } (company-wide). Leave over it now costs a day less.
# $branch: the branch's name, in lower case.
hr-holiday-added-branch = Added “{ $name }” on { $date } ({ $branch }). Leave over it now costs a day less.

hr-import-title = Import a calendar file
hr-import-hint = The all-day events of an iCalendar (.ics) file, such as a country's public holidays. Days that already have a holiday are skipped, so importing a file twice adds nothing.
hr-import-file = Calendar file (.ics)
hr-import = Import
hr-import-too-big = { $file } is too big for a holiday calendar (over 1 MB).
hr-import-unreadable = Could not read { $file }: { $error }
hr-import-nothing = Nothing imported: the file has no all-day events.
hr-import-done = Imported { $count ->
        [one] { $count } holiday
       *[other] { $count } holidays
    }.
hr-import-skipped = Imported { $imported }, skipped { $skipped } (a day that already has a holiday, or an event at a time of day).

## Working weeks

hr-weeks-title = Working weeks
hr-weeks-hint = The days leave is counted in. A branch follows the company's week unless it keeps one of its own.
hr-weeks-empty = No working weeks
hr-week-company = Company
hr-no-working-days = No working days
# $days: the company's working days, e.g. "Mon–Fri".
hr-week-follows-text = Company's week · { $days }
hr-week-follow = Follow the company's week
hr-week-halves-label = Worked in the morning only: leave costs half a day
hr-week-morning-only = Morning only:
hr-week-save-company = Save the company's week
hr-week-save-branch = Save { $branch }'s week
hr-week-undo = Undo changes
# $days: working days; $mornings: the days of them worked in the morning only.
hr-week-days-mornings = { $days } ({ $mornings } mornings only)
hr-week-saved-company = Saved: The company works { $days }. Leave requested from now on is counted in it.
hr-week-saved-branch = Saved: { $branch } works { $days }. Leave requested from now on is counted in it.
hr-week-saved-follows = Saved: { $branch } follows the company's week ({ $days }). Leave requested from now on is counted in it.

## The leave year

hr-leave-year-title = Leave year
# $month: a month's name; $name: the leave year under way, e.g. "2026/27".
hr-leave-year-text = Leave years start on 1 { $month }; this one is { $name }
# $text: hr-leave-year-text; $from, $to: the first and last day of the leave year under way.
hr-leave-year-span = { $text } ({ $from } to { $to }).
hr-leave-year-saved = Saved. { $text }
hr-leave-year-start = Leave years start in
hr-leave-year-hint = Balances, grants, accruals and carry-over turn over on the first day of that month. Set it before the company's first leave year here: entries already in the ledger keep the year they were written to.

## Shifts

hr-shifts-title = Shifts
hr-shifts-hint = When people are expected: who is late or leaves early, and when a forgotten check-out is closed. Without a shift, the company's start time decides.
hr-shifts-empty = No shifts yet
hr-shifts-empty-hint = Add one below; the company's start time decides who is late until then.
hr-shift-overnight = Overnight
hr-shift-retired-badge = Retired
hr-shift-retire-question-label = Retire { $name }?
hr-shift-retire-question = Retire it? Nobody new can be given it.
hr-shift-retire = Retire
hr-shift-retire-label = Retire { $name }
hr-shift-keep = Keep
hr-shift-edit-label = Edit { $name }
hr-shift-bring-back = Bring back
hr-shift-retired = Retired “{ $name }”: it can no longer be given to anyone; who works it keeps it until their assignment ends.
hr-shift-unretired = “{ $name }” can be given to people again.
hr-shift-add-title = Add a shift
hr-shift-edit-title = Edit “{ $name }”
hr-shift-name = Name
hr-shift-starts = Starts
hr-shift-ends = Ends
hr-shift-ends-next-day = The next day: an overnight shift
hr-shift-ends-same-day = The same day
hr-shift-late = Late after (min)
hr-shift-early = Early grace (min)
hr-shift-close = Close forgotten punches after (min)
hr-shift-save = Save shift
hr-shift-add = Add shift
hr-shift-nothing-to-save = Nothing to save: change a field first.
# $hours: e.g. "13:00–21:30".
hr-shift-added = Added “{ $name }”, { $hours }.
hr-shift-saved = Saved “{ $name }”, { $hours }.

hr-assign-title = Give someone a shift
hr-assign-find = Find a person
hr-assign-find-placeholder = Name, title or email
hr-assign-person = Person
hr-choose = Choose…
hr-assign-shift = Shift
hr-assign-from = From
hr-assign-until = Until (optional)
hr-assign-submit = Give shift
# $span: the days, e.g. "from 3 Nov 2026".
hr-assign-shift-done = { $person } works “{ $shift }” ({ $hours }) { $span }.
hr-assign-theirs = Their shifts
hr-assign-looking = Looking…
hr-assign-none = None: the company's start time decides when they are late.

## The audit trail

hr-audit-filter-label = Filter the audit trail
hr-audit-filter = Filter
hr-audit-filter-set = Filter ({ $count } set)
hr-audit-action = Action
hr-audit-action-placeholder = e.g. holiday.
hr-audit-record = Record
hr-audit-record-any = Any record
hr-audit-person = Changed by
hr-audit-person-any = Anyone
hr-audit-from = From
hr-audit-to = To
hr-audit-apply = Show events
hr-audit-clear = Clear filter
hr-audit-dates-order = The first day must be on or before the last day.
hr-audit-export = Export CSV
hr-audit-export-title = Every event that matches the filter, newest first
# $filter: the filter in words (hr-filter-*).
hr-audit-fallback = The server can't be reached: this is the last page read on this device (page { $page }, { $filter }).
hr-audit-events = Events
hr-audit-never-read = The audit trail has not been read on this device yet
hr-audit-empty = No events match
hr-audit-empty-hint = Back-office changes show up here as they are made.
hr-audit-no-details = No details recorded
hr-audit-no-details-recorded = No details recorded.
hr-audit-changed-to = changed to
hr-audit-by-actor = Only changes by { $name }
hr-audit-pages = Pages of the audit trail
hr-audit-newer = Newer
hr-audit-older = Older
hr-audit-page = Page { $page } of { $last }
hr-page-count = Page { $page } of { $last } · { $count ->
        [one] { $count } event
       *[other] { $count } events
    }
hr-export-done = Exported { $count ->
        [one] { $count } event
       *[other] { $count } events
    } to { $path }.
hr-export-partial = Exported the newest { $rows } of { $total } events to { $path }. Narrow the dates to export the rest.

# The parts of a filter in words, joined as a list: "action holiday., public holiday, by Helen HR, 2027-01-01 to 2027-01-31".
hr-filter-action = action { $action }
hr-filter-by = by { $name }
hr-filter-employee = employee { $id }
hr-filter-range = { $from } to { $to }
hr-filter-from = from { $from }
hr-filter-until = until { $to }
hr-filter-every = every event

# The kinds of record: the filter's name for all of them, the name of one, and one inside a sentence.
hr-entity-user = Sign-in accounts
hr-entity-user-one = Sign-in account
hr-entity-user-inline = sign-in account
hr-entity-holiday = Public holidays
hr-entity-holiday-one = Public holiday
hr-entity-holiday-inline = public holiday
hr-entity-working-week = Working weeks
hr-entity-working-week-one = Working week
hr-entity-working-week-inline = working week
hr-entity-leave-request = Leave requests
hr-entity-leave-request-one = Leave request
hr-entity-leave-request-inline = leave request
hr-entity-attendance-record = Attendance records
hr-entity-attendance-record-one = Attendance record
hr-entity-attendance-record-inline = attendance record
hr-entity-attendance-correction = Attendance corrections
hr-entity-attendance-correction-one = Attendance correction
hr-entity-attendance-correction-inline = attendance correction
hr-entity-shift = Shifts
hr-entity-shift-one = Shift
hr-entity-shift-inline = shift
hr-entity-shift-assignment = Shift assignments
hr-entity-shift-assignment-one = Shift assignment
hr-entity-shift-assignment-inline = shift assignment
hr-entity-announcement = Announcements
hr-entity-announcement-one = Announcement
hr-entity-announcement-inline = announcement
hr-entity-group = Groups
hr-entity-group-one = Group
hr-entity-group-inline = group
hr-entity-org = Organization
hr-entity-org-one = Organization
hr-entity-org-inline = organization
hr-entity-trusted-origin = Trusted origins
hr-entity-trusted-origin-one = Trusted origin
hr-entity-trusted-origin-inline = trusted origin
