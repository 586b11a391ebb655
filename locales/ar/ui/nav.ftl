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

# Read after the count a screen's entry shows ("Approvals 3 waiting").
nav-badge-waiting = بانتظار القرار
nav-badge-unread = غير مقروءة
