# The Attendance screen, corrections of attendance records, and shifts in words.

## Attendance screen
attendance-subtitle = Vos pointages d’arrivée et de départ, jour après jour.
attendance-month = Mois
attendance-previous-month = Mois précédent
attendance-next-month = Mois suivant
attendance-days-worked = Jours travaillés
attendance-total-time = Temps total
attendance-late-arrivals = Retards
# Accessible name of the table of days.
attendance-days = Jours
# $month: "November 2025".
attendance-empty = Aucun pointage en { $month }
attendance-empty-this-month = Pointez votre arrivée depuis l’écran Aujourd’hui pour commencer.
attendance-empty-other-month = Rien n’est enregistré sur cet appareil pour ce mois.
attendance-col-day = Jour
# Check-in time (column heading and, on phones, the label before the time).
attendance-col-in = Arrivée
# Check-out time.
attendance-col-out = Départ
attendance-col-worked = Travaillé
attendance-col-status = Statut
attendance-col-correction = Correction

## A record's badges (Attendance and Today)
attendance-badge-late = En retard
attendance-badge-left-early = Départ anticipé
attendance-badge-mock = Position simulée
attendance-badge-offline = Enregistré hors ligne
attendance-badge-corrected = Corrigé
attendance-badge-corrected-title = Horaires corrigés ; l’écran Présence affiche les horaires pointés
attendance-badge-auto-closed = Clôturé automatiquement
attendance-badge-correction-title = Une correction de ce pointage attend une décision
attendance-badge-correction-queued = Correction à synchroniser
attendance-badge-correction-pending = Correction en attente
attendance-badge-pending-sync = À synchroniser
attendance-badge-pending-sync-title = Enregistré sur cet appareil ; sera synchronisé une fois en ligne
attendance-badge-synced = Synchronisé

## Corrections on the Attendance screen
# $day: "Thu 20 Nov".
attendance-correct-label = { attendance-correct } { $day }
attendance-correct-disabled = Possible une fois ce pointage synchronisé
# Button: ask for a correction of the record.
attendance-correct = Corriger
# $originals: "Originally in 09:02, out 17:31"; $reason: why it was corrected.
attendance-originals-reason = { $originals } · « { $reason } »
attendance-my-corrections = Vos corrections
# $in, $out: "09:00 → 08:40" or "09:00 (kept)".
attendance-correction-times = Arrivée { $in } · Départ { $out }
# A reason the person gave, quoted.
attendance-quoted = « { $text } »
# $name: who decided; $reason: what they wrote.
attendance-decision = { $name } : « { $reason } »
attendance-your-manager = Votre responsable

## How a record reads
attendance-auto-closed = Clôturé automatiquement à { $time } — demandez une correction si c’est inexact
attendance-added-by-correction = Ajouté par une correction : rien n’avait été pointé
attendance-originally = Initialement arrivée { $in }, départ { $out }
attendance-no-check-out = — (départ non pointé)

## A correction's status
attendance-status-approved-queued = Approuvée · à synchroniser
attendance-status-rejected-queued = Refusée · à synchroniser
attendance-status-queued = À synchroniser
attendance-status-approved = Approuvée
attendance-status-rejected = Refusée
attendance-status-pending = En attente de décision
# The recorded time, left unchanged by the correction.
attendance-time-kept = { $time } (inchangé)
# The recorded time and the time proposed.
attendance-time-change = { $from } → { $to }

## The correction form
# $day: "Thursday 20 November 2025".
attendance-correction-title = Demander une correction · { $day }
attendance-correction-recorded = Enregistré : arrivée { $in }, départ { $out }.
attendance-correction-give-times = Indiquez les horaires que vous avez réellement effectués ce jour-là ; votre responsable ou les RH décident.
attendance-correction-check-in = Arrivée
attendance-correction-check-out = Départ
# Under a check-out time earlier than the check-in: it is on the following day.
attendance-correction-next-morning = Le lendemain matin
attendance-correction-why = Motif
attendance-correction-why-hint = (envoyé à votre responsable)
attendance-correction-placeholder = p. ex. J’ai oublié de pointer mon départ en partant à 17 h 30
# Before the device's own warning about the times asked for.
attendance-correction-device-check = Vérification de cet appareil :
attendance-correction-server-decides = Le serveur décide ; vous pouvez l’envoyer quand même.
attendance-correction-change-a-time = Modifiez un horaire pour demander une correction.
attendance-correction-send-anyway = Envoyer quand même
attendance-correction-send = Envoyer
attendance-correction-refused = Non acceptée : le serveur a refusé cette correction.
# $reason: the server's reason.
attendance-correction-not-accepted = Non acceptée : { $reason }
# Start of the result, followed by "— Saved" or "— Saved on this device…".
attendance-correction-asked = Correction demandée pour le { $day }

## Shifts in words (Today and Schedules & audit)
attendance-shift-offline = Modifier les horaires nécessite une connexion
# $starts, $ends: "09:00", "17:30".
attendance-shift-hours = { $starts }–{ $ends }
attendance-shift-hours-overnight = { $starts }–{ $ends } le lendemain
attendance-shift-minutes = { $minutes } min
attendance-shift-hours-only = { $hours } h
attendance-shift-hours-minutes = { $hours } h { $minutes } min
# The three graces are joined with " · "; this one always comes first.
attendance-shift-late-after = { $minutes ->
    [one] En retard au-delà de { $minutes } min
   *[other] En retard au-delà de { $minutes } min
}
attendance-shift-late-from-start = En retard dès le début
attendance-shift-early-before = { $minutes ->
    [one] départ anticipé à plus de { $minutes } min de la fin
   *[other] départ anticipé à plus de { $minutes } min de la fin
}
attendance-shift-early-before-end = départ anticipé avant la fin
# $duration: "2 h", "1 h 30 min".
attendance-shift-auto-close = départs oubliés clôturés { $duration } après la fin
# An assignment's days; $from, $to: "3 Nov 2026".
attendance-shift-from = À partir du { $from }
attendance-shift-span = { $from } – { $to }
# Mid-sentence: "Ana works “Night” (22:00–06:00 next day) from 3 Nov 2026."
attendance-shift-from-in-sentence = à partir du { $from }
attendance-shift-span-in-sentence = du { $from } au { $to }
