settings-appearance = Darstellung
settings-language = Sprache
settings-language-system = Wie auf diesem Gerät
settings-language-hint = Auch Ihre Mitteilungen und Gehaltsabrechnungen erscheinen in dieser Sprache.

## The page and the profile.

settings-subtitle = Ihre Angaben, Darstellung, Synchronisierung und Konto.
settings-profile = Profil
settings-profile-waiting = Ihr Profil erscheint, sobald die App den Server erreicht hat.
settings-profile-email = E-Mail
settings-phone = Telefon
settings-profile-employee-number = Personalnummer
settings-profile-job-title = Position
settings-profile-role = Rolle
settings-profile-department = Abteilung
settings-profile-branch = Standort
settings-profile-manager = Führungskraft
settings-profile-company = Unternehmen
settings-profile-help = Hilfe
settings-profile-help-line = Hotline
settings-profile-app-contact = Ansprechpartner für die App
settings-profile-started = Eintrittsdatum

## The person's own details: changed online only, each the server's answer at once.

settings-your-details = Ihre Angaben
settings-self-offline-title = Zum Ändern Ihrer Angaben ist eine Verbindung nötig
settings-self-offline = Zum Ändern Ihrer Angaben ist eine Verbindung nötig: Sie sind offline, und diese Änderungen werden nie zwischengespeichert – Personalabteilung und Lohnabrechnung brauchen die Antwort des Servers.
settings-contact-details = Kontaktdaten
settings-personal-email = Private E-Mail
settings-home-address = Wohnanschrift
settings-contact-hint = Ein leeres Feld behält, was die Personalabteilung gespeichert hat.
settings-contact-save = Kontaktdaten speichern
settings-contact-saved = Gespeichert – Ihre Kontaktdaten sind aktuell.
settings-emergency-contacts = Notfallkontakte
settings-emergency-on-file = { $count ->
    [one] { $count } Kontakt hinterlegt, unten angezeigt.
   *[other] { $count } Kontakte hinterlegt, unten angezeigt.
}
settings-emergency-none-on-file = Noch keine hinterlegt.
settings-emergency-limit = Bis zu { $max }; beim Speichern ersetzt diese Liste die hinterlegte.
settings-emergency-load-error = Die hinterlegten Kontakte konnten nicht gelesen werden: { $error }
settings-emergency-load-error-hint = Beim Speichern werden sie durch diese Liste ersetzt.
settings-emergency-reading = Hinterlegte Kontakte werden gelesen …
# A contact's row, for screen readers: "Contact 2".
settings-emergency-contact = Kontakt { $number }
settings-emergency-name = Name
settings-emergency-relationship = Beziehung
settings-emergency-remove = Kontakt { $number } entfernen
settings-emergency-add = Kontakt hinzufügen
settings-emergency-save = Notfallkontakte speichern
settings-emergency-saved = { $count ->
    [one] Gespeichert – { $count } Notfallkontakt hinterlegt.
   *[other] Gespeichert – { $count } Notfallkontakte hinterlegt.
}
settings-emergency-saved-none = Gespeichert – keine Notfallkontakte hinterlegt.
settings-bank-details = Bankverbindung
settings-bank-hint = Ihr Gehalt geht auf das von der Personalabteilung freigegebene Konto. Eine Änderung ist ein Antrag: Die Lohnabrechnung zahlt weiter auf das bisherige Konto, bis die Personalabteilung das neue freigibt. Von einer IBAN werden immer nur die letzten vier Zeichen angezeigt.
# Followed by the masked IBAN.
settings-bank-paid-to = Auszahlung an { $holder }
settings-bank-approved = freigegeben { $at }
settings-bank-none = Die Personalabteilung hat noch kein freigegebenes Konto für Sie hinterlegt.
settings-bank-replaces = Ein neuer Antrag ersetzt diesen.
settings-bank-load-error = Ihre Bankverbindung konnte nicht gelesen werden: { $error }
settings-bank-reading = Ihre Bankverbindung wird gelesen …
settings-bank-holder = Kontoinhaber/in
settings-bank-iban = IBAN
settings-bank-bic = BIC (optional)
settings-bank-send = An die Personalabteilung senden
settings-bank-change = Bankverbindung ändern
settings-bank-holder-required = Bitte geben Sie den Kontoinhaber an.
settings-bank-iban-invalid = Die Prüfziffern dieser IBAN stimmen nicht: Bitte vergleichen Sie sie mit dem Schreiben Ihrer Bank.
settings-bank-sent = An die Personalabteilung gesendet. Die Lohnabrechnung zahlt bis zur Freigabe weiter auf Ihr bisheriges Konto.

## Appearance, the demo server and the desk location.

settings-theme = Farbschema
settings-theme-system = System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-theme-hint = „System“ folgt der Hell- oder Dunkel-Einstellung Ihres Geräts.
settings-demo-server = Demo-Server
settings-demo-running = Server läuft
settings-demo-simulating = Kein Netz wird simuliert
settings-demo-hint = Ausschalten, um fehlendes Netz zu simulieren: Stempeln Sie ein oder beantragen Sie Urlaub, schalten Sie dann wieder ein und sehen Sie zu, wie synchronisiert wird.
settings-demo-signal-back = Wieder Netz – wird synchronisiert
settings-demo-no-signal = Kein Netz: Änderungen warten auf diesem Gerät
settings-desk-location = Standort des Arbeitsplatzes
settings-desk-label = Wo dieser Computer steht (Breitengrad,Längengrad[,Genauigkeit in m])
settings-desk-hint = Wird zum Einstempeln an diesem Computer verwendet, z. B. an einem Terminal am Eingang eines Standorts. Leer lassen zum Löschen.
settings-desk-saved = Standort des Arbeitsplatzes gespeichert
settings-desk-cleared = Standort des Arbeitsplatzes gelöscht

## Sync: what waits to be sent, and what the server refused.

settings-sync = Synchronisierung
# $when: how long ago ("5 min ago").
settings-last-synced = Zuletzt synchronisiert { $when }
settings-first-fetch = Die Daten des Unternehmens werden zum ersten Mal geladen …
settings-not-synced = Noch nicht synchronisiert
settings-offline = offline
settings-sync-now = Jetzt synchronisieren
settings-last-attempt-failed = Letzter Versuch fehlgeschlagen: { $error }
settings-sync-sent = { $count ->
    [one] { $count } Änderung gesendet.
   *[other] { $count } Änderungen gesendet.
}
# $list: each refused change with the server's reason.
settings-sync-refused = { $count ->
    [one] { $count } Änderung abgelehnt: { $list }
   *[other] { $count } Änderungen abgelehnt: { $list }
}
settings-sync-sign-in-again = Melden Sie sich erneut an, um die Synchronisierung abzuschließen.
settings-sync-unreachable = { $count ->
    [one] Server nicht erreichbar – { $count } Änderung wartet noch.
   *[other] Server nicht erreichbar – { $count } Änderungen warten noch.
}
settings-sync-up-to-date = Alles ist auf dem neuesten Stand.
settings-waiting-to-sync = Warten auf Synchronisierung
settings-write-made = Erfasst { $at }
settings-write-attempts = { $count ->
    [one] { $count } Versuch
   *[other] { $count } Versuche
}
settings-write-next-try = nächster Versuch { $at }
settings-write-refused-at = abgelehnt { $at }
settings-nothing-waiting = Nichts wartet – jede Änderung hat den Server erreicht.
settings-nothing-waiting-refused = { $count ->
    [one] Nichts wartet auf Versand. { $count } Änderung wurde abgelehnt – siehe unten.
   *[other] Nichts wartet auf Versand. { $count } Änderungen wurden abgelehnt – siehe unten.
}
settings-refused-by-server = Vom Server abgelehnt
settings-what-you-can-do = Was Sie tun können:
settings-dismiss = Ausblenden
settings-dismiss-all = Alle ausblenden
settings-refusals-dismissed = { $count ->
    [one] Ablehnung ausgeblendet
   *[other] { $count } Ablehnungen ausgeblendet
}

## The account and signing out.

settings-account = Konto
settings-server = Server
settings-demo = Demo
settings-signed-in-as = Angemeldet als
settings-app-version = App-Version
settings-sign-out = Abmelden
settings-sign-out-hint = Beim Abmelden werden Ihre Daten von diesem Gerät gelöscht.
settings-confirm-sign-out = Abmelden und nicht synchronisierte Änderungen verwerfen?
settings-unsynced = { $count ->
    [one] { $count } Änderung auf diesem Gerät ist noch nicht synchronisiert. Wenn Sie sich jetzt abmelden, geht sie verloren.
   *[other] { $count } Änderungen auf diesem Gerät sind noch nicht synchronisiert. Wenn Sie sich jetzt abmelden, gehen sie verloren.
}
settings-sign-out-anyway = Trotzdem abmelden
settings-keep-signed-in = Angemeldet bleiben
settings-signed-out = Abgemeldet
