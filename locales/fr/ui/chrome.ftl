# The app's shared chrome: the offline banner, the sync pill, the top bar, refusals, write results and
# empty states.

## Offline banner
chrome-offline-last-synced = Dernière synchronisation : { $when }.
chrome-offline-sign-in = Se connecter
chrome-offline-still-unreachable = Le serveur reste injoignable
chrome-offline-back-online = De nouveau en ligne — tout est synchronisé
chrome-offline-still-offline = Toujours hors ligne

## Sync pill in the top bar: one word for the state, then counts beside it.
chrome-sync-refused = Refusé
chrome-sync-offline = Hors ligne
chrome-sync-pending = À synchroniser
chrome-sync-synced = Synchronisé
# $label: the sync state in a sentence, e.g. "2 changes waiting to sync".

## Top bar
# Badge beside the company's name when the app runs its demo company.
chrome-demo = Démo

## Refusals: the server refused a change made on this device.
chrome-refusal-fallback = Le serveur a refusé cette modification.
chrome-refusal-dismiss = Masquer

## Write results
# Before a warning of the device's own check (e.g. "You are outside the branch").
chrome-heads-up = Attention :

## Screens whose company data has not reached the device yet.
# $what: what is missing, as it reads mid-sentence ("the directory"); $What: the same with a capital first letter.
chrome-first-fill-missing = Pas encore sur cet appareil : { $what }
chrome-first-fill-missing-detail = Les données seront récupérées dès que le serveur sera joignable.
chrome-first-fill-loading = Chargement depuis le serveur : { $what }…
chrome-first-fill-loading-detail = Cela n’arrive qu’une fois ; ensuite, tout s’ouvre depuis cet appareil, même hors ligne.

## Navigation badge: the accessible name of the unread count.
