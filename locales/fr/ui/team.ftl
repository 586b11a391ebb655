# The Team attendance screen (ui/src/screens/Team.svelte).

team-subtitle = Qui est présent, qui est en retard, et chaque pointage de la période.
team-export = Exporter en CSV
# $count: records written; $path: the file they were written to.
team-exported = { $count ->
    [one] { $count } pointage exporté vers { $path }
   *[other] { $count } pointages exportés vers { $path }
}
# The summary of today, and the button that shows only today's records.
team-today = Aujourd’hui
team-in-now = Présents
team-late-today = En retard aujourd’hui
team-checked-out = Partis
team-records = Pointages
team-quick-range = Période rapide
# The last $count days, today included.
team-last-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
team-from = Du
team-to = Au
team-range-invalid = La date de début doit être antérieure ou égale à la date de fin.
# Mid-sentence, in the message shown before the company's data first reaches the device.
team-first-fill = la présence de votre équipe
team-empty-title = Aucun pointage sur cette période
team-empty-body = Seules les deux dernières semaines sont conservées sur cet appareil.
team-col-employee = Employé
team-col-day = Jour
# The check-in and check-out times' column headings (and labels on a phone).
team-in = Arrivée
team-out = Départ
team-col-worked = Travaillé
team-col-status = Statut
team-late = En retard
# The badge of someone checked in now.
team-badge-in = Présent
team-mock-location = Position simulée
team-pending-sync = Synchronisation en attente
# $first–$last: the records shown; $total: all records in the range.
team-pager = { $first }–{ $last } sur { $total }
team-previous = Précédent
team-next = Suivant
