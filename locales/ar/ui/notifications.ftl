# Said of a notification the person opened, with how it reached the server.
notifications-marked-read = عُلِّم كمقروء
notifications-all-marked-read = عُلِّم الكل كمقروء
notifications-open-approvals = فتح الموافقات
notifications-view-leave = عرض الإجازات
notifications-read-announcements = قراءة الإعلانات
notifications-view-payslips = عرض قسائم الرواتب
notifications-unread = { $count ->
    [one] إشعار واحد غير مقروء
    [two] إشعاران غير مقروءين
    [few] { $count } إشعارات غير مقروءة
    [many] { $count } إشعارًا غير مقروء
   *[other] { $count } إشعار غير مقروء
}
notifications-caught-up = لا جديد لديك
notifications-mark-all-read = تعليم الكل كمقروء
notifications-empty = لا توجد إشعارات
notifications-empty-hint = ستظهر هنا الموافقات والقرارات والأخبار.
# A notification's accessible name while it is unread.
notifications-unread-label = غير مقروء: