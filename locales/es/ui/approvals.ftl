# The Approvals screen (ui/src/screens/Approvals.svelte): leave requests and punch corrections to decide.

approvals-waiting = { $count ->
    [one] { $count } pendiente de tu decisión
   *[other] { $count } pendientes de tu decisión
}
approvals-nothing-waiting = Nada pendiente de tu decisión
# Mid-sentence, in the message shown before the company's data first reaches the device.
approvals-first-fill = las solicitudes de tu equipo
approvals-no-leave-waiting = No tienes solicitudes de ausencia pendientes.
approvals-empty-title = Todo al día
approvals-empty-body = Aquí aparecerán las nuevas solicitudes de ausencia y correcciones de fichaje de tu equipo.

## A leave request's card.

# $type: the leave type's name; $when: how long ago, e.g. "2 days ago".
approvals-submitted = { $type } · enviada { $when }
# $role: leave-role-…, e.g. "Manager".
approvals-step = Paso: { $role }
approvals-nobody-off = Nadie más está ausente esos días
approvals-also-off = También ausentes esos días:
# After the people listed as off during the request.
approvals-off-more = { $count ->
    [one] y { $count } persona más
   *[other] y { $count } personas más
}
# A reason someone gave, quoted.
approvals-quoted = «{ $text }»
approvals-chain = Cadena de aprobación
approvals-queued-approved = La aprobaste — guardado en este dispositivo, se sincronizará cuando haya conexión.
approvals-queued-rejected = La rechazaste — guardado en este dispositivo, se sincronizará cuando haya conexión.
# $name: the requester.
approvals-reject-why = ¿Por qué rechazas la solicitud de { $name }?
approvals-reject-why-optional = (opcional, se le enviará)
approvals-reject-placeholder = p. ej., Semana de lanzamiento: ¿podrías tomar la semana siguiente?
approvals-keep = No rechazar
approvals-reject-request = Rechazar solicitud
approvals-note-label = Nota para { $name } (opcional)
approvals-note-placeholder = Añade una nota (opcional)
approvals-reject = Rechazar
approvals-approve = Aprobar

## What a decision did, before "— Saved" or "— Saved on this device…". $name: the requester.

approvals-leave-approved = Ausencia de { $name } aprobada
approvals-leave-rejected = Ausencia de { $name } rechazada
# When the request's requester is not known.
approvals-leave-approved-unknown = Solicitud de ausencia aprobada
approvals-leave-rejected-unknown = Solicitud de ausencia rechazada
# $date: the day corrected.
approvals-punch-approved = Corrección de { $name } del { $date } aprobada
approvals-punch-rejected = Corrección de { $name } del { $date } rechazada
approvals-punch-approved-anonymous = Corrección del { $date } aprobada
approvals-punch-rejected-anonymous = Corrección del { $date } rechazada
approvals-punch-approved-unknown = Corrección aprobada
approvals-punch-rejected-unknown = Corrección rechazada

## Punch corrections.

approvals-punch-title = Correcciones de fichaje
approvals-punch-none-waiting = No tienes correcciones de fichaje pendientes.
# In place of an unknown employee's name.
approvals-someone = Alguien
approvals-punch = Corrección de fichaje
# $when: how long ago it was asked, e.g. "3 h ago".
approvals-punch-asked = Corrección de fichaje · solicitada { $when }
# $date: the day the correction is for.
approvals-punch-on = Corrección de fichaje · { $date }
approvals-punch-correct-record = Corregir un registro
approvals-punch-missing-day = Añadir un día que falta
approvals-check-in = Entrada
approvals-check-out = Salida
approvals-punch-reject-why = ¿Por qué rechazas la corrección de { $name }?
approvals-punch-reject-why-anonymous = ¿Por qué rechazas esta corrección?
approvals-punch-reject-why-required = (obligatorio, se le enviará)
approvals-punch-reject-placeholder = p. ej., El registro de la puerta indica que saliste a las 16:10.
approvals-reject-correction = Rechazar corrección

## Requests others decide, and the latest decisions.

approvals-others-title = Pendientes de otra persona
approvals-hide = Ocultar
approvals-show = Mostrar
approvals-decided-title = Decididas recientemente
