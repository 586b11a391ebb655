# The app's shared chrome: the offline banner, the sync pill, the top bar, refusals, write results and
# empty states.

## Offline banner
chrome-offline-last-synced = Última sincronização: { $when }.
chrome-offline-sign-in = Entrar
chrome-offline-still-unreachable = Ainda não foi possível acessar o servidor
chrome-offline-back-online = Online de novo — tudo sincronizado
chrome-offline-still-offline = Ainda offline

## Sync pill in the top bar: one word for the state, then counts beside it.
chrome-sync-refused = Recusado
chrome-sync-offline = Offline
chrome-sync-pending = Pendente
chrome-sync-synced = Sincronizado
# $label: the sync state in a sentence, e.g. "2 changes waiting to sync".

## Top bar
# Badge beside the company's name when the app runs its demo company.
chrome-demo = Demo

## Refusals: the server refused a change made on this device.
chrome-refusal-fallback = O servidor recusou esta alteração.
chrome-refusal-dismiss = Dispensar

## Write results
# Before a warning of the device's own check (e.g. "You are outside the branch").
chrome-heads-up = Atenção:

## Screens whose company data has not reached the device yet.
# $what: what is missing, as it reads mid-sentence ("the directory"); $What: the same with a capital first letter.
chrome-first-fill-missing = Ainda não disponível neste aparelho: { $what }
chrome-first-fill-missing-detail = Os dados serão baixados assim que o servidor estiver acessível.
chrome-first-fill-loading = Carregando { $what } do servidor…
chrome-first-fill-loading-detail = Isso só acontece uma vez; depois, abre direto deste aparelho, mesmo offline.

## Navigation badge: the accessible name of the unread count.
