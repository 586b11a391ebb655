### Les textes propres à la ligne de commande `okta-hr`. Les commandes, options et valeurs saisies restent
### telles qu'on les tape ; ce que disent le cœur ou le serveur est affiché tel quel.

## Commun

cli-table-empty = (rien)
cli-never = jamais
cli-just-now = à l’instant
cli-minutes-ago = il y a { $count } min
cli-hours-ago = il y a { $count } h
cli-days-ago = il y a { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
cli-local-time = { $time } (heure locale)
cli-as-of = (mise à jour : { $ago })
cli-warning = avertissement : { $message }
cli-error = erreur : { $message }
cli-error-refused = erreur : le serveur a refusé la demande ({ $status }) :
cli-minutes = { $count } min
cli-days = { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
cli-yes = oui
cli-no = non
cli-retired = retiré
cli-in-use = en service
cli-done = Terminé.
cli-removed = Supprimé.
cli-cannot-read = impossible de lire { $path } : { $error }
cli-cannot-write = impossible d’écrire { $path } : { $error }
cli-the-server = le serveur
cli-the-company = L’entreprise
cli-whole-company = toute l’entreprise
cli-everyone = tout le monde
cli-branch-id = site { $id }
cli-department-id = service { $id }
cli-people-count = { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }

## Jours de la semaine

cli-weekday-mon = lun.
cli-weekday-tue = mar.
cli-weekday-wed = mer.
cli-weekday-thu = jeu.
cli-weekday-fri = ven.
cli-weekday-sat = sam.
cli-weekday-sun = dim.

## Colonnes des tableaux

cli-col-id = ID
cli-col-date = DATE
cli-col-day = JOUR
cli-col-in = ARRIVÉE
cli-col-out = DÉPART
cli-col-worked = TRAVAILLÉ
cli-col-state = ÉTAT
cli-col-type = TYPE
cli-col-from = DU
cli-col-to = AU
cli-col-until = JUSQU’AU
cli-col-days = JOURS
cli-col-status = STATUT
cli-col-waiting-for = EN ATTENTE DE
cli-col-year = ANNÉE
cli-col-entitled = DROITS
cli-col-used = PRIS
cli-col-pending = EN ATTENTE
cli-col-remaining = RESTANT
cli-col-when = QUAND
cli-col-title = TITRE
cli-col-message = MESSAGE
cli-col-period = PÉRIODE
cli-col-gross = BRUT
cli-col-net = NET
cli-col-currency = DEVISE
cli-col-amount = MONTANT
cli-col-employee = SALARIÉ
cli-col-employees = SALARIÉS
cli-col-step = ÉTAPE
cli-col-late = RETARD
cli-col-number = MATRICULE
cli-col-name = NOM
cli-col-email = E-MAIL
cli-col-role = RÔLE
cli-col-tag = N° D’INVENTAIRE
cli-col-category = CATÉGORIE
cli-col-holder = DÉTENTEUR
cli-col-account-holder = TITULAIRE
cli-col-login = IDENTIFIANT
cli-col-department = SERVICE
cli-col-last-sign-in = DERNIÈRE CONNEXION
cli-col-members = MEMBRES
cli-col-description = DESCRIPTION
cli-col-contact = CONTACT
cli-col-user = UTILISATEUR
cli-col-origin = ORIGINE
cli-col-scopes = PORTÉES
cli-col-pinned = ÉPINGLÉE
cli-col-audience = DESTINATAIRES
cli-col-expires = EXPIRE
cli-col-since = DEPUIS
cli-col-handed-out = REMISE
cli-col-back = RETOUR
cli-col-notes = NOTES
cli-col-reason = MOTIF
cli-col-asset = ÉQUIPEMENT
cli-col-reported-by = SIGNALÉ PAR
cli-col-on = LE
cli-col-problem = PROBLÈME
cli-col-resolution = RÉSOLUTION
cli-col-record = POINTAGE
cli-col-off = CHÔMÉ
cli-col-repeats = RÉPÉTITION
cli-col-applies-at = S’APPLIQUE À
cli-col-local-time = HEURE (LOCALE)
cli-col-actor = AUTEUR
cli-col-action = ACTION
cli-col-entity = OBJET
cli-col-details = DÉTAILS
cli-col-job = TRAITEMENT
cli-col-entries = ÉCRITURES
cli-col-by = PAR
cli-col-at = LE
cli-col-kind = NATURE
cli-col-code = CODE
cli-col-accrual = ATTRIBUTION
cli-col-paid-share = PAYÉ
cli-col-counts = DÉCOMPTE
cli-col-notice = PRÉAVIS
cli-col-carry = REPORT
cli-col-overdraft = DÉCOUVERT
cli-col-chain = VALIDATION
cli-col-hours = HORAIRES
cli-col-late-after = RETARD APRÈS
cli-col-early-before = AVANCE AVANT
cli-col-auto-close = CLÔTURE AUTO
cli-col-shift = POSTE
cli-col-scope = PORTÉE
cli-col-branch-id = ID DU SITE
cli-col-works = JOURS TRAVAILLÉS
cli-col-structure = STRUCTURE
cli-col-base = BASE
cli-col-prorated = PRORATISÉ
cli-col-rounding = ARRONDI
cli-col-components = RUBRIQUES
cli-col-pay-date = DATE DE PAIE
cli-col-paid = PAYÉS
cli-col-failed = EN ÉCHEC
cli-col-held = SUSPENDUS
cli-col-excluded = EXCLUS
cli-col-line = LIGNE
cli-col-person = PERSONNE
cli-col-net-change = ÉCART NET
cli-col-flags = ALERTES
cli-col-note = NOTE
cli-col-how = CALCUL
cli-col-field = CHAMP
cli-col-before = AVANT
cli-col-after = APRÈS
cli-col-effective = EFFET
cli-col-people = PERSONNES
cli-col-address = ADRESSE
cli-col-fence = PÉRIMÈTRE
cli-col-iban = IBAN

## Connexion et déconnexion

cli-account-dismissed = { $reason } Rien de votre compte n’est conservé sur cet appareil.
cli-password-prompt = Mot de passe pour { $email } :
cli-signed-in = Connecté en tant que { $email } sur { $server }.
cli-signed-out = Déconnecté.

## Modifications et leur sort

cli-queued = En file d’attente, sera synchronisé.
cli-queued-because = En file d’attente, sera synchronisé ({ $reason }).
cli-withdrawn = Retiré de la file d’attente : la modification n’avait jamais atteint le serveur.
cli-write-refused = Refusé par le serveur : { $reason }
cli-checked-in = Arrivée pointée.
cli-checked-out = Départ pointé.
cli-leave-requested = Congé demandé.
cli-leave-cancelled = Congé annulé.
cli-marked-read = Marqué comme lu.
cli-approved = Validé.
cli-rejected = Refusé.
cli-correction-requested = Correction demandée.
cli-decided = Décision enregistrée.
cli-queued-state = en file d’attente
cli-synced-state = synchronisé
cli-status-queued = { $status } (en file d’attente)

## État et synchronisation

cli-status-signed-in = Connecté en tant que { $email } sur { $server }
cli-no-reason = le serveur n’a pas donné de raison
cli-session-ended = Votre session a pris fin : { $reason }
cli-sign-in-again = Reconnectez-vous avec `okta-hr login` ; les modifications en file d’attente sont conservées et seront envoyées à ce moment-là.
cli-last-sync = Dernière synchronisation réussie : { $time }, { $ago }
cli-last-sync-never = Dernière synchronisation réussie : jamais
cli-last-problem = Dernier problème : { $error }
cli-today-checked-in = Aujourd’hui : arrivée pointée depuis { $time }
cli-today-checked-in-queued = Aujourd’hui : arrivée pointée (en file d’attente) depuis { $time }
cli-today-checked-out = Aujourd’hui : pas de pointage en cours ; départ pointé le { $time }
cli-today-checked-out-queued = Aujourd’hui : pas de pointage en cours ; départ pointé (en file d’attente) le { $time }
cli-today-not-checked-in = Aujourd’hui : pas de pointage en cours
cli-waiting-to-sync = En attente de synchronisation : { $count }
cli-refused-count = Refusées par le serveur : { $count }
cli-write-made = #{ $id } { $description }, faite le { $time }
cli-write-made-refused = #{ $id } { $description }, faite le { $time }, refusée le { $refused }
cli-not-tried-yet = pas encore tentée
cli-attempts = { $count ->
        [one] { $count } tentative
       *[other] { $count } tentatives
    }
cli-attempts-error = { $count ->
        [one] { $count } tentative
       *[other] { $count } tentatives
    } ; dernière erreur : { $error }
cli-next-attempt-at = prochaine tentative à partir du { $time } ; `okta-hr sync` essaie tout de suite
cli-next-attempt-now = prochaine tentative : maintenant ; `okta-hr sync` l’envoie
cli-refusal-why = motif : { $text }
cli-refusal-undone = annulé : { $text }
cli-refusal-next-step = étape suivante : { $text }
cli-dismiss-hint = Une fois lus, écartez-en un avec `okta-hr dismiss { $id }`, ou tous avec `okta-hr dismiss --all`.
cli-cache-not-refreshed = avertissement : le cache n’a pas pu être actualisé : { $error }
cli-sync-counts = Envoyées { $sent }, refusées { $refused }, encore en file d’attente { $queued }.
cli-sync-refused = refusée : { $what } : { $why }
cli-unreachable = le serveur est injoignable
cli-still-queued = Encore en file d’attente : { $why }. Rien n’est perdu : synchronisez de nouveau plus tard.
cli-earlier-refusals = { $count ->
        [one] { $count } refus précédent pas encore écarté.
       *[other] { $count } refus précédents pas encore écartés.
    }
cli-refusals-hint = `okta-hr status` indique ce que chaque refus a annulé ; `okta-hr dismiss` les écarte une fois lus.
cli-dismiss-unknown = { $message } : `okta-hr status` liste les refus avec leurs identifiants
cli-nothing-to-dismiss = Rien à écarter : aucun refus en attente.
cli-dismissed-one = Refus #{ $id } écarté.
cli-dismissed-one-described = Refus #{ $id } écarté ({ $description }).
cli-dismissed-many = { $count ->
        [one] { $count } refus écarté :
       *[other] { $count } refus écartés :
    }

## Présence, congés, bulletins et équipe

cli-from-afternoon = { $date } après-midi
cli-to-morning = { $date } matin
cli-no-payslip = aucun bulletin de paie { $id }
cli-payslip-heading = Bulletin { $id } — { $name } (du { $start } au { $end }), payé le { $date }
cli-payslip-gross = Brut
cli-payslip-net = Net ({ $currency })
cli-late = en retard
cli-team-attendance-total = { $count ->
        [one] { $count } pointage
       *[other] { $count } pointages
    } du { $from } au { $to }
cli-payroll-run-not-cached = le cycle de paie { $id } n’est pas en cache ; connectez-vous une fois en ligne
cli-team-payroll-heading = Paie { $period } ({ $status }), { $count ->
        [one] { $count } salarié
       *[other] { $count } salariés
    }, brut { $gross }, net { $net } { $currency }
cli-no-such-time = { $time } n’existe pas sur l’horloge de cet appareil
cli-give-record-or-date = indiquez --record ou --date

## Administration

cli-org-never-read = l’organisation n’a jamais été lue sur cet appareil ; relancez sans --offline
cli-org-company = Entreprise
cli-org-subdomain = Sous-domaine
cli-org-website = Site web
cli-org-phone = Téléphone
cli-org-support-phone = Téléphone du support
cli-org-support-help = Aide du support
cli-org-address = Adresse
cli-account-now = { $login } est maintenant { $status }.
cli-one-time-link = Remettez ce lien à usage unique à la personne (valable 7 jours) : { $link }

## Annonces

cli-announcement-created = « { $title } » créée (ID { $id }) : { $state }.
cli-announcement-published = « { $title } » publiée (ID { $id }) : { $state }.
cli-announcement-expired = « { $title } » retirée (ID { $id }) : { $state }.
cli-announcement-deleted = Annonce { $id } supprimée.
cli-no-such-email = personne n’a l’adresse { $email } dans l’annuaire de cet appareil ; lancez `okta-hr sync`
cli-scheduled-for = programmée pour le { $time }
cli-published-at = publiée le { $time }
cli-expired-at = expirée le { $time }
cli-state-draft = brouillon
cli-state-scheduled = programmée
cli-state-published = publiée
cli-state-expired = expirée
cli-pinned = épinglée

## Équipements

cli-asset-added = { $tag } { $name } ajouté ({ $status }, ID { $id }).
cli-asset-changed = { $tag } { $name } modifié ({ $status }, ID { $id }).
cli-asset-problem-resolved = Problème de { $name } avec { $tag } résolu : { $description }.
cli-asset-requested = Demande envoyée aux RH : { $category } (demande { $id }).
cli-asset-problem-reported = Signalé aux RH : { $tag } ({ $description }).
cli-asset-returned = { $tag } rendu par { $name } ({ $condition }).
cli-asset-assigned = { $tag } remis à { $name }.
cli-asset-request-decided = Demande de { $name } ({ $category }) : { $status ->
        [fulfilled] satisfaite
        [declined] refusée
       *[other] { $status }
    }.
cli-asset-request-decided-tag = Demande de { $name } ({ $category }) : { $status ->
        [fulfilled] satisfaite
        [declined] refusée
       *[other] { $status }
    }, { $tag }.

## RH : jours fériés, semaines de travail, année de congés, journal

cli-holiday-added = { $name } ajouté le { $weekday } { $date } (ID { $id }).
cli-holiday-removed = Jour férié { $id } supprimé.
cli-holidays-imported = { $imported ->
        [one] { $imported } jour férié importé
       *[other] { $imported } jours fériés importés
    } ; { $skipped ->
        [one] { $skipped } ignoré
       *[other] { $skipped } ignorés
    } (un jour qui en avait déjà un, ou un événement à une heure précise).
cli-afternoon-off = après-midi
cli-all-day-off = journée entière
cli-yearly = chaque année
cli-morning-only = { $day }(matin)
cli-company-week = (semaine de l’entreprise)
cli-week-set = { $scope } travaille désormais { $days }.
cli-week-set-company = { $scope } travaille désormais { $days } (semaine de l’entreprise).
cli-leave-year = Les années de congés commencent le 1er { $month ->
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
        [12] décembre
       *[1] janvier
    }. L’année en cours est { $name } (du { $start } au { $end }).
cli-export-needs-server = un export est produit par le serveur ; relancez sans --offline
cli-audit-never-read = le journal d’audit n’a jamais été lu sur cet appareil ; relancez sans --offline
cli-audit-other-page = remarque : la dernière page lue sur cet appareil est la page { $page } d’une autre requête ; elle est affichée
cli-audit-page = page { $page } sur { $last }, { $count ->
        [one] { $count } événement
       *[other] { $count } événements
    } au total
cli-export-cut-short = { $count } événements correspondent, mais l’export ne contient que les { $rows } plus récents ; affinez avec --from et --to
cli-export-written = { $count ->
        [one] { $count } événement écrit
       *[other] { $count } événements écrits
    } dans { $path }.

## RH : personnes

cli-hired = Embauche de { $name } enregistrée (matricule { $id }), début le { $date }.
cli-activation-link = Remettez ce lien d’activation (affiché une seule fois) : { $link }
cli-activation-link-shown = Le lien d’activation a été affiché lors de la première tentative ; réactivez la personne pour en obtenir un nouveau.
cli-access-ends = L’accès de { $name } prend fin le { $time }.
cli-open-leave = congé { $type } : { $count ->
        [one] { $count } jour restant
       *[other] { $count } jours restants
    }, { $pending } en attente
cli-open-asset = équipement { $tag } { $name } encore attribué
cli-open-counts = { $requests ->
        [one] { $requests } demande de congé en attente
       *[other] { $requests } demandes de congé en attente
    }, { $approvals ->
        [one] { $approvals } validation qui l’attend
       *[other] { $approvals } validations qui l’attendent
    }, { $corrections ->
        [one] { $corrections } correction en attente
       *[other] { $corrections } corrections en attente
    }
cli-department-saved = Service { $id } { $name }.
cli-department-saved-retired = Service { $id } { $name } (retiré).
cli-branch-saved = Site { $id } { $name }.
cli-branch-saved-retired = Site { $id } { $name } (retiré).
cli-bank-request-decided = Le nouveau compte { $iban } de { $name } est { $status ->
        [approved] validé
        [rejected] refusé
       *[other] { $status }
    }.

## RH : règles de congés

cli-leave-type-created = { $name } créé ({ $code }, { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } par an, ID { $id }).
cli-leave-type-changed = { $name } modifié ({ $code }, { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } par an, ID { $id }).
cli-leave-type-retired = { $name } retiré ({ $code }, { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } par an, ID { $id }).
cli-leave-adjusted = { $days } { $count ->
        [one] jour
       *[other] jours
    } « { $type } » pour { $name } en { $year } (écriture { $id }) : { $reason }.
cli-leave-job-wrote = { $job } { $period } : { $count ->
        [one] { $count } écriture passée.
       *[other] { $count } écritures passées.
    }
cli-leave-job-would-write = { $job } { $period } : passerait { $count ->
        [one] { $count } écriture.
       *[other] { $count } écritures.
    }
cli-carry-for-months = { $cap } pendant { $count } mois
cli-accrual-upfront = en une fois
cli-accrual-monthly = mensuelle
cli-accrual-prorated = { $accrual }, au prorata
cli-counts-every-half-day = chaque demi-journée
cli-counts-every-day = chaque jour
cli-counts-working-half-days = demi-journées ouvrées
cli-counts-working-days = jours ouvrés
cli-chain-none = aucune
cli-chain-manager = responsable
cli-chain-manager-hr = responsable + RH
cli-chain-extra-hr-step = { $chain } (+RH au-delà de { $days } j)

## RH : postes

cli-shift-created = { $name } créé ({ $start }–{ $end }, ID { $id }).
cli-shift-changed = { $name } modifié ({ $start }–{ $end }, ID { $id }).
cli-shift-retired = { $name } retiré ({ $start }–{ $end }, ID { $id }).
cli-shift-restored = { $name } rétabli ({ $start }–{ $end }, ID { $id }).
cli-shift-assigned = { $name } travaille au poste { $shift } à partir du { $from }, sans date de fin (affectation { $id }).
cli-shift-assigned-until = { $name } travaille au poste { $shift } du { $from } au { $to } (affectation { $id }).
cli-next-day = { $hours } (lendemain)
cli-minutes-after-end = { $count } min après la fin

## RH : paie

cli-pay-assigned = { $name } : rémunération selon { $structure }, base { $base }, à partir du { $from } (affectation { $id }).
cli-pay-assignment-removed = Affectation de rémunération { $id } supprimée.
cli-pay-adjustment-removed = Ajustement de paie { $id } supprimé.
cli-give-an-amount = indiquez --bonus, --advance ou --deduction
cli-no-such-structure = aucune structure salariale ne s’appelle { $name }
cli-no-such-component = aucune rubrique de paie ne s’appelle { $name }
cli-not-a-structure-id = { $id } n’est pas un identifiant de structure salariale
cli-settings-currency = Devise :
cli-settings-net-rounding = Arrondi du net :
cli-settings-threshold = Signaler un net qui varie de plus de { $percent } % par rapport au cycle précédent
cli-settings-paid-from = Payé depuis :
cli-settings-overtime = Heures sup. :
cli-overtime-after = présence au-delà de { $hours } heures par jour
cli-overtime-none = non tirées de la présence
cli-kind-bonus = prime
cli-kind-advance = acompte
cli-kind-deduction = retenue
cli-kind-earning = gain
cli-kind-employer-contribution = cotisation patronale
cli-kind-employer = employeur
cli-rounding = { $count ->
        [one] { $count } décimale
       *[other] { $count } décimales
    }, { $mode }
cli-rounding-half-up = au plus proche (0,5 vers le haut)
cli-rounding-half-even = au pair le plus proche
cli-rounding-down = par défaut
cli-rounding-up = par excès
cli-adjustment-added = Nouvel ajustement ({ $kind }) pour { $name } : { $amount } « { $title } » { $when } (ajustement { $id }).
cli-adjustment-ended = Ajustement ({ $kind }) de { $name } terminé : { $amount } « { $title } » { $when } (ajustement { $id }).
cli-once-in-run = une fois, dans le cycle qui contient le { $date }
cli-every-period-from = chaque période à partir du { $date }
cli-every-period-between = chaque période du { $date } au { $end }
cli-once = une fois
cli-recurring = récurrent
cli-component-created = { $code } { $name } créée ({ $kind } : { $rule }, ID { $id }).
cli-component-changed = { $code } { $name } modifiée ({ $kind } : { $rule }, ID { $id }).
cli-component-retired = { $code } { $name } retirée ({ $kind } : { $rule }, ID { $id }).
cli-component-restored = { $code } { $name } rétablie ({ $kind } : { $rule }, ID { $id }).
cli-rule-percent-of = { $percent } % de { $component }
cli-rule-percent-of-gross = { $percent } % du brut
cli-structure-saved = { $name } enregistrée ({ $components }, ID { $id }).
cli-structure-saved-retired = { $name } enregistrée ({ $components }, retirée, ID { $id }).
cli-give-a-period = indiquez un mois (AAAA-MM), ou --from et --to
cli-run-deleted = Cycle brouillon { $id } supprimé.
cli-run-created = Brouillon créé : { $run }.
cli-run-correction-created = Brouillon de correction créé : { $run }.
cli-run-computed = Calculé : { $run }.
cli-run-locked = Clôturé : { $run }.
cli-run-paid = Marqué comme payé : { $run }.
cli-run-published = Publié (chaque personne payée voit son bulletin et est prévenue) : { $run }.
cli-run-review = Paie : { $run }.
cli-run-summary = cycle { $id }, { $period } ({ $status }), payé le { $date } : { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }, brut { $gross }, net { $net } { $currency }
cli-run-summary-set-aside = cycle { $id }, { $period } ({ $status }), payé le { $date } : { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }, brut { $gross }, net { $net } { $currency } ; { $set_aside }
cli-run-failed-count = { $count } en échec
cli-run-held-count = { $count ->
        [one] { $count } suspendu
       *[other] { $count } suspendus
    }
cli-run-excluded-count = { $count ->
        [one] { $count } exclu
       *[other] { $count } exclus
    }
cli-file-written = { $file } écrit dans { $path }.
cli-line-held = La paie de { $name } est suspendue : { $reason }.
cli-line-excluded = { $name } ne fait plus partie de ce cycle : { $reason }.
cli-line-included = { $name } est de nouveau dans le cycle ({ $status }), net { $net }.
cli-line-overridden = { $name } : { $code } { $amount } ({ $explanation }) ; net désormais { $net }.
cli-line-override-cleared = { $name } : { $code } modifié ; net désormais { $net }.
cli-nobody-in-run = personne ne s’appelle { $name } dans le cycle { $id }
cli-net-new = nouveau
cli-flag-joiner = arrivée
cli-flag-leaver = départ
cli-flag-net-moved = net { $percent } %
cli-flag-net-changed = net modifié
cli-flag-unpaid-leave = congé sans solde { $days } j
cli-flag-negative-net = net négatif
cli-flag-no-bank-account = pas de compte bancaire
cli-flag-new-bank-account = nouveau compte bancaire
cli-payslip-line = { $name } ({ $number }), ligne { $id } : { $status }
cli-flagged = Alertes : { $flags }
cli-employed = En poste du { $from } au { $to } : { $count ->
        [one] { $count } jour ouvré
       *[other] { $count } jours ouvrés
    } ; payés : { $paid }, non payés : { $unpaid }
cli-payslip-totals = Brut { $gross }, retenues { $deductions }, net { $net } { $currency }
cli-payslip-totals-rounded = Brut { $gross }, retenues { $deductions }, net { $net } (arrondi de { $rounding }) { $currency }
cli-since-last-run = Depuis le cycle précédent : { $changes } (net { $net })
