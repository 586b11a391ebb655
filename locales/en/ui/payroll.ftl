# Payroll: the runs, a run's review and its next steps.

payroll-offline = Payroll changes need a connection
payroll-offline-last-copy = Payroll changes need a connection: this is the last copy.
# Between the parts of a list such as "12 paid, 1 held" (keep the quotes: they keep the space).
payroll-list-separator = {", "}
payroll-choose = Choose…

## The runs

payroll-runs-subtitle = Payroll runs, newest first
payroll-runs-label = Payroll runs
# Mid-sentence, for "Loading payroll runs from the server…".
payroll-first-fill-what = payroll runs
payroll-runs-empty = No payroll runs yet
payroll-create-no-run = { $month } has no run yet. A draft computes everyone employed in the month; nothing is paid until you lock and publish it.
payroll-create = Create { $month } run
payroll-run-row = { $count ->
    [one] { $count } employee
   *[other] { $count } employees
} · pay date { $date }
# Beside a run's or a person's net amount.
payroll-net-small = net

payroll-status-draft = Draft
payroll-status-locked = Locked
payroll-status-paid = Paid
payroll-status-published = Published
payroll-line-ready = Ready
payroll-line-failed = Failed
payroll-line-held = Held
payroll-line-excluded = Excluded

payroll-computing-label = Computing payslips
payroll-computing = Computing { $count ->
    [one] { $count } payslip
   *[other] { $count } payslips
} for { $month }… Anyone who cannot be computed will be listed with the reason.
payroll-computing-everyone = Computing everyone's payslip for { $month }… Anyone who cannot be computed will be listed with the reason.

## A run

payroll-run-title = Payroll · { $month }
payroll-run-subtitle = { $period } · pay date { $date } · { $people }
payroll-people-paid = { $count } paid
payroll-people-held = { $count } held
payroll-people-excluded = { $count } excluded
payroll-people-failed = { $count } failed
payroll-employees-paid = Employees paid
payroll-gross = Gross
payroll-net = Net

payroll-actions-draft = Review, then lock
payroll-actions-locked = Locked { $time }: pay, then publish
payroll-actions-paid = Paid { $time }: publish the payslips
payroll-actions-published = Published { $time }: read-only
payroll-actions-draft-hint = Hold or exclude people, or set a component by hand, from their line. Locking computes once more and freezes the figures and bank accounts; nobody is paid or sees a payslip until the run is published.
payroll-step-recompute = Recompute
payroll-step-lock = Lock run
payroll-step-pay = Mark paid
payroll-step-publish = Publish payslips
# A step's button when it asks before it is done.
payroll-step-asks = { $step }…
payroll-step-refused = { $step ->
    [recompute] Recompute
    [lock] Lock run
    [pay] Mark paid
   *[publish] Publish payslips
} was refused:
payroll-done-recompute = { $month } recomputed from today's data: { $people }.
payroll-done-lock = { $month } is locked: { $people }. Save the bank file, then mark it paid.
payroll-done-pay = { $month } is marked paid.
payroll-done-publish = { $month } is published: { $count ->
    [one] { $count } person sees their payslip and is notified
   *[other] { $count } people see their payslips and are notified
}.
payroll-confirm-lock = Lock { $month }? It is computed once more, then the figures and bank accounts of { $count ->
    [one] { $count } person
   *[other] { $count } people
} (net { $total }) are frozen.
payroll-confirm-lock-held = { $count ->
    [one] { $count } person held is not paid in it.
   *[other] { $count } people held are not paid in it.
}
payroll-confirm-lock-final = A locked run is never changed again: mistakes are corrected in a later run.
payroll-confirm-publish = Publish { $month }? { $count ->
    [one] { $count } person
   *[other] { $count } people
} will see their payslip in the app and be notified at once; this cannot be undone.
payroll-confirm-publish-unpaid = It is not marked paid yet.
payroll-confirm-lock-yes = Lock
payroll-confirm-publish-yes = Publish

payroll-bank-file = Bank file
payroll-bank-format-csv = CSV (any bank)
payroll-bank-format-pain001 = SEPA pain.001 (euros)
payroll-bank-file-save = Save to downloads
payroll-bank-file-refused = The bank file could not be made:
# $file is the file's name, $path where it was saved.
payroll-bank-file-saved = { $file }: { $count ->
    [one] { $count } transfer
   *[other] { $count } transfers
}, saved to { $path }
payroll-payslips-save = Save every payslip (ZIP)
payroll-payslips-saved = Every payslip of the run, saved to { $path }
payroll-correct = Correct this run…
payroll-correct-title = Correct this run?
payroll-correct-text = A new draft for the same period is computed from today's pay setup, leave and assignments. Each person's payslip in it is the difference from what this run paid; people with nothing to correct are left out. This run stays as it was.
payroll-correct-yes = Make the correcting draft

## The people of a run

payroll-lines-label = Payroll lines
payroll-lines-loading = Loading lines…
payroll-lines-search-label = Search this run's lines
payroll-lines-search-placeholder = Search by name or employee number
payroll-flagged-only = Flagged only
payroll-lines-people-label = People in this run
payroll-lines-no-match = No line matches “{ $query }”.
payroll-lines-no-match-flagged = No line matches “{ $query }” among the flagged.
payroll-lines-none-flagged = No one is flagged.
payroll-lines-shown = Showing { $shown } of { $count }
payroll-lines-more = Show { $count } more
payroll-lines-flagged = { $count ->
    [one] { $count } person
   *[other] { $count } people
} flagged for a second look.
payroll-lines-empty = No one in this run
payroll-lines-empty-hint = Nobody was employed in its period.
payroll-lines-unavailable = No lines available
payroll-lines-unavailable-hint = Connect to the server to load this run's lines.

payroll-flag-joiner = Joiner
payroll-flag-leaver = Leaver
payroll-flag-net-changed = Net changed
# $change is signed: +12.5, −20.
payroll-flag-net-percent = Net { $change } %
payroll-flag-unpaid-leave = { $days ->
    [one] { $days } day unpaid leave
   *[other] { $days } days unpaid leave
}
payroll-flag-negative-net = Negative net
payroll-flag-no-bank-account = No bank account
payroll-flag-bank-account-changed = Bank account changed

## One person's review

payroll-person-close = Close { $name }
payroll-person-paid-into = paid into { $account }
payroll-person-no-bank-account = no bank account
payroll-person-flags = Flags
payroll-person-error = Could not be computed: { $error }
# $status is the line's status (Held, Excluded…), $note HR's reason.
payroll-person-note = { $status }: { $note }
payroll-person-no-breakdown = Net { $net }; this run has no breakdown of how it was computed.
payroll-slip-earnings = Earnings
payroll-slip-deductions = Deductions
payroll-slip-employer = Paid by the company
payroll-slip-rounding = Rounding
payroll-slip-net-pay = Net pay
payroll-slip-days-paid = Days paid
payroll-slip-days = { $paid } of { $count ->
    [one] { $count } working day
   *[other] { $count } working days
}
payroll-slip-days-unpaid = { $paid } of { $count ->
    [one] { $count } working day
   *[other] { $count } working days
} · { $unpaid } unpaid
payroll-against-last = Against the last run
payroll-change-component = Component
payroll-change-before-now = Before → now
payroll-change = Change
payroll-change-new = New this run
payroll-change-gone = Not in this run
payroll-change-amounts = { $before } → { $now }
payroll-no-change = No component changed.

payroll-hold = Hold…
payroll-exclude = Exclude…
payroll-include = Include again
payroll-override = Set a component…
payroll-hold-reason = Why is their pay held?
payroll-exclude-reason = Why are they left out of this run?
payroll-hold-hint = Held pay is computed and locked with the run, but not in its bank file and not published.
payroll-exclude-hint = No payslip for them in this run.
payroll-hold-submit = Hold pay
payroll-exclude-submit = Exclude
payroll-person-held = Held: { $name } is not paid in this run.
payroll-person-excluded = Excluded: { $name } gets no payslip in this run.
payroll-person-included = { $name } is back in the run.
payroll-override-amount = Amount ({ $currency })
payroll-override-reason = Reason (printed on the payslip)
payroll-override-save = Set amount
payroll-override-choose-error = Choose the component to set.
payroll-override-set = Set by hand: net now { $net }.
payroll-override-cleared = Computed by its rule again: net now { $net }.
payroll-override-clear = Use the rule again
