# The Today screen: check in and out, location, reminders and quick links.

# $greeting: "Good morning"; $name: the person's first name.
today-greeting-name = { $greeting }, { $name }

## Records to check
today-attention-title = Prüfen Sie Ihre Zeiten
# After the day: "Thu 20 Nov · in 09:00 — …".
today-attention-in = Kommen { $time }
today-attention-forgotten = kein Gehen gestempelt: Haben Sie vergessen auszustempeln?
today-attention-correct = Korrektur beantragen

## Check in and out
today-punch-title = Ein- und ausstempeln
today-state-in-since = Eingestempelt seit { $time }
today-state-out = Nicht eingestempelt
today-pending-chip = nicht synchronisiert
today-checked-in-at = Eingestempelt um { $time }
today-checked-out-at = Ausgestempelt um { $time }
# $name: the shift's name; $hours: "09:00–17:30".
today-shift = Ihre Schicht: { $name } · { $hours }
today-check-in = Einstempeln
today-check-out = Ausstempeln
today-confirm-hint = Die Prüfung dieses Geräts ist möglicherweise veraltet; der Server entscheidet. Trotzdem senden?
today-check-in-anyway = Trotzdem einstempeln
today-check-out-anyway = Trotzdem ausstempeln
today-not-now = Nicht jetzt
today-worked = Heute gearbeitet
# Label under the number of records.
today-records-count = { $count ->
    [one] Buchung heute
   *[other] Buchungen heute
}

## The device's check before sending
# $distance: "1.2 km"; $branch: the branch's name.
today-precheck-far-in = Der Server wird das Einstempeln von hier aus wahrscheinlich ablehnen – Sie sind { $distance } von { $branch } entfernt.
today-precheck-far-out = Der Server wird das Ausstempeln von hier aus wahrscheinlich ablehnen – Sie sind { $distance } von { $branch } entfernt.
today-precheck-no-fix-in = { $branch } benötigt zum Einstempeln Ihren Standort, und dieses Gerät kennt ihn nicht.
today-precheck-no-fix-out = { $branch } benötigt zum Ausstempeln Ihren Standort, und dieses Gerät kennt ihn nicht.
# Stands for the branch's name when the device does not know it.
today-your-branch = Ihre Niederlassung

## Location
today-location = Standort
today-location-update-label = Standort aktualisieren
today-location-update = Aktualisieren
today-location-unavailable = Standort nicht verfügbar
today-location-checking = Standort wird ermittelt …
today-set-desk-location = Arbeitsplatz-Standort festlegen
today-geo-no-branch = Keine Niederlassung zugewiesen
today-geo-no-branch-detail = Sie können überall einstempeln.
today-geo-unfenced = { $branch } hat keinen Geofence
today-geo-unfenced-detail = Sie gelten überall als vor Ort – stempeln Sie ein, wo Sie gerade sind.
today-geo-no-fix = Kein Standort auf diesem Gerät
today-geo-no-fix-desktop = { $branch } prüft beim Einstempeln Ihren Standort. Legen Sie den Standort dieses Computers in den Einstellungen fest.
today-geo-no-fix-mobile = { $branch } prüft beim Einstempeln Ihren Standort. Erlauben Sie Okta HR den Zugriff auf Ihren Standort.
today-geo-inside = Sie sind innerhalb von { $branch }
today-geo-outside = Sie sind außerhalb von { $branch }
# The parts of the location's detail, joined with " · ".
today-geo-distance = { $distance } von { $branch } entfernt
today-geo-radius = Radius von { $branch }: { $radius }
# $accuracy: "±8 m".
today-geo-accuracy = Genauigkeit { $accuracy }
today-geo-tolerance = Ihre Position ist nur auf { $accuracy } genau, daher zählen bis zu { $extra } außerhalb des Radius noch als innerhalb.

## The desk location typed in Settings (a computer has no position of its own)
today-desk-location-format = Verwenden Sie Breitengrad,Längengrad oder Breitengrad,Längengrad,Genauigkeit – z. B. 52.5200,13.4050,10
today-desk-location-latitude = Der Breitengrad muss zwischen -90 und 90 liegen.
today-desk-location-longitude = Der Längengrad muss zwischen -180 und 180 liegen.
today-desk-location-accuracy = Die Genauigkeit muss eine positive Zahl in Metern sein.

## Quick links
today-annual-left = Verbleibende Urlaubstage
# Label under the number of requests waiting for the manager's decision.
today-requests-waiting = { $count ->
    [one] Anfrage wartet auf Sie
   *[other] Anfragen warten auf Sie
}
today-unread = Ungelesen

## Today's records
today-records-title = Heutige Buchungen
# Short labels before the check-in and check-out times.
today-in = KOMMEN
today-out = GEHEN
# $duration: "2 h 5 min", for a record still open.
today-so-far = bisher { $duration }
today-no-records-today = Heute noch keine Buchungen.
# $day: "2025-11-20".
today-no-records-day = Noch keine Buchungen für { $day }.
