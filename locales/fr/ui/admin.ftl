# The Admin screen: people and their sign-in accounts, departments and branches, bank-detail requests,
# groups, the organization and trusted origins.

admin-intro = Les personnes et leurs comptes, les services et les sites, les coordonnées bancaires, les groupes, l’organisation et les origines de confiance
admin-tabs-label = Espace d’administration
admin-tab-people = Personnes
admin-tab-org-units = Services et sites
admin-tab-bank = Coordonnées bancaires
admin-tab-groups = Groupes
admin-tab-organization = Organisation
admin-tab-origins = Origines de confiance

# On every disabled write button, and wherever a change was refused for want of a connection.
admin-offline-write = Les modifications d’administration nécessitent une connexion
admin-offline-last-read = Les modifications d’administration nécessitent une connexion. Affichage des dernières données lues sur cet appareil.

# Shared field names.
admin-name = Nom
admin-address = Adresse
# Text someone typed (a reason), quoted inside a line.
admin-quoted = « { $text } »
# A person the device has no name for yet.
admin-person-id = personne { $id }

## Account statuses

admin-status-active = Actif
admin-status-staged = Préparé
admin-status-provisioned = Provisionné
admin-status-recovery = Mot de passe réinitialisé
admin-status-password-expired = Mot de passe expiré
admin-status-locked-out = Verrouillé
admin-status-suspended = Suspendu
admin-status-deactivated = Désactivé
# The status filter's choice for accounts never used yet.
admin-status-not-yet-active = Préparé ou provisionné
admin-status-all = Tous les statuts

## Lifecycle actions on an account

admin-action-activate = Activer
# Sends a new one-time link to choose a password.
admin-action-reactivate = Nouveau lien d’activation
admin-action-unsuspend = Lever la suspension
admin-action-unlock = Déverrouiller
admin-action-reset-password = Réinitialiser le mot de passe
admin-action-suspend = Suspendre
admin-action-deactivate = Désactiver

admin-confirm-suspend = Suspendre { $name } ? La personne est déconnectée de tous ses appareils jusqu’à la levée de la suspension.
admin-confirm-deactivate = Désactiver { $name } ? La personne est déconnectée partout et ne peut plus se connecter.
admin-confirm-reset-password = Réinitialiser le mot de passe de { $name } ? Son mot de passe actuel cesse de fonctionner jusqu’à ce qu’elle en choisisse un nouveau.
# $action is one of the action names above.
admin-confirm-action = { $action } : { $name } ?

# What a finished action says. $action is one of the action names above, $status one of the statuses.
admin-outcome = { $action } : { $name }
admin-outcome-status = { $action } : { $name } — nouveau statut : { $status }
admin-outcome-link = { $action } : { $name }. Remettez-lui ce lien à usage unique (valable 7 jours)
admin-outcome-status-link = { $action } : { $name } — nouveau statut : { $status }. Remettez-lui ce lien à usage unique (valable 7 jours)

## People

admin-search-label = Rechercher des comptes
admin-search-placeholder = Rechercher par nom, e-mail, service ou poste
admin-status-filter = Statut
admin-hire-open = Embaucher une personne
admin-people-count = { $shown } sur { $total }
admin-person-change = Changer de poste / muter
admin-person-offboard = Départ
admin-empty = Aucun compte
admin-empty-query = Personne ne correspond à « { $query } »
admin-empty-status = Aucun compte au statut « { $status } »
admin-empty-status-query = Personne au statut « { $status } » ne correspond à « { $query } »

## Departments and branches

admin-org-units-label = Services et sites
admin-departments = Services
admin-departments-empty = Aucun service
admin-department-people = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
admin-department-head = responsable : { $name }
admin-department-no-head = aucun responsable
admin-department-head-label = Responsable
admin-department-head-optional = Responsable (facultatif)
admin-department-no-head-option = Aucun responsable
admin-department-add-title = Ajouter un service
admin-department-add = Ajouter le service
admin-department-added = Service { $name } ajouté.
admin-unit-saved = { $name } enregistré.
admin-unit-retired = { $name } retiré : il n’apparaît plus dans les listes de choix.
admin-unit-restored = { $name } figure de nouveau dans les listes de choix.
admin-unit-retired-badge = Retiré
admin-unit-retire = Retirer
admin-unit-restore = Rétablir

admin-branches = Sites
admin-branches-empty = Aucun site
admin-branch-add-open = Ajouter un site
admin-branch-added = Site { $name } ajouté.
admin-branch-no-address = Aucune adresse
admin-branch-no-fence = Aucun périmètre : pointage accepté partout
# $radius is a distance ("150 m"), $latitude and $longitude the centre's coordinates.
admin-branch-fence = Périmètre de { $radius } autour de { $latitude }, { $longitude }

## A branch's editor

admin-branch-edit-label = Modifier { $name }
admin-branch-new-label = Nouveau site
admin-branch-fence-legend = Périmètre : le pointage n’est pris en compte que dans le rayon autour de ce centre
admin-branch-latitude = Latitude
admin-branch-longitude = Longitude
admin-branch-radius = Rayon (m)
admin-branch-use-position = Utiliser la position de cet appareil
admin-branch-no-position-note = Cet appareil n’a pas de position. Sur un ordinateur, définissez l’emplacement de son poste dans Profil et réglages.
admin-branch-no-position = Cet appareil n’a aucune position à partir de laquelle mesurer.
admin-branch-keep-fence = Laissez les trois champs du périmètre vides pour le conserver tel quel.
admin-branch-save = Enregistrer le site
admin-branch-add = Ajouter le site
# One sentence around a distance shown in bold: "This device is [120 m] from the centre: …".
# admin-branch-distance(-accuracy) comes before the distance, one of the three after it.
admin-branch-distance = Cet appareil est à
admin-branch-distance-accuracy = Cet appareil ({ $accuracy }) est à
admin-branch-distance-accepted = du centre : un pointage depuis cet endroit serait accepté.
admin-branch-distance-refused = du centre : un pointage depuis cet endroit serait refusé.
admin-branch-distance-unknown = du centre.

## Bank-detail requests

admin-bank-title = Demandes de changement de coordonnées bancaires
admin-bank-filter = Afficher
admin-bank-filter-pending = En attente de décision
admin-bank-filter-all = Toutes les demandes
admin-bank-filter-approved = Approuvées
admin-bank-filter-rejected = Refusées
admin-bank-filter-withdrawn = Retirées
admin-bank-intro = Les salariés demandent à être payés sur un autre compte ; la paie continue d’être versée sur le compte actuel jusqu’à votre approbation. Seuls les quatre derniers caractères d’un IBAN sont affichés.
admin-bank-offline = Les modifications d’administration nécessitent une connexion : les demandes sont lues sur le serveur.
admin-bank-empty-pending = Aucune demande en attente de décision
admin-bank-empty = Aucune demande
admin-bank-asked = Demandée { $when }
admin-bank-decided = décidée { $when }
admin-bank-decided-by = décidée { $when } par { $name }
admin-bank-approve = Approuver
admin-bank-reject = Refuser
admin-bank-reject-reason = Pourquoi la demande est-elle refusée ?
admin-bank-reject-confirm = Refuser la demande
admin-bank-reason-needed = Indiquez pourquoi, pour que la personne sache quoi corriger.
# $iban shows only its last four characters.
admin-bank-approved-notice = Approuvée : le salaire de { $name } sera versé sur { $iban } à partir de la prochaine paie.
admin-bank-rejected-notice = Demande de { $name } refusée ; la personne verra votre motif.

## Groups

admin-groups-count = { $count ->
    [one] { $count } groupe
   *[other] { $count } groupes
}
admin-groups-empty = Aucun groupe
admin-group-members = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
# A member in the group themselves, not through another group.
admin-group-direct = direct
admin-group-no-members = Aucun membre

## Organization

admin-org-subdomain = Sous-domaine
admin-org-website = Site web
admin-org-phone = Téléphone
admin-org-support = Assistance aux salariés
admin-org-help-page = Page d’aide
admin-org-support-phone = Téléphone de l’assistance
admin-org-not-set = Non renseigné
admin-org-contacts = Contacts
admin-org-contact-billing = Facturation
admin-org-contact-technical = Technique
admin-org-contact-nobody = Personne

## Trusted origins

admin-origins-intro = Origines web acceptées par les API de connexion et d’identité pour les requêtes CORS et les redirections.
admin-origins-empty = Aucune origine de confiance
admin-origin-remove-confirm = Retirer { $origin } ? Les requêtes qui en proviennent sont refusées immédiatement.
admin-origin-redirect = Redirection
admin-origin-active = Active
admin-origin-inactive = Inactive
admin-origin-add-title = Ajouter une origine de confiance
admin-origin-url = Origine
admin-origin-add = Ajouter l’origine
