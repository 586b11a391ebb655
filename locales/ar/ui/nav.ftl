app-name = Okta HR

nav-today = اليوم
nav-attendance = الحضور
nav-leave = الإجازات
nav-payslips = قسائم الرواتب
nav-notifications = الإشعارات
nav-announcements = الإعلانات
nav-assets = العُهد
nav-approvals = الموافقات
nav-team = حضور الفريق
nav-directory = الدليل
nav-payroll = الرواتب
nav-pay-setup = إعداد الرواتب
nav-admin = الإدارة
nav-hr = الجداول والسجل
nav-leave-policy = سياسة الإجازات
nav-settings = الملف الشخصي والإعدادات

nav-section-me = عملي
nav-section-company = الشركة
nav-section-team = الفريق
nav-section-account = الحساب

# The accessible name of a screen's entry when it shows a count.
nav-name-waiting = { $screen }، { $count } بانتظار القرار
nav-name-unread = { $screen }، { $count } غير مقروءة
