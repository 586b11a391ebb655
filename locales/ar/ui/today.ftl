# The Today screen: check in and out, location, reminders and quick links.

# $greeting: "Good morning"; $name: the person's first name.
today-greeting-name = { $greeting }، { $name }

## Records to check
today-attention-title = راجع أوقاتك
# After the day: "Thu 20 Nov · in 09:00 — …".
today-attention-in = الحضور { $time }
today-attention-forgotten = لا يوجد انصراف: هل نسيت تسجيل الانصراف؟
today-attention-correct = طلب تصحيح

## Check in and out
today-punch-title = تسجيل الحضور والانصراف
today-state-in-since = حاضر منذ { $time }
today-state-out = لم يُسجَّل الحضور
today-pending-chip = بانتظار المزامنة
today-checked-in-at = سُجّل الحضور عند { $time }
today-checked-out-at = سُجّل الانصراف عند { $time }
# $name: the shift's name; $hours: "09:00–17:30".
today-shift = ورديتك: { $name } · { $hours }
today-check-in = تسجيل الحضور
today-check-out = تسجيل الانصراف
today-confirm-hint = قد يكون فحص هذا الجهاز غير محدَّث؛ والقرار للخادم. هل تريد الإرسال على أي حال؟
today-check-in-anyway = سجّل الحضور على أي حال
today-check-out-anyway = سجّل الانصراف على أي حال
today-not-now = ليس الآن
today-worked = مدة العمل اليوم
# Label under the number of records.
today-records-count = { $count ->
    [zero] سجلات اليوم
    [one] سجل اليوم
    [two] سجلان اليوم
    [few] سجلات اليوم
    [many] سجلًا اليوم
   *[other] سجل اليوم
}

## The device's check before sending
# $distance: "1.2 km"; $branch: the branch's name.
today-precheck-far-in = من المرجح أن يرفض الخادم تسجيل الحضور من هنا، فأنت على بُعد { $distance } من { $branch }.
today-precheck-far-out = من المرجح أن يرفض الخادم تسجيل الانصراف من هنا، فأنت على بُعد { $distance } من { $branch }.
today-precheck-no-fix-in = يحتاج { $branch } إلى موقعك لتسجيل الحضور، ولا يتوفر موقع على هذا الجهاز.
today-precheck-no-fix-out = يحتاج { $branch } إلى موقعك لتسجيل الانصراف، ولا يتوفر موقع على هذا الجهاز.
# Stands for the branch's name when the device does not know it.
today-your-branch = فرعك

## Location
today-location = الموقع
today-location-update-label = تحديث الموقع
today-location-update = تحديث
today-location-unavailable = الموقع غير متاح
today-location-checking = جارٍ التحقق من موقعك…
today-set-desk-location = تعيين موقع المكتب
today-geo-no-branch = لم يُعيَّن لك فرع
today-geo-no-branch-detail = يمكنك تسجيل الحضور من أي مكان.
today-geo-unfenced = لا يوجد سياج جغرافي لـ{ $branch }
today-geo-unfenced-detail = أنت داخل النطاق أينما كنت — سجّل الحضور من أي مكان.
today-geo-no-fix = لا يوجد موقع على هذا الجهاز
today-geo-no-fix-desktop = يتحقق { $branch } من موقعك عند تسجيل الحضور. عيّن موقع هذا الحاسوب من الإعدادات.
today-geo-no-fix-mobile = يتحقق { $branch } من موقعك عند تسجيل الحضور. اسمح لتطبيق Okta HR بالوصول إلى موقعك.
today-geo-inside = أنت داخل نطاق { $branch }
today-geo-outside = أنت خارج نطاق { $branch }
# The parts of the location's detail, joined with " · ".
today-geo-distance = على بُعد { $distance } من { $branch }
today-geo-radius = نطاق { $branch }: { $radius }
# $accuracy: "±8 m".
today-geo-accuracy = الدقة { $accuracy }
today-geo-tolerance = دقة موقعك في حدود { $accuracy } فقط، لذا تُحتسب مسافة تصل إلى { $extra } خارج النطاق كأنها داخله.

## The desk location typed in Settings (a computer has no position of its own)
today-desk-location-format = استخدم الصيغة خط العرض,خط الطول أو خط العرض,خط الطول,الدقة — مثلًا 52.5200,13.4050,10
today-desk-location-latitude = يجب أن يكون خط العرض بين ‎-90 و‎90.
today-desk-location-longitude = يجب أن يكون خط الطول بين ‎-180 و‎180.
today-desk-location-accuracy = يجب أن تكون الدقة عددًا موجبًا من الأمتار.

## Quick links
today-annual-left = أيام الإجازة السنوية المتبقية
# Label under the number of requests waiting for the manager's decision.
today-requests-waiting = { $count ->
    [zero] طلبات بانتظارك
    [one] طلب بانتظارك
    [two] طلبان بانتظارك
    [few] طلبات بانتظارك
    [many] طلبًا بانتظارك
   *[other] طلب بانتظارك
}
today-unread = غير مقروءة

## Today's records
today-records-title = سجلات اليوم
# Short labels before the check-in and check-out times.
today-in = حضور
today-out = انصراف
# $duration: "2 h 5 min", for a record still open.
today-so-far = { $duration } حتى الآن
today-no-records-today = لا توجد سجلات اليوم بعد.
# $day: "2025-11-20".
today-no-records-day = لا توجد سجلات ليوم { $day } بعد.
