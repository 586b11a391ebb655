# The Approvals screen (ui/src/screens/Approvals.svelte): leave requests and punch corrections to decide.

approvals-waiting = { $count ->
    [one] { $count } waiting for you
   *[other] { $count } waiting for you
}
approvals-nothing-waiting = Nothing waiting for you
# Mid-sentence, in the message shown before the company's data first reaches the device.
approvals-first-fill = your team's requests
approvals-no-leave-waiting = No leave requests wait for you.
approvals-empty-title = All caught up
approvals-empty-body = New leave requests and punch corrections from your team will appear here.

## A leave request's card.

# $type: the leave type's name; $when: how long ago, e.g. "2 days ago".
approvals-submitted = { $type } · submitted { $when }
# $role: leave-role-…, e.g. "Manager".
approvals-step = { $role } step
approvals-nobody-off = Nobody else is off then
approvals-also-off = Also off then:
# After the people listed as off during the request.
approvals-off-more = { $count ->
    [one] and { $count } more person
   *[other] and { $count } more people
}
# A reason someone gave, quoted.
approvals-quoted = “{ $text }”
approvals-chain = Approval chain
approvals-queued-approved = You approved this — saved on this device, will sync when online.
approvals-queued-rejected = You rejected this — saved on this device, will sync when online.
# $name: the requester.
approvals-reject-why = Why reject { $name }'s request?
approvals-reject-why-optional = (optional, sent to them)
approvals-reject-placeholder = e.g. Release week: could you take the week after?
approvals-keep = Keep it
approvals-reject-request = Reject request
approvals-note-label = Note for { $name } (optional)
approvals-note-placeholder = Add a note (optional)
approvals-reject = Reject
approvals-approve = Approve

## What a decision did, before "— Saved" or "— Saved on this device…". $name: the requester.

approvals-leave-approved = Approved { $name }'s leave
approvals-leave-rejected = Rejected { $name }'s leave
# When the request's requester is not known.
approvals-leave-approved-unknown = Approved the request's leave
approvals-leave-rejected-unknown = Rejected the request's leave
# $date: the day corrected.
approvals-punch-approved = Approved { $name }'s correction for { $date }
approvals-punch-rejected = Rejected { $name }'s correction for { $date }
approvals-punch-approved-anonymous = Approved the correction for { $date }
approvals-punch-rejected-anonymous = Rejected the correction for { $date }
approvals-punch-approved-unknown = Approved the correction
approvals-punch-rejected-unknown = Rejected the correction

## Punch corrections.

approvals-punch-title = Punch corrections
approvals-punch-none-waiting = No punch corrections wait for you.
# In place of an unknown employee's name.
approvals-someone = Someone
approvals-punch = Punch correction
# $when: how long ago it was asked, e.g. "3 h ago".
approvals-punch-asked = Punch correction · asked { $when }
# $date: the day the correction is for.
approvals-punch-on = Punch correction · { $date }
approvals-punch-correct-record = Correct a record
approvals-punch-missing-day = Add a missing day
approvals-check-in = Check-in
approvals-check-out = Check-out
approvals-punch-reject-why = Why reject { $name }'s correction?
approvals-punch-reject-why-anonymous = Why reject this correction?
approvals-punch-reject-why-required = (required, sent to them)
approvals-punch-reject-placeholder = e.g. The door log shows you left at 16:10.
approvals-reject-correction = Reject correction

## Requests others decide, and the latest decisions.

approvals-others-title = Waiting on someone else
approvals-hide = Hide
approvals-show = Show
approvals-decided-title = Recently decided
