# Dates, times, durations and greetings (ui/src/lib/format.ts).
format-minutes = { $minutes } min
format-hours = { $hours } h
format-hours-minutes = { $hours } h { $minutes } min
format-today-at = Hoy, { $time }
format-yesterday-at = Ayer, { $time }
format-day-at = { $day }, { $time }
format-updated-just-now = Actualizado ahora mismo
format-as-of = Actualizado { $when }
format-working-days = { $count ->
    [one] { $count } día laborable
   *[other] { $count } días laborables
}
format-good-morning = Buenos días
format-good-afternoon = Buenas tardes
format-good-evening = Buenas noches
