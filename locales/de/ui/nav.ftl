app-name = Okta HR

nav-today = Heute
nav-attendance = Anwesenheit
nav-leave = Abwesenheiten
nav-payslips = Gehaltsabrechnungen
nav-notifications = Mitteilungen
nav-announcements = Ankündigungen
nav-assets = Arbeitsmittel
nav-approvals = Freigaben
nav-team = Anwesenheit im Team
nav-directory = Verzeichnis
nav-payroll = Lohnabrechnung
nav-pay-setup = Vergütung einrichten
nav-admin = Verwaltung
nav-hr = Zeitpläne & Protokoll
nav-leave-policy = Abwesenheitsregeln
nav-settings = Profil & Einstellungen

nav-section-me = Meine Arbeit
nav-section-company = Unternehmen
nav-section-team = Team
nav-section-account = Konto

# Read after the count a screen's entry shows ("Approvals 3 waiting").
nav-badge-waiting = offen
nav-badge-unread = ungelesen
