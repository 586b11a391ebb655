# What the app tells the user about writes, errors and the connection (ui/src/lib/status.ts).

## The result of a write. $done says what was done, e.g. "Checked in at 09:02", "Leave requested".

status-outcome-saved = { $done } — Saved
status-outcome-queued = { $done } — Saved on this device — will sync when online
# $message: why it could not be sent, as the app's connection reported it.
status-outcome-not-sent = Not sent yet: { $message }
# $message: the server's reason, in its own words.
status-outcome-refused = Not accepted: { $message }
status-outcome-refused-unknown = Not accepted: the server refused this change.
status-outcome-withdrawn = Taken back — it had not been sent yet, so it never reached the server
# $state: the write's state as the app names it internally (rarely shown).
status-outcome-other = { $done } ({ $state })

## A command's error as a sentence.

status-error-unknown = Something went wrong.
status-error-not-signed-in = You are not signed in.
status-error-unreachable-because = Can't reach the server: { $message }
status-error-unreachable = Can't reach the server. Check your connection.
status-error-unsynced = Some changes have not been synced yet.

## The offline banner.

# $reason: why the server ended the session, in its own words, without its final full stop.
status-offline-signed-out-because = { $reason } — sign in again to sync.
status-offline-signed-out = Your session has ended — sign in again to sync.
status-offline-signed-out-pending = { $count ->
    [one] { $count } change will be sent once you sign in. Nothing is lost.
   *[other] { $count } changes will be sent once you sign in. Nothing is lost.
}
status-offline-signed-out-nothing = What you saw is still shown from this device.
status-offline-title = You're offline — working from this device.
status-offline-pending = { $count ->
    [one] { $count } change saved here will sync when the connection is back.
   *[other] { $count } changes saved here will sync when the connection is back.
}
status-offline-nothing = Changes you make are saved here and sync when the connection is back.

## The sync indicator's label (its tooltip and what screen readers say).

status-sync-waiting = { $count ->
    [one] { $count } change waiting to sync
   *[other] { $count } changes waiting to sync
}
status-sync-waiting-offline = { $count ->
    [one] { $count } change waiting to sync (offline)
   *[other] { $count } changes waiting to sync (offline)
}
status-sync-offline = Offline — nothing waiting to sync
status-sync-done = Everything is synced
status-sync-refused = { $count ->
    [one] { $count } change was refused by the server
   *[other] { $count } changes were refused by the server
}
# Both of the above: $refusals is status-sync-refused, $waiting one of the others.
status-sync-refused-and = { $refusals }; { $waiting }

## The headline of a write the server refused. $time: when it was recorded ("08:02"); $range: the day or
## days it was for ("11–15 Jan 2027").

status-refused-check-in-at = Your check-in at { $time } was not accepted
status-refused-check-in = Your check-in was not accepted
status-refused-check-out-at = Your check-out at { $time } was not accepted
status-refused-check-out = Your check-out was not accepted
status-refused-leave-for = Your leave request for { $range } was not accepted
status-refused-leave = Your leave request was not accepted
status-refused-cancel-leave = Cancelling your leave was not accepted
status-refused-leave-approval = Your approval was not accepted
status-refused-leave-rejection = Your rejection was not accepted
status-refused-correction-for = Your correction for { $range } was not accepted
status-refused-correction = Your correction was not accepted
status-refused-correction-approval = Your approval of a punch correction was not accepted
status-refused-correction-rejection = Your rejection of a punch correction was not accepted
status-refused-other = A change was not accepted
