# Pay setup: pay components, salary structures, people's pay and the payroll settings.

paysetup-intro = ما تُحسب منه كل دورة رواتب: بنود الراتب وقواعدها، وهياكل الرواتب التي تجمعها، ومن يُدفع له وفق أي هيكل وأي راتب أساسي، ومكافآت كل شخص واستقطاعاته، وإعدادات الرواتب
paysetup-offline = تتطلب تغييرات إعداد الرواتب اتصالًا بالإنترنت
paysetup-offline-notice = تتطلب تغييرات إعداد الرواتب اتصالًا بالإنترنت.
paysetup-tab-components = البنود
paysetup-tab-structures = الهياكل
paysetup-tab-people = رواتب الأفراد
paysetup-tab-settings = الإعدادات

## Shared words of the forms

paysetup-nothing-to-save = لا يوجد ما يُحفظ: غيّر أحد الحقول أولًا.
# A form's heading when it changes something named.
paysetup-edit-title = تعديل «{ $name }»
paysetup-edit-label = تعديل { $name }
paysetup-retire = إيقاف
paysetup-retire-label = إيقاف { $name }
paysetup-bring-back = إعادة تفعيل
paysetup-bring-back-label = إعادة تفعيل { $name }
paysetup-retired = موقوف
paysetup-delete = حذف
paysetup-delete-label = حذف { $name }
paysetup-add = إضافة
paysetup-choose = اختر…
paysetup-name = الاسم
paysetup-code = الرمز
paysetup-kind = النوع
paysetup-amount = المبلغ
paysetup-amount-currency = المبلغ ({ $currency })
paysetup-from = من
# Between the items of a list written inline (keep the quotes: they keep the space).
paysetup-list-separator = {"، "}

## Pay components

paysetup-components-title = بنود الراتب
paysetup-component-create = إنشاء بند
paysetup-components-empty = لا توجد بنود رواتب بعد
paysetup-components-empty-hint = أنشئ الراتب الأساسي أولًا؛ يمكن أن تكون البدلات والاستقطاعات والمساهمات نسبًا منه أو صيغًا مبنية عليه.
paysetup-component-created = تم إنشاء «{ $name }». تستخدمه المسودات التي تُحسب من الآن؛ وتحتفظ الدورات المُقفلة بما دفعته.
paysetup-component-saved = تم حفظ «{ $name }». تستخدمه المسودات التي تُحسب من الآن؛ وتحتفظ الدورات المُقفلة بما دفعته.
paysetup-component-retired = تم إيقاف «{ $name }»: لم يعد ممكنًا إضافته إلى أي هيكل؛ وتحتفظ به قسائم الرواتب التي استخدمته.
paysetup-component-back = يمكن إضافة «{ $name }» إلى الهياكل مجددًا.

paysetup-kind-earning = استحقاق
paysetup-kind-earning-hint = جزء من إجمالي الراتب
paysetup-kind-deduction = استقطاع
paysetup-kind-deduction-hint = يُخصم من الإجمالي للوصول إلى الصافي
paysetup-kind-employer-contribution = مساهمة صاحب العمل
paysetup-kind-employer-contribution-hint = تدفعها الشركة إضافةً إلى الراتب: تظهر، لكنها لا تدخل في الصافي

paysetup-rule-type-fixed = مبلغ ثابت
paysetup-rule-type-percent-of = نسبة من بند آخر
paysetup-rule-type-percent-of-gross = نسبة من إجمالي الراتب
paysetup-rule-type-expression = صيغة

# A component's rule in words, as the lists show it.
paysetup-rule-fixed = ثابت { $amount }
paysetup-rule-percent-of = { $percent }٪ من { $component }
paysetup-rule-percent-of-gross = { $percent }٪ من الإجمالي
paysetup-rule-expression = الصيغة: { $formula }
paysetup-rule-prorated = { $rule }، بالتناسب مع الأيام المدفوعة
paysetup-hidden-when-zero = لا يظهر في قسيمة الراتب إذا كان صفرًا

paysetup-rounding-half-up = النصف إلى الأعلى (2.345 ← 2.35)
paysetup-rounding-half-up-words = النصف إلى الأعلى
paysetup-rounding-half-even = النصف إلى الزوجي، الطريقة المصرفية (2.345 ← 2.34)
paysetup-rounding-half-even-words = النصف إلى الزوجي
paysetup-rounding-down = إلى الأسفل، نحو الصفر
paysetup-rounding-down-words = إلى الأسفل
paysetup-rounding-up = إلى الأعلى، بعيدًا عن الصفر
paysetup-rounding-up-words = إلى الأعلى
# $places is paysetup-rounding-places, $mode one of the paysetup-rounding-*-words.
paysetup-rounding-places = { $count ->
    [0] أعداد صحيحة
    [zero] أعداد صحيحة
    [one] منزلة عشرية واحدة
    [two] منزلتين عشريتين
    [few] { $count } منازل عشرية
    [many] { $count } منزلة عشرية
   *[other] { $count } منزلة عشرية
}
paysetup-rounding-text = مقرَّب إلى { $places }، { $mode }

# The names a formula reads, each with what it is (the names themselves stay as they are).
paysetup-formula-input-base = الراتب الأساسي للشخص
paysetup-formula-input-working-days = أيام العمل في الفترة
paysetup-formula-input-paid-days = الأيام المدفوعة
paysetup-formula-input-unpaid-days = أيام الإجازة غير المدفوعة
paysetup-formula-input-overtime-hours = العمل الإضافي المعتمد
paysetup-formula-input-gross = إجمالي الراتب (ليس داخل استحقاق)
paysetup-formula-input = ({ $words })
# $inputs is the list of names with their words.
paysetup-formula-hint = + − * / والأقواس، مع min وmax وround وfloor وceil، على { $inputs } ورموز البنود الأخرى.

paysetup-component-form-create = إنشاء بند راتب
paysetup-component-name-placeholder = بدل المواصلات
paysetup-component-name-hint = يُطبع على قسيمة الراتب.
paysetup-code-hint = الاسم الذي تستخدمه الصيغ والنسب للإشارة إليه: حرف، ثم أحرف وأرقام و_. يُثبَّت بمجرد استخدامه.
paysetup-percentage = النسبة
paysetup-of-component = من البند
paysetup-of-component-hint = بعد تقريب ذلك البند؛ ويجب أن يكون الاثنان في الهيكل نفسه.
paysetup-percent-of-gross-hint = الإجمالي هو مجموع استحقاقات القسيمة، لذا لا يمكن أن يكون الاستحقاق نسبة منه.
paysetup-formula = الصيغة
paysetup-prorated-choice = بالتناسب: حسب الأيام المدفوعة مقابل أيام العمل (من ينضم في منتصف الشهر، الإجازة غير المدفوعة)
paysetup-hidden-choice = لا يظهر في القسيمة المطبوعة عندما تكون قيمته صفرًا
paysetup-places = التقريب إلى (منازل عشرية)
paysetup-places-hint = من 0 إلى 10؛ و2 للسنتات.
paysetup-rounding = التقريب
paysetup-preview = تُقرأ: { $rule }
paysetup-component-save = حفظ البند
paysetup-component-create-button = إنشاء البند

# Numbers as typed: the server reads a point for decimals, never a comma.
paysetup-error-amount-number = يجب أن يكون المبلغ رقمًا، مثل 150 أو 150.50 (بنقطة للكسور العشرية).
paysetup-error-amount-required = حقل المبلغ مطلوب.
paysetup-error-percent-number = يجب أن تكون النسبة رقمًا، مثل 5 أو 7.3 (بنقطة للكسور العشرية).
paysetup-error-percent-required = حقل النسبة مطلوب.
paysetup-error-places = يجب أن تكون المنازل العشرية عددًا صحيحًا من 0 إلى 10.

## Salary structures

paysetup-structures-title = هياكل الرواتب
paysetup-structure-create = إنشاء هيكل
paysetup-structures-empty = لا توجد هياكل رواتب بعد
paysetup-structures-empty-hint = يجمع الهيكل البنود التي يُدفع بها لمجموعة من الأشخاص، بترتيب قسيمة الراتب.
paysetup-structure-components = { $count ->
    [zero] لا بنود
    [one] بند واحد
    [two] بندان
    [few] { $count } بنود
    [many] { $count } بندًا
   *[other] { $count } بند
}
paysetup-structure-created = تم إنشاء «{ $name }» { $count ->
    [zero] بلا بنود
    [one] ببند واحد
    [two] ببندين
    [few] بـ{ $count } بنود
    [many] بـ{ $count } بندًا
   *[other] بـ{ $count } بند
}. تستخدمه المسودات التي تُحسب من الآن.
paysetup-structure-saved = تم حفظ «{ $name }» { $count ->
    [zero] بلا بنود
    [one] ببند واحد
    [two] ببندين
    [few] بـ{ $count } بنود
    [many] بـ{ $count } بندًا
   *[other] بـ{ $count } بند
}. تستخدمه المسودات التي تُحسب من الآن.
paysetup-structure-retired = تم إيقاف «{ $name }»: لا يمكن أن يُدفع به لأي شخص جديد؛ وتحتفظ به قسائم الرواتب السابقة.
paysetup-structure-back = يمكن إسناد «{ $name }» مجددًا.

paysetup-structure-form-create = إنشاء هيكل رواتب
paysetup-structure-name-placeholder = الموظفون
paysetup-structure-unknown-component = البند { $id }
paysetup-structure-components-legend = البنود، بترتيب قسيمة الراتب
paysetup-structure-components-hint = يجب أن يكون كل بند تقرؤه صيغة أو نسبة موجودًا في الهيكل أيضًا؛ وتحسبها الرواتب بترتيب اعتماد بعضها على بعض.
paysetup-structure-no-components = لا توجد بنود بعد: أضف البند الأول أدناه.
paysetup-structure-move-up = نقل { $name } إلى الأعلى
paysetup-structure-move-down = نقل { $name } إلى الأسفل
paysetup-structure-take-out = إخراج { $name }
paysetup-structure-add-label = البند المراد إضافته
paysetup-structure-add-choose = أضف بندًا…
paysetup-structure-add-none = كل البنود الحالية موجودة في الهيكل
paysetup-structure-save = حفظ الهيكل
paysetup-structure-create-button = إنشاء الهيكل

## People's pay

paysetup-people-intro = من يُدفع له وفق أي هيكل رواتب وأي راتب أساسي ومنذ متى، ومكافآته وسلفه واستقطاعاته. تدفع كل دورة ما هو ساري المفعول في فترتها.
paysetup-people-person = الشخص
paysetup-people-choose = اختر شخصًا…

paysetup-assignments-title = هيكل الراتب والراتب الأساسي
paysetup-assignments-empty = لم يُسند إليه هيكل بعد: تستثني الدورات هذا الشخص حتى يُسند إليه هيكل.
paysetup-assignment-current = ساري
paysetup-assignment-upcoming = قادم
paysetup-assignment-past = مستبدَل
paysetup-assignment-text = { $structure }، الأساسي { $base }، اعتبارًا من { $from }
paysetup-assignment-row = الأساسي { $base }، اعتبارًا من { $from }
paysetup-assigned = يُدفع لـ{ $name } وفق: { $assignment }.
paysetup-assigned-back-pay = يُدفع لـ{ $name } وفق: { $assignment }. إذا كانت رواتب ذلك اليوم مُقفلة بالفعل، فيُضاف الفرق إلى الدورة التالية كفروقات بأثر رجعي.
paysetup-assignment-removed = تمت إزالة الإسناد الساري من { $day }.
paysetup-assignment-remove-label = إزالة الإسناد الساري من { $day }
paysetup-assignment-remove-confirm = إزالة الإسناد الساري من { $day } ({ $structure }، الأساسي { $base })؟ يعود الإسناد السابق له ساريًا من ذلك اليوم.
paysetup-assignment-form-title = الدفع وفق هيكل اعتبارًا من يوم محدد
paysetup-assignment-from-hint = يسري من هذا اليوم حتى الإسناد التالي؛ والإسناد الثاني في اليوم نفسه يحل محل الأول.
paysetup-assignment-structure = هيكل الراتب
paysetup-assignment-base = الراتب الأساسي
paysetup-assignment-base-currency = الراتب الأساسي ({ $currency })
# $base is the word "base" as formulas read it.
paysetup-assignment-base-hint = ما تقرؤه صيغ الهيكل باسم { $base }.
paysetup-assign = إسناد
paysetup-error-base-number = يجب أن يكون الراتب الأساسي رقمًا، مثل 3000 أو 3000.50 (بنقطة للكسور العشرية).

paysetup-adjustments-title = المكافآت والسلف والاستقطاعات
paysetup-adjustments-empty = لا شيء: يتقاضى هذا الشخص ما يحسبه هيكله.
paysetup-adjustment-kind-bonus = مكافأة
paysetup-adjustment-kind-bonus-hint = مستحقة: جزء من الإجمالي، لذا تشملها النسب المحسوبة من الإجمالي
paysetup-adjustment-kind-advance = سلفة
paysetup-adjustment-kind-advance-hint = تُدفع مقدمًا مع القسيمة: تُضاف إلى الصافي، وليست جزءًا من الإجمالي
paysetup-adjustment-kind-deduction = استقطاع
paysetup-adjustment-kind-deduction-hint = يُخصم من الصافي
paysetup-back-pay = فروقات بأثر رجعي
# When an adjustment is paid, alone and in the middle of a sentence.
paysetup-adjustment-once = مرة واحدة، في الدورة التي تشمل فترتها { $day }
paysetup-adjustment-once-inline = مرة واحدة، في الدورة التي تشمل فترتها { $day }
paysetup-adjustment-every-run-to = في كل دورة من { $from } إلى { $to }
paysetup-adjustment-every-run-to-inline = في كل دورة من { $from } إلى { $to }
paysetup-adjustment-every-run = في كل دورة من { $from } حتى إيقافه
paysetup-adjustment-every-run-inline = في كل دورة من { $from } حتى إيقافه
# $kind is bonus, advance or deduction; $when one of the paysetup-adjustment-*-inline.
paysetup-adjustment-added = تمت إضافة «{ $name }»، { $kind ->
    [bonus] مكافأة
    [advance] سلفة
   *[deduction] استقطاع
} بمبلغ { $amount }: { $when }.
paysetup-adjustment-delete-confirm = حذف «{ $name }» ({ $kind ->
    [bonus] مكافأة
    [advance] سلفة
   *[deduction] استقطاع
} بمبلغ { $amount })؟ لن تدفعه بعد الآن الدورات غير المُقفلة.
paysetup-adjustment-deleted = تم حذف «{ $name }».
paysetup-adjustment-ended = يُدفع «{ $name }» للمرة الأخيرة في الدورة التي تشمل { $day }.
paysetup-adjustment-end = إيقاف…
paysetup-adjustment-end-label = إيقاف { $name }
paysetup-adjustment-last-day-paid = آخر يوم مدفوع
paysetup-adjustment-end-it = إيقاف
paysetup-error-ends-on = يجب أن يكون تاريخ الانتهاء تاريخًا صالحًا.
paysetup-adjustment-form-title = إضافة مكافأة أو سلفة أو استقطاع
paysetup-adjustment-name = الاسم في قسيمة الراتب
paysetup-adjustment-name-placeholder = مكافأة نهاية العام
paysetup-adjustment-how-often = التكرار
paysetup-adjustment-one-off = مرة واحدة
paysetup-adjustment-recurring = في كل دورة
paysetup-adjustment-paid-in = يُدفع في الدورة التي تشمل
paysetup-adjustment-last-day = آخر يوم (اختياري)
paysetup-adjustment-last-day-hint = فارغ: يُدفع في كل دورة حتى توقفه.
paysetup-adjustment-reason = السبب (اختياري، يُحفظ معه)
paysetup-error-adjustment-amount-number = يجب أن يكون المبلغ رقمًا، مثل 500 أو 499.90 (بنقطة للكسور العشرية).

## Payroll settings

paysetup-settings-title = إعدادات الرواتب
paysetup-settings-currency = عملة قسائم الرواتب هي { $currency }.
# $places and $mode as in paysetup-rounding-text.
paysetup-settings-net-rounding = كل راتب صافٍ: مقرَّب إلى { $places }، { $mode }؛ ويظهر الفرق في قسيمة الراتب.
paysetup-threshold-text = يُعلَّم للمراجعة الثانية كل صافٍ يتغير بأكثر من { $percent }٪ عن الدورة السابقة للشخص
paysetup-overtime-text = يُحسب الحضور الذي يتجاوز { $hours ->
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
} في اليوم عملًا إضافيًا (ما تقرؤه الصيغ باسم overtime_hours)
paysetup-overtime-none = لا يُحتسب العمل الإضافي من الحضور
paysetup-settings-company-account = حساب الشركة
# $iban is the account number, $bic the bank's code.
paysetup-settings-paid-from = تُدفع الرواتب من { $name }، { $iban }.
paysetup-settings-paid-from-bic = تُدفع الرواتب من { $name }، { $iban } ({ $bic }).
paysetup-settings-no-account = لا يوجد بعد حساب تُدفع منه الرواتب: يحتاج ملف SEPA المصرفي إلى حساب.
paysetup-settings-form-label = تغيير إعدادات الرواتب
paysetup-settings-net-title = صافي الراتب والمراجعة
paysetup-settings-places = تقريب صافي الراتب إلى (منازل عشرية)
paysetup-settings-places-hint = من 0 إلى 10؛ و0 يعني الدفع بأعداد صحيحة.
paysetup-settings-mode = تقريب صافي الراتب
paysetup-settings-threshold = حد المراجعة (٪)
paysetup-settings-threshold-hint = يُعلَّم للمراجعة الثانية كل صافٍ يتغير بأكثر من هذا الحد عن الدورة السابقة للشخص.
paysetup-settings-overtime = العمل الإضافي بعد (ساعات في اليوم)
paysetup-settings-overtime-hint = يُحسب الحضور الذي يتجاوز هذا العدد من الساعات في اليوم عملًا إضافيًا، تقرؤه الصيغ باسم overtime_hours.
paysetup-settings-account-title = الحساب الذي تُدفع منه الرواتب
paysetup-settings-account-hint = يُكتب في الملفات المصرفية بصفته الدافع. يُتحقق من IBAN وBIC عند الحفظ.
paysetup-settings-account-holder = صاحب الحساب
paysetup-settings-iban = IBAN
paysetup-settings-bic = BIC
paysetup-settings-bic-hint = 8 أو 11 حرفًا ورقمًا.
paysetup-settings-save = حفظ الإعدادات
paysetup-settings-saved = تم الحفظ. تستخدم الدورات التي تُحسب من الآن هذه الإعدادات؛ وتحتفظ الدورات المُقفلة بإعداداتها.
paysetup-error-threshold-number = يجب أن يكون الحد رقمًا، مثل 10 أو 12.5 (بنقطة للكسور العشرية).
paysetup-error-threshold-required = حقل حد تغير الصافي مطلوب.
paysetup-error-overtime-number = يجب أن يكون حد ساعات العمل الإضافي رقمًا، مثل 8 أو 7.5 (بنقطة للكسور العشرية).
paysetup-error-account-name-empty = لا يمكن ترك اسم صاحب الحساب فارغًا بعد تعيينه: اكتب الاسم الجديد.
paysetup-error-iban-empty = لا يمكن ترك IBAN فارغًا بعد تعيينه: اكتب الرقم الجديد.
paysetup-error-bic-empty = لا يمكن ترك BIC فارغًا بعد تعيينه: اكتب الرمز الجديد.
