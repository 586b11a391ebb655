# The server's notifications, written in each recipient's language. A person's own words (an announcement,
# a reason, a problem's description) are not here: they are shown as written.
notice-leave-submitted-title = Solicitud de ausencia de { $name }
notice-leave-submitted-body = { $name } solicita { $days ->
        [one] { $days } día
       *[other] { $days } días
    } de { $type } del { $start } al { $end }.
notice-leave-rejected-title = Solicitud de ausencia rechazada
notice-leave-rejected-body = { $approver } ha rechazado tu solicitud de { $type } del { $start } al { $end }.
notice-leave-rejected-body-note = { $approver } ha rechazado tu solicitud de { $type } del { $start } al { $end }. Nota: { $note }
notice-leave-step-approved-title = Tu responsable ha aprobado la solicitud
notice-leave-step-approved-body = { $approver } ha aprobado tu solicitud de { $type } del { $start } al { $end }; ahora la revisa RR. HH.
notice-leave-approved-title = Solicitud de ausencia aprobada
notice-leave-approved-body = Tu solicitud de { $type } del { $start } al { $end } ({ $days ->
        [one] { $days } día
       *[other] { $days } días
    }) está aprobada.
notice-leave-cancelled-title = { $name } ha cancelado una ausencia
notice-leave-cancelled-body = { $name } ha cancelado su ausencia aprobada de { $type } del { $start } al { $end } ({ $days ->
        [one] { $days } día
       *[other] { $days } días
    }); los días vuelven a su saldo.
notice-asset-request-title = { $name } solicita: { $category }
notice-asset-request-body = Motivo: { $reason }
notice-asset-decided-title = Tu solicitud ({ $category }) ha sido { $status ->
        [fulfilled] atendida
        [declined] rechazada
       *[other] tramitada
    }
notice-asset-yours = { $tag } ya es tuyo.
notice-problem-reported-title = { $name } informa de un problema con { $tag }
notice-problem-resolved-title = El problema con { $tag } está resuelto
notice-payslip-title = Ya tienes tu nómina de { $period }
notice-payslip-body = Pagada el { $date }.
notice-payslip-body-net = Pagada el { $date }. Líquido: { $currency } { $net }.
notice-auto-closed-title = Hemos registrado tu salida
notice-auto-closed-body = Tu entrada de { $check_in } se cerró a las { $closed } porque no se registró la salida. Pide una corrección si no es correcto.
notice-correction-requested-title = Corrección de fichaje de { $name }
notice-correction-requested-body = { $name } pide corregir el { $date }: { $times }. Motivo: { $reason }
notice-correction-approved-title = Corrección aprobada
notice-correction-approved-body = { $decider } ha aprobado tu corrección del { $date } ({ $times }).
notice-correction-rejected-title = Corrección rechazada
notice-correction-rejected-body = { $decider } ha rechazado tu corrección del { $date } ({ $times }). Motivo: { $reason }
notice-attendance-corrected-title = Se ha corregido tu asistencia
notice-attendance-corrected-body = { $corrector } ha corregido tu asistencia del { $date }: { $in } a { $out }. Motivo: { $reason }
notice-check-in-at = entrada { $at }
notice-check-out-at = salida { $at }
notice-no-check-out = sin salida
notice-moment = { $time } del { $day } de { $month }
notice-month-1 = ene.
notice-month-2 = feb.
notice-month-3 = mar.
notice-month-4 = abr.
notice-month-5 = may.
notice-month-6 = jun.
notice-month-7 = jul.
notice-month-8 = ago.
notice-month-9 = sept.
notice-month-10 = oct.
notice-month-11 = nov.
notice-month-12 = dic.
notice-locked-out-title = Se ha bloqueado una cuenta
notice-locked-out-body = { $name } ha quedado bloqueado tras { $count } contraseñas incorrectas. Desbloquéalo en Personas.
notice-suspicious-title = Actividad de inicio de sesión sospechosa
notice-suspicious-body = { $count } inicios de sesión fallaron desde la dirección { $address } en { $minutes } minutos.
notice-deactivated-title = Se ha desactivado una cuenta
notice-deactivated-body = { $name } ha sido desactivado y ya no puede iniciar sesión.
notice-welcome-title = Te damos la bienvenida a Okta HR
notice-welcome-body = Ficha la entrada y la salida desde el móvil, solicita ausencias y consulta tus nóminas aquí.
