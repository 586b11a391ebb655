settings-appearance = Apparence
settings-language = Langue
settings-language-system = Celle de cet appareil
settings-language-hint = Vos notifications et vos bulletins de paie l’utilisent aussi.
