# Shared components: approval steps, contact links, CSV exports.

shared-approval-steps = Pasos de aprobación
# Read by screen readers after a link to a web page.
shared-opens-in-browser = (se abre en tu navegador)

## Team attendance exported as CSV: the column headings and yes/no values

shared-csv-employee = Empleado
shared-csv-date = Fecha
shared-csv-check-in = Entrada
shared-csv-check-out = Salida
shared-csv-worked-minutes = Trabajado (min)
shared-csv-late = Con retraso
shared-csv-branch = Sede
shared-csv-synced = Sincronizado
shared-csv-check-in-utc = Entrada (UTC)
shared-csv-check-out-utc = Salida (UTC)
shared-csv-yes = sí
shared-csv-no = no
