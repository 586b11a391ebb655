# People and organisation: hiring and the activation link, job changes and their history, offboarding,
# branch and contact checks, bank-detail request states, and activation links on the sign-in screen.

people-self-service-offline = Para cambiar tus datos necesitas conexión
people-no-one = Nadie
people-no-manager = Sin responsable
# A person the device has no name for yet.
people-person-id = Persona { $id }
people-find-placeholder = Buscar…
# The search box beside a person picker. $label is the picker's label ("Manager"), $lowercase the same in
# lower case, as English says it inside a sentence.
people-find-person-for = Buscar una persona para “{ $label }”
people-choose = Elige…
people-reason = Motivo
# Text someone typed (a reason), quoted inside a line.
people-quoted = “{ $text }”
# After a retired department's or branch's name in a list.
people-retired = (retirado)
people-no-record = El expediente de RR. HH. de { $name } aún no ha llegado a este dispositivo; llegará con la próxima sincronización.

## Employment types

people-type-full-time = Jornada completa
people-type-part-time = Media jornada
people-type-contractor = Contratista
people-type-intern = Prácticas

## Working days

people-no-days = Ningún día
# A run of three or more weekdays: "Mon–Fri".
people-day-range = { $from }–{ $to }

## Hiring

people-hire-title = Contratar a alguien
people-hire-intro = Crea su expediente de RR. HH. y su cuenta de acceso. No recibe ningún correo: tú le entregas el enlace de activación que se muestra a continuación, una sola vez.
people-hire-first-name = Nombre
people-hire-last-name = Apellidos
people-hire-email = Correo del trabajo
people-hire-email-hint = También es su usuario de acceso.
people-hire-start-date = Fecha de incorporación
people-hire-working-days = Días laborables
people-hire-own-week = Una semana propia (si no, la de su sede)
people-hire-submit = Contratar
# $fields lists what is missing, from the people-missing-* names.
people-hire-still-needed = Aún falta: { $fields }.
people-missing-first-name = nombre
people-missing-last-name = apellidos
people-missing-email = correo
people-missing-job-title = puesto
people-missing-department = departamento
people-missing-branch = sede
people-missing-start-date = fecha de incorporación
people-missing-employment-type = tipo de contrato
people-missing-working-days = días laborables

## The activation link of someone just hired

people-hired-title = Contratación de { $name } completada
people-hired-works = trabaja { $days }
people-hired-starts = empieza el { $date }
people-activation-once = Este enlace solo se muestra una vez.
# $date is when the link expires ("Mon, 3 Nov, 14:05"), $left how long that is from now ("in 7 days").
people-activation-hand-over = Cópialo ahora y entrégaselo a { $name }: con él elige una contraseña e inicia sesión. Caduca: { $date } ({ $left }).
people-activation-link-label = Enlace de activación de { $name }
people-copy = Copiar
people-copied = Copiado
people-copied-clipboard = Copiado al portapapeles.
people-copy-failed = Esta ventana no pudo acceder al portapapeles: el enlace está seleccionado, pulsa Ctrl+C (⌘C).
# Around the name of the "New activation link" button, shown in bold between the two.
people-no-link-before = El servidor respondió con su registro de esta contratación, que nunca guarda el enlace. Genera uno nuevo con
people-no-link-after = en su cuenta, más abajo.
people-handed-over = Ya lo he entregado
people-link-expired = caducado

## Activation on the sign-in screen

people-activation-empty = Pega el enlace de activación que te dio RR. HH.
people-activation-incomplete = Ese enlace está incompleto. Copia el enlace completo que te dio RR. HH.
people-activation-no-token = Ese enlace no contiene ningún token de activación. Copia el enlace completo que te dio RR. HH.
people-activation-not-a-link = Eso no es un enlace de activación. Pega el enlace completo que te dio RR. HH.
people-password-too-short = Elige una contraseña de al menos 8 caracteres.
people-password-mismatch = Las dos contraseñas no coinciden.

## Job changes

people-field-job-title = Puesto
people-field-department = Departamento
people-field-branch = Sede
people-field-manager = Responsable
people-field-employment-type = Tipo de contrato
people-change-title = Cambiar puesto o trasladar · { $name }
people-change-type-unchanged = Sin cambios
people-change-effective-from = Con efecto desde
people-change-reason-placeholder = Ascenso, paso al equipo de Ventas…
people-change-save = Guardar cambio
people-change-later-hint = Un día posterior queda programado; el servidor lo aplica ese día.
people-change-nothing = Nada que cambiar: todos los campos están como ahora.
people-change-scheduled = { $count ->
    [one] { $count } cambio para { $name } programado para el { $date }.
   *[other] { $count } cambios para { $name } programados para el { $date }.
}
people-change-applied = { $count ->
    [one] { $count } cambio para { $name } en vigor desde el { $date }.
   *[other] { $count } cambios para { $name } en vigor desde el { $date }.
}
people-change-history = Historial
people-change-history-empty = No se han registrado cambios desde la contratación.
people-change-status-scheduled = Programado
people-change-status-applied = Aplicado
# One line of the history: "Department: Engineering → Sales".
people-history-line = { $field }: { $before } → { $after }
people-history-none = ninguno
people-history-department = departamento { $id }
people-history-branch = sede { $id }
people-history-person = persona { $id }
people-history-from = desde el { $date }
people-history-by = por { $name }
people-history-recorded = registrado { $when }

## Offboarding

people-offboard-title = Baja · { $name }
# Around the last working day, shown in bold between the two.
people-offboard-last-day-before = Último día de trabajo:
people-offboard-last-day-after = ; el acceso termina { $when }.
people-offboard-reason = Motivo: { $reason }
people-offboard-still-open = Pendiente
people-open-items = { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}
people-open-none = nada
people-open-leave = Saldos de vacaciones por liquidar
# $type is the leave type ("Annual"), $count the days left, $pending the days asked for and not yet decided.
people-open-leave-balance = { $type }: { $count ->
    [one] queda { $count } día
   *[other] quedan { $count } días
}
people-open-leave-balance-pending = { $type }: { $count ->
    [one] queda { $count } día
   *[other] quedan { $count } días
}, { $pending } pendientes
people-open-assets = Equipos por devolver
people-open-asset = { $name } ({ $tag })
people-open-requests = Sus solicitudes de ausencia aún pendientes
people-open-approvals = Solicitudes que esperan su aprobación
people-open-corrections = Correcciones de asistencia pendientes
people-offboard-cancel-confirm = ¿Cancelar la baja de { $name }? Conservará su acceso.
people-offboard-cancel = Cancelar baja
people-offboard-keep = Mantenerla
people-offboard-self = No puedes tramitar tu propia baja.
people-offboard-earlier-cancelled = Se canceló una baja anterior.
people-offboard-last-day = Último día de trabajo
people-offboard-reason-placeholder = Renuncia, fin de contrato…
people-offboard-submit = Dar de baja a { $name }
people-offboard-hint = Su acceso termina después del último día de trabajo; puedes cancelarlo hasta entonces.
people-offboarding-scheduled = Baja programada
people-offboarding-completed = Baja completada
people-offboarding-cancelled = Cancelada

## Branch checks

people-branch-name-required = El campo “Nombre” es obligatorio.
people-branch-latitude-invalid = La latitud debe ser un número entre -90 y 90.
people-branch-longitude-invalid = La longitud debe ser un número entre -180 y 180.
people-branch-radius-invalid = El radio debe estar entre 1 y 10000 metros.

## Bank-detail requests

people-bank-pending = Pendiente de RR. HH.
people-bank-approved = Aprobada
people-bank-rejected = Rechazada
people-bank-withdrawn = Retirada
# $when is a day and time ("Today, 14:05").
people-bank-waiting-since = Pendiente de RR. HH. desde { $when }
people-bank-asked = { $status } · solicitada { $when }

## Emergency contacts

people-contact-name-required = El campo “Nombre” es obligatorio.
people-contact-relationship-required = El campo “Parentesco” es obligatorio.
people-contact-phone-required = El campo “Teléfono” es obligatorio.
people-contacts-too-many = { $count ->
    [one] Como máximo { $count } contacto de emergencia.
   *[other] Como máximo { $count } contactos de emergencia.
}
