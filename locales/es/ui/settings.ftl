settings-appearance = Apariencia
settings-language = Idioma
settings-language-system = El de este dispositivo
settings-language-hint = Tus notificaciones y nóminas también lo usan.

## The page and the profile.

settings-subtitle = Tus datos, apariencia, sincronización y cuenta.
settings-profile = Perfil
settings-profile-waiting = Tu perfil aparecerá cuando la aplicación haya contactado con el servidor.
settings-profile-email = Correo electrónico
settings-phone = Teléfono
settings-profile-employee-number = N.º de empleado
settings-profile-job-title = Puesto
settings-profile-role = Rol
settings-profile-department = Departamento
settings-profile-branch = Sede
settings-profile-manager = Responsable
settings-profile-company = Empresa
settings-profile-help = Ayuda
settings-profile-help-line = Línea de ayuda
settings-profile-app-contact = Contacto de la aplicación
settings-profile-started = Fecha de incorporación

## The person's own details: changed online only, each the server's answer at once.

settings-your-details = Tus datos
settings-self-offline-title = Para cambiar tus datos necesitas conexión
settings-self-offline = Para cambiar tus datos necesitas conexión: estás sin conexión y estos cambios nunca se ponen en cola; RR. HH. y nómina necesitan la respuesta del servidor.
settings-contact-details = Datos de contacto
settings-personal-email = Correo personal
settings-home-address = Dirección particular
settings-contact-hint = Si dejas un campo vacío, se mantiene lo que RR. HH. tiene registrado.
settings-contact-save = Guardar datos de contacto
settings-contact-saved = Guardado: tus datos de contacto están actualizados.
settings-emergency-contacts = Contactos de emergencia
settings-emergency-on-file = { $count ->
    [one] { $count } contacto registrado, se muestra abajo.
   *[other] { $count } contactos registrados, se muestran abajo.
}
settings-emergency-none-on-file = Aún no hay ninguno registrado.
settings-emergency-limit = Hasta { $max }; al guardar, esta lista sustituye a la registrada.
settings-emergency-load-error = No se pudieron leer los contactos registrados: { $error }
settings-emergency-load-error-hint = Al guardar, se sustituyen por esta lista.
settings-emergency-reading = Leyendo los contactos registrados…
# A contact's row, for screen readers: "Contact 2".
settings-emergency-contact = Contacto { $number }
settings-emergency-name = Nombre
settings-emergency-relationship = Parentesco
settings-emergency-remove = Quitar el contacto { $number }
settings-emergency-add = Añadir un contacto
settings-emergency-save = Guardar contactos de emergencia
settings-emergency-saved = { $count ->
    [one] Guardado: { $count } contacto de emergencia registrado.
   *[other] Guardado: { $count } contactos de emergencia registrados.
}
settings-emergency-saved-none = Guardado: no hay contactos de emergencia registrados.
settings-bank-details = Datos bancarios
settings-bank-hint = Tu salario se ingresa en la cuenta que aprobó RR. HH. Un cambio es una solicitud: la nómina se sigue pagando en la cuenta actual hasta que RR. HH. apruebe la nueva. De un IBAN solo se muestran los cuatro últimos caracteres.
# Followed by the masked IBAN.
settings-bank-paid-to = Se paga a { $holder }
settings-bank-approved = aprobada { $at }
settings-bank-none = RR. HH. aún no tiene ninguna cuenta aprobada para ti.
settings-bank-replaces = Una nueva solicitud sustituye a esta.
settings-bank-load-error = No se pudieron leer tus datos bancarios: { $error }
settings-bank-reading = Leyendo tus datos bancarios…
settings-bank-holder = Titular de la cuenta
settings-bank-iban = IBAN
settings-bank-bic = BIC (opcional)
settings-bank-send = Enviar a RR. HH.
settings-bank-change = Cambiar datos bancarios
settings-bank-holder-required = El titular de la cuenta es obligatorio.
settings-bank-iban-invalid = Los dígitos de control de este IBAN no son correctos: compruébalo con la carta de tu banco.
settings-bank-sent = Enviado a RR. HH. La nómina se sigue pagando en tu cuenta actual hasta que la aprueben.

## Appearance, the demo server and the desk location.

settings-theme = Tema
settings-theme-system = Sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-theme-hint = “Sistema” sigue el modo claro u oscuro de tu dispositivo.
settings-demo-server = Servidor de demostración
settings-demo-running = Servidor en marcha
settings-demo-simulating = Simulando falta de cobertura
settings-demo-hint = Desactívalo para simular que no hay cobertura: ficha la entrada o solicita una ausencia y vuelve a activarlo para ver cómo se sincroniza.
settings-demo-signal-back = Vuelve a haber cobertura: sincronizando
settings-demo-no-signal = Sin cobertura: los cambios esperarán en este dispositivo
settings-desk-location = Ubicación del puesto
settings-desk-label = Dónde está este ordenador (latitud,longitud[,precisión en m])
settings-desk-hint = Se usa para fichar en este ordenador, p. ej., un quiosco en la entrada de una sede. Déjalo vacío para borrarla.
settings-desk-saved = Ubicación del puesto guardada
settings-desk-cleared = Ubicación del puesto borrada

## Sync: what waits to be sent, and what the server refused.

settings-sync = Sincronización
# $when: how long ago ("5 min ago").
settings-last-synced = Última sincronización: { $when }
settings-first-fetch = Obteniendo los datos de la empresa por primera vez…
settings-not-synced = Aún sin sincronizar
settings-offline = sin conexión
settings-sync-now = Sincronizar ahora
settings-last-attempt-failed = Falló el último intento: { $error }
settings-sync-sent = { $count ->
    [one] { $count } cambio enviado.
   *[other] { $count } cambios enviados.
}
# $list: each refused change with the server's reason.
settings-sync-refused = { $count ->
    [one] { $count } cambio rechazado: { $list }
   *[other] { $count } cambios rechazados: { $list }
}
settings-sync-sign-in-again = Vuelve a iniciar sesión para terminar la sincronización.
settings-sync-unreachable = { $count ->
    [one] No se pudo contactar con el servidor: { $count } cambio sigue pendiente.
   *[other] No se pudo contactar con el servidor: { $count } cambios siguen pendientes.
}
settings-sync-up-to-date = Todo está al día.
settings-waiting-to-sync = Pendiente de sincronizar
settings-write-made = Registrado { $at }
settings-write-attempts = { $count ->
    [one] { $count } intento
   *[other] { $count } intentos
}
settings-write-next-try = próximo intento: { $at }
settings-write-refused-at = rechazado: { $at }
settings-nothing-waiting = Nada pendiente: todos los cambios han llegado al servidor.
settings-nothing-waiting-refused = { $count ->
    [one] Nada pendiente de enviar. Se rechazó { $count } cambio: consúltalo abajo.
   *[other] Nada pendiente de enviar. Se rechazaron { $count } cambios: consúltalos abajo.
}
settings-refused-by-server = Rechazado por el servidor
settings-what-you-can-do = Qué puedes hacer:
settings-dismiss = Descartar
settings-dismiss-all = Descartar todo
settings-refusals-dismissed = { $count ->
    [one] Rechazo descartado
   *[other] { $count } rechazos descartados
}

## The account and signing out.

settings-account = Cuenta
settings-server = Servidor
settings-demo = Demo
settings-signed-in-as = Sesión iniciada como
settings-app-version = Versión de la aplicación
settings-sign-out = Cerrar sesión
settings-sign-out-hint = Al cerrar sesión se borran tus datos de este dispositivo.
settings-confirm-sign-out = ¿Cerrar sesión y descartar los cambios sin sincronizar?
settings-unsynced = { $count ->
    [one] { $count } cambio de este dispositivo aún no se ha sincronizado. Si cierras sesión ahora, se perderá.
   *[other] { $count } cambios de este dispositivo aún no se han sincronizado. Si cierras sesión ahora, se perderán.
}
settings-sign-out-anyway = Cerrar sesión de todos modos
settings-keep-signed-in = Mantener la sesión
settings-signed-out = Sesión cerrada
