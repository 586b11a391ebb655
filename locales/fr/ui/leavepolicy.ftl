# Règles de congés (RH) : types de congé et leurs règles, soldes tenus dans un registre, et tâches d’attribution et de clôture annuelle.

leavepolicy-intro = Les types de congé et leurs règles, les soldes de chacun tenus dans un registre d’écritures signées, et les attributions, acquisitions et clôtures annuelles qui l’alimentent
leavepolicy-tab-types = Types de congé
leavepolicy-tab-ledger = Soldes et registre
leavepolicy-tab-jobs = Attributions et clôture annuelle

leavepolicy-offline = Modifier les règles de congés nécessite une connexion
leavepolicy-offline-sentence = Modifier les règles de congés nécessite une connexion.
leavepolicy-offline-last-read = { $reason }. Affichage de la dernière version lue sur cet appareil.

## Types de congé : les règles d’un type en clair

leavepolicy-paid = Payé
leavepolicy-unpaid = Non payé
leavepolicy-partly-paid = Partiellement payé : { $percent } % du salaire
leavepolicy-allowance-none = Aucun droit annuel
leavepolicy-allowance-monthly = { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    } par an, acquis par douzième à la fin de chaque mois travaillé
leavepolicy-allowance-upfront = { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    } par an, tous attribués le 1er janvier
leavepolicy-allowance-upfront-prorated = { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    } par an, tous attribués le 1er janvier ; les personnes arrivées en cours d’année reçoivent la part restante
leavepolicy-carry-none = Les jours non pris sont perdus à la fin de l’année
leavepolicy-carry = Jusqu’à { $count ->
        [one] { $count } jour non pris reporté
       *[other] { $count } jours non pris reportés
    } sur l’année suivante
leavepolicy-carry-expiring = Jusqu’à { $count ->
        [one] { $count } jour non pris reporté
       *[other] { $count } jours non pris reportés
    } sur l’année suivante, perdus s’ils ne sont pas pris dans { $months ->
        [one] le mois
       *[other] les { $months } mois
    }
leavepolicy-approval-none = Aucune validation requise
leavepolicy-approval-none-extra = Aucune validation requise ; validation RH au-delà de { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
leavepolicy-approval-manager = Validé par le responsable
leavepolicy-approval-manager-extra = Validé par le responsable ; par les RH aussi au-delà de { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
leavepolicy-approval-manager-hr = Validé par le responsable, puis par les RH
leavepolicy-counts-all-days = Les week-ends et jours fériés inclus dans une demande sont décomptés
leavepolicy-counts-working-days = Seuls les jours travaillés sont décomptés
leavepolicy-whole-days = Pris par journées entières
leavepolicy-half-days = Peut commencer ou finir à midi
leavepolicy-notice = À demander au moins { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    } à l’avance
leavepolicy-negative = Le solde peut descendre jusqu’à { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    } sous zéro
leavepolicy-attachment-required = Un justificatif est obligatoire

leavepolicy-types-empty = Aucun type de congé pour l’instant
leavepolicy-type-retired-badge = Retiré
leavepolicy-type-edit-label = Modifier { $name }
leavepolicy-type-retire = Retirer
leavepolicy-type-bring-back = Réactiver
leavepolicy-type-created = « { $name } » créé. Il s’applique aux demandes faites à partir de maintenant.
leavepolicy-type-saved = « { $name } » enregistré. Les changements s’appliquent aux demandes faites à partir de maintenant.
leavepolicy-type-retired = « { $name } » retiré : il ne peut plus être demandé ; son historique est conservé.
leavepolicy-type-unretired = « { $name } » peut de nouveau être demandé.

## Formulaire de type de congé

leavepolicy-type-create-title = Créer un type de congé
leavepolicy-type-edit-title = Modifier « { $name } »
leavepolicy-name = Nom
leavepolicy-name-placeholder = Bénévolat
leavepolicy-code = Code
leavepolicy-code-hint = Le nom utilisé dans les demandes et les rapports : lettres minuscules, chiffres, _ et -.
leavepolicy-pay = Rémunération
leavepolicy-pay-paid = Payé : salaire complet
leavepolicy-pay-partly = Partiellement payé
leavepolicy-pay-percent = % du salaire pour chaque jour pris
leavepolicy-days-per-year = Jours par an
leavepolicy-days-per-year-hint = Le droit pour une année de congés ; 0 pour un type sans droit (p. ex. arrêt maladie).
leavepolicy-accrual = Attribution
leavepolicy-accrual-upfront = En une fois, le 1er janvier
leavepolicy-accrual-monthly = Un douzième à la fin de chaque mois travaillé
leavepolicy-accrual-hint = Le serveur attribue et fait acquérir les jours de lui-même ; l’onglet Attributions et clôture annuelle le montre.
leavepolicy-prorated = Une personne arrivée en cours d’année ne reçoit que la part de l’année restante
leavepolicy-counts-all-days-label = Les week-ends et jours fériés inclus dans une demande comptent comme jours de congé
leavepolicy-half-days-label = Peut commencer ou finir à midi (demi-journées)
leavepolicy-attachment-label = Chaque demande doit être accompagnée d’un justificatif (un certificat médical, par exemple)
leavepolicy-notice-label = Délai de prévenance (jours)
leavepolicy-notice-hint = Combien de jours à l’avance une demande doit être faite ; 0 pour aucun délai.
leavepolicy-negative-label = Peut passer sous zéro de (jours)
leavepolicy-negative-hint = Permet d’emprunter sur les jours de l’année suivante ; 0 jamais.
leavepolicy-carry-label = Report maximal (jours)
leavepolicy-carry-hint = Jours non pris qui passent sur l’année suivante à la clôture ; le reste est perdu.
leavepolicy-expiry-label = Les jours reportés expirent après (mois)
leavepolicy-expiry-placeholder = Jamais
leavepolicy-expiry-hint = De 1 à 12 mois après le début de la nouvelle année ; vide : ils n’expirent jamais.
leavepolicy-chain-label = Qui valide
leavepolicy-chain-none = Aucune validation : accepté dès la demande
leavepolicy-chain-manager = Le responsable
leavepolicy-chain-manager-hr = Le responsable, puis les RH
leavepolicy-chain-hint = Une personne sans responsable est validée par les RH.
leavepolicy-extra-label = Les RH valident aussi les demandes de plus de (jours)
leavepolicy-extra-placeholder = Pas d’étape supplémentaire
leavepolicy-extra-hint = Ajoute l’étape des RH aux longues demandes quand le circuit n’en a pas ; vide : pas d’étape supplémentaire.
leavepolicy-type-save = Enregistrer le type de congé
leavepolicy-type-create = Créer le type de congé
leavepolicy-nothing-to-save = Rien à enregistrer : modifiez d’abord un champ.
leavepolicy-error-integer = Le champ « { $field } » doit être un nombre entier.
leavepolicy-error-percent = Un type partiellement payé verse entre 1 et 99 % du salaire.
leavepolicy-field-days-per-year = jours par an
leavepolicy-field-min-notice-days = délai de prévenance
leavepolicy-field-carry-over-cap = report maximal
leavepolicy-field-carry-over-expiry-months = expiration des jours reportés
leavepolicy-field-negative-allowance = solde négatif autorisé
leavepolicy-field-extra-hr-step-above-days = validation RH au-delà de

## Soldes et registre

leavepolicy-ledger-hint = Chaque changement de solde est une écriture : ce que les tâches attribuent et font acquérir, ce qui est reporté ou perdu, les congés pris, et les ajustements des RH avec leur motif et leur auteur.
leavepolicy-ledger-person = Personne
leavepolicy-ledger-choose-person = Choisir une personne…
leavepolicy-ledger-year = Année de congés
leavepolicy-year-previous = Année précédente
leavepolicy-year-next = Année suivante
leavepolicy-ledger-entries = Écritures de { $year }
leavepolicy-balance = { $type } : { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
leavepolicy-ledger-empty = Aucune écriture pour { $year } : rien n’a encore été attribué, pris ni ajusté.
leavepolicy-ledger-when = Date
leavepolicy-ledger-type = Type
leavepolicy-ledger-what = Nature
leavepolicy-ledger-days = Jours
leavepolicy-ledger-balance = Solde
leavepolicy-ledger-why = Motif, auteur
leavepolicy-ledger-server = Le serveur
leavepolicy-kind-grant = Attribution annuelle
leavepolicy-kind-accrual = Acquisition mensuelle
leavepolicy-kind-carry-over = Report
leavepolicy-kind-expiry = Jours perdus
leavepolicy-kind-adjustment = Ajustement RH
leavepolicy-kind-taken = Congé pris
leavepolicy-kind-reversal = Congé annulé, jours rendus

leavepolicy-adjust-title = Ajuster le solde
leavepolicy-adjust-type = Type de congé
leavepolicy-choose = Choisir…
leavepolicy-adjust-days = Jours (+ ajoute, − retire)
leavepolicy-adjust-reason = Motif (affiché dans le registre et le journal des modifications)
leavepolicy-adjust-submit = Ajuster pour { $year }
leavepolicy-adjust-days-zero = Le champ jours ne doit pas être nul.
leavepolicy-adjust-days-invalid = Le champ jours doit être un nombre entier de jours, + pour ajouter ou − pour retirer.
leavepolicy-adjusted = { $days } { $type } pour { $person } en { $year }, enregistré avec votre motif.

## Attributions et clôture annuelle

leavepolicy-jobs-hint = Le serveur exécute ces tâches de lui-même à leur échéance (l’attribution le 1er janvier, l’acquisition de chaque mois une fois le mois écoulé, la clôture après le 31 décembre), une seule fois chacune. Prévisualisez ce qu’une tâche écrirait ; l’exécuter n’écrit que ce qui ne l’est pas encore.
leavepolicy-job = Tâche
leavepolicy-job-month = Mois (AAAA-MM)
leavepolicy-job-year = Année
leavepolicy-job-preview = Prévisualiser
leavepolicy-job-run = Exécuter
leavepolicy-job-yearly-grant = Attribution annuelle
leavepolicy-job-yearly-grant-help = Attribue le droit annuel de chaque type donné en une fois, au prorata pour les nouveaux arrivants.
leavepolicy-job-monthly-accrual = Acquisition mensuelle
leavepolicy-job-monthly-accrual-help = Ajoute la part mensuelle de chaque type acquis chaque mois, pour les personnes ayant travaillé ce mois-là.
leavepolicy-job-year-end = Clôture annuelle
leavepolicy-job-year-end-help = Pour l’année qui se termine : les jours non pris sont reportés sur l’année suivante dans la limite de chaque type ; le reste est perdu.
leavepolicy-job-carry-over-expiry = Expiration des reports
leavepolicy-job-carry-over-expiry-help = Pour l’année où des jours ont été reportés : les jours reportés non pris à l’échéance du type sont perdus.
leavepolicy-outcome-wrote = { $count ->
        [one] { $count } écriture passée
       *[other] { $count } écritures passées
    } ({ $days } { $total ->
        [one] jour
       *[other] jours
    }).
leavepolicy-outcome-preview = Écrirait { $count ->
        [one] { $count } écriture
       *[other] { $count } écritures
    } ({ $days } { $total ->
        [one] jour
       *[other] jours
    }). Rien n’est écrit tant que vous ne l’exécutez pas.
leavepolicy-outcome-wrote-none = 0 écriture passée : tout était déjà fait.
leavepolicy-outcome-nothing = Rien à écrire : tout est déjà fait.
leavepolicy-runs-title = Journal des exécutions
leavepolicy-runs-empty = Aucune exécution pour l’instant
leavepolicy-run-by = Exécuté par { $name }
leavepolicy-run-by-server = Exécuté par le serveur
leavepolicy-run-entries = { $count ->
        [one] { $count } écriture
       *[other] { $count } écritures
    }
leavepolicy-run-entries-days = { $count ->
        [one] { $count } écriture
       *[other] { $count } écritures
    } · { $days } { $total ->
        [one] jour
       *[other] jours
    }
