# Dates, times, durations and greetings (ui/src/lib/format.ts).
format-minutes = { $minutes } Min.
format-hours = { $hours } Std.
format-hours-minutes = { $hours } Std. { $minutes } Min.
format-today-at = Heute, { $time }
format-yesterday-at = Gestern, { $time }
format-day-at = { $day }, { $time }
format-updated-just-now = Gerade aktualisiert
format-as-of = Stand: { $when }
format-working-days = { $count ->
    [one] { $count } Arbeitstag
   *[other] { $count } Arbeitstage
}
format-good-morning = Guten Morgen
format-good-afternoon = Guten Tag
format-good-evening = Guten Abend
