# The Directory screen (ui/src/screens/Directory.svelte).

directory-subtitle = Alle in Ihrem Unternehmen
# How many people are listed; the list stops at 200, so 200 and more read "200+".
directory-count-people = { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}
directory-count-people-more = { $count }+ Personen
# How many people match the search.
directory-count-matching = { $count } Treffer
directory-count-matching-more = { $count }+ Treffer
directory-search-label = Personen suchen
directory-search-placeholder = Nach Name, Position, Abteilung oder E-Mail suchen
directory-people-label = Personen
# Mid-sentence, in the message shown before the company's data first reaches the device.
directory-first-fill = das Verzeichnis
# $query: what was searched for.
directory-no-match = Niemand passt zu „{ $query }“
directory-empty = Noch niemand hier

## A person's page.

directory-active = Aktiv
directory-inactive = Inaktiv
# Buttons that write an email or call the person.
directory-email-action = E-Mail schreiben
directory-call = Anrufen
directory-email = E-Mail
directory-phone = Telefon
directory-employee-number = Personalnummer
directory-started = Eintritt
directory-not-found-title = Nicht gefunden
directory-not-found-body = Diese Person ist nicht im Verzeichnis auf diesem Gerät.
