# Pay setup: pay components, salary structures, people's pay and the payroll settings.

paysetup-intro = Ce à partir de quoi chaque cycle de paie est calculé : les rubriques de paie et leurs règles, les structures de rémunération qui les regroupent, qui est payé selon quelle structure et quelle base, les primes et retenues de chacun, et les paramètres de paie
paysetup-offline = Les modifications des paramètres de paie nécessitent une connexion
paysetup-offline-notice = Les modifications des paramètres de paie nécessitent une connexion.
paysetup-tab-components = Rubriques
paysetup-tab-structures = Structures
paysetup-tab-people = Rémunération par personne
paysetup-tab-settings = Paramètres

## Shared words of the forms

paysetup-nothing-to-save = Rien à enregistrer : modifiez d’abord un champ.
# A form's heading when it changes something named.
paysetup-edit-title = Modifier « { $name } »
paysetup-edit-label = Modifier { $name }
paysetup-retire = Retirer
paysetup-retire-label = Retirer { $name }
paysetup-bring-back = Réactiver
paysetup-bring-back-label = Réactiver { $name }
paysetup-retired = Retirée
paysetup-delete = Supprimer
paysetup-delete-label = Supprimer { $name }
paysetup-add = Ajouter
paysetup-choose = Choisir…
paysetup-name = Nom
paysetup-code = Code
paysetup-kind = Type
paysetup-amount = Montant
paysetup-amount-currency = Montant ({ $currency })
paysetup-from = À partir du
# Between the items of a list written inline (keep the quotes: they keep the space).
paysetup-list-separator = {", "}

## Pay components

paysetup-components-title = Rubriques de paie
paysetup-component-create = Créer une rubrique
paysetup-components-empty = Aucune rubrique de paie pour l’instant
paysetup-components-empty-hint = Créez d’abord le salaire de base ; indemnités, retenues et cotisations peuvent en être des pourcentages ou des formules qui s’y appliquent.
paysetup-component-created = « { $name } » créée. Les brouillons calculés désormais l’utilisent ; les cycles clôturés gardent ce qu’ils ont payé.
paysetup-component-saved = « { $name } » enregistrée. Les brouillons calculés désormais l’utilisent ; les cycles clôturés gardent ce qu’ils ont payé.
paysetup-component-retired = « { $name } » retirée : elle ne peut plus être ajoutée à une structure ; les bulletins de paie qui l’ont utilisée la conservent.
paysetup-component-back = « { $name } » peut de nouveau être ajoutée aux structures.

paysetup-kind-earning = Gain
paysetup-kind-earning-hint = Fait partie du brut
paysetup-kind-deduction = Retenue
paysetup-kind-deduction-hint = Déduite du brut pour arriver au net
paysetup-kind-employer-contribution = Cotisation patronale
paysetup-kind-employer-contribution-hint = Payée par l’entreprise en plus du salaire : affichée, mais pas dans le net

paysetup-rule-type-fixed = Un montant fixe
paysetup-rule-type-percent-of = Un pourcentage d’une autre rubrique
paysetup-rule-type-percent-of-gross = Un pourcentage du brut
paysetup-rule-type-expression = Une formule

# A component's rule in words, as the lists show it.
paysetup-rule-fixed = Fixe : { $amount }
paysetup-rule-percent-of = { $percent } % de { $component }
paysetup-rule-percent-of-gross = { $percent } % du brut
paysetup-rule-expression = Formule : { $formula }
paysetup-rule-prorated = { $rule }, au prorata des jours payés
paysetup-hidden-when-zero = Absente du bulletin de paie si elle est nulle

paysetup-rounding-half-up = Au plus proche, moitié vers le haut (2,345 → 2,35)
paysetup-rounding-half-up-words = au plus proche, moitié vers le haut
paysetup-rounding-half-even = Au plus proche pair, dit « du banquier » (2,345 → 2,34)
paysetup-rounding-half-even-words = au plus proche pair
paysetup-rounding-down = Par défaut, vers zéro
paysetup-rounding-down-words = par défaut
paysetup-rounding-up = Par excès, à l’opposé de zéro
paysetup-rounding-up-words = par excès
# $places is paysetup-rounding-places, $mode one of the paysetup-rounding-*-words.
paysetup-rounding-places = { $count ->
    [0] l’unité
    [one] { $count } décimale
   *[other] { $count } décimales
}
paysetup-rounding-text = Arrondi à { $places }, { $mode }

# The names a formula reads, each with what it is (the names themselves stay as they are).
paysetup-formula-input-base = le montant de base de la personne
paysetup-formula-input-working-days = les jours ouvrés de la période
paysetup-formula-input-paid-days = les jours payés
paysetup-formula-input-unpaid-days = les jours de congé sans solde
paysetup-formula-input-overtime-hours = les heures supplémentaires validées
paysetup-formula-input-gross = le brut (hors gains)
paysetup-formula-input = ({ $words })
# $inputs is the list of names with their words.
paysetup-formula-hint = + − * / et parenthèses, avec min, max, round, floor et ceil, sur { $inputs } et les codes des autres rubriques.

paysetup-component-form-create = Créer une rubrique de paie
paysetup-component-name-placeholder = Indemnité de transport
paysetup-component-name-hint = Imprimé sur le bulletin de paie.
paysetup-code-hint = Le nom que lui donnent les formules et les pourcentages : une lettre, puis des lettres, des chiffres et _. Figé dès qu’il est utilisé.
paysetup-percentage = Pourcentage
paysetup-of-component = De la rubrique
paysetup-of-component-hint = Après l’arrondi de cette rubrique ; les deux doivent être dans la même structure.
paysetup-percent-of-gross-hint = Le brut réunit tous les gains du bulletin : un gain ne peut donc pas en être un pourcentage.
paysetup-formula = Formule
paysetup-prorated-choice = Proratisé : selon les jours payés sur les jours ouvrés (arrivée en cours de mois, congé sans solde)
paysetup-hidden-choice = Absente du bulletin imprimé quand elle est nulle
paysetup-places = Arrondi à (décimales)
paysetup-places-hint = De 0 à 10 ; 2 pour les centimes.
paysetup-rounding = Arrondi
paysetup-preview = Se lit : { $rule }
paysetup-component-save = Enregistrer la rubrique
paysetup-component-create-button = Créer la rubrique

# Numbers as typed: the server reads a point for decimals, never a comma.
paysetup-error-amount-number = Le montant doit être un nombre, par exemple 150 ou 150.50 (avec un point pour les décimales).
paysetup-error-amount-required = Le montant est obligatoire.
paysetup-error-percent-number = Le pourcentage doit être un nombre, par exemple 5 ou 7.3 (avec un point pour les décimales).
paysetup-error-percent-required = Le pourcentage est obligatoire.
paysetup-error-places = Le nombre de décimales doit être un nombre entier, de 0 à 10.

## Salary structures

paysetup-structures-title = Structures de rémunération
paysetup-structure-create = Créer une structure
paysetup-structures-empty = Aucune structure de rémunération pour l’instant
paysetup-structures-empty-hint = Une structure regroupe les rubriques avec lesquelles un ensemble de personnes est payé, dans l’ordre du bulletin de paie.
paysetup-structure-components = { $count ->
    [one] { $count } rubrique
   *[other] { $count } rubriques
}
paysetup-structure-created = « { $name } » créée avec { $count ->
    [one] { $count } rubrique
   *[other] { $count } rubriques
}. Les brouillons calculés désormais l’utilisent.
paysetup-structure-saved = « { $name } » enregistrée avec { $count ->
    [one] { $count } rubrique
   *[other] { $count } rubriques
}. Les brouillons calculés désormais l’utilisent.
paysetup-structure-retired = « { $name } » retirée : plus personne ne peut être payé avec ; les anciens bulletins de paie la conservent.
paysetup-structure-back = « { $name } » peut de nouveau être attribuée.

paysetup-structure-form-create = Créer une structure de rémunération
paysetup-structure-name-placeholder = Employés
paysetup-structure-unknown-component = Rubrique { $id }
paysetup-structure-components-legend = Rubriques, dans l’ordre du bulletin de paie
paysetup-structure-components-hint = Toute rubrique lue par une formule ou un pourcentage doit aussi figurer dans la structure ; la paie les calcule dans l’ordre de leurs dépendances.
paysetup-structure-no-components = Aucune rubrique pour l’instant : ajoutez la première ci-dessous.
paysetup-structure-move-up = Monter { $name }
paysetup-structure-move-down = Descendre { $name }
paysetup-structure-take-out = Retirer { $name } de la structure
paysetup-structure-add-label = Rubrique à ajouter
paysetup-structure-add-choose = Ajouter une rubrique…
paysetup-structure-add-none = Toutes les rubriques actives sont dans la structure
paysetup-structure-save = Enregistrer la structure
paysetup-structure-create-button = Créer la structure

## People's pay

paysetup-people-intro = Qui est payé selon quelle structure de rémunération et quel montant de base, à partir de quand, avec ses primes, acomptes et retenues. Chaque cycle paie ce qui est en vigueur sur sa période.
paysetup-people-person = Personne
paysetup-people-choose = Choisir une personne…

paysetup-assignments-title = Structure de rémunération et base
paysetup-assignments-empty = Aucune structure attribuée pour l’instant : les cycles de paie laissent cette personne de côté jusque-là.
paysetup-assignment-current = En vigueur
paysetup-assignment-upcoming = À venir
paysetup-assignment-past = Remplacée
paysetup-assignment-text = { $structure }, base { $base }, à partir du { $from }
paysetup-assignment-row = Base { $base }, à partir du { $from }
paysetup-assigned = Nouvelle rémunération de { $name } : { $assignment }.
paysetup-assigned-back-pay = Nouvelle rémunération de { $name } : { $assignment }. Si la paie à partir de ce jour est déjà clôturée, la différence est ajoutée au prochain cycle en rappel de salaire.
paysetup-assignment-removed = Affectation du { $day } supprimée.
paysetup-assignment-remove-label = Supprimer l’affectation du { $day }
paysetup-assignment-remove-confirm = Supprimer l’affectation du { $day } ({ $structure }, base { $base }) ? La précédente s’applique de nouveau à partir de ce jour.
paysetup-assignment-form-title = Payer selon une structure à partir d’une date
paysetup-assignment-from-hint = En vigueur à partir de ce jour jusqu’à l’affectation suivante ; une deuxième affectation le même jour remplace la première.
paysetup-assignment-structure = Structure de rémunération
paysetup-assignment-base = Montant de base
paysetup-assignment-base-currency = Montant de base ({ $currency })
# $base is the word "base" as formulas read it.
paysetup-assignment-base-hint = Ce que les formules de la structure lisent comme { $base }.
paysetup-assign = Affecter
paysetup-error-base-number = Le montant de base doit être un nombre, par exemple 3000 ou 3000.50 (avec un point pour les décimales).

paysetup-adjustments-title = Primes, acomptes et retenues
paysetup-adjustments-empty = Rien : cette personne reçoit ce que calcule sa structure.
paysetup-adjustment-kind-bonus = Prime
paysetup-adjustment-kind-bonus-hint = Acquise : fait partie du brut, donc comprise dans les pourcentages du brut
paysetup-adjustment-kind-advance = Acompte
paysetup-adjustment-kind-advance-hint = Versé par avance avec le bulletin : ajouté au net, hors brut
paysetup-adjustment-kind-deduction = Retenue
paysetup-adjustment-kind-deduction-hint = Déduite du net
paysetup-back-pay = Rappel de salaire
# When an adjustment is paid, alone and in the middle of a sentence.
paysetup-adjustment-once = Une fois, dans le cycle dont la période comprend le { $day }
paysetup-adjustment-once-inline = une fois, dans le cycle dont la période comprend le { $day }
paysetup-adjustment-every-run-to = À chaque cycle du { $from } au { $to }
paysetup-adjustment-every-run-to-inline = à chaque cycle du { $from } au { $to }
paysetup-adjustment-every-run = À chaque cycle à partir du { $from }, jusqu’à ce qu’il y soit mis fin
paysetup-adjustment-every-run-inline = à chaque cycle à partir du { $from }, jusqu’à ce qu’il y soit mis fin
# $kind is bonus, advance or deduction; $when one of the paysetup-adjustment-*-inline.
paysetup-adjustment-added = Ajout de « { $name } » : { $kind ->
    [bonus] prime
    [advance] acompte
   *[deduction] retenue
} de { $amount }, { $when }.
paysetup-adjustment-delete-confirm = Supprimer « { $name } » ({ $kind ->
    [bonus] prime
    [advance] acompte
   *[deduction] retenue
} de { $amount }) ? Les cycles pas encore clôturés ne verseront plus ce montant.
paysetup-adjustment-deleted = Suppression effectuée : « { $name } ».
paysetup-adjustment-ended = Dernier versement de « { $name } » dans le cycle qui comprend le { $day }.
paysetup-adjustment-end = Arrêter…
paysetup-adjustment-end-label = Arrêter { $name }
paysetup-adjustment-last-day-paid = Dernier jour payé
paysetup-adjustment-end-it = Arrêter
paysetup-error-ends-on = La date de fin doit être une date valide.
paysetup-adjustment-form-title = Ajouter une prime, un acompte ou une retenue
paysetup-adjustment-name = Libellé sur le bulletin de paie
paysetup-adjustment-name-placeholder = Prime de fin d’année
paysetup-adjustment-how-often = Fréquence
paysetup-adjustment-one-off = Une fois
paysetup-adjustment-recurring = À chaque cycle
paysetup-adjustment-paid-in = Versé dans le cycle qui comprend le
paysetup-adjustment-last-day = Dernier jour (facultatif)
paysetup-adjustment-last-day-hint = Vide : versé à chaque cycle jusqu’à ce que vous y mettiez fin.
paysetup-adjustment-reason = Motif (facultatif, conservé avec)
paysetup-error-adjustment-amount-number = Le montant doit être un nombre, par exemple 500 ou 499.90 (avec un point pour les décimales).

## Payroll settings

paysetup-settings-title = Paramètres de paie
paysetup-settings-currency = Les bulletins de paie sont en { $currency }.
# $places and $mode as in paysetup-rounding-text.
paysetup-settings-net-rounding = Chaque net à payer : arrondi à { $places }, { $mode } ; l’écart figure sur le bulletin de paie.
paysetup-threshold-text = Les nets qui varient de plus de { $percent } % par rapport au cycle précédent de la personne sont signalés pour un second contrôle
paysetup-overtime-text = La présence au-delà de { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
} par jour compte en heures supplémentaires (ce que lisent les formules avec overtime_hours)
paysetup-overtime-none = Les heures supplémentaires ne sont pas tirées de la présence
paysetup-settings-company-account = le compte de l’entreprise
# $iban is the account number, $bic the bank's code.
paysetup-settings-paid-from = Les salaires sont versés depuis { $name }, { $iban }.
paysetup-settings-paid-from-bic = Les salaires sont versés depuis { $name }, { $iban } ({ $bic }).
paysetup-settings-no-account = Aucun compte de versement des salaires pour l’instant : un fichier bancaire SEPA en a besoin.
paysetup-settings-form-label = Modifier les paramètres de paie
paysetup-settings-net-title = Net à payer et contrôle
paysetup-settings-places = Net à payer arrondi à (décimales)
paysetup-settings-places-hint = De 0 à 10 ; 0 paie des unités entières.
paysetup-settings-mode = Arrondi du net à payer
paysetup-settings-threshold = Seuil de contrôle (%)
paysetup-settings-threshold-hint = Un net qui varie de plus que ce seuil par rapport au cycle précédent de la personne est signalé pour un second contrôle.
paysetup-settings-overtime = Heures supplémentaires au-delà de (heures par jour)
paysetup-settings-overtime-hint = La présence au-delà de ce nombre d’heures dans une journée compte en heures supplémentaires, que les formules lisent comme overtime_hours.
paysetup-settings-account-title = Le compte de versement des salaires
paysetup-settings-account-hint = Inscrit comme donneur d’ordre dans les fichiers bancaires. L’IBAN et le BIC sont vérifiés à l’enregistrement.
paysetup-settings-account-holder = Titulaire du compte
paysetup-settings-iban = IBAN
paysetup-settings-bic = BIC
paysetup-settings-bic-hint = 8 ou 11 lettres et chiffres.
paysetup-settings-save = Enregistrer les paramètres
paysetup-settings-saved = Enregistré. Les cycles calculés désormais utilisent ces paramètres ; les cycles clôturés gardent les leurs.
paysetup-error-threshold-number = Le seuil doit être un nombre, par exemple 10 ou 12.5 (avec un point pour les décimales).
paysetup-error-threshold-required = Le seuil de variation du net est obligatoire.
paysetup-error-overtime-number = Le seuil d’heures supplémentaires doit être un nombre, par exemple 8 ou 7.5 (avec un point pour les décimales).
paysetup-error-account-name-empty = Une fois défini, le titulaire du compte ne peut pas être laissé vide : saisissez le nouveau.
paysetup-error-iban-empty = Une fois défini, l’IBAN ne peut pas être laissé vide : saisissez le nouveau.
paysetup-error-bic-empty = Une fois défini, le BIC ne peut pas être laissé vide : saisissez le nouveau.
