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

# The accessible name of a screen's entry when it shows a count.
nav-name-waiting = { $screen }, { $count } pendientes
nav-name-unread = { $screen }, { $count ->
    [one] { $count } sin leer
   *[other] { $count } sin leer
}
