# The date field (ui/src/components/DateField.svelte, ui/src/lib/dates.ts).

## The letters of the pattern the field shows as its placeholder and hint, e.g. "DD.MM.YYYY",
## "MM/DD/YYYY", "YYYY-MM-DD". The order and separator come from the language's own way of writing dates.

dates-pattern-day = TT
dates-pattern-month = MM
dates-pattern-year = JJJJ

## $pattern: the language's pattern ("DD.MM.YYYY"); $iso: the ISO pattern ("YYYY-MM-DD"), always understood.

dates-hint = Format: { $pattern } oder { $iso }
# When the language's own pattern is the ISO one.
dates-hint-iso = Format: { $pattern }
# $text: what was typed.
dates-invalid = „{ $text }“ ist kein Datum. Geben Sie es als { $pattern } oder { $iso } ein.
dates-invalid-iso = „{ $text }“ ist kein Datum. Geben Sie es als { $pattern } ein.
# $date: the earliest or latest day allowed, as the field writes it.
dates-choose-later = Wählen Sie den { $date } oder später.
dates-choose-earlier = Wählen Sie den { $date } oder früher.
# The calendar button. $label: the field's label ("First day"); $field: the same in lower case ("first day").
dates-pick = { $label } im Kalender auswählen
# Read to screen readers after the field's hint.
dates-keys = Mit Pfeil nach oben und unten ändern Sie den Tag, mit Bild auf und Bild ab den Monat.
