# The app's shared chrome: the offline banner, the sync pill, the top bar, refusals, write results and
# empty states.

## Offline banner
chrome-offline-last-synced = Last synced { $when }.
chrome-offline-sign-in = Sign in
chrome-offline-still-unreachable = Still can't reach the server
chrome-offline-back-online = Back online — everything synced
chrome-offline-still-offline = Still offline

## Sync pill in the top bar: one word for the state, then counts beside it.
chrome-sync-refused = Refused
chrome-sync-offline = Offline
chrome-sync-pending = To sync
chrome-sync-synced = Synced
# $label: the sync state in a sentence, e.g. "2 changes waiting to sync".

## Top bar
# Badge beside the company's name when the app runs its demo company.
chrome-demo = Demo

## Refusals: the server refused a change made on this device.
chrome-refusal-fallback = The server refused this change.
chrome-refusal-dismiss = Dismiss

## Write results
# Before a warning of the device's own check (e.g. "You are outside the branch").
chrome-heads-up = Heads up:

## Screens whose company data has not reached the device yet.
# $what: what is missing, as it reads mid-sentence ("the directory"); $What: the same with a capital first letter.
# $what: what is missing, as it reads mid-sentence; $What: the same, capitalised.
chrome-first-fill-missing = { $What } is not on this device yet
chrome-first-fill-missing-detail = It is fetched as soon as the server can be reached.
chrome-first-fill-loading = Loading { $what } from the server…
chrome-first-fill-loading-detail = This happens once; after that it opens from this device, even offline.

## Navigation badge: the accessible name of the unread count.
