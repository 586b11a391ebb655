# The Leave screen (ui/src/screens/Leave.svelte) and the words of leave requests (ui/src/lib/leave.ts).

## Statuses of requests and approval steps, as badges.

leave-status-pending = Pendiente
leave-status-approved = Aprobada
leave-status-rejected = Rechazada
leave-status-cancelled = Cancelada
leave-status-waiting = En espera
leave-status-skipped = Omitida

## Roles, as approval steps and the directory name them.

leave-role-hr = RR. HH.
leave-role-manager = Responsable
leave-role-employee = Empleado

## Approval steps.

# $role: leave-role-…; $name: the approver.
leave-step-title = { $role } · { $name }
leave-step-approved-by = Aprobada por { $name }
leave-step-rejected-by = Rechazada por { $name }
leave-step-pending = Pendiente de decisión
leave-step-waiting = A la espera del paso anterior
leave-step-skipped = No hace falta

## Names of the two leave types every company has, until the server's own names reach the device.

leave-type-annual = Vacaciones
leave-type-sick = Baja por enfermedad

## What an approver weighs: the requester's balance once the request is granted.
## $remaining, $entitled, $over: days; $type: the leave type's name from the server ("Annual Leave");
## $kind: the English word made from it ("annual"; other languages use $type); $year: the leave year.

leave-balance-left = { $type }: quedarán { $remaining } de { $entitled } { $entitled ->
    [one] día
   *[other] días
} después de esta solicitud
leave-balance-left-year = { $type } { $year }: quedarán { $remaining } de { $entitled } { $entitled ->
    [one] día
   *[other] días
} después de esta solicitud
leave-balance-over = { $type }: { $over } { $over ->
    [one] día
   *[other] días
} más de los { $entitled } permitidos
leave-balance-over-year = { $type } { $year }: { $over } { $over ->
    [one] día
   *[other] días
} más de los { $entitled } permitidos

## What became of a request since a "please decide" notification about it.

# $name: the requester.
leave-since-cancelled = Cancelada desde entonces por { $name }
# $step: the step it waits at, e.g. "HR" or "Manager · Maria Schmidt".
leave-since-now-with = Ahora está en: { $step }
leave-since-you-approved = La aprobaste tú
leave-since-you-rejected = La rechazaste tú
leave-since-approved-by = Ya aprobada por { $name }
leave-since-rejected-by = Ya rechazada por { $name }
leave-since-approved = Ya aprobada
leave-since-rejected = Ya rechazada

## Half days: how the first and last day of a leave are taken.

leave-half-whole-day = Todo el día
leave-half-from-midday = Desde el mediodía (solo por la tarde)
leave-half-until-midday = Hasta el mediodía (solo por la mañana)
# Shown in brackets after a request's dates.
leave-halves-afternoon-only = solo por la tarde
leave-halves-morning-only = solo por la mañana
leave-halves-both = desde el mediodía el primer día, hasta el mediodía el último
leave-halves-from-midday = desde el mediodía el primer día
leave-halves-until-midday = hasta el mediodía el último día

## The screen.

leave-subtitle = Saldos, solicitudes y aprobaciones
# The balances' region, for screen readers. $year: the leave year.
leave-balances-label = Saldos { $year }
leave-balances-empty = Aún no hay saldos de ausencias.
# After the big number of days remaining ($count), which is shown apart.
leave-balance-remaining = { $count ->
    [one] día disponible
   *[other] días disponibles
}
leave-balance-meter = { $used } usados, { $pending } pendientes, { $remaining } disponibles de { $entitled }
leave-balance-used = { $count } usados
leave-balance-pending = { $count } pendientes
leave-balance-of = de { $count }
# The next leave year's balance. $year: that year.
leave-balance-next-year = { $year }: { $count ->
    [one] { $count } día disponible
   *[other] { $count } días disponibles
}
leave-request-title = Solicitar ausencia
leave-type-label = Tipo
leave-first-day = Primer día
leave-last-day = Último día
leave-first-day-half = El primer día
leave-last-day-half = El último día
leave-reason-label = Motivo
leave-reason-placeholder = p. ej., viaje familiar
leave-working-days = { $count ->
    [one] { $count } día laborable
   *[other] { $count } días laborables
}
# After the working days a request takes.
leave-preview-left = { $count ->
    [one] te quedará { $count } día
   *[other] te quedarán { $count } días
}
leave-preview-hint = Elige las fechas para ver cuántos días laborables supone.
leave-confirm-anyway = Los datos de este dispositivo pueden estar desactualizados y el servidor tiene la última palabra. ¿Enviar la solicitud de todos modos?
leave-send-anyway = Enviar de todos modos
leave-submit = Enviar solicitud
leave-requests-title = Mis solicitudes
leave-requests-total = { $count } en total
leave-requests-empty-title = Aún no hay solicitudes de ausencia
leave-requests-empty-body = Aquí aparecerán tus solicitudes y sus aprobaciones.
leave-pending-sync = Pendiente de sincronizar
leave-saved-offline = Guardada en este dispositivo — se enviará para su aprobación cuando haya conexión.
# $when: how long ago, e.g. "2 days ago".
leave-submitted = Enviada { $when }
leave-cancel-leave = Cancelar ausencia
leave-cancel-request = Cancelar solicitud
leave-cancel-confirm-label = Confirmar cancelación
leave-cancel-my-leave = Cancelar mi ausencia
leave-take-back = Retirarla
leave-withdraw = Retirar solicitud
leave-keep = No cancelar

## Asking before cancelling. $range: the request's days ("3–7 Nov 2025").

leave-cancel-question-unsent = ¿Retirar la solicitud ({ $range })? Aún no se ha enviado.
# $count: the working days given back; $told: who approved it (leave-approvers-and) or leave-your-approvers.
leave-cancel-question-approved = ¿Cancelar tu ausencia aprobada ({ $range })? { $count ->
    [one] { $count } día laborable vuelve
   *[other] { $count } días laborables vuelven
} a tu saldo y avisaremos a { $told }. Para volver a tomarla tendrías que solicitarla de nuevo.
leave-cancel-question-pending = ¿Retirar tu solicitud ({ $range })? Tus aprobadores dejarán de verla.
# Joins approvers' names one at a time: "Maria Schmidt and Hanna Richter".
leave-approvers-and = { $list } y { $name }
leave-your-approvers = tus aprobadores

## What a write did, before "— Saved" or "— Saved on this device…".

leave-done-requested = Ausencia solicitada
leave-done-cancelled-approved = Ausencia cancelada — se avisa a tus aprobadores
leave-done-cancelled = Solicitud cancelada
