payslips-all = All payslips
# Above a payslip's title when the company's name is unknown.
payslips-payslip = Payslip
payslips-title = Payslip · { $month }
payslips-period = Pay period { $period } · Paid { $date }
payslips-saving = Saving…
payslips-save-pdf = Save PDF
# Followed by the file's path.
payslips-saved-to = Saved to
payslips-open = Open
payslips-employee = Employee
payslips-employee-number = Employee no.
payslips-currency = Currency
payslips-earnings = Earnings
payslips-gross-pay = Gross pay
payslips-deductions = Deductions
payslips-no-deductions = No deductions
payslips-total-deductions = Total deductions
payslips-net-pay = Net pay
payslips-days-paid = Days paid
# $paid and $working may be half days (18.5).
payslips-days-paid-of = { $paid } of { $working ->
    [one] { $working } working day
   *[other] { $working } working days
}
payslips-days-unpaid = { $count } unpaid
payslips-paid-by = Paid by { $company }
payslips-paid-by-employer = Paid by your employer
payslips-year-to-date = Year to date
payslips-year-to-date-amounts = Gross { $gross } · Net { $net }
payslips-not-found = Payslip not found
payslips-not-found-hint = It may have been removed. Go back to the list.
payslips-subtitle = Your monthly pay, every line explained, ready to save as PDF
payslips-empty = No payslips yet
payslips-empty-hint = Payslips appear here once HR publishes the month's payroll.
payslips-row-detail = Paid { $date } · Gross { $gross }
