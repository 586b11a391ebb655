# The Today screen: check in and out, location, reminders and quick links.

# $greeting: "Good morning"; $name: the person's first name.
today-greeting-name = { $greeting }, { $name }

## Records to check
today-attention-title = Confira seus horários
# After the day: "Thu 20 Nov · in 09:00 — …".
today-attention-in = entrada { $time }
today-attention-forgotten = sem saída: você esqueceu de registrar a saída?
today-attention-correct = Solicitar correção

## Check in and out
today-punch-title = Registrar entrada e saída
today-state-in-since = Entrada registrada às { $time }
today-state-out = Sem entrada registrada
today-pending-chip = sincronização pendente
today-checked-in-at = Entrada registrada às { $time }
today-checked-out-at = Saída registrada às { $time }
# $name: the shift's name; $hours: "09:00–17:30".
today-shift = Seu turno: { $name } · { $hours }
today-check-in = Registrar entrada
today-check-out = Registrar saída
today-confirm-hint = A verificação deste aparelho pode estar desatualizada; quem decide é o servidor. Enviar mesmo assim?
today-check-in-anyway = Registrar entrada mesmo assim
today-check-out-anyway = Registrar saída mesmo assim
today-not-now = Agora não
today-worked = Trabalhado hoje
# Label under the number of records.
today-records-count = { $count ->
    [one] Registro hoje
   *[other] Registros hoje
}

## The device's check before sending
# $distance: "1.2 km"; $branch: the branch's name.
today-precheck-far-in = O servidor provavelmente vai recusar o registro de entrada daqui, a { $distance } de { $branch }.
today-precheck-far-out = O servidor provavelmente vai recusar o registro de saída daqui, a { $distance } de { $branch }.
today-precheck-no-fix-in = { $branch } precisa da sua localização para registrar a entrada, e este aparelho não tem nenhuma.
today-precheck-no-fix-out = { $branch } precisa da sua localização para registrar a saída, e este aparelho não tem nenhuma.
# Stands for the branch's name when the device does not know it.
today-your-branch = sua filial

## Location
today-location = Localização
today-location-update-label = Atualizar localização
today-location-update = Atualizar
today-location-unavailable = Localização indisponível
today-location-checking = Verificando sua localização…
today-set-desk-location = Definir local de trabalho
today-geo-no-branch = Nenhuma filial atribuída
today-geo-no-branch-detail = Você pode registrar o ponto de qualquer lugar.
today-geo-unfenced = { $branch } não tem cerca virtual
today-geo-unfenced-detail = Onde quer que você esteja, conta como dentro — registre o ponto de qualquer lugar.
today-geo-no-fix = Sem localização neste aparelho
today-geo-no-fix-desktop = { $branch } verifica sua localização ao registrar o ponto. Defina a localização deste computador em Configurações.
today-geo-no-fix-mobile = { $branch } verifica sua localização ao registrar o ponto. Permita que o Okta HR acesse sua localização.
today-geo-inside = Você está dentro de { $branch }
today-geo-outside = Você está fora de { $branch }
# The parts of the location's detail, joined with " · ".
today-geo-distance = a { $distance } de { $branch }
today-geo-radius = raio de { $branch }: { $radius }
# $accuracy: "±8 m".
today-geo-accuracy = precisão { $accuracy }
today-geo-tolerance = Sua posição só tem precisão de { $accuracy }, então até { $extra } além do raio ainda conta como dentro.

## The desk location typed in Settings (a computer has no position of its own)
today-desk-location-format = Use latitude,longitude ou latitude,longitude,precisão — ex.: 52.5200,13.4050,10
today-desk-location-latitude = A latitude deve estar entre -90 e 90.
today-desk-location-longitude = A longitude deve estar entre -180 e 180.
today-desk-location-accuracy = A precisão deve ser um número positivo de metros.

## Quick links
today-annual-left = Dias de férias restantes
# Label under the number of requests waiting for the manager's decision.
today-requests-waiting = { $count ->
    [one] Solicitação aguarda você
   *[other] Solicitações aguardam você
}
today-unread = Não lidas

## Today's records
today-records-title = Registros de hoje
# Short labels before the check-in and check-out times.
today-in = ENTRADA
today-out = SAÍDA
# $duration: "2 h 5 min", for a record still open.
today-so-far = { $duration } até agora
today-no-records-today = Nenhum registro hoje ainda.
# $day: "2025-11-20".
today-no-records-day = Nenhum registro em { $day } ainda.
