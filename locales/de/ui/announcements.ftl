# Shown on every change button while offline: announcements change only with the server's answer.
announcements-offline = Änderungen an Ankündigungen erfordern eine Verbindung
announcements-offline-cached = Änderungen an Ankündigungen erfordern eine Verbindung. Angezeigt wird der zuletzt auf diesem Gerät geladene Stand.

## The states: the filter's name for those in it, one announcement's state, and the filter's empty list.

announcements-state-drafts = Entwürfe
announcements-state-draft = Entwurf
announcements-state-scheduled = Geplant
announcements-state-scheduled-one = Geplant
announcements-state-published = Veröffentlicht
announcements-state-published-one = Veröffentlicht
announcements-state-expired = Abgelaufen
announcements-state-expired-one = Abgelaufen
announcements-none-draft = Keine Entwürfe
announcements-none-scheduled = Keine geplanten Ankündigungen
announcements-none-published = Keine veröffentlichten Ankündigungen
announcements-none-expired = Keine abgelaufenen Ankündigungen

## Whom it is for: "Engineering, Sales · HQ · Emma Fischer, 1 person" (the counts are names this device does not know).

announcements-audience-everyone = Alle
announcements-audience-departments = { $count ->
    [one] { $count } Abteilung
   *[other] { $count } Abteilungen
}
announcements-audience-branches = { $count ->
    [one] { $count } Standort
   *[other] { $count } Standorte
}
announcements-audience-people = { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}
# Between names in a list.
announcements-list-separator = {", "}
announcements-audience-nobody = Noch niemand

## When it goes out and comes down; $at is a date and time.

announcements-when-until = bis { $at }
announcements-when-draft = Entwurf seit { $at }
announcements-when-scheduled = Geplant für { $at }
announcements-when-published = Veröffentlicht { $at }
announcements-when-expired = Veröffentlicht { $published } · entfernt { $expired }

## Confirmations and results of HR's actions.

announcements-confirm-publish-everyone = „{ $title }“ jetzt veröffentlichen? Alle werden sofort benachrichtigt.
announcements-confirm-publish = „{ $title }“ jetzt veröffentlichen? Die Empfänger ({ $audience }) werden sofort benachrichtigt.
announcements-confirm-expire = „{ $title }“ jetzt entfernen? Danach sieht sie nur noch die Personalabteilung.
announcements-confirm-delete-scheduled = „{ $title }“ löschen? Sie wird nicht veröffentlicht. Dies kann nicht rückgängig gemacht werden.
announcements-confirm-delete = „{ $title }“ löschen? Dies kann nicht rückgängig gemacht werden.
announcements-done-published = „{ $title }“ veröffentlicht: Die Empfänger wurden benachrichtigt.
announcements-done-expired = „{ $title }“ entfernt.
announcements-done-deleted = „{ $title }“ gelöscht.
announcements-saved-scheduled = „{ $title }“ für { $at } geplant.
announcements-saved-draft = „{ $title }“ als Entwurf gespeichert: Niemand sieht sie, bis sie veröffentlicht ist.
announcements-saved = „{ $title }“ gespeichert.

## The form's submit button: what it will do.

announcements-submit-publish-now = Jetzt veröffentlichen
announcements-submit-save-schedule = Planung speichern
announcements-submit-schedule = Planen
announcements-submit-save-draft = Entwurf speichern
announcements-submit-save-as-draft = Als Entwurf speichern

## The feed.

announcements-subtitle = Neuigkeiten von { $company }
announcements-subtitle-default = Neuigkeiten aus Ihrem Unternehmen
announcements-new = Neue Ankündigung
announcements-tab-feed = Ansicht für alle
announcements-tab-manage = Verwalten
announcements-empty = Keine Ankündigungen
announcements-empty-hint = Neuigkeiten aus dem Unternehmen erscheinen hier.
# The author of an announcement whose author is unknown.
announcements-author-fallback = Personalabteilung
announcements-pinned = Angeheftet
announcements-latest = Neueste

## Writing or changing one.

announcements-person-unknown = Person { $id }
announcements-nothing-to-save = Nichts zu speichern: Ändern Sie zuerst ein Feld.
announcements-edit-title = „{ $title }“ bearbeiten
announcements-published-note = Sie ist bereits veröffentlicht: Nur das Anheften und der Zeitpunkt der Entfernung lassen sich noch ändern.
announcements-field-title = Titel
announcements-field-message = Nachricht
announcements-field-audience = Wer sie sieht
announcements-audience-chosen = Ausgewählte Abteilungen, Standorte oder Personen
announcements-departments = Abteilungen
announcements-branches = Standorte
announcements-people = Personen
announcements-none-on-device = Noch keine auf diesem Gerät
announcements-remove-person = { $name } entfernen
announcements-people-search = Nach Name oder E-Mail suchen
announcements-add-person = { $name } hinzufügen
announcements-pin = Solange sie sichtbar ist, über den anderen anheften
announcements-field-when = Wann
announcements-when-now = Jetzt veröffentlichen und die Empfänger benachrichtigen
# Followed by a date and time field.
announcements-when-schedule = Planen für
announcements-publish-at = Veröffentlichen am
announcements-when-back-to-draft = Zurück zum Entwurf
announcements-when-draft-choice = Als Entwurf speichern
announcements-expires = Automatisch entfernen
announcements-expires-at = Entfernen am
announcements-choose-audience = Wählen Sie mindestens eine Abteilung, einen Standort oder eine Person.

## HR's list of every announcement.

announcements-all = Alle Ankündigungen
# The state filter's label (read by screen readers only).
announcements-filter = Anzeigen
announcements-filter-all = Alle ({ $count })
announcements-filter-state = { $state } ({ $count })
# The list's button that opens the form: "Write one with New." names it.
announcements-new-short = Neu
announcements-publish = Veröffentlichen
announcements-take-down = Entfernen
announcements-delete = Löschen
announcements-none-yet = Noch keine Ankündigungen
announcements-write-one = Verfassen Sie eine mit „Neu“.
announcements-by = von { $name }
announcements-edit-label = { $title } bearbeiten
announcements-publish-label = { $title } veröffentlichen
announcements-take-down-label = { $title } entfernen
announcements-delete-label = { $title } löschen
