# Said of a notification the person opened, with how it reached the server.
notifications-marked-read = Marquée comme lue
notifications-all-marked-read = Toutes marquées comme lues
notifications-open-approvals = Ouvrir les validations
notifications-view-leave = Voir les congés
notifications-read-announcements = Lire les annonces
notifications-view-payslips = Voir les bulletins de paie
notifications-unread = { $count ->
    [one] { $count } non lue
   *[other] { $count } non lues
}
notifications-caught-up = Vous êtes à jour
notifications-mark-all-read = Tout marquer comme lu
notifications-empty = Aucune notification
notifications-empty-hint = Les validations, décisions et actualités s’afficheront ici.
# A notification's accessible name while it is unread.
notifications-unread-label = Non lue :