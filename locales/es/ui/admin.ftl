# The Admin screen: people and their sign-in accounts, departments and branches, bank-detail requests,
# groups, the organization and trusted origins.

admin-intro = Las personas y sus cuentas, los departamentos y las sedes, los datos bancarios, los grupos, la organización y los orígenes de confianza
admin-tabs-label = Área de administración
admin-tab-people = Personas
admin-tab-org-units = Departamentos y sedes
admin-tab-bank = Datos bancarios
admin-tab-groups = Grupos
admin-tab-organization = Organización
admin-tab-origins = Orígenes de confianza

# On every disabled write button, and wherever a change was refused for want of a connection.
admin-offline-write = Los cambios de administración requieren conexión
admin-offline-last-read = Los cambios de administración requieren conexión. Se muestra lo último que leyó este dispositivo.

# Shared field names.
admin-name = Nombre
admin-address = Dirección
# Text someone typed (a reason), quoted inside a line.
admin-quoted = “{ $text }”
# A person the device has no name for yet.
admin-person-id = persona { $id }

## Account statuses

admin-status-active = Activo
admin-status-staged = Preparado
admin-status-provisioned = Aprovisionado
admin-status-recovery = Contraseña restablecida
admin-status-password-expired = Contraseña caducada
admin-status-locked-out = Bloqueado
admin-status-suspended = Suspendido
admin-status-deactivated = Desactivado
# The status filter's choice for accounts never used yet.
admin-status-not-yet-active = Preparado o aprovisionado
admin-status-all = Todos los estados

## Lifecycle actions on an account

admin-action-activate = Activar
# Sends a new one-time link to choose a password.
admin-action-reactivate = Nuevo enlace de activación
admin-action-unsuspend = Levantar suspensión
admin-action-unlock = Desbloquear
admin-action-reset-password = Restablecer contraseña
admin-action-suspend = Suspender
admin-action-deactivate = Desactivar

admin-confirm-suspend = ¿Suspender a { $name }? Se cerrará su sesión en todos los dispositivos hasta que se levante la suspensión.
admin-confirm-deactivate = ¿Desactivar a { $name }? Se cerrará su sesión en todas partes y ya no podrá iniciar sesión.
admin-confirm-reset-password = ¿Restablecer la contraseña de { $name }? Su contraseña actual dejará de funcionar hasta que elija una nueva.
# $action is one of the action names above.
admin-confirm-action = ¿{ $action }: { $name }?

# What a finished action says. $action is one of the action names above, $status one of the statuses.
admin-outcome = { $action }: { $name }
admin-outcome-status = { $action }: { $name } — estado actual: { $status }
admin-outcome-link = { $action }: { $name }. Entrégale este enlace de un solo uso (válido 7 días)
admin-outcome-status-link = { $action }: { $name } — estado actual: { $status }. Entrégale este enlace de un solo uso (válido 7 días)

## People

admin-search-label = Buscar cuentas
admin-search-placeholder = Busca por nombre, correo, departamento o puesto
admin-status-filter = Estado
admin-hire-open = Contratar a alguien
admin-people-count = { $shown } de { $total }
admin-person-change = Cambiar puesto / trasladar
admin-person-offboard = Dar de baja
admin-empty = No hay cuentas
admin-empty-query = Nadie coincide con “{ $query }”
admin-empty-status = No hay cuentas con el estado “{ $status }”
admin-empty-status-query = Nadie con el estado “{ $status }” coincide con “{ $query }”

## Departments and branches

admin-org-units-label = Departamentos y sedes
admin-departments = Departamentos
admin-departments-empty = No hay departamentos
admin-department-people = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
admin-department-head = responsable: { $name }
admin-department-no-head = sin responsable
admin-department-head-label = Responsable
admin-department-head-optional = Responsable (opcional)
admin-department-no-head-option = Sin responsable
admin-department-add-title = Añadir un departamento
admin-department-add = Añadir departamento
admin-department-added = Se añadió el departamento { $name }.
admin-unit-saved = Se guardó { $name }.
admin-unit-retired = { $name } se retiró: ya no aparece en las listas de selección.
admin-unit-restored = { $name } vuelve a aparecer en las listas de selección.
admin-unit-retired-badge = Retirado
admin-unit-retire = Retirar
admin-unit-restore = Restaurar

admin-branches = Sedes
admin-branches-empty = No hay sedes
admin-branch-add-open = Añadir una sede
admin-branch-added = Se añadió la sede { $name }.
admin-branch-no-address = Sin dirección
admin-branch-no-fence = Sin geocerca: se puede fichar desde cualquier lugar
# $radius is a distance ("150 m"), $latitude and $longitude the centre's coordinates.
admin-branch-fence = Geocerca de { $radius } alrededor de { $latitude }, { $longitude }

## A branch's editor

admin-branch-edit-label = Editar { $name }
admin-branch-new-label = Nueva sede
admin-branch-fence-legend = Geocerca: los fichajes solo cuentan dentro del radio alrededor de este centro
admin-branch-latitude = Latitud
admin-branch-longitude = Longitud
admin-branch-radius = Radio (m)
admin-branch-use-position = Usar la posición de este dispositivo
admin-branch-no-position-note = Este dispositivo no tiene posición. En un equipo de escritorio, define la ubicación de su puesto en Perfil y ajustes.
admin-branch-no-position = Este dispositivo no tiene una posición desde la que medir.
admin-branch-keep-fence = Deja vacíos los tres campos de la geocerca para mantenerla como está.
admin-branch-save = Guardar sede
admin-branch-add = Añadir sede
# One sentence around a distance shown in bold: "This device is [120 m] from the centre: …".
# admin-branch-distance(-accuracy) comes before the distance, one of the three after it.
admin-branch-distance = Este dispositivo está a
admin-branch-distance-accuracy = Este dispositivo ({ $accuracy }) está a
admin-branch-distance-accepted = del centro: un fichaje desde aquí se aceptaría.
admin-branch-distance-refused = del centro: un fichaje desde aquí se rechazaría.
admin-branch-distance-unknown = del centro.

## Bank-detail requests

admin-bank-title = Solicitudes de cambio de datos bancarios
admin-bank-filter = Mostrar
admin-bank-filter-pending = Pendientes de decisión
admin-bank-filter-all = Todas las solicitudes
admin-bank-filter-approved = Aprobadas
admin-bank-filter-rejected = Rechazadas
admin-bank-filter-withdrawn = Retiradas
admin-bank-intro = Las personas piden cobrar en otra cuenta; la nómina sigue pagando en la actual hasta que lo apruebes. Solo se muestran los cuatro últimos caracteres de un IBAN.
admin-bank-offline = Los cambios de administración requieren conexión: las solicitudes se leen del servidor.
admin-bank-empty-pending = Nada pendiente de decisión
admin-bank-empty = No hay solicitudes
admin-bank-asked = Solicitada { $when }
admin-bank-decided = decidida { $when }
admin-bank-decided-by = decidida { $when } por { $name }
admin-bank-approve = Aprobar
admin-bank-reject = Rechazar
admin-bank-reject-reason = ¿Por qué se rechaza?
admin-bank-reject-confirm = Rechazar solicitud
admin-bank-reason-needed = Indica el motivo para que sepan qué corregir.
# $iban shows only its last four characters.
admin-bank-approved-notice = Aprobada: { $name } cobrará en { $iban } a partir de la próxima nómina.
admin-bank-rejected-notice = Se rechazó la solicitud de { $name }; verá tu motivo.

## Groups

admin-groups-count = { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
}
admin-groups-empty = No hay grupos
admin-group-members = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
# A member in the group themselves, not through another group.
admin-group-direct = directo
admin-group-no-members = Sin miembros

## Organization

admin-org-subdomain = Subdominio
admin-org-website = Sitio web
admin-org-phone = Teléfono
admin-org-support = Soporte para empleados
admin-org-help-page = Página de ayuda
admin-org-support-phone = Teléfono de soporte
admin-org-not-set = Sin definir
admin-org-contacts = Contactos
admin-org-contact-billing = Facturación
admin-org-contact-technical = Técnico
admin-org-contact-nobody = Nadie

## Trusted origins

admin-origins-intro = Orígenes web que las API de inicio de sesión e identidad aceptan para solicitudes CORS y redirecciones.
admin-origins-empty = No hay orígenes de confianza
admin-origin-remove-confirm = ¿Quitar { $origin }? Las solicitudes desde ese origen se rechazan de inmediato.
admin-origin-redirect = Redirección
admin-origin-active = Activo
admin-origin-inactive = Inactivo
admin-origin-add-title = Añadir un origen de confianza
admin-origin-url = Origen
admin-origin-add = Añadir origen
