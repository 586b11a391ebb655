# Shown on every change button while offline: announcements change only with the server's answer.
announcements-offline = تعديل الإعلانات يتطلب اتصالًا
announcements-offline-cached = تعديل الإعلانات يتطلب اتصالًا. يُعرض آخر ما قرأه هذا الجهاز.

## The states: the filter's name for those in it, one announcement's state, and the filter's empty list.

announcements-state-drafts = المسودات
announcements-state-draft = مسودة
announcements-state-scheduled = المجدولة
announcements-state-scheduled-one = مجدول
announcements-state-published = المنشورة
announcements-state-published-one = منشور
announcements-state-expired = المنتهية
announcements-state-expired-one = منتهٍ
announcements-none-draft = لا توجد مسودات
announcements-none-scheduled = لا توجد إعلانات مجدولة
announcements-none-published = لا توجد إعلانات منشورة
announcements-none-expired = لا توجد إعلانات منتهية

## Whom it is for: "Engineering, Sales · HQ · Emma Fischer, 1 person" (the counts are names this device does not know).

announcements-audience-everyone = الجميع
announcements-audience-departments = { $count ->
    [one] قسم واحد
    [two] قسمان
    [few] { $count } أقسام
    [many] { $count } قسمًا
   *[other] { $count } قسم
}
announcements-audience-branches = { $count ->
    [one] فرع واحد
    [two] فرعان
    [few] { $count } فروع
    [many] { $count } فرعًا
   *[other] { $count } فرع
}
announcements-audience-people = { $count ->
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
# Between names in a list.
announcements-list-separator = {"، "}
announcements-audience-nobody = لا أحد بعد

## When it goes out and comes down; $at is a date and time.

announcements-when-until = حتى { $at }
announcements-when-draft = مسودة منذ { $at }
announcements-when-scheduled = يُنشر { $at }
announcements-when-published = نُشر { $at }
announcements-when-expired = نُشر { $published } · أُزيل { $expired }

## Confirmations and results of HR's actions.

announcements-confirm-publish-everyone = نشر «{ $title }» الآن؟ سيُبلَّغ الجميع فورًا.
announcements-confirm-publish = نشر «{ $title }» الآن؟ سيُبلَّغ جمهوره ({ $audience }) فورًا.
announcements-confirm-expire = إزالة «{ $title }» الآن؟ لن يراه بعدها أحد سوى الموارد البشرية.
announcements-confirm-delete-scheduled = حذف «{ $title }»؟ لن يُنشر. لا يمكن التراجع عن ذلك.
announcements-confirm-delete = حذف «{ $title }»؟ لا يمكن التراجع عن ذلك.
announcements-done-published = نُشر «{ $title }»: أُبلغ جمهوره.
announcements-done-expired = أُزيل «{ $title }».
announcements-done-deleted = حُذف «{ $title }».
announcements-saved-scheduled = جُدول «{ $title }» للنشر في { $at }.
announcements-saved-draft = حُفظ «{ $title }» كمسودة: لن يراه أحد حتى يُنشر.
announcements-saved = حُفظ «{ $title }».

## The form's submit button: what it will do.

announcements-submit-publish-now = النشر الآن
announcements-submit-save-schedule = حفظ الجدولة
announcements-submit-schedule = جدولة
announcements-submit-save-draft = حفظ المسودة
announcements-submit-save-as-draft = الحفظ كمسودة

## The feed.

announcements-subtitle = أخبار { $company }
announcements-subtitle-default = أخبار شركتك
announcements-new = إعلان جديد
announcements-tab-feed = ما يراه الموظفون
announcements-tab-manage = الإدارة
announcements-empty = لا توجد إعلانات
announcements-empty-hint = ستظهر أخبار الشركة هنا.
# The author of an announcement whose author is unknown.
announcements-author-fallback = فريق الموارد البشرية
announcements-pinned = مثبّت
announcements-latest = الأحدث

## Writing or changing one.

announcements-person-unknown = الشخص { $id }
announcements-nothing-to-save = لا شيء للحفظ: غيّر أحد الحقول أولًا.
announcements-edit-title = تعديل «{ $title }»
announcements-published-note = نُشر هذا الإعلان: لا يمكن الآن تغيير سوى تثبيته وموعد إزالته.
announcements-field-title = العنوان
announcements-field-message = الرسالة
announcements-field-audience = من يراه
announcements-audience-chosen = أقسام أو فروع أو أشخاص محددون
announcements-departments = الأقسام
announcements-branches = الفروع
announcements-people = الأشخاص
announcements-none-on-device = لا شيء على هذا الجهاز بعد
announcements-remove-person = إزالة { $name }
announcements-people-search = البحث بالاسم أو البريد الإلكتروني
announcements-add-person = إضافة { $name }
announcements-pin = تثبيته فوق الإعلانات الأخرى طوال مدة عرضه
announcements-field-when = الموعد
announcements-when-now = النشر الآن مع إبلاغ جمهوره
# Followed by a date and time field.
announcements-when-schedule = الجدولة في
announcements-publish-at = موعد النشر
announcements-when-back-to-draft = إعادته إلى مسودة
announcements-when-draft-choice = الحفظ كمسودة
announcements-expires = إزالته تلقائيًا
announcements-expires-at = موعد الإزالة
announcements-choose-audience = اختر قسمًا أو فرعًا أو شخصًا واحدًا على الأقل.

## HR's list of every announcement.

announcements-all = كل الإعلانات
# The state filter's label (read by screen readers only).
announcements-filter = عرض
announcements-filter-all = الكل ({ $count })
announcements-filter-state = { $state } ({ $count })
# The list's button that opens the form: "Write one with New." names it.
announcements-new-short = جديد
announcements-publish = نشر
announcements-take-down = إزالة
announcements-delete = حذف
announcements-none-yet = لا توجد إعلانات بعد
announcements-write-one = اكتب إعلانًا بالضغط على «جديد».
announcements-by = بقلم { $name }
announcements-edit-label = تعديل { $title }
announcements-publish-label = نشر { $title }
announcements-take-down-label = إزالة { $title }
announcements-delete-label = حذف { $title }
