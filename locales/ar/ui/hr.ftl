# الجداول والسجل (الموارد البشرية): العطلات الرسمية، وأسابيع العمل، وسنة الإجازات، والورديات، وسجل التدقيق.

hr-intro = العطلات الرسمية وأسابيع العمل التي تُحتسب بها إجازات الجميع، والورديات التي تحدد مواعيد حضور كل شخص، وسجل كل تغيير إداري
hr-tabs-label = الجداول والسجل
hr-tab-calendars = التقويمات
hr-tab-shifts = الورديات
hr-tab-audit = سجل التدقيق

hr-calendar-offline = تعديل التقويمات يتطلب اتصالًا
hr-export-offline = تصدير سجل التدقيق يتطلب اتصالًا
hr-offline-last-read = { $reason }. يُعرض آخر ما قرأه هذا الجهاز.

## العطلات الرسمية

hr-holidays-title = العطلات الرسمية
hr-year = السنة
hr-year-previous = السنة السابقة
hr-year-next = السنة التالية
hr-year-this = هذه السنة
hr-branch-filter = الفرع
hr-branch-all = كل الفروع
hr-branch = الفرع { $id }
hr-holiday-count = { $count ->
        [zero] لا عطلات رسمية
        [one] عطلة رسمية واحدة
        [two] عطلتان رسميتان
        [few] { $count } عطلات رسمية
        [many] { $count } عطلة رسمية
       *[other] { $count } عطلة رسمية
    } في { $year }
hr-holiday-count-branch = { $count ->
        [zero] لا عطلات رسمية
        [one] عطلة رسمية واحدة
        [two] عطلتان رسميتان
        [few] { $count } عطلات رسمية
        [many] { $count } عطلة رسمية
       *[other] { $count } عطلة رسمية
    } في { $year } في هذا الفرع، بما فيها عطلات الشركة كلها
hr-holidays-empty = لا عطلات رسمية في { $year }
hr-holidays-empty-hint = أضف عطلة أدناه، أو استورد ملف تقويم.
hr-holiday-company-wide = الشركة كلها
hr-holiday-every-year = كل سنة
hr-holiday-afternoon-off = عطلة بعد الظهر
hr-holiday-remove-label = إزالة { $name }، { $date }
hr-holiday-remove = هل تريد إزالة «{ $name }» ({ $date })؟ تحتفظ الإجازات المطلوبة مسبقًا بالأيام التي حُجزت بها.
hr-holiday-remove-recurring = هل تريد إزالة «{ $name }» ({ $date })؟ ستُزال من كل السنوات. تحتفظ الإجازات المطلوبة مسبقًا بالأيام التي حُجزت بها.
hr-holiday-removed = أُزيلت «{ $name }».
hr-holiday-add-title = إضافة عطلة رسمية
hr-holiday-date = التاريخ
hr-holiday-name = الاسم
hr-holiday-applies-at = تسري على
hr-holiday-whole-company = الشركة كلها
hr-holiday-branch-only = { $branch } فقط
hr-holiday-recurring = كل سنة في هذا اليوم
hr-holiday-half-day = العطلة بعد الظهر فقط (الإجازة في هذا اليوم تُحتسب نصف يوم)
hr-holiday-add = إضافة العطلة
hr-holiday-added = أُضيفت «{ $name }» في { $date } (الشركة كلها). الإجازة التي تشملها تُحتسب الآن بيوم أقل.
hr-holiday-added-branch = أُضيفت «{ $name }» في { $date } ({ $branch }). الإجازة التي تشملها تُحتسب الآن بيوم أقل.

hr-import-title = استيراد ملف تقويم
hr-import-hint = الأحداث التي تستغرق اليوم كله في ملف iCalendar ‏(.ics)، مثل العطلات الرسمية لبلد ما. تُتخطى الأيام التي فيها عطلة أصلًا، لذا فإن استيراد الملف مرتين لا يضيف شيئًا.
hr-import-file = ملف التقويم (.ics)
hr-import = استيراد
hr-import-too-big = الملف { $file } أكبر من أن يكون تقويم عطلات (أكثر من 1 ميغابايت).
hr-import-unreadable = تعذرت قراءة { $file }: { $error }
hr-import-nothing = لم يُستورد شيء: لا يحتوي الملف على أحداث تستغرق اليوم كله.
hr-import-done = { $count ->
        [zero] لم تُستورد أي عطلة.
        [one] استُوردت عطلة واحدة.
        [two] استُوردت عطلتان.
        [few] استُوردت { $count } عطلات.
        [many] استُوردت { $count } عطلة.
       *[other] استُوردت { $count } عطلة.
    }
hr-import-skipped = المستورد: { $imported }، المتخطى: { $skipped } (يوم فيه عطلة أصلًا، أو حدث في وقت محدد من اليوم).

## أسابيع العمل

hr-weeks-title = أسابيع العمل
hr-weeks-hint = الأيام التي تُحتسب فيها الإجازات. يتبع الفرع أسبوع الشركة ما لم يكن له أسبوع خاص به.
hr-weeks-empty = لا أسابيع عمل
hr-week-company = الشركة
hr-no-working-days = لا أيام عمل
hr-week-follows-text = أسبوع الشركة · { $days }
hr-week-follow = اتباع أسبوع الشركة
hr-week-halves-label = العمل صباحًا فقط: الإجازة تُحتسب نصف يوم
hr-week-morning-only = صباحًا فقط:
hr-week-save-company = حفظ أسبوع الشركة
hr-week-save-branch = حفظ أسبوع { $branch }
hr-week-undo = تراجع عن التغييرات
hr-week-days-mornings = { $days } ({ $mornings } صباحًا فقط)
hr-week-saved-company = حُفظ: تعمل الشركة { $days }. الإجازات المطلوبة من الآن فصاعدًا تُحتسب وفقه.
hr-week-saved-branch = حُفظ: يعمل { $branch } { $days }. الإجازات المطلوبة من الآن فصاعدًا تُحتسب وفقه.
hr-week-saved-follows = حُفظ: يتبع { $branch } أسبوع الشركة ({ $days }). الإجازات المطلوبة من الآن فصاعدًا تُحتسب وفقه.

## سنة الإجازات

hr-leave-year-title = سنة الإجازات
hr-leave-year-text = تبدأ سنوات الإجازات في 1 { $month }، والسنة الحالية هي { $name }
hr-leave-year-span = { $text } (من { $from } إلى { $to }).
hr-leave-year-saved = حُفظ. { $text }
hr-leave-year-start = تبدأ سنوات الإجازات في شهر
hr-leave-year-hint = تنتقل الأرصدة والمنح والاستحقاقات والأيام المرحّلة إلى السنة الجديدة في اليوم الأول من هذا الشهر. اضبطه هنا قبل أول سنة إجازات للشركة: القيود الموجودة في السجل تحتفظ بالسنة التي سُجلت فيها.

## الورديات

hr-shifts-title = الورديات
hr-shifts-hint = مواعيد الحضور المتوقعة: من يتأخر أو ينصرف مبكرًا، ومتى يُغلق تسجيل انصراف منسي. إن لم تكن هناك وردية، فالحكم لوقت بدء العمل في الشركة.
hr-shifts-empty = لا ورديات بعد
hr-shifts-empty-hint = أضف وردية أدناه؛ وإلى ذلك الحين يحدد وقت بدء العمل في الشركة من المتأخر.
hr-shift-overnight = ليلية
hr-shift-retired-badge = متوقفة
hr-shift-retire-question-label = إيقاف { $name }؟
hr-shift-retire-question = إيقافها؟ لن يمكن إسنادها إلى أي شخص جديد.
hr-shift-retire = إيقاف
hr-shift-retire-label = إيقاف { $name }
hr-shift-keep = إبقاء
hr-shift-edit-label = تعديل { $name }
hr-shift-bring-back = إعادة تفعيل
hr-shift-retired = أُوقفت «{ $name }»: لم يعد ممكنًا إسنادها إلى أحد، ومن يعمل بها يحتفظ بها حتى ينتهي إسناده.
hr-shift-unretired = يمكن إسناد «{ $name }» من جديد.
hr-shift-add-title = إضافة وردية
hr-shift-edit-title = تعديل «{ $name }»
hr-shift-name = الاسم
hr-shift-starts = البداية
hr-shift-ends = النهاية
hr-shift-ends-next-day = في اليوم التالي: وردية ليلية
hr-shift-ends-same-day = في اليوم نفسه
hr-shift-late = التأخر بعد (دقيقة)
hr-shift-early = سماحية الانصراف المبكر (دقيقة)
hr-shift-close = إغلاق التسجيلات المنسية بعد (دقيقة)
hr-shift-save = حفظ الوردية
hr-shift-add = إضافة الوردية
hr-shift-nothing-to-save = لا شيء للحفظ: غيّر حقلًا أولًا.
hr-shift-added = أُضيفت «{ $name }»، { $hours }.
hr-shift-saved = حُفظت «{ $name }»، { $hours }.

hr-assign-title = إسناد وردية إلى شخص
hr-assign-find = البحث عن شخص
hr-assign-find-placeholder = الاسم أو المسمى الوظيفي أو البريد الإلكتروني
hr-assign-person = الشخص
hr-choose = اختر…
hr-assign-shift = الوردية
hr-assign-from = من
hr-assign-until = حتى (اختياري)
hr-assign-submit = إسناد الوردية
hr-assign-shift-done = يعمل { $person } في وردية «{ $shift }» ({ $hours }) { $span }.
hr-assign-theirs = ورديات الشخص
hr-assign-looking = جارٍ البحث…
hr-assign-none = لا شيء: وقت بدء العمل في الشركة يحدد متى يُعد متأخرًا.

## سجل التدقيق

hr-audit-filter-label = تصفية سجل التدقيق
hr-audit-filter = تصفية
hr-audit-filter-set = تصفية ({ $count ->
        [one] معيار واحد
        [two] معياران
        [few] { $count } معايير
        [many] { $count } معيارًا
       *[other] { $count } معيار
    })
hr-audit-action = الإجراء
hr-audit-action-placeholder = مثال: holiday.
hr-audit-record = السجل
hr-audit-record-any = أي سجل
hr-audit-person = عدّله
hr-audit-person-any = أي شخص
hr-audit-from = من
hr-audit-to = إلى
hr-audit-apply = عرض الأحداث
hr-audit-clear = مسح التصفية
hr-audit-dates-order = يجب أن يكون اليوم الأول في اليوم الأخير أو قبله.
hr-audit-export = تصدير CSV
hr-audit-export-title = كل الأحداث المطابقة للتصفية، الأحدث أولًا
hr-audit-fallback = تعذر الوصول إلى الخادم: هذه آخر صفحة قُرئت على هذا الجهاز (الصفحة { $page }، { $filter }).
hr-audit-events = الأحداث
hr-audit-never-read = لم يُقرأ سجل التدقيق على هذا الجهاز بعد
hr-audit-empty = لا أحداث مطابقة
hr-audit-empty-hint = تظهر التغييرات الإدارية هنا فور إجرائها.
hr-audit-no-details = لم تُسجَّل تفاصيل
hr-audit-no-details-recorded = لم تُسجَّل تفاصيل.
hr-audit-changed-to = تغيّر إلى
hr-audit-by-actor = تغييرات { $name } فقط
hr-audit-pages = صفحات سجل التدقيق
hr-audit-newer = الأحدث
hr-audit-older = الأقدم
hr-audit-page = الصفحة { $page } من { $last }
hr-page-count = الصفحة { $page } من { $last } · { $count ->
        [zero] لا أحداث
        [one] حدث واحد
        [two] حدثان
        [few] { $count } أحداث
        [many] { $count } حدثًا
       *[other] { $count } حدث
    }
hr-export-done = { $count ->
        [zero] لم يُصدَّر أي حدث
        [one] صُدِّر حدث واحد
        [two] صُدِّر حدثان
        [few] صُدِّرت { $count } أحداث
        [many] صُدِّر { $count } حدثًا
       *[other] صُدِّر { $count } حدث
    } إلى { $path }.
hr-export-partial = صُدِّرت أحدث { $rows } من أصل { $total ->
        [one] { $total } حدث
        [two] { $total } حدث
        [few] { $total } أحداث
        [many] { $total } حدثًا
       *[other] { $total } حدث
    } إلى { $path }. ضيّق نطاق التواريخ لتصدير الباقي.

hr-filter-action = الإجراء { $action }
hr-filter-by = بواسطة { $name }
hr-filter-employee = الموظف { $id }
hr-filter-range = من { $from } إلى { $to }
hr-filter-from = من { $from }
hr-filter-until = حتى { $to }
hr-filter-every = كل الأحداث

hr-entity-user = حسابات الدخول
hr-entity-user-one = حساب دخول
hr-entity-user-inline = حساب دخول
hr-entity-holiday = العطلات الرسمية
hr-entity-holiday-one = عطلة رسمية
hr-entity-holiday-inline = عطلة رسمية
hr-entity-working-week = أسابيع العمل
hr-entity-working-week-one = أسبوع عمل
hr-entity-working-week-inline = أسبوع عمل
hr-entity-leave-request = طلبات الإجازة
hr-entity-leave-request-one = طلب إجازة
hr-entity-leave-request-inline = طلب إجازة
hr-entity-attendance-record = سجلات الحضور
hr-entity-attendance-record-one = سجل حضور
hr-entity-attendance-record-inline = سجل حضور
hr-entity-attendance-correction = تصحيحات الحضور
hr-entity-attendance-correction-one = تصحيح حضور
hr-entity-attendance-correction-inline = تصحيح حضور
hr-entity-shift = الورديات
hr-entity-shift-one = وردية
hr-entity-shift-inline = وردية
hr-entity-shift-assignment = إسنادات الورديات
hr-entity-shift-assignment-one = إسناد وردية
hr-entity-shift-assignment-inline = إسناد وردية
hr-entity-announcement = الإعلانات
hr-entity-announcement-one = إعلان
hr-entity-announcement-inline = إعلان
hr-entity-group = المجموعات
hr-entity-group-one = مجموعة
hr-entity-group-inline = مجموعة
hr-entity-org = المؤسسة
hr-entity-org-one = المؤسسة
hr-entity-org-inline = المؤسسة
hr-entity-trusted-origin = المصادر الموثوقة
hr-entity-trusted-origin-one = مصدر موثوق
hr-entity-trusted-origin-inline = مصدر موثوق
