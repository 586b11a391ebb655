# The Directory screen (ui/src/screens/Directory.svelte).

directory-subtitle = Todas las personas de tu empresa
# How many people are listed; the list stops at 200, so 200 and more read "200+".
directory-count-people = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
directory-count-people-more = { $count }+ personas
# How many people match the search.
directory-count-matching = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
directory-count-matching-more = { $count }+ resultados
directory-search-label = Buscar personas
directory-search-placeholder = Busca por nombre, puesto, departamento o correo electrónico
directory-people-label = Personas
# Mid-sentence, in the message shown before the company's data first reaches the device.
directory-first-fill = el directorio
# $query: what was searched for.
directory-no-match = Nadie coincide con «{ $query }»
directory-empty = Aún no hay nadie

## A person's page.

directory-active = Activo
directory-inactive = Inactivo
# Buttons that write an email or call the person.
directory-email-action = Enviar correo
directory-call = Llamar
directory-email = Correo electrónico
directory-phone = Teléfono
directory-employee-number = N.º de empleado
directory-started = Fecha de alta
directory-not-found-title = No encontrado
directory-not-found-body = Esta persona no está en el directorio de este dispositivo.
