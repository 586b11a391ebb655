# The date field (ui/src/components/DateField.svelte, ui/src/lib/dates.ts).

## The letters of the pattern the field shows as its placeholder and hint, e.g. "DD.MM.YYYY",
## "MM/DD/YYYY", "YYYY-MM-DD". The order and separator come from the language's own way of writing dates.

dates-pattern-day = DD
dates-pattern-month = MM
dates-pattern-year = AAAA

## $pattern: the language's pattern ("DD.MM.YYYY"); $iso: the ISO pattern ("YYYY-MM-DD"), always understood.

dates-hint = Escribe { $pattern } o { $iso }
# When the language's own pattern is the ISO one.
dates-hint-iso = Escribe { $pattern }
# $text: what was typed.
dates-invalid = «{ $text }» no es una fecha. Escríbela como { $pattern } o { $iso }.
dates-invalid-iso = «{ $text }» no es una fecha. Escríbela como { $pattern }.
# $date: the earliest or latest day allowed, as the field writes it.
dates-choose-later = Elige el { $date } o una fecha posterior.
dates-choose-earlier = Elige el { $date } o una fecha anterior.
# The calendar button. $label: the field's label ("First day"); $field: the same in lower case ("first day").
dates-pick = Elegir «{ $field }» en un calendario
# Read to screen readers after the field's hint.
dates-keys = Las flechas arriba y abajo cambian el día; Re Pág y Av Pág, el mes.
