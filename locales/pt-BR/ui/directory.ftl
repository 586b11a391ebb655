# The Directory screen (ui/src/screens/Directory.svelte).

directory-subtitle = Todas as pessoas da sua empresa
# How many people are listed; the list stops at 200, so 200 and more read "200+".
directory-count-people = { $count ->
    [one] { $count } pessoa
   *[other] { $count } pessoas
}
directory-count-people-more = { $count }+ pessoas
# How many people match the search.
directory-count-matching = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
directory-count-matching-more = { $count }+ resultados
directory-search-label = Buscar pessoas
directory-search-placeholder = Busque por nome, cargo, departamento ou e-mail
directory-people-label = Pessoas
# Mid-sentence, in the message shown before the company's data first reaches the device.
directory-first-fill = o diretório
# $query: what was searched for.
directory-no-match = Ninguém corresponde a “{ $query }”
directory-empty = Ninguém aqui ainda

## A person's page.

directory-active = Ativo
directory-inactive = Inativo
# Buttons that write an email or call the person.
directory-email-action = Enviar e-mail
directory-call = Ligar
directory-email = E-mail
directory-phone = Telefone
directory-employee-number = Matrícula
directory-started = Data de admissão
directory-not-found-title = Não encontrado
directory-not-found-body = Esta pessoa não está no diretório deste dispositivo.
