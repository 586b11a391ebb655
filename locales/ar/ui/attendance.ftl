# The Attendance screen, corrections of attendance records, and shifts in words.

## Attendance screen
attendance-subtitle = تسجيلات حضورك وانصرافك، يومًا بيوم.
attendance-month = الشهر
attendance-previous-month = الشهر السابق
attendance-next-month = الشهر التالي
attendance-days-worked = أيام العمل
attendance-total-time = إجمالي الوقت
attendance-late-arrivals = مرات التأخير
# Accessible name of the table of days.
attendance-days = الأيام
# $month: "November 2025".
attendance-empty = لا توجد سجلات في { $month }
attendance-empty-this-month = سجّل حضورك من شاشة «اليوم» للبدء.
attendance-empty-other-month = لا شيء مسجَّل على هذا الجهاز لذلك الشهر.
attendance-col-day = اليوم
# Check-in time (column heading and, on phones, the label before the time).
attendance-col-in = الحضور
# Check-out time.
attendance-col-out = الانصراف
attendance-col-worked = مدة العمل
attendance-col-status = الحالة
attendance-col-correction = التصحيح

## A record's badges (Attendance and Today)
attendance-badge-late = متأخر
attendance-badge-left-early = انصراف مبكر
attendance-badge-mock = موقع مزيَّف
attendance-badge-offline = سُجّل دون اتصال
attendance-badge-corrected = مُصحَّح
attendance-badge-corrected-title = صُحّحت أوقاته؛ تعرض شاشة الحضور الأوقات المسجّلة في الأصل
attendance-badge-auto-closed = أُغلق تلقائيًا
attendance-badge-correction-title = تصحيح هذا السجل بانتظار القرار
attendance-badge-correction-queued = تصحيح بانتظار المزامنة
attendance-badge-correction-pending = تصحيح قيد الانتظار
attendance-badge-pending-sync = بانتظار المزامنة
attendance-badge-pending-sync-title = محفوظ على هذا الجهاز؛ ستتم مزامنته عند الاتصال
attendance-badge-synced = تمت المزامنة

## Corrections on the Attendance screen
# $day: "Thu 20 Nov".
attendance-correct-label = { attendance-correct } { $day }
attendance-correct-disabled = متاح بعد مزامنة هذا السجل
# Button: ask for a correction of the record.
attendance-correct = تصحيح
# $originals: "Originally in 09:02, out 17:31"; $reason: why it was corrected.
attendance-originals-reason = { $originals } · «{ $reason }»
attendance-my-corrections = تصحيحاتك
# $in, $out: "09:00 → 08:40" or "09:00 (kept)".
attendance-correction-times = الحضور { $in } · الانصراف { $out }
# A reason the person gave, quoted.
attendance-quoted = «{ $text }»
# $name: who decided; $reason: what they wrote.
attendance-decision = { $name }: «{ $reason }»
attendance-your-manager = مديرك

## How a record reads
attendance-auto-closed = أُغلق تلقائيًا عند { $time } — اطلب تصحيحًا إن لم يكن ذلك صحيحًا
attendance-added-by-correction = أُضيف بتصحيح: لم يُسجَّل أي حضور أو انصراف
attendance-originally = في الأصل: الحضور { $in }، الانصراف { $out }
attendance-no-check-out = — (دون انصراف)

## A correction's status
attendance-status-approved-queued = تمت الموافقة · بانتظار المزامنة
attendance-status-rejected-queued = مرفوض · بانتظار المزامنة
attendance-status-queued = بانتظار المزامنة
attendance-status-approved = تمت الموافقة
attendance-status-rejected = مرفوض
attendance-status-pending = بانتظار القرار
# The recorded time, left unchanged by the correction.
attendance-time-kept = { $time } (دون تغيير)
# The recorded time and the time proposed.
attendance-time-change = { $from } ← { $to }

## The correction form
# $day: "Thursday 20 November 2025".
attendance-correction-title = طلب تصحيح · { $day }
attendance-correction-recorded = المسجَّل: الحضور { $in }، الانصراف { $out }.
attendance-correction-give-times = أدخل الأوقات التي عملت فيها في هذا اليوم؛ ويعود القرار إلى مديرك أو الموارد البشرية.
attendance-correction-check-in = الحضور
attendance-correction-check-out = الانصراف
# Under a check-out time earlier than the check-in: it is on the following day.
attendance-correction-next-morning = صباح اليوم التالي
attendance-correction-why = السبب
attendance-correction-why-hint = (يُرسَل إلى مديرك)
attendance-correction-placeholder = مثلًا: نسيت تسجيل الانصراف عندما غادرت الساعة 17:30
# Before the device's own warning about the times asked for.
attendance-correction-device-check = فحص هذا الجهاز:
attendance-correction-server-decides = القرار للخادم؛ يمكنك الإرسال على أي حال.
attendance-correction-change-a-time = غيّر أحد الأوقات لطلب تصحيح.
attendance-correction-send-anyway = أرسل على أي حال
attendance-correction-send = إرسال
attendance-correction-refused = لم يُقبل: رفض الخادم هذا التصحيح.
# $reason: the server's reason.
attendance-correction-not-accepted = لم يُقبل: { $reason }
# Start of the result, followed by "— Saved" or "— Saved on this device…".
attendance-correction-asked = طُلب تصحيح يوم { $day }

## Shifts in words (Today and Schedules & audit)
attendance-shift-offline = تتطلب تغييرات الورديات اتصالًا بالخادم
# $starts, $ends: "09:00", "17:30".
attendance-shift-hours = { $starts }–{ $ends }
attendance-shift-hours-overnight = { $starts }–{ $ends } من اليوم التالي
attendance-shift-minutes = { $minutes } د
attendance-shift-hours-only = { $hours } س
attendance-shift-hours-minutes = { $hours } س { $minutes } د
# The three graces are joined with " · "; this one always comes first.
attendance-shift-late-after = { $minutes ->
    [zero] يُحتسب التأخير بعد { $minutes } دقيقة
    [one] يُحتسب التأخير بعد دقيقة واحدة
    [two] يُحتسب التأخير بعد دقيقتين
    [few] يُحتسب التأخير بعد { $minutes } دقائق
    [many] يُحتسب التأخير بعد { $minutes } دقيقة
   *[other] يُحتسب التأخير بعد { $minutes } دقيقة
}
attendance-shift-late-from-start = يُحتسب التأخير منذ البداية
attendance-shift-early-before = { $minutes ->
    [zero] الانصراف المبكر قبل النهاية بأكثر من { $minutes } دقيقة
    [one] الانصراف المبكر قبل النهاية بأكثر من دقيقة واحدة
    [two] الانصراف المبكر قبل النهاية بأكثر من دقيقتين
    [few] الانصراف المبكر قبل النهاية بأكثر من { $minutes } دقائق
    [many] الانصراف المبكر قبل النهاية بأكثر من { $minutes } دقيقة
   *[other] الانصراف المبكر قبل النهاية بأكثر من { $minutes } دقيقة
}
attendance-shift-early-before-end = الانصراف المبكر قبل النهاية
# $duration: "2 h", "1 h 30 min".
attendance-shift-auto-close = تُغلق تسجيلات الانصراف المنسية بعد { $duration } من النهاية
# An assignment's days; $from, $to: "3 Nov 2026".
attendance-shift-from = من { $from }
attendance-shift-span = { $from } – { $to }
# Mid-sentence: "Ana works “Night” (22:00–06:00 next day) from 3 Nov 2026."
attendance-shift-from-in-sentence = من { $from }
attendance-shift-span-in-sentence = من { $from } إلى { $to }
