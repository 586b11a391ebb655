# Política de ausencias (RR. HH.): tipos de ausencia y sus reglas, saldos como libro de movimientos, y los procesos de asignación y cierre anual.

leavepolicy-intro = Los tipos de ausencia y sus reglas, los saldos de todos como un libro de movimientos con signo, y las asignaciones, acumulaciones y cierres anuales que lo alimentan
leavepolicy-tab-types = Tipos de ausencia
leavepolicy-tab-ledger = Saldos y movimientos
leavepolicy-tab-jobs = Asignaciones y cierre anual

leavepolicy-offline = Para cambiar la política de ausencias necesitas conexión
leavepolicy-offline-sentence = Para cambiar la política de ausencias necesitas conexión.
leavepolicy-offline-last-read = { $reason }. Se muestra lo último que leyó este dispositivo.

## Tipos de ausencia: las reglas de un tipo en palabras

leavepolicy-paid = Retribuida
leavepolicy-unpaid = No retribuida
leavepolicy-partly-paid = Retribuida en parte: { $percent } % del salario
leavepolicy-allowance-none = Sin días anuales
leavepolicy-allowance-monthly = { $count ->
        [one] { $count } día
       *[other] { $count } días
    } al año, se acumula una doceava parte al final de cada mes trabajado
leavepolicy-allowance-upfront = { $count ->
        [one] { $count } día
       *[other] { $count } días
    } al año, todos el 1 de enero
leavepolicy-allowance-upfront-prorated = { $count ->
        [one] { $count } día
       *[other] { $count } días
    } al año, todos el 1 de enero; quien se incorpora a mitad de año recibe la parte restante
leavepolicy-carry-none = Los días no disfrutados se pierden al final del año
leavepolicy-carry = Hasta { $count ->
        [one] { $count } día no disfrutado pasa
       *[other] { $count } días no disfrutados pasan
    } al año siguiente
leavepolicy-carry-expiring = Hasta { $count ->
        [one] { $count } día no disfrutado pasa
       *[other] { $count } días no disfrutados pasan
    } al año siguiente y se pierden si no se disfrutan en { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    }
leavepolicy-approval-none = No necesita aprobación
leavepolicy-approval-none-extra = No necesita aprobación; a partir de { $count ->
        [one] { $count } día
       *[other] { $count } días
    }, también RR. HH.
leavepolicy-approval-manager = La aprueba el responsable
leavepolicy-approval-manager-extra = La aprueba el responsable; a partir de { $count ->
        [one] { $count } día
       *[other] { $count } días
    }, también RR. HH.
leavepolicy-approval-manager-hr = La aprueba el responsable y después RR. HH.
leavepolicy-counts-all-days = Los fines de semana y festivos dentro de una solicitud cuentan
leavepolicy-counts-working-days = Solo cuentan los días laborables
leavepolicy-whole-days = Se toma en días completos
leavepolicy-half-days = Puede empezar o terminar a mediodía
leavepolicy-notice = Se solicita con al menos { $count ->
        [one] { $count } día
       *[other] { $count } días
    } de antelación
leavepolicy-negative = El saldo puede quedar hasta { $count ->
        [one] { $count } día
       *[other] { $count } días
    } por debajo de cero
leavepolicy-attachment-required = Se requiere un justificante

leavepolicy-types-empty = Aún no hay tipos de ausencia
leavepolicy-type-retired-badge = Retirado
leavepolicy-type-edit-label = Editar { $name }
leavepolicy-type-retire = Retirar
leavepolicy-type-bring-back = Recuperar
leavepolicy-type-created = Se creó “{ $name }”. Se aplica a las solicitudes que se hagan a partir de ahora.
leavepolicy-type-saved = Se guardó “{ $name }”. Se aplica a las solicitudes que se hagan a partir de ahora.
leavepolicy-type-retired = Se retiró “{ $name }”: ya no se puede solicitar; su historial se conserva.
leavepolicy-type-unretired = “{ $name }” se puede volver a solicitar.

## Formulario de tipo de ausencia

leavepolicy-type-create-title = Crear un tipo de ausencia
leavepolicy-type-edit-title = Editar “{ $name }”
leavepolicy-name = Nombre
leavepolicy-name-placeholder = Voluntariado
leavepolicy-code = Código
leavepolicy-code-hint = Cómo lo nombran las solicitudes y los informes: letras minúsculas, dígitos, _ y -.
leavepolicy-pay = Retribución
leavepolicy-pay-paid = Retribuida: salario completo
leavepolicy-pay-partly = Retribuida en parte
leavepolicy-pay-percent = % del salario por cada día disfrutado
leavepolicy-days-per-year = Días al año
leavepolicy-days-per-year-hint = Los días de un año de vacaciones; 0 para un tipo sin días asignados (p. ej., baja por enfermedad).
leavepolicy-accrual = Se asigna
leavepolicy-accrual-upfront = Todo de una vez, el 1 de enero
leavepolicy-accrual-monthly = Una doceava parte al final de cada mes trabajado
leavepolicy-accrual-hint = El servidor asigna y acumula por sí solo; lo verás en la pestaña Asignaciones y cierre anual.
leavepolicy-prorated = Quien se incorpora a mitad de año recibe solo la parte del año que queda
leavepolicy-counts-all-days-label = Los fines de semana y festivos dentro de una solicitud cuentan como días de ausencia
leavepolicy-half-days-label = Puede empezar o terminar a mediodía (medios días)
leavepolicy-attachment-label = Cada solicitud debe incluir un justificante (por ejemplo, un parte médico)
leavepolicy-notice-label = Antelación (días)
leavepolicy-notice-hint = Con cuántos días de antelación hay que hacer la solicitud; 0 si no hace falta.
leavepolicy-negative-label = Puede quedar por debajo de cero (días)
leavepolicy-negative-hint = Permite adelantar días del año siguiente; 0 para nunca.
leavepolicy-carry-label = Traspaso máximo (días)
leavepolicy-carry-hint = Días no disfrutados que pasan al año siguiente en el cierre anual; el resto se pierde.
leavepolicy-expiry-label = Los días traspasados caducan tras (meses)
leavepolicy-expiry-placeholder = Nunca
leavepolicy-expiry-hint = De 1 a 12 meses dentro del nuevo año; vacío: no caducan nunca.
leavepolicy-chain-label = Quién aprueba
leavepolicy-chain-none = Sin aprobación: se aprueba en cuanto se solicita
leavepolicy-chain-manager = El responsable
leavepolicy-chain-manager-hr = El responsable y después RR. HH.
leavepolicy-chain-hint = A quien no tiene responsable lo aprueba RR. HH.
leavepolicy-extra-label = RR. HH. también aprueba solicitudes de más de (días)
leavepolicy-extra-placeholder = Sin paso adicional
leavepolicy-extra-hint = Añade el paso de RR. HH. a las solicitudes largas cuando la cadena no lo incluye; vacío: sin paso adicional.
leavepolicy-type-save = Guardar tipo de ausencia
leavepolicy-type-create = Crear tipo de ausencia
leavepolicy-nothing-to-save = No hay nada que guardar: primero cambia algún campo.
leavepolicy-error-integer = El campo { $field } debe ser un número entero.
leavepolicy-error-percent = Un tipo retribuido en parte paga entre el 1 y el 99 % del salario.
leavepolicy-field-days-per-year = días al año
leavepolicy-field-min-notice-days = antelación
leavepolicy-field-carry-over-cap = traspaso máximo
leavepolicy-field-carry-over-expiry-months = caducidad de los días traspasados
leavepolicy-field-negative-allowance = saldo negativo permitido
leavepolicy-field-extra-hr-step-above-days = aprobación adicional de RR. HH.

## Saldos y movimientos

leavepolicy-ledger-hint = Cada cambio de saldo es un movimiento: lo que asignan y acumulan los procesos, lo que se traspasa o se pierde, las ausencias disfrutadas y los ajustes de RR. HH. con su motivo y autor.
leavepolicy-ledger-person = Persona
leavepolicy-ledger-choose-person = Elige a alguien…
leavepolicy-ledger-year = Año de vacaciones
leavepolicy-year-previous = Año anterior
leavepolicy-year-next = Año siguiente
leavepolicy-ledger-entries = Movimientos de { $year }
leavepolicy-balance = { $type }: { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
leavepolicy-ledger-empty = No hay movimientos en { $year }: aún no se ha asignado, disfrutado ni ajustado nada.
leavepolicy-ledger-when = Cuándo
leavepolicy-ledger-type = Tipo
leavepolicy-ledger-what = Concepto
leavepolicy-ledger-days = Días
leavepolicy-ledger-balance = Saldo
leavepolicy-ledger-why = Motivo y autor
leavepolicy-ledger-server = El servidor
leavepolicy-kind-grant = Asignación anual
leavepolicy-kind-accrual = Acumulación mensual
leavepolicy-kind-carry-over = Traspasado
leavepolicy-kind-expiry = Caducado
leavepolicy-kind-adjustment = Ajuste de RR. HH.
leavepolicy-kind-taken = Ausencia disfrutada
leavepolicy-kind-reversal = Ausencia cancelada, días devueltos

leavepolicy-adjust-title = Ajustar el saldo
leavepolicy-adjust-type = Tipo de ausencia
leavepolicy-choose = Elige…
leavepolicy-adjust-days = Días (+ suma, − resta)
leavepolicy-adjust-reason = Motivo (se muestra en los movimientos y en el registro de auditoría)
leavepolicy-adjust-submit = Ajustar para { $year }
leavepolicy-adjust-days-zero = El campo días no puede ser cero.
leavepolicy-adjust-days-invalid = El campo días debe ser un número entero de días, + para sumar o − para restar.
leavepolicy-adjusted = { $days } { $type } para { $person } en { $year }, registrado con tu motivo.

## Asignaciones y cierre anual

leavepolicy-jobs-hint = El servidor los ejecuta por sí solo cuando corresponde (la asignación el 1 de enero, la acumulación de cada mes al terminar este y el cierre anual después del 31 de diciembre), una vez cada uno. Previsualiza lo que registraría uno; al ejecutarlo solo se registra lo que aún falta.
leavepolicy-job = Proceso
leavepolicy-job-month = Mes (AAAA-MM)
leavepolicy-job-year = Año
leavepolicy-job-preview = Previsualizar
leavepolicy-job-run = Ejecutar
leavepolicy-job-yearly-grant = Asignación anual
leavepolicy-job-yearly-grant-help = Asigna los días del año de cada tipo que se da de una vez, prorrateados para las incorporaciones.
leavepolicy-job-monthly-accrual = Acumulación mensual
leavepolicy-job-monthly-accrual-help = Suma la parte mensual de cada tipo que se acumula por meses, para quienes trabajaron ese mes.
leavepolicy-job-year-end = Cierre anual
leavepolicy-job-year-end-help = Para el año que termina: los días no disfrutados pasan al año siguiente hasta el máximo de cada tipo; el resto se pierde.
leavepolicy-job-carry-over-expiry = Caducidad de traspasos
leavepolicy-job-carry-over-expiry-help = Para el año al que se traspasaron días: los días traspasados no disfrutados antes de la caducidad del tipo se pierden.
leavepolicy-outcome-wrote = Se { $count ->
        [one] registró { $count } movimiento
       *[other] registraron { $count } movimientos
    } ({ $days } { $total ->
        [one] día
       *[other] días
    }).
leavepolicy-outcome-preview = Se { $count ->
        [one] registraría { $count } movimiento
       *[other] registrarían { $count } movimientos
    } ({ $days } { $total ->
        [one] día
       *[other] días
    }). No se registra nada hasta que lo ejecutes.
leavepolicy-outcome-wrote-none = Se registraron 0 movimientos: ya estaba todo hecho.
leavepolicy-outcome-nothing = Nada que registrar: ya está todo hecho.
leavepolicy-runs-title = Historial de ejecuciones
leavepolicy-runs-empty = Aún no hay ejecuciones
leavepolicy-run-by = Ejecutado por { $name }
leavepolicy-run-by-server = Ejecutado por el servidor
leavepolicy-run-entries = { $count ->
        [one] { $count } movimiento
       *[other] { $count } movimientos
    }
leavepolicy-run-entries-days = { $count ->
        [one] { $count } movimiento
       *[other] { $count } movimientos
    } · { $days } { $total ->
        [one] día
       *[other] días
    }
