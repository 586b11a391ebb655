# Words many screens share, only where the English is exactly the same.
common-cancel = Annuler
common-save = Enregistrer
common-close = Fermer
common-retry = Réessayer
common-edit = Modifier
common-remove = Retirer
common-optional = facultatif
common-none = Aucun
common-all = Tous
