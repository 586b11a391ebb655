payslips-all = Todos os holerites
# Above a payslip's title when the company's name is unknown.
payslips-payslip = Holerite
payslips-title = Holerite · { $month }
payslips-period = Período { $period } · Pago em { $date }
payslips-saving = Salvando…
payslips-save-pdf = Salvar PDF
# Followed by the file's path.
payslips-saved-to = Salvo em
payslips-open = Abrir
payslips-employee = Colaborador
payslips-employee-number = Matrícula
payslips-currency = Moeda
payslips-earnings = Proventos
payslips-gross-pay = Salário bruto
payslips-deductions = Descontos
payslips-no-deductions = Nenhum desconto
payslips-total-deductions = Total de descontos
payslips-net-pay = Salário líquido
payslips-days-paid = Dias pagos
# $paid and $working may be half days (18.5).
payslips-days-paid-of = { $paid } de { $working ->
    [one] { $working } dia útil
   *[other] { $working } dias úteis
}
payslips-days-unpaid = { $count ->
    [one] { $count } não pago
   *[other] { $count } não pagos
}
payslips-paid-by = Pago por { $company }
payslips-paid-by-employer = Pago pelo seu empregador
payslips-year-to-date = Acumulado no ano
payslips-year-to-date-amounts = Bruto { $gross } · Líquido { $net }
payslips-not-found = Holerite não encontrado
payslips-not-found-hint = Ele pode ter sido removido. Volte para a lista.
payslips-subtitle = Seu pagamento mensal, cada item explicado, pronto para salvar em PDF
payslips-empty = Nenhum holerite ainda
payslips-empty-hint = Os holerites aparecem aqui assim que o RH publicar a folha de pagamento do mês.
payslips-row-detail = Pago em { $date } · Bruto { $gross }
