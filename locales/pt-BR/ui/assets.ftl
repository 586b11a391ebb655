# Assets: HR's catalogue, handing out and taking back, requests and problems; an employee's own equipment.

assets-subtitle-hr = O catálogo, quem está com o quê e o que os funcionários pedem e relatam
assets-subtitle-manager = Os equipamentos da empresa e com quem estão
assets-subtitle-employee = Os equipamentos da empresa que estão com você; peça mais ao RH ou relate um problema

assets-tab-catalogue = Catálogo
assets-tab-requests = Solicitações
assets-tab-problems = Problemas
assets-tab-mine = Meus equipamentos

# On every disabled change button while offline.
assets-offline = Alterar equipamentos exige conexão
assets-offline-callout = Alterar equipamentos exige conexão. Mostrando o que este aparelho leu por último.

# `what` of "Loading … from the server", read mid-sentence.
assets-first-fill-company = os equipamentos da empresa
assets-first-fill-mine = os equipamentos que estão com você
assets-first-fill-requests = as solicitações dos funcionários
assets-first-fill-problems = os problemas relatados

## Statuses

assets-status-in-stock = Em estoque
assets-status-assigned = Atribuído
assets-status-in-repair = Em conserto
assets-status-retired = Baixado
# A manager's list calls an asset in stock "available".
assets-team-available = Disponível

assets-filter-by-status = Filtrar por status
assets-filter-all = Todos { $count }
assets-filter-in-stock = Em estoque { $count }
assets-filter-assigned = Atribuídos { $count }
assets-filter-available = Disponíveis { $count }
assets-filter-in-repair = Em conserto { $count }
assets-filter-retired = Baixados { $count }

assets-search-label = Pesquisar equipamentos
assets-search-placeholder = Pesquise patrimônio, nome, responsável…
assets-none-match = Nenhum equipamento encontrado

assets-col-tag = Patrimônio
assets-col-asset = Equipamento
assets-col-category = Categoria
assets-col-status = Status
assets-col-holder = Responsável

# Before a serial number: "SN 5CG1234".
assets-serial-short = S/N
assets-holder-since = desde { $date }
assets-yours-since = Com você desde { $date }

## Categories offered as one types (anything else may be typed)

assets-category-laptop = Notebook
assets-category-monitor = Monitor
assets-category-headset = Headset
assets-category-phone = Celular
assets-category-keyboard = Teclado
assets-category-mouse = Mouse
assets-category-docking-station = Dock

## The catalogue

assets-add = Adicionar equipamento
assets-edit-title = Editar { $tag }
assets-assign = Atribuir
assets-take-back = Recolher
assets-history = Histórico
assets-history-offline = O histórico é lido do servidor
assets-bought-on-for = Comprado em { $date } por { $cost }
assets-bought-on = Comprado em { $date }
assets-bought-for = Comprado por { $cost }
assets-added = { $tag } { $name } adicionado ({ $status ->
        [in_stock] em estoque
        [assigned] atribuído
        [in_repair] em conserto
       *[retired] baixado
    }).
assets-saved = { $tag } { $name } salvo ({ $status ->
        [in_stock] em estoque
        [assigned] atribuído
        [in_repair] em conserto
       *[retired] baixado
    }).
assets-returned = { $tag } foi devolvido por { $name } ({ $condition }).
assets-assigned-to = { $tag } agora está com { $name }.

## The add/edit form

assets-field-tag = Patrimônio
assets-field-name = Nome
assets-field-category = Categoria
assets-field-serial = Número de série (opcional)
assets-field-bought = Comprado em (opcional)
assets-field-cost = Custo (opcional)
assets-field-status = Status
assets-status-assigned-hint = Atribuído a { $name }: recolha o equipamento para mudar o status.
assets-status-hint = Um equipamento passa a “atribuído” quando você o atribui a alguém.
assets-save-asset = Salvar equipamento
assets-add-asset = Adicionar equipamento
assets-nothing-to-save = Nada para salvar: altere um campo primeiro.
assets-cost-error = O custo de compra deve ser um valor com no máximo duas casas decimais.

## Handing out and taking back

assets-assign-label = Atribuir { $tag }
assets-take-back-label = Recolher { $tag }
assets-assign-to = Para
assets-choose-someone = Escolha alguém…
assets-condition-out-label = Estado na entrega
assets-condition-back-label = Estado na devolução
assets-condition-good = Bom
assets-condition-worn = Desgastado
assets-condition-damaged = Danificado
assets-condition-lost = Perdido
assets-condition-back-in-stock = volta ao estoque
assets-condition-to-repair = vai para conserto
assets-condition-retired = é baixado do catálogo
# A condition as the server keeps it, mid-sentence; one HR typed themselves is shown as it is.
assets-condition-word = { $condition ->
        [new] novo
        [good] bom
        [worn] desgastado
        [damaged] danificado
        [lost] perdido
       *[other] { $condition }
    }
assets-note-label = Observação (opcional)
assets-note-placeholder-assign = Com carregador
assets-note-placeholder-return = Risco na tampa

## Who held an asset

assets-who-held = Com quem esteve
assets-looking = Carregando…
assets-nobody-yet = Ninguém ainda.
assets-spell-range = { $from } – { $to }
assets-spell-since = Desde { $from }
assets-spell-until = Até { $to }
assets-spell-unknown = Antes do início do histórico
# "Out good · back worn (Ear cushions replaced)": how it went out and came back.
assets-spell-out = Entrega: { $condition }
assets-spell-out-note = Entrega: { $condition } ({ $note })
assets-spell-back = devolução: { $condition }
assets-spell-back-note = devolução: { $condition } ({ $note })
assets-handed-out-by = entregue por { $name }
assets-taken-back-by = recolhido por { $name }

## Requests for equipment

assets-requests-title = Solicitações de equipamento
assets-no-requests = Nenhuma solicitação
# The name and the category are shown in bold.
assets-request-asks = { $name } pediu: { $category }
assets-fulfil-with = Atender com
assets-choose-in-stock = Escolha um equipamento em estoque…
assets-none-in-stock = Nenhum em estoque
assets-fulfil-hint = { $category } em estoque; será atribuído a { $name }.
assets-fulfil = Atender
assets-decline-because = Ou recusar, porque
assets-decline = Recusar
assets-request-fulfilled = Solicitação de { $name } ({ $category }): atendida com { $tag }.
assets-request-declined = Solicitação de { $name } ({ $category }): recusada.
assets-outcome-fulfilled = Atendida
assets-outcome-fulfilled-with = Atendida com { $tag }
assets-outcome-fulfilled-by = Atendida por { $by }
assets-outcome-fulfilled-with-by = Atendida com { $tag } por { $by }
assets-outcome-declined = Recusada
assets-outcome-declined-by = Recusada por { $by }
assets-outcome-declined-reason = Recusada: { $reason }
assets-outcome-declined-by-reason = Recusada por { $by }: { $reason }
assets-outcome-waiting = Aguardando o RH

## Reported problems

assets-problems-title = Problemas relatados
assets-which-problems = Quais problemas
assets-problems-open = Abertos
assets-open-problems = { $count ->
        [0] Nenhum problema aberto
        [one] { $count } problema aberto
       *[other] { $count } problemas abertos
    }
assets-nothing-open = Nada em aberto
assets-no-problems = Nenhum problema relatado
assets-resolved-badge = Resolvido
assets-what-was-done = O que foi feito (opcional)
assets-what-was-done-placeholder = Bateria trocada
assets-resolve = Marcar como resolvido
assets-problem-resolved = Problema de { $name } com { $tag } resolvido; a pessoa será avisada.
assets-resolved = Resolvido
assets-resolved-by = Resolvido por { $by }
assets-resolved-on = Resolvido em { $date }
assets-resolved-by-on = Resolvido por { $by } em { $date }
# A resolution and the note of what was done.
assets-resolved-note = { $text }: { $note }

## What you hold

assets-what-you-hold = O que está com você
assets-mine-empty = Nenhum equipamento da empresa está com você
assets-mine-empty-hint = Peça ao RH aqui embaixo quando precisar.
assets-report-problem = Relatar um problema
assets-problem-label = Qual é o problema com { $tag }?
assets-send-to-hr = Enviar ao RH
assets-reported = Relatado ao RH: “{ $description }”. Você será avisado quando for resolvido.
assets-ask-title = Pedir equipamento
assets-ask-intro = O RH decide e entrega o equipamento ou explica por que não.
assets-ask-kind = Que tipo
assets-ask-kind-placeholder = Monitor, headset, celular…
assets-ask-why = Por que você precisa
assets-ask-send = Pedir ao RH
assets-asked = Pedido enviado ao RH: { $category }. Você será avisado da decisão.
