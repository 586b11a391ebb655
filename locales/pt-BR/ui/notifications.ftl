# Said of a notification the person opened, with how it reached the server.
notifications-marked-read = Marcada como lida
notifications-all-marked-read = Todas marcadas como lidas
notifications-open-approvals = Abrir aprovações
notifications-view-leave = Ver férias e ausências
notifications-read-announcements = Ler comunicados
notifications-view-payslips = Ver holerites
notifications-unread = { $count ->
    [one] { $count } não lida
   *[other] { $count } não lidas
}
notifications-caught-up = Você está em dia
notifications-mark-all-read = Marcar todas como lidas
notifications-empty = Nenhuma notificação
notifications-empty-hint = Aprovações, decisões e novidades aparecerão aqui.
# A notification's accessible name while it is unread.
notifications-unread-label = Não lida: