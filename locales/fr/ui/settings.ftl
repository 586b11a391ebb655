settings-appearance = Apparence
settings-language = Langue
settings-language-system = Celle de cet appareil
settings-language-hint = Vos notifications et vos bulletins de paie l’utilisent aussi.

## The page and the profile.

settings-subtitle = Vos informations, l’apparence, la synchronisation et le compte.
settings-profile = Profil
settings-profile-waiting = Votre profil s’affichera dès que l’application aura joint le serveur.
settings-profile-email = E-mail
settings-phone = Téléphone
settings-profile-employee-number = Matricule
settings-profile-job-title = Poste
settings-profile-role = Rôle
settings-profile-department = Service
settings-profile-branch = Site
settings-profile-manager = Responsable
settings-profile-company = Entreprise
settings-profile-help = Aide
settings-profile-help-line = Assistance téléphonique
settings-profile-app-contact = Contact pour l’application
settings-profile-started = Date d’entrée

## The person's own details: changed online only, each the server's answer at once.

settings-your-details = Vos informations
settings-self-offline-title = La modification de vos informations nécessite une connexion
settings-self-offline = La modification de vos informations nécessite une connexion : vous êtes hors ligne, et ces modifications ne sont jamais mises en attente — les RH et la paie doivent voir la réponse du serveur.
settings-contact-details = Coordonnées
settings-personal-email = E-mail personnel
settings-home-address = Adresse personnelle
settings-contact-hint = Un champ laissé vide conserve ce que les RH ont enregistré.
settings-contact-save = Enregistrer les coordonnées
settings-contact-saved = Enregistré — vos coordonnées sont à jour.
settings-emergency-contacts = Contacts d’urgence
settings-emergency-on-file = { $count ->
    [one] { $count } contact enregistré, affiché ci-dessous.
   *[other] { $count } contacts enregistrés, affichés ci-dessous.
}
settings-emergency-none-on-file = Aucun contact enregistré pour l’instant.
settings-emergency-limit = Jusqu’à { $max } ; l’enregistrement remplace la liste existante par celle-ci.
settings-emergency-load-error = Impossible de lire les contacts enregistrés : { $error }
settings-emergency-load-error-hint = L’enregistrement les remplace par cette liste.
settings-emergency-reading = Lecture des contacts enregistrés…
# A contact's row, for screen readers: "Contact 2".
settings-emergency-contact = Contact { $number }
settings-emergency-name = Nom
settings-emergency-relationship = Lien
settings-emergency-remove = Retirer le contact { $number }
settings-emergency-add = Ajouter un contact
settings-emergency-save = Enregistrer les contacts d’urgence
settings-emergency-saved = { $count ->
    [one] Enregistré — { $count } contact d’urgence enregistré.
   *[other] Enregistré — { $count } contacts d’urgence enregistrés.
}
settings-emergency-saved-none = Enregistré — aucun contact d’urgence enregistré.
settings-bank-details = Coordonnées bancaires
settings-bank-hint = Votre salaire est versé sur le compte validé par les RH. Une modification est une demande : la paie continue d’être versée sur le compte actuel jusqu’à ce que les RH valident le nouveau. Seuls les quatre derniers caractères d’un IBAN sont affichés.
# Followed by the masked IBAN.
settings-bank-paid-to = Versé à { $holder }
settings-bank-approved = validé { $at }
settings-bank-none = Les RH n’ont encore aucun compte validé pour vous.
settings-bank-replaces = Une nouvelle demande remplace celle-ci.
settings-bank-load-error = Impossible de lire vos coordonnées bancaires : { $error }
settings-bank-reading = Lecture de vos coordonnées bancaires…
settings-bank-holder = Titulaire du compte
settings-bank-iban = IBAN
settings-bank-bic = BIC (facultatif)
settings-bank-send = Envoyer aux RH
settings-bank-change = Modifier les coordonnées bancaires
settings-bank-holder-required = Le titulaire du compte est obligatoire.
settings-bank-iban-invalid = La clé de contrôle de cet IBAN est incorrecte : vérifiez-le sur le document de votre banque.
settings-bank-sent = Envoyé aux RH. La paie reste versée sur votre compte actuel jusqu’à leur validation.

## Appearance, the demo server and the desk location.

settings-theme = Thème
settings-theme-system = Système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-theme-hint = « Système » suit le réglage clair ou sombre de votre appareil.
settings-demo-server = Serveur de démonstration
settings-demo-running = Serveur en marche
settings-demo-simulating = Absence de réseau simulée
settings-demo-hint = Désactivez pour simuler l’absence de réseau : pointez votre arrivée ou demandez un congé, puis réactivez pour voir la synchronisation.
settings-demo-signal-back = Réseau rétabli — synchronisation
settings-demo-no-signal = Pas de réseau : les modifications attendront sur cet appareil
settings-desk-location = Emplacement du poste
settings-desk-label = Emplacement de cet ordinateur (latitude,longitude[,précision en m])
settings-desk-hint = Utilisé pour pointer sur cet ordinateur, par exemple une borne à l’entrée d’un site. Laissez vide pour effacer.
settings-desk-saved = Emplacement du poste enregistré
settings-desk-cleared = Emplacement du poste effacé

## Sync: what waits to be sent, and what the server refused.

settings-sync = Synchronisation
# $when: how long ago ("5 min ago").
settings-last-synced = Dernière synchronisation { $when }
settings-first-fetch = Première récupération des données de l’entreprise…
settings-not-synced = Pas encore synchronisé
settings-offline = hors ligne
settings-sync-now = Synchroniser maintenant
settings-last-attempt-failed = Échec de la dernière tentative : { $error }
settings-sync-sent = { $count ->
    [one] { $count } modification envoyée.
   *[other] { $count } modifications envoyées.
}
# $list: each refused change with the server's reason.
settings-sync-refused = { $count ->
    [one] { $count } modification refusée : { $list }
   *[other] { $count } modifications refusées : { $list }
}
settings-sync-sign-in-again = Reconnectez-vous pour terminer la synchronisation.
settings-sync-unreachable = { $count ->
    [one] Serveur injoignable — { $count } modification toujours en attente.
   *[other] Serveur injoignable — { $count } modifications toujours en attente.
}
settings-sync-up-to-date = Tout est à jour.
settings-waiting-to-sync = En attente de synchronisation
settings-write-made = Effectuée { $at }
settings-write-attempts = { $count ->
    [one] { $count } tentative
   *[other] { $count } tentatives
}
settings-write-next-try = prochain essai { $at }
settings-write-refused-at = refusée { $at }
settings-nothing-waiting = Rien en attente — toutes les modifications ont atteint le serveur.
settings-nothing-waiting-refused = { $count ->
    [one] Rien en attente d’envoi. { $count } modification a été refusée — voir ci-dessous.
   *[other] Rien en attente d’envoi. { $count } modifications ont été refusées — voir ci-dessous.
}
settings-refused-by-server = Refusée par le serveur
settings-what-you-can-do = Ce que vous pouvez faire :
settings-dismiss = Masquer
settings-dismiss-all = Tout masquer
settings-refusals-dismissed = { $count ->
    [one] Refus masqué
   *[other] { $count } refus masqués
}

## The account and signing out.

settings-account = Compte
settings-server = Serveur
settings-demo = Démo
settings-signed-in-as = Connecté en tant que
settings-app-version = Version de l’application
settings-sign-out = Se déconnecter
settings-sign-out-hint = La déconnexion efface vos données de cet appareil.
settings-confirm-sign-out = Se déconnecter et abandonner les modifications non synchronisées ?
settings-unsynced = { $count ->
    [one] { $count } modification sur cet appareil n’a pas encore été synchronisée. Se déconnecter maintenant la supprime.
   *[other] { $count } modifications sur cet appareil n’ont pas encore été synchronisées. Se déconnecter maintenant les supprime.
}
settings-sign-out-anyway = Se déconnecter quand même
settings-keep-signed-in = Rester connecté
settings-signed-out = Déconnecté
