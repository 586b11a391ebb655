# Words many screens share, only where the English is exactly the same.
common-cancel = Cancelar
common-save = Salvar
common-close = Fechar
common-retry = Tentar de novo
common-edit = Editar
common-remove = Remover
common-optional = opcional
common-none = Nenhum
common-all = Todos
