# What the app tells the user about writes, errors and the connection (ui/src/lib/status.ts).

## The result of a write. $done says what was done, e.g. "Checked in at 09:02", "Leave requested".

status-outcome-saved = { $done } — Enregistré
status-outcome-queued = { $done } — Enregistré sur cet appareil, sera synchronisé une fois en ligne
# $message: why it could not be sent, as the app's connection reported it.
status-outcome-not-sent = Pas encore envoyé : { $message }
# $message: the server's reason, in its own words.
status-outcome-refused = Refusé : { $message }
status-outcome-refused-unknown = Refusé : le serveur a rejeté cette modification.
status-outcome-withdrawn = Annulé — la modification n’avait pas encore été envoyée et n’a donc jamais atteint le serveur
# $state: the write's state as the app names it internally (rarely shown).
status-outcome-other = { $done } ({ $state })

## A command's error as a sentence.

status-error-unknown = Une erreur s’est produite.
status-error-not-signed-in = Vous n’êtes pas connecté.
status-error-unreachable-because = Impossible de joindre le serveur : { $message }
status-error-unreachable = Impossible de joindre le serveur. Vérifiez votre connexion.
status-error-unsynced = Certaines modifications n’ont pas encore été synchronisées.

## The offline banner.

# $reason: why the server ended the session, in its own words, without its final full stop.
status-offline-signed-out-because = { $reason } — reconnectez-vous pour synchroniser.
status-offline-signed-out = Votre session a pris fin — reconnectez-vous pour synchroniser.
status-offline-signed-out-pending = { $count ->
    [one] { $count } modification sera envoyée dès que vous vous reconnecterez. Rien n’est perdu.
   *[other] { $count } modifications seront envoyées dès que vous vous reconnecterez. Rien n’est perdu.
}
status-offline-signed-out-nothing = Ce que vous avez consulté reste affiché depuis cet appareil.
status-offline-title = Vous êtes hors ligne — vous travaillez avec les données de cet appareil.
status-offline-pending = { $count ->
    [one] { $count } modification enregistrée ici sera synchronisée au retour de la connexion.
   *[other] { $count } modifications enregistrées ici seront synchronisées au retour de la connexion.
}
status-offline-nothing = Vos modifications sont enregistrées ici et synchronisées au retour de la connexion.

## The sync indicator's label (its tooltip and what screen readers say).

status-sync-waiting = { $count ->
    [one] { $count } modification en attente de synchronisation
   *[other] { $count } modifications en attente de synchronisation
}
status-sync-waiting-offline = { $count ->
    [one] { $count } modification en attente de synchronisation (hors ligne)
   *[other] { $count } modifications en attente de synchronisation (hors ligne)
}
status-sync-offline = Hors ligne — rien en attente de synchronisation
status-sync-done = Tout est synchronisé
status-sync-refused = { $count ->
    [one] { $count } modification a été refusée par le serveur
   *[other] { $count } modifications ont été refusées par le serveur
}
# Both of the above: $refusals is status-sync-refused, $waiting one of the others.
status-sync-refused-and = { $refusals } ; { $waiting }

## The headline of a write the server refused. $time: when it was recorded ("08:02"); $range: the day or
## days it was for ("11–15 Jan 2027").

status-refused-check-in-at = Votre pointage d’arrivée de { $time } n’a pas été accepté
status-refused-check-in = Votre pointage d’arrivée n’a pas été accepté
status-refused-check-out-at = Votre pointage de départ de { $time } n’a pas été accepté
status-refused-check-out = Votre pointage de départ n’a pas été accepté
status-refused-leave-for = Votre demande de congé ({ $range }) n’a pas été acceptée
status-refused-leave = Votre demande de congé n’a pas été acceptée
status-refused-cancel-leave = L’annulation de votre congé n’a pas été acceptée
status-refused-leave-approval = Votre validation n’a pas été acceptée
status-refused-leave-rejection = Votre refus n’a pas été accepté
status-refused-correction-for = Votre correction du { $range } n’a pas été acceptée
status-refused-correction = Votre correction n’a pas été acceptée
status-refused-correction-approval = Votre validation d’une correction de pointage n’a pas été acceptée
status-refused-correction-rejection = Votre refus d’une correction de pointage n’a pas été accepté
status-refused-other = Une modification n’a pas été acceptée
