# Payroll: the runs, a run's review and its next steps.

payroll-offline = Para alterar a folha de pagamento, você precisa de conexão
payroll-offline-last-copy = Para alterar a folha de pagamento, você precisa de conexão: esta é a última cópia.
# Between the parts of a list such as "12 paid, 1 held" (keep the quotes: they keep the space).
payroll-list-separator = {", "}
payroll-choose = Escolha…

## The runs

payroll-runs-subtitle = Folhas de pagamento, das mais recentes às mais antigas
payroll-runs-label = Folhas de pagamento
# Mid-sentence, for "Loading payroll runs from the server…".
payroll-first-fill-what = as folhas de pagamento
payroll-runs-empty = Nenhuma folha de pagamento ainda
payroll-create-no-run = Ainda não há folha de { $month }. Um rascunho calcula todas as pessoas empregadas no mês; nada é pago até você fechar e publicar a folha.
payroll-create = Criar a folha de { $month }
payroll-run-row = { $count ->
    [one] { $count } funcionário
   *[other] { $count } funcionários
} · data de pagamento: { $date }
# Beside a run's or a person's net amount.
payroll-net-small = líquido

payroll-status-draft = Rascunho
payroll-status-locked = Fechada
payroll-status-paid = Paga
payroll-status-published = Publicada
payroll-line-ready = Pronta
payroll-line-failed = Com erro
payroll-line-held = Retida
payroll-line-excluded = Excluída

payroll-computing-label = Calculando holerites
payroll-computing = Calculando { $count ->
    [one] { $count } holerite
   *[other] { $count } holerites
} de { $month }… Quem não puder ser calculado vai aparecer na lista com o motivo.
payroll-computing-everyone = Calculando o holerite de todos de { $month }… Quem não puder ser calculado vai aparecer na lista com o motivo.

## A run

payroll-run-title = Folha de pagamento · { $month }
payroll-run-subtitle = { $period } · data de pagamento: { $date } · { $people }
payroll-people-paid = { $count ->
    [one] { $count } pago
   *[other] { $count } pagos
}
payroll-people-held = { $count ->
    [one] { $count } retido
   *[other] { $count } retidos
}
payroll-people-excluded = { $count ->
    [one] { $count } excluído
   *[other] { $count } excluídos
}
payroll-people-failed = { $count } com erro
payroll-employees-paid = Funcionários pagos
payroll-gross = Bruto
payroll-net = Líquido

payroll-actions-draft = Confira e depois feche
payroll-actions-locked = Fechada { $time }: pague e depois publique
payroll-actions-paid = Paga { $time }: publique os holerites
payroll-actions-published = Publicada { $time }: somente leitura
payroll-actions-draft-hint = Retenha ou exclua pessoas, ou defina uma verba manualmente, na linha de cada uma. Fechar calcula mais uma vez e congela os valores e as contas bancárias; ninguém recebe nem vê o holerite até a folha ser publicada.
payroll-step-recompute = Recalcular
payroll-step-lock = Fechar folha
payroll-step-pay = Marcar como paga
payroll-step-publish = Publicar holerites
# A step's button when it asks before it is done.
payroll-step-asks = { $step }…
payroll-step-refused = { $step ->
    [recompute] O recálculo foi recusado
    [lock] O fechamento foi recusado
    [pay] A marcação como paga foi recusada
   *[publish] A publicação foi recusada
}:
payroll-done-recompute = Folha de { $month } recalculada com os dados de hoje: { $people }.
payroll-done-lock = A folha de { $month } está fechada: { $people }. Salve o arquivo bancário e depois marque a folha como paga.
payroll-done-pay = A folha de { $month } está marcada como paga.
payroll-done-publish = A folha de { $month } está publicada: { $count ->
    [one] { $count } pessoa vê o holerite e foi notificada
   *[other] { $count } pessoas veem seus holerites e foram notificadas
}.
payroll-confirm-lock = Fechar a folha de { $month }? A folha é calculada mais uma vez e depois os valores e as contas bancárias de { $count ->
    [one] { $count } pessoa
   *[other] { $count } pessoas
} (líquido { $total }) são congelados.
payroll-confirm-lock-held = { $count ->
    [one] { $count } pessoa retida não é paga nela.
   *[other] { $count } pessoas retidas não são pagas nela.
}
payroll-confirm-lock-final = Uma folha fechada nunca mais é alterada: erros são corrigidos em uma folha posterior.
payroll-confirm-publish = Publicar a folha de { $month }? { $count ->
    [one] { $count } pessoa vai ver o holerite no app e ser notificada
   *[other] { $count } pessoas vão ver o holerite no app e ser notificadas
} na hora; não dá para desfazer.
payroll-confirm-publish-unpaid = Ela ainda não foi marcada como paga.
payroll-confirm-lock-yes = Fechar
payroll-confirm-publish-yes = Publicar

payroll-bank-file = Arquivo bancário
payroll-bank-format-csv = CSV (qualquer banco)
payroll-bank-format-pain001 = SEPA pain.001 (euros)
payroll-bank-file-save = Salvar em Downloads
payroll-bank-file-refused = Não foi possível gerar o arquivo bancário:
# $file is the file's name, $path where it was saved.
payroll-bank-file-saved = { $file }: { $count ->
    [one] { $count } transferência
   *[other] { $count } transferências
}, salvo em { $path }
payroll-payslips-save = Salvar todos os holerites (ZIP)
payroll-payslips-saved = Todos os holerites da folha, salvos em { $path }
payroll-correct = Corrigir esta folha…
payroll-correct-title = Corrigir esta folha?
payroll-correct-text = Um novo rascunho para o mesmo período é calculado com a configuração de pagamento, as ausências e as atribuições de hoje. O holerite de cada pessoa nele é a diferença em relação ao que esta folha pagou; quem não tem nada a corrigir fica de fora. Esta folha continua como estava.
payroll-correct-yes = Criar o rascunho de correção

## The people of a run

payroll-lines-label = Linhas da folha
payroll-lines-loading = Carregando linhas…
payroll-lines-search-label = Pesquisar nas linhas desta folha
payroll-lines-search-placeholder = Pesquise por nome ou matrícula
payroll-flagged-only = Só sinalizadas
payroll-lines-people-label = Pessoas nesta folha
payroll-lines-no-match = Nenhuma linha corresponde a “{ $query }”.
payroll-lines-no-match-flagged = Nenhuma linha sinalizada corresponde a “{ $query }”.
payroll-lines-none-flagged = Ninguém foi sinalizado.
payroll-lines-shown = Mostrando { $shown } de { $count }
payroll-lines-more = Mostrar mais { $count }
payroll-lines-flagged = { $count ->
    [one] { $count } pessoa sinalizada
   *[other] { $count } pessoas sinalizadas
} para uma segunda conferência.
payroll-lines-empty = Ninguém nesta folha
payroll-lines-empty-hint = Ninguém estava empregado no período dela.
payroll-lines-unavailable = Nenhuma linha disponível
payroll-lines-unavailable-hint = Conecte-se ao servidor para carregar as linhas desta folha.

payroll-flag-joiner = Admissão
payroll-flag-leaver = Desligamento
payroll-flag-net-changed = Líquido alterado
# $change is signed: +12.5, −20.
payroll-flag-net-percent = Líquido { $change }%
payroll-flag-unpaid-leave = { $days ->
    [one] { $days } dia de ausência não remunerada
   *[other] { $days } dias de ausência não remunerada
}
payroll-flag-negative-net = Líquido negativo
payroll-flag-no-bank-account = Sem conta bancária
payroll-flag-bank-account-changed = Conta bancária alterada

## One person's review

payroll-person-close = Fechar { $name }
payroll-person-paid-into = pago em { $account }
payroll-person-no-bank-account = sem conta bancária
payroll-person-flags = Sinalizações
payroll-person-error = Não foi possível calcular: { $error }
# $status is the line's status (Held, Excluded…), $note HR's reason.
payroll-person-note = { $status }: { $note }
payroll-person-no-breakdown = Líquido { $net }; esta folha não tem o detalhamento de como foi calculado.
payroll-slip-earnings = Proventos
payroll-slip-deductions = Descontos
payroll-slip-employer = Pago pela empresa
payroll-slip-rounding = Arredondamento
payroll-slip-net-pay = Salário líquido
payroll-slip-days-paid = Dias pagos
payroll-slip-days = { $paid } de { $count ->
    [one] { $count } dia útil
   *[other] { $count } dias úteis
}
payroll-slip-days-unpaid = { $paid } de { $count ->
    [one] { $count } dia útil
   *[other] { $count } dias úteis
} · { $unpaid } não remunerados
payroll-against-last = Em relação à folha anterior
payroll-change-component = Verba
payroll-change-before-now = Antes → agora
payroll-change = Variação
payroll-change-new = Nova nesta folha
payroll-change-gone = Fora desta folha
payroll-change-amounts = { $before } → { $now }
payroll-no-change = Nenhuma verba mudou.

payroll-hold = Reter…
payroll-exclude = Excluir…
payroll-include = Incluir de novo
payroll-override = Definir uma verba…
payroll-hold-reason = Por que o pagamento está retido?
payroll-exclude-reason = Por que a pessoa fica de fora desta folha?
payroll-hold-hint = O pagamento retido é calculado e fechado com a folha, mas não entra no arquivo bancário nem é publicado.
payroll-exclude-hint = Sem holerite para a pessoa nesta folha.
payroll-hold-submit = Reter pagamento
payroll-exclude-submit = Excluir
payroll-person-held = Pagamento retido: { $name } não recebe nesta folha.
payroll-person-excluded = Fora da folha: { $name } não tem holerite nesta folha.
payroll-person-included = { $name } voltou para a folha.
payroll-override-amount = Valor ({ $currency })
payroll-override-reason = Motivo (impresso no holerite)
payroll-override-save = Definir valor
payroll-override-choose-error = Escolha a verba a definir.
payroll-override-set = Definido manualmente: líquido agora é { $net }.
payroll-override-cleared = Calculado de novo pela regra: líquido agora é { $net }.
payroll-override-clear = Usar a regra de novo
