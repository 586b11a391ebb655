# Shown on every change button while offline: announcements change only with the server's answer.
announcements-offline = Para modificar anuncios necesitas conexión
announcements-offline-cached = Para modificar anuncios necesitas conexión. Se muestra lo último que leyó este dispositivo.

## The states: the filter's name for those in it, one announcement's state, and the filter's empty list.

announcements-state-drafts = Borradores
announcements-state-draft = Borrador
announcements-state-scheduled = Programados
announcements-state-scheduled-one = Programado
announcements-state-published = Publicados
announcements-state-published-one = Publicado
announcements-state-expired = Caducados
announcements-state-expired-one = Caducado
announcements-none-draft = No hay borradores
announcements-none-scheduled = No hay anuncios programados
announcements-none-published = No hay anuncios publicados
announcements-none-expired = No hay anuncios caducados

## Whom it is for: "Engineering, Sales · HQ · Emma Fischer, 1 person" (the counts are names this device does not know).

announcements-audience-everyone = Todos
announcements-audience-departments = { $count ->
    [one] { $count } departamento
   *[other] { $count } departamentos
}
announcements-audience-branches = { $count ->
    [one] { $count } sede
   *[other] { $count } sedes
}
announcements-audience-people = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
# Between names in a list.
announcements-list-separator = {", "}
announcements-audience-nobody = Nadie todavía

## When it goes out and comes down; $at is a date and time.

announcements-when-until = hasta { $at }
announcements-when-draft = Borrador desde { $at }
announcements-when-scheduled = Se publica: { $at }
announcements-when-published = Publicado: { $at }
announcements-when-expired = Publicado: { $published } · retirado: { $expired }

## Confirmations and results of HR's actions.

announcements-confirm-publish-everyone = ¿Publicar “{ $title }” ahora? Se notifica a todos al instante.
announcements-confirm-publish = ¿Publicar “{ $title }” ahora? Se notifica al instante a sus destinatarios ({ $audience }).
announcements-confirm-expire = ¿Retirar “{ $title }” ahora? A partir de entonces solo lo verá RR. HH.
announcements-confirm-delete-scheduled = ¿Eliminar “{ $title }”? No se publicará. Esta acción no se puede deshacer.
announcements-confirm-delete = ¿Eliminar “{ $title }”? Esta acción no se puede deshacer.
announcements-done-published = “{ $title }” publicado: se ha notificado a sus destinatarios.
announcements-done-expired = “{ $title }” retirado.
announcements-done-deleted = “{ $title }” eliminado.
announcements-saved-scheduled = “{ $title }” programado para { $at }.
announcements-saved-draft = “{ $title }” guardado como borrador: nadie lo verá hasta que se publique.
announcements-saved = “{ $title }” guardado.

## The form's submit button: what it will do.

announcements-submit-publish-now = Publicar ahora
announcements-submit-save-schedule = Guardar programación
announcements-submit-schedule = Programar
announcements-submit-save-draft = Guardar borrador
announcements-submit-save-as-draft = Guardar como borrador

## The feed.

announcements-subtitle = Novedades de { $company }
announcements-subtitle-default = Novedades de tu empresa
announcements-new = Nuevo anuncio
announcements-tab-feed = Lo que ve la plantilla
announcements-tab-manage = Gestionar
announcements-empty = No hay anuncios
announcements-empty-hint = Aquí aparecerán las novedades de la empresa.
# The author of an announcement whose author is unknown.
announcements-author-fallback = Equipo de RR. HH.
announcements-pinned = Fijado
announcements-latest = Más reciente

## Writing or changing one.

announcements-person-unknown = Persona { $id }
announcements-nothing-to-save = No hay nada que guardar: cambia primero algún campo.
announcements-edit-title = Editar “{ $title }”
announcements-published-note = Ya se ha publicado: ahora solo se pueden cambiar el fijado y cuándo se retira.
announcements-field-title = Título
announcements-field-message = Mensaje
announcements-field-audience = Quién lo ve
announcements-audience-chosen = Departamentos, sedes o personas concretos
announcements-departments = Departamentos
announcements-branches = Sedes
announcements-people = Personas
announcements-none-on-device = Aún no hay ninguno en este dispositivo
announcements-remove-person = Quitar a { $name }
announcements-people-search = Buscar por nombre o correo
announcements-add-person = Añadir a { $name }
announcements-pin = Fijarlo por encima de los demás mientras esté publicado
announcements-field-when = Cuándo
announcements-when-now = Publicar ahora y notificar a sus destinatarios
# Followed by a date and time field.
announcements-when-schedule = Programar para
announcements-publish-at = Publicar el
announcements-when-back-to-draft = Volver a borrador
announcements-when-draft-choice = Guardar como borrador
announcements-expires = Retirarlo automáticamente
announcements-expires-at = Retirar el
announcements-choose-audience = Elige al menos un departamento, una sede o una persona.

## HR's list of every announcement.

announcements-all = Todos los anuncios
# The state filter's label (read by screen readers only).
announcements-filter = Mostrar
announcements-filter-all = Todos ({ $count })
announcements-filter-state = { $state } ({ $count })
# The list's button that opens the form: "Write one with New." names it.
announcements-new-short = Nuevo
announcements-publish = Publicar
announcements-take-down = Retirar
announcements-delete = Eliminar
announcements-none-yet = Aún no hay anuncios
announcements-write-one = Escribe uno con “Nuevo”.
announcements-by = por { $name }
announcements-edit-label = Editar { $title }
announcements-publish-label = Publicar { $title }
announcements-take-down-label = Retirar { $title }
announcements-delete-label = Eliminar { $title }
