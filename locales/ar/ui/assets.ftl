# Assets: HR's catalogue, handing out and taking back, requests and problems; an employee's own equipment.

assets-subtitle-hr = الكتالوج، ومن بحوزته ماذا، وما يطلبه الموظفون ويبلّغون عنه
assets-subtitle-manager = عُهد الشركة ومن بحوزته كلٌّ منها
assets-subtitle-employee = عُهد الشركة التي بحوزتك؛ اطلب المزيد من الموارد البشرية أو أبلغ عن مشكلة

assets-tab-catalogue = الكتالوج
assets-tab-requests = الطلبات
assets-tab-problems = المشكلات
assets-tab-mine = عُهدي

# On every disabled change button while offline.
assets-offline = تعديل العُهد يتطلب اتصالًا
assets-offline-callout = تعديل العُهد يتطلب اتصالًا. يُعرض آخر ما قرأه هذا الجهاز.

# `what` of "Loading … from the server", read mid-sentence.
assets-first-fill-company = عُهد الشركة
assets-first-fill-mine = العُهد التي بحوزتك
assets-first-fill-requests = طلبات الموظفين
assets-first-fill-problems = المشكلات المبلَّغ عنها

## Statuses

assets-status-in-stock = في المخزن
assets-status-assigned = مُسلَّمة
assets-status-in-repair = قيد الإصلاح
assets-status-retired = خارج الخدمة
# A manager's list calls an asset in stock "available".
assets-team-available = متاحة

assets-filter-by-status = التصفية حسب الحالة
assets-filter-all = الكل { $count }
assets-filter-in-stock = في المخزن { $count }
assets-filter-assigned = مُسلَّمة { $count }
assets-filter-available = متاحة { $count }
assets-filter-in-repair = قيد الإصلاح { $count }
assets-filter-retired = خارج الخدمة { $count }

assets-search-label = البحث في العُهد
assets-search-placeholder = ابحث بالرمز أو الاسم أو المستلِم…
assets-none-match = لا توجد عُهد مطابقة

assets-col-tag = الرمز
assets-col-asset = العهدة
assets-col-category = الفئة
assets-col-status = الحالة
assets-col-holder = المستلِم

# Before a serial number: "SN 5CG1234".
assets-serial-short = الرقم التسلسلي
assets-holder-since = منذ { $date }
assets-yours-since = بحوزتك منذ { $date }

## Categories offered as one types (anything else may be typed)

assets-category-laptop = حاسوب محمول
assets-category-monitor = شاشة
assets-category-headset = سماعة رأس
assets-category-phone = هاتف
assets-category-keyboard = لوحة مفاتيح
assets-category-mouse = فأرة
assets-category-docking-station = محطة إرساء

## The catalogue

assets-add = إضافة عهدة
assets-edit-title = تعديل { $tag }
assets-assign = تسليم
assets-take-back = استرداد
assets-history = السجل
assets-history-offline = يُقرأ السجل من الخادم
assets-bought-on-for = اشتُريت في { $date } بمبلغ { $cost }
assets-bought-on = اشتُريت في { $date }
assets-bought-for = اشتُريت بمبلغ { $cost }
assets-added = أُضيفت { $tag } { $name } ({ $status ->
        [in_stock] في المخزن
        [assigned] مُسلَّمة
        [in_repair] قيد الإصلاح
       *[retired] خارج الخدمة
    }).
assets-saved = حُفظت { $tag } { $name } ({ $status ->
        [in_stock] في المخزن
        [assigned] مُسلَّمة
        [in_repair] قيد الإصلاح
       *[retired] خارج الخدمة
    }).
assets-returned = أُعيدت { $tag } من { $name } ({ $condition }).
assets-assigned-to = أصبحت { $tag } بحوزة { $name }.

## The add/edit form

assets-field-tag = الرمز
assets-field-name = الاسم
assets-field-category = الفئة
assets-field-serial = الرقم التسلسلي (اختياري)
assets-field-bought = تاريخ الشراء (اختياري)
assets-field-cost = التكلفة (اختياري)
assets-field-status = الحالة
assets-status-assigned-hint = مُسلَّمة إلى { $name }: استردَّها لتغيير حالتها.
assets-status-hint = تصبح العهدة «مُسلَّمة» عند تسليمها إلى شخص ما.
assets-save-asset = حفظ العهدة
assets-add-asset = إضافة العهدة
assets-nothing-to-save = لا شيء للحفظ: غيِّر حقلًا أولًا.
assets-cost-error = يجب أن تكون تكلفة الشراء مبلغًا بخانتين عشريتين على الأكثر.

## Handing out and taking back

assets-assign-label = تسليم { $tag }
assets-take-back-label = استرداد { $tag }
assets-assign-to = إلى
assets-choose-someone = اختر شخصًا…
assets-condition-out-label = حالتها عند التسليم
assets-condition-back-label = حالتها عند الإرجاع
assets-condition-good = جيدة
assets-condition-worn = مستهلكة
assets-condition-damaged = تالفة
assets-condition-lost = مفقودة
assets-condition-back-in-stock = تعود إلى المخزن
assets-condition-to-repair = تُحال إلى الإصلاح
assets-condition-retired = تُستبعد من الكتالوج
# A condition as the server keeps it, mid-sentence; one HR typed themselves is shown as it is.
assets-condition-word = { $condition ->
        [new] جديدة
        [good] جيدة
        [worn] مستهلكة
        [damaged] تالفة
        [lost] مفقودة
       *[other] { $condition }
    }
assets-note-label = ملاحظة (اختياري)
assets-note-placeholder-assign = مع الشاحن
assets-note-placeholder-return = خدش على الغطاء

## Who held an asset

assets-who-held = من كانت بحوزته
assets-looking = جارٍ التحميل…
assets-nobody-yet = لا أحد بعد.
assets-spell-range = { $from } – { $to }
assets-spell-since = منذ { $from }
assets-spell-until = حتى { $to }
assets-spell-unknown = قبل بدء حفظ السجل
# "Out good · back worn (Ear cushions replaced)": how it went out and came back.
assets-spell-out = التسليم: { $condition }
assets-spell-out-note = التسليم: { $condition } ({ $note })
assets-spell-back = الإرجاع: { $condition }
assets-spell-back-note = الإرجاع: { $condition } ({ $note })
assets-handed-out-by = سلّمها { $name }
assets-taken-back-by = استردّها { $name }

## Requests for equipment

assets-requests-title = طلبات العُهد
assets-no-requests = لا توجد طلبات
# The name and the category are shown in bold.
assets-request-asks = طلب { $name }: { $category }
assets-fulfil-with = تلبية الطلب بعهدة
assets-choose-in-stock = اختر عهدة من المخزن…
assets-none-in-stock = لا يوجد شيء في المخزن
assets-fulfil-hint = { $category } في المخزن؛ ستُسلَّم إلى { $name }.
assets-fulfil = تلبية
assets-decline-because = أو ارفض الطلب للسبب التالي
assets-decline = رفض
assets-request-fulfilled = طلب { $name } ({ $category }): لُبّي بالعهدة { $tag }.
assets-request-declined = طلب { $name } ({ $category }): رُفض.
assets-outcome-fulfilled = لُبّي الطلب
assets-outcome-fulfilled-with = لُبّي بالعهدة { $tag }
assets-outcome-fulfilled-by = لبّاه { $by }
assets-outcome-fulfilled-with-by = لبّاه { $by } بالعهدة { $tag }
assets-outcome-declined = رُفض الطلب
assets-outcome-declined-by = رفضه { $by }
assets-outcome-declined-reason = رُفض: { $reason }
assets-outcome-declined-by-reason = رفضه { $by }: { $reason }
assets-outcome-waiting = بانتظار الموارد البشرية

## Reported problems

assets-problems-title = المشكلات المبلَّغ عنها
assets-which-problems = أي المشكلات
assets-problems-open = المفتوحة
assets-open-problems = { $count ->
        [0] لا توجد مشكلات مفتوحة
        [one] مشكلة مفتوحة واحدة
        [two] مشكلتان مفتوحتان
        [few] { $count } مشكلات مفتوحة
        [many] { $count } مشكلة مفتوحة
       *[other] { $count } مشكلة مفتوحة
    }
assets-nothing-open = لا شيء مفتوح
assets-no-problems = لم يُبلَّغ عن أي مشكلة
assets-resolved-badge = محلولة
assets-what-was-done = ما الذي أُنجز (اختياري)
assets-what-was-done-placeholder = استُبدلت البطارية
assets-resolve = تحديدها كمحلولة
assets-problem-resolved = حُلّت مشكلة { $name } في { $tag }، وسيُبلَّغ بذلك.
assets-resolved = حُلّت
assets-resolved-by = حلّها { $by }
assets-resolved-on = حُلّت في { $date }
assets-resolved-by-on = حلّها { $by } في { $date }
# A resolution and the note of what was done.
assets-resolved-note = { $text }: { $note }

## What you hold

assets-what-you-hold = ما بحوزتك
assets-mine-empty = لا توجد بحوزتك أي عهدة من الشركة
assets-mine-empty-hint = اطلب من الموارد البشرية أدناه عندما تحتاج إلى شيء.
assets-report-problem = الإبلاغ عن مشكلة
assets-problem-label = ما المشكلة في { $tag }؟
assets-send-to-hr = إرسال إلى الموارد البشرية
assets-reported = أُبلغت الموارد البشرية: «{ $description }». سيصلك إشعار عند حلها.
assets-ask-title = طلب عهدة
assets-ask-intro = تقرر الموارد البشرية، فتسلّمك العهدة أو توضح لك سبب الرفض.
assets-ask-kind = النوع
assets-ask-kind-placeholder = شاشة، سماعة رأس، هاتف…
assets-ask-why = سبب حاجتك إليها
assets-ask-send = اطلب من الموارد البشرية
assets-asked = طلبتَ من الموارد البشرية: { $category }. سيصلك إشعار بقرارهم.
