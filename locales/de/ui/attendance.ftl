# The Attendance screen, corrections of attendance records, and shifts in words.

## Attendance screen
attendance-subtitle = Ihre Stempelzeiten, Tag für Tag.
attendance-month = Monat
attendance-previous-month = Vorheriger Monat
attendance-next-month = Nächster Monat
attendance-days-worked = Arbeitstage
attendance-total-time = Gesamtzeit
attendance-late-arrivals = Verspätungen
# Accessible name of the table of days.
attendance-days = Tage
# $month: "November 2025".
attendance-empty = Keine Buchungen im { $month }
attendance-empty-this-month = Stempeln Sie auf der Seite „Heute“ ein, um zu beginnen.
attendance-empty-other-month = Für diesen Monat ist auf diesem Gerät nichts erfasst.
attendance-col-day = Tag
# Check-in time (column heading and, on phones, the label before the time).
attendance-col-in = Kommen
# Check-out time.
attendance-col-out = Gehen
attendance-col-worked = Gearbeitet
attendance-col-status = Status
attendance-col-correction = Korrektur

## A record's badges (Attendance and Today)
attendance-badge-late = Verspätet
attendance-badge-left-early = Früher gegangen
attendance-badge-mock = Gefälschter Standort
attendance-badge-offline = Offline erfasst
attendance-badge-corrected = Korrigiert
attendance-badge-corrected-title = Die Zeiten wurden korrigiert; unter „Anwesenheit“ sehen Sie die gestempelten Zeiten
attendance-badge-auto-closed = Automatisch beendet
attendance-badge-correction-title = Eine Korrektur dieser Buchung wartet auf eine Entscheidung
attendance-badge-correction-queued = Korrektur noch nicht synchronisiert
attendance-badge-correction-pending = Korrektur offen
attendance-badge-pending-sync = Nicht synchronisiert
attendance-badge-pending-sync-title = Auf diesem Gerät gespeichert; wird synchronisiert, sobald Sie online sind
attendance-badge-synced = Synchronisiert

## Corrections on the Attendance screen
# $day: "Thu 20 Nov".
attendance-correct-label = { attendance-correct } { $day }
attendance-correct-disabled = Möglich, sobald diese Buchung synchronisiert ist
# Button: ask for a correction of the record.
attendance-correct = Korrigieren
# $originals: "Originally in 09:02, out 17:31"; $reason: why it was corrected.
attendance-originals-reason = { $originals } · „{ $reason }“
attendance-my-corrections = Ihre Korrekturen
# $in, $out: "09:00 → 08:40" or "09:00 (kept)".
attendance-correction-times = Kommen { $in } · Gehen { $out }
# A reason the person gave, quoted.
attendance-quoted = „{ $text }“
# $name: who decided; $reason: what they wrote.
attendance-decision = { $name }: „{ $reason }“
attendance-your-manager = Ihre Führungskraft

## How a record reads
attendance-auto-closed = Um { $time } automatisch beendet – beantragen Sie eine Korrektur, falls das nicht stimmt
attendance-added-by-correction = Durch eine Korrektur hinzugefügt: ursprünglich nichts gestempelt
attendance-originally = Ursprünglich Kommen { $in }, Gehen { $out }
attendance-no-check-out = — (nicht ausgestempelt)

## A correction's status
attendance-status-approved-queued = Genehmigt · noch nicht synchronisiert
attendance-status-rejected-queued = Abgelehnt · noch nicht synchronisiert
attendance-status-queued = Noch nicht synchronisiert
attendance-status-approved = Genehmigt
attendance-status-rejected = Abgelehnt
attendance-status-pending = Wartet auf Entscheidung
# The recorded time, left unchanged by the correction.
attendance-time-kept = { $time } (unverändert)
# The recorded time and the time proposed.
attendance-time-change = { $from } → { $to }

## The correction form
# $day: "Thursday 20 November 2025".
attendance-correction-title = Korrektur beantragen · { $day }
attendance-correction-recorded = Erfasst: Kommen { $in }, Gehen { $out }.
attendance-correction-give-times = Geben Sie die Zeiten an, die Sie an diesem Tag gearbeitet haben; Ihre Führungskraft oder die Personalabteilung entscheidet.
attendance-correction-check-in = Kommen
attendance-correction-check-out = Gehen
# Under a check-out time earlier than the check-in: it is on the following day.
attendance-correction-next-morning = Am nächsten Morgen
attendance-correction-why = Begründung
attendance-correction-why-hint = (geht an Ihre Führungskraft)
attendance-correction-placeholder = z. B. Ich habe vergessen auszustempeln, als ich um 17:30 gegangen bin
# Before the device's own warning about the times asked for.
attendance-correction-device-check = Prüfung dieses Geräts:
attendance-correction-server-decides = Der Server entscheidet; Sie können trotzdem senden.
attendance-correction-change-a-time = Ändern Sie eine Zeit, um eine Korrektur zu beantragen.
attendance-correction-send-anyway = Trotzdem senden
attendance-correction-send = Senden
attendance-correction-refused = Nicht angenommen: Der Server hat diese Korrektur abgelehnt.
# $reason: the server's reason.
attendance-correction-not-accepted = Nicht angenommen: { $reason }
# Start of the result, followed by "— Saved" or "— Saved on this device…".
attendance-correction-asked = Korrektur für { $day } beantragt

## Shifts in words (Today and Schedules & audit)
attendance-shift-offline = Schichtänderungen sind nur mit Verbindung möglich
# $starts, $ends: "09:00", "17:30".
attendance-shift-hours = { $starts }–{ $ends }
attendance-shift-hours-overnight = { $starts }–{ $ends } (Folgetag)
attendance-shift-minutes = { $minutes } Min.
attendance-shift-hours-only = { $hours } Std.
attendance-shift-hours-minutes = { $hours } Std. { $minutes } Min.
# The three graces are joined with " · "; this one always comes first.
attendance-shift-late-after = { $minutes ->
    [one] Verspätet ab { $minutes } Min.
   *[other] Verspätet ab { $minutes } Min.
}
attendance-shift-late-from-start = Verspätet ab Schichtbeginn
attendance-shift-early-before = { $minutes ->
    [one] vorzeitig gegangen: mehr als { $minutes } Min. vor Schichtende
   *[other] vorzeitig gegangen: mehr als { $minutes } Min. vor Schichtende
}
attendance-shift-early-before-end = vorzeitig gegangen: vor Schichtende
# $duration: "2 h", "1 h 30 min".
attendance-shift-auto-close = vergessene Ausstempelungen werden { $duration } nach Schichtende geschlossen
# An assignment's days; $from, $to: "3 Nov 2026".
attendance-shift-from = Ab { $from }
attendance-shift-span = { $from } – { $to }
# Mid-sentence: "Ana works “Night” (22:00–06:00 next day) from 3 Nov 2026."
attendance-shift-from-in-sentence = ab { $from }
attendance-shift-span-in-sentence = vom { $from } bis { $to }
