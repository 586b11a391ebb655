# The Team attendance screen (ui/src/screens/Team.svelte).

team-subtitle = من حضر، ومن تأخر، وكل تسجيل حضور خلال الفترة.
team-export = تصدير CSV
# $count: records written; $path: the file they were written to.
team-exported = { $count ->
    [zero] لم يُصدَّر أي سجل إلى { $path }
    [one] تم تصدير سجل واحد إلى { $path }
    [two] تم تصدير سجلين إلى { $path }
    [few] تم تصدير { $count } سجلات إلى { $path }
    [many] تم تصدير { $count } سجلًا إلى { $path }
   *[other] تم تصدير { $count } سجل إلى { $path }
}
# The summary of today, and the button that shows only today's records.
team-today = اليوم
team-in-now = حاضرون الآن
team-late-today = متأخرون اليوم
team-checked-out = سجّلوا الانصراف
team-records = السجلات
team-quick-range = فترة سريعة
# The last $count days, today included.
team-last-days = { $count ->
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
team-from = من
team-to = إلى
team-range-invalid = يجب أن يكون تاريخ البداية في تاريخ النهاية أو قبله.
# Mid-sentence, in the message shown before the company's data first reaches the device.
team-first-fill = حضور فريقك
team-empty-title = لا توجد سجلات في هذه الفترة
team-empty-body = يحتفظ هذا الجهاز بآخر أسبوعين فقط.
team-col-employee = الموظف
team-col-day = اليوم
# The check-in and check-out times' column headings (and labels on a phone).
team-in = الحضور
team-out = الانصراف
team-col-worked = مدة العمل
team-col-status = الحالة
team-late = متأخر
# The badge of someone checked in now.
team-badge-in = حاضر
team-mock-location = موقع وهمي
team-pending-sync = بانتظار المزامنة
# $first–$last: the records shown; $total: all records in the range.
team-pager = { $first }–{ $last } من { $total }
team-previous = السابق
team-next = التالي
