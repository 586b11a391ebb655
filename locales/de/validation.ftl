### Validierungsmeldungen der HR-API (422), übersetzt, wenn Accept-Language Deutsch verlangt. Die englischen
### Vorlagen und ihre Variablen stehen in locales/en/validation.ftl.

## Zusammenfassung in "message"

validation-given-data-invalid = Die übermittelten Daten sind ungültig.
validation-summary-one = { $message } (und 1 weiterer Fehler)
validation-summary-other = { $message } (und { $count } weitere Fehler)

## Regeln

validation-required = Das Feld { $attribute } muss ausgefüllt werden.
validation-required-if = Das Feld { $attribute } muss ausgefüllt werden, wenn { $other } den Wert { $value } hat.
validation-required-with = Das Feld { $attribute } muss ausgefüllt werden, wenn { $other } angegeben ist.
validation-required-without = Das Feld { $attribute } muss ausgefüllt werden, wenn { $other } nicht angegeben ist.
validation-required-without-all = Das Feld { $attribute } muss ausgefüllt werden, wenn keines der Felder { $others } angegeben ist.
validation-required-with-coordinate = Das Feld { $attribute } muss zusammen mit der anderen Koordinate angegeben werden.
validation-prohibits = Wenn das Feld { $attribute } angegeben ist, darf { $other } nicht angegeben werden.
validation-string = Das Feld { $attribute } muss eine Zeichenkette sein.
validation-max-characters = Das Feld { $attribute } darf höchstens { $max } Zeichen lang sein.
validation-max = Das Feld { $attribute } darf nicht größer als { $max } sein.
validation-max-items = Das Feld { $attribute } darf höchstens { $max } Elemente enthalten.
validation-min = Das Feld { $attribute } muss mindestens { $min } sein.
validation-greater-than = Das Feld { $attribute } muss größer als { $value } sein.
validation-between = Das Feld { $attribute } muss zwischen { $min } und { $max } liegen.
validation-not-zero = Das Feld { $attribute } darf nicht null sein.
validation-multiple-of = Das Feld { $attribute } muss ein Vielfaches von { $value } sein.
validation-numeric = Das Feld { $attribute } muss eine Zahl sein.
validation-integer = Das Feld { $attribute } muss eine ganze Zahl sein.
validation-decimals = Das Feld { $attribute } muss ein Betrag mit höchstens zwei Nachkommastellen sein.
validation-boolean = Das Feld { $attribute } muss wahr oder falsch sein.
validation-array = Das Feld { $attribute } muss eine Liste sein.
validation-object = Das Feld { $attribute } muss ein Objekt sein.
validation-distinct = Das Feld { $attribute } enthält einen doppelten Wert.
validation-email = Das Feld { $attribute } muss eine gültige E-Mail-Adresse sein.
validation-iban = Das Feld { $attribute } muss eine gültige IBAN sein.
validation-bic = Das Feld { $attribute } muss eine gültige BIC sein.
validation-bic-format = Das Feld { $attribute } muss eine BIC aus 8 oder 11 Buchstaben und Ziffern sein.
validation-date = Das Feld { $attribute } muss ein gültiges Datum sein.
validation-date-format = Das Feld { $attribute } muss dem Format { $format } entsprechen.
validation-format = Das Format des Feldes { $attribute } ist ungültig.
validation-after = Das Feld { $attribute } muss ein Datum nach { $other } sein.
validation-after-now = Das Feld { $attribute } muss ein Datum in der Zukunft sein.
validation-after-or-equal = Das Feld { $attribute } muss ein Datum am oder nach { $other } sein.
validation-after-or-equal-today = Das Feld { $attribute } muss ein Datum ab heute sein.
validation-after-or-equal-short = Das Feld { $attribute } muss ein Datum am oder nach { $other } sein.
validation-before-or-equal-now = Das Feld { $attribute } darf nicht in der Zukunft liegen.
validation-not-in-future = Das Feld { $attribute } darf nicht in der Zukunft liegen.
validation-selected-invalid = Der gewählte Wert für { $attribute } ist ungültig.
validation-unique = Der Wert für { $attribute } ist bereits vergeben.
validation-time-after-or-overnight = Das Feld { $attribute } muss eine Uhrzeit nach { $other } sein, oder die Schicht muss über Mitternacht gehen.
validation-time-on-date = Das Feld { $attribute } muss eine Uhrzeit am { $date } sein.
validation-within-hours-of = Das Feld { $attribute } darf höchstens { $hours } Stunden nach { $other } liegen.
validation-within-last-hours = Das Feld { $attribute } muss innerhalb der letzten { $hours } Stunden liegen; bitten Sie die Personalabteilung, ältere Anwesenheiten zu erfassen.
validation-amount-or-null = Das Feld { $attribute } muss angegeben werden: ein Betrag oder null, um die manuelle Änderung zu entfernen.
validation-component-reference = Das Feld { $attribute } muss die ID oder der Code einer Lohnart sein.

## Die Anfrage selbst

validation-nul-characters = Die Anfrage darf keine NUL-Zeichen enthalten.
validation-body-unreadable = Der Inhalt der Anfrage konnte nicht gelesen werden.
validation-body-not-object = Der Inhalt der Anfrage muss ein JSON-Objekt sein.
validation-body-not-json = Der Inhalt der Anfrage ist kein gültiges JSON.
validation-query-unreadable = Die Abfrageparameter konnten nicht gelesen werden.
validation-idempotency-key-format = Der Header Idempotency-Key muss aus 1 bis 255 sichtbaren ASCII-Zeichen bestehen.
validation-idempotency-key-reused = Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet.

## Anmeldung und Passwörter

validation-credentials = Die angegebenen Zugangsdaten sind falsch.
validation-account-not-activated = Dieses Konto wurde noch nicht aktiviert. Bitten Sie Ihre Personalabteilung, es zu aktivieren.
validation-account-recovery = Für dieses Konto läuft gerade eine Passwortzurücksetzung. Verwenden Sie den Link oder Code, den Sie von Ihrer Personalabteilung erhalten haben.
validation-account-locked = Dieses Konto ist nach zu vielen falschen Passwörtern gesperrt. Bitten Sie Ihre Personalabteilung, es zu entsperren.
validation-account-suspended = Dieses Konto wurde vorübergehend gesperrt. Bitten Sie Ihre Personalabteilung, die Sperre aufzuheben.
validation-account-deactivated = Dieses Konto wurde deaktiviert.
validation-account-changed = Ihr Konto wurde während der Anmeldung geändert. Bitte melden Sie sich erneut an.
validation-link-spent = Dieser Link ist abgelaufen oder wurde bereits verwendet. Bitten Sie Ihre Personalabteilung um einen neuen.
validation-password-expired = Ihr Passwort ist abgelaufen. Wählen Sie ein neues Passwort, um sich anzumelden.
validation-password-unchanged = Das neue Passwort muss sich vom abgelaufenen unterscheiden.
validation-password-requirements = Die Passwortanforderungen wurden nicht erfüllt. Passwortanforderungen: mindestens { $count } Zeichen.
validation-login-taken = In der aktuellen Organisation gibt es bereits ein Objekt mit diesem Wert

## Anwesenheit

validation-mock-location = Standorte von einem Anbieter simulierter Standorte werden nicht akzeptiert.
validation-already-checked-in = Sie sind bereits seit { $time } eingestempelt; checken Sie zuerst aus.
validation-check-in-before-last-check-out = Dieser Check-in liegt vor Ihrem letzten Check-out und kann nicht erfasst werden.
validation-check-in-auto-closed = Ihr Check-in von { $time } wurde um { $closed } geschlossen, weil kein Check-out erfasst wurde. Beantragen Sie eine Korrektur, falls das nicht stimmt.
validation-not-checked-in = Sie sind nicht eingestempelt und können daher nicht auschecken.
validation-check-out-before-check-in = Der Check-out muss nach Ihrem Check-in um { $time } liegen.
validation-outside-fence-check-in = Sie sind { $distance } von { $branch } entfernt; Einstempeln ist nur im Umkreis von { $radius } um { $branch } möglich.
validation-outside-fence-check-out = Sie sind { $distance } von { $branch } entfernt; Ausstempeln ist nur im Umkreis von { $radius } um { $branch } möglich.
validation-outside-fence-accuracy-check-in = Sie sind { $distance } von { $branch } entfernt; Einstempeln ist nur im Umkreis von { $radius } um { $branch } möglich, zuzüglich { $allowance } für die Genauigkeit dieser Position.
validation-outside-fence-accuracy-check-out = Sie sind { $distance } von { $branch } entfernt; Ausstempeln ist nur im Umkreis von { $radius } um { $branch } möglich, zuzüglich { $allowance } für die Genauigkeit dieser Position.
validation-location-required-check-in = Zum Einstempeln bei { $branch } wird Ihr Standort benötigt.
validation-location-required-check-out = Zum Ausstempeln bei { $branch } wird Ihr Standort benötigt.
validation-location-imprecise = Ihr Standort ist zu ungenau (±{ $accuracy }); er muss auf ±{ $max } genau sein. Gehen Sie ins Freie und versuchen Sie es erneut.

## Anwesenheitskorrekturen

validation-correction-waiting = Für diesen Eintrag wartet bereits eine Korrektur auf eine Entscheidung.
validation-correction-decided =
    Diese Korrektur wurde bereits { $status ->
        [approved] genehmigt
        [rejected] abgelehnt
       *[other] bearbeitet
    }.
validation-correction-inapplicable = Diese Korrektur kann nicht mehr angewendet werden: { $message }
validation-times-unchanged = Das sind bereits die erfassten Zeiten.
validation-times-overlap = Diese Zeiten überschneiden sich mit Ihrer Anwesenheit von { $start } bis { $end }.
validation-times-overlap-open = Diese Zeiten überschneiden sich mit Ihrer Anwesenheit ab { $start }, für die noch kein Check-out erfasst ist.

## Abwesenheiten

validation-leave-no-working-days = Die gewählten Tage enthalten keine Arbeitstage.
validation-leave-overlap = Diese Tage überschneiden sich mit Ihrem Abwesenheitsantrag vom { $start } bis { $end }.
validation-leave-balance =
    Nicht genug Guthaben für { $type } im Jahr { $year }: { $requested } { $requested ->
        [one] Tag
       *[other] Tage
    } beantragt, { $available } verfügbar.
validation-leave-whole-days = { $type } kann nur in ganzen Tagen genommen werden.
validation-leave-notice =
    Das Startdatum muss mindestens { $days } { $days ->
        [one] Tag
       *[other] Tage
    } in der Zukunft liegen.
validation-leave-afternoon = Eine eintägige Abwesenheit, die am Nachmittag beginnt, muss auch am Nachmittag enden.
validation-leave-decided =
    Dieser Abwesenheitsantrag wurde bereits { $status ->
        [approved] genehmigt
        [rejected] abgelehnt
        [cancelled] storniert
       *[other] bearbeitet
    }.
validation-leave-no-step = Für diesen Abwesenheitsantrag steht keine Entscheidung aus.
validation-leave-started = Dieser Abwesenheitsantrag hat bereits begonnen und kann nicht storniert werden.
validation-leave-not-pending = Dieser Abwesenheitsantrag ist nicht mehr offen und kann nicht storniert werden.
validation-leave-period-not-over = Der Zeitraum muss abgeschlossen sein.
validation-leave-period-too-far = Der Zeitraum darf höchstens ein Jahr in der Zukunft liegen.
validation-new-leave-type-retired = Eine neue Abwesenheitsart kann nicht stillgelegt werden.

## Personen, Organisation und Self-Service

validation-new-department-retired = Eine neue Abteilung kann nicht stillgelegt werden.
validation-new-branch-retired = Ein neuer Standort kann nicht stillgelegt werden.
validation-offboard-yourself = Sie können Ihr eigenes Offboarding nicht starten.
validation-send-a-change = Senden Sie mindestens eines der Felder Stellenbezeichnung, Abteilung, Standort, Führungskraft oder Beschäftigungsart.
validation-manager-cycle = Eine Person kann nicht von sich selbst oder von einer ihr unterstellten Person geführt werden.
validation-manager-other-company = Die Führungskraft muss für dasselbe Unternehmen arbeiten.
validation-keep-one-admin = Die Organisation muss mindestens einen Administrator (hr) behalten.
validation-department-retired = Diese Abteilung ist stillgelegt; wählen Sie eine aktive Abteilung.
validation-person-left = Diese Person hat das Unternehmen bereits verlassen.
validation-person-offboarding = Für diese Person läuft bereits ein Offboarding.
validation-department-group = Die Gruppe einer Abteilung gehört fest zu ihrer Abteilung.
validation-group-name-taken = Die Organisation hat bereits eine Gruppe mit diesem Namen.
validation-department-name-taken = Die Organisation hat bereits eine Abteilung mit diesem Namen.
validation-trusted-origin-taken = Dieser Ursprung ist bereits ein vertrauenswürdiger Ursprung der Organisation.
validation-timezone = { $timezone } ist keine IANA-Zeitzone (z. B. Europe/Berlin).
validation-geofence = Ein Geofence braucht eine gültige Position und einen positiven Radius.
validation-api-token-user = API-Tokens handeln als HR-Benutzer desselben Unternehmens.
validation-contacts-list = Der Inhalt der Anfrage muss eine Liste von Kontakten sein.
validation-contacts-max = Höchstens { $count } Notfallkontakte.
validation-contact-object = Jeder Kontakt muss ein Objekt sein.
validation-request-decided = Über diesen Antrag wurde bereits entschieden.
validation-half-days-working-days = Die halben Tage müssen Arbeitstage sein.
validation-calendar-file = Der Kalender muss eine iCalendar-Datei (text/calendar) sein.

## Schichten

validation-new-shift-retired = Eine neue Schicht kann nicht stillgelegt werden.
validation-overnight-shift-end = Eine Schicht über Mitternacht muss am nächsten Tag spätestens zu der Uhrzeit enden, zu der sie beginnt.
validation-shift-retired = Diese Schicht ist stillgelegt und kann nicht mehr zugewiesen werden.

## Arbeitsmittel

validation-asset-status-by-assignment = Den Status „zugewiesen“ erhält ein Arbeitsmittel, indem Sie es einer Person zuweisen.
validation-asset-assigned-status = Das Arbeitsmittel ist zugewiesen: Nehmen Sie es zurück, bevor Sie seinen Status ändern.
validation-asset-already-assigned = Das Arbeitsmittel ist bereits { $name } zugewiesen.
validation-asset-in-repair = Das Arbeitsmittel ist in Reparatur und kann nicht zugewiesen werden.
validation-asset-retired = Das Arbeitsmittel ist ausgemustert und kann nicht zugewiesen werden.
validation-asset-not-assigned = Das Arbeitsmittel ist niemandem zugewiesen.
validation-asset-request-decided =
    Diese Anfrage wurde bereits { $status ->
        [fulfilled] erfüllt
        [declined] abgelehnt
       *[other] bearbeitet
    }.
validation-problem-resolved = Dieses Problem wurde bereits gelöst.
validation-problem-resolved-by = Dieses Problem wurde bereits von { $name } gelöst.
validation-problem-resolved-on = Dieses Problem wurde bereits am { $date } gelöst.
validation-problem-resolved-by-on = Dieses Problem wurde bereits am { $date } von { $name } gelöst.

## Ankündigungen

validation-announcement-published-content = Diese Ankündigung ist veröffentlicht: Nur „Angeheftet“ und „Ablaufzeitpunkt“ können geändert werden.
validation-announcement-expired-content = Diese Ankündigung ist abgelaufen: Nur „Angeheftet“ und „Ablaufzeitpunkt“ können geändert werden.
validation-announcement-already-published = Diese Ankündigung ist bereits veröffentlicht.
validation-announcement-expired-publish = Diese Ankündigung ist abgelaufen und kann nicht erneut veröffentlicht werden.
validation-announcement-already-expired = Diese Ankündigung ist bereits abgelaufen.
validation-announcement-draft-expire = Diese Ankündigung ist ein Entwurf und nicht veröffentlicht; löschen Sie sie stattdessen.
validation-announcement-scheduled-expire = Diese Ankündigung ist geplant und nicht veröffentlicht; löschen Sie sie stattdessen.
validation-announcement-published-delete = Diese Ankündigung ist veröffentlicht und kann nicht gelöscht werden; lassen Sie sie stattdessen ablaufen.
validation-announcement-expired-delete = Diese Ankündigung ist abgelaufen und bleibt archiviert; sie kann nicht gelöscht werden.

## Lohneinstellungen

validation-new-pay-component-retired = Eine neue Lohnart kann nicht stillgelegt werden.
validation-new-salary-structure-retired = Eine neue Gehaltsstruktur kann nicht stillgelegt werden.
validation-code-in-use = Der Code kann nicht geändert werden, solange eine Gehaltsstruktur oder eine andere Lohnart ihn verwendet.
validation-component-in-use = Die Lohnart kann nicht stillgelegt werden, solange die Gehaltsstruktur { $name } sie verwendet.
validation-structure-no-longer-valid = Die Gehaltsstruktur { $name } wäre nicht mehr gültig: { $message }
validation-retired-component = Das Feld { $attribute } verweist auf die stillgelegte Lohnart { $code }.
validation-another-component = Das Feld { $attribute } muss auf eine andere Lohnart als { $code } verweisen.
validation-formula = Das Feld { $attribute } ist keine gültige Formel: { $error }.
validation-earning-depends-on-gross = Durch das Feld { $attribute } hängt der Bezug { $code } vom Bruttobetrag ab ({ $chain }), zu dem er selbst gehört.
validation-depends-on-itself = Durch das Feld { $attribute } hängt { $code } von sich selbst ab ({ $chain }).
validation-code-reserved = Das Feld { $attribute } darf nicht { $code } sein, da Formeln diesen Namen bereits verwenden.
validation-code-characters = Das Feld { $attribute } muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern und Unterstriche enthalten.

## Abrechnungsläufe, Anpassungen und Bankdateien

validation-run-max-days = Ein Abrechnungslauf umfasst höchstens { $count } Tage.
validation-run-period = Geben Sie als Zeitraum einen Monat (JJJJ-MM) an oder sowohl Beginn als auch Ende des Zeitraums.
validation-run-pay-date = Der Zahltag muss innerhalb von zwei Monaten nach dem Ende des Zeitraums liegen.
validation-run-changed = Die Vergütung hat sich seit der letzten Berechnung des Laufs geändert: Prüfen Sie die neuen Zahlen und schreiben Sie den Lauf dann fest.
validation-run-cannot-correct =
    Der Abrechnungslauf für { $run } { $status ->
        [draft] ist ein Entwurf
        [locked] ist festgeschrieben
        [paid] ist bezahlt
        [published] ist veröffentlicht
       *[other] hat den Status { $status }
    }: Er kann nicht korrigiert werden, denn korrigiert wird nur festgeschriebene Vergütung.
validation-run-cannot-recompute =
    Der Abrechnungslauf für { $run } { $status ->
        [draft] ist ein Entwurf
        [locked] ist festgeschrieben
        [paid] ist bezahlt
        [published] ist veröffentlicht
       *[other] hat den Status { $status }
    }: Er kann nicht neu berechnet werden, denn die Abrechnungen eines festgeschriebenen Laufs bleiben, wie sie festgeschrieben wurden.
validation-run-cannot-delete =
    Der Abrechnungslauf für { $run } { $status ->
        [draft] ist ein Entwurf
        [locked] ist festgeschrieben
        [paid] ist bezahlt
        [published] ist veröffentlicht
       *[other] hat den Status { $status }
    }: Er kann nicht gelöscht werden, denn ein festgeschriebener Lauf wird in einem späteren Lauf korrigiert.
validation-run-cannot-change =
    Der Abrechnungslauf für { $run } { $status ->
        [draft] ist ein Entwurf
        [locked] ist festgeschrieben
        [paid] ist bezahlt
        [published] ist veröffentlicht
       *[other] hat den Status { $status }
    }: Er kann nicht geändert werden.
validation-run-cannot-lock =
    Der Abrechnungslauf für { $run } { $status ->
        [draft] ist ein Entwurf
        [locked] ist festgeschrieben
        [paid] ist bezahlt
        [published] ist veröffentlicht
       *[other] hat den Status { $status }
    }: Er kann nicht festgeschrieben werden.
validation-run-cannot-mark-paid =
    Der Abrechnungslauf für { $run } { $status ->
        [draft] ist ein Entwurf
        [locked] ist festgeschrieben
        [paid] ist bezahlt
        [published] ist veröffentlicht
       *[other] hat den Status { $status }
    }: Er kann nicht als bezahlt markiert werden.
validation-run-cannot-publish =
    Der Abrechnungslauf für { $run } { $status ->
        [draft] ist ein Entwurf
        [locked] ist festgeschrieben
        [paid] ist bezahlt
        [published] ist veröffentlicht
       *[other] hat den Status { $status }
    }: Er kann nicht veröffentlicht werden.
validation-run-overlaps = Der Abrechnungslauf für { $run } deckt bereits einen Teil dieses Zeitraums ab.
validation-run-already-corrected = Für den Abrechnungslauf { $run } gibt es bereits eine Korrektur (Lauf { $correction }).
validation-correction-run-corrected = Eine Korrektur wird nicht erneut korrigiert: Korrigieren Sie in einem späteren Lauf.
validation-back-pay-paid = Die Nachzahlung für { $run } wurde bereits in einem späteren Lauf ausgezahlt (Anpassung { $adjustment }): Korrigieren Sie stattdessen diese.
validation-line-not-computed = Für diese Person gibt es keine berechnete Abrechnung, die geändert werden könnte: Beheben Sie zuerst den Fehler.
validation-not-in-structure = { $code } ist keine Lohnart der Gehaltsstruktur { $structure }.
validation-lines-failed = Für { $names } konnte keine Abrechnung berechnet werden: Beheben Sie den in der jeweiligen Zeile angezeigten Grund oder schließen Sie die Personen aus.
validation-lines-negative = Der Nettobetrag von { $names } wäre negativ: Überschreiben Sie eine Zeile, halten Sie die Zahlung zurück oder schließen Sie die Personen aus.
validation-lines-unbanked = { $names } hat kein freigegebenes Bankkonto: Geben Sie die Bankdaten frei oder halten Sie die Zahlung zurück.
validation-recurring-end = Nur eine wiederkehrende Anpassung hat ein Ende.
validation-structure-retired = Die Gehaltsstruktur ist stillgelegt: Reaktivieren Sie sie oder wählen Sie eine aktive.
validation-assignment-paid = Ein festgeschriebener Lauf hat bereits nach dieser Zuordnung gezahlt: Legen Sie stattdessen eine neue Zuordnung ab einem späteren Tag an.
validation-adjustment-start-locked = Die Vergütung bis { $date } ist festgeschrieben: Eine Anpassung beginnt danach, im nächsten Lauf.
validation-adjustment-end-locked = Die Vergütung bis { $date } ist festgeschrieben: Lassen Sie die Anpassung am { $date } oder später enden.
validation-adjustment-paid = Ein festgeschriebener Lauf hat diese Anpassung bereits ausgezahlt: Beenden Sie sie oder fügen Sie im nächsten Lauf einen Abzug hinzu.
validation-payslips-locked = Gehaltsabrechnungen werden aus einem festgeschriebenen Lauf erstellt: Schreiben Sie den Lauf zuerst fest.
validation-bank-files-locked = Bankdateien werden aus einem festgeschriebenen Lauf erstellt: Schreiben Sie den Lauf zuerst fest.
validation-bank-file-format = Das gewählte Format ist ungültig: csv oder pain.001.
validation-sepa-not-euro = SEPA-Überweisungen erfolgen in Euro; dieser Lauf ist in { $currency } – verwenden Sie die CSV-Datei
validation-sepa-no-payments = dieser Lauf enthält keine Zahlungen, die gesendet werden könnten
validation-sepa-debtor-account = das Bankkonto des Unternehmens fehlt: Tragen Sie seine IBAN in den Lohneinstellungen ein
validation-sepa-debtor-iban = die IBAN des Unternehmens ist ungültig: Prüfen Sie sie in den Lohneinstellungen
validation-sepa-debtor-bic = die BIC „{ $bic }“ des Unternehmens ist ungültig (8 oder 11 Buchstaben und Ziffern): Prüfen Sie sie in den Lohneinstellungen
validation-sepa-debtor-name = der Name des Unternehmens enthält keine Buchstaben, die eine SEPA-Datei übertragen kann: Geben Sie eine Schreibweise in lateinischen Buchstaben ein
validation-sepa-iban = { $name } ({ $id }): die IBAN ist ungültig; prüfen Sie die Bankdaten der Person
validation-sepa-bic = { $name } ({ $id }): die BIC „{ $bic }“ ist ungültig (8 oder 11 Buchstaben und Ziffern); prüfen Sie die Bankdaten der Person
validation-sepa-amount-not-positive = { $name } ({ $id }): der Betrag { $amount } ist nicht größer als null; nehmen Sie die Person aus der Überweisung heraus
validation-sepa-amount-cents = { $name } ({ $id }): der Betrag { $amount } hat mehr als 2 Nachkommastellen; Banken überweisen nur ganze Cent
validation-sepa-amount-too-large = { $name } ({ $id }): der Betrag { $amount } übersteigt das Maximum einer SEPA-Überweisung (999999999.99)
validation-sepa-name = { $name } ({ $id }): der Name enthält keine Buchstaben, die eine SEPA-Datei übertragen kann (nur lateinische Buchstaben); geben Sie eine Schreibweise in lateinischen Buchstaben ein
validation-sepa-message-id = die Nachrichten-ID „{ $id }“ der Datei kann nicht in eine SEPA-Datei: Sie braucht 1 bis 35 der Zeichen A–Z a–z 0–9 / - ? : ( ) . , ' + und Leerzeichen, ohne Leerzeichen oder „/“ am Anfang oder Ende und ohne „//“
validation-sepa-end-to-end-id = die End-to-End-ID „{ $id }“ kann nicht in eine SEPA-Datei: Sie braucht 1 bis 35 der Zeichen A–Z a–z 0–9 / - ? : ( ) . , ' + und Leerzeichen, ohne Leerzeichen oder „/“ am Anfang oder Ende und ohne „//“
validation-sepa-creation-time = der Erstellungszeitpunkt { $date } liegt außerhalb der Jahre, die eine Bank akzeptiert
validation-sepa-execution-date = das Ausführungsdatum { $date } liegt außerhalb der Jahre, die eine Bank akzeptiert
validation-sepa-total = die Gesamtsumme des Laufs übersteigt, was eine SEPA-Datei übertragen kann; teilen Sie sie auf mehrere Dateien auf

## Feldnamen, wie die Meldungen oben ein Feld nennen

validation-attribute-account-holder = Kontoinhaber
validation-attribute-accrual = Ansparung
validation-attribute-accuracy = Genauigkeit
validation-attribute-address = Adresse
validation-attribute-amount = Betrag
validation-attribute-approval-chain = Genehmigungskette
validation-attribute-asset-id = Inventar-ID
validation-attribute-attachment-required = Anhang erforderlich
validation-attribute-attendance-record-id = ID des Anwesenheitseintrags
validation-attribute-audience = Zielgruppe
validation-attribute-auto-close-after-minutes = Automatischer Abschluss nach (Minuten)
validation-attribute-base-amount = Grundbetrag
validation-attribute-bic = BIC
validation-attribute-body = Text
validation-attribute-branch-id = Standort-ID
validation-attribute-calendar = Kalender
validation-attribute-carry-over-cap = Obergrenze für den Übertrag
validation-attribute-carry-over-expiry-months = Verfall des Übertrags (Monate)
validation-attribute-category = Kategorie
validation-attribute-check-in-at = Check-in-Zeit
validation-attribute-check-out-at = Check-out-Zeit
validation-attribute-code = Code
validation-attribute-component = Lohnart
validation-attribute-components = Lohnarten
validation-attribute-condition = Zustand
validation-attribute-counts-non-working-days = Arbeitsfreie Tage mitzählen
validation-attribute-date = Datum
validation-attribute-days = Tage
validation-attribute-days-per-year = Tage pro Jahr
validation-attribute-debtor-bic = BIC des Auftraggebers
validation-attribute-debtor-iban = IBAN des Auftraggebers
validation-attribute-debtor-name = Name des Auftraggebers
validation-attribute-decision = Entscheidung
validation-attribute-department-id = Abteilungs-ID
validation-attribute-description = Beschreibung
validation-attribute-device-name = Gerätename
validation-attribute-early-grace-minutes = Kulanz bei frühem Gehen (Minuten)
validation-attribute-effective-date = Stichtag
validation-attribute-effective-from = Gültig ab
validation-attribute-email = E-Mail-Adresse
validation-attribute-employee = Mitarbeiter
validation-attribute-employee-id = Mitarbeiter-ID
validation-attribute-employment-type = Beschäftigungsart
validation-attribute-end-date = Enddatum
validation-attribute-end-half = Halber Tag am Ende
validation-attribute-ends-at = Endzeit
validation-attribute-ends-on = Endet am
validation-attribute-expires-at = Ablaufzeitpunkt
validation-attribute-expression = Formel
validation-attribute-extra-hr-step-above-days = Zusätzliche HR-Freigabe ab (Tage)
validation-attribute-first-name = Vorname
validation-attribute-from = Von
validation-attribute-geofence-radius = Geofence-Radius
validation-attribute-half-day = Halber Tag
validation-attribute-half-days = Halbe Tage
validation-attribute-head-id = ID der Leitung
validation-attribute-hidden-when-zero = Bei null ausblenden
validation-attribute-iban = IBAN
validation-attribute-id = ID
validation-attribute-is-mocked = Simulierter Standort
validation-attribute-job = Job
validation-attribute-job-title = Stellenbezeichnung
validation-attribute-kind = Art
validation-attribute-language = Sprache
validation-attribute-last-name = Nachname
validation-attribute-last-working-day = Letzter Arbeitstag
validation-attribute-late-grace-minutes = Kulanz bei Verspätung (Minuten)
validation-attribute-latitude = Breitengrad
validation-attribute-leave-type-id = ID der Abwesenheitsart
validation-attribute-lines = Abrechnungszeilen
validation-attribute-longitude = Längengrad
validation-attribute-manager-id = ID der Führungskraft
validation-attribute-min-notice-days = Mindestvorlauf (Tage)
validation-attribute-mode = Modus
validation-attribute-month = Monat
validation-attribute-name = Name
validation-attribute-negative-allowance = Zulässiger Negativsaldo
validation-attribute-net-change-threshold = Schwellenwert für Nettoänderungen
validation-attribute-new-password = Neues Passwort
validation-attribute-note = Notiz
validation-attribute-notes = Notizen
validation-attribute-overnight = Über Mitternacht
validation-attribute-overtime-after-hours = Überstunden ab (Stunden)
validation-attribute-paid-fraction = Bezahlter Anteil
validation-attribute-password = Passwort
validation-attribute-pay-date = Zahltag
validation-attribute-period = Zeitraum
validation-attribute-period-end = Ende des Zeitraums
validation-attribute-period-start = Beginn des Zeitraums
validation-attribute-personal-email = Private E-Mail-Adresse
validation-attribute-phone = Telefonnummer
validation-attribute-pinned = Angeheftet
validation-attribute-places = Nachkommastellen
validation-attribute-prorated = Anteilig
validation-attribute-publish = Veröffentlichen
validation-attribute-publish-at = Veröffentlichungszeitpunkt
validation-attribute-purchase-cost = Anschaffungskosten
validation-attribute-purchase-date = Kaufdatum
validation-attribute-reason = Begründung
validation-attribute-recorded-at = Erfassungszeitpunkt
validation-attribute-recurrence = Wiederholung
validation-attribute-recurring = Wiederkehrend
validation-attribute-relationship = Beziehung
validation-attribute-retired = Stillgelegt
validation-attribute-rule = Regel
validation-attribute-salary-structure-id = Gehaltsstruktur-ID
validation-attribute-serial-number = Seriennummer
validation-attribute-start-date = Startdatum
validation-attribute-start-half = Halber Tag am Anfang
validation-attribute-start-month = Startmonat
validation-attribute-starts-at = Startzeit
validation-attribute-starts-on = Beginnt am
validation-attribute-status = Status
validation-attribute-tag = Inventarnummer
validation-attribute-title = Titel
validation-attribute-to = Bis
validation-attribute-token = Token
validation-attribute-type = Typ
validation-attribute-working-days = Arbeitstage
validation-attribute-year = Jahr
