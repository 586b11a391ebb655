# The Admin screen: people and their sign-in accounts, departments and branches, bank-detail requests,
# groups, the organization and trusted origins.

admin-intro = As pessoas e suas contas, departamentos e filiais, dados bancários, grupos, a organização e as origens confiáveis
admin-tabs-label = Área de administração
admin-tab-people = Pessoas
admin-tab-org-units = Departamentos e filiais
admin-tab-bank = Dados bancários
admin-tab-groups = Grupos
admin-tab-organization = Organização
admin-tab-origins = Origens confiáveis

# On every disabled write button, and wherever a change was refused for want of a connection.
admin-offline-write = Alterações administrativas precisam de conexão
admin-offline-last-read = Alterações administrativas precisam de conexão. Mostrando o que este dispositivo leu por último.

# Shared field names.
admin-name = Nome
admin-address = Endereço
# Text someone typed (a reason), quoted inside a line.
admin-quoted = “{ $text }”
# A person the device has no name for yet.
admin-person-id = pessoa { $id }

## Account statuses

admin-status-active = Ativo
admin-status-staged = Preparado
admin-status-provisioned = Provisionado
admin-status-recovery = Senha redefinida
admin-status-password-expired = Senha expirada
admin-status-locked-out = Bloqueado
admin-status-suspended = Suspenso
admin-status-deactivated = Desativado
# The status filter's choice for accounts never used yet.
admin-status-not-yet-active = Preparado ou provisionado
admin-status-all = Todos os status

## Lifecycle actions on an account

admin-action-activate = Ativar
# Sends a new one-time link to choose a password.
admin-action-reactivate = Novo link de ativação
admin-action-unsuspend = Retirar suspensão
admin-action-unlock = Desbloquear
admin-action-reset-password = Redefinir senha
admin-action-suspend = Suspender
admin-action-deactivate = Desativar

admin-confirm-suspend = Suspender { $name }? A sessão será encerrada em todos os dispositivos até que a suspensão seja retirada.
admin-confirm-deactivate = Desativar { $name }? A sessão será encerrada em todos os lugares e não será mais possível entrar.
admin-confirm-reset-password = Redefinir a senha de { $name }? A senha atual deixa de funcionar até que uma nova seja definida.
# $action is one of the action names above.
admin-confirm-action = { $action }: { $name }?

# What a finished action says. $action is one of the action names above, $status one of the statuses.
admin-outcome = { $action }: { $name }
admin-outcome-status = { $action }: { $name } — status atual: { $status }
admin-outcome-link = { $action }: { $name }. Entregue este link de uso único (válido por 7 dias)
admin-outcome-status-link = { $action }: { $name } — status atual: { $status }. Entregue este link de uso único (válido por 7 dias)

## People

admin-search-label = Pesquisar contas
admin-search-placeholder = Pesquise por nome, e-mail, departamento ou cargo
admin-status-filter = Status
admin-hire-open = Contratar alguém
admin-people-count = { $shown } de { $total }
admin-person-change = Mudar cargo / transferir
admin-person-offboard = Desligar
admin-empty = Nenhuma conta
admin-empty-query = Ninguém corresponde a “{ $query }”
admin-empty-status = Nenhuma conta com status “{ $status }”
admin-empty-status-query = Ninguém com status “{ $status }” corresponde a “{ $query }”

## Departments and branches

admin-org-units-label = Departamentos e filiais
admin-departments = Departamentos
admin-departments-empty = Nenhum departamento
admin-department-people = { $count ->
    [one] { $count } pessoa
   *[other] { $count } pessoas
}
admin-department-head = gestor: { $name }
admin-department-no-head = sem gestor
admin-department-head-label = Gestor do departamento
admin-department-head-optional = Gestor do departamento (opcional)
admin-department-no-head-option = Sem gestor
admin-department-add-title = Adicionar um departamento
admin-department-add = Adicionar departamento
admin-department-added = Departamento { $name } adicionado.
admin-unit-saved = Alterações em { $name } salvas.
admin-unit-retired = Desativação de { $name } concluída: não aparece mais nas listas de seleção.
admin-unit-restored = { $name } voltou às listas de seleção.
admin-unit-retired-badge = Desativado
admin-unit-retire = Desativar
admin-unit-restore = Restaurar

admin-branches = Filiais
admin-branches-empty = Nenhuma filial
admin-branch-add-open = Adicionar uma filial
admin-branch-added = Filial { $name } adicionada.
admin-branch-no-address = Sem endereço
admin-branch-no-fence = Sem cerca virtual: registro de ponto de qualquer lugar
# $radius is a distance ("150 m"), $latitude and $longitude the centre's coordinates.
admin-branch-fence = Cerca virtual de { $radius } ao redor de { $latitude }, { $longitude }

## A branch's editor

admin-branch-edit-label = Editar { $name }
admin-branch-new-label = Nova filial
admin-branch-fence-legend = Cerca virtual: o registro de ponto só vale dentro do raio em torno deste centro
admin-branch-latitude = Latitude
admin-branch-longitude = Longitude
admin-branch-radius = Raio (m)
admin-branch-use-position = Usar a posição deste dispositivo
admin-branch-no-position-note = Este dispositivo não tem posição. Em um computador, defina o local da mesa em Perfil e configurações.
admin-branch-no-position = Este dispositivo não tem uma posição para medir.
admin-branch-keep-fence = Deixe os três campos da cerca virtual vazios para mantê-la como está.
admin-branch-save = Salvar filial
admin-branch-add = Adicionar filial
# One sentence around a distance shown in bold: "This device is [120 m] from the centre: …".
# admin-branch-distance(-accuracy) comes before the distance, one of the three after it.
admin-branch-distance = Este dispositivo está a
admin-branch-distance-accuracy = Este dispositivo ({ $accuracy }) está a
admin-branch-distance-accepted = do centro: um registro de ponto daqui seria aceito.
admin-branch-distance-refused = do centro: um registro de ponto daqui seria recusado.
admin-branch-distance-unknown = do centro.

## Bank-detail requests

admin-bank-title = Solicitações de dados bancários
admin-bank-filter = Mostrar
admin-bank-filter-pending = Aguardando decisão
admin-bank-filter-all = Todas as solicitações
admin-bank-filter-approved = Aprovadas
admin-bank-filter-rejected = Recusadas
admin-bank-filter-withdrawn = Retiradas
admin-bank-intro = As pessoas pedem para receber em outra conta; a folha de pagamento continua pagando na atual até você aprovar. Só os quatro últimos caracteres de um IBAN são mostrados.
admin-bank-offline = Alterações administrativas precisam de conexão: as solicitações são lidas do servidor.
admin-bank-empty-pending = Nada aguardando decisão
admin-bank-empty = Nenhuma solicitação
admin-bank-asked = Solicitada { $when }
admin-bank-decided = decidida { $when }
admin-bank-decided-by = decidida { $when } por { $name }
admin-bank-approve = Aprovar
admin-bank-reject = Recusar
admin-bank-reject-reason = Por que está sendo recusada?
admin-bank-reject-confirm = Recusar solicitação
admin-bank-reason-needed = Diga o motivo, para que a pessoa saiba o que corrigir.
# $iban shows only its last four characters.
admin-bank-approved-notice = Aprovada: { $name } passa a receber em { $iban } a partir da próxima folha de pagamento.
admin-bank-rejected-notice = Solicitação de { $name } recusada; a pessoa verá o seu motivo.

## Groups

admin-groups-count = { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
}
admin-groups-empty = Nenhum grupo
admin-group-members = { $count ->
    [one] { $count } membro
   *[other] { $count } membros
}
# A member in the group themselves, not through another group.
admin-group-direct = direto
admin-group-no-members = Nenhum membro

## Organization

admin-org-subdomain = Subdomínio
admin-org-website = Site
admin-org-phone = Telefone
admin-org-support = Suporte aos funcionários
admin-org-help-page = Página de ajuda
admin-org-support-phone = Telefone de suporte
admin-org-not-set = Não definido
admin-org-contacts = Contatos
admin-org-contact-billing = Cobrança
admin-org-contact-technical = Técnico
admin-org-contact-nobody = Ninguém

## Trusted origins

admin-origins-intro = Origens web que as APIs de login e identidade aceitam para solicitações CORS e redirecionamentos.
admin-origins-empty = Nenhuma origem confiável
admin-origin-remove-confirm = Remover { $origin }? As solicitações vindas dela são recusadas na hora.
admin-origin-redirect = Redirecionamento
admin-origin-active = Ativa
admin-origin-inactive = Inativa
admin-origin-add-title = Adicionar uma origem confiável
admin-origin-url = Origem
admin-origin-add = Adicionar origem
