# The date field (ui/src/components/DateField.svelte, ui/src/lib/dates.ts).

## The letters of the pattern the field shows as its placeholder and hint, e.g. "DD.MM.YYYY",
## "MM/DD/YYYY", "YYYY-MM-DD". The order and separator come from the language's own way of writing dates.

dates-pattern-day = DD
dates-pattern-month = MM
dates-pattern-year = YYYY

## $pattern: the language's pattern ("DD.MM.YYYY"); $iso: the ISO pattern ("YYYY-MM-DD"), always understood.

dates-hint = Type { $pattern } or { $iso }
# When the language's own pattern is the ISO one.
dates-hint-iso = Type { $pattern }
# $text: what was typed.
dates-invalid = “{ $text }” is not a date. Type it as { $pattern } or { $iso }.
dates-invalid-iso = “{ $text }” is not a date. Type it as { $pattern }.
# $date: the earliest or latest day allowed, as the field writes it.
dates-choose-later = Choose { $date } or later.
dates-choose-earlier = Choose { $date } or earlier.
# The calendar button. $label: the field's label ("First day"); $field: the same in lower case ("first day").
# $label: the field's name as written; $field: the same in lower case.
dates-pick = Choose { $field } from a calendar
# Read to screen readers after the field's hint.
dates-keys = Arrow up and down change the day, Page Up and Page Down the month.
