# The sign-in screen: sign in, sign in again, activate an account, try the demo.

signin-about = Acerca de Okta HR
signin-headline = La gestión de personas, en cualquier lugar, incluso sin cobertura.
signin-perk-check-in = Fichaje con geocerca que funciona sin conexión
signin-perk-leave = Solicitudes de ausencia con el saldo comprobado al momento
signin-perk-pay = Nóminas, aprobaciones y tu equipo en un solo lugar

## Sign in
signin-sign-in = Iniciar sesión
signin-intro = Usa la dirección que te dio tu empresa.
signin-again-title = Vuelve a iniciar sesión
signin-again-intro = Tu sesión ha caducado. Tus cambios sin sincronizar se conservan y se sincronizarán cuando inicies sesión.
signin-back-to-app = Volver a la app
# $reason: the server's explanation of why this device was signed out.
signin-dismissed = { $reason } No se conserva nada de tu cuenta en este dispositivo.
signin-company-server = Servidor de la empresa
signin-server-placeholder = https://rrhh.tuempresa.com
signin-work-email = Correo del trabajo
signin-email-placeholder = tu@empresa.com
signin-password = Contraseña
signin-new-password = Nueva contraseña
signin-expired-hint = Al menos 8 caracteres. Sustituye a la caducada.
signin-signing-in = Iniciando sesión…
signin-set-password-and-sign-in = Establecer contraseña e iniciar sesión
signin-error-missing = Introduce la dirección del servidor de tu empresa, tu correo y tu contraseña.
signin-error-new-password = Elige una nueva contraseña de al menos 8 caracteres.

## Activation with a link from HR
signin-have-activation-link = Tengo un enlace de activación
signin-back-to-sign-in = Volver al inicio de sesión
signin-activate-title = Activa tu cuenta
signin-activate-intro = Pega el enlace que te dio RR. HH. y elige tu contraseña. El enlace solo funciona una vez.
signin-activation-link = Enlace de activación
signin-activation-link-placeholder = https://rrhh.tuempresa.com/api/v1/auth/set-password?token=…
# Followed by the server's address.
signin-server-from-link = Servidor de tu empresa:
signin-password-hint = Al menos 8 caracteres.
signin-new-password-again = Repite la nueva contraseña
signin-setting-password = Estableciendo tu contraseña…
signin-error-no-server = Introduce la dirección del servidor de tu empresa: el token por sí solo no la indica.
signin-error-no-email = Introduce tu correo del trabajo para iniciar sesión una vez establecida la contraseña.
# $activated: the server's confirmation that the password is set; $error: why signing in failed.
signin-activated-not-signed-in = { $activated } Todavía no se pudo iniciar sesión: { $error }

## Demo
signin-or-demo = o prueba la demo
signin-try-demo = Probar la demo
signin-demo-employee = Empleado
signin-demo-employee-text = Ficha en la sede central, solicita ausencias, consulta tus nóminas
signin-demo-manager = Responsable
signin-demo-manager-text = Aprueba ausencias y sigue la asistencia del equipo
signin-demo-hr = RR. HH.
signin-demo-hr-text = Todo lo anterior, además de nómina y equipos
signin-demo-note = La demo ejecuta una empresa de ejemplo en este dispositivo. No necesitas cuenta.
