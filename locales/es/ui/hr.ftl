# Horarios y registro (RR. HH.): festivos, semanas laborales, año de vacaciones, turnos y registro de auditoría.

hr-intro = Los festivos y las semanas laborales, con los que se cuentan las ausencias de todos; los turnos, que indican cuándo se espera a cada persona; y el registro de cada cambio administrativo
hr-tabs-label = Horarios y registro
hr-tab-calendars = Calendarios
hr-tab-shifts = Turnos
hr-tab-audit = Registro de auditoría

hr-calendar-offline = Para cambiar los calendarios necesitas conexión
hr-export-offline = Para exportar el registro de auditoría necesitas conexión
hr-offline-last-read = { $reason }. Se muestra lo último que leyó este dispositivo.

## Festivos

hr-holidays-title = Festivos
hr-year = Año
hr-year-previous = Año anterior
hr-year-next = Año siguiente
hr-year-this = Este año
hr-branch-filter = Sede
hr-branch-all = Todas las sedes
hr-branch = Sede { $id }
hr-holiday-count = { $count ->
        [one] { $count } festivo
       *[other] { $count } festivos
    } en { $year }
hr-holiday-count-branch = { $count ->
        [one] { $count } festivo
       *[other] { $count } festivos
    } en { $year } en esta sede, incluidos los de toda la empresa
hr-holidays-empty = No hay festivos en { $year }
hr-holidays-empty-hint = Añade uno abajo o importa un archivo de calendario.
hr-holiday-company-wide = Toda la empresa
hr-holiday-every-year = Cada año
hr-holiday-afternoon-off = Tarde libre
hr-holiday-remove-label = Quitar { $name }, { $date }
hr-holiday-remove = ¿Quitar “{ $name }” ({ $date })? Las ausencias ya solicitadas conservan los días con los que se registraron.
hr-holiday-remove-recurring = ¿Quitar “{ $name }” ({ $date })? Se quitará de todos los años. Las ausencias ya solicitadas conservan los días con los que se registraron.
hr-holiday-removed = Se quitó “{ $name }”.
hr-holiday-add-title = Añadir un festivo
hr-holiday-date = Fecha
hr-holiday-name = Nombre
hr-holiday-applies-at = Se aplica a
hr-holiday-whole-company = Toda la empresa
hr-holiday-branch-only = Solo { $branch }
hr-holiday-recurring = Cada año en esta fecha
hr-holiday-half-day = Solo la tarde es libre (una ausencia ese día cuenta como medio día)
hr-holiday-add = Añadir festivo
hr-holiday-added = Se añadió “{ $name }” el { $date } (toda la empresa). Las ausencias que lo incluyan cuentan ahora un día menos.
hr-holiday-added-branch = Se añadió “{ $name }” el { $date } ({ $branch }). Las ausencias que lo incluyan cuentan ahora un día menos.

hr-import-title = Importar un archivo de calendario
hr-import-hint = Los eventos de día completo de un archivo iCalendar (.ics), como los festivos de un país. Los días que ya tienen un festivo se omiten, así que importar un archivo dos veces no añade nada.
hr-import-file = Archivo de calendario (.ics)
hr-import = Importar
hr-import-too-big = { $file } es demasiado grande para un calendario de festivos (más de 1 MB).
hr-import-unreadable = No se pudo leer { $file }: { $error }
hr-import-nothing = No se importó nada: el archivo no tiene eventos de día completo.
hr-import-done = { $count ->
        [one] Se importó { $count } festivo.
       *[other] Se importaron { $count } festivos.
    }
hr-import-skipped = Importados: { $imported }; omitidos: { $skipped } (días que ya tenían un festivo o eventos con hora).

## Semanas laborales

hr-weeks-title = Semanas laborales
hr-weeks-hint = Los días en los que se cuentan las ausencias. Una sede sigue la semana de la empresa, salvo que tenga una propia.
hr-weeks-empty = No hay semanas laborales
hr-week-company = Empresa
hr-no-working-days = Ningún día laborable
hr-week-follows-text = Semana de la empresa · { $days }
hr-week-follow = Seguir la semana de la empresa
hr-week-halves-label = Solo se trabaja por la mañana: una ausencia cuenta como medio día
hr-week-morning-only = Solo por la mañana:
hr-week-save-company = Guardar la semana de la empresa
hr-week-save-branch = Guardar la semana de { $branch }
hr-week-undo = Deshacer los cambios
hr-week-days-mornings = { $days } ({ $mornings } solo por la mañana)
hr-week-saved-company = Guardado: la empresa trabaja { $days }. Las ausencias que se soliciten a partir de ahora se cuentan con esta semana.
hr-week-saved-branch = Guardado: { $branch } trabaja { $days }. Las ausencias que se soliciten a partir de ahora se cuentan con esta semana.
hr-week-saved-follows = Guardado: { $branch } sigue la semana de la empresa ({ $days }). Las ausencias que se soliciten a partir de ahora se cuentan con esta semana.

## Año de vacaciones

hr-leave-year-title = Año de vacaciones
hr-leave-year-text = Los años de vacaciones empiezan el 1 de { $month }; el actual es { $name }
hr-leave-year-span = { $text } (del { $from } al { $to }).
hr-leave-year-saved = Guardado. { $text }
hr-leave-year-start = Los años de vacaciones empiezan en
hr-leave-year-hint = Los saldos, las asignaciones, las acumulaciones y los arrastres cambian de año el primer día de ese mes. Configúralo antes del primer año de vacaciones de la empresa: los movimientos que ya están en el libro conservan el año en el que se registraron.

## Turnos

hr-shifts-title = Turnos
hr-shifts-hint = Cuándo se espera a cada persona: quién llega tarde o se va antes, y cuándo se cierra un fichaje de salida olvidado. Sin turno, decide la hora de inicio de la empresa.
hr-shifts-empty = Aún no hay turnos
hr-shifts-empty-hint = Añade uno abajo; mientras tanto, la hora de inicio de la empresa decide quién llega tarde.
hr-shift-overnight = Nocturno
hr-shift-retired-badge = Retirado
hr-shift-retire-question-label = ¿Retirar { $name }?
hr-shift-retire-question = ¿Retirarlo? Ya no se podrá asignar a nadie más.
hr-shift-retire = Retirar
hr-shift-retire-label = Retirar { $name }
hr-shift-keep = Mantener
hr-shift-edit-label = Editar { $name }
hr-shift-bring-back = Recuperar
hr-shift-retired = Se retiró “{ $name }”: ya no se puede asignar a nadie; quien lo tiene lo conserva hasta que termine su asignación.
hr-shift-unretired = “{ $name }” se puede volver a asignar.
hr-shift-add-title = Añadir un turno
hr-shift-edit-title = Editar “{ $name }”
hr-shift-name = Nombre
hr-shift-starts = Empieza
hr-shift-ends = Termina
hr-shift-ends-next-day = Al día siguiente: un turno nocturno
hr-shift-ends-same-day = El mismo día
hr-shift-late = Tarde después de (min)
hr-shift-early = Margen de salida anticipada (min)
hr-shift-close = Cerrar fichajes olvidados después de (min)
hr-shift-save = Guardar turno
hr-shift-add = Añadir turno
hr-shift-nothing-to-save = No hay nada que guardar: primero cambia algún campo.
hr-shift-added = Se añadió “{ $name }”, { $hours }.
hr-shift-saved = Se guardó “{ $name }”, { $hours }.

hr-assign-title = Asignar un turno
hr-assign-find = Buscar a una persona
hr-assign-find-placeholder = Nombre, puesto o correo
hr-assign-person = Persona
hr-choose = Elige…
hr-assign-shift = Turno
hr-assign-from = Desde
hr-assign-until = Hasta (opcional)
hr-assign-submit = Asignar turno
hr-assign-shift-done = { $person } trabaja en “{ $shift }” ({ $hours }) { $span }.
hr-assign-theirs = Sus turnos
hr-assign-looking = Buscando…
hr-assign-none = Ninguno: la hora de inicio de la empresa decide cuándo llega tarde.

## Registro de auditoría

hr-audit-filter-label = Filtrar el registro de auditoría
hr-audit-filter = Filtrar
hr-audit-filter-set = Filtrar ({ $count ->
        [one] { $count } activo
       *[other] { $count } activos
    })
hr-audit-action = Acción
hr-audit-action-placeholder = p. ej., holiday.
hr-audit-record = Elemento
hr-audit-record-any = Cualquier elemento
hr-audit-person = Cambiado por
hr-audit-person-any = Cualquier persona
hr-audit-from = Desde
hr-audit-to = Hasta
hr-audit-apply = Mostrar eventos
hr-audit-clear = Borrar filtro
hr-audit-dates-order = El primer día debe ser igual o anterior al último.
hr-audit-export = Exportar CSV
hr-audit-export-title = Todos los eventos que coinciden con el filtro, los más recientes primero
hr-audit-fallback = No se puede conectar con el servidor: esta es la última página leída en este dispositivo (página { $page }, { $filter }).
hr-audit-events = Eventos
hr-audit-never-read = El registro de auditoría aún no se ha leído en este dispositivo
hr-audit-empty = Ningún evento coincide
hr-audit-empty-hint = Los cambios administrativos aparecen aquí a medida que se hacen.
hr-audit-no-details = No se registraron detalles
hr-audit-no-details-recorded = No se registraron detalles.
hr-audit-changed-to = cambiado a
hr-audit-by-actor = Solo los cambios de { $name }
hr-audit-pages = Páginas del registro de auditoría
hr-audit-newer = Más recientes
hr-audit-older = Más antiguos
hr-audit-page = Página { $page } de { $last }
hr-page-count = Página { $page } de { $last } · { $count ->
        [one] { $count } evento
       *[other] { $count } eventos
    }
hr-export-done = { $count ->
        [one] Se exportó { $count } evento
       *[other] Se exportaron { $count } eventos
    } a { $path }.
hr-export-partial = Se exportaron los { $rows } eventos más recientes de { $total } a { $path }. Acota las fechas para exportar el resto.

hr-filter-action = acción { $action }
hr-filter-by = por { $name }
hr-filter-employee = empleado { $id }
hr-filter-range = del { $from } al { $to }
hr-filter-from = desde el { $from }
hr-filter-until = hasta el { $to }
hr-filter-every = todos los eventos

hr-entity-user = Cuentas de acceso
hr-entity-user-one = Cuenta de acceso
hr-entity-user-inline = cuenta de acceso
hr-entity-holiday = Festivos
hr-entity-holiday-one = Festivo
hr-entity-holiday-inline = festivo
hr-entity-working-week = Semanas laborales
hr-entity-working-week-one = Semana laboral
hr-entity-working-week-inline = semana laboral
hr-entity-leave-request = Solicitudes de ausencia
hr-entity-leave-request-one = Solicitud de ausencia
hr-entity-leave-request-inline = solicitud de ausencia
hr-entity-attendance-record = Registros de asistencia
hr-entity-attendance-record-one = Registro de asistencia
hr-entity-attendance-record-inline = registro de asistencia
hr-entity-attendance-correction = Correcciones de asistencia
hr-entity-attendance-correction-one = Corrección de asistencia
hr-entity-attendance-correction-inline = corrección de asistencia
hr-entity-shift = Turnos
hr-entity-shift-one = Turno
hr-entity-shift-inline = turno
hr-entity-shift-assignment = Asignaciones de turno
hr-entity-shift-assignment-one = Asignación de turno
hr-entity-shift-assignment-inline = asignación de turno
hr-entity-announcement = Anuncios
hr-entity-announcement-one = Anuncio
hr-entity-announcement-inline = anuncio
hr-entity-group = Grupos
hr-entity-group-one = Grupo
hr-entity-group-inline = grupo
hr-entity-org = Organización
hr-entity-org-one = Organización
hr-entity-org-inline = organización
hr-entity-trusted-origin = Orígenes de confianza
hr-entity-trusted-origin-one = Origen de confianza
hr-entity-trusted-origin-inline = origen de confianza
