# What the app tells the user about writes, errors and the connection (ui/src/lib/status.ts).

## The result of a write. $done says what was done, e.g. "Checked in at 09:02", "Leave requested".

status-outcome-saved = { $done } — Salvo
status-outcome-queued = { $done } — Salvo neste dispositivo; será sincronizado quando você estiver online
# $message: why it could not be sent, as the app's connection reported it.
status-outcome-not-sent = Ainda não enviado: { $message }
# $message: the server's reason, in its own words.
status-outcome-refused = Não aceito: { $message }
status-outcome-refused-unknown = Não aceito: o servidor recusou esta alteração.
status-outcome-withdrawn = Retirado — ainda não tinha sido enviado, então nunca chegou ao servidor
# $state: the write's state as the app names it internally (rarely shown).
status-outcome-other = { $done } ({ $state })

## A command's error as a sentence.

status-error-unknown = Algo deu errado.
status-error-not-signed-in = Você não está conectado à sua conta.
status-error-unreachable-because = Não foi possível acessar o servidor: { $message }
status-error-unreachable = Não foi possível acessar o servidor. Verifique sua conexão.
status-error-unsynced = Algumas alterações ainda não foram sincronizadas.

## The offline banner.

# $reason: why the server ended the session, in its own words, without its final full stop.
status-offline-signed-out-because = { $reason } — entre novamente para sincronizar.
status-offline-signed-out = Sua sessão foi encerrada — entre novamente para sincronizar.
status-offline-signed-out-pending = { $count ->
    [one] { $count } alteração será enviada quando você entrar. Nada será perdido.
   *[other] { $count } alterações serão enviadas quando você entrar. Nada será perdido.
}
status-offline-signed-out-nothing = O que você já viu continua sendo exibido a partir deste dispositivo.
status-offline-title = Você está offline — trabalhando com os dados deste dispositivo.
status-offline-pending = { $count ->
    [one] { $count } alteração salva aqui será sincronizada quando a conexão voltar.
   *[other] { $count } alterações salvas aqui serão sincronizadas quando a conexão voltar.
}
status-offline-nothing = As alterações que você fizer são salvas aqui e sincronizadas quando a conexão voltar.

## The sync indicator's label (its tooltip and what screen readers say).

status-sync-waiting = { $count ->
    [one] { $count } alteração aguardando sincronização
   *[other] { $count } alterações aguardando sincronização
}
status-sync-waiting-offline = { $count ->
    [one] { $count } alteração aguardando sincronização (offline)
   *[other] { $count } alterações aguardando sincronização (offline)
}
status-sync-offline = Offline — nada aguardando sincronização
status-sync-done = Tudo sincronizado
status-sync-refused = { $count ->
    [one] { $count } alteração foi recusada pelo servidor
   *[other] { $count } alterações foram recusadas pelo servidor
}
# Both of the above: $refusals is status-sync-refused, $waiting one of the others.
status-sync-refused-and = { $refusals }; { $waiting }

## The headline of a write the server refused. $time: when it was recorded ("08:02"); $range: the day or
## days it was for ("11–15 Jan 2027").

status-refused-check-in-at = Seu registro de entrada das { $time } não foi aceito
status-refused-check-in = Seu registro de entrada não foi aceito
status-refused-check-out-at = Seu registro de saída das { $time } não foi aceito
status-refused-check-out = Seu registro de saída não foi aceito
status-refused-leave-for = Sua solicitação de ausência ({ $range }) não foi aceita
status-refused-leave = Sua solicitação de ausência não foi aceita
status-refused-cancel-leave = O cancelamento da sua ausência não foi aceito
status-refused-leave-approval = Sua aprovação não foi aceita
status-refused-leave-rejection = Sua recusa não foi aceita
status-refused-correction-for = Sua correção de { $range } não foi aceita
status-refused-correction = Sua correção não foi aceita
status-refused-correction-approval = Sua aprovação de um ajuste de ponto não foi aceita
status-refused-correction-rejection = Sua recusa de um ajuste de ponto não foi aceita
status-refused-other = Uma alteração não foi aceita
