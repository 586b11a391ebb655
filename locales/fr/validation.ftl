### Messages de validation de l'API RH (422), traduits lorsque Accept-Language demande le français. Les
### modèles anglais et leurs variables sont dans locales/en/validation.ftl.

## Le résumé de "message"

validation-given-data-invalid = Les données fournies ne sont pas valides.
validation-summary-one = { $message } (et 1 autre erreur)
validation-summary-other = { $message } (et { $count } autres erreurs)

## Règles

validation-required = Le champ { $attribute } est obligatoire.
validation-required-if = Le champ { $attribute } est obligatoire lorsque { $other } vaut { $value }.
validation-required-with = Le champ { $attribute } est obligatoire lorsque { $other } est présent.
validation-required-without = Le champ { $attribute } est obligatoire lorsque { $other } est absent.
validation-required-without-all = Le champ { $attribute } est obligatoire lorsqu'aucun des champs { $others } n'est présent.
validation-required-with-coordinate = Le champ { $attribute } est obligatoire avec l'autre coordonnée.
validation-prohibits = Le champ { $attribute } interdit la présence de { $other }.
validation-string = Le champ { $attribute } doit être une chaîne de caractères.
validation-max-characters = Le champ { $attribute } ne doit pas dépasser { $max } caractères.
validation-max = Le champ { $attribute } ne doit pas être supérieur à { $max }.
validation-max-items = Le champ { $attribute } ne doit pas contenir plus de { $max } éléments.
validation-min = Le champ { $attribute } doit être au moins égal à { $min }.
validation-greater-than = Le champ { $attribute } doit être supérieur à { $value }.
validation-between = Le champ { $attribute } doit être compris entre { $min } et { $max }.
validation-not-zero = Le champ { $attribute } ne doit pas être égal à zéro.
validation-multiple-of = Le champ { $attribute } doit être un multiple de { $value }.
validation-numeric = Le champ { $attribute } doit être un nombre.
validation-integer = Le champ { $attribute } doit être un nombre entier.
validation-decimals = Le champ { $attribute } doit être un montant avec au plus deux décimales.
validation-boolean = Le champ { $attribute } doit être vrai ou faux.
validation-array = Le champ { $attribute } doit être une liste.
validation-object = Le champ { $attribute } doit être un objet.
validation-distinct = Le champ { $attribute } contient une valeur en double.
validation-email = Le champ { $attribute } doit être une adresse e-mail valide.
validation-iban = Le champ { $attribute } doit être un IBAN valide.
validation-bic = Le champ { $attribute } doit être un BIC valide.
validation-bic-format = Le champ { $attribute } doit être un BIC de 8 ou 11 lettres et chiffres.
validation-date = Le champ { $attribute } doit être une date valide.
validation-date-format = Le champ { $attribute } doit respecter le format { $format }.
validation-format = Le format du champ { $attribute } n'est pas valide.
validation-after = Le champ { $attribute } doit être une date postérieure à { $other }.
validation-after-now = Le champ { $attribute } doit être une date future.
validation-after-or-equal = Le champ { $attribute } doit être une date postérieure ou égale à { $other }.
validation-after-or-equal-today = Le champ { $attribute } doit être une date postérieure ou égale à aujourd'hui.
validation-after-or-equal-short = Le champ { $attribute } doit être une date postérieure ou égale à { $other }.
validation-before-or-equal-now = Le champ { $attribute } ne doit pas être dans le futur.
validation-not-in-future = Le champ { $attribute } ne doit pas être dans le futur.
validation-selected-invalid = La valeur sélectionnée pour { $attribute } n'est pas valide.
validation-unique = La valeur du champ { $attribute } est déjà utilisée.
validation-time-after-or-overnight = Le champ { $attribute } doit être une heure postérieure à { $other }, sinon l'horaire doit s'étendre sur deux jours.
validation-time-on-date = Le champ { $attribute } doit être une heure du { $date }.
validation-within-hours-of = Le champ { $attribute } doit se situer au plus { $hours } heures après { $other }.
validation-within-last-hours = Le champ { $attribute } doit se situer dans les { $hours } dernières heures ; demandez aux RH d'enregistrer les pointages plus anciens.
validation-amount-or-null = Le champ { $attribute } doit être présent : un montant, ou null pour supprimer la valeur saisie manuellement.
validation-component-reference = Le champ { $attribute } doit être l'ID ou le code d'une rubrique.

## La requête elle-même

validation-nul-characters = La requête ne doit pas contenir de caractères NUL.
validation-body-unreadable = Le corps de la requête n'a pas pu être lu.
validation-body-not-object = Le corps de la requête doit être un objet JSON.
validation-body-not-json = Le corps de la requête n'est pas un JSON valide.
validation-query-unreadable = Les paramètres de la requête n'ont pas pu être lus.
validation-idempotency-key-format = L'en-tête Idempotency-Key doit contenir de 1 à 255 caractères ASCII visibles.
validation-idempotency-key-reused = Cette Idempotency-Key a déjà été utilisée pour une autre requête.

## Connexion et mots de passe

validation-credentials = Les identifiants fournis sont incorrects.
validation-account-not-activated = Ce compte n'a pas encore été activé. Demandez à votre service RH de l'activer.
validation-account-recovery = Une réinitialisation du mot de passe est en cours pour ce compte. Utilisez le lien ou le code transmis par votre service RH.
validation-account-locked = Ce compte est verrouillé après trop de mots de passe erronés. Demandez à votre service RH de le déverrouiller.
validation-account-suspended = Ce compte a été suspendu. Demandez à votre service RH de lever la suspension.
validation-account-deactivated = Ce compte a été désactivé.
validation-account-changed = Votre compte a été modifié pendant votre connexion. Connectez-vous à nouveau.
validation-link-spent = Ce lien a expiré ou a déjà été utilisé. Demandez-en un nouveau à votre service RH.
validation-password-expired = Votre mot de passe a expiré. Choisissez un nouveau mot de passe pour vous connecter.
validation-password-unchanged = Le nouveau mot de passe doit être différent de celui qui a expiré.
validation-password-requirements = Les exigences de mot de passe ne sont pas respectées. Exigences : au moins { $count } caractères.
validation-login-taken = Un objet avec ce champ existe déjà dans l'organisation actuelle

## Présence

validation-mock-location = Les positions provenant d'un fournisseur de localisation fictive ne sont pas acceptées.
validation-already-checked-in = Votre arrivée est déjà pointée depuis { $time } ; pointez d'abord votre départ.
validation-check-in-before-last-check-out = Cette arrivée est antérieure à votre dernier départ ; elle ne peut pas être enregistrée.
validation-check-in-auto-closed = Votre arrivée de { $time } a été clôturée à { $closed }, car aucun départ n'a été enregistré. Demandez une correction si c'est une erreur.
validation-not-checked-in = Vous n'avez pas pointé votre arrivée, vous ne pouvez donc pas pointer votre départ.
validation-check-out-before-check-in = L'heure de départ doit être postérieure à votre arrivée à { $time }.
validation-outside-fence-check-in = Vous êtes à { $distance } de { $branch } ; le pointage d'arrivée n'est possible que dans un rayon de { $radius } autour de { $branch }.
validation-outside-fence-check-out = Vous êtes à { $distance } de { $branch } ; le pointage de départ n'est possible que dans un rayon de { $radius } autour de { $branch }.
validation-outside-fence-accuracy-check-in = Vous êtes à { $distance } de { $branch } ; le pointage d'arrivée n'est possible que dans un rayon de { $radius } autour de { $branch }, plus { $allowance } pour la précision de cette position.
validation-outside-fence-accuracy-check-out = Vous êtes à { $distance } de { $branch } ; le pointage de départ n'est possible que dans un rayon de { $radius } autour de { $branch }, plus { $allowance } pour la précision de cette position.
validation-location-required-check-in = Votre position est nécessaire pour pointer votre arrivée à { $branch }.
validation-location-required-check-out = Votre position est nécessaire pour pointer votre départ à { $branch }.
validation-location-imprecise = Votre position est trop imprécise (±{ $accuracy }) ; elle doit être précise à ±{ $max }. Placez-vous à découvert et réessayez.

## Corrections de pointage

validation-correction-waiting = Ce pointage a déjà une correction en attente de décision.
validation-correction-decided =
    Cette correction a déjà été { $status ->
        [approved] approuvée
        [rejected] refusée
       *[other] traitée
    }.
validation-correction-inapplicable = Cette correction ne peut plus être appliquée : { $message }
validation-times-unchanged = Ces heures sont déjà celles enregistrées.
validation-times-overlap = Ces heures chevauchent votre présence de { $start } à { $end }.
validation-times-overlap-open = Ces heures chevauchent votre présence depuis { $start }, pour laquelle aucun départ n'est encore pointé.

## Absences

validation-leave-no-working-days = Les dates choisies ne contiennent aucun jour travaillé.
validation-leave-overlap = Ces dates chevauchent votre demande d'absence du { $start } au { $end }.
validation-leave-balance =
    Solde insuffisant pour { $type } en { $year } : { $requested } { $requested ->
        [one] jour demandé
       *[other] jours demandés
    }, { $available } { $available ->
        [one] disponible
       *[other] disponibles
    }.
validation-leave-whole-days = { $type } se prend uniquement par journées entières.
validation-leave-notice =
    La date de début doit se situer au moins { $days } { $days ->
        [one] jour
       *[other] jours
    } après aujourd'hui.
validation-leave-afternoon = Une absence d'une journée qui commence l'après-midi doit se terminer l'après-midi.
validation-leave-decided =
    Cette demande d'absence a déjà été { $status ->
        [approved] approuvée
        [rejected] refusée
        [cancelled] annulée
       *[other] traitée
    }.
validation-leave-no-step = Cette demande d'absence n'a aucune étape en attente de décision.
validation-leave-started = Cette demande d'absence a déjà commencé et ne peut pas être annulée.
validation-leave-not-pending = Cette demande d'absence n'est plus en attente et ne peut pas être annulée.
validation-leave-period-not-over = La période doit être terminée.
validation-leave-period-too-far = La période ne doit pas se situer plus d'un an dans le futur.
validation-new-leave-type-retired = Un nouveau type d'absence ne peut pas être retiré.

## Personnes, organisation et libre-service

validation-new-department-retired = Un nouveau service ne peut pas être retiré.
validation-new-branch-retired = Un nouvel établissement ne peut pas être retiré.
validation-offboard-yourself = Vous ne pouvez pas lancer votre propre départ.
validation-send-a-change = Envoyez au moins l'un des champs suivants : intitulé du poste, service, établissement, manager ou type de contrat.
validation-manager-cycle = Une personne ne peut être managée ni par elle-même ni par l'un de ses subordonnés.
validation-manager-other-company = Le manager doit travailler pour la même entreprise.
validation-keep-one-admin = L'organisation doit conserver au moins un administrateur (hr).
validation-department-retired = Ce service est retiré ; choisissez un service actif.
validation-person-left = Cette personne a déjà quitté l'entreprise.
validation-person-offboarding = Le départ de cette personne est déjà en cours.
validation-department-group = Le groupe d'un service est indissociable de ce service.
validation-group-name-taken = L'organisation a déjà un groupe portant ce nom.
validation-department-name-taken = L'organisation a déjà un service portant ce nom.
validation-trusted-origin-taken = Cette origine est déjà une origine de confiance de l'organisation.
validation-timezone = { $timezone } n'est pas un fuseau horaire IANA (par exemple Europe/Berlin).
validation-geofence = Un périmètre virtuel nécessite une position valide et un rayon positif.
validation-api-token-user = Les jetons d'API agissent en tant qu'utilisateur RH de la même entreprise.
validation-contacts-list = Le corps de la requête doit être une liste de contacts.
validation-contacts-max = { $count } contacts d'urgence au maximum.
validation-contact-object = Chaque contact doit être un objet.
validation-request-decided = Cette demande a déjà fait l'objet d'une décision.
validation-half-days-working-days = Les demi-journées doivent être des jours travaillés.
validation-calendar-file = Le calendrier doit être un fichier iCalendar (text/calendar).

## Horaires

validation-new-shift-retired = Un nouvel horaire ne peut pas être retiré.
validation-overnight-shift-end = Un horaire sur deux jours doit se terminer le lendemain, au plus tard à l'heure à laquelle il commence.
validation-shift-retired = Cet horaire est retiré et ne peut plus être attribué.

## Matériel

validation-asset-status-by-assignment = Un matériel devient attribué lorsqu'on l'attribue à quelqu'un.
validation-asset-assigned-status = Le matériel est attribué : récupérez-le avant de changer son statut.
validation-asset-already-assigned = Le matériel est déjà attribué à { $name }.
validation-asset-in-repair = Le matériel est en réparation et ne peut pas être attribué.
validation-asset-retired = Le matériel est réformé et ne peut pas être attribué.
validation-asset-not-assigned = Le matériel n'est attribué à personne.
validation-asset-request-decided =
    Cette demande a déjà été { $status ->
        [fulfilled] satisfaite
        [declined] refusée
       *[other] traitée
    }.
validation-problem-resolved = Ce problème a déjà été résolu.
validation-problem-resolved-by = Ce problème a déjà été résolu par { $name }.
validation-problem-resolved-on = Ce problème a déjà été résolu le { $date }.
validation-problem-resolved-by-on = Ce problème a déjà été résolu par { $name } le { $date }.

## Annonces

validation-announcement-published-content = Cette annonce est publiée : seuls « épinglée » et « date d'expiration » peuvent être modifiés.
validation-announcement-expired-content = Cette annonce a expiré : seuls « épinglée » et « date d'expiration » peuvent être modifiés.
validation-announcement-already-published = Cette annonce est déjà publiée.
validation-announcement-expired-publish = Cette annonce a expiré et ne peut pas être republiée.
validation-announcement-already-expired = Cette annonce a déjà expiré.
validation-announcement-draft-expire = Cette annonce est un brouillon et n'est pas publiée ; supprimez-la plutôt.
validation-announcement-scheduled-expire = Cette annonce est programmée et n'est pas publiée ; supprimez-la plutôt.
validation-announcement-published-delete = Cette annonce est publiée et ne peut pas être supprimée ; faites-la plutôt expirer.
validation-announcement-expired-delete = Cette annonce a expiré et reste archivée ; elle ne peut pas être supprimée.

## Paramétrage de la paie

validation-new-pay-component-retired = Une nouvelle rubrique de paie ne peut pas être retirée.
validation-new-salary-structure-retired = Une nouvelle structure de rémunération ne peut pas être retirée.
validation-code-in-use = Le code ne peut pas changer tant qu'une structure de rémunération ou une autre rubrique l'utilise.
validation-component-in-use = La rubrique ne peut pas être retirée tant que la structure de rémunération { $name } l'utilise.
validation-structure-no-longer-valid = La structure de rémunération { $name } ne serait plus valide : { $message }
validation-retired-component = Le champ { $attribute } désigne la rubrique retirée { $code }.
validation-another-component = Le champ { $attribute } doit désigner une autre rubrique que { $code }.
validation-formula = Le champ { $attribute } n'est pas une formule valide : { $error }.
validation-earning-depends-on-gross = Le champ { $attribute } rend le gain { $code } dépendant du brut ({ $chain }), dont il fait partie.
validation-depends-on-itself = Le champ { $attribute } rend { $code } dépendant de lui-même ({ $chain }).
validation-code-reserved = Le champ { $attribute } ne doit pas valoir { $code }, nom déjà utilisé par les formules.
validation-code-characters = Le champ { $attribute } doit commencer par une lettre et ne contenir que des lettres, des chiffres et des tirets bas.

## Paies, ajustements et fichiers bancaires

validation-run-max-days = Une paie couvre au plus { $count } jours.
validation-run-period = Indiquez un mois comme période (AAAA-MM), ou à la fois le début et la fin de la période.
validation-run-pay-date = La date de paiement doit se situer dans les deux mois suivant la fin de la période.
validation-run-changed = La paie a changé depuis le dernier calcul : vérifiez les nouveaux montants, puis verrouillez-la.
validation-run-cannot-correct =
    La paie de { $run } { $status ->
        [draft] est un brouillon
        [locked] est verrouillée
        [paid] est payée
        [published] est publiée
       *[other] a le statut { $status }
    } : elle ne peut pas être corrigée, car seule une paie verrouillée se corrige.
validation-run-cannot-recompute =
    La paie de { $run } { $status ->
        [draft] est un brouillon
        [locked] est verrouillée
        [paid] est payée
        [published] est publiée
       *[other] a le statut { $status }
    } : elle ne peut pas être recalculée, car les bulletins d'une paie verrouillée restent tels qu'ils ont été verrouillés.
validation-run-cannot-delete =
    La paie de { $run } { $status ->
        [draft] est un brouillon
        [locked] est verrouillée
        [paid] est payée
        [published] est publiée
       *[other] a le statut { $status }
    } : elle ne peut pas être supprimée, car une paie verrouillée se corrige dans une paie ultérieure.
validation-run-cannot-change =
    La paie de { $run } { $status ->
        [draft] est un brouillon
        [locked] est verrouillée
        [paid] est payée
        [published] est publiée
       *[other] a le statut { $status }
    } : elle ne peut pas être modifiée.
validation-run-cannot-lock =
    La paie de { $run } { $status ->
        [draft] est un brouillon
        [locked] est verrouillée
        [paid] est payée
        [published] est publiée
       *[other] a le statut { $status }
    } : elle ne peut pas être verrouillée.
validation-run-cannot-mark-paid =
    La paie de { $run } { $status ->
        [draft] est un brouillon
        [locked] est verrouillée
        [paid] est payée
        [published] est publiée
       *[other] a le statut { $status }
    } : elle ne peut pas être marquée comme payée.
validation-run-cannot-publish =
    La paie de { $run } { $status ->
        [draft] est un brouillon
        [locked] est verrouillée
        [paid] est payée
        [published] est publiée
       *[other] a le statut { $status }
    } : elle ne peut pas être publiée.
validation-run-overlaps = La paie de { $run } couvre déjà une partie de cette période.
validation-run-already-corrected = La paie de { $run } a déjà une correction (paie { $correction }).
validation-correction-run-corrected = Une correction ne se corrige pas à nouveau : corrigez dans une paie ultérieure.
validation-back-pay-paid = Le rappel de salaire pour { $run } a déjà été versé dans une paie ultérieure (ajustement { $adjustment }) : corrigez plutôt celui-ci.
validation-line-not-computed = Cette personne n'a pas de bulletin calculé à modifier : corrigez d'abord la cause de l'échec.
validation-not-in-structure = { $code } n'est pas une rubrique de la structure { $structure }.
validation-lines-failed = Le calcul a échoué pour { $names } : corrigez le motif indiqué sur leur ligne ou excluez ces personnes.
validation-lines-negative = Le net à payer de { $names } serait négatif : modifiez une ligne, suspendez le paiement ou excluez ces personnes.
validation-lines-unbanked = { $names } n'a pas de compte bancaire approuvé : approuvez les coordonnées bancaires ou suspendez le paiement.
validation-recurring-end = Seul un ajustement récurrent a une date de fin.
validation-structure-retired = La structure de rémunération est retirée : réactivez-la ou choisissez-en une active.
validation-assignment-paid = Une paie verrouillée a déjà versé des montants au titre de cette affectation : ajoutez plutôt une nouvelle affectation à partir d'un jour ultérieur.
validation-adjustment-start-locked = La paie jusqu'au { $date } est verrouillée : un ajustement commence après, dans la prochaine paie.
validation-adjustment-end-locked = La paie jusqu'au { $date } est verrouillée : terminez l'ajustement le { $date } ou plus tard.
validation-adjustment-paid = Une paie verrouillée a déjà versé cet ajustement : terminez-le, ou ajoutez une retenue dans la prochaine paie.
validation-payslips-locked = Les bulletins de paie sont produits à partir d'une paie verrouillée : verrouillez d'abord la paie.
validation-bank-files-locked = Les fichiers bancaires sont produits à partir d'une paie verrouillée : verrouillez d'abord la paie.
validation-bank-file-format = Le format sélectionné n'est pas valide : csv ou pain.001.
validation-sepa-not-euro = Les virements SEPA sont en euros ; cette paie est en { $currency } — utilisez le fichier CSV
validation-sepa-no-payments = cette paie ne contient aucun paiement à envoyer
validation-sepa-debtor-account = le compte bancaire de l'entreprise est manquant : saisissez son IBAN dans les paramètres de paie
validation-sepa-debtor-iban = l'IBAN de l'entreprise n'est pas valide : vérifiez-le dans les paramètres de paie
validation-sepa-debtor-bic = le BIC « { $bic } » de l'entreprise n'est pas valide (8 ou 11 lettres et chiffres) : vérifiez-le dans les paramètres de paie
validation-sepa-debtor-name = le nom de l'entreprise ne contient aucune lettre qu'un fichier SEPA peut transmettre : saisissez-le en lettres latines
validation-sepa-iban = { $name } ({ $id }) : l'IBAN n'est pas valide ; vérifiez ses coordonnées bancaires
validation-sepa-bic = { $name } ({ $id }) : le BIC « { $bic } » n'est pas valide (8 ou 11 lettres et chiffres) ; vérifiez ses coordonnées bancaires
validation-sepa-amount-not-positive = { $name } ({ $id }) : le montant { $amount } n'est pas supérieur à zéro ; retirez cette personne du virement
validation-sepa-amount-cents = { $name } ({ $id }) : le montant { $amount } a plus de 2 décimales ; les banques ne virent que des centimes entiers
validation-sepa-amount-too-large = { $name } ({ $id }) : le montant { $amount } dépasse ce qu'un virement SEPA peut transmettre (999999999.99)
validation-sepa-name = { $name } ({ $id }) : le nom ne contient aucune lettre qu'un fichier SEPA peut transmettre (lettres latines uniquement) ; saisissez-le en lettres latines
validation-sepa-message-id = l'identifiant de message « { $id } » du fichier ne peut pas figurer dans un fichier SEPA : il doit comporter de 1 à 35 des caractères A–Z a–z 0–9 / - ? : ( ) . , ' + et l'espace, sans commencer ni finir par une espace ou « / » ni contenir « // »
validation-sepa-end-to-end-id = l'identifiant de bout en bout « { $id } » ne peut pas figurer dans un fichier SEPA : il doit comporter de 1 à 35 des caractères A–Z a–z 0–9 / - ? : ( ) . , ' + et l'espace, sans commencer ni finir par une espace ou « / » ni contenir « // »
validation-sepa-creation-time = l'heure de création { $date } est en dehors des années acceptées par une banque
validation-sepa-execution-date = la date d'exécution { $date } est en dehors des années acceptées par une banque
validation-sepa-total = le total de la paie dépasse ce qu'un fichier SEPA peut transmettre ; répartissez-le sur plusieurs fichiers

## Noms des champs, tels que les messages ci-dessus les nomment

validation-attribute-account-holder = titulaire du compte
validation-attribute-accrual = mode d'acquisition
validation-attribute-accuracy = précision
validation-attribute-address = adresse
validation-attribute-amount = montant
validation-attribute-approval-chain = circuit d'approbation
validation-attribute-asset-id = ID du matériel
validation-attribute-attachment-required = pièce jointe obligatoire
validation-attribute-attendance-record-id = ID du pointage
validation-attribute-audience = destinataires
validation-attribute-auto-close-after-minutes = clôture automatique après (minutes)
validation-attribute-base-amount = montant de base
validation-attribute-bic = BIC
validation-attribute-body = texte
validation-attribute-branch-id = ID de l'établissement
validation-attribute-calendar = calendrier
validation-attribute-carry-over-cap = plafond de report
validation-attribute-carry-over-expiry-months = expiration du report (mois)
validation-attribute-category = catégorie
validation-attribute-check-in-at = heure d'arrivée
validation-attribute-check-out-at = heure de départ
validation-attribute-code = code
validation-attribute-component = rubrique
validation-attribute-components = rubriques
validation-attribute-condition = état
validation-attribute-counts-non-working-days = jours non travaillés comptés
validation-attribute-date = date
validation-attribute-days = jours
validation-attribute-days-per-year = jours par an
validation-attribute-debtor-bic = BIC du donneur d'ordre
validation-attribute-debtor-iban = IBAN du donneur d'ordre
validation-attribute-debtor-name = nom du donneur d'ordre
validation-attribute-decision = décision
validation-attribute-department-id = ID du service
validation-attribute-description = description
validation-attribute-device-name = nom de l'appareil
validation-attribute-early-grace-minutes = tolérance de départ anticipé (minutes)
validation-attribute-effective-date = date d'effet
validation-attribute-effective-from = en vigueur à partir du
validation-attribute-email = adresse e-mail
validation-attribute-employee = salarié
validation-attribute-employee-id = ID du salarié
validation-attribute-employment-type = type de contrat
validation-attribute-end-date = date de fin
validation-attribute-end-half = demi-journée de fin
validation-attribute-ends-at = heure de fin
validation-attribute-ends-on = se termine le
validation-attribute-expires-at = date d'expiration
validation-attribute-expression = formule
validation-attribute-extra-hr-step-above-days = validation RH supplémentaire au-delà de (jours)
validation-attribute-first-name = prénom
validation-attribute-from = date de début
validation-attribute-geofence-radius = rayon du périmètre virtuel
validation-attribute-half-day = demi-journée
validation-attribute-half-days = demi-journées
validation-attribute-head-id = ID du responsable
validation-attribute-hidden-when-zero = masquer si nul
validation-attribute-iban = IBAN
validation-attribute-id = ID
validation-attribute-is-mocked = position simulée
validation-attribute-job = tâche
validation-attribute-job-title = intitulé du poste
validation-attribute-kind = nature
validation-attribute-language = langue
validation-attribute-last-name = nom de famille
validation-attribute-last-working-day = dernier jour travaillé
validation-attribute-late-grace-minutes = tolérance de retard (minutes)
validation-attribute-latitude = latitude
validation-attribute-leave-type-id = ID du type d'absence
validation-attribute-lines = lignes
validation-attribute-longitude = longitude
validation-attribute-manager-id = ID du manager
validation-attribute-min-notice-days = délai de prévenance minimum (jours)
validation-attribute-mode = mode
validation-attribute-month = mois
validation-attribute-name = nom
validation-attribute-negative-allowance = solde négatif autorisé
validation-attribute-net-change-threshold = seuil de variation du net
validation-attribute-new-password = nouveau mot de passe
validation-attribute-note = note
validation-attribute-notes = notes
validation-attribute-overnight = sur deux jours
validation-attribute-overtime-after-hours = heures supplémentaires au-delà de (heures)
validation-attribute-paid-fraction = part rémunérée
validation-attribute-password = mot de passe
validation-attribute-pay-date = date de paiement
validation-attribute-period = période
validation-attribute-period-end = fin de période
validation-attribute-period-start = début de période
validation-attribute-personal-email = adresse e-mail personnelle
validation-attribute-phone = téléphone
validation-attribute-pinned = épinglée
validation-attribute-places = décimales
validation-attribute-prorated = au prorata
validation-attribute-publish = publier
validation-attribute-publish-at = date de publication
validation-attribute-purchase-cost = coût d'achat
validation-attribute-purchase-date = date d'achat
validation-attribute-reason = motif
validation-attribute-recorded-at = heure d'enregistrement
validation-attribute-recurrence = récurrence
validation-attribute-recurring = récurrent
validation-attribute-relationship = lien de parenté
validation-attribute-retired = retiré
validation-attribute-rule = règle
validation-attribute-salary-structure-id = ID de la structure de rémunération
validation-attribute-serial-number = numéro de série
validation-attribute-start-date = date de début
validation-attribute-start-half = demi-journée de début
validation-attribute-start-month = mois de début
validation-attribute-starts-at = heure de début
validation-attribute-starts-on = commence le
validation-attribute-status = statut
validation-attribute-tag = numéro d'inventaire
validation-attribute-title = titre
validation-attribute-to = date de fin
validation-attribute-token = jeton
validation-attribute-type = type
validation-attribute-working-days = jours travaillés
validation-attribute-year = année
