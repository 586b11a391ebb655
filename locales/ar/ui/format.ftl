# Dates, times, durations and greetings (ui/src/lib/format.ts).
format-minutes = { $minutes } د
format-hours = { $hours } س
format-hours-minutes = { $hours } س { $minutes } د
format-today-at = اليوم، { $time }
format-yesterday-at = أمس، { $time }
format-day-at = { $day }، { $time }
format-updated-just-now = حُدِّث الآن
format-as-of = آخر تحديث { $when }
format-working-days = { $count ->
    [zero] لا أيام عمل
    [one] يوم عمل واحد
    [two] يوما عمل
    [few] { $count } أيام عمل
    [many] { $count } يوم عمل
   *[other] { $count } يوم عمل
}
format-good-morning = صباح الخير
format-good-afternoon = مساء الخير
format-good-evening = مساء الخير
