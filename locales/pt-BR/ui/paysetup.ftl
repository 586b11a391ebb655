# Pay setup: pay components, salary structures, people's pay and the payroll settings.

paysetup-intro = A base de cálculo de cada folha de pagamento: as verbas e suas regras, as estruturas salariais que as agrupam, quem recebe com qual estrutura e qual salário-base, bônus e descontos de cada pessoa e as configurações da folha
paysetup-offline = Para alterar a configuração de pagamento, você precisa de conexão
paysetup-offline-notice = Para alterar a configuração de pagamento, você precisa de conexão.
paysetup-tab-components = Verbas
paysetup-tab-structures = Estruturas
paysetup-tab-people = Pagamento por pessoa
paysetup-tab-settings = Configurações

## Shared words of the forms

paysetup-nothing-to-save = Nada para salvar: altere um campo primeiro.
# A form's heading when it changes something named.
paysetup-edit-title = Editar “{ $name }”
paysetup-edit-label = Editar { $name }
paysetup-retire = Desativar
paysetup-retire-label = Desativar { $name }
paysetup-bring-back = Reativar
paysetup-bring-back-label = Reativar { $name }
paysetup-retired = Desativada
paysetup-delete = Excluir
paysetup-delete-label = Excluir { $name }
paysetup-add = Adicionar
paysetup-choose = Escolha…
paysetup-name = Nome
paysetup-code = Código
paysetup-kind = Tipo
paysetup-amount = Valor
paysetup-amount-currency = Valor ({ $currency })
paysetup-from = A partir de
# Between the items of a list written inline (keep the quotes: they keep the space).
paysetup-list-separator = {", "}

## Pay components

paysetup-components-title = Verbas
paysetup-component-create = Criar uma verba
paysetup-components-empty = Nenhuma verba ainda
paysetup-components-empty-hint = Crie primeiro o salário-base; adicionais, descontos e encargos podem ser percentuais dele ou fórmulas sobre ele.
paysetup-component-created = “{ $name }” criada. Os rascunhos calculados a partir de agora vão usá-la; folhas fechadas mantêm o que pagaram.
paysetup-component-saved = “{ $name }” salva. Os rascunhos calculados a partir de agora vão usá-la; folhas fechadas mantêm o que pagaram.
paysetup-component-retired = “{ $name }” desativada: ela não pode mais ser incluída em uma estrutura; os holerites que a usaram continuam com ela.
paysetup-component-back = “{ $name }” pode ser incluída em estruturas novamente.

paysetup-kind-earning = Provento
paysetup-kind-earning-hint = Faz parte do salário bruto
paysetup-kind-deduction = Desconto
paysetup-kind-deduction-hint = Descontado do bruto para chegar ao líquido
paysetup-kind-employer-contribution = Encargo do empregador
paysetup-kind-employer-contribution-hint = Pago pela empresa além do salário: aparece, mas não entra no líquido

paysetup-rule-type-fixed = Um valor fixo
paysetup-rule-type-percent-of = Um percentual de outra verba
paysetup-rule-type-percent-of-gross = Um percentual do salário bruto
paysetup-rule-type-expression = Uma fórmula

# A component's rule in words, as the lists show it.
paysetup-rule-fixed = Fixo: { $amount }
paysetup-rule-percent-of = { $percent }% de { $component }
paysetup-rule-percent-of-gross = { $percent }% do bruto
paysetup-rule-expression = Fórmula: { $formula }
paysetup-rule-prorated = { $rule }, proporcional aos dias pagos
paysetup-hidden-when-zero = Fora do holerite quando zerada

paysetup-rounding-half-up = Metade para cima (2,345 → 2,35)
paysetup-rounding-half-up-words = metade para cima
paysetup-rounding-half-even = Metade para o par, bancário (2,345 → 2,34)
paysetup-rounding-half-even-words = metade para o par
paysetup-rounding-down = Para baixo, em direção ao zero
paysetup-rounding-down-words = para baixo
paysetup-rounding-up = Para cima, para longe do zero
paysetup-rounding-up-words = para cima
# $places is paysetup-rounding-places, $mode one of the paysetup-rounding-*-words.
paysetup-rounding-places = { $count ->
    [0] unidades inteiras
    [one] { $count } casa decimal
   *[other] { $count } casas decimais
}
paysetup-rounding-text = Arredondado para { $places }, { $mode }

# The names a formula reads, each with what it is (the names themselves stay as they are).
paysetup-formula-input-base = o salário-base da pessoa
paysetup-formula-input-working-days = dias úteis do período
paysetup-formula-input-paid-days = dias pagos
paysetup-formula-input-unpaid-days = dias de ausência não remunerada
paysetup-formula-input-overtime-hours = horas extras aprovadas
paysetup-formula-input-gross = salário bruto (não em um provento)
paysetup-formula-input = ({ $words })
# $inputs is the list of names with their words.
paysetup-formula-hint = + − * / e parênteses, com min, max, round, floor e ceil, sobre { $inputs } e os códigos de outras verbas.

paysetup-component-form-create = Criar uma verba
paysetup-component-name-placeholder = Auxílio-transporte
paysetup-component-name-hint = Aparece impresso no holerite.
paysetup-code-hint = Como fórmulas e percentuais se referem a ela: uma letra e depois letras, dígitos e _. Fica fixo quando algo passa a usá-la.
paysetup-percentage = Percentual
paysetup-of-component = Da verba
paysetup-of-component-hint = Depois do arredondamento dessa verba; as duas precisam estar na mesma estrutura.
paysetup-percent-of-gross-hint = O bruto é a soma de todos os proventos do holerite, então um provento não pode ser um percentual dele.
paysetup-formula = Fórmula
paysetup-prorated-choice = Proporcional: ajustado pelos dias pagos sobre os dias úteis (quem entra no meio do mês, ausência não remunerada)
paysetup-hidden-choice = Fora do holerite impresso quando o valor for zero
paysetup-places = Arredondado para (casas decimais)
paysetup-places-hint = De 0 a 10; 2 para centavos.
paysetup-rounding = Arredondamento
paysetup-preview = Fica assim: { $rule }
paysetup-component-save = Salvar verba
paysetup-component-create-button = Criar verba

# Numbers as typed: the server reads a point for decimals, never a comma.
paysetup-error-amount-number = O valor precisa ser um número, como 150 ou 150.50 (com ponto para os decimais).
paysetup-error-amount-required = O valor é obrigatório.
paysetup-error-percent-number = O percentual precisa ser um número, como 5 ou 7.3 (com ponto para os decimais).
paysetup-error-percent-required = O percentual é obrigatório.
paysetup-error-places = As casas decimais precisam ser um número inteiro de 0 a 10.

## Salary structures

paysetup-structures-title = Estruturas salariais
paysetup-structure-create = Criar uma estrutura
paysetup-structures-empty = Nenhuma estrutura salarial ainda
paysetup-structures-empty-hint = Uma estrutura agrupa as verbas com que um grupo de pessoas é pago, na ordem do holerite.
paysetup-structure-components = { $count ->
    [one] { $count } verba
   *[other] { $count } verbas
}
paysetup-structure-created = “{ $name }” criada com { $count ->
    [one] { $count } verba
   *[other] { $count } verbas
}. Os rascunhos calculados a partir de agora vão usá-la.
paysetup-structure-saved = “{ $name }” salva com { $count ->
    [one] { $count } verba
   *[other] { $count } verbas
}. Os rascunhos calculados a partir de agora vão usá-la.
paysetup-structure-retired = “{ $name }” desativada: ninguém mais pode passar a receber por ela; os holerites anteriores continuam com ela.
paysetup-structure-back = “{ $name }” pode ser atribuída novamente.

paysetup-structure-form-create = Criar uma estrutura salarial
paysetup-structure-name-placeholder = Equipe
paysetup-structure-unknown-component = Verba { $id }
paysetup-structure-components-legend = Verbas, na ordem do holerite
paysetup-structure-components-hint = Toda verba lida por uma fórmula ou um percentual também precisa estar na estrutura; a folha as calcula na ordem em que dependem umas das outras.
paysetup-structure-no-components = Nenhuma verba ainda: adicione a primeira abaixo.
paysetup-structure-move-up = Mover { $name } para cima
paysetup-structure-move-down = Mover { $name } para baixo
paysetup-structure-take-out = Retirar { $name }
paysetup-structure-add-label = Verba a adicionar
paysetup-structure-add-choose = Adicionar uma verba…
paysetup-structure-add-none = Todas as verbas ativas já estão na estrutura
paysetup-structure-save = Salvar estrutura
paysetup-structure-create-button = Criar estrutura

## People's pay

paysetup-people-intro = Quem recebe com qual estrutura salarial e salário-base, a partir de quando, e seus bônus, adiantamentos e descontos. Cada folha paga o que está em vigor no seu período.
paysetup-people-person = Pessoa
paysetup-people-choose = Escolha alguém…

paysetup-assignments-title = Estrutura salarial e salário-base
paysetup-assignments-empty = Ainda sem estrutura atribuída: as folhas deixam esta pessoa de fora até que tenha uma.
paysetup-assignment-current = Em vigor
paysetup-assignment-upcoming = Futura
paysetup-assignment-past = Substituída
paysetup-assignment-text = { $structure }, base { $base }, a partir de { $from }
paysetup-assignment-row = Base { $base }, a partir de { $from }
paysetup-assigned = { $name } recebe com { $assignment }.
paysetup-assigned-back-pay = { $name } recebe com { $assignment }. Se o pagamento a partir desse dia já estiver fechado, a diferença entra na próxima folha como retroativo.
paysetup-assignment-removed = Atribuição de { $day } removida.
paysetup-assignment-remove-label = Remover a atribuição de { $day }
paysetup-assignment-remove-confirm = Remover a atribuição de { $day } ({ $structure }, base { $base })? A anterior volta a valer a partir desse dia.
paysetup-assignment-form-title = Pagar com uma estrutura a partir de uma data
paysetup-assignment-from-hint = Em vigor a partir deste dia até a próxima atribuição; uma segunda no mesmo dia substitui a primeira.
paysetup-assignment-structure = Estrutura salarial
paysetup-assignment-base = Salário-base
paysetup-assignment-base-currency = Salário-base ({ $currency })
# $base is the word "base" as formulas read it.
paysetup-assignment-base-hint = O que as fórmulas da estrutura leem como { $base }.
paysetup-assign = Atribuir
paysetup-error-base-number = O salário-base precisa ser um número, como 3000 ou 3000.50 (com ponto para os decimais).

paysetup-adjustments-title = Bônus, adiantamentos e descontos
paysetup-adjustments-empty = Nenhum: esta pessoa recebe o que a estrutura dela calcula.
paysetup-adjustment-kind-bonus = Bônus
paysetup-adjustment-kind-bonus-hint = Ganho: faz parte do bruto, então os percentuais do bruto o incluem
paysetup-adjustment-kind-advance = Adiantamento
paysetup-adjustment-kind-advance-hint = Pago antecipadamente com o holerite: somado ao líquido, não faz parte do bruto
paysetup-adjustment-kind-deduction = Desconto
paysetup-adjustment-kind-deduction-hint = Descontado do líquido
paysetup-back-pay = Retroativo
# When an adjustment is paid, alone and in the middle of a sentence.
paysetup-adjustment-once = Uma vez, na folha cujo período inclui { $day }
paysetup-adjustment-once-inline = uma vez, na folha cujo período inclui { $day }
paysetup-adjustment-every-run-to = Em toda folha de { $from } a { $to }
paysetup-adjustment-every-run-to-inline = em toda folha de { $from } a { $to }
paysetup-adjustment-every-run = Em toda folha a partir de { $from }, até ser encerrado
paysetup-adjustment-every-run-inline = em toda folha a partir de { $from }, até ser encerrado
# $kind is bonus, advance or deduction; $when one of the paysetup-adjustment-*-inline.
paysetup-adjustment-added = “{ $name }” adicionado, { $kind ->
    [bonus] bônus
    [advance] adiantamento
   *[deduction] desconto
} de { $amount }: { $when }.
paysetup-adjustment-delete-confirm = Excluir “{ $name }” ({ $kind ->
    [bonus] bônus
    [advance] adiantamento
   *[deduction] desconto
} de { $amount })? As folhas ainda não fechadas deixarão de pagá-lo.
paysetup-adjustment-deleted = “{ $name }” excluído.
paysetup-adjustment-ended = “{ $name }” será pago pela última vez na folha que inclui { $day }.
paysetup-adjustment-end = Encerrar…
paysetup-adjustment-end-label = Encerrar { $name }
paysetup-adjustment-last-day-paid = Último dia pago
paysetup-adjustment-end-it = Encerrar
paysetup-error-ends-on = A data de término precisa ser uma data válida.
paysetup-adjustment-form-title = Adicionar um bônus, um adiantamento ou um desconto
paysetup-adjustment-name = Nome no holerite
paysetup-adjustment-name-placeholder = Bônus de fim de ano
paysetup-adjustment-how-often = Frequência
paysetup-adjustment-one-off = Uma vez
paysetup-adjustment-recurring = Em toda folha
paysetup-adjustment-paid-in = Pago na folha que inclui
paysetup-adjustment-last-day = Último dia (opcional)
paysetup-adjustment-last-day-hint = Em branco: pago em toda folha até você encerrar.
paysetup-adjustment-reason = Motivo (opcional, fica registrado)
paysetup-error-adjustment-amount-number = O valor precisa ser um número, como 500 ou 499.90 (com ponto para os decimais).

## Payroll settings

paysetup-settings-title = Configurações da folha
paysetup-settings-currency = Os holerites são em { $currency }.
# $places and $mode as in paysetup-rounding-text.
paysetup-settings-net-rounding = Cada salário líquido: arredondado para { $places }, { $mode }; a diferença aparece no holerite.
paysetup-threshold-text = Líquidos que variam mais de { $percent }% em relação à folha anterior da pessoa são sinalizados para uma segunda conferência
paysetup-overtime-text = O ponto acima de { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
} por dia conta como hora extra (o que as fórmulas leem como overtime_hours)
paysetup-overtime-none = As horas extras não são tiradas do ponto
paysetup-settings-company-account = conta da empresa
# $iban is the account number, $bic the bank's code.
paysetup-settings-paid-from = Conta pagadora dos salários: { $name }, { $iban }.
paysetup-settings-paid-from-bic = Conta pagadora dos salários: { $name }, { $iban } ({ $bic }).
paysetup-settings-no-account = Ainda não há conta para pagar os salários: um arquivo bancário SEPA precisa de uma.
paysetup-settings-form-label = Alterar as configurações da folha
paysetup-settings-net-title = Salário líquido e conferência
paysetup-settings-places = Salário líquido arredondado para (casas decimais)
paysetup-settings-places-hint = De 0 a 10; 0 paga unidades inteiras.
paysetup-settings-mode = Arredondamento do salário líquido
paysetup-settings-threshold = Limite de conferência (%)
paysetup-settings-threshold-hint = Um líquido que varia mais do que isso em relação à folha anterior da pessoa é sinalizado para uma segunda conferência.
paysetup-settings-overtime = Hora extra após (horas por dia)
paysetup-settings-overtime-hint = O ponto acima desse número de horas em um dia conta como hora extra, que as fórmulas leem como overtime_hours.
paysetup-settings-account-title = A conta de onde saem os salários
paysetup-settings-account-hint = Informada nos arquivos bancários como pagadora. O IBAN e o BIC são verificados ao salvar.
paysetup-settings-account-holder = Titular da conta
paysetup-settings-iban = IBAN
paysetup-settings-bic = BIC
paysetup-settings-bic-hint = 8 ou 11 letras e dígitos.
paysetup-settings-save = Salvar configurações
paysetup-settings-saved = Salvo. As folhas calculadas a partir de agora usam estas configurações; as fechadas mantêm as delas.
paysetup-error-threshold-number = O limite precisa ser um número, como 10 ou 12.5 (com ponto para os decimais).
paysetup-error-threshold-required = O limite de variação do líquido é obrigatório.
paysetup-error-overtime-number = O limite de horas extras precisa ser um número, como 8 ou 7.5 (com ponto para os decimais).
paysetup-error-account-name-empty = Depois de definido, o titular da conta não pode ficar em branco: digite o novo.
paysetup-error-iban-empty = Depois de definido, o IBAN não pode ficar em branco: digite o novo.
paysetup-error-bic-empty = Depois de definido, o BIC não pode ficar em branco: digite o novo.
