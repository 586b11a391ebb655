### The `okta-hr` command line's own words (crates/cli). What the core or the server says (an error, a
### queued write's description, a status such as "pending") is printed as it comes and is not here; nor is
### `--help`, which clap builds from the doc comments, nor `--json`, which never changes with the language.
###
### The English is what the CLI has always printed, byte for byte: its tests and people's scripts read it.
### That is why some English counts say "(s)" rather than choosing a plural; translations choose theirs.
### Commands, flags and values a person types (`okta-hr sync`, --offline, mon…sun) stay as they are typed.
### Indentation and a table's alignment are the CLI's own; these messages carry no leading spaces.

## Shared

cli-table-empty = (nothing)
cli-never = never
cli-just-now = just now
cli-minutes-ago = { $count } min ago
cli-hours-ago = { $count } h ago
cli-days-ago = { $count } days ago
# $time: a date and time on this device's clock, "2026-12-06 09:14".
cli-local-time = { $time } (local)
# $ago: how long ago the data was fetched (cli-minutes-ago, cli-never…).
cli-as-of = (as of { $ago })
# $message: a warning from the core or the server, as it came.
cli-warning = warning: { $message }
cli-error = error: { $message }
# $status: the HTTP status; the server's messages follow, one per line.
cli-error-refused = error: the server refused it ({ $status }):
cli-minutes = { $count } min
cli-days = { $count } days
cli-yes = yes
cli-no = no
cli-retired = retired
cli-in-use = in use
cli-done = Done.
cli-removed = Removed.
# $path: a file; $error: why the system refused.
cli-cannot-read = cannot read { $path }: { $error }
cli-cannot-write = cannot write { $path }: { $error }
cli-the-server = the server
cli-the-company = The company
cli-whole-company = whole company
cli-everyone = everyone
cli-branch-id = branch { $id }
cli-department-id = department { $id }
cli-people-count = { $count ->
        [one] 1 person
       *[other] { $count } people
    }

## Weekdays, short, as tables and the working week print them

cli-weekday-mon = Mon
cli-weekday-tue = Tue
cli-weekday-wed = Wed
cli-weekday-thu = Thu
cli-weekday-fri = Fri
cli-weekday-sat = Sat
cli-weekday-sun = Sun

## Table columns (capitals, as a terminal table heads them)

cli-col-id = ID
cli-col-date = DATE
cli-col-day = DAY
cli-col-in = IN
cli-col-out = OUT
cli-col-worked = WORKED
cli-col-state = STATE
cli-col-type = TYPE
cli-col-from = FROM
cli-col-to = TO
cli-col-until = UNTIL
cli-col-days = DAYS
cli-col-status = STATUS
cli-col-waiting-for = WAITING FOR
cli-col-year = YEAR
cli-col-entitled = ENTITLED
cli-col-used = USED
cli-col-pending = PENDING
cli-col-remaining = REMAINING
cli-col-when = WHEN
cli-col-title = TITLE
cli-col-message = MESSAGE
cli-col-period = PERIOD
cli-col-gross = GROSS
cli-col-net = NET
cli-col-currency = CURRENCY
cli-col-amount = AMOUNT
cli-col-employee = EMPLOYEE
cli-col-employees = EMPLOYEES
cli-col-step = STEP
cli-col-late = LATE
cli-col-number = NUMBER
cli-col-name = NAME
cli-col-email = EMAIL
cli-col-role = ROLE
# An asset's tag, its label in the catalogue.
cli-col-tag = TAG
cli-col-category = CATEGORY
# Who holds an asset.
cli-col-holder = HOLDER
# Who holds a bank account.
cli-col-account-holder = HOLDER
cli-col-login = LOGIN
cli-col-department = DEPARTMENT
cli-col-last-sign-in = LAST SIGN-IN
cli-col-members = MEMBERS
cli-col-description = DESCRIPTION
cli-col-contact = CONTACT
cli-col-user = USER
# A trusted web origin.
cli-col-origin = ORIGIN
cli-col-scopes = SCOPES
cli-col-pinned = PINNED
cli-col-audience = AUDIENCE
cli-col-expires = EXPIRES
cli-col-since = SINCE
# An asset's condition when it was handed out, and when it came back.
cli-col-handed-out = OUT
cli-col-back = BACK
cli-col-notes = NOTES
cli-col-reason = REASON
cli-col-asset = ASSET
cli-col-reported-by = REPORTED BY
# The day a problem was reported.
cli-col-on = ON
cli-col-problem = PROBLEM
cli-col-resolution = RESOLUTION
# An attendance record a correction is for.
cli-col-record = RECORD
# Whether a holiday is a whole day off or an afternoon.
cli-col-off = OFF
cli-col-repeats = REPEATS
cli-col-applies-at = APPLIES AT
cli-col-local-time = TIME (LOCAL)
cli-col-actor = ACTOR
cli-col-action = ACTION
cli-col-entity = ENTITY
cli-col-details = DETAILS
# A leave job: the yearly grant, the monthly accrual…
cli-col-job = JOB
cli-col-entries = ENTRIES
# Who ran a job, and when.
cli-col-by = BY
cli-col-at = AT
cli-col-kind = KIND
cli-col-code = CODE
cli-col-accrual = ACCRUAL
# How much of a leave type is paid, as a percentage.
cli-col-paid-share = PAID
# Which days a leave type counts.
cli-col-counts = COUNTS
cli-col-notice = NOTICE
# Unused days carried into the next year.
cli-col-carry = CARRY
# How far below zero a balance may go.
cli-col-overdraft = OVERDRAFT
# The approval chain.
cli-col-chain = CHAIN
cli-col-hours = HOURS
cli-col-late-after = LATE AFTER
cli-col-early-before = EARLY BEFORE
cli-col-auto-close = AUTO-CLOSE
cli-col-shift = SHIFT
cli-col-scope = SCOPE
cli-col-branch-id = BRANCH ID
# The weekdays worked.
cli-col-works = WORKS
# A salary structure.
cli-col-structure = STRUCTURE
# The base amount a salary structure's formulas read.
cli-col-base = BASE
cli-col-prorated = PRORATED
cli-col-rounding = ROUNDING
cli-col-components = COMPONENTS
cli-col-pay-date = PAY DATE
# How many people a payroll run pays.
cli-col-paid = PAID
cli-col-failed = FAILED
cli-col-held = HELD
cli-col-excluded = EXCLUDED
# A person's line in a payroll run; in a payslip, a line's name.
cli-col-line = LINE
cli-col-person = PERSON
cli-col-net-change = NET CHANGE
cli-col-flags = FLAGS
cli-col-note = NOTE
# How a payslip line's amount was found.
cli-col-how = HOW
cli-col-field = FIELD
cli-col-before = BEFORE
cli-col-after = AFTER
cli-col-effective = EFFECTIVE
cli-col-people = PEOPLE
cli-col-address = ADDRESS
# A branch's geofence radius.
cli-col-fence = FENCE
cli-col-iban = IBAN

## Signing in and out

# $reason: why the server dismissed this device, from the core.
cli-account-dismissed = { $reason } Nothing of your account is kept on this device.
cli-password-prompt = Password for { $email }:
cli-signed-in = Signed in as { $email } on { $server }.
cli-signed-out = Signed out.

## Writes, and what became of them

cli-queued = Queued, will sync.
# $reason: why it could not be sent now, from the core.
cli-queued-because = Queued, will sync ({ $reason }).
cli-withdrawn = Taken off the queue: it had never reached the server.
# $reason: the server's reason (may be empty).
cli-write-refused = Refused by the server: { $reason }
cli-checked-in = Checked in.
cli-checked-out = Checked out.
cli-leave-requested = Leave requested.
cli-leave-cancelled = Leave cancelled.
cli-marked-read = Marked read.
cli-approved = Approved.
cli-rejected = Rejected.
cli-correction-requested = Correction requested.
cli-decided = Decided.
# A record or request still in this device's queue.
cli-queued-state = queued
cli-synced-state = synced
# $status: the server's status of a request ("pending").
cli-status-queued = { $status } (queued)

## Status and sync

cli-status-signed-in = Signed in as { $email } on { $server }
cli-no-reason = the server did not say why
cli-session-ended = Your session has ended: { $reason }
cli-sign-in-again = Sign in again with `okta-hr login`; the queued writes are kept and sent then.
# $time: cli-local-time; $ago: cli-minutes-ago…
cli-last-sync = Last successful sync: { $time }, { $ago }
cli-last-sync-never = Last successful sync: never
cli-last-problem = Last problem: { $error }
cli-today-checked-in = Today: checked in since { $time }
cli-today-checked-in-queued = Today: checked in (queued) since { $time }
cli-today-checked-out = Today: not checked in; checked out at { $time }
cli-today-checked-out-queued = Today: not checked in; checked out (queued) at { $time }
cli-today-not-checked-in = Today: not checked in
cli-waiting-to-sync = Waiting to sync: { $count }
cli-refused-count = Refused by the server: { $count }
# $description: what the write was, from the core ("Check-in"); $time when it was made.
cli-write-made = #{ $id } { $description }, made { $time }
cli-write-made-refused = #{ $id } { $description }, made { $time }, refused { $refused }
cli-not-tried-yet = not tried yet
cli-attempts = { $count } attempt(s)
cli-attempts-error = { $count } attempt(s); last error: { $error }
cli-next-attempt-at = next attempt from { $time }; `okta-hr sync` tries at once
cli-next-attempt-now = next attempt: due now; `okta-hr sync` sends it
# $text: the server's or the core's words.
cli-refusal-why = why: { $text }
cli-refusal-undone = undone: { $text }
cli-refusal-next-step = next step: { $text }
cli-dismiss-hint = Once read, dismiss one with `okta-hr dismiss { $id }`, or all with `okta-hr dismiss --all`.
cli-cache-not-refreshed = warning: the cache could not be refreshed: { $error }
cli-sync-counts = Sent { $sent }, refused { $refused }, still queued { $queued }.
# $what: the write's description; $why: the server's reason.
cli-sync-refused = refused: { $what }: { $why }
cli-unreachable = the server cannot be reached
cli-still-queued = Still queued: { $why }. Nothing is lost: sync again later.
cli-earlier-refusals = { $count } earlier refusal(s) not dismissed yet.
cli-refusals-hint = `okta-hr status` says what each refusal undid; `okta-hr dismiss` clears them once read.
# $message: the core's reason, e.g. that no refusal has that id.
cli-dismiss-unknown = { $message }: `okta-hr status` lists the refusals with their ids
cli-nothing-to-dismiss = Nothing to dismiss: no refusal is waiting.
cli-dismissed-one = Dismissed refusal #{ $id }.
cli-dismissed-one-described = Dismissed refusal #{ $id } ({ $description }).
cli-dismissed-many = Dismissed { $count } refusal(s):

## Attendance, leave, payslips and the team

cli-from-afternoon = { $date } pm
cli-to-morning = { $date } am
cli-no-payslip = no payslip { $id }
cli-payslip-heading = Payslip { $id } — { $name } ({ $start } to { $end }), paid { $date }
cli-payslip-gross = Gross
cli-payslip-net = Net ({ $currency })
cli-late = late
cli-team-attendance-total = { $count } record(s) from { $from } to { $to }
cli-payroll-run-not-cached = payroll run { $id } is not cached; go online once
# $status: the run's status from the server ("draft"); $count: the people it pays.
cli-team-payroll-heading = Payroll { $period } ({ $status }), { $count } employees, gross { $gross } net { $net } { $currency }
cli-no-such-time = { $time } does not exist on this device's clock
cli-give-record-or-date = give --record or --date

## Admin

cli-org-never-read = the organization was never read on this device; run without --offline
cli-org-company = Company
cli-org-subdomain = Subdomain
cli-org-website = Website
cli-org-phone = Phone
cli-org-support-phone = Support phone
cli-org-support-help = Support help
cli-org-address = Address
# $status: Okta's status word, as the server sends it ("SUSPENDED").
cli-account-now = { $login } is now { $status }.
cli-one-time-link = Hand this one-time link to the person (it works for 7 days): { $link }

## Announcements

# $state: cli-scheduled-for, cli-state-draft…
cli-announcement-created = Created "{ $title }" (ID { $id }): { $state }.
cli-announcement-published = Published "{ $title }" (ID { $id }): { $state }.
cli-announcement-expired = Expired "{ $title }" (ID { $id }): { $state }.
cli-announcement-deleted = Deleted announcement { $id }.
cli-no-such-email = nobody with the email { $email } in the directory on this device; run `okta-hr sync`
cli-scheduled-for = scheduled for { $time }
cli-published-at = published { $time }
cli-expired-at = expired { $time }
cli-state-draft = draft
cli-state-scheduled = scheduled
cli-state-published = published
cli-state-expired = expired
cli-pinned = pinned

## Assets

# $status: the asset's status from the server ("in_stock").
cli-asset-added = Added { $tag } { $name } ({ $status }, ID { $id }).
cli-asset-changed = Changed { $tag } { $name } ({ $status }, ID { $id }).
cli-asset-problem-resolved = Resolved { $name }'s problem with { $tag }: { $description }.
cli-asset-requested = Asked HR for a { $category } (request { $id }).
cli-asset-problem-reported = Reported to HR: { $tag } ({ $description }).
# $condition: the condition it came back in, as HR typed it.
cli-asset-returned = { $tag } returned by { $name } ({ $condition }).
cli-asset-assigned = { $tag } assigned to { $name }.
# $status: "fulfilled" or "declined", from the server.
cli-asset-request-decided = { $name }'s request for a { $category } { $status }.
cli-asset-request-decided-tag = { $name }'s request for a { $category } { $status }: { $tag }.

## HR: holidays, working weeks, the leave year, the audit trail

# $weekday: cli-weekday-…; $date: YYYY-MM-DD.
cli-holiday-added = Added { $name } on { $weekday } { $date } (ID { $id }).
cli-holiday-removed = Removed holiday { $id }.
cli-holidays-imported = Imported { $imported } holiday(s); skipped { $skipped } (a day that already had one, or an event at a time of day).
cli-afternoon-off = afternoon
cli-all-day-off = all day
cli-yearly = yearly
# $day: cli-weekday-…
cli-morning-only = { $day }(am)
cli-company-week = (the company's week)
# $scope: a branch's name or cli-the-company; $days: the weekdays worked.
cli-week-set = { $scope } now works { $days }.
cli-week-set-company = { $scope } now works { $days } (the company's week).
# $month: 1 to 12; $name: the current leave year's name ("2026").
cli-leave-year = Leave years start on 1 { $month ->
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
        [12] December
       *[1] January
    }. This one is { $name } ({ $start } to { $end }).
cli-export-needs-server = an export is made by the server; run it without --offline
cli-audit-never-read = the audit trail was never read on this device; run without --offline
cli-audit-other-page = note: the last page read on this device was page { $page } of another query; showing it
cli-audit-page = page { $page } of { $last }, { $count } event(s) in all
cli-export-cut-short = { $count } events matched but the export holds the newest { $rows }; narrow it with --from and --to
cli-export-written = Wrote { $count } event(s) to { $path }.

## HR: people

cli-hired = Hired { $name } (employee { $id }), starting { $date }.
cli-activation-link = Hand over this activation link (shown once): { $link }
cli-activation-link-shown = The activation link was shown to the first attempt; reactivate them for a new one.
# $time: when access ends (UTC).
cli-access-ends = { $name }'s access ends at { $time }.
# $count: days left; $pending: days requested and not decided yet.
cli-open-leave = leave { $type }: { $count } day(s) left, { $pending } pending
cli-open-asset = asset { $tag } { $name } still assigned
cli-open-counts = { $requests } pending leave request(s), { $approvals } approval(s) waiting on them, { $corrections } pending correction(s)
cli-department-saved = Department { $id } { $name }.
cli-department-saved-retired = Department { $id } { $name } (retired).
cli-branch-saved = Branch { $id } { $name }.
cli-branch-saved-retired = Branch { $id } { $name } (retired).
# $iban: masked; $status: "approved" or "rejected", from the server.
cli-bank-request-decided = { $name }'s new account { $iban } is { $status }.

## HR: leave policy

cli-leave-type-created = Created { $name } ({ $code }, { $days } days a year, ID { $id }).
cli-leave-type-changed = Changed { $name } ({ $code }, { $days } days a year, ID { $id }).
cli-leave-type-retired = Retired { $name } ({ $code }, { $days } days a year, ID { $id }).
# $days: with its sign ("+3", "-2"); $count: the same number, for choosing a plural; $type: the leave
# type's code; $year: the leave year; $reason: HR's words.
cli-leave-adjusted = { $days } { $type } days for { $name } in { $year } (entry { $id }): { $reason }.
# $job: the job's name as typed (yearly_grant…); $period: YYYY or YYYY-MM.
cli-leave-job-wrote = { $job } { $period }: wrote { $count } entries.
cli-leave-job-would-write = { $job } { $period }: would write { $count } entries.
# $cap: days carried over at most; $count: months until they lapse.
cli-carry-for-months = { $cap } for { $count } months
cli-accrual-upfront = upfront
cli-accrual-monthly = monthly
cli-accrual-prorated = { $accrual }, prorated
cli-counts-every-half-day = every half day
cli-counts-every-day = every day
cli-counts-working-half-days = working half days
cli-counts-working-days = working days
cli-chain-none = none
cli-chain-manager = manager
cli-chain-manager-hr = managerhr
# $chain: cli-chain-…; $days: requests longer than this also need HR.
cli-chain-extra-hr-step = { $chain } (+HR over { $days })

## HR: shifts

cli-shift-created = Created { $name } ({ $start }–{ $end }, ID { $id }).
cli-shift-changed = Changed { $name } ({ $start }–{ $end }, ID { $id }).
cli-shift-retired = Retired { $name } ({ $start }–{ $end }, ID { $id }).
cli-shift-restored = Restored { $name } ({ $start }–{ $end }, ID { $id }).
cli-shift-assigned = { $name } works { $shift } from { $from } for good (assignment { $id }).
cli-shift-assigned-until = { $name } works { $shift } from { $from } to { $to } (assignment { $id }).
# $hours: "22:00–06:00".
cli-next-day = { $hours } (next day)
cli-minutes-after-end = { $count } min after the end

## HR: payroll

cli-pay-assigned = { $name } is paid on { $structure } with a base of { $base } from { $from } (assignment { $id }).
cli-pay-assignment-removed = Removed pay assignment { $id }.
cli-pay-adjustment-removed = Removed pay adjustment { $id }.
cli-give-an-amount = give --bonus, --advance or --deduction
# $name: what was typed, in quotes.
cli-no-such-structure = no salary structure is called { $name }
cli-no-such-component = no pay component is called { $name }
cli-not-a-structure-id = { $id } is not a salary structure id
cli-settings-currency = Currency:
cli-settings-net-rounding = Net pay rounded:
cli-settings-threshold = Flag a net moving more than { $percent } % from the previous run
cli-settings-paid-from = Paid from:
cli-settings-overtime = Overtime:
cli-overtime-after = attendance beyond { $hours } hours a day
cli-overtime-none = not taken from attendance
cli-kind-bonus = bonus
cli-kind-advance = advance
cli-kind-deduction = deduction
cli-kind-earning = earning
cli-kind-employer-contribution = employer contribution
# A payslip line paid by the employer, in a narrow column.
cli-kind-employer = employer
# $count: decimal places.
cli-rounding = { $count } places, { $mode }
cli-rounding-half-up = half up
cli-rounding-half-even = half even
cli-rounding-down = down
cli-rounding-up = up
# $kind: cli-kind-bonus…; $title: the adjustment's name on the payslip; $when: cli-once-in-run…
cli-adjustment-added = Added { $kind } for { $name }: { $amount } "{ $title }" { $when } (adjustment { $id }).
cli-adjustment-ended = Ended { $kind } for { $name }: { $amount } "{ $title }" { $when } (adjustment { $id }).
cli-once-in-run = once, in the run holding { $date }
cli-every-period-from = every period from { $date }
cli-every-period-between = every period from { $date } to { $end }
cli-once = once
cli-recurring = recurring
# $kind: cli-kind-…; $rule: a fixed amount, cli-rule-…, or a formula.
cli-component-created = Created { $code } { $name } ({ $kind }: { $rule }, ID { $id }).
cli-component-changed = Changed { $code } { $name } ({ $kind }: { $rule }, ID { $id }).
cli-component-retired = Retired { $code } { $name } ({ $kind }: { $rule }, ID { $id }).
cli-component-restored = Restored { $code } { $name } ({ $kind }: { $rule }, ID { $id }).
# $component: another component's code.
cli-rule-percent-of = { $percent } % of { $component }
cli-rule-percent-of-gross = { $percent } % of gross
# $components: the components' codes, in payslip order.
cli-structure-saved = Saved { $name } ({ $components }, ID { $id }).
cli-structure-saved-retired = Saved { $name } ({ $components }, retired, ID { $id }).
cli-give-a-period = give a month (YYYY-MM), or --from and --to
cli-run-deleted = Deleted the draft run { $id }.
# $run: cli-run-summary.
cli-run-created = Created the draft: { $run }.
cli-run-correction-created = Created the correcting draft: { $run }.
cli-run-computed = Computed: { $run }.
cli-run-locked = Locked: { $run }.
cli-run-paid = Marked paid: { $run }.
cli-run-published = Published (everyone paid sees their payslip and is notified): { $run }.
cli-run-review = Payroll { $run }.
# $status: the run's status from the server ("draft"); $count: the people it pays.
cli-run-summary = run { $id }, { $period } ({ $status }), paid on { $date }: { $count } people, gross { $gross }, net { $net } { $currency }
# $set_aside: cli-run-failed-count, cli-run-held-count, cli-run-excluded-count, joined by commas.
cli-run-summary-set-aside = run { $id }, { $period } ({ $status }), paid on { $date }: { $count } people, gross { $gross }, net { $net } { $currency }; { $set_aside }
cli-run-failed-count = { $count } failed
cli-run-held-count = { $count } held
cli-run-excluded-count = { $count } excluded
# $file: the name the server gave the file; $path: where it was written.
cli-file-written = Wrote { $file } to { $path }.
cli-line-held = { $name }'s pay is held: { $reason }.
cli-line-excluded = { $name } is left out of this run: { $reason }.
# $status: the line's status from the server.
cli-line-included = { $name } is back in the run ({ $status }), net { $net }.
# $code: a component's code; $explanation: how the amount was found, from the server.
cli-line-overridden = { $name }: { $code } { $amount } ({ $explanation }); net now { $net }.
cli-line-override-cleared = { $name }: { $code } changed; net now { $net }.
# $name: what was typed, in quotes.
cli-nobody-in-run = nobody in run { $id } is called { $name }
cli-net-new = new
cli-flag-joiner = joiner
cli-flag-leaver = leaver
# $percent: with its sign, "+12.5".
cli-flag-net-moved = net { $percent } %
cli-flag-net-changed = net changed
cli-flag-unpaid-leave = unpaid leave { $days } d
cli-flag-negative-net = negative net
cli-flag-no-bank-account = no bank account
cli-flag-new-bank-account = new bank account
# $status: the line's status from the server.
cli-payslip-line = { $name } ({ $number }), line { $id }: { $status }
cli-flagged = Flagged: { $flags }
# $count: working days; $paid and $unpaid: days of them.
cli-employed = Employed { $from } to { $to }: { $count } working days, { $paid } paid, { $unpaid } unpaid
cli-payslip-totals = Gross { $gross }, deductions { $deductions }, net { $net } { $currency }
# $rounding: with its sign, "+0.01".
cli-payslip-totals-rounded = Gross { $gross }, deductions { $deductions }, net { $net } (rounded by { $rounding }) { $currency }
# $changes: "Transport +10.00, Pension -3.00" (names from the payslip); $net: the change of net or cli-net-new.
cli-since-last-run = Since the last run: { $changes } (net { $net })
