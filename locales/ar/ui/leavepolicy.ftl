# سياسة الإجازات (الموارد البشرية): أنواع الإجازات وقواعدها، والأرصدة كسجل قيود، ومهام المنح ونهاية السنة.

leavepolicy-intro = أنواع الإجازات وقواعدها، وأرصدة الجميع كسجل من القيود الموجبة والسالبة، والمنح والاستحقاقات وإقفالات نهاية السنة التي تغذيه
leavepolicy-tab-types = أنواع الإجازات
leavepolicy-tab-ledger = الأرصدة والسجل
leavepolicy-tab-jobs = المنح ونهاية السنة

leavepolicy-offline = تعديل سياسة الإجازات يتطلب اتصالًا
leavepolicy-offline-sentence = تعديل سياسة الإجازات يتطلب اتصالًا.
leavepolicy-offline-last-read = { $reason }. يُعرض آخر ما قرأه هذا الجهاز.

## أنواع الإجازات: قواعد النوع بالكلمات

leavepolicy-paid = مدفوعة الأجر
leavepolicy-unpaid = غير مدفوعة الأجر
leavepolicy-partly-paid = مدفوعة جزئيًا: { $percent }٪ من الأجر
leavepolicy-allowance-none = لا رصيد سنوي
leavepolicy-allowance-monthly = { $count ->
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    } في السنة، يُستحق جزء من اثني عشر في نهاية كل شهر عمل
leavepolicy-allowance-upfront = { $count ->
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    } في السنة، كلها في 1 يناير
leavepolicy-allowance-upfront-prorated = { $count ->
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    } في السنة، كلها في 1 يناير؛ ومن ينضم في منتصف السنة يحصل على الحصة المتبقية
leavepolicy-carry-none = تسقط الأيام غير المستخدمة في نهاية السنة
leavepolicy-carry = يُرحَّل إلى السنة التالية ما يصل إلى { $count ->
        [one] يوم واحد
        [two] يومين
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    } غير مستخدمة
leavepolicy-carry-expiring = يُرحَّل إلى السنة التالية ما يصل إلى { $count ->
        [one] يوم واحد
        [two] يومين
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    } غير مستخدمة، وتسقط إن لم تُستخدم خلال { $months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }
leavepolicy-approval-none = لا تحتاج إلى موافقة
leavepolicy-approval-none-extra = لا تحتاج إلى موافقة؛ وتوافق الموارد البشرية فيما يزيد على { $count ->
        [one] يوم واحد
        [two] يومين
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
leavepolicy-approval-manager = يوافق عليها المدير
leavepolicy-approval-manager-extra = يوافق عليها المدير؛ والموارد البشرية أيضًا فيما يزيد على { $count ->
        [one] يوم واحد
        [two] يومين
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
leavepolicy-approval-manager-hr = يوافق عليها المدير ثم الموارد البشرية
leavepolicy-counts-all-days = تُحتسب عطلات نهاية الأسبوع والعطلات الرسمية الواقعة ضمن الطلب
leavepolicy-counts-working-days = تُحتسب أيام العمل فقط
leavepolicy-whole-days = تؤخذ أيامًا كاملة
leavepolicy-half-days = يمكن أن تبدأ أو تنتهي عند الظهر
leavepolicy-notice = تُطلب قبل { $count ->
        [one] يوم واحد
        [two] يومين
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    } على الأقل
leavepolicy-negative = يمكن أن ينزل الرصيد تحت الصفر بما يصل إلى { $count ->
        [one] يوم واحد
        [two] يومين
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
leavepolicy-attachment-required = يلزم إرفاق مستند

leavepolicy-types-empty = لا أنواع إجازات بعد
leavepolicy-type-retired-badge = متوقف
leavepolicy-type-edit-label = تعديل { $name }
leavepolicy-type-retire = إيقاف
leavepolicy-type-bring-back = إعادة تفعيل
leavepolicy-type-created = أُنشئ «{ $name }». يسري على الطلبات المقدمة من الآن فصاعدًا.
leavepolicy-type-saved = حُفظ «{ $name }». يسري على الطلبات المقدمة من الآن فصاعدًا.
leavepolicy-type-retired = أُوقف «{ $name }»: لم يعد ممكنًا طلبه، ويبقى سجله محفوظًا.
leavepolicy-type-unretired = يمكن طلب «{ $name }» من جديد.

## نموذج نوع الإجازة

leavepolicy-type-create-title = إنشاء نوع إجازة
leavepolicy-type-edit-title = تعديل «{ $name }»
leavepolicy-name = الاسم
leavepolicy-name-placeholder = العمل التطوعي
leavepolicy-code = الرمز
leavepolicy-code-hint = الاسم الذي تستخدمه الطلبات والتقارير: أحرف لاتينية صغيرة وأرقام و_ و-.
leavepolicy-pay = الأجر
leavepolicy-pay-paid = مدفوعة: الأجر كاملًا
leavepolicy-pay-partly = مدفوعة جزئيًا
leavepolicy-pay-percent = ٪ من الأجر عن كل يوم مأخوذ
leavepolicy-days-per-year = الأيام في السنة
leavepolicy-days-per-year-hint = الرصيد لسنة الإجازات؛ 0 لنوع بلا رصيد (مثل الإجازة المرضية).
leavepolicy-accrual = طريقة المنح
leavepolicy-accrual-upfront = دفعة واحدة في 1 يناير
leavepolicy-accrual-monthly = جزء من اثني عشر في نهاية كل شهر عمل
leavepolicy-accrual-hint = يمنح الخادم الأيام ويحتسب الاستحقاق تلقائيًا، ويعرض ذلك تبويب «المنح ونهاية السنة».
leavepolicy-prorated = من ينضم في منتصف السنة يحصل على حصة ما تبقى من السنة فقط
leavepolicy-counts-all-days-label = تُحتسب عطلات نهاية الأسبوع والعطلات الرسمية الواقعة ضمن الطلب أيامَ إجازة
leavepolicy-half-days-label = يمكن أن تبدأ أو تنتهي عند الظهر (أنصاف أيام)
leavepolicy-attachment-label = يجب أن يُرفق بكل طلب مستند (مثل تقرير طبي)
leavepolicy-notice-label = مدة الإشعار المسبق (بالأيام)
leavepolicy-notice-hint = عدد الأيام التي يجب أن يُقدَّم الطلب قبلها؛ 0 لعدم اشتراط ذلك.
leavepolicy-negative-label = يمكن أن ينزل تحت الصفر بمقدار (بالأيام)
leavepolicy-negative-hint = يسمح بالاقتراض من أيام السنة التالية؛ 0 لعدم السماح أبدًا.
leavepolicy-carry-label = الحد الأقصى للترحيل (بالأيام)
leavepolicy-carry-hint = الأيام غير المستخدمة التي تنتقل إلى السنة التالية عند إقفال السنة، ويسقط الباقي.
leavepolicy-expiry-label = تسقط الأيام المرحّلة بعد (بالأشهر)
leavepolicy-expiry-placeholder = أبدًا
leavepolicy-expiry-hint = من 1 إلى 12 شهرًا من السنة الجديدة؛ فارغ: لا تسقط أبدًا.
leavepolicy-chain-label = من يوافق
leavepolicy-chain-none = بلا موافقة: تُعتمد فور طلبها
leavepolicy-chain-manager = المدير
leavepolicy-chain-manager-hr = المدير ثم الموارد البشرية
leavepolicy-chain-hint = من ليس له مدير توافق على طلبه الموارد البشرية.
leavepolicy-extra-label = توافق الموارد البشرية أيضًا على الطلبات التي تزيد على (بالأيام)
leavepolicy-extra-placeholder = بلا خطوة إضافية
leavepolicy-extra-hint = يضيف خطوة الموارد البشرية إلى الطلبات الطويلة إن لم تكن في سلسلة الموافقة؛ فارغ: بلا خطوة إضافية.
leavepolicy-type-save = حفظ نوع الإجازة
leavepolicy-type-create = إنشاء نوع الإجازة
leavepolicy-nothing-to-save = لا شيء للحفظ: غيّر حقلًا أولًا.
leavepolicy-error-integer = يجب أن يكون حقل «{ $field }» عددًا صحيحًا.
leavepolicy-error-percent = النوع المدفوع جزئيًا يدفع بين 1 و99٪ من الأجر.
leavepolicy-field-days-per-year = الأيام في السنة
leavepolicy-field-min-notice-days = مدة الإشعار المسبق
leavepolicy-field-carry-over-cap = الحد الأقصى للترحيل
leavepolicy-field-carry-over-expiry-months = مدة سقوط الأيام المرحّلة
leavepolicy-field-negative-allowance = الرصيد السالب المسموح
leavepolicy-field-extra-hr-step-above-days = موافقة الموارد البشرية الإضافية

## الأرصدة والسجل

leavepolicy-ledger-hint = كل تغيير في الرصيد قيدٌ: ما تمنحه المهام وتستحقه، وما يُرحَّل أو يسقط، والإجازات المأخوذة، وتعديلات الموارد البشرية مع سببها وكاتبها.
leavepolicy-ledger-person = الشخص
leavepolicy-ledger-choose-person = اختر شخصًا…
leavepolicy-ledger-year = سنة الإجازات
leavepolicy-year-previous = السنة السابقة
leavepolicy-year-next = السنة التالية
leavepolicy-ledger-entries = قيود { $year }
leavepolicy-balance = { $type }: { $count ->
        [one] { $count } يوم
        [two] { $count } يوم
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
leavepolicy-ledger-empty = لا قيود في { $year }: لم يُمنح أو يؤخذ أو يُعدَّل شيء بعد.
leavepolicy-ledger-when = متى
leavepolicy-ledger-type = النوع
leavepolicy-ledger-what = البيان
leavepolicy-ledger-days = الأيام
leavepolicy-ledger-balance = الرصيد
leavepolicy-ledger-why = السبب ومن أجراه
leavepolicy-ledger-server = الخادم
leavepolicy-kind-grant = المنحة السنوية
leavepolicy-kind-accrual = الاستحقاق الشهري
leavepolicy-kind-carry-over = مرحَّل
leavepolicy-kind-expiry = ساقط
leavepolicy-kind-adjustment = تعديل الموارد البشرية
leavepolicy-kind-taken = إجازة مأخوذة
leavepolicy-kind-reversal = إجازة ملغاة، أُعيدت أيامها

leavepolicy-adjust-title = تعديل الرصيد
leavepolicy-adjust-type = نوع الإجازة
leavepolicy-choose = اختر…
leavepolicy-adjust-days = الأيام (+ للإضافة، − للخصم)
leavepolicy-adjust-reason = السبب (يظهر في السجل وفي سجل التدقيق)
leavepolicy-adjust-submit = تعديل لسنة { $year }
leavepolicy-adjust-days-zero = يجب ألا يكون حقل الأيام صفرًا.
leavepolicy-adjust-days-invalid = يجب أن يكون حقل الأيام عددًا صحيحًا من الأيام، + للإضافة أو − للخصم.
leavepolicy-adjusted = { $days } { $type } لـ{ $person } في { $year }، سُجّل مع السبب الذي ذكرته.

## المنح ونهاية السنة

leavepolicy-jobs-hint = يشغّل الخادم هذه المهام تلقائيًا عند استحقاقها (المنحة في 1 يناير، واستحقاق كل شهر بعد انتهائه، وإقفال السنة بعد 31 ديسمبر)، مرة واحدة لكل منها. اعرض معاينة لما ستسجله مهمة ما؛ وتشغيلها لا يسجل إلا ما لم يُسجَّل بعد.
leavepolicy-job = المهمة
leavepolicy-job-month = الشهر (YYYY-MM)
leavepolicy-job-year = السنة
leavepolicy-job-preview = معاينة
leavepolicy-job-run = تشغيل
leavepolicy-job-yearly-grant = المنحة السنوية
leavepolicy-job-yearly-grant-help = تمنح رصيد السنة لكل نوع يُمنح دفعة واحدة، بشكل تناسبي للمنضمين الجدد.
leavepolicy-job-monthly-accrual = الاستحقاق الشهري
leavepolicy-job-monthly-accrual-help = تضيف حصة الشهر من كل نوع يُستحق شهريًا، لمن عملوا في ذلك الشهر.
leavepolicy-job-year-end = إقفال السنة
leavepolicy-job-year-end-help = للسنة المنتهية: تُرحَّل الأيام غير المستخدمة إلى السنة التالية حتى الحد الأقصى لكل نوع، ويسقط الباقي.
leavepolicy-job-carry-over-expiry = سقوط الأيام المرحّلة
leavepolicy-job-carry-over-expiry-help = للسنة التي رُحّلت إليها أيام: تسقط الأيام المرحّلة التي لم تُستخدم قبل موعد سقوطها في النوع.
leavepolicy-outcome-wrote = { $count ->
        [one] سُجّل قيد واحد
        [two] سُجّل قيدان
        [few] سُجّلت { $count } قيود
        [many] سُجّل { $count } قيدًا
       *[other] سُجّل { $count } قيد
    } ({ $days } { $total ->
        [one] يوم
        [two] يوم
        [few] أيام
        [many] يومًا
       *[other] يوم
    }).
leavepolicy-outcome-preview = { $count ->
        [one] سيُسجَّل قيد واحد
        [two] سيُسجَّل قيدان
        [few] ستُسجَّل { $count } قيود
        [many] سيُسجَّل { $count } قيدًا
       *[other] سيُسجَّل { $count } قيد
    } ({ $days } { $total ->
        [one] يوم
        [two] يوم
        [few] أيام
        [many] يومًا
       *[other] يوم
    }). لن يُسجَّل شيء حتى تشغّل المهمة.
leavepolicy-outcome-wrote-none = لم يُسجَّل أي قيد: كان كل شيء منجزًا من قبل.
leavepolicy-outcome-nothing = لا شيء للتسجيل: كل شيء منجز من قبل.
leavepolicy-runs-title = سجل التشغيل
leavepolicy-runs-empty = لا عمليات تشغيل بعد
leavepolicy-run-by = شغّلها { $name }
leavepolicy-run-by-server = شغّلها الخادم
leavepolicy-run-entries = { $count ->
        [zero] لا قيود
        [one] قيد واحد
        [two] قيدان
        [few] { $count } قيود
        [many] { $count } قيدًا
       *[other] { $count } قيد
    }
leavepolicy-run-entries-days = { $count ->
        [zero] لا قيود
        [one] قيد واحد
        [two] قيدان
        [few] { $count } قيود
        [many] { $count } قيدًا
       *[other] { $count } قيد
    } · { $days } { $total ->
        [one] يوم
        [two] يوم
        [few] أيام
        [many] يومًا
       *[other] يوم
    }
