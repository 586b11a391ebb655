# Shared components: approval steps, contact links, CSV exports.

shared-approval-steps = Freigabeschritte
# Read by screen readers after a link to a web page.
shared-opens-in-browser = (öffnet sich in Ihrem Browser)

## Team attendance exported as CSV: the column headings and yes/no values

shared-csv-employee = Mitarbeitende
shared-csv-date = Datum
shared-csv-check-in = Eingestempelt
shared-csv-check-out = Ausgestempelt
shared-csv-worked-minutes = Gearbeitet (Min.)
shared-csv-late = Verspätet
shared-csv-branch = Standort
shared-csv-synced = Synchronisiert
shared-csv-check-in-utc = Eingestempelt (UTC)
shared-csv-check-out-utc = Ausgestempelt (UTC)
shared-csv-yes = ja
shared-csv-no = nein
