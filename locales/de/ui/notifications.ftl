# Said of a notification the person opened, with how it reached the server.
notifications-marked-read = Als gelesen markiert
notifications-all-marked-read = Alle als gelesen markiert
notifications-open-approvals = Freigaben öffnen
notifications-view-leave = Abwesenheiten ansehen
notifications-read-announcements = Ankündigungen lesen
notifications-view-payslips = Gehaltsabrechnungen ansehen
notifications-unread = { $count } ungelesen
notifications-caught-up = Sie sind auf dem neuesten Stand
notifications-mark-all-read = Alle als gelesen markieren
notifications-empty = Keine Mitteilungen
notifications-empty-hint = Freigaben, Entscheidungen und Neuigkeiten erscheinen hier.
# A notification's accessible name while it is unread.
notifications-unread-label = Ungelesen: