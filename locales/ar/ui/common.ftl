# Words many screens share, only where the English is exactly the same.
common-cancel = إلغاء
common-save = حفظ
common-close = إغلاق
common-retry = أعد المحاولة
common-loading = جارٍ التحميل…
common-back = رجوع
common-edit = تعديل
common-remove = إزالة
common-search = بحث
common-optional = اختياري
common-none = لا شيء
common-all = الكل
