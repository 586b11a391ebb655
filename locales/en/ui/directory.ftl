# The Directory screen (ui/src/screens/Directory.svelte).

directory-subtitle = Everyone at your company
# How many people are listed; the list stops at 200, so 200 and more read "200+".
directory-count-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
directory-count-people-more = { $count }+ people
# How many people match the search.
directory-count-matching = { $count } matching
directory-count-matching-more = { $count }+ matching
directory-search-label = Search people
directory-search-placeholder = Search by name, job title, department or email
directory-people-label = People
# Mid-sentence, in the message shown before the company's data first reaches the device.
directory-first-fill = the directory
# $query: what was searched for.
directory-no-match = No one matches “{ $query }”
directory-empty = No one here yet

## A person's page.

directory-active = Active
directory-inactive = Inactive
# Buttons that write an email or call the person.
directory-email-action = Email
directory-call = Call
directory-email = Email
directory-phone = Phone
directory-employee-number = Employee no.
directory-started = Started
directory-not-found-title = Not found
directory-not-found-body = This person is not in the directory on this device.
