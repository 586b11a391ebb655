# The Attendance screen, corrections of attendance records, and shifts in words.

## Attendance screen
attendance-subtitle = Your check-ins and check-outs, day by day.
attendance-month = Month
attendance-previous-month = Previous month
attendance-next-month = Next month
attendance-days-worked = Days worked
attendance-total-time = Total time
attendance-late-arrivals = Late arrivals
# Accessible name of the table of days.
attendance-days = Days
# $month: "November 2025".
attendance-empty = No records for { $month }
attendance-empty-this-month = Check in from the Today screen to start.
attendance-empty-other-month = Nothing recorded on this device for that month.
attendance-col-day = Day
# Check-in time (column heading and, on phones, the label before the time).
attendance-col-in = In
# Check-out time.
attendance-col-out = Out
attendance-col-worked = Worked
attendance-col-status = Status
attendance-col-correction = Correction

## A record's badges (Attendance and Today)
attendance-badge-late = Late
attendance-badge-left-early = Left early
attendance-badge-mock = Mock location
attendance-badge-offline = Recorded offline
attendance-badge-corrected = Corrected
attendance-badge-corrected-title = Its times were corrected; Attendance shows the punched ones
attendance-badge-auto-closed = Closed automatically
attendance-badge-correction-title = A correction of this record waits for a decision
attendance-badge-correction-queued = Correction waiting to sync
attendance-badge-correction-pending = Correction pending
attendance-badge-pending-sync = Pending sync
attendance-badge-pending-sync-title = Saved on this device; will sync when online
attendance-badge-synced = Synced

## Corrections on the Attendance screen
# $day: "Thu 20 Nov".
attendance-correct-label = { attendance-correct } { $day }
attendance-correct-disabled = Once this record has synced
# Button: ask for a correction of the record.
attendance-correct = Correct
# $originals: "Originally in 09:02, out 17:31"; $reason: why it was corrected.
attendance-originals-reason = { $originals } · “{ $reason }”
attendance-my-corrections = Your corrections
# $in, $out: "09:00 → 08:40" or "09:00 (kept)".
attendance-correction-times = In { $in } · Out { $out }
# A reason the person gave, quoted.
attendance-quoted = “{ $text }”
# $name: who decided; $reason: what they wrote.
attendance-decision = { $name }: “{ $reason }”
attendance-your-manager = Your manager

## How a record reads
attendance-auto-closed = Closed automatically at { $time } — ask for a correction if that is wrong
attendance-added-by-correction = Added by a correction: nothing was punched
attendance-originally = Originally in { $in }, out { $out }
attendance-no-check-out = — (no check-out)

## A correction's status
attendance-status-approved-queued = Approved · waiting to sync
attendance-status-rejected-queued = Rejected · waiting to sync
attendance-status-queued = Waiting to sync
attendance-status-approved = Approved
attendance-status-rejected = Rejected
attendance-status-pending = Waiting for a decision
# The recorded time, left unchanged by the correction.
attendance-time-kept = { $time } (kept)
# The recorded time and the time proposed.
attendance-time-change = { $from } → { $to }

## The correction form
# $day: "Thursday 20 November 2025".
attendance-correction-title = Ask for a correction · { $day }
attendance-correction-recorded = Recorded: in { $in }, out { $out }.
attendance-correction-give-times = Give the times you worked on this day; your manager or HR decides.
attendance-correction-check-in = Check-in
attendance-correction-check-out = Check-out
# Under a check-out time earlier than the check-in: it is on the following day.
attendance-correction-next-morning = The next morning
attendance-correction-why = Why
attendance-correction-why-hint = (sent to your manager)
attendance-correction-placeholder = e.g. I forgot to check out when I left at 17:30
# Before the device's own warning about the times asked for.
attendance-correction-device-check = This device's check:
attendance-correction-server-decides = The server decides; you can send it anyway.
attendance-correction-change-a-time = Change a time to ask for a correction.
attendance-correction-send-anyway = Send anyway
attendance-correction-send = Send
attendance-correction-refused = Not accepted: the server refused this correction.
# $reason: the server's reason.
attendance-correction-not-accepted = Not accepted: { $reason }
# Start of the result, followed by "— Saved" or "— Saved on this device…".
attendance-correction-asked = Correction for { $day } asked for

## Shifts in words (Today and Schedules & audit)
attendance-shift-offline = Shift changes need a connection
# $starts, $ends: "09:00", "17:30".
attendance-shift-hours = { $starts }–{ $ends }
attendance-shift-hours-overnight = { $starts }–{ $ends } next day
attendance-shift-minutes = { $minutes } min
attendance-shift-hours-only = { $hours } h
attendance-shift-hours-minutes = { $hours } h { $minutes } min
# The three graces are joined with " · "; this one always comes first.
attendance-shift-late-after = { $minutes ->
    [one] Late after { $minutes } min
   *[other] Late after { $minutes } min
}
attendance-shift-late-from-start = Late from the start
attendance-shift-early-before = { $minutes ->
    [one] leaving early more than { $minutes } min before the end
   *[other] leaving early more than { $minutes } min before the end
}
attendance-shift-early-before-end = leaving early before the end
# $duration: "2 h", "1 h 30 min".
attendance-shift-auto-close = forgotten check-outs closed { $duration } after the end
# An assignment's days; $from, $to: "3 Nov 2026".
attendance-shift-from = From { $from }
attendance-shift-span = { $from } – { $to }
# Mid-sentence: "Ana works “Night” (22:00–06:00 next day) from 3 Nov 2026."
attendance-shift-from-in-sentence = from { $from }
attendance-shift-span-in-sentence = from { $from } – { $to }
