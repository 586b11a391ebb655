# The sign-in screen: sign in, sign in again, activate an account, try the demo.

signin-about = Über Okta HR
signin-headline = Personalarbeit überall – auch ohne Empfang.
signin-perk-check-in = Einstempeln mit Geofence, auch offline
signin-perk-leave = Urlaubsanträge mit Live-Prüfung des Resturlaubs
signin-perk-pay = Gehaltsabrechnungen, Freigaben und Ihr Team an einem Ort

## Sign in
signin-sign-in = Anmelden
signin-intro = Verwenden Sie die Adresse, die Ihr Unternehmen Ihnen genannt hat.
signin-again-title = Erneut anmelden
signin-again-intro = Ihre Sitzung ist abgelaufen. Nicht synchronisierte Änderungen bleiben erhalten und werden nach der Anmeldung synchronisiert.
signin-back-to-app = Zurück zur App
# $reason: the server's explanation of why this device was signed out.
signin-dismissed = { $reason } Von Ihrem Konto ist nichts mehr auf diesem Gerät gespeichert.
signin-company-server = Unternehmensserver
signin-server-placeholder = https://hr.ihrefirma.de
signin-work-email = Geschäftliche E-Mail-Adresse
signin-email-placeholder = name@firma.de
signin-password = Passwort
signin-new-password = Neues Passwort
signin-expired-hint = Mindestens 8 Zeichen. Es ersetzt das abgelaufene Passwort.
signin-signing-in = Anmeldung läuft …
signin-set-password-and-sign-in = Passwort festlegen und anmelden
signin-error-missing = Geben Sie die Serveradresse Ihres Unternehmens, Ihre E-Mail-Adresse und Ihr Passwort ein.
signin-error-new-password = Wählen Sie ein neues Passwort mit mindestens 8 Zeichen.

## Activation with a link from HR
signin-have-activation-link = Ich habe einen Aktivierungslink
signin-back-to-sign-in = Zurück zur Anmeldung
signin-activate-title = Konto aktivieren
signin-activate-intro = Fügen Sie den Link der Personalabteilung ein und wählen Sie Ihr Passwort. Der Link funktioniert nur einmal.
signin-activation-link = Aktivierungslink
signin-activation-link-placeholder = https://hr.ihrefirma.de/api/v1/auth/set-password?token=…
# Followed by the server's address.
signin-server-from-link = Server Ihres Unternehmens:
signin-password-hint = Mindestens 8 Zeichen.
signin-new-password-again = Neues Passwort wiederholen
signin-setting-password = Passwort wird festgelegt …
signin-error-no-server = Geben Sie die Serveradresse Ihres Unternehmens ein: Der Token allein nennt sie nicht.
signin-error-no-email = Geben Sie Ihre geschäftliche E-Mail-Adresse ein, um sich nach dem Festlegen des Passworts anzumelden.
# $activated: the server's confirmation that the password is set; $error: why signing in failed.
signin-activated-not-signed-in = { $activated } Die Anmeldung hat noch nicht geklappt: { $error }

## Demo
signin-or-demo = oder die Demo ausprobieren
signin-try-demo = Demo ausprobieren
signin-demo-employee = Mitarbeitende
signin-demo-employee-text = In der Zentrale einstempeln, Urlaub beantragen, Gehaltsabrechnungen lesen
signin-demo-manager = Führungskraft
signin-demo-manager-text = Urlaub freigeben und die Anwesenheit des Teams im Blick behalten
signin-demo-hr = Personalabteilung
signin-demo-hr-text = Alles oben Genannte, dazu Lohnabrechnung und Arbeitsmittel
signin-demo-note = Die Demo führt ein Beispielunternehmen auf diesem Gerät aus. Kein Konto nötig.
