# The date field (ui/src/components/DateField.svelte, ui/src/lib/dates.ts).

## The letters of the pattern the field shows as its placeholder and hint, e.g. "DD.MM.YYYY",
## "MM/DD/YYYY", "YYYY-MM-DD". The order and separator come from the language's own way of writing dates.

dates-pattern-day = يوم
dates-pattern-month = شهر
dates-pattern-year = سنة

## $pattern: the language's pattern ("DD.MM.YYYY"); $iso: the ISO pattern ("YYYY-MM-DD"), always understood.

dates-hint = اكتب التاريخ بصيغة { $pattern } أو { $iso }
# When the language's own pattern is the ISO one.
dates-hint-iso = اكتب التاريخ بصيغة { $pattern }
# $text: what was typed.
dates-invalid = «{ $text }» ليس تاريخًا. اكتبه بصيغة { $pattern } أو { $iso }.
dates-invalid-iso = «{ $text }» ليس تاريخًا. اكتبه بصيغة { $pattern }.
# $date: the earliest or latest day allowed, as the field writes it.
dates-choose-later = اختر { $date } أو تاريخًا لاحقًا.
dates-choose-earlier = اختر { $date } أو تاريخًا سابقًا.
# The calendar button. $label: the field's label ("First day"); $field: the same in lower case ("first day").
dates-pick = اختيار «{ $label }» من التقويم
# Read to screen readers after the field's hint.
dates-keys = يغيّر السهمان لأعلى ولأسفل اليوم، ويغيّر مفتاحا Page Up وPage Down الشهر.
