# The server's notifications, written in each recipient's language. A person's own words (an announcement,
# a reason, a problem's description) are not here: they are shown as written.
notice-leave-submitted-title = Demande d’absence de { $name }
notice-leave-submitted-body = { $name } demande { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ({ $type }) du { $start } au { $end }.
notice-leave-rejected-title = Demande d’absence refusée
notice-leave-rejected-body = { $approver } a refusé votre demande ({ $type }) du { $start } au { $end }.
notice-leave-rejected-body-note = { $approver } a refusé votre demande ({ $type }) du { $start } au { $end }. Note : { $note }
notice-leave-step-approved-title = Demande d’absence validée par votre responsable
notice-leave-step-approved-body = { $approver } a validé votre demande ({ $type }) du { $start } au { $end } ; elle attend maintenant les RH.
notice-leave-approved-title = Demande d’absence acceptée
notice-leave-approved-body = Votre demande ({ $type }) du { $start } au { $end } ({ $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }) est acceptée.
notice-leave-cancelled-title = Absence annulée par { $name }
notice-leave-cancelled-body = { $name } a annulé son absence acceptée ({ $type }) du { $start } au { $end } ({ $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }) ; les jours reviennent dans son solde.
notice-asset-request-title = { $name } demande : { $category }
notice-asset-request-body = Motif : { $reason }
notice-asset-decided-title = Votre demande ({ $category }) a été { $status ->
        [fulfilled] satisfaite
        [declined] refusée
       *[other] traitée
    }
notice-asset-yours = { $tag } vous est attribué.
notice-problem-reported-title = { $name } signale un problème avec { $tag }
notice-problem-resolved-title = Le problème avec { $tag } est résolu
notice-payslip-title = Votre bulletin de paie de { $period } est disponible
notice-payslip-body = Versé le { $date }.
notice-payslip-body-net = Versé le { $date }. Net à payer : { $currency } { $net }.
notice-auto-closed-title = Départ pointé pour vous
notice-auto-closed-body = Votre arrivée de { $check_in } a été clôturée à { $closed } faute de départ pointé. Demandez une correction si c’est inexact.
notice-correction-requested-title = Demande de correction de { $name }
notice-correction-requested-body = { $name } demande à corriger le { $date } : { $times }. Motif : { $reason }
notice-correction-approved-title = Correction acceptée
notice-correction-approved-body = { $decider } a accepté votre correction du { $date } ({ $times }).
notice-correction-rejected-title = Correction refusée
notice-correction-rejected-body = { $decider } a refusé votre correction du { $date } ({ $times }). Motif : { $reason }
notice-attendance-corrected-title = Votre présence a été corrigée
notice-attendance-corrected-body = { $corrector } a corrigé votre présence du { $date } : { $in } à { $out }. Motif : { $reason }
notice-check-in-at = arrivée { $at }
notice-check-out-at = départ { $at }
notice-no-check-out = sans départ
notice-moment = { $day } { $month } à { $time }
notice-month-1 = janv.
notice-month-2 = févr.
notice-month-3 = mars
notice-month-4 = avr.
notice-month-5 = mai
notice-month-6 = juin
notice-month-7 = juil.
notice-month-8 = août
notice-month-9 = sept.
notice-month-10 = oct.
notice-month-11 = nov.
notice-month-12 = déc.
notice-locked-out-title = Un compte a été verrouillé
notice-locked-out-body = { $name } a été verrouillé après { $count } mots de passe erronés. Déverrouillez le compte dans Personnes.
notice-suspicious-title = Activité de connexion suspecte
notice-suspicious-body = { $count } connexions ont échoué depuis l’adresse { $address } en { $minutes } minutes.
notice-deactivated-title = Un compte a été désactivé
notice-deactivated-body = { $name } a été désactivé et ne peut plus se connecter.
notice-welcome-title = Bienvenue dans Okta HR
notice-welcome-body = Pointez depuis votre téléphone, demandez vos congés et retrouvez vos bulletins de paie ici.
