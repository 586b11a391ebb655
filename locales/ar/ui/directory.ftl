# The Directory screen (ui/src/screens/Directory.svelte).

directory-subtitle = كل من في شركتك
# How many people are listed; the list stops at 200, so 200 and more read "200+".
directory-count-people = { $count ->
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
directory-count-people-more = { $count } شخص أو أكثر
# How many people match the search.
directory-count-matching = { $count ->
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
directory-count-matching-more = { $count } نتيجة أو أكثر
directory-search-label = البحث عن أشخاص
directory-search-placeholder = ابحث بالاسم أو المسمى الوظيفي أو القسم أو البريد الإلكتروني
directory-people-label = الأشخاص
# Mid-sentence, in the message shown before the company's data first reaches the device.
directory-first-fill = الدليل
# $query: what was searched for.
directory-no-match = لا أحد يطابق «{ $query }»
directory-empty = لا أحد هنا بعد

## A person's page.

directory-active = نشط
directory-inactive = غير نشط
# Buttons that write an email or call the person.
directory-email-action = مراسلة
directory-call = اتصال
directory-email = البريد الإلكتروني
directory-phone = الهاتف
directory-employee-number = الرقم الوظيفي
directory-started = تاريخ الالتحاق
directory-not-found-title = غير موجود
directory-not-found-body = هذا الشخص غير موجود في الدليل على هذا الجهاز.
