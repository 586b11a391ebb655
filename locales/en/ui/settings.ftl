settings-appearance = Appearance
settings-language = Language
settings-language-system = Same as this device
settings-language-hint = Your notifications and payslips use it too.
