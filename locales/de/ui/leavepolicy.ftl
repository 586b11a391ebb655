# Abwesenheitsregeln (HR): Abwesenheitsarten und ihre Regeln, Salden als Buchungen und die Jobs für Gutschriften und Jahresabschluss.

leavepolicy-intro = Die Abwesenheitsarten und ihre Regeln, die Salden aller als Buchungen mit Vorzeichen und die Jahresgutschriften, Monatsgutschriften und Jahresabschlüsse, aus denen sie entstehen
leavepolicy-tab-types = Abwesenheitsarten
leavepolicy-tab-ledger = Salden & Buchungen
leavepolicy-tab-jobs = Gutschriften & Jahresabschluss

leavepolicy-offline = Änderungen an den Abwesenheitsregeln sind nur mit Verbindung möglich
leavepolicy-offline-sentence = Änderungen an den Abwesenheitsregeln sind nur mit Verbindung möglich.
leavepolicy-offline-last-read = { $reason }. Angezeigt wird der zuletzt auf diesem Gerät geladene Stand.

## Abwesenheitsarten: die Regeln einer Art in Worten

leavepolicy-paid = Bezahlt
leavepolicy-unpaid = Unbezahlt
leavepolicy-partly-paid = Teilweise bezahlt: { $percent } % des Entgelts
leavepolicy-allowance-none = Kein Jahresanspruch
leavepolicy-allowance-monthly = { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    } pro Jahr, ein Zwölftel am Ende jedes gearbeiteten Monats
leavepolicy-allowance-upfront = { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    } pro Jahr, alle am 1. Januar
leavepolicy-allowance-upfront-prorated = { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    } pro Jahr, alle am 1. Januar; wer im Laufe des Jahres eintritt, erhält den verbleibenden Anteil
leavepolicy-carry-none = Nicht genommene Tage verfallen zum Jahresende
leavepolicy-carry = Bis zu { $count ->
        [one] { $count } nicht genommener Tag
       *[other] { $count } nicht genommene Tage
    } ins nächste Jahr übertragbar
leavepolicy-carry-expiring = Bis zu { $count ->
        [one] { $count } nicht genommener Tag
       *[other] { $count } nicht genommene Tage
    } ins nächste Jahr übertragbar; übertragene Tage verfallen, wenn sie nicht innerhalb von { $months ->
        [one] { $months } Monat
       *[other] { $months } Monaten
    } genommen werden
leavepolicy-approval-none = Keine Freigabe nötig
leavepolicy-approval-none-extra = Keine Freigabe nötig; ab mehr als { $count ->
        [one] { $count } Tag
       *[other] { $count } Tagen
    } gibt auch HR frei
leavepolicy-approval-manager = Freigabe durch die Führungskraft
leavepolicy-approval-manager-extra = Freigabe durch die Führungskraft; ab mehr als { $count ->
        [one] { $count } Tag
       *[other] { $count } Tagen
    } auch durch HR
leavepolicy-approval-manager-hr = Freigabe durch die Führungskraft, dann durch HR
leavepolicy-counts-all-days = Wochenenden und Feiertage innerhalb eines Antrags zählen mit
leavepolicy-counts-working-days = Nur Arbeitstage zählen
leavepolicy-whole-days = Nur ganze Tage
leavepolicy-half-days = Kann mittags beginnen oder enden
leavepolicy-notice = Mindestens { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    } im Voraus zu beantragen
leavepolicy-negative = Der Saldo darf bis zu { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    } unter null gehen
leavepolicy-attachment-required = Ein Nachweis ist erforderlich

leavepolicy-types-empty = Noch keine Abwesenheitsarten
leavepolicy-type-retired-badge = Stillgelegt
leavepolicy-type-edit-label = { $name } bearbeiten
leavepolicy-type-retire = Stilllegen
leavepolicy-type-bring-back = Reaktivieren
leavepolicy-type-created = „{ $name }“ wurde angelegt. Die Art gilt für Anträge, die ab jetzt gestellt werden.
leavepolicy-type-saved = „{ $name }“ wurde gespeichert. Die Änderungen gelten für Anträge, die ab jetzt gestellt werden.
leavepolicy-type-retired = „{ $name }“ wurde stillgelegt: Die Art kann nicht mehr beantragt werden; ihr Verlauf bleibt erhalten.
leavepolicy-type-unretired = „{ $name }“ kann wieder beantragt werden.

## Formular für Abwesenheitsarten

leavepolicy-type-create-title = Abwesenheitsart anlegen
leavepolicy-type-edit-title = „{ $name }“ bearbeiten
leavepolicy-name = Name
leavepolicy-name-placeholder = Ehrenamt
leavepolicy-code = Code
leavepolicy-code-hint = So wird die Art in Anträgen und Berichten bezeichnet: Kleinbuchstaben, Ziffern, _ und -.
leavepolicy-pay = Bezahlung
leavepolicy-pay-paid = Bezahlt: volles Entgelt
leavepolicy-pay-partly = Teilweise bezahlt
leavepolicy-pay-percent = % des Entgelts pro genommenem Tag
leavepolicy-days-per-year = Tage pro Jahr
leavepolicy-days-per-year-hint = Der Anspruch für ein Urlaubsjahr; 0 für eine Art ohne Anspruch (z. B. Krankheit).
leavepolicy-accrual = Gutschrift
leavepolicy-accrual-upfront = Alles auf einmal, am 1. Januar
leavepolicy-accrual-monthly = Ein Zwölftel am Ende jedes gearbeiteten Monats
leavepolicy-accrual-hint = Der Server schreibt die Tage selbst gut; der Tab „Gutschriften & Jahresabschluss“ zeigt es.
leavepolicy-prorated = Wer im Laufe des Jahres eintritt, erhält nur den verbleibenden Anteil des Jahres
leavepolicy-counts-all-days-label = Wochenenden und Feiertage innerhalb eines Antrags zählen als Abwesenheitstage
leavepolicy-half-days-label = Kann mittags beginnen oder enden (halbe Tage)
leavepolicy-attachment-label = Jedem Antrag muss ein Nachweis beiliegen (etwa eine ärztliche Bescheinigung)
leavepolicy-notice-label = Vorlauf (Tage)
leavepolicy-notice-hint = Wie viele Tage im Voraus ein Antrag gestellt werden muss; 0 für keinen Vorlauf.
leavepolicy-negative-label = Darf unter null gehen um (Tage)
leavepolicy-negative-hint = Erlaubt, Tage aus dem nächsten Jahr vorzuziehen; 0 nie.
leavepolicy-carry-label = Höchstens übertragen (Tage)
leavepolicy-carry-hint = Nicht genommene Tage, die zum Jahresabschluss ins nächste Jahr gehen; der Rest verfällt.
leavepolicy-expiry-label = Übertragene Tage verfallen nach (Monaten)
leavepolicy-expiry-placeholder = Nie
leavepolicy-expiry-hint = 1 bis 12 Monate ins neue Jahr hinein; leer: Sie verfallen nie.
leavepolicy-chain-label = Wer gibt frei
leavepolicy-chain-none = Keine Freigabe: genehmigt, sobald beantragt
leavepolicy-chain-manager = Die Führungskraft
leavepolicy-chain-manager-hr = Die Führungskraft, dann HR
leavepolicy-chain-hint = Wer keine Führungskraft hat, wird von HR freigegeben.
leavepolicy-extra-label = HR gibt zusätzlich Anträge frei, die länger sind als (Tage)
leavepolicy-extra-placeholder = Kein zusätzlicher Schritt
leavepolicy-extra-hint = Ergänzt bei langen Anträgen die Freigabe durch HR, wenn die Kette sie nicht vorsieht; leer: kein zusätzlicher Schritt.
leavepolicy-type-save = Abwesenheitsart speichern
leavepolicy-type-create = Abwesenheitsart anlegen
leavepolicy-nothing-to-save = Nichts zu speichern: Ändern Sie zuerst ein Feld.
leavepolicy-error-integer = Das Feld „{ $field }“ muss eine ganze Zahl sein.
leavepolicy-error-percent = Eine teilweise bezahlte Art zahlt zwischen 1 und 99 % des Entgelts.
leavepolicy-field-days-per-year = Tage pro Jahr
leavepolicy-field-min-notice-days = Vorlauf (Tage)
leavepolicy-field-carry-over-cap = Höchstens übertragen (Tage)
leavepolicy-field-carry-over-expiry-months = Übertragene Tage verfallen nach (Monaten)
leavepolicy-field-negative-allowance = Darf unter null gehen um (Tage)
leavepolicy-field-extra-hr-step-above-days = HR gibt zusätzlich frei ab (Tage)

## Salden & Buchungen

leavepolicy-ledger-hint = Jede Änderung eines Saldos ist eine Buchung: was die Jobs gutschreiben, was übertragen wird oder verfällt, genommene Abwesenheiten und Korrekturen durch HR mit Grund und Urheber.
leavepolicy-ledger-person = Person
leavepolicy-ledger-choose-person = Person auswählen …
leavepolicy-ledger-year = Urlaubsjahr
leavepolicy-year-previous = Vorheriges Jahr
leavepolicy-year-next = Nächstes Jahr
leavepolicy-ledger-entries = Buchungen { $year }
leavepolicy-balance = { $type }: { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
leavepolicy-ledger-empty = Keine Buchungen für { $year }: noch nichts gutgeschrieben, genommen oder korrigiert.
leavepolicy-ledger-when = Wann
leavepolicy-ledger-type = Art
leavepolicy-ledger-what = Was
leavepolicy-ledger-days = Tage
leavepolicy-ledger-balance = Saldo
leavepolicy-ledger-why = Grund, von wem
leavepolicy-ledger-server = Der Server
leavepolicy-kind-grant = Jahresgutschrift
leavepolicy-kind-accrual = Monatsgutschrift
leavepolicy-kind-carry-over = Übertragen
leavepolicy-kind-expiry = Verfallen
leavepolicy-kind-adjustment = Korrektur durch HR
leavepolicy-kind-taken = Genommen
leavepolicy-kind-reversal = Storniert, zurückgebucht

leavepolicy-adjust-title = Saldo korrigieren
leavepolicy-adjust-type = Abwesenheitsart
leavepolicy-choose = Auswählen …
leavepolicy-adjust-days = Tage (+ gutschreiben, − abziehen)
leavepolicy-adjust-reason = Grund (erscheint in den Buchungen und im Änderungsprotokoll)
leavepolicy-adjust-submit = Für { $year } korrigieren
leavepolicy-adjust-days-zero = Das Feld „Tage“ darf nicht null sein.
leavepolicy-adjust-days-invalid = Das Feld „Tage“ muss eine ganze Zahl von Tagen sein, + zum Gutschreiben, − zum Abziehen.
leavepolicy-adjusted = { $days } { $type } für { $person } in { $year }, mit Ihrem Grund gebucht.

## Gutschriften & Jahresabschluss

leavepolicy-jobs-hint = Der Server führt diese Jobs selbst aus, wenn sie fällig sind (die Jahresgutschrift am 1. Januar, die Monatsgutschrift nach Ende jedes Monats, den Jahresabschluss nach dem 31. Dezember), jeweils einmal. Sehen Sie sich vorab an, was ein Job buchen würde; beim Ausführen wird nur gebucht, was noch fehlt.
leavepolicy-job = Job
leavepolicy-job-month = Monat (JJJJ-MM)
leavepolicy-job-year = Jahr
leavepolicy-job-preview = Vorschau
leavepolicy-job-run = Ausführen
leavepolicy-job-yearly-grant = Jahresgutschrift
leavepolicy-job-yearly-grant-help = Schreibt den Jahresanspruch jeder Art gut, die auf einmal gewährt wird – anteilig für neu Eingetretene.
leavepolicy-job-monthly-accrual = Monatsgutschrift
leavepolicy-job-monthly-accrual-help = Schreibt den Monatsanteil jeder monatlich aufgebauten Art gut, für alle, die in diesem Monat gearbeitet haben.
leavepolicy-job-year-end = Jahresabschluss
leavepolicy-job-year-end-help = Für das endende Jahr: Nicht genommene Tage gehen bis zur Obergrenze jeder Art ins nächste Jahr; der Rest verfällt.
leavepolicy-job-carry-over-expiry = Verfall übertragener Tage
leavepolicy-job-carry-over-expiry-help = Für das Jahr, in das Tage übertragen wurden: Übertragene Tage, die bis zum Verfallstermin der Art nicht genommen wurden, verfallen.
leavepolicy-outcome-wrote = { $count ->
        [one] { $count } Buchung
       *[other] { $count } Buchungen
    } geschrieben ({ $days } { $total ->
        [one] Tag
       *[other] Tage
    }).
leavepolicy-outcome-preview = Würde { $count ->
        [one] { $count } Buchung
       *[other] { $count } Buchungen
    } schreiben ({ $days } { $total ->
        [one] Tag
       *[other] Tage
    }). Gebucht wird erst, wenn Sie den Job ausführen.
leavepolicy-outcome-wrote-none = 0 Buchungen geschrieben: Es war bereits alles erledigt.
leavepolicy-outcome-nothing = Nichts zu buchen: Es ist bereits alles erledigt.
leavepolicy-runs-title = Ausführungsprotokoll
leavepolicy-runs-empty = Noch keine Ausführungen
leavepolicy-run-by = Ausgeführt von { $name }
leavepolicy-run-by-server = Vom Server ausgeführt
leavepolicy-run-entries = { $count ->
        [one] { $count } Buchung
       *[other] { $count } Buchungen
    }
leavepolicy-run-entries-days = { $count ->
        [one] { $count } Buchung
       *[other] { $count } Buchungen
    } · { $days } { $total ->
        [one] Tag
       *[other] Tage
    }
