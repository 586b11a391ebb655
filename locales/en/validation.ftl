### The HR API's validation messages (422), in the words the server writes them: the English is the API's
### contract and must match the server byte for byte. A request whose Accept-Language asks for another of
### our languages gets them translated (crates/i18n/src/validation.rs matches the English against these
### templates and fills in the translation with the same values).
###
### Variables: $attribute and $other name a request field ("start date") and are translated through the
### validation-attribute-… messages below (a dotted path such as components.0.name is kept as sent);
### $message is another validation message, translated in turn; every other variable is a value from the
### request or the records (a date, a name, a number) and is kept as it is.

## The summary Laravel puts in "message"

validation-given-data-invalid = The given data was invalid.
validation-summary-one = { $message } (and 1 more error)
validation-summary-other = { $message } (and { $count } more errors)

## Laravel's rules

validation-required = The { $attribute } field is required.
validation-required-if = The { $attribute } field is required when { $other } is { $value }.
validation-required-with = The { $attribute } field is required when { $other } is present.
validation-required-without = The { $attribute } field is required when { $other } is not present.
# $others: the other fields, as sent ("audience.everyone / audience.branches").
validation-required-without-all = The { $attribute } field is required when none of { $others } are present.
validation-required-with-coordinate = The { $attribute } field is required with the other coordinate.
validation-prohibits = The { $attribute } field prohibits { $other } from being present.
validation-string = The { $attribute } field must be a string.
validation-max-characters = The { $attribute } field must not be greater than { $max } characters.
validation-max = The { $attribute } field must not be greater than { $max }.
validation-max-items = The { $attribute } field must not have more than { $max } items.
validation-min = The { $attribute } field must be at least { $min }.
validation-greater-than = The { $attribute } field must be greater than { $value }.
validation-between = The { $attribute } field must be between { $min } and { $max }.
validation-not-zero = The { $attribute } field must not be zero.
validation-multiple-of = The { $attribute } field must be a multiple of { $value }.
validation-numeric = The { $attribute } field must be a number.
validation-integer = The { $attribute } field must be an integer.
validation-decimals = The { $attribute } field must be an amount with at most two decimals.
validation-boolean = The { $attribute } field must be true or false.
validation-array = The { $attribute } field must be an array.
validation-object = The { $attribute } field must be an object.
validation-distinct = The { $attribute } field has a duplicate value.
validation-email = The { $attribute } field must be a valid email address.
validation-iban = The { $attribute } field must be a valid IBAN.
validation-bic = The { $attribute } field must be a valid BIC.
validation-bic-format = The { $attribute } field must be a BIC of 8 or 11 letters and digits.
validation-date = The { $attribute } field must be a valid date.
# $format: a PHP date format, "Y-m" or "H:i".
validation-date-format = The { $attribute } field must match the format { $format }.
validation-format = The { $attribute } field format is invalid.
validation-after = The { $attribute } field must be a date after { $other }.
validation-after-now = The { $attribute } field must be a date after now.
validation-after-or-equal = The { $attribute } field must be a date after or equal to { $other }.
validation-after-or-equal-today = The { $attribute } field must be a date after or equal to today.
validation-after-or-equal-short = The { $attribute } must be a date after or equal to { $other }.
validation-before-or-equal-now = The { $attribute } field must be a date before or equal to now.
validation-not-in-future = The { $attribute } field must not be in the future.
validation-selected-invalid = The selected { $attribute } is invalid.
validation-unique = The { $attribute } has already been taken.
validation-time-after-or-overnight = The { $attribute } field must be a time after { $other }, or the shift must be overnight.
# $date: the day the record is on (2026-03-02).
validation-time-on-date = The { $attribute } field must be a time on { $date }.
validation-within-hours-of = The { $attribute } field must be within { $hours } hours of { $other }.
validation-within-last-hours = The { $attribute } field must be within the last { $hours } hours; ask HR to record older attendance.
validation-amount-or-null = The { $attribute } field must be present: an amount, or null to remove the override.
validation-component-reference = The { $attribute } field must be a component's id or code.

## The request itself

validation-nul-characters = The request may not contain NUL characters.
validation-body-unreadable = The request body could not be read.
validation-body-not-object = The request body must be a JSON object.
validation-body-not-json = The request body is not valid JSON.
validation-query-unreadable = The query string could not be read.
validation-idempotency-key-format = The Idempotency-Key header must be 1 to 255 visible ASCII characters.
validation-idempotency-key-reused = This Idempotency-Key was already used for a different request.

## Signing in and passwords

validation-credentials = The provided credentials are incorrect.
validation-account-not-activated = This account has not been activated yet. Ask your HR team to activate it.
validation-account-recovery = A password reset is under way for this account. Use the reset link or code from your HR team.
validation-account-locked = This account is locked after too many wrong passwords. Ask your HR team to unlock it.
validation-account-suspended = This account has been suspended. Ask your HR team to unsuspend it.
validation-account-deactivated = This account has been deactivated.
validation-account-changed = Your account changed while you were signing in. Sign in again.
validation-link-spent = This link has expired or was already used. Ask your HR team for a new one.
validation-password-expired = Your password has expired. Choose a new password to sign in.
validation-password-unchanged = The new password must differ from the expired one.
validation-password-requirements = Password requirements were not met. Password requirements: at least { $count } characters.
validation-login-taken = An object with this field already exists in the current organization

## Attendance

validation-mock-location = Locations from a mock location provider are not accepted.
# $time: the check-in's local time (08:02).
validation-already-checked-in = You are already checked in since { $time }; check out first.
validation-check-in-before-last-check-out = This check-in is earlier than your last check-out; it cannot be recorded.
# $time, $closed: local times with the day ("08:02 on 3 Mar").
validation-check-in-auto-closed = Your check-in of { $time } was closed at { $closed } because no check-out was recorded. Ask for a correction if that is wrong.
validation-not-checked-in = You are not checked in, so you cannot check out.
validation-check-out-before-check-in = The check-out time must be after your check-in at { $time }.
# $distance, $radius, $allowance: distances with their unit ("1.2 km", "150 m"); $branch: the branch's name.
validation-outside-fence-check-in = You are { $distance } from { $branch }; check-in is allowed within { $branch }'s { $radius } radius.
validation-outside-fence-check-out = You are { $distance } from { $branch }; check-out is allowed within { $branch }'s { $radius } radius.
validation-outside-fence-accuracy-check-in = You are { $distance } from { $branch }; check-in is allowed within { $branch }'s { $radius } radius, plus { $allowance } for this position's accuracy.
validation-outside-fence-accuracy-check-out = You are { $distance } from { $branch }; check-out is allowed within { $branch }'s { $radius } radius, plus { $allowance } for this position's accuracy.
validation-location-required-check-in = Your location is required to check in at { $branch }.
validation-location-required-check-out = Your location is required to check out at { $branch }.
validation-location-imprecise = Your location is too imprecise (±{ $accuracy }); it must be within ±{ $max }. Move to open sky and try again.

## Attendance corrections

validation-correction-waiting = This record already has a correction waiting for a decision.
# $status: approved or rejected.
validation-correction-decided = This correction is already { $status }.
validation-correction-inapplicable = This correction can no longer be applied: { $message }
validation-times-unchanged = These are the times already recorded.
validation-times-overlap = These times overlap your attendance from { $start } to { $end }.
validation-times-overlap-open = These times overlap your attendance from { $start } to no check-out yet.

## Leave

validation-leave-no-working-days = The selected dates contain no working days.
validation-leave-overlap = These dates overlap your leave request from { $start } to { $end }.
# $type: the leave type's name; $year: the leave year (2026, 2026/27); $requested, $available: days (1.5).
validation-leave-balance = Not enough { $type } balance for { $year }: { $requested } { $unit } requested, { $available } available.
validation-leave-whole-days = { $type } is taken in whole days.
validation-leave-notice = The start date must be at least { $days } { $unit } from today.
validation-leave-afternoon = A leave of one day that starts in the afternoon must end in the afternoon.
# $status: approved, rejected or cancelled.
validation-leave-decided = This leave request is already { $status }.
validation-leave-no-step = This leave request has no step awaiting a decision.
validation-leave-started = This leave request has already started and cannot be cancelled.
validation-leave-not-pending = This leave request is no longer pending and cannot be cancelled.
validation-leave-period-not-over = The period must have ended.
validation-leave-period-too-far = The period must not be more than a year ahead.
validation-new-leave-type-retired = A new leave type cannot be retired.

## People, organization and self-service

validation-new-department-retired = A new department cannot be retired.
validation-new-branch-retired = A new branch cannot be retired.
validation-offboard-yourself = You cannot offboard yourself.
validation-send-a-change = Send at least one of job title, department, branch, manager or employment type.
validation-manager-cycle = A person cannot be managed by themselves or by their own report.
validation-manager-other-company = The manager must work for the same company.
validation-keep-one-admin = The organization must keep at least one admin (hr).
validation-department-retired = This department is retired; choose a department in use.
validation-person-left = This person has already left.
validation-person-offboarding = This person is already being offboarded.
validation-department-group = A department's group goes with its department.
validation-group-name-taken = The organization already has a group with this name.
validation-department-name-taken = The organization already has a department with this name.
validation-trusted-origin-taken = This origin is already a trusted origin of the organization.
# $timezone: the name sent, in quotes.
validation-timezone = { $timezone } is not an IANA time zone (e.g. Europe/Berlin).
validation-geofence = A geofence needs a valid position and a positive radius.
validation-api-token-user = API tokens act as an HR user of the same company.
validation-contacts-list = The request body must be a list of contacts.
validation-contacts-max = At most { $count } emergency contacts.
validation-contact-object = Each contact must be an object.
validation-request-decided = This request has already been decided.
validation-half-days-working-days = The half days must be working days.
validation-calendar-file = The calendar must be an iCalendar (text/calendar) file.

## Shifts

validation-new-shift-retired = A new shift cannot be retired.
validation-overnight-shift-end = An overnight shift must end at or before the time it starts, on the next day.
validation-shift-retired = This shift is retired and can no longer be assigned.

## Assets

validation-asset-status-by-assignment = An asset is assigned by assigning it to someone.
validation-asset-assigned-status = The asset is assigned: return it before changing its status.
# $name: the person who has it.
validation-asset-already-assigned = The asset is already assigned to { $name }.
validation-asset-in-repair = The asset is in repair and cannot be assigned.
validation-asset-retired = The asset is retired and cannot be assigned.
validation-asset-not-assigned = The asset is not assigned to anyone.
# $status: fulfilled or declined.
validation-asset-request-decided = This request is already { $status }.
validation-problem-resolved = This problem was already resolved.
validation-problem-resolved-by = This problem was already resolved by { $name }.
validation-problem-resolved-on = This problem was already resolved on { $date }.
validation-problem-resolved-by-on = This problem was already resolved by { $name } on { $date }.

## Announcements

validation-announcement-published-content = This announcement is published: only pinned and expires at can change.
validation-announcement-expired-content = This announcement is expired: only pinned and expires at can change.
validation-announcement-already-published = This announcement is already published.
validation-announcement-expired-publish = This announcement is expired and cannot be published again.
validation-announcement-already-expired = This announcement is already expired.
validation-announcement-draft-expire = This announcement is a draft, not published; delete it instead.
validation-announcement-scheduled-expire = This announcement is scheduled, not published; delete it instead.
validation-announcement-published-delete = This announcement is published and cannot be deleted; expire it instead.
validation-announcement-expired-delete = This announcement is expired and stays on record; it cannot be deleted.

## Pay setup

validation-new-pay-component-retired = A new pay component cannot be retired.
validation-new-salary-structure-retired = A new salary structure cannot be retired.
validation-code-in-use = The code cannot change while a salary structure or another component uses it.
# $name: the salary structure's name.
validation-component-in-use = The component cannot be retired while the salary structure { $name } uses it.
validation-structure-no-longer-valid = The salary structure { $name } would no longer be valid: { $message }
# $code: a pay component's code (BASIC).
validation-retired-component = The { $attribute } is the retired component { $code }.
validation-another-component = The { $attribute } must be another component than { $code }.
# $error: where and why the formula does not parse, as the formula parser words it.
validation-formula = The { $attribute } is not a valid formula: { $error }.
# $chain: the components in the loop (A → B → gross).
validation-earning-depends-on-gross = The { $attribute } makes the earning { $code } depend on gross ({ $chain }), which it is part of.
validation-depends-on-itself = The { $attribute } makes { $code } depend on itself ({ $chain }).
validation-code-reserved = The { $attribute } field must not be { $code }, which formulas already use.
validation-code-characters = The { $attribute } field must start with a letter and contain only letters, numbers and underscores.

## Payroll runs, adjustments and bank files

validation-run-max-days = A run pays at most { $count } days.
validation-run-period = Give a month as period (YYYY-MM), or both period start and period end.
validation-run-pay-date = The pay date must be within two months of the period's end.
validation-run-changed = Pay changed since the run was last computed: review the new figures, then lock.
# $run: the run's period (2026-05); $status: draft, locked, paid or published.
validation-run-cannot-correct = The run for { $run } is { $status }: it cannot be corrected: only locked pay is corrected.
validation-run-cannot-recompute = The run for { $run } is { $status }: it cannot be recomputed: a locked run's payslips stay as they were locked.
validation-run-cannot-delete = The run for { $run } is { $status }: it cannot be deleted: a locked run is corrected in a later run.
validation-run-cannot-change = The run for { $run } is { $status }: it cannot be changed.
validation-run-cannot-lock = The run for { $run } is { $status }: it cannot be locked.
validation-run-cannot-mark-paid = The run for { $run } is { $status }: it cannot be marked paid.
validation-run-cannot-publish = The run for { $run } is { $status }: it cannot be published.
validation-run-overlaps = The run for { $run } already covers part of this period.
validation-run-already-corrected = The run for { $run } already has a correction (run { $correction }).
validation-correction-run-corrected = A correction is not corrected again: correct in a later run.
validation-back-pay-paid = Back pay for { $run } is already paid in a later run (adjustment { $adjustment }): correct that instead.
validation-line-not-computed = This person has no computed payslip to change: fix why it failed first.
# $structure: the salary structure's name.
validation-not-in-structure = { $code } is not a component of the structure { $structure }.
# $names: the people, listed ("Ana, Ben and 3 others").
validation-lines-failed = { $names } could not be computed: fix the reason shown on their line or exclude them.
validation-lines-negative = The net pay of { $names } would be negative: override a line, hold or exclude them.
validation-lines-unbanked = { $names } has no approved bank account: approve their bank details or hold them.
validation-recurring-end = Only a recurring adjustment has an end.
validation-structure-retired = The salary structure is retired: bring it back or choose a current one.
validation-assignment-paid = A locked run has paid from this assignment: add a new assignment from a later day instead.
# $date: the last day of locked pay.
validation-adjustment-start-locked = Pay up to { $date } is locked: an adjustment starts after it, in the next run.
validation-adjustment-end-locked = Pay up to { $date } is locked: end it on { $date } or later.
validation-adjustment-paid = A locked run has paid this adjustment: end it, or add a deduction in the next run.
validation-payslips-locked = Payslips are made from a locked run: lock the run first.
validation-bank-files-locked = Bank files are made from a locked run: lock the run first.
validation-bank-file-format = The selected format is invalid: csv or pain.001.
validation-sepa-not-euro = SEPA credit transfers are in euros; this run is in { $currency } — use the CSV file
validation-sepa-no-payments = this run has no payments to send
validation-sepa-debtor-account = the company's bank account is missing: enter its IBAN in the payroll settings
validation-sepa-debtor-iban = the company's IBAN is not valid: check it in the payroll settings
validation-sepa-debtor-bic = the company's BIC "{ $bic }" is not valid (8 or 11 letters and digits): check it in the payroll settings
validation-sepa-debtor-name = the company's name has no letters a SEPA file can carry: enter a Latin spelling of it
# $name: the person; $id: the payment's end-to-end id.
validation-sepa-iban = { $name } ({ $id }): the IBAN is not valid; check it in their bank details
validation-sepa-bic = { $name } ({ $id }): the BIC "{ $bic }" is not valid (8 or 11 letters and digits); check it in their bank details
validation-sepa-amount-not-positive = { $name } ({ $id }): the amount { $amount } is not more than zero; leave them out of the transfer
validation-sepa-amount-cents = { $name } ({ $id }): the amount { $amount } has more than 2 decimals; banks transfer whole cents
validation-sepa-amount-too-large = { $name } ({ $id }): the amount { $amount } is more than a SEPA transfer can carry (999999999.99)
validation-sepa-name = { $name } ({ $id }): the name has no letters a SEPA file can carry (Latin letters only); enter a Latin spelling of it
validation-sepa-message-id = the file's message id "{ $id }" cannot go in a SEPA file: it needs 1 to 35 of the characters A–Z a–z 0–9 / - ? : ( ) . , ' + and space, not starting or ending with a space or '/' nor holding '//'
validation-sepa-end-to-end-id = the end-to-end id "{ $id }" cannot go in a SEPA file: it needs 1 to 35 of the characters A–Z a–z 0–9 / - ? : ( ) . , ' + and space, not starting or ending with a space or '/' nor holding '//'
validation-sepa-creation-time = the creation time { $date } is outside the years a bank accepts
validation-sepa-execution-date = the execution date { $date } is outside the years a bank accepts
validation-sepa-total = the run's total is more than a SEPA file can carry; split it into several files

## Attribute names, as the messages above name a field: the field's key with spaces for underscores

validation-attribute-account-holder = account holder
validation-attribute-accrual = accrual
validation-attribute-accuracy = accuracy
validation-attribute-address = address
validation-attribute-amount = amount
validation-attribute-approval-chain = approval chain
validation-attribute-asset-id = asset id
validation-attribute-attachment-required = attachment required
validation-attribute-attendance-record-id = attendance record id
validation-attribute-audience = audience
validation-attribute-auto-close-after-minutes = auto close after minutes
validation-attribute-base-amount = base amount
validation-attribute-bic = bic
validation-attribute-body = body
validation-attribute-branch-id = branch id
validation-attribute-calendar = calendar
validation-attribute-carry-over-cap = carry over cap
validation-attribute-carry-over-expiry-months = carry over expiry months
validation-attribute-category = category
validation-attribute-check-in-at = check in at
validation-attribute-check-out-at = check out at
validation-attribute-code = code
validation-attribute-component = component
validation-attribute-components = components
validation-attribute-condition = condition
validation-attribute-counts-non-working-days = counts non working days
validation-attribute-date = date
validation-attribute-days = days
validation-attribute-days-per-year = days per year
validation-attribute-debtor-bic = debtor bic
validation-attribute-debtor-iban = debtor iban
validation-attribute-debtor-name = debtor name
validation-attribute-decision = decision
validation-attribute-department-id = department id
validation-attribute-description = description
validation-attribute-device-name = device name
validation-attribute-early-grace-minutes = early grace minutes
validation-attribute-effective-date = effective date
validation-attribute-effective-from = effective from
validation-attribute-email = email
validation-attribute-employee = employee
validation-attribute-employee-id = employee id
validation-attribute-employment-type = employment type
validation-attribute-end-date = end date
validation-attribute-end-half = end half
validation-attribute-ends-at = ends at
validation-attribute-ends-on = ends on
validation-attribute-expires-at = expires at
validation-attribute-expression = expression
validation-attribute-extra-hr-step-above-days = extra hr step above days
validation-attribute-first-name = first name
validation-attribute-from = from
validation-attribute-geofence-radius = geofence radius
validation-attribute-half-day = half day
validation-attribute-half-days = half days
validation-attribute-head-id = head id
validation-attribute-hidden-when-zero = hidden when zero
validation-attribute-iban = iban
validation-attribute-id = id
validation-attribute-is-mocked = is mocked
validation-attribute-job = job
validation-attribute-job-title = job title
validation-attribute-kind = kind
validation-attribute-language = language
validation-attribute-last-name = last name
validation-attribute-last-working-day = last working day
validation-attribute-late-grace-minutes = late grace minutes
validation-attribute-latitude = latitude
validation-attribute-leave-type-id = leave type id
validation-attribute-lines = lines
validation-attribute-longitude = longitude
validation-attribute-manager-id = manager id
validation-attribute-min-notice-days = min notice days
validation-attribute-mode = mode
validation-attribute-month = month
validation-attribute-name = name
validation-attribute-negative-allowance = negative allowance
validation-attribute-net-change-threshold = net change threshold
validation-attribute-new-password = new password
validation-attribute-note = note
validation-attribute-notes = notes
validation-attribute-overnight = overnight
validation-attribute-overtime-after-hours = overtime after hours
validation-attribute-paid-fraction = paid fraction
validation-attribute-password = password
validation-attribute-pay-date = pay date
validation-attribute-period = period
validation-attribute-period-end = period end
validation-attribute-period-start = period start
validation-attribute-personal-email = personal email
validation-attribute-phone = phone
validation-attribute-pinned = pinned
validation-attribute-places = places
validation-attribute-prorated = prorated
validation-attribute-publish = publish
validation-attribute-publish-at = publish at
validation-attribute-purchase-cost = purchase cost
validation-attribute-purchase-date = purchase date
validation-attribute-reason = reason
validation-attribute-recorded-at = recorded at
validation-attribute-recurrence = recurrence
validation-attribute-recurring = recurring
validation-attribute-relationship = relationship
validation-attribute-retired = retired
validation-attribute-rule = rule
validation-attribute-salary-structure-id = salary structure id
validation-attribute-serial-number = serial number
validation-attribute-start-date = start date
validation-attribute-start-half = start half
validation-attribute-start-month = start month
validation-attribute-starts-at = starts at
validation-attribute-starts-on = starts on
validation-attribute-status = status
validation-attribute-tag = tag
validation-attribute-title = title
validation-attribute-to = to
validation-attribute-token = token
validation-attribute-type = type
validation-attribute-working-days = working days
validation-attribute-year = year
