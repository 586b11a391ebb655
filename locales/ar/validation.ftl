### رسائل التحقق في واجهة برمجة الموارد البشرية (422)، مترجمة عندما يطلب Accept-Language اللغة العربية.
### القوالب الإنجليزية ومتغيراتها في locales/en/validation.ftl.

## الملخص في "message"

validation-given-data-invalid = البيانات المقدَّمة غير صالحة.
validation-summary-one = { $message } (وخطأ واحد آخر)
validation-summary-other =
    { $message } { $count ->
        [two] (وخطآن آخران)
        [few] (و{ $count } أخطاء أخرى)
        [many] (و{ $count } خطأً آخر)
       *[other] (و{ $count } خطأ آخر)
    }

## القواعد

validation-required = حقل { $attribute } مطلوب.
validation-required-if = حقل { $attribute } مطلوب عندما تكون قيمة { $other } هي { $value }.
validation-required-with = حقل { $attribute } مطلوب عند وجود { $other }.
validation-required-without = حقل { $attribute } مطلوب عند عدم وجود { $other }.
validation-required-without-all = حقل { $attribute } مطلوب عند عدم وجود أيٍّ من { $others }.
validation-required-with-coordinate = حقل { $attribute } مطلوب مع الإحداثي الآخر.
validation-prohibits = لا يُسمح بوجود { $other } مع حقل { $attribute }.
validation-string = يجب أن يكون حقل { $attribute } نصًا.
validation-max-characters =
    يجب ألا يزيد حقل { $attribute } على { $max } { $max ->
        [few] أحرف
        [many] حرفًا
       *[other] حرف
    }.
validation-max = يجب ألا تزيد قيمة حقل { $attribute } على { $max }.
validation-max-items =
    يجب ألا يحتوي حقل { $attribute } على أكثر من { $max } { $max ->
        [few] عناصر
        [many] عنصرًا
       *[other] عنصر
    }.
validation-min = يجب أن تكون قيمة حقل { $attribute } { $min } على الأقل.
validation-greater-than = يجب أن تكون قيمة حقل { $attribute } أكبر من { $value }.
validation-between = يجب أن تكون قيمة حقل { $attribute } بين { $min } و{ $max }.
validation-not-zero = يجب ألا تكون قيمة حقل { $attribute } صفرًا.
validation-multiple-of = يجب أن تكون قيمة حقل { $attribute } من مضاعفات { $value }.
validation-numeric = يجب أن يكون حقل { $attribute } رقمًا.
validation-integer = يجب أن يكون حقل { $attribute } عددًا صحيحًا.
validation-decimals = يجب أن يكون حقل { $attribute } مبلغًا بخانتين عشريتين على الأكثر.
validation-boolean = يجب أن تكون قيمة حقل { $attribute } صحيحة أو خاطئة.
validation-array = يجب أن يكون حقل { $attribute } قائمة.
validation-object = يجب أن يكون حقل { $attribute } كائنًا.
validation-distinct = يحتوي حقل { $attribute } على قيمة مكررة.
validation-email = يجب أن يكون حقل { $attribute } عنوان بريد إلكتروني صالحًا.
validation-iban = يجب أن يكون حقل { $attribute } رقم IBAN صالحًا.
validation-bic = يجب أن يكون حقل { $attribute } رمز BIC صالحًا.
validation-bic-format = يجب أن يكون حقل { $attribute } رمز BIC مكوّنًا من 8 أو 11 حرفًا ورقمًا.
validation-date = يجب أن يكون حقل { $attribute } تاريخًا صالحًا.
validation-date-format = يجب أن يطابق حقل { $attribute } التنسيق { $format }.
validation-format = تنسيق حقل { $attribute } غير صالح.
validation-after = يجب أن يكون حقل { $attribute } تاريخًا لاحقًا لـ{ $other }.
validation-after-now = يجب أن يكون حقل { $attribute } تاريخًا في المستقبل.
validation-after-or-equal = يجب أن يكون حقل { $attribute } تاريخًا مساويًا لـ{ $other } أو لاحقًا له.
validation-after-or-equal-today = يجب أن يكون حقل { $attribute } تاريخ اليوم أو تاريخًا لاحقًا له.
validation-after-or-equal-short = يجب أن يكون حقل { $attribute } تاريخًا مساويًا لـ{ $other } أو لاحقًا له.
validation-before-or-equal-now = يجب ألا يكون حقل { $attribute } في المستقبل.
validation-not-in-future = يجب ألا يكون حقل { $attribute } في المستقبل.
validation-selected-invalid = القيمة المحددة في حقل { $attribute } غير صالحة.
validation-unique = قيمة حقل { $attribute } مستخدمة من قبل.
validation-time-after-or-overnight = يجب أن يكون حقل { $attribute } وقتًا بعد { $other }، أو أن تمتد الوردية إلى اليوم التالي.
validation-time-on-date = يجب أن يكون حقل { $attribute } وقتًا في يوم { $date }.
validation-within-hours-of =
    يجب ألا يتجاوز حقل { $attribute } { $hours } { $hours ->
        [few] ساعات
       *[other] ساعة
    } بعد { $other }.
validation-within-last-hours =
    يجب أن يقع حقل { $attribute } ضمن آخر { $hours } { $hours ->
        [few] ساعات
       *[other] ساعة
    }؛ اطلب من الموارد البشرية تسجيل الحضور الأقدم.
validation-amount-or-null = يجب إرسال حقل { $attribute }: مبلغ، أو null لإزالة القيمة المُدخلة يدويًا.
validation-component-reference = يجب أن يكون حقل { $attribute } معرّف مكوّن أجر أو رمزه.

## الطلب نفسه

validation-nul-characters = يجب ألا يحتوي الطلب على محارف NUL.
validation-body-unreadable = تعذّرت قراءة محتوى الطلب.
validation-body-not-object = يجب أن يكون محتوى الطلب كائن JSON.
validation-body-not-json = محتوى الطلب ليس JSON صالحًا.
validation-query-unreadable = تعذّرت قراءة معاملات الاستعلام.
validation-idempotency-key-format = يجب أن تتكوّن ترويسة Idempotency-Key من 1 إلى 255 محرفًا مرئيًا من محارف ASCII.
validation-idempotency-key-reused = سبق استخدام مفتاح Idempotency-Key هذا لطلب مختلف.

## تسجيل الدخول وكلمات المرور

validation-credentials = بيانات الاعتماد المقدَّمة غير صحيحة.
validation-account-not-activated = لم يُفعَّل هذا الحساب بعد. اطلب من فريق الموارد البشرية تفعيله.
validation-account-recovery = تجري حاليًا إعادة تعيين كلمة المرور لهذا الحساب. استخدم الرابط أو الرمز الذي أرسله إليك فريق الموارد البشرية.
validation-account-locked = هذا الحساب مقفل بعد إدخال كلمات مرور خاطئة مرات كثيرة. اطلب من فريق الموارد البشرية إلغاء قفله.
validation-account-suspended = عُلِّق هذا الحساب. اطلب من فريق الموارد البشرية رفع التعليق.
validation-account-deactivated = أُلغي تفعيل هذا الحساب.
validation-account-changed = تغيّر حسابك أثناء تسجيل دخولك. سجّل الدخول مرة أخرى.
validation-link-spent = انتهت صلاحية هذا الرابط أو سبق استخدامه. اطلب رابطًا جديدًا من فريق الموارد البشرية.
validation-password-expired = انتهت صلاحية كلمة المرور. اختر كلمة مرور جديدة لتسجيل الدخول.
validation-password-unchanged = يجب أن تختلف كلمة المرور الجديدة عن كلمة المرور المنتهية صلاحيتها.
validation-password-requirements =
    لم تُستوفَ متطلبات كلمة المرور. متطلبات كلمة المرور: { $count } { $count ->
        [few] محارف
        [many] محرفًا
       *[other] محرف
    } على الأقل.
validation-login-taken = يوجد بالفعل كائن بهذا الحقل في المؤسسة الحالية

## الحضور

validation-mock-location = لا تُقبل المواقع الواردة من مزوّد مواقع وهمية.
validation-already-checked-in = سجّلت حضورك بالفعل منذ { $time }؛ سجّل الانصراف أولًا.
validation-check-in-before-last-check-out = تسجيل الحضور هذا أسبق من آخر تسجيل انصراف لك؛ لا يمكن تسجيله.
validation-check-in-auto-closed = أُغلق تسجيل حضورك في { $time } عند { $closed } لعدم تسجيل أي انصراف. اطلب تصحيحًا إذا كان ذلك غير صحيح.
validation-not-checked-in = لم تسجّل حضورك، لذا لا يمكنك تسجيل الانصراف.
validation-check-out-before-check-in = يجب أن يكون وقت الانصراف بعد تسجيل حضورك في { $time }.
validation-outside-fence-check-in = أنت على بُعد { $distance } من { $branch }؛ يُسمح بتسجيل الحضور ضمن نطاق { $radius } من { $branch }.
validation-outside-fence-check-out = أنت على بُعد { $distance } من { $branch }؛ يُسمح بتسجيل الانصراف ضمن نطاق { $radius } من { $branch }.
validation-outside-fence-accuracy-check-in = أنت على بُعد { $distance } من { $branch }؛ يُسمح بتسجيل الحضور ضمن نطاق { $radius } من { $branch }، إضافةً إلى { $allowance } لدقة هذا الموقع.
validation-outside-fence-accuracy-check-out = أنت على بُعد { $distance } من { $branch }؛ يُسمح بتسجيل الانصراف ضمن نطاق { $radius } من { $branch }، إضافةً إلى { $allowance } لدقة هذا الموقع.
validation-location-required-check-in = موقعك مطلوب لتسجيل الحضور في { $branch }.
validation-location-required-check-out = موقعك مطلوب لتسجيل الانصراف في { $branch }.
validation-location-imprecise = موقعك غير دقيق بما يكفي (±{ $accuracy })؛ يجب أن تكون الدقة في حدود ±{ $max }. انتقل إلى مكان مكشوف وحاول مرة أخرى.

## تصحيحات الحضور

validation-correction-waiting = لهذا السجل تصحيح ينتظر قرارًا بالفعل.
validation-correction-decided =
    سبق { $status ->
        [approved] قبول
        [rejected] رفض
       *[other] البتّ في
    } هذا التصحيح.
validation-correction-inapplicable = لم يعد من الممكن تطبيق هذا التصحيح: { $message }
validation-times-unchanged = هذه هي الأوقات المسجلة بالفعل.
validation-times-overlap = تتداخل هذه الأوقات مع حضورك من { $start } إلى { $end }.
validation-times-overlap-open = تتداخل هذه الأوقات مع حضورك منذ { $start } الذي لم يُسجَّل له انصراف بعد.

## الإجازات

validation-leave-no-working-days = لا تتضمن التواريخ المحددة أي أيام عمل.
validation-leave-overlap = تتداخل هذه التواريخ مع طلب إجازتك من { $start } إلى { $end }.
validation-leave-balance =
    رصيد { $type } غير كافٍ لسنة { $year }: المطلوب { $requested } { $requested ->
        [few] أيام
        [many] يومًا
       *[other] يوم
    } والمتاح { $available }.
validation-leave-whole-days = لا يمكن أخذ { $type } إلا بأيام كاملة.
validation-leave-notice =
    يجب أن يكون تاريخ البدء بعد { $days } { $days ->
        [few] أيام
        [many] يومًا
       *[other] يوم
    } على الأقل من اليوم.
validation-leave-afternoon = يجب أن تنتهي إجازة اليوم الواحد التي تبدأ بعد الظهر بعد الظهر أيضًا.
validation-leave-decided =
    سبق { $status ->
        [approved] قبول
        [rejected] رفض
        [cancelled] إلغاء
       *[other] البتّ في
    } طلب الإجازة هذا.
validation-leave-no-step = لا توجد في طلب الإجازة هذا أي خطوة بانتظار قرار.
validation-leave-started = بدأ طلب الإجازة هذا بالفعل ولا يمكن إلغاؤه.
validation-leave-not-pending = لم يعد طلب الإجازة هذا قيد الانتظار ولا يمكن إلغاؤه.
validation-leave-period-not-over = يجب أن تكون الفترة قد انتهت.
validation-leave-period-too-far = يجب ألا تتجاوز الفترة سنة واحدة في المستقبل.
validation-new-leave-type-retired = لا يمكن إيقاف استخدام نوع إجازة جديد.

## الأشخاص والمؤسسة والخدمة الذاتية

validation-new-department-retired = لا يمكن إيقاف استخدام قسم جديد.
validation-new-branch-retired = لا يمكن إيقاف استخدام فرع جديد.
validation-offboard-yourself = لا يمكنك بدء إجراءات إنهاء خدمتك بنفسك.
validation-send-a-change = أرسل واحدًا على الأقل من: المسمى الوظيفي، أو القسم، أو الفرع، أو المدير، أو نوع التوظيف.
validation-manager-cycle = لا يمكن أن يكون الشخص مديرًا لنفسه، ولا أن يديره أحد مرؤوسيه.
validation-manager-other-company = يجب أن يعمل المدير في الشركة نفسها.
validation-keep-one-admin = يجب أن تحتفظ المؤسسة بمسؤول واحد على الأقل (hr).
validation-department-retired = هذا القسم متوقف عن الاستخدام؛ اختر قسمًا قيد الاستخدام.
validation-person-left = غادر هذا الشخص الشركة بالفعل.
validation-person-offboarding = إجراءات إنهاء خدمة هذا الشخص جارية بالفعل.
validation-department-group = مجموعة القسم مرتبطة بقسمها ولا تنفصل عنه.
validation-group-name-taken = لدى المؤسسة بالفعل مجموعة بهذا الاسم.
validation-department-name-taken = لدى المؤسسة بالفعل قسم بهذا الاسم.
validation-trusted-origin-taken = هذا المصدر مصدر موثوق للمؤسسة بالفعل.
validation-timezone = { $timezone } ليست منطقة زمنية من IANA (مثل Europe/Berlin).
validation-geofence = يحتاج السياج الجغرافي إلى موقع صالح ونطاق موجب.
validation-api-token-user = تعمل رموز API بصفة مستخدم موارد بشرية في الشركة نفسها.
validation-contacts-list = يجب أن يكون محتوى الطلب قائمة جهات اتصال.
validation-contacts-max =
    الحد الأقصى { $count } { $count ->
        [few] جهات اتصال
       *[other] جهة اتصال
    } للطوارئ.
validation-contact-object = يجب أن تكون كل جهة اتصال كائنًا.
validation-request-decided = سبق البتّ في هذا الطلب.
validation-half-days-working-days = يجب أن تكون أنصاف الأيام أيام عمل.
validation-calendar-file = يجب أن يكون التقويم ملف iCalendar (text/calendar).

## الورديات

validation-new-shift-retired = لا يمكن إيقاف استخدام وردية جديدة.
validation-overnight-shift-end = يجب أن تنتهي الوردية الممتدة إلى اليوم التالي عند وقت بدئها أو قبله في اليوم التالي.
validation-shift-retired = هذه الوردية متوقفة عن الاستخدام ولم يعد من الممكن إسنادها.

## الأصول

validation-asset-status-by-assignment = يصبح الأصل مُسنَدًا عند إسناده إلى شخص ما.
validation-asset-assigned-status = الأصل مُسنَد: استرجعه قبل تغيير حالته.
validation-asset-already-assigned = الأصل مُسنَد بالفعل إلى { $name }.
validation-asset-in-repair = الأصل قيد الإصلاح ولا يمكن إسناده.
validation-asset-retired = الأصل خارج الخدمة ولا يمكن إسناده.
validation-asset-not-assigned = الأصل غير مُسنَد إلى أحد.
validation-asset-request-decided =
    سبق { $status ->
        [fulfilled] تلبية
        [declined] رفض
       *[other] البتّ في
    } هذا الطلب.
validation-problem-resolved = سبق حل هذه المشكلة.
validation-problem-resolved-by = سبق أن حلّ { $name } هذه المشكلة.
validation-problem-resolved-on = سبق حل هذه المشكلة في { $date }.
validation-problem-resolved-by-on = سبق أن حلّ { $name } هذه المشكلة في { $date }.

## الإعلانات

validation-announcement-published-content = هذا الإعلان منشور: لا يمكن تغيير سوى "مثبّت" و"تاريخ انتهاء الصلاحية".
validation-announcement-expired-content = انتهت صلاحية هذا الإعلان: لا يمكن تغيير سوى "مثبّت" و"تاريخ انتهاء الصلاحية".
validation-announcement-already-published = هذا الإعلان منشور بالفعل.
validation-announcement-expired-publish = انتهت صلاحية هذا الإعلان ولا يمكن نشره مرة أخرى.
validation-announcement-already-expired = انتهت صلاحية هذا الإعلان بالفعل.
validation-announcement-draft-expire = هذا الإعلان مسودة غير منشورة؛ احذفه بدلًا من ذلك.
validation-announcement-scheduled-expire = هذا الإعلان مجدول وغير منشور؛ احذفه بدلًا من ذلك.
validation-announcement-published-delete = هذا الإعلان منشور ولا يمكن حذفه؛ أنهِ صلاحيته بدلًا من ذلك.
validation-announcement-expired-delete = انتهت صلاحية هذا الإعلان ويبقى محفوظًا في السجل؛ لا يمكن حذفه.

## إعداد الرواتب

validation-new-pay-component-retired = لا يمكن إيقاف استخدام مكوّن أجر جديد.
validation-new-salary-structure-retired = لا يمكن إيقاف استخدام هيكل رواتب جديد.
validation-code-in-use = لا يمكن تغيير الرمز ما دام يستخدمه هيكل رواتب أو مكوّن آخر.
validation-component-in-use = لا يمكن إيقاف استخدام المكوّن ما دام هيكل الرواتب { $name } يستخدمه.
validation-structure-no-longer-valid = لن يكون هيكل الرواتب { $name } صالحًا بعد الآن: { $message }
validation-retired-component = يشير حقل { $attribute } إلى المكوّن المتوقف عن الاستخدام { $code }.
validation-another-component = يجب أن يشير حقل { $attribute } إلى مكوّن غير { $code }.
validation-formula = حقل { $attribute } ليس صيغة صالحة: { $error }.
validation-earning-depends-on-gross = يجعل حقل { $attribute } الاستحقاق { $code } معتمدًا على إجمالي الأجر ({ $chain })، وهو جزء منه.
validation-depends-on-itself = يجعل حقل { $attribute } المكوّن { $code } معتمدًا على نفسه ({ $chain }).
validation-code-reserved = يجب ألا يكون حقل { $attribute } هو { $code }، فهذا الاسم تستخدمه الصيغ بالفعل.
validation-code-characters = يجب أن يبدأ حقل { $attribute } بحرف وألا يحتوي إلا على حروف وأرقام وشرطات سفلية.

## دورات الرواتب والتعديلات والملفات المصرفية

validation-run-max-days =
    تغطي دورة الرواتب { $count } { $count ->
        [few] أيام
        [many] يومًا
       *[other] يوم
    } كحد أقصى.
validation-run-period = حدّد شهرًا كفترة (YYYY-MM)، أو بداية الفترة ونهايتها معًا.
validation-run-pay-date = يجب أن يقع تاريخ الدفع خلال شهرين من نهاية الفترة.
validation-run-changed = تغيّرت الأجور منذ آخر احتساب لدورة الرواتب: راجع الأرقام الجديدة ثم أقفل الدورة.
validation-run-cannot-correct =
    دورة الرواتب لـ{ $run } { $status ->
        [draft] مسودة
        [locked] مقفلة
        [paid] مدفوعة
        [published] منشورة
       *[other] في الحالة { $status }
    }: لا يمكن تصحيحها، إذ لا يُصحَّح إلا الأجر المقفل.
validation-run-cannot-recompute =
    دورة الرواتب لـ{ $run } { $status ->
        [draft] مسودة
        [locked] مقفلة
        [paid] مدفوعة
        [published] منشورة
       *[other] في الحالة { $status }
    }: لا يمكن إعادة احتسابها، إذ تبقى قسائم الدورة المقفلة كما أُقفلت.
validation-run-cannot-delete =
    دورة الرواتب لـ{ $run } { $status ->
        [draft] مسودة
        [locked] مقفلة
        [paid] مدفوعة
        [published] منشورة
       *[other] في الحالة { $status }
    }: لا يمكن حذفها، إذ تُصحَّح الدورة المقفلة في دورة لاحقة.
validation-run-cannot-change =
    دورة الرواتب لـ{ $run } { $status ->
        [draft] مسودة
        [locked] مقفلة
        [paid] مدفوعة
        [published] منشورة
       *[other] في الحالة { $status }
    }: لا يمكن تغييرها.
validation-run-cannot-lock =
    دورة الرواتب لـ{ $run } { $status ->
        [draft] مسودة
        [locked] مقفلة
        [paid] مدفوعة
        [published] منشورة
       *[other] في الحالة { $status }
    }: لا يمكن إقفالها.
validation-run-cannot-mark-paid =
    دورة الرواتب لـ{ $run } { $status ->
        [draft] مسودة
        [locked] مقفلة
        [paid] مدفوعة
        [published] منشورة
       *[other] في الحالة { $status }
    }: لا يمكن تعليمها كمدفوعة.
validation-run-cannot-publish =
    دورة الرواتب لـ{ $run } { $status ->
        [draft] مسودة
        [locked] مقفلة
        [paid] مدفوعة
        [published] منشورة
       *[other] في الحالة { $status }
    }: لا يمكن نشرها.
validation-run-overlaps = دورة الرواتب لـ{ $run } تغطي بالفعل جزءًا من هذه الفترة.
validation-run-already-corrected = لدورة الرواتب لـ{ $run } تصحيح بالفعل (الدورة { $correction }).
validation-correction-run-corrected = لا يُصحَّح التصحيح مرة أخرى: صحّح في دورة لاحقة.
validation-back-pay-paid = دُفعت الفروقات المستحقة عن { $run } بالفعل في دورة لاحقة (التعديل { $adjustment }): صحّح ذلك التعديل بدلًا من ذلك.
validation-line-not-computed = لا توجد لهذا الشخص قسيمة راتب محتسبة لتغييرها: أصلح سبب الإخفاق أولًا.
validation-not-in-structure = { $code } ليس مكوّنًا في هيكل الرواتب { $structure }.
validation-lines-failed = تعذّر احتساب رواتب { $names }: أصلح السبب الظاهر في بندهم أو استبعدهم.
validation-lines-negative = سيكون صافي أجر { $names } سالبًا: عدّل أحد البنود أو أوقف الدفع أو استبعدهم.
validation-lines-unbanked = لا يوجد لدى { $names } حساب مصرفي معتمد: اعتمد بياناتهم المصرفية أو أوقف الدفع.
validation-recurring-end = لا يكون تاريخ انتهاء إلا للتعديل المتكرر.
validation-structure-retired = هيكل الرواتب متوقف عن الاستخدام: أعد تفعيله أو اختر هيكلًا قيد الاستخدام.
validation-assignment-paid = دفعت دورة مقفلة أجرًا بناءً على هذا الإسناد: أضف بدلًا من ذلك إسنادًا جديدًا يبدأ من يوم لاحق.
validation-adjustment-start-locked = الأجر حتى { $date } مقفل: يبدأ التعديل بعده، في الدورة التالية.
validation-adjustment-end-locked = الأجر حتى { $date } مقفل: اجعل التعديل ينتهي في { $date } أو بعده.
validation-adjustment-paid = دفعت دورة مقفلة هذا التعديل: أنهِه، أو أضف استقطاعًا في الدورة التالية.
validation-payslips-locked = تُنشأ قسائم الرواتب من دورة مقفلة: أقفل الدورة أولًا.
validation-bank-files-locked = تُنشأ الملفات المصرفية من دورة مقفلة: أقفل الدورة أولًا.
validation-bank-file-format = التنسيق المحدد غير صالح: csv أو pain.001.
validation-sepa-not-euro = تحويلات SEPA باليورو، وهذه الدورة بعملة { $currency } — استخدم ملف CSV
validation-sepa-no-payments = لا تتضمن هذه الدورة أي مدفوعات لإرسالها
validation-sepa-debtor-account = الحساب المصرفي للشركة غير موجود: أدخل رقم IBAN الخاص به في إعدادات الرواتب
validation-sepa-debtor-iban = رقم IBAN الخاص بالشركة غير صالح: تحقق منه في إعدادات الرواتب
validation-sepa-debtor-bic = رمز BIC الخاص بالشركة "{ $bic }" غير صالح (8 أو 11 حرفًا ورقمًا): تحقق منه في إعدادات الرواتب
validation-sepa-debtor-name = لا يحتوي اسم الشركة على حروف يمكن لملف SEPA نقلها: أدخل تهجئة له بالحروف اللاتينية
validation-sepa-iban = { $name } ({ $id }): رقم IBAN غير صالح؛ تحقق من البيانات المصرفية لهذا الشخص
validation-sepa-bic = { $name } ({ $id }): رمز BIC "{ $bic }" غير صالح (8 أو 11 حرفًا ورقمًا)؛ تحقق من البيانات المصرفية لهذا الشخص
validation-sepa-amount-not-positive = { $name } ({ $id }): المبلغ { $amount } ليس أكبر من صفر؛ استبعد هذا الشخص من التحويل
validation-sepa-amount-cents = { $name } ({ $id }): المبلغ { $amount } يحتوي على أكثر من خانتين عشريتين؛ لا تحوّل المصارف إلا سنتات كاملة
validation-sepa-amount-too-large = { $name } ({ $id }): المبلغ { $amount } أكبر مما يمكن لتحويل SEPA نقله (999999999.99)
validation-sepa-name = { $name } ({ $id }): لا يحتوي الاسم على حروف يمكن لملف SEPA نقلها (الحروف اللاتينية فقط)؛ أدخل تهجئة له بالحروف اللاتينية
validation-sepa-message-id = لا يمكن إدراج معرّف رسالة الملف "{ $id }" في ملف SEPA: يجب أن يتكوّن من 1 إلى 35 من المحارف A–Z a–z 0–9 / - ? : ( ) . , ' + والمسافة، دون أن يبدأ أو ينتهي بمسافة أو "/" ودون أن يحتوي على "//"
validation-sepa-end-to-end-id = لا يمكن إدراج المعرّف الشامل "{ $id }" في ملف SEPA: يجب أن يتكوّن من 1 إلى 35 من المحارف A–Z a–z 0–9 / - ? : ( ) . , ' + والمسافة، دون أن يبدأ أو ينتهي بمسافة أو "/" ودون أن يحتوي على "//"
validation-sepa-creation-time = وقت الإنشاء { $date } خارج السنوات التي يقبلها المصرف
validation-sepa-execution-date = تاريخ التنفيذ { $date } خارج السنوات التي يقبلها المصرف
validation-sepa-total = إجمالي الدورة أكبر مما يمكن لملف SEPA نقله؛ قسّمه على عدة ملفات

## أسماء الحقول كما تذكرها الرسائل أعلاه

validation-attribute-account-holder = صاحب الحساب
validation-attribute-accrual = طريقة الاستحقاق
validation-attribute-accuracy = الدقة
validation-attribute-address = العنوان
validation-attribute-amount = المبلغ
validation-attribute-approval-chain = سلسلة الموافقات
validation-attribute-asset-id = معرّف الأصل
validation-attribute-attachment-required = إلزامية المرفق
validation-attribute-attendance-record-id = معرّف سجل الحضور
validation-attribute-audience = الجمهور
validation-attribute-auto-close-after-minutes = الإغلاق التلقائي بعد (دقائق)
validation-attribute-base-amount = المبلغ الأساسي
validation-attribute-bic = رمز BIC
validation-attribute-body = النص
validation-attribute-branch-id = معرّف الفرع
validation-attribute-calendar = التقويم
validation-attribute-carry-over-cap = الحد الأقصى للرصيد المرحّل
validation-attribute-carry-over-expiry-months = انتهاء صلاحية الرصيد المرحّل (بالأشهر)
validation-attribute-category = الفئة
validation-attribute-check-in-at = وقت تسجيل الحضور
validation-attribute-check-out-at = وقت تسجيل الانصراف
validation-attribute-code = الرمز
validation-attribute-component = مكوّن الأجر
validation-attribute-components = مكوّنات الأجر
validation-attribute-condition = الحالة المادية
validation-attribute-counts-non-working-days = احتساب أيام العطل
validation-attribute-date = التاريخ
validation-attribute-days = الأيام
validation-attribute-days-per-year = الأيام في السنة
validation-attribute-debtor-bic = رمز BIC للجهة الدافعة
validation-attribute-debtor-iban = رقم IBAN للجهة الدافعة
validation-attribute-debtor-name = اسم الجهة الدافعة
validation-attribute-decision = القرار
validation-attribute-department-id = معرّف القسم
validation-attribute-description = الوصف
validation-attribute-device-name = اسم الجهاز
validation-attribute-early-grace-minutes = مهلة الانصراف المبكر (دقائق)
validation-attribute-effective-date = تاريخ السريان
validation-attribute-effective-from = ساري اعتبارًا من
validation-attribute-email = البريد الإلكتروني
validation-attribute-employee = الموظف
validation-attribute-employee-id = معرّف الموظف
validation-attribute-employment-type = نوع التوظيف
validation-attribute-end-date = تاريخ الانتهاء
validation-attribute-end-half = نصف يوم الانتهاء
validation-attribute-ends-at = وقت الانتهاء
validation-attribute-ends-on = ينتهي في
validation-attribute-expires-at = تاريخ انتهاء الصلاحية
validation-attribute-expression = الصيغة
validation-attribute-extra-hr-step-above-days = موافقة إضافية من الموارد البشرية فوق (أيام)
validation-attribute-first-name = الاسم الأول
validation-attribute-from = من تاريخ
validation-attribute-geofence-radius = نطاق السياج الجغرافي
validation-attribute-half-day = نصف يوم
validation-attribute-half-days = أنصاف الأيام
validation-attribute-head-id = معرّف المسؤول
validation-attribute-hidden-when-zero = الإخفاء عند الصفر
validation-attribute-iban = رقم IBAN
validation-attribute-id = المعرّف
validation-attribute-is-mocked = موقع وهمي
validation-attribute-job = المهمة
validation-attribute-job-title = المسمى الوظيفي
validation-attribute-kind = الصنف
validation-attribute-language = اللغة
validation-attribute-last-name = اسم العائلة
validation-attribute-last-working-day = آخر يوم عمل
validation-attribute-late-grace-minutes = مهلة التأخير (دقائق)
validation-attribute-latitude = خط العرض
validation-attribute-leave-type-id = معرّف نوع الإجازة
validation-attribute-lines = البنود
validation-attribute-longitude = خط الطول
validation-attribute-manager-id = معرّف المدير المباشر
validation-attribute-min-notice-days = الحد الأدنى للإشعار المسبق (أيام)
validation-attribute-mode = الوضع
validation-attribute-month = الشهر
validation-attribute-name = الاسم
validation-attribute-negative-allowance = الرصيد السالب المسموح به
validation-attribute-net-change-threshold = حد التغير في صافي الأجر
validation-attribute-new-password = كلمة المرور الجديدة
validation-attribute-note = الملاحظة
validation-attribute-notes = الملاحظات
validation-attribute-overnight = يمتد إلى اليوم التالي
validation-attribute-overtime-after-hours = العمل الإضافي بعد (ساعات)
validation-attribute-paid-fraction = الجزء المدفوع
validation-attribute-password = كلمة المرور
validation-attribute-pay-date = تاريخ الدفع
validation-attribute-period = الفترة
validation-attribute-period-end = نهاية الفترة
validation-attribute-period-start = بداية الفترة
validation-attribute-personal-email = البريد الإلكتروني الشخصي
validation-attribute-phone = رقم الهاتف
validation-attribute-pinned = مثبّت
validation-attribute-places = المنازل العشرية
validation-attribute-prorated = بالتناسب
validation-attribute-publish = النشر
validation-attribute-publish-at = وقت النشر
validation-attribute-purchase-cost = تكلفة الشراء
validation-attribute-purchase-date = تاريخ الشراء
validation-attribute-reason = السبب
validation-attribute-recorded-at = وقت التسجيل
validation-attribute-recurrence = التكرار
validation-attribute-recurring = متكرر
validation-attribute-relationship = صلة القرابة
validation-attribute-retired = متوقف عن الاستخدام
validation-attribute-rule = القاعدة
validation-attribute-salary-structure-id = معرّف هيكل الراتب
validation-attribute-serial-number = الرقم التسلسلي
validation-attribute-start-date = تاريخ البدء
validation-attribute-start-half = نصف يوم البدء
validation-attribute-start-month = شهر البدء
validation-attribute-starts-at = وقت البدء
validation-attribute-starts-on = يبدأ في
validation-attribute-status = الحالة
validation-attribute-tag = رقم الأصل
validation-attribute-title = عنوان الإعلان
validation-attribute-to = إلى تاريخ
validation-attribute-token = الرمز المميز
validation-attribute-type = النوع
validation-attribute-working-days = أيام العمل
validation-attribute-year = السنة
