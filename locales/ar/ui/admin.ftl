# The Admin screen: people and their sign-in accounts, departments and branches, bank-detail requests,
# groups, the organization and trusted origins.

admin-intro = الأشخاص وحساباتهم، والأقسام والفروع، والبيانات المصرفية، والمجموعات، والمؤسسة، والمصادر الموثوقة
admin-tabs-label = أقسام الإدارة
admin-tab-people = الأشخاص
admin-tab-org-units = الأقسام والفروع
admin-tab-bank = البيانات المصرفية
admin-tab-groups = المجموعات
admin-tab-organization = المؤسسة
admin-tab-origins = المصادر الموثوقة

# On every disabled write button, and wherever a change was refused for want of a connection.
admin-offline-write = تتطلب تغييرات الإدارة اتصالًا بالشبكة
admin-offline-last-read = تتطلب تغييرات الإدارة اتصالًا بالشبكة. يُعرض آخر ما قرأه هذا الجهاز.

# Shared field names.
admin-name = الاسم
admin-address = العنوان
# Text someone typed (a reason), quoted inside a line.
admin-quoted = «{ $text }»
# A person the device has no name for yet.
admin-person-id = الشخص { $id }

## Account statuses

admin-status-active = نشط
admin-status-staged = قيد الإعداد
admin-status-provisioned = مُهيّأ
admin-status-recovery = أُعيد تعيين كلمة المرور
admin-status-password-expired = انتهت صلاحية كلمة المرور
admin-status-locked-out = مقفل
admin-status-suspended = معلّق
admin-status-deactivated = معطّل
# The status filter's choice for accounts never used yet.
admin-status-not-yet-active = قيد الإعداد أو مُهيّأ
admin-status-all = كل الحالات

## Lifecycle actions on an account

admin-action-activate = تفعيل
# Sends a new one-time link to choose a password.
admin-action-reactivate = رابط تفعيل جديد
admin-action-unsuspend = إلغاء التعليق
admin-action-unlock = فتح القفل
admin-action-reset-password = إعادة تعيين كلمة المرور
admin-action-suspend = تعليق
admin-action-deactivate = إلغاء التفعيل

admin-confirm-suspend = تعليق حساب { $name }؟ يُسجَّل خروجه من جميع الأجهزة حتى يُلغى التعليق.
admin-confirm-deactivate = إلغاء تفعيل حساب { $name }؟ يُسجَّل خروجه من كل مكان ولن يتمكن من تسجيل الدخول بعد ذلك.
admin-confirm-reset-password = إعادة تعيين كلمة مرور { $name }؟ تتوقف كلمة المرور الحالية عن العمل حتى تُعيَّن كلمة مرور جديدة.
# $action is one of the action names above.
admin-confirm-action = { $action }: { $name }؟

# What a finished action says. $action is one of the action names above, $status one of the statuses.
admin-outcome = { $action }: { $name }
admin-outcome-status = { $action }: { $name } — الحالة الآن: { $status }
admin-outcome-link = { $action }: { $name }. سلّمه هذا الرابط الصالح لمرة واحدة (صالح 7 أيام)
admin-outcome-status-link = { $action }: { $name } — الحالة الآن: { $status }. سلّمه هذا الرابط الصالح لمرة واحدة (صالح 7 أيام)

## People

admin-search-label = البحث في الحسابات
admin-search-placeholder = ابحث بالاسم أو البريد الإلكتروني أو القسم أو المسمى الوظيفي
admin-status-filter = الحالة
admin-hire-open = تعيين موظف
admin-people-count = { $shown } من { $total }
admin-person-change = تغيير الوظيفة / النقل
admin-person-offboard = إنهاء الخدمة
admin-empty = لا توجد حسابات
admin-empty-query = لا أحد يطابق «{ $query }»
admin-empty-status = لا توجد حسابات بالحالة «{ $status }»
admin-empty-status-query = لا أحد بالحالة «{ $status }» يطابق «{ $query }»

## Departments and branches

admin-org-units-label = الأقسام والفروع
admin-departments = الأقسام
admin-departments-empty = لا توجد أقسام
admin-department-people = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
admin-department-head = المسؤول: { $name }
admin-department-no-head = بلا مسؤول
admin-department-head-label = مسؤول القسم
admin-department-head-optional = مسؤول القسم (اختياري)
admin-department-no-head-option = بلا مسؤول
admin-department-add-title = إضافة قسم
admin-department-add = إضافة القسم
admin-department-added = أُضيف القسم { $name }.
admin-unit-saved = حُفظ { $name }.
admin-unit-retired = أُوقف { $name }: لم يعد يظهر في قوائم الاختيار.
admin-unit-restored = عاد { $name } إلى قوائم الاختيار.
admin-unit-retired-badge = موقوف
admin-unit-retire = إيقاف
admin-unit-restore = استعادة

admin-branches = الفروع
admin-branches-empty = لا توجد فروع
admin-branch-add-open = إضافة فرع
admin-branch-added = أُضيف الفرع { $name }.
admin-branch-no-address = بلا عنوان
admin-branch-no-fence = بلا سياج جغرافي: تسجيل الحضور من أي مكان
# $radius is a distance ("150 m"), $latitude and $longitude the centre's coordinates.
admin-branch-fence = سياج جغرافي بنصف قطر { $radius } حول { $latitude }، { $longitude }

## A branch's editor

admin-branch-edit-label = تعديل { $name }
admin-branch-new-label = فرع جديد
admin-branch-fence-legend = السياج الجغرافي: لا يُحتسب تسجيل الحضور إلا داخل نصف القطر حول هذا المركز
admin-branch-latitude = خط العرض
admin-branch-longitude = خط الطول
admin-branch-radius = نصف القطر (م)
admin-branch-use-position = استخدام موقع هذا الجهاز
admin-branch-no-position-note = لا يعرف هذا الجهاز موقعه. على الحاسوب، حدّد موقع المكتب في الملف الشخصي والإعدادات.
admin-branch-no-position = لا يعرف هذا الجهاز موقعًا يقيس منه.
admin-branch-keep-fence = اترك حقول السياج الثلاثة فارغة لإبقاء السياج كما هو.
admin-branch-save = حفظ الفرع
admin-branch-add = إضافة الفرع
# One sentence around a distance shown in bold: "This device is [120 m] from the centre: …".
# admin-branch-distance(-accuracy) comes before the distance, one of the three after it.
admin-branch-distance = يبعد هذا الجهاز
admin-branch-distance-accuracy = يبعد هذا الجهاز ({ $accuracy })
admin-branch-distance-accepted = عن المركز: سيُقبل تسجيل الحضور من هنا.
admin-branch-distance-refused = عن المركز: سيُرفض تسجيل الحضور من هنا.
admin-branch-distance-unknown = عن المركز.

## Bank-detail requests

admin-bank-title = طلبات تغيير البيانات المصرفية
admin-bank-filter = عرض
admin-bank-filter-pending = بانتظار القرار
admin-bank-filter-all = كل الطلبات
admin-bank-filter-approved = الموافق عليها
admin-bank-filter-rejected = المرفوضة
admin-bank-filter-withdrawn = المسحوبة
admin-bank-intro = يطلب الموظفون تحويل رواتبهم إلى حساب آخر، ويستمر صرف الرواتب إلى الحساب الحالي حتى توافق. لا يظهر من رقم IBAN إلا آخر أربعة أحرف.
admin-bank-offline = تتطلب تغييرات الإدارة اتصالًا بالشبكة: تُقرأ الطلبات من الخادم.
admin-bank-empty-pending = لا شيء بانتظار القرار
admin-bank-empty = لا توجد طلبات
admin-bank-asked = طُلب { $when }
admin-bank-decided = بُتّ فيه { $when }
admin-bank-decided-by = بتّ فيه { $name } { $when }
admin-bank-approve = موافقة
admin-bank-reject = رفض
admin-bank-reject-reason = لماذا يُرفض الطلب؟
admin-bank-reject-confirm = رفض الطلب
admin-bank-reason-needed = اذكر السبب ليعرف صاحب الطلب ما يجب تصحيحه.
# $iban shows only its last four characters.
admin-bank-approved-notice = تمت الموافقة: يُصرف راتب { $name } إلى { $iban } بدءًا من دورة الرواتب القادمة.
admin-bank-rejected-notice = رُفض طلب { $name }؛ وسيرى السبب الذي ذكرته.

## Groups

admin-groups-count = { $count ->
    [zero] لا مجموعات
    [one] مجموعة واحدة
    [two] مجموعتان
    [few] { $count } مجموعات
    [many] { $count } مجموعة
   *[other] { $count } مجموعة
}
admin-groups-empty = لا توجد مجموعات
admin-group-members = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
# A member in the group themselves, not through another group.
admin-group-direct = مباشر
admin-group-no-members = لا أعضاء

## Organization

admin-org-subdomain = النطاق الفرعي
admin-org-website = الموقع الإلكتروني
admin-org-phone = الهاتف
admin-org-support = دعم الموظفين
admin-org-help-page = صفحة المساعدة
admin-org-support-phone = هاتف الدعم
admin-org-not-set = غير محدد
admin-org-contacts = جهات الاتصال
admin-org-contact-billing = الفوترة
admin-org-contact-technical = الشؤون التقنية
admin-org-contact-nobody = لا أحد

## Trusted origins

admin-origins-intro = مصادر الويب التي تقبلها واجهات برمجة تسجيل الدخول والهوية لطلبات CORS وعمليات إعادة التوجيه.
admin-origins-empty = لا توجد مصادر موثوقة
admin-origin-remove-confirm = إزالة { $origin }؟ تُرفض الطلبات الواردة منه فورًا.
admin-origin-redirect = إعادة التوجيه
admin-origin-active = نشط
admin-origin-inactive = غير نشط
admin-origin-add-title = إضافة مصدر موثوق
admin-origin-url = المصدر
admin-origin-add = إضافة المصدر
