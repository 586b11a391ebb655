# Shared components: approval steps, contact links, CSV exports.

shared-approval-steps = Étapes de validation
# Read by screen readers after a link to a web page.
shared-opens-in-browser = (s’ouvre dans votre navigateur)

## Team attendance exported as CSV: the column headings and yes/no values

shared-csv-employee = Salarié
shared-csv-date = Date
shared-csv-check-in = Arrivée
shared-csv-check-out = Départ
shared-csv-worked-minutes = Temps travaillé (min)
shared-csv-late = En retard
shared-csv-branch = Site
shared-csv-synced = Synchronisé
shared-csv-check-in-utc = Arrivée (UTC)
shared-csv-check-out-utc = Départ (UTC)
shared-csv-yes = oui
shared-csv-no = non
