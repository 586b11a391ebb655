settings-appearance = Apariencia
settings-language = Idioma
settings-language-system = El de este dispositivo
settings-language-hint = Tus notificaciones y nóminas también lo usan.
