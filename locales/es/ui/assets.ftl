# Assets: HR's catalogue, handing out and taking back, requests and problems; an employee's own equipment.

assets-subtitle-hr = El catálogo, quién tiene qué y lo que el personal solicita o reporta
assets-subtitle-manager = Los equipos de la empresa y quién los tiene
assets-subtitle-employee = Los equipos de la empresa que tienes; pide más a RR. HH. o reporta un problema

assets-tab-catalogue = Catálogo
assets-tab-requests = Solicitudes
assets-tab-problems = Problemas
assets-tab-mine = Mis equipos

# On every disabled change button while offline.
assets-offline = Para cambiar los equipos necesitas conexión
assets-offline-callout = Para cambiar los equipos necesitas conexión. Se muestra lo último que leyó este dispositivo.

# `what` of "Loading … from the server", read mid-sentence.
assets-first-fill-company = los equipos de la empresa
assets-first-fill-mine = los equipos que tienes
assets-first-fill-requests = las solicitudes del personal
assets-first-fill-problems = los problemas reportados

## Statuses

assets-status-in-stock = En stock
assets-status-assigned = Asignado
assets-status-in-repair = En reparación
assets-status-retired = Dado de baja
# A manager's list calls an asset in stock "available".
assets-team-available = Disponible

assets-filter-by-status = Filtrar por estado
assets-filter-all = Todos { $count }
assets-filter-in-stock = En stock { $count }
assets-filter-assigned = Asignados { $count }
assets-filter-available = Disponibles { $count }
assets-filter-in-repair = En reparación { $count }
assets-filter-retired = De baja { $count }

assets-search-label = Buscar equipos
assets-search-placeholder = Busca por etiqueta, nombre, persona…
assets-none-match = Ningún equipo coincide

assets-col-tag = Etiqueta
assets-col-asset = Equipo
assets-col-category = Categoría
assets-col-status = Estado
assets-col-holder = Asignado a

# Before a serial number: "SN 5CG1234".
assets-serial-short = N/S
assets-holder-since = desde el { $date }
assets-yours-since = Lo tienes desde el { $date }

## Categories offered as one types (anything else may be typed)

assets-category-laptop = Portátil
assets-category-monitor = Monitor
assets-category-headset = Auriculares
assets-category-phone = Teléfono
assets-category-keyboard = Teclado
assets-category-mouse = Ratón
assets-category-docking-station = Estación de acoplamiento

## The catalogue

assets-add = Añadir un equipo
assets-edit-title = Editar { $tag }
assets-assign = Asignar
assets-take-back = Recuperar
assets-history = Historial
assets-history-offline = El historial se lee del servidor
assets-bought-on-for = Comprado el { $date } por { $cost }
assets-bought-on = Comprado el { $date }
assets-bought-for = Comprado por { $cost }
assets-added = Se añadió { $tag } { $name } ({ $status ->
        [in_stock] en stock
        [assigned] asignado
        [in_repair] en reparación
       *[retired] dado de baja
    }).
assets-saved = Se guardó { $tag } { $name } ({ $status ->
        [in_stock] en stock
        [assigned] asignado
        [in_repair] en reparación
       *[retired] dado de baja
    }).
assets-returned = { $name } devolvió { $tag } ({ $condition }).
assets-assigned-to = { $tag } ahora lo tiene { $name }.

## The add/edit form

assets-field-tag = Etiqueta
assets-field-name = Nombre
assets-field-category = Categoría
assets-field-serial = Número de serie (opcional)
assets-field-bought = Fecha de compra (opcional)
assets-field-cost = Precio de compra (opcional)
assets-field-status = Estado
assets-status-assigned-hint = Asignado a { $name }: recupéralo para cambiar su estado.
assets-status-hint = Un equipo pasa a “asignado” cuando se lo asignas a alguien.
assets-save-asset = Guardar equipo
assets-add-asset = Añadir equipo
assets-nothing-to-save = No hay nada que guardar: primero cambia un campo.
assets-cost-error = El precio de compra debe ser una cantidad con dos decimales como máximo.

## Handing out and taking back

assets-assign-label = Asignar { $tag }
assets-take-back-label = Recuperar { $tag }
assets-assign-to = Para
assets-choose-someone = Elige a alguien…
assets-condition-out-label = Estado al entregarlo
assets-condition-back-label = Estado al devolverlo
assets-condition-good = Buen estado
assets-condition-worn = Desgastado
assets-condition-damaged = Dañado
assets-condition-lost = Perdido
assets-condition-back-in-stock = vuelve al stock
assets-condition-to-repair = pasa a reparación
assets-condition-retired = se da de baja del catálogo
# A condition as the server keeps it, mid-sentence; one HR typed themselves is shown as it is.
assets-condition-word = { $condition ->
        [new] nuevo
        [good] buen estado
        [worn] desgastado
        [damaged] dañado
        [lost] perdido
       *[other] { $condition }
    }
assets-note-label = Nota (opcional)
assets-note-placeholder-assign = Con cargador
assets-note-placeholder-return = Rayón en la tapa

## Who held an asset

assets-who-held = Quién lo tuvo
assets-looking = Cargando…
assets-nobody-yet = Nadie todavía.
assets-spell-range = { $from } – { $to }
assets-spell-since = Desde el { $from }
assets-spell-until = Hasta el { $to }
assets-spell-unknown = Antes de que se guardara el historial
# "Out good · back worn (Ear cushions replaced)": how it went out and came back.
assets-spell-out = Entrega: { $condition }
assets-spell-out-note = Entrega: { $condition } ({ $note })
assets-spell-back = devolución: { $condition }
assets-spell-back-note = devolución: { $condition } ({ $note })
assets-handed-out-by = entregado por { $name }
assets-taken-back-by = recuperado por { $name }

## Requests for equipment

assets-requests-title = Solicitudes de equipos
assets-no-requests = No hay solicitudes
# The name and the category are shown in bold.
assets-request-asks = { $name } solicita: { $category }
assets-fulfil-with = Atender con
assets-choose-in-stock = Elige un equipo en stock…
assets-none-in-stock = Ninguno en stock
assets-fulfil-hint = { $category } en stock; se asigna a { $name }.
assets-fulfil = Atender
assets-decline-because = O rechazar porque
assets-decline = Rechazar
assets-request-fulfilled = Solicitud de { $name } ({ $category }): atendida con { $tag }.
assets-request-declined = Solicitud de { $name } ({ $category }): rechazada.
assets-outcome-fulfilled = Atendida
assets-outcome-fulfilled-with = Atendida con { $tag }
assets-outcome-fulfilled-by = Atendida por { $by }
assets-outcome-fulfilled-with-by = Atendida con { $tag } por { $by }
assets-outcome-declined = Rechazada
assets-outcome-declined-by = Rechazada por { $by }
assets-outcome-declined-reason = Rechazada: { $reason }
assets-outcome-declined-by-reason = Rechazada por { $by }: { $reason }
assets-outcome-waiting = Pendiente de RR. HH.

## Reported problems

assets-problems-title = Problemas reportados
assets-which-problems = Qué problemas
assets-problems-open = Abiertos
assets-open-problems = { $count ->
        [0] No hay problemas abiertos
        [one] { $count } problema abierto
       *[other] { $count } problemas abiertos
    }
assets-nothing-open = Nada abierto
assets-no-problems = No se ha reportado ningún problema
assets-resolved-badge = Resuelto
assets-what-was-done = Qué se hizo (opcional)
assets-what-was-done-placeholder = Batería cambiada
assets-resolve = Marcar como resuelto
assets-problem-resolved = Se resolvió el problema de { $name } con { $tag }; ya se le avisa.
assets-resolved = Resuelto
assets-resolved-by = Resuelto por { $by }
assets-resolved-on = Resuelto el { $date }
assets-resolved-by-on = Resuelto por { $by } el { $date }
# A resolution and the note of what was done.
assets-resolved-note = { $text }: { $note }

## What you hold

assets-what-you-hold = Lo que tienes
assets-mine-empty = No tienes equipos de la empresa
assets-mine-empty-hint = Pídelos a RR. HH. aquí abajo cuando los necesites.
assets-report-problem = Reportar un problema
assets-problem-label = ¿Qué le pasa a { $tag }?
assets-send-to-hr = Enviar a RR. HH.
assets-reported = Reportado a RR. HH.: “{ $description }”. Te avisaremos cuando se resuelva.
assets-ask-title = Pedir un equipo
assets-ask-intro = RR. HH. decide: te lo entrega o te explica por qué no.
assets-ask-kind = Qué tipo
assets-ask-kind-placeholder = Monitor, auriculares, teléfono…
assets-ask-why = Para qué lo necesitas
assets-ask-send = Pedir a RR. HH.
assets-asked = Pediste a RR. HH.: { $category }. Te avisaremos de su decisión.
