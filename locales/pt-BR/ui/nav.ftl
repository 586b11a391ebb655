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

# Read after the count a screen's entry shows ("Approvals 3 waiting").
nav-badge-waiting = aguardando
nav-badge-unread = não lidas
