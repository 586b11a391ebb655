# The Leave screen (ui/src/screens/Leave.svelte) and the words of leave requests (ui/src/lib/leave.ts).

## Statuses of requests and approval steps, as badges.

leave-status-pending = Pendente
leave-status-approved = Aprovada
leave-status-rejected = Recusada
leave-status-cancelled = Cancelada
leave-status-waiting = Aguardando
leave-status-skipped = Dispensada

## Roles, as approval steps and the directory name them.

leave-role-hr = RH
leave-role-manager = Gestor
leave-role-employee = Colaborador

## Approval steps.

# $role: leave-role-…; $name: the approver.
leave-step-title = { $role } · { $name }
leave-step-approved-by = Aprovada por { $name }
leave-step-rejected-by = Recusada por { $name }
leave-step-pending = Aguardando decisão
leave-step-waiting = Aguardando a etapa anterior
leave-step-skipped = Não é necessária

## Names of the two leave types every company has, until the server's own names reach the device.

leave-type-annual = Férias
leave-type-sick = Licença médica

## What an approver weighs: the requester's balance once the request is granted.
## $remaining, $entitled, $over: days; $type: the leave type's name from the server ("Annual Leave");
## $kind: the English word made from it ("annual"; other languages use $type); $year: the leave year.

leave-balance-left = { $type }: restarão { $remaining } de { $entitled } { $entitled ->
    [one] dia
   *[other] dias
} depois desta solicitação
leave-balance-left-year = { $type } { $year }: restarão { $remaining } de { $entitled } { $entitled ->
    [one] dia
   *[other] dias
} depois desta solicitação
leave-balance-over = { $type }: { $over } { $over ->
    [one] dia
   *[other] dias
} a mais que os { $entitled } permitidos
leave-balance-over-year = { $type } { $year }: { $over } { $over ->
    [one] dia
   *[other] dias
} a mais que os { $entitled } permitidos

## What became of a request since a "please decide" notification about it.

# $name: the requester.
leave-since-cancelled = Cancelada por { $name } desde então
# $step: the step it waits at, e.g. "HR" or "Manager · Maria Schmidt".
leave-since-now-with = Agora com: { $step }
leave-since-you-approved = Você a aprovou
leave-since-you-rejected = Você a recusou
leave-since-approved-by = Já aprovada por { $name }
leave-since-rejected-by = Já recusada por { $name }
leave-since-approved = Já aprovada
leave-since-rejected = Já recusada

## Half days: how the first and last day of a leave are taken.

leave-half-whole-day = O dia inteiro
leave-half-from-midday = A partir do meio-dia (só à tarde)
leave-half-until-midday = Até o meio-dia (só de manhã)
# Shown in brackets after a request's dates.
leave-halves-afternoon-only = só à tarde
leave-halves-morning-only = só de manhã
leave-halves-both = a partir do meio-dia no primeiro dia, até o meio-dia no último
leave-halves-from-midday = a partir do meio-dia no primeiro dia
leave-halves-until-midday = até o meio-dia no último dia

## The screen.

leave-subtitle = Saldos, solicitações e aprovações
# The balances' region, for screen readers. $year: the leave year.
leave-balances-label = Saldos { $year }
leave-balances-empty = Ainda não há saldos de ausência.
# After the big number of days remaining ($count), which is shown apart.
leave-balance-remaining = { $count ->
    [one] dia restante
   *[other] dias restantes
}
leave-balance-meter = { $used } usados, { $pending } pendentes, { $remaining } restantes de { $entitled }
leave-balance-used = { $count } usados
leave-balance-pending = { $count } pendentes
leave-balance-of = de { $count }
# The next leave year's balance. $year: that year.
leave-balance-next-year = { $year }: { $count ->
    [one] { $count } dia disponível
   *[other] { $count } dias disponíveis
}
leave-request-title = Solicitar ausência
leave-type-label = Tipo
leave-first-day = Primeiro dia
leave-last-day = Último dia
leave-first-day-half = No primeiro dia
leave-last-day-half = No último dia
leave-reason-label = Motivo
leave-reason-placeholder = ex.: Viagem em família
leave-working-days = { $count ->
    [one] { $count } dia útil
   *[other] { $count } dias úteis
}
# After the working days a request takes.
leave-preview-left = { $count ->
    [one] resta { $count } dia depois disso
   *[other] restam { $count } dias depois disso
}
leave-preview-hint = Escolha as datas para ver quantos dias úteis isso ocupa.
leave-confirm-anyway = Os números deste dispositivo podem estar desatualizados, e quem decide é o servidor. Enviar a solicitação mesmo assim?
leave-send-anyway = Enviar mesmo assim
leave-submit = Enviar solicitação
leave-requests-title = Minhas solicitações
leave-requests-total = { $count } no total
leave-requests-empty-title = Nenhuma solicitação de ausência ainda
leave-requests-empty-body = Suas solicitações e as aprovações delas aparecem aqui.
leave-pending-sync = Sincronização pendente
leave-saved-offline = Salva neste dispositivo — será enviada para aprovação quando você estiver online.
# $when: how long ago, e.g. "2 days ago".
leave-submitted = Enviada { $when }
leave-cancel-leave = Cancelar ausência
leave-cancel-request = Cancelar solicitação
leave-cancel-confirm-label = Confirmar cancelamento
leave-cancel-my-leave = Cancelar minha ausência
leave-take-back = Desfazer envio
leave-withdraw = Retirar solicitação
leave-keep = Manter

## Asking before cancelling. $range: the request's days ("3–7 Nov 2025").

leave-cancel-question-unsent = Desfazer a solicitação ({ $range })? Ela ainda não foi enviada.
# $count: the working days given back; $told: who approved it (leave-approvers-and) or leave-your-approvers.
leave-cancel-question-approved = Cancelar sua ausência aprovada ({ $range })? { $count ->
    [one] { $count } dia útil volta
   *[other] { $count } dias úteis voltam
} para o seu saldo e vamos avisar { $told }. Para tirá-la de novo, você teria que fazer uma nova solicitação.
leave-cancel-question-pending = Retirar sua solicitação ({ $range })? Seus aprovadores não a verão mais.
# Joins approvers' names one at a time: "Maria Schmidt and Hanna Richter".
leave-approvers-and = { $list } e { $name }
leave-your-approvers = seus aprovadores

## What a write did, before "— Saved" or "— Saved on this device…".

leave-done-requested = Ausência solicitada
leave-done-cancelled-approved = Ausência cancelada — seus aprovadores serão avisados
leave-done-cancelled = Solicitação cancelada
