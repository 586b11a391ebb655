# Dates, times, durations and greetings (ui/src/lib/format.ts).
format-minutes = { $minutes } min
format-hours = { $hours } h
format-hours-minutes = { $hours } h { $minutes } min
format-today-at = Hoje, { $time }
format-yesterday-at = Ontem, { $time }
format-day-at = { $day }, { $time }
format-updated-just-now = Atualizado agora
format-as-of = Atualizado { $when }
format-working-days = { $count ->
    [one] { $count } dia útil
   *[other] { $count } dias úteis
}
format-good-morning = Bom dia
format-good-afternoon = Boa tarde
format-good-evening = Boa noite
