# Dates, times, durations and greetings (ui/src/lib/format.ts).
format-minutes = { $minutes } min
format-hours = { $hours } h
format-hours-minutes = { $hours } h { $minutes } min
format-today-at = Aujourd’hui, { $time }
format-yesterday-at = Hier, { $time }
format-day-at = { $day }, { $time }
format-updated-just-now = Mis à jour à l’instant
format-as-of = Mis à jour { $when }
format-working-days = { $count ->
    [one] { $count } jour ouvré
   *[other] { $count } jours ouvrés
}
format-good-morning = Bonjour
format-good-afternoon = Bonjour
format-good-evening = Bonsoir
