settings-appearance = Darstellung
settings-language = Sprache
settings-language-system = Wie auf diesem Gerät
settings-language-hint = Auch Ihre Mitteilungen und Gehaltsabrechnungen erscheinen in dieser Sprache.
