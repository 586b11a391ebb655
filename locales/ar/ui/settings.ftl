settings-appearance = المظهر
settings-language = اللغة
settings-language-system = لغة هذا الجهاز
settings-language-hint = تصلك الإشعارات وقسائم الرواتب بهذه اللغة أيضًا.

## The page and the profile.

settings-subtitle = بياناتك والمظهر والمزامنة والحساب.
settings-profile = الملف الشخصي
settings-profile-waiting = سيظهر ملفك الشخصي بمجرد اتصال التطبيق بالخادم.
settings-profile-email = البريد الإلكتروني
settings-phone = الهاتف
settings-profile-employee-number = الرقم الوظيفي
settings-profile-job-title = المسمى الوظيفي
settings-profile-role = الدور
settings-profile-department = القسم
settings-profile-branch = الفرع
settings-profile-manager = المدير
settings-profile-company = الشركة
settings-profile-help = المساعدة
settings-profile-help-line = خط المساعدة
settings-profile-app-contact = جهة الاتصال للتطبيق
settings-profile-started = تاريخ الالتحاق

## The person's own details: changed online only, each the server's answer at once.

settings-your-details = بياناتك
settings-self-offline-title = تغيير بياناتك يتطلب اتصالًا
settings-self-offline = تغيير بياناتك يتطلب اتصالًا: أنت غير متصل، وهذه التغييرات لا توضع في قائمة الانتظار أبدًا — إذ يجب أن تطّلع الموارد البشرية والرواتب على رد الخادم.
settings-contact-details = بيانات الاتصال
settings-personal-email = البريد الإلكتروني الشخصي
settings-home-address = عنوان السكن
settings-contact-hint = الحقل المتروك فارغًا يُبقي على ما لدى الموارد البشرية.
settings-contact-save = حفظ بيانات الاتصال
settings-contact-saved = تم الحفظ — بيانات الاتصال الخاصة بك محدّثة.
settings-emergency-contacts = جهات الاتصال في حالات الطوارئ
settings-emergency-on-file = { $count ->
    [one] جهة اتصال واحدة مسجلة، معروضة أدناه.
    [two] جهتا اتصال مسجلتان، معروضتان أدناه.
    [few] { $count } جهات اتصال مسجلة، معروضة أدناه.
    [many] { $count } جهة اتصال مسجلة، معروضة أدناه.
   *[other] { $count } جهة اتصال مسجلة، معروضة أدناه.
}
settings-emergency-none-on-file = لا توجد جهات اتصال مسجلة بعد.
settings-emergency-limit = حتى { $max }؛ الحفظ يستبدل القائمة المسجلة بهذه القائمة.
settings-emergency-load-error = تعذّرت قراءة جهات الاتصال المسجلة: { $error }
settings-emergency-load-error-hint = الحفظ يستبدلها بهذه القائمة.
settings-emergency-reading = جارٍ قراءة جهات الاتصال المسجلة…
# A contact's row, for screen readers: "Contact 2".
settings-emergency-contact = جهة الاتصال { $number }
settings-emergency-name = الاسم
settings-emergency-relationship = صلة القرابة
settings-emergency-remove = إزالة جهة الاتصال { $number }
settings-emergency-add = إضافة جهة اتصال
settings-emergency-save = حفظ جهات اتصال الطوارئ
settings-emergency-saved = { $count ->
    [one] تم الحفظ — جهة اتصال طوارئ واحدة مسجلة.
    [two] تم الحفظ — جهتا اتصال طوارئ مسجلتان.
    [few] تم الحفظ — { $count } جهات اتصال طوارئ مسجلة.
    [many] تم الحفظ — { $count } جهة اتصال طوارئ مسجلة.
   *[other] تم الحفظ — { $count } جهة اتصال طوارئ مسجلة.
}
settings-emergency-saved-none = تم الحفظ — لا توجد جهات اتصال طوارئ مسجلة.
settings-bank-details = البيانات المصرفية
settings-bank-hint = يُحوَّل راتبك إلى الحساب الذي اعتمدته الموارد البشرية. أي تغيير هو طلب: تستمر الرواتب في الدفع إلى الحساب الحالي حتى تعتمد الموارد البشرية الحساب الجديد. لا تُعرض من رقم IBAN إلا آخر أربعة أحرف.
# Followed by the masked IBAN.
settings-bank-paid-to = يُدفع إلى { $holder }
settings-bank-approved = اعتُمد { $at }
settings-bank-none = لا يوجد لدى الموارد البشرية حساب معتمد لك بعد.
settings-bank-replaces = أي طلب جديد يحل محل هذا الطلب.
settings-bank-load-error = تعذّرت قراءة بياناتك المصرفية: { $error }
settings-bank-reading = جارٍ قراءة بياناتك المصرفية…
settings-bank-holder = صاحب الحساب
settings-bank-iban = IBAN
settings-bank-bic = BIC (اختياري)
settings-bank-send = إرسال إلى الموارد البشرية
settings-bank-change = تغيير البيانات المصرفية
settings-bank-holder-required = حقل صاحب الحساب مطلوب.
settings-bank-iban-invalid = أرقام التحقق في رقم IBAN هذا غير صحيحة: راجعه مع خطاب البنك.
settings-bank-sent = أُرسل إلى الموارد البشرية. ستستمر الرواتب في الدفع إلى حسابك الحالي حتى يعتمدوا الطلب.

## Appearance, the demo server and the desk location.

settings-theme = السمة
settings-theme-system = النظام
settings-theme-light = فاتحة
settings-theme-dark = داكنة
settings-theme-hint = «النظام» يتبع إعداد الوضع الفاتح أو الداكن في جهازك.
settings-demo-server = الخادم التجريبي
settings-demo-running = الخادم يعمل
settings-demo-simulating = محاكاة انقطاع الإشارة
settings-demo-hint = أوقفه لمحاكاة انقطاع الإشارة: سجّل الحضور أو اطلب إجازة، ثم أعد تشغيله لتشاهد المزامنة.
settings-demo-signal-back = عادت الإشارة — جارٍ المزامنة
settings-demo-no-signal = لا توجد إشارة: ستنتظر التغييرات على هذا الجهاز
settings-desk-location = موقع المكتب
settings-desk-label = موقع هذا الحاسوب (خط العرض,خط الطول[,الدقة بالمتر])
settings-desk-hint = يُستخدم لتسجيل الحضور على هذا الحاسوب، مثل جهاز عند مدخل أحد الفروع. اتركه فارغًا لمسحه.
settings-desk-saved = حُفظ موقع المكتب
settings-desk-cleared = مُسح موقع المكتب

## Sync: what waits to be sent, and what the server refused.

settings-sync = المزامنة
# $when: how long ago ("5 min ago").
settings-last-synced = آخر مزامنة: { $when }
settings-first-fetch = جارٍ جلب بيانات الشركة لأول مرة…
settings-not-synced = لم تتم المزامنة بعد
settings-offline = غير متصل
settings-sync-now = المزامنة الآن
settings-last-attempt-failed = فشلت المحاولة الأخيرة: { $error }
settings-sync-sent = { $count ->
    [one] أُرسل تغيير واحد.
    [two] أُرسل تغييران.
    [few] أُرسلت { $count } تغييرات.
    [many] أُرسل { $count } تغييرًا.
   *[other] أُرسل { $count } تغيير.
}
# $list: each refused change with the server's reason.
settings-sync-refused = { $count ->
    [one] رُفض تغيير واحد: { $list }
    [two] رُفض تغييران: { $list }
    [few] رُفضت { $count } تغييرات: { $list }
    [many] رُفض { $count } تغييرًا: { $list }
   *[other] رُفض { $count } تغيير: { $list }
}
settings-sync-sign-in-again = سجّل الدخول مجددًا لإكمال المزامنة.
settings-sync-unreachable = { $count ->
    [one] تعذّر الوصول إلى الخادم — لا يزال تغيير واحد في الانتظار.
    [two] تعذّر الوصول إلى الخادم — لا يزال تغييران في الانتظار.
    [few] تعذّر الوصول إلى الخادم — لا تزال { $count } تغييرات في الانتظار.
    [many] تعذّر الوصول إلى الخادم — لا يزال { $count } تغييرًا في الانتظار.
   *[other] تعذّر الوصول إلى الخادم — لا يزال { $count } تغيير في الانتظار.
}
settings-sync-up-to-date = كل شيء محدّث.
settings-waiting-to-sync = بانتظار المزامنة
settings-write-made = أُجري { $at }
settings-write-attempts = { $count ->
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $count } محاولات
    [many] { $count } محاولةً
   *[other] { $count } محاولة
}
settings-write-next-try = المحاولة التالية { $at }
settings-write-refused-at = رُفض { $at }
settings-nothing-waiting = لا شيء في الانتظار — وصلت كل التغييرات إلى الخادم.
settings-nothing-waiting-refused = { $count ->
    [one] لا شيء بانتظار الإرسال. رُفض تغيير واحد — انظر أدناه.
    [two] لا شيء بانتظار الإرسال. رُفض تغييران — انظر أدناه.
    [few] لا شيء بانتظار الإرسال. رُفضت { $count } تغييرات — انظر أدناه.
    [many] لا شيء بانتظار الإرسال. رُفض { $count } تغييرًا — انظر أدناه.
   *[other] لا شيء بانتظار الإرسال. رُفض { $count } تغيير — انظر أدناه.
}
settings-refused-by-server = رفضه الخادم
settings-what-you-can-do = ما يمكنك فعله:
settings-dismiss = تجاهل
settings-dismiss-all = تجاهل الكل
settings-refusals-dismissed = { $count ->
    [one] تم تجاهل حالة الرفض
    [two] تم تجاهل حالتَي رفض
    [few] تم تجاهل { $count } حالات رفض
    [many] تم تجاهل { $count } حالة رفض
   *[other] تم تجاهل { $count } حالة رفض
}

## The account and signing out.

settings-account = الحساب
settings-server = الخادم
settings-demo = تجريبي
settings-signed-in-as = مسجّل الدخول باسم
settings-app-version = إصدار التطبيق
settings-sign-out = تسجيل الخروج
settings-sign-out-hint = يؤدي تسجيل الخروج إلى محو بياناتك من هذا الجهاز.
settings-confirm-sign-out = تسجيل الخروج وتجاهل التغييرات غير المتزامنة؟
settings-unsynced = { $count ->
    [one] لم تتم مزامنة تغيير واحد على هذا الجهاز بعد. سيؤدي تسجيل الخروج الآن إلى حذفه.
    [two] لم تتم مزامنة تغييرين على هذا الجهاز بعد. سيؤدي تسجيل الخروج الآن إلى حذفهما.
    [few] لم تتم مزامنة { $count } تغييرات على هذا الجهاز بعد. سيؤدي تسجيل الخروج الآن إلى حذفها.
    [many] لم تتم مزامنة { $count } تغييرًا على هذا الجهاز بعد. سيؤدي تسجيل الخروج الآن إلى حذفها.
   *[other] لم تتم مزامنة { $count } تغيير على هذا الجهاز بعد. سيؤدي تسجيل الخروج الآن إلى حذفها.
}
settings-sign-out-anyway = تسجيل الخروج على أي حال
settings-keep-signed-in = البقاء مسجّلًا
settings-signed-out = تم تسجيل الخروج
