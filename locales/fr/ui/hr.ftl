# Plannings et journal (RH) : jours fériés, semaines de travail, année de congés, horaires et journal des modifications.

hr-intro = Les jours fériés et les semaines de travail, qui servent à décompter les congés de chacun ; les horaires, qui indiquent quand chacun est attendu ; et la trace de chaque modification administrative
hr-tabs-label = Plannings et journal
hr-tab-calendars = Calendriers
hr-tab-shifts = Horaires
hr-tab-audit = Journal des modifications

hr-calendar-offline = Modifier les calendriers nécessite une connexion
hr-export-offline = Exporter le journal des modifications nécessite une connexion
hr-offline-last-read = { $reason }. Affichage de la dernière version lue sur cet appareil.

## Jours fériés

hr-holidays-title = Jours fériés
hr-year = Année
hr-year-previous = Année précédente
hr-year-next = Année suivante
hr-year-this = Cette année
hr-branch-filter = Site
hr-branch-all = Tous les sites
hr-branch = Site { $id }
hr-holiday-count = { $count ->
        [one] { $count } jour férié
       *[other] { $count } jours fériés
    } en { $year }
hr-holiday-count-branch = { $count ->
        [one] { $count } jour férié
       *[other] { $count } jours fériés
    } en { $year } sur ce site, jours fériés de toute l’entreprise compris
hr-holidays-empty = Aucun jour férié en { $year }
hr-holidays-empty-hint = Ajoutez-en un ci-dessous ou importez un fichier de calendrier.
hr-holiday-company-wide = Toute l’entreprise
hr-holiday-every-year = Chaque année
hr-holiday-afternoon-off = Après-midi chômé
hr-holiday-remove-label = Supprimer { $name }, { $date }
hr-holiday-remove = Supprimer « { $name } » ({ $date }) ? Les congés déjà demandés conservent les jours avec lesquels ils ont été posés.
hr-holiday-remove-recurring = Supprimer « { $name } » ({ $date }) ? Il sera supprimé de toutes les années. Les congés déjà demandés conservent les jours avec lesquels ils ont été posés.
hr-holiday-removed = « { $name } » supprimé.
hr-holiday-add-title = Ajouter un jour férié
hr-holiday-date = Date
hr-holiday-name = Nom
hr-holiday-applies-at = S’applique à
hr-holiday-whole-company = Toute l’entreprise
hr-holiday-branch-only = { $branch } uniquement
hr-holiday-recurring = Chaque année à cette date
hr-holiday-half-day = Seul l’après-midi est chômé (un congé ce jour-là compte pour une demi-journée)
hr-holiday-add = Ajouter le jour férié
hr-holiday-added = « { $name } » ajouté le { $date } (toute l’entreprise). Un congé qui l’inclut compte désormais un jour de moins.
hr-holiday-added-branch = « { $name } » ajouté le { $date } ({ $branch }). Un congé qui l’inclut compte désormais un jour de moins.

hr-import-title = Importer un fichier de calendrier
hr-import-hint = Les événements sur une journée entière d’un fichier iCalendar (.ics), comme les jours fériés d’un pays. Les jours qui ont déjà un jour férié sont ignorés : importer deux fois le même fichier n’ajoute rien.
hr-import-file = Fichier de calendrier (.ics)
hr-import = Importer
hr-import-too-big = { $file } est trop volumineux pour un calendrier de jours fériés (plus de 1 Mo).
hr-import-unreadable = Impossible de lire { $file } : { $error }
hr-import-nothing = Rien n’a été importé : le fichier ne contient aucun événement sur une journée entière.
hr-import-done = { $count ->
        [one] { $count } jour férié importé.
       *[other] { $count } jours fériés importés.
    }
hr-import-skipped = Importés : { $imported }, ignorés : { $skipped } (jour ayant déjà un jour férié, ou événement à une heure précise).

## Semaines de travail

hr-weeks-title = Semaines de travail
hr-weeks-hint = Les jours dans lesquels les congés sont décomptés. Un site suit la semaine de l’entreprise, sauf s’il a la sienne.
hr-weeks-empty = Aucune semaine de travail
hr-week-company = Entreprise
hr-no-working-days = Aucun jour travaillé
hr-week-follows-text = Semaine de l’entreprise · { $days }
hr-week-follow = Suivre la semaine de l’entreprise
hr-week-halves-label = Travaillé le matin uniquement : un congé compte pour une demi-journée
hr-week-morning-only = Matin uniquement :
hr-week-save-company = Enregistrer la semaine de l’entreprise
hr-week-save-branch = Enregistrer la semaine de { $branch }
hr-week-undo = Annuler les modifications
hr-week-days-mornings = { $days } ({ $mornings } le matin uniquement)
hr-week-saved-company = Enregistré : nouvelle semaine de travail de l’entreprise ({ $days }). Les congés demandés à partir de maintenant sont décomptés selon cette semaine.
hr-week-saved-branch = Enregistré : { $branch } a désormais sa propre semaine de travail ({ $days }). Les congés demandés à partir de maintenant sont décomptés selon cette semaine.
hr-week-saved-follows = Enregistré : { $branch } suit la semaine de l’entreprise ({ $days }). Les congés demandés à partir de maintenant sont décomptés selon cette semaine.

## Année de congés

hr-leave-year-title = Année de congés
hr-leave-year-text = Les années de congés commencent le 1er { $month } ; l’année en cours est { $name }
hr-leave-year-span = { $text } (du { $from } au { $to }).
hr-leave-year-saved = Enregistré. { $text }
hr-leave-year-start = Les années de congés commencent en
hr-leave-year-hint = Les soldes, attributions, acquisitions et reports changent d’année le premier jour de ce mois. Réglez-le avant la première année de congés de l’entreprise : les écritures déjà présentes dans le registre gardent l’année dans laquelle elles ont été passées.

## Horaires

hr-shifts-title = Horaires
hr-shifts-hint = Quand chacun est attendu : qui arrive en retard ou part en avance, et quand un départ oublié est clôturé. Sans horaire, c’est l’heure de début de l’entreprise qui compte.
hr-shifts-empty = Aucun horaire pour l’instant
hr-shifts-empty-hint = Ajoutez-en un ci-dessous ; d’ici là, l’heure de début de l’entreprise détermine qui est en retard.
hr-shift-overnight = De nuit
hr-shift-retired-badge = Retiré
hr-shift-retire-question-label = Retirer { $name } ?
hr-shift-retire-question = Le retirer ? Il ne pourra plus être attribué à personne d’autre.
hr-shift-retire = Retirer
hr-shift-retire-label = Retirer { $name }
hr-shift-keep = Conserver
hr-shift-edit-label = Modifier { $name }
hr-shift-bring-back = Réactiver
hr-shift-retired = « { $name } » retiré : il ne peut plus être attribué ; les personnes qui l’ont le gardent jusqu’à la fin de leur affectation.
hr-shift-unretired = « { $name } » peut de nouveau être attribué.
hr-shift-add-title = Ajouter un horaire
hr-shift-edit-title = Modifier « { $name } »
hr-shift-name = Nom
hr-shift-starts = Début
hr-shift-ends = Fin
hr-shift-ends-next-day = Le lendemain : un horaire de nuit
hr-shift-ends-same-day = Le jour même
hr-shift-late = En retard après (min)
hr-shift-early = Tolérance de départ anticipé (min)
hr-shift-close = Clôturer les pointages oubliés après (min)
hr-shift-save = Enregistrer l’horaire
hr-shift-add = Ajouter l’horaire
hr-shift-nothing-to-save = Rien à enregistrer : modifiez d’abord un champ.
hr-shift-added = « { $name } » ajouté, { $hours }.
hr-shift-saved = « { $name } » enregistré, { $hours }.

hr-assign-title = Attribuer un horaire
hr-assign-find = Rechercher une personne
hr-assign-find-placeholder = Nom, poste ou e-mail
hr-assign-person = Personne
hr-choose = Choisir…
hr-assign-shift = Horaire
hr-assign-from = Du
hr-assign-until = Jusqu’au (facultatif)
hr-assign-submit = Attribuer l’horaire
hr-assign-shift-done = { $person } travaille en « { $shift } » ({ $hours }) { $span }.
hr-assign-theirs = Ses horaires
hr-assign-looking = Recherche…
hr-assign-none = Aucun : l’heure de début de l’entreprise détermine quand cette personne est en retard.

## Journal des modifications

hr-audit-filter-label = Filtrer le journal des modifications
hr-audit-filter = Filtrer
hr-audit-filter-set = Filtrer ({ $count ->
        [one] { $count } actif
       *[other] { $count } actifs
    })
hr-audit-action = Action
hr-audit-action-placeholder = ex. holiday.
hr-audit-record = Élément
hr-audit-record-any = Tous les éléments
hr-audit-person = Modifié par
hr-audit-person-any = N’importe qui
hr-audit-from = Du
hr-audit-to = Au
hr-audit-apply = Afficher les événements
hr-audit-clear = Effacer le filtre
hr-audit-dates-order = Le premier jour doit être antérieur ou égal au dernier jour.
hr-audit-export = Exporter en CSV
hr-audit-export-title = Tous les événements correspondant au filtre, du plus récent au plus ancien
hr-audit-fallback = Le serveur est injoignable : voici la dernière page lue sur cet appareil (page { $page }, { $filter }).
hr-audit-events = Événements
hr-audit-never-read = Le journal des modifications n’a pas encore été lu sur cet appareil
hr-audit-empty = Aucun événement ne correspond
hr-audit-empty-hint = Les modifications administratives apparaissent ici au fur et à mesure.
hr-audit-no-details = Aucun détail enregistré
hr-audit-no-details-recorded = Aucun détail enregistré.
hr-audit-changed-to = remplacé par
hr-audit-by-actor = Seulement les modifications de { $name }
hr-audit-pages = Pages du journal des modifications
hr-audit-newer = Plus récents
hr-audit-older = Plus anciens
hr-audit-page = Page { $page } sur { $last }
hr-page-count = Page { $page } sur { $last } · { $count ->
        [one] { $count } événement
       *[other] { $count } événements
    }
hr-export-done = { $count ->
        [one] { $count } événement exporté
       *[other] { $count } événements exportés
    } vers { $path }.
hr-export-partial = Les { $rows } événements les plus récents sur { $total } ont été exportés vers { $path }. Réduisez la période pour exporter le reste.

hr-filter-action = action { $action }
hr-filter-by = par { $name }
hr-filter-employee = salarié { $id }
hr-filter-range = du { $from } au { $to }
hr-filter-from = à partir du { $from }
hr-filter-until = jusqu’au { $to }
hr-filter-every = tous les événements

hr-entity-user = Comptes de connexion
hr-entity-user-one = Compte de connexion
hr-entity-user-inline = compte de connexion
hr-entity-holiday = Jours fériés
hr-entity-holiday-one = Jour férié
hr-entity-holiday-inline = jour férié
hr-entity-working-week = Semaines de travail
hr-entity-working-week-one = Semaine de travail
hr-entity-working-week-inline = semaine de travail
hr-entity-leave-request = Demandes de congé
hr-entity-leave-request-one = Demande de congé
hr-entity-leave-request-inline = demande de congé
hr-entity-attendance-record = Pointages
hr-entity-attendance-record-one = Pointage
hr-entity-attendance-record-inline = pointage
hr-entity-attendance-correction = Corrections de pointage
hr-entity-attendance-correction-one = Correction de pointage
hr-entity-attendance-correction-inline = correction de pointage
hr-entity-shift = Horaires
hr-entity-shift-one = Horaire
hr-entity-shift-inline = horaire
hr-entity-shift-assignment = Attributions d’horaire
hr-entity-shift-assignment-one = Attribution d’horaire
hr-entity-shift-assignment-inline = attribution d’horaire
hr-entity-announcement = Annonces
hr-entity-announcement-one = Annonce
hr-entity-announcement-inline = annonce
hr-entity-group = Groupes
hr-entity-group-one = Groupe
hr-entity-group-inline = groupe
hr-entity-org = Organisation
hr-entity-org-one = Organisation
hr-entity-org-inline = organisation
hr-entity-trusted-origin = Origines de confiance
hr-entity-trusted-origin-one = Origine de confiance
hr-entity-trusted-origin-inline = origine de confiance
