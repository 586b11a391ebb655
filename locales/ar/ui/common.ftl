# Words many screens share, only where the English is exactly the same.
common-cancel = إلغاء
common-save = حفظ
common-close = إغلاق
common-retry = أعد المحاولة
common-edit = تعديل
common-remove = إزالة
common-optional = اختياري
common-none = لا شيء
common-all = الكل
