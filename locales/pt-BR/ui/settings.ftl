settings-appearance = Aparência
settings-language = Idioma
settings-language-system = O mesmo deste aparelho
settings-language-hint = Suas notificações e holerites também usam este idioma.
