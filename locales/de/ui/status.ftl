# What the app tells the user about writes, errors and the connection (ui/src/lib/status.ts).

## The result of a write. $done says what was done, e.g. "Checked in at 09:02", "Leave requested".

status-outcome-saved = { $done } – gespeichert
status-outcome-queued = { $done } – auf diesem Gerät gespeichert, wird synchronisiert, sobald Sie online sind
# $message: why it could not be sent, as the app's connection reported it.
status-outcome-not-sent = Noch nicht gesendet: { $message }
# $message: the server's reason, in its own words.
status-outcome-refused = Nicht angenommen: { $message }
status-outcome-refused-unknown = Nicht angenommen: Der Server hat diese Änderung abgelehnt.
status-outcome-withdrawn = Zurückgenommen – die Änderung war noch nicht gesendet und hat den Server nie erreicht
# $state: the write's state as the app names it internally (rarely shown).
status-outcome-other = { $done } ({ $state })

## A command's error as a sentence.

status-error-unknown = Etwas ist schiefgelaufen.
status-error-not-signed-in = Sie sind nicht angemeldet.
status-error-unreachable-because = Der Server ist nicht erreichbar: { $message }
status-error-unreachable = Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.
status-error-unsynced = Einige Änderungen wurden noch nicht synchronisiert.

## The offline banner.

# $reason: why the server ended the session, in its own words, without its final full stop.
status-offline-signed-out-because = { $reason } – bitte melden Sie sich erneut an, um zu synchronisieren.
status-offline-signed-out = Ihre Sitzung wurde beendet – bitte melden Sie sich erneut an, um zu synchronisieren.
status-offline-signed-out-pending = { $count ->
    [one] { $count } Änderung wird gesendet, sobald Sie sich anmelden. Es geht nichts verloren.
   *[other] { $count } Änderungen werden gesendet, sobald Sie sich anmelden. Es geht nichts verloren.
}
status-offline-signed-out-nothing = Was Sie bereits gesehen haben, wird weiterhin von diesem Gerät angezeigt.
status-offline-title = Sie sind offline – Sie arbeiten mit den Daten auf diesem Gerät.
status-offline-pending = { $count ->
    [one] { $count } hier gespeicherte Änderung wird synchronisiert, sobald die Verbindung wieder besteht.
   *[other] { $count } hier gespeicherte Änderungen werden synchronisiert, sobald die Verbindung wieder besteht.
}
status-offline-nothing = Ihre Änderungen werden hier gespeichert und synchronisiert, sobald die Verbindung wieder besteht.

## The sync indicator's label (its tooltip and what screen readers say).

status-sync-waiting = { $count ->
    [one] { $count } Änderung wartet auf Synchronisierung
   *[other] { $count } Änderungen warten auf Synchronisierung
}
status-sync-waiting-offline = { $count ->
    [one] { $count } Änderung wartet auf Synchronisierung (offline)
   *[other] { $count } Änderungen warten auf Synchronisierung (offline)
}
status-sync-offline = Offline – keine Änderungen warten auf Synchronisierung
status-sync-done = Alles ist synchronisiert
status-sync-refused = { $count ->
    [one] { $count } Änderung wurde vom Server abgelehnt
   *[other] { $count } Änderungen wurden vom Server abgelehnt
}
# Both of the above: $refusals is status-sync-refused, $waiting one of the others.
status-sync-refused-and = { $refusals }; { $waiting }

## The headline of a write the server refused. $time: when it was recorded ("08:02"); $range: the day or
## days it was for ("11–15 Jan 2027").

status-refused-check-in-at = Ihr Einstempeln um { $time } wurde nicht angenommen
status-refused-check-in = Ihr Einstempeln wurde nicht angenommen
status-refused-check-out-at = Ihr Ausstempeln um { $time } wurde nicht angenommen
status-refused-check-out = Ihr Ausstempeln wurde nicht angenommen
status-refused-leave-for = Ihr Abwesenheitsantrag für { $range } wurde nicht angenommen
status-refused-leave = Ihr Abwesenheitsantrag wurde nicht angenommen
status-refused-cancel-leave = Die Stornierung Ihrer Abwesenheit wurde nicht angenommen
status-refused-leave-approval = Ihre Freigabe wurde nicht angenommen
status-refused-leave-rejection = Ihre Ablehnung wurde nicht angenommen
status-refused-correction-for = Ihre Korrektur für { $range } wurde nicht angenommen
status-refused-correction = Ihre Korrektur wurde nicht angenommen
status-refused-correction-approval = Ihre Freigabe einer Stempelkorrektur wurde nicht angenommen
status-refused-correction-rejection = Ihre Ablehnung einer Stempelkorrektur wurde nicht angenommen
status-refused-other = Eine Änderung wurde nicht angenommen
