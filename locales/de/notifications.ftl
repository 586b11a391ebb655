# The server's notifications, written in each recipient's language. A person's own words (an announcement,
# a reason, a problem's description) are not here: they are shown as written.
notice-leave-submitted-title = Abwesenheitsantrag von { $name }
notice-leave-submitted-body = { $name } beantragt { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } { $type } vom { $start } bis { $end }.
notice-leave-rejected-title = Abwesenheitsantrag abgelehnt
notice-leave-rejected-body = { $approver } hat Ihren Antrag ({ $type }, { $start } bis { $end }) abgelehnt.
notice-leave-rejected-body-note = { $approver } hat Ihren Antrag ({ $type }, { $start } bis { $end }) abgelehnt. Hinweis: { $note }
notice-leave-step-approved-title = Abwesenheitsantrag von Ihrer Führungskraft genehmigt
notice-leave-step-approved-body = { $approver } hat Ihren Antrag ({ $type }, { $start } bis { $end }) genehmigt; jetzt entscheidet die Personalabteilung.
notice-leave-approved-title = Abwesenheitsantrag genehmigt
notice-leave-approved-body = Ihr Antrag ({ $type }, { $start } bis { $end }, { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }) ist genehmigt.
notice-leave-cancelled-title = Abwesenheit von { $name } storniert
notice-leave-cancelled-body = { $name } hat die genehmigte Abwesenheit ({ $type }, { $start } bis { $end }, { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }) storniert; die Tage sind wieder im Guthaben.
notice-asset-request-title = { $name } bittet um: { $category }
notice-asset-request-body = Begründung: { $reason }
notice-asset-decided-title = Ihre Anfrage ({ $category }) wurde { $status ->
        [fulfilled] erfüllt
        [declined] abgelehnt
       *[other] bearbeitet
    }
notice-asset-yours = { $tag } gehört jetzt Ihnen.
notice-problem-reported-title = { $name } meldet ein Problem mit { $tag }
notice-problem-resolved-title = Das Problem mit { $tag } ist behoben
notice-payslip-title = Ihre Gehaltsabrechnung für { $period } ist da
notice-payslip-body = Ausgezahlt am { $date }.
notice-payslip-body-net = Ausgezahlt am { $date }. Auszahlungsbetrag: { $currency } { $net }.
notice-auto-closed-title = Ausstempeln für Sie erfasst
notice-auto-closed-body = Ihr Einstempeln von { $check_in } wurde um { $closed } beendet, weil kein Ausstempeln erfasst war. Beantragen Sie eine Korrektur, falls das nicht stimmt.
notice-correction-requested-title = Korrekturantrag von { $name }
notice-correction-requested-body = { $name } möchte den { $date } korrigieren: { $times }. Begründung: { $reason }
notice-correction-approved-title = Korrektur genehmigt
notice-correction-approved-body = { $decider } hat Ihre Korrektur für den { $date } genehmigt ({ $times }).
notice-correction-rejected-title = Korrektur abgelehnt
notice-correction-rejected-body = { $decider } hat Ihre Korrektur für den { $date } abgelehnt ({ $times }). Begründung: { $reason }
notice-attendance-corrected-title = Ihre Anwesenheit wurde korrigiert
notice-attendance-corrected-body = { $corrector } hat Ihre Anwesenheit am { $date } korrigiert: { $in } bis { $out }. Begründung: { $reason }
notice-check-in-at = Einstempeln { $at }
notice-check-out-at = Ausstempeln { $at }
notice-no-check-out = ohne Ausstempeln
notice-moment = { $day }. { $month } um { $time }
notice-month-1 = Jan.
notice-month-2 = Feb.
notice-month-3 = März
notice-month-4 = Apr.
notice-month-5 = Mai
notice-month-6 = Juni
notice-month-7 = Juli
notice-month-8 = Aug.
notice-month-9 = Sept.
notice-month-10 = Okt.
notice-month-11 = Nov.
notice-month-12 = Dez.
notice-locked-out-title = Ein Konto wurde gesperrt
notice-locked-out-body = { $name } wurde nach { $count } falschen Passwörtern gesperrt. Entsperren Sie das Konto unter „Personen“.
notice-suspicious-title = Verdächtige Anmeldeversuche
notice-suspicious-body = { $count } Anmeldungen von der Adresse { $address } sind innerhalb von { $minutes } Minuten fehlgeschlagen.
notice-deactivated-title = Ein Konto wurde deaktiviert
notice-deactivated-body = { $name } wurde deaktiviert und kann sich nicht mehr anmelden.
notice-welcome-title = Willkommen bei Okta HR
notice-welcome-body = Stempeln Sie hier mit dem Smartphone ein und aus, beantragen Sie Abwesenheiten und finden Sie Ihre Gehaltsabrechnungen.
