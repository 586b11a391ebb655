# Pay setup: pay components, salary structures, people's pay and the payroll settings.

paysetup-intro = What each payroll run computes from: the pay components and their rules, the salary structures that group them, who is paid with which structure and base, their bonuses and deductions, and the payroll settings
paysetup-offline = Pay setup changes need a connection
paysetup-offline-notice = Pay setup changes need a connection.
paysetup-tab-components = Components
paysetup-tab-structures = Structures
paysetup-tab-people = People's pay
paysetup-tab-settings = Settings

## Shared words of the forms

paysetup-nothing-to-save = Nothing to save: change a field first.
# A form's heading when it changes something named.
paysetup-edit-title = Edit “{ $name }”
paysetup-edit-label = Edit { $name }
paysetup-retire = Retire
paysetup-retire-label = Retire { $name }
paysetup-bring-back = Bring back
paysetup-bring-back-label = Bring back { $name }
paysetup-retired = Retired
paysetup-delete = Delete
paysetup-delete-label = Delete { $name }
paysetup-add = Add
paysetup-choose = Choose…
paysetup-name = Name
paysetup-code = Code
paysetup-kind = Kind
paysetup-amount = Amount
paysetup-amount-currency = Amount ({ $currency })
paysetup-from = From
# Between the items of a list written inline (keep the quotes: they keep the space).
paysetup-list-separator = {", "}

## Pay components

paysetup-components-title = Pay components
paysetup-component-create = Create a component
paysetup-components-empty = No pay components yet
paysetup-components-empty-hint = Create the basic pay first; allowances, deductions and contributions can be percentages of it or formulas over it.
paysetup-component-created = Created “{ $name }”. Draft runs computed from now on use it; locked runs keep what they paid.
paysetup-component-saved = Saved “{ $name }”. Draft runs computed from now on use it; locked runs keep what they paid.
paysetup-component-retired = Retired “{ $name }”: it can no longer be put in a structure; payslips that used it keep it.
paysetup-component-back = “{ $name }” can be put in structures again.

paysetup-kind-earning = Earning
paysetup-kind-earning-hint = Part of gross pay
paysetup-kind-deduction = Deduction
paysetup-kind-deduction-hint = Taken from gross pay on the way to net
paysetup-kind-employer-contribution = Employer contribution
paysetup-kind-employer-contribution-hint = Paid by the company on top of the salary: shown, not in net

paysetup-rule-type-fixed = A fixed amount
paysetup-rule-type-percent-of = A percentage of another component
paysetup-rule-type-percent-of-gross = A percentage of gross pay
paysetup-rule-type-expression = A formula

# A component's rule in words, as the lists show it.
paysetup-rule-fixed = Fixed { $amount }
paysetup-rule-percent-of = { $percent } % of { $component }
paysetup-rule-percent-of-gross = { $percent } % of gross
paysetup-rule-expression = Formula: { $formula }
paysetup-rule-prorated = { $rule }, prorated by paid days
paysetup-hidden-when-zero = Left off the payslip when zero

paysetup-rounding-half-up = Half-way up (2.345 → 2.35)
paysetup-rounding-half-up-words = half-way up
paysetup-rounding-half-even = Half-way to even, banker's (2.345 → 2.34)
paysetup-rounding-half-even-words = half-way to even
paysetup-rounding-down = Down, towards zero
paysetup-rounding-down-words = down
paysetup-rounding-up = Up, away from zero
paysetup-rounding-up-words = up
# $places is paysetup-rounding-places, $mode one of the paysetup-rounding-*-words.
paysetup-rounding-places = { $count ->
    [0] whole units
    [one] { $count } decimal
   *[other] { $count } decimals
}
paysetup-rounding-text = Rounded to { $places }, { $mode }

# The names a formula reads, each with what it is (the names themselves stay as they are).
paysetup-formula-input-base = the person's base amount
paysetup-formula-input-working-days = working days in the period
paysetup-formula-input-paid-days = days paid
paysetup-formula-input-unpaid-days = unpaid leave days
paysetup-formula-input-overtime-hours = approved overtime
paysetup-formula-input-gross = gross pay (not in an earning)
paysetup-formula-input = ({ $words })
# $inputs is the list of names with their words.
paysetup-formula-hint = + − * / and brackets, with min, max, round, floor and ceil, over { $inputs } and other components' codes.

paysetup-component-form-create = Create a pay component
paysetup-component-name-placeholder = Transport allowance
paysetup-component-name-hint = Printed on the payslip.
paysetup-code-hint = How formulas and percentages name it: a letter, then letters, digits and _. Fixed once something uses it.
paysetup-percentage = Percentage
paysetup-of-component = Of the component
paysetup-of-component-hint = After that component's rounding; both must be in the same structure.
paysetup-percent-of-gross-hint = Gross is every earning of the payslip, so an earning cannot be a percentage of it.
paysetup-formula = Formula
paysetup-prorated-choice = Prorated: scaled by paid days over working days (someone who joins mid-month, unpaid leave)
paysetup-hidden-choice = Left off the printed payslip when it comes to zero
paysetup-places = Rounded to (decimals)
paysetup-places-hint = 0 to 10; 2 for cents.
paysetup-rounding = Rounding
paysetup-preview = Reads: { $rule }
paysetup-component-save = Save component
paysetup-component-create-button = Create component

# Numbers as typed: the server reads a point for decimals, never a comma.
paysetup-error-amount-number = The amount must be a number, such as 150 or 150.50 (a point for decimals).
paysetup-error-amount-required = The amount field is required.
paysetup-error-percent-number = The percentage must be a number, such as 5 or 7.3 (a point for decimals).
paysetup-error-percent-required = The percent field is required.
paysetup-error-places = The places field must be a whole number of decimals, 0 to 10.

## Salary structures

paysetup-structures-title = Salary structures
paysetup-structure-create = Create a structure
paysetup-structures-empty = No salary structures yet
paysetup-structures-empty-hint = A structure groups the components a set of people are paid with, in payslip order.
paysetup-structure-components = { $count ->
    [one] { $count } component
   *[other] { $count } components
}
paysetup-structure-created = Created “{ $name }” with { $count ->
    [one] { $count } component
   *[other] { $count } components
}. Draft runs computed from now on use it.
paysetup-structure-saved = Saved “{ $name }” with { $count ->
    [one] { $count } component
   *[other] { $count } components
}. Draft runs computed from now on use it.
paysetup-structure-retired = Retired “{ $name }”: no one new can be paid with it; past payslips keep it.
paysetup-structure-back = “{ $name }” can be assigned again.

paysetup-structure-form-create = Create a salary structure
paysetup-structure-name-placeholder = Staff
paysetup-structure-unknown-component = Component { $id }
paysetup-structure-components-legend = Components, in payslip order
paysetup-structure-components-hint = Every component a formula or a percentage reads must be in the structure too; payroll computes them in the order they depend on each other.
paysetup-structure-no-components = No components yet: add the first below.
paysetup-structure-move-up = Move { $name } up
paysetup-structure-move-down = Move { $name } down
paysetup-structure-take-out = Take { $name } out
paysetup-structure-add-label = Component to add
paysetup-structure-add-choose = Add a component…
paysetup-structure-add-none = Every current component is in the structure
paysetup-structure-save = Save structure
paysetup-structure-create-button = Create structure

## People's pay

paysetup-people-intro = Who is paid with which salary structure and base amount from when, and their bonuses, advances and deductions. Each run pays what is in force in its period.
paysetup-people-person = Person
paysetup-people-choose = Choose someone…

paysetup-assignments-title = Salary structure and base
paysetup-assignments-empty = Not paid with a structure yet: runs leave this person out until they are.
paysetup-assignment-current = In force
paysetup-assignment-upcoming = Upcoming
paysetup-assignment-past = Replaced
paysetup-assignment-text = { $structure }, base { $base }, from { $from }
paysetup-assignment-row = Base { $base }, from { $from }
paysetup-assigned = { $name } is paid with { $assignment }.
paysetup-assigned-back-pay = { $name } is paid with { $assignment }. If pay from that day is already locked, the difference is added to the next run as back pay.
paysetup-assignment-removed = Removed the assignment from { $day }.
paysetup-assignment-remove-label = Remove the assignment from { $day }
paysetup-assignment-remove-confirm = Remove the assignment from { $day } ({ $structure }, base { $base })? The one before it applies again from that day.
paysetup-assignment-form-title = Pay with a structure from a day
paysetup-assignment-from-hint = In force from this day until the next assignment; a second one on the same day replaces the first.
paysetup-assignment-structure = Salary structure
paysetup-assignment-base = Base amount
paysetup-assignment-base-currency = Base amount ({ $currency })
# $base is the word "base" as formulas read it.
paysetup-assignment-base-hint = What the structure's formulas read as { $base }.
paysetup-assign = Assign
paysetup-error-base-number = The base amount must be a number, such as 3000 or 3000.50 (a point for decimals).

paysetup-adjustments-title = Bonuses, advances and deductions
paysetup-adjustments-empty = None: this person is paid what their structure computes.
paysetup-adjustment-kind-bonus = Bonus
paysetup-adjustment-kind-bonus-hint = Earned: part of gross, so percentages of gross include it
paysetup-adjustment-kind-advance = Advance
paysetup-adjustment-kind-advance-hint = Paid ahead with the payslip: added to net, not part of gross
paysetup-adjustment-kind-deduction = Deduction
paysetup-adjustment-kind-deduction-hint = Taken from net
paysetup-back-pay = Back pay
# When an adjustment is paid, alone and in the middle of a sentence.
paysetup-adjustment-once = Once, in the run whose period holds { $day }
paysetup-adjustment-once-inline = once, in the run whose period holds { $day }
paysetup-adjustment-every-run-to = Every run from { $from } to { $to }
paysetup-adjustment-every-run-to-inline = every run from { $from } to { $to }
paysetup-adjustment-every-run = Every run from { $from } until ended
paysetup-adjustment-every-run-inline = every run from { $from } until ended
# $kind is bonus, advance or deduction; $when one of the paysetup-adjustment-*-inline.
paysetup-adjustment-added = Added “{ $name }”, { $kind ->
    [bonus] bonus
    [advance] advance
   *[deduction] deduction
} of { $amount }: { $when }.
paysetup-adjustment-delete-confirm = Delete “{ $name }” ({ $kind ->
    [bonus] bonus
    [advance] advance
   *[deduction] deduction
} of { $amount })? Runs not yet locked will no longer pay it.
paysetup-adjustment-deleted = Deleted “{ $name }”.
paysetup-adjustment-ended = “{ $name }” is paid for the last time in the run that holds { $day }.
paysetup-adjustment-end = End…
paysetup-adjustment-end-label = End { $name }
paysetup-adjustment-last-day-paid = Last day paid
paysetup-adjustment-end-it = End it
paysetup-error-ends-on = The ends on field must be a valid date.
paysetup-adjustment-form-title = Add a bonus, an advance or a deduction
paysetup-adjustment-name = Name on the payslip
paysetup-adjustment-name-placeholder = Year-end bonus
paysetup-adjustment-how-often = How often
paysetup-adjustment-one-off = Once
paysetup-adjustment-recurring = Every run
paysetup-adjustment-paid-in = Paid in the run that holds
paysetup-adjustment-last-day = Last day (optional)
paysetup-adjustment-last-day-hint = Empty: paid every run until you end it.
paysetup-adjustment-reason = Reason (optional, kept with it)
paysetup-error-adjustment-amount-number = The amount must be a number, such as 500 or 499.90 (a point for decimals).

## Payroll settings

paysetup-settings-title = Payroll settings
paysetup-settings-currency = Payslips are in { $currency }.
# $places and $mode as in paysetup-rounding-text.
paysetup-settings-net-rounding = Each net pay: rounded to { $places }, { $mode }; the difference is shown on the payslip.
paysetup-threshold-text = Nets that move more than { $percent } % from the person's previous run are flagged for a second look
paysetup-overtime-text = Attendance beyond { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
} a day counts as overtime (what overtime_hours formulas read)
paysetup-overtime-none = Overtime is not taken from attendance
paysetup-settings-company-account = the company's account
# $iban is the account number, $bic the bank's code.
paysetup-settings-paid-from = Salaries are paid from { $name }, { $iban }.
paysetup-settings-paid-from-bic = Salaries are paid from { $name }, { $iban } ({ $bic }).
paysetup-settings-no-account = No account to pay salaries from yet: a SEPA bank file needs one.
paysetup-settings-form-label = Change the payroll settings
paysetup-settings-net-title = Net pay and review
paysetup-settings-places = Net pay rounded to (decimals)
paysetup-settings-places-hint = 0 to 10; 0 pays whole units.
paysetup-settings-mode = Net pay rounding
paysetup-settings-threshold = Review threshold (%)
paysetup-settings-threshold-hint = A net that moves more than this from the person's previous run is flagged for a second look.
paysetup-settings-overtime = Overtime after (hours a day)
paysetup-settings-overtime-hint = Attendance beyond this many hours on a day counts as overtime, which formulas read as overtime_hours.
paysetup-settings-account-title = The account salaries are paid from
paysetup-settings-account-hint = Written into the bank files as the payer. The IBAN and BIC are checked when you save.
paysetup-settings-account-holder = Account holder
paysetup-settings-iban = IBAN
paysetup-settings-bic = BIC
paysetup-settings-bic-hint = 8 or 11 letters and digits.
paysetup-settings-save = Save settings
paysetup-settings-saved = Saved. Runs computed from now on use these settings; locked runs keep theirs.
paysetup-error-threshold-number = The threshold must be a number, such as 10 or 12.5 (a point for decimals).
paysetup-error-threshold-required = The net change threshold field is required.
paysetup-error-overtime-number = The overtime after hours must be a number, such as 8 or 7.5 (a point for decimals).
paysetup-error-account-name-empty = The account name cannot be left empty once set: type the new one.
paysetup-error-iban-empty = The IBAN cannot be left empty once set: type the new one.
paysetup-error-bic-empty = The BIC cannot be left empty once set: type the new one.
