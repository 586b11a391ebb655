# People and organisation: hiring and the activation link, job changes and their history, offboarding,
# branch and contact checks, bank-detail request states, and activation links on the sign-in screen.

people-self-service-offline = Changing your details needs a connection
people-no-one = No one
people-no-manager = No manager
# A person the device has no name for yet.
people-person-id = Person { $id }
people-find-placeholder = Find…
# The search box beside a person picker. $label is the picker's label ("Manager"), $lowercase the same in
# lower case, as English says it inside a sentence.
# $label: the field's name as written; $lowercase: the same in lower case.
people-find-person-for = Find a person for { $lowercase }
people-choose = Choose…
people-reason = Reason
# Text someone typed (a reason), quoted inside a line.
people-quoted = “{ $text }”
# After a retired department's or branch's name in a list.
people-retired = (retired)
people-no-record = { $name }'s HR record has not reached this device yet; it comes with the next sync.

## Employment types

people-type-full-time = Full time
people-type-part-time = Part time
people-type-contractor = Contractor
people-type-intern = Intern

## Working days

people-no-days = No days
# A run of three or more weekdays: "Mon–Fri".
people-day-range = { $from }–{ $to }

## Hiring

people-hire-title = Hire someone
people-hire-intro = Creates their HR record and sign-in account. They get no email: you hand them the activation link shown next, once.
people-hire-first-name = First name
people-hire-last-name = Last name
people-hire-email = Work email
people-hire-email-hint = Also their sign-in.
people-hire-start-date = Start date
people-hire-working-days = Working days
people-hire-own-week = A week of their own (otherwise their branch's)
people-hire-submit = Hire
# $fields lists what is missing, from the people-missing-* names.
people-hire-still-needed = Still needed: { $fields }.
people-missing-first-name = first name
people-missing-last-name = last name
people-missing-email = email
people-missing-job-title = job title
people-missing-department = department
people-missing-branch = branch
people-missing-start-date = start date
people-missing-employment-type = employment type
people-missing-working-days = working days

## The activation link of someone just hired

people-hired-title = { $name } is hired
people-hired-works = works { $days }
people-hired-starts = starts { $date }
people-activation-once = This link is shown once.
# $date is when the link expires ("Mon, 3 Nov, 14:05"), $left how long that is from now ("in 7 days").
people-activation-hand-over = Copy it now and hand it to { $name }: with it they choose a password and sign in. It expires { $date } ({ $left }).
people-activation-link-label = Activation link for { $name }
people-copy = Copy
people-copied = Copied
people-copied-clipboard = Copied to the clipboard.
people-copy-failed = This window could not reach the clipboard: the link is selected, press Ctrl+C (⌘C).
# Around the name of the "New activation link" button, shown in bold between the two.
people-no-link-before = The server answered from its record of this hire, which never keeps the link. Give them a new one with
people-no-link-after = on their account below.
people-handed-over = I have handed it over
people-link-expired = expired

## Activation on the sign-in screen

people-activation-empty = Paste the activation link HR gave you.
people-activation-incomplete = That link is not complete. Copy the whole link HR gave you.
people-activation-no-token = That link has no activation token in it. Copy the whole link HR gave you.
people-activation-not-a-link = That is not an activation link. Paste the whole link HR gave you.
people-password-too-short = Choose a password of at least 8 characters.
people-password-mismatch = The two passwords are not the same.

## Job changes

people-field-job-title = Job title
people-field-department = Department
people-field-branch = Branch
people-field-manager = Manager
people-field-employment-type = Employment type
people-change-title = Change job or transfer · { $name }
people-change-type-unchanged = Unchanged
people-change-effective-from = Effective from
people-change-reason-placeholder = Promotion, move to the Sales team…
people-change-save = Save change
people-change-later-hint = A later day is scheduled; the server applies it that day.
people-change-nothing = Nothing to change: every field is as it is now.
people-change-scheduled = { $count ->
    [one] { $count } change
   *[other] { $count } changes
} for { $name } scheduled for { $date }.
people-change-applied = { $count ->
    [one] { $count } change
   *[other] { $count } changes
} for { $name } in effect from { $date }.
people-change-history = History
people-change-history-empty = No changes recorded since they were hired.
people-change-status-scheduled = Scheduled
people-change-status-applied = Applied
# One line of the history: "Department: Engineering → Sales".
people-history-line = { $field }: { $before } → { $after }
people-history-none = none
people-history-department = department { $id }
people-history-branch = branch { $id }
people-history-person = person { $id }
people-history-from = from { $date }
people-history-by = by { $name }
people-history-recorded = recorded { $when }

## Offboarding

people-offboard-title = Offboard · { $name }
# Around the last working day, shown in bold between the two.
people-offboard-last-day-before = Last working day
people-offboard-last-day-after = ; access ends { $when }.
people-offboard-reason = Reason: { $reason }
people-offboard-still-open = Still open
people-open-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
people-open-none = none
people-open-leave = Leave balances to settle
# $type is the leave type ("Annual"), $count the days left, $pending the days asked for and not yet decided.
people-open-leave-balance = { $type }: { $count ->
    [one] { $count } day
   *[other] { $count } days
} left
people-open-leave-balance-pending = { $type }: { $count ->
    [one] { $count } day
   *[other] { $count } days
} left, { $pending } pending
people-open-assets = Assets to return
people-open-asset = { $name } ({ $tag })
people-open-requests = Their leave requests still pending
people-open-approvals = Requests waiting on their approval
people-open-corrections = Attendance corrections pending
people-offboard-cancel-confirm = Cancel { $name }'s offboarding? They keep their access.
people-offboard-cancel = Cancel offboarding
people-offboard-keep = Keep it
people-offboard-self = You cannot offboard yourself.
people-offboard-earlier-cancelled = An earlier offboarding was cancelled.
people-offboard-last-day = Last working day
people-offboard-reason-placeholder = Resignation, end of contract…
people-offboard-submit = Offboard { $name }
people-offboard-hint = Their access ends after the last working day; you can cancel until then.
people-offboarding-scheduled = Leaving
people-offboarding-completed = Left
people-offboarding-cancelled = Cancelled

## Branch checks

people-branch-name-required = The name field is required.
people-branch-latitude-invalid = The latitude must be a number between -90 and 90.
people-branch-longitude-invalid = The longitude must be a number between -180 and 180.
people-branch-radius-invalid = The radius must be between 1 and 10000 metres.

## Bank-detail requests

people-bank-pending = Waiting for HR
people-bank-approved = Approved
people-bank-rejected = Rejected
people-bank-withdrawn = Withdrawn
# $when is a day and time ("Today, 14:05").
people-bank-waiting-since = Waiting for HR since { $when }
people-bank-asked = { $status } · asked { $when }

## Emergency contacts

people-contact-name-required = The name field is required.
people-contact-relationship-required = The relationship field is required.
people-contact-phone-required = The phone field is required.
people-contacts-too-many = { $count ->
    [one] At most { $count } emergency contact.
   *[other] At most { $count } emergency contacts.
}
