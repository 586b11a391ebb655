# The Leave screen (ui/src/screens/Leave.svelte) and the words of leave requests (ui/src/lib/leave.ts).

## Statuses of requests and approval steps, as badges.

leave-status-pending = En attente
leave-status-approved = Approuvée
leave-status-rejected = Refusée
leave-status-cancelled = Annulée
leave-status-waiting = À venir
leave-status-skipped = Ignorée

## Roles, as approval steps and the directory name them.

leave-role-hr = RH
leave-role-manager = Responsable
leave-role-employee = Employé

## Approval steps.

# $role: leave-role-…; $name: the approver.
leave-step-title = { $role } · { $name }
leave-step-approved-by = Approuvée par { $name }
leave-step-rejected-by = Refusée par { $name }
leave-step-pending = Décision en attente
leave-step-waiting = En attente de l’étape précédente
leave-step-skipped = Non nécessaire

## Names of the two leave types every company has, until the server's own names reach the device.

leave-type-annual = Congés payés
leave-type-sick = Arrêt maladie

## What an approver weighs: the requester's balance once the request is granted.
## $remaining, $entitled, $over: days; $type: the leave type's name from the server ("Annual Leave");
## $kind: the English word made from it ("annual"; other languages use $type); $year: the leave year.

leave-balance-left = { $type } : il restera { $remaining } { $remaining ->
    [one] jour
   *[other] jours
} sur { $entitled } après cette demande
leave-balance-left-year = { $type } { $year } : il restera { $remaining } { $remaining ->
    [one] jour
   *[other] jours
} sur { $entitled } après cette demande
leave-balance-over = { $type } : { $over } { $over ->
    [one] jour
   *[other] jours
} de plus que les { $entitled } autorisés
leave-balance-over-year = { $type } { $year } : { $over } { $over ->
    [one] jour
   *[other] jours
} de plus que les { $entitled } autorisés

## What became of a request since a "please decide" notification about it.

# $name: the requester.
leave-since-cancelled = Annulée entre-temps par { $name }
# $step: the step it waits at, e.g. "HR" or "Manager · Maria Schmidt".
leave-since-now-with = Désormais chez { $step }
leave-since-you-approved = Vous l’avez approuvée
leave-since-you-rejected = Vous l’avez refusée
leave-since-approved-by = Déjà approuvée par { $name }
leave-since-rejected-by = Déjà refusée par { $name }
leave-since-approved = Déjà approuvée
leave-since-rejected = Déjà refusée

## Half days: how the first and last day of a leave are taken.

leave-half-whole-day = Toute la journée
leave-half-from-midday = À partir de midi (après-midi seulement)
leave-half-until-midday = Jusqu’à midi (matin seulement)
# Shown in brackets after a request's dates.
leave-halves-afternoon-only = après-midi seulement
leave-halves-morning-only = matin seulement
leave-halves-both = à partir de midi le premier jour, jusqu’à midi le dernier
leave-halves-from-midday = à partir de midi le premier jour
leave-halves-until-midday = jusqu’à midi le dernier jour

## The screen.

leave-subtitle = Soldes, demandes et validations
# The balances' region, for screen readers. $year: the leave year.
leave-balances-label = Soldes { $year }
leave-balances-empty = Aucun solde de congés pour l’instant.
# After the big number of days remaining ($count), which is shown apart.
leave-balance-remaining = { $count ->
    [one] jour restant
   *[other] jours restants
}
leave-balance-meter = { $used } pris, { $pending } en attente, { $remaining } restants sur { $entitled }
leave-balance-used = { $count } pris
leave-balance-pending = { $count } en attente
leave-balance-of = sur { $count }
# The next leave year's balance. $year: that year.
leave-balance-next-year = { $year } : { $count ->
    [one] { $count } jour disponible
   *[other] { $count } jours disponibles
}
leave-request-title = Demander un congé
leave-type-label = Type
leave-first-day = Premier jour
leave-last-day = Dernier jour
leave-first-day-half = Le premier jour
leave-last-day-half = Le dernier jour
leave-reason-label = Motif
leave-reason-placeholder = p. ex. Voyage en famille
leave-working-days = { $count ->
    [one] { $count } jour ouvré
   *[other] { $count } jours ouvrés
}
# After the working days a request takes.
leave-preview-left = { $count ->
    [one] { $count } jour restant ensuite
   *[other] { $count } jours restants ensuite
}
leave-preview-hint = Choisissez des dates pour voir combien de jours ouvrés cela représente.
leave-confirm-anyway = Les chiffres de cet appareil ne sont peut-être pas à jour, et c’est le serveur qui décide. Envoyer quand même la demande ?
leave-send-anyway = Envoyer quand même
leave-submit = Envoyer la demande
leave-requests-title = Mes demandes
leave-requests-total = { $count } au total
leave-requests-empty-title = Aucune demande de congé pour l’instant
leave-requests-empty-body = Vos demandes et leurs validations s’afficheront ici.
leave-pending-sync = Synchronisation en attente
leave-saved-offline = Enregistrée sur cet appareil — sera envoyée pour validation une fois en ligne.
# $when: how long ago, e.g. "2 days ago".
leave-submitted = Envoyée { $when }
leave-cancel-leave = Annuler le congé
leave-cancel-request = Annuler la demande
leave-cancel-confirm-label = Confirmer l’annulation
leave-cancel-my-leave = Annuler mon congé
leave-take-back = Annuler l’envoi
leave-withdraw = Retirer la demande
leave-keep = Ne pas annuler

## Asking before cancelling. $range: the request's days ("3–7 Nov 2025").

leave-cancel-question-unsent = Reprendre la demande ({ $range }) ? Elle n’a pas encore été envoyée.
# $count: the working days given back; $told: who approved it (leave-approvers-and) or leave-your-approvers.
leave-cancel-question-approved = Annuler votre congé approuvé ({ $range }) ? { $count ->
    [one] { $count } jour ouvré reviendra
   *[other] { $count } jours ouvrés reviendront
} sur votre solde et nous en informerons { $told }. Pour le reprendre, il faudrait faire une nouvelle demande.
leave-cancel-question-pending = Retirer votre demande ({ $range }) ? Vos valideurs ne la verront plus.
# Joins approvers' names one at a time: "Maria Schmidt and Hanna Richter".
leave-approvers-and = { $list } et { $name }
leave-your-approvers = vos valideurs

## What a write did, before "— Saved" or "— Saved on this device…".

leave-done-requested = Congé demandé
leave-done-cancelled-approved = Congé annulé — vos valideurs en sont informés
leave-done-cancelled = Demande annulée
