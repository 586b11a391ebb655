### Mensajes de validación de la API de RR. HH. (422), traducidos cuando Accept-Language pide español. Las
### plantillas en inglés y sus variables están en locales/en/validation.ftl.

## El resumen de "message"

validation-given-data-invalid = Los datos proporcionados no son válidos.
validation-summary-one = { $message } (y 1 error más)
validation-summary-other = { $message } (y { $count } errores más)

## Reglas

validation-required = El campo { $attribute } es obligatorio.
validation-required-if = El campo { $attribute } es obligatorio cuando { $other } es { $value }.
validation-required-with = El campo { $attribute } es obligatorio cuando { $other } está presente.
validation-required-without = El campo { $attribute } es obligatorio cuando { $other } no está presente.
validation-required-without-all = El campo { $attribute } es obligatorio cuando no está presente ninguno de los campos { $others }.
validation-required-with-coordinate = El campo { $attribute } es obligatorio junto con la otra coordenada.
validation-prohibits = El campo { $attribute } no permite que { $other } esté presente.
validation-string = El campo { $attribute } debe ser una cadena de texto.
validation-max-characters = El campo { $attribute } no debe superar los { $max } caracteres.
validation-max = El campo { $attribute } no debe ser mayor que { $max }.
validation-max-items = El campo { $attribute } no debe tener más de { $max } elementos.
validation-min = El campo { $attribute } debe ser como mínimo { $min }.
validation-greater-than = El campo { $attribute } debe ser mayor que { $value }.
validation-between = El campo { $attribute } debe estar entre { $min } y { $max }.
validation-not-zero = El campo { $attribute } no debe ser cero.
validation-multiple-of = El campo { $attribute } debe ser un múltiplo de { $value }.
validation-numeric = El campo { $attribute } debe ser un número.
validation-integer = El campo { $attribute } debe ser un número entero.
validation-decimals = El campo { $attribute } debe ser un importe con dos decimales como máximo.
validation-boolean = El campo { $attribute } debe ser verdadero o falso.
validation-array = El campo { $attribute } debe ser una lista.
validation-object = El campo { $attribute } debe ser un objeto.
validation-distinct = El campo { $attribute } tiene un valor duplicado.
validation-email = El campo { $attribute } debe ser una dirección de correo electrónico válida.
validation-iban = El campo { $attribute } debe ser un IBAN válido.
validation-bic = El campo { $attribute } debe ser un BIC válido.
validation-bic-format = El campo { $attribute } debe ser un BIC de 8 u 11 letras y dígitos.
validation-date = El campo { $attribute } debe ser una fecha válida.
validation-date-format = El campo { $attribute } debe tener el formato { $format }.
validation-format = El formato del campo { $attribute } no es válido.
validation-after = El campo { $attribute } debe ser una fecha posterior a { $other }.
validation-after-now = El campo { $attribute } debe ser una fecha futura.
validation-after-or-equal = El campo { $attribute } debe ser una fecha posterior o igual a { $other }.
validation-after-or-equal-today = El campo { $attribute } debe ser una fecha posterior o igual a hoy.
validation-after-or-equal-short = El campo { $attribute } debe ser una fecha posterior o igual a { $other }.
validation-before-or-equal-now = El campo { $attribute } no debe estar en el futuro.
validation-not-in-future = El campo { $attribute } no debe estar en el futuro.
validation-selected-invalid = El valor seleccionado para { $attribute } no es válido.
validation-unique = El valor del campo { $attribute } ya está en uso.
validation-time-after-or-overnight = El campo { $attribute } debe ser una hora posterior a { $other }, o el turno debe ser nocturno.
validation-time-on-date = El campo { $attribute } debe ser una hora del { $date }.
validation-within-hours-of = El campo { $attribute } debe estar como máximo { $hours } horas después de { $other }.
validation-within-last-hours = El campo { $attribute } debe estar dentro de las últimas { $hours } horas; pida a RR. HH. que registre la asistencia anterior.
validation-amount-or-null = El campo { $attribute } debe estar presente: un importe, o null para quitar el valor introducido manualmente.
validation-component-reference = El campo { $attribute } debe ser el ID o el código de un concepto salarial.

## La solicitud en sí

validation-nul-characters = La solicitud no puede contener caracteres NUL.
validation-body-unreadable = No se pudo leer el cuerpo de la solicitud.
validation-body-not-object = El cuerpo de la solicitud debe ser un objeto JSON.
validation-body-not-json = El cuerpo de la solicitud no es un JSON válido.
validation-query-unreadable = No se pudieron leer los parámetros de la consulta.
validation-idempotency-key-format = El encabezado Idempotency-Key debe tener entre 1 y 255 caracteres ASCII visibles.
validation-idempotency-key-reused = Esta Idempotency-Key ya se usó para otra solicitud.

## Inicio de sesión y contraseñas

validation-credentials = Las credenciales proporcionadas son incorrectas.
validation-account-not-activated = Esta cuenta aún no se ha activado. Pida a su equipo de RR. HH. que la active.
validation-account-recovery = Hay un restablecimiento de contraseña en curso para esta cuenta. Use el enlace o el código que le proporcionó su equipo de RR. HH.
validation-account-locked = Esta cuenta está bloqueada por demasiados intentos con contraseñas incorrectas. Pida a su equipo de RR. HH. que la desbloquee.
validation-account-suspended = Esta cuenta está suspendida. Pida a su equipo de RR. HH. que levante la suspensión.
validation-account-deactivated = Esta cuenta ha sido desactivada.
validation-account-changed = Su cuenta cambió mientras iniciaba sesión. Vuelva a iniciar sesión.
validation-link-spent = Este enlace caducó o ya se usó. Pida uno nuevo a su equipo de RR. HH.
validation-password-expired = Su contraseña caducó. Elija una contraseña nueva para iniciar sesión.
validation-password-unchanged = La nueva contraseña debe ser distinta de la caducada.
validation-password-requirements = No se cumplen los requisitos de la contraseña. Requisitos: al menos { $count } caracteres.
validation-login-taken = Ya existe un objeto con este campo en la organización actual

## Asistencia

validation-mock-location = No se aceptan ubicaciones de un proveedor de ubicaciones simuladas.
validation-already-checked-in = Ya tiene una entrada registrada desde las { $time }; registre primero la salida.
validation-check-in-before-last-check-out = Esta entrada es anterior a su última salida; no se puede registrar.
validation-check-in-auto-closed = Su entrada de { $time } se cerró a las { $closed } porque no se registró ninguna salida. Solicite una corrección si no es correcto.
validation-not-checked-in = No tiene una entrada registrada, así que no puede registrar la salida.
validation-check-out-before-check-in = La hora de salida debe ser posterior a su entrada de las { $time }.
validation-outside-fence-check-in = Está a { $distance } de { $branch }; el registro de entrada solo se permite dentro del radio de { $radius } de { $branch }.
validation-outside-fence-check-out = Está a { $distance } de { $branch }; el registro de salida solo se permite dentro del radio de { $radius } de { $branch }.
validation-outside-fence-accuracy-check-in = Está a { $distance } de { $branch }; el registro de entrada solo se permite dentro del radio de { $radius } de { $branch }, más { $allowance } por la precisión de esta posición.
validation-outside-fence-accuracy-check-out = Está a { $distance } de { $branch }; el registro de salida solo se permite dentro del radio de { $radius } de { $branch }, más { $allowance } por la precisión de esta posición.
validation-location-required-check-in = Se necesita su ubicación para registrar la entrada en { $branch }.
validation-location-required-check-out = Se necesita su ubicación para registrar la salida en { $branch }.
validation-location-imprecise = Su ubicación es demasiado imprecisa (±{ $accuracy }); debe tener una precisión de ±{ $max }. Salga a un lugar despejado e inténtelo de nuevo.

## Correcciones de asistencia

validation-correction-waiting = Este registro ya tiene una corrección pendiente de decisión.
validation-correction-decided =
    Esta corrección ya fue { $status ->
        [approved] aprobada
        [rejected] rechazada
       *[other] tramitada
    }.
validation-correction-inapplicable = Esta corrección ya no se puede aplicar: { $message }
validation-times-unchanged = Estas son las horas que ya están registradas.
validation-times-overlap = Estas horas se superponen con su asistencia de { $start } a { $end }.
validation-times-overlap-open = Estas horas se superponen con su asistencia desde { $start }, que aún no tiene salida registrada.

## Ausencias

validation-leave-no-working-days = Las fechas seleccionadas no contienen días laborables.
validation-leave-overlap = Estas fechas se superponen con su solicitud de ausencia del { $start } al { $end }.
validation-leave-balance =
    Saldo insuficiente de { $type } para { $year }: { $requested } { $requested ->
        [one] día solicitado
       *[other] días solicitados
    }, { $available } { $available ->
        [one] disponible
       *[other] disponibles
    }.
validation-leave-whole-days = { $type } solo se puede tomar en días completos.
validation-leave-notice =
    La fecha de inicio debe estar al menos a { $days } { $days ->
        [one] día
       *[other] días
    } de hoy.
validation-leave-afternoon = Una ausencia de un día que empieza por la tarde debe terminar por la tarde.
validation-leave-decided =
    Esta solicitud de ausencia ya fue { $status ->
        [approved] aprobada
        [rejected] rechazada
        [cancelled] cancelada
       *[other] tramitada
    }.
validation-leave-no-step = Esta solicitud de ausencia no tiene ningún paso pendiente de decisión.
validation-leave-started = Esta solicitud de ausencia ya comenzó y no se puede cancelar.
validation-leave-not-pending = Esta solicitud de ausencia ya no está pendiente y no se puede cancelar.
validation-leave-period-not-over = El período debe haber terminado.
validation-leave-period-too-far = El período no debe estar más de un año en el futuro.
validation-new-leave-type-retired = Un tipo de ausencia nuevo no se puede retirar.

## Personas, organización y autoservicio

validation-new-department-retired = Un departamento nuevo no se puede retirar.
validation-new-branch-retired = Una sucursal nueva no se puede retirar.
validation-offboard-yourself = No puede iniciar su propia baja.
validation-send-a-change = Envíe al menos uno de estos campos: puesto, departamento, sucursal, superior o tipo de empleo.
validation-manager-cycle = Una persona no puede tenerse a sí misma ni a alguien a su cargo como superior.
validation-manager-other-company = El superior debe trabajar en la misma empresa.
validation-keep-one-admin = La organización debe conservar al menos un administrador (hr).
validation-department-retired = Este departamento está retirado; elija un departamento en uso.
validation-person-left = Esta persona ya dejó la empresa.
validation-person-offboarding = Esta persona ya está en proceso de baja.
validation-department-group = El grupo de un departamento va ligado a su departamento.
validation-group-name-taken = La organización ya tiene un grupo con este nombre.
validation-department-name-taken = La organización ya tiene un departamento con este nombre.
validation-trusted-origin-taken = Este origen ya es un origen de confianza de la organización.
validation-timezone = { $timezone } no es una zona horaria IANA (p. ej., Europe/Berlin).
validation-geofence = Una geocerca necesita una posición válida y un radio positivo.
validation-api-token-user = Los tokens de API actúan como un usuario de RR. HH. de la misma empresa.
validation-contacts-list = El cuerpo de la solicitud debe ser una lista de contactos.
validation-contacts-max = Como máximo { $count } contactos de emergencia.
validation-contact-object = Cada contacto debe ser un objeto.
validation-request-decided = Esta solicitud ya fue resuelta.
validation-half-days-working-days = Los medios días deben ser días laborables.
validation-calendar-file = El calendario debe ser un archivo iCalendar (text/calendar).

## Turnos

validation-new-shift-retired = Un turno nuevo no se puede retirar.
validation-overnight-shift-end = Un turno nocturno debe terminar al día siguiente, como muy tarde a la hora en que empieza.
validation-shift-retired = Este turno está retirado y ya no se puede asignar.

## Activos

validation-asset-status-by-assignment = Un activo pasa a estar asignado cuando se asigna a alguien.
validation-asset-assigned-status = El activo está asignado: recupérelo antes de cambiar su estado.
validation-asset-already-assigned = El activo ya está asignado a { $name }.
validation-asset-in-repair = El activo está en reparación y no se puede asignar.
validation-asset-retired = El activo está dado de baja y no se puede asignar.
validation-asset-not-assigned = El activo no está asignado a nadie.
validation-asset-request-decided =
    Esta solicitud ya fue { $status ->
        [fulfilled] atendida
        [declined] rechazada
       *[other] tramitada
    }.
validation-problem-resolved = Este problema ya se resolvió.
validation-problem-resolved-by = Este problema ya lo resolvió { $name }.
validation-problem-resolved-on = Este problema ya se resolvió el { $date }.
validation-problem-resolved-by-on = Este problema ya lo resolvió { $name } el { $date }.

## Anuncios

validation-announcement-published-content = Este anuncio está publicado: solo se pueden cambiar «fijado» y «fecha de caducidad».
validation-announcement-expired-content = Este anuncio caducó: solo se pueden cambiar «fijado» y «fecha de caducidad».
validation-announcement-already-published = Este anuncio ya está publicado.
validation-announcement-expired-publish = Este anuncio caducó y no se puede volver a publicar.
validation-announcement-already-expired = Este anuncio ya caducó.
validation-announcement-draft-expire = Este anuncio es un borrador y no está publicado; elimínelo en su lugar.
validation-announcement-scheduled-expire = Este anuncio está programado y no está publicado; elimínelo en su lugar.
validation-announcement-published-delete = Este anuncio está publicado y no se puede eliminar; hágalo caducar en su lugar.
validation-announcement-expired-delete = Este anuncio caducó y se conserva en el historial; no se puede eliminar.

## Configuración de la nómina

validation-new-pay-component-retired = Un concepto salarial nuevo no se puede retirar.
validation-new-salary-structure-retired = Una estructura salarial nueva no se puede retirar.
validation-code-in-use = El código no puede cambiar mientras lo use una estructura salarial u otro concepto.
validation-component-in-use = El concepto no se puede retirar mientras lo use la estructura salarial { $name }.
validation-structure-no-longer-valid = La estructura salarial { $name } dejaría de ser válida: { $message }
validation-retired-component = El campo { $attribute } hace referencia al concepto retirado { $code }.
validation-another-component = El campo { $attribute } debe hacer referencia a un concepto distinto de { $code }.
validation-formula = El campo { $attribute } no es una fórmula válida: { $error }.
validation-earning-depends-on-gross = El campo { $attribute } hace que el devengo { $code } dependa del bruto ({ $chain }), del que forma parte.
validation-depends-on-itself = El campo { $attribute } hace que { $code } dependa de sí mismo ({ $chain }).
validation-code-reserved = El campo { $attribute } no debe ser { $code }, que ya usan las fórmulas.
validation-code-characters = El campo { $attribute } debe empezar por una letra y contener solo letras, números y guiones bajos.

## Nóminas, ajustes y archivos bancarios

validation-run-max-days = Una nómina abarca como máximo { $count } días.
validation-run-period = Indique un mes como período (AAAA-MM), o bien el inicio y el fin del período.
validation-run-pay-date = La fecha de pago debe estar dentro de los dos meses posteriores al fin del período.
validation-run-changed = Los importes cambiaron desde el último cálculo de la nómina: revise las nuevas cifras y luego ciérrela.
validation-run-cannot-correct =
    La nómina de { $run } { $status ->
        [draft] es un borrador
        [locked] está cerrada
        [paid] está pagada
        [published] está publicada
       *[other] tiene el estado { $status }
    }: no se puede corregir, porque solo se corrige una nómina cerrada.
validation-run-cannot-recompute =
    La nómina de { $run } { $status ->
        [draft] es un borrador
        [locked] está cerrada
        [paid] está pagada
        [published] está publicada
       *[other] tiene el estado { $status }
    }: no se puede recalcular, porque los recibos de una nómina cerrada se quedan como se cerraron.
validation-run-cannot-delete =
    La nómina de { $run } { $status ->
        [draft] es un borrador
        [locked] está cerrada
        [paid] está pagada
        [published] está publicada
       *[other] tiene el estado { $status }
    }: no se puede eliminar, porque una nómina cerrada se corrige en una nómina posterior.
validation-run-cannot-change =
    La nómina de { $run } { $status ->
        [draft] es un borrador
        [locked] está cerrada
        [paid] está pagada
        [published] está publicada
       *[other] tiene el estado { $status }
    }: no se puede modificar.
validation-run-cannot-lock =
    La nómina de { $run } { $status ->
        [draft] es un borrador
        [locked] está cerrada
        [paid] está pagada
        [published] está publicada
       *[other] tiene el estado { $status }
    }: no se puede cerrar.
validation-run-cannot-mark-paid =
    La nómina de { $run } { $status ->
        [draft] es un borrador
        [locked] está cerrada
        [paid] está pagada
        [published] está publicada
       *[other] tiene el estado { $status }
    }: no se puede marcar como pagada.
validation-run-cannot-publish =
    La nómina de { $run } { $status ->
        [draft] es un borrador
        [locked] está cerrada
        [paid] está pagada
        [published] está publicada
       *[other] tiene el estado { $status }
    }: no se puede publicar.
validation-run-overlaps = La nómina de { $run } ya cubre parte de este período.
validation-run-already-corrected = La nómina de { $run } ya tiene una corrección (nómina { $correction }).
validation-correction-run-corrected = Una corrección no se vuelve a corregir: corrija en una nómina posterior.
validation-back-pay-paid = Los atrasos de { $run } ya se pagaron en una nómina posterior (ajuste { $adjustment }): corrija ese ajuste en su lugar.
validation-line-not-computed = Esta persona no tiene un recibo calculado que modificar: corrija primero el motivo del fallo.
validation-not-in-structure = { $code } no es un concepto de la estructura { $structure }.
validation-lines-failed = No se pudo calcular la nómina de { $names }: corrija el motivo indicado en su línea o exclúyalos.
validation-lines-negative = El neto de { $names } sería negativo: modifique una línea, retenga el pago o exclúyalos.
validation-lines-unbanked = { $names } no tiene una cuenta bancaria aprobada: apruebe los datos bancarios o retenga el pago.
validation-recurring-end = Solo un ajuste recurrente tiene fecha de fin.
validation-structure-retired = La estructura salarial está retirada: reactívela o elija una vigente.
validation-assignment-paid = Una nómina cerrada ya pagó según esta asignación: añada en su lugar una asignación nueva a partir de un día posterior.
validation-adjustment-start-locked = La nómina hasta el { $date } está cerrada: un ajuste empieza después, en la próxima nómina.
validation-adjustment-end-locked = La nómina hasta el { $date } está cerrada: haga que el ajuste termine el { $date } o más tarde.
validation-adjustment-paid = Una nómina cerrada ya pagó este ajuste: termínelo o añada una deducción en la próxima nómina.
validation-payslips-locked = Los recibos de nómina se generan a partir de una nómina cerrada: cierre primero la nómina.
validation-bank-files-locked = Los archivos bancarios se generan a partir de una nómina cerrada: cierre primero la nómina.
validation-bank-file-format = El formato seleccionado no es válido: csv o pain.001.
validation-sepa-not-euro = Las transferencias SEPA son en euros; esta nómina está en { $currency }: use el archivo CSV
validation-sepa-no-payments = esta nómina no tiene pagos que enviar
validation-sepa-debtor-account = falta la cuenta bancaria de la empresa: introduzca su IBAN en la configuración de nómina
validation-sepa-debtor-iban = el IBAN de la empresa no es válido: revíselo en la configuración de nómina
validation-sepa-debtor-bic = el BIC «{ $bic }» de la empresa no es válido (8 u 11 letras y dígitos): revíselo en la configuración de nómina
validation-sepa-debtor-name = el nombre de la empresa no tiene letras que un archivo SEPA pueda transmitir: introdúzcalo en letras latinas
validation-sepa-iban = { $name } ({ $id }): el IBAN no es válido; revise sus datos bancarios
validation-sepa-bic = { $name } ({ $id }): el BIC «{ $bic }» no es válido (8 u 11 letras y dígitos); revise sus datos bancarios
validation-sepa-amount-not-positive = { $name } ({ $id }): el importe { $amount } no es mayor que cero; excluya a esta persona de la transferencia
validation-sepa-amount-cents = { $name } ({ $id }): el importe { $amount } tiene más de 2 decimales; los bancos solo transfieren céntimos enteros
validation-sepa-amount-too-large = { $name } ({ $id }): el importe { $amount } supera lo que puede transmitir una transferencia SEPA (999999999.99)
validation-sepa-name = { $name } ({ $id }): el nombre no tiene letras que un archivo SEPA pueda transmitir (solo letras latinas); introdúzcalo en letras latinas
validation-sepa-message-id = el identificador de mensaje «{ $id }» del archivo no puede ir en un archivo SEPA: necesita de 1 a 35 de los caracteres A–Z a–z 0–9 / - ? : ( ) . , ' + y el espacio, sin empezar ni terminar con un espacio o «/» ni contener «//»
validation-sepa-end-to-end-id = el identificador de extremo a extremo «{ $id }» no puede ir en un archivo SEPA: necesita de 1 a 35 de los caracteres A–Z a–z 0–9 / - ? : ( ) . , ' + y el espacio, sin empezar ni terminar con un espacio o «/» ni contener «//»
validation-sepa-creation-time = la hora de creación { $date } está fuera de los años que acepta un banco
validation-sepa-execution-date = la fecha de ejecución { $date } está fuera de los años que acepta un banco
validation-sepa-total = el total de la nómina supera lo que puede transmitir un archivo SEPA; divídalo en varios archivos

## Nombres de los campos, tal como los nombran los mensajes anteriores

validation-attribute-account-holder = titular de la cuenta
validation-attribute-accrual = acumulación
validation-attribute-accuracy = precisión
validation-attribute-address = dirección
validation-attribute-amount = importe
validation-attribute-approval-chain = cadena de aprobación
validation-attribute-asset-id = ID del activo
validation-attribute-attachment-required = adjunto obligatorio
validation-attribute-attendance-record-id = ID del registro de asistencia
validation-attribute-audience = destinatarios
validation-attribute-auto-close-after-minutes = cierre automático tras (minutos)
validation-attribute-base-amount = importe base
validation-attribute-bic = BIC
validation-attribute-body = texto
validation-attribute-branch-id = ID de la sucursal
validation-attribute-calendar = calendario
validation-attribute-carry-over-cap = límite de traspaso
validation-attribute-carry-over-expiry-months = caducidad del traspaso (meses)
validation-attribute-category = categoría
validation-attribute-check-in-at = hora de entrada
validation-attribute-check-out-at = hora de salida
validation-attribute-code = código
validation-attribute-component = concepto
validation-attribute-components = conceptos
validation-attribute-condition = estado físico
validation-attribute-counts-non-working-days = contar días no laborables
validation-attribute-date = fecha
validation-attribute-days = días
validation-attribute-days-per-year = días por año
validation-attribute-debtor-bic = BIC del ordenante
validation-attribute-debtor-iban = IBAN del ordenante
validation-attribute-debtor-name = nombre del ordenante
validation-attribute-decision = decisión
validation-attribute-department-id = ID del departamento
validation-attribute-description = descripción
validation-attribute-device-name = nombre del dispositivo
validation-attribute-early-grace-minutes = tolerancia de salida anticipada (minutos)
validation-attribute-effective-date = fecha de efecto
validation-attribute-effective-from = vigente desde
validation-attribute-email = correo electrónico
validation-attribute-employee = empleado
validation-attribute-employee-id = ID del empleado
validation-attribute-employment-type = tipo de empleo
validation-attribute-end-date = fecha de fin
validation-attribute-end-half = media jornada final
validation-attribute-ends-at = hora de fin
validation-attribute-ends-on = termina el
validation-attribute-expires-at = fecha de caducidad
validation-attribute-expression = fórmula
validation-attribute-extra-hr-step-above-days = aprobación adicional de RR. HH. a partir de (días)
validation-attribute-first-name = nombre
validation-attribute-from = desde
validation-attribute-geofence-radius = radio de la geocerca
validation-attribute-half-day = medio día
validation-attribute-half-days = medios días
validation-attribute-head-id = ID del responsable
validation-attribute-hidden-when-zero = ocultar si es cero
validation-attribute-iban = IBAN
validation-attribute-id = ID
validation-attribute-is-mocked = ubicación simulada
validation-attribute-job = tarea
validation-attribute-job-title = puesto
validation-attribute-kind = clase
validation-attribute-language = idioma
validation-attribute-last-name = apellido
validation-attribute-last-working-day = último día de trabajo
validation-attribute-late-grace-minutes = tolerancia de retraso (minutos)
validation-attribute-latitude = latitud
validation-attribute-leave-type-id = ID del tipo de ausencia
validation-attribute-lines = líneas
validation-attribute-longitude = longitud
validation-attribute-manager-id = ID del superior
validation-attribute-min-notice-days = antelación mínima (días)
validation-attribute-mode = modo
validation-attribute-month = mes
validation-attribute-name = nombre
validation-attribute-negative-allowance = saldo negativo permitido
validation-attribute-net-change-threshold = umbral de variación del neto
validation-attribute-new-password = nueva contraseña
validation-attribute-note = nota
validation-attribute-notes = notas
validation-attribute-overnight = nocturno
validation-attribute-overtime-after-hours = horas extra a partir de (horas)
validation-attribute-paid-fraction = fracción remunerada
validation-attribute-password = contraseña
validation-attribute-pay-date = fecha de pago
validation-attribute-period = período
validation-attribute-period-end = fin del período
validation-attribute-period-start = inicio del período
validation-attribute-personal-email = correo electrónico personal
validation-attribute-phone = teléfono
validation-attribute-pinned = fijado
validation-attribute-places = decimales
validation-attribute-prorated = prorrateado
validation-attribute-publish = publicar
validation-attribute-publish-at = fecha de publicación
validation-attribute-purchase-cost = costo de compra
validation-attribute-purchase-date = fecha de compra
validation-attribute-reason = motivo
validation-attribute-recorded-at = hora de registro
validation-attribute-recurrence = recurrencia
validation-attribute-recurring = recurrente
validation-attribute-relationship = parentesco
validation-attribute-retired = retirado
validation-attribute-rule = regla
validation-attribute-salary-structure-id = ID de la estructura salarial
validation-attribute-serial-number = número de serie
validation-attribute-start-date = fecha de inicio
validation-attribute-start-half = media jornada inicial
validation-attribute-start-month = mes de inicio
validation-attribute-starts-at = hora de inicio
validation-attribute-starts-on = comienza el
validation-attribute-status = estado
validation-attribute-tag = etiqueta de inventario
validation-attribute-title = título
validation-attribute-to = hasta
validation-attribute-token = token
validation-attribute-type = tipo
validation-attribute-working-days = días laborables
validation-attribute-year = año
