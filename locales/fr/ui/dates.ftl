# The date field (ui/src/components/DateField.svelte, ui/src/lib/dates.ts).

## The letters of the pattern the field shows as its placeholder and hint, e.g. "DD.MM.YYYY",
## "MM/DD/YYYY", "YYYY-MM-DD". The order and separator come from the language's own way of writing dates.

dates-pattern-day = JJ
dates-pattern-month = MM
dates-pattern-year = AAAA

## $pattern: the language's pattern ("DD.MM.YYYY"); $iso: the ISO pattern ("YYYY-MM-DD"), always understood.

dates-hint = Format : { $pattern } ou { $iso }
# When the language's own pattern is the ISO one.
dates-hint-iso = Format : { $pattern }
# $text: what was typed.
dates-invalid = « { $text } » n’est pas une date. Saisissez-la au format { $pattern } ou { $iso }.
dates-invalid-iso = « { $text } » n’est pas une date. Saisissez-la au format { $pattern }.
# $date: the earliest or latest day allowed, as the field writes it.
dates-choose-later = Choisissez le { $date } ou une date ultérieure.
dates-choose-earlier = Choisissez le { $date } ou une date antérieure.
# The calendar button. $label: the field's label ("First day"); $field: the same in lower case ("first day").
dates-pick = Choisir « { $field } » dans un calendrier
# Read to screen readers after the field's hint.
dates-keys = Les flèches haut et bas changent le jour, Page précédente et Page suivante le mois.
