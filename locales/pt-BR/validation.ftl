### Mensagens de validação da API de RH (422), traduzidas quando o Accept-Language pede português. Os
### modelos em inglês e suas variáveis estão em locales/en/validation.ftl.

## O resumo em "message"

validation-given-data-invalid = Os dados informados são inválidos.
validation-summary-one = { $message } (e mais 1 erro)
validation-summary-other = { $message } (e mais { $count } erros)

## Regras

validation-required = O campo { $attribute } é obrigatório.
validation-required-if = O campo { $attribute } é obrigatório quando { $other } for { $value }.
validation-required-with = O campo { $attribute } é obrigatório quando { $other } estiver presente.
validation-required-without = O campo { $attribute } é obrigatório quando { $other } não estiver presente.
validation-required-without-all = O campo { $attribute } é obrigatório quando nenhum dos campos { $others } estiver presente.
validation-required-with-coordinate = O campo { $attribute } é obrigatório junto com a outra coordenada.
validation-prohibits = O campo { $attribute } não permite que { $other } esteja presente.
validation-string = O campo { $attribute } deve ser um texto.
validation-max-characters = O campo { $attribute } não pode ter mais de { $max } caracteres.
validation-max = O campo { $attribute } não pode ser maior que { $max }.
validation-max-items = O campo { $attribute } não pode ter mais de { $max } itens.
validation-min = O campo { $attribute } deve ser no mínimo { $min }.
validation-greater-than = O campo { $attribute } deve ser maior que { $value }.
validation-between = O campo { $attribute } deve estar entre { $min } e { $max }.
validation-not-zero = O campo { $attribute } não pode ser zero.
validation-multiple-of = O campo { $attribute } deve ser um múltiplo de { $value }.
validation-numeric = O campo { $attribute } deve ser um número.
validation-integer = O campo { $attribute } deve ser um número inteiro.
validation-decimals = O campo { $attribute } deve ser um valor com no máximo duas casas decimais.
validation-boolean = O campo { $attribute } deve ser verdadeiro ou falso.
validation-array = O campo { $attribute } deve ser uma lista.
validation-object = O campo { $attribute } deve ser um objeto.
validation-distinct = O campo { $attribute } tem um valor duplicado.
validation-email = O campo { $attribute } deve ser um endereço de e-mail válido.
validation-iban = O campo { $attribute } deve ser um IBAN válido.
validation-bic = O campo { $attribute } deve ser um BIC válido.
validation-bic-format = O campo { $attribute } deve ser um BIC de 8 ou 11 letras e dígitos.
validation-date = O campo { $attribute } deve ser uma data válida.
validation-date-format = O campo { $attribute } deve estar no formato { $format }.
validation-format = O formato do campo { $attribute } é inválido.
validation-after = O campo { $attribute } deve ser uma data posterior a { $other }.
validation-after-now = O campo { $attribute } deve ser uma data futura.
validation-after-or-equal = O campo { $attribute } deve ser uma data igual ou posterior a { $other }.
validation-after-or-equal-today = O campo { $attribute } deve ser uma data igual ou posterior a hoje.
validation-after-or-equal-short = O campo { $attribute } deve ser uma data igual ou posterior a { $other }.
validation-before-or-equal-now = O campo { $attribute } não pode estar no futuro.
validation-not-in-future = O campo { $attribute } não pode estar no futuro.
validation-selected-invalid = O valor selecionado para { $attribute } é inválido.
validation-unique = O valor do campo { $attribute } já está em uso.
validation-time-after-or-overnight = O campo { $attribute } deve ser um horário posterior a { $other }, ou o turno deve ser noturno.
validation-time-on-date = O campo { $attribute } deve ser um horário do dia { $date }.
validation-within-hours-of = O campo { $attribute } deve ficar no máximo { $hours } horas depois de { $other }.
validation-within-last-hours = O campo { $attribute } deve estar dentro das últimas { $hours } horas; peça ao RH para registrar pontos mais antigos.
validation-amount-or-null = O campo { $attribute } deve estar presente: um valor, ou null para remover o valor informado manualmente.
validation-component-reference = O campo { $attribute } deve ser o ID ou o código de uma rubrica.

## A própria requisição

validation-nul-characters = A requisição não pode conter caracteres NUL.
validation-body-unreadable = Não foi possível ler o corpo da requisição.
validation-body-not-object = O corpo da requisição deve ser um objeto JSON.
validation-body-not-json = O corpo da requisição não é um JSON válido.
validation-query-unreadable = Não foi possível ler os parâmetros da consulta.
validation-idempotency-key-format = O cabeçalho Idempotency-Key deve ter de 1 a 255 caracteres ASCII visíveis.
validation-idempotency-key-reused = Esta Idempotency-Key já foi usada em outra requisição.

## Login e senhas

validation-credentials = As credenciais informadas estão incorretas.
validation-account-not-activated = Esta conta ainda não foi ativada. Peça ao seu RH para ativá-la.
validation-account-recovery = Há uma redefinição de senha em andamento para esta conta. Use o link ou o código enviado pelo seu RH.
validation-account-locked = Esta conta foi bloqueada após muitas tentativas com senha incorreta. Peça ao seu RH para desbloqueá-la.
validation-account-suspended = Esta conta foi suspensa. Peça ao seu RH para reativá-la.
validation-account-deactivated = Esta conta foi desativada.
validation-account-changed = Sua conta foi alterada enquanto você entrava. Entre novamente.
validation-link-spent = Este link expirou ou já foi usado. Peça um novo ao seu RH.
validation-password-expired = Sua senha expirou. Escolha uma nova senha para entrar.
validation-password-unchanged = A nova senha deve ser diferente da senha expirada.
validation-password-requirements = Os requisitos de senha não foram atendidos. Requisitos de senha: no mínimo { $count } caracteres.
validation-login-taken = Já existe um objeto com este campo na organização atual

## Ponto

validation-mock-location = Localizações de um provedor de localização simulada não são aceitas.
validation-already-checked-in = Você já está com entrada registrada desde { $time }; registre a saída primeiro.
validation-check-in-before-last-check-out = Esta entrada é anterior à sua última saída; ela não pode ser registrada.
validation-check-in-auto-closed = Sua entrada de { $time } foi encerrada às { $closed } porque nenhuma saída foi registrada. Peça uma correção se isso estiver errado.
validation-not-checked-in = Você não registrou a entrada, então não pode registrar a saída.
validation-check-out-before-check-in = O horário de saída deve ser posterior à sua entrada às { $time }.
validation-outside-fence-check-in = Você está a { $distance } de { $branch }; o registro de entrada só é permitido dentro do raio de { $radius } de { $branch }.
validation-outside-fence-check-out = Você está a { $distance } de { $branch }; o registro de saída só é permitido dentro do raio de { $radius } de { $branch }.
validation-outside-fence-accuracy-check-in = Você está a { $distance } de { $branch }; o registro de entrada só é permitido dentro do raio de { $radius } de { $branch }, mais { $allowance } pela precisão desta posição.
validation-outside-fence-accuracy-check-out = Você está a { $distance } de { $branch }; o registro de saída só é permitido dentro do raio de { $radius } de { $branch }, mais { $allowance } pela precisão desta posição.
validation-location-required-check-in = Sua localização é necessária para registrar a entrada em { $branch }.
validation-location-required-check-out = Sua localização é necessária para registrar a saída em { $branch }.
validation-location-imprecise = Sua localização está imprecisa demais (±{ $accuracy }); ela precisa ter precisão de ±{ $max }. Vá para um local a céu aberto e tente novamente.

## Correções de ponto

validation-correction-waiting = Este registro já tem uma correção aguardando decisão.
validation-correction-decided =
    Esta correção já foi { $status ->
        [approved] aprovada
        [rejected] recusada
       *[other] processada
    }.
validation-correction-inapplicable = Esta correção não pode mais ser aplicada: { $message }
validation-times-unchanged = Estes já são os horários registrados.
validation-times-overlap = Estes horários se sobrepõem ao seu ponto de { $start } a { $end }.
validation-times-overlap-open = Estes horários se sobrepõem ao seu ponto desde { $start }, que ainda não tem saída registrada.

## Ausências

validation-leave-no-working-days = As datas selecionadas não contêm dias úteis.
validation-leave-overlap = Estas datas se sobrepõem à sua solicitação de ausência de { $start } a { $end }.
validation-leave-balance =
    Saldo de { $type } insuficiente para { $year }: { $requested } { $requested ->
        [one] dia solicitado
       *[other] dias solicitados
    }, { $available } { $available ->
        [one] disponível
       *[other] disponíveis
    }.
validation-leave-whole-days = { $type } só pode ser tirado em dias inteiros.
validation-leave-notice =
    A data de início deve ser daqui a pelo menos { $days } { $days ->
        [one] dia
       *[other] dias
    }.
validation-leave-afternoon = Uma ausência de um dia que começa à tarde deve terminar à tarde.
validation-leave-decided =
    Esta solicitação de ausência já foi { $status ->
        [approved] aprovada
        [rejected] recusada
        [cancelled] cancelada
       *[other] processada
    }.
validation-leave-no-step = Esta solicitação de ausência não tem nenhuma etapa aguardando decisão.
validation-leave-started = Esta solicitação de ausência já começou e não pode ser cancelada.
validation-leave-not-pending = Esta solicitação de ausência não está mais pendente e não pode ser cancelada.
validation-leave-period-not-over = O período precisa ter terminado.
validation-leave-period-too-far = O período não pode estar mais de um ano à frente.
validation-new-leave-type-retired = Um novo tipo de ausência não pode ser desativado.

## Pessoas, organização e autoatendimento

validation-new-department-retired = Um novo departamento não pode ser desativado.
validation-new-branch-retired = Uma nova filial não pode ser desativada.
validation-offboard-yourself = Você não pode iniciar o seu próprio desligamento.
validation-send-a-change = Envie pelo menos um destes campos: cargo, departamento, filial, gestor ou tipo de vínculo.
validation-manager-cycle = Uma pessoa não pode ser gerida por si mesma nem por alguém subordinado a ela.
validation-manager-other-company = O gestor deve trabalhar na mesma empresa.
validation-keep-one-admin = A organização deve manter pelo menos um administrador (hr).
validation-department-retired = Este departamento está desativado; escolha um departamento em uso.
validation-person-left = Esta pessoa já saiu da empresa.
validation-person-offboarding = Esta pessoa já está em processo de desligamento.
validation-department-group = O grupo de um departamento é vinculado ao seu departamento.
validation-group-name-taken = A organização já tem um grupo com este nome.
validation-department-name-taken = A organização já tem um departamento com este nome.
validation-trusted-origin-taken = Esta origem já é uma origem confiável da organização.
validation-timezone = { $timezone } não é um fuso horário IANA (por exemplo, Europe/Berlin).
validation-geofence = Uma cerca virtual precisa de uma posição válida e de um raio positivo.
validation-api-token-user = Os tokens de API atuam como um usuário de RH da mesma empresa.
validation-contacts-list = O corpo da requisição deve ser uma lista de contatos.
validation-contacts-max = No máximo { $count } contatos de emergência.
validation-contact-object = Cada contato deve ser um objeto.
validation-request-decided = Esta solicitação já foi decidida.
validation-half-days-working-days = Os meios períodos devem ser dias úteis.
validation-calendar-file = O calendário deve ser um arquivo iCalendar (text/calendar).

## Turnos

validation-new-shift-retired = Um novo turno não pode ser desativado.
validation-overnight-shift-end = Um turno noturno deve terminar no dia seguinte, no máximo no horário em que começa.
validation-shift-retired = Este turno está desativado e não pode mais ser atribuído.

## Ativos

validation-asset-status-by-assignment = Um ativo fica atribuído quando é atribuído a alguém.
validation-asset-assigned-status = O ativo está atribuído: recolha-o antes de alterar o status.
validation-asset-already-assigned = O ativo já está atribuído a { $name }.
validation-asset-in-repair = O ativo está em manutenção e não pode ser atribuído.
validation-asset-retired = O ativo foi baixado e não pode ser atribuído.
validation-asset-not-assigned = O ativo não está atribuído a ninguém.
validation-asset-request-decided =
    Esta solicitação já foi { $status ->
        [fulfilled] atendida
        [declined] recusada
       *[other] processada
    }.
validation-problem-resolved = Este problema já foi resolvido.
validation-problem-resolved-by = Este problema já foi resolvido por { $name }.
validation-problem-resolved-on = Este problema já foi resolvido em { $date }.
validation-problem-resolved-by-on = Este problema já foi resolvido por { $name } em { $date }.

## Comunicados

validation-announcement-published-content = Este comunicado está publicado: só é possível alterar "fixado" e "data de expiração".
validation-announcement-expired-content = Este comunicado expirou: só é possível alterar "fixado" e "data de expiração".
validation-announcement-already-published = Este comunicado já está publicado.
validation-announcement-expired-publish = Este comunicado expirou e não pode ser publicado novamente.
validation-announcement-already-expired = Este comunicado já expirou.
validation-announcement-draft-expire = Este comunicado é um rascunho e não está publicado; exclua-o em vez disso.
validation-announcement-scheduled-expire = Este comunicado está agendado e não está publicado; exclua-o em vez disso.
validation-announcement-published-delete = Este comunicado está publicado e não pode ser excluído; faça-o expirar em vez disso.
validation-announcement-expired-delete = Este comunicado expirou e permanece registrado; ele não pode ser excluído.

## Configuração da folha

validation-new-pay-component-retired = Uma nova rubrica não pode ser desativada.
validation-new-salary-structure-retired = Uma nova estrutura salarial não pode ser desativada.
validation-code-in-use = O código não pode mudar enquanto uma estrutura salarial ou outra rubrica o usar.
validation-component-in-use = A rubrica não pode ser desativada enquanto a estrutura salarial { $name } a usar.
validation-structure-no-longer-valid = A estrutura salarial { $name } deixaria de ser válida: { $message }
validation-retired-component = O campo { $attribute } se refere à rubrica desativada { $code }.
validation-another-component = O campo { $attribute } deve se referir a uma rubrica diferente de { $code }.
validation-formula = O campo { $attribute } não é uma fórmula válida: { $error }.
validation-earning-depends-on-gross = O campo { $attribute } faz o provento { $code } depender do bruto ({ $chain }), do qual ele faz parte.
validation-depends-on-itself = O campo { $attribute } faz { $code } depender de si mesmo ({ $chain }).
validation-code-reserved = O campo { $attribute } não pode ser { $code }, que as fórmulas já usam.
validation-code-characters = O campo { $attribute } deve começar com uma letra e conter apenas letras, números e sublinhados.

## Folhas, ajustes e arquivos bancários

validation-run-max-days = Uma folha paga no máximo { $count } dias.
validation-run-period = Informe um mês como período (AAAA-MM), ou o início e o fim do período.
validation-run-pay-date = A data de pagamento deve ficar dentro de dois meses após o fim do período.
validation-run-changed = A remuneração mudou desde o último cálculo da folha: revise os novos valores e depois feche a folha.
validation-run-cannot-correct =
    A folha de { $run } { $status ->
        [draft] é um rascunho
        [locked] está fechada
        [paid] está paga
        [published] está publicada
       *[other] está com o status { $status }
    }: ela não pode ser corrigida, pois só se corrige uma folha fechada.
validation-run-cannot-recompute =
    A folha de { $run } { $status ->
        [draft] é um rascunho
        [locked] está fechada
        [paid] está paga
        [published] está publicada
       *[other] está com o status { $status }
    }: ela não pode ser recalculada, pois os holerites de uma folha fechada permanecem como foram fechados.
validation-run-cannot-delete =
    A folha de { $run } { $status ->
        [draft] é um rascunho
        [locked] está fechada
        [paid] está paga
        [published] está publicada
       *[other] está com o status { $status }
    }: ela não pode ser excluída, pois uma folha fechada é corrigida em uma folha posterior.
validation-run-cannot-change =
    A folha de { $run } { $status ->
        [draft] é um rascunho
        [locked] está fechada
        [paid] está paga
        [published] está publicada
       *[other] está com o status { $status }
    }: ela não pode ser alterada.
validation-run-cannot-lock =
    A folha de { $run } { $status ->
        [draft] é um rascunho
        [locked] está fechada
        [paid] está paga
        [published] está publicada
       *[other] está com o status { $status }
    }: ela não pode ser fechada.
validation-run-cannot-mark-paid =
    A folha de { $run } { $status ->
        [draft] é um rascunho
        [locked] está fechada
        [paid] está paga
        [published] está publicada
       *[other] está com o status { $status }
    }: ela não pode ser marcada como paga.
validation-run-cannot-publish =
    A folha de { $run } { $status ->
        [draft] é um rascunho
        [locked] está fechada
        [paid] está paga
        [published] está publicada
       *[other] está com o status { $status }
    }: ela não pode ser publicada.
validation-run-overlaps = A folha de { $run } já cobre parte deste período.
validation-run-already-corrected = A folha de { $run } já tem uma correção (folha { $correction }).
validation-correction-run-corrected = Uma correção não é corrigida novamente: corrija em uma folha posterior.
validation-back-pay-paid = Os retroativos de { $run } já foram pagos em uma folha posterior (ajuste { $adjustment }): corrija esse ajuste em vez disso.
validation-line-not-computed = Esta pessoa não tem holerite calculado para alterar: corrija primeiro o motivo da falha.
validation-not-in-structure = { $code } não é uma rubrica da estrutura { $structure }.
validation-lines-failed = Não foi possível calcular a folha de { $names }: corrija o motivo mostrado na linha ou exclua essas pessoas.
validation-lines-negative = O líquido de { $names } ficaria negativo: ajuste uma linha, retenha o pagamento ou exclua essas pessoas.
validation-lines-unbanked = { $names } não tem conta bancária aprovada: aprove os dados bancários ou retenha o pagamento.
validation-recurring-end = Só um ajuste recorrente tem data de término.
validation-structure-retired = A estrutura salarial está desativada: reative-a ou escolha uma em uso.
validation-assignment-paid = Uma folha fechada já pagou com base nesta atribuição: adicione uma nova atribuição a partir de um dia posterior em vez disso.
validation-adjustment-start-locked = A remuneração até { $date } está fechada: um ajuste começa depois disso, na próxima folha.
validation-adjustment-end-locked = A remuneração até { $date } está fechada: termine o ajuste em { $date } ou depois.
validation-adjustment-paid = Uma folha fechada já pagou este ajuste: encerre-o ou adicione um desconto na próxima folha.
validation-payslips-locked = Os holerites são gerados a partir de uma folha fechada: feche a folha primeiro.
validation-bank-files-locked = Os arquivos bancários são gerados a partir de uma folha fechada: feche a folha primeiro.
validation-bank-file-format = O formato selecionado é inválido: csv ou pain.001.
validation-sepa-not-euro = As transferências SEPA são em euros; esta folha está em { $currency } — use o arquivo CSV
validation-sepa-no-payments = esta folha não tem pagamentos a enviar
validation-sepa-debtor-account = a conta bancária da empresa não foi informada: informe o IBAN nas configurações da folha
validation-sepa-debtor-iban = o IBAN da empresa é inválido: verifique-o nas configurações da folha
validation-sepa-debtor-bic = o BIC "{ $bic }" da empresa é inválido (8 ou 11 letras e dígitos): verifique-o nas configurações da folha
validation-sepa-debtor-name = o nome da empresa não tem letras que um arquivo SEPA possa transmitir: informe-o em letras latinas
validation-sepa-iban = { $name } ({ $id }): o IBAN é inválido; verifique os dados bancários da pessoa
validation-sepa-bic = { $name } ({ $id }): o BIC "{ $bic }" é inválido (8 ou 11 letras e dígitos); verifique os dados bancários da pessoa
validation-sepa-amount-not-positive = { $name } ({ $id }): o valor { $amount } não é maior que zero; retire a pessoa da transferência
validation-sepa-amount-cents = { $name } ({ $id }): o valor { $amount } tem mais de 2 casas decimais; os bancos só transferem centavos inteiros
validation-sepa-amount-too-large = { $name } ({ $id }): o valor { $amount } excede o que uma transferência SEPA pode transmitir (999999999.99)
validation-sepa-name = { $name } ({ $id }): o nome não tem letras que um arquivo SEPA possa transmitir (somente letras latinas); informe-o em letras latinas
validation-sepa-message-id = o ID de mensagem "{ $id }" do arquivo não pode entrar em um arquivo SEPA: ele precisa ter de 1 a 35 dos caracteres A–Z a–z 0–9 / - ? : ( ) . , ' + e espaço, sem começar nem terminar com espaço ou "/" e sem conter "//"
validation-sepa-end-to-end-id = o ID de ponta a ponta "{ $id }" não pode entrar em um arquivo SEPA: ele precisa ter de 1 a 35 dos caracteres A–Z a–z 0–9 / - ? : ( ) . , ' + e espaço, sem começar nem terminar com espaço ou "/" e sem conter "//"
validation-sepa-creation-time = o horário de criação { $date } está fora dos anos que um banco aceita
validation-sepa-execution-date = a data de execução { $date } está fora dos anos que um banco aceita
validation-sepa-total = o total da folha excede o que um arquivo SEPA pode transmitir; divida-o em vários arquivos

## Nomes dos campos, como as mensagens acima os citam

validation-attribute-account-holder = titular da conta
validation-attribute-accrual = acúmulo
validation-attribute-accuracy = precisão
validation-attribute-address = endereço
validation-attribute-amount = valor
validation-attribute-approval-chain = fluxo de aprovação
validation-attribute-asset-id = ID do ativo
validation-attribute-attachment-required = anexo obrigatório
validation-attribute-attendance-record-id = ID do registro de ponto
validation-attribute-audience = público
validation-attribute-auto-close-after-minutes = encerramento automático após (minutos)
validation-attribute-base-amount = valor base
validation-attribute-bic = BIC
validation-attribute-body = texto
validation-attribute-branch-id = ID da filial
validation-attribute-calendar = calendário
validation-attribute-carry-over-cap = limite de saldo transferido
validation-attribute-carry-over-expiry-months = expiração do saldo transferido (meses)
validation-attribute-category = categoria
validation-attribute-check-in-at = horário de entrada
validation-attribute-check-out-at = horário de saída
validation-attribute-code = código
validation-attribute-component = rubrica
validation-attribute-components = rubricas
validation-attribute-condition = condição
validation-attribute-counts-non-working-days = contar dias não úteis
validation-attribute-date = data
validation-attribute-days = dias
validation-attribute-days-per-year = dias por ano
validation-attribute-debtor-bic = BIC do pagador
validation-attribute-debtor-iban = IBAN do pagador
validation-attribute-debtor-name = nome do pagador
validation-attribute-decision = decisão
validation-attribute-department-id = ID do departamento
validation-attribute-description = descrição
validation-attribute-device-name = nome do dispositivo
validation-attribute-early-grace-minutes = tolerância de saída antecipada (minutos)
validation-attribute-effective-date = data de vigência
validation-attribute-effective-from = vigente a partir de
validation-attribute-email = e-mail
validation-attribute-employee = colaborador
validation-attribute-employee-id = ID do colaborador
validation-attribute-employment-type = tipo de vínculo
validation-attribute-end-date = data de término
validation-attribute-end-half = meio período final
validation-attribute-ends-at = horário de término
validation-attribute-ends-on = termina em
validation-attribute-expires-at = data de expiração
validation-attribute-expression = fórmula
validation-attribute-extra-hr-step-above-days = aprovação adicional do RH acima de (dias)
validation-attribute-first-name = nome
validation-attribute-from = data inicial
validation-attribute-geofence-radius = raio da cerca virtual
validation-attribute-half-day = meio período
validation-attribute-half-days = meios períodos
validation-attribute-head-id = ID do responsável
validation-attribute-hidden-when-zero = ocultar quando zerado
validation-attribute-iban = IBAN
validation-attribute-id = ID
validation-attribute-is-mocked = localização simulada
validation-attribute-job = tarefa
validation-attribute-job-title = cargo
validation-attribute-kind = natureza
validation-attribute-language = idioma
validation-attribute-last-name = sobrenome
validation-attribute-last-working-day = último dia de trabalho
validation-attribute-late-grace-minutes = tolerância de atraso (minutos)
validation-attribute-latitude = latitude
validation-attribute-leave-type-id = ID do tipo de ausência
validation-attribute-lines = linhas
validation-attribute-longitude = longitude
validation-attribute-manager-id = ID do gestor
validation-attribute-min-notice-days = antecedência mínima (dias)
validation-attribute-mode = modo
validation-attribute-month = mês
validation-attribute-name = nome
validation-attribute-negative-allowance = saldo negativo permitido
validation-attribute-net-change-threshold = limite de variação do líquido
validation-attribute-new-password = nova senha
validation-attribute-note = observação
validation-attribute-notes = observações
validation-attribute-overnight = noturno
validation-attribute-overtime-after-hours = horas extras a partir de (horas)
validation-attribute-paid-fraction = fração remunerada
validation-attribute-password = senha
validation-attribute-pay-date = data de pagamento
validation-attribute-period = período
validation-attribute-period-end = fim do período
validation-attribute-period-start = início do período
validation-attribute-personal-email = e-mail pessoal
validation-attribute-phone = telefone
validation-attribute-pinned = fixado
validation-attribute-places = casas decimais
validation-attribute-prorated = proporcional
validation-attribute-publish = publicar
validation-attribute-publish-at = data de publicação
validation-attribute-purchase-cost = custo de aquisição
validation-attribute-purchase-date = data de aquisição
validation-attribute-reason = motivo
validation-attribute-recorded-at = horário do registro
validation-attribute-recurrence = recorrência
validation-attribute-recurring = recorrente
validation-attribute-relationship = parentesco
validation-attribute-retired = desativado
validation-attribute-rule = regra
validation-attribute-salary-structure-id = ID da estrutura salarial
validation-attribute-serial-number = número de série
validation-attribute-start-date = data de início
validation-attribute-start-half = meio período inicial
validation-attribute-start-month = mês de início
validation-attribute-starts-at = horário de início
validation-attribute-starts-on = começa em
validation-attribute-status = status
validation-attribute-tag = etiqueta patrimonial
validation-attribute-title = título
validation-attribute-to = data final
validation-attribute-token = token
validation-attribute-type = tipo
validation-attribute-working-days = dias úteis
validation-attribute-year = ano
