# Escalas e auditoria (RH): feriados, semanas de trabalho, ano de férias, turnos e trilha de auditoria.

hr-intro = Os feriados e as semanas de trabalho, usados para contar as ausências de todos; os turnos, que dizem quando cada pessoa é esperada; e o histórico de cada alteração administrativa
hr-tabs-label = Escalas e auditoria
hr-tab-calendars = Calendários
hr-tab-shifts = Turnos
hr-tab-audit = Trilha de auditoria

hr-calendar-offline = Alterar calendários exige conexão
hr-export-offline = Exportar a trilha de auditoria exige conexão
hr-offline-last-read = { $reason }. Mostrando o que este aparelho leu por último.

## Feriados

hr-holidays-title = Feriados
hr-year = Ano
hr-year-previous = Ano anterior
hr-year-next = Próximo ano
hr-year-this = Este ano
hr-branch-filter = Filial
hr-branch-all = Todas as filiais
hr-branch = Filial { $id }
hr-holiday-count = { $count ->
        [one] { $count } feriado
       *[other] { $count } feriados
    } em { $year }
hr-holiday-count-branch = { $count ->
        [one] { $count } feriado
       *[other] { $count } feriados
    } em { $year } nesta filial, incluindo os da empresa toda
hr-holidays-empty = Nenhum feriado em { $year }
hr-holidays-empty-hint = Adicione um abaixo ou importe um arquivo de calendário.
hr-holiday-company-wide = Empresa toda
hr-holiday-every-year = Todo ano
hr-holiday-afternoon-off = Tarde livre
hr-holiday-remove-label = Remover { $name }, { $date }
hr-holiday-remove = Remover “{ $name }” ({ $date })? As ausências já solicitadas mantêm os dias com que foram lançadas.
hr-holiday-remove-recurring = Remover “{ $name }” ({ $date })? Ele será removido de todos os anos. As ausências já solicitadas mantêm os dias com que foram lançadas.
hr-holiday-removed = “{ $name }” removido.
hr-holiday-add-title = Adicionar um feriado
hr-holiday-date = Data
hr-holiday-name = Nome
hr-holiday-applies-at = Vale para
hr-holiday-whole-company = A empresa toda
hr-holiday-branch-only = Somente { $branch }
hr-holiday-recurring = Todo ano nesta data
hr-holiday-half-day = Somente a tarde é livre (uma ausência nesse dia conta meio dia)
hr-holiday-add = Adicionar feriado
hr-holiday-added = “{ $name }” adicionado em { $date } (empresa toda). Ausências que incluem esse dia agora contam um dia a menos.
hr-holiday-added-branch = “{ $name }” adicionado em { $date } ({ $branch }). Ausências que incluem esse dia agora contam um dia a menos.

hr-import-title = Importar um arquivo de calendário
hr-import-hint = Os eventos de dia inteiro de um arquivo iCalendar (.ics), como os feriados de um país. Dias que já têm um feriado são ignorados, então importar o mesmo arquivo duas vezes não adiciona nada.
hr-import-file = Arquivo de calendário (.ics)
hr-import = Importar
hr-import-too-big = { $file } é grande demais para um calendário de feriados (mais de 1 MB).
hr-import-unreadable = Não foi possível ler { $file }: { $error }
hr-import-nothing = Nada foi importado: o arquivo não tem eventos de dia inteiro.
hr-import-done = { $count ->
        [one] { $count } feriado importado.
       *[other] { $count } feriados importados.
    }
hr-import-skipped = Importados: { $imported }; ignorados: { $skipped } (dias que já tinham feriado ou eventos com horário).

## Semanas de trabalho

hr-weeks-title = Semanas de trabalho
hr-weeks-hint = Os dias em que as ausências são contadas. Uma filial segue a semana da empresa, a menos que tenha a sua própria.
hr-weeks-empty = Nenhuma semana de trabalho
hr-week-company = Empresa
hr-no-working-days = Nenhum dia útil
hr-week-follows-text = Semana da empresa · { $days }
hr-week-follow = Seguir a semana da empresa
hr-week-halves-label = Trabalhado só de manhã: uma ausência conta meio dia
hr-week-morning-only = Só de manhã:
hr-week-save-company = Salvar a semana da empresa
hr-week-save-branch = Salvar a semana de { $branch }
hr-week-undo = Desfazer alterações
hr-week-days-mornings = { $days } ({ $mornings } só de manhã)
hr-week-saved-company = Salvo: nova semana de trabalho da empresa ({ $days }). As ausências solicitadas a partir de agora são contadas com essa semana.
hr-week-saved-branch = Salvo: { $branch } agora tem semana de trabalho própria ({ $days }). As ausências solicitadas a partir de agora são contadas com essa semana.
hr-week-saved-follows = Salvo: { $branch } segue a semana da empresa ({ $days }). As ausências solicitadas a partir de agora são contadas com essa semana.

## Ano de férias

hr-leave-year-title = Ano de férias
hr-leave-year-text = Os anos de férias começam em 1º de { $month }; o atual é { $name }
hr-leave-year-span = { $text } (de { $from } a { $to }).
hr-leave-year-saved = Salvo. { $text }
hr-leave-year-start = Os anos de férias começam em
hr-leave-year-hint = Saldos, concessões, acúmulos e transferências viram o ano no primeiro dia desse mês. Defina isso antes do primeiro ano de férias da empresa aqui: lançamentos que já estão no extrato mantêm o ano em que foram registrados.

## Turnos

hr-shifts-title = Turnos
hr-shifts-hint = Quando cada pessoa é esperada: quem chega atrasado ou sai mais cedo, e quando uma saída esquecida é fechada. Sem turno, vale o horário de início da empresa.
hr-shifts-empty = Nenhum turno ainda
hr-shifts-empty-hint = Adicione um abaixo; até lá, o horário de início da empresa define quem está atrasado.
hr-shift-overnight = Noturno
hr-shift-retired-badge = Desativado
hr-shift-retire-question-label = Desativar { $name }?
hr-shift-retire-question = Desativar? Ninguém mais poderá recebê-lo.
hr-shift-retire = Desativar
hr-shift-retire-label = Desativar { $name }
hr-shift-keep = Manter
hr-shift-edit-label = Editar { $name }
hr-shift-bring-back = Reativar
hr-shift-retired = “{ $name }” desativado: ele não pode mais ser atribuído a ninguém; quem já o tem continua com ele até o fim da atribuição.
hr-shift-unretired = “{ $name }” pode ser atribuído novamente.
hr-shift-add-title = Adicionar um turno
hr-shift-edit-title = Editar “{ $name }”
hr-shift-name = Nome
hr-shift-starts = Início
hr-shift-ends = Fim
hr-shift-ends-next-day = No dia seguinte: um turno noturno
hr-shift-ends-same-day = No mesmo dia
hr-shift-late = Atraso após (min)
hr-shift-early = Tolerância de saída antecipada (min)
hr-shift-close = Fechar registros esquecidos após (min)
hr-shift-save = Salvar turno
hr-shift-add = Adicionar turno
hr-shift-nothing-to-save = Nada para salvar: altere um campo primeiro.
hr-shift-added = “{ $name }” adicionado, { $hours }.
hr-shift-saved = “{ $name }” salvo, { $hours }.

hr-assign-title = Atribuir um turno
hr-assign-find = Encontrar uma pessoa
hr-assign-find-placeholder = Nome, cargo ou e-mail
hr-assign-person = Pessoa
hr-choose = Escolha…
hr-assign-shift = Turno
hr-assign-from = De
hr-assign-until = Até (opcional)
hr-assign-submit = Atribuir turno
hr-assign-shift-done = { $person } trabalha no turno “{ $shift }” ({ $hours }) { $span }.
hr-assign-theirs = Turnos da pessoa
hr-assign-looking = Procurando…
hr-assign-none = Nenhum: o horário de início da empresa define quando a pessoa está atrasada.

## Trilha de auditoria

hr-audit-filter-label = Filtrar a trilha de auditoria
hr-audit-filter = Filtrar
hr-audit-filter-set = Filtrar ({ $count ->
        [one] { $count } ativo
       *[other] { $count } ativos
    })
hr-audit-action = Ação
hr-audit-action-placeholder = ex.: holiday.
hr-audit-record = Registro
hr-audit-record-any = Qualquer registro
hr-audit-person = Alterado por
hr-audit-person-any = Qualquer pessoa
hr-audit-from = De
hr-audit-to = Até
hr-audit-apply = Mostrar eventos
hr-audit-clear = Limpar filtro
hr-audit-dates-order = O primeiro dia precisa ser igual ou anterior ao último.
hr-audit-export = Exportar CSV
hr-audit-export-title = Todos os eventos que correspondem ao filtro, do mais recente ao mais antigo
hr-audit-fallback = Não foi possível acessar o servidor: esta é a última página lida neste aparelho (página { $page }, { $filter }).
hr-audit-events = Eventos
hr-audit-never-read = A trilha de auditoria ainda não foi lida neste aparelho
hr-audit-empty = Nenhum evento corresponde
hr-audit-empty-hint = As alterações administrativas aparecem aqui conforme são feitas.
hr-audit-no-details = Nenhum detalhe registrado
hr-audit-no-details-recorded = Nenhum detalhe registrado.
hr-audit-changed-to = alterado para
hr-audit-by-actor = Somente alterações de { $name }
hr-audit-pages = Páginas da trilha de auditoria
hr-audit-newer = Mais recentes
hr-audit-older = Mais antigos
hr-audit-page = Página { $page } de { $last }
hr-page-count = Página { $page } de { $last } · { $count ->
        [one] { $count } evento
       *[other] { $count } eventos
    }
hr-export-done = { $count ->
        [one] { $count } evento exportado
       *[other] { $count } eventos exportados
    } para { $path }.
hr-export-partial = Os { $rows } eventos mais recentes de { $total } foram exportados para { $path }. Restrinja as datas para exportar o restante.

hr-filter-action = ação { $action }
hr-filter-by = por { $name }
hr-filter-employee = funcionário { $id }
hr-filter-range = de { $from } a { $to }
hr-filter-from = a partir de { $from }
hr-filter-until = até { $to }
hr-filter-every = todos os eventos

hr-entity-user = Contas de acesso
hr-entity-user-one = Conta de acesso
hr-entity-user-inline = conta de acesso
hr-entity-holiday = Feriados
hr-entity-holiday-one = Feriado
hr-entity-holiday-inline = feriado
hr-entity-working-week = Semanas de trabalho
hr-entity-working-week-one = Semana de trabalho
hr-entity-working-week-inline = semana de trabalho
hr-entity-leave-request = Solicitações de ausência
hr-entity-leave-request-one = Solicitação de ausência
hr-entity-leave-request-inline = solicitação de ausência
hr-entity-attendance-record = Registros de ponto
hr-entity-attendance-record-one = Registro de ponto
hr-entity-attendance-record-inline = registro de ponto
hr-entity-attendance-correction = Correções de ponto
hr-entity-attendance-correction-one = Correção de ponto
hr-entity-attendance-correction-inline = correção de ponto
hr-entity-shift = Turnos
hr-entity-shift-one = Turno
hr-entity-shift-inline = turno
hr-entity-shift-assignment = Atribuições de turno
hr-entity-shift-assignment-one = Atribuição de turno
hr-entity-shift-assignment-inline = atribuição de turno
hr-entity-announcement = Comunicados
hr-entity-announcement-one = Comunicado
hr-entity-announcement-inline = comunicado
hr-entity-group = Grupos
hr-entity-group-one = Grupo
hr-entity-group-inline = grupo
hr-entity-org = Organização
hr-entity-org-one = Organização
hr-entity-org-inline = organização
hr-entity-trusted-origin = Origens confiáveis
hr-entity-trusted-origin-one = Origem confiável
hr-entity-trusted-origin-inline = origem confiável
