# The Approvals screen (ui/src/screens/Approvals.svelte): leave requests and punch corrections to decide.

approvals-waiting = { $count ->
    [one] { $count } en attente de votre décision
   *[other] { $count } en attente de votre décision
}
approvals-nothing-waiting = Rien n’attend votre décision
# Mid-sentence, in the message shown before the company's data first reaches the device.
approvals-first-fill = les demandes de votre équipe
approvals-no-leave-waiting = Aucune demande de congé n’attend votre décision.
approvals-empty-title = Tout est à jour
approvals-empty-body = Les nouvelles demandes de congé et corrections de pointage de votre équipe apparaîtront ici.

## A leave request's card.

# $type: the leave type's name; $when: how long ago, e.g. "2 days ago".
approvals-submitted = { $type } · envoyée { $when }
# $role: leave-role-…, e.g. "Manager".
approvals-step = Étape { $role }
approvals-nobody-off = Personne d’autre n’est absent à ces dates
approvals-also-off = Également absents à ces dates :
# After the people listed as off during the request.
approvals-off-more = { $count ->
    [one] et { $count } autre personne
   *[other] et { $count } autres personnes
}
# A reason someone gave, quoted.
approvals-quoted = « { $text } »
approvals-chain = Circuit de validation
approvals-queued-approved = Vous avez approuvé — enregistré sur cet appareil, sera synchronisé une fois en ligne.
approvals-queued-rejected = Vous avez refusé — enregistré sur cet appareil, sera synchronisé une fois en ligne.
# $name: the requester.
approvals-reject-why = Pourquoi refuser la demande de { $name } ?
approvals-reject-why-optional = (facultatif, transmis à la personne)
approvals-reject-placeholder = p. ex. Semaine de mise en production : pourriez-vous prendre la semaine suivante ?
approvals-keep = Ne pas refuser
approvals-reject-request = Refuser la demande
approvals-note-label = Note pour { $name } (facultatif)
approvals-note-placeholder = Ajouter une note (facultatif)
approvals-reject = Refuser
approvals-approve = Approuver

## What a decision did, before "— Saved" or "— Saved on this device…". $name: the requester.

approvals-leave-approved = Congé de { $name } approuvé
approvals-leave-rejected = Congé de { $name } refusé
# When the request's requester is not known.
approvals-leave-approved-unknown = Demande de congé approuvée
approvals-leave-rejected-unknown = Demande de congé refusée
# $date: the day corrected.
approvals-punch-approved = Correction de { $name } pour le { $date } approuvée
approvals-punch-rejected = Correction de { $name } pour le { $date } refusée
approvals-punch-approved-anonymous = Correction pour le { $date } approuvée
approvals-punch-rejected-anonymous = Correction pour le { $date } refusée
approvals-punch-approved-unknown = Correction approuvée
approvals-punch-rejected-unknown = Correction refusée

## Punch corrections.

approvals-punch-title = Corrections de pointage
approvals-punch-none-waiting = Aucune correction de pointage n’attend votre décision.
# In place of an unknown employee's name.
approvals-someone = Quelqu’un
approvals-punch = Correction de pointage
# $when: how long ago it was asked, e.g. "3 h ago".
approvals-punch-asked = Correction de pointage · demandée { $when }
# $date: the day the correction is for.
approvals-punch-on = Correction de pointage · { $date }
approvals-punch-correct-record = Corriger un pointage
approvals-punch-missing-day = Ajouter un jour manquant
approvals-check-in = Arrivée
approvals-check-out = Départ
approvals-punch-reject-why = Pourquoi refuser la correction de { $name } ?
approvals-punch-reject-why-anonymous = Pourquoi refuser cette correction ?
approvals-punch-reject-why-required = (obligatoire, transmis à la personne)
approvals-punch-reject-placeholder = p. ex. Le journal des badges indique que vous êtes parti à 16:10.
approvals-reject-correction = Refuser la correction

## Requests others decide, and the latest decisions.

approvals-others-title = En attente d’une autre personne
approvals-hide = Masquer
approvals-show = Afficher
approvals-decided-title = Décisions récentes
