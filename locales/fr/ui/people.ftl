# People and organisation: hiring and the activation link, job changes and their history, offboarding,
# branch and contact checks, bank-detail request states, and activation links on the sign-in screen.

people-self-service-offline = La modification de vos informations nécessite une connexion
people-no-one = Personne
people-no-manager = Aucun responsable
# A person the device has no name for yet.
people-person-id = Personne { $id }
people-find-placeholder = Rechercher…
# The search box beside a person picker. $label is the picker's label ("Manager"), $lowercase the same in
# lower case, as English says it inside a sentence.
people-find-person-for = Rechercher une personne pour « { $label } »
people-choose = Choisir…
people-reason = Motif
# Text someone typed (a reason), quoted inside a line.
people-quoted = « { $text } »
# After a retired department's or branch's name in a list.
people-retired = (retiré)
people-no-record = Le dossier RH de { $name } n’est pas encore arrivé sur cet appareil ; il arrivera avec la prochaine synchronisation.

## Employment types

people-type-full-time = Temps plein
people-type-part-time = Temps partiel
people-type-contractor = Prestataire
people-type-intern = Stagiaire

## Working days

people-no-days = Aucun jour
# A run of three or more weekdays: "Mon–Fri".
people-day-range = { $from }–{ $to }

## Hiring

people-hire-title = Embaucher une personne
people-hire-intro = Crée son dossier RH et son compte de connexion. Aucun e-mail n’est envoyé : vous lui remettez le lien d’activation affiché ensuite, une seule fois.
people-hire-first-name = Prénom
people-hire-last-name = Nom
people-hire-email = E-mail professionnel
people-hire-email-hint = Sert aussi d’identifiant de connexion.
people-hire-start-date = Date d’entrée
people-hire-working-days = Jours travaillés
people-hire-own-week = Une semaine de travail propre (sinon celle de son site)
people-hire-submit = Embaucher
# $fields lists what is missing, from the people-missing-* names.
people-hire-still-needed = Encore requis : { $fields }.
people-missing-first-name = prénom
people-missing-last-name = nom
people-missing-email = e-mail
people-missing-job-title = intitulé du poste
people-missing-department = service
people-missing-branch = site
people-missing-start-date = date d’entrée
people-missing-employment-type = type de contrat
people-missing-working-days = jours travaillés

## The activation link of someone just hired

people-hired-title = Embauche de { $name } enregistrée
people-hired-works = jours travaillés : { $days }
people-hired-starts = arrivée le { $date }
people-activation-once = Ce lien ne s’affiche qu’une seule fois.
# $date is when the link expires ("Mon, 3 Nov, 14:05"), $left how long that is from now ("in 7 days").
people-activation-hand-over = Copiez-le maintenant et remettez-le à { $name } : il lui permet de choisir un mot de passe et de se connecter. Expiration : { $date } ({ $left }).
people-activation-link-label = Lien d’activation de { $name }
people-copy = Copier
people-copied = Copié
people-copied-clipboard = Copié dans le presse-papiers.
people-copy-failed = Cette fenêtre n’a pas accès au presse-papiers : le lien est sélectionné, appuyez sur Ctrl+C (⌘C).
# Around the name of the "New activation link" button, shown in bold between the two.
people-no-link-before = Le serveur a répondu à partir de son enregistrement de cette embauche, qui ne conserve jamais le lien. Générez-en un nouveau avec
people-no-link-after = dans son compte ci-dessous.
people-handed-over = Je l’ai remis
people-link-expired = expiré

## Activation on the sign-in screen

people-activation-empty = Collez le lien d’activation que les RH vous ont remis.
people-activation-incomplete = Ce lien est incomplet. Copiez le lien entier que les RH vous ont remis.
people-activation-no-token = Ce lien ne contient pas de jeton d’activation. Copiez le lien entier que les RH vous ont remis.
people-activation-not-a-link = Ce n’est pas un lien d’activation. Collez le lien entier que les RH vous ont remis.
people-password-too-short = Choisissez un mot de passe d’au moins 8 caractères.
people-password-mismatch = Les deux mots de passe ne sont pas identiques.

## Job changes

people-field-job-title = Intitulé du poste
people-field-department = Service
people-field-branch = Site
people-field-manager = Responsable
people-field-employment-type = Type de contrat
people-change-title = Changer de poste ou muter · { $name }
people-change-type-unchanged = Inchangé
people-change-effective-from = Date d’effet
people-change-reason-placeholder = Promotion, passage dans l’équipe commerciale…
people-change-save = Enregistrer le changement
people-change-later-hint = Une date ultérieure est planifiée ; le serveur applique le changement ce jour-là.
people-change-nothing = Rien à changer : tous les champs correspondent à la situation actuelle.
people-change-scheduled = { $count ->
    [one] { $count } changement pour { $name } planifié au { $date }.
   *[other] { $count } changements pour { $name } planifiés au { $date }.
}
people-change-applied = { $count ->
    [one] { $count } changement pour { $name } en vigueur à partir du { $date }.
   *[other] { $count } changements pour { $name } en vigueur à partir du { $date }.
}
people-change-history = Historique
people-change-history-empty = Aucun changement enregistré depuis l’embauche.
people-change-status-scheduled = Planifié
people-change-status-applied = Appliqué
# One line of the history: "Department: Engineering → Sales".
people-history-line = { $field } : { $before } → { $after }
people-history-none = aucun
people-history-department = service { $id }
people-history-branch = site { $id }
people-history-person = personne { $id }
people-history-from = à partir du { $date }
people-history-by = par { $name }
people-history-recorded = enregistré { $when }

## Offboarding

people-offboard-title = Départ · { $name }
# Around the last working day, shown in bold between the two.
people-offboard-last-day-before = Dernier jour travaillé
people-offboard-last-day-after =  ; fin des accès : { $when }.
people-offboard-reason = Motif : { $reason }
people-offboard-still-open = Reste à traiter
people-open-items = { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
}
people-open-none = aucun
people-open-leave = Soldes de congés à régler
# $type is the leave type ("Annual"), $count the days left, $pending the days asked for and not yet decided.
people-open-leave-balance = { $type } : { $count ->
    [one] { $count } jour restant
   *[other] { $count } jours restants
}
people-open-leave-balance-pending = { $type } : { $count ->
    [one] { $count } jour restant
   *[other] { $count } jours restants
}, { $pending } en attente
people-open-assets = Équipements à restituer
people-open-asset = { $name } ({ $tag })
people-open-requests = Ses demandes de congé encore en attente
people-open-approvals = Demandes en attente de sa validation
people-open-corrections = Corrections de présence en attente
people-offboard-cancel-confirm = Annuler le départ de { $name } ? La personne conserve ses accès.
people-offboard-cancel = Annuler le départ
people-offboard-keep = Le maintenir
people-offboard-self = Vous ne pouvez pas enregistrer votre propre départ.
people-offboard-earlier-cancelled = Un départ précédent a été annulé.
people-offboard-last-day = Dernier jour travaillé
people-offboard-reason-placeholder = Démission, fin de contrat…
people-offboard-submit = Enregistrer le départ de { $name }
people-offboard-hint = Ses accès prennent fin après le dernier jour travaillé ; vous pouvez annuler d’ici là.
people-offboarding-scheduled = Départ prévu
people-offboarding-completed = Parti
people-offboarding-cancelled = Annulé

## Branch checks

people-branch-name-required = Le champ « Nom » est obligatoire.
people-branch-latitude-invalid = La latitude doit être un nombre compris entre -90 et 90.
people-branch-longitude-invalid = La longitude doit être un nombre compris entre -180 et 180.
people-branch-radius-invalid = Le rayon doit être compris entre 1 et 10000 mètres.

## Bank-detail requests

people-bank-pending = En attente des RH
people-bank-approved = Approuvée
people-bank-rejected = Refusée
people-bank-withdrawn = Retirée
# $when is a day and time ("Today, 14:05").
people-bank-waiting-since = En attente des RH depuis { $when }
people-bank-asked = { $status } · demandée { $when }

## Emergency contacts

people-contact-name-required = Le champ « Nom » est obligatoire.
people-contact-relationship-required = Le champ « Lien » est obligatoire.
people-contact-phone-required = Le champ « Téléphone » est obligatoire.
people-contacts-too-many = { $count ->
    [one] Au maximum { $count } contact d’urgence.
   *[other] Au maximum { $count } contacts d’urgence.
}
