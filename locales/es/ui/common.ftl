# Words many screens share, only where the English is exactly the same.
common-cancel = Cancelar
common-save = Guardar
common-close = Cerrar
common-retry = Reintentar
common-edit = Editar
common-remove = Quitar
common-optional = opcional
common-none = Ninguno
common-all = Todos
