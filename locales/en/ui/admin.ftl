# The Admin screen: people and their sign-in accounts, departments and branches, bank-detail requests,
# groups, the organization and trusted origins.

admin-intro = People and their accounts, departments and branches, bank details, groups, the organization and trusted origins
admin-tabs-label = Admin area
admin-tab-people = People
admin-tab-org-units = Departments & branches
admin-tab-bank = Bank details
admin-tab-groups = Groups
admin-tab-organization = Organization
admin-tab-origins = Trusted origins

# On every disabled write button, and wherever a change was refused for want of a connection.
admin-offline-write = Admin changes need a connection
admin-offline-last-read = Admin changes need a connection. Showing what this device last read.

# Shared field names.
admin-name = Name
admin-address = Address
# Text someone typed (a reason), quoted inside a line.
admin-quoted = “{ $text }”
# A person the device has no name for yet.
admin-person-id = person { $id }

## Account statuses

admin-status-active = Active
admin-status-staged = Staged
admin-status-provisioned = Provisioned
admin-status-recovery = Password reset
admin-status-password-expired = Password expired
admin-status-locked-out = Locked out
admin-status-suspended = Suspended
admin-status-deactivated = Deactivated
# The status filter's choice for accounts never used yet.
admin-status-not-yet-active = Staged or provisioned
admin-status-all = All statuses

## Lifecycle actions on an account

admin-action-activate = Activate
# Sends a new one-time link to choose a password.
admin-action-reactivate = New activation link
admin-action-unsuspend = Unsuspend
admin-action-unlock = Unlock
admin-action-reset-password = Reset password
admin-action-suspend = Suspend
admin-action-deactivate = Deactivate

admin-confirm-suspend = Suspend { $name }? They are signed out on every device until unsuspended.
admin-confirm-deactivate = Deactivate { $name }? They are signed out everywhere and can no longer sign in.
admin-confirm-reset-password = Reset { $name }'s password? Their current password stops working until they set a new one.
# $action is one of the action names above.
admin-confirm-action = { $action } { $name }?

# What a finished action says. $action is one of the action names above, $status one of the statuses.
admin-outcome = { $action }: { $name }
admin-outcome-status = { $action }: { $name } — status now { $status }
admin-outcome-link = { $action }: { $name }. Hand over this one-time link (valid 7 days)
admin-outcome-status-link = { $action }: { $name } — status now { $status }. Hand over this one-time link (valid 7 days)

## People

admin-search-label = Search accounts
admin-search-placeholder = Search by name, email, department or title
admin-status-filter = Status
admin-hire-open = Hire someone
admin-people-count = { $shown } of { $total }
admin-person-change = Change job / transfer
admin-person-offboard = Offboard
admin-empty = No accounts
admin-empty-query = No one matches “{ $query }”
admin-empty-status = No accounts with status “{ $status }”
admin-empty-status-query = No one with status “{ $status }” matches “{ $query }”

## Departments and branches

admin-org-units-label = Departments and branches
admin-departments = Departments
admin-departments-empty = No departments
admin-department-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
admin-department-head = head: { $name }
admin-department-no-head = no head
admin-department-head-label = Head
admin-department-head-optional = Head (optional)
admin-department-no-head-option = No head
admin-department-add-title = Add a department
admin-department-add = Add department
admin-department-added = Added the department { $name }.
admin-unit-saved = Saved { $name }.
admin-unit-retired = { $name } retired: it leaves the pickers.
admin-unit-restored = { $name } is back in the pickers.
admin-unit-retired-badge = Retired
admin-unit-retire = Retire
admin-unit-restore = Restore

admin-branches = Branches
admin-branches-empty = No branches
admin-branch-add-open = Add a branch
admin-branch-added = Added the branch { $name }.
admin-branch-no-address = No address
admin-branch-no-fence = No geofence: check-ins from anywhere
# $radius is a distance ("150 m"), $latitude and $longitude the centre's coordinates.
admin-branch-fence = Geofence { $radius } around { $latitude }, { $longitude }

## A branch's editor

admin-branch-edit-label = Edit { $name }
admin-branch-new-label = New branch
admin-branch-fence-legend = Geofence: check-ins count only within the radius of this centre
admin-branch-latitude = Latitude
admin-branch-longitude = Longitude
admin-branch-radius = Radius (m)
admin-branch-use-position = Use this device's position
admin-branch-no-position-note = This device has no position. On a computer, set its desk location in Profile & settings.
admin-branch-no-position = This device has no position to measure from.
admin-branch-keep-fence = Leave the three fence fields empty to keep the fence as it is.
admin-branch-save = Save branch
admin-branch-add = Add branch
# One sentence around a distance shown in bold: "This device is [120 m] from the centre: …".
# admin-branch-distance(-accuracy) comes before the distance, one of the three after it.
admin-branch-distance = This device is
admin-branch-distance-accuracy = This device ({ $accuracy }) is
admin-branch-distance-accepted = from the centre: a check-in from here would be accepted.
admin-branch-distance-refused = from the centre: a check-in from here would be refused.
admin-branch-distance-unknown = from the centre.

## Bank-detail requests

admin-bank-title = Bank-detail requests
admin-bank-filter = Show
admin-bank-filter-pending = Waiting for a decision
admin-bank-filter-all = All requests
admin-bank-filter-approved = Approved
admin-bank-filter-rejected = Rejected
admin-bank-filter-withdrawn = Withdrawn
admin-bank-intro = People ask to be paid to another account; payroll keeps paying the current one until you approve. Only the last four characters of an IBAN are ever shown.
admin-bank-offline = Admin changes need a connection: requests are read from the server.
admin-bank-empty-pending = Nothing waiting for a decision
admin-bank-empty = No requests
admin-bank-asked = Asked { $when }
admin-bank-decided = decided { $when }
admin-bank-decided-by = decided { $when } by { $name }
admin-bank-approve = Approve
admin-bank-reject = Reject
admin-bank-reject-reason = Why is it rejected?
admin-bank-reject-confirm = Reject request
admin-bank-reason-needed = Say why, so they know what to fix.
# $iban shows only its last four characters.
admin-bank-approved-notice = Approved: { $name } is paid to { $iban } from the next payroll run.
admin-bank-rejected-notice = Rejected { $name }'s request; they see your reason.

## Groups

admin-groups-count = { $count ->
    [one] { $count } group
   *[other] { $count } groups
}
admin-groups-empty = No groups
admin-group-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
# A member in the group themselves, not through another group.
admin-group-direct = direct
admin-group-no-members = No members

## Organization

admin-org-subdomain = Subdomain
admin-org-website = Website
admin-org-phone = Phone
admin-org-support = Support for employees
admin-org-help-page = Help page
admin-org-support-phone = Support phone
admin-org-not-set = Not set
admin-org-contacts = Contacts
admin-org-contact-billing = Billing
admin-org-contact-technical = Technical
admin-org-contact-nobody = Nobody

## Trusted origins

admin-origins-intro = Web origins the sign-in and identity APIs accept for CORS requests and redirects.
admin-origins-empty = No trusted origins
admin-origin-remove-confirm = Remove { $origin }? Requests from it are refused at once.
admin-origin-redirect = Redirect
admin-origin-active = Active
admin-origin-inactive = Inactive
admin-origin-add-title = Add a trusted origin
admin-origin-url = Origin
admin-origin-add = Add origin
