# Regras de ausência (RH): tipos de ausência e suas regras, saldos como extrato e as rotinas de concessão e fechamento do ano.

leavepolicy-intro = Os tipos de ausência e suas regras, o saldo de cada pessoa como um extrato de lançamentos com sinal, e as concessões, acúmulos e fechamentos de ano que o alimentam
leavepolicy-tab-types = Tipos de ausência
leavepolicy-tab-ledger = Saldos e extrato
leavepolicy-tab-jobs = Concessões e fechamento do ano

leavepolicy-offline = Alterar as regras de ausência exige conexão
leavepolicy-offline-sentence = Alterar as regras de ausência exige conexão.
leavepolicy-offline-last-read = { $reason }. Mostrando o que este aparelho leu por último.

## Tipos de ausência: as regras de um tipo em palavras

leavepolicy-paid = Remunerada
leavepolicy-unpaid = Não remunerada
leavepolicy-partly-paid = Parcialmente remunerada: { $percent }% do salário
leavepolicy-allowance-none = Sem direito anual
leavepolicy-allowance-monthly = { $count ->
        [one] { $count } dia
       *[other] { $count } dias
    } por ano, acumulando um doze avos ao fim de cada mês trabalhado
leavepolicy-allowance-upfront = { $count ->
        [one] { $count } dia
       *[other] { $count } dias
    } por ano, todos em 1º de janeiro
leavepolicy-allowance-upfront-prorated = { $count ->
        [one] { $count } dia
       *[other] { $count } dias
    } por ano, todos em 1º de janeiro; quem entra no meio do ano recebe a parte restante
leavepolicy-carry-none = Dias não usados se perdem no fim do ano
leavepolicy-carry = Até { $count ->
        [one] { $count } dia não usado passa
       *[other] { $count } dias não usados passam
    } para o ano seguinte
leavepolicy-carry-expiring = Até { $count ->
        [one] { $count } dia não usado passa
       *[other] { $count } dias não usados passam
    } para o ano seguinte e se perdem se não forem usados em { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    }
leavepolicy-approval-none = Não precisa de aprovação
leavepolicy-approval-none-extra = Não precisa de aprovação; acima de { $count ->
        [one] { $count } dia
       *[other] { $count } dias
    }, o RH aprova
leavepolicy-approval-manager = Aprovada pelo gestor
leavepolicy-approval-manager-extra = Aprovada pelo gestor; acima de { $count ->
        [one] { $count } dia
       *[other] { $count } dias
    }, também pelo RH
leavepolicy-approval-manager-hr = Aprovada pelo gestor e depois pelo RH
leavepolicy-counts-all-days = Fins de semana e feriados dentro de uma solicitação contam
leavepolicy-counts-working-days = Só os dias úteis contam
leavepolicy-whole-days = Tirada em dias inteiros
leavepolicy-half-days = Pode começar ou terminar ao meio-dia
leavepolicy-notice = Solicitada com pelo menos { $count ->
        [one] { $count } dia
       *[other] { $count } dias
    } de antecedência
leavepolicy-negative = O saldo pode ficar até { $count ->
        [one] { $count } dia
       *[other] { $count } dias
    } negativo
leavepolicy-attachment-required = É obrigatório anexar um documento

leavepolicy-types-empty = Nenhum tipo de ausência ainda
leavepolicy-type-retired-badge = Desativado
leavepolicy-type-edit-label = Editar { $name }
leavepolicy-type-retire = Desativar
leavepolicy-type-bring-back = Reativar
leavepolicy-type-created = “{ $name }” criado. Ele vale para as solicitações feitas a partir de agora.
leavepolicy-type-saved = “{ $name }” salvo. As mudanças valem para as solicitações feitas a partir de agora.
leavepolicy-type-retired = “{ $name }” desativado: ele não pode mais ser solicitado; o histórico é mantido.
leavepolicy-type-unretired = “{ $name }” pode ser solicitado novamente.

## Formulário de tipo de ausência

leavepolicy-type-create-title = Criar um tipo de ausência
leavepolicy-type-edit-title = Editar “{ $name }”
leavepolicy-name = Nome
leavepolicy-name-placeholder = Voluntariado
leavepolicy-code = Código
leavepolicy-code-hint = Como as solicitações e os relatórios o identificam: letras minúsculas, dígitos, _ e -.
leavepolicy-pay = Remuneração
leavepolicy-pay-paid = Remunerada: salário integral
leavepolicy-pay-partly = Parcialmente remunerada
leavepolicy-pay-percent = % do salário por dia usado
leavepolicy-days-per-year = Dias por ano
leavepolicy-days-per-year-hint = O direito de um ano de férias; 0 para um tipo sem direito (ex.: licença médica).
leavepolicy-accrual = Concessão
leavepolicy-accrual-upfront = Tudo de uma vez, em 1º de janeiro
leavepolicy-accrual-monthly = Um doze avos ao fim de cada mês trabalhado
leavepolicy-accrual-hint = O servidor concede e acumula sozinho; a aba Concessões e fechamento do ano mostra isso.
leavepolicy-prorated = Quem entra no meio do ano recebe só a parte restante do ano
leavepolicy-counts-all-days-label = Fins de semana e feriados dentro de uma solicitação contam como dias de ausência
leavepolicy-half-days-label = Pode começar ou terminar ao meio-dia (meios dias)
leavepolicy-attachment-label = Cada solicitação precisa de um documento anexo (um atestado médico, por exemplo)
leavepolicy-notice-label = Antecedência (dias)
leavepolicy-notice-hint = Com quantos dias de antecedência a solicitação deve ser feita; 0 para nenhuma.
leavepolicy-negative-label = Pode ficar negativo em até (dias)
leavepolicy-negative-hint = Permite usar dias do próximo ano antecipadamente; 0 para nunca.
leavepolicy-carry-label = Transferir no máximo (dias)
leavepolicy-carry-hint = Dias não usados que passam para o próximo ano no fechamento; o resto se perde.
leavepolicy-expiry-label = Dias transferidos vencem após (meses)
leavepolicy-expiry-placeholder = Nunca
leavepolicy-expiry-hint = De 1 a 12 meses no novo ano; vazio: nunca vencem.
leavepolicy-chain-label = Quem aprova
leavepolicy-chain-none = Sem aprovação: aprovada assim que solicitada
leavepolicy-chain-manager = O gestor
leavepolicy-chain-manager-hr = O gestor e depois o RH
leavepolicy-chain-hint = Quem não tem gestor é aprovado pelo RH.
leavepolicy-extra-label = O RH também aprova solicitações com mais de (dias)
leavepolicy-extra-placeholder = Sem etapa extra
leavepolicy-extra-hint = Inclui a etapa do RH em solicitações longas quando o fluxo não a tem; vazio: sem etapa extra.
leavepolicy-type-save = Salvar tipo de ausência
leavepolicy-type-create = Criar tipo de ausência
leavepolicy-nothing-to-save = Nada para salvar: altere um campo primeiro.
leavepolicy-error-integer = O campo { $field } deve ser um número inteiro.
leavepolicy-error-percent = Um tipo parcialmente remunerado paga entre 1% e 99% do salário.
leavepolicy-field-days-per-year = dias por ano
leavepolicy-field-min-notice-days = antecedência
leavepolicy-field-carry-over-cap = transferência máxima
leavepolicy-field-carry-over-expiry-months = vencimento dos dias transferidos
leavepolicy-field-negative-allowance = saldo negativo permitido
leavepolicy-field-extra-hr-step-above-days = aprovação extra do RH

## Saldos e extrato

leavepolicy-ledger-hint = Cada mudança de saldo é um lançamento: o que as rotinas concedem e acumulam, o que é transferido ou se perde, as ausências usadas e os ajustes do RH com motivo e autor.
leavepolicy-ledger-person = Pessoa
leavepolicy-ledger-choose-person = Escolha alguém…
leavepolicy-ledger-year = Ano de férias
leavepolicy-year-previous = Ano anterior
leavepolicy-year-next = Próximo ano
leavepolicy-ledger-entries = Lançamentos de { $year }
leavepolicy-balance = { $type }: { $count ->
        [one] { $count } dia
       *[other] { $count } dias
    }
leavepolicy-ledger-empty = Nenhum lançamento em { $year }: nada foi concedido, usado ou ajustado ainda.
leavepolicy-ledger-when = Quando
leavepolicy-ledger-type = Tipo
leavepolicy-ledger-what = O quê
leavepolicy-ledger-days = Dias
leavepolicy-ledger-balance = Saldo
leavepolicy-ledger-why = Motivo e autor
leavepolicy-ledger-server = O servidor
leavepolicy-kind-grant = Concessão anual
leavepolicy-kind-accrual = Acúmulo mensal
leavepolicy-kind-carry-over = Transferido
leavepolicy-kind-expiry = Vencido
leavepolicy-kind-adjustment = Ajuste do RH
leavepolicy-kind-taken = Ausência usada
leavepolicy-kind-reversal = Ausência cancelada, dias devolvidos

leavepolicy-adjust-title = Ajustar o saldo
leavepolicy-adjust-type = Tipo de ausência
leavepolicy-choose = Escolha…
leavepolicy-adjust-days = Dias (+ soma, − subtrai)
leavepolicy-adjust-reason = Motivo (aparece no extrato e na trilha de auditoria)
leavepolicy-adjust-submit = Ajustar para { $year }
leavepolicy-adjust-days-zero = O campo dias não pode ser zero.
leavepolicy-adjust-days-invalid = O campo dias deve ser um número inteiro de dias, + para somar ou − para subtrair.
leavepolicy-adjusted = { $days } { $type } para { $person } em { $year }, registrado com o seu motivo.

## Concessões e fechamento do ano

leavepolicy-jobs-hint = O servidor executa essas rotinas sozinho quando vencem (a concessão em 1º de janeiro, o acúmulo de cada mês após o fim dele, o fechamento do ano após 31 de dezembro), uma vez cada. Veja antes o que uma rotina lançaria; ao executá-la, só é lançado o que ainda falta.
leavepolicy-job = Rotina
leavepolicy-job-month = Mês (AAAA-MM)
leavepolicy-job-year = Ano
leavepolicy-job-preview = Pré-visualizar
leavepolicy-job-run = Executar
leavepolicy-job-yearly-grant = Concessão anual
leavepolicy-job-yearly-grant-help = Concede o direito anual de cada tipo dado de uma vez, proporcional para quem entrou no ano.
leavepolicy-job-monthly-accrual = Acúmulo mensal
leavepolicy-job-monthly-accrual-help = Soma a parte do mês de cada tipo acumulado mensalmente, para quem trabalhou naquele mês.
leavepolicy-job-year-end = Fechamento do ano
leavepolicy-job-year-end-help = Para o ano que termina: dias não usados passam para o próximo ano até o limite de cada tipo; o resto se perde.
leavepolicy-job-carry-over-expiry = Vencimento de transferências
leavepolicy-job-carry-over-expiry-help = Para o ano que recebeu dias transferidos: os dias transferidos não usados até o vencimento do tipo se perdem.
leavepolicy-outcome-wrote = { $count ->
        [one] { $count } lançamento feito
       *[other] { $count } lançamentos feitos
    } ({ $days } { $total ->
        [one] dia
       *[other] dias
    }).
leavepolicy-outcome-preview = Faria { $count ->
        [one] { $count } lançamento
       *[other] { $count } lançamentos
    } ({ $days } { $total ->
        [one] dia
       *[other] dias
    }). Nada é lançado até você executar.
leavepolicy-outcome-wrote-none = 0 lançamentos feitos: tudo já estava feito.
leavepolicy-outcome-nothing = Nada para lançar: tudo já está feito.
leavepolicy-runs-title = Histórico de execuções
leavepolicy-runs-empty = Nenhuma execução ainda
leavepolicy-run-by = Executada por { $name }
leavepolicy-run-by-server = Executada pelo servidor
leavepolicy-run-entries = { $count ->
        [one] { $count } lançamento
       *[other] { $count } lançamentos
    }
leavepolicy-run-entries-days = { $count ->
        [one] { $count } lançamento
       *[other] { $count } lançamentos
    } · { $days } { $total ->
        [one] dia
       *[other] dias
    }
