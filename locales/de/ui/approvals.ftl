# The Approvals screen (ui/src/screens/Approvals.svelte): leave requests and punch corrections to decide.

approvals-waiting = { $count ->
    [one] { $count } wartet auf Sie
   *[other] { $count } warten auf Sie
}
approvals-nothing-waiting = Nichts wartet auf Sie
# Mid-sentence, in the message shown before the company's data first reaches the device.
approvals-first-fill = die Anträge Ihres Teams
approvals-no-leave-waiting = Keine Abwesenheitsanträge warten auf Sie.
approvals-empty-title = Alles erledigt
approvals-empty-body = Neue Abwesenheitsanträge und Stempelkorrekturen aus Ihrem Team erscheinen hier.

## A leave request's card.

# $type: the leave type's name; $when: how long ago, e.g. "2 days ago".
approvals-submitted = { $type } · eingereicht { $when }
# $role: leave-role-…, e.g. "Manager".
approvals-step = Schritt: { $role }
approvals-nobody-off = Sonst ist in dieser Zeit niemand abwesend
approvals-also-off = Ebenfalls abwesend:
# After the people listed as off during the request.
approvals-off-more = { $count ->
    [one] und { $count } weitere Person
   *[other] und { $count } weitere Personen
}
# A reason someone gave, quoted.
approvals-quoted = „{ $text }“
approvals-chain = Genehmigungskette
approvals-queued-approved = Sie haben genehmigt – auf diesem Gerät gespeichert, wird synchronisiert, sobald Sie online sind.
approvals-queued-rejected = Sie haben abgelehnt – auf diesem Gerät gespeichert, wird synchronisiert, sobald Sie online sind.
# $name: the requester.
approvals-reject-why = Warum lehnen Sie den Antrag von { $name } ab?
approvals-reject-why-optional = (optional, wird der Person mitgeteilt)
approvals-reject-placeholder = z. B. Release-Woche: Ginge auch die Woche danach?
approvals-keep = Nicht ablehnen
approvals-reject-request = Antrag ablehnen
approvals-note-label = Notiz für { $name } (optional)
approvals-note-placeholder = Notiz hinzufügen (optional)
approvals-reject = Ablehnen
approvals-approve = Genehmigen

## What a decision did, before "— Saved" or "— Saved on this device…". $name: the requester.

approvals-leave-approved = Abwesenheit von { $name } genehmigt
approvals-leave-rejected = Abwesenheit von { $name } abgelehnt
# When the request's requester is not known.
approvals-leave-approved-unknown = Abwesenheitsantrag genehmigt
approvals-leave-rejected-unknown = Abwesenheitsantrag abgelehnt
# $date: the day corrected.
approvals-punch-approved = Korrektur von { $name } für den { $date } genehmigt
approvals-punch-rejected = Korrektur von { $name } für den { $date } abgelehnt
approvals-punch-approved-anonymous = Korrektur für den { $date } genehmigt
approvals-punch-rejected-anonymous = Korrektur für den { $date } abgelehnt
approvals-punch-approved-unknown = Korrektur genehmigt
approvals-punch-rejected-unknown = Korrektur abgelehnt

## Punch corrections.

approvals-punch-title = Stempelkorrekturen
approvals-punch-none-waiting = Keine Stempelkorrekturen warten auf Sie.
# In place of an unknown employee's name.
approvals-someone = Unbekannt
approvals-punch = Stempelkorrektur
# $when: how long ago it was asked, e.g. "3 h ago".
approvals-punch-asked = Stempelkorrektur · angefragt { $when }
# $date: the day the correction is for.
approvals-punch-on = Stempelkorrektur · { $date }
approvals-punch-correct-record = Eintrag korrigieren
approvals-punch-missing-day = Fehlenden Tag nachtragen
approvals-check-in = Kommen
approvals-check-out = Gehen
approvals-punch-reject-why = Warum lehnen Sie die Korrektur von { $name } ab?
approvals-punch-reject-why-anonymous = Warum lehnen Sie diese Korrektur ab?
approvals-punch-reject-why-required = (erforderlich, wird der Person mitgeteilt)
approvals-punch-reject-placeholder = z. B. Laut Türprotokoll sind Sie um 16:10 gegangen.
approvals-reject-correction = Korrektur ablehnen

## Requests others decide, and the latest decisions.

approvals-others-title = Wartet auf andere
approvals-hide = Ausblenden
approvals-show = Anzeigen
approvals-decided-title = Zuletzt entschieden
