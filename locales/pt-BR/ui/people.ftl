# People and organisation: hiring and the activation link, job changes and their history, offboarding,
# branch and contact checks, bank-detail request states, and activation links on the sign-in screen.

people-self-service-offline = Alterar seus dados precisa de conexão
people-no-one = Ninguém
people-no-manager = Sem gestor
# A person the device has no name for yet.
people-person-id = Pessoa { $id }
people-find-placeholder = Pesquisar…
# The search box beside a person picker. $label is the picker's label ("Manager"), $lowercase the same in
# lower case, as English says it inside a sentence.
people-find-person-for = Pesquisar uma pessoa para “{ $label }”
people-choose = Escolha…
people-reason = Motivo
# Text someone typed (a reason), quoted inside a line.
people-quoted = “{ $text }”
# After a retired department's or branch's name in a list.
people-retired = (desativado)
people-no-record = O cadastro de RH de { $name } ainda não chegou a este dispositivo; ele vem com a próxima sincronização.

## Employment types

people-type-full-time = Tempo integral
people-type-part-time = Meio período
people-type-contractor = Prestador de serviços
people-type-intern = Estágio

## Working days

people-no-days = Nenhum dia
# A run of three or more weekdays: "Mon–Fri".
people-day-range = { $from }–{ $to }

## Hiring

people-hire-title = Contratar alguém
people-hire-intro = Cria o cadastro de RH e a conta de acesso. Nenhum e-mail é enviado: você entrega o link de ativação exibido a seguir, uma única vez.
people-hire-first-name = Nome
people-hire-last-name = Sobrenome
people-hire-email = E-mail corporativo
people-hire-email-hint = Também é o login.
people-hire-start-date = Data de admissão
people-hire-working-days = Dias de trabalho
people-hire-own-week = Uma semana própria (senão, a da filial)
people-hire-submit = Contratar
# $fields lists what is missing, from the people-missing-* names.
people-hire-still-needed = Ainda falta: { $fields }.
people-missing-first-name = nome
people-missing-last-name = sobrenome
people-missing-email = e-mail
people-missing-job-title = cargo
people-missing-department = departamento
people-missing-branch = filial
people-missing-start-date = data de admissão
people-missing-employment-type = tipo de contrato
people-missing-working-days = dias de trabalho

## The activation link of someone just hired

people-hired-title = Contratação de { $name } concluída
people-hired-works = trabalha { $days }
people-hired-starts = começa em { $date }
people-activation-once = Este link é exibido uma única vez.
# $date is when the link expires ("Mon, 3 Nov, 14:05"), $left how long that is from now ("in 7 days").
people-activation-hand-over = Copie agora e entregue para { $name }: com ele, a pessoa escolhe uma senha e entra. Expira: { $date } ({ $left }).
people-activation-link-label = Link de ativação de { $name }
people-copy = Copiar
people-copied = Copiado
people-copied-clipboard = Copiado para a área de transferência.
people-copy-failed = Esta janela não conseguiu acessar a área de transferência: o link está selecionado, pressione Ctrl+C (⌘C).
# Around the name of the "New activation link" button, shown in bold between the two.
people-no-link-before = O servidor respondeu com o registro desta contratação, que nunca guarda o link. Gere um novo com
people-no-link-after = na conta da pessoa, abaixo.
people-handed-over = Já entreguei
people-link-expired = expirado

## Activation on the sign-in screen

people-activation-empty = Cole o link de ativação que o RH passou para você.
people-activation-incomplete = Esse link está incompleto. Copie o link inteiro que o RH passou para você.
people-activation-no-token = Esse link não tem token de ativação. Copie o link inteiro que o RH passou para você.
people-activation-not-a-link = Isso não é um link de ativação. Cole o link inteiro que o RH passou para você.
people-password-too-short = Escolha uma senha com pelo menos 8 caracteres.
people-password-mismatch = As duas senhas não são iguais.

## Job changes

people-field-job-title = Cargo
people-field-department = Departamento
people-field-branch = Filial
people-field-manager = Gestor
people-field-employment-type = Tipo de contrato
people-change-title = Mudar cargo ou transferir · { $name }
people-change-type-unchanged = Sem alteração
people-change-effective-from = Vigente a partir de
people-change-reason-placeholder = Promoção, mudança para a equipe de Vendas…
people-change-save = Salvar alteração
people-change-later-hint = Uma data futura fica agendada; o servidor aplica a alteração nesse dia.
people-change-nothing = Nada a alterar: todos os campos estão como agora.
people-change-scheduled = { $count ->
    [one] { $count } alteração para { $name } agendada para { $date }.
   *[other] { $count } alterações para { $name } agendadas para { $date }.
}
people-change-applied = { $count ->
    [one] { $count } alteração para { $name } vigente a partir de { $date }.
   *[other] { $count } alterações para { $name } vigentes a partir de { $date }.
}
people-change-history = Histórico
people-change-history-empty = Nenhuma alteração registrada desde a contratação.
people-change-status-scheduled = Agendada
people-change-status-applied = Aplicada
# One line of the history: "Department: Engineering → Sales".
people-history-line = { $field }: { $before } → { $after }
people-history-none = nenhum
people-history-department = departamento { $id }
people-history-branch = filial { $id }
people-history-person = pessoa { $id }
people-history-from = a partir de { $date }
people-history-by = por { $name }
people-history-recorded = registrada { $when }

## Offboarding

people-offboard-title = Desligamento · { $name }
# Around the last working day, shown in bold between the two.
people-offboard-last-day-before = Último dia de trabalho:
people-offboard-last-day-after = ; o acesso termina { $when }.
people-offboard-reason = Motivo: { $reason }
people-offboard-still-open = Pendências
people-open-items = { $count ->
    [one] { $count } item
   *[other] { $count } itens
}
people-open-none = nenhuma
people-open-leave = Saldos de férias a acertar
# $type is the leave type ("Annual"), $count the days left, $pending the days asked for and not yet decided.
people-open-leave-balance = { $type }: { $count ->
    [one] resta { $count } dia
   *[other] restam { $count } dias
}
people-open-leave-balance-pending = { $type }: { $count ->
    [one] resta { $count } dia
   *[other] restam { $count } dias
}, { $pending } pendentes
people-open-assets = Equipamentos a devolver
people-open-asset = { $name } ({ $tag })
people-open-requests = Pedidos de ausência da pessoa ainda pendentes
people-open-approvals = Pedidos aguardando a aprovação da pessoa
people-open-corrections = Correções de ponto pendentes
people-offboard-cancel-confirm = Cancelar o desligamento de { $name }? A pessoa mantém o acesso.
people-offboard-cancel = Cancelar desligamento
people-offboard-keep = Manter
people-offboard-self = Você não pode registrar o próprio desligamento.
people-offboard-earlier-cancelled = Um desligamento anterior foi cancelado.
people-offboard-last-day = Último dia de trabalho
people-offboard-reason-placeholder = Pedido de demissão, fim de contrato…
people-offboard-submit = Desligar { $name }
people-offboard-hint = O acesso termina após o último dia de trabalho; você pode cancelar até lá.
people-offboarding-scheduled = Em desligamento
people-offboarding-completed = Desligamento concluído
people-offboarding-cancelled = Cancelado

## Branch checks

people-branch-name-required = O campo “Nome” é obrigatório.
people-branch-latitude-invalid = A latitude deve ser um número entre -90 e 90.
people-branch-longitude-invalid = A longitude deve ser um número entre -180 e 180.
people-branch-radius-invalid = O raio deve estar entre 1 e 10000 metros.

## Bank-detail requests

people-bank-pending = Aguardando o RH
people-bank-approved = Aprovada
people-bank-rejected = Recusada
people-bank-withdrawn = Retirada
# $when is a day and time ("Today, 14:05").
people-bank-waiting-since = Aguardando o RH desde { $when }
people-bank-asked = { $status } · solicitada { $when }

## Emergency contacts

people-contact-name-required = O campo “Nome” é obrigatório.
people-contact-relationship-required = O campo “Parentesco” é obrigatório.
people-contact-phone-required = O campo “Telefone” é obrigatório.
people-contacts-too-many = { $count ->
    [one] No máximo { $count } contato de emergência.
   *[other] No máximo { $count } contatos de emergência.
}
