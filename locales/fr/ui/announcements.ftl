# Shown on every change button while offline: announcements change only with the server's answer.
announcements-offline = La modification des annonces nécessite une connexion
announcements-offline-cached = La modification des annonces nécessite une connexion. Affichage des dernières données lues sur cet appareil.

## The states: the filter's name for those in it, one announcement's state, and the filter's empty list.

announcements-state-drafts = Brouillons
announcements-state-draft = Brouillon
announcements-state-scheduled = Programmées
announcements-state-scheduled-one = Programmée
announcements-state-published = Publiées
announcements-state-published-one = Publiée
announcements-state-expired = Expirées
announcements-state-expired-one = Expirée
announcements-none-draft = Aucun brouillon
announcements-none-scheduled = Aucune annonce programmée
announcements-none-published = Aucune annonce publiée
announcements-none-expired = Aucune annonce expirée

## Whom it is for: "Engineering, Sales · HQ · Emma Fischer, 1 person" (the counts are names this device does not know).

announcements-audience-everyone = Tout le monde
announcements-audience-departments = { $count ->
    [one] { $count } service
   *[other] { $count } services
}
announcements-audience-branches = { $count ->
    [one] { $count } site
   *[other] { $count } sites
}
announcements-audience-people = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
# Between names in a list.
announcements-list-separator = {", "}
announcements-audience-nobody = Personne pour l’instant

## When it goes out and comes down; $at is a date and time.

announcements-when-until = jusqu’à { $at }
announcements-when-draft = Brouillon depuis { $at }
announcements-when-scheduled = Publication prévue : { $at }
announcements-when-published = Publiée { $at }
announcements-when-expired = Publiée { $published } · retirée { $expired }

## Confirmations and results of HR's actions.

announcements-confirm-publish-everyone = Publier « { $title } » maintenant ? Tout le monde est notifié immédiatement.
announcements-confirm-publish = Publier « { $title } » maintenant ? Ses destinataires ({ $audience }) sont notifiés immédiatement.
announcements-confirm-expire = Retirer « { $title } » maintenant ? Seuls les RH la verront ensuite.
announcements-confirm-delete-scheduled = Supprimer « { $title } » ? Elle ne sera pas publiée. Cette action est irréversible.
announcements-confirm-delete = Supprimer « { $title } » ? Cette action est irréversible.
announcements-done-published = « { $title } » publiée : ses destinataires ont été notifiés.
announcements-done-expired = « { $title } » retirée.
announcements-done-deleted = « { $title } » supprimée.
announcements-saved-scheduled = « { $title } » programmée pour { $at }.
announcements-saved-draft = « { $title } » enregistrée comme brouillon : personne ne la voit avant sa publication.
announcements-saved = « { $title } » enregistrée.

## The form's submit button: what it will do.

announcements-submit-publish-now = Publier maintenant
announcements-submit-save-schedule = Enregistrer la programmation
announcements-submit-schedule = Programmer
announcements-submit-save-draft = Enregistrer le brouillon
announcements-submit-save-as-draft = Enregistrer comme brouillon

## The feed.

announcements-subtitle = Actualités de { $company }
announcements-subtitle-default = Actualités de votre entreprise
announcements-new = Nouvelle annonce
announcements-tab-feed = Ce que voient les salariés
announcements-tab-manage = Gérer
announcements-empty = Aucune annonce
announcements-empty-hint = Les actualités de l’entreprise s’afficheront ici.
# The author of an announcement whose author is unknown.
announcements-author-fallback = Équipe RH
announcements-pinned = Épinglée
announcements-latest = La plus récente

## Writing or changing one.

announcements-person-unknown = Personne { $id }
announcements-nothing-to-save = Rien à enregistrer : modifiez d’abord un champ.
announcements-edit-title = Modifier « { $title } »
announcements-published-note = Elle a été publiée : seuls l’épinglage et la date de retrait peuvent encore changer.
announcements-field-title = Titre
announcements-field-message = Message
announcements-field-audience = Qui la voit
announcements-audience-chosen = Services, sites ou personnes choisis
announcements-departments = Services
announcements-branches = Sites
announcements-people = Personnes
announcements-none-on-device = Aucun sur cet appareil pour l’instant
announcements-remove-person = Retirer { $name }
announcements-people-search = Rechercher par nom ou e-mail
announcements-add-person = Ajouter { $name }
announcements-pin = L’épingler au-dessus des autres tant qu’elle est visible
announcements-field-when = Quand
announcements-when-now = Publier maintenant et notifier ses destinataires
# Followed by a date and time field.
announcements-when-schedule = Programmer pour
announcements-publish-at = Publier le
announcements-when-back-to-draft = Repasser en brouillon
announcements-when-draft-choice = Enregistrer comme brouillon
announcements-expires = La retirer automatiquement
announcements-expires-at = Retirer le
announcements-choose-audience = Choisissez au moins un service, un site ou une personne.

## HR's list of every announcement.

announcements-all = Toutes les annonces
# The state filter's label (read by screen readers only).
announcements-filter = Afficher
announcements-filter-all = Toutes ({ $count })
announcements-filter-state = { $state } ({ $count })
# The list's button that opens the form: "Write one with New." names it.
announcements-new-short = Nouvelle
announcements-publish = Publier
announcements-take-down = Retirer
announcements-delete = Supprimer
announcements-none-yet = Aucune annonce pour l’instant
announcements-write-one = Rédigez-en une avec « Nouvelle ».
announcements-by = par { $name }
announcements-edit-label = Modifier { $title }
announcements-publish-label = Publier { $title }
announcements-take-down-label = Retirer { $title }
announcements-delete-label = Supprimer { $title }
