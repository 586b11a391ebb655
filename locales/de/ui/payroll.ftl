# Payroll: the runs, a run's review and its next steps.

payroll-offline = Änderungen an der Lohnabrechnung brauchen eine Verbindung
payroll-offline-last-copy = Änderungen an der Lohnabrechnung brauchen eine Verbindung: Dies ist der zuletzt geladene Stand.
# Between the parts of a list such as "12 paid, 1 held" (keep the quotes: they keep the space).
payroll-list-separator = {", "}
payroll-choose = Auswählen…

## The runs

payroll-runs-subtitle = Abrechnungsläufe, neueste zuerst
payroll-runs-label = Abrechnungsläufe
# Mid-sentence, for "Loading payroll runs from the server…".
payroll-first-fill-what = Abrechnungsläufe
payroll-runs-empty = Noch keine Abrechnungsläufe
payroll-create-no-run = Für { $month } gibt es noch keinen Lauf. Ein Entwurf berechnet alle, die in diesem Monat beschäftigt sind; gezahlt wird erst, wenn Sie ihn festschreiben und veröffentlichen.
payroll-create = Lauf für { $month } anlegen
payroll-run-row = { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
} · Zahltag { $date }
# Beside a run's or a person's net amount.
payroll-net-small = netto

payroll-status-draft = Entwurf
payroll-status-locked = Festgeschrieben
payroll-status-paid = Bezahlt
payroll-status-published = Veröffentlicht
payroll-line-ready = Bereit
payroll-line-failed = Fehlgeschlagen
payroll-line-held = Zurückgehalten
payroll-line-excluded = Ausgeschlossen

payroll-computing-label = Gehaltsabrechnungen werden berechnet
payroll-computing = { $count ->
    [one] { $count } Gehaltsabrechnung für { $month } wird berechnet…
   *[other] { $count } Gehaltsabrechnungen für { $month } werden berechnet…
} Wer nicht berechnet werden kann, wird mit Grund aufgeführt.
payroll-computing-everyone = Alle Gehaltsabrechnungen für { $month } werden berechnet… Wer nicht berechnet werden kann, wird mit Grund aufgeführt.

## A run

payroll-run-title = Lohnabrechnung · { $month }
payroll-run-subtitle = { $period } · Zahltag { $date } · { $people }
payroll-people-paid = { $count } bezahlt
payroll-people-held = { $count } zurückgehalten
payroll-people-excluded = { $count } ausgeschlossen
payroll-people-failed = { $count } fehlgeschlagen
payroll-employees-paid = Bezahlte Beschäftigte
payroll-gross = Brutto
payroll-net = Netto

payroll-actions-draft = Prüfen, dann festschreiben
payroll-actions-locked = Festgeschrieben { $time }: zahlen, dann veröffentlichen
payroll-actions-paid = Bezahlt { $time }: Gehaltsabrechnungen veröffentlichen
payroll-actions-published = Veröffentlicht { $time }: schreibgeschützt
payroll-actions-draft-hint = Personen zurückhalten oder ausschließen oder eine Lohnart von Hand setzen – über ihre Zeile. Beim Festschreiben wird noch einmal berechnet, dann werden Beträge und Bankverbindungen eingefroren; niemand wird bezahlt oder sieht eine Gehaltsabrechnung, bevor der Lauf veröffentlicht ist.
payroll-step-recompute = Neu berechnen
payroll-step-lock = Lauf festschreiben
payroll-step-pay = Als bezahlt markieren
payroll-step-publish = Gehaltsabrechnungen veröffentlichen
# A step's button when it asks before it is done.
payroll-step-asks = { $step }…
payroll-step-refused = { $step ->
    [recompute] Das Neuberechnen
    [lock] Das Festschreiben
    [pay] Das Markieren als bezahlt
   *[publish] Das Veröffentlichen
} wurde abgelehnt:
payroll-done-recompute = { $month } mit den heutigen Daten neu berechnet: { $people }.
payroll-done-lock = { $month } ist festgeschrieben: { $people }. Speichern Sie die Bankdatei und markieren Sie den Lauf dann als bezahlt.
payroll-done-pay = { $month } ist als bezahlt markiert.
payroll-done-publish = { $month } ist veröffentlicht: { $count ->
    [one] { $count } Person sieht ihre Gehaltsabrechnung und wurde benachrichtigt
   *[other] { $count } Personen sehen ihre Gehaltsabrechnungen und wurden benachrichtigt
}.
payroll-confirm-lock = { $month } festschreiben? Der Lauf wird noch einmal berechnet, dann werden die Beträge und Bankverbindungen von { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
} (netto { $total }) eingefroren.
payroll-confirm-lock-held = { $count ->
    [one] { $count } zurückgehaltene Person wird darin nicht bezahlt.
   *[other] { $count } zurückgehaltene Personen werden darin nicht bezahlt.
}
payroll-confirm-lock-final = Ein festgeschriebener Lauf wird nie mehr geändert: Fehler werden in einem späteren Lauf korrigiert.
payroll-confirm-publish = { $month } veröffentlichen? { $count ->
    [one] { $count } Person sieht ihre Gehaltsabrechnung dann in der App und wird sofort benachrichtigt
   *[other] { $count } Personen sehen ihre Gehaltsabrechnung dann in der App und werden sofort benachrichtigt
}; das lässt sich nicht rückgängig machen.
payroll-confirm-publish-unpaid = Der Lauf ist noch nicht als bezahlt markiert.
payroll-confirm-lock-yes = Festschreiben
payroll-confirm-publish-yes = Veröffentlichen

payroll-bank-file = Bankdatei
payroll-bank-format-csv = CSV (jede Bank)
payroll-bank-format-pain001 = SEPA pain.001 (Euro)
payroll-bank-file-save = In Downloads speichern
payroll-bank-file-refused = Die Bankdatei konnte nicht erstellt werden:
# $file is the file's name, $path where it was saved.
payroll-bank-file-saved = { $file }: { $count ->
    [one] { $count } Überweisung
   *[other] { $count } Überweisungen
}, gespeichert unter { $path }
payroll-payslips-save = Alle Gehaltsabrechnungen speichern (ZIP)
payroll-payslips-saved = Alle Gehaltsabrechnungen des Laufs, gespeichert unter { $path }
payroll-correct = Diesen Lauf korrigieren…
payroll-correct-title = Diesen Lauf korrigieren?
payroll-correct-text = Ein neuer Entwurf für denselben Zeitraum wird mit der heutigen Vergütung, den heutigen Abwesenheiten und Zuweisungen berechnet. Die Gehaltsabrechnung jeder Person darin ist die Differenz zu dem, was dieser Lauf gezahlt hat; Personen ohne Korrekturbedarf werden ausgelassen. Dieser Lauf bleibt unverändert.
payroll-correct-yes = Korrekturentwurf erstellen

## The people of a run

payroll-lines-label = Abrechnungszeilen
payroll-lines-loading = Zeilen werden geladen…
payroll-lines-search-label = Zeilen dieses Laufs durchsuchen
payroll-lines-search-placeholder = Nach Name oder Personalnummer suchen
payroll-flagged-only = Nur markierte
payroll-lines-people-label = Personen in diesem Lauf
payroll-lines-no-match = Keine Zeile passt zu „{ $query }“.
payroll-lines-no-match-flagged = Keine markierte Zeile passt zu „{ $query }“.
payroll-lines-none-flagged = Niemand ist markiert.
payroll-lines-shown = { $shown } von { $count } angezeigt
payroll-lines-more = { $count } weitere anzeigen
payroll-lines-flagged = { $count ->
    [one] { $count } Person ist
   *[other] { $count } Personen sind
} zur Prüfung markiert.
payroll-lines-empty = Niemand in diesem Lauf
payroll-lines-empty-hint = In seinem Zeitraum war niemand beschäftigt.
payroll-lines-unavailable = Keine Zeilen verfügbar
payroll-lines-unavailable-hint = Verbinden Sie sich mit dem Server, um die Zeilen dieses Laufs zu laden.

payroll-flag-joiner = Eintritt
payroll-flag-leaver = Austritt
payroll-flag-net-changed = Netto geändert
# $change is signed: +12.5, −20.
payroll-flag-net-percent = Netto { $change } %
payroll-flag-unpaid-leave = { $days ->
    [one] { $days } Tag unbezahlte Abwesenheit
   *[other] { $days } Tage unbezahlte Abwesenheit
}
payroll-flag-negative-net = Negatives Netto
payroll-flag-no-bank-account = Keine Bankverbindung
payroll-flag-bank-account-changed = Bankverbindung geändert

## One person's review

payroll-person-close = { $name } schließen
payroll-person-paid-into = Zahlung auf { $account }
payroll-person-no-bank-account = keine Bankverbindung
payroll-person-flags = Markierungen
payroll-person-error = Konnte nicht berechnet werden: { $error }
# $status is the line's status (Held, Excluded…), $note HR's reason.
payroll-person-note = { $status }: { $note }
payroll-person-no-breakdown = Netto { $net }; für diesen Lauf gibt es keine Aufschlüsselung der Berechnung.
payroll-slip-earnings = Bezüge
payroll-slip-deductions = Abzüge
payroll-slip-employer = Vom Unternehmen gezahlt
payroll-slip-rounding = Rundung
payroll-slip-net-pay = Nettolohn
payroll-slip-days-paid = Bezahlte Tage
payroll-slip-days = { $paid } von { $count ->
    [one] { $count } Arbeitstag
   *[other] { $count } Arbeitstagen
}
payroll-slip-days-unpaid = { $paid } von { $count ->
    [one] { $count } Arbeitstag
   *[other] { $count } Arbeitstagen
} · { $unpaid } unbezahlt
payroll-against-last = Im Vergleich zum letzten Lauf
payroll-change-component = Lohnart
payroll-change-before-now = Vorher → jetzt
payroll-change = Änderung
payroll-change-new = Neu in diesem Lauf
payroll-change-gone = Nicht in diesem Lauf
payroll-change-amounts = { $before } → { $now }
payroll-no-change = Keine Lohnart hat sich geändert.

payroll-hold = Zurückhalten…
payroll-exclude = Ausschließen…
payroll-include = Wieder aufnehmen
payroll-override = Lohnart setzen…
payroll-hold-reason = Warum wird die Zahlung zurückgehalten?
payroll-exclude-reason = Warum wird die Person aus diesem Lauf ausgeschlossen?
payroll-hold-hint = Zurückgehaltene Zahlungen werden mit dem Lauf berechnet und festgeschrieben, aber nicht in die Bankdatei übernommen und nicht veröffentlicht.
payroll-exclude-hint = Keine Gehaltsabrechnung für diese Person in diesem Lauf.
payroll-hold-submit = Zahlung zurückhalten
payroll-exclude-submit = Ausschließen
payroll-person-held = Zurückgehalten: { $name } wird in diesem Lauf nicht bezahlt.
payroll-person-excluded = Ausgeschlossen: { $name } erhält in diesem Lauf keine Gehaltsabrechnung.
payroll-person-included = { $name } ist wieder im Lauf.
payroll-override-amount = Betrag ({ $currency })
payroll-override-reason = Grund (steht auf der Gehaltsabrechnung)
payroll-override-save = Betrag setzen
payroll-override-choose-error = Wählen Sie die Lohnart aus, die gesetzt werden soll.
payroll-override-set = Von Hand gesetzt: netto jetzt { $net }.
payroll-override-cleared = Wieder nach Regel berechnet: netto jetzt { $net }.
payroll-override-clear = Wieder die Regel verwenden
