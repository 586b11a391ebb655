# Leave policy (HR): leave types and their rules, balances as a ledger, and the jobs that grant, accrue and close the year.

leavepolicy-intro = The leave types and their rules, everyone's balances as a ledger of signed entries, and the grants, accruals and year-ends that fill it
leavepolicy-tab-types = Leave types
leavepolicy-tab-ledger = Balances & ledger
leavepolicy-tab-jobs = Grants & year-end

# Offline: why a change button is disabled, and the callout above a list read earlier.
leavepolicy-offline = Leave policy changes need a connection
leavepolicy-offline-sentence = Leave policy changes need a connection.
leavepolicy-offline-last-read = { $reason }. Showing what this device last read.

## Leave types: a type's rules in words

leavepolicy-paid = Paid
leavepolicy-unpaid = Unpaid
leavepolicy-partly-paid = Partly paid: { $percent } % of pay
leavepolicy-allowance-none = No yearly allowance
leavepolicy-allowance-monthly = { $count ->
        [one] { $count } day
       *[other] { $count } days
    } a year, earned a twelfth at the end of each month worked
leavepolicy-allowance-upfront = { $count ->
        [one] { $count } day
       *[other] { $count } days
    } a year, all on 1 January
leavepolicy-allowance-upfront-prorated = { $count ->
        [one] { $count } day
       *[other] { $count } days
    } a year, all on 1 January; people who join mid-year get the share left
leavepolicy-carry-none = Unused days lapse at the year's end
leavepolicy-carry = Up to { $count ->
        [one] { $count } day
       *[other] { $count } days
    } unused carry into the next year
leavepolicy-carry-expiring = Up to { $count ->
        [one] { $count } day
       *[other] { $count } days
    } unused carry into the next year, and lapse if not taken within { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
leavepolicy-approval-none = No approval needed
leavepolicy-approval-none-extra = No approval needed; HR too above { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
leavepolicy-approval-manager = Approved by the manager
leavepolicy-approval-manager-extra = Approved by the manager; HR too above { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
leavepolicy-approval-manager-hr = Approved by the manager, then HR
leavepolicy-counts-all-days = Weekends and public holidays inside a request count
leavepolicy-counts-working-days = Only working days count
leavepolicy-whole-days = Taken in whole days
leavepolicy-half-days = May start or end at midday
leavepolicy-notice = Asked at least { $count ->
        [one] { $count } day
       *[other] { $count } days
    } ahead
leavepolicy-negative = The balance may go { $count ->
        [one] { $count } day
       *[other] { $count } days
    } below zero
leavepolicy-attachment-required = A document is required

leavepolicy-types-empty = No leave types yet
leavepolicy-type-retired-badge = Retired
leavepolicy-type-edit-label = Edit { $name }
leavepolicy-type-retire = Retire
leavepolicy-type-bring-back = Bring back
leavepolicy-type-created = Created “{ $name }”. It applies to requests made from now on.
leavepolicy-type-saved = Saved “{ $name }”. It applies to requests made from now on.
leavepolicy-type-retired = Retired “{ $name }”: it can no longer be requested; its history stays.
leavepolicy-type-unretired = “{ $name }” can be requested again.

## The leave type form

leavepolicy-type-create-title = Create a leave type
leavepolicy-type-edit-title = Edit “{ $name }”
leavepolicy-name = Name
leavepolicy-name-placeholder = Volunteering
leavepolicy-code = Code
leavepolicy-code-hint = How requests and reports name it: lower-case letters, digits, _ and -.
leavepolicy-pay = Pay
leavepolicy-pay-paid = Paid: full pay
leavepolicy-pay-partly = Partly paid
leavepolicy-pay-percent = % of pay for each day taken
leavepolicy-days-per-year = Days a year
leavepolicy-days-per-year-hint = The allowance for a leave year; 0 for a type without one (e.g. sick leave).
leavepolicy-accrual = Given
leavepolicy-accrual-upfront = All at once, on 1 January
leavepolicy-accrual-monthly = A twelfth at the end of each month worked
leavepolicy-accrual-hint = The server grants and accrues by itself; the Grants & year-end tab shows it.
leavepolicy-prorated = Someone who joins mid-year gets only the share of the year left
leavepolicy-counts-all-days-label = Weekends and public holidays inside a request count as leave days
leavepolicy-half-days-label = May start or end at midday (half days)
leavepolicy-attachment-label = A document must come with each request (a doctor's note, say)
leavepolicy-notice-label = Notice (days)
leavepolicy-notice-hint = How many days ahead a request must be made; 0 for none.
leavepolicy-negative-label = May go below zero by (days)
leavepolicy-negative-hint = Lets people borrow from next year's days; 0 never.
leavepolicy-carry-label = Carry over at most (days)
leavepolicy-carry-hint = Unused days that move to next year at the year-end; the rest lapse.
leavepolicy-expiry-label = Carried days lapse after (months)
leavepolicy-expiry-placeholder = Never
leavepolicy-expiry-hint = 1 to 12 months into the new year; empty: they never lapse.
leavepolicy-chain-label = Who approves
leavepolicy-chain-none = No approval: approved as soon as it is asked
leavepolicy-chain-manager = The manager
leavepolicy-chain-manager-hr = The manager, then HR
leavepolicy-chain-hint = Someone without a manager is approved by HR.
leavepolicy-extra-label = HR also approves requests longer than (days)
leavepolicy-extra-placeholder = No extra step
leavepolicy-extra-hint = Adds HR's step to long requests when the chain has none; empty: no extra step.
leavepolicy-type-save = Save leave type
leavepolicy-type-create = Create leave type
leavepolicy-nothing-to-save = Nothing to save: change a field first.
# $field: one of the leavepolicy-field-* names.
leavepolicy-error-integer = The { $field } field must be an integer.
leavepolicy-error-percent = A partly paid type pays between 1 and 99 % of pay.
leavepolicy-field-days-per-year = days per year
leavepolicy-field-min-notice-days = min notice days
leavepolicy-field-carry-over-cap = carry over cap
leavepolicy-field-carry-over-expiry-months = carry over expiry months
leavepolicy-field-negative-allowance = negative allowance
leavepolicy-field-extra-hr-step-above-days = extra hr step above days

## Balances & ledger

leavepolicy-ledger-hint = Every change to a balance is an entry: what the jobs grant and accrue, what is carried over or lapses, leave taken, and HR's adjustments with their reason and author.
leavepolicy-ledger-person = Person
leavepolicy-ledger-choose-person = Choose someone…
leavepolicy-ledger-year = Leave year
leavepolicy-year-previous = Previous year
leavepolicy-year-next = Next year
leavepolicy-ledger-entries = Entries in { $year }
# $type: a leave type's name; $count: its balance in days.
leavepolicy-balance = { $type }: { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
leavepolicy-ledger-empty = No entries for { $year }: nothing granted, taken or adjusted yet.
leavepolicy-ledger-when = When
leavepolicy-ledger-type = Type
leavepolicy-ledger-what = What
leavepolicy-ledger-days = Days
leavepolicy-ledger-balance = Balance
leavepolicy-ledger-why = Why, by whom
# The author of an entry the server wrote itself.
leavepolicy-ledger-server = The server
leavepolicy-kind-grant = Yearly grant
leavepolicy-kind-accrual = Monthly accrual
leavepolicy-kind-carry-over = Carried over
leavepolicy-kind-expiry = Lapsed
leavepolicy-kind-adjustment = HR adjustment
leavepolicy-kind-taken = Leave taken
leavepolicy-kind-reversal = Leave cancelled, given back

leavepolicy-adjust-title = Adjust the balance
leavepolicy-adjust-type = Leave type
leavepolicy-choose = Choose…
leavepolicy-adjust-days = Days (+ adds, − takes)
leavepolicy-adjust-reason = Reason (shown in the ledger and the audit trail)
leavepolicy-adjust-submit = Adjust for { $year }
leavepolicy-adjust-days-zero = The days field must not be zero.
leavepolicy-adjust-days-invalid = The days field must be a whole number of days, + to add or − to take.
# $days: signed, e.g. "+1"; $type: the leave type's name.
leavepolicy-adjusted = { $days } { $type } for { $person } in { $year }, recorded with your reason.

## Grants & year-end

leavepolicy-jobs-hint = The server runs these by itself when they are due (the grant on 1 January, each month's accrual after it ends, the year-end after 31 December), each once. Preview what one would write; running it writes only what is not written yet.
leavepolicy-job = Job
leavepolicy-job-month = Month (YYYY-MM)
leavepolicy-job-year = Year
leavepolicy-job-preview = Preview
leavepolicy-job-run = Run
leavepolicy-job-yearly-grant = Yearly grant
leavepolicy-job-yearly-grant-help = Grants the year's allowance of every type given upfront, prorated for joiners.
leavepolicy-job-monthly-accrual = Monthly accrual
leavepolicy-job-monthly-accrual-help = Adds a month's share of every type earned monthly, for the people who worked that month.
leavepolicy-job-year-end = Year-end
leavepolicy-job-year-end-help = For the year ending: unused days carry into the next year up to each type's cap; the rest lapse.
leavepolicy-job-carry-over-expiry = Carry-over expiry
leavepolicy-job-carry-over-expiry-help = For the year days were carried into: carried days not taken by the type's expiry lapse.
# $count: entries written; $days: their days, signed ("+27"); $total: the same as a number.
leavepolicy-outcome-wrote = Wrote { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } ({ $days } { $total ->
        [one] day
       *[other] days
    }).
leavepolicy-outcome-preview = Would write { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } ({ $days } { $total ->
        [one] day
       *[other] days
    }). Nothing is written until you run it.
leavepolicy-outcome-wrote-none = Wrote 0 entries: everything was done already.
leavepolicy-outcome-nothing = Nothing to write: everything is done already.
leavepolicy-runs-title = Run log
leavepolicy-runs-empty = No runs yet
leavepolicy-run-by = Run by { $name }
leavepolicy-run-by-server = Run by the server
leavepolicy-run-entries = { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }
leavepolicy-run-entries-days = { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } · { $days } { $total ->
        [one] day
       *[other] days
    }
