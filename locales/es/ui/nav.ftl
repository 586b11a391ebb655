app-name = Okta HR

nav-today = Hoy
nav-attendance = Asistencia
nav-leave = Ausencias
nav-payslips = Nóminas
nav-notifications = Notificaciones
nav-announcements = Anuncios
nav-assets = Equipos
nav-approvals = Aprobaciones
nav-team = Asistencia del equipo
nav-directory = Directorio
nav-payroll = Nómina
nav-pay-setup = Configurar la nómina
nav-admin = Administración
nav-hr = Horarios y registro
nav-leave-policy = Política de ausencias
nav-settings = Perfil y ajustes

nav-section-me = Mi trabajo
nav-section-company = Empresa
nav-section-team = Equipo
nav-section-account = Cuenta

# Read after the count a screen's entry shows ("Approvals 3 waiting").
nav-badge-waiting = pendientes
nav-badge-unread = sin leer
