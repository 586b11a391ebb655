payslips-all = كل قسائم الرواتب
# Above a payslip's title when the company's name is unknown.
payslips-payslip = قسيمة الراتب
payslips-title = قسيمة الراتب · { $month }
payslips-period = فترة الراتب { $period } · صُرف في { $date }
payslips-saving = جارٍ الحفظ…
payslips-save-pdf = حفظ كملف PDF
# Followed by the file's path.
payslips-saved-to = حُفظ في
payslips-open = فتح
payslips-employee = الموظف
payslips-employee-number = الرقم الوظيفي
payslips-currency = العملة
payslips-earnings = المستحقات
payslips-gross-pay = إجمالي الراتب
payslips-deductions = الاستقطاعات
payslips-no-deductions = لا توجد استقطاعات
payslips-total-deductions = إجمالي الاستقطاعات
payslips-net-pay = صافي الراتب
payslips-days-paid = الأيام المدفوعة
# $paid and $working may be half days (18.5).
payslips-days-paid-of = { $paid } من { $working ->
    [one] يوم عمل واحد
    [two] يومَي عمل
    [few] { $working } أيام عمل
    [many] { $working } يوم عمل
   *[other] { $working } يوم عمل
}
payslips-days-unpaid = { $count ->
    [one] يوم واحد غير مدفوع
    [two] يومان غير مدفوعين
    [few] { $count } أيام غير مدفوعة
    [many] { $count } يومًا غير مدفوع
   *[other] { $count } يوم غير مدفوع
}
payslips-paid-by = مدفوعة من { $company }
payslips-paid-by-employer = مدفوعة من صاحب العمل
payslips-year-to-date = منذ بداية السنة
payslips-year-to-date-amounts = الإجمالي { $gross } · الصافي { $net }
payslips-not-found = لم يُعثر على قسيمة الراتب
payslips-not-found-hint = ربما أُزيلت. عُد إلى القائمة.
payslips-subtitle = راتبك الشهري، مع شرح كل بند، جاهزًا للحفظ كملف PDF
payslips-empty = لا توجد قسائم رواتب بعد
payslips-empty-hint = تظهر قسائم الرواتب هنا بمجرد أن تنشر الموارد البشرية رواتب الشهر.
payslips-row-detail = صُرف في { $date } · الإجمالي { $gross }
