# Assets: HR's catalogue, handing out and taking back, requests and problems; an employee's own equipment.

assets-subtitle-hr = Le catalogue, qui détient quoi, et ce que les salariés demandent ou signalent
assets-subtitle-manager = Les équipements de l’entreprise et leurs détenteurs
assets-subtitle-employee = Les équipements de l’entreprise qui vous sont confiés ; demandez-en d’autres aux RH ou signalez un problème

assets-tab-catalogue = Catalogue
assets-tab-requests = Demandes
assets-tab-problems = Problèmes
assets-tab-mine = Mes équipements

# On every disabled change button while offline.
assets-offline = Modifier les équipements nécessite une connexion
assets-offline-callout = Modifier les équipements nécessite une connexion. Affichage des dernières données lues par cet appareil.

# `what` of "Loading … from the server", read mid-sentence.
assets-first-fill-company = les équipements de l’entreprise
assets-first-fill-mine = les équipements qui vous sont confiés
assets-first-fill-requests = les demandes des salariés
assets-first-fill-problems = les problèmes signalés

## Statuses

assets-status-in-stock = En stock
assets-status-assigned = Attribué
assets-status-in-repair = En réparation
assets-status-retired = Réformé
# A manager's list calls an asset in stock "available".
assets-team-available = Disponible

assets-filter-by-status = Filtrer par statut
assets-filter-all = Tous { $count }
assets-filter-in-stock = En stock { $count }
assets-filter-assigned = Attribués { $count }
assets-filter-available = Disponibles { $count }
assets-filter-in-repair = En réparation { $count }
assets-filter-retired = Réformés { $count }

assets-search-label = Rechercher des équipements
assets-search-placeholder = N° d’inventaire, nom, détenteur…
assets-none-match = Aucun équipement ne correspond

assets-col-tag = N° d’inventaire
assets-col-asset = Équipement
assets-col-category = Catégorie
assets-col-status = Statut
assets-col-holder = Détenteur

# Before a serial number: "SN 5CG1234".
assets-serial-short = N/S
assets-holder-since = depuis le { $date }
assets-yours-since = Confié depuis le { $date }

## Categories offered as one types (anything else may be typed)

assets-category-laptop = Ordinateur portable
assets-category-monitor = Écran
assets-category-headset = Casque
assets-category-phone = Téléphone
assets-category-keyboard = Clavier
assets-category-mouse = Souris
assets-category-docking-station = Station d’accueil

## The catalogue

assets-add = Ajouter un équipement
assets-edit-title = Modifier { $tag }
assets-assign = Attribuer
assets-take-back = Récupérer
assets-history = Historique
assets-history-offline = L’historique est lu sur le serveur
assets-bought-on-for = Acheté le { $date } pour { $cost }
assets-bought-on = Acheté le { $date }
assets-bought-for = Acheté pour { $cost }
assets-added = { $tag } { $name } ajouté ({ $status ->
        [in_stock] en stock
        [assigned] attribué
        [in_repair] en réparation
       *[retired] réformé
    }).
assets-saved = { $tag } { $name } enregistré ({ $status ->
        [in_stock] en stock
        [assigned] attribué
        [in_repair] en réparation
       *[retired] réformé
    }).
assets-returned = { $tag } a été rendu par { $name } ({ $condition }).
assets-assigned-to = { $tag } est désormais confié à { $name }.

## The add/edit form

assets-field-tag = N° d’inventaire
assets-field-name = Nom
assets-field-category = Catégorie
assets-field-serial = Numéro de série (facultatif)
assets-field-bought = Acheté le (facultatif)
assets-field-cost = Coût (facultatif)
assets-field-status = Statut
assets-status-assigned-hint = Attribué à { $name } : récupérez-le pour changer son statut.
assets-status-hint = Un équipement devient « attribué » lorsque vous l’attribuez à quelqu’un.
assets-save-asset = Enregistrer l’équipement
assets-add-asset = Ajouter l’équipement
assets-nothing-to-save = Rien à enregistrer : modifiez d’abord un champ.
assets-cost-error = Le coût d’achat doit être un montant avec au plus deux décimales.

## Handing out and taking back

assets-assign-label = Attribuer { $tag }
assets-take-back-label = Récupérer { $tag }
assets-assign-to = À
assets-choose-someone = Choisir une personne…
assets-condition-out-label = État à la remise
assets-condition-back-label = État au retour
assets-condition-good = Bon état
assets-condition-worn = Usé
assets-condition-damaged = Endommagé
assets-condition-lost = Perdu
assets-condition-back-in-stock = retour en stock
assets-condition-to-repair = part en réparation
assets-condition-retired = réformé et retiré du catalogue
# A condition as the server keeps it, mid-sentence; one HR typed themselves is shown as it is.
assets-condition-word = { $condition ->
        [new] neuf
        [good] bon état
        [worn] usé
        [damaged] endommagé
        [lost] perdu
       *[other] { $condition }
    }
assets-note-label = Remarque (facultatif)
assets-note-placeholder-assign = Avec chargeur
assets-note-placeholder-return = Rayure sur le capot

## Who held an asset

assets-who-held = Qui l’a eu
assets-looking = Chargement…
assets-nobody-yet = Personne pour l’instant.
assets-spell-range = { $from } – { $to }
assets-spell-since = Depuis le { $from }
assets-spell-until = Jusqu’au { $to }
assets-spell-unknown = Avant le début de l’historique
# "Out good · back worn (Ear cushions replaced)": how it went out and came back.
assets-spell-out = Remise : { $condition }
assets-spell-out-note = Remise : { $condition } ({ $note })
assets-spell-back = retour : { $condition }
assets-spell-back-note = retour : { $condition } ({ $note })
assets-handed-out-by = remis par { $name }
assets-taken-back-by = récupéré par { $name }

## Requests for equipment

assets-requests-title = Demandes d’équipement
assets-no-requests = Aucune demande
# The name and the category are shown in bold.
assets-request-asks = { $name } demande : { $category }
assets-fulfil-with = Attribuer l’équipement
assets-choose-in-stock = Choisir un équipement en stock…
assets-none-in-stock = Aucun en stock
assets-fulfil-hint = { $category } en stock ; il sera attribué à { $name }.
assets-fulfil = Attribuer
assets-decline-because = Ou refuser, au motif que
assets-decline = Refuser
assets-request-fulfilled = Demande de { $name } ({ $category }) : accordée avec { $tag }.
assets-request-declined = Demande de { $name } ({ $category }) : refusée.
assets-outcome-fulfilled = Accordée
assets-outcome-fulfilled-with = Accordée avec { $tag }
assets-outcome-fulfilled-by = Accordée par { $by }
assets-outcome-fulfilled-with-by = Accordée avec { $tag } par { $by }
assets-outcome-declined = Refusée
assets-outcome-declined-by = Refusée par { $by }
assets-outcome-declined-reason = Refusée : { $reason }
assets-outcome-declined-by-reason = Refusée par { $by } : { $reason }
assets-outcome-waiting = En attente des RH

## Reported problems

assets-problems-title = Problèmes signalés
assets-which-problems = Quels problèmes
assets-problems-open = Ouverts
assets-open-problems = { $count ->
        [0] Aucun problème ouvert
        [one] { $count } problème ouvert
       *[other] { $count } problèmes ouverts
    }
assets-nothing-open = Rien en cours
assets-no-problems = Aucun problème signalé
assets-resolved-badge = Résolu
assets-what-was-done = Ce qui a été fait (facultatif)
assets-what-was-done-placeholder = Batterie remplacée
assets-resolve = Marquer comme résolu
assets-problem-resolved = Problème de { $name } avec { $tag } résolu ; la personne est prévenue.
assets-resolved = Résolu
assets-resolved-by = Résolu par { $by }
assets-resolved-on = Résolu le { $date }
assets-resolved-by-on = Résolu par { $by } le { $date }
# A resolution and the note of what was done.
assets-resolved-note = { $text } : { $note }

## What you hold

assets-what-you-hold = Vos équipements
assets-mine-empty = Aucun équipement de l’entreprise ne vous est confié
assets-mine-empty-hint = Faites une demande aux RH ci-dessous si vous en avez besoin.
assets-report-problem = Signaler un problème
assets-problem-label = Quel est le problème avec { $tag } ?
assets-send-to-hr = Envoyer aux RH
assets-reported = Signalé aux RH : « { $description } ». Vous recevrez une notification une fois le problème résolu.
assets-ask-title = Demander un équipement
assets-ask-intro = Les RH décident : elles vous le remettent ou vous expliquent pourquoi pas.
assets-ask-kind = Type d’équipement
assets-ask-kind-placeholder = Écran, casque, téléphone…
assets-ask-why = Pourquoi vous en avez besoin
assets-ask-send = Demander aux RH
assets-asked = Demande envoyée aux RH : { $category }. Vous recevrez une notification de leur décision.
