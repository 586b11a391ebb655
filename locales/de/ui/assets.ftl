# Assets: HR's catalogue, handing out and taking back, requests and problems; an employee's own equipment.

assets-subtitle-hr = Der Bestand, wer was hat und was Beschäftigte anfragen oder melden
assets-subtitle-manager = Arbeitsmittel des Unternehmens und wer sie hat
assets-subtitle-employee = Ihre Arbeitsmittel vom Unternehmen; fragen Sie weitere bei der Personalabteilung an oder melden Sie ein Problem

assets-tab-catalogue = Bestand
assets-tab-requests = Anfragen
assets-tab-problems = Probleme
assets-tab-mine = Meine Arbeitsmittel

# On every disabled change button while offline.
assets-offline = Änderungen an Arbeitsmitteln brauchen eine Verbindung
assets-offline-callout = Änderungen an Arbeitsmitteln brauchen eine Verbindung. Angezeigt wird der letzte Stand auf diesem Gerät.

# `what` of "Loading … from the server", read mid-sentence.
assets-first-fill-company = die Arbeitsmittel des Unternehmens
assets-first-fill-mine = Ihre Arbeitsmittel
assets-first-fill-requests = die Anfragen der Beschäftigten
assets-first-fill-problems = die gemeldeten Probleme

## Statuses

assets-status-in-stock = Auf Lager
assets-status-assigned = Ausgegeben
assets-status-in-repair = In Reparatur
assets-status-retired = Ausgemustert
# A manager's list calls an asset in stock "available".
assets-team-available = Verfügbar

assets-filter-by-status = Nach Status filtern
assets-filter-all = Alle { $count }
assets-filter-in-stock = Auf Lager { $count }
assets-filter-assigned = Ausgegeben { $count }
assets-filter-available = Verfügbar { $count }
assets-filter-in-repair = In Reparatur { $count }
assets-filter-retired = Ausgemustert { $count }

assets-search-label = Arbeitsmittel suchen
assets-search-placeholder = Inventarnummer, Bezeichnung, Person …
assets-none-match = Keine passenden Arbeitsmittel

assets-col-tag = Inventarnr.
assets-col-asset = Arbeitsmittel
assets-col-category = Kategorie
assets-col-status = Status
assets-col-holder = Ausgegeben an

# Before a serial number: "SN 5CG1234".
assets-serial-short = SN
assets-holder-since = seit { $date }
assets-yours-since = Bei Ihnen seit { $date }

## Categories offered as one types (anything else may be typed)

assets-category-laptop = Laptop
assets-category-monitor = Monitor
assets-category-headset = Headset
assets-category-phone = Telefon
assets-category-keyboard = Tastatur
assets-category-mouse = Maus
assets-category-docking-station = Dockingstation

## The catalogue

assets-add = Arbeitsmittel hinzufügen
assets-edit-title = { $tag } bearbeiten
assets-assign = Ausgeben
assets-take-back = Zurücknehmen
assets-history = Verlauf
assets-history-offline = Der Verlauf wird vom Server gelesen
assets-bought-on-for = Gekauft am { $date } für { $cost }
assets-bought-on = Gekauft am { $date }
assets-bought-for = Gekauft für { $cost }
assets-added = { $tag } { $name } hinzugefügt ({ $status ->
        [in_stock] auf Lager
        [assigned] ausgegeben
        [in_repair] in Reparatur
       *[retired] ausgemustert
    }).
assets-saved = { $tag } { $name } gespeichert ({ $status ->
        [in_stock] auf Lager
        [assigned] ausgegeben
        [in_repair] in Reparatur
       *[retired] ausgemustert
    }).
assets-returned = { $tag } ist von { $name } zurück ({ $condition }).
assets-assigned-to = { $tag } ist jetzt bei { $name }.

## The add/edit form

assets-field-tag = Inventarnummer
assets-field-name = Bezeichnung
assets-field-category = Kategorie
assets-field-serial = Seriennummer (optional)
assets-field-bought = Gekauft am (optional)
assets-field-cost = Kaufpreis (optional)
assets-field-status = Status
assets-status-assigned-hint = An { $name } ausgegeben: Nehmen Sie es zurück, um den Status zu ändern.
assets-status-hint = „Ausgegeben“ wird ein Arbeitsmittel, wenn Sie es an jemanden ausgeben.
assets-save-asset = Arbeitsmittel speichern
assets-add-asset = Arbeitsmittel hinzufügen
assets-nothing-to-save = Nichts zu speichern: Ändern Sie zuerst ein Feld.
assets-cost-error = Der Kaufpreis muss ein Betrag mit höchstens zwei Nachkommastellen sein.

## Handing out and taking back

assets-assign-label = { $tag } ausgeben
assets-take-back-label = { $tag } zurücknehmen
assets-assign-to = An
assets-choose-someone = Person auswählen …
assets-condition-out-label = Zustand bei der Ausgabe
assets-condition-back-label = Zustand bei der Rückgabe
assets-condition-good = Gut
assets-condition-worn = Abgenutzt
assets-condition-damaged = Beschädigt
assets-condition-lost = Verloren
assets-condition-back-in-stock = zurück ins Lager
assets-condition-to-repair = geht in Reparatur
assets-condition-retired = wird aus dem Bestand ausgemustert
# A condition as the server keeps it, mid-sentence; one HR typed themselves is shown as it is.
assets-condition-word = { $condition ->
        [new] neu
        [good] gut
        [worn] abgenutzt
        [damaged] beschädigt
        [lost] verloren
       *[other] { $condition }
    }
assets-note-label = Notiz (optional)
assets-note-placeholder-assign = Mit Ladegerät
assets-note-placeholder-return = Kratzer auf dem Deckel

## Who held an asset

assets-who-held = Wer es hatte
assets-looking = Wird geladen …
assets-nobody-yet = Noch niemand.
assets-spell-range = { $from } – { $to }
assets-spell-since = Seit { $from }
assets-spell-until = Bis { $to }
assets-spell-unknown = Vor Beginn der Aufzeichnung
# "Out good · back worn (Ear cushions replaced)": how it went out and came back.
assets-spell-out = Ausgabe: { $condition }
assets-spell-out-note = Ausgabe: { $condition } ({ $note })
assets-spell-back = Rückgabe: { $condition }
assets-spell-back-note = Rückgabe: { $condition } ({ $note })
assets-handed-out-by = ausgegeben von { $name }
assets-taken-back-by = zurückgenommen von { $name }

## Requests for equipment

assets-requests-title = Anfragen nach Arbeitsmitteln
assets-no-requests = Keine Anfragen
# The name and the category are shown in bold.
assets-request-asks = { $name } fragt an: { $category }
assets-fulfil-with = Bereitstellen mit
assets-choose-in-stock = Arbeitsmittel auf Lager auswählen …
assets-none-in-stock = Keines auf Lager
assets-fulfil-hint = { $category } auf Lager; es wird an { $name } ausgegeben.
assets-fulfil = Bereitstellen
assets-decline-because = Oder ablehnen, weil
assets-decline = Ablehnen
assets-request-fulfilled = Anfrage von { $name } ({ $category }): mit { $tag } bereitgestellt.
assets-request-declined = Anfrage von { $name } ({ $category }): abgelehnt.
assets-outcome-fulfilled = Bereitgestellt
assets-outcome-fulfilled-with = Bereitgestellt mit { $tag }
assets-outcome-fulfilled-by = Bereitgestellt von { $by }
assets-outcome-fulfilled-with-by = Bereitgestellt mit { $tag } von { $by }
assets-outcome-declined = Abgelehnt
assets-outcome-declined-by = Abgelehnt von { $by }
assets-outcome-declined-reason = Abgelehnt: { $reason }
assets-outcome-declined-by-reason = Abgelehnt von { $by }: { $reason }
assets-outcome-waiting = Wartet auf die Personalabteilung

## Reported problems

assets-problems-title = Gemeldete Probleme
assets-which-problems = Welche Probleme
assets-problems-open = Offen
assets-open-problems = { $count ->
        [0] Keine offenen Probleme
        [one] { $count } offenes Problem
       *[other] { $count } offene Probleme
    }
assets-nothing-open = Nichts offen
assets-no-problems = Keine Probleme gemeldet
assets-resolved-badge = Behoben
assets-what-was-done = Was getan wurde (optional)
assets-what-was-done-placeholder = Akku ersetzt
assets-resolve = Als behoben markieren
assets-problem-resolved = Problem von { $name } mit { $tag } behoben; die Person wird benachrichtigt.
assets-resolved = Behoben
assets-resolved-by = Behoben von { $by }
assets-resolved-on = Behoben am { $date }
assets-resolved-by-on = Behoben von { $by } am { $date }
# A resolution and the note of what was done.
assets-resolved-note = { $text }: { $note }

## What you hold

assets-what-you-hold = Ihre Arbeitsmittel
assets-mine-empty = Sie haben keine Arbeitsmittel vom Unternehmen
assets-mine-empty-hint = Fragen Sie unten bei der Personalabteilung an, wenn Sie etwas brauchen.
assets-report-problem = Problem melden
assets-problem-label = Was stimmt mit { $tag } nicht?
assets-send-to-hr = An die Personalabteilung senden
assets-reported = An die Personalabteilung gemeldet: „{ $description }“. Sie werden benachrichtigt, sobald es behoben ist.
assets-ask-title = Arbeitsmittel anfragen
assets-ask-intro = Die Personalabteilung entscheidet und gibt es Ihnen aus oder sagt Ihnen, warum nicht.
assets-ask-kind = Was Sie brauchen
assets-ask-kind-placeholder = Monitor, Headset, Telefon …
assets-ask-why = Wofür Sie es brauchen
assets-ask-send = Anfragen
assets-asked = Bei der Personalabteilung angefragt: { $category }. Sie werden über die Entscheidung benachrichtigt.
