# The Approvals screen (ui/src/screens/Approvals.svelte): leave requests and punch corrections to decide.

approvals-waiting = { $count ->
    [one] طلب واحد بانتظار قرارك
    [two] طلبان بانتظار قرارك
    [few] { $count } طلبات بانتظار قرارك
    [many] { $count } طلبًا بانتظار قرارك
   *[other] { $count } طلب بانتظار قرارك
}
approvals-nothing-waiting = لا شيء بانتظار قرارك
# Mid-sentence, in the message shown before the company's data first reaches the device.
approvals-first-fill = طلبات فريقك
approvals-no-leave-waiting = لا توجد طلبات إجازة بانتظار قرارك.
approvals-empty-title = أنجزت كل شيء
approvals-empty-body = ستظهر هنا طلبات الإجازة وتصحيحات الحضور الجديدة من فريقك.

## A leave request's card.

# $type: the leave type's name; $when: how long ago, e.g. "2 days ago".
approvals-submitted = { $type } · قُدّم { $when }
# $role: leave-role-…, e.g. "Manager".
approvals-step = خطوة { $role }
approvals-nobody-off = لا أحد غيره في إجازة خلال هذه الفترة
approvals-also-off = في إجازة أيضًا خلال هذه الفترة:
# After the people listed as off during the request.
approvals-off-more = { $count ->
    [one] وشخص آخر
    [two] وشخصان آخران
    [few] و{ $count } أشخاص آخرين
    [many] و{ $count } شخصًا آخر
   *[other] و{ $count } شخص آخر
}
# A reason someone gave, quoted.
approvals-quoted = «{ $text }»
approvals-chain = سلسلة الموافقات
approvals-queued-approved = وافقت على هذا — حُفظ على هذا الجهاز وستتم مزامنته عند الاتصال.
approvals-queued-rejected = رفضت هذا — حُفظ على هذا الجهاز وستتم مزامنته عند الاتصال.
# $name: the requester.
approvals-reject-why = لماذا ترفض طلب { $name }؟
approvals-reject-why-optional = (اختياري، سيصل إلى صاحب الطلب)
approvals-reject-placeholder = مثلًا: إنه أسبوع الإطلاق، هل يمكنك أخذ الأسبوع التالي؟
approvals-keep = تراجع
approvals-reject-request = رفض الطلب
approvals-note-label = ملاحظة إلى { $name } (اختياري)
approvals-note-placeholder = أضف ملاحظة (اختياري)
approvals-reject = رفض
approvals-approve = موافقة

## What a decision did, before "— Saved" or "— Saved on this device…". $name: the requester.

approvals-leave-approved = تمت الموافقة على إجازة { $name }
approvals-leave-rejected = تم رفض إجازة { $name }
# When the request's requester is not known.
approvals-leave-approved-unknown = تمت الموافقة على طلب الإجازة
approvals-leave-rejected-unknown = تم رفض طلب الإجازة
# $date: the day corrected.
approvals-punch-approved = تمت الموافقة على تصحيح { $name } ليوم { $date }
approvals-punch-rejected = تم رفض تصحيح { $name } ليوم { $date }
approvals-punch-approved-anonymous = تمت الموافقة على التصحيح ليوم { $date }
approvals-punch-rejected-anonymous = تم رفض التصحيح ليوم { $date }
approvals-punch-approved-unknown = تمت الموافقة على التصحيح
approvals-punch-rejected-unknown = تم رفض التصحيح

## Punch corrections.

approvals-punch-title = تصحيحات الحضور
approvals-punch-none-waiting = لا توجد تصحيحات حضور بانتظار قرارك.
# In place of an unknown employee's name.
approvals-someone = شخص ما
approvals-punch = تصحيح حضور
# $when: how long ago it was asked, e.g. "3 h ago".
approvals-punch-asked = تصحيح حضور · طُلب { $when }
# $date: the day the correction is for.
approvals-punch-on = تصحيح حضور · { $date }
approvals-punch-correct-record = تصحيح سجل
approvals-punch-missing-day = إضافة يوم ناقص
approvals-check-in = الحضور
approvals-check-out = الانصراف
approvals-punch-reject-why = لماذا ترفض تصحيح { $name }؟
approvals-punch-reject-why-anonymous = لماذا ترفض هذا التصحيح؟
approvals-punch-reject-why-required = (مطلوب، سيصل إلى صاحب الطلب)
approvals-punch-reject-placeholder = مثلًا: يُظهر سجل الباب أنك غادرت الساعة 16:10.
approvals-reject-correction = رفض التصحيح

## Requests others decide, and the latest decisions.

approvals-others-title = بانتظار شخص آخر
approvals-hide = إخفاء
approvals-show = إظهار
approvals-decided-title = قرارات حديثة
