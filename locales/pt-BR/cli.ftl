### Os textos próprios da linha de comando `okta-hr`. Comandos, opções e valores digitados continuam como
### são digitados; o que o núcleo ou o servidor dizem é mostrado como veio.

## Comum

cli-table-empty = (nada)
cli-never = nunca
cli-just-now = agora mesmo
cli-minutes-ago = há { $count } min
cli-hours-ago = há { $count } h
cli-days-ago = há { $count ->
        [one] { $count } dia
       *[other] { $count } dias
    }
cli-local-time = { $time } (horário local)
cli-as-of = (atualizado: { $ago })
cli-warning = aviso: { $message }
cli-error = erro: { $message }
cli-error-refused = erro: o servidor recusou ({ $status }):
cli-minutes = { $count } min
cli-days = { $count ->
        [one] { $count } dia
       *[other] { $count } dias
    }
cli-yes = sim
cli-no = não
cli-retired = desativado
cli-in-use = em uso
cli-done = Pronto.
cli-removed = Removido.
cli-cannot-read = não foi possível ler { $path }: { $error }
cli-cannot-write = não foi possível gravar { $path }: { $error }
cli-the-server = o servidor
cli-the-company = A empresa
cli-whole-company = empresa toda
cli-everyone = todos
cli-branch-id = filial { $id }
cli-department-id = departamento { $id }
cli-people-count = { $count ->
        [one] { $count } pessoa
       *[other] { $count } pessoas
    }

## Dias da semana

cli-weekday-mon = seg
cli-weekday-tue = ter
cli-weekday-wed = qua
cli-weekday-thu = qui
cli-weekday-fri = sex
cli-weekday-sat = sáb
cli-weekday-sun = dom

## Colunas das tabelas

cli-col-id = ID
cli-col-date = DATA
cli-col-day = DIA
cli-col-in = ENTRADA
cli-col-out = SAÍDA
cli-col-worked = TRABALHADO
cli-col-state = SITUAÇÃO
cli-col-type = TIPO
cli-col-from = DE
cli-col-to = ATÉ
cli-col-until = ATÉ
cli-col-days = DIAS
cli-col-status = STATUS
cli-col-waiting-for = AGUARDANDO
cli-col-year = ANO
cli-col-entitled = DIREITO
cli-col-used = USADOS
cli-col-pending = PENDENTES
cli-col-remaining = RESTANTES
cli-col-when = QUANDO
cli-col-title = TÍTULO
cli-col-message = MENSAGEM
cli-col-period = PERÍODO
cli-col-gross = BRUTO
cli-col-net = LÍQUIDO
cli-col-currency = MOEDA
cli-col-amount = VALOR
cli-col-employee = COLABORADOR
cli-col-employees = COLABORADORES
cli-col-step = ETAPA
cli-col-late = ATRASO
cli-col-number = MATRÍCULA
cli-col-name = NOME
cli-col-email = E-MAIL
cli-col-role = PAPEL
cli-col-tag = PATRIMÔNIO
cli-col-category = CATEGORIA
cli-col-holder = RESPONSÁVEL
cli-col-account-holder = TITULAR
cli-col-login = LOGIN
cli-col-department = DEPARTAMENTO
cli-col-last-sign-in = ÚLTIMO ACESSO
cli-col-members = MEMBROS
cli-col-description = DESCRIÇÃO
cli-col-contact = CONTATO
cli-col-user = USUÁRIO
cli-col-origin = ORIGEM
cli-col-scopes = ESCOPOS
cli-col-pinned = FIXADO
cli-col-audience = PÚBLICO
cli-col-expires = EXPIRA
cli-col-since = DESDE
cli-col-handed-out = ENTREGA
cli-col-back = DEVOLUÇÃO
cli-col-notes = OBSERVAÇÕES
cli-col-reason = MOTIVO
cli-col-asset = EQUIPAMENTO
cli-col-reported-by = RELATADO POR
cli-col-on = EM
cli-col-problem = PROBLEMA
cli-col-resolution = SOLUÇÃO
cli-col-record = REGISTRO
cli-col-off = FOLGA
cli-col-repeats = REPETE
cli-col-applies-at = VALE PARA
cli-col-local-time = HORA (LOCAL)
cli-col-actor = AUTOR
cli-col-action = AÇÃO
cli-col-entity = OBJETO
cli-col-details = DETALHES
cli-col-job = ROTINA
cli-col-entries = LANÇAMENTOS
cli-col-by = POR
cli-col-at = EM
cli-col-kind = NATUREZA
cli-col-code = CÓDIGO
cli-col-accrual = CONCESSÃO
cli-col-paid-share = REMUNERADO
cli-col-counts = CONTAGEM
cli-col-notice = ANTECEDÊNCIA
cli-col-carry = TRANSFERÊNCIA
cli-col-overdraft = SALDO NEGATIVO
cli-col-chain = APROVAÇÃO
cli-col-hours = HORÁRIO
cli-col-late-after = ATRASO APÓS
cli-col-early-before = ANTECIPADO ANTES
cli-col-auto-close = FECHAMENTO AUTOMÁTICO
cli-col-shift = ESCALA
cli-col-scope = ABRANGÊNCIA
cli-col-branch-id = ID DA FILIAL
cli-col-works = TRABALHA
cli-col-structure = ESTRUTURA
cli-col-base = BASE
cli-col-prorated = PROPORCIONAL
cli-col-rounding = ARREDONDAMENTO
cli-col-components = VERBAS
cli-col-pay-date = DATA DE PAGAMENTO
cli-col-paid = PAGOS
cli-col-failed = COM FALHA
cli-col-held = RETIDOS
cli-col-excluded = EXCLUÍDOS
cli-col-line = LINHA
cli-col-person = PESSOA
cli-col-net-change = VARIAÇÃO LÍQUIDA
cli-col-flags = ALERTAS
cli-col-note = OBSERVAÇÃO
cli-col-how = CÁLCULO
cli-col-field = CAMPO
cli-col-before = ANTES
cli-col-after = DEPOIS
cli-col-effective = VIGÊNCIA
cli-col-people = PESSOAS
cli-col-address = ENDEREÇO
cli-col-fence = CERCA VIRTUAL
cli-col-iban = IBAN

## Entrar e sair

cli-account-dismissed = { $reason } Nada da sua conta é mantido neste dispositivo.
cli-password-prompt = Senha de { $email }:
cli-signed-in = Conectado como { $email } em { $server }.
cli-signed-out = Desconectado.

## Alterações e o que aconteceu com elas

cli-queued = Na fila, será sincronizado.
cli-queued-because = Na fila, será sincronizado ({ $reason }).
cli-withdrawn = Retirado da fila: nunca tinha chegado ao servidor.
cli-write-refused = Recusado pelo servidor: { $reason }
cli-checked-in = Entrada registrada.
cli-checked-out = Saída registrada.
cli-leave-requested = Ausência solicitada.
cli-leave-cancelled = Ausência cancelada.
cli-marked-read = Marcado como lido.
cli-approved = Aprovado.
cli-rejected = Recusado.
cli-correction-requested = Ajuste solicitado.
cli-decided = Decidido.
cli-queued-state = na fila
cli-synced-state = sincronizado
cli-status-queued = { $status } (na fila)

## Status e sincronização

cli-status-signed-in = Conectado como { $email } em { $server }
cli-no-reason = o servidor não informou o motivo
cli-session-ended = Sua sessão foi encerrada: { $reason }
cli-sign-in-again = Entre novamente com `okta-hr login`; as alterações na fila são mantidas e enviadas nesse momento.
cli-last-sync = Última sincronização bem-sucedida: { $time }, { $ago }
cli-last-sync-never = Última sincronização bem-sucedida: nunca
cli-last-problem = Último problema: { $error }
cli-today-checked-in = Hoje: entrada registrada desde { $time }
cli-today-checked-in-queued = Hoje: entrada registrada (na fila) desde { $time }
cli-today-checked-out = Hoje: sem ponto aberto; saída registrada em { $time }
cli-today-checked-out-queued = Hoje: sem ponto aberto; saída registrada (na fila) em { $time }
cli-today-not-checked-in = Hoje: sem ponto aberto
cli-waiting-to-sync = Aguardando sincronização: { $count }
cli-refused-count = Recusadas pelo servidor: { $count }
cli-write-made = #{ $id } { $description }, feita em { $time }
cli-write-made-refused = #{ $id } { $description }, feita em { $time }, recusada em { $refused }
cli-not-tried-yet = ainda não tentada
cli-attempts = { $count ->
        [one] { $count } tentativa
       *[other] { $count } tentativas
    }
cli-attempts-error = { $count ->
        [one] { $count } tentativa
       *[other] { $count } tentativas
    }; último erro: { $error }
cli-next-attempt-at = próxima tentativa a partir de { $time }; `okta-hr sync` tenta na hora
cli-next-attempt-now = próxima tentativa: agora; `okta-hr sync` envia
cli-refusal-why = motivo: { $text }
cli-refusal-undone = desfeito: { $text }
cli-refusal-next-step = próximo passo: { $text }
cli-dismiss-hint = Depois de ler, descarte uma com `okta-hr dismiss { $id }` ou todas com `okta-hr dismiss --all`.
cli-cache-not-refreshed = aviso: não foi possível atualizar o cache: { $error }
cli-sync-counts = Enviadas { $sent }, recusadas { $refused }, ainda na fila { $queued }.
cli-sync-refused = recusada: { $what }: { $why }
cli-unreachable = não foi possível acessar o servidor
cli-still-queued = Ainda na fila: { $why }. Nada se perde: sincronize de novo mais tarde.
cli-earlier-refusals = { $count ->
        [one] { $count } recusa anterior ainda não descartada.
       *[other] { $count } recusas anteriores ainda não descartadas.
    }
cli-refusals-hint = `okta-hr status` mostra o que cada recusa desfez; `okta-hr dismiss` as descarta depois de lidas.
cli-dismiss-unknown = { $message }: `okta-hr status` lista as recusas com seus IDs
cli-nothing-to-dismiss = Nada a descartar: nenhuma recusa aguardando.
cli-dismissed-one = Recusa #{ $id } descartada.
cli-dismissed-one-described = Recusa #{ $id } descartada ({ $description }).
cli-dismissed-many = { $count ->
        [one] { $count } recusa descartada:
       *[other] { $count } recusas descartadas:
    }

## Ponto, ausências, holerites e equipe

cli-from-afternoon = { $date } tarde
cli-to-morning = { $date } manhã
cli-no-payslip = nenhum holerite { $id }
cli-payslip-heading = Holerite { $id } — { $name } ({ $start } a { $end }), pago em { $date }
cli-payslip-gross = Bruto
cli-payslip-net = Líquido ({ $currency })
cli-late = atrasado
cli-team-attendance-total = { $count ->
        [one] { $count } registro
       *[other] { $count } registros
    } de { $from } a { $to }
cli-payroll-run-not-cached = a folha { $id } não está no cache; fique online uma vez
cli-team-payroll-heading = Folha { $period } ({ $status }), { $count ->
        [one] { $count } colaborador
       *[other] { $count } colaboradores
    }, bruto { $gross }, líquido { $net } { $currency }
cli-no-such-time = { $time } não existe no relógio deste dispositivo
cli-give-record-or-date = informe --record ou --date

## Administração

cli-org-never-read = a organização nunca foi lida neste dispositivo; execute sem --offline
cli-org-company = Empresa
cli-org-subdomain = Subdomínio
cli-org-website = Site
cli-org-phone = Telefone
cli-org-support-phone = Telefone do suporte
cli-org-support-help = Ajuda do suporte
cli-org-address = Endereço
cli-account-now = { $login } agora está { $status }.
cli-one-time-link = Entregue este link de uso único à pessoa (vale por 7 dias): { $link }

## Comunicados

cli-announcement-created = “{ $title }” criado (ID { $id }): { $state }.
cli-announcement-published = “{ $title }” publicado (ID { $id }): { $state }.
cli-announcement-expired = “{ $title }” encerrado (ID { $id }): { $state }.
cli-announcement-deleted = Comunicado { $id } excluído.
cli-no-such-email = ninguém tem o e-mail { $email } no diretório deste dispositivo; execute `okta-hr sync`
cli-scheduled-for = agendado para { $time }
cli-published-at = publicado em { $time }
cli-expired-at = expirado em { $time }
cli-state-draft = rascunho
cli-state-scheduled = agendado
cli-state-published = publicado
cli-state-expired = expirado
cli-pinned = fixado

## Equipamentos

cli-asset-added = { $tag } { $name } adicionado ({ $status }, ID { $id }).
cli-asset-changed = { $tag } { $name } alterado ({ $status }, ID { $id }).
cli-asset-problem-resolved = Problema de { $name } com { $tag } resolvido: { $description }.
cli-asset-requested = Pedido enviado ao RH: { $category } (solicitação { $id }).
cli-asset-problem-reported = Relatado ao RH: { $tag } ({ $description }).
cli-asset-returned = { $tag } devolvido por { $name } ({ $condition }).
cli-asset-assigned = { $tag } entregue a { $name }.
cli-asset-request-decided = Solicitação de { $name } ({ $category }): { $status ->
        [fulfilled] atendida
        [declined] recusada
       *[other] { $status }
    }.
cli-asset-request-decided-tag = Solicitação de { $name } ({ $category }): { $status ->
        [fulfilled] atendida
        [declined] recusada
       *[other] { $status }
    }, { $tag }.

## RH: feriados, semanas de trabalho, ano de ausências, auditoria

cli-holiday-added = { $name } adicionado em { $weekday } { $date } (ID { $id }).
cli-holiday-removed = Feriado { $id } removido.
cli-holidays-imported = { $imported ->
        [one] { $imported } feriado importado
       *[other] { $imported } feriados importados
    }; { $skipped ->
        [one] { $skipped } ignorado
       *[other] { $skipped } ignorados
    } (um dia que já tinha um, ou um evento com horário).
cli-afternoon-off = tarde
cli-all-day-off = dia inteiro
cli-yearly = todo ano
cli-morning-only = { $day }(manhã)
cli-company-week = (semana da empresa)
cli-week-set = { $scope } agora trabalha { $days }.
cli-week-set-company = { $scope } agora trabalha { $days } (semana da empresa).
cli-leave-year = Os anos de ausências começam em 1º de { $month ->
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
        [12] dezembro
       *[1] janeiro
    }. O atual é { $name } ({ $start } a { $end }).
cli-export-needs-server = a exportação é feita pelo servidor; execute sem --offline
cli-audit-never-read = a trilha de auditoria nunca foi lida neste dispositivo; execute sem --offline
cli-audit-other-page = observação: a última página lida neste dispositivo foi a { $page } de outra consulta; ela é mostrada
cli-audit-page = página { $page } de { $last }, { $count ->
        [one] { $count } evento
       *[other] { $count } eventos
    } no total
cli-export-cut-short = { $count } eventos correspondem, mas a exportação só tem os { $rows } mais recentes; restrinja com --from e --to
cli-export-written = { $count ->
        [one] { $count } evento gravado
       *[other] { $count } eventos gravados
    } em { $path }.

## RH: pessoas

cli-hired = Contratação de { $name } registrada (matrícula { $id }), com início em { $date }.
cli-activation-link = Entregue este link de ativação (mostrado só uma vez): { $link }
cli-activation-link-shown = O link de ativação foi mostrado na primeira tentativa; reative a pessoa para obter um novo.
cli-access-ends = O acesso de { $name } termina em { $time }.
cli-open-leave = ausência { $type }: { $count ->
        [one] { $count } dia restante
       *[other] { $count } dias restantes
    }, pendentes: { $pending }
cli-open-asset = equipamento { $tag } { $name } ainda entregue
cli-open-counts = { $requests ->
        [one] { $requests } solicitação de ausência pendente
       *[other] { $requests } solicitações de ausência pendentes
    }, { $approvals ->
        [one] { $approvals } aprovação aguardando esta pessoa
       *[other] { $approvals } aprovações aguardando esta pessoa
    }, { $corrections ->
        [one] { $corrections } ajuste pendente
       *[other] { $corrections } ajustes pendentes
    }
cli-department-saved = Departamento { $id } { $name }.
cli-department-saved-retired = Departamento { $id } { $name } (desativado).
cli-branch-saved = Filial { $id } { $name }.
cli-branch-saved-retired = Filial { $id } { $name } (desativada).
cli-bank-request-decided = A nova conta { $iban } de { $name } foi { $status ->
        [approved] aprovada
        [rejected] recusada
       *[other] { $status }
    }.

## RH: regras de ausência

cli-leave-type-created = { $name } criado ({ $code }, { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } por ano, ID { $id }).
cli-leave-type-changed = { $name } alterado ({ $code }, { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } por ano, ID { $id }).
cli-leave-type-retired = { $name } desativado ({ $code }, { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } por ano, ID { $id }).
cli-leave-adjusted = { $days } { $count ->
        [one] dia
       *[other] dias
    } de “{ $type }” para { $name } em { $year } (lançamento { $id }): { $reason }.
cli-leave-job-wrote = { $job } { $period }: { $count ->
        [one] { $count } lançamento gravado.
       *[other] { $count } lançamentos gravados.
    }
cli-leave-job-would-write = { $job } { $period }: gravaria { $count ->
        [one] { $count } lançamento.
       *[other] { $count } lançamentos.
    }
cli-carry-for-months = { $cap } por { $count ->
        [one] { $count } mês
       *[other] { $count } meses
    }
cli-accrual-upfront = antecipada
cli-accrual-monthly = mensal
cli-accrual-prorated = { $accrual }, proporcional
cli-counts-every-half-day = todo meio dia
cli-counts-every-day = todo dia
cli-counts-working-half-days = meios dias úteis
cli-counts-working-days = dias úteis
cli-chain-none = nenhuma
cli-chain-manager = gestor
cli-chain-manager-hr = gestor + RH
cli-chain-extra-hr-step = { $chain } (+RH acima de { $days } d)

## RH: escalas

cli-shift-created = { $name } criada ({ $start }–{ $end }, ID { $id }).
cli-shift-changed = { $name } alterada ({ $start }–{ $end }, ID { $id }).
cli-shift-retired = { $name } desativada ({ $start }–{ $end }, ID { $id }).
cli-shift-restored = { $name } reativada ({ $start }–{ $end }, ID { $id }).
cli-shift-assigned = { $name } trabalha na escala { $shift } a partir de { $from }, sem data de término (atribuição { $id }).
cli-shift-assigned-until = { $name } trabalha na escala { $shift } de { $from } a { $to } (atribuição { $id }).
cli-next-day = { $hours } (dia seguinte)
cli-minutes-after-end = { $count } min após o fim

## RH: folha de pagamento

cli-pay-assigned = { $name } recebe pela estrutura { $structure } com base de { $base } a partir de { $from } (atribuição { $id }).
cli-pay-assignment-removed = Atribuição salarial { $id } removida.
cli-pay-adjustment-removed = Ajuste de pagamento { $id } removido.
cli-give-an-amount = informe --bonus, --advance ou --deduction
cli-no-such-structure = nenhuma estrutura salarial se chama { $name }
cli-no-such-component = nenhuma verba se chama { $name }
cli-not-a-structure-id = { $id } não é o ID de uma estrutura salarial
cli-settings-currency = Moeda:
cli-settings-net-rounding = Líquido arredondado:
cli-settings-threshold = Sinalizar um líquido que varie mais de { $percent } % em relação à folha anterior
cli-settings-paid-from = Pago a partir de:
cli-settings-overtime = Horas extras:
cli-overtime-after = ponto acima de { $hours } horas por dia
cli-overtime-none = não calculadas pelo ponto
cli-kind-bonus = bônus
cli-kind-advance = adiantamento
cli-kind-deduction = desconto
cli-kind-earning = provento
cli-kind-employer-contribution = encargo do empregador
cli-kind-employer = empregador
cli-rounding = { $count ->
        [one] { $count } casa decimal
       *[other] { $count } casas decimais
    }, { $mode }
cli-rounding-half-up = para o mais próximo (0,5 para cima)
cli-rounding-half-even = para o par mais próximo
cli-rounding-down = para baixo
cli-rounding-up = para cima
cli-adjustment-added = Novo ajuste ({ $kind }) para { $name }: { $amount } “{ $title }” { $when } (ajuste { $id }).
cli-adjustment-ended = Ajuste ({ $kind }) de { $name } encerrado: { $amount } “{ $title }” { $when } (ajuste { $id }).
cli-once-in-run = uma vez, na folha que inclui { $date }
cli-every-period-from = todo período a partir de { $date }
cli-every-period-between = todo período de { $date } a { $end }
cli-once = uma vez
cli-recurring = recorrente
cli-component-created = { $code } { $name } criada ({ $kind }: { $rule }, ID { $id }).
cli-component-changed = { $code } { $name } alterada ({ $kind }: { $rule }, ID { $id }).
cli-component-retired = { $code } { $name } desativada ({ $kind }: { $rule }, ID { $id }).
cli-component-restored = { $code } { $name } reativada ({ $kind }: { $rule }, ID { $id }).
cli-rule-percent-of = { $percent } % de { $component }
cli-rule-percent-of-gross = { $percent } % do bruto
cli-structure-saved = { $name } salva ({ $components }, ID { $id }).
cli-structure-saved-retired = { $name } salva ({ $components }, desativada, ID { $id }).
cli-give-a-period = informe um mês (AAAA-MM), ou --from e --to
cli-run-deleted = Folha em rascunho { $id } excluída.
cli-run-created = Rascunho criado: { $run }.
cli-run-correction-created = Rascunho de correção criado: { $run }.
cli-run-computed = Calculada: { $run }.
cli-run-locked = Fechada: { $run }.
cli-run-paid = Marcada como paga: { $run }.
cli-run-published = Publicada (cada pessoa paga vê o holerite e é notificada): { $run }.
cli-run-review = Folha: { $run }.
cli-run-summary = folha { $id }, { $period } ({ $status }), paga em { $date }: { $count ->
        [one] { $count } pessoa
       *[other] { $count } pessoas
    }, bruto { $gross }, líquido { $net } { $currency }
cli-run-summary-set-aside = folha { $id }, { $period } ({ $status }), paga em { $date }: { $count ->
        [one] { $count } pessoa
       *[other] { $count } pessoas
    }, bruto { $gross }, líquido { $net } { $currency }; { $set_aside }
cli-run-failed-count = { $count } com falha
cli-run-held-count = { $count ->
        [one] { $count } retida
       *[other] { $count } retidas
    }
cli-run-excluded-count = { $count ->
        [one] { $count } excluída
       *[other] { $count } excluídas
    }
cli-file-written = { $file } gravado em { $path }.
cli-line-held = O pagamento de { $name } está retido: { $reason }.
cli-line-excluded = { $name } ficou fora desta folha: { $reason }.
cli-line-included = { $name } voltou à folha ({ $status }), líquido { $net }.
cli-line-overridden = { $name }: { $code } { $amount } ({ $explanation }); líquido agora { $net }.
cli-line-override-cleared = { $name }: { $code } alterado; líquido agora { $net }.
cli-nobody-in-run = ninguém na folha { $id } se chama { $name }
cli-net-new = novo
cli-flag-joiner = admissão
cli-flag-leaver = desligamento
cli-flag-net-moved = líquido { $percent } %
cli-flag-net-changed = líquido alterado
cli-flag-unpaid-leave = ausência não remunerada { $days } d
cli-flag-negative-net = líquido negativo
cli-flag-no-bank-account = sem conta bancária
cli-flag-new-bank-account = nova conta bancária
cli-payslip-line = { $name } ({ $number }), linha { $id }: { $status }
cli-flagged = Alertas: { $flags }
cli-employed = Empregado de { $from } a { $to }: { $count ->
        [one] { $count } dia útil
       *[other] { $count } dias úteis
    }; pagos: { $paid }, não pagos: { $unpaid }
cli-payslip-totals = Bruto { $gross }, descontos { $deductions }, líquido { $net } { $currency }
cli-payslip-totals-rounded = Bruto { $gross }, descontos { $deductions }, líquido { $net } (arredondado em { $rounding }) { $currency }
cli-since-last-run = Desde a folha anterior: { $changes } (líquido { $net })
