# The server's notifications, written in each recipient's language. A person's own words (an announcement,
# a reason, a problem's description) are not here: they are shown as written.
notice-leave-submitted-title = طلب إجازة من { $name }
notice-leave-submitted-body = يطلب { $name } { $days ->
        [one] يومًا واحدًا
        [two] يومين
        [few] { $days } أيام
       *[other] { $days } يومًا
    } من { $type } من { $start } إلى { $end }.
notice-leave-rejected-title = رُفض طلب الإجازة
notice-leave-rejected-body = رفض { $approver } طلبك ({ $type }) من { $start } إلى { $end }.
notice-leave-rejected-body-note = رفض { $approver } طلبك ({ $type }) من { $start } إلى { $end }. ملاحظة: { $note }
notice-leave-step-approved-title = وافق مديرك على طلب الإجازة
notice-leave-step-approved-body = وافق { $approver } على طلبك ({ $type }) من { $start } إلى { $end }، وهو الآن بانتظار الموارد البشرية.
notice-leave-approved-title = تمت الموافقة على طلب الإجازة
notice-leave-approved-body = تمت الموافقة على طلبك ({ $type }) من { $start } إلى { $end } ({ $days ->
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
       *[other] { $days } يومًا
    }).
notice-leave-cancelled-title = ألغى { $name } إجازة
notice-leave-cancelled-body = ألغى { $name } إجازته الموافق عليها ({ $type }) من { $start } إلى { $end } ({ $days ->
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
       *[other] { $days } يومًا
    })، وعادت الأيام إلى رصيده.
notice-asset-request-title = يطلب { $name }: { $category }
notice-asset-request-body = السبب: { $reason }
notice-asset-decided-title = { $status ->
        [fulfilled] تمت تلبية طلبك ({ $category })
        [declined] رُفض طلبك ({ $category })
       *[other] عولج طلبك ({ $category })
    }
notice-asset-yours = أصبح { $tag } في عهدتك.
notice-problem-reported-title = يبلّغ { $name } عن مشكلة في { $tag }
notice-problem-resolved-title = حُلّت المشكلة في { $tag }
notice-payslip-title = قسيمة راتبك لـ { $period } جاهزة
notice-payslip-body = صُرف في { $date }.
notice-payslip-body-net = صُرف في { $date }. صافي الراتب: { $currency } { $net }.
notice-auto-closed-title = سُجّل انصرافك نيابةً عنك
notice-auto-closed-body = أُغلق حضورك المسجّل في { $check_in } عند { $closed } لعدم تسجيل انصراف. اطلب تصحيحًا إن كان ذلك خطأ.
notice-correction-requested-title = طلب تصحيح حضور من { $name }
notice-correction-requested-body = يطلب { $name } تصحيح يوم { $date }: { $times }. السبب: { $reason }
notice-correction-approved-title = تمت الموافقة على التصحيح
notice-correction-approved-body = وافق { $decider } على تصحيحك ليوم { $date } ({ $times }).
notice-correction-rejected-title = رُفض التصحيح
notice-correction-rejected-body = رفض { $decider } تصحيحك ليوم { $date } ({ $times }). السبب: { $reason }
notice-attendance-corrected-title = صُحّح حضورك
notice-attendance-corrected-body = صحّح { $corrector } حضورك ليوم { $date }: من { $in } إلى { $out }. السبب: { $reason }
notice-check-in-at = الحضور { $at }
notice-check-out-at = الانصراف { $at }
notice-no-check-out = بلا انصراف
notice-moment = { $time } يوم { $day } { $month }
notice-month-1 = يناير
notice-month-2 = فبراير
notice-month-3 = مارس
notice-month-4 = أبريل
notice-month-5 = مايو
notice-month-6 = يونيو
notice-month-7 = يوليو
notice-month-8 = أغسطس
notice-month-9 = سبتمبر
notice-month-10 = أكتوبر
notice-month-11 = نوفمبر
notice-month-12 = ديسمبر
notice-locked-out-title = قُفل حساب
notice-locked-out-body = قُفل حساب { $name } بعد { $count } كلمات مرور خاطئة. افتحه من صفحة الأشخاص.
notice-suspicious-title = نشاط تسجيل دخول مريب
notice-suspicious-body = فشلت { $count } محاولات تسجيل دخول من العنوان { $address } خلال { $minutes } دقيقة.
notice-deactivated-title = عُطّل حساب
notice-deactivated-body = عُطّل حساب { $name } ولم يعد بإمكانه تسجيل الدخول.
notice-welcome-title = مرحبًا بك في Okta HR
notice-welcome-body = سجّل حضورك وانصرافك من هاتفك، واطلب إجازاتك، واطّلع على قسائم رواتبك هنا.
