# The sign-in screen: sign in, sign in again, activate an account, try the demo.

signin-about = Sobre o Okta HR
signin-headline = Gestão de pessoas em qualquer lugar — até sem sinal.
signin-perk-check-in = Registro de ponto com cerca virtual que funciona offline
signin-perk-leave = Pedidos de férias com saldo verificado na hora
signin-perk-pay = Holerites, aprovações e sua equipe em um só lugar

## Sign in
signin-sign-in = Entrar
signin-intro = Use o endereço fornecido pela sua empresa.
signin-again-title = Entre novamente
signin-again-intro = Sua sessão expirou. Suas alterações não sincronizadas foram mantidas e serão sincronizadas depois que você entrar.
signin-back-to-app = Voltar ao app
# $reason: the server's explanation of why this device was signed out.
signin-dismissed = { $reason } Nada da sua conta fica guardado neste aparelho.
signin-company-server = Servidor da empresa
signin-server-placeholder = https://rh.suaempresa.com.br
signin-work-email = E-mail corporativo
signin-email-placeholder = voce@empresa.com.br
signin-password = Senha
signin-new-password = Nova senha
signin-expired-hint = Pelo menos 8 caracteres. Ela substitui a senha expirada.
signin-signing-in = Entrando…
signin-set-password-and-sign-in = Definir senha e entrar
signin-error-missing = Informe o endereço do servidor da sua empresa, seu e-mail e sua senha.
signin-error-new-password = Escolha uma nova senha com pelo menos 8 caracteres.

## Activation with a link from HR
signin-have-activation-link = Tenho um link de ativação
signin-back-to-sign-in = Voltar para o login
signin-activate-title = Ative sua conta
signin-activate-intro = Cole o link que o RH enviou e escolha sua senha. O link só funciona uma vez.
signin-activation-link = Link de ativação
signin-activation-link-placeholder = https://rh.suaempresa.com.br/api/v1/auth/set-password?token=…
# Followed by the server's address.
signin-server-from-link = Servidor da sua empresa:
signin-password-hint = Pelo menos 8 caracteres.
signin-new-password-again = Repita a nova senha
signin-setting-password = Definindo sua senha…
signin-error-no-server = Informe o endereço do servidor da sua empresa: o token sozinho não o indica.
signin-error-no-email = Informe seu e-mail corporativo para entrar depois que a senha for definida.
# $activated: the server's confirmation that the password is set; $error: why signing in failed.
signin-activated-not-signed-in = { $activated } Ainda não foi possível entrar: { $error }

## Demo
signin-or-demo = ou experimente a demo
signin-try-demo = Experimentar a demo
signin-demo-employee = Colaborador
signin-demo-employee-text = Registre o ponto na matriz, peça férias, veja seus holerites
signin-demo-manager = Gestor
signin-demo-manager-text = Aprove férias e acompanhe o ponto da equipe
signin-demo-hr = RH
signin-demo-hr-text = Tudo o que está acima, mais folha de pagamento e equipamentos
signin-demo-note = A demo roda uma empresa de exemplo neste aparelho. Não é preciso ter conta.
