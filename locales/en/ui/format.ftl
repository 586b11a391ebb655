# Dates, times, durations and greetings (ui/src/lib/format.ts).
format-minutes = { $minutes } min
format-hours = { $hours } h
format-hours-minutes = { $hours } h { $minutes } min
format-today-at = Today, { $time }
format-yesterday-at = Yesterday, { $time }
format-day-at = { $day }, { $time }
format-updated-just-now = Updated just now
format-as-of = As of { $when }
format-working-days = { $count ->
    [one] { $count } working day
   *[other] { $count } working days
}
format-good-morning = Good morning
format-good-afternoon = Good afternoon
format-good-evening = Good evening
