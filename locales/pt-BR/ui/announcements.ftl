# Shown on every change button while offline: announcements change only with the server's answer.
announcements-offline = Alterar comunicados exige conexão
announcements-offline-cached = Alterar comunicados exige conexão. Mostrando o que este aparelho leu por último.

## The states: the filter's name for those in it, one announcement's state, and the filter's empty list.

announcements-state-drafts = Rascunhos
announcements-state-draft = Rascunho
announcements-state-scheduled = Agendados
announcements-state-scheduled-one = Agendado
announcements-state-published = Publicados
announcements-state-published-one = Publicado
announcements-state-expired = Encerrados
announcements-state-expired-one = Encerrado
announcements-none-draft = Nenhum rascunho
announcements-none-scheduled = Nenhum comunicado agendado
announcements-none-published = Nenhum comunicado publicado
announcements-none-expired = Nenhum comunicado encerrado

## Whom it is for: "Engineering, Sales · HQ · Emma Fischer, 1 person" (the counts are names this device does not know).

announcements-audience-everyone = Todos
announcements-audience-departments = { $count ->
    [one] { $count } departamento
   *[other] { $count } departamentos
}
announcements-audience-branches = { $count ->
    [one] { $count } unidade
   *[other] { $count } unidades
}
announcements-audience-people = { $count ->
    [one] { $count } pessoa
   *[other] { $count } pessoas
}
# Between names in a list.
announcements-list-separator = {", "}
announcements-audience-nobody = Ninguém ainda

## When it goes out and comes down; $at is a date and time.

announcements-when-until = até { $at }
announcements-when-draft = Rascunho desde { $at }
announcements-when-scheduled = Publicação: { $at }
announcements-when-published = Publicado: { $at }
announcements-when-expired = Publicado: { $published } · retirado: { $expired }

## Confirmations and results of HR's actions.

announcements-confirm-publish-everyone = Publicar “{ $title }” agora? Todos são notificados na hora.
announcements-confirm-publish = Publicar “{ $title }” agora? O público ({ $audience }) é notificado na hora.
announcements-confirm-expire = Retirar “{ $title }” agora? A partir daí, só o RH o verá.
announcements-confirm-delete-scheduled = Excluir “{ $title }”? Ele não será publicado. Esta ação não pode ser desfeita.
announcements-confirm-delete = Excluir “{ $title }”? Esta ação não pode ser desfeita.
announcements-done-published = “{ $title }” publicado: o público foi notificado.
announcements-done-expired = “{ $title }” retirado.
announcements-done-deleted = “{ $title }” excluído.
announcements-saved-scheduled = “{ $title }” agendado para { $at }.
announcements-saved-draft = “{ $title }” salvo como rascunho: ninguém o vê até ser publicado.
announcements-saved = “{ $title }” salvo.

## The form's submit button: what it will do.

announcements-submit-publish-now = Publicar agora
announcements-submit-save-schedule = Salvar agendamento
announcements-submit-schedule = Agendar
announcements-submit-save-draft = Salvar rascunho
announcements-submit-save-as-draft = Salvar como rascunho

## The feed.

announcements-subtitle = Novidades da { $company }
announcements-subtitle-default = Novidades da sua empresa
announcements-new = Novo comunicado
announcements-tab-feed = O que as pessoas veem
announcements-tab-manage = Gerenciar
announcements-empty = Nenhum comunicado
announcements-empty-hint = As novidades da empresa aparecerão aqui.
# The author of an announcement whose author is unknown.
announcements-author-fallback = Equipe de RH
announcements-pinned = Fixado
announcements-latest = Mais recente

## Writing or changing one.

announcements-person-unknown = Pessoa { $id }
announcements-nothing-to-save = Nada para salvar: altere um campo primeiro.
announcements-edit-title = Editar “{ $title }”
announcements-published-note = Ele já foi publicado: agora só é possível alterar a fixação e quando ele sai do ar.
announcements-field-title = Título
announcements-field-message = Mensagem
announcements-field-audience = Quem vê
announcements-audience-chosen = Departamentos, unidades ou pessoas escolhidos
announcements-departments = Departamentos
announcements-branches = Unidades
announcements-people = Pessoas
announcements-none-on-device = Nenhum neste aparelho ainda
announcements-remove-person = Remover { $name }
announcements-people-search = Pesquisar por nome ou e-mail
announcements-add-person = Adicionar { $name }
announcements-pin = Fixar acima dos outros enquanto estiver no ar
announcements-field-when = Quando
announcements-when-now = Publicar agora e notificar o público
# Followed by a date and time field.
announcements-when-schedule = Agendar para
announcements-publish-at = Publicar em
announcements-when-back-to-draft = Voltar para rascunho
announcements-when-draft-choice = Salvar como rascunho
announcements-expires = Retirar do ar automaticamente
announcements-expires-at = Retirar em
announcements-choose-audience = Escolha pelo menos um departamento, uma unidade ou uma pessoa.

## HR's list of every announcement.

announcements-all = Todos os comunicados
# The state filter's label (read by screen readers only).
announcements-filter = Mostrar
announcements-filter-all = Todos ({ $count })
announcements-filter-state = { $state } ({ $count })
# The list's button that opens the form: "Write one with New." names it.
announcements-new-short = Novo
announcements-publish = Publicar
announcements-take-down = Retirar
announcements-delete = Excluir
announcements-none-yet = Nenhum comunicado ainda
announcements-write-one = Escreva um em “Novo”.
announcements-by = por { $name }
announcements-edit-label = Editar { $title }
announcements-publish-label = Publicar { $title }
announcements-take-down-label = Retirar { $title }
announcements-delete-label = Excluir { $title }
