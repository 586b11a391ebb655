app-name = Okta HR

nav-today = Hoje
nav-attendance = Ponto
nav-leave = Férias e ausências
nav-payslips = Holerites
nav-notifications = Notificações
nav-announcements = Comunicados
nav-assets = Equipamentos
nav-approvals = Aprovações
nav-team = Ponto da equipe
nav-directory = Diretório
nav-payroll = Folha de pagamento
nav-pay-setup = Configurar pagamento
nav-admin = Administração
nav-hr = Escalas e auditoria
nav-leave-policy = Regras de ausência
nav-settings = Perfil e configurações

nav-section-me = Meu trabalho
nav-section-company = Empresa
nav-section-team = Equipe
nav-section-account = Conta

# The accessible name of a screen's entry when it shows a count.
nav-name-waiting = { $screen }, { $count } aguardando
nav-name-unread = { $screen }, { $count ->
    [one] { $count } não lida
   *[other] { $count } não lidas
}
