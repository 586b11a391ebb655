# What the app tells the user about writes, errors and the connection (ui/src/lib/status.ts).

## The result of a write. $done says what was done, e.g. "Checked in at 09:02", "Leave requested".

status-outcome-saved = { $done } — تم الحفظ
status-outcome-queued = { $done } — حُفظ على هذا الجهاز وستتم مزامنته عند الاتصال
# $message: why it could not be sent, as the app's connection reported it.
status-outcome-not-sent = لم يُرسل بعد: { $message }
# $message: the server's reason, in its own words.
status-outcome-refused = لم يُقبل: { $message }
status-outcome-refused-unknown = لم يُقبل: رفض الخادم هذا التغيير.
status-outcome-withdrawn = تم السحب — لم يكن قد أُرسل بعد، لذا لم يصل إلى الخادم أبدًا
# $state: the write's state as the app names it internally (rarely shown).
status-outcome-other = { $done } ({ $state })

## A command's error as a sentence.

status-error-unknown = حدث خطأ ما.
status-error-not-signed-in = لم تسجّل الدخول.
status-error-unreachable-because = تعذّر الوصول إلى الخادم: { $message }
status-error-unreachable = تعذّر الوصول إلى الخادم. تحقّق من اتصالك.
status-error-unsynced = لم تتم مزامنة بعض التغييرات بعد.

## The offline banner.

# $reason: why the server ended the session, in its own words, without its final full stop.
status-offline-signed-out-because = { $reason } — سجّل الدخول مجددًا للمزامنة.
status-offline-signed-out = انتهت جلستك — سجّل الدخول مجددًا للمزامنة.
status-offline-signed-out-pending = { $count ->
    [one] سيُرسل تغيير واحد بعد تسجيل دخولك. لن يضيع شيء.
    [two] سيُرسل تغييران بعد تسجيل دخولك. لن يضيع شيء.
    [few] ستُرسل { $count } تغييرات بعد تسجيل دخولك. لن يضيع شيء.
    [many] سيُرسل { $count } تغييرًا بعد تسجيل دخولك. لن يضيع شيء.
   *[other] سيُرسل { $count } تغيير بعد تسجيل دخولك. لن يضيع شيء.
}
status-offline-signed-out-nothing = ما رأيته سابقًا لا يزال معروضًا من هذا الجهاز.
status-offline-title = أنت غير متصل — تعمل من بيانات هذا الجهاز.
status-offline-pending = { $count ->
    [one] ستتم مزامنة تغيير واحد محفوظ هنا عند عودة الاتصال.
    [two] ستتم مزامنة تغييرين محفوظين هنا عند عودة الاتصال.
    [few] ستتم مزامنة { $count } تغييرات محفوظة هنا عند عودة الاتصال.
    [many] ستتم مزامنة { $count } تغييرًا محفوظًا هنا عند عودة الاتصال.
   *[other] ستتم مزامنة { $count } تغيير محفوظ هنا عند عودة الاتصال.
}
status-offline-nothing = تُحفظ التغييرات التي تجريها هنا وتتم مزامنتها عند عودة الاتصال.

## The sync indicator's label (its tooltip and what screen readers say).

status-sync-waiting = { $count ->
    [one] تغيير واحد بانتظار المزامنة
    [two] تغييران بانتظار المزامنة
    [few] { $count } تغييرات بانتظار المزامنة
    [many] { $count } تغييرًا بانتظار المزامنة
   *[other] { $count } تغيير بانتظار المزامنة
}
status-sync-waiting-offline = { $count ->
    [one] تغيير واحد بانتظار المزامنة (غير متصل)
    [two] تغييران بانتظار المزامنة (غير متصل)
    [few] { $count } تغييرات بانتظار المزامنة (غير متصل)
    [many] { $count } تغييرًا بانتظار المزامنة (غير متصل)
   *[other] { $count } تغيير بانتظار المزامنة (غير متصل)
}
status-sync-offline = غير متصل — لا شيء بانتظار المزامنة
status-sync-done = تمت مزامنة كل شيء
status-sync-refused = { $count ->
    [one] رفض الخادم تغييرًا واحدًا
    [two] رفض الخادم تغييرين
    [few] رفض الخادم { $count } تغييرات
    [many] رفض الخادم { $count } تغييرًا
   *[other] رفض الخادم { $count } تغيير
}
# Both of the above: $refusals is status-sync-refused, $waiting one of the others.
status-sync-refused-and = { $refusals }؛ { $waiting }

## The headline of a write the server refused. $time: when it was recorded ("08:02"); $range: the day or
## days it was for ("11–15 Jan 2027").

status-refused-check-in-at = لم يُقبل تسجيل حضورك في الساعة { $time }
status-refused-check-in = لم يُقبل تسجيل حضورك
status-refused-check-out-at = لم يُقبل تسجيل انصرافك في الساعة { $time }
status-refused-check-out = لم يُقبل تسجيل انصرافك
status-refused-leave-for = لم يُقبل طلب إجازتك ({ $range })
status-refused-leave = لم يُقبل طلب إجازتك
status-refused-cancel-leave = لم يُقبل إلغاء إجازتك
status-refused-leave-approval = لم تُقبل موافقتك
status-refused-leave-rejection = لم يُقبل رفضك
status-refused-correction-for = لم يُقبل تصحيحك ليوم { $range }
status-refused-correction = لم يُقبل تصحيحك
status-refused-correction-approval = لم تُقبل موافقتك على تصحيح الحضور
status-refused-correction-rejection = لم يُقبل رفضك لتصحيح الحضور
status-refused-other = لم يُقبل أحد التغييرات
