payslips-all = Alle Gehaltsabrechnungen
# Above a payslip's title when the company's name is unknown.
payslips-payslip = Gehaltsabrechnung
payslips-title = Gehaltsabrechnung · { $month }
payslips-period = Abrechnungszeitraum { $period } · Ausgezahlt am { $date }
payslips-saving = Wird gespeichert …
payslips-save-pdf = Als PDF speichern
# Followed by the file's path.
payslips-saved-to = Gespeichert unter
payslips-open = Öffnen
payslips-employee = Mitarbeiter/in
payslips-employee-number = Personalnummer
payslips-currency = Währung
payslips-earnings = Bezüge
payslips-gross-pay = Bruttoentgelt
payslips-deductions = Abzüge
payslips-no-deductions = Keine Abzüge
payslips-total-deductions = Abzüge gesamt
payslips-net-pay = Nettoentgelt
payslips-days-paid = Bezahlte Tage
# $paid and $working may be half days (18.5).
payslips-days-paid-of = { $paid } von { $working ->
    [one] { $working } Arbeitstag
   *[other] { $working } Arbeitstagen
}
payslips-days-unpaid = { $count } unbezahlt
payslips-paid-by = Gezahlt von { $company }
payslips-paid-by-employer = Gezahlt von Ihrem Arbeitgeber
payslips-year-to-date = Seit Jahresbeginn
payslips-year-to-date-amounts = Brutto { $gross } · Netto { $net }
payslips-not-found = Gehaltsabrechnung nicht gefunden
payslips-not-found-hint = Sie wurde möglicherweise entfernt. Kehren Sie zur Liste zurück.
payslips-subtitle = Ihr monatliches Entgelt, jede Position erklärt, bereit zum Speichern als PDF
payslips-empty = Noch keine Gehaltsabrechnungen
payslips-empty-hint = Gehaltsabrechnungen erscheinen hier, sobald die Personalabteilung die Lohnabrechnung des Monats veröffentlicht.
payslips-row-detail = Ausgezahlt am { $date } · Brutto { $gross }
