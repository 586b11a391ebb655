# The Attendance screen, corrections of attendance records, and shifts in words.

## Attendance screen
attendance-subtitle = Tus entradas y salidas, día a día.
attendance-month = Mes
attendance-previous-month = Mes anterior
attendance-next-month = Mes siguiente
attendance-days-worked = Días trabajados
attendance-total-time = Tiempo total
attendance-late-arrivals = Llegadas tarde
# Accessible name of the table of days.
attendance-days = Días
# $month: "November 2025".
attendance-empty = Sin registros en { $month }
attendance-empty-this-month = Ficha la entrada desde la pantalla Hoy para empezar.
attendance-empty-other-month = No hay nada registrado en este dispositivo para ese mes.
attendance-col-day = Día
# Check-in time (column heading and, on phones, the label before the time).
attendance-col-in = Entrada
# Check-out time.
attendance-col-out = Salida
attendance-col-worked = Trabajado
attendance-col-status = Estado
attendance-col-correction = Corrección

## A record's badges (Attendance and Today)
attendance-badge-late = Con retraso
attendance-badge-left-early = Salida anticipada
attendance-badge-mock = Ubicación simulada
attendance-badge-offline = Registrado sin conexión
attendance-badge-corrected = Corregido
attendance-badge-corrected-title = Sus horas se corrigieron; Asistencia muestra las fichadas
attendance-badge-auto-closed = Cerrado automáticamente
attendance-badge-correction-title = Una corrección de este registro espera una decisión
attendance-badge-correction-queued = Corrección por sincronizar
attendance-badge-correction-pending = Corrección pendiente
attendance-badge-pending-sync = Por sincronizar
attendance-badge-pending-sync-title = Guardado en este dispositivo; se sincronizará cuando haya conexión
attendance-badge-synced = Sincronizado

## Corrections on the Attendance screen
# $day: "Thu 20 Nov".
attendance-correct-label = { attendance-correct } { $day }
attendance-correct-disabled = Disponible cuando este registro se haya sincronizado
# Button: ask for a correction of the record.
attendance-correct = Corregir
# $originals: "Originally in 09:02, out 17:31"; $reason: why it was corrected.
attendance-originals-reason = { $originals } · «{ $reason }»
attendance-my-corrections = Tus correcciones
# $in, $out: "09:00 → 08:40" or "09:00 (kept)".
attendance-correction-times = Entrada { $in } · Salida { $out }
# A reason the person gave, quoted.
attendance-quoted = «{ $text }»
# $name: who decided; $reason: what they wrote.
attendance-decision = { $name }: «{ $reason }»
attendance-your-manager = Tu responsable

## How a record reads
attendance-auto-closed = Cerrado automáticamente a las { $time }: solicita una corrección si no es correcto
attendance-added-by-correction = Añadido por una corrección: no se fichó nada
attendance-originally = Originalmente: entrada { $in }, salida { $out }
attendance-no-check-out = — (sin salida)

## A correction's status
attendance-status-approved-queued = Aprobada · por sincronizar
attendance-status-rejected-queued = Rechazada · por sincronizar
attendance-status-queued = Por sincronizar
attendance-status-approved = Aprobada
attendance-status-rejected = Rechazada
attendance-status-pending = Pendiente de decisión
# The recorded time, left unchanged by the correction.
attendance-time-kept = { $time } (sin cambios)
# The recorded time and the time proposed.
attendance-time-change = { $from } → { $to }

## The correction form
# $day: "Thursday 20 November 2025".
attendance-correction-title = Solicitar una corrección · { $day }
attendance-correction-recorded = Registrado: entrada { $in }, salida { $out }.
attendance-correction-give-times = Indica las horas que trabajaste ese día; decide tu responsable o RR. HH.
attendance-correction-check-in = Entrada
attendance-correction-check-out = Salida
# Under a check-out time earlier than the check-in: it is on the following day.
attendance-correction-next-morning = A la mañana siguiente
attendance-correction-why = Motivo
attendance-correction-why-hint = (se envía a tu responsable)
attendance-correction-placeholder = p. ej., olvidé fichar la salida cuando me fui a las 17:30
# Before the device's own warning about the times asked for.
attendance-correction-device-check = Comprobación de este dispositivo:
attendance-correction-server-decides = El servidor decide; puedes enviarla de todos modos.
attendance-correction-change-a-time = Cambia una hora para solicitar una corrección.
attendance-correction-send-anyway = Enviar de todos modos
attendance-correction-send = Enviar
attendance-correction-refused = No aceptada: el servidor rechazó esta corrección.
# $reason: the server's reason.
attendance-correction-not-accepted = No aceptada: { $reason }
# Start of the result, followed by "— Saved" or "— Saved on this device…".
attendance-correction-asked = Corrección del { $day } solicitada

## Shifts in words (Today and Schedules & audit)
attendance-shift-offline = Para cambiar los turnos hace falta conexión
# $starts, $ends: "09:00", "17:30".
attendance-shift-hours = { $starts }–{ $ends }
attendance-shift-hours-overnight = { $starts }–{ $ends } del día siguiente
attendance-shift-minutes = { $minutes } min
attendance-shift-hours-only = { $hours } h
attendance-shift-hours-minutes = { $hours } h { $minutes } min
# The three graces are joined with " · "; this one always comes first.
attendance-shift-late-after = { $minutes ->
    [one] Retraso a partir de { $minutes } min
   *[other] Retraso a partir de { $minutes } min
}
attendance-shift-late-from-start = Retraso desde el inicio
attendance-shift-early-before = { $minutes ->
    [one] salida anticipada si es más de { $minutes } min antes del final
   *[other] salida anticipada si es más de { $minutes } min antes del final
}
attendance-shift-early-before-end = salida anticipada antes del final
# $duration: "2 h", "1 h 30 min".
attendance-shift-auto-close = las salidas sin fichar se cierran { $duration } después del final
# An assignment's days; $from, $to: "3 Nov 2026".
attendance-shift-from = Desde el { $from }
attendance-shift-span = { $from } – { $to }
# Mid-sentence: "Ana works “Night” (22:00–06:00 next day) from 3 Nov 2026."
attendance-shift-from-in-sentence = desde el { $from }
attendance-shift-span-in-sentence = del { $from } al { $to }
