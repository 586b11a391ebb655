app-name = Okta HR

nav-today = Aujourd’hui
nav-attendance = Présence
nav-leave = Congés
nav-payslips = Bulletins de paie
nav-notifications = Notifications
nav-announcements = Annonces
nav-assets = Équipements
nav-approvals = Validations
nav-team = Présence de l’équipe
nav-directory = Annuaire
nav-payroll = Paie
nav-pay-setup = Paramètres de paie
nav-admin = Administration
nav-hr = Plannings et journal
nav-leave-policy = Règles de congés
nav-settings = Profil et réglages

nav-section-me = Mon travail
nav-section-company = Entreprise
nav-section-team = Équipe
nav-section-account = Compte

# Read after the count a screen's entry shows ("Approvals 3 waiting").
nav-badge-waiting = en attente
nav-badge-unread = non lues
