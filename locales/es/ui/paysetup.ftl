# Pay setup: pay components, salary structures, people's pay and the payroll settings.

paysetup-intro = Lo que usa cada proceso de nómina para calcular: los conceptos salariales y sus reglas, las estructuras salariales que los agrupan, quién cobra con qué estructura y qué base, sus bonificaciones y deducciones, y los ajustes de nómina
paysetup-offline = Para cambiar la configuración de la nómina necesitas conexión
paysetup-offline-notice = Para cambiar la configuración de la nómina necesitas conexión.
paysetup-tab-components = Conceptos
paysetup-tab-structures = Estructuras
paysetup-tab-people = Salario por persona
paysetup-tab-settings = Ajustes

## Shared words of the forms

paysetup-nothing-to-save = No hay nada que guardar: primero cambia algún campo.
# A form's heading when it changes something named.
paysetup-edit-title = Editar “{ $name }”
paysetup-edit-label = Editar { $name }
paysetup-retire = Retirar
paysetup-retire-label = Retirar { $name }
paysetup-bring-back = Reactivar
paysetup-bring-back-label = Reactivar { $name }
paysetup-retired = En desuso
paysetup-delete = Eliminar
paysetup-delete-label = Eliminar { $name }
paysetup-add = Añadir
paysetup-choose = Elige…
paysetup-name = Nombre
paysetup-code = Código
paysetup-kind = Tipo
paysetup-amount = Importe
paysetup-amount-currency = Importe ({ $currency })
paysetup-from = Desde
# Between the items of a list written inline (keep the quotes: they keep the space).
paysetup-list-separator = {", "}

## Pay components

paysetup-components-title = Conceptos salariales
paysetup-component-create = Crear un concepto
paysetup-components-empty = Todavía no hay conceptos salariales
paysetup-components-empty-hint = Crea primero el salario base; los complementos, deducciones y aportaciones pueden ser porcentajes de él o fórmulas sobre él.
paysetup-component-created = Se creó “{ $name }”. Los borradores que se calculen a partir de ahora lo usarán; los procesos cerrados conservan lo que pagaron.
paysetup-component-saved = Se guardó “{ $name }”. Los borradores que se calculen a partir de ahora lo usarán; los procesos cerrados conservan lo que pagaron.
paysetup-component-retired = Se retiró “{ $name }”: ya no se puede añadir a una estructura; las nóminas que lo usaron lo conservan.
paysetup-component-back = “{ $name }” se puede volver a añadir a estructuras.

paysetup-kind-earning = Devengo
paysetup-kind-earning-hint = Forma parte del salario bruto
paysetup-kind-deduction = Deducción
paysetup-kind-deduction-hint = Se resta del bruto para llegar al neto
paysetup-kind-employer-contribution = Aportación de la empresa
paysetup-kind-employer-contribution-hint = La paga la empresa además del salario: se muestra, pero no entra en el neto

paysetup-rule-type-fixed = Un importe fijo
paysetup-rule-type-percent-of = Un porcentaje de otro concepto
paysetup-rule-type-percent-of-gross = Un porcentaje del bruto
paysetup-rule-type-expression = Una fórmula

# A component's rule in words, as the lists show it.
paysetup-rule-fixed = Fijo: { $amount }
paysetup-rule-percent-of = { $percent } % de { $component }
paysetup-rule-percent-of-gross = { $percent } % del bruto
paysetup-rule-expression = Fórmula: { $formula }
paysetup-rule-prorated = { $rule }, prorrateado por días pagados
paysetup-hidden-when-zero = No aparece en la nómina si es cero

paysetup-rounding-half-up = Al más cercano, mitad hacia arriba (2,345 → 2,35)
paysetup-rounding-half-up-words = al más cercano, mitad hacia arriba
paysetup-rounding-half-even = Al par más cercano, bancario (2,345 → 2,34)
paysetup-rounding-half-even-words = al par más cercano
paysetup-rounding-down = Hacia abajo, hacia cero
paysetup-rounding-down-words = hacia abajo
paysetup-rounding-up = Hacia arriba, lejos de cero
paysetup-rounding-up-words = hacia arriba
# $places is paysetup-rounding-places, $mode one of the paysetup-rounding-*-words.
paysetup-rounding-places = { $count ->
    [0] unidades enteras
    [one] { $count } decimal
   *[other] { $count } decimales
}
paysetup-rounding-text = Redondeado a { $places }, { $mode }

# The names a formula reads, each with what it is (the names themselves stay as they are).
paysetup-formula-input-base = el importe base de la persona
paysetup-formula-input-working-days = días laborables del periodo
paysetup-formula-input-paid-days = días pagados
paysetup-formula-input-unpaid-days = días de ausencia no retribuida
paysetup-formula-input-overtime-hours = horas extra aprobadas
paysetup-formula-input-gross = salario bruto (no en un devengo)
paysetup-formula-input = ({ $words })
# $inputs is the list of names with their words.
paysetup-formula-hint = + − * / y paréntesis, con min, max, round, floor y ceil, sobre { $inputs } y los códigos de otros conceptos.

paysetup-component-form-create = Crear un concepto salarial
paysetup-component-name-placeholder = Plus de transporte
paysetup-component-name-hint = Aparece impreso en la nómina.
paysetup-code-hint = Cómo lo nombran las fórmulas y los porcentajes: una letra y luego letras, dígitos y _. No se puede cambiar una vez que algo lo usa.
paysetup-percentage = Porcentaje
paysetup-of-component = Del concepto
paysetup-of-component-hint = Después del redondeo de ese concepto; ambos deben estar en la misma estructura.
paysetup-percent-of-gross-hint = El bruto es la suma de todos los devengos de la nómina, así que un devengo no puede ser un porcentaje de él.
paysetup-formula = Fórmula
paysetup-prorated-choice = Prorrateado: según los días pagados sobre los días laborables (alguien que se incorpora a mitad de mes, ausencias no retribuidas)
paysetup-hidden-choice = No aparece en la nómina impresa cuando resulta cero
paysetup-places = Redondeado a (decimales)
paysetup-places-hint = De 0 a 10; 2 para céntimos.
paysetup-rounding = Redondeo
paysetup-preview = Se lee: { $rule }
paysetup-component-save = Guardar concepto
paysetup-component-create-button = Crear concepto

# Numbers as typed: the server reads a point for decimals, never a comma.
paysetup-error-amount-number = El importe debe ser un número, como 150 o 150.50 (con punto para los decimales).
paysetup-error-amount-required = El importe es obligatorio.
paysetup-error-percent-number = El porcentaje debe ser un número, como 5 o 7.3 (con punto para los decimales).
paysetup-error-percent-required = El porcentaje es obligatorio.
paysetup-error-places = Los decimales deben ser un número entero entre 0 y 10.

## Salary structures

paysetup-structures-title = Estructuras salariales
paysetup-structure-create = Crear una estructura
paysetup-structures-empty = Todavía no hay estructuras salariales
paysetup-structures-empty-hint = Una estructura agrupa los conceptos con los que cobra un conjunto de personas, en el orden de la nómina.
paysetup-structure-components = { $count ->
    [one] { $count } concepto
   *[other] { $count } conceptos
}
paysetup-structure-created = Se creó “{ $name }” con { $count ->
    [one] { $count } concepto
   *[other] { $count } conceptos
}. Los borradores que se calculen a partir de ahora la usarán.
paysetup-structure-saved = Se guardó “{ $name }” con { $count ->
    [one] { $count } concepto
   *[other] { $count } conceptos
}. Los borradores que se calculen a partir de ahora la usarán.
paysetup-structure-retired = Se retiró “{ $name }”: ya no se puede asignar a nadie más; las nóminas anteriores la conservan.
paysetup-structure-back = “{ $name }” se puede volver a asignar.

paysetup-structure-form-create = Crear una estructura salarial
paysetup-structure-name-placeholder = Plantilla
paysetup-structure-unknown-component = Concepto { $id }
paysetup-structure-components-legend = Conceptos, en el orden de la nómina
paysetup-structure-components-hint = Todo concepto que lea una fórmula o un porcentaje también debe estar en la estructura; la nómina los calcula en el orden en que dependen unos de otros.
paysetup-structure-no-components = Todavía no hay conceptos: añade el primero abajo.
paysetup-structure-move-up = Subir { $name }
paysetup-structure-move-down = Bajar { $name }
paysetup-structure-take-out = Quitar { $name }
paysetup-structure-add-label = Concepto que añadir
paysetup-structure-add-choose = Añadir un concepto…
paysetup-structure-add-none = Todos los conceptos activos ya están en la estructura
paysetup-structure-save = Guardar estructura
paysetup-structure-create-button = Crear estructura

## People's pay

paysetup-people-intro = Quién cobra con qué estructura salarial e importe base y desde cuándo, y sus bonificaciones, anticipos y deducciones. Cada proceso paga lo que está vigente en su periodo.
paysetup-people-person = Persona
paysetup-people-choose = Elige a alguien…

paysetup-assignments-title = Estructura salarial y base
paysetup-assignments-empty = Todavía no tiene estructura asignada: los procesos de nómina dejan fuera a esta persona hasta que la tenga.
paysetup-assignment-current = Vigente
paysetup-assignment-upcoming = Próxima
paysetup-assignment-past = Sustituida
paysetup-assignment-text = { $structure }, base { $base }, desde el { $from }
paysetup-assignment-row = Base { $base }, desde el { $from }
paysetup-assigned = { $name } cobra con { $assignment }.
paysetup-assigned-back-pay = { $name } cobra con { $assignment }. Si la nómina desde ese día ya está cerrada, la diferencia se añade al próximo proceso como atrasos.
paysetup-assignment-removed = Se quitó la asignación del { $day }.
paysetup-assignment-remove-label = Quitar la asignación del { $day }
paysetup-assignment-remove-confirm = ¿Quitar la asignación del { $day } ({ $structure }, base { $base })? Desde ese día vuelve a aplicarse la anterior.
paysetup-assignment-form-title = Asignar una estructura desde una fecha
paysetup-assignment-from-hint = Vigente desde este día hasta la siguiente asignación; una segunda asignación el mismo día sustituye a la primera.
paysetup-assignment-structure = Estructura salarial
paysetup-assignment-base = Importe base
paysetup-assignment-base-currency = Importe base ({ $currency })
# $base is the word "base" as formulas read it.
paysetup-assignment-base-hint = Lo que las fórmulas de la estructura leen como { $base }.
paysetup-assign = Asignar
paysetup-error-base-number = El importe base debe ser un número, como 3000 o 3000.50 (con punto para los decimales).

paysetup-adjustments-title = Bonificaciones, anticipos y deducciones
paysetup-adjustments-empty = Sin ajustes: esta persona cobra lo que calcula su estructura.
paysetup-adjustment-kind-bonus = Bonificación
paysetup-adjustment-kind-bonus-hint = Devengada: forma parte del bruto, así que los porcentajes del bruto la incluyen
paysetup-adjustment-kind-advance = Anticipo
paysetup-adjustment-kind-advance-hint = Se paga por adelantado con la nómina: se suma al neto, no forma parte del bruto
paysetup-adjustment-kind-deduction = Deducción
paysetup-adjustment-kind-deduction-hint = Se resta del neto
paysetup-back-pay = Atrasos
# When an adjustment is paid, alone and in the middle of a sentence.
paysetup-adjustment-once = Una vez, en el proceso cuyo periodo incluye el { $day }
paysetup-adjustment-once-inline = una vez, en el proceso cuyo periodo incluye el { $day }
paysetup-adjustment-every-run-to = En cada proceso del { $from } al { $to }
paysetup-adjustment-every-run-to-inline = en cada proceso del { $from } al { $to }
paysetup-adjustment-every-run = En cada proceso desde el { $from } hasta que se finalice
paysetup-adjustment-every-run-inline = en cada proceso desde el { $from } hasta que se finalice
# $kind is bonus, advance or deduction; $when one of the paysetup-adjustment-*-inline.
paysetup-adjustment-added = Se añadió “{ $name }”, { $kind ->
    [bonus] bonificación
    [advance] anticipo
   *[deduction] deducción
} de { $amount }: { $when }.
paysetup-adjustment-delete-confirm = ¿Eliminar “{ $name }” ({ $kind ->
    [bonus] bonificación
    [advance] anticipo
   *[deduction] deducción
} de { $amount })? Los procesos que aún no estén cerrados dejarán de pagarlo.
paysetup-adjustment-deleted = Se eliminó “{ $name }”.
paysetup-adjustment-ended = “{ $name }” se paga por última vez en el proceso que incluye el { $day }.
paysetup-adjustment-end = Finalizar…
paysetup-adjustment-end-label = Finalizar { $name }
paysetup-adjustment-last-day-paid = Último día pagado
paysetup-adjustment-end-it = Finalizar
paysetup-error-ends-on = La fecha de fin debe ser una fecha válida.
paysetup-adjustment-form-title = Añadir una bonificación, un anticipo o una deducción
paysetup-adjustment-name = Nombre en la nómina
paysetup-adjustment-name-placeholder = Bonificación de fin de año
paysetup-adjustment-how-often = Frecuencia
paysetup-adjustment-one-off = Una vez
paysetup-adjustment-recurring = En cada proceso
paysetup-adjustment-paid-in = Se paga en el proceso que incluye
paysetup-adjustment-last-day = Último día (opcional)
paysetup-adjustment-last-day-hint = Vacío: se paga en cada proceso hasta que lo finalices.
paysetup-adjustment-reason = Motivo (opcional, se guarda con él)
paysetup-error-adjustment-amount-number = El importe debe ser un número, como 500 o 499.90 (con punto para los decimales).

## Payroll settings

paysetup-settings-title = Ajustes de nómina
paysetup-settings-currency = Las nóminas están en { $currency }.
# $places and $mode as in paysetup-rounding-text.
paysetup-settings-net-rounding = Cada salario neto: redondeado a { $places }, { $mode }; la diferencia se muestra en la nómina.
paysetup-threshold-text = Los netos que varían más de un { $percent } % respecto al proceso anterior de la persona se marcan para una segunda revisión
paysetup-overtime-text = La asistencia por encima de { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
} al día cuenta como horas extra (lo que leen las fórmulas con overtime_hours)
paysetup-overtime-none = Las horas extra no se toman de la asistencia
paysetup-settings-company-account = la cuenta de la empresa
# $iban is the account number, $bic the bank's code.
paysetup-settings-paid-from = Los salarios se pagan desde { $name }, { $iban }.
paysetup-settings-paid-from-bic = Los salarios se pagan desde { $name }, { $iban } ({ $bic }).
paysetup-settings-no-account = Todavía no hay una cuenta desde la que pagar los salarios: un fichero bancario SEPA la necesita.
paysetup-settings-form-label = Cambiar los ajustes de nómina
paysetup-settings-net-title = Salario neto y revisión
paysetup-settings-places = Salario neto redondeado a (decimales)
paysetup-settings-places-hint = De 0 a 10; con 0 se pagan unidades enteras.
paysetup-settings-mode = Redondeo del salario neto
paysetup-settings-threshold = Umbral de revisión (%)
paysetup-settings-threshold-hint = Un neto que varía más que esto respecto al proceso anterior de la persona se marca para una segunda revisión.
paysetup-settings-overtime = Horas extra a partir de (horas al día)
paysetup-settings-overtime-hint = La asistencia por encima de estas horas en un día cuenta como horas extra, que las fórmulas leen como overtime_hours.
paysetup-settings-account-title = La cuenta desde la que se pagan los salarios
paysetup-settings-account-hint = Figura en los ficheros bancarios como ordenante. El IBAN y el BIC se comprueban al guardar.
paysetup-settings-account-holder = Titular de la cuenta
paysetup-settings-iban = IBAN
paysetup-settings-bic = BIC
paysetup-settings-bic-hint = 8 u 11 letras y dígitos.
paysetup-settings-save = Guardar ajustes
paysetup-settings-saved = Guardado. Los procesos que se calculen a partir de ahora usan estos ajustes; los cerrados conservan los suyos.
paysetup-error-threshold-number = El umbral debe ser un número, como 10 o 12.5 (con punto para los decimales).
paysetup-error-threshold-required = El umbral de variación del neto es obligatorio.
paysetup-error-overtime-number = El umbral de horas extra debe ser un número, como 8 o 7.5 (con punto para los decimales).
paysetup-error-account-name-empty = Una vez indicado, el titular de la cuenta no se puede dejar vacío: escribe el nuevo.
paysetup-error-iban-empty = Una vez indicado, el IBAN no se puede dejar vacío: escribe el nuevo.
paysetup-error-bic-empty = Una vez indicado, el BIC no se puede dejar vacío: escribe el nuevo.
