# Zeitpläne & Protokoll (HR): Feiertage, Arbeitswochen, Urlaubsjahr, Schichten und Änderungsprotokoll.

hr-intro = Feiertage und Arbeitswochen, nach denen alle Abwesenheiten berechnet werden; die Schichten, die festlegen, wann jemand erwartet wird; und das Protokoll jeder Änderung in der Verwaltung
hr-tabs-label = Zeitpläne und Protokoll
hr-tab-calendars = Kalender
hr-tab-shifts = Schichten
hr-tab-audit = Änderungsprotokoll

hr-calendar-offline = Kalenderänderungen sind nur mit Verbindung möglich
hr-export-offline = Das Änderungsprotokoll kann nur mit Verbindung exportiert werden
hr-offline-last-read = { $reason }. Angezeigt wird der zuletzt auf diesem Gerät geladene Stand.

## Feiertage

hr-holidays-title = Feiertage
hr-year = Jahr
hr-year-previous = Vorheriges Jahr
hr-year-next = Nächstes Jahr
hr-year-this = Dieses Jahr
hr-branch-filter = Niederlassung
hr-branch-all = Alle Niederlassungen
hr-branch = Niederlassung { $id }
hr-holiday-count = { $count ->
        [one] { $count } Feiertag
       *[other] { $count } Feiertage
    } in { $year }
hr-holiday-count-branch = { $count ->
        [one] { $count } Feiertag
       *[other] { $count } Feiertage
    } in { $year } an dieser Niederlassung, einschließlich der unternehmensweiten
hr-holidays-empty = Keine Feiertage in { $year }
hr-holidays-empty-hint = Fügen Sie unten einen hinzu oder importieren Sie eine Kalenderdatei.
hr-holiday-company-wide = Unternehmensweit
hr-holiday-every-year = Jedes Jahr
hr-holiday-afternoon-off = Nachmittag frei
hr-holiday-remove-label = { $name } am { $date } entfernen
hr-holiday-remove = „{ $name }“ ({ $date }) entfernen? Bereits beantragte Abwesenheiten behalten die Tage, mit denen sie gebucht wurden.
hr-holiday-remove-recurring = „{ $name }“ ({ $date }) entfernen? Der Feiertag wird aus allen Jahren entfernt. Bereits beantragte Abwesenheiten behalten die Tage, mit denen sie gebucht wurden.
hr-holiday-removed = „{ $name }“ wurde entfernt.
hr-holiday-add-title = Feiertag hinzufügen
hr-holiday-date = Datum
hr-holiday-name = Name
hr-holiday-applies-at = Gilt für
hr-holiday-whole-company = Das gesamte Unternehmen
hr-holiday-branch-only = Nur { $branch }
hr-holiday-recurring = Jedes Jahr an diesem Tag
hr-holiday-half-day = Nur der Nachmittag ist frei (eine Abwesenheit an diesem Tag kostet einen halben Tag)
hr-holiday-add = Feiertag hinzufügen
hr-holiday-added = „{ $name }“ am { $date } hinzugefügt (unternehmensweit). Abwesenheiten über diesen Tag kosten jetzt einen Tag weniger.
hr-holiday-added-branch = „{ $name }“ am { $date } hinzugefügt ({ $branch }). Abwesenheiten über diesen Tag kosten jetzt einen Tag weniger.

hr-import-title = Kalenderdatei importieren
hr-import-hint = Die ganztägigen Termine einer iCalendar-Datei (.ics), etwa die gesetzlichen Feiertage eines Landes. Tage, die bereits einen Feiertag haben, werden übersprungen – eine Datei zweimal zu importieren, fügt also nichts hinzu.
hr-import-file = Kalenderdatei (.ics)
hr-import = Importieren
hr-import-too-big = { $file } ist zu groß für einen Feiertagskalender (über 1 MB).
hr-import-unreadable = { $file } konnte nicht gelesen werden: { $error }
hr-import-nothing = Nichts importiert: Die Datei enthält keine ganztägigen Termine.
hr-import-done = { $count ->
        [one] { $count } Feiertag importiert.
       *[other] { $count } Feiertage importiert.
    }
hr-import-skipped = { $imported } importiert, { $skipped } übersprungen (ein Tag, der bereits einen Feiertag hat, oder ein Termin mit Uhrzeit).

## Arbeitswochen

hr-weeks-title = Arbeitswochen
hr-weeks-hint = Die Tage, nach denen Abwesenheiten berechnet werden. Eine Niederlassung folgt der Woche des Unternehmens, sofern sie keine eigene hat.
hr-weeks-empty = Keine Arbeitswochen
hr-week-company = Unternehmen
hr-no-working-days = Keine Arbeitstage
hr-week-follows-text = Woche des Unternehmens · { $days }
hr-week-follow = Der Woche des Unternehmens folgen
hr-week-halves-label = Nur vormittags gearbeitet: Eine Abwesenheit kostet einen halben Tag
hr-week-morning-only = Nur vormittags:
hr-week-save-company = Woche des Unternehmens speichern
hr-week-save-branch = Woche von { $branch } speichern
hr-week-undo = Änderungen verwerfen
hr-week-days-mornings = { $days } ({ $mornings } nur vormittags)
hr-week-saved-company = Gespeichert: Das Unternehmen arbeitet { $days }. Ab jetzt beantragte Abwesenheiten werden danach berechnet.
hr-week-saved-branch = Gespeichert: { $branch } arbeitet { $days }. Ab jetzt beantragte Abwesenheiten werden danach berechnet.
hr-week-saved-follows = Gespeichert: { $branch } folgt der Woche des Unternehmens ({ $days }). Ab jetzt beantragte Abwesenheiten werden danach berechnet.

## Urlaubsjahr

hr-leave-year-title = Urlaubsjahr
hr-leave-year-text = Urlaubsjahre beginnen am 1. { $month }; das laufende ist { $name }
hr-leave-year-span = { $text } ({ $from } bis { $to }).
hr-leave-year-saved = Gespeichert. { $text }
hr-leave-year-start = Urlaubsjahre beginnen im
hr-leave-year-hint = Salden, Jahres- und Monatsgutschriften sowie Überträge gehen am ersten Tag dieses Monats ins neue Jahr über. Legen Sie ihn vor dem ersten Urlaubsjahr des Unternehmens hier fest: Bereits vorhandene Buchungen behalten das Jahr, in das sie gebucht wurden.

## Schichten

hr-shifts-title = Schichten
hr-shifts-hint = Wann jemand erwartet wird: wer zu spät kommt oder früher geht und wann ein vergessenes Ausstempeln geschlossen wird. Ohne Schicht entscheidet die Anfangszeit des Unternehmens.
hr-shifts-empty = Noch keine Schichten
hr-shifts-empty-hint = Fügen Sie unten eine hinzu; bis dahin entscheidet die Anfangszeit des Unternehmens, wer zu spät ist.
hr-shift-overnight = Über Nacht
hr-shift-retired-badge = Stillgelegt
hr-shift-retire-question-label = { $name } stilllegen?
hr-shift-retire-question = Stilllegen? Sie kann dann niemandem mehr neu zugewiesen werden.
hr-shift-retire = Stilllegen
hr-shift-retire-label = { $name } stilllegen
hr-shift-keep = Behalten
hr-shift-edit-label = { $name } bearbeiten
hr-shift-bring-back = Reaktivieren
hr-shift-retired = „{ $name }“ stillgelegt: Die Schicht kann niemandem mehr zugewiesen werden; wer sie arbeitet, behält sie bis zum Ende der Zuweisung.
hr-shift-unretired = „{ $name }“ kann wieder zugewiesen werden.
hr-shift-add-title = Schicht hinzufügen
hr-shift-edit-title = „{ $name }“ bearbeiten
hr-shift-name = Name
hr-shift-starts = Beginn
hr-shift-ends = Ende
hr-shift-ends-next-day = Am Folgetag: eine Nachtschicht
hr-shift-ends-same-day = Am selben Tag
hr-shift-late = Verspätet nach (Min.)
hr-shift-early = Toleranz bei frühem Gehen (Min.)
hr-shift-close = Vergessenes Ausstempeln schließen nach (Min.)
hr-shift-save = Schicht speichern
hr-shift-add = Schicht hinzufügen
hr-shift-nothing-to-save = Nichts zu speichern: Ändern Sie zuerst ein Feld.
hr-shift-added = „{ $name }“ hinzugefügt, { $hours }.
hr-shift-saved = „{ $name }“ gespeichert, { $hours }.

hr-assign-title = Schicht zuweisen
hr-assign-find = Person suchen
hr-assign-find-placeholder = Name, Position oder E-Mail
hr-assign-person = Person
hr-choose = Auswählen …
hr-assign-shift = Schicht
hr-assign-from = Von
hr-assign-until = Bis (optional)
hr-assign-submit = Schicht zuweisen
hr-assign-shift-done = { $person } arbeitet „{ $shift }“ ({ $hours }) { $span }.
hr-assign-theirs = Schichten der Person
hr-assign-looking = Wird gesucht …
hr-assign-none = Keine: Die Anfangszeit des Unternehmens entscheidet, wann die Person zu spät ist.

## Änderungsprotokoll

hr-audit-filter-label = Änderungsprotokoll filtern
hr-audit-filter = Filter
hr-audit-filter-set = Filter ({ $count } gesetzt)
hr-audit-action = Aktion
hr-audit-action-placeholder = z. B. holiday.
hr-audit-record = Datensatz
hr-audit-record-any = Alle Datensätze
hr-audit-person = Geändert von
hr-audit-person-any = Beliebige Person
hr-audit-from = Von
hr-audit-to = Bis
hr-audit-apply = Ereignisse anzeigen
hr-audit-clear = Filter zurücksetzen
hr-audit-dates-order = Der erste Tag muss am oder vor dem letzten Tag liegen.
hr-audit-export = CSV exportieren
hr-audit-export-title = Alle Ereignisse, die dem Filter entsprechen, die neuesten zuerst
hr-audit-fallback = Der Server ist nicht erreichbar: Dies ist die zuletzt auf diesem Gerät geladene Seite (Seite { $page }, { $filter }).
hr-audit-events = Ereignisse
hr-audit-never-read = Das Änderungsprotokoll wurde auf diesem Gerät noch nicht geladen
hr-audit-empty = Keine passenden Ereignisse
hr-audit-empty-hint = Änderungen in der Verwaltung erscheinen hier, sobald sie vorgenommen werden.
hr-audit-no-details = Keine Details erfasst
hr-audit-no-details-recorded = Keine Details erfasst.
hr-audit-changed-to = geändert in
hr-audit-by-actor = Nur Änderungen von { $name }
hr-audit-pages = Seiten des Änderungsprotokolls
hr-audit-newer = Neuer
hr-audit-older = Älter
hr-audit-page = Seite { $page } von { $last }
hr-page-count = Seite { $page } von { $last } · { $count ->
        [one] { $count } Ereignis
       *[other] { $count } Ereignisse
    }
hr-export-done = { $count ->
        [one] { $count } Ereignis
       *[other] { $count } Ereignisse
    } nach { $path } exportiert.
hr-export-partial = Die neuesten { $rows } von { $total } Ereignissen wurden nach { $path } exportiert. Grenzen Sie den Zeitraum ein, um den Rest zu exportieren.

hr-filter-action = Aktion { $action }
hr-filter-by = von { $name }
hr-filter-employee = Person { $id }
hr-filter-range = { $from } bis { $to }
hr-filter-from = ab { $from }
hr-filter-until = bis { $to }
hr-filter-every = alle Ereignisse

hr-entity-user = Anmeldekonten
hr-entity-user-one = Anmeldekonto
hr-entity-user-inline = Anmeldekonto
hr-entity-holiday = Feiertage
hr-entity-holiday-one = Feiertag
hr-entity-holiday-inline = Feiertag
hr-entity-working-week = Arbeitswochen
hr-entity-working-week-one = Arbeitswoche
hr-entity-working-week-inline = Arbeitswoche
hr-entity-leave-request = Abwesenheitsanträge
hr-entity-leave-request-one = Abwesenheitsantrag
hr-entity-leave-request-inline = Abwesenheitsantrag
hr-entity-attendance-record = Anwesenheitseinträge
hr-entity-attendance-record-one = Anwesenheitseintrag
hr-entity-attendance-record-inline = Anwesenheitseintrag
hr-entity-attendance-correction = Anwesenheitskorrekturen
hr-entity-attendance-correction-one = Anwesenheitskorrektur
hr-entity-attendance-correction-inline = Anwesenheitskorrektur
hr-entity-shift = Schichten
hr-entity-shift-one = Schicht
hr-entity-shift-inline = Schicht
hr-entity-shift-assignment = Schichtzuweisungen
hr-entity-shift-assignment-one = Schichtzuweisung
hr-entity-shift-assignment-inline = Schichtzuweisung
hr-entity-announcement = Ankündigungen
hr-entity-announcement-one = Ankündigung
hr-entity-announcement-inline = Ankündigung
hr-entity-group = Gruppen
hr-entity-group-one = Gruppe
hr-entity-group-inline = Gruppe
hr-entity-org = Organisation
hr-entity-org-one = Organisation
hr-entity-org-inline = Organisation
hr-entity-trusted-origin = Vertrauenswürdige Ursprünge
hr-entity-trusted-origin-one = Vertrauenswürdiger Ursprung
hr-entity-trusted-origin-inline = vertrauenswürdiger Ursprung
