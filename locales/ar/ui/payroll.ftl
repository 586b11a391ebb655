# Payroll: the runs, a run's review and its next steps.

payroll-offline = تتطلب تغييرات الرواتب اتصالًا بالإنترنت
payroll-offline-last-copy = تتطلب تغييرات الرواتب اتصالًا بالإنترنت: هذه آخر نسخة محفوظة.
# Between the parts of a list such as "12 paid, 1 held" (keep the quotes: they keep the space).
payroll-list-separator = {"، "}
payroll-choose = اختر…

## The runs

payroll-runs-subtitle = دورات الرواتب، الأحدث أولًا
payroll-runs-label = دورات الرواتب
# Mid-sentence, for "Loading payroll runs from the server…".
payroll-first-fill-what = دورات الرواتب
payroll-runs-empty = لا توجد دورات رواتب بعد
payroll-create-no-run = لا توجد دورة رواتب لشهر { $month } بعد. تحسب المسودة كل من كان موظفًا خلال الشهر؛ ولا يُدفع شيء حتى تُقفلها وتنشرها.
payroll-create = إنشاء دورة { $month }
payroll-run-row = { $count ->
    [zero] لا موظفين
    [one] موظف واحد
    [two] موظفان
    [few] { $count } موظفين
    [many] { $count } موظفًا
   *[other] { $count } موظف
} · تاريخ الدفع { $date }
# Beside a run's or a person's net amount.
payroll-net-small = صافٍ

payroll-status-draft = مسودة
payroll-status-locked = مُقفلة
payroll-status-paid = مدفوعة
payroll-status-published = منشورة
payroll-line-ready = جاهز
payroll-line-failed = تعذّر الحساب
payroll-line-held = موقوف الصرف
payroll-line-excluded = مستبعد

payroll-computing-label = جارٍ حساب قسائم الرواتب
payroll-computing = جارٍ حساب { $count ->
    [one] قسيمة راتب واحدة
    [two] قسيمتَي راتب
    [few] { $count } قسائم رواتب
    [many] { $count } قسيمة راتب
   *[other] { $count } قسيمة راتب
} لشهر { $month }… سيُدرج كل من يتعذر حساب راتبه مع السبب.
payroll-computing-everyone = جارٍ حساب قسائم رواتب الجميع لشهر { $month }… سيُدرج كل من يتعذر حساب راتبه مع السبب.

## A run

payroll-run-title = الرواتب · { $month }
payroll-run-subtitle = { $period } · تاريخ الدفع { $date } · { $people }
payroll-people-paid = مدفوع لهم: { $count }
payroll-people-held = موقوف صرفهم: { $count }
payroll-people-excluded = مستبعدون: { $count }
payroll-people-failed = تعذّر حسابهم: { $count }
payroll-employees-paid = الموظفون المدفوع لهم
payroll-gross = الإجمالي
payroll-net = الصافي

payroll-actions-draft = راجِع ثم أقفِل
payroll-actions-locked = أُقفلت { $time }: ادفع ثم انشر
payroll-actions-paid = دُفعت { $time }: انشر قسائم الرواتب
payroll-actions-published = نُشرت { $time }: للقراءة فقط
payroll-actions-draft-hint = أوقف صرف رواتب أشخاص أو استبعدهم، أو حدد بندًا يدويًا، من سطر كل منهم. الإقفال يعيد الحساب مرة أخيرة ثم يجمّد المبالغ والحسابات المصرفية؛ ولا يُدفع لأحد ولا يرى أحد قسيمته حتى تُنشر الدورة.
payroll-step-recompute = إعادة الحساب
payroll-step-lock = إقفال الدورة
payroll-step-pay = تعليم كمدفوعة
payroll-step-publish = نشر قسائم الرواتب
# A step's button when it asks before it is done.
payroll-step-asks = { $step }…
payroll-step-refused = { $step ->
    [recompute] رُفضت إعادة الحساب
    [lock] رُفض الإقفال
    [pay] رُفض التعليم كمدفوعة
   *[publish] رُفض النشر
}:
payroll-done-recompute = أُعيد حساب { $month } ببيانات اليوم: { $people }.
payroll-done-lock = أُقفلت دورة { $month }: { $people }. احفظ الملف المصرفي، ثم علّمها كمدفوعة.
payroll-done-pay = عُلّمت دورة { $month } كمدفوعة.
payroll-done-publish = نُشرت دورة { $month }: { $count ->
    [one] يرى شخص واحد قسيمة راتبه وقد أُبلغ بذلك
    [two] يرى شخصان قسيمتَي راتبيهما وقد أُبلغا بذلك
    [few] يرى { $count } أشخاص قسائم رواتبهم وقد أُبلغوا بذلك
    [many] يرى { $count } شخصًا قسائم رواتبهم وقد أُبلغوا بذلك
   *[other] يرى { $count } شخص قسائم رواتبهم وقد أُبلغوا بذلك
}.
payroll-confirm-lock = إقفال دورة { $month }؟ يُعاد حسابها مرة أخيرة، ثم تُجمَّد مبالغ { $count ->
    [one] شخص واحد
    [two] شخصين
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
} وحساباتهم المصرفية (الصافي { $total }).
payroll-confirm-lock-held = { $count ->
    [one] لا يُدفع فيها لشخص واحد موقوف الصرف.
    [two] لا يُدفع فيها لشخصين موقوفَي الصرف.
    [few] لا يُدفع فيها لـ{ $count } أشخاص موقوفي الصرف.
    [many] لا يُدفع فيها لـ{ $count } شخصًا موقوفي الصرف.
   *[other] لا يُدفع فيها لـ{ $count } شخص موقوفي الصرف.
}
payroll-confirm-lock-final = لا تُغيَّر الدورة المُقفلة أبدًا: تُصحَّح الأخطاء في دورة لاحقة.
payroll-confirm-publish = نشر دورة { $month }؟ { $count ->
    [one] سيرى شخص واحد قسيمة راتبه في التطبيق ويُبلَّغ
    [two] سيرى شخصان قسيمتَي راتبيهما في التطبيق ويُبلَّغان
    [few] سيرى { $count } أشخاص قسائم رواتبهم في التطبيق ويُبلَّغون
    [many] سيرى { $count } شخصًا قسائم رواتبهم في التطبيق ويُبلَّغون
   *[other] سيرى { $count } شخص قسائم رواتبهم في التطبيق ويُبلَّغون
} فورًا؛ ولا يمكن التراجع عن ذلك.
payroll-confirm-publish-unpaid = لم تُعلَّم الدورة كمدفوعة بعد.
payroll-confirm-lock-yes = إقفال
payroll-confirm-publish-yes = نشر

payroll-bank-file = الملف المصرفي
payroll-bank-format-csv = CSV (أي مصرف)
payroll-bank-format-pain001 = SEPA pain.001 (باليورو)
payroll-bank-file-save = حفظ في التنزيلات
payroll-bank-file-refused = تعذّر إنشاء الملف المصرفي:
# $file is the file's name, $path where it was saved.
payroll-bank-file-saved = { $file }: { $count ->
    [one] تحويل واحد
    [two] تحويلان
    [few] { $count } تحويلات
    [many] { $count } تحويلًا
   *[other] { $count } تحويل
}، حُفظ في { $path }
payroll-payslips-save = حفظ كل قسائم الرواتب (ZIP)
payroll-payslips-saved = كل قسائم رواتب الدورة، حُفظت في { $path }
payroll-correct = تصحيح هذه الدورة…
payroll-correct-title = تصحيح هذه الدورة؟
payroll-correct-text = تُحسب مسودة جديدة للفترة نفسها من إعداد الرواتب والإجازات والإسنادات الحالية. قسيمة كل شخص فيها هي الفرق عمّا دفعته هذه الدورة؛ ويُستثنى من ليس لديه ما يُصحَّح. وتبقى هذه الدورة كما هي.
payroll-correct-yes = إنشاء مسودة التصحيح

## The people of a run

payroll-lines-label = أسطر الرواتب
payroll-lines-loading = جارٍ تحميل الأسطر…
payroll-lines-search-label = البحث في أسطر هذه الدورة
payroll-lines-search-placeholder = ابحث بالاسم أو الرقم الوظيفي
payroll-flagged-only = المُعلَّمون فقط
payroll-lines-people-label = الأشخاص في هذه الدورة
payroll-lines-no-match = لا يوجد سطر يطابق «{ $query }».
payroll-lines-no-match-flagged = لا يوجد سطر مُعلَّم يطابق «{ $query }».
payroll-lines-none-flagged = لا أحد مُعلَّم.
payroll-lines-shown = عرض { $shown } من { $count }
payroll-lines-more = عرض { $count } أخرى
payroll-lines-flagged = { $count ->
    [one] شخص واحد مُعلَّم
    [two] شخصان مُعلَّمان
    [few] { $count } أشخاص مُعلَّمون
    [many] { $count } شخصًا مُعلَّمًا
   *[other] { $count } شخص مُعلَّم
} للمراجعة الثانية.
payroll-lines-empty = لا أحد في هذه الدورة
payroll-lines-empty-hint = لم يكن أحد موظفًا خلال فترتها.
payroll-lines-unavailable = لا تتوفر أسطر
payroll-lines-unavailable-hint = اتصل بالخادم لتحميل أسطر هذه الدورة.

payroll-flag-joiner = موظف جديد
payroll-flag-leaver = موظف مغادر
payroll-flag-net-changed = تغيّر الصافي
# $change is signed: +12.5, −20.
payroll-flag-net-percent = الصافي { $change }٪
payroll-flag-unpaid-leave = { $days ->
    [one] يوم واحد إجازة غير مدفوعة
    [two] يومان إجازة غير مدفوعة
    [few] { $days } أيام إجازة غير مدفوعة
    [many] { $days } يومًا إجازة غير مدفوعة
   *[other] { $days } يوم إجازة غير مدفوعة
}
payroll-flag-negative-net = صافٍ سالب
payroll-flag-no-bank-account = لا يوجد حساب مصرفي
payroll-flag-bank-account-changed = تغيّر الحساب المصرفي

## One person's review

payroll-person-close = إغلاق { $name }
payroll-person-paid-into = يُدفع إلى { $account }
payroll-person-no-bank-account = لا يوجد حساب مصرفي
payroll-person-flags = العلامات
payroll-person-error = تعذّر الحساب: { $error }
# $status is the line's status (Held, Excluded…), $note HR's reason.
payroll-person-note = { $status }: { $note }
payroll-person-no-breakdown = الصافي { $net }؛ لا تتضمن هذه الدورة تفصيلًا لطريقة حسابه.
payroll-slip-earnings = الاستحقاقات
payroll-slip-deductions = الاستقطاعات
payroll-slip-employer = تدفعه الشركة
payroll-slip-rounding = التقريب
payroll-slip-net-pay = صافي الراتب
payroll-slip-days-paid = الأيام المدفوعة
payroll-slip-days = { $paid } من { $count ->
    [one] يوم عمل واحد
    [two] يومَي عمل
    [few] { $count } أيام عمل
    [many] { $count } يوم عمل
   *[other] { $count } يوم عمل
}
payroll-slip-days-unpaid = { $paid } من { $count ->
    [one] يوم عمل واحد
    [two] يومَي عمل
    [few] { $count } أيام عمل
    [many] { $count } يوم عمل
   *[other] { $count } يوم عمل
} · { $unpaid } غير مدفوعة
payroll-against-last = مقارنةً بالدورة السابقة
payroll-change-component = البند
payroll-change-before-now = قبل ← الآن
payroll-change = التغيير
payroll-change-new = جديد في هذه الدورة
payroll-change-gone = غير موجود في هذه الدورة
payroll-change-amounts = { $before } ← { $now }
payroll-no-change = لم يتغير أي بند.

payroll-hold = إيقاف الصرف…
payroll-exclude = استبعاد…
payroll-include = إعادة الإدراج
payroll-override = تحديد بند…
payroll-hold-reason = لماذا أُوقف صرف راتبه؟
payroll-exclude-reason = لماذا يُستبعد من هذه الدورة؟
payroll-hold-hint = يُحسب الراتب الموقوف ويُقفل مع الدورة، لكنه لا يدخل ملفها المصرفي ولا يُنشر.
payroll-exclude-hint = لا قسيمة راتب له في هذه الدورة.
payroll-hold-submit = إيقاف الصرف
payroll-exclude-submit = استبعاد
payroll-person-held = أُوقف الصرف: لا يُدفع لـ{ $name } في هذه الدورة.
payroll-person-excluded = استُبعد: لا قسيمة راتب لـ{ $name } في هذه الدورة.
payroll-person-included = عاد { $name } إلى الدورة.
payroll-override-amount = المبلغ ({ $currency })
payroll-override-reason = السبب (يُطبع على قسيمة الراتب)
payroll-override-save = تحديد المبلغ
payroll-override-choose-error = اختر البند المراد تحديده.
payroll-override-set = حُدد يدويًا: الصافي الآن { $net }.
payroll-override-cleared = حُسب وفق قاعدته مجددًا: الصافي الآن { $net }.
payroll-override-clear = استخدام القاعدة مجددًا
