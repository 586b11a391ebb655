# Words many screens share, only where the English is exactly the same.
common-cancel = Abbrechen
common-save = Speichern
common-close = Schließen
common-retry = Erneut versuchen
common-edit = Bearbeiten
common-remove = Entfernen
common-optional = optional
common-none = Keine
common-all = Alle
