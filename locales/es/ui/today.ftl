# The Today screen: check in and out, location, reminders and quick links.

# $greeting: "Good morning"; $name: the person's first name.
today-greeting-name = { $greeting }, { $name }

## Records to check
today-attention-title = Revisa tus horas
# After the day: "Thu 20 Nov · in 09:00 — …".
today-attention-in = entrada { $time }
today-attention-forgotten = sin salida: ¿olvidaste fichar la salida?
today-attention-correct = Solicitar una corrección

## Check in and out
today-punch-title = Fichar la entrada y la salida
today-state-in-since = Entrada fichada desde las { $time }
today-state-out = Sin fichar
today-pending-chip = por sincronizar
today-checked-in-at = Entrada fichada a las { $time }
today-checked-out-at = Salida fichada a las { $time }
# $name: the shift's name; $hours: "09:00–17:30".
today-shift = Tu turno: { $name } · { $hours }
today-check-in = Fichar entrada
today-check-out = Fichar salida
today-confirm-hint = La comprobación de este dispositivo puede estar desactualizada; el servidor decide. ¿Enviar de todos modos?
today-check-in-anyway = Fichar entrada de todos modos
today-check-out-anyway = Fichar salida de todos modos
today-not-now = Ahora no
today-worked = Trabajado hoy
# Label under the number of records.
today-records-count = { $count ->
    [one] Registro hoy
   *[other] Registros hoy
}

## The device's check before sending
# $distance: "1.2 km"; $branch: the branch's name.
today-precheck-far-in = Es probable que el servidor rechace fichar la entrada desde aquí, a { $distance } de { $branch }.
today-precheck-far-out = Es probable que el servidor rechace fichar la salida desde aquí, a { $distance } de { $branch }.
today-precheck-no-fix-in = { $branch } necesita tu ubicación para fichar la entrada, y este dispositivo no tiene ninguna.
today-precheck-no-fix-out = { $branch } necesita tu ubicación para fichar la salida, y este dispositivo no tiene ninguna.
# Stands for the branch's name when the device does not know it.
today-your-branch = tu sede

## Location
today-location = Ubicación
today-location-update-label = Actualizar ubicación
today-location-update = Actualizar
today-location-unavailable = Ubicación no disponible
today-location-checking = Comprobando tu ubicación…
today-set-desk-location = Definir ubicación del puesto
today-geo-no-branch = Sin sede asignada
today-geo-no-branch-detail = Puedes fichar desde cualquier lugar.
today-geo-unfenced = { $branch } no tiene geocerca
today-geo-unfenced-detail = Estés donde estés, cuentas como dentro: ficha desde cualquier lugar.
today-geo-no-fix = Este dispositivo no tiene ubicación
today-geo-no-fix-desktop = { $branch } comprueba tu ubicación al fichar. Define la ubicación de este ordenador en Ajustes.
today-geo-no-fix-mobile = { $branch } comprueba tu ubicación al fichar. Permite que Okta HR acceda a tu ubicación.
today-geo-inside = Estás dentro de { $branch }
today-geo-outside = Estás fuera de { $branch }
# The parts of the location's detail, joined with " · ".
today-geo-distance = a { $distance } de { $branch }
today-geo-radius = radio de { $branch }: { $radius }
# $accuracy: "±8 m".
today-geo-accuracy = precisión { $accuracy }
today-geo-tolerance = Tu posición solo tiene una precisión de { $accuracy }, así que hasta { $extra } más allá del radio sigue contando como dentro.

## The desk location typed in Settings (a computer has no position of its own)
today-desk-location-format = Usa latitud,longitud o latitud,longitud,precisión; p. ej., 52.5200,13.4050,10
today-desk-location-latitude = La latitud debe estar entre -90 y 90.
today-desk-location-longitude = La longitud debe estar entre -180 y 180.
today-desk-location-accuracy = La precisión debe ser un número positivo de metros.

## Quick links
today-annual-left = Días de vacaciones restantes
# Label under the number of requests waiting for the manager's decision.
today-requests-waiting = { $count ->
    [one] Solicitud pendiente de ti
   *[other] Solicitudes pendientes de ti
}
today-unread = Sin leer

## Today's records
today-records-title = Registros de hoy
# Short labels before the check-in and check-out times.
today-in = ENTRADA
today-out = SALIDA
# $duration: "2 h 5 min", for a record still open.
today-so-far = { $duration } hasta ahora
today-no-records-today = Aún no hay registros de hoy.
# $day: "2025-11-20".
today-no-records-day = Aún no hay registros del { $day }.
