# The Directory screen (ui/src/screens/Directory.svelte).

directory-subtitle = Toutes les personnes de votre entreprise
# How many people are listed; the list stops at 200, so 200 and more read "200+".
directory-count-people = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
directory-count-people-more = { $count }+ personnes
# How many people match the search.
directory-count-matching = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
directory-count-matching-more = { $count }+ résultats
directory-search-label = Rechercher des personnes
directory-search-placeholder = Rechercher par nom, poste, service ou e-mail
directory-people-label = Personnes
# Mid-sentence, in the message shown before the company's data first reaches the device.
directory-first-fill = l’annuaire
# $query: what was searched for.
directory-no-match = Personne ne correspond à « { $query } »
directory-empty = Personne pour l’instant

## A person's page.

directory-active = Actif
directory-inactive = Inactif
# Buttons that write an email or call the person.
directory-email-action = Envoyer un e-mail
directory-call = Appeler
directory-email = E-mail
directory-phone = Téléphone
directory-employee-number = Matricule
directory-started = Date d’entrée
directory-not-found-title = Introuvable
directory-not-found-body = Cette personne ne figure pas dans l’annuaire de cet appareil.
