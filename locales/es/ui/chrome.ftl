# The app's shared chrome: the offline banner, the sync pill, the top bar, refusals, write results and
# empty states.

## Offline banner
chrome-offline-last-synced = Última sincronización: { $when }.
chrome-offline-sign-in = Iniciar sesión
chrome-offline-still-unreachable = Sigue sin haber conexión con el servidor
chrome-offline-back-online = Conexión recuperada: todo sincronizado
chrome-offline-still-offline = Sigues sin conexión

## Sync pill in the top bar: one word for the state, then counts beside it.
chrome-sync-refused = Rechazado
chrome-sync-offline = Sin conexión
chrome-sync-pending = Por sincronizar
chrome-sync-synced = Sincronizado
# $label: the sync state in a sentence, e.g. "2 changes waiting to sync".

## Top bar
# Badge beside the company's name when the app runs its demo company.
chrome-demo = Demo

## Refusals: the server refused a change made on this device.
chrome-refusal-fallback = El servidor rechazó este cambio.
chrome-refusal-dismiss = Descartar

## Write results
# Before a warning of the device's own check (e.g. "You are outside the branch").
chrome-heads-up = Atención:

## Screens whose company data has not reached the device yet.
# $what: what is missing, as it reads mid-sentence ("the directory"); $What: the same with a capital first letter.
chrome-first-fill-missing = Aún no disponible en este dispositivo: { $what }
chrome-first-fill-missing-detail = Se descargará en cuanto haya conexión con el servidor.
chrome-first-fill-loading = Cargando { $what } desde el servidor…
chrome-first-fill-loading-detail = Solo ocurre una vez; después se abre desde este dispositivo, incluso sin conexión.

## Navigation badge: the accessible name of the unread count.
