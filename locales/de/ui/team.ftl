# The Team attendance screen (ui/src/screens/Team.svelte).

team-subtitle = Wer anwesend ist, wer zu spät kommt – und jede Einstempelung im gewählten Zeitraum.
team-export = CSV exportieren
# $count: records written; $path: the file they were written to.
team-exported = { $count ->
    [one] { $count } Eintrag nach { $path } exportiert
   *[other] { $count } Einträge nach { $path } exportiert
}
# The summary of today, and the button that shows only today's records.
team-today = Heute
team-in-now = Jetzt anwesend
team-late-today = Heute verspätet
team-checked-out = Ausgestempelt
team-records = Einträge
team-quick-range = Schnellauswahl
# The last $count days, today included.
team-last-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
team-from = Von
team-to = Bis
team-range-invalid = Das Startdatum darf nicht nach dem Enddatum liegen.
# Mid-sentence, in the message shown before the company's data first reaches the device.
team-first-fill = die Anwesenheit Ihres Teams
team-empty-title = Keine Einträge in diesem Zeitraum
team-empty-body = Auf diesem Gerät werden nur die letzten zwei Wochen gespeichert.
team-col-employee = Mitarbeiter/in
team-col-day = Tag
# The check-in and check-out times' column headings (and labels on a phone).
team-in = Kommen
team-out = Gehen
team-col-worked = Gearbeitet
team-col-status = Status
team-late = Verspätet
# The badge of someone checked in now.
team-badge-in = Anwesend
team-mock-location = Gefälschter Standort
team-pending-sync = Synchronisierung ausstehend
# $first–$last: the records shown; $total: all records in the range.
team-pager = { $first }–{ $last } von { $total }
team-previous = Zurück
team-next = Weiter
