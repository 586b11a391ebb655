# The Team attendance screen (ui/src/screens/Team.svelte).

team-subtitle = Quién está, quién llega tarde y cada fichaje del periodo.
team-export = Exportar CSV
# $count: records written; $path: the file they were written to.
team-exported = { $count ->
    [one] Se exportó { $count } registro a { $path }
   *[other] Se exportaron { $count } registros a { $path }
}
# The summary of today, and the button that shows only today's records.
team-today = Hoy
team-in-now = Presentes ahora
team-late-today = Tarde hoy
team-checked-out = Han salido
team-records = Registros
team-quick-range = Periodo rápido
# The last $count days, today included.
team-last-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
team-from = Desde
team-to = Hasta
team-range-invalid = La fecha de inicio debe ser igual o anterior a la fecha de fin.
# Mid-sentence, in the message shown before the company's data first reaches the device.
team-first-fill = la asistencia de tu equipo
team-empty-title = No hay registros en este periodo
team-empty-body = En este dispositivo solo se guardan las dos últimas semanas.
team-col-employee = Empleado
team-col-day = Día
# The check-in and check-out times' column headings (and labels on a phone).
team-in = Entrada
team-out = Salida
team-col-worked = Trabajado
team-col-status = Estado
team-late = Tarde
# The badge of someone checked in now.
team-badge-in = Presente
team-mock-location = Ubicación simulada
team-pending-sync = Pendiente de sincronizar
# $first–$last: the records shown; $total: all records in the range.
team-pager = { $first }–{ $last } de { $total }
team-previous = Anterior
team-next = Siguiente
