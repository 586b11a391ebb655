# Shared components: approval steps, contact links, CSV exports.

shared-approval-steps = Etapas de aprovação
# Read by screen readers after a link to a web page.
shared-opens-in-browser = (abre no seu navegador)

## Team attendance exported as CSV: the column headings and yes/no values

shared-csv-employee = Funcionário
shared-csv-date = Data
shared-csv-check-in = Entrada
shared-csv-check-out = Saída
shared-csv-worked-minutes = Trabalhado (min)
shared-csv-late = Atrasado
shared-csv-branch = Filial
shared-csv-synced = Sincronizado
shared-csv-check-in-utc = Entrada (UTC)
shared-csv-check-out-utc = Saída (UTC)
shared-csv-yes = sim
shared-csv-no = não
