# People and organisation: hiring and the activation link, job changes and their history, offboarding,
# branch and contact checks, bank-detail request states, and activation links on the sign-in screen.

people-self-service-offline = Für Änderungen an Ihren Daten ist eine Verbindung erforderlich
people-no-one = Niemand
people-no-manager = Keine Führungskraft
# A person the device has no name for yet.
people-person-id = Person { $id }
people-find-placeholder = Suchen …
# The search box beside a person picker. $label is the picker's label ("Manager"), $lowercase the same in
# lower case, as English says it inside a sentence.
people-find-person-for = Person für „{ $label }“ suchen
people-choose = Auswählen …
people-reason = Grund
# Text someone typed (a reason), quoted inside a line.
people-quoted = „{ $text }“
# After a retired department's or branch's name in a list.
people-retired = (stillgelegt)
people-no-record = Der Personaldatensatz von { $name } ist noch nicht auf diesem Gerät; er kommt mit der nächsten Synchronisierung.

## Employment types

people-type-full-time = Vollzeit
people-type-part-time = Teilzeit
people-type-contractor = Freie Mitarbeit
people-type-intern = Praktikum

## Working days

people-no-days = Keine Tage
# A run of three or more weekdays: "Mon–Fri".
people-day-range = { $from }–{ $to }

## Hiring

people-hire-title = Person einstellen
people-hire-intro = Legt den Personaldatensatz und das Anmeldekonto an. Es wird keine E-Mail verschickt: Sie übergeben den Aktivierungslink, der als Nächstes einmalig angezeigt wird.
people-hire-first-name = Vorname
people-hire-last-name = Nachname
people-hire-email = Geschäftliche E-Mail
people-hire-email-hint = Dient auch zur Anmeldung.
people-hire-start-date = Eintrittsdatum
people-hire-working-days = Arbeitstage
people-hire-own-week = Eigene Arbeitswoche (sonst die des Standorts)
people-hire-submit = Einstellen
# $fields lists what is missing, from the people-missing-* names.
people-hire-still-needed = Noch erforderlich: { $fields }.
people-missing-first-name = Vorname
people-missing-last-name = Nachname
people-missing-email = E-Mail
people-missing-job-title = Stellenbezeichnung
people-missing-department = Abteilung
people-missing-branch = Standort
people-missing-start-date = Eintrittsdatum
people-missing-employment-type = Beschäftigungsart
people-missing-working-days = Arbeitstage

## The activation link of someone just hired

people-hired-title = { $name } ist eingestellt
people-hired-works = arbeitet { $days }
people-hired-starts = beginnt am { $date }
people-activation-once = Dieser Link wird nur einmal angezeigt.
# $date is when the link expires ("Mon, 3 Nov, 14:05"), $left how long that is from now ("in 7 days").
people-activation-hand-over = Kopieren Sie ihn jetzt und übergeben Sie ihn an { $name }: Damit wird ein Passwort festgelegt und die Anmeldung ist möglich. Gültig bis { $date } ({ $left }).
people-activation-link-label = Aktivierungslink für { $name }
people-copy = Kopieren
people-copied = Kopiert
people-copied-clipboard = In die Zwischenablage kopiert.
people-copy-failed = Dieses Fenster hat keinen Zugriff auf die Zwischenablage: Der Link ist markiert, drücken Sie Strg+C (⌘C).
# Around the name of the "New activation link" button, shown in bold between the two.
people-no-link-before = Der Server hat aus seinem Datensatz zu dieser Einstellung geantwortet, der den Link nie enthält. Erstellen Sie über
people-no-link-after = im Konto unten einen neuen.
people-handed-over = Ich habe ihn übergeben
people-link-expired = abgelaufen

## Activation on the sign-in screen

people-activation-empty = Fügen Sie den Aktivierungslink ein, den Sie von der Personalabteilung erhalten haben.
people-activation-incomplete = Dieser Link ist unvollständig. Kopieren Sie den ganzen Link, den Sie von der Personalabteilung erhalten haben.
people-activation-no-token = Dieser Link enthält keinen Aktivierungstoken. Kopieren Sie den ganzen Link, den Sie von der Personalabteilung erhalten haben.
people-activation-not-a-link = Das ist kein Aktivierungslink. Fügen Sie den ganzen Link ein, den Sie von der Personalabteilung erhalten haben.
people-password-too-short = Wählen Sie ein Passwort mit mindestens 8 Zeichen.
people-password-mismatch = Die beiden Passwörter stimmen nicht überein.

## Job changes

people-field-job-title = Stellenbezeichnung
people-field-department = Abteilung
people-field-branch = Standort
people-field-manager = Führungskraft
people-field-employment-type = Beschäftigungsart
people-change-title = Stelle ändern oder versetzen · { $name }
people-change-type-unchanged = Unverändert
people-change-effective-from = Gültig ab
people-change-reason-placeholder = Beförderung, Wechsel ins Vertriebsteam …
people-change-save = Änderung speichern
people-change-later-hint = Ein späterer Tag wird vorgemerkt; der Server wendet die Änderung an diesem Tag an.
people-change-nothing = Nichts zu ändern: Alle Felder entsprechen dem aktuellen Stand.
people-change-scheduled = { $count ->
    [one] { $count } Änderung
   *[other] { $count } Änderungen
} für { $name } zum { $date } vorgemerkt.
people-change-applied = { $count ->
    [one] { $count } Änderung
   *[other] { $count } Änderungen
} für { $name } gültig ab { $date }.
people-change-history = Verlauf
people-change-history-empty = Seit der Einstellung wurden keine Änderungen erfasst.
people-change-status-scheduled = Vorgemerkt
people-change-status-applied = Wirksam
# One line of the history: "Department: Engineering → Sales".
people-history-line = { $field }: { $before } → { $after }
people-history-none = keine
people-history-department = Abteilung { $id }
people-history-branch = Standort { $id }
people-history-person = Person { $id }
people-history-from = ab { $date }
people-history-by = von { $name }
people-history-recorded = erfasst { $when }

## Offboarding

people-offboard-title = Austritt · { $name }
# Around the last working day, shown in bold between the two.
people-offboard-last-day-before = Letzter Arbeitstag
people-offboard-last-day-after = ; Zugang endet { $when }.
people-offboard-reason = Grund: { $reason }
people-offboard-still-open = Noch offen
people-open-items = { $count ->
    [one] { $count } Punkt
   *[other] { $count } Punkte
}
people-open-none = keine
people-open-leave = Abzurechnende Urlaubsansprüche
# $type is the leave type ("Annual"), $count the days left, $pending the days asked for and not yet decided.
people-open-leave-balance = { $type }: noch { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
people-open-leave-balance-pending = { $type }: noch { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}, { $pending } beantragt
people-open-assets = Zurückzugebende Arbeitsmittel
people-open-asset = { $name } ({ $tag })
people-open-requests = Eigene Abwesenheitsanträge, die noch offen sind
people-open-approvals = Anträge, die auf die Freigabe dieser Person warten
people-open-corrections = Offene Anwesenheitskorrekturen
people-offboard-cancel-confirm = Austritt von { $name } abbrechen? Der Zugang bleibt bestehen.
people-offboard-cancel = Austritt abbrechen
people-offboard-keep = Beibehalten
people-offboard-self = Sie können für sich selbst keinen Austritt anlegen.
people-offboard-earlier-cancelled = Ein früherer Austritt wurde abgebrochen.
people-offboard-last-day = Letzter Arbeitstag
people-offboard-reason-placeholder = Kündigung, Vertragsende …
people-offboard-submit = Austritt für { $name } anlegen
people-offboard-hint = Der Zugang endet nach dem letzten Arbeitstag; bis dahin können Sie den Austritt abbrechen.
people-offboarding-scheduled = Scheidet aus
people-offboarding-completed = Ausgeschieden
people-offboarding-cancelled = Abgebrochen

## Branch checks

people-branch-name-required = Das Feld „Name“ ist erforderlich.
people-branch-latitude-invalid = Der Breitengrad muss eine Zahl zwischen -90 und 90 sein.
people-branch-longitude-invalid = Der Längengrad muss eine Zahl zwischen -180 und 180 sein.
people-branch-radius-invalid = Der Radius muss zwischen 1 und 10000 Metern liegen.

## Bank-detail requests

people-bank-pending = Wartet auf die Personalabteilung
people-bank-approved = Genehmigt
people-bank-rejected = Abgelehnt
people-bank-withdrawn = Zurückgezogen
# $when is a day and time ("Today, 14:05").
people-bank-waiting-since = Wartet seit { $when } auf die Personalabteilung
people-bank-asked = { $status } · beantragt { $when }

## Emergency contacts

people-contact-name-required = Das Feld „Name“ ist erforderlich.
people-contact-relationship-required = Das Feld „Beziehung“ ist erforderlich.
people-contact-phone-required = Das Feld „Telefon“ ist erforderlich.
people-contacts-too-many = { $count ->
    [one] Höchstens { $count } Notfallkontakt.
   *[other] Höchstens { $count } Notfallkontakte.
}
