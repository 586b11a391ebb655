# Payroll: the runs, a run's review and its next steps.

payroll-offline = Les modifications de la paie nécessitent une connexion
payroll-offline-last-copy = Les modifications de la paie nécessitent une connexion : ceci est la dernière copie chargée.
# Between the parts of a list such as "12 paid, 1 held" (keep the quotes: they keep the space).
payroll-list-separator = {", "}
payroll-choose = Choisir…

## The runs

payroll-runs-subtitle = Cycles de paie, du plus récent au plus ancien
payroll-runs-label = Cycles de paie
# Mid-sentence, for "Loading payroll runs from the server…".
payroll-first-fill-what = les cycles de paie
payroll-runs-empty = Aucun cycle de paie pour l’instant
payroll-create-no-run = Pas encore de cycle de paie pour { $month }. Un brouillon calcule toutes les personnes employées dans le mois ; rien n’est payé tant que vous ne l’avez pas clôturé et publié.
payroll-create = Créer le cycle de { $month }
payroll-run-row = { $count ->
    [one] { $count } salarié
   *[other] { $count } salariés
} · date de paiement : { $date }
# Beside a run's or a person's net amount.
payroll-net-small = net

payroll-status-draft = Brouillon
payroll-status-locked = Clôturé
payroll-status-paid = Payé
payroll-status-published = Publié
payroll-line-ready = Prêt
payroll-line-failed = En échec
payroll-line-held = Suspendu
payroll-line-excluded = Exclu

payroll-computing-label = Calcul des bulletins de paie
payroll-computing = Calcul { $count ->
    [one] de { $count } bulletin de paie
   *[other] de { $count } bulletins de paie
} pour { $month }… Les personnes qui ne peuvent pas être calculées seront listées avec la raison.
payroll-computing-everyone = Calcul des bulletins de paie de tout le monde pour { $month }… Les personnes qui ne peuvent pas être calculées seront listées avec la raison.

## A run

payroll-run-title = Paie · { $month }
payroll-run-subtitle = { $period } · date de paiement : { $date } · { $people }
payroll-people-paid = { $count ->
    [one] { $count } payé
   *[other] { $count } payés
}
payroll-people-held = { $count ->
    [one] { $count } suspendu
   *[other] { $count } suspendus
}
payroll-people-excluded = { $count ->
    [one] { $count } exclu
   *[other] { $count } exclus
}
payroll-people-failed = { $count } en échec
payroll-employees-paid = Salariés payés
payroll-gross = Brut
payroll-net = Net

payroll-actions-draft = Contrôler, puis clôturer
payroll-actions-locked = Clôturé { $time } : payer, puis publier
payroll-actions-paid = Payé { $time } : publier les bulletins de paie
payroll-actions-published = Publié { $time } : lecture seule
payroll-actions-draft-hint = Suspendez ou excluez des personnes, ou fixez une rubrique à la main, depuis leur ligne. La clôture recalcule une dernière fois puis fige les montants et les comptes bancaires ; personne n’est payé ni ne voit de bulletin de paie avant la publication du cycle.
payroll-step-recompute = Recalculer
payroll-step-lock = Clôturer le cycle
payroll-step-pay = Marquer comme payé
payroll-step-publish = Publier les bulletins de paie
# A step's button when it asks before it is done.
payroll-step-asks = { $step }…
payroll-step-refused = { $step ->
    [recompute] Le recalcul a été refusé
    [lock] La clôture a été refusée
    [pay] Le marquage comme payé a été refusé
   *[publish] La publication a été refusée
} :
payroll-done-recompute = Cycle de { $month } recalculé avec les données du jour : { $people }.
payroll-done-lock = Le cycle de { $month } est clôturé : { $people }. Enregistrez le fichier bancaire, puis marquez le cycle comme payé.
payroll-done-pay = Le cycle de { $month } est marqué comme payé.
payroll-done-publish = Le cycle de { $month } est publié : { $count ->
    [one] { $count } personne voit son bulletin de paie et en est avertie
   *[other] { $count } personnes voient leur bulletin de paie et en sont averties
}.
payroll-confirm-lock = Clôturer le cycle de { $month } ? Il est recalculé une dernière fois, puis les montants et comptes bancaires { $count ->
    [one] d’{ $count } personne
   *[other] de { $count } personnes
} (net { $total }) sont figés.
payroll-confirm-lock-held = { $count ->
    [one] { $count } personne suspendue n’y est pas payée.
   *[other] { $count } personnes suspendues n’y sont pas payées.
}
payroll-confirm-lock-final = Un cycle clôturé n’est plus jamais modifié : les erreurs sont corrigées dans un cycle ultérieur.
payroll-confirm-publish = Publier le cycle de { $month } ? { $count ->
    [one] { $count } personne verra son bulletin de paie dans l’application et en sera avertie
   *[other] { $count } personnes verront leur bulletin de paie dans l’application et en seront averties
} immédiatement ; c’est irréversible.
payroll-confirm-publish-unpaid = Le cycle n’est pas encore marqué comme payé.
payroll-confirm-lock-yes = Clôturer
payroll-confirm-publish-yes = Publier

payroll-bank-file = Fichier bancaire
payroll-bank-format-csv = CSV (toute banque)
payroll-bank-format-pain001 = SEPA pain.001 (euros)
payroll-bank-file-save = Enregistrer dans Téléchargements
payroll-bank-file-refused = Le fichier bancaire n’a pas pu être créé :
# $file is the file's name, $path where it was saved.
payroll-bank-file-saved = { $file } : { $count ->
    [one] { $count } virement
   *[other] { $count } virements
}, enregistré dans { $path }
payroll-payslips-save = Enregistrer tous les bulletins de paie (ZIP)
payroll-payslips-saved = Tous les bulletins de paie du cycle, enregistrés dans { $path }
payroll-correct = Corriger ce cycle…
payroll-correct-title = Corriger ce cycle ?
payroll-correct-text = Un nouveau brouillon pour la même période est calculé à partir des paramètres de paie, des congés et des affectations du jour. Le bulletin de chaque personne y correspond à la différence avec ce que ce cycle a payé ; les personnes sans rien à corriger en sont exclues. Ce cycle reste tel quel.
payroll-correct-yes = Créer le brouillon rectificatif

## The people of a run

payroll-lines-label = Lignes de paie
payroll-lines-loading = Chargement des lignes…
payroll-lines-search-label = Rechercher dans les lignes de ce cycle
payroll-lines-search-placeholder = Rechercher par nom ou matricule
payroll-flagged-only = Signalés uniquement
payroll-lines-people-label = Personnes de ce cycle
payroll-lines-no-match = Aucune ligne ne correspond à « { $query } ».
payroll-lines-no-match-flagged = Aucune ligne signalée ne correspond à « { $query } ».
payroll-lines-none-flagged = Personne n’est signalé.
payroll-lines-shown = { $shown } sur { $count } affichées
payroll-lines-more = Afficher { $count } de plus
payroll-lines-flagged = { $count ->
    [one] { $count } personne signalée
   *[other] { $count } personnes signalées
} pour un second contrôle.
payroll-lines-empty = Personne dans ce cycle
payroll-lines-empty-hint = Personne n’était employé sur sa période.
payroll-lines-unavailable = Aucune ligne disponible
payroll-lines-unavailable-hint = Connectez-vous au serveur pour charger les lignes de ce cycle.

payroll-flag-joiner = Arrivée
payroll-flag-leaver = Départ
payroll-flag-net-changed = Net modifié
# $change is signed: +12.5, −20.
payroll-flag-net-percent = Net { $change } %
payroll-flag-unpaid-leave = { $days ->
    [one] { $days } jour de congé sans solde
   *[other] { $days } jours de congé sans solde
}
payroll-flag-negative-net = Net négatif
payroll-flag-no-bank-account = Pas de compte bancaire
payroll-flag-bank-account-changed = Compte bancaire modifié

## One person's review

payroll-person-close = Fermer { $name }
payroll-person-paid-into = versement sur { $account }
payroll-person-no-bank-account = pas de compte bancaire
payroll-person-flags = Signalements
payroll-person-error = Calcul impossible : { $error }
# $status is the line's status (Held, Excluded…), $note HR's reason.
payroll-person-note = { $status } : { $note }
payroll-person-no-breakdown = Net { $net } ; ce cycle ne détaille pas comment il a été calculé.
payroll-slip-earnings = Gains
payroll-slip-deductions = Retenues
payroll-slip-employer = Payé par l’entreprise
payroll-slip-rounding = Arrondi
payroll-slip-net-pay = Net à payer
payroll-slip-days-paid = Jours payés
payroll-slip-days = { $paid } sur { $count ->
    [one] { $count } jour ouvré
   *[other] { $count } jours ouvrés
}
payroll-slip-days-unpaid = { $paid } sur { $count ->
    [one] { $count } jour ouvré
   *[other] { $count } jours ouvrés
} · { $unpaid } sans solde
payroll-against-last = Par rapport au cycle précédent
payroll-change-component = Rubrique
payroll-change-before-now = Avant → maintenant
payroll-change = Écart
payroll-change-new = Nouvelle dans ce cycle
payroll-change-gone = Absente de ce cycle
payroll-change-amounts = { $before } → { $now }
payroll-no-change = Aucune rubrique n’a changé.

payroll-hold = Suspendre…
payroll-exclude = Exclure…
payroll-include = Réintégrer
payroll-override = Fixer une rubrique…
payroll-hold-reason = Pourquoi sa paie est-elle suspendue ?
payroll-exclude-reason = Pourquoi cette personne est-elle exclue de ce cycle ?
payroll-hold-hint = Une paie suspendue est calculée et clôturée avec le cycle, mais elle n’est ni dans son fichier bancaire ni publiée.
payroll-exclude-hint = Aucun bulletin de paie pour cette personne dans ce cycle.
payroll-hold-submit = Suspendre la paie
payroll-exclude-submit = Exclure
payroll-person-held = Paie suspendue : aucun versement pour { $name } dans ce cycle.
payroll-person-excluded = Exclusion : pas de bulletin de paie pour { $name } dans ce cycle.
payroll-person-included = { $name } fait de nouveau partie du cycle.
payroll-override-amount = Montant ({ $currency })
payroll-override-reason = Motif (imprimé sur le bulletin de paie)
payroll-override-save = Fixer le montant
payroll-override-choose-error = Choisissez la rubrique à fixer.
payroll-override-set = Fixé à la main : net désormais de { $net }.
payroll-override-cleared = De nouveau calculé selon sa règle : net désormais de { $net }.
payroll-override-clear = Revenir à la règle
