# Payroll: the runs, a run's review and its next steps.

payroll-offline = Para cambiar la nómina necesitas conexión
payroll-offline-last-copy = Para cambiar la nómina necesitas conexión: esta es la última copia.
# Between the parts of a list such as "12 paid, 1 held" (keep the quotes: they keep the space).
payroll-list-separator = {", "}
payroll-choose = Elige…

## The runs

payroll-runs-subtitle = Procesos de nómina, del más reciente al más antiguo
payroll-runs-label = Procesos de nómina
# Mid-sentence, for "Loading payroll runs from the server…".
payroll-first-fill-what = los procesos de nómina
payroll-runs-empty = Todavía no hay procesos de nómina
payroll-create-no-run = Todavía no hay proceso de nómina para { $month }. Un borrador calcula a todas las personas contratadas en el mes; no se paga nada hasta que lo cierres y lo publiques.
payroll-create = Crear el proceso de { $month }
payroll-run-row = { $count ->
    [one] { $count } empleado
   *[other] { $count } empleados
} · fecha de pago: { $date }
# Beside a run's or a person's net amount.
payroll-net-small = neto

payroll-status-draft = Borrador
payroll-status-locked = Cerrado
payroll-status-paid = Pagado
payroll-status-published = Publicado
payroll-line-ready = Lista
payroll-line-failed = Con error
payroll-line-held = Retenida
payroll-line-excluded = Excluida

payroll-computing-label = Calculando nóminas
payroll-computing = Calculando { $count ->
    [one] { $count } nómina
   *[other] { $count } nóminas
} de { $month }… Quien no se pueda calcular aparecerá en la lista con el motivo.
payroll-computing-everyone = Calculando la nómina de todas las personas de { $month }… Quien no se pueda calcular aparecerá en la lista con el motivo.

## A run

payroll-run-title = Nómina · { $month }
payroll-run-subtitle = { $period } · fecha de pago: { $date } · { $people }
payroll-people-paid = { $count ->
    [one] { $count } pagada
   *[other] { $count } pagadas
}
payroll-people-held = { $count ->
    [one] { $count } retenida
   *[other] { $count } retenidas
}
payroll-people-excluded = { $count ->
    [one] { $count } excluida
   *[other] { $count } excluidas
}
payroll-people-failed = { $count ->
    [one] { $count } con error
   *[other] { $count } con error
}
payroll-employees-paid = Empleados pagados
payroll-gross = Bruto
payroll-net = Neto

payroll-actions-draft = Revisa y después cierra
payroll-actions-locked = Cerrado { $time }: paga y después publica
payroll-actions-paid = Pagado { $time }: publica las nóminas
payroll-actions-published = Publicado { $time }: solo lectura
payroll-actions-draft-hint = Retén o excluye a personas, o fija un concepto a mano, desde su línea. Al cerrar se calcula una vez más y se congelan los importes y las cuentas bancarias; nadie cobra ni ve su nómina hasta que se publique el proceso.
payroll-step-recompute = Recalcular
payroll-step-lock = Cerrar proceso
payroll-step-pay = Marcar como pagado
payroll-step-publish = Publicar nóminas
# A step's button when it asks before it is done.
payroll-step-asks = { $step }…
payroll-step-refused = { $step ->
    [recompute] Se rechazó el recálculo
    [lock] Se rechazó el cierre
    [pay] Se rechazó marcarlo como pagado
   *[publish] Se rechazó la publicación
}:
payroll-done-recompute = Proceso de { $month } recalculado con los datos de hoy: { $people }.
payroll-done-lock = El proceso de { $month } está cerrado: { $people }. Guarda el fichero bancario y después márcalo como pagado.
payroll-done-pay = El proceso de { $month } está marcado como pagado.
payroll-done-publish = El proceso de { $month } está publicado: { $count ->
    [one] { $count } persona ve su nómina y ha recibido un aviso
   *[other] { $count } personas ven su nómina y han recibido un aviso
}.
payroll-confirm-lock = ¿Cerrar el proceso de { $month }? Se calcula una vez más y después se congelan los importes y las cuentas bancarias de { $count ->
    [one] { $count } persona
   *[other] { $count } personas
} (neto { $total }).
payroll-confirm-lock-held = { $count ->
    [one] { $count } persona retenida no cobra en él.
   *[other] { $count } personas retenidas no cobran en él.
}
payroll-confirm-lock-final = Un proceso cerrado no se vuelve a modificar nunca: los errores se corrigen en un proceso posterior.
payroll-confirm-publish = ¿Publicar el proceso de { $month }? { $count ->
    [one] { $count } persona verá su nómina en la app y recibirá un aviso
   *[other] { $count } personas verán su nómina en la app y recibirán un aviso
} al momento; no se puede deshacer.
payroll-confirm-publish-unpaid = Todavía no está marcado como pagado.
payroll-confirm-lock-yes = Cerrar
payroll-confirm-publish-yes = Publicar

payroll-bank-file = Fichero bancario
payroll-bank-format-csv = CSV (cualquier banco)
payroll-bank-format-pain001 = SEPA pain.001 (euros)
payroll-bank-file-save = Guardar en Descargas
payroll-bank-file-refused = No se pudo generar el fichero bancario:
# $file is the file's name, $path where it was saved.
payroll-bank-file-saved = { $file }: { $count ->
    [one] { $count } transferencia
   *[other] { $count } transferencias
}, guardado en { $path }
payroll-payslips-save = Guardar todas las nóminas (ZIP)
payroll-payslips-saved = Todas las nóminas del proceso, guardadas en { $path }
payroll-correct = Corregir este proceso…
payroll-correct-title = ¿Corregir este proceso?
payroll-correct-text = Se calcula un nuevo borrador para el mismo periodo con la configuración de nómina, las ausencias y las asignaciones de hoy. La nómina de cada persona en él es la diferencia con lo que pagó este proceso; quien no tenga nada que corregir queda fuera. Este proceso se queda como estaba.
payroll-correct-yes = Crear el borrador de corrección

## The people of a run

payroll-lines-label = Líneas de nómina
payroll-lines-loading = Cargando líneas…
payroll-lines-search-label = Buscar en las líneas de este proceso
payroll-lines-search-placeholder = Busca por nombre o número de empleado
payroll-flagged-only = Solo marcadas
payroll-lines-people-label = Personas de este proceso
payroll-lines-no-match = Ninguna línea coincide con “{ $query }”.
payroll-lines-no-match-flagged = Ninguna línea marcada coincide con “{ $query }”.
payroll-lines-none-flagged = No hay nadie marcado.
payroll-lines-shown = Mostrando { $shown } de { $count }
payroll-lines-more = Mostrar { $count } más
payroll-lines-flagged = { $count ->
    [one] { $count } persona marcada
   *[other] { $count } personas marcadas
} para una segunda revisión.
payroll-lines-empty = Nadie en este proceso
payroll-lines-empty-hint = Nadie estuvo contratado en su periodo.
payroll-lines-unavailable = No hay líneas disponibles
payroll-lines-unavailable-hint = Conéctate al servidor para cargar las líneas de este proceso.

payroll-flag-joiner = Alta
payroll-flag-leaver = Baja
payroll-flag-net-changed = Neto modificado
# $change is signed: +12.5, −20.
payroll-flag-net-percent = Neto { $change } %
payroll-flag-unpaid-leave = { $days ->
    [one] { $days } día de ausencia no retribuida
   *[other] { $days } días de ausencia no retribuida
}
payroll-flag-negative-net = Neto negativo
payroll-flag-no-bank-account = Sin cuenta bancaria
payroll-flag-bank-account-changed = Cuenta bancaria cambiada

## One person's review

payroll-person-close = Cerrar { $name }
payroll-person-paid-into = se paga en { $account }
payroll-person-no-bank-account = sin cuenta bancaria
payroll-person-flags = Marcas
payroll-person-error = No se pudo calcular: { $error }
# $status is the line's status (Held, Excluded…), $note HR's reason.
payroll-person-note = { $status }: { $note }
payroll-person-no-breakdown = Neto { $net }; este proceso no tiene el desglose de cómo se calculó.
payroll-slip-earnings = Devengos
payroll-slip-deductions = Deducciones
payroll-slip-employer = Pagado por la empresa
payroll-slip-rounding = Redondeo
payroll-slip-net-pay = Salario neto
payroll-slip-days-paid = Días pagados
payroll-slip-days = { $paid } de { $count ->
    [one] { $count } día laborable
   *[other] { $count } días laborables
}
payroll-slip-days-unpaid = { $paid } de { $count ->
    [one] { $count } día laborable
   *[other] { $count } días laborables
} · { $unpaid } sin retribuir
payroll-against-last = Frente al proceso anterior
payroll-change-component = Concepto
payroll-change-before-now = Antes → ahora
payroll-change = Cambio
payroll-change-new = Nuevo en este proceso
payroll-change-gone = No está en este proceso
payroll-change-amounts = { $before } → { $now }
payroll-no-change = Ningún concepto ha cambiado.

payroll-hold = Retener…
payroll-exclude = Excluir…
payroll-include = Volver a incluir
payroll-override = Fijar un concepto…
payroll-hold-reason = ¿Por qué se retiene su pago?
payroll-exclude-reason = ¿Por qué queda fuera de este proceso?
payroll-hold-hint = El pago retenido se calcula y se cierra con el proceso, pero no entra en su fichero bancario ni se publica.
payroll-exclude-hint = No tendrá nómina en este proceso.
payroll-hold-submit = Retener el pago
payroll-exclude-submit = Excluir
payroll-person-held = Pago retenido: { $name } no cobra en este proceso.
payroll-person-excluded = Fuera del proceso: { $name } no tiene nómina en este proceso.
payroll-person-included = { $name } vuelve a estar en el proceso.
payroll-override-amount = Importe ({ $currency })
payroll-override-reason = Motivo (aparece impreso en la nómina)
payroll-override-save = Fijar importe
payroll-override-choose-error = Elige el concepto que quieres fijar.
payroll-override-set = Fijado a mano: ahora el neto es { $net }.
payroll-override-cleared = Calculado de nuevo con su regla: ahora el neto es { $net }.
payroll-override-clear = Volver a usar la regla
