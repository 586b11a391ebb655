# What the app tells the user about writes, errors and the connection (ui/src/lib/status.ts).

## The result of a write. $done says what was done, e.g. "Checked in at 09:02", "Leave requested".

status-outcome-saved = { $done } — Guardado
status-outcome-queued = { $done } — Guardado en este dispositivo; se sincronizará cuando haya conexión
# $message: why it could not be sent, as the app's connection reported it.
status-outcome-not-sent = Aún no enviado: { $message }
# $message: the server's reason, in its own words.
status-outcome-refused = No aceptado: { $message }
status-outcome-refused-unknown = No aceptado: el servidor rechazó este cambio.
status-outcome-withdrawn = Retirado — aún no se había enviado, así que nunca llegó al servidor
# $state: the write's state as the app names it internally (rarely shown).
status-outcome-other = { $done } ({ $state })

## A command's error as a sentence.

status-error-unknown = Algo salió mal.
status-error-not-signed-in = No has iniciado sesión.
status-error-unreachable-because = No se puede conectar con el servidor: { $message }
status-error-unreachable = No se puede conectar con el servidor. Revisa tu conexión.
status-error-unsynced = Algunos cambios aún no se han sincronizado.

## The offline banner.

# $reason: why the server ended the session, in its own words, without its final full stop.
status-offline-signed-out-because = { $reason } — vuelve a iniciar sesión para sincronizar.
status-offline-signed-out = Tu sesión ha finalizado — vuelve a iniciar sesión para sincronizar.
status-offline-signed-out-pending = { $count ->
    [one] { $count } cambio se enviará cuando inicies sesión. No se pierde nada.
   *[other] { $count } cambios se enviarán cuando inicies sesión. No se pierde nada.
}
status-offline-signed-out-nothing = Lo que ya viste se sigue mostrando desde este dispositivo.
status-offline-title = Estás sin conexión — trabajas con los datos de este dispositivo.
status-offline-pending = { $count ->
    [one] { $count } cambio guardado aquí se sincronizará cuando vuelva la conexión.
   *[other] { $count } cambios guardados aquí se sincronizarán cuando vuelva la conexión.
}
status-offline-nothing = Los cambios que hagas se guardan aquí y se sincronizan cuando vuelva la conexión.

## The sync indicator's label (its tooltip and what screen readers say).

status-sync-waiting = { $count ->
    [one] { $count } cambio pendiente de sincronizar
   *[other] { $count } cambios pendientes de sincronizar
}
status-sync-waiting-offline = { $count ->
    [one] { $count } cambio pendiente de sincronizar (sin conexión)
   *[other] { $count } cambios pendientes de sincronizar (sin conexión)
}
status-sync-offline = Sin conexión — nada pendiente de sincronizar
status-sync-done = Todo está sincronizado
status-sync-refused = { $count ->
    [one] El servidor rechazó { $count } cambio
   *[other] El servidor rechazó { $count } cambios
}
# Both of the above: $refusals is status-sync-refused, $waiting one of the others.
status-sync-refused-and = { $refusals }; { $waiting }

## The headline of a write the server refused. $time: when it was recorded ("08:02"); $range: the day or
## days it was for ("11–15 Jan 2027").

status-refused-check-in-at = No se aceptó tu fichaje de entrada de las { $time }
status-refused-check-in = No se aceptó tu fichaje de entrada
status-refused-check-out-at = No se aceptó tu fichaje de salida de las { $time }
status-refused-check-out = No se aceptó tu fichaje de salida
status-refused-leave-for = No se aceptó tu solicitud de ausencia ({ $range })
status-refused-leave = No se aceptó tu solicitud de ausencia
status-refused-cancel-leave = No se aceptó la cancelación de tu ausencia
status-refused-leave-approval = No se aceptó tu aprobación
status-refused-leave-rejection = No se aceptó tu rechazo
status-refused-correction-for = No se aceptó tu corrección del { $range }
status-refused-correction = No se aceptó tu corrección
status-refused-correction-approval = No se aceptó tu aprobación de una corrección de fichaje
status-refused-correction-rejection = No se aceptó tu rechazo de una corrección de fichaje
status-refused-other = No se aceptó un cambio
