# The Attendance screen, corrections of attendance records, and shifts in words.

## Attendance screen
attendance-subtitle = Suas entradas e saídas, dia a dia.
attendance-month = Mês
attendance-previous-month = Mês anterior
attendance-next-month = Próximo mês
attendance-days-worked = Dias trabalhados
attendance-total-time = Tempo total
attendance-late-arrivals = Atrasos
# Accessible name of the table of days.
attendance-days = Dias
# $month: "November 2025".
attendance-empty = Nenhum registro em { $month }
attendance-empty-this-month = Registre a entrada na tela Hoje para começar.
attendance-empty-other-month = Nada registrado neste aparelho para esse mês.
attendance-col-day = Dia
# Check-in time (column heading and, on phones, the label before the time).
attendance-col-in = Entrada
# Check-out time.
attendance-col-out = Saída
attendance-col-worked = Trabalhado
attendance-col-status = Status
attendance-col-correction = Correção

## A record's badges (Attendance and Today)
attendance-badge-late = Atraso
attendance-badge-left-early = Saída antecipada
attendance-badge-mock = Localização simulada
attendance-badge-offline = Registrado offline
attendance-badge-corrected = Corrigido
attendance-badge-corrected-title = Os horários foram corrigidos; a tela Ponto mostra os registrados originalmente
attendance-badge-auto-closed = Encerrado automaticamente
attendance-badge-correction-title = Uma correção deste registro aguarda decisão
attendance-badge-correction-queued = Correção aguardando sincronização
attendance-badge-correction-pending = Correção pendente
attendance-badge-pending-sync = Sincronização pendente
attendance-badge-pending-sync-title = Salvo neste aparelho; será sincronizado quando houver conexão
attendance-badge-synced = Sincronizado

## Corrections on the Attendance screen
# $day: "Thu 20 Nov".
attendance-correct-label = { attendance-correct } { $day }
attendance-correct-disabled = Disponível depois que este registro for sincronizado
# Button: ask for a correction of the record.
attendance-correct = Corrigir
# $originals: "Originally in 09:02, out 17:31"; $reason: why it was corrected.
attendance-originals-reason = { $originals } · “{ $reason }”
attendance-my-corrections = Suas correções
# $in, $out: "09:00 → 08:40" or "09:00 (kept)".
attendance-correction-times = Entrada { $in } · Saída { $out }
# A reason the person gave, quoted.
attendance-quoted = “{ $text }”
# $name: who decided; $reason: what they wrote.
attendance-decision = { $name }: “{ $reason }”
attendance-your-manager = Seu gestor

## How a record reads
attendance-auto-closed = Encerrado automaticamente às { $time } — solicite uma correção se estiver errado
attendance-added-by-correction = Adicionado por uma correção: nada foi registrado
attendance-originally = Originalmente: entrada { $in }, saída { $out }
attendance-no-check-out = — (sem saída)

## A correction's status
attendance-status-approved-queued = Aprovada · aguardando sincronização
attendance-status-rejected-queued = Recusada · aguardando sincronização
attendance-status-queued = Aguardando sincronização
attendance-status-approved = Aprovada
attendance-status-rejected = Recusada
attendance-status-pending = Aguardando decisão
# The recorded time, left unchanged by the correction.
attendance-time-kept = { $time } (mantido)
# The recorded time and the time proposed.
attendance-time-change = { $from } → { $to }

## The correction form
# $day: "Thursday 20 November 2025".
attendance-correction-title = Solicitar correção · { $day }
attendance-correction-recorded = Registrado: entrada { $in }, saída { $out }.
attendance-correction-give-times = Informe os horários que você trabalhou nesse dia; seu gestor ou o RH decide.
attendance-correction-check-in = Entrada
attendance-correction-check-out = Saída
# Under a check-out time earlier than the check-in: it is on the following day.
attendance-correction-next-morning = Na manhã seguinte
attendance-correction-why = Motivo
attendance-correction-why-hint = (enviado ao seu gestor)
attendance-correction-placeholder = ex.: esqueci de registrar a saída quando fui embora às 17:30
# Before the device's own warning about the times asked for.
attendance-correction-device-check = Verificação deste aparelho:
attendance-correction-server-decides = Quem decide é o servidor; você pode enviar mesmo assim.
attendance-correction-change-a-time = Altere um horário para solicitar uma correção.
attendance-correction-send-anyway = Enviar mesmo assim
attendance-correction-send = Enviar
attendance-correction-refused = Não aceita: o servidor recusou esta correção.
# $reason: the server's reason.
attendance-correction-not-accepted = Não aceita: { $reason }
# Start of the result, followed by "— Saved" or "— Saved on this device…".
attendance-correction-asked = Correção de { $day } solicitada

## Shifts in words (Today and Schedules & audit)
attendance-shift-offline = Alterações de turno precisam de conexão
# $starts, $ends: "09:00", "17:30".
attendance-shift-hours = { $starts }–{ $ends }
attendance-shift-hours-overnight = { $starts }–{ $ends } do dia seguinte
attendance-shift-minutes = { $minutes } min
attendance-shift-hours-only = { $hours } h
attendance-shift-hours-minutes = { $hours } h { $minutes } min
# The three graces are joined with " · "; this one always comes first.
attendance-shift-late-after = { $minutes ->
    [one] Atraso após { $minutes } min
   *[other] Atraso após { $minutes } min
}
attendance-shift-late-from-start = Atraso desde o início
attendance-shift-early-before = { $minutes ->
    [one] saída antecipada se for mais de { $minutes } min antes do fim
   *[other] saída antecipada se for mais de { $minutes } min antes do fim
}
attendance-shift-early-before-end = saída antecipada antes do fim
# $duration: "2 h", "1 h 30 min".
attendance-shift-auto-close = saídas esquecidas encerradas { $duration } após o fim
# An assignment's days; $from, $to: "3 Nov 2026".
attendance-shift-from = A partir de { $from }
attendance-shift-span = { $from } – { $to }
# Mid-sentence: "Ana works “Night” (22:00–06:00 next day) from 3 Nov 2026."
attendance-shift-from-in-sentence = a partir de { $from }
attendance-shift-span-in-sentence = de { $from } a { $to }
