settings-appearance = المظهر
settings-language = اللغة
settings-language-system = لغة هذا الجهاز
settings-language-hint = تصلك الإشعارات وقسائم الرواتب بهذه اللغة أيضًا.
