# The app's shared chrome: the offline banner, the sync pill, the top bar, refusals, write results and
# empty states.

## Offline banner
chrome-offline-last-synced = Zuletzt synchronisiert: { $when }.
chrome-offline-sign-in = Anmelden
chrome-offline-still-unreachable = Server weiterhin nicht erreichbar
chrome-offline-back-online = Wieder online – alles synchronisiert
chrome-offline-still-offline = Weiterhin offline

## Sync pill in the top bar: one word for the state, then counts beside it.
chrome-sync-refused = Abgelehnt
chrome-sync-offline = Offline
chrome-sync-pending = Ausstehend
chrome-sync-synced = Synchronisiert
# $label: the sync state in a sentence, e.g. "2 changes waiting to sync".

## Top bar
# Badge beside the company's name when the app runs its demo company.
chrome-demo = Demo

## Refusals: the server refused a change made on this device.
chrome-refusal-fallback = Der Server hat diese Änderung abgelehnt.
chrome-refusal-dismiss = Ausblenden

## Write results
# Before a warning of the device's own check (e.g. "You are outside the branch").
chrome-heads-up = Hinweis:

## Screens whose company data has not reached the device yet.
# $what: what is missing, as it reads mid-sentence ("the directory"); $What: the same with a capital first letter.
chrome-first-fill-missing = Noch nicht auf diesem Gerät: { $what }
chrome-first-fill-missing-detail = Die Daten werden abgerufen, sobald der Server erreichbar ist.
chrome-first-fill-loading = Wird vom Server geladen: { $what } …
chrome-first-fill-loading-detail = Das geschieht nur einmal; danach ist alles auf diesem Gerät verfügbar, auch offline.

## Navigation badge: the accessible name of the unread count.
