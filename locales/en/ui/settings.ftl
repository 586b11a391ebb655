settings-appearance = Appearance
settings-language = Language
settings-language-system = Same as this device
settings-language-hint = Your notifications and payslips use it too.

## The page and the profile.

settings-subtitle = Your details, appearance, sync and account.
settings-profile = Profile
settings-profile-waiting = Your profile will appear once the app has reached the server.
settings-profile-email = Email
settings-phone = Phone
settings-profile-employee-number = Employee no.
settings-profile-job-title = Job title
settings-profile-role = Role
settings-profile-department = Department
settings-profile-branch = Branch
settings-profile-manager = Manager
settings-profile-company = Company
settings-profile-help = Help
settings-profile-help-line = Help line
settings-profile-app-contact = App contact
settings-profile-started = Started

## The person's own details: changed online only, each the server's answer at once.

settings-your-details = Your details
settings-self-offline-title = Changing your details needs a connection
settings-self-offline = Changing your details needs a connection: you're offline, and these changes are never queued — HR and payroll must see the server's answer.
settings-contact-details = Contact details
settings-personal-email = Personal email
settings-home-address = Home address
settings-contact-hint = A field left empty keeps what HR has on file.
settings-contact-save = Save contact details
settings-contact-saved = Saved — your contact details are up to date.
settings-emergency-contacts = Emergency contacts
settings-emergency-on-file = { $count ->
    [one] { $count } contact on file, shown below.
   *[other] { $count } contacts on file, shown below.
}
settings-emergency-none-on-file = None on file yet.
settings-emergency-limit = Up to { $max }; saving replaces the list on file with this one.
settings-emergency-load-error = Couldn't read the contacts on file: { $error }
settings-emergency-load-error-hint = Saving replaces them with this list.
settings-emergency-reading = Reading the contacts on file…
# A contact's row, for screen readers: "Contact 2".
settings-emergency-contact = Contact { $number }
settings-emergency-name = Name
settings-emergency-relationship = Relationship
settings-emergency-remove = Remove contact { $number }
settings-emergency-add = Add a contact
settings-emergency-save = Save emergency contacts
settings-emergency-saved = { $count ->
    [one] Saved — { $count } emergency contact on file.
   *[other] Saved — { $count } emergency contacts on file.
}
settings-emergency-saved-none = Saved — no emergency contacts on file.
settings-bank-details = Bank details
settings-bank-hint = Your pay goes to the account HR approved. A change is a request: payroll keeps paying the current account until HR approves the new one. Only the last four characters of an IBAN are ever shown.
# Followed by the masked IBAN.
settings-bank-paid-to = Paid to { $holder }
settings-bank-approved = approved { $at }
settings-bank-none = HR has no approved account on file for you yet.
settings-bank-replaces = A new request replaces this one.
settings-bank-load-error = Couldn't read your bank details: { $error }
settings-bank-reading = Reading your bank details…
settings-bank-holder = Account holder
settings-bank-iban = IBAN
settings-bank-bic = BIC (optional)
settings-bank-send = Send to HR
settings-bank-change = Change bank details
settings-bank-holder-required = The account holder field is required.
settings-bank-iban-invalid = This IBAN's check digits are wrong: check it against your bank's letter.
settings-bank-sent = Sent to HR. Payroll keeps paying your current account until they approve.

## Appearance, the demo server and the desk location.

settings-theme = Theme
settings-theme-system = System
settings-theme-light = Light
settings-theme-dark = Dark
settings-theme-hint = System follows your device's light or dark setting.
settings-demo-server = Demo server
settings-demo-running = Server running
settings-demo-simulating = Simulating no signal
settings-demo-hint = Turn off to simulate no signal: check in or request leave, then turn it back on to watch it sync.
settings-demo-signal-back = Signal is back — syncing
settings-demo-no-signal = No signal: changes will wait on this device
settings-desk-location = Desk location
settings-desk-label = Where this computer is (latitude,longitude[,accuracy m])
settings-desk-hint = Used for check-in on this computer, e.g. a kiosk at a branch door. Leave empty to clear.
settings-desk-saved = Desk location saved
settings-desk-cleared = Desk location cleared

## Sync: what waits to be sent, and what the server refused.

settings-sync = Sync
# $when: how long ago ("5 min ago").
settings-last-synced = Last synced { $when }
settings-first-fetch = Fetching the company's data for the first time…
settings-not-synced = Not synced yet
settings-offline = offline
settings-sync-now = Sync now
settings-last-attempt-failed = Last attempt failed: { $error }
settings-sync-sent = { $count ->
    [one] Sent { $count } change.
   *[other] Sent { $count } changes.
}
# $list: each refused change with the server's reason.
settings-sync-refused = { $count ->
    [one] { $count } change refused: { $list }
   *[other] { $count } changes refused: { $list }
}
settings-sync-sign-in-again = Sign in again to finish syncing.
settings-sync-unreachable = { $count ->
    [one] Couldn't reach the server — { $count } change still waiting.
   *[other] Couldn't reach the server — { $count } changes still waiting.
}
settings-sync-up-to-date = Everything is up to date.
settings-waiting-to-sync = Waiting to sync
settings-write-made = Made { $at }
settings-write-attempts = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
settings-write-next-try = next try { $at }
settings-write-refused-at = refused { $at }
settings-nothing-waiting = Nothing waiting — every change has reached the server.
settings-nothing-waiting-refused = { $count ->
    [one] Nothing waiting to send. { $count } change was refused — see below.
   *[other] Nothing waiting to send. { $count } changes were refused — see below.
}
settings-refused-by-server = Refused by the server
settings-what-you-can-do = What you can do:
settings-dismiss = Dismiss
settings-dismiss-all = Dismiss all
settings-refusals-dismissed = { $count ->
    [one] Refusal dismissed
   *[other] { $count } refusals dismissed
}

## The account and signing out.

settings-account = Account
settings-server = Server
settings-demo = Demo
settings-signed-in-as = Signed in as
settings-app-version = App version
settings-sign-out = Sign out
settings-sign-out-hint = Signing out erases your data from this device.
settings-confirm-sign-out = Sign out and discard unsynced changes?
settings-unsynced = { $count ->
    [one] { $count } change on this device hasn't synced yet. Signing out now discards it.
   *[other] { $count } changes on this device haven't synced yet. Signing out now discards them.
}
settings-sign-out-anyway = Sign out anyway
settings-keep-signed-in = Keep me signed in
settings-signed-out = Signed out
