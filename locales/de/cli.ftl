### Die eigenen Texte der Befehlszeile `okta-hr`. Befehle, Optionen und eingetippte Werte bleiben, wie sie
### getippt werden; was Kern oder Server sagen, wird unverändert ausgegeben.

## Gemeinsam

cli-table-empty = (nichts)
cli-never = nie
cli-just-now = gerade eben
cli-minutes-ago = vor { $count } Min.
cli-hours-ago = vor { $count } Std.
cli-days-ago = vor { $count ->
        [one] { $count } Tag
       *[other] { $count } Tagen
    }
cli-local-time = { $time } (Ortszeit)
cli-as-of = (Stand: { $ago })
cli-warning = Warnung: { $message }
cli-error = Fehler: { $message }
cli-error-refused = Fehler: Der Server hat die Anfrage abgelehnt ({ $status }):
cli-minutes = { $count } Min.
cli-days = { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
cli-yes = ja
cli-no = nein
cli-retired = stillgelegt
cli-in-use = in Verwendung
cli-done = Erledigt.
cli-removed = Entfernt.
cli-cannot-read = { $path } kann nicht gelesen werden: { $error }
cli-cannot-write = { $path } kann nicht geschrieben werden: { $error }
cli-the-server = der Server
cli-the-company = Das Unternehmen
cli-whole-company = ganzes Unternehmen
cli-everyone = alle
cli-branch-id = Standort { $id }
cli-department-id = Abteilung { $id }
cli-people-count = { $count ->
        [one] 1 Person
       *[other] { $count } Personen
    }

## Wochentage

cli-weekday-mon = Mo
cli-weekday-tue = Di
cli-weekday-wed = Mi
cli-weekday-thu = Do
cli-weekday-fri = Fr
cli-weekday-sat = Sa
cli-weekday-sun = So

## Tabellenspalten

cli-col-id = ID
cli-col-date = DATUM
cli-col-day = TAG
cli-col-in = KOMMEN
cli-col-out = GEHEN
cli-col-worked = GEARBEITET
cli-col-state = ZUSTAND
cli-col-type = ART
cli-col-from = VON
cli-col-to = BIS
cli-col-until = BIS
cli-col-days = TAGE
cli-col-status = STATUS
cli-col-waiting-for = WARTET AUF
cli-col-year = JAHR
cli-col-entitled = ANSPRUCH
cli-col-used = GENOMMEN
cli-col-pending = BEANTRAGT
cli-col-remaining = REST
cli-col-when = WANN
cli-col-title = TITEL
cli-col-message = NACHRICHT
cli-col-period = ZEITRAUM
cli-col-gross = BRUTTO
cli-col-net = NETTO
cli-col-currency = WÄHRUNG
cli-col-amount = BETRAG
cli-col-employee = MITARBEITENDE
cli-col-employees = BESCHÄFTIGTE
cli-col-step = STUFE
cli-col-late = VERSPÄTET
cli-col-number = PERSONALNR.
cli-col-name = NAME
cli-col-email = E-MAIL
cli-col-role = ROLLE
cli-col-tag = INVENTARNR.
cli-col-category = KATEGORIE
cli-col-holder = AUSGEGEBEN AN
cli-col-account-holder = KONTOINHABER
cli-col-login = ANMELDENAME
cli-col-department = ABTEILUNG
cli-col-last-sign-in = LETZTE ANMELDUNG
cli-col-members = MITGLIEDER
cli-col-description = BESCHREIBUNG
cli-col-contact = KONTAKT
cli-col-user = BENUTZER
cli-col-origin = URSPRUNG
cli-col-scopes = BEREICHE
cli-col-pinned = ANGEHEFTET
cli-col-audience = ZIELGRUPPE
cli-col-expires = LÄUFT AB
cli-col-since = SEIT
cli-col-handed-out = AUSGABE
cli-col-back = RÜCKGABE
cli-col-notes = NOTIZEN
cli-col-reason = BEGRÜNDUNG
cli-col-asset = ARBEITSMITTEL
cli-col-reported-by = GEMELDET VON
cli-col-on = AM
cli-col-problem = PROBLEM
cli-col-resolution = LÖSUNG
cli-col-record = EINTRAG
cli-col-off = FREI
cli-col-repeats = WIEDERHOLUNG
cli-col-applies-at = GILT FÜR
cli-col-local-time = ZEIT (ORTSZEIT)
cli-col-actor = AUSGEFÜHRT VON
cli-col-action = AKTION
cli-col-entity = OBJEKT
cli-col-details = DETAILS
cli-col-job = JOB
cli-col-entries = BUCHUNGEN
cli-col-by = VON
cli-col-at = AM
cli-col-kind = KATEGORIE
cli-col-code = KÜRZEL
cli-col-accrual = GUTSCHRIFT
cli-col-paid-share = BEZAHLT
cli-col-counts = ZÄHLT
cli-col-notice = VORLAUF
cli-col-carry = ÜBERTRAG
cli-col-overdraft = ÜBERZIEHUNG
cli-col-chain = FREIGABE
cli-col-hours = ZEITEN
cli-col-late-after = ZU SPÄT NACH
cli-col-early-before = ZU FRÜH VOR
cli-col-auto-close = AUTO-ABSCHLUSS
cli-col-shift = SCHICHT
cli-col-scope = GELTUNG
cli-col-branch-id = STANDORT-ID
cli-col-works = ARBEITSTAGE
cli-col-structure = GEHALTSSTRUKTUR
cli-col-base = BASIS
cli-col-prorated = ANTEILIG
cli-col-rounding = RUNDUNG
cli-col-components = LOHNARTEN
cli-col-pay-date = ZAHLTAG
cli-col-paid = BEZAHLT
cli-col-failed = FEHLGESCHLAGEN
cli-col-held = ZURÜCKGEHALTEN
cli-col-excluded = AUSGESCHLOSSEN
cli-col-line = ZEILE
cli-col-person = PERSON
cli-col-net-change = NETTO-ÄNDERUNG
cli-col-flags = HINWEISE
cli-col-note = NOTIZ
cli-col-how = BERECHNUNG
cli-col-field = FELD
cli-col-before = VORHER
cli-col-after = NACHHER
cli-col-effective = GÜLTIG AB
cli-col-people = PERSONEN
cli-col-address = ADRESSE
cli-col-fence = GEOFENCE
cli-col-iban = IBAN

## An- und Abmelden

cli-account-dismissed = { $reason } Von Ihrem Konto wird nichts auf diesem Gerät aufbewahrt.
cli-password-prompt = Passwort für { $email }:
cli-signed-in = Angemeldet als { $email } bei { $server }.
cli-signed-out = Abgemeldet.

## Änderungen und was aus ihnen wurde

cli-queued = In der Warteschlange, wird synchronisiert.
cli-queued-because = In der Warteschlange, wird synchronisiert ({ $reason }).
cli-withdrawn = Aus der Warteschlange genommen: Die Änderung hatte den Server nie erreicht.
cli-write-refused = Vom Server abgelehnt: { $reason }
cli-checked-in = Eingestempelt.
cli-checked-out = Ausgestempelt.
cli-leave-requested = Abwesenheit beantragt.
cli-leave-cancelled = Abwesenheit storniert.
cli-marked-read = Als gelesen markiert.
cli-approved = Genehmigt.
cli-rejected = Abgelehnt.
cli-correction-requested = Korrektur beantragt.
cli-decided = Entschieden.
cli-queued-state = in Warteschlange
cli-synced-state = synchronisiert
cli-status-queued = { $status } (in Warteschlange)

## Status und Synchronisierung

cli-status-signed-in = Angemeldet als { $email } bei { $server }
cli-no-reason = der Server hat keinen Grund genannt
cli-session-ended = Ihre Sitzung wurde beendet: { $reason }
cli-sign-in-again = Melden Sie sich mit `okta-hr login` erneut an; die Änderungen in der Warteschlange bleiben erhalten und werden dann gesendet.
cli-last-sync = Letzte erfolgreiche Synchronisierung: { $time }, { $ago }
cli-last-sync-never = Letzte erfolgreiche Synchronisierung: nie
cli-last-problem = Letztes Problem: { $error }
cli-today-checked-in = Heute: eingestempelt seit { $time }
cli-today-checked-in-queued = Heute: eingestempelt (in Warteschlange) seit { $time }
cli-today-checked-out = Heute: nicht eingestempelt; ausgestempelt am { $time }
cli-today-checked-out-queued = Heute: nicht eingestempelt; ausgestempelt (in Warteschlange) am { $time }
cli-today-not-checked-in = Heute: nicht eingestempelt
cli-waiting-to-sync = Warten auf Synchronisierung: { $count }
cli-refused-count = Vom Server abgelehnt: { $count }
cli-write-made = #{ $id } { $description }, erfasst { $time }
cli-write-made-refused = #{ $id } { $description }, erfasst { $time }, abgelehnt { $refused }
cli-not-tried-yet = noch nicht versucht
cli-attempts = { $count ->
        [one] { $count } Versuch
       *[other] { $count } Versuche
    }
cli-attempts-error = { $count ->
        [one] { $count } Versuch
       *[other] { $count } Versuche
    }; letzter Fehler: { $error }
cli-next-attempt-at = nächster Versuch ab { $time }; `okta-hr sync` versucht es sofort
cli-next-attempt-now = nächster Versuch: jetzt fällig; `okta-hr sync` sendet die Änderung
cli-refusal-why = Grund: { $text }
cli-refusal-undone = rückgängig gemacht: { $text }
cli-refusal-next-step = nächster Schritt: { $text }
cli-dismiss-hint = Nach dem Lesen verwerfen Sie eine Ablehnung mit `okta-hr dismiss { $id }` oder alle mit `okta-hr dismiss --all`.
cli-cache-not-refreshed = Warnung: Der Cache konnte nicht aktualisiert werden: { $error }
cli-sync-counts = Gesendet { $sent }, abgelehnt { $refused }, noch in Warteschlange { $queued }.
cli-sync-refused = abgelehnt: { $what }: { $why }
cli-unreachable = der Server ist nicht erreichbar
cli-still-queued = Noch in der Warteschlange: { $why }. Nichts geht verloren: Synchronisieren Sie später erneut.
cli-earlier-refusals = { $count ->
        [one] { $count } frühere Ablehnung ist noch nicht verworfen.
       *[other] { $count } frühere Ablehnungen sind noch nicht verworfen.
    }
cli-refusals-hint = `okta-hr status` zeigt, was jede Ablehnung rückgängig gemacht hat; `okta-hr dismiss` verwirft sie nach dem Lesen.
cli-dismiss-unknown = { $message }: `okta-hr status` listet die Ablehnungen mit ihren IDs
cli-nothing-to-dismiss = Nichts zu verwerfen: Es liegt keine Ablehnung vor.
cli-dismissed-one = Ablehnung #{ $id } verworfen.
cli-dismissed-one-described = Ablehnung #{ $id } verworfen ({ $description }).
cli-dismissed-many = { $count ->
        [one] { $count } Ablehnung verworfen:
       *[other] { $count } Ablehnungen verworfen:
    }

## Anwesenheit, Abwesenheit, Gehaltsabrechnungen und Team

cli-from-afternoon = { $date } nachm.
cli-to-morning = { $date } vorm.
cli-no-payslip = keine Gehaltsabrechnung { $id }
cli-payslip-heading = Gehaltsabrechnung { $id } – { $name } ({ $start } bis { $end }), ausgezahlt am { $date }
cli-payslip-gross = Brutto
cli-payslip-net = Netto ({ $currency })
cli-late = verspätet
cli-team-attendance-total = { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    } vom { $from } bis { $to }
cli-payroll-run-not-cached = Abrechnungslauf { $id } ist nicht zwischengespeichert; gehen Sie einmal online
cli-team-payroll-heading = Lohnabrechnung { $period } ({ $status }), { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    }, brutto { $gross }, netto { $net } { $currency }
cli-no-such-time = { $time } gibt es auf der Uhr dieses Geräts nicht
cli-give-record-or-date = geben Sie --record oder --date an

## Verwaltung

cli-org-never-read = die Organisation wurde auf diesem Gerät noch nie gelesen; führen Sie den Befehl ohne --offline aus
cli-org-company = Unternehmen
cli-org-subdomain = Subdomain
cli-org-website = Website
cli-org-phone = Telefon
cli-org-support-phone = Support-Telefon
cli-org-support-help = Support-Hilfe
cli-org-address = Adresse
cli-account-now = { $login } ist jetzt { $status }.
cli-one-time-link = Geben Sie der Person diesen Einmal-Link (gültig für 7 Tage): { $link }

## Ankündigungen

cli-announcement-created = „{ $title }“ erstellt (ID { $id }): { $state }.
cli-announcement-published = „{ $title }“ veröffentlicht (ID { $id }): { $state }.
cli-announcement-expired = „{ $title }“ beendet (ID { $id }): { $state }.
cli-announcement-deleted = Ankündigung { $id } gelöscht.
cli-no-such-email = niemand mit der E-Mail-Adresse { $email } im Verzeichnis auf diesem Gerät; führen Sie `okta-hr sync` aus
cli-scheduled-for = geplant für { $time }
cli-published-at = veröffentlicht { $time }
cli-expired-at = abgelaufen { $time }
cli-state-draft = Entwurf
cli-state-scheduled = geplant
cli-state-published = veröffentlicht
cli-state-expired = abgelaufen
cli-pinned = angeheftet

## Arbeitsmittel

cli-asset-added = { $tag } { $name } hinzugefügt ({ $status }, ID { $id }).
cli-asset-changed = { $tag } { $name } geändert ({ $status }, ID { $id }).
cli-asset-problem-resolved = Problem von { $name } mit { $tag } behoben: { $description }.
cli-asset-requested = Bei HR angefragt: { $category } (Anfrage { $id }).
cli-asset-problem-reported = An HR gemeldet: { $tag } ({ $description }).
cli-asset-returned = { $tag } von { $name } zurückgegeben ({ $condition }).
cli-asset-assigned = { $tag } an { $name } ausgegeben.
cli-asset-request-decided = Anfrage von { $name } ({ $category }) { $status ->
        [fulfilled] erfüllt
        [declined] abgelehnt
       *[other] { $status }
    }.
cli-asset-request-decided-tag = Anfrage von { $name } ({ $category }) { $status ->
        [fulfilled] erfüllt
        [declined] abgelehnt
       *[other] { $status }
    }: { $tag }.

## HR: Feiertage, Arbeitswochen, Abwesenheitsjahr, Protokoll

cli-holiday-added = { $name } am { $weekday } { $date } hinzugefügt (ID { $id }).
cli-holiday-removed = Feiertag { $id } entfernt.
cli-holidays-imported = { $imported ->
        [one] { $imported } Feiertag importiert
       *[other] { $imported } Feiertage importiert
    }; { $skipped } übersprungen (ein Tag, der schon einen hatte, oder ein Termin mit Uhrzeit).
cli-afternoon-off = Nachmittag
cli-all-day-off = ganztägig
cli-yearly = jährlich
cli-morning-only = { $day }(vorm.)
cli-company-week = (Woche des Unternehmens)
cli-week-set = { $scope } arbeitet jetzt { $days }.
cli-week-set-company = { $scope } arbeitet jetzt { $days } (Woche des Unternehmens).
cli-leave-year = Abwesenheitsjahre beginnen am 1. { $month ->
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
        [12] Dezember
       *[1] Januar
    }. Das laufende ist { $name } ({ $start } bis { $end }).
cli-export-needs-server = einen Export erstellt der Server; führen Sie den Befehl ohne --offline aus
cli-audit-never-read = das Protokoll wurde auf diesem Gerät noch nie gelesen; führen Sie den Befehl ohne --offline aus
cli-audit-other-page = Hinweis: Zuletzt wurde auf diesem Gerät Seite { $page } einer anderen Abfrage gelesen; sie wird angezeigt
cli-audit-page = Seite { $page } von { $last }, { $count ->
        [one] { $count } Ereignis
       *[other] { $count } Ereignisse
    } insgesamt
cli-export-cut-short = { $count } Ereignisse passen, der Export enthält aber nur die neuesten { $rows }; grenzen Sie ihn mit --from und --to ein
cli-export-written = { $count ->
        [one] { $count } Ereignis
       *[other] { $count } Ereignisse
    } nach { $path } geschrieben.

## HR: Personen

cli-hired = { $name } eingestellt (Mitarbeiter-ID { $id }), Beginn am { $date }.
cli-activation-link = Übergeben Sie diesen Aktivierungslink (wird nur einmal angezeigt): { $link }
cli-activation-link-shown = Der Aktivierungslink wurde beim ersten Versuch angezeigt; reaktivieren Sie die Person für einen neuen.
cli-access-ends = Der Zugang von { $name } endet am { $time }.
cli-open-leave = Abwesenheit { $type }: { $count ->
        [one] { $count } Tag übrig
       *[other] { $count } Tage übrig
    }, { $pending } beantragt
cli-open-asset = Arbeitsmittel { $tag } { $name } noch ausgegeben
cli-open-counts = { $requests ->
        [one] { $requests } offener Abwesenheitsantrag
       *[other] { $requests } offene Abwesenheitsanträge
    }, { $approvals ->
        [one] { $approvals } Freigabe wartet
       *[other] { $approvals } Freigaben warten
    } auf die Person, { $corrections ->
        [one] { $corrections } offene Korrektur
       *[other] { $corrections } offene Korrekturen
    }
cli-department-saved = Abteilung { $id } { $name }.
cli-department-saved-retired = Abteilung { $id } { $name } (stillgelegt).
cli-branch-saved = Standort { $id } { $name }.
cli-branch-saved-retired = Standort { $id } { $name } (stillgelegt).
cli-bank-request-decided = Das neue Konto { $iban } von { $name } ist { $status ->
        [approved] genehmigt
        [rejected] abgelehnt
       *[other] { $status }
    }.

## HR: Abwesenheitsregeln

cli-leave-type-created = { $name } angelegt ({ $code }, { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } im Jahr, ID { $id }).
cli-leave-type-changed = { $name } geändert ({ $code }, { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } im Jahr, ID { $id }).
cli-leave-type-retired = { $name } stillgelegt ({ $code }, { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } im Jahr, ID { $id }).
cli-leave-adjusted = { $days } { $count ->
        [one] Tag
       *[other] Tage
    } „{ $type }“ für { $name } im Jahr { $year } (Buchung { $id }): { $reason }.
cli-leave-job-wrote = { $job } { $period }: { $count ->
        [one] { $count } Buchung geschrieben.
       *[other] { $count } Buchungen geschrieben.
    }
cli-leave-job-would-write = { $job } { $period }: würde { $count ->
        [one] { $count } Buchung schreiben.
       *[other] { $count } Buchungen schreiben.
    }
cli-carry-for-months = { $cap } für { $count ->
        [one] { $count } Monat
       *[other] { $count } Monate
    }
cli-accrual-upfront = im Voraus
cli-accrual-monthly = monatlich
cli-accrual-prorated = { $accrual }, anteilig
cli-counts-every-half-day = jeden halben Tag
cli-counts-every-day = jeden Tag
cli-counts-working-half-days = halbe Arbeitstage
cli-counts-working-days = Arbeitstage
cli-chain-none = keine
cli-chain-manager = Führungskraft
cli-chain-manager-hr = Führungskraft + HR
cli-chain-extra-hr-step = { $chain } (+HR über { $days } T.)

## HR: Schichten

cli-shift-created = { $name } angelegt ({ $start }–{ $end }, ID { $id }).
cli-shift-changed = { $name } geändert ({ $start }–{ $end }, ID { $id }).
cli-shift-retired = { $name } stillgelegt ({ $start }–{ $end }, ID { $id }).
cli-shift-restored = { $name } wiederhergestellt ({ $start }–{ $end }, ID { $id }).
cli-shift-assigned = { $name } arbeitet ab { $from } dauerhaft in der Schicht { $shift } (Zuweisung { $id }).
cli-shift-assigned-until = { $name } arbeitet vom { $from } bis { $to } in der Schicht { $shift } (Zuweisung { $id }).
cli-next-day = { $hours } (Folgetag)
cli-minutes-after-end = { $count } Min. nach Schichtende

## HR: Lohnabrechnung

cli-pay-assigned = { $name } wird ab { $from } nach { $structure } mit einer Basis von { $base } bezahlt (Zuweisung { $id }).
cli-pay-assignment-removed = Vergütungszuweisung { $id } entfernt.
cli-pay-adjustment-removed = Vergütungsanpassung { $id } entfernt.
cli-give-an-amount = geben Sie --bonus, --advance oder --deduction an
cli-no-such-structure = keine Gehaltsstruktur heißt { $name }
cli-no-such-component = keine Lohnart heißt { $name }
cli-not-a-structure-id = { $id } ist keine ID einer Gehaltsstruktur
cli-settings-currency = Währung:
cli-settings-net-rounding = Netto gerundet:
cli-settings-threshold = Ein Netto markieren, das sich um mehr als { $percent } % gegenüber dem vorigen Lauf ändert
cli-settings-paid-from = Gezahlt von:
cli-settings-overtime = Überstunden:
cli-overtime-after = Anwesenheit über { $hours } Stunden am Tag hinaus
cli-overtime-none = nicht aus der Anwesenheit ermittelt
cli-kind-bonus = Bonus
cli-kind-advance = Vorschuss
cli-kind-deduction = Abzug
cli-kind-earning = Bezug
cli-kind-employer-contribution = Arbeitgeberanteil
cli-kind-employer = Arbeitgeber
cli-rounding = { $count ->
        [one] { $count } Nachkommastelle
       *[other] { $count } Nachkommastellen
    }, { $mode }
cli-rounding-half-up = kaufmännisch
cli-rounding-half-even = mathematisch
cli-rounding-down = abwärts
cli-rounding-up = aufwärts
cli-adjustment-added = { $kind } für { $name } hinzugefügt: { $amount } „{ $title }“ { $when } (Anpassung { $id }).
cli-adjustment-ended = { $kind } für { $name } beendet: { $amount } „{ $title }“ { $when } (Anpassung { $id }).
cli-once-in-run = einmalig, im Lauf mit dem { $date }
cli-every-period-from = jeden Zeitraum ab { $date }
cli-every-period-between = jeden Zeitraum vom { $date } bis { $end }
cli-once = einmalig
cli-recurring = wiederkehrend
cli-component-created = { $code } { $name } angelegt ({ $kind }: { $rule }, ID { $id }).
cli-component-changed = { $code } { $name } geändert ({ $kind }: { $rule }, ID { $id }).
cli-component-retired = { $code } { $name } stillgelegt ({ $kind }: { $rule }, ID { $id }).
cli-component-restored = { $code } { $name } wiederhergestellt ({ $kind }: { $rule }, ID { $id }).
cli-rule-percent-of = { $percent } % von { $component }
cli-rule-percent-of-gross = { $percent } % vom Brutto
cli-structure-saved = { $name } gespeichert ({ $components }, ID { $id }).
cli-structure-saved-retired = { $name } gespeichert ({ $components }, stillgelegt, ID { $id }).
cli-give-a-period = geben Sie einen Monat (JJJJ-MM) an oder --from und --to
cli-run-deleted = Entwurfslauf { $id } gelöscht.
cli-run-created = Entwurf erstellt: { $run }.
cli-run-correction-created = Korrekturentwurf erstellt: { $run }.
cli-run-computed = Berechnet: { $run }.
cli-run-locked = Festgeschrieben: { $run }.
cli-run-paid = Als bezahlt markiert: { $run }.
cli-run-published = Veröffentlicht (alle Bezahlten sehen ihre Gehaltsabrechnung und werden benachrichtigt): { $run }.
cli-run-review = Lohnabrechnung { $run }.
cli-run-summary = Lauf { $id }, { $period } ({ $status }), Zahltag { $date }: { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    }, brutto { $gross }, netto { $net } { $currency }
cli-run-summary-set-aside = Lauf { $id }, { $period } ({ $status }), Zahltag { $date }: { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    }, brutto { $gross }, netto { $net } { $currency }; { $set_aside }
cli-run-failed-count = { $count } fehlgeschlagen
cli-run-held-count = { $count } zurückgehalten
cli-run-excluded-count = { $count } ausgeschlossen
cli-file-written = { $file } nach { $path } geschrieben.
cli-line-held = Die Zahlung an { $name } ist zurückgehalten: { $reason }.
cli-line-excluded = { $name } ist aus diesem Lauf ausgeschlossen: { $reason }.
cli-line-included = { $name } ist wieder im Lauf ({ $status }), netto { $net }.
cli-line-overridden = { $name }: { $code } { $amount } ({ $explanation }); netto jetzt { $net }.
cli-line-override-cleared = { $name }: { $code } geändert; netto jetzt { $net }.
cli-nobody-in-run = niemand in Lauf { $id } heißt { $name }
cli-net-new = neu
cli-flag-joiner = Eintritt
cli-flag-leaver = Austritt
cli-flag-net-moved = netto { $percent } %
cli-flag-net-changed = Netto geändert
cli-flag-unpaid-leave = unbezahlte Abwesenheit { $days } T.
cli-flag-negative-net = negatives Netto
cli-flag-no-bank-account = keine Bankverbindung
cli-flag-new-bank-account = neue Bankverbindung
cli-payslip-line = { $name } ({ $number }), Zeile { $id }: { $status }
cli-flagged = Markiert: { $flags }
cli-employed = Beschäftigt vom { $from } bis { $to }: { $count ->
        [one] { $count } Arbeitstag
       *[other] { $count } Arbeitstage
    }, { $paid } bezahlt, { $unpaid } unbezahlt
cli-payslip-totals = Brutto { $gross }, Abzüge { $deductions }, netto { $net } { $currency }
cli-payslip-totals-rounded = Brutto { $gross }, Abzüge { $deductions }, netto { $net } (gerundet um { $rounding }) { $currency }
cli-since-last-run = Seit dem letzten Lauf: { $changes } (netto { $net })
