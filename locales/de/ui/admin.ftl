# The Admin screen: people and their sign-in accounts, departments and branches, bank-detail requests,
# groups, the organization and trusted origins.

admin-intro = Personen und ihre Konten, Abteilungen und Standorte, Bankverbindungen, Gruppen, die Organisation und vertrauenswürdige Ursprünge
admin-tabs-label = Verwaltungsbereich
admin-tab-people = Personen
admin-tab-org-units = Abteilungen & Standorte
admin-tab-bank = Bankverbindungen
admin-tab-groups = Gruppen
admin-tab-organization = Organisation
admin-tab-origins = Vertrauenswürdige Ursprünge

# On every disabled write button, and wherever a change was refused for want of a connection.
admin-offline-write = Änderungen in der Verwaltung erfordern eine Verbindung
admin-offline-last-read = Änderungen in der Verwaltung erfordern eine Verbindung. Angezeigt wird der zuletzt auf diesem Gerät geladene Stand.

# Shared field names.
admin-name = Name
admin-address = Adresse
# Text someone typed (a reason), quoted inside a line.
admin-quoted = „{ $text }“
# A person the device has no name for yet.
admin-person-id = Person { $id }

## Account statuses

admin-status-active = Aktiv
admin-status-staged = Vorbereitet
admin-status-provisioned = Bereitgestellt
admin-status-recovery = Passwort zurückgesetzt
admin-status-password-expired = Passwort abgelaufen
admin-status-locked-out = Ausgesperrt
admin-status-suspended = Gesperrt
admin-status-deactivated = Deaktiviert
# The status filter's choice for accounts never used yet.
admin-status-not-yet-active = Vorbereitet oder bereitgestellt
admin-status-all = Alle Status

## Lifecycle actions on an account

admin-action-activate = Aktivieren
# Sends a new one-time link to choose a password.
admin-action-reactivate = Neuer Aktivierungslink
admin-action-unsuspend = Sperre aufheben
admin-action-unlock = Entsperren
admin-action-reset-password = Passwort zurücksetzen
admin-action-suspend = Sperren
admin-action-deactivate = Deaktivieren

admin-confirm-suspend = { $name } sperren? Die Person wird auf allen Geräten abgemeldet, bis die Sperre aufgehoben wird.
admin-confirm-deactivate = { $name } deaktivieren? Die Person wird überall abgemeldet und kann sich nicht mehr anmelden.
admin-confirm-reset-password = Passwort von { $name } zurücksetzen? Das aktuelle Passwort funktioniert nicht mehr, bis ein neues festgelegt wird.
# $action is one of the action names above.
admin-confirm-action = { $action }: { $name }?

# What a finished action says. $action is one of the action names above, $status one of the statuses.
admin-outcome = { $action }: { $name }
admin-outcome-status = { $action }: { $name } – Status jetzt { $status }
admin-outcome-link = { $action }: { $name }. Geben Sie diesen Einmal-Link weiter (7 Tage gültig)
admin-outcome-status-link = { $action }: { $name } – Status jetzt { $status }. Geben Sie diesen Einmal-Link weiter (7 Tage gültig)

## People

admin-search-label = Konten durchsuchen
admin-search-placeholder = Nach Name, E-Mail, Abteilung oder Position suchen
admin-status-filter = Status
admin-hire-open = Person einstellen
admin-people-count = { $shown } von { $total }
admin-person-change = Stelle ändern / versetzen
admin-person-offboard = Austritt
admin-empty = Keine Konten
admin-empty-query = Niemand passt zu „{ $query }“
admin-empty-status = Keine Konten mit Status „{ $status }“
admin-empty-status-query = Niemand mit Status „{ $status }“ passt zu „{ $query }“

## Departments and branches

admin-org-units-label = Abteilungen und Standorte
admin-departments = Abteilungen
admin-departments-empty = Keine Abteilungen
admin-department-people = { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}
admin-department-head = Leitung: { $name }
admin-department-no-head = keine Leitung
admin-department-head-label = Leitung
admin-department-head-optional = Leitung (optional)
admin-department-no-head-option = Keine Leitung
admin-department-add-title = Abteilung hinzufügen
admin-department-add = Abteilung hinzufügen
admin-department-added = Abteilung { $name } hinzugefügt.
admin-unit-saved = { $name } gespeichert.
admin-unit-retired = { $name } ist stillgelegt und erscheint nicht mehr in der Auswahl.
admin-unit-restored = { $name } ist wieder in der Auswahl.
admin-unit-retired-badge = Stillgelegt
admin-unit-retire = Stilllegen
admin-unit-restore = Wiederherstellen

admin-branches = Standorte
admin-branches-empty = Keine Standorte
admin-branch-add-open = Standort hinzufügen
admin-branch-added = Standort { $name } hinzugefügt.
admin-branch-no-address = Keine Adresse
admin-branch-no-fence = Kein Geofence: Einstempeln von überall
# $radius is a distance ("150 m"), $latitude and $longitude the centre's coordinates.
admin-branch-fence = Geofence { $radius } um { $latitude }, { $longitude }

## A branch's editor

admin-branch-edit-label = { $name } bearbeiten
admin-branch-new-label = Neuer Standort
admin-branch-fence-legend = Geofence: Einstempeln zählt nur innerhalb des Radius um diesen Mittelpunkt
admin-branch-latitude = Breitengrad
admin-branch-longitude = Längengrad
admin-branch-radius = Radius (m)
admin-branch-use-position = Position dieses Geräts übernehmen
admin-branch-no-position-note = Dieses Gerät kennt keine Position. Legen Sie auf einem Computer den Arbeitsplatz-Standort unter „Profil & Einstellungen“ fest.
admin-branch-no-position = Dieses Gerät kennt keine Position, von der aus gemessen werden kann.
admin-branch-keep-fence = Lassen Sie die drei Geofence-Felder leer, um den Geofence unverändert zu lassen.
admin-branch-save = Standort speichern
admin-branch-add = Standort hinzufügen
# One sentence around a distance shown in bold: "This device is [120 m] from the centre: …".
# admin-branch-distance(-accuracy) comes before the distance, one of the three after it.
admin-branch-distance = Dieses Gerät ist
admin-branch-distance-accuracy = Dieses Gerät ({ $accuracy }) ist
admin-branch-distance-accepted = vom Mittelpunkt entfernt: Einstempeln von hier würde akzeptiert.
admin-branch-distance-refused = vom Mittelpunkt entfernt: Einstempeln von hier würde abgelehnt.
admin-branch-distance-unknown = vom Mittelpunkt entfernt.

## Bank-detail requests

admin-bank-title = Anträge auf neue Bankverbindung
admin-bank-filter = Anzeigen
admin-bank-filter-pending = Warten auf Entscheidung
admin-bank-filter-all = Alle Anträge
admin-bank-filter-approved = Genehmigt
admin-bank-filter-rejected = Abgelehnt
admin-bank-filter-withdrawn = Zurückgezogen
admin-bank-intro = Mitarbeitende beantragen die Zahlung auf ein anderes Konto; die Lohnabrechnung zahlt weiter auf das bisherige, bis Sie genehmigen. Von einer IBAN werden immer nur die letzten vier Zeichen angezeigt.
admin-bank-offline = Änderungen in der Verwaltung erfordern eine Verbindung: Anträge werden vom Server gelesen.
admin-bank-empty-pending = Nichts wartet auf eine Entscheidung
admin-bank-empty = Keine Anträge
admin-bank-asked = Beantragt { $when }
admin-bank-decided = entschieden { $when }
admin-bank-decided-by = entschieden { $when } von { $name }
admin-bank-approve = Genehmigen
admin-bank-reject = Ablehnen
admin-bank-reject-reason = Warum wird der Antrag abgelehnt?
admin-bank-reject-confirm = Antrag ablehnen
admin-bank-reason-needed = Nennen Sie den Grund, damit die Person weiß, was zu korrigieren ist.
# $iban shows only its last four characters.
admin-bank-approved-notice = Genehmigt: { $name } wird ab dem nächsten Abrechnungslauf auf { $iban } bezahlt.
admin-bank-rejected-notice = Antrag von { $name } abgelehnt; die Person sieht Ihre Begründung.

## Groups

admin-groups-count = { $count ->
    [one] { $count } Gruppe
   *[other] { $count } Gruppen
}
admin-groups-empty = Keine Gruppen
admin-group-members = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
# A member in the group themselves, not through another group.
admin-group-direct = direkt
admin-group-no-members = Keine Mitglieder

## Organization

admin-org-subdomain = Subdomain
admin-org-website = Website
admin-org-phone = Telefon
admin-org-support = Support für Mitarbeitende
admin-org-help-page = Hilfeseite
admin-org-support-phone = Support-Telefon
admin-org-not-set = Nicht festgelegt
admin-org-contacts = Kontakte
admin-org-contact-billing = Abrechnung
admin-org-contact-technical = Technik
admin-org-contact-nobody = Niemand

## Trusted origins

admin-origins-intro = Web-Ursprünge, die die Anmelde- und Identitäts-APIs für CORS-Anfragen und Weiterleitungen akzeptieren.
admin-origins-empty = Keine vertrauenswürdigen Ursprünge
admin-origin-remove-confirm = { $origin } entfernen? Anfragen von dort werden sofort abgelehnt.
admin-origin-redirect = Weiterleitung
admin-origin-active = Aktiv
admin-origin-inactive = Inaktiv
admin-origin-add-title = Vertrauenswürdigen Ursprung hinzufügen
admin-origin-url = Ursprung
admin-origin-add = Ursprung hinzufügen
