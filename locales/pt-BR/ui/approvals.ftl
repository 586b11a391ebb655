# The Approvals screen (ui/src/screens/Approvals.svelte): leave requests and punch corrections to decide.

approvals-waiting = { $count ->
    [one] { $count } aguardando você
   *[other] { $count } aguardando você
}
approvals-nothing-waiting = Nada aguardando você
# Mid-sentence, in the message shown before the company's data first reaches the device.
approvals-first-fill = as solicitações da sua equipe
approvals-no-leave-waiting = Nenhuma solicitação de ausência aguarda você.
approvals-empty-title = Tudo em dia
approvals-empty-body = Novas solicitações de ausência e ajustes de ponto da sua equipe aparecerão aqui.

## A leave request's card.

# $type: the leave type's name; $when: how long ago, e.g. "2 days ago".
approvals-submitted = { $type } · enviada { $when }
# $role: leave-role-…, e.g. "Manager".
approvals-step = Etapa: { $role }
approvals-nobody-off = Ninguém mais estará ausente nesse período
approvals-also-off = Também ausentes nesse período:
# After the people listed as off during the request.
approvals-off-more = { $count ->
    [one] e mais { $count } pessoa
   *[other] e mais { $count } pessoas
}
# A reason someone gave, quoted.
approvals-quoted = “{ $text }”
approvals-chain = Fluxo de aprovação
approvals-queued-approved = Você aprovou — salvo neste dispositivo, será sincronizado quando você estiver online.
approvals-queued-rejected = Você recusou — salvo neste dispositivo, será sincronizado quando você estiver online.
# $name: the requester.
approvals-reject-why = Por que recusar a solicitação de { $name }?
approvals-reject-why-optional = (opcional, será enviado à pessoa)
approvals-reject-placeholder = ex.: Semana de lançamento: você poderia tirar a semana seguinte?
approvals-keep = Não recusar
approvals-reject-request = Recusar solicitação
approvals-note-label = Observação para { $name } (opcional)
approvals-note-placeholder = Adicionar uma observação (opcional)
approvals-reject = Recusar
approvals-approve = Aprovar

## What a decision did, before "— Saved" or "— Saved on this device…". $name: the requester.

approvals-leave-approved = Ausência de { $name } aprovada
approvals-leave-rejected = Ausência de { $name } recusada
# When the request's requester is not known.
approvals-leave-approved-unknown = Solicitação de ausência aprovada
approvals-leave-rejected-unknown = Solicitação de ausência recusada
# $date: the day corrected.
approvals-punch-approved = Ajuste de ponto de { $name } em { $date } aprovado
approvals-punch-rejected = Ajuste de ponto de { $name } em { $date } recusado
approvals-punch-approved-anonymous = Ajuste de ponto de { $date } aprovado
approvals-punch-rejected-anonymous = Ajuste de ponto de { $date } recusado
approvals-punch-approved-unknown = Ajuste de ponto aprovado
approvals-punch-rejected-unknown = Ajuste de ponto recusado

## Punch corrections.

approvals-punch-title = Ajustes de ponto
approvals-punch-none-waiting = Nenhum ajuste de ponto aguarda você.
# In place of an unknown employee's name.
approvals-someone = Alguém
approvals-punch = Ajuste de ponto
# $when: how long ago it was asked, e.g. "3 h ago".
approvals-punch-asked = Ajuste de ponto · solicitado { $when }
# $date: the day the correction is for.
approvals-punch-on = Ajuste de ponto · { $date }
approvals-punch-correct-record = Corrigir um registro
approvals-punch-missing-day = Incluir um dia faltante
approvals-check-in = Entrada
approvals-check-out = Saída
approvals-punch-reject-why = Por que recusar o ajuste de { $name }?
approvals-punch-reject-why-anonymous = Por que recusar este ajuste?
approvals-punch-reject-why-required = (obrigatório, será enviado à pessoa)
approvals-punch-reject-placeholder = ex.: O registro da portaria mostra que você saiu às 16:10.
approvals-reject-correction = Recusar ajuste

## Requests others decide, and the latest decisions.

approvals-others-title = Aguardando outra pessoa
approvals-hide = Ocultar
approvals-show = Mostrar
approvals-decided-title = Decididas recentemente
