# Said of a notification the person opened, with how it reached the server.
notifications-marked-read = Marcada como leída
notifications-all-marked-read = Todas marcadas como leídas
notifications-open-approvals = Abrir aprobaciones
notifications-view-leave = Ver ausencias
notifications-read-announcements = Leer anuncios
notifications-view-payslips = Ver nóminas
notifications-unread = { $count } sin leer
notifications-caught-up = Estás al día
notifications-mark-all-read = Marcar todo como leído
notifications-empty = No hay notificaciones
notifications-empty-hint = Aquí aparecerán las aprobaciones, decisiones y novedades.
# A notification's accessible name while it is unread.
notifications-unread-label = Sin leer: