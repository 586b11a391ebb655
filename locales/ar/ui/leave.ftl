# The Leave screen (ui/src/screens/Leave.svelte) and the words of leave requests (ui/src/lib/leave.ts).

## Statuses of requests and approval steps, as badges.

leave-status-pending = قيد الانتظار
leave-status-approved = موافق عليه
leave-status-rejected = مرفوض
leave-status-cancelled = ملغى
leave-status-waiting = بانتظار دوره
leave-status-skipped = تم تخطيه

## Roles, as approval steps and the directory name them.

leave-role-hr = الموارد البشرية
leave-role-manager = المدير
leave-role-employee = موظف

## Approval steps.

# $role: leave-role-…; $name: the approver.
leave-step-title = { $role } · { $name }
leave-step-approved-by = وافق عليه { $name }
leave-step-rejected-by = رفضه { $name }
leave-step-pending = بانتظار القرار
leave-step-waiting = بانتظار الخطوة السابقة
leave-step-skipped = غير مطلوب

## Names of the two leave types every company has, until the server's own names reach the device.

leave-type-annual = إجازة سنوية
leave-type-sick = إجازة مرضية

## What an approver weighs: the requester's balance once the request is granted.
## $remaining, $entitled, $over: days; $type: the leave type's name from the server ("Annual Leave");
## $kind: the English word made from it ("annual"; other languages use $type); $year: the leave year.

leave-balance-left = { $type }: سيتبقى { $remaining } من { $entitled ->
    [one] يوم واحد
    [two] يومين
    [few] { $entitled } أيام
    [many] { $entitled } يومًا
   *[other] { $entitled } يوم
} بعد هذا الطلب
leave-balance-left-year = { $type } { $year }: سيتبقى { $remaining } من { $entitled ->
    [one] يوم واحد
    [two] يومين
    [few] { $entitled } أيام
    [many] { $entitled } يومًا
   *[other] { $entitled } يوم
} بعد هذا الطلب
leave-balance-over = { $type }: { $over ->
    [one] يوم واحد
    [two] يومان
    [few] { $over } أيام
    [many] { $over } يومًا
   *[other] { $over } يوم
} فوق الحد المسموح به ({ $entitled })
leave-balance-over-year = { $type } { $year }: { $over ->
    [one] يوم واحد
    [two] يومان
    [few] { $over } أيام
    [many] { $over } يومًا
   *[other] { $over } يوم
} فوق الحد المسموح به ({ $entitled })

## What became of a request since a "please decide" notification about it.

# $name: the requester.
leave-since-cancelled = ألغاه { $name } منذ ذلك الحين
# $step: the step it waits at, e.g. "HR" or "Manager · Maria Schmidt".
leave-since-now-with = الآن لدى { $step }
leave-since-you-approved = وافقت عليه
leave-since-you-rejected = رفضته
leave-since-approved-by = وافق عليه { $name } بالفعل
leave-since-rejected-by = رفضه { $name } بالفعل
leave-since-approved = تمت الموافقة عليه بالفعل
leave-since-rejected = رُفض بالفعل

## Half days: how the first and last day of a leave are taken.

leave-half-whole-day = اليوم بأكمله
leave-half-from-midday = من الظهر (بعد الظهر فقط)
leave-half-until-midday = حتى الظهر (الصباح فقط)
# Shown in brackets after a request's dates.
leave-halves-afternoon-only = بعد الظهر فقط
leave-halves-morning-only = الصباح فقط
leave-halves-both = من الظهر في اليوم الأول، وحتى الظهر في اليوم الأخير
leave-halves-from-midday = من الظهر في اليوم الأول
leave-halves-until-midday = حتى الظهر في اليوم الأخير

## The screen.

leave-subtitle = الأرصدة والطلبات والموافقات
# The balances' region, for screen readers. $year: the leave year.
leave-balances-label = أرصدة { $year }
leave-balances-empty = لا توجد أرصدة إجازات بعد.
# After the big number of days remaining ($count), which is shown apart.
leave-balance-remaining = { $count ->
    [one] يوم متبقٍ
    [two] يومان متبقيان
    [few] أيام متبقية
    [many] يومًا متبقيًا
   *[other] يوم متبقٍ
}
leave-balance-meter = المستخدم { $used }، قيد الانتظار { $pending }، المتبقي { $remaining } من أصل { $entitled }
leave-balance-used = المستخدم: { $count }
leave-balance-pending = قيد الانتظار: { $count }
leave-balance-of = من أصل { $count }
# The next leave year's balance. $year: that year.
leave-balance-next-year = { $year }: { $count ->
    [one] يوم واحد متاح
    [two] يومان متاحان
    [few] { $count } أيام متاحة
    [many] { $count } يومًا متاحًا
   *[other] { $count } يوم متاح
}
leave-request-title = طلب إجازة
leave-type-label = النوع
leave-first-day = اليوم الأول
leave-last-day = اليوم الأخير
leave-first-day-half = في اليوم الأول
leave-last-day-half = في اليوم الأخير
leave-reason-label = السبب
leave-reason-placeholder = مثلًا: رحلة عائلية
leave-working-days = { $count ->
    [one] يوم عمل واحد
    [two] يوما عمل
    [few] { $count } أيام عمل
    [many] { $count } يوم عمل
   *[other] { $count } يوم عمل
}
# After the working days a request takes.
leave-preview-left = { $count ->
    [one] يتبقى بعدها يوم واحد
    [two] يتبقى بعدها يومان
    [few] يتبقى بعدها { $count } أيام
    [many] يتبقى بعدها { $count } يومًا
   *[other] يتبقى بعدها { $count } يوم
}
leave-preview-hint = اختر التواريخ لترى عدد أيام العمل التي يستغرقها الطلب.
leave-confirm-anyway = قد تكون أرقام هذا الجهاز غير محدّثة، والقرار للخادم. هل تريد إرسال الطلب على أي حال؟
leave-send-anyway = إرسال على أي حال
leave-submit = إرسال الطلب
leave-requests-title = طلباتي
leave-requests-total = الإجمالي: { $count }
leave-requests-empty-title = لا توجد طلبات إجازة بعد
leave-requests-empty-body = ستظهر هنا طلباتك وحالة الموافقة عليها.
leave-pending-sync = بانتظار المزامنة
leave-saved-offline = حُفظ على هذا الجهاز — سيُرسل للموافقة عند الاتصال.
# $when: how long ago, e.g. "2 days ago".
leave-submitted = قُدّم { $when }
leave-cancel-leave = إلغاء الإجازة
leave-cancel-request = إلغاء الطلب
leave-cancel-confirm-label = تأكيد الإلغاء
leave-cancel-my-leave = إلغاء إجازتي
leave-take-back = التراجع عن الإرسال
leave-withdraw = سحب الطلب
leave-keep = إبقاء

## Asking before cancelling. $range: the request's days ("3–7 Nov 2025").

leave-cancel-question-unsent = التراجع عن الطلب ({ $range })؟ لم يُرسل بعد.
# $count: the working days given back; $told: who approved it (leave-approvers-and) or leave-your-approvers.
leave-cancel-question-approved = إلغاء إجازتك الموافق عليها ({ $range })؟ سيعود { $count ->
    [one] يوم عمل واحد
    [two] يوما عمل
    [few] { $count } أيام عمل
    [many] { $count } يوم عمل
   *[other] { $count } يوم عمل
} إلى رصيدك وسنُبلغ { $told }. ولأخذها مجددًا عليك تقديم طلب جديد.
leave-cancel-question-pending = سحب طلبك ({ $range })؟ لن يراه المعتمِدون بعد الآن.
# Joins approvers' names one at a time: "Maria Schmidt and Hanna Richter".
leave-approvers-and = { $list } و{ $name }
leave-your-approvers = من وافقوا عليها

## What a write did, before "— Saved" or "— Saved on this device…".

leave-done-requested = تم طلب الإجازة
leave-done-cancelled-approved = أُلغيت الإجازة — سيتم إبلاغ من وافقوا عليها
leave-done-cancelled = أُلغي الطلب
