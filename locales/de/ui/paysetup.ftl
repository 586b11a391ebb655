# Pay setup: pay components, salary structures, people's pay and the payroll settings.

paysetup-intro = Die Grundlage jedes Abrechnungslaufs: die Lohnarten und ihre Regeln, die Gehaltsstrukturen, die sie bündeln, wer mit welcher Struktur und welchem Grundbetrag bezahlt wird, Prämien und Abzüge sowie die Einstellungen der Lohnabrechnung
paysetup-offline = Änderungen an der Vergütung brauchen eine Verbindung
paysetup-offline-notice = Änderungen an der Vergütung brauchen eine Verbindung.
paysetup-tab-components = Lohnarten
paysetup-tab-structures = Strukturen
paysetup-tab-people = Vergütung je Person
paysetup-tab-settings = Einstellungen

## Shared words of the forms

paysetup-nothing-to-save = Nichts zu speichern: Ändern Sie zuerst ein Feld.
# A form's heading when it changes something named.
paysetup-edit-title = „{ $name }“ bearbeiten
paysetup-edit-label = { $name } bearbeiten
paysetup-retire = Stilllegen
paysetup-retire-label = { $name } stilllegen
paysetup-bring-back = Reaktivieren
paysetup-bring-back-label = { $name } reaktivieren
paysetup-retired = Stillgelegt
paysetup-delete = Löschen
paysetup-delete-label = { $name } löschen
paysetup-add = Hinzufügen
paysetup-choose = Auswählen…
paysetup-name = Name
paysetup-code = Kürzel
paysetup-kind = Art
paysetup-amount = Betrag
paysetup-amount-currency = Betrag ({ $currency })
paysetup-from = Ab
# Between the items of a list written inline (keep the quotes: they keep the space).
paysetup-list-separator = {", "}

## Pay components

paysetup-components-title = Lohnarten
paysetup-component-create = Lohnart anlegen
paysetup-components-empty = Noch keine Lohnarten
paysetup-components-empty-hint = Legen Sie zuerst das Grundgehalt an; Zulagen, Abzüge und Beiträge können Prozentsätze davon oder Formeln darauf sein.
paysetup-component-created = „{ $name }“ angelegt. Entwürfe, die ab jetzt berechnet werden, verwenden sie; festgeschriebene Läufe behalten, was sie gezahlt haben.
paysetup-component-saved = „{ $name }“ gespeichert. Entwürfe, die ab jetzt berechnet werden, verwenden sie; festgeschriebene Läufe behalten, was sie gezahlt haben.
paysetup-component-retired = „{ $name }“ stillgelegt: Sie kann keiner Struktur mehr hinzugefügt werden; Gehaltsabrechnungen, die sie enthalten, behalten sie.
paysetup-component-back = „{ $name }“ kann wieder in Strukturen aufgenommen werden.

paysetup-kind-earning = Bezug
paysetup-kind-earning-hint = Teil des Bruttolohns
paysetup-kind-deduction = Abzug
paysetup-kind-deduction-hint = Wird auf dem Weg vom Brutto zum Netto abgezogen
paysetup-kind-employer-contribution = Arbeitgeberbeitrag
paysetup-kind-employer-contribution-hint = Vom Unternehmen zusätzlich zum Gehalt gezahlt: ausgewiesen, aber nicht im Netto

paysetup-rule-type-fixed = Ein fester Betrag
paysetup-rule-type-percent-of = Ein Prozentsatz einer anderen Lohnart
paysetup-rule-type-percent-of-gross = Ein Prozentsatz des Bruttolohns
paysetup-rule-type-expression = Eine Formel

# A component's rule in words, as the lists show it.
paysetup-rule-fixed = Fest { $amount }
paysetup-rule-percent-of = { $percent } % von { $component }
paysetup-rule-percent-of-gross = { $percent } % vom Brutto
paysetup-rule-expression = Formel: { $formula }
paysetup-rule-prorated = { $rule }, anteilig nach bezahlten Tagen
paysetup-hidden-when-zero = Bei null nicht auf der Gehaltsabrechnung

paysetup-rounding-half-up = Kaufmännisch (2,345 → 2,35)
paysetup-rounding-half-up-words = kaufmännisch
paysetup-rounding-half-even = Zur geraden Ziffer, mathematisch (2,345 → 2,34)
paysetup-rounding-half-even-words = zur geraden Ziffer
paysetup-rounding-down = Abrunden, Richtung null
paysetup-rounding-down-words = abgerundet
paysetup-rounding-up = Aufrunden, weg von null
paysetup-rounding-up-words = aufgerundet
# $places is paysetup-rounding-places, $mode one of the paysetup-rounding-*-words.
paysetup-rounding-places = { $count ->
    [0] ganze Einheiten
    [one] { $count } Nachkommastelle
   *[other] { $count } Nachkommastellen
}
paysetup-rounding-text = Gerundet auf { $places }, { $mode }

# The names a formula reads, each with what it is (the names themselves stay as they are).
paysetup-formula-input-base = Grundbetrag der Person
paysetup-formula-input-working-days = Arbeitstage im Zeitraum
paysetup-formula-input-paid-days = bezahlte Tage
paysetup-formula-input-unpaid-days = Tage unbezahlter Abwesenheit
paysetup-formula-input-overtime-hours = genehmigte Überstunden
paysetup-formula-input-gross = Bruttolohn (nicht in einem Bezug)
paysetup-formula-input = ({ $words })
# $inputs is the list of names with their words.
paysetup-formula-hint = + − * / und Klammern, mit min, max, round, floor und ceil, über { $inputs } und die Kürzel anderer Lohnarten.

paysetup-component-form-create = Lohnart anlegen
paysetup-component-name-placeholder = Fahrtkostenzuschuss
paysetup-component-name-hint = Steht auf der Gehaltsabrechnung.
paysetup-code-hint = So nennen Formeln und Prozentsätze die Lohnart: ein Buchstabe, dann Buchstaben, Ziffern und _. Fest, sobald sie verwendet wird.
paysetup-percentage = Prozentsatz
paysetup-of-component = Von der Lohnart
paysetup-of-component-hint = Nach der Rundung dieser Lohnart; beide müssen in derselben Struktur sein.
paysetup-percent-of-gross-hint = Das Brutto umfasst alle Bezüge der Gehaltsabrechnung, daher kann ein Bezug kein Prozentsatz davon sein.
paysetup-formula = Formel
paysetup-prorated-choice = Anteilig: nach bezahlten Tagen im Verhältnis zu Arbeitstagen (Eintritt im laufenden Monat, unbezahlte Abwesenheit)
paysetup-hidden-choice = Nicht auf der gedruckten Gehaltsabrechnung, wenn der Betrag null ist
paysetup-places = Gerundet auf (Nachkommastellen)
paysetup-places-hint = 0 bis 10; 2 für Cent.
paysetup-rounding = Rundung
paysetup-preview = Ergibt: { $rule }
paysetup-component-save = Lohnart speichern
paysetup-component-create-button = Lohnart anlegen

# Numbers as typed: the server reads a point for decimals, never a comma.
paysetup-error-amount-number = Der Betrag muss eine Zahl sein, z. B. 150 oder 150.50 (mit Punkt für Dezimalstellen).
paysetup-error-amount-required = Bitte geben Sie einen Betrag ein.
paysetup-error-percent-number = Der Prozentsatz muss eine Zahl sein, z. B. 5 oder 7.3 (mit Punkt für Dezimalstellen).
paysetup-error-percent-required = Bitte geben Sie einen Prozentsatz ein.
paysetup-error-places = Die Nachkommastellen müssen eine ganze Zahl von 0 bis 10 sein.

## Salary structures

paysetup-structures-title = Gehaltsstrukturen
paysetup-structure-create = Struktur anlegen
paysetup-structures-empty = Noch keine Gehaltsstrukturen
paysetup-structures-empty-hint = Eine Struktur bündelt die Lohnarten, mit denen eine Gruppe von Personen bezahlt wird, in der Reihenfolge der Gehaltsabrechnung.
paysetup-structure-components = { $count ->
    [one] { $count } Lohnart
   *[other] { $count } Lohnarten
}
paysetup-structure-created = „{ $name }“ mit { $count ->
    [one] { $count } Lohnart
   *[other] { $count } Lohnarten
} angelegt. Entwürfe, die ab jetzt berechnet werden, verwenden sie.
paysetup-structure-saved = „{ $name }“ mit { $count ->
    [one] { $count } Lohnart
   *[other] { $count } Lohnarten
} gespeichert. Entwürfe, die ab jetzt berechnet werden, verwenden sie.
paysetup-structure-retired = „{ $name }“ stillgelegt: Niemand kann neu damit bezahlt werden; frühere Gehaltsabrechnungen behalten sie.
paysetup-structure-back = „{ $name }“ kann wieder zugewiesen werden.

paysetup-structure-form-create = Gehaltsstruktur anlegen
paysetup-structure-name-placeholder = Angestellte
paysetup-structure-unknown-component = Lohnart { $id }
paysetup-structure-components-legend = Lohnarten in der Reihenfolge der Gehaltsabrechnung
paysetup-structure-components-hint = Jede Lohnart, die eine Formel oder ein Prozentsatz liest, muss ebenfalls in der Struktur sein; die Lohnabrechnung berechnet sie in der Reihenfolge ihrer Abhängigkeiten.
paysetup-structure-no-components = Noch keine Lohnarten: Fügen Sie unten die erste hinzu.
paysetup-structure-move-up = { $name } nach oben verschieben
paysetup-structure-move-down = { $name } nach unten verschieben
paysetup-structure-take-out = { $name } entfernen
paysetup-structure-add-label = Hinzuzufügende Lohnart
paysetup-structure-add-choose = Lohnart hinzufügen…
paysetup-structure-add-none = Alle aktiven Lohnarten sind in der Struktur
paysetup-structure-save = Struktur speichern
paysetup-structure-create-button = Struktur anlegen

## People's pay

paysetup-people-intro = Wer ab wann mit welcher Gehaltsstruktur und welchem Grundbetrag bezahlt wird, dazu Prämien, Vorschüsse und Abzüge. Jeder Lauf zahlt, was in seinem Zeitraum gilt.
paysetup-people-person = Person
paysetup-people-choose = Person auswählen…

paysetup-assignments-title = Gehaltsstruktur und Grundbetrag
paysetup-assignments-empty = Noch keiner Struktur zugewiesen: Abrechnungsläufe lassen diese Person aus, bis das geschieht.
paysetup-assignment-current = Gültig
paysetup-assignment-upcoming = Künftig
paysetup-assignment-past = Ersetzt
paysetup-assignment-text = { $structure }, Grundbetrag { $base }, ab { $from }
paysetup-assignment-row = Grundbetrag { $base }, ab { $from }
paysetup-assigned = { $name } wird bezahlt mit: { $assignment }.
paysetup-assigned-back-pay = { $name } wird bezahlt mit: { $assignment }. Ist die Vergütung ab diesem Tag bereits festgeschrieben, wird die Differenz im nächsten Lauf nachgezahlt.
paysetup-assignment-removed = Zuweisung ab { $day } entfernt.
paysetup-assignment-remove-label = Zuweisung ab { $day } entfernen
paysetup-assignment-remove-confirm = Zuweisung ab { $day } ({ $structure }, Grundbetrag { $base }) entfernen? Ab diesem Tag gilt wieder die vorherige.
paysetup-assignment-form-title = Ab einem Tag mit einer Struktur bezahlen
paysetup-assignment-from-hint = Gilt ab diesem Tag bis zur nächsten Zuweisung; eine zweite am selben Tag ersetzt die erste.
paysetup-assignment-structure = Gehaltsstruktur
paysetup-assignment-base = Grundbetrag
paysetup-assignment-base-currency = Grundbetrag ({ $currency })
# $base is the word "base" as formulas read it.
paysetup-assignment-base-hint = Das, was die Formeln der Struktur als { $base } lesen.
paysetup-assign = Zuweisen
paysetup-error-base-number = Der Grundbetrag muss eine Zahl sein, z. B. 3000 oder 3000.50 (mit Punkt für Dezimalstellen).

paysetup-adjustments-title = Prämien, Vorschüsse und Abzüge
paysetup-adjustments-empty = Keine: Diese Person erhält, was ihre Struktur berechnet.
paysetup-adjustment-kind-bonus = Prämie
paysetup-adjustment-kind-bonus-hint = Verdient: Teil des Bruttos, daher in Prozentsätzen vom Brutto enthalten
paysetup-adjustment-kind-advance = Vorschuss
paysetup-adjustment-kind-advance-hint = Mit der Gehaltsabrechnung vorab gezahlt: zum Netto addiert, nicht Teil des Bruttos
paysetup-adjustment-kind-deduction = Abzug
paysetup-adjustment-kind-deduction-hint = Vom Netto abgezogen
paysetup-back-pay = Nachzahlung
# When an adjustment is paid, alone and in the middle of a sentence.
paysetup-adjustment-once = Einmalig, im Lauf, dessen Zeitraum den { $day } enthält
paysetup-adjustment-once-inline = einmalig, im Lauf, dessen Zeitraum den { $day } enthält
paysetup-adjustment-every-run-to = Jeder Lauf vom { $from } bis { $to }
paysetup-adjustment-every-run-to-inline = jeder Lauf vom { $from } bis { $to }
paysetup-adjustment-every-run = Jeder Lauf ab { $from } bis auf Weiteres
paysetup-adjustment-every-run-inline = jeder Lauf ab { $from } bis auf Weiteres
# $kind is bonus, advance or deduction; $when one of the paysetup-adjustment-*-inline.
paysetup-adjustment-added = „{ $name }“ hinzugefügt, { $kind ->
    [bonus] Prämie
    [advance] Vorschuss
   *[deduction] Abzug
} über { $amount }: { $when }.
paysetup-adjustment-delete-confirm = „{ $name }“ ({ $kind ->
    [bonus] Prämie
    [advance] Vorschuss
   *[deduction] Abzug
} über { $amount }) löschen? Noch nicht festgeschriebene Läufe zahlen den Betrag dann nicht mehr.
paysetup-adjustment-deleted = „{ $name }“ gelöscht.
paysetup-adjustment-ended = „{ $name }“ wird zum letzten Mal im Lauf gezahlt, der den { $day } enthält.
paysetup-adjustment-end = Beenden…
paysetup-adjustment-end-label = { $name } beenden
paysetup-adjustment-last-day-paid = Letzter bezahlter Tag
paysetup-adjustment-end-it = Beenden
paysetup-error-ends-on = Bitte geben Sie ein gültiges Enddatum ein.
paysetup-adjustment-form-title = Prämie, Vorschuss oder Abzug hinzufügen
paysetup-adjustment-name = Bezeichnung auf der Gehaltsabrechnung
paysetup-adjustment-name-placeholder = Jahresendprämie
paysetup-adjustment-how-often = Wie oft
paysetup-adjustment-one-off = Einmalig
paysetup-adjustment-recurring = Jeder Lauf
paysetup-adjustment-paid-in = Gezahlt im Lauf, der diesen Tag enthält
paysetup-adjustment-last-day = Letzter Tag (optional)
paysetup-adjustment-last-day-hint = Leer: in jedem Lauf gezahlt, bis Sie die Zahlung beenden.
paysetup-adjustment-reason = Grund (optional, wird mit gespeichert)
paysetup-error-adjustment-amount-number = Der Betrag muss eine Zahl sein, z. B. 500 oder 499.90 (mit Punkt für Dezimalstellen).

## Payroll settings

paysetup-settings-title = Einstellungen der Lohnabrechnung
paysetup-settings-currency = Gehaltsabrechnungen lauten auf { $currency }.
# $places and $mode as in paysetup-rounding-text.
paysetup-settings-net-rounding = Jeder Nettolohn: gerundet auf { $places }, { $mode }; die Differenz steht auf der Gehaltsabrechnung.
paysetup-threshold-text = Nettobeträge, die um mehr als { $percent } % vom vorherigen Lauf der Person abweichen, werden zur Prüfung markiert
paysetup-overtime-text = Anwesenheit über { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
} pro Tag zählt als Überstunden (das, was overtime_hours in Formeln liest)
paysetup-overtime-none = Überstunden werden nicht aus der Anwesenheit übernommen
paysetup-settings-company-account = dem Firmenkonto
# $iban is the account number, $bic the bank's code.
paysetup-settings-paid-from = Gehälter werden gezahlt von { $name }, { $iban }.
paysetup-settings-paid-from-bic = Gehälter werden gezahlt von { $name }, { $iban } ({ $bic }).
paysetup-settings-no-account = Noch kein Konto für die Gehaltszahlung: Eine SEPA-Bankdatei benötigt eines.
paysetup-settings-form-label = Einstellungen der Lohnabrechnung ändern
paysetup-settings-net-title = Nettolohn und Prüfung
paysetup-settings-places = Nettolohn gerundet auf (Nachkommastellen)
paysetup-settings-places-hint = 0 bis 10; bei 0 werden ganze Einheiten gezahlt.
paysetup-settings-mode = Rundung des Nettolohns
paysetup-settings-threshold = Prüfschwelle (%)
paysetup-settings-threshold-hint = Ein Nettobetrag, der um mehr als diesen Wert vom vorherigen Lauf der Person abweicht, wird zur Prüfung markiert.
paysetup-settings-overtime = Überstunden ab (Stunden pro Tag)
paysetup-settings-overtime-hint = Anwesenheit über diese Stundenzahl an einem Tag zählt als Überstunden, die Formeln als overtime_hours lesen.
paysetup-settings-account-title = Konto für die Gehaltszahlung
paysetup-settings-account-hint = Wird in den Bankdateien als Zahler eingetragen. IBAN und BIC werden beim Speichern geprüft.
paysetup-settings-account-holder = Kontoinhaber
paysetup-settings-iban = IBAN
paysetup-settings-bic = BIC
paysetup-settings-bic-hint = 8 oder 11 Buchstaben und Ziffern.
paysetup-settings-save = Einstellungen speichern
paysetup-settings-saved = Gespeichert. Ab jetzt berechnete Läufe verwenden diese Einstellungen; festgeschriebene Läufe behalten ihre.
paysetup-error-threshold-number = Die Schwelle muss eine Zahl sein, z. B. 10 oder 12.5 (mit Punkt für Dezimalstellen).
paysetup-error-threshold-required = Bitte geben Sie eine Prüfschwelle ein.
paysetup-error-overtime-number = Die Überstundengrenze muss eine Zahl sein, z. B. 8 oder 7.5 (mit Punkt für Dezimalstellen).
paysetup-error-account-name-empty = Der Kontoinhaber kann nach dem Festlegen nicht leer bleiben: Geben Sie den neuen ein.
paysetup-error-iban-empty = Die IBAN kann nach dem Festlegen nicht leer bleiben: Geben Sie die neue ein.
paysetup-error-bic-empty = Die BIC kann nach dem Festlegen nicht leer bleiben: Geben Sie die neue ein.
