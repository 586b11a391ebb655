payslips-all = Tous les bulletins de paie
# Above a payslip's title when the company's name is unknown.
payslips-payslip = Bulletin de paie
payslips-title = Bulletin de paie · { $month }
payslips-period = Période de paie { $period } · Versé le { $date }
payslips-saving = Enregistrement…
payslips-save-pdf = Enregistrer en PDF
# Followed by the file's path.
payslips-saved-to = Enregistré dans
payslips-open = Ouvrir
payslips-employee = Salarié
payslips-employee-number = Matricule
payslips-currency = Devise
payslips-earnings = Rémunération
payslips-gross-pay = Salaire brut
payslips-deductions = Retenues
payslips-no-deductions = Aucune retenue
payslips-total-deductions = Total des retenues
payslips-net-pay = Net à payer
payslips-days-paid = Jours payés
# $paid and $working may be half days (18.5).
payslips-days-paid-of = { $paid } sur { $working ->
    [one] { $working } jour ouvré
   *[other] { $working } jours ouvrés
}
payslips-days-unpaid = { $count ->
    [one] { $count } non payé
   *[other] { $count } non payés
}
payslips-paid-by = Payé par { $company }
payslips-paid-by-employer = Payé par votre employeur
payslips-year-to-date = Cumul annuel
payslips-year-to-date-amounts = Brut { $gross } · Net { $net }
payslips-not-found = Bulletin de paie introuvable
payslips-not-found-hint = Il a peut-être été supprimé. Revenez à la liste.
payslips-subtitle = Votre paie mensuelle, chaque ligne expliquée, prête à être enregistrée en PDF
payslips-empty = Aucun bulletin de paie pour l’instant
payslips-empty-hint = Les bulletins de paie apparaissent ici dès que les RH publient la paie du mois.
payslips-row-detail = Versé le { $date } · Brut { $gross }
