### نصوص سطر الأوامر `okta-hr` الخاصة به. تبقى الأوامر والخيارات والقيم المكتوبة كما تُكتب، ويُعرض ما يقوله
### النواة أو الخادم كما ورد.

## عام

cli-table-empty = (لا شيء)
cli-never = أبدًا
cli-just-now = الآن
cli-minutes-ago = منذ { $count ->
        [one] دقيقة
        [two] دقيقتين
        [few] { $count } دقائق
       *[other] { $count } دقيقة
    }
cli-hours-ago = منذ { $count ->
        [one] ساعة
        [two] ساعتين
        [few] { $count } ساعات
       *[other] { $count } ساعة
    }
cli-days-ago = منذ { $count ->
        [two] يومين
        [few] { $count } أيام
       *[other] { $count } يومًا
    }
cli-local-time = { $time } (بالتوقيت المحلي)
cli-as-of = (آخر تحديث: { $ago })
cli-warning = تحذير: { $message }
cli-error = خطأ: { $message }
cli-error-refused = خطأ: رفض الخادم الطلب ({ $status }):
cli-minutes = { $count ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
cli-days = { $count ->
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
cli-yes = نعم
cli-no = لا
cli-retired = موقوف
cli-in-use = قيد الاستخدام
cli-done = تم.
cli-removed = أُزيل.
cli-cannot-read = تعذّرت قراءة { $path }: { $error }
cli-cannot-write = تعذّرت كتابة { $path }: { $error }
cli-the-server = الخادم
cli-the-company = الشركة
cli-whole-company = الشركة كلها
cli-everyone = الجميع
cli-branch-id = الفرع { $id }
cli-department-id = القسم { $id }
cli-people-count = { $count ->
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }

## أيام الأسبوع

cli-weekday-mon = الإثنين
cli-weekday-tue = الثلاثاء
cli-weekday-wed = الأربعاء
cli-weekday-thu = الخميس
cli-weekday-fri = الجمعة
cli-weekday-sat = السبت
cli-weekday-sun = الأحد

## أعمدة الجداول

cli-col-id = المعرّف
cli-col-date = التاريخ
cli-col-day = اليوم
cli-col-in = الحضور
cli-col-out = الانصراف
cli-col-worked = مدة العمل
cli-col-state = الحالة
cli-col-type = النوع
cli-col-from = من
cli-col-to = إلى
cli-col-until = حتى
cli-col-days = الأيام
cli-col-status = الحالة
cli-col-waiting-for = بانتظار
cli-col-year = السنة
cli-col-entitled = المستحق
cli-col-used = المستخدم
cli-col-pending = قيد الانتظار
cli-col-remaining = المتبقي
cli-col-when = متى
cli-col-title = العنوان
cli-col-message = الرسالة
cli-col-period = الفترة
cli-col-gross = الإجمالي
cli-col-net = الصافي
cli-col-currency = العملة
cli-col-amount = المبلغ
cli-col-employee = الموظف
cli-col-employees = الموظفون
cli-col-step = المرحلة
cli-col-late = التأخير
cli-col-number = الرقم الوظيفي
cli-col-name = الاسم
cli-col-email = البريد الإلكتروني
cli-col-role = الدور
cli-col-tag = رمز العهدة
cli-col-category = الفئة
cli-col-holder = المستلِم
cli-col-account-holder = صاحب الحساب
cli-col-login = اسم الدخول
cli-col-department = القسم
cli-col-last-sign-in = آخر دخول
cli-col-members = الأعضاء
cli-col-description = الوصف
cli-col-contact = جهة الاتصال
cli-col-user = المستخدم
cli-col-origin = المصدر
cli-col-scopes = النطاقات
cli-col-pinned = مثبّت
cli-col-audience = الجمهور
cli-col-expires = ينتهي
cli-col-since = منذ
cli-col-handed-out = عند التسليم
cli-col-back = عند الإرجاع
cli-col-notes = الملاحظات
cli-col-reason = السبب
cli-col-asset = العهدة
cli-col-reported-by = أبلغ عنه
cli-col-on = في
cli-col-problem = المشكلة
cli-col-resolution = الحل
cli-col-record = السجل
cli-col-off = العطلة
cli-col-repeats = التكرار
cli-col-applies-at = تسري على
cli-col-local-time = الوقت (المحلي)
cli-col-actor = المنفّذ
cli-col-action = الإجراء
cli-col-entity = الكيان
cli-col-details = التفاصيل
cli-col-job = المهمة
cli-col-entries = القيود
cli-col-by = بواسطة
cli-col-at = في
cli-col-kind = الصنف
cli-col-code = الرمز
cli-col-accrual = الاستحقاق
cli-col-paid-share = المدفوع
cli-col-counts = يُحتسب
cli-col-notice = الإشعار المسبق
cli-col-carry = الترحيل
cli-col-overdraft = السحب على المكشوف
cli-col-chain = الموافقة
cli-col-hours = الساعات
cli-col-late-after = تأخير بعد
cli-col-early-before = مبكر قبل
cli-col-auto-close = إغلاق تلقائي
cli-col-shift = الوردية
cli-col-scope = النطاق
cli-col-branch-id = معرّف الفرع
cli-col-works = أيام العمل
cli-col-structure = الهيكل
cli-col-base = الأساس
cli-col-prorated = تناسبي
cli-col-rounding = التقريب
cli-col-components = البنود
cli-col-pay-date = تاريخ الدفع
cli-col-paid = المدفوع لهم
cli-col-failed = فشل
cli-col-held = موقوف الصرف
cli-col-excluded = مستبعد
cli-col-line = السطر
cli-col-person = الشخص
cli-col-net-change = تغيّر الصافي
cli-col-flags = التنبيهات
cli-col-note = ملاحظة
cli-col-how = طريقة الحساب
cli-col-field = الحقل
cli-col-before = قبل
cli-col-after = بعد
cli-col-effective = يسري من
cli-col-people = الأشخاص
cli-col-address = العنوان
cli-col-fence = السياج الجغرافي
cli-col-iban = IBAN

## تسجيل الدخول والخروج

cli-account-dismissed = { $reason } لا يُحتفظ بأي شيء من حسابك على هذا الجهاز.
cli-password-prompt = كلمة المرور لـ { $email }:
cli-signed-in = سجّلت الدخول باسم { $email } على { $server }.
cli-signed-out = سجّلت الخروج.

## التغييرات وما آلت إليه

cli-queued = في قائمة الانتظار، وستتم مزامنته.
cli-queued-because = في قائمة الانتظار، وستتم مزامنته ({ $reason }).
cli-withdrawn = أُزيل من قائمة الانتظار: لم يكن قد وصل إلى الخادم قط.
cli-write-refused = رفضه الخادم: { $reason }
cli-checked-in = سُجّل الحضور.
cli-checked-out = سُجّل الانصراف.
cli-leave-requested = قُدّم طلب الإجازة.
cli-leave-cancelled = أُلغيت الإجازة.
cli-marked-read = عُلّم كمقروء.
cli-approved = تمت الموافقة.
cli-rejected = تم الرفض.
cli-correction-requested = قُدّم طلب التصحيح.
cli-decided = اتُّخذ القرار.
cli-queued-state = في الانتظار
cli-synced-state = متزامن
cli-status-queued = { $status } (في الانتظار)

## الحالة والمزامنة

cli-status-signed-in = سجّلت الدخول باسم { $email } على { $server }
cli-no-reason = لم يذكر الخادم السبب
cli-session-ended = انتهت جلستك: { $reason }
cli-sign-in-again = سجّل الدخول مجددًا باستخدام `okta-hr login`؛ تبقى التغييرات المنتظرة محفوظة وتُرسل حينها.
cli-last-sync = آخر مزامنة ناجحة: { $time }، { $ago }
cli-last-sync-never = آخر مزامنة ناجحة: أبدًا
cli-last-problem = آخر مشكلة: { $error }
cli-today-checked-in = اليوم: مسجّل الحضور منذ { $time }
cli-today-checked-in-queued = اليوم: مسجّل الحضور (في الانتظار) منذ { $time }
cli-today-checked-out = اليوم: غير مسجّل الحضور؛ سُجّل الانصراف في { $time }
cli-today-checked-out-queued = اليوم: غير مسجّل الحضور؛ سُجّل الانصراف (في الانتظار) في { $time }
cli-today-not-checked-in = اليوم: غير مسجّل الحضور
cli-waiting-to-sync = بانتظار المزامنة: { $count }
cli-refused-count = رفضها الخادم: { $count }
cli-write-made = #{ $id } { $description }، أُجري في { $time }
cli-write-made-refused = #{ $id } { $description }، أُجري في { $time }، ورُفض في { $refused }
cli-not-tried-yet = لم تُجرَ أي محاولة بعد
cli-attempts = { $count ->
        [one] محاولة واحدة
        [two] محاولتان
        [few] { $count } محاولات
       *[other] { $count } محاولة
    }
cli-attempts-error = { $count ->
        [one] محاولة واحدة
        [two] محاولتان
        [few] { $count } محاولات
       *[other] { $count } محاولة
    }؛ آخر خطأ: { $error }
cli-next-attempt-at = المحاولة التالية بدءًا من { $time }؛ `okta-hr sync` يحاول فورًا
cli-next-attempt-now = المحاولة التالية: الآن؛ `okta-hr sync` يرسله
cli-refusal-why = السبب: { $text }
cli-refusal-undone = ما أُلغي: { $text }
cli-refusal-next-step = الخطوة التالية: { $text }
cli-dismiss-hint = بعد قراءتها، تجاهل واحدًا منها بـ `okta-hr dismiss { $id }`، أو تجاهلها كلها بـ `okta-hr dismiss --all`.
cli-cache-not-refreshed = تحذير: تعذّر تحديث ذاكرة التخزين المؤقت: { $error }
cli-sync-counts = أُرسل { $sent }، ورُفض { $refused }، وما زال في الانتظار { $queued }.
cli-sync-refused = رُفض: { $what }: { $why }
cli-unreachable = تعذّر الوصول إلى الخادم
cli-still-queued = ما زال في الانتظار: { $why }. لم يضِع شيء: زامِن مرة أخرى لاحقًا.
cli-earlier-refusals = { $count ->
        [one] رفض سابق واحد لم يُتجاهل بعد.
        [two] رفضان سابقان لم يُتجاهلا بعد.
        [few] { $count } حالات رفض سابقة لم تُتجاهل بعد.
       *[other] { $count } حالة رفض سابقة لم تُتجاهل بعد.
    }
cli-refusals-hint = يوضّح `okta-hr status` ما ألغاه كل رفض، ويتجاهلها `okta-hr dismiss` بعد قراءتها.
cli-dismiss-unknown = { $message }: يسرد `okta-hr status` حالات الرفض مع معرّفاتها
cli-nothing-to-dismiss = لا شيء لتجاهله: لا يوجد رفض بالانتظار.
cli-dismissed-one = تم تجاهل الرفض #{ $id }.
cli-dismissed-one-described = تم تجاهل الرفض #{ $id } ({ $description }).
cli-dismissed-many = { $count ->
        [one] تم تجاهل رفض واحد:
        [two] تم تجاهل رفضين:
        [few] تم تجاهل { $count } حالات رفض:
       *[other] تم تجاهل { $count } حالة رفض:
    }

## الحضور والإجازات وقسائم الرواتب والفريق

cli-from-afternoon = { $date } مساءً
cli-to-morning = { $date } صباحًا
cli-no-payslip = لا توجد قسيمة راتب { $id }
cli-payslip-heading = قسيمة الراتب { $id } — { $name } (من { $start } إلى { $end })، دُفعت في { $date }
cli-payslip-gross = الإجمالي
cli-payslip-net = الصافي ({ $currency })
cli-late = متأخر
cli-team-attendance-total = { $count ->
        [one] سجل واحد
        [two] سجلان
        [few] { $count } سجلات
       *[other] { $count } سجلًا
    } من { $from } إلى { $to }
cli-payroll-run-not-cached = دورة الرواتب { $id } غير محفوظة على الجهاز؛ اتصل بالإنترنت مرة واحدة
cli-team-payroll-heading = الرواتب { $period } ({ $status })، عدد الموظفين { $count }، الإجمالي { $gross }، الصافي { $net } { $currency }
cli-no-such-time = الوقت { $time } غير موجود في ساعة هذا الجهاز
cli-give-record-or-date = حدّد --record أو --date

## الإدارة

cli-org-never-read = لم تُقرأ بيانات المؤسسة على هذا الجهاز قط؛ شغّل الأمر دون --offline
cli-org-company = الشركة
cli-org-subdomain = النطاق الفرعي
cli-org-website = الموقع الإلكتروني
cli-org-phone = الهاتف
cli-org-support-phone = هاتف الدعم
cli-org-support-help = مساعدة الدعم
cli-org-address = العنوان
cli-account-now = أصبحت حالة { $login } الآن { $status }.
cli-one-time-link = سلّم هذا الرابط لمرة واحدة إلى الشخص (صالح لمدة 7 أيام): { $link }

## الإعلانات

cli-announcement-created = أُنشئ «{ $title }» (المعرّف { $id }): { $state }.
cli-announcement-published = نُشر «{ $title }» (المعرّف { $id }): { $state }.
cli-announcement-expired = أُنهي «{ $title }» (المعرّف { $id }): { $state }.
cli-announcement-deleted = حُذف الإعلان { $id }.
cli-no-such-email = لا أحد بالبريد الإلكتروني { $email } في الدليل على هذا الجهاز؛ شغّل `okta-hr sync`
cli-scheduled-for = مجدول في { $time }
cli-published-at = نُشر في { $time }
cli-expired-at = انتهى في { $time }
cli-state-draft = مسودة
cli-state-scheduled = مجدول
cli-state-published = منشور
cli-state-expired = منتهٍ
cli-pinned = مثبّت

## العُهد

cli-asset-added = أُضيفت { $tag } { $name } ({ $status }، المعرّف { $id }).
cli-asset-changed = عُدّلت { $tag } { $name } ({ $status }، المعرّف { $id }).
cli-asset-problem-resolved = حُلّت مشكلة { $name } مع { $tag }: { $description }.
cli-asset-requested = طُلب من الموارد البشرية: { $category } (الطلب { $id }).
cli-asset-problem-reported = أُبلغت الموارد البشرية: { $tag } ({ $description }).
cli-asset-returned = أعاد { $name } العهدة { $tag } ({ $condition }).
cli-asset-assigned = سُلّمت { $tag } إلى { $name }.
cli-asset-request-decided = طلب { $name } ({ $category }): { $status ->
        [fulfilled] نُفّذ
        [declined] رُفض
       *[other] { $status }
    }.
cli-asset-request-decided-tag = طلب { $name } ({ $category }): { $status ->
        [fulfilled] نُفّذ
        [declined] رُفض
       *[other] { $status }
    }، { $tag }.

## الموارد البشرية: العطلات الرسمية وأسابيع العمل وسنة الإجازات والسجل

cli-holiday-added = أُضيفت { $name } يوم { $weekday } { $date } (المعرّف { $id }).
cli-holiday-removed = أُزيلت العطلة الرسمية { $id }.
cli-holidays-imported = عدد العطلات المستوردة: { $imported }؛ المتخطاة: { $skipped } (يوم فيه عطلة من قبل، أو حدث في ساعة محددة).
cli-afternoon-off = بعد الظهر
cli-all-day-off = اليوم كله
cli-yearly = سنويًا
cli-morning-only = { $day }(صباحًا)
cli-company-week = (أسبوع الشركة)
cli-week-set = أيام عمل { $scope } الآن: { $days }.
cli-week-set-company = أيام عمل { $scope } الآن: { $days } (أسبوع الشركة).
cli-leave-year = تبدأ سنوات الإجازات في 1 { $month ->
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
        [12] ديسمبر
       *[1] يناير
    }. السنة الحالية هي { $name } (من { $start } إلى { $end }).
cli-export-needs-server = يُعِدّ الخادمُ التصدير؛ شغّل الأمر دون --offline
cli-audit-never-read = لم يُقرأ سجل التدقيق على هذا الجهاز قط؛ شغّل الأمر دون --offline
cli-audit-other-page = ملاحظة: آخر صفحة قُرئت على هذا الجهاز هي الصفحة { $page } من استعلام آخر؛ وهي المعروضة
cli-audit-page = الصفحة { $page } من { $last }، وعدد الأحداث كلها { $count }
cli-export-cut-short = يطابق { $count } حدثًا، لكن التصدير لا يضم إلا أحدث { $rows }؛ ضيّق النطاق بـ --from و--to
cli-export-written = كُتب { $count ->
        [one] حدث واحد
        [two] حدثان
        [few] { $count } أحداث
       *[other] { $count } حدثًا
    } في { $path }.

## الموارد البشرية: الأشخاص

cli-hired = عُيّن { $name } (الرقم الوظيفي { $id })، ويبدأ في { $date }.
cli-activation-link = سلّم رابط التفعيل هذا (يُعرض مرة واحدة فقط): { $link }
cli-activation-link-shown = عُرض رابط التفعيل في المحاولة الأولى؛ أعِد تفعيل الشخص للحصول على رابط جديد.
cli-access-ends = ينتهي وصول { $name } في { $time }.
cli-open-leave = إجازة { $type }: المتبقي { $count }، قيد الانتظار { $pending }
cli-open-asset = العهدة { $tag } { $name } ما زالت مسلّمة
cli-open-counts = طلبات إجازة معلّقة: { $requests }، موافقات بانتظاره: { $approvals }، تصحيحات معلّقة: { $corrections }
cli-department-saved = القسم { $id } { $name }.
cli-department-saved-retired = القسم { $id } { $name } (موقوف).
cli-branch-saved = الفرع { $id } { $name }.
cli-branch-saved-retired = الفرع { $id } { $name } (موقوف).
cli-bank-request-decided = الحساب الجديد { $iban } لـ { $name }: { $status ->
        [approved] تمت الموافقة عليه
        [rejected] رُفض
       *[other] { $status }
    }.

## الموارد البشرية: سياسة الإجازات

cli-leave-type-created = أُنشئ { $name } ({ $code }، { $days ->
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } في السنة، المعرّف { $id }).
cli-leave-type-changed = عُدّل { $name } ({ $code }، { $days ->
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } في السنة، المعرّف { $id }).
cli-leave-type-retired = أُوقف { $name } ({ $code }، { $days ->
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } في السنة، المعرّف { $id }).
cli-leave-adjusted = عُدّل رصيد { $type } لـ { $name } في { $year } بمقدار { $days } { $count ->
        [few] أيام
       *[other] يوم
    } (القيد { $id }): { $reason }.
cli-leave-job-wrote = { $job } { $period }: كُتب { $count ->
        [one] قيد واحد
        [two] قيدان
        [few] { $count } قيود
       *[other] { $count } قيدًا
    }.
cli-leave-job-would-write = { $job } { $period }: سيُكتب { $count ->
        [one] قيد واحد
        [two] قيدان
        [few] { $count } قيود
       *[other] { $count } قيدًا
    }.
cli-carry-for-months = { $cap } لمدة { $count ->
        [one] شهر واحد
        [two] شهرين
        [few] { $count } أشهر
       *[other] { $count } شهرًا
    }
cli-accrual-upfront = دفعة واحدة
cli-accrual-monthly = شهري
cli-accrual-prorated = { $accrual }، تناسبي
cli-counts-every-half-day = كل نصف يوم
cli-counts-every-day = كل يوم
cli-counts-working-half-days = أنصاف أيام العمل
cli-counts-working-days = أيام العمل
cli-chain-none = لا أحد
cli-chain-manager = المدير
cli-chain-manager-hr = المدير + الموارد البشرية
cli-chain-extra-hr-step = { $chain } (+الموارد البشرية لأكثر من { $days } { $days ->
        [few] أيام
       *[other] يوم
    })

## الموارد البشرية: الورديات

cli-shift-created = أُنشئت { $name } ({ $start }–{ $end }، المعرّف { $id }).
cli-shift-changed = عُدّلت { $name } ({ $start }–{ $end }، المعرّف { $id }).
cli-shift-retired = أُوقفت { $name } ({ $start }–{ $end }، المعرّف { $id }).
cli-shift-restored = أُعيدت { $name } ({ $start }–{ $end }، المعرّف { $id }).
cli-shift-assigned = يعمل { $name } في وردية { $shift } بدءًا من { $from } دون تاريخ انتهاء (التعيين { $id }).
cli-shift-assigned-until = يعمل { $name } في وردية { $shift } من { $from } إلى { $to } (التعيين { $id }).
cli-next-day = { $hours } (اليوم التالي)
cli-minutes-after-end = { $count } د بعد النهاية

## الموارد البشرية: الرواتب

cli-pay-assigned = يتقاضى { $name } راتبه وفق { $structure } بأساس { $base } بدءًا من { $from } (التعيين { $id }).
cli-pay-assignment-removed = أُزيل تعيين الراتب { $id }.
cli-pay-adjustment-removed = أُزيلت تسوية الراتب { $id }.
cli-give-an-amount = حدّد --bonus أو --advance أو --deduction
cli-no-such-structure = لا يوجد هيكل رواتب باسم { $name }
cli-no-such-component = لا يوجد بند رواتب باسم { $name }
cli-not-a-structure-id = { $id } ليس معرّف هيكل رواتب
cli-settings-currency = العملة:
cli-settings-net-rounding = تقريب الصافي:
cli-settings-threshold = نبّه إلى صافٍ يتغير بأكثر من { $percent }٪ عن الدورة السابقة
cli-settings-paid-from = الدفع من:
cli-settings-overtime = العمل الإضافي:
cli-overtime-after = الحضور بعد { $hours } ساعة في اليوم
cli-overtime-none = لا يُحتسب من الحضور
cli-kind-bonus = مكافأة
cli-kind-advance = سلفة
cli-kind-deduction = استقطاع
cli-kind-earning = استحقاق
cli-kind-employer-contribution = مساهمة صاحب العمل
cli-kind-employer = صاحب العمل
cli-rounding = { $count ->
        [zero] دون خانات عشرية
        [one] خانة عشرية واحدة
        [two] خانتان عشريتان
        [few] { $count } خانات عشرية
       *[other] { $count } خانة عشرية
    }، { $mode }
cli-rounding-half-up = إلى الأقرب (النصف لأعلى)
cli-rounding-half-even = إلى الأقرب الزوجي
cli-rounding-down = لأسفل
cli-rounding-up = لأعلى
cli-adjustment-added = تمت إضافة { $kind } لـ { $name }: { $amount } «{ $title }» { $when } (التسوية { $id }).
cli-adjustment-ended = تم إنهاء { $kind } لـ { $name }: { $amount } «{ $title }» { $when } (التسوية { $id }).
cli-once-in-run = مرة واحدة، في الدورة التي تشمل { $date }
cli-every-period-from = كل فترة بدءًا من { $date }
cli-every-period-between = كل فترة من { $date } إلى { $end }
cli-once = مرة واحدة
cli-recurring = متكررة
cli-component-created = أُنشئ { $code } { $name } ({ $kind }: { $rule }، المعرّف { $id }).
cli-component-changed = عُدّل { $code } { $name } ({ $kind }: { $rule }، المعرّف { $id }).
cli-component-retired = أُوقف { $code } { $name } ({ $kind }: { $rule }، المعرّف { $id }).
cli-component-restored = أُعيد { $code } { $name } ({ $kind }: { $rule }، المعرّف { $id }).
cli-rule-percent-of = { $percent }٪ من { $component }
cli-rule-percent-of-gross = { $percent }٪ من الإجمالي
cli-structure-saved = حُفظ { $name } ({ $components }، المعرّف { $id }).
cli-structure-saved-retired = حُفظ { $name } ({ $components }، موقوف، المعرّف { $id }).
cli-give-a-period = حدّد شهرًا (YYYY-MM)، أو --from و--to
cli-run-deleted = حُذفت مسودة الدورة { $id }.
cli-run-created = أُنشئت المسودة: { $run }.
cli-run-correction-created = أُنشئت مسودة التصحيح: { $run }.
cli-run-computed = حُسبت: { $run }.
cli-run-locked = أُقفلت: { $run }.
cli-run-paid = عُلّمت كمدفوعة: { $run }.
cli-run-published = نُشرت (يرى كل من دُفع له قسيمة راتبه ويُبلَّغ بها): { $run }.
cli-run-review = الرواتب: { $run }.
cli-run-summary = الدورة { $id }، { $period } ({ $status })، الدفع في { $date }: عدد الأشخاص { $count }، الإجمالي { $gross }، الصافي { $net } { $currency }
cli-run-summary-set-aside = الدورة { $id }، { $period } ({ $status })، الدفع في { $date }: عدد الأشخاص { $count }، الإجمالي { $gross }، الصافي { $net } { $currency }؛ { $set_aside }
cli-run-failed-count = فشل: { $count }
cli-run-held-count = موقوف الصرف: { $count }
cli-run-excluded-count = مستبعد: { $count }
cli-file-written = كُتب { $file } في { $path }.
cli-line-held = أُوقف صرف راتب { $name }: { $reason }.
cli-line-excluded = استُبعد { $name } من هذه الدورة: { $reason }.
cli-line-included = عاد { $name } إلى الدورة ({ $status })، الصافي { $net }.
cli-line-overridden = { $name }: { $code } { $amount } ({ $explanation })؛ الصافي الآن { $net }.
cli-line-override-cleared = { $name }: تغيّر { $code }؛ الصافي الآن { $net }.
cli-nobody-in-run = لا أحد في الدورة { $id } باسم { $name }
cli-net-new = جديد
cli-flag-joiner = منضم جديد
cli-flag-leaver = مغادر
cli-flag-net-moved = الصافي { $percent }٪
cli-flag-net-changed = تغيّر الصافي
cli-flag-unpaid-leave = إجازة غير مدفوعة { $days } يوم
cli-flag-negative-net = صافٍ سالب
cli-flag-no-bank-account = لا حساب مصرفي
cli-flag-new-bank-account = حساب مصرفي جديد
cli-payslip-line = { $name } ({ $number })، السطر { $id }: { $status }
cli-flagged = التنبيهات: { $flags }
cli-employed = موظف من { $from } إلى { $to }: أيام العمل { $count }، المدفوعة { $paid }، غير المدفوعة { $unpaid }
cli-payslip-totals = الإجمالي { $gross }، الاستقطاعات { $deductions }، الصافي { $net } { $currency }
cli-payslip-totals-rounded = الإجمالي { $gross }، الاستقطاعات { $deductions }، الصافي { $net } (مقرّب بمقدار { $rounding }) { $currency }
cli-since-last-run = منذ الدورة السابقة: { $changes } (الصافي { $net })
