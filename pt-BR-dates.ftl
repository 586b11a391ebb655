# The date field (ui/src/components/DateField.svelte, ui/src/lib/dates.ts).

## The letters of the pattern the field shows as its placeholder and hint, e.g. "DD.MM.YYYY",
## "MM/DD/YYYY", "YYYY-MM-DD". The order and separator come from the language's own way of writing dates.

dates-pattern-day = DD
dates-pattern-month = MM
dates-pattern-year = AAAA

## $pattern: the language's pattern ("DD.MM.YYYY"); $iso: the ISO pattern ("YYYY-MM-DD"), always understood.

dates-hint = Digite { $pattern } ou { $iso }
# When the language's own pattern is the ISO one.
dates-hint-iso = Digite { $pattern }
# $text: what was typed.
dates-invalid = “{ $text }” não é uma data. Digite no formato { $pattern } ou { $iso }.
dates-invalid-iso = “{ $text }” não é uma data. Digite no formato { $pattern }.
# $date: the earliest or latest day allowed, as the field writes it.
dates-choose-later = Escolha { $date } ou uma data posterior.
dates-choose-earlier = Escolha { $date } ou uma data anterior.
# The calendar button. $label: the field's label ("First day"); $field: the same in lower case ("first day").
dates-pick = Escolher “{ $field }” em um calendário
# Read to screen readers after the field's hint.
dates-keys = As setas para cima e para baixo mudam o dia; Page Up e Page Down, o mês.
