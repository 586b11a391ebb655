# The Leave screen (ui/src/screens/Leave.svelte) and the words of leave requests (ui/src/lib/leave.ts).

## Statuses of requests and approval steps, as badges.

leave-status-pending = Offen
leave-status-approved = Genehmigt
leave-status-rejected = Abgelehnt
leave-status-cancelled = Storniert
leave-status-waiting = Wartet
leave-status-skipped = Übersprungen

## Roles, as approval steps and the directory name them.

leave-role-hr = HR
leave-role-manager = Führungskraft
leave-role-employee = Mitarbeiter/in

## Approval steps.

# $role: leave-role-…; $name: the approver.
leave-step-title = { $role } · { $name }
leave-step-approved-by = Genehmigt von { $name }
leave-step-rejected-by = Abgelehnt von { $name }
leave-step-pending = Entscheidung ausstehend
leave-step-waiting = Wartet auf den vorherigen Schritt
leave-step-skipped = Nicht erforderlich

## Names of the two leave types every company has, until the server's own names reach the device.

leave-type-annual = Urlaub
leave-type-sick = Krankheit

## What an approver weighs: the requester's balance once the request is granted.
## $remaining, $entitled, $over: days; $type: the leave type's name from the server ("Annual Leave");
## $kind: the English word made from it ("annual"; other languages use $type); $year: the leave year.

leave-balance-left = { $type }: danach noch { $remaining } von { $entitled } { $entitled ->
    [one] Tag
   *[other] Tagen
} übrig
leave-balance-left-year = { $type } { $year }: danach noch { $remaining } von { $entitled } { $entitled ->
    [one] Tag
   *[other] Tagen
} übrig
leave-balance-over = { $type }: { $over } { $over ->
    [one] Tag
   *[other] Tage
} mehr als die erlaubten { $entitled }
leave-balance-over-year = { $type } { $year }: { $over } { $over ->
    [one] Tag
   *[other] Tage
} mehr als die erlaubten { $entitled }

## What became of a request since a "please decide" notification about it.

# $name: the requester.
leave-since-cancelled = Inzwischen von { $name } storniert
# $step: the step it waits at, e.g. "HR" or "Manager · Maria Schmidt".
leave-since-now-with = Liegt jetzt bei: { $step }
leave-since-you-approved = Sie haben ihn genehmigt
leave-since-you-rejected = Sie haben ihn abgelehnt
leave-since-approved-by = Bereits von { $name } genehmigt
leave-since-rejected-by = Bereits von { $name } abgelehnt
leave-since-approved = Bereits genehmigt
leave-since-rejected = Bereits abgelehnt

## Half days: how the first and last day of a leave are taken.

leave-half-whole-day = Ganzer Tag
leave-half-from-midday = Ab Mittag (nur nachmittags)
leave-half-until-midday = Bis Mittag (nur vormittags)
# Shown in brackets after a request's dates.
leave-halves-afternoon-only = nur nachmittags
leave-halves-morning-only = nur vormittags
leave-halves-both = am ersten Tag ab Mittag, am letzten bis Mittag
leave-halves-from-midday = am ersten Tag ab Mittag
leave-halves-until-midday = am letzten Tag bis Mittag

## The screen.

leave-subtitle = Kontingente, Anträge und Genehmigungen
# The balances' region, for screen readers. $year: the leave year.
leave-balances-label = Kontingente { $year }
leave-balances-empty = Noch keine Abwesenheitskontingente.
# After the big number of days remaining ($count), which is shown apart.
leave-balance-remaining = { $count ->
    [one] Tag übrig
   *[other] Tage übrig
}
leave-balance-meter = { $used } genommen, { $pending } beantragt, { $remaining } übrig von { $entitled }
leave-balance-used = { $count } genommen
leave-balance-pending = { $count } beantragt
leave-balance-of = von { $count }
# The next leave year's balance. $year: that year.
leave-balance-next-year = { $year }: { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
} verfügbar
leave-request-title = Abwesenheit beantragen
leave-type-label = Art
leave-first-day = Erster Tag
leave-last-day = Letzter Tag
leave-first-day-half = Am ersten Tag
leave-last-day-half = Am letzten Tag
leave-reason-label = Grund
leave-reason-placeholder = z. B. Familienreise
leave-working-days = { $count ->
    [one] { $count } Arbeitstag
   *[other] { $count } Arbeitstage
}
# After the working days a request takes.
leave-preview-left = danach { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
} übrig
leave-preview-hint = Wählen Sie Daten, um zu sehen, wie viele Arbeitstage das kostet.
leave-confirm-anyway = Die Zahlen auf diesem Gerät sind möglicherweise nicht aktuell, und der Server entscheidet. Den Antrag trotzdem senden?
leave-send-anyway = Trotzdem senden
leave-submit = Antrag senden
leave-requests-title = Meine Anträge
leave-requests-total = { $count } insgesamt
leave-requests-empty-title = Noch keine Abwesenheitsanträge
leave-requests-empty-body = Hier erscheinen Ihre Anträge und deren Genehmigungen.
leave-pending-sync = Synchronisierung ausstehend
leave-saved-offline = Auf diesem Gerät gespeichert – wird zur Genehmigung gesendet, sobald Sie online sind.
# $when: how long ago, e.g. "2 days ago".
leave-submitted = Eingereicht { $when }
leave-cancel-leave = Abwesenheit stornieren
leave-cancel-request = Antrag stornieren
leave-cancel-confirm-label = Stornierung bestätigen
leave-cancel-my-leave = Meine Abwesenheit stornieren
leave-take-back = Zurücknehmen
leave-withdraw = Antrag zurückziehen
leave-keep = Behalten

## Asking before cancelling. $range: the request's days ("3–7 Nov 2025").

leave-cancel-question-unsent = Den Antrag für { $range } zurücknehmen? Er wurde noch nicht gesendet.
# $count: the working days given back; $told: who approved it (leave-approvers-and) or leave-your-approvers.
leave-cancel-question-approved = Ihre genehmigte Abwesenheit für { $range } stornieren? { $count ->
    [one] { $count } Arbeitstag geht
   *[other] { $count } Arbeitstage gehen
} zurück auf Ihr Kontingent, und wir informieren { $told }. Um sie doch zu nehmen, müssten Sie sie neu beantragen.
leave-cancel-question-pending = Ihren Antrag für { $range } zurückziehen? Ihre Genehmigenden sehen ihn dann nicht mehr.
# Joins approvers' names one at a time: "Maria Schmidt and Hanna Richter".
leave-approvers-and = { $list } und { $name }
leave-your-approvers = Ihre Genehmigenden

## What a write did, before "— Saved" or "— Saved on this device…".

leave-done-requested = Abwesenheit beantragt
leave-done-cancelled-approved = Abwesenheit storniert – Ihre Genehmigenden werden benachrichtigt
leave-done-cancelled = Antrag zurückgezogen
