payslips-all = Todas las nóminas
# Above a payslip's title when the company's name is unknown.
payslips-payslip = Nómina
payslips-title = Nómina · { $month }
payslips-period = Periodo de pago { $period } · Pagada el { $date }
payslips-saving = Guardando…
payslips-save-pdf = Guardar PDF
# Followed by the file's path.
payslips-saved-to = Guardada en
payslips-open = Abrir
payslips-employee = Empleado
payslips-employee-number = N.º de empleado
payslips-currency = Moneda
payslips-earnings = Devengos
payslips-gross-pay = Salario bruto
payslips-deductions = Deducciones
payslips-no-deductions = Sin deducciones
payslips-total-deductions = Total de deducciones
payslips-net-pay = Salario neto
payslips-days-paid = Días pagados
# $paid and $working may be half days (18.5).
payslips-days-paid-of = { $paid } de { $working ->
    [one] { $working } día laborable
   *[other] { $working } días laborables
}
payslips-days-unpaid = { $count ->
    [one] { $count } no pagado
   *[other] { $count } no pagados
}
payslips-paid-by = Pagado por { $company }
payslips-paid-by-employer = Pagado por tu empresa
payslips-year-to-date = Acumulado del año
payslips-year-to-date-amounts = Bruto { $gross } · Neto { $net }
payslips-not-found = Nómina no encontrada
payslips-not-found-hint = Puede que se haya eliminado. Vuelve a la lista.
payslips-subtitle = Tu salario mensual, cada concepto explicado, listo para guardar en PDF
payslips-empty = Aún no hay nóminas
payslips-empty-hint = Las nóminas aparecerán aquí cuando RR. HH. publique la nómina del mes.
payslips-row-detail = Pagada el { $date } · Bruto { $gross }
