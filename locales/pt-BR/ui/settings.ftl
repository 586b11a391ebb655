settings-appearance = Aparência
settings-language = Idioma
settings-language-system = O mesmo deste aparelho
settings-language-hint = Suas notificações e holerites também usam este idioma.

## The page and the profile.

settings-subtitle = Seus dados, aparência, sincronização e conta.
settings-profile = Perfil
settings-profile-waiting = Seu perfil aparecerá assim que o aplicativo conseguir falar com o servidor.
settings-profile-email = E-mail
settings-phone = Telefone
settings-profile-employee-number = Matrícula
settings-profile-job-title = Cargo
settings-profile-role = Função
settings-profile-department = Departamento
settings-profile-branch = Unidade
settings-profile-manager = Gestor
settings-profile-company = Empresa
settings-profile-help = Ajuda
settings-profile-help-line = Central de atendimento
settings-profile-app-contact = Contato do aplicativo
settings-profile-started = Data de admissão

## The person's own details: changed online only, each the server's answer at once.

settings-your-details = Seus dados
settings-self-offline-title = Alterar seus dados exige conexão
settings-self-offline = Alterar seus dados exige conexão: você está offline, e essas alterações nunca ficam na fila — o RH e a folha de pagamento precisam ver a resposta do servidor.
settings-contact-details = Dados de contato
settings-personal-email = E-mail pessoal
settings-home-address = Endereço residencial
settings-contact-hint = Um campo deixado em branco mantém o que o RH tem cadastrado.
settings-contact-save = Salvar dados de contato
settings-contact-saved = Salvo — seus dados de contato estão atualizados.
settings-emergency-contacts = Contatos de emergência
settings-emergency-on-file = { $count ->
    [one] { $count } contato cadastrado, mostrado abaixo.
   *[other] { $count } contatos cadastrados, mostrados abaixo.
}
settings-emergency-none-on-file = Nenhum cadastrado ainda.
settings-emergency-limit = Até { $max }; ao salvar, esta lista substitui a cadastrada.
settings-emergency-load-error = Não foi possível ler os contatos cadastrados: { $error }
settings-emergency-load-error-hint = Ao salvar, eles são substituídos por esta lista.
settings-emergency-reading = Lendo os contatos cadastrados…
# A contact's row, for screen readers: "Contact 2".
settings-emergency-contact = Contato { $number }
settings-emergency-name = Nome
settings-emergency-relationship = Parentesco
settings-emergency-remove = Remover contato { $number }
settings-emergency-add = Adicionar contato
settings-emergency-save = Salvar contatos de emergência
settings-emergency-saved = { $count ->
    [one] Salvo — { $count } contato de emergência cadastrado.
   *[other] Salvo — { $count } contatos de emergência cadastrados.
}
settings-emergency-saved-none = Salvo — nenhum contato de emergência cadastrado.
settings-bank-details = Dados bancários
settings-bank-hint = Seu pagamento vai para a conta aprovada pelo RH. Uma alteração é uma solicitação: a folha de pagamento continua pagando na conta atual até o RH aprovar a nova. Só os quatro últimos caracteres de um IBAN são exibidos.
# Followed by the masked IBAN.
settings-bank-paid-to = Pago a { $holder }
settings-bank-approved = aprovada { $at }
settings-bank-none = O RH ainda não tem uma conta aprovada cadastrada para você.
settings-bank-replaces = Uma nova solicitação substitui esta.
settings-bank-load-error = Não foi possível ler seus dados bancários: { $error }
settings-bank-reading = Lendo seus dados bancários…
settings-bank-holder = Titular da conta
settings-bank-iban = IBAN
settings-bank-bic = BIC (opcional)
settings-bank-send = Enviar ao RH
settings-bank-change = Alterar dados bancários
settings-bank-holder-required = O titular da conta é obrigatório.
settings-bank-iban-invalid = Os dígitos de verificação deste IBAN estão errados: confira com a carta do seu banco.
settings-bank-sent = Enviado ao RH. A folha de pagamento continua pagando na sua conta atual até a aprovação.

## Appearance, the demo server and the desk location.

settings-theme = Tema
settings-theme-system = Sistema
settings-theme-light = Claro
settings-theme-dark = Escuro
settings-theme-hint = “Sistema” segue a configuração clara ou escura do seu aparelho.
settings-demo-server = Servidor de demonstração
settings-demo-running = Servidor funcionando
settings-demo-simulating = Simulando falta de sinal
settings-demo-hint = Desative para simular falta de sinal: registre a entrada ou solicite uma ausência e depois ative de novo para ver a sincronização.
settings-demo-signal-back = O sinal voltou — sincronizando
settings-demo-no-signal = Sem sinal: as alterações vão aguardar neste aparelho
settings-desk-location = Local da estação de trabalho
settings-desk-label = Onde este computador está (latitude,longitude[,precisão em m])
settings-desk-hint = Usado para registrar o ponto neste computador, por exemplo, um totem na entrada de uma unidade. Deixe em branco para apagar.
settings-desk-saved = Local da estação de trabalho salvo
settings-desk-cleared = Local da estação de trabalho apagado

## Sync: what waits to be sent, and what the server refused.

settings-sync = Sincronização
# $when: how long ago ("5 min ago").
settings-last-synced = Última sincronização: { $when }
settings-first-fetch = Buscando os dados da empresa pela primeira vez…
settings-not-synced = Ainda não sincronizado
settings-offline = offline
settings-sync-now = Sincronizar agora
settings-last-attempt-failed = A última tentativa falhou: { $error }
settings-sync-sent = { $count ->
    [one] { $count } alteração enviada.
   *[other] { $count } alterações enviadas.
}
# $list: each refused change with the server's reason.
settings-sync-refused = { $count ->
    [one] { $count } alteração recusada: { $list }
   *[other] { $count } alterações recusadas: { $list }
}
settings-sync-sign-in-again = Entre novamente para concluir a sincronização.
settings-sync-unreachable = { $count ->
    [one] Não foi possível acessar o servidor — { $count } alteração ainda aguardando.
   *[other] Não foi possível acessar o servidor — { $count } alterações ainda aguardando.
}
settings-sync-up-to-date = Tudo está atualizado.
settings-waiting-to-sync = Aguardando sincronização
settings-write-made = Registrada { $at }
settings-write-attempts = { $count ->
    [one] { $count } tentativa
   *[other] { $count } tentativas
}
settings-write-next-try = próxima tentativa: { $at }
settings-write-refused-at = recusada: { $at }
settings-nothing-waiting = Nada aguardando — todas as alterações chegaram ao servidor.
settings-nothing-waiting-refused = { $count ->
    [one] Nada aguardando envio. { $count } alteração foi recusada — veja abaixo.
   *[other] Nada aguardando envio. { $count } alterações foram recusadas — veja abaixo.
}
settings-refused-by-server = Recusada pelo servidor
settings-what-you-can-do = O que você pode fazer:
settings-dismiss = Dispensar
settings-dismiss-all = Dispensar todas
settings-refusals-dismissed = { $count ->
    [one] Recusa dispensada
   *[other] { $count } recusas dispensadas
}

## The account and signing out.

settings-account = Conta
settings-server = Servidor
settings-demo = Demo
settings-signed-in-as = Conectado como
settings-app-version = Versão do aplicativo
settings-sign-out = Sair
settings-sign-out-hint = Ao sair, seus dados são apagados deste aparelho.
settings-confirm-sign-out = Sair e descartar as alterações não sincronizadas?
settings-unsynced = { $count ->
    [one] { $count } alteração neste aparelho ainda não foi sincronizada. Se você sair agora, ela será descartada.
   *[other] { $count } alterações neste aparelho ainda não foram sincronizadas. Se você sair agora, elas serão descartadas.
}
settings-sign-out-anyway = Sair mesmo assim
settings-keep-signed-in = Continuar conectado
settings-signed-out = Você saiu
