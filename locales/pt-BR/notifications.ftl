# The server's notifications, written in each recipient's language. A person's own words (an announcement,
# a reason, a problem's description) are not here: they are shown as written.
notice-leave-submitted-title = Pedido de ausência de { $name }
notice-leave-submitted-body = { $name } pede { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } de { $type } de { $start } a { $end }.
notice-leave-rejected-title = Pedido de ausência recusado
notice-leave-rejected-body = { $approver } recusou seu pedido de { $type } de { $start } a { $end }.
notice-leave-rejected-body-note = { $approver } recusou seu pedido de { $type } de { $start } a { $end }. Observação: { $note }
notice-leave-step-approved-title = Seu gestor aprovou o pedido
notice-leave-step-approved-body = { $approver } aprovou seu pedido de { $type } de { $start } a { $end }; agora ele aguarda o RH.
notice-leave-approved-title = Pedido de ausência aprovado
notice-leave-approved-body = Seu pedido de { $type } de { $start } a { $end } ({ $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }) foi aprovado.
notice-leave-cancelled-title = { $name } cancelou uma ausência
notice-leave-cancelled-body = { $name } cancelou a ausência aprovada de { $type } de { $start } a { $end } ({ $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }); os dias voltaram ao saldo.
notice-asset-request-title = { $name } pede: { $category }
notice-asset-request-body = Motivo: { $reason }
notice-asset-decided-title = Seu pedido ({ $category }) foi { $status ->
        [fulfilled] atendido
        [declined] recusado
       *[other] processado
    }
notice-asset-yours = { $tag } agora é seu.
notice-problem-reported-title = { $name } relata um problema com { $tag }
notice-problem-resolved-title = O problema com { $tag } foi resolvido
notice-payslip-title = Seu holerite de { $period } está disponível
notice-payslip-body = Pago em { $date }.
notice-payslip-body-net = Pago em { $date }. Valor líquido: { $currency } { $net }.
notice-auto-closed-title = Saída registrada para você
notice-auto-closed-body = Sua entrada de { $check_in } foi encerrada às { $closed } porque nenhuma saída foi registrada. Peça uma correção se estiver errado.
notice-correction-requested-title = Correção de ponto de { $name }
notice-correction-requested-body = { $name } pede para corrigir { $date }: { $times }. Motivo: { $reason }
notice-correction-approved-title = Correção aprovada
notice-correction-approved-body = { $decider } aprovou sua correção de { $date } ({ $times }).
notice-correction-rejected-title = Correção recusada
notice-correction-rejected-body = { $decider } recusou sua correção de { $date } ({ $times }). Motivo: { $reason }
notice-attendance-corrected-title = Seu ponto foi corrigido
notice-attendance-corrected-body = { $corrector } corrigiu seu ponto de { $date }: { $in } a { $out }. Motivo: { $reason }
notice-check-in-at = entrada { $at }
notice-check-out-at = saída { $at }
notice-no-check-out = sem saída
notice-moment = { $time } de { $day } de { $month }
notice-month-1 = jan.
notice-month-2 = fev.
notice-month-3 = mar.
notice-month-4 = abr.
notice-month-5 = mai.
notice-month-6 = jun.
notice-month-7 = jul.
notice-month-8 = ago.
notice-month-9 = set.
notice-month-10 = out.
notice-month-11 = nov.
notice-month-12 = dez.
notice-locked-out-title = Uma conta foi bloqueada
notice-locked-out-body = { $name } foi bloqueado após { $count } senhas erradas. Desbloqueie em Pessoas.
notice-suspicious-title = Atividade de login suspeita
notice-suspicious-body = { $count } logins falharam a partir do endereço { $address } em { $minutes } minutos.
notice-deactivated-title = Uma conta foi desativada
notice-deactivated-body = { $name } foi desativado e não pode mais entrar.
notice-welcome-title = Boas-vindas ao Okta HR
notice-welcome-body = Registre entrada e saída pelo celular, peça ausências e encontre seus holerites aqui.
