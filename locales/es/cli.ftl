### Los textos propios de la línea de comandos `okta-hr`. Los comandos, las opciones y los valores que se
### escriben se quedan como se escriben; lo que dicen el núcleo o el servidor se muestra tal cual.

## Común

cli-table-empty = (nada)
cli-never = nunca
cli-just-now = ahora mismo
cli-minutes-ago = hace { $count } min
cli-hours-ago = hace { $count } h
cli-days-ago = hace { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
cli-local-time = { $time } (hora local)
cli-as-of = (actualizado: { $ago })
cli-warning = aviso: { $message }
cli-error = error: { $message }
cli-error-refused = error: el servidor lo rechazó ({ $status }):
cli-minutes = { $count } min
cli-days = { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
cli-yes = sí
cli-no = no
cli-retired = retirado
cli-in-use = en uso
cli-done = Hecho.
cli-removed = Quitado.
cli-cannot-read = no se puede leer { $path }: { $error }
cli-cannot-write = no se puede escribir { $path }: { $error }
cli-the-server = el servidor
cli-the-company = La empresa
cli-whole-company = toda la empresa
cli-everyone = todos
cli-branch-id = sede { $id }
cli-department-id = departamento { $id }
cli-people-count = { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }

## Días de la semana

cli-weekday-mon = lun
cli-weekday-tue = mar
cli-weekday-wed = mié
cli-weekday-thu = jue
cli-weekday-fri = vie
cli-weekday-sat = sáb
cli-weekday-sun = dom

## Columnas de las tablas

cli-col-id = ID
cli-col-date = FECHA
cli-col-day = DÍA
cli-col-in = ENTRADA
cli-col-out = SALIDA
cli-col-worked = TRABAJADO
cli-col-state = ESTADO
cli-col-type = TIPO
cli-col-from = DESDE
cli-col-to = HASTA
cli-col-until = HASTA
cli-col-days = DÍAS
cli-col-status = ESTADO
cli-col-waiting-for = PENDIENTE DE
cli-col-year = AÑO
cli-col-entitled = DERECHO
cli-col-used = DISFRUTADOS
cli-col-pending = PENDIENTES
cli-col-remaining = QUEDAN
cli-col-when = CUÁNDO
cli-col-title = TÍTULO
cli-col-message = MENSAJE
cli-col-period = PERIODO
cli-col-gross = BRUTO
cli-col-net = NETO
cli-col-currency = MONEDA
cli-col-amount = IMPORTE
cli-col-employee = EMPLEADO
cli-col-employees = EMPLEADOS
cli-col-step = PASO
cli-col-late = TARDE
cli-col-number = NÚMERO
cli-col-name = NOMBRE
cli-col-email = CORREO
cli-col-role = ROL
cli-col-tag = ETIQUETA
cli-col-category = CATEGORÍA
cli-col-holder = ASIGNADO A
cli-col-account-holder = TITULAR
cli-col-login = USUARIO
cli-col-department = DEPARTAMENTO
cli-col-last-sign-in = ÚLTIMO ACCESO
cli-col-members = MIEMBROS
cli-col-description = DESCRIPCIÓN
cli-col-contact = CONTACTO
cli-col-user = USUARIO
cli-col-origin = ORIGEN
cli-col-scopes = ÁMBITOS
cli-col-pinned = FIJADO
cli-col-audience = DESTINATARIOS
cli-col-expires = CADUCA
cli-col-since = DESDE
cli-col-handed-out = ENTREGA
cli-col-back = DEVOLUCIÓN
cli-col-notes = NOTAS
cli-col-reason = MOTIVO
cli-col-asset = EQUIPO
cli-col-reported-by = COMUNICADO POR
cli-col-on = EL
cli-col-problem = PROBLEMA
cli-col-resolution = RESOLUCIÓN
cli-col-record = REGISTRO
cli-col-off = LIBRE
cli-col-repeats = SE REPITE
cli-col-applies-at = SE APLICA EN
cli-col-local-time = HORA (LOCAL)
cli-col-actor = AUTOR
cli-col-action = ACCIÓN
cli-col-entity = OBJETO
cli-col-details = DETALLES
cli-col-job = TAREA
cli-col-entries = ASIENTOS
cli-col-by = POR
cli-col-at = EL
cli-col-kind = CLASE
cli-col-code = CÓDIGO
cli-col-accrual = ASIGNACIÓN
cli-col-paid-share = PAGADO
cli-col-counts = CÓMPUTO
cli-col-notice = PREAVISO
cli-col-carry = TRASPASO
cli-col-overdraft = DESCUBIERTO
cli-col-chain = APROBACIÓN
cli-col-hours = HORARIO
cli-col-late-after = TARDE DESDE
cli-col-early-before = PRONTO ANTES DE
cli-col-auto-close = CIERRE AUTO
cli-col-shift = TURNO
cli-col-scope = ÁMBITO
cli-col-branch-id = ID DE SEDE
cli-col-works = TRABAJA
cli-col-structure = ESTRUCTURA
cli-col-base = BASE
cli-col-prorated = PRORRATEADO
cli-col-rounding = REDONDEO
cli-col-components = CONCEPTOS
cli-col-pay-date = FECHA DE PAGO
cli-col-paid = PAGADOS
cli-col-failed = FALLIDOS
cli-col-held = RETENIDOS
cli-col-excluded = EXCLUIDOS
cli-col-line = LÍNEA
cli-col-person = PERSONA
cli-col-net-change = CAMBIO NETO
cli-col-flags = AVISOS
cli-col-note = NOTA
cli-col-how = CÁLCULO
cli-col-field = CAMPO
cli-col-before = ANTES
cli-col-after = DESPUÉS
cli-col-effective = VIGENTE
cli-col-people = PERSONAS
cli-col-address = DIRECCIÓN
cli-col-fence = GEOCERCA
cli-col-iban = IBAN

## Inicio y cierre de sesión

cli-account-dismissed = { $reason } No se guarda nada de tu cuenta en este dispositivo.
cli-password-prompt = Contraseña de { $email }:
cli-signed-in = Sesión iniciada como { $email } en { $server }.
cli-signed-out = Sesión cerrada.

## Cambios y qué fue de ellos

cli-queued = En cola, se sincronizará.
cli-queued-because = En cola, se sincronizará ({ $reason }).
cli-withdrawn = Quitado de la cola: nunca había llegado al servidor.
cli-write-refused = Rechazado por el servidor: { $reason }
cli-checked-in = Entrada fichada.
cli-checked-out = Salida fichada.
cli-leave-requested = Ausencia solicitada.
cli-leave-cancelled = Ausencia cancelada.
cli-marked-read = Marcado como leído.
cli-approved = Aprobado.
cli-rejected = Rechazado.
cli-correction-requested = Corrección solicitada.
cli-decided = Decidido.
cli-queued-state = en cola
cli-synced-state = sincronizado
cli-status-queued = { $status } (en cola)

## Estado y sincronización

cli-status-signed-in = Sesión iniciada como { $email } en { $server }
cli-no-reason = el servidor no dijo por qué
cli-session-ended = Tu sesión ha finalizado: { $reason }
cli-sign-in-again = Vuelve a iniciar sesión con `okta-hr login`; los cambios en cola se conservan y se enviarán entonces.
cli-last-sync = Última sincronización correcta: { $time }, { $ago }
cli-last-sync-never = Última sincronización correcta: nunca
cli-last-problem = Último problema: { $error }
cli-today-checked-in = Hoy: entrada fichada desde { $time }
cli-today-checked-in-queued = Hoy: entrada fichada (en cola) desde { $time }
cli-today-checked-out = Hoy: sin fichaje abierto; salida fichada el { $time }
cli-today-checked-out-queued = Hoy: sin fichaje abierto; salida fichada (en cola) el { $time }
cli-today-not-checked-in = Hoy: sin fichaje abierto
cli-waiting-to-sync = Pendientes de sincronizar: { $count }
cli-refused-count = Rechazados por el servidor: { $count }
cli-write-made = #{ $id } { $description }, hecho el { $time }
cli-write-made-refused = #{ $id } { $description }, hecho el { $time }, rechazado el { $refused }
cli-not-tried-yet = aún no se ha intentado
cli-attempts = { $count ->
        [one] { $count } intento
       *[other] { $count } intentos
    }
cli-attempts-error = { $count ->
        [one] { $count } intento
       *[other] { $count } intentos
    }; último error: { $error }
cli-next-attempt-at = próximo intento a partir del { $time }; `okta-hr sync` lo intenta ya
cli-next-attempt-now = próximo intento: ahora; `okta-hr sync` lo envía
cli-refusal-why = motivo: { $text }
cli-refusal-undone = se deshizo: { $text }
cli-refusal-next-step = siguiente paso: { $text }
cli-dismiss-hint = Cuando los hayas leído, descarta uno con `okta-hr dismiss { $id }` o todos con `okta-hr dismiss --all`.
cli-cache-not-refreshed = aviso: no se pudo actualizar la caché: { $error }
cli-sync-counts = Enviados { $sent }, rechazados { $refused }, aún en cola { $queued }.
cli-sync-refused = rechazado: { $what }: { $why }
cli-unreachable = no se puede conectar con el servidor
cli-still-queued = Aún en cola: { $why }. No se pierde nada: vuelve a sincronizar más tarde.
cli-earlier-refusals = { $count ->
        [one] { $count } rechazo anterior aún sin descartar.
       *[other] { $count } rechazos anteriores aún sin descartar.
    }
cli-refusals-hint = `okta-hr status` dice qué deshizo cada rechazo; `okta-hr dismiss` los descarta cuando los hayas leído.
cli-dismiss-unknown = { $message }: `okta-hr status` muestra los rechazos con sus ID
cli-nothing-to-dismiss = Nada que descartar: no hay ningún rechazo pendiente.
cli-dismissed-one = Rechazo #{ $id } descartado.
cli-dismissed-one-described = Rechazo #{ $id } descartado ({ $description }).
cli-dismissed-many = { $count ->
        [one] { $count } rechazo descartado:
       *[other] { $count } rechazos descartados:
    }

## Asistencia, ausencias, nóminas y equipo

cli-from-afternoon = { $date } tarde
cli-to-morning = { $date } mañana
cli-no-payslip = no hay ninguna nómina { $id }
cli-payslip-heading = Nómina { $id } — { $name } (del { $start } al { $end }), pagada el { $date }
cli-payslip-gross = Bruto
cli-payslip-net = Neto ({ $currency })
cli-late = tarde
cli-team-attendance-total = { $count ->
        [one] { $count } registro
       *[other] { $count } registros
    } del { $from } al { $to }
cli-payroll-run-not-cached = el proceso de nómina { $id } no está en la caché; conéctate una vez
cli-team-payroll-heading = Nómina { $period } ({ $status }), { $count ->
        [one] { $count } empleado
       *[other] { $count } empleados
    }, bruto { $gross }, neto { $net } { $currency }
cli-no-such-time = { $time } no existe en el reloj de este dispositivo
cli-give-record-or-date = indica --record o --date

## Administración

cli-org-never-read = la organización nunca se ha leído en este dispositivo; ejecútalo sin --offline
cli-org-company = Empresa
cli-org-subdomain = Subdominio
cli-org-website = Sitio web
cli-org-phone = Teléfono
cli-org-support-phone = Teléfono de soporte
cli-org-support-help = Ayuda de soporte
cli-org-address = Dirección
cli-account-now = { $login } ahora está { $status }.
cli-one-time-link = Dale a la persona este enlace de un solo uso (vale 7 días): { $link }

## Anuncios

cli-announcement-created = Se creó “{ $title }” (ID { $id }): { $state }.
cli-announcement-published = Se publicó “{ $title }” (ID { $id }): { $state }.
cli-announcement-expired = Se retiró “{ $title }” (ID { $id }): { $state }.
cli-announcement-deleted = Anuncio { $id } eliminado.
cli-no-such-email = nadie tiene el correo { $email } en el directorio de este dispositivo; ejecuta `okta-hr sync`
cli-scheduled-for = programado para el { $time }
cli-published-at = publicado el { $time }
cli-expired-at = caducado el { $time }
cli-state-draft = borrador
cli-state-scheduled = programado
cli-state-published = publicado
cli-state-expired = caducado
cli-pinned = fijado

## Equipos

cli-asset-added = Se añadió { $tag } { $name } ({ $status }, ID { $id }).
cli-asset-changed = Se modificó { $tag } { $name } ({ $status }, ID { $id }).
cli-asset-problem-resolved = Resuelto el problema de { $name } con { $tag }: { $description }.
cli-asset-requested = Pedido a RR. HH.: { $category } (solicitud { $id }).
cli-asset-problem-reported = Comunicado a RR. HH.: { $tag } ({ $description }).
cli-asset-returned = { $name } devolvió { $tag } ({ $condition }).
cli-asset-assigned = { $tag } asignado a { $name }.
cli-asset-request-decided = Solicitud de { $name } ({ $category }): { $status ->
        [fulfilled] atendida
        [declined] rechazada
       *[other] { $status }
    }.
cli-asset-request-decided-tag = Solicitud de { $name } ({ $category }): { $status ->
        [fulfilled] atendida
        [declined] rechazada
       *[other] { $status }
    }, { $tag }.

## RR. HH.: festivos, semanas laborales, año de ausencias, registro

cli-holiday-added = Se añadió { $name } el { $weekday } { $date } (ID { $id }).
cli-holiday-removed = Festivo { $id } quitado.
cli-holidays-imported = { $imported ->
        [one] { $imported } festivo importado
       *[other] { $imported } festivos importados
    }; { $skipped ->
        [one] { $skipped } omitido
       *[other] { $skipped } omitidos
    } (un día que ya tenía uno, o un evento con hora).
cli-afternoon-off = tarde
cli-all-day-off = todo el día
cli-yearly = cada año
cli-morning-only = { $day }(mañana)
cli-company-week = (semana de la empresa)
cli-week-set = { $scope } ahora trabaja { $days }.
cli-week-set-company = { $scope } ahora trabaja { $days } (semana de la empresa).
cli-leave-year = Los años de ausencias empiezan el 1 de { $month ->
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
        [12] diciembre
       *[1] enero
    }. El actual es { $name } (del { $start } al { $end }).
cli-export-needs-server = la exportación la hace el servidor; ejecútala sin --offline
cli-audit-never-read = el registro de auditoría nunca se ha leído en este dispositivo; ejecútalo sin --offline
cli-audit-other-page = nota: la última página leída en este dispositivo fue la { $page } de otra consulta; se muestra esa
cli-audit-page = página { $page } de { $last }, { $count ->
        [one] { $count } evento
       *[other] { $count } eventos
    } en total
cli-export-cut-short = coinciden { $count } eventos, pero la exportación solo contiene los { $rows } más recientes; acótala con --from y --to
cli-export-written = { $count ->
        [one] Se escribió { $count } evento
       *[other] Se escribieron { $count } eventos
    } en { $path }.

## RR. HH.: personas

cli-hired = Se contrató a { $name } (empleado { $id }), con inicio el { $date }.
cli-activation-link = Entrega este enlace de activación (solo se muestra una vez): { $link }
cli-activation-link-shown = El enlace de activación se mostró en el primer intento; vuelve a activar a la persona para obtener uno nuevo.
cli-access-ends = El acceso de { $name } termina el { $time }.
cli-open-leave = ausencia { $type }: { $count ->
        [one] queda { $count } día
       *[other] quedan { $count } días
    }, pendientes: { $pending }
cli-open-asset = equipo { $tag } { $name } aún asignado
cli-open-counts = { $requests ->
        [one] { $requests } solicitud de ausencia pendiente
       *[other] { $requests } solicitudes de ausencia pendientes
    }, { $approvals ->
        [one] { $approvals } aprobación que espera a esta persona
       *[other] { $approvals } aprobaciones que esperan a esta persona
    }, { $corrections ->
        [one] { $corrections } corrección pendiente
       *[other] { $corrections } correcciones pendientes
    }
cli-department-saved = Departamento { $id } { $name }.
cli-department-saved-retired = Departamento { $id } { $name } (retirado).
cli-branch-saved = Sede { $id } { $name }.
cli-branch-saved-retired = Sede { $id } { $name } (retirada).
cli-bank-request-decided = La nueva cuenta { $iban } de { $name } está { $status ->
        [approved] aprobada
        [rejected] rechazada
       *[other] { $status }
    }.

## RR. HH.: política de ausencias

cli-leave-type-created = Se creó { $name } ({ $code }, { $days ->
        [one] { $days } día
       *[other] { $days } días
    } al año, ID { $id }).
cli-leave-type-changed = Se modificó { $name } ({ $code }, { $days ->
        [one] { $days } día
       *[other] { $days } días
    } al año, ID { $id }).
cli-leave-type-retired = Se retiró { $name } ({ $code }, { $days ->
        [one] { $days } día
       *[other] { $days } días
    } al año, ID { $id }).
cli-leave-adjusted = { $days } { $count ->
        [one] día
       *[other] días
    } de “{ $type }” para { $name } en { $year } (asiento { $id }): { $reason }.
cli-leave-job-wrote = { $job } { $period }: { $count ->
        [one] se escribió { $count } asiento.
       *[other] se escribieron { $count } asientos.
    }
cli-leave-job-would-write = { $job } { $period }: { $count ->
        [one] se escribiría { $count } asiento.
       *[other] se escribirían { $count } asientos.
    }
cli-carry-for-months = { $cap } durante { $count ->
        [one] { $count } mes
       *[other] { $count } meses
    }
cli-accrual-upfront = por adelantado
cli-accrual-monthly = mensual
cli-accrual-prorated = { $accrual }, prorrateado
cli-counts-every-half-day = cada medio día
cli-counts-every-day = cada día
cli-counts-working-half-days = medios días laborables
cli-counts-working-days = días laborables
cli-chain-none = ninguna
cli-chain-manager = responsable
cli-chain-manager-hr = responsable + RR. HH.
cli-chain-extra-hr-step = { $chain } (+RR. HH. con más de { $days } d)

## RR. HH.: turnos

cli-shift-created = Se creó { $name } ({ $start }–{ $end }, ID { $id }).
cli-shift-changed = Se modificó { $name } ({ $start }–{ $end }, ID { $id }).
cli-shift-retired = Se retiró { $name } ({ $start }–{ $end }, ID { $id }).
cli-shift-restored = Se recuperó { $name } ({ $start }–{ $end }, ID { $id }).
cli-shift-assigned = { $name } trabaja en { $shift } desde el { $from }, sin fecha de fin (asignación { $id }).
cli-shift-assigned-until = { $name } trabaja en { $shift } del { $from } al { $to } (asignación { $id }).
cli-next-day = { $hours } (día siguiente)
cli-minutes-after-end = { $count } min después del final

## RR. HH.: nómina

cli-pay-assigned = { $name } cobra según { $structure } con una base de { $base } desde el { $from } (asignación { $id }).
cli-pay-assignment-removed = Asignación salarial { $id } quitada.
cli-pay-adjustment-removed = Ajuste de nómina { $id } quitado.
cli-give-an-amount = indica --bonus, --advance o --deduction
cli-no-such-structure = ninguna estructura salarial se llama { $name }
cli-no-such-component = ningún concepto de nómina se llama { $name }
cli-not-a-structure-id = { $id } no es el ID de una estructura salarial
cli-settings-currency = Moneda:
cli-settings-net-rounding = Redondeo del neto:
cli-settings-threshold = Marcar un neto que cambie más de un { $percent } % respecto al proceso anterior
cli-settings-paid-from = Pagado desde:
cli-settings-overtime = Horas extra:
cli-overtime-after = asistencia por encima de { $hours } horas al día
cli-overtime-none = no se toman de la asistencia
cli-kind-bonus = bonificación
cli-kind-advance = anticipo
cli-kind-deduction = deducción
cli-kind-earning = devengo
cli-kind-employer-contribution = aportación de la empresa
cli-kind-employer = empresa
cli-rounding = { $count ->
        [one] { $count } decimal
       *[other] { $count } decimales
    }, { $mode }
cli-rounding-half-up = al más cercano (0,5 hacia arriba)
cli-rounding-half-even = al par más cercano
cli-rounding-down = hacia abajo
cli-rounding-up = hacia arriba
cli-adjustment-added = Nuevo ajuste ({ $kind }) para { $name }: { $amount } “{ $title }” { $when } (ajuste { $id }).
cli-adjustment-ended = Ajuste ({ $kind }) de { $name } terminado: { $amount } “{ $title }” { $when } (ajuste { $id }).
cli-once-in-run = una vez, en el proceso que incluye el { $date }
cli-every-period-from = cada periodo desde el { $date }
cli-every-period-between = cada periodo del { $date } al { $end }
cli-once = una vez
cli-recurring = recurrente
cli-component-created = Se creó { $code } { $name } ({ $kind }: { $rule }, ID { $id }).
cli-component-changed = Se modificó { $code } { $name } ({ $kind }: { $rule }, ID { $id }).
cli-component-retired = Se retiró { $code } { $name } ({ $kind }: { $rule }, ID { $id }).
cli-component-restored = Se recuperó { $code } { $name } ({ $kind }: { $rule }, ID { $id }).
cli-rule-percent-of = { $percent } % de { $component }
cli-rule-percent-of-gross = { $percent } % del bruto
cli-structure-saved = Se guardó { $name } ({ $components }, ID { $id }).
cli-structure-saved-retired = Se guardó { $name } ({ $components }, retirada, ID { $id }).
cli-give-a-period = indica un mes (AAAA-MM), o --from y --to
cli-run-deleted = Se eliminó el proceso en borrador { $id }.
cli-run-created = Borrador creado: { $run }.
cli-run-correction-created = Borrador de corrección creado: { $run }.
cli-run-computed = Calculado: { $run }.
cli-run-locked = Cerrado: { $run }.
cli-run-paid = Marcado como pagado: { $run }.
cli-run-published = Publicado (cada persona pagada ve su nómina y recibe un aviso): { $run }.
cli-run-review = Nómina: { $run }.
cli-run-summary = proceso { $id }, { $period } ({ $status }), pago el { $date }: { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }, bruto { $gross }, neto { $net } { $currency }
cli-run-summary-set-aside = proceso { $id }, { $period } ({ $status }), pago el { $date }: { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }, bruto { $gross }, neto { $net } { $currency }; { $set_aside }
cli-run-failed-count = { $count ->
        [one] { $count } fallida
       *[other] { $count } fallidas
    }
cli-run-held-count = { $count ->
        [one] { $count } retenida
       *[other] { $count } retenidas
    }
cli-run-excluded-count = { $count ->
        [one] { $count } excluida
       *[other] { $count } excluidas
    }
cli-file-written = Se escribió { $file } en { $path }.
cli-line-held = El pago de { $name } queda retenido: { $reason }.
cli-line-excluded = { $name } queda fuera de este proceso: { $reason }.
cli-line-included = { $name } vuelve a estar en el proceso ({ $status }), neto { $net }.
cli-line-overridden = { $name }: { $code } { $amount } ({ $explanation }); neto ahora { $net }.
cli-line-override-cleared = { $name }: { $code } cambiado; neto ahora { $net }.
cli-nobody-in-run = nadie en el proceso { $id } se llama { $name }
cli-net-new = nuevo
cli-flag-joiner = alta
cli-flag-leaver = baja
cli-flag-net-moved = neto { $percent } %
cli-flag-net-changed = neto cambiado
cli-flag-unpaid-leave = ausencia no retribuida { $days } d
cli-flag-negative-net = neto negativo
cli-flag-no-bank-account = sin cuenta bancaria
cli-flag-new-bank-account = cuenta bancaria nueva
cli-payslip-line = { $name } ({ $number }), línea { $id }: { $status }
cli-flagged = Avisos: { $flags }
cli-employed = Empleado del { $from } al { $to }: { $count ->
        [one] { $count } día laborable
       *[other] { $count } días laborables
    }; pagados: { $paid }, sin pagar: { $unpaid }
cli-payslip-totals = Bruto { $gross }, deducciones { $deductions }, neto { $net } { $currency }
cli-payslip-totals-rounded = Bruto { $gross }, deducciones { $deductions }, neto { $net } (redondeado en { $rounding }) { $currency }
cli-since-last-run = Desde el proceso anterior: { $changes } (neto { $net })
