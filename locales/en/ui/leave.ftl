# The Leave screen (ui/src/screens/Leave.svelte) and the words of leave requests (ui/src/lib/leave.ts).

## Statuses of requests and approval steps, as badges.

leave-status-pending = Pending
leave-status-approved = Approved
leave-status-rejected = Rejected
leave-status-cancelled = Cancelled
leave-status-waiting = Waiting
leave-status-skipped = Skipped

## Roles, as approval steps and the directory name them.

leave-role-hr = HR
leave-role-manager = Manager
leave-role-employee = Employee

## Approval steps.

# $role: leave-role-…; $name: the approver.
leave-step-title = { $role } · { $name }
leave-step-approved-by = Approved by { $name }
leave-step-rejected-by = Rejected by { $name }
leave-step-pending = Awaiting decision
leave-step-waiting = Waiting for the previous step
leave-step-skipped = Not needed

## Names of the two leave types every company has, until the server's own names reach the device.

leave-type-annual = Annual leave
leave-type-sick = Sick leave

## What an approver weighs: the requester's balance once the request is granted.
## $remaining, $entitled, $over: days; $type: the leave type's name from the server ("Annual Leave");
## $kind: the English word made from it ("annual"; other languages use $type); $year: the leave year.

# $type: the leave type's name, for languages that name it in this sentence.
leave-balance-left = { $remaining } of { $entitled } { $kind } { $entitled ->
    [one] day
   *[other] days
} left after this
# $type: the leave type's name, for languages that name it in this sentence.
leave-balance-left-year = { $remaining } of { $entitled } { $kind } { $entitled ->
    [one] day
   *[other] days
} of { $year } left after this
# $type: the leave type's name, for languages that name it in this sentence.
leave-balance-over = { $over } { $kind } { $over ->
    [one] day
   *[other] days
} more than the { $entitled } allowed
# $type: the leave type's name, for languages that name it in this sentence.
leave-balance-over-year = { $over } { $kind } { $over ->
    [one] day
   *[other] days
} more than the { $entitled } of { $year } allowed

## What became of a request since a "please decide" notification about it.

# $name: the requester.
leave-since-cancelled = Cancelled by { $name } since
# $step: the step it waits at, e.g. "HR" or "Manager · Maria Schmidt".
leave-since-now-with = Now with { $step }
leave-since-you-approved = You approved it
leave-since-you-rejected = You rejected it
leave-since-approved-by = Already approved by { $name }
leave-since-rejected-by = Already rejected by { $name }
leave-since-approved = Already approved
leave-since-rejected = Already rejected

## Half days: how the first and last day of a leave are taken.

leave-half-whole-day = The whole day
leave-half-from-midday = From midday (afternoon only)
leave-half-until-midday = Until midday (morning only)
# Shown in brackets after a request's dates.
leave-halves-afternoon-only = afternoon only
leave-halves-morning-only = morning only
leave-halves-both = from midday on the first day, until midday on the last
leave-halves-from-midday = from midday on the first day
leave-halves-until-midday = until midday on the last day

## The screen.

leave-subtitle = Balances, requests and approvals
# The balances' region, for screen readers. $year: the leave year.
leave-balances-label = Balances { $year }
leave-balances-empty = No leave balances yet.
# After the big number of days remaining ($count), which is shown apart.
leave-balance-remaining = { $count ->
    [one] day
   *[other] days
} remaining
leave-balance-meter = { $used } used, { $pending } pending, { $remaining } remaining of { $entitled }
leave-balance-used = { $count } used
leave-balance-pending = { $count } pending
leave-balance-of = of { $count }
# The next leave year's balance. $year: that year.
leave-balance-next-year = { $year }: { $count ->
    [one] { $count } day
   *[other] { $count } days
} available
leave-request-title = Request leave
leave-type-label = Type
leave-first-day = First day
leave-last-day = Last day
leave-first-day-half = On the first day
leave-last-day-half = On the last day
leave-reason-label = Reason
leave-reason-placeholder = e.g. Family trip
leave-working-days = { $count ->
    [one] { $count } working day
   *[other] { $count } working days
}
# After the working days a request takes.
leave-preview-left = { $count ->
    [one] { $count } day
   *[other] { $count } days
} left after this
leave-preview-hint = Pick dates to see how many working days this takes.
leave-confirm-anyway = This device's figures may be out of date and the server decides. Send the request anyway?
leave-send-anyway = Send anyway
leave-submit = Submit request
leave-requests-title = My requests
leave-requests-total = { $count } total
leave-requests-empty-title = No leave requests yet
leave-requests-empty-body = Your requests and their approvals show up here.
leave-pending-sync = Pending sync
leave-saved-offline = Saved on this device — will be sent for approval when online.
# $when: how long ago, e.g. "2 days ago".
leave-submitted = Submitted { $when }
leave-cancel-leave = Cancel leave
leave-cancel-request = Cancel request
leave-cancel-confirm-label = Confirm cancelling
leave-cancel-my-leave = Cancel my leave
leave-take-back = Take it back
leave-withdraw = Withdraw request
leave-keep = Keep it

## Asking before cancelling. $range: the request's days ("3–7 Nov 2025").

leave-cancel-question-unsent = Take back the request for { $range }? It has not been sent yet.
# $count: the working days given back; $told: who approved it (leave-approvers-and) or leave-your-approvers.
leave-cancel-question-approved = Cancel your approved leave for { $range }? { $count ->
    [one] { $count } working day
   *[other] { $count } working days
} go back to your balance and { $told } will be told. To take it again you would have to request it anew.
leave-cancel-question-pending = Withdraw your request for { $range }? Your approvers will no longer see it.
# Joins approvers' names one at a time: "Maria Schmidt and Hanna Richter".
leave-approvers-and = { $list } and { $name }
leave-your-approvers = your approvers

## What a write did, before "— Saved" or "— Saved on this device…".

leave-done-requested = Leave requested
leave-done-cancelled-approved = Leave cancelled — your approvers are told
leave-done-cancelled = Request cancelled
