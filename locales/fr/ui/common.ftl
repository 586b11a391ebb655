# Words many screens share, only where the English is exactly the same.
common-cancel = Annuler
common-save = Enregistrer
common-close = Fermer
common-retry = Réessayer
common-loading = Chargement…
common-back = Retour
common-edit = Modifier
common-remove = Retirer
common-search = Rechercher
common-optional = facultatif
common-none = Aucun
common-all = Tous
