# The Today screen: check in and out, location, reminders and quick links.

# $greeting: "Good morning"; $name: the person's first name.
today-greeting-name = { $greeting }, { $name }

## Records to check
today-attention-title = Vérifiez vos horaires
# After the day: "Thu 20 Nov · in 09:00 — …".
today-attention-in = arrivée { $time }
today-attention-forgotten = départ non pointé : avez-vous oublié de pointer votre départ ?
today-attention-correct = Demander une correction

## Check in and out
today-punch-title = Pointer l’arrivée et le départ
today-state-in-since = Arrivée pointée depuis { $time }
today-state-out = Arrivée non pointée
today-pending-chip = à synchroniser
today-checked-in-at = Arrivée pointée à { $time }
today-checked-out-at = Départ pointé à { $time }
# $name: the shift's name; $hours: "09:00–17:30".
today-shift = Votre horaire : { $name } · { $hours }
today-check-in = Pointer l’arrivée
today-check-out = Pointer le départ
today-confirm-hint = La vérification de cet appareil n’est peut-être pas à jour ; c’est le serveur qui décide. L’envoyer quand même ?
today-check-in-anyway = Pointer l’arrivée quand même
today-check-out-anyway = Pointer le départ quand même
today-not-now = Pas maintenant
today-worked = Travaillé aujourd’hui
# Label under the number of records.
today-records-count = { $count ->
    [one] Pointage aujourd’hui
   *[other] Pointages aujourd’hui
}

## The device's check before sending
# $distance: "1.2 km"; $branch: the branch's name.
today-precheck-far-in = Le serveur refusera probablement un pointage d’arrivée depuis ici, à { $distance } de { $branch }.
today-precheck-far-out = Le serveur refusera probablement un pointage de départ depuis ici, à { $distance } de { $branch }.
today-precheck-no-fix-in = { $branch } a besoin de votre position pour pointer l’arrivée, et cet appareil n’en a aucune.
today-precheck-no-fix-out = { $branch } a besoin de votre position pour pointer le départ, et cet appareil n’en a aucune.
# Stands for the branch's name when the device does not know it.
today-your-branch = votre site

## Location
today-location = Localisation
today-location-update-label = Mettre à jour la position
today-location-update = Actualiser
today-location-unavailable = Position indisponible
today-location-checking = Vérification de votre position…
today-set-desk-location = Définir la position du poste
today-geo-no-branch = Aucun site attribué
today-geo-no-branch-detail = Vous pouvez pointer depuis n’importe où.
today-geo-unfenced = { $branch } n’a pas de périmètre géographique
today-geo-unfenced-detail = Où que vous soyez, vous êtes dans la zone : pointez depuis n’importe où.
today-geo-no-fix = Aucune position sur cet appareil
today-geo-no-fix-desktop = { $branch } vérifie votre position au pointage. Définissez la position de cet ordinateur dans les Réglages.
today-geo-no-fix-mobile = { $branch } vérifie votre position au pointage. Autorisez Okta HR à accéder à votre position.
today-geo-inside = Vous êtes dans la zone de { $branch }
today-geo-outside = Vous êtes hors de la zone de { $branch }
# The parts of the location's detail, joined with " · ".
today-geo-distance = à { $distance } de { $branch }
today-geo-radius = rayon de { $branch } : { $radius }
# $accuracy: "±8 m".
today-geo-accuracy = précision { $accuracy }
today-geo-tolerance = Votre position n’est précise qu’à { $accuracy } près : jusqu’à { $extra } au-delà du rayon, vous comptez encore comme dans la zone.

## The desk location typed in Settings (a computer has no position of its own)
today-desk-location-format = Utilisez latitude,longitude ou latitude,longitude,précision — p. ex. 52.5200,13.4050,10
today-desk-location-latitude = La latitude doit être comprise entre -90 et 90.
today-desk-location-longitude = La longitude doit être comprise entre -180 et 180.
today-desk-location-accuracy = La précision doit être un nombre positif de mètres.

## Quick links
today-annual-left = Jours de congés restants
# Label under the number of requests waiting for the manager's decision.
today-requests-waiting = { $count ->
    [one] Demande en attente de votre décision
   *[other] Demandes en attente de votre décision
}
today-unread = Non lues

## Today's records
today-records-title = Pointages du jour
# Short labels before the check-in and check-out times.
today-in = ARRIVÉE
today-out = DÉPART
# $duration: "2 h 5 min", for a record still open.
today-so-far = { $duration } pour l’instant
today-no-records-today = Aucun pointage pour aujourd’hui.
# $day: "2025-11-20".
today-no-records-day = Aucun pointage pour le { $day }.
