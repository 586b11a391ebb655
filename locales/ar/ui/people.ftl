# People and organisation: hiring and the activation link, job changes and their history, offboarding,
# branch and contact checks, bank-detail request states, and activation links on the sign-in screen.

people-self-service-offline = يتطلب تغيير بياناتك اتصالًا بالشبكة
people-no-one = لا أحد
people-no-manager = بلا مدير
# A person the device has no name for yet.
people-person-id = الشخص { $id }
people-find-placeholder = بحث…
# The search box beside a person picker. $label is the picker's label ("Manager"), $lowercase the same in
# lower case, as English says it inside a sentence.
people-find-person-for = ابحث عن شخص لحقل «{ $label }»
people-choose = اختر…
people-reason = السبب
# Text someone typed (a reason), quoted inside a line.
people-quoted = «{ $text }»
# After a retired department's or branch's name in a list.
people-retired = (موقوف)
people-no-record = لم يصل سجل الموارد البشرية الخاص بـ{ $name } إلى هذا الجهاز بعد؛ سيصل مع المزامنة القادمة.

## Employment types

people-type-full-time = دوام كامل
people-type-part-time = دوام جزئي
people-type-contractor = متعاقد
people-type-intern = متدرّب

## Working days

people-no-days = لا أيام
# A run of three or more weekdays: "Mon–Fri".
people-day-range = من { $from } إلى { $to }

## Hiring

people-hire-title = تعيين موظف
people-hire-intro = يُنشئ سجل الموارد البشرية وحساب تسجيل الدخول. لا يُرسَل أي بريد إلكتروني: أنت من يسلّم رابط التفعيل الذي يظهر بعد ذلك مرة واحدة فقط.
people-hire-first-name = الاسم الأول
people-hire-last-name = اسم العائلة
people-hire-email = البريد الإلكتروني للعمل
people-hire-email-hint = ويُستخدم أيضًا لتسجيل الدخول.
people-hire-start-date = تاريخ المباشرة
people-hire-working-days = أيام العمل
people-hire-own-week = أسبوع عمل خاص (وإلا فأسبوع الفرع)
people-hire-submit = تعيين
# $fields lists what is missing, from the people-missing-* names.
people-hire-still-needed = ما زال مطلوبًا: { $fields }.
people-missing-first-name = الاسم الأول
people-missing-last-name = اسم العائلة
people-missing-email = البريد الإلكتروني
people-missing-job-title = المسمى الوظيفي
people-missing-department = القسم
people-missing-branch = الفرع
people-missing-start-date = تاريخ المباشرة
people-missing-employment-type = نوع التوظيف
people-missing-working-days = أيام العمل

## The activation link of someone just hired

people-hired-title = تم تعيين { $name }
people-hired-works = أيام العمل: { $days }
people-hired-starts = تاريخ المباشرة: { $date }
people-activation-once = يظهر هذا الرابط مرة واحدة فقط.
# $date is when the link expires ("Mon, 3 Nov, 14:05"), $left how long that is from now ("in 7 days").
people-activation-hand-over = انسخه الآن وسلّمه إلى { $name }: به يختار كلمة مرور ويسجّل الدخول. تنتهي صلاحيته: { $date } ({ $left }).
people-activation-link-label = رابط تفعيل { $name }
people-copy = نسخ
people-copied = تم النسخ
people-copied-clipboard = نُسخ إلى الحافظة.
people-copy-failed = تعذّر على هذه النافذة الوصول إلى الحافظة: الرابط محدد، اضغط Ctrl+C (⌘C).
# Around the name of the "New activation link" button, shown in bold between the two.
people-no-link-before = أجاب الخادم من سجله لهذا التعيين، وهو لا يحتفظ بالرابط أبدًا. امنحه رابطًا جديدًا عبر
people-no-link-after = في حسابه أدناه.
people-handed-over = سلّمته
people-link-expired = منتهي الصلاحية

## Activation on the sign-in screen

people-activation-empty = الصق رابط التفعيل الذي أعطتك إياه الموارد البشرية.
people-activation-incomplete = هذا الرابط غير مكتمل. انسخ الرابط كاملًا كما أعطتك إياه الموارد البشرية.
people-activation-no-token = لا يحتوي هذا الرابط على رمز تفعيل. انسخ الرابط كاملًا كما أعطتك إياه الموارد البشرية.
people-activation-not-a-link = هذا ليس رابط تفعيل. الصق الرابط كاملًا كما أعطتك إياه الموارد البشرية.
people-password-too-short = اختر كلمة مرور من 8 أحرف على الأقل.
people-password-mismatch = كلمتا المرور غير متطابقتين.

## Job changes

people-field-job-title = المسمى الوظيفي
people-field-department = القسم
people-field-branch = الفرع
people-field-manager = المدير
people-field-employment-type = نوع التوظيف
people-change-title = تغيير الوظيفة أو النقل · { $name }
people-change-type-unchanged = دون تغيير
people-change-effective-from = يسري اعتبارًا من
people-change-reason-placeholder = ترقية، انتقال إلى فريق المبيعات…
people-change-save = حفظ التغيير
people-change-later-hint = يُجدوَل التاريخ اللاحق، ويطبّق الخادم التغيير في ذلك اليوم.
people-change-nothing = لا شيء لتغييره: كل الحقول كما هي الآن.
people-change-scheduled = { $count ->
    [one] جُدول تغيير واحد لـ{ $name } في { $date }.
    [two] جُدول تغييران لـ{ $name } في { $date }.
    [few] جُدولت { $count } تغييرات لـ{ $name } في { $date }.
    [many] جُدول { $count } تغييرًا لـ{ $name } في { $date }.
   *[other] جُدول { $count } تغيير لـ{ $name } في { $date }.
}
people-change-applied = { $count ->
    [one] يسري تغيير واحد لـ{ $name } اعتبارًا من { $date }.
    [two] يسري تغييران لـ{ $name } اعتبارًا من { $date }.
    [few] تسري { $count } تغييرات لـ{ $name } اعتبارًا من { $date }.
    [many] يسري { $count } تغييرًا لـ{ $name } اعتبارًا من { $date }.
   *[other] يسري { $count } تغيير لـ{ $name } اعتبارًا من { $date }.
}
people-change-history = السجل
people-change-history-empty = لم تُسجَّل أي تغييرات منذ التعيين.
people-change-status-scheduled = مجدول
people-change-status-applied = مطبّق
# One line of the history: "Department: Engineering → Sales".
people-history-line = { $field }: { $before } ← { $after }
people-history-none = لا شيء
people-history-department = القسم { $id }
people-history-branch = الفرع { $id }
people-history-person = الشخص { $id }
people-history-from = اعتبارًا من { $date }
people-history-by = بواسطة { $name }
people-history-recorded = سُجّل { $when }

## Offboarding

people-offboard-title = إنهاء الخدمة · { $name }
# Around the last working day, shown in bold between the two.
people-offboard-last-day-before = آخر يوم عمل:
people-offboard-last-day-after = ؛ ينتهي الوصول { $when }.
people-offboard-reason = السبب: { $reason }
people-offboard-still-open = بنود معلّقة
people-open-items = { $count ->
    [zero] لا بنود
    [one] بند واحد
    [two] بندان
    [few] { $count } بنود
    [many] { $count } بندًا
   *[other] { $count } بند
}
people-open-none = لا شيء
people-open-leave = أرصدة إجازات يجب تسويتها
# $type is the leave type ("Annual"), $count the days left, $pending the days asked for and not yet decided.
people-open-leave-balance = { $type }: { $count ->
    [zero] لا أيام متبقية
    [one] يوم واحد متبقٍ
    [two] يومان متبقيان
    [few] { $count } أيام متبقية
    [many] { $count } يومًا متبقيًا
   *[other] { $count } يوم متبقٍ
}
people-open-leave-balance-pending = { $type }: { $count ->
    [zero] لا أيام متبقية
    [one] يوم واحد متبقٍ
    [two] يومان متبقيان
    [few] { $count } أيام متبقية
    [many] { $count } يومًا متبقيًا
   *[other] { $count } يوم متبقٍ
}، و{ $pending } قيد الانتظار
people-open-assets = عُهد يجب إرجاعها
people-open-asset = { $name } ({ $tag })
people-open-requests = طلبات إجازته التي ما زالت معلّقة
people-open-approvals = طلبات تنتظر موافقته
people-open-corrections = تصحيحات حضور معلّقة
people-offboard-cancel-confirm = إلغاء إنهاء خدمة { $name }؟ سيحتفظ بإمكانية الوصول.
people-offboard-cancel = إلغاء إنهاء الخدمة
people-offboard-keep = الإبقاء عليه
people-offboard-self = لا يمكنك إنهاء خدمتك بنفسك.
people-offboard-earlier-cancelled = أُلغي إنهاء خدمة سابق.
people-offboard-last-day = آخر يوم عمل
people-offboard-reason-placeholder = استقالة، انتهاء العقد…
people-offboard-submit = إنهاء خدمة { $name }
people-offboard-hint = ينتهي الوصول بعد آخر يوم عمل؛ ويمكنك الإلغاء حتى ذلك الحين.
people-offboarding-scheduled = سيغادر
people-offboarding-completed = غادر
people-offboarding-cancelled = ملغى

## Branch checks

people-branch-name-required = حقل الاسم مطلوب.
people-branch-latitude-invalid = يجب أن يكون خط العرض رقمًا بين -90 و90.
people-branch-longitude-invalid = يجب أن يكون خط الطول رقمًا بين -180 و180.
people-branch-radius-invalid = يجب أن يكون نصف القطر بين 1 و10000 متر.

## Bank-detail requests

people-bank-pending = بانتظار الموارد البشرية
people-bank-approved = تمت الموافقة
people-bank-rejected = مرفوض
people-bank-withdrawn = مسحوب
# $when is a day and time ("Today, 14:05").
people-bank-waiting-since = بانتظار الموارد البشرية منذ { $when }
people-bank-asked = { $status } · طُلب { $when }

## Emergency contacts

people-contact-name-required = حقل الاسم مطلوب.
people-contact-relationship-required = حقل صلة القرابة مطلوب.
people-contact-phone-required = حقل الهاتف مطلوب.
people-contacts-too-many = { $count ->
    [one] جهة اتصال واحدة للطوارئ على الأكثر.
    [two] جهتا اتصال للطوارئ على الأكثر.
    [few] { $count } جهات اتصال للطوارئ على الأكثر.
    [many] { $count } جهة اتصال للطوارئ على الأكثر.
   *[other] { $count } جهة اتصال للطوارئ على الأكثر.
}
