# Shared components: approval steps, contact links, CSV exports.

shared-approval-steps = Approval steps
# Read by screen readers after a link to a web page.
shared-opens-in-browser = (opens in your browser)

## Team attendance exported as CSV: the column headings and yes/no values

shared-csv-employee = Employee
shared-csv-date = Date
shared-csv-check-in = Check in
shared-csv-check-out = Check out
shared-csv-worked-minutes = Worked (min)
shared-csv-late = Late
shared-csv-branch = Branch
shared-csv-synced = Synced
shared-csv-check-in-utc = Check in (UTC)
shared-csv-check-out-utc = Check out (UTC)
shared-csv-yes = yes
shared-csv-no = no
